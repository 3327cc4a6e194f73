#include "KeyCommand.h"

#include "CtlContext.h"
#include "CtlOutput.h"
#include "ReceivedKeyCommand.h"
#include "core/Clock.h"
#include "core/DateText.h"
#include "core/ExitCodes.h"
#include "license/KeyStore.h"
#include "provision/KeyChangeTraffic.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace LightAgent::Ctl {

namespace {

// lupdate files the tr() calls of these free functions under the namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::Ctl", text);
}

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("LightAgent::Ctl", text, disambiguation, n);
}

struct Opened
{
    const VendorProfile *profile = nullptr;
    std::optional<KeyStore> store;
};

Result<Opened> openStore(CtlContext &context)
{
    auto profile = context.profile();
    if (!profile)
        return profile.error();
    auto database = context.database();
    if (!database)
        return database.error();
    Opened opened;
    opened.profile = profile.value();
    opened.store.emplace(database.value(), *profile.value());
    return opened;
}

void printKey(const KeyFile &key, QDate today)
{
    const License &l = key.license();
    out(tr("Serial:        %1").arg(l.serial));
    out(tr("Signed by:     %1 (signature verified)").arg(key.signer()));
    out(tr("Edition:       %1").arg(l.edition));
    out(tr("Type:          %1").arg(displayName(l.type)));
    out(tr("Licenses:      %1").arg(displayName(l.unit, l.count)));
    const int daysLeft = LicenseState::daysLeft(l, today);
    out(tr("Valid:         %1 to %2 (%3)")
            .arg(displayDate(l.validFrom), displayDate(l.expires),
                 daysLeft >= 0 ? tr("%n day(s) left", nullptr, daysLeft)
                               //: An expired key: how long ago it expired
                               : tr("expired %n day(s) ago", nullptr, -daysLeft)));
    if (l.graceDays > 0)
        out(tr("Grace period:  %1 days, until %2")
                .arg(l.graceDays)
                .arg(displayDate(l.graceUntil())));
    if (!l.licensee.isEmpty())
        out(tr("Licensee:      %1").arg(l.licensee));
    for (auto it = l.unknownFields.constBegin(); it != l.unknownFields.constEnd(); ++it)
        out(tr("Other field:   %1 (not used for any decision)").arg(it.key()));
}

// What adding the key sets going on the network: the scheduled update, or nothing.
Result<QString> trafficOf(CtlContext &context, const KeyChange &change)
{
    auto profile = context.profile();
    auto database = context.database();
    if (!profile || !database)
        return profile ? database.error() : profile.error();
    return KeyChangeTraffic::describe(*profile.value(), database.value(), change,
                                      Clock::instance().now());
}

QJsonArray slotNames(const QList<KeySlot> &allowed)
{
    QJsonArray names;
    for (KeySlot slot : allowed)
        names.append(toWireName(slot));
    return names;
}

int inspect(CtlContext &context, const QString &path)
{
    const QDate today = Clock::instance().today();
    auto opened = openStore(context);
    if (!opened)
        return fail(opened.error(), context.json());
    auto keyFile = KeyFile::load(path, *opened.value().profile);
    if (!keyFile)
        return fail(keyFile.error(), context.json());
    const StoredKey candidate = StoredKey::fromFile(keyFile.value(), Clock::instance().now());
    auto allowed = opened.value().store->allowedSlots(candidate, today);
    if (!allowed)
        return fail(allowed.error(), context.json());
    auto asActive = opened.value().store->plan(candidate, KeySlot::Active, today);
    auto asReserve = opened.value().store->plan(candidate, KeySlot::Reserve, today);
    if (context.json()) {
        auto planJson = [](const Result<KeyChange> &plan) {
            return plan ? toJson(plan.value())
                        : QJsonObject {{QStringLiteral("refused"), plan.error().reason},
                                       {QStringLiteral("message"), plan.error().message}};
        };
        outJson(QJsonObject {{QStringLiteral("key"), keyToJson(keyFile.value(), today)},
                             {QStringLiteral("allowedSlots"), slotNames(allowed.value())},
                             {QStringLiteral("asActive"), planJson(asActive)},
                             {QStringLiteral("asReserve"), planJson(asReserve)}});
        return ExitOk;
    }
    printKey(keyFile.value(), today);
    for (const auto &[label, plan] : {std::pair {tr("As active key:"), &asActive},
                                      std::pair {tr("As reserve key:"), &asReserve}}) {
        out(label);
        if (!plan->ok()) {
            out(QStringLiteral("  ") + tr("Not allowed. %1").arg(plan->error().message));
            continue;
        }
        for (const QString &effect : plan->value().effects)
            out(QStringLiteral("  ") + effect);
        auto traffic = trafficOf(context, plan->value());
        if (!traffic)
            return fail(traffic.error(), false);
        out(QStringLiteral("  ") + traffic.value());
    }
    return ExitOk;
}

