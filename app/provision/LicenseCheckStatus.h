// The periodic license check as the store says now: the active key, the consent to
// re-send the activation data and the record of earlier attempts, put through
// LicenseCheckScheduler. The console, lightagent-ctl and the flow all read it here.
#pragma once

#include "core/Result.h"
#include "license/LicenseCheckScheduler.h"

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>

#include <memory>

namespace LightAgent {

class StateDatabase;
class VendorProfile;

struct LicenseCheckStatus
{
    std::optional<StoredKey> active; // the effective active key today
    CheckPlan plan;
    CheckSchedule schedule;

    static Result<LicenseCheckStatus> load(const VendorProfile &profile,
                                           std::shared_ptr<StateDatabase> database, QDate today);

    // The next check's time, or null when there will be none (the reason is in toJson()).
    QJsonValue nextCheckJson() const;
    QJsonObject toJson() const; // LicenseCheckScheduler::toJson
};

} // namespace LightAgent
