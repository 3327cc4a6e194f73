// Builds the envelopes of DESIGN §3.1, §3.2 and §3.3 from the platform facts, the
// profile and the key store. This is the only place the data is collected; the
// preview, the sender and the journal all take the envelope it returns.
#pragma once

#include "RequestEnvelope.h"
#include "core/Result.h"

#include <memory>

namespace LightAgent {

class ActivationCode;
class Clock;
class StateDatabase;
class VendorProfile;

struct RequestSources
{
    const VendorProfile &profile;
    std::shared_ptr<StateDatabase> database;
    QString localization; // BCP 47 tag of the interface language actually loaded
    const Clock &clock;
};

namespace RequestBuilder {

Result<RequestEnvelope> activation(const RequestSources &sources, const ActivationCode &code);
Result<RequestEnvelope> licenseCheck(const RequestSources &sources, const ActivationCode &code);
// §3.3 with a new updateTaskId; `licenseId` is the active key's serial (null when empty,
// so a preview without a key still shows every field).
Result<RequestEnvelope> databaseUpdate(const RequestSources &sources, const QString &licenseId);

// "2026-11-29T06:00:00Z"
QString svmDateTime(const QDateTime &utc);

} // namespace RequestBuilder
} // namespace LightAgent
