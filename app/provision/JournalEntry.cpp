#include "JournalEntry.h"

#include "JournalRow.h"
#include "TransmissionFailure.h"
#include "core/StrictJson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace LightAgent {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::TransmissionJournal", text);
}

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

void insertRequest(QJsonObject &json, const JournalEntry &entry)
{
    using namespace JournalRow::Key;
    json.insert(key(Kind), entry.kind);
    json.insert(key(Method), QString::fromLatin1(entry.method));
    json.insert(key(Url), entry.url.toString(QUrl::FullyEncoded));
    json.insert(key(Headers), JournalRow::headersToJson(entry.headers));
    const bool text = StrictJson::isValidUtf8(entry.maskedBody);
    json.insert(key(Body),
                text ? QString::fromUtf8(entry.maskedBody)
                     : QString::fromLatin1(entry.maskedBody.toBase64()));
    json.insert(key(BodyEncoding), text ? QStringLiteral("text") : QStringLiteral("base64"));
    json.insert(key(BodySha256), entry.bodySha256);
    json.insert(key(BodySize), entry.bodySize);
}

void insertResult(QJsonObject &json, const TransmissionOutcome &outcome, qint64 refSeq)
{
    using namespace JournalRow::Key;
    json.insert(key(RefSeq), refSeq);
    json.insert(key(Outcome), toWireName(outcome.result));
    json.insert(key(HttpStatus), outcome.httpStatus);
    json.insert(key(ErrorReason), textOrNull(outcome.errorReason));
    json.insert(key(ErrorMessage), textOrNull(outcome.errorMessage));
    json.insert(key(ReceivedSha256), textOrNull(outcome.receivedSha256));
    json.insert(key(DigestMatched),
                outcome.digestMatched ? QJsonValue(*outcome.digestMatched)
                                      : QJsonValue(QJsonValue::Null));
}

QString shortHash(const QString &hex)
{
    return hex.left(8) + QChar(0x2026);
}

} // namespace

QString toWireName(TransmissionResult result)
{
    switch (result) {
    case TransmissionResult::Sent:
        return QStringLiteral("sent");
    case TransmissionResult::Failed:
        return QStringLiteral("failed");
    case TransmissionResult::Declined:
        return QStringLiteral("declined");
    case TransmissionResult::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<TransmissionResult> transmissionResultFromWireName(const QString &name)
{
    for (auto result : {TransmissionResult::Sent, TransmissionResult::Failed,
                        TransmissionResult::Declined, TransmissionResult::Cancelled}) {
        if (toWireName(result) == name)
            return result;
    }
    return std::nullopt;
}

std::optional<TransmissionKind> transmissionKindFromWireName(const QString &name)
{
    for (auto kind : {TransmissionKind::Activation, TransmissionKind::LicenseCheck,
                      TransmissionKind::DatabaseUpdate, TransmissionKind::HelpLink}) {
        if (toWireName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

TransmissionOutcome TransmissionOutcome::sent(int httpStatus, const QString &receivedSha256)
{
    return {TransmissionResult::Sent, httpStatus, {}, {}, receivedSha256, std::nullopt};
}

TransmissionOutcome TransmissionOutcome::failed(const Error &error, int httpStatus)
{
    return {TransmissionResult::Failed, httpStatus, error.reason, error.message, {}, std::nullopt};
}

TransmissionOutcome TransmissionOutcome::declined()
{
    return {TransmissionResult::Declined, 0, {}, {}, {}, std::nullopt};
}

TransmissionOutcome TransmissionOutcome::cancelled()
{
    return {TransmissionResult::Cancelled, 0, {}, {}, {}, std::nullopt};
}

QJsonObject JournalEntry::toJson() const
{
    using namespace JournalRow::Key;
    const bool request = event == JournalEvent::Request;
    QJsonObject json {{key(Seq), seq},
                      {key(Event), request ? QStringLiteral("request") : QStringLiteral("result")},
                      {key(Time), time.toString(Qt::ISODateWithMs)},
                      {key(PrevHash), prevHash},
                      {key(Hash), hash}};
    if (request)
        insertRequest(json, *this);
    else
        insertResult(json, outcome, refSeq);
    return json;
}

QString describe(const TransmissionOutcome &outcome)
{
    QString text;
    switch (outcome.result) {
    case TransmissionResult::Sent:
        text = outcome.httpStatus > 0 ? tr("sent (HTTP %1)").arg(outcome.httpStatus) : tr("sent");
        break;
    case TransmissionResult::Failed:
        // One multi-argument arg(): a message holding "%1" is never substituted again.
        text = outcome.httpStatus > 0
            ? tr("failed (HTTP %1): %2")
                  .arg(QString::number(outcome.httpStatus), TransmissionFailure::text(outcome))
            : tr("failed: %1").arg(TransmissionFailure::text(outcome));
        break;
    case TransmissionResult::Declined:
        return tr("declined by the administrator, nothing was sent");
    case TransmissionResult::Cancelled:
        return tr("cancelled");
    }
    if (outcome.digestMatched.has_value())
        text += *outcome.digestMatched ? tr("; the service confirmed the digest")
                                       : tr("; the service received different bytes");
    return text;
}

QString describe(const JournalEntry &entry)
{
    const QString head = QStringLiteral("#%1  %2  ")
                             .arg(entry.seq)
                             .arg(entry.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")));
    if (entry.event == JournalEvent::Result)
        return head +
            tr("Result of #%1: %2").arg(QString::number(entry.refSeq), describe(entry.outcome));
    const auto kind = transmissionKindFromWireName(entry.kind);
    return head +
        tr("%1: %2 %3 (%4 bytes, SHA-256 %5)")
            .arg(kind ? displayName(*kind) : entry.kind, QString::fromLatin1(entry.method),
                 entry.url.toString(QUrl::FullyEncoded), QString::number(entry.bodySize),
                 shortHash(entry.bodySha256));
}

} // namespace LightAgent
