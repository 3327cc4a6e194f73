#include "ActivationEndpoint.h"

#include "LicenseIssuer.h"
#include "ServiceStore.h"
#include "core/Clock.h"
#include "core/Crypto.h"
#include "provision/WireNames.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcService, "lightagent.service", QtWarningMsg)

namespace LightAgent::Service {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::Service::ActivationEndpoint", text);
}

Error refusal(QLatin1String wireCode, const QString &message)
{
    return Error::make(ErrorCode::Refused, QString(wireCode), message);
}

QLatin1String statusOf(const CodeRecord &code, const QDate &today)
{
    if (code.blocked)
        return Wire::CheckStatus::Blocked;
    if (code.expired || code.license.isPast(today))
        return Wire::CheckStatus::Expired;
    return Wire::CheckStatus::Active;
}

} // namespace

ActivationEndpoint::ActivationEndpoint(ServiceStore &store, const LicenseIssuer &issuer,
                                       const QString &product, const Clock &clock)
    : m_store(store)
    , m_issuer(issuer)
    , m_product(product)
    , m_clock(clock)
{ }

ServiceReply ActivationEndpoint::activate(const QByteArray &body)
{
    return answer(Wire::Path::Activations, body,
                  [this](const ActivationRequest &request) { return grant(request); });
}

ServiceReply ActivationEndpoint::check(const QByteArray &body)
{
    return answer(Wire::Path::ActivationCheck, body,
                  [this](const ActivationRequest &request) { return checkStatus(request); });
}

ServiceReply ActivationEndpoint::answer(const QString &endpoint, const QByteArray &body,
                                        const Decision &decision)
{
    const QString digest = Crypto::sha256Hex(body);
    ServiceReply reply;
    const Status stored = m_store.transaction([&]() -> Status {
        auto decided = decide(body, decision);
        if (!decided)
            return decided.error(); // roll back whatever the decision wrote
        reply = decided.value();
        if (reply.errorCode.isEmpty())
            reply.body.insert(Wire::Response::ReceivedSha256, digest);
        return m_store.addReceipt(
            Receipt {m_clock.now(), endpoint, digest, static_cast<int>(reply.status)});
    });
    if (stored)
        return reply;
    // The details are for the operator's log, not for the client.
    qCWarning(lcService).noquote() << stored.error().message;
    return ServiceReply::failure(ServiceReply::StatusCode::InternalServerError,
                                 Wire::ErrorCode::Internal,
                                 tr("The licensing service could not process the request. Try "
                                    "again later."));
}

Result<ServiceReply> ActivationEndpoint::decide(const QByteArray &body, const Decision &decision)
{
    if (body.size() > MaxBodySize)
        return ServiceReply::failure(
            ServiceReply::StatusCode::PayloadTooLarge, Wire::ErrorCode::BadRequest,
            tr("The request body is larger than %1 bytes.").arg(MaxBodySize));
    const auto request = read(body);
    if (!request)
        return ServiceReply::fromError(request.error());
    const auto decided = decision(request.value());
    if (decided)
        return ServiceReply::success(decided.value());
    // A refusal is an answer; anything else (the database, signing) is a failure.
    if (decided.error().code != ErrorCode::Refused)
        return decided.error();
    return ServiceReply::fromError(decided.error());
}

Result<ActivationRequest> ActivationEndpoint::read(const QByteArray &body) const
{
    auto request = ActivationRequest::parse(body);
    if (request && request->solutionId != m_product)
        return refusal(Wire::ErrorCode::WrongProduct,
                       tr("This service activates \"%1\"; the request is for \"%2\".")
                           .arg(m_product, request->solutionId.left(60)));
    return request;
}

Result<CodeRecord> ActivationEndpoint::knownCode(const ActivationRequest &request) const
{
    auto code = m_store.code(request.code);
    if (!code)
        return code.error();
    if (!code.value())
        return refusal(Wire::ErrorCode::CodeNotFound,
                       tr("There is no such activation code. Check that it was entered as "
                          "received."));
    return *code.value();
}

Result<QJsonObject> ActivationEndpoint::grant(const ActivationRequest &request)
{
    auto code = knownCode(request);
    if (!code)
        return code.error();
    if (code->blocked)
        return refusal(Wire::ErrorCode::CodeBlocked,
                       tr("The activation code has been blocked by the vendor."));
    if (code->expired || code->license.isPast(m_clock.today()))
        return refusal(Wire::ErrorCode::CodeExpired,
                       tr("The activation code has expired and can no longer be used."));
    auto known = m_store.isActivated(code->code, request.svmId);
    auto used = m_store.activatedSvmCount(code->code);
    if (!known || !used)
        return known ? used.error() : known.error();
    if (!known.value() && used.value() >= code->activationLimit)
        return refusal(Wire::ErrorCode::ActivationLimit,
                       tr("The activation code has been used on %1 of its %2 permitted SVMs.")
                           .arg(used.value())
                           .arg(code->activationLimit));
    const QDateTime now = m_clock.now();
    const QJsonObject document = m_issuer.licenseDocument(code.value(), request.svmId, now);
    auto key = m_issuer.keyFile(document);
    if (!key)
        return key.error();
    const Status recorded = m_store.addActivation(
        ActivationRecord {code->code, request.svmId, request.installationId,
                          document.value(Wire::LicenseField::Serial).toString(), now});
    if (!recorded)
        return recorded.error();
    return QJsonObject {{Wire::Response::Key, key.value()},
                        {Wire::Response::RecheckAfterSeconds, RecheckAfterSeconds}};
}

Result<QJsonObject> ActivationEndpoint::checkStatus(const ActivationRequest &request) const
{
    auto code = knownCode(request);
    if (!code)
        return code.error();
    auto known = m_store.isActivated(code->code, request.svmId);
    if (!known)
        return known.error();
    if (!known.value())
        return refusal(Wire::ErrorCode::CodeNotFound,
                       tr("This SVM has not been activated with the activation code."));
    return QJsonObject {{Wire::Response::Status, statusOf(code.value(), m_clock.today())},
                        {Wire::Response::RecheckAfterSeconds, RecheckAfterSeconds}};
}

} // namespace LightAgent::Service
