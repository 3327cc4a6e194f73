#include "UpdateRequest.h"

#include "core/StrictJson.h"
#include "provision/WireNames.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace LightAgent::Service {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::Service::UpdateRequest", text);
}

Error badRequest(const QString &message)
{
    return Error::make(ErrorCode::InvalidInput, QString(Wire::ErrorCode::BadRequest), message);
}

bool matches(const QJsonValue &v, const char *pattern)
{
    const QRegularExpression shape(QString::fromLatin1(pattern));
    return v.isString() && shape.match(v.toString()).hasMatch();
}

bool isText(const QJsonValue &v)
{
    return v.isString() && !v.toString().isEmpty();
}

bool isSerial(const QJsonValue &v)
{
    return matches(v, "^[0-9A-F]{3}-[0-9A-F]{6}-[0-9A-F]{8}$");
}

bool isUuid(const QJsonValue &v)
{
    return matches(v,
                   "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                   "[0-9a-fA-F]{12}$");
}

bool isFourPartVersion(const QJsonValue &v)
{
    return matches(v, "^\\d{1,5}(\\.\\d{1,9}){3}$");
}

struct FieldRule
{
    QLatin1String name;
    bool (*accepts)(const QJsonValue &);
    const char *expected; // completes "The field "x" must be ..."
};

const FieldRule Rules[] = {
    {Wire::Field::SolutionId, isText,
     QT_TRANSLATE_NOOP("LightAgent::Service::UpdateRequest", "text")},
    {Wire::UpdateField::LicenseId, isSerial,
     QT_TRANSLATE_NOOP("LightAgent::Service::UpdateRequest",
                       "a license serial such as 0C0-111111-22222222")},
    {Wire::Field::InstallationId, isUuid,
     QT_TRANSLATE_NOOP("LightAgent::Service::UpdateRequest", "a UUID")},
    {Wire::UpdateField::UpdateTaskId, isUuid,
     QT_TRANSLATE_NOOP("LightAgent::Service::UpdateRequest", "a UUID")},
    {Wire::Field::SolutionVersion, isFourPartVersion,
     QT_TRANSLATE_NOOP("LightAgent::Service::UpdateRequest",
                       "a four-part version such as 6.2.0.187")},
};

// Exactly the documented names: the service takes no data it was not told to take.
Status checkFieldSet(const QJsonObject &object)
{
    const auto &names = Wire::UpdateFields;
    for (const QLatin1String name : names) {
        if (!object.contains(name))
            return badRequest(tr("The request has no \"%1\" field.").arg(name));
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (std::find(names.begin(), names.end(), it.key()) == names.end())
            return badRequest(tr("The request has the field \"%1\", which an update request "
                                 "must not have.")
                                  .arg(it.key().left(60)));
    }
    return {};
}

} // namespace

Result<UpdateRequest> UpdateRequest::parse(const QByteArray &body)
{
    auto parsed = StrictJson::parseObject(body);
    if (!parsed)
        return badRequest(
            tr("The request body is not a JSON object: %1").arg(parsed.error().message));
    const QJsonObject &object = parsed.value();
    if (Status s = checkFieldSet(object); !s)
        return s.error();
    for (const FieldRule &rule : Rules) {
        if (!rule.accepts(object.value(rule.name)))
            return badRequest(tr("The field \"%1\" must be %2.").arg(rule.name, tr(rule.expected)));
    }
    UpdateRequest request;
    request.solutionId = object.value(Wire::Field::SolutionId).toString();
    request.licenseId = object.value(Wire::UpdateField::LicenseId).toString();
    request.installationId = object.value(Wire::Field::InstallationId).toString().toLower();
    request.updateTaskId = object.value(Wire::UpdateField::UpdateTaskId).toString().toLower();
    request.solutionVersion = object.value(Wire::Field::SolutionVersion).toString();
    return request;
}

} // namespace LightAgent::Service
