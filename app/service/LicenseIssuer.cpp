#include "LicenseIssuer.h"

#include "core/StrictJson.h"
#include "license/KeyFile.h"
#include "provision/WireNames.h"

#include <QCoreApplication>
#include <QFile>

namespace LightAgent::Service {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::Service::LicenseIssuer", text);
}

} // namespace

LicenseIssuer::LicenseIssuer(const Crypto::Ed25519PrivateKey &key, const QString &signer,
                             const QString &product)
    : m_key(key)
    , m_signer(signer)
    , m_product(product)
{ }

Result<LicenseIssuer> LicenseIssuer::load(const QString &keyPath, const QString &signer,
                                          const QString &product)
{
    QFile file(keyPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            ErrorCode::Io, QStringLiteral("unreadable"),
            tr("Cannot read the signing key %1: %2").arg(keyPath, file.errorString()));
    auto key = Crypto::Ed25519PrivateKey::fromPem(file.readAll());
    if (!key)
        return Error::make(
            ErrorCode::InvalidInput, QStringLiteral("bad-signing-key"),
            tr("The signing key %1 is not usable: %2").arg(keyPath, key.error().message));
    return LicenseIssuer(key.value(), signer, product);
}

QString LicenseIssuer::serialFor(const QString &code, const QString &svmId)
{
    const QByteArray seed = code.toUtf8() + '\n' + svmId.toLower().toUtf8();
    const QString hex = QString::fromLatin1(Crypto::sha256(seed).toHex().toUpper());
    return hex.left(3) + QLatin1Char('-') + hex.mid(3, 6) + QLatin1Char('-') + hex.mid(9, 8);
}

QJsonObject LicenseIssuer::licenseDocument(const CodeRecord &code, const QString &svmId,
                                           const QDateTime &now) const
{
    const QDate validFrom = now.toUTC().date();
    const LicenseTemplate &terms = code.license;
    QJsonObject doc {
        {Wire::LicenseField::Serial, serialFor(code.code, svmId)},
        {Wire::LicenseField::Product, m_product},
        {Wire::LicenseField::Edition, terms.edition},
        {Wire::LicenseField::Type, toWireName(terms.type)},
        {Wire::LicenseField::Unit, toWireName(terms.unit)},
        {Wire::LicenseField::Count, terms.count},
        {Wire::LicenseField::ValidFrom, validFrom.toString(Qt::ISODate)},
        {Wire::LicenseField::Expires, terms.expiresFor(validFrom).toString(Qt::ISODate)},
        {Wire::LicenseField::Issued, now.toUTC().toString(Qt::ISODate)},
    };
    if (!terms.licensee.isEmpty())
        doc.insert(Wire::LicenseField::Licensee, terms.licensee);
    if (terms.graceDays)
        doc.insert(Wire::LicenseField::GraceDays, *terms.graceDays);
    return doc;
}

Result<QJsonObject> LicenseIssuer::keyFile(const QJsonObject &licenseDocument) const
{
    return signedObject(QLatin1String(KeyFile::Format), licenseDocument);
}

Result<QJsonObject> LicenseIssuer::signedObject(QLatin1String format,
                                                const QJsonObject &document) const
{
    const QByteArray documentBytes = StrictJson::canonical(document);
    const QByteArray signature = m_key.sign(documentBytes);
    if (signature.isEmpty())
        return Error::make(ErrorCode::Internal, QStringLiteral("signing-failed"),
                           tr("The document could not be signed."));
    return QJsonObject {
        {Wire::KeyFileField::Format, format},
        {Wire::KeyFileField::Signer, m_signer},
        {Wire::KeyFileField::License, QString::fromLatin1(documentBytes.toBase64())},
        {Wire::KeyFileField::Signature, QString::fromLatin1(signature.toBase64())},
    };
}

} // namespace LightAgent::Service
