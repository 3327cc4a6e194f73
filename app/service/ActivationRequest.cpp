#include "ActivationRequest.h"

#include "core/StrictJson.h"
#include "license/ActivationCode.h"
#include "provision/WireNames.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace LightAgent::Service {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::Service::ActivationRequest", text);
}

Error badRequest(const QString &message)
{
    return Error::make(ErrorCode::InvalidInput, QString(Wire::ErrorCode::BadRequest), message);
}

bool isText(const QJsonValue &v)
{
    return v.isString();
}

bool isTextOrNull(const QJsonValue &v)
{
    return v.isString() || v.isNull();
}

bool isUuid(const QJsonValue &v)
{
    static const QRegularExpression shape(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return v.isString() && shape.match(v.toString()).hasMatch();
}

bool isUtcDateTime(const QJsonValue &v)
{
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$"));
    return v.isString() && shape.match(v.toString()).hasMatch() &&
        QDateTime::fromString(v.toString(), Qt::ISODateWithMs).isValid();
}

bool isTextArray(const QJsonValue &v)
{
    const QJsonArray array = v.toArray();
    return v.isArray() && std::all_of(array.begin(), array.end(), [](const QJsonValue &item) {
               return item.isString();
           });
}

bool isFourPartVersion(const QJsonValue &v)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{1,5}(\\.\\d{1,9}){3}$"));
    return v.isString() && shape.match(v.toString()).hasMatch();
}

bool isLanguageTag(const QJsonValue &v)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    return v.isString() && shape.match(v.toString()).hasMatch();
}

bool isObject(const QJsonValue &v)
{
    return v.isObject();
}

struct FieldRule
{
    QLatin1String name;
    bool (*accepts)(const QJsonValue &);
    const char *expected; // completes "The field "x" must be ..."
};

const FieldRule Rules[] = {
    {Wire::Field::ActivationCode, isText,
     QT_TRANSLATE_NOOP("LightAgent::Service::ActivationRequest", "text")},
    {Wire::Field::SvmDateTime, isUtcDateTime,
     QT_TRANSLATE_NOOP("LightAgent::Service::ActivationRequest",
                       "a UTC date and time such as 2026-11-29T06:00:00Z")},
    {Wire::Field::SolutionId, isText,
     QT_TRANSLATE_NOOP("LightAgent::Service::ActivationRequest", "text")},
    {Wire::Field::LicenseSolutionId, isTextOrNull,
     QT_TRANSLATE_NOOP("LightAgent::Service::ActivationRequest", "text or null")},
    {Wire::Field::CompatibleApplicationIds, isTextArray,
     QT_TRANSLATE_NOOP("LightAgent::Service::ActivationRequest", "an array of texts")},
    {Wire::Field::SolutionVersion, isFourPartVersion,
     QT_TRANSLATE_NOOP("LightAgent::Service::ActivationRequest",
                       "a four-part version such as 6.2.0.187")},
    {Wire::Field::Localization, isLanguageTag,
     QT_TRANSLATE_NOOP("LightAgent::Service::ActivationRequest", "a language tag such as ru-RU")},
    {Wire::Field::SvmId, isUuid,
     QT_TRANSLATE_NOOP("LightAgent::Service::ActivationRequest", "a UUID")},
    {Wire::Field::InstallationId, isUuid,
     QT_TRANSLATE_NOOP("LightAgent::Service::ActivationRequest", "a UUID")},
    {Wire::Field::Os, isObject,
     QT_TRANSLATE_NOOP("LightAgent::Service::ActivationRequest", "an object")},
};

// Exactly the listed names: the service takes no data it was not documented to take.
template<std::size_t N>
Status checkFieldSet(const QJsonObject &object, const std::array<QLatin1String, N> &names,
                     const QString &where)
{
    for (const QLatin1String name : names) {
        if (!object.contains(name))
            return badRequest(tr("The %1 has no \"%2\" field.").arg(where, name));
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (std::find(names.begin(), names.end(), it.key()) == names.end())
            return badRequest(tr("The %1 has the field \"%2\", which it must not have.")
                                  .arg(where, it.key().left(60)));
    }
    return {};
}

Status checkFieldKinds(const QJsonObject &body)
{
    for (const FieldRule &rule : Rules) {
        if (!rule.accepts(body.value(rule.name)))
            return badRequest(tr("The field \"%1\" must be %2.").arg(rule.name, tr(rule.expected)));
    }
    const QJsonObject os = body.value(Wire::Field::Os).toObject();
    if (Status s = checkFieldSet(os, Wire::OsFields, tr("\"os\" object")); !s)
        return s;
    for (const QLatin1String name : Wire::OsFields) {
        if (!os.value(name).isString())
            return badRequest(tr("The field \"os.%1\" must be text.").arg(name));
    }
    return {};
}

} // namespace

Result<ActivationRequest> ActivationRequest::parse(const QByteArray &body)
{
    auto parsed = StrictJson::parseObject(body);
    if (!parsed)
        return badRequest(
            tr("The request body is not a JSON object: %1").arg(parsed.error().message));
    const QJsonObject &object = parsed.value();
    if (Status s = checkFieldSet(object, Wire::ActivationFields, tr("request")); !s)
        return s.error();
    if (Status s = checkFieldKinds(object); !s)
        return s.error();
    auto code = ActivationCode::parse(object.value(Wire::Field::ActivationCode).toString());
    if (!code)
        return Error::make(ErrorCode::InvalidInput, QString(Wire::ErrorCode::InvalidCode),
                           code.error().message);
    ActivationRequest request;
    request.code = code->text();
    request.svmDateTime =
        QDateTime::fromString(object.value(Wire::Field::SvmDateTime).toString(), Qt::ISODateWithMs);
    request.solutionId = object.value(Wire::Field::SolutionId).toString();
    request.svmId = object.value(Wire::Field::SvmId).toString().toLower();
    request.installationId = object.value(Wire::Field::InstallationId).toString().toLower();
    return request;
}

} // namespace LightAgent::Service
