// Publishes database bundles (DESIGN §3.3): the document {"version", "released",
// "records"} signed like a key file with the format "lightagent-bundle/1" and kept
// in the service's store, where the update endpoint answers with the latest one.
#pragma once

#include "ServiceStore.h"
#include "core/Result.h"

#include <QDateTime>
#include <QString>

namespace LightAgent::Service {

class LicenseIssuer;

class BundlePublisher
{
public:
    static constexpr qint64 DemoRecords = 1250000;

    BundlePublisher(ServiceStore &store, const LicenseIssuer &issuer);

    // Reasons: "usage" for a malformed version, release time or count,
    // "version-exists" for a version published before.
    Result<BundleRecord> publish(const QString &version, const QDateTime &released, qint64 records,
                                 const QDateTime &now);
    // A first bundle, released now, when none was ever published: a fresh service
    // answers updates from its first start.
    Status ensureOne(const QDateTime &now);

    // The version a bundle released at `released` gets by default: 20260501.0600.
    static QString defaultVersion(const QDateTime &released);

private:
    ServiceStore &m_store;
    const LicenseIssuer &m_issuer;
};

} // namespace LightAgent::Service
