// Through an HTTP proxy: the proxy sees one CONNECT request before the TLS tunnel,
// and it must be the one the preview showed, byte for byte, with the product's own
// User-Agent — not Qt's "Mozilla/5.0". A small real proxy records what it receives
// and tunnels to the real reference service, or refuses.
#include "CtlProcess.h"
#include "common/ServiceProcess.h"
#include "core/StateDatabase.h"
#include "net/NetworkSettings.h"

#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace LightAgent;

namespace {

const QString GoodCode = QStringLiteral("DEMO1-COMME-RCIAL-0005I");

// Reads each connection's request head, records it, then tunnels to the host and
// port it names (answering 200) or refuses with 403.
class RecordingProxy : public QTcpServer
{
public:
    enum class Mode { Tunnel, Refuse };
    explicit RecordingProxy(Mode mode)
        : m_mode(mode)
    { }

    QList<QByteArray> requests; // each connection's request head, as received
    int connections = 0;

protected:
    void incomingConnection(qintptr handle) override
    {
        ++connections;
        auto *client = new QTcpSocket(this);
        client->setSocketDescriptor(handle);
        auto head = std::make_shared<QByteArray>();
        auto reading = std::make_shared<QMetaObject::Connection>();
        *reading = connect(client, &QTcpSocket::readyRead, this, [this, client, head, reading] {
            *head += client->readAll();
            const qsizetype end = head->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            disconnect(*reading);
            requests.append(head->left(end + 4));
            if (m_mode == Mode::Refuse) {
                client->write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
                client->disconnectFromHost();
                return;
            }
            tunnel(client, head->left(head->indexOf(' ', 8)).mid(8), head->mid(end + 4));
        });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }

private:
    void tunnel(QTcpSocket *client, const QByteArray &target, const QByteArray &early)
    {
        auto *upstream = new QTcpSocket(client);
        const qsizetype colon = target.lastIndexOf(':');
        connect(upstream, &QTcpSocket::connected, client, [client, upstream, early] {
            client->write("HTTP/1.1 200 Connection established\r\n\r\n");
            upstream->write(early + client->readAll());
        });
        connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(client->readAll());
        });
        connect(upstream, &QTcpSocket::readyRead, client,
                [client, upstream] { client->write(upstream->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        upstream->connectToHost(QString::fromLatin1(target.left(colon)),
                                quint16(target.mid(colon + 1).toUInt()));
    }

    Mode m_mode;
};

QString between(const QString &text, const QString &marker, int block)
{
    const QStringList parts = text.split(marker);
    return parts.size() > 2 * block + 1 ? parts.at(2 * block + 1) : QString();
}

} // namespace

class TestProxyConnect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void connectRequestIsThePreviewedOne_data();
    void connectRequestIsThePreviewedOne();
    void dryRunShowsTheProxyAndSendsNothing();

private:
    Test::CtlRun activate(const QStringList &options, const QProcessEnvironment &environment);
    void useProxySetting(const QString &text);

    Test::ServiceProcess m_service;
    std::unique_ptr<Test::CtlProcess> m_ctl;
    QString m_profile;
};

void TestProxyConnect::initTestCase()
{
    QVERIFY2(QFile::exists(Test::servicePath()), "the licensing service is not built");
    QVERIFY(m_service.start());
}

void TestProxyConnect::init()
{
    m_ctl = std::make_unique<Test::CtlProcess>();
    QVERIFY(m_ctl->isValid());
    m_profile = Test::writeProfile(m_ctl->path(QString()), m_service.baseUrl());
}

void TestProxyConnect::useProxySetting(const QString &text)
{
    // A status run creates the data directory and its database.
    QCOMPARE(
        m_ctl->run({QStringLiteral("--profile"), m_profile, QStringLiteral("status")}).exitCode, 0);
    auto db = StateDatabase::open(m_ctl->dataDir());
    QVERIFY(db.ok());
    auto settings = NetworkSettings::withProxyText(NetworkSettings(), text);
    QVERIFY(settings.ok());
    QVERIFY(settings.value().save(*db.value()).ok());
}