int add(CtlContext &context, const QString &path)
{
    const QDate today = Clock::instance().today();
    const KeySlot slot =
        context.isSet(QStringLiteral("reserve")) ? KeySlot::Reserve : KeySlot::Active;
    const bool dryRun = context.isSet(QStringLiteral("dry-run"));
    auto opened = openStore(context);
    if (!opened)
        return fail(opened.error(), context.json());
    auto keyFile = KeyFile::load(path, *opened.value().profile);
    if (!keyFile)
        return fail(keyFile.error(), context.json());
    const StoredKey candidate = StoredKey::fromFile(keyFile.value(), Clock::instance().now());
    auto change = dryRun ? opened.value().store->plan(candidate, slot, today)
                         : opened.value().store->add(candidate, slot, today);
    if (!change)
        return fail(change.error(), context.json());
    if (context.json()) {
        QJsonObject json = toJson(change.value());
        json.insert(QStringLiteral("dryRun"), dryRun);
        json.insert(QStringLiteral("key"), keyToJson(keyFile.value(), today));
        json.insert(QStringLiteral("state"), change.value().after.toJson());
        outJson(json);
        return ExitOk;
    }
    out(dryRun ? tr("Dry run — nothing was changed. Adding this key would do this:")
               : tr("The key was added:"));
    for (const QString &effect : change.value().effects)
        out(QStringLiteral("  ") + effect);
    auto traffic = trafficOf(context, change.value());
    if (!traffic)
        return fail(traffic.error(), false);
    out(QStringLiteral("  ") + traffic.value());
    out(change.value().after.headline());
    return ExitOk;
}

int remove(CtlContext &context, const QString &slotName)
{
    KeySlot slot;
    if (slotName == QLatin1String("active"))
        slot = KeySlot::Active;
    else if (slotName == QLatin1String("reserve"))
        slot = KeySlot::Reserve;
    else
        return context.usage(
            tr("'key remove' takes 'active' or 'reserve', not \"%1\".").arg(slotName));
    auto opened = openStore(context);
    if (!opened)
        return fail(opened.error(), context.json());
    if (Status s = opened.value().store->remove(slot); !s)
        return fail(s.error(), context.json());
    auto keys = opened.value().store->load();
    if (!keys)
        return fail(keys.error(), context.json());
    const LicenseState state = LicenseState::evaluate(keys.value(), Clock::instance().today());
    if (context.json()) {
        outJson(QJsonObject {{QStringLiteral("removed"), toWireName(slot)},
                             {QStringLiteral("state"), state.toJson()}});
    } else {
        out(slot == KeySlot::Active ? tr("The active key was removed.")
                                    : tr("The reserve key was removed."));
        out(state.headline());
    }
    return ExitOk;
}

} // namespace

int runKey(CtlContext &context)
{
    const QStringList args = context.arguments();
    const QString verb = args.value(0);
    if (verb == QLatin1String("received"))
        return runKeyReceived(context, args.mid(1));
    if (args.size() != 2 ||
        !(verb == QLatin1String("inspect") || verb == QLatin1String("add") ||
          verb == QLatin1String("remove")))
        return context.usage(tr("Use 'key inspect FILE', 'key add FILE', 'key remove "
                                "active|reserve' or 'key received [apply|reserve|discard "
                                "[SERIAL]]'."));
    if (verb == QLatin1String("inspect"))
        return inspect(context, args.at(1));
    if (verb == QLatin1String("add"))
        return add(context, args.at(1));
    return remove(context, args.at(1));
}

} // namespace LightAgent::Ctl
