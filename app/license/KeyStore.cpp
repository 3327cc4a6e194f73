#include "KeyStore.h"

#include "core/StateDatabase.h"
#include "core/VendorProfile.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace LightAgent {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::KeyStore", text);
}

QVariant timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODate)) : QVariant();
}

VerifiedCache<KeyFile> &keyFileCache()
{
    static VerifiedCache<KeyFile> cache(&KeyFile::parse);
    return cache;
}

void applyVerdict(StoredKey &key, CheckVerdict verdict, const QDateTime &now)
{
    const QDateTime blocked = key.blockedSince.isValid() ? key.blockedSince : now;
    const QDateTime expired = key.expiredSince.isValid() ? key.expiredSince : now;
    key.blockedSince = verdict == CheckVerdict::Blocked ? blocked : QDateTime();
    key.expiredSince = verdict == CheckVerdict::Expired ? expired : QDateTime();
}

} // namespace

KeyStore::KeyStore(std::shared_ptr<StateDatabase> database, const VendorProfile &profile)
    : m_database(std::move(database))
    , m_profile(profile)
{ }

const VerifiedCache<KeyFile> &KeyStore::verifiedKeyFiles()
{
    return keyFileCache();
}

Result<StoredKeys> KeyStore::load() const
{
    return loadUnlocked();
}

Result<StoredKeys> KeyStore::loadUnlocked() const
{
    QSqlQuery q(m_database->connection());
    q.prepare(
        QStringLiteral("SELECT slot, key_file, source, added_at, code_masked, "
                       "blocked_since, recheck_after, activation_code, expired_since FROM keys"));
    if (Status s = m_database->exec(q, QT_TRANSLATE_NOOP("LightAgent::KeyStore", "read the keys"));
        !s)
        return s.error();
    StoredKeys keys;
    while (q.next()) {
        auto keyFile = keyFileCache().verified(q.value(1).toByteArray(), m_profile);
        if (!keyFile)
            return Error::make(ErrorCode::Database, QStringLiteral("stored-key-invalid"),
                               tr("A stored key no longer passes verification with this vendor "
                                  "profile: %1")
                                   .arg(keyFile.error().message));
        StoredKey key;
        key.keyFile = keyFile.value();
        key.source =
            q.value(2).toString() == QLatin1String("code") ? KeySource::Code : KeySource::File;
        key.addedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
        key.codeMasked = q.value(4).toString();
        key.blockedSince = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
        key.recheckAfterSeconds = q.value(6).toLongLong();
        key.activationCode = q.value(7).toString();
        key.expiredSince = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
        (q.value(0).toString() == QLatin1String("active") ? keys.active : keys.reserve) = key;
    }
    return keys;
}

Result<StoredKeys> KeyStore::effective(QDate today) const
{
    auto keys = load();
    if (!keys)
        return keys;
    const LicenseState state = LicenseState::evaluate(keys.value(), today);
    return StoredKeys {state.active(), state.reserve()};
}

Result<KeyChange> KeyStore::plan(const StoredKey &candidate, KeySlot slot, QDate today) const
{
    auto current = effective(today);
    if (!current)
        return current.error();
    return KeyRules::plan(current.value(), candidate, slot, today);
}

Result<QList<KeySlot>> KeyStore::allowedSlots(const StoredKey &candidate, QDate today) const
{
    auto current = effective(today);
    if (!current)
        return current.error();
    return KeyRules::allowedSlots(current.value(), candidate, today);
}

