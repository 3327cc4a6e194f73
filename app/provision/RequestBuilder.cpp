#include "RequestBuilder.h"

#include "WireNames.h"
#include "core/Clock.h"
#include "core/StateDatabase.h"
#include "core/VendorProfile.h"
#include "license/ActivationCode.h"
#include "license/KeyStore.h"
#include "platform/Identity.h"
#include "platform/OsFacts.h"

#include <QJsonArray>
#include <QUuid>

namespace LightAgent::RequestBuilder {

namespace {

// The OS does not change while the process runs; probe it once, when first needed.
const OsFacts &osFacts()
{
    static const OsFacts facts = OsFacts::collect();
    return facts;
}

QJsonObject osObject(const OsFacts &facts)
{
    using namespace Wire::OsField;
    return QJsonObject {{QString(Family), facts.family},
                        {QString(Version), facts.version},
                        {QString(Edition), facts.edition},
                        {QString(Build), facts.build},
                        {QString(UpdateNumber), facts.updateNumber},
                        {QString(ExtendedEdition), facts.extendedEdition}};
}

Result<QJsonObject> activationBody(const RequestSources &sources, const ActivationCode &code)
{
    namespace F = Wire::Field;
    Identity identity(sources.database);
    auto svm = identity.svmId();
    if (!svm)
        return svm.error();
    auto installation = identity.installationId();
    if (!installation)
        return installation.error();
    KeyStore store(sources.database, sources.profile);
    auto keys = store.effective(sources.clock.today());
    if (!keys)
        return keys.error();
    const QJsonValue licenseSolutionId = keys.value().active
        ? QJsonValue(keys.value().active->license().product)
        : QJsonValue(QJsonValue::Null);
    return QJsonObject {
        {QString(F::ActivationCode), code.text()},
        {QString(F::SvmDateTime), svmDateTime(sources.clock.now())},
        {QString(F::SolutionId), sources.profile.solutionId()},
        {QString(F::LicenseSolutionId), licenseSolutionId},
        {QString(F::CompatibleApplicationIds),
         QJsonArray::fromStringList(sources.profile.compatibleApplicationIds())},
        {QString(F::SolutionVersion), sources.profile.solutionVersion()},
        {QString(F::Localization), sources.localization},
        {QString(F::SvmId), svm.value()},
        {QString(F::InstallationId), installation.value()},
        {QString(F::Os), osObject(osFacts())},
    };
}

QUrl endpoint(const QUrl &base, QLatin1String path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + QString(path));
    return url;
}

Result<RequestEnvelope> build(const RequestSources &sources, const ActivationCode &code,
                              TransmissionKind kind, QLatin1String path)
{
    auto body = activationBody(sources, code);
    if (!body)
        return body.error();
    return RequestEnvelope::postJson(kind, endpoint(sources.profile.activationUrl(), path),
                                     body.value(), {QString(Wire::Field::ActivationCode)});
}

} // namespace

QString svmDateTime(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

Result<RequestEnvelope> activation(const RequestSources &sources, const ActivationCode &code)
{
    return build(sources, code, TransmissionKind::Activation, Wire::Path::Activations);
}

Result<RequestEnvelope> licenseCheck(const RequestSources &sources, const ActivationCode &code)
{
    return build(sources, code, TransmissionKind::LicenseCheck, Wire::Path::ActivationCheck);
}

Result<RequestEnvelope> databaseUpdate(const RequestSources &sources, const QString &licenseId)
{
    namespace F = Wire::Field;
    namespace U = Wire::UpdateField;
    auto installation = Identity(sources.database).installationId();
    if (!installation)
        return installation.error();
    const QJsonObject body {
        {QString(F::SolutionId), sources.profile.solutionId()},
        {QString(U::LicenseId), licenseId.isEmpty() ? QJsonValue() : QJsonValue(licenseId)},
        {QString(F::InstallationId), installation.value()},
        {QString(U::UpdateTaskId), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QString(F::SolutionVersion), sources.profile.solutionVersion()},
    };
    return RequestEnvelope::postJson(TransmissionKind::DatabaseUpdate,
                                     endpoint(sources.profile.updateUrl(), Wire::Path::Updates),
                                     body);
}

} // namespace LightAgent::RequestBuilder
