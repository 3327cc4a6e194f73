#include "BundlePublisher.h"

#include "LicenseIssuer.h"
#include "provision/DatabaseBundle.h"
#include "provision/WireNames.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace LightAgent::Service {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::Service::BundlePublisher", text);
}

Error usage(const QString &message)
{
    return Error::make(ErrorCode::InvalidInput, QStringLiteral("usage"), message);
}

// What the console will accept (DatabaseBundle::parse), checked before signing.
Status checkTerms(const QString &version, const QDateTime &released, qint64 records)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$"));
    if (!shape.match(version).hasMatch())
        return usage(tr("The bundle version \"%1\" must be 1 to 64 letters, digits, dots, "
                        "dashes or underscores, starting with a letter or digit.")
                         .arg(version.left(80)));
    if (!released.isValid())
        return usage(tr("The release time must be a UTC time such as 2026-05-01T06:00:00Z."));
    if (records < 1 || records > DatabaseBundle::MaxRecords)
        return usage(tr("The record count must be a whole number from 1 to %1.")
                         .arg(DatabaseBundle::MaxRecords));
    return {};
}

} // namespace

BundlePublisher::BundlePublisher(ServiceStore &store, const LicenseIssuer &issuer)
    : m_store(store)
    , m_issuer(issuer)
{ }

QString BundlePublisher::defaultVersion(const QDateTime &released)
{
    return released.toUTC().toString(QStringLiteral("yyyyMMdd.HHmm"));
}

Result<BundleRecord> BundlePublisher::publish(const QString &version, const QDateTime &released,
                                              qint64 records, const QDateTime &now)
{
    if (Status s = checkTerms(version, released, records); !s)
        return s.error();
    // Whole seconds: the document's time has no fraction.
    const QDateTime releasedUtc =
        QDateTime::fromSecsSinceEpoch(released.toSecsSinceEpoch(), Qt::UTC);
    const QJsonObject document {
        {Wire::BundleField::Version, version},
        {Wire::BundleField::Released, releasedUtc.toString(Qt::ISODate)},
        {Wire::BundleField::Records, records},
    };
    auto signedObject = m_issuer.signedObject(QLatin1String(DatabaseBundle::Format), document);
    if (!signedObject)
        return signedObject.error();
    const BundleRecord record {version, releasedUtc, records, signedObject.value(), now.toUTC()};
    if (Status s = m_store.addBundle(record); !s)
        return s.error();
    return record;
}

Status BundlePublisher::ensureOne(const QDateTime &now)
{
    auto latest = m_store.latestBundle();
    if (!latest)
        return latest.error();
    if (latest.value())
        return {};
    auto published = publish(defaultVersion(now), now, DemoRecords, now);
    return published ? Status() : Status(published.error());
}

} // namespace LightAgent::Service
