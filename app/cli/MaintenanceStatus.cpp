#include "MaintenanceStatus.h"

#include "CtlOutput.h"
#include "core/DateText.h"
#include "provision/DataProvisionAgreement.h"
#include "provision/DatabaseStatus.h"
#include "provision/LicenseCheckStatus.h"

#include <QCoreApplication>

namespace LightAgent::Ctl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::Ctl", text);
}

} // namespace

QString timeText(const QDateTime &time)
{
    return displayDateTime(time);
}

Status addMaintenanceJson(QJsonObject &status, const VendorProfile &profile,
                          std::shared_ptr<StateDatabase> database, const QDateTime &now)
{
    auto databases = DatabaseStatus::load(profile, database, now);
    if (!databases)
        return databases.error();
    auto check = LicenseCheckStatus::load(profile, database, now.date());
    if (!check)
        return check.error();
    auto agreement = DataProvisionAgreement(database).toJson();
    if (!agreement)
        return agreement.error();
    status.insert(QStringLiteral("database"), databases.value().toJson());
    status.insert(QStringLiteral("nextLicenseCheck"), check.value().nextCheckJson());
    status.insert(QStringLiteral("licenseCheck"), check.value().toJson());
    status.insert(QStringLiteral("dataProvisionAgreement"), agreement.value());
    return {};
}

Status printMaintenance(const VendorProfile &profile, std::shared_ptr<StateDatabase> database,
                        const QDateTime &now)
{
    auto databases = DatabaseStatus::load(profile, database, now);
    if (!databases)
        return databases.error();
    auto check = LicenseCheckStatus::load(profile, database, now.date());
    if (!check)
        return check.error();
    auto agreement = DataProvisionAgreement(database).stands();
    if (!agreement)
        return agreement.error();
    out(tr("Databases:     %1").arg(databases.value().summary()));
    const ScheduledUpdate &next = databases.value().nextScheduled;
    out(next.dueAt.isValid()
            ? tr("               Next scheduled update: %1").arg(timeText(next.dueAt))
            : tr("               %1").arg(next.explanation));
    const CheckPlan &plan = check.value().plan;
    out(plan.eligible() ? tr("License check: next at %1").arg(timeText(plan.dueAt))
                        : tr("License check: none"));
    out(tr("               %1").arg(plan.explanation()));
    out(agreement.value() ? tr("Data provision: the agreement is accepted.")
                          : tr("Data provision: the agreement is not accepted; updates and help "
                               "links send nothing."));
    return {};
}

} // namespace LightAgent::Ctl