// Runs activate without blocking the event loop, which the proxy needs.
Test::CtlRun TestProxyConnect::activate(const QStringList &options,
                                        const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(Test::ctlProgram(),
                  QStringList {QStringLiteral("--data-dir"), m_ctl->dataDir(),
                               QStringLiteral("--profile"), m_profile, QStringLiteral("activate"),
                               GoodCode} +
                      options);
    Test::CtlRun run;
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return run;
}

void TestProxyConnect::connectRequestIsThePreviewedOne_data()
{
    QTest::addColumn<bool>("fromEnvironment"); // else the proxy set in lightagent-ctl
    QTest::addColumn<bool>("tunnel"); // else the proxy refuses
    QTest::newRow("set proxy, tunnel to the service") << false << true;
    QTest::newRow("https_proxy in the environment, tunnel") << true << true;
    QTest::newRow("set proxy that refuses") << false << false;
}

void TestProxyConnect::connectRequestIsThePreviewedOne()
{
    QFETCH(bool, fromEnvironment);
    QFETCH(bool, tunnel);
    RecordingProxy proxy(tunnel ? RecordingProxy::Mode::Tunnel : RecordingProxy::Mode::Refuse);
    QVERIFY(proxy.listen(QHostAddress::LocalHost));
    const QString proxyAddress = QStringLiteral("127.0.0.1:%1").arg(proxy.serverPort());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "http_proxy",
                             "HTTP_PROXY", "no_proxy", "NO_PROXY"})
        environment.remove(QString::fromLatin1(name));
    if (fromEnvironment)
        environment.insert(QStringLiteral("https_proxy"), QStringLiteral("http://") + proxyAddress);
    else
        useProxySetting(QStringLiteral("http://") + proxyAddress);
    if (QTest::currentTestFailed())
        return;
    const int before = m_service.requestCount();

    const Test::CtlRun run = activate({QStringLiteral("--yes")}, environment);
    QVERIFY2(run.exitCode == (tunnel ? 0 : 8), run.err.constData());
    // Qt may try a refusing proxy twice; each time with the same request.
    QVERIFY(!proxy.requests.isEmpty());
    const QByteArray request = proxy.requests.first();
    for (const QByteArray &again : std::as_const(proxy.requests))
        QCOMPARE(again, request);
    const QByteArray requestLine =
        "CONNECT 127.0.0.1:" + QByteArray::number(m_service.baseUrl().port()) + " HTTP/1.1\r\n";
    QVERIFY2(request.startsWith(requestLine), request.constData());
    QVERIFY2(request.contains("\r\nUser-Agent: LightAgentConsole\r\n"), request.constData());
    QVERIFY2(!request.contains("Mozilla"), request.constData());
    // The preview said which proxy, and showed exactly this request.
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QStringLiteral("through the HTTP proxy ") + proxyAddress),
             run.out.constData());
    QCOMPARE(between(out, QStringLiteral("----8<----\n"), 1),
             QString::fromLatin1(request) + QLatin1Char('\n'));
    QCOMPARE(m_service.requestCount() - before, tunnel ? 1 : 0);
}

void TestProxyConnect::dryRunShowsTheProxyAndSendsNothing()
{
    RecordingProxy proxy(RecordingProxy::Mode::Refuse);
    QVERIFY(proxy.listen(QHostAddress::LocalHost));
    useProxySetting(QStringLiteral("http://127.0.0.1:%1").arg(proxy.serverPort()));
    if (QTest::currentTestFailed())
        return;
    const Test::CtlRun run =
        activate({QStringLiteral("--dry-run")}, QProcessEnvironment::systemEnvironment());
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(
        out.contains(QStringLiteral("through the HTTP proxy 127.0.0.1:%1").arg(proxy.serverPort())),
        run.out.constData());
    QVERIFY2(between(out, QStringLiteral("----8<----\n"), 1)
                 .contains(QStringLiteral("\r\nUser-Agent: LightAgentConsole\r\n")),
             run.out.constData());
    QCOMPARE(proxy.connections, 0);
}

QTEST_GUILESS_MAIN(TestProxyConnect)
#include "tst_proxyconnect.moc"
