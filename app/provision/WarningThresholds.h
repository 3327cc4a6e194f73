// When warnings about the end of the license begin: days before the license stops
// covering (30, 14, 7 and 1 unless the administrator set others). Kept in the state
// database's settings, so the console and lightagent-ctl warn alike.
#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

namespace LightAgent {

class StateDatabase;

class WarningThresholds
{
public:
    static constexpr auto Setting = "warnings.days";
    static constexpr int MaxDays = 365;
    static constexpr int MaxCount = 10;
    // CRITICAL begins with the last week, or with the first threshold when that is nearer.
    static constexpr int CriticalDays = 7;

    WarningThresholds(); // 30, 14, 7, 1

    // "30,14,7,1": whole days from 1 to 365, each once, in any order; spaces allowed.
    static Result<WarningThresholds> parse(const QString &text);
    static Result<WarningThresholds> load(const StateDatabase &database);
    Status store(StateDatabase &database) const;

    const QList<int> &days() const { return m_days; } // largest first
    int warningDays() const { return m_days.constFirst(); }
    int criticalDays() const { return qMin(CriticalDays, warningDays()); }
    // The nearest threshold that `daysLeft` has reached (7 for 5 days left with the
    // defaults), or 0 when none has been reached yet.
    int reached(int daysLeft) const;
    QString toText() const; // "30,14,7,1"

private:
    QList<int> m_days;
};

} // namespace LightAgent
