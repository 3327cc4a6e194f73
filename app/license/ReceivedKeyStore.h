// Keys the licensing service issued for an activation code that were not applied
// when they arrived (the slot's rules refused them, or applying them would lose
// license time and the administrator had not confirmed it). They stay in the state
// database until the administrator applies one, adds it as the reserve key or
// discards it: nothing the vendor issued is lost.
#pragma once

#include "KeyRules.h"
#include "StoredKey.h"
#include "core/Result.h"

#include <QList>

#include <memory>

namespace LightAgent {

class StateDatabase;
class VendorProfile;

struct ReceivedKey
{
    qint64 id = 0;
    StoredKey key; // as the key store would hold it (its source: the code)
    KeySlot requestedSlot = KeySlot::Active; // the slot chosen before sending
    QString reason; // why it was not applied when it arrived (a KeyRules reason)
    qint64 journalSeq = 0; // the journal entry of the activation that brought it
};

QJsonObject toJson(const ReceivedKey &received, QDate today);

class ReceivedKeyStore
{
public:
    ReceivedKeyStore(std::shared_ptr<StateDatabase> database, const VendorProfile &profile);

    // Oldest first, each verified against the profile.
    Result<QList<ReceivedKey>> list() const;
    // The received key with this serial (the newest if it came twice), or with an
    // empty serial the only one; refused with the reason when there is none or a choice.
    Result<ReceivedKey> find(const QString &serial) const;

    // Keeps a key that arrived and was not applied; returns its id.
    Result<qint64> keep(const StoredKey &key, KeySlot requestedSlot, const QString &reason,
                        qint64 journalSeq);
    // Adds the received key to `slot` through the key store's rules (and, without
    // `timeLossConfirmed`, refuses a change that loses license time) and stops keeping
    // it, in one change.
    Result<KeyChange> apply(qint64 id, KeySlot slot, QDate today, bool timeLossConfirmed);
    Status discard(qint64 id);

private:
    std::shared_ptr<StateDatabase> m_database;
    const VendorProfile &m_profile;
};

} // namespace LightAgent
