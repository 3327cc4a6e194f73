// The licensing service's state in its own SQLite file: the codes it knows, every
// activation it granted, and a receipt for every request it answered.
#pragma once

#include "LicenseTemplate.h"
#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace LightAgent::Service {

struct CodeRecord
{
    QString code; // normalized, XXXXX-XXXXX-XXXXX-XXXXX
    LicenseTemplate license;
    int activationLimit = 1; // distinct SVMs
    bool blocked = false;
    bool expired = false;
};

struct ActivationRecord
{
    QString code;
    QString svmId;
    QString installationId;
    QString serial;
    QDateTime time;
};

// A database bundle the operator published (DESIGN §3.3): its document's values and
// the signed object the update endpoint answers with.
struct BundleRecord
{
    QString version;
    QDateTime released;
    qint64 records = 0;
    QJsonObject signedObject;
    QDateTime publishedAt;
};

struct Receipt
{
    QDateTime time;
    QString endpoint;
    QString bodySha256;
    int status = 0;
};

class ServiceStore
{
public:
    // Creates the file and its directory when missing.
    static Result<std::unique_ptr<ServiceStore>> open(const QString &path);
    ~ServiceStore();
    ServiceStore(const ServiceStore &) = delete;
    ServiceStore &operator=(const ServiceStore &) = delete;

    // Runs body inside BEGIN IMMEDIATE ... COMMIT; an error rolls everything back.
    Status transaction(const std::function<Status()> &body);

    // Adds the codes and updates their terms and flags; activations are untouched.
    Status seed(const QList<CodeRecord> &codes);

    Result<std::optional<CodeRecord>> code(const QString &code) const;
    Result<int> activatedSvmCount(const QString &code) const;
    Result<bool> isActivated(const QString &code, const QString &svmId) const;
    Status addActivation(const ActivationRecord &activation);
    Status addReceipt(const Receipt &receipt);

    // The operator's flags for a code, kept apart from the codes file so that seeding
    // on the next start does not undo them; code() reports them over the file's.
    // nullopt leaves a flag as it is. Reason "unknown-code" for a code it does not know.
    Status setCodeFlags(const QString &code, std::optional<bool> blocked,
                        std::optional<bool> expired, const QDateTime &now);
    // Back to the codes file's flags.
    Status clearCodeFlags(const QString &code);

    // Reason "version-exists" when that version was published before.
    Status addBundle(const BundleRecord &bundle);
    // The bundle published last, if any.
    Result<std::optional<BundleRecord>> latestBundle() const;

private:
    explicit ServiceStore(const QString &path, const QString &connectionName);
    Status migrate();
    Status exec(QSqlQuery &query, const char *what) const;
    Status upsertCode(const CodeRecord &code);

    QString m_path;
    QString m_connectionName;
};

} // namespace LightAgent::Service
