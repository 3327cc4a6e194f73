#include "TestKeys.h"

#include "core/Crypto.h"
#include "core/StrictJson.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace LightAgent::Test {

QString sourcePath(const QString &relative)
{
    return QStringLiteral(LIGHTAGENT_SOURCE_DIR "/") + relative;
}

QString binaryPath(const QString &relative)
{
    return QStringLiteral(LIGHTAGENT_BINARY_DIR "/") + relative;
}

QString demoKeyPath(const QString &name)
{
    return sourcePath(QStringLiteral("resources/demo/keys/") + name);
}

const VendorProfile &demoProfile()
{
    static const VendorProfile profile = [] {
        auto loaded = VendorProfile::load(QString::fromLatin1(VendorProfile::BuiltInPath));
        if (!loaded)
            qFatal("The built-in demo profile does not load: %s",
                   qPrintable(loaded.error().message));
        return loaded.value();
    }();
    return profile;
}

QJsonObject licenseDocument(const QJsonObject &overrides)
{
    QJsonObject doc {
        {QStringLiteral("serial"), QStringLiteral("0C0-111111-22222222")},
        {QStringLiteral("product"), QStringLiteral("KSVLA")},
        {QStringLiteral("edition"), QStringLiteral("Light Agent for Virtualization Security")},
        {QStringLiteral("type"), QStringLiteral("commercial")},
        {QStringLiteral("unit"), QStringLiteral("core")},
        {QStringLiteral("count"), 8},
        {QStringLiteral("validFrom"), QStringLiteral("2026-01-01")},
        {QStringLiteral("expires"), QStringLiteral("2027-12-31")},
        {QStringLiteral("licensee"), QStringLiteral("Test Organization")},
        {QStringLiteral("issued"), QStringLiteral("2026-01-01")},
    };
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
        if (it.value().isUndefined())
            doc.remove(it.key());
        else
            doc.insert(it.key(), it.value());
    }
    return doc;
}

QByteArray canonical(const QJsonObject &object)
{
    return StrictJson::canonical(object);
}

namespace {

const Crypto::Ed25519PrivateKey &signingKey()
{
    static const Crypto::Ed25519PrivateKey key = [] {
        QFile file(sourcePath(QStringLiteral("resources/demo/signing-key.pem")));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("Cannot read the demo signing key");
        auto parsed = Crypto::Ed25519PrivateKey::fromPem(file.readAll());
        if (!parsed)
            qFatal("The demo signing key does not parse");
        return parsed.value();
    }();
    return key;
}

} // namespace

QByteArray keyFileFromBytes(const QByteArray &licenseBytes, const QString &signer)
{
    const QJsonObject file {
        {QStringLiteral("format"), QStringLiteral("lightagent-key/1")},
        {QStringLiteral("signer"), signer},
        {QStringLiteral("license"), QString::fromLatin1(licenseBytes.toBase64())},
        {QStringLiteral("signature"),
         QString::fromLatin1(signingKey().sign(licenseBytes).toBase64())},
    };
    return canonical(file);
}

QByteArray keyFile(const QJsonObject &overrides)
{
    return keyFileFromBytes(canonical(licenseDocument(overrides)));
}

QByteArray keyFileWithout(const QStringList &fields, const QJsonObject &overrides)
{
    QJsonObject doc = licenseDocument(overrides);
    for (const QString &field : fields)
        doc.remove(field);
    return keyFileFromBytes(canonical(doc));
}

namespace {

StoredKey storedKeyFromBytes(const QByteArray &bytes, const QString &what)
{
    auto parsed = KeyFile::parse(bytes, demoProfile());
    if (!parsed)
        qFatal("Test key %s does not verify: %s", qPrintable(what),
               qPrintable(parsed.error().message));
    StoredKey key;
    key.keyFile = parsed.value();
    key.source = KeySource::File;
    key.addedAt = QDateTime(QDate(2026, 1, 2), QTime(9, 30), Qt::UTC);
    return key;
}

} // namespace

StoredKey storedKey(const QJsonObject &overrides)
{
    return storedKeyFromBytes(keyFile(overrides), QStringLiteral("document"));
}

StoredKey storedKeyFromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Cannot read the test key %s", qPrintable(path));
    return storedKeyFromBytes(file.readAll(), path);
}

QDate demoKeysDay()
{
    return QDate(2026, 12, 1);
}

QDate utcToday()
{
    return QDateTime::currentDateTimeUtc().date();
}

QDate demoDateForToday(const QDate &date)
{
    return date.addDays(demoKeysDay().daysTo(utcToday()));
}

namespace {

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

void moveDates(QJsonObject &object, const QStringList &fields)
{
    for (const QString &field : fields) {
        if (!object.contains(field))
            continue;
        const QDate date = QDate::fromString(object.value(field).toString(), Qt::ISODate);
        if (!date.isValid())
            qFatal("The demo material's \"%s\" is not a date", qPrintable(field));
        object.insert(field, demoDateForToday(date).toString(Qt::ISODate));
    }
}

} // namespace

QByteArray demoKeyFileForToday(const QString &name)
{
    const QJsonObject file = readJson(demoKeyPath(name));
    QJsonObject license =
        QJsonDocument::fromJson(
            QByteArray::fromBase64(file.value(QStringLiteral("license")).toString().toLatin1()))
            .object();
    if (license.isEmpty())
        qFatal("The demo key %s holds no license document", qPrintable(name));
    moveDates(license,
              {QStringLiteral("validFrom"), QStringLiteral("expires"), QStringLiteral("issued")});
    return keyFileFromBytes(canonical(license), file.value(QStringLiteral("signer")).toString());
}

QString demoKeyForToday(const QString &name)
{
    static const QTemporaryDir dir;
    const QString path = dir.filePath(utcToday().toString(Qt::ISODate) + QLatin1Char('-') + name);
    QFile file(path);
    const QByteArray bytes = demoKeyFileForToday(name);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(bytes) != bytes.size())
        qFatal("Cannot write %s", qPrintable(path));
    return path;
}

QJsonObject demoCodesForToday()
{
    QJsonObject root = readJson(sourcePath(QStringLiteral("resources/demo/codes.json")));
    QJsonArray codes = root.value(QStringLiteral("codes")).toArray();
    for (qsizetype i = 0; i < codes.size(); ++i) {
        QJsonObject code = codes.at(i).toObject();
        QJsonObject license = code.value(QStringLiteral("license")).toObject();
        moveDates(license, {QStringLiteral("expires")});
        code.insert(QStringLiteral("license"), license);
        codes.replace(i, code);
    }
    root.insert(QStringLiteral("codes"), codes);
    return root;
}

} // namespace LightAgent::Test
