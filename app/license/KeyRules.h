// The vendor's key-store rules (DESIGN §3.6) as a pure function: given what is
// stored and a candidate key, what would change, or why it is refused.
#pragma once

#include "LicenseState.h"
#include "StoredKey.h"
#include "core/Result.h"

#include <QStringList>

namespace LightAgent {

struct KeyChange
{
    KeySlot slot = KeySlot::Active;
    std::optional<StoredKey> replaced; // the key this one pushes out of its slot
    LicenseState before;
    LicenseState after;
    QStringList effects; // sentences for people: exactly what will change
    bool removesValidKey = false; // the key pushed out had not expired yet
    QDate coveredUntilBefore; // the last day a key that has not expired covers; null: none
    QDate coveredUntilAfter;

    // Removes a valid key or shortens the time the license covers: such a change is
    // made only when the administrator has compared both keys and confirmed it.
    bool losesTime() const;
};

QJsonObject toJson(const KeyChange &change);

namespace KeyRules {

// Reasons: key-expired, already-added, not-yet-valid, trial-over-commercial,
// reserve-unit-mismatch, reserve-type, reserve-needs-active, unit-mismatch.
// `current` must already have any due reserve promotion applied.
Result<KeyChange> plan(const StoredKeys &current, const StoredKey &candidate, KeySlot slot,
                       QDate today);

// Refuses (reason "replace-unconfirmed") a change that loses license time, saying
// what would be lost; a change that loses nothing passes.
Status checkConfirmed(const KeyChange &change);

// Before a key is known (activation by code): whether `slot` can take a key at all,
// with the reason the key-file path gives where it cannot (reserve-needs-active).
Status checkSlotForCode(const StoredKeys &current, KeySlot slot);
// Before a key is known: sentences for people saying what a key issued for a code
// will do with the current keys when it goes to `slot`.
QStringList foreseeForCode(const StoredKeys &current, KeySlot slot, QDate today);

// The slots the candidate may go to, in order of preference.
QList<KeySlot> allowedSlots(const StoredKeys &current, const StoredKey &candidate, QDate today);

// What remains after removing a slot: the reserve key moves up when the active goes.
StoredKeys afterRemoval(const StoredKeys &current, KeySlot slot);

} // namespace KeyRules
} // namespace LightAgent
