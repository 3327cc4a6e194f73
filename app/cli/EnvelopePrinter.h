// Shows an envelope as lightagent-ctl prints it before sending: the exact request
// bytes, the SHA-256, the way it goes (directly, or the exact CONNECT request a proxy
// receives), and every field in the vendor's words.
#pragma once

#include <QJsonObject>

namespace LightAgent {
class RequestEnvelope;
class VendorProfile;
} // namespace LightAgent

namespace LightAgent::Ctl {

class CtlContext;

// The profile names the host that receives the request ("Received by: …"); the
// network settings say whether a proxy sees a CONNECT request first.
void printEnvelope(const RequestEnvelope &envelope, CtlContext &context);
QJsonObject envelopeToJson(const RequestEnvelope &envelope); // {method, url, headers, body, sha256}

} // namespace LightAgent::Ctl
