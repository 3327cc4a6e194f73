#include "DatabaseBundle.h"

#include "WireNames.h"
#include "core/Crypto.h"
#include "core/StrictJson.h"
#include "core/VendorProfile.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace LightAgent {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::DatabaseBundle", text);
}

Error invalid(const char *reason, const QString &message)
{
    return Error::make(ErrorCode::InvalidInput, QString::fromLatin1(reason), message);
}

// Explains a structural JSON problem in terms of the bundle.
Error jsonError(const Error &error, bool inDocument)
{
    if (inDocument)
        return invalid("document-not-json",
                       tr("The description inside the database bundle is not a JSON object "
                          "without duplicate names: %1")
                           .arg(error.message));
    const QByteArray reason = error.reason.toLatin1();
    return invalid(reason.constData(),
                   tr("The database bundle is not a bundle: %1").arg(error.message));
}

Result<QString> requireString(const QJsonObject &object, QLatin1String name)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull())
        return invalid("missing-field", tr("The database bundle has no \"%1\" field.").arg(name));
    if (!value.isString())
        return invalid("bad-field-type",
                       tr("The database bundle's field \"%1\" must be text.").arg(name));
    return value.toString();
}

Result<QByteArray> decodeBase64(const QString &text, QLatin1String field)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty() || text.size() % 4 != 0)
        return invalid("bad-base64",
                       tr("The database bundle's field \"%1\" is not valid base64; the bundle "
                          "was damaged or changed.")
                           .arg(field));
    return decoded.decoded;
}

Result<QString> parseVersion(const QJsonObject &doc)
{
    auto version = requireString(doc, Wire::BundleField::Version);
    if (!version)
        return version.error();
    static const QRegularExpression shape(QStringLiteral("^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$"));
    if (!shape.match(version.value()).hasMatch())
        return invalid("bad-version",
                       tr("The database version \"%1\" is not 1 to %2 letters, digits, dots, "
                          "dashes or underscores.")
                           .arg(version.value().left(80))
                           .arg(DatabaseBundle::MaxVersionLength));
    return version.value();
}

Result<QDateTime> parseReleased(const QJsonObject &doc)
{
    auto text = requireString(doc, Wire::BundleField::Released);
    if (!text)
        return text.error();
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"));
    const QDateTime time = QDateTime::fromString(text.value(), Qt::ISODate);
    if (!shape.match(text.value()).hasMatch() || !time.isValid())
        return invalid("bad-released",
                       tr("The database release time \"%1\" is not a UTC time in the form "
                          "YYYY-MM-DDTHH:MM:SSZ.")
                           .arg(text.value().left(80)));
    return time.toUTC();
}

Result<qint64> parseRecords(const QJsonObject &doc)
{
    const QJsonValue value = doc.value(Wire::BundleField::Records);
    if (value.isUndefined() || value.isNull())
        return invalid(
            "missing-field",
            tr("The database bundle has no \"%1\" field.").arg(Wire::BundleField::Records));
    const double records = value.toDouble(-1);
    if (!value.isDouble() || records < 1 || records > double(DatabaseBundle::MaxRecords) ||
        records != std::floor(records))
        return invalid("bad-records",
                       tr("The database record count must be a whole number from 1 to %1.")
                           .arg(DatabaseBundle::MaxRecords));
    return qint64(records);
}

struct SignedDocument
{
    QString signer;
    QByteArray document;
};

