// What the update and license-check end-to-end tests share: lightagent-ctl run with a
// profile and a data directory of the test's own, and the reference service's admin
// commands run against the service's database.
#pragma once

#include "CtlProcess.h"
#include "common/ServiceProcess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace LightAgent::Test {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

inline Run runProgram(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QProcess process;
    process.start(program, args);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        process.kill();
    process.waitForFinished();
    return Run {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                process.readAllStandardOutput(), process.readAllStandardError()};
}

inline Run ctl(const QString &dataDir, const QString &profile, const QStringList &args,
               const QByteArray &input = {})
{
    return runProgram(
        ctlPath(),
        QStringList {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--profile"), profile} +
            args,
        input);
}

// `lightagent-licensing-service admin ARGS --db <the service's database>`
inline Run admin(ServiceProcess &service, const QStringList &args)
{
    return runProgram(servicePath(),
                      QStringList {QStringLiteral("admin")} + args +
                          QStringList {QStringLiteral("--db"), service.databasePath()});
}

// The requests the service answered, from the receipts it commits before it answers:
// exact once a client has its answer, unlike the log it writes to a pipe.
inline int receiptCount(const ServiceProcess &service)
{
    const QString name = QUuid::createUuid().toString();
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(service.databasePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM receipts")) && q.next())
                count = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

inline QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

// The body a request object of `--json` output carries, parsed.
inline QJsonObject requestBody(const QJsonObject &json)
{
    const QString body =
        json.value(QStringLiteral("request")).toObject().value(QStringLiteral("body")).toString();
    return QJsonDocument::fromJson(body.toUtf8()).object();
}

inline QDateTime timeIn(const QJsonObject &json, const char *name)
{
    return QDateTime::fromString(json.value(QLatin1String(name)).toString(), Qt::ISODate);
}

} // namespace LightAgent::Test
