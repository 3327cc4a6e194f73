#include "WarningThresholds.h"

#include "core/StateDatabase.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace LightAgent {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::WarningThresholds", text);
}

Error invalid(const QString &message)
{
    return Error::make(ErrorCode::InvalidInput, QStringLiteral("bad-warn-days"), message);
}

} // namespace

WarningThresholds::WarningThresholds()
    : m_days {30, 14, 7, 1}
{ }

Result<WarningThresholds> WarningThresholds::parse(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (text.trimmed().isEmpty())
        return invalid(tr("Give at least one number of days, such as 30,14,7,1."));
    if (parts.size() > MaxCount)
        return invalid(tr("Give at most 10 numbers of days, such as 30,14,7,1."));
    QList<int> days;
    for (const QString &part : parts) {
        bool ok = false;
        const QString number = part.trimmed();
        const int value = number.toInt(&ok);
        // toInt() accepts a sign; days are written as plain digits.
        const bool digitsOnly = !number.isEmpty() &&
            std::all_of(number.cbegin(), number.cend(), [](QChar c) { return c.isDigit(); });
        if (!ok || !digitsOnly || value < 1 || value > MaxDays)
            return invalid(tr("\"%1\" is not a number of days from 1 to 365. Write the days "
                              "before the end as whole numbers separated by commas, such as "
                              "30,14,7,1.")
                               .arg(number));
        if (days.contains(value))
            return invalid(tr("%1 days is given twice; give each number of days once.").arg(value));
        days.append(value);
    }
    std::sort(days.begin(), days.end(), std::greater<int>());
    WarningThresholds thresholds;
    thresholds.m_days = days;
    return thresholds;
}

Result<WarningThresholds> WarningThresholds::load(const StateDatabase &database)
{
    auto value = database.setting(QString::fromLatin1(Setting));
    if (!value)
        return value.error();
    if (value->isEmpty())
        return WarningThresholds();
    auto parsed = parse(value.value());
    if (!parsed)
        return Error::make(ErrorCode::Database, QStringLiteral("bad-warn-days-setting"),
                           tr("The stored warning days \"%1\" cannot be used: %2 Set them again "
                              "with 'lightagent-ctl config set warn-days 30,14,7,1'.")
                               .arg(value.value(), parsed.error().message));
    return parsed;
}

Status WarningThresholds::store(StateDatabase &database) const
{
    return database.setSetting(QString::fromLatin1(Setting), toText());
}

int WarningThresholds::reached(int daysLeft) const
{
    int nearest = 0;
    for (int days : m_days) {
        if (daysLeft <= days)
            nearest = days;
    }
    return nearest;
}

QString WarningThresholds::toText() const
{
    QStringList parts;
    for (int days : m_days)
        parts.append(QString::number(days));
    return parts.join(QLatin1Char(','));
}

} // namespace LightAgent
