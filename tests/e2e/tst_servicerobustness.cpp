// The reference licensing service under attack (app/service/RequestGuard.h): a body
// over 64 KiB is refused from its head, before it is read; a thousand malformed
// requests at once leave it up and answering; and its SQLite state is intact, with
// every answered activation kept, after a SIGKILL.
#include "common/ServiceProcess.h"
#include "common/TestCertificates.h"
#include "common/TestKeys.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>
#include <QUuid>

#include <sys/resource.h>

using namespace LightAgent;

namespace {

QSslConfiguration testTrust()
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(Test::testTls().ca));
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}

QByteArray activationBody(const QString &svmId)
{
    const QJsonObject os {
        {QStringLiteral("family"), QStringLiteral("Linux")},
        {QStringLiteral("version"), QStringLiteral("12")},
        {QStringLiteral("edition"), QStringLiteral("Debian GNU/Linux")},
        {QStringLiteral("build"), QStringLiteral("6.1.0")},
        {QStringLiteral("updateNumber"), QStringLiteral("9")},
        {QStringLiteral("extendedEdition"), QStringLiteral("Debian GNU/Linux 12")},
    };
    return Test::canonical(QJsonObject {
        {QStringLiteral("activationCode"), QStringLiteral("DEMO1-COMME-RCIAL-0005I")},
        {QStringLiteral("svmDateTime"), QStringLiteral("2026-11-29T06:00:00Z")},
        {QStringLiteral("solutionId"), QStringLiteral("KSVLA")},
        {QStringLiteral("licenseSolutionId"), QJsonValue::Null},
        {QStringLiteral("compatibleApplicationIds"), QJsonArray {QStringLiteral("KSVLA")}},
        {QStringLiteral("solutionVersion"), QStringLiteral("6.2.0.187")},
        {QStringLiteral("localization"), QStringLiteral("en-US")},
        {QStringLiteral("svmId"), svmId},
        {QStringLiteral("installationId"), QStringLiteral("3c2b1a09-8f7e-4d6c-b5a4-0f1e2d3c4b5a")},
        {QStringLiteral("os"), os},
    });
}

QByteArray post(const QByteArray &path, const QByteArray &body)
{
    return "POST " + path +
        " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        "Content-Length: " +
        QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

int statusOf(const QByteArray &response)
{
    return response.startsWith("HTTP/1.1 ") ? response.mid(9, 3).toInt() : 0;
}

// One TLS connection that sends `request`, then (when `streamBytes` is set) keeps
// streaming body bytes as fast as the service takes them, and records the answer.
class Exchange : public QObject
{
public:
    Exchange(const QUrl &url, const QByteArray &request, qint64 streamBytes = 0,
             bool plainTcp = false)
        : m_request(request)
        , m_streamBytes(streamBytes)
    {
        connect(&m_socket, &QSslSocket::encrypted, this, &Exchange::sendRequest);
        connect(&m_socket, &QSslSocket::readyRead, this,
                [this] { m_response += m_socket.readAll(); });
        connect(&m_socket, &QSslSocket::encryptedBytesWritten, this, &Exchange::stream);
        connect(&m_socket, &QSslSocket::disconnected, this, [this] { m_done = true; });
        connect(&m_socket, &QSslSocket::errorOccurred, this, [this] {
            if (m_socket.state() == QAbstractSocket::UnconnectedState)
                m_done = true;
        });
        m_socket.setSslConfiguration(testTrust());
        if (plainTcp) {
            connect(&m_socket, &QSslSocket::connected, this, &Exchange::sendRequest);
            m_socket.connectToHost(url.host(), quint16(url.port()));
        } else {
            m_socket.connectToHostEncrypted(url.host(), quint16(url.port()));
        }
    }

    bool done() const { return m_done; }
    QByteArray response() const { return m_response; }
    qint64 bodyBytesSent() const { return m_sent; }

private:
    void sendRequest()
    {
        m_socket.write(m_request);
        m_requestSent = true;
        stream();
    }
    // Also called for the handshake's bytes: the body only ever follows the head.
    void stream()
    {
        if (!m_requestSent)
            return;
        const QByteArray block(64 * 1024, 'x');
        while (m_sent < m_streamBytes && m_socket.state() == QAbstractSocket::ConnectedState &&
               m_socket.bytesToWrite() + m_socket.encryptedBytesToWrite() < 256 * 1024) {
            m_socket.write(block);
            m_sent += block.size();
        }
    }

    QSslSocket m_socket;
    QByteArray m_request;
    qint64 m_streamBytes;
    qint64 m_sent = 0;
    bool m_requestSent = false;
    QByteArray m_response;
    bool m_done = false;
};

// A memory bound for a process of ours: AddressSanitizer's quarantine and redzones
// (the asan preset sets ASAN_OPTIONS) take up to about four times as much.
qint64 boundKiB(qint64 normalKiB)
{
    return qEnvironmentVariableIsSet("ASAN_OPTIONS") ? 4 * normalKiB : normalKiB;
}

// The peak resident memory of a running process so far, in KiB; -1 if it cannot be read,
// which fails the memory checks: an unknown peak is not a small one.
qint64 peakResidentKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            bool ok = false;
            const qint64 kib = line.mid(6).trimmed().split(' ').first().toLongLong(&ok);
            return ok && kib > 0 ? kib : -1;
        }
    }
    return -1;
}

} // namespace

