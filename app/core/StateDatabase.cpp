#include "StateDatabase.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <memory>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStore, "lightagent.store", QtWarningMsg)

namespace LightAgent {

namespace {

QAtomicInteger<int> s_busyTimeoutMs = 4000;

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::StateDatabase", text);
}

// Each entry upgrades the schema by one version; never edit a shipped entry.
const char *const Migrations[] = {
    // 1: keys, identity, settings
    "CREATE TABLE keys ("
    " slot TEXT PRIMARY KEY CHECK (slot IN ('active', 'reserve')),"
    " key_file BLOB NOT NULL,"
    " source TEXT NOT NULL CHECK (source IN ('file', 'code')),"
    " added_at TEXT NOT NULL,"
    " code_masked TEXT,"
    " blocked_since TEXT,"
    " recheck_after INTEGER);"
    "CREATE TABLE identity (name TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);",
    // 2: the transmission journal (append-only, hash-chained events) and its head,
    // which keeps the count and the last hash so removed last entries show
    "CREATE TABLE journal ("
    " seq INTEGER PRIMARY KEY,"
    " event TEXT NOT NULL CHECK (event IN ('request', 'result')),"
    " written_at TEXT NOT NULL,"
    " kind TEXT, method TEXT, url TEXT, headers TEXT, body BLOB,"
    " body_sha256 TEXT, body_size INTEGER,"
    " ref_seq INTEGER,"
    " outcome TEXT CHECK (outcome IN ('sent', 'failed', 'declined', 'cancelled')),"
    " http_status INTEGER, error_reason TEXT, error_message TEXT,"
    " received_sha256 TEXT, digest_matched INTEGER,"
    " prev_hash TEXT NOT NULL, hash TEXT NOT NULL);"
    "CREATE TABLE journal_head ("
    " id INTEGER PRIMARY KEY CHECK (id = 1),"
    " entries INTEGER NOT NULL, last_seq INTEGER NOT NULL, last_hash TEXT NOT NULL);"
    "INSERT INTO journal_head (id, entries, last_seq, last_hash) VALUES (1, 0, 0,"
    " '0000000000000000000000000000000000000000000000000000000000000000');",
    // 3: consent to the periodic re-sending of activation data, and the code a key
    // came from (the periodic check sends it again, DESIGN §3.2)
    "CREATE TABLE consent ("
    " id INTEGER PRIMARY KEY,"
    " kind TEXT NOT NULL,"
    " granted_at TEXT NOT NULL,"
    " envelope_sha256 TEXT,"
    " withdrawn_at TEXT);"
    "ALTER TABLE keys ADD COLUMN activation_code TEXT;",
    // 4: the installed database bundle (its signed object, re-verified on every read),
    // the last update run, the periodic check's schedule for the active key, and the
    // day the periodic check first said the active key's license has expired
    "CREATE TABLE bundle ("
    " id INTEGER PRIMARY KEY CHECK (id = 1),"
    " signed_object BLOB NOT NULL,"
    " installed_at TEXT NOT NULL);"
    "CREATE TABLE update_run ("
    " id INTEGER PRIMARY KEY CHECK (id = 1),"
    " run_at TEXT NOT NULL,"
    " result TEXT NOT NULL CHECK (result IN ('installed', 'up-to-date', 'failed', 'refused')),"
    " reason TEXT, message TEXT, version TEXT, journal_seq INTEGER);"
    "CREATE TABLE license_check ("
    " id INTEGER PRIMARY KEY CHECK (id = 1),"
    " key_sha256 TEXT NOT NULL,"
    " last_attempt_at TEXT, last_success_at TEXT, next_attempt_at TEXT,"
    " failures INTEGER NOT NULL DEFAULT 0,"
    " last_status TEXT, last_error_reason TEXT, last_error_message TEXT);"
    "ALTER TABLE keys ADD COLUMN expired_since TEXT;",
    // 5: the number of journal rows, kept by SQLite itself on every insert and delete
    // (whoever makes them), so that a view of the journal need not count the table
    "CREATE TABLE journal_rows ("
    " id INTEGER PRIMARY KEY CHECK (id = 1),"
    " entries INTEGER NOT NULL);"
    "INSERT INTO journal_rows (id, entries) SELECT 1, COUNT(*) FROM journal;"
    "CREATE TRIGGER journal_rows_insert AFTER INSERT ON journal BEGIN"
    " UPDATE journal_rows SET entries = entries + 1 WHERE id = 1; END;"
    "CREATE TRIGGER journal_rows_delete AFTER DELETE ON journal BEGIN"
    " UPDATE journal_rows SET entries = entries - 1 WHERE id = 1; END;",
    // 6: keys the licensing service issued for a code that were not applied (the
    // slot's rules refused them, or applying them would lose license time and the
    // administrator had not confirmed it): kept so that nothing issued is lost
    "CREATE TABLE received_keys ("
    " id INTEGER PRIMARY KEY,"
    " key_file BLOB NOT NULL,"
    " received_at TEXT NOT NULL,"
    " requested_slot TEXT NOT NULL CHECK (requested_slot IN ('active', 'reserve')),"
    " reason TEXT NOT NULL,"
    " code_masked TEXT, activation_code TEXT, recheck_after INTEGER,"
    " journal_seq INTEGER);",
};

// A migration's statements: split at each ';', except inside a trigger's BEGIN … END.
QStringList statementsOf(const char *migration)
{
    QStringList statements;
    QString pending;
    for (const QString &part : QString::fromLatin1(migration).split(QLatin1Char(';'))) {
        pending += part;
        const QString statement = pending.trimmed();
        if (statement.startsWith(QLatin1String("CREATE TRIGGER")) &&
            !statement.endsWith(QLatin1String(" END"))) {
            pending += QLatin1Char(';');
            continue;
        }
        if (!statement.isEmpty())
            statements.append(statement);
        pending.clear();
    }
    if (!pending.trimmed().isEmpty()) // an unfinished trigger: preparing it says so
        statements.append(pending.trimmed());
    return statements;
}

// Keeps the write-ahead log when the connection closes, instead of copying it into the
// database file and deleting it (two more fsyncs per process, and a new log to create
// and sync on the next change). A committed change is as durable in the log, which
// SQLite keeps checkpointing as it grows (wal_autocheckpoint). Qt Sql offers no way to
// say so: this asks the connection's SQLite handle directly (the QSQLITE plugin and we
// link the same system libsqlite3). False when that is not possible; the store then
// works as before.
bool keepWriteAheadLogOnClose(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    int set = 0;
    return connection &&
        sqlite3_db_config(connection, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, &set) == SQLITE_OK &&
        set == 1;
}

// The write-ahead log's size in pages (and in bytes of SQLite's default 4 KiB pages)
// above which it is checkpointed.
constexpr int LogPages = 100;
constexpr qint64 LogBytes = LogPages * 4096;

bool isBusy(const QSqlError &error)
{
    const QString native = error.nativeErrorCode();
    return native == QLatin1String("5") || native == QLatin1String("6") ||
        error.databaseText().contains(QLatin1String("locked"));
}

} // namespace

