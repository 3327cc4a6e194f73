// The body of a database update request (DESIGN §3.3) as the service reads it:
// exactly solutionId, licenseId, installationId, updateTaskId and solutionVersion,
// each of the documented kind. Errors carry the wire error code as their reason
// (BAD_REQUEST).
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace LightAgent::Service {

struct UpdateRequest
{
    QString solutionId;
    QString licenseId; // a license serial, XXX-XXXXXX-XXXXXXXX
    QString installationId; // lower-case UUID without braces
    QString updateTaskId; // lower-case UUID without braces
    QString solutionVersion;

    static Result<UpdateRequest> parse(const QByteArray &body);
};

} // namespace LightAgent::Service
