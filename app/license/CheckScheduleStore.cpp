#include "CheckScheduleStore.h"

#include "core/StateDatabase.h"

#include <QSqlQuery>

namespace LightAgent {

namespace {

QVariant timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODate)) : QVariant();
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QDateTime timeFrom(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

} // namespace

CheckScheduleStore::CheckScheduleStore(std::shared_ptr<StateDatabase> database)
    : m_database(std::move(database))
{ }

Result<CheckSchedule> CheckScheduleStore::load() const
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT key_sha256, last_attempt_at, last_success_at, "
                             "next_attempt_at, failures, last_status, last_error_reason, "
                             "last_error_message FROM license_check WHERE id = 1"));
    if (Status s = m_database->exec(
            q, QT_TRANSLATE_NOOP("LightAgent::StateDatabase", "read the license check schedule"));
        !s)
        return s.error();
    CheckSchedule schedule;
    if (!q.next())
        return schedule;
    schedule.keySha256 = q.value(0).toString();
    schedule.lastAttemptAt = timeFrom(q.value(1));
    schedule.lastSuccessAt = timeFrom(q.value(2));
    schedule.nextAttemptAt = timeFrom(q.value(3));
    schedule.failures = q.value(4).toInt();
    schedule.lastStatus = q.value(5).toString();
    schedule.lastErrorReason = q.value(6).toString();
    schedule.lastErrorMessage = q.value(7).toString();
    return schedule;
}

Status CheckScheduleStore::save(const CheckSchedule &schedule)
{
    return m_database->write([&]() -> Status {
        QSqlQuery q(m_database->connection());
        q.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO license_check (id, key_sha256, last_attempt_at, "
            "last_success_at, next_attempt_at, failures, last_status, last_error_reason, "
            "last_error_message) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(schedule.keySha256);
        q.addBindValue(timeOrNull(schedule.lastAttemptAt));
        q.addBindValue(timeOrNull(schedule.lastSuccessAt));
        q.addBindValue(timeOrNull(schedule.nextAttemptAt));
        q.addBindValue(schedule.failures);
        q.addBindValue(textOrNull(schedule.lastStatus));
        q.addBindValue(textOrNull(schedule.lastErrorReason));
        q.addBindValue(textOrNull(schedule.lastErrorMessage));
        return m_database->exec(
            q, QT_TRANSLATE_NOOP("LightAgent::StateDatabase", "save the license check schedule"));
    });
}

} // namespace LightAgent
