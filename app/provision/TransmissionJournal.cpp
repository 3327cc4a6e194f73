#include "TransmissionJournal.h"

#include "JournalRow.h"
#include "JournalVerifier.h"
#include "core/Clock.h"
#include "core/StateDatabase.h"
#include "core/StrictJson.h"
#include "net/SystemLog.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace LightAgent {

namespace {

using JournalRow::JournalHead;
using JournalRow::StoredRow;
using OptionalHead = std::optional<JournalHead>;

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::TransmissionJournal", text);
}

// A read transaction: in WAL mode every query inside it sees one snapshot, so the
// rows and the head agree even while another process appends.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(QSqlDatabase db)
        : m_db(std::move(db))
        , m_started(m_db.transaction())
    { }
    ~ReadSnapshot()
    {
        if (m_started)
            m_db.rollback();
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    QSqlDatabase m_db;
    bool m_started;
};

Result<OptionalHead> readHead(const StateDatabase &db)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT entries, last_seq, last_hash FROM journal_head WHERE id = 1"));
    if (Status s = db.exec(q, QT_TRANSLATE_NOOP("LightAgent::StateDatabase", "read the journal"));
        !s)
        return s.error();
    if (!q.next())
        return OptionalHead();
    return OptionalHead(
        JournalHead {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()});
}

// Where the next entry goes: after the highest seq ever written, linked to the
// head's last hash. Removed or forged entries thus stay visible to verify()
// instead of being papered over by the next append.
Result<JournalHead> appendPoint(const StateDatabase &db)
{
    auto head = readHead(db);
    if (!head)
        return head.error();
    QSqlQuery last(db.connection());
    last.prepare(QStringLiteral("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1"));
    if (Status s =
            db.exec(last, QT_TRANSLATE_NOOP("LightAgent::StateDatabase", "read the journal"));
        !s)
        return s.error();
    const bool hasRows = last.next();
    const qint64 lastRowSeq = hasRows ? last.value(0).toLongLong() : 0;
    if (!head.value())
        return JournalHead {lastRowSeq, lastRowSeq,
                            hasRows ? last.value(1).toString() : JournalRow::zeroHash()};
    JournalHead point = *head.value();
    point.lastSeq = qMax(point.lastSeq, lastRowSeq);
    return point;
}

Status writeHead(const StateDatabase &db, const JournalHead &head)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO journal_head (id, entries, last_seq, last_hash) "
                             "VALUES (1, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                             "entries = excluded.entries, last_seq = excluded.last_seq, "
                             "last_hash = excluded.last_hash"));
    q.addBindValue(head.entries);
    q.addBindValue(head.lastSeq);
    q.addBindValue(head.lastHash);
    return db.exec(q, QT_TRANSLATE_NOOP("LightAgent::StateDatabase", "record in the journal"));
}

// The witness line: what identifies the entry and the new head, never the body.
QString witnessLine(const QJsonObject &content, const QString &hash)
{
    auto text = [&content](const char *name) {
        const QJsonValue value = content.value(QLatin1String(name));
        if (value.isDouble())
            return QString::number(value.toInteger());
        return value.isString() && !value.toString().isEmpty() ? value.toString()
                                                               : QStringLiteral("-");
    };
    namespace Key = JournalRow::Key;
    QString line =
        QStringLiteral("journal entry seq=%1 event=%2 kind=%3 body_sha256=%4")
            .arg(text(Key::Seq), text(Key::Event), text(Key::Kind), text(Key::BodySha256));
    if (text(Key::Event) == QLatin1String("result"))
        line += QStringLiteral(" ref=%1 outcome=%2").arg(text(Key::RefSeq), text(Key::Outcome));
    return line + QStringLiteral(" head=%1:%2").arg(text(JournalRow::Key::Seq), hash);
}

Error bad(const QString &message)
{
    return Error::make(ErrorCode::InvalidInput, QStringLiteral("bad-journal-head"), message);
}

} // namespace

