#include "UpdateCommand.h"

#include "CtlContext.h"
#include "CtlOutput.h"
#include "EnvelopePrinter.h"
#include "MaintenanceStatus.h"
#include "core/Clock.h"
#include "core/ExitCodes.h"
#include "provision/DatabaseStatus.h"
#include "provision/TransmissionJournal.h"
#include "provision/UpdateFlow.h"

#include <QCoreApplication>
#include <QTextStream>

namespace LightAgent::Ctl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::Ctl", text);
}

bool askToSend()
{
    out(tr("Send this request to the update service? [y/N]"));
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

QJsonObject errorJson(const Error &error)
{
    return QJsonObject {{QStringLiteral("reason"), error.reason},
                        {QStringLiteral("message"), error.message},
                        {QStringLiteral("exitCode"), exitCodeFor(error)}};
}

QJsonObject resultToJson(const UpdateResult &result, const QDateTime &now)
{
    QJsonObject json = result.bundle.toJson(now);
    json.insert(QStringLiteral("installed"), result.installed);
    json.insert(QStringLiteral("previousVersion"),
                result.previousVersion.isEmpty() ? QJsonValue()
                                                 : QJsonValue(result.previousVersion));
    json.insert(QStringLiteral("journalSeq"), result.journalSeq);
    json.insert(QStringLiteral("receivedSha256"), result.receivedSha256);
    json.insert(QStringLiteral("digestMatched"),
                result.digestMatched ? QJsonValue(*result.digestMatched) : QJsonValue());
    return json;
}

void printResult(const UpdateResult &result, const QDateTime &now)
{
    const DatabaseBundle &bundle = result.bundle;
    if (result.installed)
        out(tr("Installed the databases version %1 (%2 records, released %3).")
                .arg(bundle.version())
                .arg(bundle.records())
                .arg(timeText(bundle.released())));
    else
        out(tr("The databases version %1 is installed already; nothing changed.")
                .arg(bundle.version()));
    out(tr("Freshness: %1").arg(displayName(bundle.freshness(now))));
    if (!result.digestMatched)
        out(tr("Warning: the service did not confirm which bytes it received."));
    else if (*result.digestMatched)
        out(tr("The service confirmed it received exactly these bytes (SHA-256 %1).")
                .arg(result.receivedSha256));
    else
        out(tr("Warning: the service reports receiving different bytes (SHA-256 %1) than were "
               "sent (SHA-256 %2).")
                .arg(result.receivedSha256, result.envelope.sha256()));
}

int runSchedule(CtlContext &context, const QStringList &args)
{
    const QString mode = args.value(0);
    if (args.size() > 1 ||
        (!mode.isEmpty() && mode != QLatin1String("on") && mode != QLatin1String("off")))
        return context.usage(tr("Use 'update schedule [on|off] [--json]'."));
    auto profile = context.profile();
    auto database = context.database();
    if (!profile || !database)
        return fail(profile ? database.error() : profile.error(), context.json());
    if (!mode.isEmpty()) {
        if (Status s = UpdateSchedule::setEnabled(*database.value(), mode == QLatin1String("on"));
            !s)
            return fail(s.error(), context.json());
    }
    auto status = DatabaseStatus::load(*profile.value(), database.value(), Clock::instance().now());
    if (!status)
        return fail(status.error(), context.json());
    const DatabaseStatus &s = status.value();
    if (context.json()) {
        outJson(QJsonObject {{QStringLiteral("scheduled"), s.scheduled},
                             {QStringLiteral("nextScheduledUpdate"), s.nextScheduled.toJson()}});
        return ExitOk;
    }
    out(s.scheduled ? tr("Scheduled updates are on.") : tr("Scheduled updates are off."));
    out(s.nextScheduled.dueAt.isValid()
            ? tr("Next scheduled update: %1").arg(timeText(s.nextScheduled.dueAt))
            : s.nextScheduled.explanation);
    return ExitOk;
}

// Shows the request; returns whether it may be sent now, and why not.
Status preview(CtlContext &context, const RequestEnvelope &envelope, const Status &permitted)
{
    const bool dryRun = context.isSet(QStringLiteral("dry-run"));
    if (context.json() && dryRun) {
        outJson(
            QJsonObject {{QStringLiteral("request"), envelopeToJson(envelope)},
                         {QStringLiteral("dryRun"), true},
                         {QStringLiteral("wouldSend"), permitted.ok()},
                         {QStringLiteral("notSent"),
                          permitted ? QJsonValue() : QJsonValue(errorJson(permitted.error()))}});
        return permitted;
    }
    // A request that will not be sent is shown only when a preview was asked for.
    if (!context.json() && (dryRun || permitted))
        printEnvelope(envelope, context);
    if (dryRun) {
        out(tr("Dry run: nothing was sent."));
        if (!permitted)
            out(tr("It would not be sent now either: %1").arg(permitted.error().message));
    }
    return permitted;
}

int send(CtlContext &context, const VendorProfile &profile, std::shared_ptr<StateDatabase> database,
         const RequestEnvelope &envelope)
{
    if (!context.isSet(QStringLiteral("yes")) && !askToSend()) {
        (void)TransmissionJournal(database).recordDeclined(envelope);
        err(tr("Declined: nothing was sent."));
        return ExitCancelled;
    }
    auto settings = context.networkSettings();
    if (!settings)
        return fail(settings.error(), context.json());
    auto result = UpdateFlow::runAndWait(profile, database, settings.value(), envelope);
    const QDateTime now = Clock::instance().now();
    if (context.json())
        outJson(
            QJsonObject {{QStringLiteral("request"), envelopeToJson(envelope)},
                         {result ? QStringLiteral("result") : QStringLiteral("error"),
                          result ? resultToJson(result.value(), now) : errorJson(result.error())}});
    if (!result) {
        err(result.error().message);
        return exitCodeFor(result.error());
    }
    if (!context.json())
        printResult(result.value(), now);
    return ExitOk;
}

} // namespace

int runUpdate(CtlContext &context)
{
    const QStringList args = context.arguments();
    if (args.value(0) == QLatin1String("schedule"))
        return runSchedule(context, args.mid(1));
    if (!args.isEmpty())
        return context.usage(tr("Use 'update [--dry-run] [--yes] [--json]' or 'update schedule "
                                "[on|off]'."));
    auto profile = context.profile();
    auto database = context.database();
    if (!profile || !database)
        return fail(profile ? database.error() : profile.error(), context.json());
    const RequestSources sources {*profile.value(), database.value(), context.localization(),
                                  Clock::instance()};
    auto envelope = UpdateFlow::prepare(sources);
    if (!envelope)
        return fail(envelope.error(), context.json());
    const Status permitted =
        UpdateFlow::permitted(*profile.value(), database.value(), Clock::instance().today());
    const Status shown = preview(context, envelope.value(), permitted);
    if (context.isSet(QStringLiteral("dry-run")))
        return ExitOk;
    if (!shown) {
        // Refused before anything was sent: the agreement or the license level says no.
        if (context.json())
            outJson(QJsonObject {{QStringLiteral("request"), envelopeToJson(envelope.value())},
                                 {QStringLiteral("error"), errorJson(shown.error())}});
        err(shown.error().message);
        return exitCodeFor(shown.error());
    }
    return send(context, *profile.value(), database.value(), envelope.value());
}

} // namespace LightAgent::Ctl
