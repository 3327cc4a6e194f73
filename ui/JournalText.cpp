#include "JournalText.h"

#include "DisplayText.h"
#include "core/DateText.h"
#include "provision/TransmissionFailure.h"

#include <QCoreApplication>
#include <QLocale>

namespace LightAgent::JournalText {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("LightAgent::JournalText", text, disambiguation);
}

QString sentOutcome(const TransmissionOutcome &outcome)
{
    QString text = outcome.httpStatus > 0
        //: Journal outcome; %1 is the HTTP status code
        ? tr("sent — HTTP %1", "journal outcome").arg(outcome.httpStatus)
        : tr("sent", "journal outcome");
    switch (digestCheck(outcome)) {
    case DigestCheck::Confirmed:
        return text + tr(", digest confirmed", "journal outcome");
    case DigestCheck::Differs:
        return text + tr(", the service received different bytes", "journal outcome");
    case DigestCheck::NotReported:
        break;
    }
    return text;
}

QString failedOutcome(const TransmissionOutcome &outcome, bool withError)
{
    if (!withError)
        return outcome.httpStatus > 0
            ? tr("failed — HTTP %1", "journal outcome").arg(outcome.httpStatus)
            : tr("failed", "journal outcome");
    const QString message = TransmissionFailure::text(outcome);
    if (outcome.httpStatus > 0)
        //: Journal outcome; %1 the HTTP status code, %2 what went wrong
        return tr("failed — HTTP %1: %2", "journal outcome")
            .arg(QString::number(outcome.httpStatus), message);
    //: Journal outcome; %1 what went wrong
    return tr("failed — %1", "journal outcome").arg(message);
}

} // namespace

QString kind(const JournalEntry &entry)
{
    if (entry.event == JournalEvent::Result)
        //: Journal table: a result entry; %1 is the number of its request entry
        return tr("Result of #%1").arg(entry.refSeq);
    const auto known = transmissionKindFromWireName(entry.kind);
    return known ? displayName(*known) : entry.kind;
}

QString summary(const JournalEntry &entry)
{
    if (entry.event == JournalEvent::Result)
        return outcome(entry.outcome);
    return QString::fromLatin1(entry.method) + QLatin1Char(' ') +
        entry.url.toDisplayString(QUrl::FullyEncoded);
}

QString outcome(const TransmissionOutcome &outcome, bool withError)
{
    switch (outcome.result) {
    case TransmissionResult::Sent:
        return sentOutcome(outcome);
    case TransmissionResult::Failed:
        return failedOutcome(outcome, withError);
    case TransmissionResult::Declined:
        return tr("declined — nothing was sent", "journal outcome");
    case TransmissionResult::Cancelled:
        return tr("cancelled — stopped before an answer arrived", "journal outcome");
    }
    return QString();
}

StatusTone tone(const TransmissionOutcome &outcome)
{
    switch (outcome.result) {
    case TransmissionResult::Sent:
        return digestCheck(outcome) == DigestCheck::Differs ? StatusTone::Critical
                                                            : StatusTone::Good;
    case TransmissionResult::Failed:
        return StatusTone::Warning;
    case TransmissionResult::Declined:
    case TransmissionResult::Cancelled:
        return StatusTone::Neutral;
    }
    return StatusTone::Neutral;
}

DigestCheck digestCheck(const TransmissionOutcome &outcome)
{
    if (!outcome.digestMatched.has_value())
        return DigestCheck::NotReported;
    return *outcome.digestMatched ? DigestCheck::Confirmed : DigestCheck::Differs;
}

QString digestSentence(DigestCheck check)
{
    switch (check) {
    case DigestCheck::Confirmed:
        return tr("Matches: the service received exactly the bytes that were sent.");
    case DigestCheck::Differs:
        return tr("Does not match: the service received different bytes than the ones "
                  "that were sent and shown.");
    case DigestCheck::NotReported:
        return tr("Not checked: the service did not report a digest.");
    }
    return QString();
}

QString localTime(const QDateTime &utc)
{
    return displayDateTime(utc, true);
}

QString shortDigest(const QString &hex)
{
    if (hex.size() <= 12)
        return hex;
    return hex.left(12) + QChar(0x2026);
}

} // namespace LightAgent::JournalText
