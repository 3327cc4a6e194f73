#include "KeyFile.h"

#include "core/Crypto.h"
#include "core/StrictJson.h"
#include "core/VendorProfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

namespace LightAgent {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::KeyFile", text);
}

Error invalid(const char *reason, const QString &message)
{
    return Error::make(ErrorCode::InvalidInput, QString::fromLatin1(reason), message);
}

// Explains a structural JSON problem in terms of the key file.
Error jsonError(const Error &error, bool inLicense)
{
    const QString &r = error.reason;
    if (inLicense) {
        if (r == QLatin1String("duplicate-key"))
            return invalid(
                "license-duplicate-key",
                tr("The license inside the key file is ambiguous: %1").arg(error.message));
        return invalid(
            "license-not-json",
            tr("The license inside the key file is not a JSON object: %1").arg(error.message));
    }
    if (r == QLatin1String("empty"))
        return invalid("empty", tr("The key file is empty."));
    if (r == QLatin1String("not-utf8"))
        return invalid("not-utf8",
                       tr("The key file is not UTF-8 text; it may be a different kind "
                          "of file or damaged."));
    if (r == QLatin1String("not-object"))
        return invalid("not-object",
                       tr("The key file holds JSON, but not the JSON object a key "
                          "file consists of."));
    if (r == QLatin1String("duplicate-key"))
        return invalid("duplicate-key", tr("The key file is ambiguous: %1").arg(error.message));
    if (r == QLatin1String("too-deep"))
        return invalid("too-deep", tr("This is not a key file: %1").arg(error.message));
    return invalid("not-json",
                   tr("This is not a key file: a key file is JSON text, and this file's content "
                      "is not."));
}

Result<QString> requireString(const QJsonObject &object, const QString &name, bool inLicense)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull())
        return invalid("missing-field",
                       inLicense
                           ? tr("The license inside the key file has no \"%1\" field.").arg(name)
                           : tr("The key file has no \"%1\" field.").arg(name));
    if (!value.isString())
        return invalid("bad-field-type",
                       inLicense ? tr("The license field \"%1\" must be text.").arg(name)
                                 : tr("The key file field \"%1\" must be text.").arg(name));
    return value.toString();
}

Result<QByteArray> decodeBase64(const QString &text, const QString &field)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty() || text.size() % 4 != 0)
        return invalid("bad-base64",
                       tr("The key file field \"%1\" is not valid base64; the file "
                          "was damaged or edited.")
                           .arg(field));
    return decoded.decoded;
}

Result<QDate> parseDate(const QJsonObject &object, const QString &name)
{
    auto text = requireString(object, name, true);
    if (!text)
        return text.error();
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(text.value(), Qt::ISODate);
    if (!shape.match(text.value()).hasMatch() || !date.isValid())
        return invalid("bad-date",
                       tr("The license date \"%1\" is \"%2\", which is not a real "
                          "date in the form YYYY-MM-DD.")
                           .arg(name, text.value()));
    return date;
}

// A JSON number that is a whole number in [min, max]; nullopt otherwise.
std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 min, qint64 max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d != std::floor(d) || d < double(min) || d > double(max))
        return std::nullopt;
    return qint64(d);
}

