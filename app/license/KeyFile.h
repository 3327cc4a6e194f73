// Key files (DESIGN §3.6): parsed and verified against the vendor profile's trusted
// signing keys. Every way a file can be wrong has its own reason and message.
#pragma once

#include "License.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace LightAgent {

class VendorProfile;

class KeyFile
{
public:
    static constexpr qsizetype MaxSize = 64 * 1024;
    static constexpr auto Format = "lightagent-key/1";
    static constexpr qint64 MaxCount = 1000000;

    // Reasons: too-large, empty, not-utf8, not-json, not-object, duplicate-key, too-deep,
    // wrong-format, missing-field, unknown-signer, bad-base64, bad-signature-length,
    // signature-mismatch, license-not-json, license-duplicate-key, wrong-product,
    // bad-serial, bad-type, bad-unit, bad-count, bad-date, bad-validity, bad-grace,
    // bad-field-type.
    static Result<KeyFile> parse(const QByteArray &bytes, const VendorProfile &profile);
    static Result<KeyFile> load(const QString &path, const VendorProfile &profile);

    const License &license() const { return m_license; }
    QString signer() const { return m_signer; }
    QByteArray bytes() const { return m_bytes; }
    QByteArray licenseBytes() const { return m_licenseBytes; }
    QString sha256() const; // of the whole file, lower-case hex

private:
    QByteArray m_bytes;
    QString m_signer;
    QByteArray m_licenseBytes;
    License m_license;
};

} // namespace LightAgent
