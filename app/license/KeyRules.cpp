#include "KeyRules.h"

#include "core/DateText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace LightAgent {

namespace {

QJsonValue isoOrNull(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QJsonObject toJson(const KeyChange &change)
{
    return QJsonObject {
        {QStringLiteral("slot"), toWireName(change.slot)},
        {QStringLiteral("replacedSerial"),
         change.replaced ? QJsonValue(change.replaced->license().serial) : QJsonValue()},
        {QStringLiteral("statusBefore"), toWireName(change.before.status())},
        {QStringLiteral("statusAfter"), toWireName(change.after.status())},
        {QStringLiteral("functionalityAfter"), toWireName(change.after.functionality())},
        {QStringLiteral("effects"), QJsonArray::fromStringList(change.effects)},
        {QStringLiteral("losesLicenseTime"), change.losesTime()},
        {QStringLiteral("removesValidKey"), change.removesValidKey},
        {QStringLiteral("coveredUntilBefore"), isoOrNull(change.coveredUntilBefore)},
        {QStringLiteral("coveredUntilAfter"), isoOrNull(change.coveredUntilAfter)},
    };
}

bool KeyChange::losesTime() const
{
    return removesValidKey ||
        (coveredUntilBefore.isValid() &&
         (!coveredUntilAfter.isValid() || coveredUntilAfter < coveredUntilBefore));
}

} // namespace LightAgent

namespace LightAgent::KeyRules {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::KeyRules", text);
}

Error refused(const char *reason, const QString &message)
{
    return Error::make(ErrorCode::Refused, QString::fromLatin1(reason), message);
}

QString date(QDate d)
{
    return displayDate(d);
}

Status checkCommon(const StoredKeys &current, const License &candidate, QDate today)
{
    if (today > candidate.expires)
        return refused("key-expired",
                       tr("The key expired on %1; an expired key cannot be added.")
                           .arg(date(candidate.expires)));
    for (const auto *slot : {&current.active, &current.reserve}) {
        if (*slot && (*slot)->license().serial == candidate.serial)
            return refused("already-added",
                           tr("The key %1 has already been added.").arg(candidate.serial));
    }
    return {};
}

Status checkActive(const StoredKeys &current, const License &candidate, QDate today)
{
    if (candidate.validFrom > today)
        return refused("not-yet-valid",
                       tr("The key becomes valid only on %1. Add it as the "
                          "reserve key, or add it as the active key on that day.")
                           .arg(date(candidate.validFrom)));
    if (current.active && current.active->license().type == LicenseType::Commercial &&
        candidate.type == LicenseType::Trial)
        return refused("trial-over-commercial", tr("A trial key cannot replace a commercial key."));
    if (current.reserve && current.reserve->license().unit != candidate.unit)
        return refused(
            "reserve-unit-mismatch",
            tr("The reserve key licenses %1, this key %2. Remove the reserve key first: "
               "a reserve key must license the same unit as the active key.")
                .arg(displayName(current.reserve->license().unit, current.reserve->license().count),
                     displayName(candidate.unit, candidate.count)));
    return {};
}

Status checkReserve(const StoredKeys &current, const License &candidate)
{
    if (candidate.type == LicenseType::Trial || candidate.type == LicenseType::Subscription)
        return refused("reserve-type",
                       candidate.type == LicenseType::Trial
                           ? tr("A trial key can only be the active key, not the reserve key.")
                           : tr("A subscription key can only be the active key, not the "
                                "reserve key."));
    if (Status s = checkSlotForCode(current, KeySlot::Reserve); !s)
        return s;
    if (current.active->license().unit != candidate.unit)
        return refused(
            "unit-mismatch",
            tr("The active key licenses %1, this key %2. A reserve key must license the "
               "same unit as the active key.")
                .arg(displayName(current.active->license().unit, current.active->license().count),
                     displayName(candidate.unit, candidate.count)));
    return {};
}

// The last day covered by the keys that have not expired; null when none covers today.
QDate coveredUntil(const StoredKeys &keys, QDate today)
{
    QDate until;
    for (const auto *slot : {&keys.active, &keys.reserve}) {
        if (*slot && (*slot)->license().expires >= today &&
            (!until.isValid() || (*slot)->license().expires > until))
            until = (*slot)->license().expires;
    }
    return until;
}

void describeTimeLoss(KeyChange &change, QDate today)
{
    if (change.removesValidKey)
        change.effects.append(
            tr("The key %1 is still valid until %2; the time it has left is lost.")
                .arg(change.replaced->license().serial, date(change.replaced->license().expires)));
    if (change.coveredUntilBefore.isValid() &&
        (!change.coveredUntilAfter.isValid() ||
         change.coveredUntilAfter < change.coveredUntilBefore)) {
        const QDate after = change.coveredUntilAfter.isValid() ? change.coveredUntilAfter : today;
        const int lost = int(after.daysTo(change.coveredUntilBefore));
        //: %1 and %2 are dates; %n is the number of days of license time lost
        change.effects.append(
            QCoreApplication::translate("LightAgent::KeyRules",
                                        "The license then covers the time up to %1 instead of %2: "
                                        "%n day(s) less.",
                                        nullptr, lost)
                .arg(date(after), date(change.coveredUntilBefore)));
    }
}

} // namespace

