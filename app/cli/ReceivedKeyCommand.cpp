#include "ReceivedKeyCommand.h"

#include "CtlContext.h"
#include "CtlOutput.h"
#include "core/Clock.h"
#include "core/DateText.h"
#include "core/ExitCodes.h"
#include "license/KeyStore.h"
#include "license/ReceivedKeyStore.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cstdio>

namespace LightAgent::Ctl {

namespace {

// lupdate files the tr() calls of these free functions under the namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::Ctl", text);
}

struct Stores
{
    const VendorProfile *profile = nullptr;
    std::shared_ptr<StateDatabase> database;
};

Result<Stores> openStores(CtlContext &context)
{
    auto profile = context.profile();
    if (!profile)
        return profile.error();
    auto database = context.database();
    if (!database)
        return database.error();
    return Stores {profile.value(), database.value()};
}

QStringList factsOf(const std::optional<StoredKey> &key, QDate today)
{
    if (!key)
        return {tr("(none)"), QString(), QString(), QString(), QString()};
    const License &l = key->license();
    return {l.serial, displayName(l.type), displayName(l.unit, l.count),
            tr("%1 to %2").arg(l.validFrom.toString(Qt::ISODate), l.expires.toString(Qt::ISODate)),
            QString::number(LicenseState::daysLeft(l, today))};
}

// The key in the slot and the received key, one fact per line, side by side.
void printSideBySide(const std::optional<StoredKey> &current, const StoredKey &received,
                     KeySlot slot, QDate today)
{
    const QStringList captions {tr("Serial:"), tr("Type:"), tr("Licenses:"), tr("Valid:"),
                                tr("Days left:")};
    const QStringList now = factsOf(current, today);
    const QStringList issued = factsOf(received, today);
    qsizetype captionWidth = 0;
    qsizetype nowWidth = 0;
    for (const QString &caption : captions)
        captionWidth = std::max(captionWidth, caption.size());
    const QString nowTitle = slot == KeySlot::Active ? tr("Active key now") : tr("Reserve key now");
    const QString issuedTitle = tr("Key received");
    nowWidth = nowTitle.size();
    for (const QString &fact : now)
        nowWidth = std::max(nowWidth, fact.size());
    out(QStringLiteral("  ") + QString(captionWidth, QLatin1Char(' ')) + QStringLiteral("  ") +
        nowTitle.leftJustified(nowWidth) + QStringLiteral("  ") + issuedTitle);
    for (qsizetype i = 0; i < captions.size(); ++i)
        out(QStringLiteral("  ") + captions.at(i).leftJustified(captionWidth) +
            QStringLiteral("  ") + now.at(i).leftJustified(nowWidth) + QStringLiteral("  ") +
            issued.at(i));
}

bool askToReplace(const StoredKey &received, KeySlot slot)
{
    out(slot == KeySlot::Active
            ? tr("Apply the key %1 as the active key, losing the license time above? [y/N]")
                  .arg(received.license().serial)
            : tr("Apply the key %1 as the reserve key, losing the license time above? [y/N]")
                  .arg(received.license().serial));
    return readYes();
}

void printKeptHint()
{
    out(tr("The key is kept as a received key; nothing of the current keys changed. To apply "
           "it later: 'lightagent-ctl key received apply --replace'; to add it as the reserve "
           "key: 'lightagent-ctl key received reserve'; to drop it: 'lightagent-ctl key "
           "received discard'."));
}

// Applies a received key to `slot`; a change that loses license time needs --replace
// or a "yes" to the question asked after both keys were shown.
int applyReceived(CtlContext &context, const Stores &stores, const ReceivedKey &received,
                  KeySlot slot)
{
    const QDate today = Clock::instance().today();
    KeyStore keys(stores.database, *stores.profile);
    auto current = keys.effective(today);
    if (!current)
        return fail(current.error(), context.json());
    auto planned = keys.plan(received.key, slot, today);
    if (!planned) {
        if (!context.json()) {
            printSideBySide(slot == KeySlot::Active ? current.value().active
                                                    : current.value().reserve,
                            received.key, slot, today);
            printKeptHint();
        }
        return fail(planned.error(), context.json());
    }
    bool confirmed = context.isSet(QStringLiteral("replace"));
    if (planned.value().losesTime() && !confirmed && !context.json()) {
        printSideBySide(slot == KeySlot::Active ? current.value().active : current.value().reserve,
                        received.key, slot, today);
        out(tr("Applying it would change this:"));
        for (const QString &effect : planned.value().effects)
            out(QStringLiteral("  ") + effect);
        if (!context.isSet(QStringLiteral("yes")))
            confirmed = askToReplace(received.key, slot);
    }
    auto change = ReceivedKeyStore(stores.database, *stores.profile)
                      .apply(received.id, slot, today, confirmed);
    if (!change) {
        if (!context.json() && change.error().reason == QLatin1String("replace-unconfirmed"))
            printKeptHint();
        return fail(change.error(), context.json());
    }
    if (context.json()) {
        QJsonObject json = toJson(change.value());
        json.insert(QStringLiteral("applied"), toJson(received, today));
        json.insert(QStringLiteral("state"), change.value().after.toJson());
        outJson(json);
        return ExitOk;
    }
    out(tr("The received key %1 was applied:").arg(received.key.license().serial));
    for (const QString &effect : change.value().effects)
        out(QStringLiteral("  ") + effect);
    out(change.value().after.headline());
    return ExitOk;
}

int list(CtlContext &context, const Stores &stores)
{
    const QDate today = Clock::instance().today();
    auto received = ReceivedKeyStore(stores.database, *stores.profile).list();
    if (!received)
        return fail(received.error(), context.json());
    if (context.json()) {
        QJsonArray keys;
        for (const ReceivedKey &key : received.value())
            keys.append(toJson(key, today));
        outJson(QJsonObject {{QStringLiteral("received"), keys}});
        return ExitOk;
    }
    if (received.value().isEmpty()) {
        out(tr("No key was received that has not been applied."));
        return ExitOk;
    }
    for (const ReceivedKey &key : received.value()) {
        const License &l = key.key.license();
        //: %1 serial, %2 type, %3 what it licenses, %4 last day, %5 date and time received
        out(tr("%1  %2, %3, valid to %4; received %5 for the code %6")
                .arg(l.serial, displayName(l.type), displayName(l.unit, l.count),
                     l.expires.toString(Qt::ISODate), key.key.addedAt.toUTC().toString(Qt::ISODate),
                     key.key.codeMasked));
    }
    out(tr("Apply one with 'key received apply [SERIAL]', add it as the reserve key with 'key "
           "received reserve [SERIAL]', or drop it with 'key received discard [SERIAL]'."));
    return ExitOk;
}

} // namespace

