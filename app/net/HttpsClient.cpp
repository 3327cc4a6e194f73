#include "HttpsClient.h"

#include "ProxyRoute.h"
#include "core/Crypto.h"
#include "core/VendorProfile.h"
#include "core/VisibleText.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>

#include <algorithm>

Q_LOGGING_CATEGORY(lcNet, "lightagent.net", QtWarningMsg)

namespace LightAgent {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::HttpsClient", text);
}

Error netError(ErrorCode code, const char *reason, const QString &message)
{
    return Error::make(code, QString::fromLatin1(reason), message);
}

Error fromSslError(const QSslError &error, const QString &host)
{
    switch (error.error()) {
    case QSslError::HostNameMismatch:
        return netError(ErrorCode::Tls, "host-mismatch",
                        tr("The service's certificate is not issued for %1: someone may be "
                           "impersonating the service. Nothing was sent.")
                            .arg(host));
    case QSslError::CertificateExpired:
        return netError(ErrorCode::Tls, "certificate-expired",
                        tr("The service's certificate has expired. Nothing was sent."));
    case QSslError::CertificateNotYetValid:
        return netError(ErrorCode::Tls, "certificate-not-yet-valid",
                        tr("The service's certificate is not valid yet; check this computer's "
                           "clock. Nothing was sent."));
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
        return netError(ErrorCode::Tls, "untrusted-certificate",
                        tr("The service's certificate is not issued by an authority that the "
                           "vendor profile or this system trusts. Nothing was sent."));
    default:
        return netError(ErrorCode::Tls, "certificate-invalid",
                        tr("The service's certificate is not acceptable (%1). Nothing was sent.")
                            .arg(error.errorString()));
    }
}

QSslConfiguration tlsConfiguration(const VendorProfile &profile)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    QList<QSslCertificate> cas;
    if (profile.useSystemCAs())
        cas = QSslConfiguration::systemCaCertificates();
    for (const QByteArray &pem : profile.caCertificatesPem())
        cas += QSslCertificate::fromData(pem, QSsl::Pem);
    config.setCaCertificates(cas);
    // No session tickets or resumption state is kept between exchanges.
    config.setSslOption(QSsl::SslOptionDisableSessionPersistence, true);
    return config;
}

} // namespace

HttpsClient::HttpsClient(const VendorProfile &profile, const NetworkSettings &settings,
                         QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_settings(settings)
{
    m_connectTimer.setSingleShot(true);
    m_totalTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &HttpsClient::onTimeout);
    connect(&m_totalTimer, &QTimer::timeout, this, &HttpsClient::onTimeout);
}

HttpsClient::~HttpsClient()
{
    if (m_socket)
        m_socket->abort();
}

HttpsClient::Route HttpsClient::route(const QUrl &url) const
{
    return Route {url, tlsConfiguration(m_profile)};
}

void HttpsClient::prepare(const QUrl &url)
{
    m_prepared = std::async(std::launch::async, &HttpsClient::route, this, url);
}