Status checkSlotForCode(const StoredKeys &current, KeySlot slot)
{
    if (slot == KeySlot::Reserve && !current.active)
        return refused("reserve-needs-active",
                       tr("A reserve key can only be added beside an "
                          "active key. Add this key as the active key."));
    return {};
}

Status checkConfirmed(const KeyChange &change)
{
    if (!change.losesTime())
        return {};
    QString message =
        tr("Applying this key would lose license time, so it was not applied without your "
           "confirmation.");
    for (const QString &effect : change.effects)
        message += QLatin1Char(' ') + effect;
    return refused("replace-unconfirmed", message);
}

QStringList foreseeForCode(const StoredKeys &current, KeySlot slot, QDate today)
{
    QStringList lines;
    if (Status s = checkSlotForCode(current, slot); !s)
        return {s.error().message};
    const std::optional<StoredKey> &occupant =
        slot == KeySlot::Active ? current.active : current.reserve;
    if (slot == KeySlot::Active)
        lines.append(tr("The key the licensing service issues becomes the active key."));
    else
        lines.append(tr("The key the licensing service issues becomes the reserve key beside the "
                        "active key %1, if it licenses the same unit and is neither a trial nor "
                        "a subscription key.")
                         .arg(current.active->license().serial));
    if (occupant) {
        const License &l = occupant->license();
        lines.append(l.expires >= today
                         ? tr("It would replace the key %1, valid until %2. If that removes a "
                              "valid key or shortens the time the license covers, you are shown "
                              "both keys and the new key is applied only when you confirm.")
                               .arg(l.serial, date(l.expires))
                         : tr("It replaces the key %1, which expired on %2.")
                               .arg(l.serial, date(l.expires)));
    }
    lines.append(tr("A key that cannot be applied this way is kept as a received key, which you "
                    "can apply or add as the reserve key later; the current keys stay as they "
                    "are."));
    return lines;
}

Result<KeyChange> plan(const StoredKeys &current, const StoredKey &candidate, KeySlot slot,
                       QDate today)
{
    const License &license = candidate.license();
    if (Status s = checkCommon(current, license, today); !s)
        return s.error();
    if (Status s = slot == KeySlot::Active ? checkActive(current, license, today)
                                           : checkReserve(current, license);
        !s)
        return s.error();

    KeyChange change;
    change.slot = slot;
    change.before = LicenseState::evaluate(current, today);
    StoredKeys next = current;
    if (slot == KeySlot::Active) {
        change.replaced = current.active;
        next.active = candidate;
        change.effects.append(tr("The key %1 becomes the active key.").arg(license.serial));
    } else {
        change.replaced = current.reserve;
        next.reserve = candidate;
        change.effects.append(tr("The key %1 becomes the reserve key; it takes over when the "
                                 "active key expires.")
                                  .arg(license.serial));
    }
    if (change.replaced)
        change.effects.append(tr("The key %1 is removed from this installation.")
                                  .arg(change.replaced->license().serial));
    change.after = LicenseState::evaluate(next, today);
    change.removesValidKey = change.replaced && change.replaced->license().expires >= today;
    change.coveredUntilBefore = coveredUntil(current, today);
    change.coveredUntilAfter = coveredUntil(next, today);
    describeTimeLoss(change, today);
    if (change.after.status() != change.before.status())
        change.effects.append(
            tr("The license status changes from \"%1\" to \"%2\".")
                .arg(displayName(change.before.status()), displayName(change.after.status())));
    if (change.after.functionality() != change.before.functionality())
        change.effects.append(
            tr("Functionality changes to: %1.").arg(displayName(change.after.functionality())));
    return change;
}

QList<KeySlot> allowedSlots(const StoredKeys &current, const StoredKey &candidate, QDate today)
{
    QList<KeySlot> allowed;
    for (KeySlot slot : {KeySlot::Active, KeySlot::Reserve}) {
        if (plan(current, candidate, slot, today).ok())
            allowed.append(slot);
    }
    // Where both are allowed, keeping the working key and adding a reserve is the
    // choice that loses nothing.
    if (allowed.size() == 2 && current.active)
        std::swap(allowed[0], allowed[1]);
    return allowed;
}

StoredKeys afterRemoval(const StoredKeys &current, KeySlot slot)
{
    StoredKeys next = current;
    if (slot == KeySlot::Reserve) {
        next.reserve.reset();
    } else {
        next.active = current.reserve;
        next.reserve.reset();
    }
    return next;
}

} // namespace LightAgent::KeyRules
