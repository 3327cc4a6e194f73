// Small formatting helpers shared by the console's widgets, so that a date or a
// number of days reads the same on every page.
#pragma once

#include <QDate>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace LightAgent::DisplayText {

// The locale's short date format, always with a four-digit year.
QString date(QDate date);
// The days left until a key's last valid day: "1128", "0 (today is the last valid day)",
// "None (expired on 31 Dec 2025)".
QString daysLeft(int days, QDate expires);
// A value of an unknown license field, shown as compact JSON.
QString jsonValue(const QJsonValue &value);
// One line per item, each after a bullet ("• "), for plain-text labels.
QString bulleted(const QStringList &lines);

} // namespace LightAgent::DisplayText
