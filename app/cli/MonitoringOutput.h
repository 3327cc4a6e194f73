// `status --nagios` and `status --prometheus` (DESIGN §3.10): the warning policy's
// verdict in the formats monitoring systems read. Machine formats: metric names,
// labels and help texts are fixed English; only the Nagios sentence is translated.
#pragma once

#include "core/Result.h"
#include "license/LicenseState.h"
#include "provision/LicenseWarnings.h"

#include <QDateTime>
#include <QString>

namespace LightAgent::Ctl {

// The monitoring-plugin exit codes; UNKNOWN when the state cannot be read.
enum NagiosState : int { NagiosOk = 0, NagiosWarning = 1, NagiosCritical = 2, NagiosUnknown = 3 };

struct NagiosResult
{
    QString line; // "LIGHTAGENT LICENSE WARNING - … | days_left=…"
    NagiosState state = NagiosUnknown;
};

NagiosResult nagiosResult(const LicenseWarnings &warnings, const QDateTime &databasesReleased,
                          const QDateTime &now);
NagiosResult nagiosUnknown(const QString &why);
// One line for the plugin output: no line breaks or control characters, no '|'
// (which starts the performance data).
QString nagiosText(const QString &text);

QString prometheusText(const LicenseState &state, const LicenseWarnings &warnings,
                       const QDateTime &databasesReleased, const QDateTime &now);
// What a scrape gets when the state cannot be read: lightagent_state_readable 0.
QString prometheusUnreadable();
// A label value as the text exposition format wants it: \ " and line feed escaped.
QString prometheusLabelValue(const QString &value);

} // namespace LightAgent::Ctl
