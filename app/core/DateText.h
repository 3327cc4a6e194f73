// Dates for people, the same in the console, the CLI and every message of the core:
// the locale's short format, always with a four-digit year (a license runs for years,
// and "1/2/29" is ambiguous).
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace LightAgent {

QString displayDate(QDate date);
// A moment in local time: displayDate() and the locale's short time, with seconds
// when asked (journal entries are often seconds apart). The one date-time format of
// every page and of lightagent-ctl's text.
QString displayDateTime(const QDateTime &time, bool withSeconds = false);

} // namespace LightAgent
