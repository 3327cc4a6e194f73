#include "ConsentStore.h"

#include "core/StateDatabase.h"

#include <QSqlQuery>

namespace LightAgent {

QString toWireName(ConsentKind kind)
{
    return kind == ConsentKind::CodeActivation ? QStringLiteral("code-activation")
                                               : QStringLiteral("data-provision");
}

ConsentStore::ConsentStore(std::shared_ptr<StateDatabase> database)
    : m_database(std::move(database))
{ }

Status ConsentStore::grant(ConsentKind kind, const QDateTime &now, const QString &envelopeSha256)
{
    return m_database->write([&]() -> Status {
        QSqlQuery q(m_database->connection());
        q.prepare(QStringLiteral("INSERT INTO consent (kind, granted_at, envelope_sha256) "
                                 "VALUES (?, ?, ?)"));
        q.addBindValue(toWireName(kind));
        q.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
        q.addBindValue(envelopeSha256.isEmpty() ? QVariant() : QVariant(envelopeSha256));
        return m_database->exec(
            q, QT_TRANSLATE_NOOP("LightAgent::StateDatabase", "record the consent"));
    });
}

Status ConsentStore::withdraw(ConsentKind kind, const QDateTime &now)
{
    return m_database->write([&]() -> Status {
        QSqlQuery q(m_database->connection());
        q.prepare(QStringLiteral("UPDATE consent SET withdrawn_at = ? "
                                 "WHERE kind = ? AND withdrawn_at IS NULL"));
        q.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
        q.addBindValue(toWireName(kind));
        return m_database->exec(
            q, QT_TRANSLATE_NOOP("LightAgent::StateDatabase", "withdraw the consent"));
    });
}

Result<std::optional<ConsentRecord>> ConsentStore::latest(ConsentKind kind) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT granted_at, envelope_sha256, withdrawn_at FROM consent "
                             "WHERE kind = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(toWireName(kind));
    if (Status s =
            m_database->exec(q, QT_TRANSLATE_NOOP("LightAgent::StateDatabase", "read the consent"));
        !s)
        return s.error();
    if (!q.next())
        return std::optional<ConsentRecord>();
    ConsentRecord record;
    record.kind = kind;
    record.grantedAt = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    record.envelopeSha256 = q.value(1).toString();
    record.withdrawnAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    return std::optional<ConsentRecord>(record);
}

Result<bool> ConsentStore::stands(ConsentKind kind) const
{
    auto record = latest(kind);
    if (!record)
        return record.error();
    return record.value().has_value() && record.value()->stands();
}

} // namespace LightAgent
