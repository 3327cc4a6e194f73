// Dates for people, the same in the console, the CLI and every message of the core:
// the locale's short format, always with a four-digit year (a license runs for years,
// and "1/2/29" is ambiguous).
#pragma once

#include <QDate>
#include <QString>

namespace LightAgent {

QString displayDate(QDate date);

} // namespace LightAgent