class TestServiceRobustness : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void oversizedRequestIsRefusedUnread_data();
    void oversizedRequestIsRefusedUnread();
    void thousandMalformedRequestsAtOnce();
    void stateIsIntactAfterSigkill();

private:
    void expectStillAnswering();

    std::unique_ptr<Test::ServiceProcess> m_service;
};

void TestServiceRobustness::initTestCase()
{
    // A thousand connections on each side need more descriptors than the usual 1024.
    rlimit limit {};
    QCOMPARE(getrlimit(RLIMIT_NOFILE, &limit), 0);
    if (limit.rlim_cur < 4096 && limit.rlim_max > limit.rlim_cur) {
        limit.rlim_cur = std::min<rlim_t>(limit.rlim_max, 8192);
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

void TestServiceRobustness::init()
{
    m_service = std::make_unique<Test::ServiceProcess>();
    QVERIFY2(m_service->start(), m_service->log().constData());
}

void TestServiceRobustness::cleanup()
{
    m_service.reset();
}

void TestServiceRobustness::expectStillAnswering()
{
    Exchange good(m_service->baseUrl(),
                  post("/v1/activations",
                       activationBody(QUuid::createUuid().toString(QUuid::WithoutBraces))));
    QTRY_VERIFY_WITH_TIMEOUT(good.done(), 30000);
    QVERIFY2(statusOf(good.response()) == 200 || statusOf(good.response()) == 409,
             good.response().left(400).constData());
}

void TestServiceRobustness::oversizedRequestIsRefusedUnread_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<qint64>("streamBytes");
    QTest::addColumn<int>("status");
    const QByteArray start = "POST /v1/activations HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                             "Content-Type: application/json\r\n";
    auto row = [&start](const char *name, const QByteArray &headers, qint64 streamBytes,
                        int status) {
        QTest::newRow(name) << QByteArray(start + headers) << streamBytes << status;
    };
    constexpr qint64 GiB = qint64(1) << 30;
    row("announces 1 GiB", "Content-Length: 1073741824\r\n\r\n", GiB, 413);
    row("announces 64 KiB + 1", "Content-Length: 65537\r\n\r\n", 65537, 413);
    row("chunked, without a length", "Transfer-Encoding: chunked\r\n\r\n", GiB, 411);
    row("a 1 MiB head", "X-Padding: " + QByteArray(1024 * 1024, 'p'), 0, 431);
    row("two lengths that disagree", "Content-Length: 10\r\nContent-Length: 70000\r\n\r\n", 70000,
        400);
}

void TestServiceRobustness::oversizedRequestIsRefusedUnread()
{
    QFETCH(QByteArray, head);
    QFETCH(qint64, streamBytes);
    QFETCH(int, status);
    QElapsedTimer clock;
    clock.start();
    Exchange exchange(m_service->baseUrl(), head, streamBytes);
    QTRY_VERIFY_WITH_TIMEOUT(exchange.done(), 30000);
    QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(
        statusOf(exchange.response()) == status,
        QByteArray(exchange.response().left(300) + "\n" + m_service->log().right(500)).constData());
    QVERIFY(exchange.response().contains("\"BAD_REQUEST\""));
    QVERIFY(exchange.response().contains("Connection: close"));
    // Refused from its head: only what was already on the way got sent.
    QVERIFY2(exchange.bodyBytesSent() < 16 * 1024 * 1024,
             qPrintable(QString::number(exchange.bodyBytesSent())));
    const qint64 peak = peakResidentKiB(m_service->processId());
    QVERIFY2(peak > 0, "the service's peak memory could not be read");
    QVERIFY2(peak < boundKiB(200 * 1024), qPrintable(QString::number(peak)));
    QVERIFY(m_service->log().contains(QByteArray("REFUSED " + QByteArray::number(status))));
    expectStillAnswering();
}

void TestServiceRobustness::thousandMalformedRequestsAtOnce()
{
    const QList<QByteArray> malformed {
        "GARBAGE\r\n\r\n",
        QByteArray::fromHex("00fffe01") + " not http at all\r\n\r\n",
        "POST /v1/activations HTTP/1.1\r\nContent-Length: abc\r\n\r\n",
        "POST /v1/activations HTTP/1.1\r\nContent-Length: 10\r\n\r\n{not json}",
        "POST /v1/activations HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}",
        "POST /v1/activations HTTP/1.1\r\nTransfer-Encoding: "
        "chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
        "POST /v1/activations HTTP/1.1\r\n Folded: header\r\n\r\n",
        "GET /../../etc/passwd HTTP/1.1\r\n\r\n",
        post("/v1/activations", QByteArray(60000, '[')),
        "POST /v1/activations HTTP/1.1\r\nContent-Length: 100\r\n\r\n{\"half\":", // then silence
    };
    std::vector<std::unique_ptr<Exchange>> exchanges;
    for (int i = 0; i < 1000; ++i) {
        // Every 25th speaks no TLS at all.
        exchanges.push_back(std::make_unique<Exchange>(
            m_service->baseUrl(), malformed.at(i % malformed.size()), 0, i % 25 == 0));
    }
    auto finished = [&exchanges] {
        return std::count_if(exchanges.begin(), exchanges.end(),
                             [](const auto &e) { return e->done(); });
    };
    // The silent ones end at the service's request deadline (10 s).
    QTRY_VERIFY_WITH_TIMEOUT(finished() == qsizetype(exchanges.size()), 120000);
    // Every answer is a refusal. A connection may also end without one: the service
    // drops a client whose handshake and request take over 10 s, which a thousand
    // handshakes at once do on a loaded machine or under the sanitizers. What must
    // hold is that every connection ends and the service then answers as usual.
    int answered = 0;
    for (std::size_t i = 0; i < exchanges.size(); ++i) {
        const QByteArray response = exchanges.at(i)->response();
        if (response.isEmpty())
            continue;
        QVERIFY2(i % 25 != 0, "a connection without TLS got an answer");
        const int status = statusOf(response);
        QVERIFY2(
            status >= 400 && status < 500,
            qPrintable(QStringLiteral("request %1 (%2): %3")
                           .arg(i)
                           .arg(QString::fromLatin1(malformed.at(i % malformed.size()).left(40)))
                           .arg(QString::fromLatin1(response.left(200)))));
        ++answered;
    }
    qInfo("%d of the 960 TLS connections were answered with a refusal", answered);
    exchanges.clear();
    expectStillAnswering();
    const qint64 peak = peakResidentKiB(m_service->processId());
    qInfo("The service's peak memory: %lld MiB", peak / 1024);
    QVERIFY2(peak > 0, "the service's peak memory could not be read");
    QVERIFY2(peak < boundKiB(300 * 1024), qPrintable(QString::number(peak)));
}

void TestServiceRobustness::stateIsIntactAfterSigkill()
{
    // Activations of distinct SVMs and checks, one after another, until a SIGKILL at
    // a random moment; every one answered 200 must be in the database afterwards.
    QStringList answeredSvms;
    QRandomGenerator random(QRandomGenerator::global()->generate());
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer clock;
        clock.start();
        const qint64 killAfterMs = 200 + random.bounded(800);
        while (clock.elapsed() < killAfterMs) {
            const QString svm = QUuid::createUuid().toString(QUuid::WithoutBraces);
            Exchange exchange(m_service->baseUrl(),
                              post("/v1/activations/check", activationBody(svm)));
            QTRY_VERIFY_WITH_TIMEOUT(exchange.done(), 30000);
            Exchange activation(m_service->baseUrl(), post("/v1/activations", activationBody(svm)));
            QTRY_VERIFY_WITH_TIMEOUT(activation.done() || clock.elapsed() >= killAfterMs, 30000);
            if (!activation.done())
                break;
            if (statusOf(activation.response()) == 200)
                answeredSvms.append(svm);
        }
        m_service->kill();
        // Intact, and every answered activation kept.
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_service->databasePath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            for (const QString &svm : std::as_const(answeredSvms)) {
                QSqlQuery activation(db);
                activation.prepare(
                    QStringLiteral("SELECT COUNT(*) FROM activations WHERE svm_id = ?"));
                activation.addBindValue(svm);
                QVERIFY(activation.exec() && activation.next());
                QVERIFY2(activation.value(0).toInt() >= 1, qPrintable(svm));
            }
            // The activation limit still holds: at most 5 SVMs for this code.
            QVERIFY(
                q.exec(QStringLiteral("SELECT COUNT(DISTINCT svm_id) FROM activations WHERE code = "
                                      "'DEMO1-COMME-RCIAL-0005I'")));
            QVERIFY(q.next());
            QVERIFY(q.value(0).toInt() <= 5);
        }
        QSqlDatabase::removeDatabase(name);
        QVERIFY2(m_service->start(), m_service->log().constData());
        expectStillAnswering();
    }
}

QTEST_GUILESS_MAIN(TestServiceRobustness)
#include "tst_servicerobustness.moc"
