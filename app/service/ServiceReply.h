// One answer of the licensing service: an HTTP status and a JSON body, either the
// documented success object or {"error": {"code": C, "message": M}} (DESIGN §3.1).
#pragma once

#include "core/Result.h"

#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QLatin1String>
#include <QString>

namespace LightAgent::Service {

struct ServiceReply
{
    using StatusCode = QHttpServerResponder::StatusCode;

    StatusCode status = StatusCode::Ok;
    QJsonObject body;
    QString errorCode; // the wire error code; empty on success

    static ServiceReply success(const QJsonObject &body);
    static ServiceReply failure(StatusCode status, QLatin1String code, const QString &message);
    // An error whose reason is a wire error code, with that code's HTTP status.
    static ServiceReply fromError(const Error &error);

    QByteArray bytes() const; // canonical JSON
    QHttpServerResponse toResponse() const;
};

} // namespace LightAgent::Service
