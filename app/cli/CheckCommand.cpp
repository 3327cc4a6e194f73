#include "CheckCommand.h"

#include "CtlContext.h"
#include "CtlOutput.h"
#include "EnvelopePrinter.h"
#include "MaintenanceStatus.h"
#include "core/Clock.h"
#include "core/ExitCodes.h"
#include "license/KeyStore.h"
#include "license/LicenseState.h"
#include "provision/LicenseCheckFlow.h"
#include "provision/LicenseCheckStatus.h"
#include "provision/WireNames.h"

#include <QCoreApplication>

namespace LightAgent::Ctl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::Ctl", text);
}

QString statusName(CheckAnswer::Status status)
{
    switch (status) {
    case CheckAnswer::Status::Active:
        return QString(Wire::CheckStatus::Active);
    case CheckAnswer::Status::Blocked:
        return QString(Wire::CheckStatus::Blocked);
    case CheckAnswer::Status::Expired:
        return QString(Wire::CheckStatus::Expired);
    }
    return {};
}

// The check that is not sent: not possible, or not due yet. Exit 0 with the reason.
int notSent(CtlContext &context, const LicenseCheckStatus &status, const QString &reason,
            const QString &message)
{
    if (context.json()) {
        outJson(QJsonObject {{QStringLiteral("checked"), false},
                             {QStringLiteral("reason"), reason},
                             {QStringLiteral("message"), message},
                             {QStringLiteral("nextLicenseCheck"), status.nextCheckJson()},
                             {QStringLiteral("licenseCheck"), status.toJson()}});
        return ExitOk;
    }
    out(message);
    return ExitOk;
}

int dryRun(CtlContext &context, const RequestSources &sources, const CheckPlan &plan)
{
    auto envelope = LicenseCheckFlow::prepare(sources);
    if (!envelope)
        return fail(envelope.error(), context.json());
    const QDateTime now = sources.clock.now();
    if (context.json()) {
        outJson(QJsonObject {{QStringLiteral("request"), envelopeToJson(envelope.value())},
                             {QStringLiteral("dryRun"), true},
                             {QStringLiteral("due"), plan.isDue(now)},
                             {QStringLiteral("dueAt"), plan.dueAt.toString(Qt::ISODate)}});
        return ExitOk;
    }
    printEnvelope(envelope.value(), context);
    out(tr("Dry run: nothing was sent. The check is due at %1.").arg(timeText(plan.dueAt)));
    return ExitOk;
}

QJsonObject resultJson(const LicenseCheckResult &result)
{
    return QJsonObject {
        {QStringLiteral("status"), statusName(result.answer.status)},
        {QStringLiteral("recheckAfterSeconds"), result.answer.recheckAfterSeconds},
        {QStringLiteral("journalSeq"), result.journalSeq},
        {QStringLiteral("receivedSha256"), result.answer.receivedSha256},
        {QStringLiteral("digestMatched"),
         result.digestMatched ? QJsonValue(*result.digestMatched) : QJsonValue()},
    };
}

// After the exchange: the answer (or why there is none) and what comes next.
int report(CtlContext &context, const Result<LicenseCheckResult> &result,
           const LicenseCheckStatus &after, const LicenseState &state)
{
    if (context.json()) {
        QJsonObject json {{QStringLiteral("checked"), true},
                          {QStringLiteral("nextLicenseCheck"), after.nextCheckJson()},
                          {QStringLiteral("licenseCheck"), after.toJson()},
                          {QStringLiteral("state"), state.toJson()}};
        if (result) {
            json.insert(QStringLiteral("request"), envelopeToJson(result.value().envelope));
            json.insert(QStringLiteral("result"), resultJson(result.value()));
        } else {
            json.insert(QStringLiteral("error"),
                        QJsonObject {{QStringLiteral("reason"), result.error().reason},
                                     {QStringLiteral("message"), result.error().message},
                                     {QStringLiteral("exitCode"), exitCodeFor(result.error())}});
        }
        outJson(json);
    }
    const QString next = after.plan.eligible()
        ? tr("The next check is at %1.").arg(timeText(after.plan.dueAt))
        : after.plan.explanation();
    if (!result) {
        err(result.error().message + QLatin1Char(' ') + next);
        return exitCodeFor(result.error());
    }
    if (!context.json()) {
        out(tr("The licensing service says the license is %1.")
                .arg(statusName(result.value().answer.status)));
        out(state.headline() + QLatin1Char(' ') + state.explanation());
        out(next);
    }
    return ExitOk;
}

} // namespace

int runCheck(CtlContext &context)
{
    if (!context.arguments().isEmpty())
        return context.usage(tr("Use 'check [--dry-run] [--force] [--json]'."));
    auto profile = context.profile();
    auto database = context.database();
    if (!profile || !database)
        return fail(profile ? database.error() : profile.error(), context.json());
    const RequestSources sources {*profile.value(), database.value(), context.localization(),
                                  Clock::instance()};
    const QDateTime now = Clock::instance().now();
    auto status = LicenseCheckStatus::load(*profile.value(), database.value(), now.date());
    if (!status)
        return fail(status.error(), context.json());
    const CheckPlan &plan = status.value().plan;
    if (!plan.eligible())
        return notSent(context, status.value(), plan.reason(), plan.explanation());
    if (context.isSet(QStringLiteral("dry-run")))
        return dryRun(context, sources, plan);
    if (!plan.isDue(now) && !context.isSet(QStringLiteral("force")))
        return notSent(context, status.value(), QStringLiteral("not-due"),
                       tr("No license check is due before %1; nothing was sent. Use --force "
                          "to check now.")
                           .arg(timeText(plan.dueAt)));
    auto settings = context.networkSettings();
    if (!settings)
        return fail(settings.error(), context.json());
    const auto result = LicenseCheckFlow::runAndWait(*profile.value(), database.value(),
                                                     settings.value(), context.localization());
    auto after = LicenseCheckStatus::load(*profile.value(), database.value(), now.date());
    auto keys = KeyStore(database.value(), *profile.value()).load();
    if (!after || !keys)
        return fail(after ? keys.error() : after.error(), context.json());
    return report(context, result, after.value(),
                  LicenseState::evaluate(keys.value(), Clock::instance().today()));
}

} // namespace LightAgent::Ctl
