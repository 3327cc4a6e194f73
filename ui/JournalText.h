// How journal entries read on screen, shared by the Journal page's table and its
// details pane, so that an outcome or a time reads the same in both places.
#pragma once

#include "StatusTone.h"
#include "provision/JournalEntry.h"

#include <QDateTime>
#include <QString>

namespace LightAgent::JournalText {

// Whether the service confirmed the digest of the bytes it received.
enum class DigestCheck { Confirmed, Differs, NotReported };

// The kind of a request ("Activation with a code"), or "Result of #7" for a result.
QString kind(const JournalEntry &entry);
// A request's method and URL, or a result's outcome.
QString summary(const JournalEntry &entry);
// "sent — HTTP 200, digest confirmed", "declined — nothing was sent", …; a failure
// names its error unless the error is shown beside it.
QString outcome(const TransmissionOutcome &outcome, bool withError = true);
// The outcome's seriousness: the icon beside it (never its only carrier).
StatusTone tone(const TransmissionOutcome &outcome);

DigestCheck digestCheck(const TransmissionOutcome &outcome);
// A sentence saying what the digest check means for the administrator.
QString digestSentence(DigestCheck check);

// A UTC time in local time, in the locale's short date (four-digit year) and time
// with seconds: journal entries are often seconds apart.
QString localTime(const QDateTime &utc);
// The first 12 hex digits and an ellipsis; the full digest belongs in a tooltip.
QString shortDigest(const QString &hex);

} // namespace LightAgent::JournalText
