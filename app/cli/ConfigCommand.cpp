#include "ConfigCommand.h"

#include "CtlContext.h"
#include "CtlOutput.h"
#include "core/ExitCodes.h"
#include "provision/WarningThresholds.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace LightAgent::Ctl {

namespace {

constexpr auto WarnDays = "warn-days";

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::Ctl", text);
}

int printThresholds(CtlContext &context, const WarningThresholds &thresholds)
{
    if (context.json()) {
        QJsonArray days;
        for (int d : thresholds.days())
            days.append(d);
        outJson(QJsonObject {{QString::fromLatin1(WarnDays), days},
                             {QStringLiteral("criticalDays"), thresholds.criticalDays()}});
        return ExitOk;
    }
    out(tr("warn-days: %1 (a warning from %2 days before the license stops covering, critical "
           "from %3 days)")
            .arg(thresholds.toText())
            .arg(thresholds.warningDays())
            .arg(thresholds.criticalDays()));
    return ExitOk;
}

} // namespace

int runConfig(CtlContext &context)
{
    const QStringList args = context.arguments();
    const QString verb = args.value(0, QStringLiteral("show"));
    const bool show = verb == QLatin1String("show") && args.size() <= 1;
    const bool set = verb == QLatin1String("set") && args.size() == 3;
    if (!show && !set)
        return context.usage(tr("Use 'config show' or 'config set warn-days 30,14,7,1'."));
    if (set && args.at(1) != QLatin1String(WarnDays))
        return context.usage(
            tr("There is no setting \"%1\"; the one setting is warn-days.").arg(args.at(1)));
    auto database = context.database();
    if (!database)
        return fail(database.error(), context.json());
    if (show) {
        auto thresholds = WarningThresholds::load(*database.value());
        if (!thresholds)
            return fail(thresholds.error(), context.json());
        return printThresholds(context, thresholds.value());
    }
    auto thresholds = WarningThresholds::parse(args.at(2));
    if (!thresholds)
        return fail(thresholds.error(), context.json());
    if (Status s = thresholds->store(*database.value()); !s)
        return fail(s.error(), context.json());
    return printThresholds(context, thresholds.value());
}

} // namespace LightAgent::Ctl
