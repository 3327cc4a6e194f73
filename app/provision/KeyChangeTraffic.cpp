#include "KeyChangeTraffic.h"

#include "BundleStore.h"
#include "DataProvisionAgreement.h"
#include "Recipients.h"
#include "UpdateSchedule.h"
#include "core/DateText.h"
#include "core/StateDatabase.h"
#include "core/VendorProfile.h"

#include <QCoreApplication>
#include <QLocale>

namespace LightAgent::KeyChangeTraffic {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::KeyChangeTraffic", text);
}

QString activeSerial(const LicenseState &state)
{
    return state.active() ? state.active()->license().serial : QString();
}

QString localDateTime(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    return displayDate(local.date()) + QLatin1Char(' ') +
        QLocale().toString(local.time(), QLocale::ShortFormat);
}

} // namespace

Result<QString> describe(const VendorProfile &profile, std::shared_ptr<StateDatabase> database,
                         const KeyChange &change, const QDateTime &now)
{
    auto enabled = UpdateSchedule::enabled(*database);
    auto agreement = DataProvisionAgreement(database).record();
    auto lastRun = BundleStore(database, profile).lastRun();
    if (!enabled || !agreement || !lastRun)
        return !enabled ? enabled.error() : !agreement ? agreement.error() : lastRun.error();
    const std::optional<ConsentRecord> &record = agreement.value();
    const bool stands = record && record->stands();
    const ScheduledUpdate before = UpdateSchedule::next(
        enabled.value(), stands, change.before.functionality(), lastRun.value(), now);
    const ScheduledUpdate after = UpdateSchedule::next(
        enabled.value(), stands, change.after.functionality(), lastRun.value(), now);
    if (!after.dueAt.isValid())
        return tr("Adding it sends nothing to anyone.");
    if (before.dueAt.isValid() && activeSerial(change.before) == activeSerial(change.after))
        return tr("Adding it sends nothing to anyone; scheduled database updates go on as "
                  "before.");
    const QString agreed = displayDate(record->grantedAt.toLocalTime().date());
    const QString host =
        Recipients::describe(profile, profile.updateUrl(), TransmissionKind::DatabaseUpdate);
    if (after.isDue(now))
        //: %1 the date the data-provision agreement was accepted, %2 the receiving host
        return tr("Adding it sends nothing itself, but it lets the scheduled database update "
                  "run, which is due now: under the data-provision agreement of %1, that update "
                  "sends its request, with the active key's serial, to %2.")
            .arg(agreed, host);
    //: %1 the date the agreement was accepted, %2 the receiving host, %3 when the update runs
    return tr("Adding it sends nothing itself; under the data-provision agreement of %1, the "
              "next scheduled database update sends its request, with the active key's serial, "
              "to %2 at %3.")
        .arg(agreed, host, localDateTime(after.dueAt));
}

} // namespace LightAgent::KeyChangeTraffic
