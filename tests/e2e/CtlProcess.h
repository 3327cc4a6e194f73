// The built lightagent-ctl (LIGHTAGENT_CTL_PATH, set by tests/e2e/CMakeLists.txt) run
// against one temporary data directory, and checked as a script would check it.
#pragma once

#include "common/TestKeys.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace LightAgent::Test {

struct CtlRun
{
    int exitCode = -1; // -1: did not start or did not finish; -2: crashed
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QString errText() const { return QString::fromUtf8(err); }
};

inline QString ctlProgram()
{
    return QStringLiteral(LIGHTAGENT_CTL_PATH);
}

inline QDate todayUtc()
{
    return utcToday();
}

// `status --json` without what changes with the day or the wording, so two looks at
// one state compare equal.
inline QJsonObject stableStatus(QJsonObject status)
{
    for (const char *volatileField : {"evaluatedOn", "daysLeft", "headline", "explanation"})
        status.remove(QLatin1String(volatileField));
    for (const char *slot : {"active", "reserve"}) {
        QJsonObject key = status.value(QLatin1String(slot)).toObject();
        if (key.isEmpty())
            continue;
        key.remove(QStringLiteral("daysLeft"));
        status.insert(QLatin1String(slot), key);
    }
    return status;
}

inline QString jsonText(const QJsonObject &json, const char *name)
{
    return json.value(QLatin1String(name)).toString();
}

// The serial of the key in "active" or "reserve" of a status or state object.
inline QString serialIn(const QJsonObject &json, const char *slot)
{
    return jsonText(json.value(QLatin1String(slot)).toObject(), "serial");
}

class CtlProcess
{
public:
    CtlProcess()
        : m_dir(std::make_unique<QTemporaryDir>())
        , m_dataDir(m_dir->filePath(QStringLiteral("data")))
    { }

    bool isValid() const { return m_dir->isValid(); }
    QString dataDir() const { return m_dataDir; }
    QString path(const QString &name) const { return m_dir->filePath(name); }

    // Runs `lightagent-ctl --data-dir DIR ARGS...`, under `prefix` (e.g. unshare) if given,
    // in the C locale (whatever the locale of whoever runs the tests) changed by
    // `locale` ("LANG=ru_RU.UTF-8", ...).
    CtlRun run(const QStringList &args, const QStringList &prefix = {},
               const QStringList &locale = {}) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
            environment.remove(QLatin1String(name));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        for (const QString &setting : locale)
            environment.insert(setting.section(QLatin1Char('='), 0, 0),
                               setting.section(QLatin1Char('='), 1));
        process.setProcessEnvironment(environment);
        const QStringList ctlArgs = QStringList {QStringLiteral("--data-dir"), m_dataDir} + args;
        if (prefix.isEmpty())
            process.start(ctlProgram(), ctlArgs);
        else
            process.start(prefix.first(), prefix.mid(1) + QStringList {ctlProgram()} + ctlArgs);
        CtlRun result;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        return result;
    }

    CtlRun addKey(const QString &file, const QStringList &options = {}) const
    {
        return run(QStringList {QStringLiteral("key"), QStringLiteral("add"), file} + options);
    }

    QJsonObject status() const
    {
        const CtlRun result = run({QStringLiteral("status"), QStringLiteral("--json")});
        if (result.exitCode != 0)
            return QJsonObject {{QStringLiteral("failed"), result.errText()}};
        return stableStatus(result.json());
    }

    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        const QString filePath = path(name);
        QFile file(filePath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(bytes) != bytes.size())
            qFatal("Cannot write %s", qPrintable(filePath));
        return filePath;
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dataDir;
};

} // namespace LightAgent::Test
