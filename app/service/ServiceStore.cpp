#include "ServiceStore.h"

#include "core/StrictJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace LightAgent::Service {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::Service::ServiceStore", text);
}

// Each entry upgrades the schema by one version; never edit a shipped entry.
const char *const Migrations[] = {
    "CREATE TABLE codes ("
    " code TEXT PRIMARY KEY,"
    " license_template TEXT NOT NULL,"
    " activation_limit INTEGER NOT NULL CHECK (activation_limit >= 1),"
    " blocked INTEGER NOT NULL DEFAULT 0,"
    " expired INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE activations ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " code TEXT NOT NULL REFERENCES codes(code),"
    " svm_id TEXT NOT NULL,"
    " installation_id TEXT NOT NULL,"
    " serial TEXT NOT NULL,"
    " activated_at TEXT NOT NULL);"
    "CREATE INDEX activations_by_code ON activations (code, svm_id);"
    "CREATE TABLE receipts ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " received_at TEXT NOT NULL,"
    " endpoint TEXT NOT NULL,"
    " body_sha256 TEXT NOT NULL,"
    " status INTEGER NOT NULL);",
    // 2: the operator's flags over the codes file, and the published database bundles
    "CREATE TABLE code_flags ("
    " code TEXT PRIMARY KEY REFERENCES codes(code),"
    " blocked INTEGER NOT NULL,"
    " expired INTEGER NOT NULL,"
    " changed_at TEXT NOT NULL);"
    "CREATE TABLE bundles ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " version TEXT NOT NULL UNIQUE,"
    " released TEXT NOT NULL,"
    " records INTEGER NOT NULL,"
    " signed_object TEXT NOT NULL,"
    " published_at TEXT NOT NULL);",
};

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

ServiceStore::ServiceStore(const QString &path, const QString &connectionName)
    : m_path(path)
    , m_connectionName(connectionName)
{ }

ServiceStore::~ServiceStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<ServiceStore>> ServiceStore::open(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error::make(ErrorCode::Io, QStringLiteral("db-dir"),
                           tr("Cannot create the directory %1.").arg(info.absolutePath()));
    const QString name =
        QStringLiteral("licensing-service-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<ServiceStore> store(new ServiceStore(info.absoluteFilePath(), name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return Error::make(ErrorCode::Database, QStringLiteral("database"),
                               tr("Cannot open the service database %1: %2")
                                   .arg(info.absoluteFilePath(), db.lastError().text()));
        // FULL sync keeps a granted activation through a crash, so the limit holds.
        QSqlQuery pragma(db);
        pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        pragma.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    }
    if (Status migrated = store->migrate(); !migrated)
        return migrated.error();
    return store;
}

Status ServiceStore::exec(QSqlQuery &query, const char *what) const
{
    if (query.exec())
        return {};
    return Error::make(ErrorCode::Database, QStringLiteral("database"),
                       tr("The service database %1 could not %2: %3")
                           .arg(m_path, QString::fromLatin1(what), query.lastError().text()));
}

Status ServiceStore::transaction(const std::function<Status()> &body)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery begin(db);
    begin.prepare(QStringLiteral("BEGIN IMMEDIATE"));
    if (Status started = exec(begin, "start a transaction"); !started)
        return started;
    const Status result = body();
    QSqlQuery end(db);
    end.prepare(result ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    const Status finished = exec(end, "finish a transaction");
    if (!finished && result) {
        QSqlQuery rollback(db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        return finished;
    }
    return result;
}

Status ServiceStore::migrate()
{
    return transaction([this]() -> Status {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery version(db);
        version.prepare(QStringLiteral("PRAGMA user_version"));
        if (Status s = exec(version, "read the schema version"); !s)
            return s;
        const int current = version.next() ? version.value(0).toInt() : 0;
        const int latest = static_cast<int>(std::size(Migrations));
        if (current > latest)
            return Error::make(ErrorCode::Database, QStringLiteral("schema-too-new"),
                               tr("The service database %1 has schema %2; this service knows "
                                  "only up to %3.")
                                   .arg(m_path)
                                   .arg(current)
                                   .arg(latest));
        for (int i = current; i < latest; ++i) {
            const QStringList statements =
                QString::fromLatin1(Migrations[i]).split(QLatin1Char(';'), Qt::SkipEmptyParts);
            for (const QString &statement : statements) {
                QSqlQuery q(db);
                q.prepare(statement);
                if (Status s = exec(q, "upgrade the schema"); !s)
                    return s;
            }
            QSqlQuery bump(db);
            bump.prepare(QStringLiteral("PRAGMA user_version = %1").arg(i + 1));
            if (Status s = exec(bump, "upgrade the schema"); !s)
                return s;
        }
        return {};
    });
}

Status ServiceStore::upsertCode(const CodeRecord &code)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral(
        "INSERT INTO codes (code, license_template, activation_limit, blocked, expired)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET"
        " license_template = excluded.license_template,"
        " activation_limit = excluded.activation_limit,"
        " blocked = excluded.blocked, expired = excluded.expired"));
    q.addBindValue(code.code);
    q.addBindValue(QString::fromUtf8(StrictJson::canonical(code.license.toJson())));
    q.addBindValue(code.activationLimit);
    q.addBindValue(code.blocked ? 1 : 0);
    q.addBindValue(code.expired ? 1 : 0);
    return exec(q, "store a code");
}

