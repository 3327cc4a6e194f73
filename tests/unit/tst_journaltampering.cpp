// The journal's tamper evidence: any change made to the state file behind the
// journal's back (edited, removed, moved or forged rows, a changed head) makes
// verify() name the first entry that is wrong, in a sentence a person understands.
#include "JournalFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace LightAgent;
using namespace LightAgent::Test;

class TestJournalTampering : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_fx.open()); }
    void cleanup() { m_fx.close(); }

    void intactJournalVerifies();
    void detectsTampering_data();
    void detectsTampering();
    void detectsForgedEntryWithValidLink();
    void detectsRewrittenLastEntry();
    void appendingAfterRemovalKeepsTheEvidence();

private:
    JournalFixture m_fx;
};

void TestJournalTampering::intactJournalVerifies()
{
    auto empty = m_fx.journal->verify();
    QVERIFY(empty.ok());
    QVERIFY(empty->ok);
    QCOMPARE(empty->checked, 0);
    QVERIFY(m_fx.fill());
    auto verified = m_fx.journal->verify();
    QVERIFY(verified.ok());
    QVERIFY2(verified->ok, qPrintable(verified->problem));
    QCOMPARE(verified->checked, 10);
    QCOMPARE(verified->firstBadSeq, 0);
    QVERIFY(verified->problem.isEmpty());
}

void TestJournalTampering::detectsTampering_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<qint64>("firstBadSeq");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("problem");
    const QString changed = QStringLiteral(
        "Entry %1 was changed after it was written (its hash does not match its content).");
    auto sql = [](const char *text) {
        return QStringList {QString::fromLatin1(text)};
    };

    QTest::newRow("URL edited")
        << sql("UPDATE journal SET url = 'https://evil.example/v1/updates' WHERE seq = 3")
        << qint64(3) << QStringLiteral("changed") << changed.arg(3);
    QTest::newRow("masked body edited")
        << sql("UPDATE journal SET body = CAST('{}' AS BLOB) WHERE seq = 1") << qint64(1)
        << QStringLiteral("changed") << changed.arg(1);
    QTest::newRow("body digest edited")
        << sql("UPDATE journal SET body_sha256 = upper(body_sha256) WHERE seq = 7") << qint64(7)
        << QStringLiteral("changed") << changed.arg(7);
    QTest::newRow("time edited")
        << sql("UPDATE journal SET written_at = '2026-01-01T00:00:00.000Z' WHERE seq = 5")
        << qint64(5) << QStringLiteral("changed") << changed.arg(5);
    QTest::newRow("outcome edited")
        << sql("UPDATE journal SET outcome = 'sent', error_reason = NULL, error_message = NULL "
               "WHERE seq = 4")
        << qint64(4) << QStringLiteral("changed") << changed.arg(4);
    QTest::newRow("digest verdict edited")
        << sql("UPDATE journal SET digest_matched = 0 WHERE seq = 2") << qint64(2)
        << QStringLiteral("changed") << changed.arg(2);
    QTest::newRow("empty column of a request filled")
        << sql("UPDATE journal SET http_status = 200 WHERE seq = 3") << qint64(3)
        << QStringLiteral("changed") << changed.arg(3);
    QTest::newRow("hash edited") << sql("UPDATE journal SET hash = prev_hash WHERE seq = 6")
                                 << qint64(6) << QStringLiteral("changed") << changed.arg(6);
    QTest::newRow("previous hash edited")
        << sql("UPDATE journal SET prev_hash = (SELECT prev_hash FROM journal WHERE seq = 1) "
               "WHERE seq = 6")
        << qint64(6) << QStringLiteral("chain-broken")
        << QStringLiteral("Entry 6 does not continue the chain (its previous hash is not entry "
                          "5's hash).");
    QTest::newRow("middle entry deleted")
        << sql("DELETE FROM journal WHERE seq = 5") << qint64(5) << QStringLiteral("missing")
        << QStringLiteral("Entry 5 is missing: entry 6 follows entry 4.");
    QTest::newRow("two middle entries deleted")
        << sql("DELETE FROM journal WHERE seq IN (5, 6)") << qint64(5) << QStringLiteral("missing")
        << QStringLiteral("Entries 5–6 are missing: entry 7 follows entry 4.");
    QTest::newRow("first entry deleted")
        << sql("DELETE FROM journal WHERE seq = 1") << qint64(1) << QStringLiteral("missing")
        << QStringLiteral("Entry 1 is missing: the journal starts at entry 2.");
    QTest::newRow("last entry deleted")
        << sql("DELETE FROM journal WHERE seq = 10") << qint64(10)
        << QStringLiteral("removed-at-end")
        << QStringLiteral("The journal ends at entry 9, but entry 10 was written: entry 10 was "
                          "removed.");
    QTest::newRow("last two entries deleted")
        << sql("DELETE FROM journal WHERE seq >= 9") << qint64(9)
        << QStringLiteral("removed-at-end")
        << QStringLiteral("The journal ends at entry 8, but entry 10 was written: entries 9–10 "
                          "were removed.");
    QTest::newRow("every entry deleted")
        << sql("DELETE FROM journal") << qint64(1) << QStringLiteral("removed-at-end")
        << QStringLiteral("The journal is empty, but entry 10 was written: entries 1–10 were "
                          "removed.");
    QTest::newRow("two entries swapped")
        << QStringList {QStringLiteral("UPDATE journal SET seq = -3 WHERE seq = 3"),
                        QStringLiteral("UPDATE journal SET seq = 3 WHERE seq = 4"),
                        QStringLiteral("UPDATE journal SET seq = 4 WHERE seq = -3")}
        << qint64(3) << QStringLiteral("out-of-order")
        << QStringLiteral("Entry 3 is out of order (it was written right after entry 4, which "
                          "now comes after it).");
    QTest::newRow("forged entry appended")
        << sql("INSERT INTO journal (seq, event, written_at, kind, method, url, headers, "
               "body_sha256, body_size, prev_hash, hash) VALUES (11, 'request', "
               "'2026-11-29T07:00:00.000Z', 'activation', 'POST', 'https://evil.example/', '[]', "
               "'00', 0, 'forged', 'forged')")
        << qint64(11) << QStringLiteral("chain-broken")
        << QStringLiteral("Entry 11 does not continue the chain (its previous hash is not entry "
                          "10's hash).");
    QTest::newRow("head count edited")
        << sql("UPDATE journal_head SET entries = 3") << qint64(0) << QStringLiteral("head-changed")
        << QStringLiteral("The journal's head was changed: it counts 3 entries, but the journal "
                          "holds 10.");
    QTest::newRow("head deleted")
        << sql("DELETE FROM journal_head") << qint64(0) << QStringLiteral("head-missing")
        << QStringLiteral("The journal's head record was removed, so removed last entries cannot "
                          "be detected.");
}

