// The tamper-evident journal of everything the product sent (DESIGN §1 item 3): every
// transmission gets a request entry before it is sent and a result entry after.
// Entries are append-only, hash-chained rows in the state database:
//   hash = SHA-256(prevHash hex || "\n" || canonical JSON of the row's columns)
// with 64 zeros as the first previous hash. A small head row, updated in the same
// transaction, keeps the count and the last hash, so that removing the last entries
// is detected too. What verify() can and cannot detect is described in
// JournalVerifier.h.
#pragma once

#include "JournalEntry.h"
#include "RequestEnvelope.h"
#include "core/Result.h"

#include <QList>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <memory>

namespace LightAgent {

class StateDatabase;

namespace JournalRow {
struct StoredRow;
}

// How far the journal reaches, for views that page through it lazily. Seqs run 1,
// 2, 3… in an intact journal, so a row's position follows from its seq; a journal
// with removed entries has gaps, and then a view must count instead.
struct JournalSpan
{
    qint64 entries = 0;
    qint64 firstSeq = 0; // 0 when empty
    qint64 lastSeq = 0; // 0 when empty
    bool contiguous() const { return entries == 0 || lastSeq - firstSeq + 1 == entries; }
};

// A journal head as kept outside the data directory: the last entry's seq and hash,
// written "SEQ:HASH" (0 and 64 zeros for an empty journal). Every entry's head also
// goes to the system log as it is written, so the system log is such a keeper.
struct JournalAnchor
{
    qint64 seq = 0;
    QString hash;

    QString toText() const { return QString::number(seq) + QLatin1Char(':') + hash; }
    static Result<JournalAnchor> parse(const QString &text);
};

class TransmissionJournal
{
public:
    explicit TransmissionJournal(std::shared_ptr<StateDatabase> db);

    // Writes the request entry: the masked body, the SHA-256 and size of the exact
    // unmasked body. Returns the entry's seq, which recordResult() refers to.
    Result<qint64> recordRequest(const RequestEnvelope &envelope);
    // Writes the result entry of the request entry requestSeq. When the outcome
    // carries the service's receivedSha256 but no digestMatched, the journal compares
    // it with the SHA-256 it recorded for the request.
    Status recordResult(qint64 requestSeq, const TransmissionOutcome &outcome);
    // The administrator declined the previewed request: its entry and a "declined"
    // result, in one transaction. Nothing is sent.
    Status recordDeclined(const RequestEnvelope &envelope);

    Result<qint64> count() const; // rows, requests and results alike
    // At most `limit` entries in seq order, oldest first, starting after seq `offset`.
    // Seqs run 1, 2, 3…, so in an intact journal `offset` is the row position; it is
    // one seek on the seq primary key whatever its value (a journal with removed
    // entries returns fewer rows, and verify() says why).
    Result<QList<JournalEntry>> page(qint64 offset, int limit) const;
    Result<JournalEntry> entry(qint64 seq) const; // NotFound when there is none

    // The row count and the lowest and highest seq, read together: three seeks, the
    // count being the one SQLite keeps on every insert and delete. A kept count that
    // cannot be right for the seqs present (its table changed by hand) is counted.
    Result<JournalSpan> span() const;
    // The same, counting every row: for when the kept count itself is in doubt.
    Result<JournalSpan> countedSpan() const;
    // At most `limit` entries with seq < beforeSeq, newest first, after passing over the
    // `skip` newest of those: one seek on the seq key, plus a walk over `skip` rows,
    // which views need only for a journal with gaps in its seqs.
    Result<QList<JournalEntry>> pageBefore(qint64 beforeSeq, int limit, qint64 skip = 0) const;
    // The number of entries with fromSeq <= seq <= toSeq: a range scan on the seq key.
    Result<qint64> countRange(qint64 fromSeq, qint64 toSeq) const;

    // Walks the rows in seq order with one forward-only query; constant memory. Reads
    // the rows and the head in one snapshot, so a concurrent writer causes no alarm.
    // An error only when the database cannot be read; tampering is a result.
    Result<JournalVerification> verify() const;
    // The current head, for keeping elsewhere.
    Result<JournalAnchor> head() const;
    // verify(), and that the journal still extends a head kept elsewhere: the entry
    // it names exists with exactly that hash. Reasons "anchor-missing" (entries were
    // removed) and "anchor-differs" (the chain was rewritten).
    Result<JournalVerification> verifyExtends(const JournalAnchor &anchor) const;

    // One canonical JSON object per line and row, in seq order, with prevHash and
    // hash, so that anyone can recompute the chain (written atomically).
    Status exportJsonLines(const QString &path) const;

private:
    using RowVisitor = std::function<bool(const JournalRow::StoredRow &)>;
    using ContentMaker = std::function<Result<QJsonObject>(qint64 seq, const QString &time)>;

    // One read: prepared, bound in order, run, forward-only; a database error says
    // "read the journal".
    Result<QSqlQuery> read(const QString &sql, const QVariantList &values = {}) const;
    Result<qint64> append(const ContentMaker &makeContent);
    Result<QString> requestDigest(qint64 requestSeq) const;
    Result<QList<JournalEntry>> select(const QString &where, const QVariantList &values) const;
    Status forEachRow(const RowVisitor &visit) const;
    qint64 findLaterRow(const QString &hash, qint64 after) const;

    std::shared_ptr<StateDatabase> m_db;
};

} // namespace LightAgent