Result<License> parseLicense(const QJsonObject &doc, const VendorProfile &profile)
{
    static const QStringList known = {
        QStringLiteral("serial"),    QStringLiteral("product"), QStringLiteral("edition"),
        QStringLiteral("type"),      QStringLiteral("unit"),    QStringLiteral("count"),
        QStringLiteral("validFrom"), QStringLiteral("expires"), QStringLiteral("graceDays"),
        QStringLiteral("licensee"),  QStringLiteral("issued")};
    License license;

    auto serial = requireString(doc, QStringLiteral("serial"), true);
    if (!serial)
        return serial.error();
    static const QRegularExpression serialShape(
        QStringLiteral("^[0-9A-F]{3}-[0-9A-F]{6}-[0-9A-F]{8}$"));
    if (!serialShape.match(serial.value()).hasMatch())
        return invalid("bad-serial",
                       tr("The license serial \"%1\" does not have the form "
                          "XXX-XXXXXX-XXXXXXXX (digits 0-9 and A-F).")
                           .arg(serial.value().left(40)));
    license.serial = serial.value();

    auto product = requireString(doc, QStringLiteral("product"), true);
    if (!product)
        return product.error();
    if (product.value() != profile.solutionId())
        return invalid(
            "wrong-product",
            tr("The key is for the product \"%1\", not for %2 (\"%3\").")
                .arg(product.value().left(60), profile.productName(), profile.solutionId()));
    license.product = product.value();

    auto edition = requireString(doc, QStringLiteral("edition"), true);
    if (!edition)
        return edition.error();
    license.edition = edition.value();

    auto type = requireString(doc, QStringLiteral("type"), true);
    if (!type)
        return type.error();
    const auto typeValue = licenseTypeFromWire(type.value());
    if (!typeValue)
        return invalid("bad-type",
                       tr("The license type \"%1\" is unknown; it must be commercial, "
                          "trial, subscription, beta, test or oem.")
                           .arg(type.value().left(40)));
    license.type = *typeValue;

    auto unit = requireString(doc, QStringLiteral("unit"), true);
    if (!unit)
        return unit.error();
    const auto unitValue = licenseUnitFromWire(unit.value());
    if (!unitValue)
        return invalid("bad-unit",
                       tr("The licensing unit \"%1\" is unknown; it must be core, "
                          "processor, server or desktop.")
                           .arg(unit.value().left(40)));
    license.unit = *unitValue;

    const auto count = wholeNumber(doc.value(QLatin1String("count")), 1, KeyFile::MaxCount);
    if (!count)
        return invalid(
            "bad-count",
            tr("The license count must be a whole number from 1 to %1.").arg(KeyFile::MaxCount));
    license.count = *count;

    auto validFrom = parseDate(doc, QStringLiteral("validFrom"));
    if (!validFrom)
        return validFrom.error();
    auto expires = parseDate(doc, QStringLiteral("expires"));
    if (!expires)
        return expires.error();
    if (expires.value() < validFrom.value())
        return invalid("bad-validity",
                       tr("The license expires (%1) before it becomes valid (%2).")
                           .arg(expires.value().toString(Qt::ISODate),
                                validFrom.value().toString(Qt::ISODate)));
    license.validFrom = validFrom.value();
    license.expires = expires.value();

    if (doc.contains(QLatin1String("graceDays"))) {
        const auto grace = wholeNumber(doc.value(QLatin1String("graceDays")), 0, 3650);
        if (!grace)
            return invalid("bad-grace",
                           tr("The license grace period must be a whole number of "
                              "days from 0 to 3650."));
        license.graceDays = int(*grace);
    }
    for (const char *optional : {"licensee", "issued"}) {
        const QString name = QString::fromLatin1(optional);
        if (doc.contains(name) && !doc.value(name).isString())
            return invalid("bad-field-type",
                           tr("The license field \"%1\" must be text.").arg(name));
    }
    license.licensee = doc.value(QLatin1String("licensee")).toString();
    license.issued = doc.value(QLatin1String("issued")).toString();
    for (auto it = doc.constBegin(); it != doc.constEnd(); ++it) {
        if (!known.contains(it.key()))
            license.unknownFields.insert(it.key(), it.value());
    }
    return license;
}

} // namespace

Result<KeyFile> KeyFile::load(const QString &path, const VendorProfile &profile)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io, QStringLiteral("unreadable"),
                           tr("Cannot read the key file %1: %2").arg(path, file.errorString()));
    // Read one byte more than allowed, so an oversize file is told apart without
    // reading all of it.
    return parse(file.read(MaxSize + 1), profile);
}

Result<KeyFile> KeyFile::parse(const QByteArray &bytes, const VendorProfile &profile)
{
    if (bytes.size() > MaxSize)
        return invalid("too-large",
                       tr("The file is larger than 64 KiB; a key file is much smaller, "
                          "so this is not a key file."));
    auto parsed = StrictJson::parseObject(bytes);
    if (!parsed)
        return jsonError(parsed.error(), false);
    const QJsonObject root = parsed.value();

    auto format = requireString(root, QStringLiteral("format"), false);
    if (!format)
        return format.error();
    if (format.value() != QLatin1String(Format))
        return invalid("wrong-format",
                       tr("The key file has the format \"%1\"; this console reads "
                          "\"%2\".")
                           .arg(format.value().left(40), QLatin1String(Format)));
    auto signer = requireString(root, QStringLiteral("signer"), false);
    if (!signer)
        return signer.error();
    auto licenseText = requireString(root, QStringLiteral("license"), false);
    if (!licenseText)
        return licenseText.error();
    auto signatureText = requireString(root, QStringLiteral("signature"), false);
    if (!signatureText)
        return signatureText.error();

    const Crypto::Ed25519PublicKey *key = profile.signingKey(signer.value());
    if (!key)
        return invalid("unknown-signer",
                       tr("The key file was signed by \"%1\", which the vendor "
                          "profile does not trust.")
                           .arg(signer.value().left(60)));
    auto licenseBytes = decodeBase64(licenseText.value(), QStringLiteral("license"));
    if (!licenseBytes)
        return licenseBytes.error();
    auto signature = decodeBase64(signatureText.value(), QStringLiteral("signature"));
    if (!signature)
        return signature.error();
    if (signature.value().size() != 64)
        return invalid("bad-signature-length",
                       tr("The key file's signature is %1 bytes long "
                          "instead of 64: it was cut short or damaged.")
                           .arg(signature.value().size()));
    if (!key->verify(licenseBytes.value(), signature.value()))
        return invalid("signature-mismatch",
                       tr("The key file's signature does not match the "
                          "vendor's key: the file was changed after it was "
                          "issued."));

    auto doc = StrictJson::parseObject(licenseBytes.value());
    if (!doc)
        return jsonError(doc.error(), true);
    auto license = parseLicense(doc.value(), profile);
    if (!license)
        return license.error();

    KeyFile keyFile;
    keyFile.m_bytes = bytes;
    keyFile.m_signer = signer.value();
    keyFile.m_licenseBytes = licenseBytes.value();
    keyFile.m_license = license.value();
    return keyFile;
}

QString KeyFile::sha256() const
{
    return Crypto::sha256Hex(m_bytes);
}

} // namespace LightAgent
