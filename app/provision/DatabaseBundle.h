// A database bundle (DESIGN §3.3): the vendor's signed description of the databases
// an update installs — version, release time and record count. It is signed in the
// key file's form (§3.6) with the format "lightagent-bundle/1" and verified against
// the profile's trusted signing keys; every way it can be wrong has its own reason.
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace LightAgent {

class VendorProfile;

// How old the installed databases are, by their release time.
enum class Freshness { None, UpToDate, Outdated, Obsolete };

QString toWireName(Freshness freshness); // "none", "up-to-date", "outdated", "obsolete"
QString displayName(Freshness freshness);

class DatabaseBundle
{
public:
    static constexpr qsizetype MaxSize = 64 * 1024;
    static constexpr auto Format = "lightagent-bundle/1";
    static constexpr int OutdatedAfterDays = 7;
    static constexpr int ObsoleteAfterDays = 14;
    static constexpr qsizetype MaxVersionLength = 64;
    static constexpr qint64 MaxRecords = 1000000000000LL;

    // Reasons: too-large, empty, not-utf8, not-json, not-object, duplicate-key, too-deep,
    // wrong-format, missing-field, bad-field-type, unknown-signer, bad-base64,
    // bad-signature-length, signature-mismatch, document-not-json, bad-version,
    // bad-released, bad-records.
    static Result<DatabaseBundle> parse(const QByteArray &bytes, const VendorProfile &profile);

    // Up to date for 7 days after the release, outdated after that, obsolete after 14.
    static Freshness freshness(const QDateTime &released, const QDateTime &now);
    Freshness freshness(const QDateTime &now) const { return freshness(m_released, now); }

    QString version() const { return m_version; }
    QDateTime released() const { return m_released; } // UTC
    qint64 records() const { return m_records; }
    QString signer() const { return m_signer; }
    QByteArray bytes() const { return m_bytes; } // the signed object, as received
    QString sha256() const; // of bytes(), lower-case hex

    // {"version", "released", "records", "signer", "sha256", "freshness"}
    QJsonObject toJson(const QDateTime &now) const;

private:
    QByteArray m_bytes;
    QString m_signer;
    QString m_version;
    QDateTime m_released;
    qint64 m_records = 0;
};

} // namespace LightAgent
