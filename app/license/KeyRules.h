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
};

QJsonObject toJson(const KeyChange &change);

namespace KeyRules {

// Reasons: key-expired, already-added, not-yet-valid, trial-over-commercial,
// reserve-unit-mismatch, reserve-type, reserve-needs-active, unit-mismatch.
// `current` must already have any due reserve promotion applied.
Result<KeyChange> plan(const StoredKeys &current, const StoredKey &candidate, KeySlot slot,
                       QDate today);

// The slots the candidate may go to, in order of preference.
QList<KeySlot> allowedSlots(const StoredKeys &current, const StoredKey &candidate, QDate today);

// What remains after removing a slot: the reserve key moves up when the active goes.
StoredKeys afterRemoval(const StoredKeys &current, KeySlot slot);

} // namespace KeyRules
} // namespace LightAgent