Status ServiceStore::seed(const QList<CodeRecord> &codes)
{
    return transaction([&]() -> Status {
        for (const CodeRecord &code : codes) {
            if (Status s = upsertCode(code); !s)
                return s;
        }
        return {};
    });
}

Result<std::optional<CodeRecord>> ServiceStore::code(const QString &code) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT c.license_template, c.activation_limit,"
                             " COALESCE(f.blocked, c.blocked), COALESCE(f.expired, c.expired)"
                             " FROM codes c LEFT JOIN code_flags f ON f.code = c.code"
                             " WHERE c.code = ?"));
    q.addBindValue(code);
    if (Status s = exec(q, "look up a code"); !s)
        return s.error();
    if (!q.next())
        return std::optional<CodeRecord>();
    auto json = StrictJson::parseObject(q.value(0).toString().toUtf8());
    if (!json)
        return json.error();
    auto terms = LicenseTemplate::fromJson(json.value());
    if (!terms)
        return terms.error();
    return std::optional<CodeRecord>(CodeRecord {code, terms.value(), q.value(1).toInt(),
                                                 q.value(2).toInt() != 0, q.value(3).toInt() != 0});
}

Result<int> ServiceStore::activatedSvmCount(const QString &code) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT COUNT(DISTINCT svm_id) FROM activations WHERE code = ?"));
    q.addBindValue(code);
    if (Status s = exec(q, "count activations"); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<bool> ServiceStore::isActivated(const QString &code, const QString &svmId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT 1 FROM activations WHERE code = ? AND svm_id = ? LIMIT 1"));
    q.addBindValue(code);
    q.addBindValue(svmId);
    if (Status s = exec(q, "look up an activation"); !s)
        return s.error();
    return q.next();
}

Status ServiceStore::addActivation(const ActivationRecord &activation)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT INTO activations (code, svm_id, installation_id, serial,"
                             " activated_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(activation.code);
    q.addBindValue(activation.svmId);
    q.addBindValue(activation.installationId);
    q.addBindValue(activation.serial);
    q.addBindValue(timestamp(activation.time));
    return exec(q, "record an activation");
}

Status ServiceStore::addReceipt(const Receipt &receipt)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT INTO receipts (received_at, endpoint, body_sha256, status)"
                             " VALUES (?, ?, ?, ?)"));
    q.addBindValue(timestamp(receipt.time));
    q.addBindValue(receipt.endpoint);
    q.addBindValue(receipt.bodySha256);
    q.addBindValue(receipt.status);
    return exec(q, "record a receipt");
}

Status ServiceStore::setCodeFlags(const QString &code, std::optional<bool> blocked,
                                  std::optional<bool> expired, const QDateTime &now)
{
    return transaction([&]() -> Status {
        auto current = this->code(code);
        if (!current)
            return current.error();
        if (!current.value())
            return Error::make(ErrorCode::InvalidInput, QStringLiteral("unknown-code"),
                               tr("The service does not know the code %1.").arg(code));
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO code_flags (code, blocked, expired,"
                                 " changed_at) VALUES (?, ?, ?, ?)"));
        q.addBindValue(code);
        q.addBindValue(blocked.value_or(current.value()->blocked) ? 1 : 0);
        q.addBindValue(expired.value_or(current.value()->expired) ? 1 : 0);
        q.addBindValue(timestamp(now));
        return exec(q, "change a code's flags");
    });
}

Status ServiceStore::clearCodeFlags(const QString &code)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM code_flags WHERE code = ?"));
    q.addBindValue(code);
    return exec(q, "restore a code's flags");
}

Status ServiceStore::addBundle(const BundleRecord &bundle)
{
    return transaction([&]() -> Status {
        QSqlQuery known(QSqlDatabase::database(m_connectionName, false));
        known.prepare(QStringLiteral("SELECT 1 FROM bundles WHERE version = ?"));
        known.addBindValue(bundle.version);
        if (Status s = exec(known, "look up a bundle"); !s)
            return s;
        if (known.next())
            return Error::make(ErrorCode::InvalidInput, QStringLiteral("version-exists"),
                               tr("A bundle with the version %1 was published before; publish a "
                                  "new version.")
                                   .arg(bundle.version));
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        q.prepare(QStringLiteral("INSERT INTO bundles (version, released, records, signed_object,"
                                 " published_at) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(bundle.version);
        q.addBindValue(timestamp(bundle.released));
        q.addBindValue(bundle.records);
        q.addBindValue(QString::fromUtf8(StrictJson::canonical(bundle.signedObject)));
        q.addBindValue(timestamp(bundle.publishedAt));
        return exec(q, "publish a bundle");
    });
}

Result<std::optional<BundleRecord>> ServiceStore::latestBundle() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT version, released, records, signed_object, published_at"
                             " FROM bundles ORDER BY id DESC LIMIT 1"));
    if (Status s = exec(q, "read the current bundle"); !s)
        return s.error();
    if (!q.next())
        return std::optional<BundleRecord>();
    auto object = StrictJson::parseObject(q.value(3).toString().toUtf8());
    if (!object)
        return object.error();
    return std::optional<BundleRecord>(BundleRecord {
        q.value(0).toString(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
        q.value(2).toLongLong(), object.value(),
        QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs)});
}

} // namespace LightAgent::Service
