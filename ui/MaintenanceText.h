// The words for the databases and the periodic license check, shared by the Updates
// page and the dashboard so that both say the same thing the same way. Made when
// asked for, so asking again after a language change gives the new language.
#pragma once

#include "StatusTone.h"
#include "provision/DatabaseStatus.h"
#include "provision/LicenseCheckStatus.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace LightAgent::MaintenanceText {

// A moment in local time, the locale's short form with a four-digit year.
QString dateTime(const QDateTime &time);

// Freshness as a tone, so that it is shown with an icon and words, not colour alone.
StatusTone freshnessTone(Freshness freshness);
// "Up to date, released 11/28/2026" or why there are no databases.
QString databaseSummary(const DatabaseStatus &status);
// "11/29/2026 7:41 AM: version 20261129.0741 installed" / "… failed: …" / "Never".
QString lastRun(const std::optional<UpdateRun> &run);
// When the next scheduled update runs, or why none will.
QString nextUpdate(const DatabaseStatus &status, const QDateTime &now);

// When the next license check is due ("due now" once it is), or, briefly, why none.
QString nextCheck(const LicenseCheckStatus &status, const QDateTime &now);
// The failures in a row and the back-off, or an empty text when the last check worked.
QString checkFailures(const LicenseCheckStatus &status);
// The last completed check: its time and the service's answer, or "Never".
QString lastCheck(const LicenseCheckStatus &status);

} // namespace LightAgent::MaintenanceText
