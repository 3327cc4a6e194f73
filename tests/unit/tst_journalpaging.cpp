// Paging through the transmission journal newest first, as the console's Journal
// page does: the journal's span, pages before a seq, and counts over seq ranges,
// in an intact journal and in one with removed entries (gaps in the seqs).
#include "JournalFixture.h"

#include <QTest>

using namespace LightAgent;
using namespace LightAgent::Test;

using SeqList = QList<qint64>;

namespace {

SeqList seqsOf(const Result<QList<JournalEntry>> &entries)
{
    SeqList seqs;
    if (entries) {
        for (const JournalEntry &entry : entries.value())
            seqs.append(entry.seq);
    }
    return seqs;
}

} // namespace

class TestJournalPaging : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_fx.open()); }
    void cleanup() { m_fx.close(); }

    void spanOfAnEmptyJournal();
    void spanOfAnIntactJournal();
    void pageBeforeReadsNewestFirst_data();
    void pageBeforeReadsNewestFirst();
    void removedEntriesLeaveGaps();
    void spanNeedsNoCountOverTheTable_data();
    void spanNeedsNoCountOverTheTable();
    void anImpossibleKeptCountIsCountedAgain_data();
    void anImpossibleKeptCountIsCountedAgain();
    void upgradeCountsTheRowsAlreadyWritten();
    void pageBeforeSkipsOverGaps_data();
    void pageBeforeSkipsOverGaps();
    void countRangeCountsExistingEntries_data();
    void countRangeCountsExistingEntries();
    void pagesBackwardsThroughTwoThousandEntries();

private:
    JournalFixture m_fx;
};

void TestJournalPaging::spanOfAnEmptyJournal()
{
    auto span = m_fx.journal->span();
    QVERIFY(span.ok());
    QCOMPARE(span->entries, 0);
    QCOMPARE(span->firstSeq, 0);
    QCOMPARE(span->lastSeq, 0);
    QVERIFY(span->contiguous());
    QVERIFY(m_fx.journal->pageBefore(1, 10)->isEmpty());
}

void TestJournalPaging::spanOfAnIntactJournal()
{
    QVERIFY(m_fx.fill());
    auto span = m_fx.journal->span();
    QVERIFY(span.ok());
    QCOMPARE(span->entries, 10);
    QCOMPARE(span->firstSeq, 1);
    QCOMPARE(span->lastSeq, 10);
    QVERIFY(span->contiguous());
}

void TestJournalPaging::pageBeforeReadsNewestFirst_data()
{
    QTest::addColumn<qint64>("before");
    QTest::addColumn<int>("limit");
    QTest::addColumn<qint64>("skip");
    QTest::addColumn<SeqList>("expected");
    QTest::newRow("the newest three") << qint64(11) << 3 << qint64(0) << SeqList {10, 9, 8};
    QTest::newRow("before a seq in the middle") << qint64(6) << 2 << qint64(0) << SeqList {5, 4};
    QTest::newRow("a seq past the last") << qint64(1000) << 2 << qint64(0) << SeqList {10, 9};
    QTest::newRow("fewer than the limit are left") << qint64(3) << 5 << qint64(0) << SeqList {2, 1};
    QTest::newRow("nothing before the first") << qint64(1) << 5 << qint64(0) << SeqList {};
    QTest::newRow("skipping the newest two") << qint64(11) << 3 << qint64(2) << SeqList {8, 7, 6};
    QTest::newRow("skipping past the oldest") << qint64(11) << 3 << qint64(10) << SeqList {};
    QTest::newRow("a zero limit") << qint64(11) << 0 << qint64(0) << SeqList {};
    QTest::newRow("a negative skip counts as none")
        << qint64(11) << 2 << qint64(-4) << SeqList {10, 9};
}

void TestJournalPaging::pageBeforeReadsNewestFirst()
{
    QFETCH(qint64, before);
    QFETCH(int, limit);
    QFETCH(qint64, skip);
    QFETCH(SeqList, expected);
    QVERIFY(m_fx.fill());
    auto page = m_fx.journal->pageBefore(before, limit, skip);
    QVERIFY(page.ok());
    QCOMPARE(seqsOf(page), expected);
}

