#include "UpdateEndpoint.h"

#include "ServiceStore.h"
#include "core/Clock.h"
#include "core/Crypto.h"
#include "provision/WireNames.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcUpdates, "lightagent.service.updates", QtWarningMsg)

namespace LightAgent::Service {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::Service::UpdateEndpoint", text);
}

} // namespace

UpdateEndpoint::UpdateEndpoint(ServiceStore &store, const QString &product, const Clock &clock)
    : m_store(store)
    , m_product(product)
    , m_clock(clock)
{ }

ServiceReply UpdateEndpoint::update(const QByteArray &body)
{
    const QString digest = Crypto::sha256Hex(body);
    ServiceReply reply;
    const Status stored = m_store.transaction([&]() -> Status {
        auto decided = decide(body);
        if (!decided)
            return decided.error();
        reply = decided.value();
        if (reply.errorCode.isEmpty())
            reply.body.insert(Wire::Response::ReceivedSha256, digest);
        return m_store.addReceipt(Receipt {m_clock.now(), QString(Wire::Path::Updates), digest,
                                           static_cast<int>(reply.status)});
    });
    if (stored)
        return reply;
    // The details are for the operator's log, not for the client.
    qCWarning(lcUpdates).noquote() << stored.error().message;
    return ServiceReply::failure(ServiceReply::StatusCode::InternalServerError,
                                 Wire::ErrorCode::Internal,
                                 tr("The update service could not process the request. Try "
                                    "again later."));
}

Result<ServiceReply> UpdateEndpoint::decide(const QByteArray &body) const
{
    if (body.size() > MaxBodySize)
        return ServiceReply::failure(
            ServiceReply::StatusCode::PayloadTooLarge, Wire::ErrorCode::BadRequest,
            tr("The request body is larger than %1 bytes.").arg(MaxBodySize));
    const auto request = UpdateRequest::parse(body);
    if (!request)
        return ServiceReply::fromError(request.error());
    if (request.value().solutionId != m_product)
        return ServiceReply::failure(ServiceReply::StatusCode::UnprocessableEntity,
                                     Wire::ErrorCode::WrongProduct,
                                     tr("This service updates \"%1\"; the request is for \"%2\".")
                                         .arg(m_product, request.value().solutionId.left(60)));
    auto bundle = m_store.latestBundle();
    if (!bundle)
        return bundle.error();
    if (!bundle.value())
        return Error::make(ErrorCode::Internal, QStringLiteral("no-bundle"),
                           tr("No database bundle has been published."));
    return ServiceReply::success(
        QJsonObject {{Wire::Response::Bundle, bundle.value()->signedObject}});
}

} // namespace LightAgent::Service
