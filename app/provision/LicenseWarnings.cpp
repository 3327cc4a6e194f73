#include "LicenseWarnings.h"

#include "DatabaseBundle.h"
#include "core/DateText.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace LightAgent {

namespace {

// (text, disambiguation, n), the form lupdate recognizes as a plural message.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("LightAgent::LicenseWarnings", text, disambiguation, n);
}

// The reserve key carries the license on from the day after the active key's last
// valid day, with no day uncovered in between.
bool takesOverWithoutGap(const StoredKey &active, const StoredKey &reserve)
{
    const License &a = active.license();
    const License &r = reserve.license();
    return !reserve.blockedSince.isValid() && !reserve.expiredSince.isValid() &&
        r.validFrom <= a.expires.addDays(1) && r.expires > a.expires;
}

QJsonValue dateOrNull(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QString toWireName(WarningLevel level)
{
    switch (level) {
    case WarningLevel::Ok:
        return QStringLiteral("ok");
    case WarningLevel::Warning:
        return QStringLiteral("warning");
    case WarningLevel::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

QString displayName(WarningLevel level)
{
    switch (level) {
    case WarningLevel::Ok:
        return tr("OK", "warning level");
    case WarningLevel::Warning:
        return tr("Warning", "warning level");
    case WarningLevel::Critical:
        return tr("Critical", "warning level");
    }
    return {};
}

LicenseWarnings LicenseWarnings::evaluate(const LicenseState &state,
                                          const WarningThresholds &thresholds, const QDateTime &now,
                                          const QDateTime &databasesReleased)
{
    LicenseWarnings warnings;
    warnings.m_thresholds = thresholds;
    warnings.judgeLicense(state, state.today());
    warnings.judgeDatabases(databasesReleased, now);
    warnings.explain(state, databasesReleased);
    return warnings;
}

void LicenseWarnings::add(const char *id, WarningLevel level, const QString &text)
{
    m_items.append(LicenseWarning {QString::fromLatin1(id), level, text});
    m_level = qMax(m_level, level);
}

void LicenseWarnings::judgeLicense(const LicenseState &state, QDate today)
{
    switch (state.status()) {
    case LicenseStatus::NotActivated:
        add("not-activated", WarningLevel::Critical,
            state.active() ? tr("The key becomes valid only on %1; until then virtual machines "
                                "are not protected.")
                                 .arg(displayDate(state.validFrom()))
                           : tr("The solution is not activated; virtual machines are not "
                                "protected."));
        return;
    case LicenseStatus::Valid:
    case LicenseStatus::ExpiresSoon:
        judgeCoverage(state, today);
        return;
    case LicenseStatus::GracePeriod:
        m_coveredUntil = state.graceUntil();
        m_daysLeft = int(today.daysTo(m_coveredUntil));
        add("grace-period",
            m_daysLeft <= m_thresholds.criticalDays() ? WarningLevel::Critical
                                                      : WarningLevel::Warning,
            tr("The license ended on %1; the grace period keeps all functions for %n more "
               "day(s), to %2.",
               nullptr, m_daysLeft)
                .arg(displayDate(state.expires()), displayDate(m_coveredUntil)));
        return;
    case LicenseStatus::Blocked: {
        const QDate since = state.active()->blockedSince.date();
        m_coveredUntil = state.limitedFrom().addDays(-1);
        m_daysLeft = int(today.daysTo(m_coveredUntil));
        add("blocked", WarningLevel::Critical,
            state.functionality() == Functionality::Full
                ? tr("The vendor blocked the license key on %1; all functions remain for %n more "
                     "day(s), to %2.",
                     nullptr, m_daysLeft)
                      .arg(displayDate(since), displayDate(m_coveredUntil))
                : tr("The vendor blocked the license key on %1; database updates stopped after "
                     "%2.")
                      .arg(displayDate(since), displayDate(m_coveredUntil)));
        return;
    }
    case LicenseStatus::Expired: {
        const StoredKey &active = *state.active();
        m_coveredUntil = state.graceUntil().isValid() ? state.graceUntil() : state.expires();
        if (active.expiredSince.isValid())
            m_coveredUntil = qMin(m_coveredUntil, active.expiredSince.date().addDays(-1));
        m_daysLeft = int(today.daysTo(m_coveredUntil));
        add("expired", WarningLevel::Critical,
            tr("The license has expired; database updates stopped after %1.")
                .arg(displayDate(m_coveredUntil)));
        return;
    }
    }
}

void LicenseWarnings::judgeCoverage(const LicenseState &state, QDate today)
{
    const StoredKey &active = *state.active();
    const std::optional<StoredKey> &reserve = state.reserve();
    m_coveredUntil = active.license().expires;
    if (reserve && takesOverWithoutGap(active, *reserve)) {
        m_reserveTakesOver = active.license().expires.addDays(1);
        m_reserveSerial = reserve->license().serial;
        m_coveredUntil = reserve->license().expires;
    }
    m_daysLeft = int(today.daysTo(m_coveredUntil));
    m_threshold = m_thresholds.reached(m_daysLeft);
    if (m_threshold == 0) {
        m_okText = m_reserveTakesOver.isValid()
            ? tr("The license is valid until %1; then the reserve key %2 takes over on %3 and "
                 "covers until %4.")
                  .arg(displayDate(active.license().expires), m_reserveSerial,
                       displayDate(m_reserveTakesOver), displayDate(m_coveredUntil))
            : tr("The license is valid until %1.").arg(displayDate(m_coveredUntil));
        return;
    }
    const WarningLevel level =
        m_daysLeft <= m_thresholds.criticalDays() ? WarningLevel::Critical : WarningLevel::Warning;
    if (m_reserveTakesOver.isValid())
        add("license-ends", level,
            tr("The license ends in %n day(s), on %1, even with the reserve key %2 that takes "
               "over on %3.",
               nullptr, m_daysLeft)
                .arg(displayDate(m_coveredUntil), m_reserveSerial,
                     displayDate(m_reserveTakesOver)));
    else if (reserve)
        add("license-ends", level,
            tr("The license ends in %n day(s), on %1; the reserve key %2 becomes valid only on "
               "%3.",
               nullptr, m_daysLeft)
                .arg(displayDate(m_coveredUntil), reserve->license().serial,
                     displayDate(reserve->license().validFrom)));
    else
        add("license-ends", level,
            tr("The license ends in %n day(s), on %1, and there is no reserve key.", nullptr,
               m_daysLeft)
                .arg(displayDate(m_coveredUntil)));
}

void LicenseWarnings::judgeDatabases(const QDateTime &released, const QDateTime &now)
{
    const Freshness freshness = DatabaseBundle::freshness(released, now);
    if (freshness != Freshness::Outdated && freshness != Freshness::Obsolete)
        return;
    const int days = int(released.secsTo(now) / 86400);
    const QString text =
        tr("The databases are %n day(s) old (released on %1); update them.", nullptr, days)
            .arg(displayDate(released.toUTC().date()));
    if (freshness == Freshness::Obsolete)
        add("databases-obsolete", WarningLevel::Critical, text);
    else
        add("databases-outdated", WarningLevel::Warning, text);
}

void LicenseWarnings::explain(const LicenseState &state, const QDateTime &databasesReleased)
{
    const bool haveDatabases = databasesReleased.isValid();
    const QString released = displayDate(databasesReleased.toUTC().date());
    auto stopsAfter = [&](QDate lastDay) {
        return haveDatabases
            ? tr("After %1 database updates stop; protection goes on with the last databases "
                 "received (now those of %2).")
                  .arg(displayDate(lastDay), released)
            : tr("After %1 database updates stop; no databases are installed yet.")
                  .arg(displayDate(lastDay));
    };
    switch (state.status()) {
    case LicenseStatus::NotActivated:
        m_whatHappens = state.active()
            ? tr("Protection begins on %1, when the key becomes valid.")
                  .arg(displayDate(state.validFrom()))
            : tr("Nothing is protected until the solution is activated.");
        return;
    case LicenseStatus::Valid:
    case LicenseStatus::ExpiresSoon:
        if (m_reserveTakesOver.isValid()) {
            m_whatHappens = tr("On %1 the reserve key %2 takes over.")
                                .arg(displayDate(m_reserveTakesOver), m_reserveSerial) +
                QLatin1Char(' ') + stopsAfter(m_coveredUntil);
        } else if (state.graceUntil().isValid()) {
            m_whatHappens = tr("After %1 a grace period keeps all functions until %2.")
                                .arg(displayDate(m_coveredUntil), displayDate(state.graceUntil())) +
                QLatin1Char(' ') + stopsAfter(state.graceUntil());
        } else {
            m_whatHappens = stopsAfter(m_coveredUntil);
        }
        return;
    case LicenseStatus::GracePeriod:
        m_whatHappens = stopsAfter(m_coveredUntil);
        return;
    case LicenseStatus::Blocked:
    case LicenseStatus::Expired:
        if (state.functionality() == Functionality::Full) {
            m_whatHappens = stopsAfter(m_coveredUntil);
            return;
        }
        m_whatHappens = haveDatabases
            ? tr("Database updates have stopped; protection goes on with the databases of %1.")
                  .arg(released)
            : tr("Database updates have stopped, and no databases are installed.");
        return;
    }
}

QString LicenseWarnings::sentence() const
{
    QStringList parts;
    for (const LicenseWarning &item : m_items)
        parts.append(item.text);
    if (!m_okText.isEmpty())
        parts.prepend(m_okText);
    return parts.join(QLatin1Char(' '));
}

QJsonObject LicenseWarnings::toJson() const
{
    QJsonArray items;
    for (const LicenseWarning &item : m_items)
        items.append(QJsonObject {{QStringLiteral("id"), item.id},
                                  {QStringLiteral("level"), toWireName(item.level)},
                                  {QStringLiteral("text"), item.text}});
    QJsonArray days;
    for (int d : m_thresholds.days())
        days.append(d);
    const QJsonValue reserve = m_reserveTakesOver.isValid()
        ? QJsonValue(QJsonObject {{QStringLiteral("serial"), m_reserveSerial},
                                  {QStringLiteral("on"), dateOrNull(m_reserveTakesOver)}})
        : QJsonValue();
    return QJsonObject {
        {QStringLiteral("level"), toWireName(m_level)},
        {QStringLiteral("daysLeft"), m_daysLeft},
        {QStringLiteral("coveredUntil"), dateOrNull(m_coveredUntil)},
        {QStringLiteral("threshold"), m_threshold},
        {QStringLiteral("thresholds"), days},
        {QStringLiteral("criticalDays"), m_thresholds.criticalDays()},
        {QStringLiteral("reserveTakesOver"), reserve},
        {QStringLiteral("items"), items},
        {QStringLiteral("sentence"), sentence()},
        {QStringLiteral("whatHappens"), m_whatHappens},
    };
}

} // namespace LightAgent