void HttpsClient::send(const RequestEnvelope &envelope)
{
    Q_ASSERT(!m_socket);
    // Taken even when unused, so that a later send() works it out afresh.
    std::future<Route> prepared = std::move(m_prepared);
    m_envelope = envelope;
    m_result.reset();
    m_tlsError.reset();
    m_encrypted = false;
    const QUrl url = envelope.url();
    if (url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        // Deferred so that finished() always comes after send() returns.
        QMetaObject::invokeMethod(
            this,
            [this] {
                complete(netError(ErrorCode::Network, "insecure-url",
                                  tr("Only https:// addresses are allowed; %1 was refused and "
                                     "nothing was sent.")
                                      .arg(m_envelope.url().toDisplayString())));
            },
            Qt::QueuedConnection);
        return;
    }
    m_parser.emplace(m_settings.maxResponseBytes);
    m_socket = new QSslSocket(this);
    Route to = prepared.valid() ? prepared.get() : Route();
    if (to.url != url)
        to = route(url);
    // Asked only now, after the request is journaled: a system proxy setting may
    // make the proxy library fetch an auto-configuration script from the network.
    // The envelope's User-Agent goes to an HTTP proxy's CONNECT too, as the preview says.
    m_socket->setProxy(ProxyRoute::forEnvelope(ProxyRoute::resolve(m_settings, url), envelope));
    m_socket->setSslConfiguration(to.tls);
    m_socket->setPeerVerifyName(url.host());
    m_socket->setReadBufferSize(64 * 1024);
    connect(m_socket, &QSslSocket::encrypted, this, &HttpsClient::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &HttpsClient::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &HttpsClient::onDisconnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, &HttpsClient::onSocketError);
    connect(m_socket, &QSslSocket::sslErrors, this, &HttpsClient::onSslErrors);
    m_connectTimer.start(m_settings.connectTimeoutMs);
    m_totalTimer.start(m_settings.totalTimeoutMs);
    emit progress(QStringLiteral("connecting"));
    m_socket->connectToHostEncrypted(url.host(), quint16(url.port(443)));
}

void HttpsClient::cancel()
{
    if (m_socket)
        complete(netError(ErrorCode::Cancelled, "cancelled",
                          m_encrypted ? tr("Cancelled. The request may already have reached the "
                                           "service.")
                                      : tr("Cancelled before anything was sent.")));
}

Error HttpsClient::pinMismatch() const
{
    return netError(ErrorCode::Tls, "pin-mismatch",
                    tr("The service's public key does not match any key pinned in the vendor "
                       "profile. Nothing was sent."));
}

bool HttpsClient::matchesPin() const
{
    // Pinned is what the handshake verified: the leaf, whose key the handshake proved,
    // up to an anchor of this connection's own trust store. What else the server sent
    // may only link the two, so a pinned certificate merely appended to the chain, or
    // a chain that needs the server's word for its root, matches nothing.
    const QSslCertificate leaf = m_socket->peerCertificate();
    QList<QByteArray> sent;
    for (const QSslCertificate &cert : m_socket->peerCertificateChain()) {
        if (cert != leaf)
            sent.append(cert.toDer());
    }
    QList<QByteArray> anchors;
    for (const QSslCertificate &cert : m_socket->sslConfiguration().caCertificates())
        anchors.append(cert.toDer());
    const auto chain = Crypto::verifiedChainSpkiSha256(leaf.toDer(), sent, anchors);
    if (!chain) {
        qCInfo(lcNet) << "pinned chain not verified:" << chain.error().message;
        return false;
    }
    const QList<QByteArray> pins = m_profile.spkiPins();
    return std::any_of(chain.value().cbegin(), chain.value().cend(),
                       [&pins](const QByteArray &spki) { return pins.contains(spki); });
}

void HttpsClient::onEncrypted()
{
    m_connectTimer.stop();
    if (!m_profile.spkiPins().isEmpty() && !matchesPin()) {
        complete(pinMismatch());
        return;
    }
    m_encrypted = true;
    emit progress(QStringLiteral("sending"));
    m_socket->write(m_envelope.wireBytes());
    emit progress(QStringLiteral("waiting"));
}

void HttpsClient::onReadyRead()
{
    if (!m_socket || !m_parser)
        return;
    const auto state = m_parser->feed(m_socket->readAll());
    if (state == HttpResponseParser::State::NeedMore) {
        emit progress(QStringLiteral("receiving"));
        return;
    }
    if (state == HttpResponseParser::State::Failed) {
        complete(m_parser->error());
        return;
    }
    const HttpResponse &response = m_parser->response();
    if (response.status >= 300 && response.status < 400) {
        complete(netError(
            ErrorCode::Protocol, "redirect-refused",
            tr("The service redirected the request to %1; redirects are not "
               "followed, so nothing more was sent.")
                .arg(visibleText(QString::fromUtf8(response.header("location").left(200))))));
        return;
    }
    complete(response);
}

