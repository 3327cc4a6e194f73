#include "ConsentCommand.h"

#include "CtlContext.h"
#include "CtlOutput.h"
#include "MaintenanceStatus.h"
#include "core/Clock.h"
#include "core/ExitCodes.h"
#include "provision/ConsentStore.h"

#include <QCoreApplication>

#include <optional>

namespace LightAgent::Ctl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::Ctl", text);
}

constexpr ConsentKind Kinds[] = {ConsentKind::CodeActivation, ConsentKind::DataProvision};

std::optional<ConsentKind> kindFromName(const QString &name)
{
    for (const ConsentKind kind : Kinds) {
        if (toWireName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QString describe(ConsentKind kind, const std::optional<ConsentRecord> &record)
{
    const QString what = kind == ConsentKind::CodeActivation
        ? tr("Sending the activation data and re-sending it periodically")
        : tr("The data-provision agreement (updates and followed links)");
    if (!record)
        return tr("%1: never given.").arg(what);
    if (record->stands())
        return tr("%1: given on %2.").arg(what, timeText(record->grantedAt));
    return tr("%1: given on %2, withdrawn on %3.")
        .arg(what, timeText(record->grantedAt), timeText(record->withdrawnAt));
}

int show(CtlContext &context, ConsentStore &store)
{
    QJsonObject json;
    for (const ConsentKind kind : Kinds) {
        auto record = store.latest(kind);
        if (!record)
            return fail(record.error(), context.json());
        const std::optional<ConsentRecord> &r = record.value();
        json.insert(
            toWireName(kind),
            QJsonObject {
                {QStringLiteral("stands"), r.has_value() && r->stands()},
                {QStringLiteral("grantedAt"), timeOrNull(r ? r->grantedAt : QDateTime())},
                {QStringLiteral("withdrawnAt"), timeOrNull(r ? r->withdrawnAt : QDateTime())}});
        if (!context.json())
            out(describe(kind, r));
    }
    if (context.json())
        outJson(json);
    return ExitOk;
}

int withdraw(CtlContext &context, ConsentStore &store, ConsentKind kind)
{
    if (Status s = store.withdraw(kind, Clock::instance().now()); !s)
        return fail(s.error(), context.json());
    if (context.json())
        return show(context, store);
    out(kind == ConsentKind::CodeActivation
            ? tr("Withdrawn: the activation data is no longer re-sent, so the periodic license "
                 "check stops. The key stays active.")
            : tr("Withdrawn: database updates and followed links send nothing from now on."));
    return ExitOk;
}

} // namespace

int runConsent(CtlContext &context)
{
    const QStringList args = context.arguments();
    const bool listing =
        args.isEmpty() || (args.size() == 1 && args.at(0) == QLatin1String("show"));
    const auto kind = args.size() == 2 && args.at(0) == QLatin1String("withdraw")
        ? kindFromName(args.at(1))
        : std::nullopt;
    if (!listing && !kind)
        return context.usage(tr("Use 'consent [--json]' or 'consent withdraw "
                                "code-activation|data-provision [--json]'."));
    auto database = context.database();
    if (!database)
        return fail(database.error(), context.json());
    ConsentStore store(database.value());
    return listing ? show(context, store) : withdraw(context, store, *kind);
}

} // namespace LightAgent::Ctl
