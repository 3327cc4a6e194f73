// POST /v1/activations and /v1/activations/check (DESIGN §3.1, §3.2): reads the
// request, decides against the store, answers, and leaves a receipt of what it
// received (the SHA-256 of the exact body bytes) and how it answered.
#pragma once

#include "ActivationRequest.h"
#include "ServiceReply.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace LightAgent {
class Clock;
}

namespace LightAgent::Service {

class LicenseIssuer;
class ServiceStore;
struct CodeRecord;

class ActivationEndpoint
{
public:
    static constexpr qsizetype MaxBodySize = 64 * 1024;
    static constexpr int RecheckAfterSeconds = 86400;

    ActivationEndpoint(ServiceStore &store, const LicenseIssuer &issuer, const QString &product,
                       const Clock &clock);

    ServiceReply activate(const QByteArray &body);
    ServiceReply check(const QByteArray &body);

private:
    Result<ActivationRequest> read(const QByteArray &body) const;
    Result<CodeRecord> knownCode(const ActivationRequest &request) const;
    Result<QJsonObject> grant(const ActivationRequest &request);
    Result<QJsonObject> checkStatus(const ActivationRequest &request) const;

    // A refusal is a Refused error whose reason is the wire error code.
    using Decision = std::function<Result<QJsonObject>(const ActivationRequest &)>;
    // Answers and records the receipt in one transaction, so a granted activation
    // and its receipt are stored together or not at all.
    ServiceReply answer(const QString &endpoint, const QByteArray &body, const Decision &decision);
    // The reply to send, or an error when the service itself failed.
    Result<ServiceReply> decide(const QByteArray &body, const Decision &decision);

    ServiceStore &m_store;
    const LicenseIssuer &m_issuer;
    QString m_product;
    const Clock &m_clock;
};

} // namespace LightAgent::Service
