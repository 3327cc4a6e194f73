#include "HostileServer.h"

#include "TestCertificates.h"
#include "TestKeys.h"

#include <QFile>
#include <QMutexLocker>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

#include <memory>

namespace LightAgent::Test {

namespace {

constexpr qint64 FloodBlock = 64 * 1024;
constexpr qint64 FloodBuffered = 1024 * 1024; // never more than this waiting to go out
constexpr qsizetype CloseMidBodyAnnounced = 4096;
constexpr qsizetype CloseMidBodySent = 100;

QSslKey readKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pem = file.readAll();
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

// The request is whole once its head and Content-Length bytes of body have arrived.
bool isWholeRequest(const QByteArray &bytes)
{
    const qsizetype headEnd = bytes.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    qsizetype length = 0;
    for (const QByteArray &line : bytes.left(headEnd).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    return bytes.size() >= headEnd + 4 + length;
}

} // namespace

class HostileServerWorker : public QTcpServer
{
public:
    HostileServerWorker(HostileServer &owner, const QSslConfiguration &tls)
        : m_owner(owner)
        , m_tls(tls)
    { }

protected:
    void incomingConnection(qintptr handle) override
    {
        m_owner.m_connections.fetchAndAddOrdered(1);
        if (m_owner.m_behaviour == HostileServer::Behaviour::SilentTcp) {
            auto *socket = new QTcpSocket(this);
            socket->setSocketDescriptor(handle);
            return; // accepted, and not a word
        }
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        socket->setSslConfiguration(m_tls);
        // Owned by the connection's lambda, so it goes with the connection.
        auto request = std::make_shared<QByteArray>();
        connect(socket, &QSslSocket::readyRead, this, [this, socket, request] {
            const bool wasWhole = isWholeRequest(*request);
            *request += socket->readAll();
            if (wasWhole || !isWholeRequest(*request))
                return;
            m_owner.recordRequest(*request);
            misbehave(socket);
        });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        socket->startServerEncryption();
    }

private:
    void misbehave(QSslSocket *socket)
    {
        switch (m_owner.m_behaviour) {
        case HostileServer::Behaviour::SilentTcp:
        case HostileServer::Behaviour::SilentAfterRequest:
            return;
        case HostileServer::Behaviour::Drip:
            drip(socket);
            return;
        case HostileServer::Behaviour::Flood:
            flood(socket);
            return;
        case HostileServer::Behaviour::CloseMidBody: {
            const QByteArray whole =
                HostileServer::httpResponse(200, QByteArray(CloseMidBodyAnnounced, '{'));
            socket->write(whole.left(whole.size() - CloseMidBodyAnnounced + CloseMidBodySent));
            m_owner.m_bodyBytesSent.fetchAndAddOrdered(CloseMidBodySent);
            socket->disconnectFromHost();
            return;
        }
        case HostileServer::Behaviour::Answer:
            socket->write(m_owner.m_answer);
            socket->disconnectFromHost();
            return;
        }
    }

    void drip(QSslSocket *socket)
    {
        const QByteArray response = HostileServer::httpResponse(200, QByteArrayLiteral("{}"));
        auto *timer = new QTimer(socket);
        auto position = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [socket, timer, response, position] {
            socket->write(response.mid(*position, 1));
            if (++*position >= response.size())
                timer->stop();
        });
        timer->start(1000);
    }

    void flood(QSslSocket *socket)
    {
        QByteArray head =
            QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n");
        if (m_owner.m_announceLength)
            head += "Content-Length: " + QByteArray::number(HostileServer::FloodBytes) + "\r\n";
        socket->write(head + "\r\n");
        auto refill = [this, socket] {
            const QByteArray block(FloodBlock, ' ');
            while (socket->state() == QAbstractSocket::ConnectedState &&
                   socket->bytesToWrite() + socket->encryptedBytesToWrite() < FloodBuffered &&
                   m_owner.m_bodyBytesSent.loadAcquire() < HostileServer::FloodBytes) {
                socket->write(block);
                m_owner.m_bodyBytesSent.fetchAndAddOrdered(FloodBlock);
            }
        };
        connect(socket, &QSslSocket::encryptedBytesWritten, socket, refill);
        refill();
    }

    HostileServer &m_owner;
    QSslConfiguration m_tls;
};

HostileServer::HostileServer(Behaviour behaviour)
    : m_behaviour(behaviour)
    , m_certFile(testTls().cert)
    , m_keyFile(testTls().key)
{ }

HostileServer::~HostileServer()
{
    if (m_worker) {
        HostileServerWorker *worker = m_worker;
        QMetaObject::invokeMethod(
            worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

void HostileServer::setCertificate(const QString &certFile, const QString &keyFile)
{
    m_certFile = certFile;
    m_keyFile = keyFile;
}

bool HostileServer::start()
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(m_certFile);
    const QSslKey key = readKey(m_keyFile);
    if (chain.isEmpty() || key.isNull())
        return false;
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);

    m_worker = new HostileServerWorker(*this, tls);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    bool listening = false;
    QMetaObject::invokeMethod(
        m_worker,
        [this, &listening] {
            listening = m_worker->listen(QHostAddress::LocalHost);
            m_port = m_worker->serverPort();
        },
        Qt::BlockingQueuedConnection);
    return listening;
}

QUrl HostileServer::url() const
{
    QUrl url(QStringLiteral("https://127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QByteArray HostileServer::requestReceived() const
{
    QMutexLocker lock(&m_mutex);
    return m_request;
}

void HostileServer::recordRequest(const QByteArray &bytes)
{
    QMutexLocker lock(&m_mutex);
    if (m_request.isEmpty())
        m_request = bytes;
}

QByteArray HostileServer::httpResponse(int status, const QByteArray &body,
                                       const QByteArray &extraHeaders)
{
    return "HTTP/1.1 " + QByteArray::number(status) +
        " Hostile\r\nContent-Type: application/json\r\nContent-Length: " +
        QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

} // namespace LightAgent::Test
