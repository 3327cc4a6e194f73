// The one SQLite database in the data directory that holds all state (keys,
// identity, consent, journal, database bundle). Every change runs in a transaction,
// and a second console or CLI process may use the same file at the same time.
#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <vector>

class QSqlQuery;

namespace LightAgent {

class StateDatabase
{
public:
    static constexpr auto FileName = "state.sqlite";

    // Creates the directory (0700) and the database (0600) when missing.
    static Result<std::shared_ptr<StateDatabase>> open(const QString &dataDir);
    // The platform's AppData location.
    static QString defaultDataDir();
    // Loads the SQLite driver plugin, which open() does too: a thread that opens the
    // store next need not wait for it then. Touches no file.
    static void loadDriver();

    ~StateDatabase();
    StateDatabase(const StateDatabase &) = delete;
    StateDatabase &operator=(const StateDatabase &) = delete;

    QString dataDir() const { return m_dataDir; }
    QSqlDatabase connection() const;

    // Runs body inside BEGIN IMMEDIATE ... COMMIT; any error rolls everything back.
    // Another process holding the write lock for longer than the busy timeout gives
    // a Busy error, never a hang. Called inside another write(), it is a savepoint of
    // that outer change, which commits or rolls back both.
    Status write(const std::function<Status()> &body);

    // Runs `action` once the change in progress is committed, or now outside write();
    // a change rolled back drops it. For news of a change that must never outrun it.
    void afterCommit(std::function<void()> action);

    // Prepares and executes; a failure becomes a Database error naming what failed.
    Status exec(QSqlQuery &query, const char *what) const;

    Result<QString> setting(const QString &name) const;
    Status setSetting(const QString &name, const QString &value);

    static int busyTimeoutMs();
    static void setBusyTimeoutMs(int ms); // tests

private:
    explicit StateDatabase(const QString &dataDir, const QString &connectionName);
    Status migrate();
    Error sqlError(const QString &what, const QString &driverText) const;

    QString m_dataDir;
    QString m_connectionName;
    bool m_keepsLog = false; // the write-ahead log outlives the connection
    int m_writeDepth = 0; // write() calls in progress: above 0, a new one is a savepoint
    std::vector<std::function<void()>> m_afterCommit;
};

} // namespace LightAgent
