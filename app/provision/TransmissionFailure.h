// What went wrong in a failed transmission, said in the interface language of the
// moment it is read, not of the moment it was journaled: the journal keeps the
// reason code (and, as it always did, the sentence shown then), and a known reason
// is said again in today's language.
#pragma once

#include "JournalEntry.h"

#include <QString>

namespace LightAgent::TransmissionFailure {

// The sentence for the outcome's reason in the current language; for a reason
// without its own sentence (a key-store or database failure, details that only the
// moment knew), the text stored with the entry, else the reason code itself.
QString text(const TransmissionOutcome &outcome);
// The same for a failure kept elsewhere as its reason code and the sentence of then
// (a database update's last run, say).
QString text(const QString &reason, const QString &storedMessage, int httpStatus = 0);

} // namespace LightAgent::TransmissionFailure
