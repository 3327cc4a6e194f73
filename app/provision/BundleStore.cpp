#include "BundleStore.h"

#include "core/StateDatabase.h"
#include "core/VendorProfile.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace LightAgent {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::BundleStore", text);
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QJsonValue jsonTextOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

VerifiedCache<DatabaseBundle> &bundleCache()
{
    static VerifiedCache<DatabaseBundle> cache(&DatabaseBundle::parse);
    return cache;
}

UpdateRunResult runResultFromWire(const QString &name)
{
    for (const UpdateRunResult result : {UpdateRunResult::Installed, UpdateRunResult::UpToDate,
                                         UpdateRunResult::Failed, UpdateRunResult::Refused}) {
        if (toWireName(result) == name)
            return result;
    }
    return UpdateRunResult::Failed;
}

} // namespace

QString toWireName(UpdateRunResult result)
{
    switch (result) {
    case UpdateRunResult::Installed:
        return QStringLiteral("installed");
    case UpdateRunResult::UpToDate:
        return QStringLiteral("up-to-date");
    case UpdateRunResult::Failed:
        return QStringLiteral("failed");
    case UpdateRunResult::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

QJsonObject UpdateRun::toJson() const
{
    return QJsonObject {
        {QStringLiteral("at"), at.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("result"), toWireName(result)},
        {QStringLiteral("reason"), jsonTextOrNull(reason)},
        {QStringLiteral("message"), jsonTextOrNull(message)},
        {QStringLiteral("version"), jsonTextOrNull(version)},
        {QStringLiteral("journalSeq"), journalSeq > 0 ? QJsonValue(journalSeq) : QJsonValue()},
    };
}

BundleStore::BundleStore(std::shared_ptr<StateDatabase> database, const VendorProfile &profile)
    : m_database(std::move(database))
    , m_profile(profile)
{ }

const VerifiedCache<DatabaseBundle> &BundleStore::verifiedBundles()
{
    return bundleCache();
}

Result<std::optional<InstalledBundle>> BundleStore::current() const
{
    return readCurrent();
}

Result<std::optional<InstalledBundle>> BundleStore::readCurrent() const
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT signed_object, installed_at FROM bundle WHERE id = 1"));
    if (Status s = m_database->exec(
            q, QT_TRANSLATE_NOOP("LightAgent::StateDatabase", "read the database bundle"));
        !s)
        return s.error();
    if (!q.next())
        return std::optional<InstalledBundle>();
    auto bundle = bundleCache().verified(q.value(0).toByteArray(), m_profile);
    if (!bundle)
        return Error::make(ErrorCode::Database, QStringLiteral("stored-bundle-invalid"),
                           tr("The installed database bundle no longer passes verification with "
                              "this vendor profile: %1 Run an update to replace it.")
                               .arg(bundle.error().message));
    const QDateTime installedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
    return std::optional<InstalledBundle>(InstalledBundle {bundle.value(), installedAt});
}

Result<bool> BundleStore::install(const DatabaseBundle &bundle, UpdateRun run)
{
    bool changed = false;
    const Status written = m_database->write([&]() -> Status {
        // A stored bundle this profile no longer trusts is simply replaced.
        auto installed = readCurrent();
        if (!installed && installed.error().reason != QLatin1String("stored-bundle-invalid"))
            return installed.error();
        const std::optional<InstalledBundle> before =
            installed ? installed.value() : std::optional<InstalledBundle>();
        if (before && bundle.released() < before->bundle.released())
            return Error::make(ErrorCode::Refused, QStringLiteral("older-bundle"),
                               tr("The service offered databases version %1, released before "
                                  "the installed version %2; the installed databases were kept.")
                                   .arg(bundle.version(), before->bundle.version()));
        changed = !before || before->bundle.version() != bundle.version() ||
            before->bundle.released() != bundle.released();
        run.version = bundle.version();
        run.result = changed ? UpdateRunResult::Installed : UpdateRunResult::UpToDate;
        if (changed) {
            QSqlQuery q(m_database->connection());
            q.prepare(QStringLiteral("INSERT OR REPLACE INTO bundle (id, signed_object, "
                                     "installed_at) VALUES (1, ?, ?)"));
            q.addBindValue(bundle.bytes());
            q.addBindValue(run.at.toUTC().toString(Qt::ISODate));
            if (Status s = m_database->exec(
                    q, QT_TRANSLATE_NOOP("LightAgent::StateDatabase", "install the databases"));
                !s)
                return s;
        }
        return writeRun(run);
    });
    if (!written)
        return written.error();
    return changed;
}

Status BundleStore::recordRun(const UpdateRun &run)
{
    return m_database->write([&]() -> Status { return writeRun(run); });
}

Status BundleStore::writeRun(const UpdateRun &run)
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO update_run (id, run_at, result, reason, "
                             "message, version, journal_seq) VALUES (1, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(run.at.toUTC().toString(Qt::ISODate));
    q.addBindValue(toWireName(run.result));
    q.addBindValue(textOrNull(run.reason));
    q.addBindValue(textOrNull(run.message));
    q.addBindValue(textOrNull(run.version));
    q.addBindValue(run.journalSeq > 0 ? QVariant(run.journalSeq) : QVariant());
    return m_database->exec(
        q, QT_TRANSLATE_NOOP("LightAgent::StateDatabase", "record the update run"));
}

Result<std::optional<UpdateRun>> BundleStore::lastRun() const
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT run_at, result, reason, message, version, journal_seq "
                             "FROM update_run WHERE id = 1"));
    if (Status s = m_database->exec(
            q, QT_TRANSLATE_NOOP("LightAgent::StateDatabase", "read the last update run"));
        !s)
        return s.error();
    if (!q.next())
        return std::optional<UpdateRun>();
    UpdateRun run;
    run.at = QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
    run.result = runResultFromWire(q.value(1).toString());
    run.reason = q.value(2).toString();
    run.message = q.value(3).toString();
    run.version = q.value(4).toString();
    run.journalSeq = q.value(5).toLongLong();
    return std::optional<UpdateRun>(run);
}

} // namespace LightAgent
