// The periodic check's record (LicenseCheckScheduler's CheckSchedule) in the state
// database, so the next attempt survives a restart and is the same for the console
// and lightagent-ctl.
#pragma once

#include "LicenseCheckScheduler.h"
#include "core/Result.h"

#include <memory>

namespace LightAgent {

class StateDatabase;

class CheckScheduleStore
{
public:
    explicit CheckScheduleStore(std::shared_ptr<StateDatabase> database);

    // An empty record when no check was ever attempted.
    Result<CheckSchedule> load() const;
    Status save(const CheckSchedule &schedule);

private:
    std::shared_ptr<StateDatabase> m_database;
};

} // namespace LightAgent
