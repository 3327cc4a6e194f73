#include "LicenseState.h"

#include "core/DateText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace LightAgent {

namespace {

// (text, disambiguation, n), the form lupdate recognizes as a plural message.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("LightAgent::LicenseState", text, disambiguation, n);
}

bool pastEnd(const License &license, QDate today)
{
    return today > license.graceUntil();
}

bool usableNow(const License &license, QDate today)
{
    return license.validFrom <= today && today <= license.expires;
}

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonValue dateOrNull(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QString shortDate(QDate date)
{
    return displayDate(date);
}

} // namespace

QString toWireName(KeySlot slot)
{
    return slot == KeySlot::Active ? QStringLiteral("active") : QStringLiteral("reserve");
}

QString toWireName(KeySource source)
{
    return source == KeySource::File ? QStringLiteral("file") : QStringLiteral("code");
}

QString toWireName(LicenseStatus status)
{
    switch (status) {
    case LicenseStatus::NotActivated:
        return QStringLiteral("not-activated");
    case LicenseStatus::Valid:
        return QStringLiteral("valid");
    case LicenseStatus::ExpiresSoon:
        return QStringLiteral("expires-soon");
    case LicenseStatus::GracePeriod:
        return QStringLiteral("grace-period");
    case LicenseStatus::Expired:
        return QStringLiteral("expired");
    case LicenseStatus::Blocked:
        return QStringLiteral("blocked");
    }
    return {};
}

QString toWireName(Functionality functionality)
{
    switch (functionality) {
    case Functionality::Full:
        return QStringLiteral("full");
    case Functionality::Limited:
        return QStringLiteral("limited");
    case Functionality::None:
        return QStringLiteral("none");
    }
    return {};
}

QString displayName(LicenseStatus status)
{
    switch (status) {
    case LicenseStatus::NotActivated:
        return tr("Not activated");
    case LicenseStatus::Valid:
        return tr("Valid");
    case LicenseStatus::ExpiresSoon:
        return tr("Expires soon");
    case LicenseStatus::GracePeriod:
        return tr("Grace period");
    case LicenseStatus::Expired:
        return tr("Expired");
    case LicenseStatus::Blocked:
        return tr("Blocked");
    }
    return {};
}

QString displayName(Functionality functionality)
{
    switch (functionality) {
    case Functionality::Full:
        return tr("Full functionality");
    case Functionality::Limited:
        return tr("Limited functionality: no database updates");
    case Functionality::None:
        return tr("No functionality: the solution is not activated");
    }
    return {};
}

LicenseState LicenseState::evaluate(const StoredKeys &keys, QDate today)
{
    LicenseState state;
    state.m_keys = keys;
    state.m_today = today;
    // The reserve takes over the day after the active key's last valid day; a
    // subscription's grace period is for having no other key, not for delaying it.
    if (keys.active && keys.reserve && today > keys.active->license().expires &&
        usableNow(keys.reserve->license(), today)) {
        state.m_keys.active = keys.reserve;
        state.m_keys.reserve.reset();
        state.m_reservePromoted = true;
    }
    if (!state.m_keys.active || state.m_keys.active->license().validFrom > today)
        return state; // not activated, no functionality

    const StoredKey &active = *state.m_keys.active;
    const License &license = active.license();
    if (active.blockedSince.isValid()) {
        state.m_status = LicenseStatus::Blocked;
        state.m_functionality =
            today < state.limitedFrom() ? Functionality::Full : Functionality::Limited;
    } else if (active.expiredSince.isValid() || pastEnd(license, today)) {
        // The periodic check's "expired" ends the license early, as the service's
        // records outrank the dates in the key.
        state.m_status = LicenseStatus::Expired;
        state.m_functionality = Functionality::Limited;
    } else if (today > license.expires) {
        state.m_status = LicenseStatus::GracePeriod;
        state.m_functionality = Functionality::Full;
    } else if (state.expiresSoonFrom().isValid() && today >= state.expiresSoonFrom()) {
        state.m_status = LicenseStatus::ExpiresSoon;
        state.m_functionality = Functionality::Full;
    } else {
        state.m_status = LicenseStatus::Valid;
        state.m_functionality = Functionality::Full;
    }
    return state;
}

int LicenseState::daysLeft(const License &license, QDate today)
{
    return int(today.daysTo(license.expires));
}

int LicenseState::daysLeft() const
{
    return m_keys.active ? daysLeft(m_keys.active->license(), m_today) : 0;
}

QDate LicenseState::validFrom() const
{
    return m_keys.active ? m_keys.active->license().validFrom : QDate();
}

QDate LicenseState::expiresSoonFrom() const
{
    // With a reserve key ready to take over, the end of the active key is no news.
    if (!m_keys.active || m_keys.reserve)
        return {};
    return m_keys.active->license().expires.addDays(-ExpiresSoonDays);
}

QDate LicenseState::expires() const
{
    return m_keys.active ? m_keys.active->license().expires : QDate();
}

QDate LicenseState::graceUntil() const
{
    if (!m_keys.active || m_keys.active->license().graceDays == 0)
        return {};
    return m_keys.active->license().graceUntil();
}

QDate LicenseState::limitedFrom() const
{
    if (!m_keys.active || !m_keys.active->blockedSince.isValid())
        return {};
    return m_keys.active->blockedSince.date().addDays(BlockedFullFunctionDays);
}

