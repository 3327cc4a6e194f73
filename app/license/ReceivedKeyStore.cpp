#include "ReceivedKeyStore.h"

#include "KeyStore.h"
#include "LicenseState.h"
#include "core/StateDatabase.h"
#include "core/VendorProfile.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace LightAgent {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::ReceivedKeyStore", text);
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

QJsonObject toJson(const ReceivedKey &received, QDate today)
{
    QJsonObject json = keyToJson(received.key.keyFile, today);
    json.insert(QStringLiteral("id"), received.id);
    json.insert(QStringLiteral("receivedAt"), received.key.addedAt.toString(Qt::ISODate));
    json.insert(QStringLiteral("requestedSlot"), toWireName(received.requestedSlot));
    json.insert(QStringLiteral("reason"), received.reason);
    json.insert(QStringLiteral("journalSeq"), received.journalSeq);
    json.insert(QStringLiteral("codeMasked"), received.key.codeMasked);
    return json;
}

ReceivedKeyStore::ReceivedKeyStore(std::shared_ptr<StateDatabase> database,
                                   const VendorProfile &profile)
    : m_database(std::move(database))
    , m_profile(profile)
{ }

Result<QList<ReceivedKey>> ReceivedKeyStore::list() const
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT id, key_file, received_at, requested_slot, reason, "
                             "code_masked, activation_code, recheck_after, journal_seq "
                             "FROM received_keys ORDER BY id"));
    if (Status s = m_database->exec(
            q, QT_TRANSLATE_NOOP("LightAgent::StateDatabase", "read the received keys"));
        !s)
        return s.error();
    QList<ReceivedKey> keys;
    while (q.next()) {
        auto keyFile = KeyFile::parse(q.value(1).toByteArray(), m_profile);
        if (!keyFile)
            return Error::make(ErrorCode::Database, QStringLiteral("stored-key-invalid"),
                               tr("A received key no longer passes verification with this "
                                  "vendor profile: %1")
                                   .arg(keyFile.error().message));
        ReceivedKey received;
        received.id = q.value(0).toLongLong();
        received.key.keyFile = keyFile.value();
        received.key.source = KeySource::Code;
        received.key.addedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
        received.requestedSlot =
            q.value(3).toString() == QLatin1String("reserve") ? KeySlot::Reserve : KeySlot::Active;
        received.reason = q.value(4).toString();
        received.key.codeMasked = q.value(5).toString();
        received.key.activationCode = q.value(6).toString();
        received.key.recheckAfterSeconds = q.value(7).toLongLong();
        received.journalSeq = q.value(8).toLongLong();
        keys.append(received);
    }
    return keys;
}

Result<ReceivedKey> ReceivedKeyStore::find(const QString &serial) const
{
    auto keys = list();
    if (!keys)
        return keys.error();
    if (keys.value().isEmpty())
        return Error::make(ErrorCode::NotFound, QStringLiteral("no-received-key"),
                           tr("No key was received that has not been applied."));
    if (serial.isEmpty()) {
        if (keys.value().size() > 1)
            return Error::make(ErrorCode::InvalidInput, QStringLiteral("received-key-ambiguous"),
                               tr("%1 received keys have not been applied; name the one you mean "
                                  "by its serial.")
                                   .arg(keys.value().size()));
        return keys.value().first();
    }
    for (auto it = keys.value().crbegin(); it != keys.value().crend(); ++it) {
        if (it->key.license().serial.compare(serial, Qt::CaseInsensitive) == 0)
            return *it;
    }
    return Error::make(ErrorCode::NotFound, QStringLiteral("no-received-key"),
                       tr("No received key has the serial %1.").arg(serial));
}

Result<qint64> ReceivedKeyStore::keep(const StoredKey &key, KeySlot requestedSlot,
                                      const QString &reason, qint64 journalSeq)
{
    qint64 id = 0;
    Status written = m_database->write([&]() -> Status {
        QSqlQuery insert(m_database->connection());
        insert.prepare(QStringLiteral(
            "INSERT INTO received_keys (key_file, received_at, requested_slot, reason, "
            "code_masked, activation_code, recheck_after, journal_seq) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(key.keyFile.bytes());
        insert.addBindValue(key.addedAt.toUTC().toString(Qt::ISODate));
        insert.addBindValue(toWireName(requestedSlot));
        insert.addBindValue(reason);
        insert.addBindValue(textOrNull(key.codeMasked));
        insert.addBindValue(textOrNull(key.activationCode));
        insert.addBindValue(key.recheckAfterSeconds);
        insert.addBindValue(journalSeq > 0 ? QVariant(journalSeq) : QVariant());
        if (Status s = m_database->exec(
                insert, QT_TRANSLATE_NOOP("LightAgent::StateDatabase", "keep a received key"));
            !s)
            return s;
        id = insert.lastInsertId().toLongLong();
        return {};
    });
    if (!written)
        return written.error();
    return id;
}

Result<KeyChange> ReceivedKeyStore::apply(qint64 id, KeySlot slot, QDate today,
                                          bool timeLossConfirmed)
{
    std::optional<KeyChange> change;
    Status written = m_database->write([&]() -> Status {
        auto keys = list();
        if (!keys)
            return keys.error();
        const auto found = std::find_if(keys.value().cbegin(), keys.value().cend(),
                                        [id](const ReceivedKey &k) { return k.id == id; });
        if (found == keys.value().cend())
            return Error::make(ErrorCode::NotFound, QStringLiteral("no-received-key"),
                               tr("The received key was applied or discarded meanwhile."));
        auto added =
            KeyStore(m_database, m_profile).add(found->key, slot, today, timeLossConfirmed);
        if (!added)
            return added.error();
        change = added.value();
        return discard(id);
    });
    if (!written)
        return written.error();
    return *change;
}

Status ReceivedKeyStore::discard(qint64 id)
{
    return m_database->write([&]() -> Status {
        QSqlQuery remove(m_database->connection());
        remove.prepare(QStringLiteral("DELETE FROM received_keys WHERE id = ?"));
        remove.addBindValue(id);
        if (Status s = m_database->exec(
                remove, QT_TRANSLATE_NOOP("LightAgent::StateDatabase", "discard a received key"));
            !s)
            return s;
        if (remove.numRowsAffected() == 0)
            return Error::make(ErrorCode::NotFound, QStringLiteral("no-received-key"),
                               tr("The received key was applied or discarded meanwhile."));
        return {};
    });
}

} // namespace LightAgent