// The §3.6 form: the format, a trusted signer, and a signature over exactly the
// document's bytes.
Result<SignedDocument> verifiedDocument(const QJsonObject &root, const VendorProfile &profile)
{
    namespace F = Wire::KeyFileField;
    auto format = requireString(root, F::Format);
    if (!format)
        return format.error();
    if (format.value() != QLatin1String(DatabaseBundle::Format))
        return invalid("wrong-format",
                       tr("The bundle has the format \"%1\"; this console reads "
                          "\"%2\".")
                           .arg(format.value().left(40), QLatin1String(DatabaseBundle::Format)));
    auto signer = requireString(root, F::Signer);
    auto documentText = requireString(root, F::License);
    auto signatureText = requireString(root, F::Signature);
    for (const auto *field : {&signer, &documentText, &signatureText}) {
        if (!*field)
            return field->error();
    }
    const Crypto::Ed25519PublicKey *key = profile.signingKey(signer.value());
    if (!key)
        return invalid("unknown-signer",
                       tr("The database bundle was signed by \"%1\", which the "
                          "vendor profile does not trust.")
                           .arg(signer.value().left(60)));
    auto document = decodeBase64(documentText.value(), F::License);
    auto signature = decodeBase64(signatureText.value(), F::Signature);
    if (!document || !signature)
        return document ? signature.error() : document.error();
    if (signature.value().size() != 64)
        return invalid("bad-signature-length",
                       tr("The database bundle's signature is %1 bytes long instead of 64.")
                           .arg(signature.value().size()));
    if (!key->verify(document.value(), signature.value()))
        return invalid("signature-mismatch",
                       tr("The database bundle's signature does not match the vendor's key: "
                          "the bundle was changed after it was signed."));
    return SignedDocument {signer.value(), document.value()};
}

} // namespace

QString toWireName(Freshness freshness)
{
    switch (freshness) {
    case Freshness::None:
        return QStringLiteral("none");
    case Freshness::UpToDate:
        return QStringLiteral("up-to-date");
    case Freshness::Outdated:
        return QStringLiteral("outdated");
    case Freshness::Obsolete:
        return QStringLiteral("obsolete");
    }
    return {};
}

QString displayName(Freshness freshness)
{
    switch (freshness) {
    case Freshness::None:
        return tr("No databases installed");
    case Freshness::UpToDate:
        return tr("Up to date");
    case Freshness::Outdated:
        return tr("Outdated");
    case Freshness::Obsolete:
        return tr("Obsolete");
    }
    return {};
}

Freshness DatabaseBundle::freshness(const QDateTime &released, const QDateTime &now)
{
    if (!released.isValid())
        return Freshness::None;
    const qint64 age = released.secsTo(now);
    if (age > qint64(ObsoleteAfterDays) * 86400)
        return Freshness::Obsolete;
    if (age > qint64(OutdatedAfterDays) * 86400)
        return Freshness::Outdated;
    return Freshness::UpToDate;
}

Result<DatabaseBundle> DatabaseBundle::parse(const QByteArray &bytes, const VendorProfile &profile)
{
    if (bytes.size() > MaxSize)
        return invalid("too-large", tr("The database bundle is larger than 64 KiB."));
    auto parsed = StrictJson::parseObject(bytes);
    if (!parsed)
        return jsonError(parsed.error(), false);
    auto verified = verifiedDocument(parsed.value(), profile);
    if (!verified)
        return verified.error();
    auto doc = StrictJson::parseObject(verified.value().document);
    if (!doc)
        return jsonError(doc.error(), true);
    auto version = parseVersion(doc.value());
    auto released = parseReleased(doc.value());
    auto records = parseRecords(doc.value());
    if (!version || !released || !records)
        return !version ? version.error() : !released ? released.error() : records.error();
    DatabaseBundle bundle;
    bundle.m_bytes = bytes;
    bundle.m_signer = verified.value().signer;
    bundle.m_version = version.value();
    bundle.m_released = released.value();
    bundle.m_records = records.value();
    return bundle;
}

QString DatabaseBundle::sha256() const
{
    return Crypto::sha256Hex(m_bytes);
}

QJsonObject DatabaseBundle::toJson(const QDateTime &now) const
{
    return QJsonObject {
        {QStringLiteral("version"), m_version},
        {QStringLiteral("released"), m_released.toString(Qt::ISODate)},
        {QStringLiteral("records"), m_records},
        {QStringLiteral("signer"), m_signer},
        {QStringLiteral("sha256"), sha256()},
        {QStringLiteral("freshness"), toWireName(freshness(now))},
    };
}

} // namespace LightAgent