int StateDatabase::busyTimeoutMs()
{
    return s_busyTimeoutMs.loadRelaxed();
}

void StateDatabase::setBusyTimeoutMs(int ms)
{
    s_busyTimeoutMs.storeRelaxed(ms);
}

QString StateDatabase::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

StateDatabase::StateDatabase(const QString &dataDir, const QString &connectionName)
    : m_dataDir(dataDir)
    , m_connectionName(connectionName)
{ }

StateDatabase::~StateDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        // A log kept after a big change (a journal import, thousands of entries) would
        // be read again by every process that opens the store (4 MB: 2 ms of the
        // console's start-up); copied into the database and emptied now, it is not.
        // Busy (another connection reads) only means the next closer does it.
        if (db.isOpen() && m_keepsLog &&
            QFileInfo(db.databaseName() + QStringLiteral("-wal")).size() > LogBytes)
            QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void StateDatabase::loadDriver()
{
    const QString name =
        QStringLiteral("lightagent-driver-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    (void)QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name); // never opened
    QSqlDatabase::removeDatabase(name);
}

QSqlDatabase StateDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::shared_ptr<StateDatabase>> StateDatabase::open(const QString &dataDir)
{
    QDir dir(dataDir);
    if (!dir.exists() && !QDir().mkpath(dataDir))
        return Error::make(ErrorCode::Io, QStringLiteral("data-dir"),
                           tr("Cannot create the data directory %1.").arg(dataDir));
    QFile::setPermissions(dataDir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString path = dir.absoluteFilePath(QString::fromLatin1(FileName));
    if (!QFile::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Error::make(ErrorCode::Io, QStringLiteral("data-dir"),
                               tr("Cannot create %1: %2").arg(path, file.errorString()));
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    const QString name =
        QStringLiteral("lightagent-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::shared_ptr<StateDatabase> state(new StateDatabase(dir.absolutePath(), name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs()));
        if (!db.open())
            return state->sqlError(tr("open the state database"), db.lastError().text());
        QSqlQuery pragma(db);
        // WAL lets a reader go on while another process writes; FULL sync keeps a
        // committed change through a power cut or a SIGKILL.
        pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        pragma.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        // The log outlives the connection, and each process that opens the store first
        // reads all of its valid frames again: checkpointed at 100 pages instead of
        // 1000 and cut back to that size when restarted, that stays a fraction of a
        // millisecond (an activation adds about a dozen pages). A bigger change leaves
        // a bigger log: ~StateDatabase() then truncates it.
        state->m_keepsLog = keepWriteAheadLogOnClose(db);
        if (state->m_keepsLog) {
            pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(LogPages));
            pragma.exec(QStringLiteral("PRAGMA journal_size_limit=%1").arg(LogBytes));
        } else {
            qCDebug(lcStore) << "the write-ahead log is checkpointed on close";
        }
    }
    const Status migrated = state->migrate();
    if (!migrated)
        return migrated.error();
    return state;
}

Error StateDatabase::sqlError(const QString &what, const QString &driverText) const
{
    return Error::make(ErrorCode::Database, QStringLiteral("database"),
                       tr("Could not %1 in %2: %3").arg(what, m_dataDir, driverText));
}

Status StateDatabase::exec(QSqlQuery &query, const char *what) const
{
    if (query.exec())
        return {};
    const QSqlError error = query.lastError();
    qCWarning(lcStore) << what << error.text();
    if (isBusy(error))
        return Error::make(ErrorCode::Busy, QStringLiteral("busy"),
                           tr("Another console or lightagent-ctl is changing the license "
                              "state right now. Try again in a moment."));
    return sqlError(QCoreApplication::translate("LightAgent::StateDatabase", what), error.text());
}

Status StateDatabase::write(const std::function<Status()> &body)
{
    // Inside another write() this is a savepoint of that change: the outer one commits
    // or rolls back both, so that two parts of the state (a key and the journal entry
    // that it came from) change all-or-nothing, even when the process is killed.
    const bool nested = m_writeDepth > 0;
    const QString savepoint = QStringLiteral("change%1").arg(m_writeDepth);
    QSqlDatabase db = connection();
    QSqlQuery begin(db);
    begin.prepare(nested ? QStringLiteral("SAVEPOINT ") + savepoint
                         : QStringLiteral("BEGIN IMMEDIATE"));
    if (Status started =
            exec(begin, QT_TRANSLATE_NOOP("LightAgent::StateDatabase", "start a change"));
        !started)
        return started;
    ++m_writeDepth;
    const size_t actionsBefore = m_afterCommit.size();
    Status result = body();
    --m_writeDepth;
    if (nested) {
        QSqlQuery end(db);
        if (!result) {
            end.exec(QStringLiteral("ROLLBACK TO ") + savepoint);
            m_afterCommit.resize(actionsBefore);
        }
        end.prepare(QStringLiteral("RELEASE ") + savepoint);
        Status released =
            exec(end, QT_TRANSLATE_NOOP("LightAgent::StateDatabase", "finish a change"));
        return result ? released : result;
    }
    QSqlQuery end(db);
    end.prepare(result ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    if (Status finished =
            exec(end, QT_TRANSLATE_NOOP("LightAgent::StateDatabase", "finish a change"));
        !finished) {
        if (result) {
            QSqlQuery rollback(db);
            rollback.exec(QStringLiteral("ROLLBACK"));
        }
        m_afterCommit.clear();
        return result ? finished : result;
    }
    std::vector<std::function<void()>> actions;
    actions.swap(m_afterCommit);
    if (result) {
        for (const auto &action : actions)
            action();
    }
    return result;
}

void StateDatabase::afterCommit(std::function<void()> action)
{
    if (m_writeDepth == 0)
        action();
    else
        m_afterCommit.push_back(std::move(action));
}

Status StateDatabase::migrate()
{
    // An up-to-date schema needs no write lock: opening the store to read it must not
    // wait for another process that is changing it.
    {
        QSqlQuery version(connection());
        if (version.exec(QStringLiteral("PRAGMA user_version")) && version.next() &&
            version.value(0).toInt() == int(std::size(Migrations)))
            return {};
    }
    return write([this]() -> Status {
        QSqlDatabase db = connection();
        QSqlQuery version(db);
        version.prepare(QStringLiteral("PRAGMA user_version"));
        if (Status s = exec(
                version, QT_TRANSLATE_NOOP("LightAgent::StateDatabase", "read the schema version"));
            !s)
            return s;
        const int current = version.next() ? version.value(0).toInt() : 0;
        const int latest = int(std::size(Migrations));
        if (current > latest)
            return Error::make(ErrorCode::Database, QStringLiteral("schema-too-new"),
                               tr("The state database in %1 was written by a newer version of "
                                  "the console (schema %2; this version knows %3).")
                                   .arg(m_dataDir)
                                   .arg(current)
                                   .arg(latest));
        for (int i = current; i < latest; ++i) {
            for (const QString &statement : statementsOf(Migrations[i])) {
                QSqlQuery q(db);
                q.prepare(statement);
                if (Status s = exec(
                        q, QT_TRANSLATE_NOOP("LightAgent::StateDatabase", "upgrade the schema"));
                    !s)
                    return s;
            }
            QSqlQuery bump(db);
            bump.prepare(QStringLiteral("PRAGMA user_version = %1").arg(i + 1));
            if (Status s = exec(
                    bump, QT_TRANSLATE_NOOP("LightAgent::StateDatabase", "upgrade the schema"));
                !s)
                return s;
        }
        return {};
    });
}

Result<QString> StateDatabase::setting(const QString &name) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE name = ?"));
    q.addBindValue(name);
    if (Status s = exec(q, QT_TRANSLATE_NOOP("LightAgent::StateDatabase", "read a setting")); !s)
        return s.error();
    return q.next() ? q.value(0).toString() : QString();
}

Status StateDatabase::setSetting(const QString &name, const QString &value)
{
    return write([&]() -> Status {
        QSqlQuery q(connection());
        q.prepare(QStringLiteral("INSERT INTO settings (name, value) VALUES (?, ?) "
                                 "ON CONFLICT(name) DO UPDATE SET value = excluded.value"));
        q.addBindValue(name);
        q.addBindValue(value);
        return exec(q, QT_TRANSLATE_NOOP("LightAgent::StateDatabase", "save a setting"));
    });
}

} // namespace LightAgent
