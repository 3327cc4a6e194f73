#include "ServiceReply.h"

#include "core/StrictJson.h"
#include "provision/WireNames.h"

#include <utility>

namespace LightAgent::Service {

namespace {

using StatusCode = ServiceReply::StatusCode;

constexpr std::pair<QLatin1String, StatusCode> StatusByCode[] = {
    {Wire::ErrorCode::InvalidCode, StatusCode::BadRequest},
    {Wire::ErrorCode::CodeNotFound, StatusCode::NotFound},
    {Wire::ErrorCode::CodeBlocked, StatusCode::Forbidden},
    {Wire::ErrorCode::CodeExpired, StatusCode::Gone},
    {Wire::ErrorCode::ActivationLimit, StatusCode::Conflict},
    {Wire::ErrorCode::WrongProduct, StatusCode::UnprocessableEntity},
    {Wire::ErrorCode::BadRequest, StatusCode::BadRequest},
    {Wire::ErrorCode::Internal, StatusCode::InternalServerError},
};

} // namespace

ServiceReply ServiceReply::success(const QJsonObject &body)
{
    return ServiceReply {StatusCode::Ok, body, QString()};
}

ServiceReply ServiceReply::failure(StatusCode status, QLatin1String code, const QString &message)
{
    const QJsonObject error {{Wire::Response::ErrorCode, code},
                             {Wire::Response::ErrorMessage, message}};
    return ServiceReply {status, QJsonObject {{Wire::Response::Error, error}}, QString(code)};
}

ServiceReply ServiceReply::fromError(const Error &error)
{
    for (const auto &[code, status] : StatusByCode) {
        if (error.reason == code)
            return failure(status, code, error.message);
    }
    // An error from below the protocol layer (the database, a file) is the
    // service's own failure, not the client's.
    return failure(StatusCode::InternalServerError, Wire::ErrorCode::Internal, error.message);
}

QByteArray ServiceReply::bytes() const
{
    return StrictJson::canonical(body);
}

QHttpServerResponse ServiceReply::toResponse() const
{
    QHttpServerResponse response(QByteArrayLiteral("application/json"), bytes(), status);
    // One request per connection (RequestGuard.h): the client must not reuse it.
    response.setHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    return response;
}

} // namespace LightAgent::Service
