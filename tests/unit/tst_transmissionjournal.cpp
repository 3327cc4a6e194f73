// The transmission journal (DESIGN §1 item 3, §3.0): every request is recorded
// before it is sent, with its masked body and the digest of the exact bytes, and its
// result after; entries read back, page and export as they were written.
#include "JournalFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace LightAgent;
using namespace LightAgent::Test;

class TestTransmissionJournal : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_fx.open()); }
    void cleanup() { m_fx.close(); }

    void recordsRequestAndResult();
    void storesTheMaskedBodyAndTheExactDigest();
    void resultComparesTheReceivedDigest_data();
    void resultComparesTheReceivedDigest();
    void resultNeedsItsRequest();
    void exportWritesRecomputableLines();
    void pagesThroughTenThousandEntries();
    void describeSummarizesEntries();

private:
    JournalFixture m_fx;
};

void TestTransmissionJournal::recordsRequestAndResult()
{
    const RequestEnvelope envelope = activationEnvelope();
    auto seq = m_fx.journal->recordRequest(envelope);
    QVERIFY(seq.ok());
    QCOMPARE(seq.value(), 1);
    m_fx.clock.advanceSeconds(2);
    QVERIFY(m_fx.journal->recordResult(1, TransmissionOutcome::sent(200, envelope.sha256())).ok());

    auto request = m_fx.journal->entry(1);
    QVERIFY(request.ok());
    QCOMPARE(request->event, JournalEvent::Request);
    QCOMPARE(request->time, m_fx.start);
    QCOMPARE(request->kind, QStringLiteral("activation"));
    QCOMPARE(request->method, QByteArrayLiteral("POST"));
    QCOMPARE(request->url, envelope.url());
    QCOMPARE(request->headers, envelope.headers());
    QCOMPARE(request->prevHash, ZeroHash);

    auto result = m_fx.journal->entry(2);
    QVERIFY(result.ok());
    QCOMPARE(result->event, JournalEvent::Result);
    QCOMPARE(result->refSeq, 1);
    QCOMPARE(result->outcome.result, TransmissionResult::Sent);
    QCOMPARE(result->outcome.httpStatus, 200);
    QCOMPARE(result->outcome.receivedSha256, envelope.sha256());
    QCOMPARE(result->outcome.digestMatched, std::optional<bool>(true));
    QCOMPARE(result->prevHash, request->hash);
    QCOMPARE(m_fx.journal->count().value(), 2);
    QCOMPARE(m_fx.journal->entry(3).error().reason, QStringLiteral("journal-entry-not-found"));
}

void TestTransmissionJournal::storesTheMaskedBodyAndTheExactDigest()
{
    const RequestEnvelope envelope = activationEnvelope();
    QVERIFY(m_fx.journal->recordRequest(envelope).ok());
    auto stored = m_fx.journal->entry(1);
    QVERIFY(stored.ok());
    QCOMPARE(stored->maskedBody, envelope.maskedBody());
    QVERIFY(stored->maskedBody.contains("*****-*****-*****-1A11P"));
    QCOMPARE(stored->bodySha256, Crypto::sha256Hex(envelope.body()));
    QCOMPARE(stored->bodySize, qint64(envelope.body().size()));
    QVERIFY(stored->bodySha256 != Crypto::sha256Hex(stored->maskedBody));

    // Not in the row, and not anywhere in the database files either.
    m_fx.journal.reset();
    m_fx.db.reset();
    for (const char *suffix : {"", "-wal"}) {
        QFile file(m_fx.dir->filePath(QString::fromLatin1(StateDatabase::FileName) +
                                      QLatin1String(suffix)));
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains(JournalCode.left(17).toLatin1()));
    }
}

void TestTransmissionJournal::resultComparesTheReceivedDigest_data()
{
    QTest::addColumn<QString>("received");
    QTest::addColumn<std::optional<bool>>("given");
    QTest::addColumn<std::optional<bool>>("recorded");
    const QString sent = activationEnvelope().sha256();
    const QString other = Crypto::sha256Hex("other bytes");
    QTest::newRow("service received the same bytes")
        << sent << std::optional<bool>() << std::optional<bool>(true);
    QTest::newRow("same digest in upper case")
        << sent.toUpper() << std::optional<bool>() << std::optional<bool>(true);
    QTest::newRow("service received other bytes")
        << other << std::optional<bool>() << std::optional<bool>(false);
    QTest::newRow("no digest in the answer")
        << QString() << std::optional<bool>() << std::optional<bool>();
    QTest::newRow("the sender's verdict is kept")
        << sent << std::optional<bool>(false) << std::optional<bool>(false);
}

void TestTransmissionJournal::resultComparesTheReceivedDigest()
{
    QFETCH(QString, received);
    QFETCH(std::optional<bool>, given);
    QFETCH(std::optional<bool>, recorded);
    QVERIFY(m_fx.journal->recordRequest(activationEnvelope()).ok());
    TransmissionOutcome outcome = TransmissionOutcome::sent(200, received);
    outcome.digestMatched = given;
    QVERIFY(m_fx.journal->recordResult(1, outcome).ok());
    QCOMPARE(m_fx.journal->entry(2)->outcome.digestMatched, recorded);
    QVERIFY(m_fx.journal->verify()->ok);
}

