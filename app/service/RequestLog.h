// One line on stderr per request: time, method, path, status, body size and the
// body's SHA-256. Never the body itself: it holds the activation code.
#pragma once

#include "ServiceReply.h"

class QHttpServerRequest;

namespace LightAgent::Service {

class RequestLog
{
public:
    static QString line(const QHttpServerRequest &request, const ServiceReply &reply);
    static void write(const QHttpServerRequest &request, const ServiceReply &reply);
};

} // namespace LightAgent::Service