int runKeyReceived(CtlContext &context, const QStringList &args)
{
    const QString verb = args.value(0);
    if (args.size() > 2 ||
        !(verb.isEmpty() || verb == QLatin1String("apply") || verb == QLatin1String("reserve") ||
          verb == QLatin1String("discard")))
        return context.usage(tr("Use 'key received', or 'key received apply|reserve|discard "
                                "[SERIAL]'."));
    auto stores = openStores(context);
    if (!stores)
        return fail(stores.error(), context.json());
    if (verb.isEmpty())
        return list(context, stores.value());
    ReceivedKeyStore store(stores.value().database, *stores.value().profile);
    auto received = store.find(args.value(1));
    if (!received)
        return fail(received.error(), context.json());
    if (verb == QLatin1String("discard")) {
        if (Status s = store.discard(received.value().id); !s)
            return fail(s.error(), context.json());
        if (context.json())
            outJson(
                QJsonObject {{QStringLiteral("discarded"), received.value().key.license().serial}});
        else
            out(tr("The received key %1 was discarded.")
                    .arg(received.value().key.license().serial));
        return ExitOk;
    }
    return applyReceived(context, stores.value(), received.value(),
                         verb == QLatin1String("reserve") ? KeySlot::Reserve : KeySlot::Active);
}

int offerReceivedKey(CtlContext &context, const ReceivedKey &received, KeySlot slot,
                     const Error &why)
{
    auto stores = openStores(context);
    if (!stores)
        return fail(stores.error(), context.json());
    if (why.reason != QLatin1String("replace-unconfirmed")) {
        if (!context.json()) {
            err(tr("The key %1 that the licensing service issued was not applied: %2")
                    .arg(received.key.license().serial, why.message));
            const QDate today = Clock::instance().today();
            auto current =
                KeyStore(stores.value().database, *stores.value().profile).effective(today);
            if (current)
                printSideBySide(slot == KeySlot::Active ? current.value().active
                                                        : current.value().reserve,
                                received.key, slot, today);
            printKeptHint();
        }
        return exitCodeFor(why);
    }
    if (!context.json())
        out(tr("The licensing service issued the key %1. Applying it as chosen would lose "
               "license time, so it is shown beside the key it replaces:")
                .arg(received.key.license().serial));
    return applyReceived(context, stores.value(), received, slot);
}

} // namespace LightAgent::Ctl