void TestJournalPaging::removedEntriesLeaveGaps()
{
    QVERIFY(m_fx.fill());
    QCOMPARE(m_fx.tamper({QStringLiteral("DELETE FROM journal WHERE seq IN (4, 5, 6)")}),
             QString());
    auto span = m_fx.journal->span();
    QVERIFY(span.ok());
    QCOMPARE(span->entries, 7);
    QCOMPARE(span->firstSeq, 1);
    QCOMPARE(span->lastSeq, 10);
    QVERIFY(!span->contiguous());
    // Removing the first entries leaves a gap at the start.
    QCOMPARE(m_fx.tamper({QStringLiteral("DELETE FROM journal WHERE seq IN (1, 2, 3)")}),
             QString());
    QCOMPARE(m_fx.journal->span()->firstSeq, 7);
    QVERIFY(m_fx.journal->span()->contiguous());
}

void TestJournalPaging::spanNeedsNoCountOverTheTable_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<qint64>("entries");
    QTest::addColumn<qint64>("firstSeq");
    QTest::addColumn<qint64>("lastSeq");
    QTest::newRow("intact") << QStringList() << qint64(10) << qint64(1) << qint64(10);
    QTest::newRow("removed in the middle")
        << QStringList {QStringLiteral("DELETE FROM journal WHERE seq IN (4, 5, 6)")} << qint64(7)
        << qint64(1) << qint64(10);
    QTest::newRow("removed at the end")
        << QStringList {QStringLiteral("DELETE FROM journal WHERE seq >= 9")} << qint64(8)
        << qint64(1) << qint64(8);
    QTest::newRow("all removed") << QStringList {QStringLiteral("DELETE FROM journal")} << qint64(0)
                                 << qint64(0) << qint64(0);
    QTest::newRow("a row added behind the journal's back")
        << QStringList {QStringLiteral("INSERT INTO journal (seq, event, written_at, prev_hash, "
                                       "hash) SELECT 40, event, written_at, prev_hash, hash "
                                       "FROM journal WHERE seq = 2")}
        << qint64(11) << qint64(1) << qint64(40);
}

// Whoever changes the rows, SQLite keeps their count, so the span reads it instead
// of counting the table and still says how many rows there are.
void TestJournalPaging::spanNeedsNoCountOverTheTable()
{
    QFETCH(QStringList, statements);
    QFETCH(qint64, entries);
    QFETCH(qint64, firstSeq);
    QFETCH(qint64, lastSeq);
    QVERIFY(m_fx.fill());
    QCOMPARE(m_fx.tamper(statements), QString());
    auto span = m_fx.journal->span();
    QVERIFY(span.ok());
    QCOMPARE(span->entries, entries);
    QCOMPARE(span->firstSeq, firstSeq);
    QCOMPARE(span->lastSeq, lastSeq);
    auto counted = m_fx.journal->countedSpan();
    QVERIFY(counted.ok());
    QCOMPARE(counted->entries, entries);

    // What span() reports is the kept count, not a count over the table.
    QCOMPARE(m_fx.tamper({QStringLiteral("UPDATE journal_rows SET entries = entries - 1")}),
             QString());
    if (entries > 0) {
        QCOMPARE(m_fx.journal->span()->entries, entries - 1);
        QCOMPARE(m_fx.journal->countedSpan()->entries, entries);
    }
}

void TestJournalPaging::anImpossibleKeptCountIsCountedAgain_data()
{
    QTest::addColumn<QString>("statement");
    QTest::newRow("more rows than seqs") << QStringLiteral("UPDATE journal_rows SET entries = 11");
    QTest::newRow("negative") << QStringLiteral("UPDATE journal_rows SET entries = -1");
    QTest::newRow("none, with rows present")
        << QStringLiteral("UPDATE journal_rows SET entries = 0");
    QTest::newRow("the count removed") << QStringLiteral("DELETE FROM journal_rows");
}

void TestJournalPaging::anImpossibleKeptCountIsCountedAgain()
{
    QFETCH(QString, statement);
    QVERIFY(m_fx.fill());
    QCOMPARE(m_fx.tamper({statement}), QString());
    auto span = m_fx.journal->span();
    QVERIFY(span.ok());
    QCOMPARE(span->entries, 10);
    QVERIFY(span->contiguous());
}