void TestTransmissionJournal::resultNeedsItsRequest()
{
    QVERIFY(m_fx.journal->recordRequest(activationEnvelope()).ok());
    QVERIFY(m_fx.journal->recordResult(1, TransmissionOutcome::cancelled()).ok());
    const Status onResult = m_fx.journal->recordResult(2, TransmissionOutcome::cancelled());
    QVERIFY(!onResult.ok());
    QCOMPARE(onResult.error().reason, QStringLiteral("journal-no-request"));
    QVERIFY(!m_fx.journal->recordResult(7, TransmissionOutcome::cancelled()).ok());
    QCOMPARE(m_fx.journal->count().value(), 2);
}

void TestTransmissionJournal::exportWritesRecomputableLines()
{
    QVERIFY(m_fx.fill());
    const QList<QJsonObject> lines = m_fx.exported();
    QCOMPARE(lines.size(), 10);
    QString previous = ZeroHash;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject &line = lines.at(i);
        QCOMPARE(line.value(QStringLiteral("seq")).toInteger(), qint64(i + 1));
        QCOMPARE(line.value(QStringLiteral("prevHash")).toString(), previous);
        previous = line.value(QStringLiteral("hash")).toString();
        QCOMPARE(chainHash(line.value(QStringLiteral("prevHash")).toString(), withoutHashes(line)),
                 previous);
    }
    QCOMPARE(lines.at(0).value(QStringLiteral("bodySha256")).toString(),
             activationEnvelope().sha256());
    QCOMPARE(
        QByteArray::fromBase64(lines.at(0).value(QStringLiteral("body")).toString().toLatin1()),
        activationEnvelope().maskedBody());
    QVERIFY(
        !m_fx.journal->exportJsonLines(m_fx.dir->filePath(QStringLiteral("missing/dir/x.jsonl")))
             .ok());
}

void TestTransmissionJournal::pagesThroughTenThousandEntries()
{
    // One fsync per entry would make this test slow, not more telling.
    QSqlQuery(m_fx.db->connection()).exec(QStringLiteral("PRAGMA synchronous=OFF"));
    const RequestEnvelope envelope = updateEnvelope();
    for (int i = 0; i < 5000; ++i) {
        auto seq = m_fx.journal->recordRequest(envelope);
        QVERIFY(seq.ok());
        QVERIFY(m_fx.journal->recordResult(seq.value(), TransmissionOutcome::sent(200)).ok());
    }
    QCOMPARE(m_fx.journal->count().value(), 10000);

    auto first = m_fx.journal->page(0, 25);
    QVERIFY(first.ok());
    QCOMPARE(first->size(), 25);
    for (qsizetype i = 0; i < first->size(); ++i)
        QCOMPARE(first->at(i).seq, qint64(i + 1));
    auto middle = m_fx.journal->page(5000, 1);
    QCOMPARE(middle->size(), 1);
    QCOMPARE(middle->constFirst().seq, 5001);
    QCOMPARE(middle->constFirst().event, JournalEvent::Request);
    auto last = m_fx.journal->page(9990, 25);
    QCOMPARE(last->size(), 10);
    QCOMPARE(last->constLast().seq, 10000);
    QCOMPARE(last->constLast().refSeq, 9999);
    QVERIFY(m_fx.journal->page(10000, 25)->isEmpty());
    QVERIFY(m_fx.journal->page(0, 0)->isEmpty());
    QCOMPARE(m_fx.journal->entry(7777)->seq, 7777);

    auto verified = m_fx.journal->verify();
    QVERIFY(verified->ok);
    QCOMPARE(verified->checked, 10000);
}

void TestTransmissionJournal::describeSummarizesEntries()
{
    QVERIFY(m_fx.fill());
    const QString request = describe(m_fx.journal->entry(1).value());
    QVERIFY2(request.startsWith(QStringLiteral("#1  2026-11-29 06:01:00 UTC  Activation with a "
                                               "code: POST https://127.0.0.1:8443/v1/activations")),
             qPrintable(request));
    QVERIFY(request.contains(activationEnvelope().sha256().left(8)));
    QCOMPARE(describe(m_fx.journal->entry(2).value()),
             QStringLiteral("#2  2026-11-29 06:01:00 UTC  Result of #1: sent (HTTP 200); the "
                            "service confirmed the digest"));
    // A known reason is said in the language of now, not as it was stored.
    QVERIFY(describe(m_fx.journal->entry(4).value())
                .endsWith(QStringLiteral("failed: The service refused the connection; it may be "
                                         "down or blocked by a firewall.")));
    QVERIFY(describe(m_fx.journal->entry(8).value()).contains(QStringLiteral("declined")));
}

QTEST_GUILESS_MAIN(TestTransmissionJournal)
#include "tst_transmissionjournal.moc"
