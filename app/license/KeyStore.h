// The key store in the state database: one active key, at most one reserve key,
// changed only through the vendor's rules and only all-or-nothing.
#pragma once

#include "KeyRules.h"
#include "StoredKey.h"
#include "core/Result.h"
#include "core/VerifiedCache.h"

#include <memory>

namespace LightAgent {

class StateDatabase;
class VendorProfile;

// What the periodic check (DESIGN §3.2) said about the active key.
enum class CheckVerdict { Active, Blocked, Expired };

class KeyStore
{
public:
    KeyStore(std::shared_ptr<StateDatabase> database, const VendorProfile &profile);

    // The keys as stored, each verified against the profile (once per process for
    // the same stored bytes and profile trust: see VerifiedCache).
    Result<StoredKeys> load() const;
    // The keys with any due reserve promotion applied (not persisted).
    Result<StoredKeys> effective(QDate today) const;

    Result<KeyChange> plan(const StoredKey &candidate, KeySlot slot, QDate today) const;
    Result<QList<KeySlot>> allowedSlots(const StoredKey &candidate, QDate today) const;

    // Re-checks the rules inside the write transaction, so two processes adding keys
    // at once cannot both pass them. Without `timeLossConfirmed`, a change that loses
    // license time (KeyChange::losesTime) is refused as "replace-unconfirmed".
    Result<KeyChange> add(const StoredKey &candidate, KeySlot slot, QDate today,
                          bool timeLossConfirmed = true);
    Status remove(KeySlot slot);

    // Persists the promotion of the reserve key when the active key has ended.
    // Returns whether it promoted.
    Result<bool> promoteIfDue(QDate today);

    // Records the periodic check's verdict on the active key if it is still the key
    // whose file has SHA-256 `keySha256` (a key replaced meanwhile is left alone).
    // Blocked and expired keep the time they were first reported; active clears both.
    // Returns whether the key was still there.
    Result<bool> recordVerdict(const QString &keySha256, CheckVerdict verdict,
                               qint64 recheckAfterSeconds, const QDateTime &now);

    // The stored key files verified so far in this process, shared by every store.
    static const VerifiedCache<KeyFile> &verifiedKeyFiles();

private:
    Result<StoredKeys> loadUnlocked() const;
    Status writeKeys(const StoredKeys &keys);

    std::shared_ptr<StateDatabase> m_database;
    const VendorProfile &m_profile;
};

} // namespace LightAgent
