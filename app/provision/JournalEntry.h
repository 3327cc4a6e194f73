// The values of the transmission journal: how a transmission ended, and one journal
// row (an event: the request written before sending, or its result written after).
#pragma once

#include "RequestEnvelope.h"
#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace LightAgent {

enum class TransmissionResult { Sent, Failed, Declined, Cancelled };

QString toWireName(TransmissionResult result); // "sent", "failed", "declined", "cancelled"
std::optional<TransmissionResult> transmissionResultFromWireName(const QString &name);
std::optional<TransmissionKind> transmissionKindFromWireName(const QString &name);

struct TransmissionOutcome
{
    TransmissionResult result = TransmissionResult::Sent;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString errorReason; // Error::reason when failed
    QString errorMessage; // Error::message when failed
    QString receivedSha256; // the digest the service says it received
    std::optional<bool> digestMatched; // unset: the journal compares receivedSha256 itself

    static TransmissionOutcome sent(int httpStatus, const QString &receivedSha256 = {});
    static TransmissionOutcome failed(const Error &error, int httpStatus = 0);
    static TransmissionOutcome declined();
    static TransmissionOutcome cancelled();
};

enum class JournalEvent { Request, Result };

// One row, exactly as stored. Request rows fill the request fields, result rows
// the result fields; the others stay empty.
struct JournalEntry
{
    qint64 seq = 0;
    JournalEvent event = JournalEvent::Request;
    QDateTime time; // UTC, milliseconds

    // request
    QString kind; // TransmissionKind wire name
    QByteArray method;
    QUrl url;
    HeaderList headers;
    QByteArray maskedBody; // the secret fields masked; never the full activation code
    QString bodySha256; // of the exact unmasked bytes that were sent
    qint64 bodySize = 0; // of the unmasked bytes

    // result
    qint64 refSeq = 0; // the request this result belongs to
    TransmissionOutcome outcome;

    QString prevHash;
    QString hash;

    // For people and scripts: the body as text when it is UTF-8, else base64.
    QJsonObject toJson() const;
};

// What TransmissionJournal::verify() found. It stops at the first problem.
struct JournalVerification
{
    bool ok = true;
    qint64 checked = 0; // entries confirmed before the first problem (all of them when ok)
    qint64 firstBadSeq = 0; // the first entry with a problem; 0 when ok or for the head itself
    // Machine tag: "changed", "missing", "out-of-order", "chain-broken", "removed-at-end",
    // "not-in-head", "head-changed", "head-missing"; empty when ok.
    QString reason;
    QString problem; // a sentence for people naming the entry and what is wrong
};

// A one-line summary for people, e.g.
// "#7  2026-11-29 06:00:00 UTC  Activation with a code: POST https://… (412 bytes, SHA-256
// 3f2a9c1b…)".
QString describe(const JournalEntry &entry);
// "sent (HTTP 200, the service confirmed the digest)", "failed: …", "declined", …
QString describe(const TransmissionOutcome &outcome);

} // namespace LightAgent
