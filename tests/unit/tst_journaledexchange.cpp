// JournaledExchange::start(): the request's journal entry, and what goes with it (the
// consent an activation is sent under), are one change, committed before the service
// is reached; if either cannot be recorded, neither is, and nothing is sent. The proxy
// and the TLS configuration are worked out on another thread meanwhile
// (HttpsClient::prepare), which must change none of that.
#include "JournalFixture.h"
#include "common/TestKeys.h"
#include "common/Tripwire.h"
#include "net/NetworkSettings.h"
#include "provision/ConsentStore.h"
#include "provision/JournaledExchange.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <atomic>
#include <future>
#include <thread>

using namespace LightAgent;
using namespace LightAgent::Test;

namespace {

RequestEnvelope envelopeTo(const QUrl &service)
{
    QUrl url = service;
    url.setPath(QStringLiteral("/v1/activations"));
    return RequestEnvelope::postJson(TransmissionKind::Activation, url,
                                     {{QStringLiteral("activationCode"), JournalCode}},
                                     {QStringLiteral("activationCode")});
}

// The rows of `table` as another connection (another process) sees them.
int committedRows(const JournalFixture &fx, const QString &table)
{
    const QString name = QStringLiteral("reader-%1").arg(quintptr(QThread::currentThreadId()));
    int rows = -1;
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(fx.dir->filePath(QString::fromLatin1(StateDatabase::FileName)));
        QSqlQuery q(other);
        if (other.open() && q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next())
            rows = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

} // namespace

class TestJournaledExchange : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void requestAndConsentAreCommittedBeforeTheServiceIsReached();
    void whenEitherCannotBeRecordedNeitherIsAndNothingIsSent_data();
    void whenEitherCannotBeRecordedNeitherIsAndNothingIsSent();

private:
    Status grantConsent();

    JournalFixture m_fx;
};

void TestJournaledExchange::init()
{
    QVERIFY(m_fx.open());
}

void TestJournaledExchange::cleanup()
{
    m_fx.close();
}

Status TestJournaledExchange::grantConsent()
{
    return ConsentStore(m_fx.db).grant(ConsentKind::CodeActivation, m_fx.clock.now(),
                                       envelopeTo(QUrl()).sha256());
}

void TestJournaledExchange::requestAndConsentAreCommittedBeforeTheServiceIsReached()
{
    // A "service" on a thread of its own, which looks at the store the moment a
    // connection reaches it (whatever the client's thread is doing then), then hangs
    // up without TLS, so that the exchange fails and journals that.
    std::promise<quint16> port;
    std::atomic<int> requestsSeen = -1;
    std::atomic<int> consentsSeen = -1;
    std::jthread service([&] {
        QTcpServer server;
        port.set_value(server.listen(QHostAddress::LocalHost) ? server.serverPort() : 0);
        if (!server.waitForNewConnection(30000))
            return;
        requestsSeen = committedRows(m_fx, QStringLiteral("journal"));
        consentsSeen = committedRows(m_fx, QStringLiteral("consent"));
        delete server.nextPendingConnection();
    });
    const quint16 servicePort = port.get_future().get();

    JournaledExchange exchange(demoProfile(), m_fx.db, NetworkSettings());
    QSignalSpy failed(&exchange, &JournaledExchange::failed);
    const RequestEnvelope envelope =
        envelopeTo(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(servicePort)));
    const Status started = exchange.start(envelope, [&] { return grantConsent(); });
    QTRY_COMPARE(failed.size(), 1);
    service.join();
    QVERIFY(servicePort != 0);
    QVERIFY(started.ok());

    QCOMPARE(requestsSeen.load(), 1);
    QCOMPARE(consentsSeen.load(), 1);
    auto result = m_fx.journal->entry(exchange.journalSeq() + 1);
    QVERIFY(result.ok());
    QCOMPARE(result.value().outcome.result, TransmissionResult::Failed);
    QVERIFY(m_fx.journal->verify().value().ok);
}

void TestJournaledExchange::whenEitherCannotBeRecordedNeitherIsAndNothingIsSent_data()
{
    QTest::addColumn<QString>("refusingTable");
    QTest::addColumn<QString>("messageStart");
    QTest::newRow("the journal cannot record the request")
        << QStringLiteral("journal")
        << QStringLiteral("Nothing was sent, because the transmission journal could not");
    QTest::newRow("the consent cannot be recorded")
        << QStringLiteral("consent") << QStringLiteral("Could not record the consent");
}

void TestJournaledExchange::whenEitherCannotBeRecordedNeitherIsAndNothingIsSent()
{
    QFETCH(QString, refusingTable);
    QFETCH(QString, messageStart);
    // A trigger of this connection only refuses the table's next row.
    QSqlQuery trigger(m_fx.db->connection());
    QVERIFY(trigger.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.%1 "
                                        "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
                             .arg(refusingTable)));
    Tripwire tripwire;
    QVERIFY(tripwire.isListening());

    JournaledExchange exchange(demoProfile(), m_fx.db, NetworkSettings());
    QSignalSpy progress(&exchange, &JournaledExchange::progress);
    const Status started =
        exchange.start(envelopeTo(tripwire.url()), [&] { return grantConsent(); });

    QVERIFY(!started.ok());
    QVERIFY2(started.error().message.startsWith(messageStart), qPrintable(started.error().message));
    QCOMPARE(committedRows(m_fx, QStringLiteral("journal")), 0);
    QCOMPARE(committedRows(m_fx, QStringLiteral("consent")), 0);
    QCOMPARE(progress.size(), 0); // send() never began: it says "connecting" first
    QVERIFY(!tripwire.wasTouched());
}

QTEST_GUILESS_MAIN(TestJournaledExchange)
#include "tst_journaledexchange.moc"
