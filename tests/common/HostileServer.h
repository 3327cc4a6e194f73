// A licensing service that misbehaves on purpose, for the hostile-network tests: it
// listens on a free loopback port in a thread of its own (so a test may block on
// the lightagent-ctl it runs) and, per connection, does one bad thing — never
// answers, drips, floods, closes mid-body, or answers exactly the bytes it is given.
#pragma once

#include <QAtomicInteger>
#include <QByteArray>
#include <QMutex>
#include <QString>
#include <QThread>
#include <QUrl>

#include <memory>

namespace LightAgent::Test {

class HostileServerWorker;

class HostileServer
{
public:
    enum class Behaviour {
        SilentTcp, // accepts the TCP connection and never starts TLS
        SilentAfterRequest, // completes TLS, reads the request, never answers
        Drip, // answers a byte a second
        Flood, // answers 200 and then streams 1 GiB of body, as fast as it is read
        CloseMidBody, // announces 4096 bytes of body, sends 100, closes
        Answer, // answers with exactly answer() once the request has arrived
    };
    static constexpr qint64 FloodBytes = qint64(1) << 30;

    explicit HostileServer(Behaviour behaviour);
    ~HostileServer();
    HostileServer(const HostileServer &) = delete;
    HostileServer &operator=(const HostileServer &) = delete;

    // The TLS identity presented; the test server certificate (testTls()) unless set before
    // start().
    void setCertificate(const QString &certFile, const QString &keyFile);
    // For Answer: the whole HTTP response. For Flood: whether the 1 GiB length is
    // announced in Content-Length (else the body runs until the connection closes).
    void setAnswer(const QByteArray &response) { m_answer = response; }
    void setFloodAnnouncesLength(bool announce) { m_announceLength = announce; }

    bool start(); // false when it cannot listen or read its certificate
    QUrl url() const; // https://127.0.0.1:PORT

    int connections() const { return m_connections.loadAcquire(); }
    qint64 bodyBytesSent() const { return m_bodyBytesSent.loadAcquire(); }
    QByteArray requestReceived() const; // the first request's bytes, as decrypted

    static QByteArray httpResponse(int status, const QByteArray &body,
                                   const QByteArray &extraHeaders = {});

private:
    friend class HostileServerWorker;
    void recordRequest(const QByteArray &bytes);

    const Behaviour m_behaviour;
    QString m_certFile;
    QString m_keyFile;
    QByteArray m_answer;
    bool m_announceLength = false;
    quint16 m_port = 0;
    QAtomicInteger<int> m_connections = 0;
    QAtomicInteger<qint64> m_bodyBytesSent = 0;
    mutable QMutex m_mutex;
    QByteArray m_request;
    QThread m_thread;
    HostileServerWorker *m_worker = nullptr;
};

} // namespace LightAgent::Test