Result<JournalAnchor> JournalAnchor::parse(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    bool numeric = false;
    const qint64 seq = colon > 0 ? text.left(colon).toLongLong(&numeric) : 0;
    const QString hash = colon > 0 ? text.mid(colon + 1).toLower() : QString();
    const bool hex = hash.size() == 64 && std::all_of(hash.cbegin(), hash.cend(), [](QChar c) {
                         return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                             (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
                     });
    if (!numeric || seq < 0 || !text.at(0).isDigit() || !hex)
        return bad(tr("\"%1\" is not a journal head. A head is the entry number, a colon and "
                      "the entry's 64-digit hash, as 'lightagent-ctl journal head' prints it.")
                       .arg(text));
    if (seq == 0 && hash != JournalRow::zeroHash())
        return bad(tr("The head of an empty journal is 0 with 64 zeros; \"%1\" is not.").arg(text));
    return JournalAnchor {seq, hash};
}

TransmissionJournal::TransmissionJournal(std::shared_ptr<StateDatabase> db)
    : m_db(std::move(db))
{ }

Result<qint64> TransmissionJournal::append(const ContentMaker &makeContent)
{
    qint64 seq = 0;
    const Status written = m_db->write([&]() -> Status {
        auto point = appendPoint(*m_db);
        if (!point)
            return point.error();
        seq = point->lastSeq + 1;
        const QString time = Clock::instance().now().toUTC().toString(Qt::ISODateWithMs);
        auto content = makeContent(seq, time);
        if (!content)
            return content.error();
        StoredRow row {content.value(), point->lastHash, {}};
        row.hash = JournalRow::hashOf(row.prevHash, row.content);
        // The system log hears of the entry once it is committed, and never of a
        // rolled-back one; a missing log costs nothing.
        m_db->afterCommit([line = witnessLine(row.content, row.hash)] { SystemLog::send(line); });
        QSqlQuery insert(m_db->connection());
        JournalRow::prepareInsert(insert, row);
        if (Status s = m_db->exec(
                insert, QT_TRANSLATE_NOOP("LightAgent::StateDatabase", "record in the journal"));
            !s)
            return s;
        return writeHead(*m_db, JournalHead {point->entries + 1, seq, row.hash});
    });
    if (!written)
        return written.error();
    return seq;
}

Result<qint64> TransmissionJournal::recordRequest(const RequestEnvelope &envelope)
{
    if (envelope.isNull())
        return Error::make(ErrorCode::Internal, QStringLiteral("empty-envelope"),
                           tr("There is no request to record in the journal."));
    return append([&envelope](qint64 seq, const QString &time) -> Result<QJsonObject> {
        return JournalRow::requestContent(seq, time, envelope);
    });
}

Status TransmissionJournal::recordResult(qint64 requestSeq, const TransmissionOutcome &outcome)
{
    auto appended = append([&](qint64 seq, const QString &time) -> Result<QJsonObject> {
        auto sentSha256 = requestDigest(requestSeq);
        if (!sentSha256)
            return sentSha256.error();
        TransmissionOutcome recorded = outcome;
        if (!recorded.digestMatched && !recorded.receivedSha256.isEmpty())
            recorded.digestMatched =
                recorded.receivedSha256.compare(sentSha256.value(), Qt::CaseInsensitive) == 0;
        return JournalRow::resultContent(seq, time, requestSeq, recorded);
    });
    if (!appended)
        return appended.error();
    return {};
}

Status TransmissionJournal::recordDeclined(const RequestEnvelope &envelope)
{
    return m_db->write([&]() -> Status {
        auto seq = recordRequest(envelope);
        if (!seq)
            return seq.error();
        return recordResult(seq.value(), TransmissionOutcome::declined());
    });
}

Result<QSqlQuery> TransmissionJournal::read(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (Status s =
            m_db->exec(q, QT_TRANSLATE_NOOP("LightAgent::StateDatabase", "read the journal"));
        !s)
        return s.error();
    return q;
}

Result<QString> TransmissionJournal::requestDigest(qint64 requestSeq) const
{
    auto query =
        read(QStringLiteral("SELECT body_sha256 FROM journal WHERE seq = ? AND event = 'request'"),
             {QVariant(requestSeq)});
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    if (!q.next())
        return Error::make(
            ErrorCode::NotFound, QStringLiteral("journal-no-request"),
            tr("The journal has no request entry %1 to record a result for.").arg(requestSeq));
    return q.value(0).toString();
}

Result<qint64> TransmissionJournal::count() const
{
    auto query = read(QStringLiteral("SELECT COUNT(*) FROM journal"));
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<JournalEntry>> TransmissionJournal::select(const QString &where,
                                                        const QVariantList &values) const
{
    auto query = read(JournalRow::selectAll() + where, values);
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    QList<JournalEntry> entries;
    while (q.next())
        entries.append(JournalRow::toEntry(JournalRow::readRow(q)));
    return entries;
}

Result<QList<JournalEntry>> TransmissionJournal::page(qint64 offset, int limit) const
{
    if (limit <= 0)
        return QList<JournalEntry>();
    return select(QStringLiteral("WHERE seq > ? ORDER BY seq LIMIT ?"),
                  {QVariant(offset), QVariant(limit)});
}

Result<QList<JournalEntry>> TransmissionJournal::pageBefore(qint64 beforeSeq, int limit,
                                                            qint64 skip) const
{
    if (limit <= 0)
        return QList<JournalEntry>();
    return select(QStringLiteral("WHERE seq < ? ORDER BY seq DESC LIMIT ? OFFSET ?"),
                  {QVariant(beforeSeq), QVariant(limit), QVariant(qMax(skip, qint64(0)))});
}

Result<JournalSpan> TransmissionJournal::span() const
{
    // One row, and MIN and MAX as subqueries: one seek each on the seq key.
    auto query =
        read(QStringLiteral("SELECT (SELECT entries FROM journal_rows WHERE id = 1), "
                            "(SELECT MIN(seq) FROM journal), (SELECT MAX(seq) FROM journal)"));
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    if (!q.next())
        return countedSpan();
    const JournalSpan span {q.value(0).toLongLong(), q.value(1).toLongLong(),
                            q.value(2).toLongLong()};
    // Rows exist exactly when there is a highest seq, and never more of them than seqs.
    const bool plausible = !q.value(0).isNull() && span.entries >= 0 &&
        (span.entries > 0) == !q.value(2).isNull() &&
        span.entries <= span.lastSeq - span.firstSeq + 1;
    return plausible ? span : countedSpan();
}

Result<JournalSpan> TransmissionJournal::countedSpan() const
{
    // MIN and MAX as subqueries are one seek each; only the count walks the table.
    auto query = read(QStringLiteral("SELECT COUNT(*), (SELECT MIN(seq) FROM journal), "
                                     "(SELECT MAX(seq) FROM journal) FROM journal"));
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    if (!q.next())
        return JournalSpan();
    return JournalSpan {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

Result<qint64> TransmissionJournal::countRange(qint64 fromSeq, qint64 toSeq) const
{
    auto query = read(QStringLiteral("SELECT COUNT(*) FROM journal WHERE seq BETWEEN ? AND ?"),
                      {QVariant(fromSeq), QVariant(toSeq)});
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<JournalEntry> TransmissionJournal::entry(qint64 seq) const
{
    auto found = select(QStringLiteral("WHERE seq = ?"), {QVariant(seq)});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(ErrorCode::NotFound, QStringLiteral("journal-entry-not-found"),
                           tr("The journal has no entry %1.").arg(seq));
    return found->constFirst();
}

Status TransmissionJournal::forEachRow(const RowVisitor &visit) const
{
    auto query = read(JournalRow::selectAll() + QStringLiteral("ORDER BY seq"));
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    while (q.next()) {
        if (!visit(JournalRow::readRow(q)))
            break;
    }
    return {};
}

qint64 TransmissionJournal::findLaterRow(const QString &hash, qint64 after) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT seq FROM journal WHERE hash = ? AND seq > ? "
                             "ORDER BY seq LIMIT 1"));
    q.addBindValue(hash);
    q.addBindValue(after);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

Result<JournalVerification> TransmissionJournal::verify() const
{
    ReadSnapshot snapshot(m_db->connection());
    JournalVerifier verifier(
        [this](const QString &hash, qint64 after) { return findLaterRow(hash, after); });
    if (Status s = forEachRow([&verifier](const StoredRow &row) { return verifier.add(row); }); !s)
        return s.error();
    if (verifier.result().ok) {
        auto head = readHead(*m_db);
        if (!head)
            return head.error();
        verifier.finish(head.value());
    }
    return verifier.result();
}

Result<JournalAnchor> TransmissionJournal::head() const
{
    auto point = appendPoint(*m_db);
    if (!point)
        return point.error();
    return JournalAnchor {point->lastSeq, point->lastHash};
}

Result<JournalVerification> TransmissionJournal::verifyExtends(const JournalAnchor &anchor) const
{
    auto verified = verify();
    if (!verified || !verified->ok || anchor.seq == 0)
        return verified;
    JournalVerification result = verified.value();
    auto found = entry(anchor.seq);
    if (!found && found.error().code != ErrorCode::NotFound)
        return found.error();
    auto current = head();
    if (!current)
        return current.error();
    if (!found) {
        result.ok = false;
        result.firstBadSeq = anchor.seq;
        result.reason = QStringLiteral("anchor-missing");
        result.problem = tr("The journal no longer has entry %1, which the head kept elsewhere "
                            "names: entries were removed and the journal's own head was changed "
                            "to hide it (the journal now ends at entry %2).")
                             .arg(anchor.seq)
                             .arg(current->seq);
    } else if (found->hash != anchor.hash) {
        result.ok = false;
        result.firstBadSeq = anchor.seq;
        result.reason = QStringLiteral("anchor-differs");
        result.problem = tr("Entry %1 is not the entry the head kept elsewhere names (its hash "
                            "is %2, the kept head's %3): the journal was rewritten at entry %1 "
                            "or before it.")
                             .arg(QString::number(anchor.seq), found->hash, anchor.hash);
    }
    return result;
}

Status TransmissionJournal::exportJsonLines(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(ErrorCode::Io, QStringLiteral("journal-export"),
                           tr("Cannot write the journal to %1: %2").arg(path, file.errorString()));
    ReadSnapshot snapshot(m_db->connection());
    bool written = true;
    const Status read = forEachRow([&](const StoredRow &row) {
        const QByteArray line = StrictJson::canonical(JournalRow::exportObject(row)) + '\n';
        written = file.write(line) == line.size();
        return written;
    });
    if (!read) {
        file.cancelWriting();
        return read;
    }
    if (!written || !file.commit())
        return Error::make(ErrorCode::Io, QStringLiteral("journal-export"),
                           tr("Cannot write the journal to %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace LightAgent
