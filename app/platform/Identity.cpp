#include "Identity.h"

#include "core/StateDatabase.h"

#include <QSqlQuery>
#include <QUuid>

namespace LightAgent {

Identity::Identity(std::shared_ptr<StateDatabase> database)
    : m_database(std::move(database))
{ }

Result<QString> Identity::installationId()
{
    return getOrCreate(QStringLiteral("installationId"));
}

Result<QString> Identity::svmId()
{
    return getOrCreate(QStringLiteral("svmId"));
}

Result<QString> Identity::getOrCreate(const QString &name)
{
    QString value;
    // Insert-if-absent then read, in one transaction: two processes starting at
    // once end up with the same UUID.
    Status s = m_database->write([&]() -> Status {
        QSqlQuery insert(m_database->connection());
        insert.prepare(
            QStringLiteral("INSERT OR IGNORE INTO identity (name, value) VALUES (?, ?)"));
        insert.addBindValue(name);
        insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (Status r = m_database->exec(
                insert,
                QT_TRANSLATE_NOOP("LightAgent::StateDatabase", "create the installation identity"));
            !r)
            return r;
        QSqlQuery select(m_database->connection());
        select.prepare(QStringLiteral("SELECT value FROM identity WHERE name = ?"));
        select.addBindValue(name);
        if (Status r = m_database->exec(
                select,
                QT_TRANSLATE_NOOP("LightAgent::StateDatabase", "read the installation identity"));
            !r)
            return r;
        if (select.next())
            value = select.value(0).toString();
        return {};
    });
    if (!s)
        return s.error();
    return value;
}

} // namespace LightAgent
