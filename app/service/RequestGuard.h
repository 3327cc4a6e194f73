// The limits of a request, applied on the connection before QHttpServer sees it.
// Qt 6.4's QHttpServer keeps a request's whole body in memory before any handler
// runs, and keeps serving a connection as long as the client likes; so a guard reads
// ahead of it (peeking, never consuming) and hands the connection over only once
// one whole, well-formed request of at most 16 KiB of head and 64 KiB of body has
// arrived within the deadline. Anything else is answered here — 400, 408, 411,
// 413 or 431 in the contract's error form — and the connection closed, having
// read little more than one acceptable request's worth of it. Each connection carries
// exactly one request; every answer says "Connection: close".
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <functional>

class QSslSocket;

namespace LightAgent::Service {

class RequestGuard : public QObject
{
public:
    static constexpr qsizetype MaxHeadBytes = 16 * 1024;
    static constexpr qsizetype MaxBodyBytes = 64 * 1024;
    static constexpr int RequestDeadlineMs = 10000; // from accepting to the whole request
    static constexpr qint64 MaxDiscardBytes = 256 * 1024; // read and dropped after a refusal
    // How much decrypted data the connection holds ahead of the guard's decision: one
    // whole acceptable request and a little more (Qt stops reading from the kernel at
    // this much, give or take what TLS had already taken in). Without the bound, a
    // client streaming a huge body while the service was busy had megabytes read (and
    // the kernel's receive window grown to match) before the head was looked at.
    static constexpr qint64 ReadAheadBytes = MaxHeadBytes + MaxBodyBytes + 16 * 1024;
    static constexpr int LingerMs = 2000; // for the client to read a refusal before the close

    using HandOver = std::function<void(QSslSocket *)>;

    // Guards `socket` (and becomes its child); calls handOver once with a whole,
    // acceptable request waiting in it.
    static void attach(QSslSocket *socket, HandOver handOver);

private:
    RequestGuard(QSslSocket *socket, HandOver handOver);

    enum class Stage { Head, Body, HandedOver, Refused };

    void onReadyRead();
    void onDeadline();
    void onDisconnected();
    void inspectHead(const QByteArray &head);
    void refuse(int status, const QByteArray &statusText, const QString &explanation);

    QSslSocket *m_socket;
    HandOver m_handOver;
    Stage m_stage = Stage::Head;
    qsizetype m_requestBytes = 0; // head and body, once the head is known
    qint64 m_discarded = 0;
    QTimer m_deadline;
};

} // namespace LightAgent::Service
