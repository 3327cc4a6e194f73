// The license state as the administrator sees it: one overall status, the
// functionality level that follows from it, days left and the timeline. The
// dashboard and `lightagent-ctl status` both show exactly this.
#pragma once

#include "StoredKey.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace LightAgent {

enum class LicenseStatus { NotActivated, Valid, ExpiresSoon, GracePeriod, Expired, Blocked };
enum class Functionality { Full, Limited, None };

class LicenseState
{
public:
    static constexpr int ExpiresSoonDays = 14;
    static constexpr int BlockedFullFunctionDays = 8;

    // Evaluates the stored keys on a day. When the active key is past its last valid day and
    // a valid reserve key exists, the reserve counts as active (the store persists
    // that promotion with KeyStore::promoteIfDue).
    static LicenseState evaluate(const StoredKeys &keys, QDate today);

    LicenseStatus status() const { return m_status; }
    Functionality functionality() const { return m_functionality; }
    QDate today() const { return m_today; }
    const std::optional<StoredKey> &active() const { return m_keys.active; }
    const std::optional<StoredKey> &reserve() const { return m_keys.reserve; }
    bool reservePromoted() const { return m_reservePromoted; }

    // Whole days from today to the active key's last valid day (0 on that day,
    // negative after it); 0 when there is no active key.
    int daysLeft() const;
    static int daysLeft(const License &license, QDate today);

    // Timeline of the active key; dates are invalid where a step does not apply.
    QDate validFrom() const;
    QDate expiresSoonFrom() const;
    QDate expires() const;
    QDate graceUntil() const;
    QDate limitedFrom() const; // blocked keys: the day functionality becomes limited

    QString headline() const; // "The license is valid."
    QString explanation() const; // what it means and what to do

    QJsonObject toJson() const;

private:
    StoredKeys m_keys;
    QDate m_today;
    LicenseStatus m_status = LicenseStatus::NotActivated;
    Functionality m_functionality = Functionality::None;
    bool m_reservePromoted = false;
};

QString toWireName(LicenseStatus status);
QString toWireName(Functionality functionality);
QString displayName(LicenseStatus status);
QString displayName(Functionality functionality);

// The JSON of one stored key, as in `status --json` and `key inspect --json`.
QJsonObject keyToJson(const KeyFile &keyFile, QDate today);

} // namespace LightAgent
