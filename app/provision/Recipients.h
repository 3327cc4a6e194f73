// Who receives each kind of transmission, named by the host it goes to (from the
// vendor profile's URLs), not only by the vendor's name: the agreement, every preview
// and the key inspection say it the same way. The demo profile's help and privacy
// links lead to a real vendor's public site, which these words make plain.
#pragma once

#include "RequestEnvelope.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace LightAgent {

class VendorProfile;

namespace Recipients {

// "click.kaspersky.com", "127.0.0.1:47443": the host, with the port when not 443.
QString host(const QUrl &url);
// The host and what it is, e.g. "127.0.0.1:47443 (the update service, on this
// computer)" or, for the demo profile, "click.kaspersky.com (the help redirector: a
// public site of a real vendor, not of Demo vendor)".
QString describe(const VendorProfile &profile, const QUrl &url, TransmissionKind kind);
// The profile's addresses for this kind of transmission: for help links, the help
// redirector and the privacy policy.
QList<QUrl> urls(const VendorProfile &profile, TransmissionKind kind);
// Every host that receives this kind of transmission under the profile, described.
QStringList ofKind(const VendorProfile &profile, TransmissionKind kind);

} // namespace Recipients
} // namespace LightAgent