void HttpsClient::onDisconnected()
{
    if (!m_socket || !m_parser)
        return;
    onReadyRead();
    if (m_socket && m_encrypted && m_parser->finish() == HttpResponseParser::State::Complete)
        complete(m_parser->response());
    else if (m_socket)
        complete(m_tlsError ? *m_tlsError : m_parser->error());
}

void HttpsClient::onSslErrors(const QList<QSslError> &errors)
{
    // Never ignored: the first error says why, and the handshake fails.
    if (!errors.isEmpty() && !m_tlsError)
        m_tlsError = fromSslError(errors.first(), m_envelope.url().host());
}

void HttpsClient::onSocketError()
{
    if (!m_socket)
        return;
    const auto error = m_socket->error();
    qCDebug(lcNet) << "socket error" << error << m_socket->errorString();
    if (m_tlsError) {
        complete(*m_tlsError);
        return;
    }
    const QString host = m_envelope.url().host();
    switch (error) {
    case QAbstractSocket::RemoteHostClosedError:
        if (m_encrypted) {
            onDisconnected();
            return;
        }
        complete(netError(ErrorCode::Tls, "tls-handshake",
                          tr("The service at %1 closed the connection during the secure "
                             "handshake. Nothing was sent.")
                              .arg(host)));
        return;
    case QAbstractSocket::HostNotFoundError:
        complete(netError(ErrorCode::Network, "name-not-resolved",
                          tr("The service's name %1 could not be resolved. Check the DNS "
                             "settings or the vendor profile.")
                              .arg(host)));
        return;
    case QAbstractSocket::ConnectionRefusedError:
        complete(netError(ErrorCode::Network, "connection-refused",
                          tr("The service at %1 refused the connection; it may be down or "
                             "blocked by a firewall.")
                              .arg(host)));
        return;
    case QAbstractSocket::SslHandshakeFailedError:
        complete(netError(ErrorCode::Tls, "tls-handshake",
                          tr("No secure connection could be agreed with %1 (TLS 1.2 or later "
                             "is required). Nothing was sent.")
                              .arg(host)));
        return;
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
    case QAbstractSocket::ProxyAuthenticationRequiredError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
        complete(netError(ErrorCode::Network, "proxy",
                          tr("The proxy refused or failed the connection: %1")
                              .arg(visibleText(m_socket->errorString()))));
        return;
    default:
        complete(netError(
            ErrorCode::Network, "network",
            tr("The connection to %1 failed: %2").arg(host, visibleText(m_socket->errorString()))));
    }
}

void HttpsClient::onTimeout()
{
    if (!m_socket)
        return;
    if (!m_encrypted)
        complete(netError(ErrorCode::Timeout, "connect-timeout",
                          tr("No secure connection to %1 within %2 seconds. Nothing was sent.")
                              .arg(m_envelope.url().host())
                              .arg(m_settings.connectTimeoutMs / 1000.0)));
    else
        complete(netError(ErrorCode::Timeout, "timeout",
                          tr("The service did not answer completely within %1 seconds.")
                              .arg(m_settings.totalTimeoutMs / 1000.0)));
}

void HttpsClient::complete(const Result<HttpResponse> &result)
{
    m_connectTimer.stop();
    m_totalTimer.stop();
    if (m_socket) {
        QSslSocket *socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_parser.reset();
    m_result = result;
    emit finished();
}

void HttpsClient::loadTlsLibrary()
{
    // Qt loads it under its own locks, so a QSslSocket made meanwhile just waits.
    (void)QSslConfiguration::defaultConfiguration();
}

Result<HttpResponse> HttpsClient::sendAndWait(const VendorProfile &profile,
                                              const NetworkSettings &settings,
                                              const RequestEnvelope &envelope)
{
    HttpsClient client(profile, settings);
    QEventLoop loop;
    connect(&client, &HttpsClient::finished, &loop, &QEventLoop::quit);
    client.send(envelope);
    loop.exec();
    return *client.result();
}

} // namespace LightAgent
