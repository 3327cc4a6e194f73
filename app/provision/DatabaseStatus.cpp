#include "DatabaseStatus.h"

#include "DataProvisionAgreement.h"
#include "core/DateText.h"
#include "core/StateDatabase.h"
#include "license/KeyStore.h"
#include "license/LicenseState.h"

#include <QCoreApplication>
#include <QLocale>

namespace LightAgent {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::DatabaseStatus", text);
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

Result<Functionality> functionality(const VendorProfile &profile,
                                    std::shared_ptr<StateDatabase> database, QDate today)
{
    auto keys = KeyStore(std::move(database), profile).load();
    if (!keys)
        return keys.error();
    return LicenseState::evaluate(keys.value(), today).functionality();
}

} // namespace

Result<DatabaseStatus> DatabaseStatus::load(const VendorProfile &profile,
                                            std::shared_ptr<StateDatabase> database,
                                            const QDateTime &now)
{
    DatabaseStatus status;
    BundleStore store(database, profile);
    auto current = store.current();
    if (current)
        status.installed = current.value();
    else if (current.error().reason == QLatin1String("stored-bundle-invalid"))
        status.problem = current.error().message;
    else
        return current.error();
    status.freshness = status.installed ? status.installed->bundle.freshness(now) : Freshness::None;
    auto lastRun = store.lastRun();
    auto scheduled = UpdateSchedule::enabled(*database);
    auto agreement = DataProvisionAgreement(database).stands();
    auto level = functionality(profile, database, now.date());
    if (!lastRun || !scheduled || !agreement || !level)
        return !lastRun  ? lastRun.error()
            : !scheduled ? scheduled.error()
            : !agreement ? agreement.error()
                         : level.error();
    status.lastRun = lastRun.value();
    status.scheduled = scheduled.value();
    status.nextScheduled = UpdateSchedule::next(status.scheduled, agreement.value(), level.value(),
                                                status.lastRun, now);
    return status;
}

QJsonObject DatabaseStatus::toJson() const
{
    const DatabaseBundle *bundle = installed ? &installed->bundle : nullptr;
    return QJsonObject {
        {QStringLiteral("installed"), bundle != nullptr},
        {QStringLiteral("version"), bundle ? QJsonValue(bundle->version()) : QJsonValue()},
        {QStringLiteral("released"), timeOrNull(bundle ? bundle->released() : QDateTime())},
        {QStringLiteral("records"), bundle ? QJsonValue(bundle->records()) : QJsonValue()},
        {QStringLiteral("freshness"), toWireName(freshness)},
        {QStringLiteral("installedAt"),
         timeOrNull(installed ? installed->installedAt : QDateTime())},
        {QStringLiteral("problem"), problem.isEmpty() ? QJsonValue() : QJsonValue(problem)},
        {QStringLiteral("lastRun"), lastRun ? QJsonValue(lastRun->toJson()) : QJsonValue()},
        {QStringLiteral("scheduled"), scheduled},
        {QStringLiteral("nextScheduledUpdate"), nextScheduled.toJson()},
    };
}

QString DatabaseStatus::summary() const
{
    if (!installed)
        return problem.isEmpty() ? tr("No databases installed yet.") : problem;
    const DatabaseBundle &bundle = installed->bundle;
    return tr("Version %1, released %2, %3 records — %4")
        .arg(bundle.version(), displayDateTime(bundle.released()),
             QLocale().toString(bundle.records()), displayName(freshness));
}

} // namespace LightAgent