void TestJournalTampering::detectsTampering()
{
    QFETCH(QStringList, statements);
    QFETCH(qint64, firstBadSeq);
    QFETCH(QString, reason);
    QFETCH(QString, problem);
    QVERIFY(m_fx.fill());
    QVERIFY(m_fx.journal->verify()->ok);
    QCOMPARE(m_fx.tamper(statements), QString());

    auto verified = m_fx.journal->verify();
    QVERIFY(verified.ok());
    QVERIFY(!verified->ok);
    QCOMPARE(verified->firstBadSeq, firstBadSeq);
    QCOMPARE(verified->reason, reason);
    QCOMPARE(verified->problem, problem);
    QCOMPARE(verified->checked, firstBadSeq == 0 ? 10 : firstBadSeq - 1);
}

void TestJournalTampering::detectsForgedEntryWithValidLink()
{
    QVERIFY(m_fx.fill());
    // A copy of entry 10 as entry 11, linked and hashed by the published rule.
    const QJsonObject last = m_fx.exported().value(9);
    const QString prevHash = last.value(QStringLiteral("hash")).toString();
    QJsonObject forged = withoutHashes(last);
    forged.insert(QStringLiteral("seq"), 11);
    QCOMPARE(
        m_fx.tamper(
            {QStringLiteral("INSERT INTO journal SELECT 11, event, written_at, kind, method, url, "
                            "headers, body, body_sha256, body_size, ref_seq, outcome, http_status, "
                            "error_reason, error_message, received_sha256, digest_matched, '%1', "
                            "'%2' FROM journal WHERE seq = 10")
                 .arg(prevHash, chainHash(prevHash, forged))}),
        QString());
    auto verified = m_fx.journal->verify();
    QVERIFY(!verified->ok);
    QCOMPARE(verified->checked, 11);
    QCOMPARE(verified->firstBadSeq, 11);
    QCOMPARE(verified->problem,
             QStringLiteral("Entry 11 was not written by the console: the "
                            "journal's head ends at entry 10."));
}

void TestJournalTampering::detectsRewrittenLastEntry()
{
    QVERIFY(m_fx.fill());
    const QJsonObject last = m_fx.exported().value(9);
    QJsonObject rewritten = withoutHashes(last);
    rewritten.insert(QStringLiteral("outcome"), QStringLiteral("sent"));
    const QString prevHash = last.value(QStringLiteral("prevHash")).toString();
    QCOMPARE(m_fx.tamper(
                 {QStringLiteral("UPDATE journal SET outcome = 'sent', hash = '%1' WHERE seq = 10")
                      .arg(chainHash(prevHash, rewritten))}),
             QString());
    auto verified = m_fx.journal->verify();
    QVERIFY(!verified->ok);
    QCOMPARE(verified->firstBadSeq, 10);
    QCOMPARE(verified->reason, QStringLiteral("head-changed"));
    QCOMPARE(verified->problem,
             QStringLiteral("Entry 10 was replaced after it was written (the "
                            "journal's head records another hash for it)."));
}

void TestJournalTampering::appendingAfterRemovalKeepsTheEvidence()
{
    QVERIFY(m_fx.fill());
    QCOMPARE(m_fx.tamper({QStringLiteral("DELETE FROM journal WHERE seq = 10")}), QString());
    auto seq = m_fx.journal->recordRequest(updateEnvelope());
    QVERIFY(seq.ok());
    QCOMPARE(seq.value(), 11);
    auto verified = m_fx.journal->verify();
    QVERIFY(!verified->ok);
    QCOMPARE(verified->firstBadSeq, 10);
    QCOMPARE(verified->problem, QStringLiteral("Entry 10 is missing: entry 11 follows entry 9."));
}

QTEST_GUILESS_MAIN(TestJournalTampering)
#include "tst_journaltampering.moc"
