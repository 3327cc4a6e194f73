#include "StatusCommand.h"

#include "CtlContext.h"
#include "CtlOutput.h"
#include "MaintenanceStatus.h"
#include "core/Clock.h"
#include "core/DateText.h"
#include "core/ExitCodes.h"
#include "license/KeyStore.h"
#include "license/LicenseState.h"

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

void printHuman(const LicenseState &state, const VendorProfile &profile, const QString &dataDir)
{
    out(tr("Status:        %1 — %2").arg(displayName(state.status()), state.headline()));
    out(tr("               %1").arg(state.explanation()));
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

} // namespace

int runStatus(CtlContext &context)
{
    QDate today = Clock::instance().today();
    const bool fixedDate = context.isSet(QStringLiteral("on-date"));
    if (fixedDate) {
        const QString text = context.value(QStringLiteral("on-date"));
        today = QDate::fromString(text, Qt::ISODate);
        if (!today.isValid() || text.size() != 10)
            return context.usage(
                tr("--on-date needs a date in the form YYYY-MM-DD, not \"%1\".").arg(text));
    }
    auto profile = context.profile();
    if (!profile)
        return fail(profile.error(), context.json());
    auto database = context.database();
    if (!database)
        return fail(database.error(), context.json());
    KeyStore store(database.value(), *profile.value());
    // Looking at another day is read-only; today's look also persists a due
    // promotion of the reserve key.
    if (!fixedDate) {
        auto promoted = store.promoteIfDue(today);
        if (!promoted)
            return fail(promoted.error(), context.json());
    }
    auto keys = store.load();
    if (!keys)
        return fail(keys.error(), context.json());
    const LicenseState state = LicenseState::evaluate(keys.value(), today);
    const QDateTime now = momentOf(today, fixedDate);
    if (context.json()) {
        QJsonObject json = state.toJson();
        json.insert(QStringLiteral("profile"),
                    QJsonObject {{QStringLiteral("id"), profile.value()->id()},
                                 {QStringLiteral("vendor"), profile.value()->vendor()},
                                 {QStringLiteral("demo"), profile.value()->isDemo()},
                                 {QStringLiteral("source"), profile.value()->source()}});
        json.insert(QStringLiteral("dataDir"), context.dataDir());
        if (Status s = addMaintenanceJson(json, *profile.value(), database.value(), now); !s)
            return fail(s.error(), true);
        outJson(json);
    } else {
        printHuman(state, *profile.value(), context.dataDir());
        if (Status s = printMaintenance(*profile.value(), database.value(), now); !s)
            return fail(s.error(), false);
    }
    return ExitOk;
}

} // namespace LightAgent::Ctl
