// POST /v1/updates (DESIGN §3.3): reads exactly the five documented fields, answers
// with the latest published bundle, and leaves a receipt of what it received (the
// SHA-256 of the exact body bytes) and how it answered. Any license may update here:
// whether the license level allows updates is the console's decision.
#pragma once

#include "ServiceReply.h"
#include "UpdateRequest.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace LightAgent {
class Clock;
}

namespace LightAgent::Service {

class ServiceStore;

class UpdateEndpoint
{
public:
    static constexpr qsizetype MaxBodySize = 16 * 1024;

    UpdateEndpoint(ServiceStore &store, const QString &product, const Clock &clock);

    ServiceReply update(const QByteArray &body);

private:
    // The reply to send, or an error when the service itself failed.
    Result<ServiceReply> decide(const QByteArray &body) const;

    ServiceStore &m_store;
    QString m_product;
    const Clock &m_clock;
};

} // namespace LightAgent::Service