QString LicenseState::headline() const
{
    switch (m_status) {
    case LicenseStatus::NotActivated:
        return tr("The solution is not activated.");
    case LicenseStatus::Valid:
        return tr("The license is valid.");
    case LicenseStatus::ExpiresSoon:
        return tr("The license expires in %n day(s).", nullptr, daysLeft());
    case LicenseStatus::GracePeriod:
        return tr("The license has expired; the grace period is running.");
    case LicenseStatus::Expired:
        return tr("The license has expired.");
    case LicenseStatus::Blocked:
        return tr("The license key has been blocked by the vendor.");
    }
    return {};
}

QString LicenseState::explanation() const
{
    switch (m_status) {
    case LicenseStatus::NotActivated:
        if (m_keys.active)
            return tr("The key becomes valid on %1. Until then the solution does not protect "
                      "virtual machines.")
                .arg(shortDate(validFrom()));
        return tr("Virtual machines are not protected. Activate the solution with a key file "
                  "(sends nothing) or an activation code.");
    case LicenseStatus::Valid:
        if (m_keys.reserve)
            return tr("All functions are available until %1; then the reserve key takes over.")
                .arg(shortDate(expires()));
        return tr("All functions are available until %1.").arg(shortDate(expires()));
    case LicenseStatus::ExpiresSoon:
        return tr("All functions are available until %1. Add a reserve key or renew the "
                  "license now to keep protection without interruption.")
            .arg(shortDate(expires()));
    case LicenseStatus::GracePeriod:
        return tr("All functions remain available until %1. Renew the subscription before then, "
                  "or database updates will stop.")
            .arg(shortDate(graceUntil()));
    case LicenseStatus::Expired:
        if (m_keys.active && m_keys.active->expiredSince.isValid())
            return tr("The licensing service reported on %1 that this license has expired. "
                      "Protection goes on with the databases you have, but they are no longer "
                      "updated. Add a new key to restore full functionality.")
                .arg(shortDate(m_keys.active->expiredSince.date()));
        return tr("Protection goes on with the databases you have, but they are no longer "
                  "updated. Add a new key to restore full functionality.");
    case LicenseStatus::Blocked:
        if (m_functionality == Functionality::Full)
            return tr("All functions remain available until %1; after that database updates "
                      "stop. Contact the vendor or add a different key.")
                .arg(shortDate(limitedFrom()));
        return tr("Database updates have stopped. Contact the vendor or add a different key.");
    }
    return {};
}

QJsonObject keyToJson(const KeyFile &keyFile, QDate today)
{
    const License &l = keyFile.license();
    return QJsonObject {
        {QStringLiteral("serial"), l.serial},
        {QStringLiteral("product"), l.product},
        {QStringLiteral("edition"), l.edition},
        {QStringLiteral("type"), toWireName(l.type)},
        {QStringLiteral("unit"), toWireName(l.unit)},
        {QStringLiteral("count"), l.count},
        {QStringLiteral("validFrom"), isoDate(l.validFrom)},
        {QStringLiteral("expires"), isoDate(l.expires)},
        {QStringLiteral("graceDays"), l.graceDays},
        {QStringLiteral("licensee"), l.licensee},
        {QStringLiteral("issued"), l.issued},
        {QStringLiteral("signer"), keyFile.signer()},
        {QStringLiteral("daysLeft"), LicenseState::daysLeft(l, today)},
        {QStringLiteral("fileSha256"), keyFile.sha256()},
        {QStringLiteral("unknownFields"), l.unknownFields},
    };
}

QJsonObject LicenseState::toJson() const
{
    auto stored = [this](const std::optional<StoredKey> &key) -> QJsonValue {
        if (!key)
            return QJsonValue();
        QJsonObject json = keyToJson(key->keyFile, m_today);
        json.insert(QStringLiteral("source"), toWireName(key->source));
        json.insert(QStringLiteral("addedAt"), key->addedAt.toString(Qt::ISODate));
        json.insert(QStringLiteral("blockedSince"),
                    key->blockedSince.isValid()
                        ? QJsonValue(key->blockedSince.toString(Qt::ISODate))
                        : QJsonValue());
        json.insert(QStringLiteral("expiredSince"),
                    key->expiredSince.isValid()
                        ? QJsonValue(key->expiredSince.toString(Qt::ISODate))
                        : QJsonValue());
        return json;
    };
    return QJsonObject {
        {QStringLiteral("status"), toWireName(m_status)},
        {QStringLiteral("functionality"), toWireName(m_functionality)},
        {QStringLiteral("evaluatedOn"), isoDate(m_today)},
        {QStringLiteral("daysLeft"), m_keys.active ? QJsonValue(daysLeft()) : QJsonValue()},
        {QStringLiteral("headline"), headline()},
        {QStringLiteral("explanation"), explanation()},
        {QStringLiteral("reservePromoted"), m_reservePromoted},
        {QStringLiteral("active"), stored(m_keys.active)},
        {QStringLiteral("reserve"), stored(m_keys.reserve)},
        {QStringLiteral("timeline"),
         QJsonObject {{QStringLiteral("validFrom"), dateOrNull(validFrom())},
                      {QStringLiteral("expiresSoonFrom"), dateOrNull(expiresSoonFrom())},
                      {QStringLiteral("expires"), dateOrNull(expires())},
                      {QStringLiteral("graceUntil"), dateOrNull(graceUntil())},
                      {QStringLiteral("limitedFrom"), dateOrNull(limitedFrom())}}},
    };
}

} // namespace LightAgent
