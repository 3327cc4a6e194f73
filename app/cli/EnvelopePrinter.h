// Shows an envelope as lightagent-ctl prints it before sending: the exact request
// bytes, the SHA-256, and every field in the vendor's words.
#pragma once

#include <QJsonObject>

namespace LightAgent {
class RequestEnvelope;
class VendorProfile;
} // namespace LightAgent

namespace LightAgent::Ctl {

// The profile names the host that receives the request ("Received by: …").
void printEnvelope(const RequestEnvelope &envelope, const VendorProfile &profile);
QJsonObject envelopeToJson(const RequestEnvelope &envelope); // {method, url, headers, body, sha256}

} // namespace LightAgent::Ctl