Status KeyStore::writeKeys(const StoredKeys &keys)
{
    QSqlQuery clear(m_database->connection());
    clear.prepare(QStringLiteral("DELETE FROM keys"));
    if (Status s =
            m_database->exec(clear, QT_TRANSLATE_NOOP("LightAgent::KeyStore", "change the keys"));
        !s)
        return s;
    for (KeySlot slot : {KeySlot::Active, KeySlot::Reserve}) {
        const std::optional<StoredKey> &key = slot == KeySlot::Active ? keys.active : keys.reserve;
        if (!key)
            continue;
        QSqlQuery insert(m_database->connection());
        insert.prepare(QStringLiteral("INSERT INTO keys (slot, key_file, source, added_at, "
                                      "code_masked, blocked_since, recheck_after, activation_code, "
                                      "expired_since) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(toWireName(slot));
        insert.addBindValue(key->keyFile.bytes());
        insert.addBindValue(toWireName(key->source));
        insert.addBindValue(key->addedAt.toUTC().toString(Qt::ISODate));
        insert.addBindValue(key->codeMasked.isEmpty() ? QVariant() : QVariant(key->codeMasked));
        insert.addBindValue(key->blockedSince.isValid()
                                ? QVariant(key->blockedSince.toUTC().toString(Qt::ISODate))
                                : QVariant());
        insert.addBindValue(key->recheckAfterSeconds);
        insert.addBindValue(key->activationCode.isEmpty() ? QVariant()
                                                          : QVariant(key->activationCode));
        insert.addBindValue(timeOrNull(key->expiredSince));
        if (Status s =
                m_database->exec(insert, QT_TRANSLATE_NOOP("LightAgent::KeyStore", "store a key"));
            !s)
            return s;
    }
    return {};
}

Result<KeyChange> KeyStore::add(const StoredKey &candidate, KeySlot slot, QDate today,
                                bool timeLossConfirmed)
{
    std::optional<KeyChange> change;
    Status written = m_database->write([&]() -> Status {
        auto stored = loadUnlocked();
        if (!stored)
            return stored.error();
        const LicenseState state = LicenseState::evaluate(stored.value(), today);
        StoredKeys current {state.active(), state.reserve()};
        auto planned = KeyRules::plan(current, candidate, slot, today);
        if (!planned)
            return planned.error();
        if (Status s = timeLossConfirmed ? Status() : KeyRules::checkConfirmed(planned.value()); !s)
            return s;
        change = planned.value();
        (slot == KeySlot::Active ? current.active : current.reserve) = candidate;
        return writeKeys(current);
    });
    if (!written)
        return written.error();
    return *change;
}

Status KeyStore::remove(KeySlot slot)
{
    return m_database->write([&]() -> Status {
        auto stored = loadUnlocked();
        if (!stored)
            return stored.error();
        const auto &present =
            slot == KeySlot::Active ? stored.value().active : stored.value().reserve;
        if (!present)
            return Error::make(ErrorCode::Refused, QStringLiteral("no-such-key"),
                               slot == KeySlot::Active ? tr("There is no active key to remove.")
                                                       : tr("There is no reserve key to remove."));
        return writeKeys(KeyRules::afterRemoval(stored.value(), slot));
    });
}

Result<bool> KeyStore::promoteIfDue(QDate today)
{
    // Most looks at the state find nothing to promote; they must not wait for the
    // write lock that another process may hold. The rules are checked again under it.
    auto current = loadUnlocked();
    if (current && !LicenseState::evaluate(current.value(), today).reservePromoted())
        return false;
    bool promoted = false;
    Status written = m_database->write([&]() -> Status {
        auto stored = loadUnlocked();
        if (!stored)
            return stored.error();
        const LicenseState state = LicenseState::evaluate(stored.value(), today);
        if (!state.reservePromoted())
            return {};
        promoted = true;
        return writeKeys(StoredKeys {state.active(), state.reserve()});
    });
    if (!written)
        return written.error();
    return promoted;
}

Result<bool> KeyStore::recordVerdict(const QString &keySha256, CheckVerdict verdict,
                                     qint64 recheckAfterSeconds, const QDateTime &now)
{
    bool present = false;
    Status written = m_database->write([&]() -> Status {
        auto stored = loadUnlocked();
        if (!stored)
            return stored.error();
        StoredKeys keys = stored.value();
        if (!keys.active || keys.active->keyFile.sha256() != keySha256)
            return {};
        present = true;
        applyVerdict(*keys.active, verdict, now);
        keys.active->recheckAfterSeconds = recheckAfterSeconds;
        return writeKeys(keys);
    });
    if (!written)
        return written.error();
    return present;
}

} // namespace LightAgent
