// The journal reader: rows as they may be found in a state database that someone
// edited by hand or a disk damaged. The input is a journal export (one JSON object
// per line, as `lightagent-ctl journal export` writes it), optionally with a
// {"head": {...}} line and {"raw": [...]} lines whose values are stored with
// whatever SQL type they have. Reading, paging, describing, verifying and
// exporting must never crash, and an export must verify like the rows it came from.
#include "FuzzSupport.h"
#include "core/StateDatabase.h"
#include "provision/JournalRow.h"
#include "provision/TransmissionJournal.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

using namespace LightAgent;

namespace {

constexpr int RawColumns = 19; // the 17 content columns, prev_hash and hash

struct Fixture
{
    std::unique_ptr<QTemporaryDir> dir;
    std::shared_ptr<StateDatabase> db;
};

Fixture &fixture()
{
    static Fixture f = [] {
        Fixture made;
        // tmpfs when there is one: every input rewrites the journal with full sync.
        const QString base = QDir(QStringLiteral("/dev/shm")).exists()
            ? QStringLiteral("/dev/shm/lightagent-fuzz-XXXXXX")
            : QDir::tempPath() + QStringLiteral("/lightagent-fuzz-XXXXXX");
        made.dir = std::make_unique<QTemporaryDir>(base);
        auto opened = StateDatabase::open(made.dir->path());
        if (!opened)
            Fuzz::broken("the state database opens");
        made.db = opened.value();
        // The fuzzer's rows need no durability; without syncs it runs many times faster.
        QSqlQuery(made.db->connection()).exec(QStringLiteral("PRAGMA synchronous=OFF"));
        return made;
    }();
    return f;
}

QVariant rawValue(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QVariant(qint64(d)) : QVariant(d);
    }
    if (value.isBool())
        return QVariant(value.toBool() ? 1 : 0);
    if (value.isObject())
        return QByteArray::fromBase64(
            value.toObject().value(QStringLiteral("blob")).toString().toLatin1());
    return {};
}

void insert(const QJsonObject &line, JournalRow::JournalHead &derived)
{
    QSqlQuery q(fixture().db->connection());
    if (line.contains(QStringLiteral("raw"))) {
        const QJsonArray raw = line.value(QStringLiteral("raw")).toArray();
        QString marks = QStringLiteral("?");
        for (int i = 1; i < RawColumns; ++i)
            marks += QStringLiteral(", ?");
        const QString select = JournalRow::selectAll();
        const QString columns =
            select.mid(7, select.indexOf(QStringLiteral(" FROM ")) - 7); // after "SELECT "
        q.prepare(QStringLiteral("INSERT INTO journal (") + columns + QStringLiteral(") VALUES (") +
                  marks + QLatin1Char(')'));
        for (int i = 0; i < RawColumns; ++i)
            q.addBindValue(rawValue(raw.at(i)));
    } else {
        JournalRow::StoredRow row;
        row.content = line;
        row.content.remove(QStringLiteral("prevHash"));
        row.content.remove(QStringLiteral("hash"));
        row.prevHash = line.value(QStringLiteral("prevHash")).toString();
        row.hash = line.value(QStringLiteral("hash")).toString();
        JournalRow::prepareInsert(q, row);
    }
    if (q.exec()) { // rows that break the table's constraints are simply not stored
        ++derived.entries;
        derived.lastSeq = q.lastInsertId().toLongLong();
        derived.lastHash = line.value(QStringLiteral("hash")).toString();
    }
}

void setHead(const JournalRow::JournalHead &head)
{
    QSqlQuery q(fixture().db->connection());
    q.prepare(QStringLiteral("UPDATE journal_head SET entries = ?, last_seq = ?, last_hash = ? "
                             "WHERE id = 1"));
    q.addBindValue(head.entries);
    q.addBindValue(head.lastSeq);
    q.addBindValue(head.lastHash);
    q.exec();
}

// Replaces the journal with the rows of `lines` in one transaction.
void store(const QList<QByteArray> &lines)
{
    const Status written = fixture().db->write([&]() -> Status {
        QSqlQuery clear(fixture().db->connection());
        clear.exec(QStringLiteral("DELETE FROM journal"));
        JournalRow::JournalHead derived;
        std::optional<JournalRow::JournalHead> given;
        for (const QByteArray &text : lines) {
            const QJsonObject line = QJsonDocument::fromJson(text).object();
            if (line.contains(QStringLiteral("head"))) {
                const QJsonObject head = line.value(QStringLiteral("head")).toObject();
                given = JournalRow::JournalHead {head.value(QStringLiteral("entries")).toInteger(),
                                                 head.value(QStringLiteral("lastSeq")).toInteger(),
                                                 head.value(QStringLiteral("lastHash")).toString()};
            } else if (!line.isEmpty()) {
                insert(line, derived);
            }
        }
        setHead(given.value_or(derived));
        return {};
    });
    if (!written)
        Fuzz::broken("the fuzzer's rows can be written");
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialize(argc, argv);
    fixture();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    store(Fuzz::bytes(data, size).split('\n'));
    TransmissionJournal journal(fixture().db);

    const auto verified = journal.verify();
    Fuzz::require(verified.ok(), "verify() reports tampering as a result, not an error");
    if (!verified->ok)
        Fuzz::require(!verified->reason.isEmpty() && !verified->problem.isEmpty(),
                      "a verification failure says what is wrong");
    const auto count = journal.count();
    Fuzz::require(count.ok(), "the journal can be counted");
    const auto page = journal.page(0, 50);
    Fuzz::require(page.ok() && page->size() <= 50, "a page holds at most its limit");
    for (const JournalEntry &entry : page.value()) {
        (void)describe(entry);
        (void)describe(entry.outcome);
        (void)journal.entry(entry.seq);
    }

    // An export read back in is the same journal: same verdict, same bytes.
    const QString exported = fixture().dir->filePath(QStringLiteral("export.jsonl"));
    if (!journal.exportJsonLines(exported))
        return 0;
    const QByteArray first = readAll(exported);
    const auto firstVerdict = verified.value();
    if (!firstVerdict.ok)
        return 0;
    QList<QByteArray> lines = first.split('\n');
    store(lines);
    const auto again = journal.verify();
    Fuzz::require(again.ok() && again->ok, "an intact journal's export verifies when read back");
    Fuzz::require(journal.exportJsonLines(exported) && readAll(exported) == first,
                  "an intact journal's export is stable");
    return 0;
}
