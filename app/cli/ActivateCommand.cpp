#include "ActivateCommand.h"

#include "CtlContext.h"
#include "CtlOutput.h"
#include "EnvelopePrinter.h"
#include "ReceivedKeyCommand.h"
#include "core/Clock.h"
#include "core/ExitCodes.h"
#include "license/ActivationCode.h"
#include "license/KeyStore.h"
#include "net/HttpsClient.h"
#include "provision/ActivationFlow.h"
#include "provision/RequestBuilder.h"
#include "provision/TransmissionJournal.h"

#include <QCoreApplication>
#include <QJsonArray>
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
    return readYes();
}

void printDigest(const ActivationResult &result)
{
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

void printResult(const ActivationResult &result)
{
    const auto &added = result.change.slot == KeySlot::Reserve ? result.change.after.reserve()
                                                               : result.change.after.active();
    out(tr("Activated. The service returned the key %1.")
            .arg(added ? added->license().serial : QString()));
    for (const QString &effect : result.change.effects)
        out(QStringLiteral("  ") + effect);
    printDigest(result);
    out(result.change.after.headline());
}

QJsonObject resultToJson(const ActivationResult &result)
{
    QJsonObject json {
        {QStringLiteral("journalSeq"), result.journalSeq},
        {QStringLiteral("receivedSha256"), result.receivedSha256},
        {QStringLiteral("digestMatched"),
         result.digestMatched ? QJsonValue(*result.digestMatched) : QJsonValue()},
        {QStringLiteral("slot"), toWireName(result.slot)},
        {QStringLiteral("applied"), result.applied},
    };
    if (result.applied) {
        json.insert(QStringLiteral("change"), toJson(result.change));
        json.insert(QStringLiteral("state"), result.change.after.toJson());
        return json;
    }
    json.insert(QStringLiteral("notApplied"),
                QJsonObject {{QStringLiteral("reason"), result.notApplied->reason},
                             {QStringLiteral("message"), result.notApplied->message},
                             {QStringLiteral("exitCode"), exitCodeFor(*result.notApplied)}});
    json.insert(QStringLiteral("received"), toJson(*result.received, Clock::instance().today()));
    json.insert(QStringLiteral("pendingChange"),
                result.pendingChange ? QJsonValue(toJson(*result.pendingChange)) : QJsonValue());
    return json;
}

// Before anything is sent: what the key will do with the current keys in the chosen
// slot; or, when the slot cannot take a key at all, why.
Result<QStringList> foresee(const VendorProfile &profile, std::shared_ptr<StateDatabase> database,
                            KeySlot slot)
{
    const QDate today = Clock::instance().today();
    auto current = KeyStore(std::move(database), profile).effective(today);
    if (!current)
        return current.error();
    if (Status s = KeyRules::checkSlotForCode(current.value(), slot); !s)
        return s.error();
    return KeyRules::foreseeForCode(current.value(), slot, today);
}

} // namespace

int runActivate(CtlContext &context)
{
    const QStringList args = context.arguments();
    if (args.isEmpty())
        return context.usage(
            tr("Use 'activate CODE [--reserve] [--replace] [--dry-run] [--yes] [--json]'."));
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
    const KeySlot slot =
        context.isSet(QStringLiteral("reserve")) ? KeySlot::Reserve : KeySlot::Active;
    const bool replace = context.isSet(QStringLiteral("replace"));
    // A slot that cannot take the key is refused before any data is built or sent.
    auto foreseen = foresee(*profile.value(), database.value(), slot);
    if (!foreseen)
        return fail(foreseen.error(), context.json());
    const RequestSources sources {*profile.value(), database.value(), context.localization(),
                                  Clock::instance()};
    auto envelope = RequestBuilder::activation(sources, code.value());
    if (!envelope)
        return fail(envelope.error(), context.json());

    if (context.json() && dryRun) {
        outJson(
            QJsonObject {{QStringLiteral("request"), envelopeToJson(envelope.value())},
                         {QStringLiteral("slot"), toWireName(slot)},
                         {QStringLiteral("foreseen"), QJsonArray::fromStringList(foreseen.value())},
                         {QStringLiteral("dryRun"), true}});
        return ExitOk;
    }
    if (!context.json()) {
        printEnvelope(envelope.value(), context);
        out(tr("What the activation will do with the keys:"));
        for (const QString &line : foreseen.value())
            out(QStringLiteral("  ") + line);
    }
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
                                             envelope.value(), code.value(), slot, replace);
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
    if (!result.value().applied) {
        if (context.json())
            return exitCodeFor(*result.value().notApplied);
        printDigest(result.value());
        return offerReceivedKey(context, *result.value().received, slot,
                                *result.value().notApplied);
    }
    if (!context.json())
        printResult(result.value());
    return ExitOk;
}

} // namespace LightAgent::Ctl
