// The body of an activation or a periodic check (DESIGN §3.1, §3.2) as the service
// reads it: exactly the documented fields, each of the documented kind. Errors carry
// the wire error code as their reason (BAD_REQUEST, INVALID_CODE).
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace LightAgent::Service {

struct ActivationRequest
{
    QString code; // normalized, XXXXX-XXXXX-XXXXX-XXXXX
    QDateTime svmDateTime;
    QString solutionId;
    QString svmId; // lower-case UUID without braces
    QString installationId; // lower-case UUID without braces

    static Result<ActivationRequest> parse(const QByteArray &body);
};

} // namespace LightAgent::Service
