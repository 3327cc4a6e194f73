#include "VendorProfile.h"

#include "StrictJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace LightAgent {

namespace {

constexpr qint64 MaxProfileSize = 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::VendorProfile", text);
}

Error profileError(const QString &message)
{
    return Error::make(ErrorCode::InvalidInput, QStringLiteral("bad-profile"), message);
}

Result<QByteArray> readFile(const QString &path, qint64 limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io, QStringLiteral("unreadable"),
                           tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > limit)
        return profileError(tr("%1 is larger than %2 bytes.").arg(path).arg(limit));
    return file.read(limit + 1);
}

Result<QUrl> httpsUrl(const QJsonObject &object, const QString &name, const QString &where)
{
    const QUrl url(object.value(name).toString(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return profileError(
            tr("The vendor profile's \"%1\" in \"%2\" must be an https:// URL.").arg(name, where));
    return url;
}

Result<QByteArray> readReferenced(const QJsonObject &object, const QString &fileKey,
                                  const QString &inlineKey, const QString &baseDir)
{
    if (object.contains(inlineKey))
        return object.value(inlineKey).toString().toUtf8();
    const QString file = object.value(fileKey).toString();
    if (file.isEmpty())
        return profileError(
            tr("The vendor profile names neither \"%1\" nor \"%2\".").arg(fileKey, inlineKey));
    const QString path = QDir::isAbsolutePath(file) ? file : QDir(baseDir).filePath(file);
    return readFile(QDir::cleanPath(path), MaxProfileSize);
}

} // namespace

QString VendorProfile::vendorName() const
{
    if (m_demo && m_vendor == QLatin1String("Demo vendor"))
        //: The made-up vendor of the demo profile
        return QCoreApplication::translate("LightAgent::VendorProfile", "Demo vendor");
    return m_vendor;
}

Result<VendorProfile> VendorProfile::load(const QString &path)
{
    auto bytes = readFile(path, MaxProfileSize);
    if (!bytes)
        return bytes.error();
    auto profile = parse(bytes.value(), QFileInfo(path).absolutePath());
    if (profile)
        profile.value().m_source = path;
    return profile;
}

Result<VendorProfile> VendorProfile::resolve(const QString &explicitPath)
{
    return resolve(explicitPath, QString::fromLatin1(SystemPath));
}

Result<VendorProfile> VendorProfile::resolve(const QString &explicitPath, const QString &systemPath)
{
    if (!explicitPath.isEmpty())
        return load(explicitPath);
    // A system profile that is present but broken is an error, never a silent
    // fall-back to the demo vendor.
    if (QFileInfo::exists(systemPath))
        return load(systemPath);
    return load(QString::fromLatin1(BuiltInPath));
}

Result<VendorProfile> VendorProfile::parse(const QByteArray &json, const QString &baseDir)
{
    auto parsed = StrictJson::parseObject(json);
    if (!parsed)
        return profileError(
            tr("The vendor profile is not valid JSON: %1").arg(parsed.error().message));
    const QJsonObject root = parsed.value();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("lightagent-profile/1"))
        return profileError(
            tr("The file is not a vendor profile (format \"lightagent-profile/1\")."));

    VendorProfile p;
    p.m_id = root.value(QLatin1String("id")).toString();
    p.m_demo = root.value(QLatin1String("demo")).toBool();
    p.m_vendor = root.value(QLatin1String("vendor")).toString();

    const QJsonObject product = root.value(QLatin1String("product")).toObject();
    p.m_productName = product.value(QLatin1String("name")).toString();
    p.m_solutionId = product.value(QLatin1String("solutionId")).toString();
    p.m_solutionVersion = product.value(QLatin1String("solutionVersion")).toString();
    p.m_productType = product.value(QLatin1String("productType")).toString();
    p.m_helpVersion = product.value(QLatin1String("helpVersion")).toString();
    for (const QJsonValue &v : product.value(QLatin1String("compatibleApplicationIds")).toArray())
        p.m_compatibleApplicationIds.append(v.toString());
    static const QRegularExpression fourPartVersion(QStringLiteral("^\\d+\\.\\d+\\.\\d+\\.\\d+$"));
    if (p.m_solutionId.isEmpty() || !fourPartVersion.match(p.m_solutionVersion).hasMatch())
        return profileError(tr("The vendor profile needs a product solutionId and a four-part "
                               "solutionVersion."));

    const QJsonObject services = root.value(QLatin1String("services")).toObject();
    auto activation = httpsUrl(services, QStringLiteral("activation"), QStringLiteral("services"));
    if (!activation)
        return activation.error();
    auto update = httpsUrl(services, QStringLiteral("update"), QStringLiteral("services"));
    if (!update)
        return update.error();
    p.m_activationUrl = activation.value();
    p.m_updateUrl = update.value();

    for (const QJsonValue &v : root.value(QLatin1String("signingKeys")).toArray()) {
        const QJsonObject entry = v.toObject();
        const QString id = entry.value(QLatin1String("id")).toString();
        auto pem = readReferenced(entry, QStringLiteral("publicKeyFile"),
                                  QStringLiteral("publicKeyPem"), baseDir);
        if (!pem)
            return pem.error();
        auto key = Crypto::Ed25519PublicKey::fromPem(pem.value());
        if (id.isEmpty() || !key)
            return profileError(tr("The vendor profile's signing key \"%1\" is not an Ed25519 "
                                   "public key.")
                                    .arg(id));
        p.m_signingKeys.insert(id, key.value());
    }
    if (p.m_signingKeys.isEmpty())
        return profileError(tr("The vendor profile trusts no signing key."));

    const QJsonObject tls = root.value(QLatin1String("tls")).toObject();
    p.m_useSystemCAs = tls.value(QLatin1String("useSystemCAs")).toBool(true);
    for (const QJsonValue &v : tls.value(QLatin1String("caFiles")).toArray()) {
        QJsonObject ref {{QStringLiteral("file"), v}};
        auto pem = readReferenced(ref, QStringLiteral("file"), QStringLiteral("pem"), baseDir);
        if (!pem)
            return pem.error();
        p.m_caCertificatesPem.append(pem.value());
    }
    for (const QJsonValue &v : tls.value(QLatin1String("caPem")).toArray())
        p.m_caCertificatesPem.append(v.toString().toUtf8());
    for (const QJsonValue &v : tls.value(QLatin1String("pins")).toArray()) {
        const QByteArray pin = QByteArray::fromBase64(v.toString().toLatin1());
        if (pin.size() != 32)
            return profileError(tr("A TLS pin in the vendor profile is not a base64 SHA-256."));
        p.m_spkiPins.append(pin);
    }

    const QJsonObject help = root.value(QLatin1String("help")).toObject();
    auto helpBase = httpsUrl(help, QStringLiteral("base"), QStringLiteral("help"));
    if (!helpBase)
        return helpBase.error();
    p.m_helpBase = helpBase.value();
    for (const QJsonValue &v : help.value(QLatin1String("languages")).toArray())
        p.m_helpLanguages.append(v.toString());
    if (root.contains(QLatin1String("privacyPolicyUrl"))) {
        auto privacy =
            httpsUrl(root, QStringLiteral("privacyPolicyUrl"), QStringLiteral("profile"));
        if (!privacy)
            return privacy.error();
        p.m_privacyPolicyUrl = privacy.value();
    }
    return p;
}

const Crypto::Ed25519PublicKey *VendorProfile::signingKey(const QString &id) const
{
    const auto it = m_signingKeys.constFind(id);
    return it == m_signingKeys.constEnd() ? nullptr : &it.value();
}

} // namespace LightAgent
