#include "ActivateCommand.h"

#include "CtlContext.h"
#include "CtlOutput.h"
#include "EnvelopePrinter.h"
#include "core/Clock.h"
#include "core/ExitCodes.h"
#include "license/ActivationCode.h"
#include "net/HttpsClient.h"
#include "provision/ActivationFlow.h"
#include "provision/RequestBuilder.h"
#include "provision/TransmissionJournal.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <optional>
#include <thread>

namespace LightAgent::Ctl {

namespace {

// lupdate files the tr() calls of these free functions under the namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::Ctl", text);
}

bool askToSend()
{
    out(tr("Send this data to the licensing service, and agree to its periodic re-sending for "
           "license verification? [y/N]"));
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

void printResult(const ActivationResult &result)
{
    out(tr("Activated. The service returned the key %1.")
            .arg(result.change.after.active() ? result.change.after.active()->license().serial
                                              : QString()));
    for (const QString &effect : result.change.effects)
        out(QStringLiteral("  ") + effect);
    if (!result.digestMatched)
        out(tr("Warning: the service did not confirm which bytes it received."));
    else if (*result.digestMatched)
        out(tr("The service confirmed it received exactly these bytes (SHA-256 %1).")
                .arg(result.receivedSha256));
    else
        out(tr("Warning: the service reports receiving different bytes (SHA-256 %1) than were "
               "sent (SHA-256 %2).")
                .arg(result.receivedSha256, result.envelope.sha256()));
    out(result.change.after.headline());
}

QJsonObject resultToJson(const ActivationResult &result)
{
    return QJsonObject {
        {QStringLiteral("journalSeq"), result.journalSeq},
        {QStringLiteral("receivedSha256"), result.receivedSha256},
        {QStringLiteral("digestMatched"),
         result.digestMatched ? QJsonValue(*result.digestMatched) : QJsonValue()},
        {QStringLiteral("change"), toJson(result.change)},
        {QStringLiteral("state"), result.change.after.toJson()},
    };
}

} // namespace

int runActivate(CtlContext &context)
{
    const QStringList args = context.arguments();
    if (args.isEmpty())
        return context.usage(tr("Use 'activate CODE [--dry-run] [--yes] [--json]'."));
    // A code that fails its own check is refused before any data is collected.
    auto code = ActivationCode::parse(args.join(QString()));
    if (!code)
        return fail(code.error(), context.json());
    const bool dryRun = context.isSet(QStringLiteral("dry-run"));
    // Sending without asking: the SQLite driver and then the TLS library load on
    // another thread while the profile is read here (local work: no file is touched,
    // nothing is sent).
    std::optional<std::jthread> preload;
    if (!dryRun && context.isSet(QStringLiteral("yes")))
        preload.emplace([] {
            StateDatabase::loadDriver();
            HttpsClient::loadTlsLibrary();
        });
    auto profile = context.profile();
    if (!profile)
        return fail(profile.error(), context.json());
    auto database = context.database();
    if (!database)
        return fail(database.error(), context.json());
    const RequestSources sources {*profile.value(), database.value(), context.localization(),
                                  Clock::instance()};
    auto envelope = RequestBuilder::activation(sources, code.value());
    if (!envelope)
        return fail(envelope.error(), context.json());

    if (context.json() && dryRun) {
        outJson(QJsonObject {{QStringLiteral("request"), envelopeToJson(envelope.value())},
                             {QStringLiteral("dryRun"), true}});
        return ExitOk;
    }
    if (!context.json())
        printEnvelope(envelope.value(), context);
    if (dryRun) {
        out(tr("Dry run: nothing was sent."));
        return ExitOk;
    }
    if (!context.isSet(QStringLiteral("yes")) && !askToSend()) {
        (void)TransmissionJournal(database.value()).recordDeclined(envelope.value());
        err(tr("Declined: nothing was sent. You can activate with a key file instead; that "
               "sends nothing."));
        return ExitCancelled;
    }
    auto settings = context.networkSettings();
    if (!settings)
        return fail(settings.error(), context.json());
    auto result = ActivationFlow::runAndWait(*profile.value(), database.value(), settings.value(),
                                             envelope.value(), code.value());
    if (context.json()) {
        QJsonObject json {{QStringLiteral("request"), envelopeToJson(envelope.value())}};
        if (result)
            json.insert(QStringLiteral("result"), resultToJson(result.value()));
        else
            json.insert(QStringLiteral("error"),
                        QJsonObject {{QStringLiteral("reason"), result.error().reason},
                                     {QStringLiteral("message"), result.error().message},
                                     {QStringLiteral("exitCode"), exitCodeFor(result.error())}});
        outJson(json);
    }
    if (!result) {
        err(result.error().message);
        return exitCodeFor(result.error());
    }
    if (!context.json())
        printResult(result.value());
    return ExitOk;
}

} // namespace LightAgent::Ctl
