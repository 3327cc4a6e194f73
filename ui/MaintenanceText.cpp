#include "MaintenanceText.h"

#include "DisplayText.h"
#include "core/DateText.h"
#include "provision/TransmissionFailure.h"

#include <QCoreApplication>
#include <QLocale>

namespace LightAgent::MaintenanceText {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("LightAgent::MaintenanceText", text, disambiguation, n);
}

// The schedule's record belongs to the active key only when it was made for it.
bool recordIsOurs(const LicenseCheckStatus &status)
{
    return status.active && status.schedule.keySha256 == status.active->keyFile.sha256();
}

QString checkAnswer(const QString &status)
{
    if (status == QLatin1String("active"))
        //: The licensing service's answer to a license check
        return tr("the license is active", "check answer");
    if (status == QLatin1String("blocked"))
        //: The licensing service's answer to a license check
        return tr("the key is blocked", "check answer");
    if (status == QLatin1String("expired"))
        //: The licensing service's answer to a license check
        return tr("the license has expired", "check answer");
    return status;
}

} // namespace

QString dateTime(const QDateTime &time)
{
    return displayDateTime(time);
}

StatusTone freshnessTone(Freshness freshness)
{
    switch (freshness) {
    case Freshness::UpToDate:
        return StatusTone::Good;
    case Freshness::Outdated:
        return StatusTone::Warning;
    case Freshness::Obsolete:
        return StatusTone::Critical;
    case Freshness::None:
        break;
    }
    return StatusTone::Neutral;
}

QString databaseSummary(const DatabaseStatus &status)
{
    if (!status.installed) {
        if (!status.problem.isEmpty())
            return status.problem;
        if (!status.nextScheduled.dueAt.isValid())
            //: %1 explains why no scheduled update runs
            return tr("Not installed. %1").arg(status.nextScheduled.explanation);
        return tr("Not installed yet.");
    }
    //: Freshness of the databases and their release date, e.g. "Up to date, released 11/28/2026"
    return tr("%1, released %2")
        .arg(displayName(status.freshness),
             DisplayText::date(status.installed->bundle.released().toLocalTime().date()));
}

QString lastRun(const std::optional<UpdateRun> &run)
{
    if (!run || !run->at.isValid())
        //: No database update has run yet
        return tr("Never", "update run");
    const QString when = dateTime(run->at);
    switch (run->result) {
    case UpdateRunResult::Installed:
        //: %1 time of the update, %2 database version
        return tr("%1: version %2 installed.").arg(when, run->version);
    case UpdateRunResult::UpToDate:
        //: %1 time of the update, %2 database version
        return tr("%1: already up to date (version %2).").arg(when, run->version);
    case UpdateRunResult::Failed:
        //: %1 time of the update, %2 why it failed
        return tr("%1: failed. %2").arg(when, TransmissionFailure::text(run->reason, run->message));
    case UpdateRunResult::Refused:
        //: %1 time of the update, %2 why nothing was sent
        return tr("%1: not sent. %2")
            .arg(when, TransmissionFailure::text(run->reason, run->message));
    }
    return when;
}

QString nextUpdate(const DatabaseStatus &status, const QDateTime &now)
{
    const ScheduledUpdate &next = status.nextScheduled;
    if (!next.dueAt.isValid())
        return next.explanation;
    if (next.isDue(now))
        //: The next scheduled database update
        return tr("Due now.", "next update");
    return dateTime(next.dueAt);
}

QString nextCheck(const LicenseCheckStatus &status, const QDateTime &now)
{
    const CheckPlan &plan = status.plan;
    switch (plan.eligibility) {
    case CheckEligibility::Eligible:
        if (plan.isDue(now))
            //: The next periodic license check
            return tr("Due now.", "next check");
        return plan.retry
            //: %1 is when a failed license check is tried again
            ? tr("%1 (a retry after a failed check)").arg(dateTime(plan.dueAt))
            : dateTime(plan.dueAt);
    case CheckEligibility::NoKey:
        return tr("None: the solution is not activated.");
    case CheckEligibility::KeyFromFile:
        return tr("None: the active key came from a key file, which sends nothing.");
    case CheckEligibility::NoConsent:
        return tr("None: the consent to re-send the activation data was withdrawn.");
    case CheckEligibility::NoStoredCode:
        return tr("None: the activation code of the active key is not kept.");
    }
    return QString();
}

QString checkFailures(const LicenseCheckStatus &status)
{
    if (!status.plan.eligible() || status.plan.failures <= 0 || !recordIsOurs(status))
        return QString();
    const CheckSchedule &record = status.schedule;
    const QString last = record.lastErrorMessage.isEmpty()
        ? QString()
        : QString(QLatin1Char(' ') + tr("The last error: %1").arg(record.lastErrorMessage));
    //: %n failed attempts in a row; %1 when the next attempt is made
    return tr("%n failed attempt(s) in a row; the next try is at %1.", nullptr,
              status.plan.failures)
               .arg(dateTime(status.plan.dueAt)) +
        last;
}

QString lastCheck(const LicenseCheckStatus &status)
{
    if (!recordIsOurs(status) || !status.schedule.lastSuccessAt.isValid())
        //: No license check has been completed yet
        return tr("Never", "license check");
    //: %1 time of the check, %2 the service's answer, e.g. "the license is active"
    return tr("%1: %2.").arg(dateTime(status.schedule.lastSuccessAt),
                             checkAnswer(status.schedule.lastStatus));
}

} // namespace LightAgent::MaintenanceText
