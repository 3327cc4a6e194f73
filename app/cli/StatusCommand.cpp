#include "StatusCommand.h"

#include "CtlContext.h"
#include "CtlOutput.h"
#include "MaintenanceStatus.h"
#include "MonitoringOutput.h"
#include "core/Clock.h"
#include "core/DateText.h"
#include "core/ExitCodes.h"
#include "license/KeyStore.h"
#include "license/LicenseState.h"
#include "provision/DatabaseStatus.h"
#include "provision/LicenseWarnings.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace LightAgent::Ctl {

namespace {

// lupdate files the tr() calls of these free functions under the namespace.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("LightAgent::Ctl", text, disambiguation, n);
}

QString describeKey(const std::optional<StoredKey> &key, QDate today)
{
    if (!key)
        return tr("none");
    const License &l = key->license();
    const int days = LicenseState::daysLeft(l, today);
    return tr("%1 — %2, %3, %4 to %5 (%6)")
        .arg(l.serial, displayName(l.type), displayName(l.unit, l.count), displayDate(l.validFrom),
             displayDate(l.expires),
             days >= 0 ? tr("%n day(s) left", nullptr, days) : tr("expired"));
}

void printHuman(const LicenseState &state, const LicenseWarnings &warnings,
                const VendorProfile &profile, const QString &dataDir)
{
    out(tr("Status:        %1 — %2").arg(displayName(state.status()), state.headline()));
    out(tr("               %1").arg(state.explanation()));
    out(tr("Warning level: %1 — %2").arg(displayName(warnings.level()), warnings.sentence()));
    out(tr("Then:          %1").arg(warnings.whatHappens()));
    out(tr("Functionality: %1").arg(displayName(state.functionality())));
    out(tr("Active key:    %1").arg(describeKey(state.active(), state.today())));
    out(tr("Reserve key:   %1").arg(describeKey(state.reserve(), state.today())));
    if (state.reservePromoted())
        out(tr("               The reserve key has taken over from the expired active key."));
    out(tr("Profile:       %1%2")
            .arg(profile.vendorName(),
                 profile.isDemo() ? tr(" (demo vendor profile)") : QString()));
    out(tr("Data:          %1").arg(dataDir));
}

// Another day is looked at from its start; today from now.
QDateTime momentOf(QDate day, bool fixedDate)
{
    return fixedDate ? QDateTime(day, QTime(0, 0), Qt::UTC) : Clock::instance().now();
}

// Everything `status` reports, read once for every output format.
struct StatusReport
{
    const VendorProfile *profile = nullptr;
    std::shared_ptr<StateDatabase> database;
    LicenseState state;
    LicenseWarnings warnings;
    QDateTime databasesReleased; // invalid when none are installed
    QDateTime now;
};

Result<StatusReport> readStatus(CtlContext &context, QDate today, bool fixedDate)
{
    auto profile = context.profile();
    if (!profile)
        return profile.error();
    auto database = context.database();
    if (!database)
        return database.error();
    KeyStore store(database.value(), *profile.value());
    // Looking at another day is read-only; today's look also persists a due
    // promotion of the reserve key.
    if (!fixedDate) {
        auto promoted = store.promoteIfDue(today);
        if (!promoted)
            return promoted.error();
    }
    auto keys = store.load();
    if (!keys)
        return keys.error();
    StatusReport report;
    report.profile = profile.value();
    report.database = database.value();
    report.state = LicenseState::evaluate(keys.value(), today);
    report.now = momentOf(today, fixedDate);
    auto thresholds = WarningThresholds::load(*report.database);
    if (!thresholds)
        return thresholds.error();
    auto databases = DatabaseStatus::load(*report.profile, report.database, report.now);
    if (!databases)
        return databases.error();
    if (databases->installed)
        report.databasesReleased = databases->installed->bundle.released();
    report.warnings = LicenseWarnings::evaluate(report.state, thresholds.value(), report.now,
                                                report.databasesReleased);
    return report;
}

// Monitoring systems read stdout and the exit code: a state that cannot be read is
// UNKNOWN (Nagios) or lightagent_state_readable 0 (Prometheus), never silence.
int failMonitoring(bool nagios, const QString &why, int exitCode)
{
    if (nagios) {
        out(nagiosUnknown(why).line);
        return NagiosUnknown;
    }
    out(prometheusUnreadable().chopped(1)); // out() ends the last line
    err(why);
    return exitCode == ExitOk ? ExitInternal : exitCode;
}

int runMonitoring(CtlContext &context, QDate today, bool fixedDate, const QString &dateProblem)
{
    const bool nagios = context.isSet(QStringLiteral("nagios"));
    if (nagios && context.isSet(QStringLiteral("prometheus")))
        return failMonitoring(nagios, tr("--nagios and --prometheus cannot be combined."),
                              ExitUsage);
    if (!dateProblem.isEmpty())
        return failMonitoring(nagios, dateProblem, ExitUsage);
    auto report = readStatus(context, today, fixedDate);
    if (!report)
        return failMonitoring(nagios, report.error().message, exitCodeFor(report.error()));
    const StatusReport &r = report.value();
    if (nagios) {
        const NagiosResult result = nagiosResult(r.warnings, r.databasesReleased, r.now);
        out(result.line);
        return result.state;
    }
    out(prometheusText(r.state, r.warnings, r.databasesReleased, r.now).chopped(1));
    return ExitOk;
}

} // namespace

int runStatus(CtlContext &context)
{
    QDate today = Clock::instance().today();
    const bool fixedDate = context.isSet(QStringLiteral("on-date"));
    QString dateProblem;
    if (fixedDate) {
        const QString text = context.value(QStringLiteral("on-date"));
        today = QDate::fromString(text, Qt::ISODate);
        if (!today.isValid() || text.size() != 10)
            dateProblem =
                tr("--on-date needs a date in the form YYYY-MM-DD, not \"%1\".").arg(text);
    }
    if (context.isSet(QStringLiteral("nagios")) || context.isSet(QStringLiteral("prometheus")))
        return runMonitoring(context, today, fixedDate, dateProblem);
    if (!dateProblem.isEmpty())
        return context.usage(dateProblem);
    auto report = readStatus(context, today, fixedDate);
    if (!report)
        return fail(report.error(), context.json());
    const StatusReport &r = report.value();
    if (context.json()) {
        QJsonObject json = r.state.toJson();
        json.insert(QStringLiteral("profile"),
                    QJsonObject {{QStringLiteral("id"), r.profile->id()},
                                 {QStringLiteral("vendor"), r.profile->vendor()},
                                 {QStringLiteral("demo"), r.profile->isDemo()},
                                 {QStringLiteral("source"), r.profile->source()}});
        json.insert(QStringLiteral("dataDir"), context.dataDir());
        json.insert(QStringLiteral("warnings"), r.warnings.toJson());
        if (Status s = addMaintenanceJson(json, *r.profile, r.database, r.now); !s)
            return fail(s.error(), true);
        outJson(json);
    } else {
        printHuman(r.state, r.warnings, *r.profile, context.dataDir());
        if (Status s = printMaintenance(*r.profile, r.database, r.now); !s)
            return fail(s.error(), false);
    }
    return ExitOk;
}

} // namespace LightAgent::Ctl
