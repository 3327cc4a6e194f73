#include "LicenseCheckStatus.h"

#include "ConsentStore.h"
#include "license/CheckScheduleStore.h"
#include "license/KeyStore.h"

namespace LightAgent {

Result<LicenseCheckStatus> LicenseCheckStatus::load(const VendorProfile &profile,
                                                    std::shared_ptr<StateDatabase> database,
                                                    QDate today)
{
    auto keys = KeyStore(database, profile).effective(today);
    if (!keys)
        return keys.error();
    auto consent = ConsentStore(database).stands(ConsentKind::CodeActivation);
    if (!consent)
        return consent.error();
    auto schedule = CheckScheduleStore(database).load();
    if (!schedule)
        return schedule.error();
    LicenseCheckStatus status;
    status.active = keys.value().active;
    status.schedule = schedule.value();
    status.plan = LicenseCheckScheduler::plan(status.active, consent.value(), status.schedule);
    return status;
}

QJsonValue LicenseCheckStatus::nextCheckJson() const
{
    if (!plan.eligible())
        return QJsonValue();
    return plan.dueAt.toUTC().toString(Qt::ISODate);
}

QJsonObject LicenseCheckStatus::toJson() const
{
    return LicenseCheckScheduler::toJson(plan, schedule);
}

} // namespace LightAgent
