#include "RequestLog.h"

#include "core/Clock.h"
#include "core/Crypto.h"

#include <QHttpServerRequest>
#include <QMetaEnum>

#include <cstdio>

namespace LightAgent::Service {

QString RequestLog::line(const QHttpServerRequest &request, const ServiceReply &reply)
{
    const QByteArray body = request.body();
    const char *method = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(
        static_cast<int>(request.method()));
    const QString error = reply.errorCode.isEmpty() ? QStringLiteral("-") : reply.errorCode;
    return QStringLiteral("%1 %2 %3 %4 body=%5 sha256=%6 error=%7")
        .arg(Clock::instance().now().toString(Qt::ISODate),
             QString::fromLatin1(method ? method : "Unknown").toUpper(),
             request.url().path(QUrl::FullyEncoded).left(200),
             QString::number(static_cast<int>(reply.status)), QString::number(body.size()),
             Crypto::sha256Hex(body), error);
}

void RequestLog::write(const QHttpServerRequest &request, const ServiceReply &reply)
{
    const QByteArray text = line(request, reply).toUtf8() + '\n';
    std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stderr);
    std::fflush(stderr);
}

} // namespace LightAgent::Service
