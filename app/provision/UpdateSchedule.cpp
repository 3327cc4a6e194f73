#include "UpdateSchedule.h"

#include "core/StateDatabase.h"

#include <QCoreApplication>

namespace LightAgent {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::UpdateSchedule", text);
}

ScheduledUpdate none(const char *reason, const QString &explanation)
{
    return ScheduledUpdate {QDateTime(), QString::fromLatin1(reason), explanation};
}

} // namespace

QJsonObject ScheduledUpdate::toJson() const
{
    return QJsonObject {
        {QStringLiteral("dueAt"),
         dueAt.isValid() ? QJsonValue(dueAt.toUTC().toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("explanation"), explanation},
    };
}

namespace UpdateSchedule {

Result<bool> enabled(const StateDatabase &database)
{
    auto value = database.setting(QString::fromLatin1(EnabledSetting));
    if (!value)
        return value.error();
    return value.value() != QLatin1String("off");
}

Status setEnabled(StateDatabase &database, bool on)
{
    return database.setSetting(QString::fromLatin1(EnabledSetting),
                               on ? QStringLiteral("on") : QStringLiteral("off"));
}

ScheduledUpdate next(bool enabled, bool agreementStands, Functionality functionality,
                     const std::optional<UpdateRun> &lastRun, const QDateTime &now)
{
    if (!enabled)
        return none("switched-off",
                    tr("Scheduled updates are switched off; databases are updated only when "
                       "you start an update."));
    if (!agreementStands)
        return none("no-agreement",
                    tr("Scheduled updates wait for the data-provision agreement; nothing is "
                       "sent without it."));
    if (functionality != Functionality::Full)
        return none("license-level",
                    tr("Scheduled updates need a license with full functionality."));
    if (!lastRun || !lastRun->at.isValid())
        return ScheduledUpdate {now.toUTC(), QStringLiteral("scheduled"),
                                tr("The databases have not been updated yet; an update is due "
                                   "now.")};
    const bool failed = lastRun->result == UpdateRunResult::Failed;
    const QDateTime due = lastRun->at.toUTC().addSecs(failed ? RetrySeconds : IntervalSeconds);
    return ScheduledUpdate {due, QStringLiteral("scheduled"),
                            failed ? tr("The last update failed; it is tried again at the time "
                                        "shown.")
                                   : tr("The next scheduled update runs at the time shown.")};
}

} // namespace UpdateSchedule
} // namespace LightAgent
