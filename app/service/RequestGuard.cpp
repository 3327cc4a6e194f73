#include "RequestGuard.h"

#include "ServiceReply.h"
#include "core/Clock.h"
#include "provision/WireNames.h"

#include <QCoreApplication>
#include <QSslSocket>

#include <cstdio>

namespace LightAgent::Service {

namespace {

// Not tr(): inside the guard, a QObject, that name would be QObject::tr's context.
QString message(const char *text)
{
    return QCoreApplication::translate("LightAgent::Service::RequestGuard", text);
}

bool isToken(const QByteArray &text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '_' || c == '.';
    });
}

bool isDigits(const QByteArray &text)
{
    return !text.isEmpty() && text.size() <= 18 &&
        std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// One line per refused connection, like the request log's, and never the body.
void logRefusal(const QSslSocket *socket, int status, const char *reason)
{
    const QByteArray line = Clock::instance().now().toString(Qt::ISODate).toUtf8() + " REFUSED " +
        QByteArray::number(status) + " peer=" + socket->peerAddress().toString().toUtf8() +
        " reason=" + reason + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

void RequestGuard::attach(QSslSocket *socket, HandOver handOver)
{
    new RequestGuard(socket, std::move(handOver));
}

RequestGuard::RequestGuard(QSslSocket *socket, HandOver handOver)
    : QObject(socket)
    , m_socket(socket)
    , m_handOver(std::move(handOver))
{
    socket->setReadBufferSize(ReadAheadBytes);
    // Made before QHttpServer connects to the socket, so this guard sees every byte first.
    connect(socket, &QSslSocket::readyRead, this, &RequestGuard::onReadyRead);
    connect(socket, &QSslSocket::disconnected, this, &RequestGuard::onDisconnected);
    connect(socket, &QSslSocket::errorOccurred, this, [this] {
        // A failed handshake or a reset ends a connection that was never handed over.
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
    connect(socket, &QSslSocket::bytesWritten, this, [this] {
        // The one answer is on its way: nothing else will be served on this connection.
        if (m_stage == Stage::HandedOver)
            m_socket->disconnectFromHost();
    });
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &RequestGuard::onDeadline);
    m_deadline.start(RequestDeadlineMs);
}

void RequestGuard::onReadyRead()
{
    switch (m_stage) {
    case Stage::Refused:
        // Dropped up to a budget; past it, nothing more is read, the client's sending
        // stalls, and the connection closes when the lingering is over. (Aborting at
        // once would reset the connection before the client read the refusal.)
        if (m_discarded <= MaxDiscardBytes)
            m_discarded += m_socket->readAll().size();
        else
            m_socket->setReadBufferSize(1);
        return;
    case Stage::HandedOver:
        // A second request on the connection: it is not read, and the connection ends.
        if (m_socket->bytesAvailable() > m_requestBytes)
            m_socket->abort();
        return;
    case Stage::Head:
    case Stage::Body:
        break;
    }
    const QByteArray buffered = m_socket->peek(m_socket->bytesAvailable());
    if (m_stage == Stage::Head) {
        const qsizetype headEnd = buffered.indexOf("\r\n\r\n");
        if (headEnd < 0 || headEnd > MaxHeadBytes) {
            if (headEnd > MaxHeadBytes || buffered.size() > MaxHeadBytes + 3)
                refuse(431, "Request Header Fields Too Large",
                       message("The request's head is larger than %1 bytes.").arg(MaxHeadBytes));
            return;
        }
        inspectHead(buffered.left(headEnd));
        if (m_stage != Stage::Body)
            return;
    }
    if (buffered.size() < m_requestBytes)
        return;
    if (buffered.size() > m_requestBytes) {
        refuse(400, "Bad Request", message("Send one request per connection."));
        return;
    }
    m_stage = Stage::HandedOver;
    m_deadline.stop();
    // Outside this slot, so that QHttpServer's own connection to readyRead is in place
    // before the signal that makes it read the request.
    QTimer::singleShot(0, this, [this] {
        m_handOver(m_socket);
        Q_EMIT m_socket->readyRead();
        m_requestBytes = 0;
    });
}

void RequestGuard::inspectHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine =
        lines.first().chopped(lines.first().endsWith('\r') ? 1 : 0).split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) ||
        !requestLine.at(1).startsWith('/') ||
        (requestLine.at(2) != "HTTP/1.1" && requestLine.at(2) != "HTTP/1.0")) {
        refuse(400, "Bad Request", message("The request line is not HTTP/1.1."));
        return;
    }
    QByteArray length;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).endsWith('\r') ? lines.at(i).chopped(1) : lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon))) {
            refuse(400, "Bad Request", message("The request has a malformed header line."));
            return;
        }
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "transfer-encoding") {
            refuse(411, "Length Required",
                   message("Send the request body with a Content-Length, not in chunks."));
            return;
        }
        if (name == "content-length") {
            if (!isDigits(value) || (!length.isEmpty() && length != value)) {
                refuse(400, "Bad Request", message("The request's Content-Length is not valid."));
                return;
            }
            length = value;
        }
    }
    const qint64 bodyBytes = length.isEmpty() ? 0 : length.toLongLong();
    if (bodyBytes > MaxBodyBytes) {
        refuse(413, "Payload Too Large",
               message("The request body is larger than %1 bytes.").arg(MaxBodyBytes));
        return;
    }
    m_requestBytes = head.size() + 4 + qsizetype(bodyBytes);
    m_stage = Stage::Body;
}

void RequestGuard::refuse(int status, const QByteArray &statusText, const QString &explanation)
{
    m_stage = Stage::Refused;
    const QByteArray body = ServiceReply::failure(static_cast<ServiceReply::StatusCode>(status),
                                                  Wire::ErrorCode::BadRequest, explanation)
                                .bytes();
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + statusText +
                    "\r\nContent-Type: application/json\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    logRefusal(m_socket, status, statusText.constData());
    // What already arrived is dropped; the client gets a moment to read the answer
    // before the connection closes.
    m_discarded = m_socket->readAll().size();
    m_deadline.start(LingerMs);
}

void RequestGuard::onDeadline()
{
    switch (m_stage) {
    case Stage::Head:
    case Stage::Body:
        if (m_socket->isEncrypted()) {
            refuse(408, "Request Timeout",
                   message("The request did not arrive within %1 seconds.")
                       .arg(RequestDeadlineMs / 1000));
            return;
        }
        logRefusal(m_socket, 408, "no TLS session");
        m_socket->abort();
        onDisconnected();
        return;
    case Stage::Refused:
        m_socket->disconnectFromHost();
        return;
    case Stage::HandedOver:
        return;
    }
}

void RequestGuard::onDisconnected()
{
    // Once handed over, QHttpServer owns the socket and deletes it itself.
    if (m_stage != Stage::HandedOver)
        m_socket->deleteLater();
}

} // namespace LightAgent::Service