// A journal written before the count was kept is counted once, by the upgrade.
void TestJournalPaging::upgradeCountsTheRowsAlreadyWritten()
{
    QVERIFY(m_fx.fill());
    QCOMPARE(m_fx.tamper({QStringLiteral("DROP TRIGGER journal_rows_insert"),
                          QStringLiteral("DROP TRIGGER journal_rows_delete"),
                          QStringLiteral("DROP TABLE journal_rows"),
                          // and what later migrations made: a database of version 4
                          QStringLiteral("DROP TABLE received_keys"),
                          QStringLiteral("PRAGMA user_version = 4")}),
             QString());
    m_fx.journal.reset();
    m_fx.db.reset();
    auto reopened = StateDatabase::open(m_fx.dir->path());
    QVERIFY2(reopened.ok(), qPrintable(reopened ? QString() : reopened.error().message));
    m_fx.db = reopened.value();
    m_fx.journal = std::make_unique<TransmissionJournal>(m_fx.db);
    QCOMPARE(m_fx.journal->span()->entries, 10);
    // And it is kept from then on.
    QVERIFY(m_fx.journal->recordRequest(updateEnvelope()).ok());
    QCOMPARE(m_fx.tamper({QStringLiteral("DELETE FROM journal WHERE seq = 3")}), QString());
    QSqlQuery kept(m_fx.db->connection());
    QVERIFY(kept.exec(QStringLiteral("SELECT entries FROM journal_rows")) && kept.next());
    QCOMPARE(kept.value(0).toLongLong(), 10);
}

void TestJournalPaging::pageBeforeSkipsOverGaps_data()
{
    QTest::addColumn<qint64>("before");
    QTest::addColumn<int>("limit");
    QTest::addColumn<qint64>("skip");
    QTest::addColumn<SeqList>("expected");
    QTest::newRow("across the gap") << qint64(11) << 5 << qint64(0) << SeqList {10, 9, 8, 7, 3};
    QTest::newRow("skipping to the gap") << qint64(11) << 3 << qint64(3) << SeqList {7, 3, 2};
    QTest::newRow("before a removed seq") << qint64(6) << 2 << qint64(0) << SeqList {3, 2};
}

void TestJournalPaging::pageBeforeSkipsOverGaps()
{
    QFETCH(qint64, before);
    QFETCH(int, limit);
    QFETCH(qint64, skip);
    QFETCH(SeqList, expected);
    QVERIFY(m_fx.fill());
    QCOMPARE(m_fx.tamper({QStringLiteral("DELETE FROM journal WHERE seq IN (4, 5, 6)")}),
             QString());
    QCOMPARE(seqsOf(m_fx.journal->pageBefore(before, limit, skip)), expected);
}

void TestJournalPaging::countRangeCountsExistingEntries_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("the whole journal") << qint64(1) << qint64(10) << qint64(7);
    QTest::newRow("only removed seqs") << qint64(4) << qint64(6) << qint64(0);
    QTest::newRow("newer than the gap") << qint64(7) << qint64(10) << qint64(4);
    QTest::newRow("over the gap") << qint64(3) << qint64(7) << qint64(2);
    QTest::newRow("one entry") << qint64(8) << qint64(8) << qint64(1);
    QTest::newRow("an empty range") << qint64(9) << qint64(8) << qint64(0);
    QTest::newRow("past the end") << qint64(11) << qint64(100) << qint64(0);
}

void TestJournalPaging::countRangeCountsExistingEntries()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(qint64, expected);
    QVERIFY(m_fx.fill());
    QCOMPARE(m_fx.tamper({QStringLiteral("DELETE FROM journal WHERE seq IN (4, 5, 6)")}),
             QString());
    auto counted = m_fx.journal->countRange(from, to);
    QVERIFY(counted.ok());
    QCOMPARE(counted.value(), expected);
}

void TestJournalPaging::pagesBackwardsThroughTwoThousandEntries()
{
    // One fsync per entry would make this test slow, not more telling.
    QSqlQuery(m_fx.db->connection()).exec(QStringLiteral("PRAGMA synchronous=OFF"));
    const RequestEnvelope envelope = updateEnvelope();
    for (int i = 0; i < 1000; ++i) {
        auto seq = m_fx.journal->recordRequest(envelope);
        QVERIFY(seq.ok());
        QVERIFY(m_fx.journal->recordResult(seq.value(), TransmissionOutcome::sent(200)).ok());
    }
    const JournalSpan span = m_fx.journal->span().value();
    QCOMPARE(span.entries, 2000);
    // Walking back a page at a time from the newest meets every entry once.
    qint64 before = span.lastSeq + 1;
    qint64 seen = 0;
    for (;;) {
        auto page = m_fx.journal->pageBefore(before, 300);
        QVERIFY(page.ok());
        if (page->isEmpty())
            break;
        for (const JournalEntry &entry : page.value())
            QCOMPARE(entry.seq, span.lastSeq - seen++);
        before = page->constLast().seq;
    }
    QCOMPARE(seen, 2000);
    QCOMPARE(m_fx.journal->pageBefore(span.lastSeq + 1, 1, 1999)->constFirst().seq, 1);
    QCOMPARE(m_fx.journal->countRange(501, 2000).value(), 1500);
}

QTEST_GUILESS_MAIN(TestJournalPaging)
#include "tst_journalpaging.moc"
