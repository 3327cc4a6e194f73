// The one warning policy (DESIGN §1 item 8): from the license state, the warning
// thresholds and the databases' release time, how worried the administrator should
// be (OK, WARNING, CRITICAL), why, and what will stop when. The console, `status`
// and the monitoring outputs all show exactly this.
//
// - The license counts down to the last day it covers; a valid reserve key that takes
//   over without a gap carries that day to its own end, and the state stays OK.
// - The thresholds (30, 14, 7, 1 days by default) turn OK into WARNING; the last week
//   (WarningThresholds::criticalDays) into CRITICAL.
// - A running grace period counts down to its last day; a blocked key counts down its
//   8 days of full functionality and is CRITICAL from the first.
// - Expired, not activated and limited functionality are CRITICAL.
// - Databases older than 7 days are a WARNING, older than 14 days CRITICAL.
#pragma once

#include "WarningThresholds.h"
#include "license/LicenseState.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace LightAgent {

enum class WarningLevel { Ok, Warning, Critical };

QString toWireName(WarningLevel level); // "ok", "warning", "critical"
QString displayName(WarningLevel level);

struct LicenseWarning
{
    QString id; // "license-ends", "grace-period", "blocked", "expired", "not-activated",
                // "databases-outdated", "databases-obsolete"
    WarningLevel level = WarningLevel::Ok;
    QString text; // one sentence for people
};

class LicenseWarnings
{
public:
    // databasesReleased: when the installed databases were released; invalid when
    // none are installed (which is no warning: there is nothing to go stale).
    static LicenseWarnings evaluate(const LicenseState &state, const WarningThresholds &thresholds,
                                    const QDateTime &now, const QDateTime &databasesReleased);

    WarningLevel level() const { return m_level; }
    // Days from today to the last day the license covers with full functionality
    // (negative after it; 0 when nothing is activated).
    int daysLeft() const { return m_daysLeft; }
    QDate coveredUntil() const { return m_coveredUntil; } // invalid when not activated
    int thresholdReached() const { return m_threshold; } // 0 when none
    const WarningThresholds &thresholds() const { return m_thresholds; }
    QDate reserveTakesOverOn() const { return m_reserveTakesOver; } // invalid when it won't
    const QList<LicenseWarning> &items() const { return m_items; }

    // One line: what matters now ("The license is valid until 31.12.2029.").
    QString sentence() const;
    // What will stop and when ("After 31.12.2029 database updates stop; …").
    QString whatHappens() const { return m_whatHappens; }

    // {"level", "daysLeft", "coveredUntil", "threshold", "thresholds",
    //  "reserveTakesOver": {"serial", "on"} | null, "items": [{"id", "level", "text"}],
    //  "sentence", "whatHappens"}
    QJsonObject toJson() const;

private:
    void add(const char *id, WarningLevel level, const QString &text);
    void judgeLicense(const LicenseState &state, QDate today);
    void judgeCoverage(const LicenseState &state, QDate today);
    void judgeDatabases(const QDateTime &released, const QDateTime &now);
    void explain(const LicenseState &state, const QDateTime &databasesReleased);

    WarningThresholds m_thresholds;
    WarningLevel m_level = WarningLevel::Ok;
    int m_daysLeft = 0;
    QDate m_coveredUntil;
    int m_threshold = 0;
    QDate m_reserveTakesOver;
    QString m_reserveSerial;
    QString m_okText;
    QList<LicenseWarning> m_items;
    QString m_whatHappens;
};

} // namespace LightAgent
