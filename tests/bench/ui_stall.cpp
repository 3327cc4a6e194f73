// UI responsiveness for scripts/bench: the console's main window is up, an activation
// is sent the way the wizard sends it (ActivationFlow on the window's thread), and the
// service takes DELAY_MS to answer: a proxy on another thread holds the connection
// before passing it on to the real service. A 1 ms timer probes the event loop; the
// longest gap between its ticks is the longest stall. Prints "maxStallMs elapsedMs ok".
//
//   bench_ui_stall SERVICE_URL DATA_DIR CODE [DELAY_MS [CA_FILE]]
// CA_FILE: the CA the service's certificate is issued by (default: the tests' own).
#include "ConsoleSession.h"
#include "MainWindow.h"
#include "common/ServiceProcess.h"
#include "core/Clock.h"
#include "core/StateDatabase.h"
#include "core/VendorProfile.h"
#include "license/ActivationCode.h"
#include "net/NetworkSettings.h"
#include "provision/ActivationFlow.h"
#include "provision/RequestBuilder.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace LightAgent;

namespace {

// Accepts on a free loopback port; DELAY_MS later connects to the service and relays.
class DelayingProxy : public QThread
{
public:
    DelayingProxy(QUrl upstream, int delayMs)
        : m_upstream(std::move(upstream))
        , m_delayMs(delayMs)
    { }
    ~DelayingProxy() override
    {
        quit();
        wait();
    }

    quint16 startListening()
    {
        start();
        m_listening.acquire();
        return m_port;
    }

protected:
    void run() override
    {
        QTcpServer server;
        m_port = server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
        m_listening.release();
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
            while (QTcpSocket *client = server.nextPendingConnection())
                QTimer::singleShot(m_delayMs, Qt::PreciseTimer, client,
                                   [this, client] { relay(client); });
        });
        exec();
    }

private:
    void relay(QTcpSocket *client)
    {
        auto *service = new QTcpSocket(client);
        QObject::connect(service, &QTcpSocket::connected, client, [client, service] {
            service->write(client->readAll());
            QObject::connect(client, &QTcpSocket::readyRead, service,
                             [client, service] { service->write(client->readAll()); });
        });
        QObject::connect(service, &QTcpSocket::readyRead, client,
                         [client, service] { client->write(service->readAll()); });
        QObject::connect(service, &QTcpSocket::disconnected, client,
                         [client] { client->disconnectFromHost(); });
        QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        service->connectToHost(m_upstream.host(), quint16(m_upstream.port()));
    }

    const QUrl m_upstream;
    const int m_delayMs;
    quint16 m_port = 0; // written before m_listening is released
    QSemaphore m_listening;
};

// The longest gap between the ticks of a 1 ms timer.
class StallProbe : public QObject
{
public:
    explicit StallProbe(QObject *parent)
        : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longestNs = qMax(m_longestNs, m_sinceTick.nsecsElapsed());
            m_sinceTick.start();
        });
        m_sinceTick.start();
        m_timer.start();
    }
    double longestMs() const { return double(m_longestNs) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longestNs = 0;
};

int fail(const QString &text)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(text));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4 || args.size() > 6) {
        std::fprintf(stderr,
                     "usage: bench_ui_stall SERVICE_URL DATA_DIR CODE [DELAY_MS [CA_FILE]]\n");
        return 2;
    }
    const int delayMs = args.size() >= 5 ? args.at(4).toInt() : 3000;
    const QJsonObject tls = args.size() == 6
        ? QJsonObject {{QStringLiteral("caFiles"), QJsonArray {args.at(5)}},
                       {QStringLiteral("useSystemCAs"), false}}
        : QJsonObject();
    DelayingProxy proxy(QUrl(args.at(1)), delayMs);
    const quint16 port = proxy.startListening();
    if (port == 0)
        return fail(QStringLiteral("the proxy cannot listen"));

    QTemporaryDir profileDir;
    QUrl proxyUrl;
    proxyUrl.setScheme(QStringLiteral("https"));
    proxyUrl.setHost(QStringLiteral("127.0.0.1"));
    proxyUrl.setPort(port);
    auto profile = VendorProfile::load(Test::writeProfile(profileDir.path(), proxyUrl, tls));
    auto database = StateDatabase::open(args.at(2));
    auto code = ActivationCode::parse(args.at(3));
    if (!profile || !database || !code)
        return fail(QStringLiteral("cannot open the profile, the data directory or the code"));
    auto settings = NetworkSettings::load(*database.value());
    if (!settings)
        return fail(settings.error().message);

    ConsoleSession session(profile.value(), database.value());
    MainWindow window(session);
    window.show();
    const RequestSources sources {profile.value(), database.value(), session.localization(),
                                  Clock::instance()};
    auto envelope = RequestBuilder::activation(sources, code.value());
    if (!envelope)
        return fail(envelope.error().message);

    ActivationFlow flow(profile.value(), database.value(), settings.value());
    QElapsedTimer elapsed;
    // Started from the event loop, as the wizard's button would, once the window is up.
    QTimer::singleShot(200, &flow, [&] {
        auto *probe = new StallProbe(&flow);
        QObject::connect(&flow, &ActivationFlow::finished, &app, [&app, probe] {
            std::printf("%.3f ", probe->longestMs());
            app.quit();
        });
        elapsed.start();
        flow.start(envelope.value(), code.value());
    });
    QApplication::exec();
    const bool ok = flow.result().has_value() && flow.result()->ok();
    std::printf("%.3f %s\n", double(elapsed.nsecsElapsed()) / 1e6, ok ? "ok" : "failed");
    if (!ok && flow.result().has_value())
        return fail(flow.result()->error().message);
    return ok ? 0 : 1;
}
