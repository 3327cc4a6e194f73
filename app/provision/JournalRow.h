// How a journal row is stored and hashed (internal to the journal). A row's content
// is a JSON object of every column but the two hashes, built by one column table
// both when the row is written and when it is read back, so that any change to any
// column changes the content and therefore the hash:
//   hash = SHA-256(prevHash hex || "\n" || canonical JSON of the content)
// The body appears in the content as base64 of the masked bytes.
#pragma once

#include "JournalEntry.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

class QSqlQuery;

namespace LightAgent::JournalRow {

// The JSON keys of the content, the export and the CLI's --json.
namespace Key {
inline constexpr char Seq[] = "seq";
inline constexpr char Event[] = "event";
inline constexpr char Time[] = "time";
inline constexpr char Kind[] = "kind";
inline constexpr char Method[] = "method";
inline constexpr char Url[] = "url";
inline constexpr char Headers[] = "headers";
inline constexpr char Body[] = "body";
inline constexpr char BodyEncoding[] = "bodyEncoding";
inline constexpr char BodySha256[] = "bodySha256";
inline constexpr char BodySize[] = "bodySize";
inline constexpr char RefSeq[] = "refSeq";
inline constexpr char Outcome[] = "outcome";
inline constexpr char HttpStatus[] = "httpStatus";
inline constexpr char ErrorReason[] = "errorReason";
inline constexpr char ErrorMessage[] = "errorMessage";
inline constexpr char ReceivedSha256[] = "receivedSha256";
inline constexpr char DigestMatched[] = "digestMatched";
inline constexpr char PrevHash[] = "prevHash";
inline constexpr char Hash[] = "hash";
} // namespace Key

struct StoredRow
{
    QJsonObject content;
    QString prevHash;
    QString hash;
};

// The journal_head row: the count and the last entry as the journal wrote them.
struct JournalHead
{
    qint64 entries = 0;
    qint64 lastSeq = 0;
    QString lastHash;
};

QString zeroHash(); // the previous hash of the first row: 64 zeros
QString hashOf(const QString &prevHash, const QJsonObject &content);

QJsonObject requestContent(qint64 seq, const QString &time, const RequestEnvelope &envelope);
QJsonObject resultContent(qint64 seq, const QString &time, qint64 refSeq,
                          const TransmissionOutcome &outcome);

// "SELECT <every column> FROM journal " for queries that readRow() reads.
QString selectAll();
StoredRow readRow(const QSqlQuery &query);
// Prepares the INSERT of a row with its hashes.
void prepareInsert(QSqlQuery &query, const StoredRow &row);

QJsonArray headersToJson(const HeaderList &headers); // [[name, value], ...]
JournalEntry toEntry(const StoredRow &row);
// The exported line: the content plus prevHash and hash.
QJsonObject exportObject(const StoredRow &row);

} // namespace LightAgent::JournalRow
