// Scheduled database updates: on unless the administrator switched them off, due a
// day after the last run (an hour after a failed one), and only while the
// data-provision agreement stands and the license level allows updates. Pure
// logic plus the one setting, so the schedule is tested with a FixedClock.
#pragma once

#include "BundleStore.h"
#include "core/Result.h"
#include "license/LicenseState.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace LightAgent {

class StateDatabase;

struct ScheduledUpdate
{
    QDateTime dueAt; // invalid when no scheduled update will run
    QString reason; // "scheduled", "switched-off", "no-agreement", "license-level"
    QString explanation; // for people, translated

    bool isDue(const QDateTime &now) const { return dueAt.isValid() && now >= dueAt; }
    QJsonObject toJson() const; // {"dueAt", "reason", "explanation"}
};

namespace UpdateSchedule {

constexpr auto EnabledSetting = "updates.scheduled";
constexpr qint64 IntervalSeconds = 24 * 3600;
constexpr qint64 RetrySeconds = 3600;

Result<bool> enabled(const StateDatabase &database);
Status setEnabled(StateDatabase &database, bool on);

ScheduledUpdate next(bool enabled, bool agreementStands, Functionality functionality,
                     const std::optional<UpdateRun> &lastRun, const QDateTime &now);

} // namespace UpdateSchedule
} // namespace LightAgent
