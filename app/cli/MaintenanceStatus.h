// What `status` shows besides the license: the databases (DatabaseStatus) and the
// periodic license check (LicenseCheckStatus), read from the core as the console
// reads them.
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>

#include <memory>

namespace LightAgent {
class StateDatabase;
class VendorProfile;
} // namespace LightAgent

namespace LightAgent::Ctl {

// Adds "database", "nextLicenseCheck" (ISO time or null), "licenseCheck" (with the
// reason when there is no next check) and "dataProvisionAgreement".
Status addMaintenanceJson(QJsonObject &status, const VendorProfile &profile,
                          std::shared_ptr<StateDatabase> database, const QDateTime &now);
Status printMaintenance(const VendorProfile &profile, std::shared_ptr<StateDatabase> database,
                        const QDateTime &now);

// "2026-11-29 06:00 UTC"
QString timeText(const QDateTime &time);

} // namespace LightAgent::Ctl
