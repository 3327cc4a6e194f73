#include "ServiceMain.h"

#include "ActivationEndpoint.h"
#include "BundlePublisher.h"
#include "CodeCatalog.h"
#include "GuardedTlsServer.h"
#include "LicenseIssuer.h"
#include "RequestLog.h"
#include "ServiceStore.h"
#include "UpdateEndpoint.h"
#include "core/Clock.h"
#include "provision/WireNames.h"

#include <QCoreApplication>
#include <QFile>
#include <QHttpServerRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

namespace LightAgent::Service {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lightagent-licensing-service", text);
}

Error tlsError(const QString &message)
{
    return Error::make(ErrorCode::Tls, QStringLiteral("tls"), message);
}

// Qt 6.4's QSslKey needs the algorithm up front; the demo key is ECDSA P-256.
QSslKey readPrivateKey(const QByteArray &pem)
{
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

} // namespace

ServiceMain::ServiceMain(const ServiceOptions &options)
    : m_options(options)
{ }

ServiceMain::~ServiceMain() = default;

Result<QUrl> ServiceMain::start()
{
    if (Status s = setUpTls(); !s)
        return s.error();
    if (Status s = setUpState(); !s)
        return s.error();
    addRoutes();
    // A guarded listener instead of QHttpServer::listen(): see RequestGuard.h.
    auto *listener = new GuardedTlsServer(m_tls, &m_server);
    const quint16 port =
        listener->listen(m_options.address, m_options.port) ? listener->serverPort() : 0;
    if (port != 0)
        m_server.bind(listener);
    if (port == 0)
        return Error::make(ErrorCode::Network, QStringLiteral("listen"),
                           tr("Cannot listen on %1 port %2; is another service using it?")
                               .arg(m_options.address.toString())
                               .arg(m_options.port));
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(m_options.address.toString());
    url.setPort(port);
    return url;
}

Status ServiceMain::setUpTls()
{
    if (!QSslSocket::supportsSsl())
        return tlsError(tr("This system's Qt has no TLS support."));
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(m_options.tlsCert, QSsl::Pem);
    if (chain.isEmpty())
        return tlsError(tr("No PEM certificate could be read from %1.").arg(m_options.tlsCert));
    QFile keyFile(m_options.tlsKey);
    if (!keyFile.open(QIODevice::ReadOnly))
        return tlsError(
            tr("Cannot read the TLS key %1: %2").arg(m_options.tlsKey, keyFile.errorString()));
    const QSslKey key = readPrivateKey(keyFile.readAll());
    if (key.isNull())
        return tlsError(
            tr("%1 holds no ECDSA or RSA private key in PEM form.").arg(m_options.tlsKey));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    m_tls = configuration;
    return {};
}

Status ServiceMain::setUpState()
{
    auto issuer = LicenseIssuer::load(m_options.signingKey, m_options.signer, m_options.product);
    if (!issuer)
        return issuer.error();
    auto codes = CodeCatalog::load(m_options.codesFile);
    if (!codes)
        return codes.error();
    auto store = ServiceStore::open(m_options.dbFile);
    if (!store)
        return store.error();
    if (Status seeded = store.value()->seed(codes.value()); !seeded)
        return seeded;
    m_store = std::move(store).value();
    m_issuer = std::make_unique<LicenseIssuer>(std::move(issuer).value());
    if (Status s = BundlePublisher(*m_store, *m_issuer).ensureOne(Clock::instance().now()); !s)
        return s;
    m_endpoint = std::make_unique<ActivationEndpoint>(*m_store, *m_issuer, m_options.product,
                                                      Clock::instance());
    m_updates = std::make_unique<UpdateEndpoint>(*m_store, m_options.product, Clock::instance());
    return {};
}

void ServiceMain::addRoutes()
{
    addPostRoute(Wire::Path::Activations,
                 [this](const QByteArray &body) { return m_endpoint->activate(body); });
    addPostRoute(Wire::Path::ActivationCheck,
                 [this](const QByteArray &body) { return m_endpoint->check(body); });
    addPostRoute(Wire::Path::Updates,
                 [this](const QByteArray &body) { return m_updates->update(body); });
    m_server.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            serve(request, [] {
                return ServiceReply::failure(ServiceReply::StatusCode::NotFound,
                                             Wire::ErrorCode::BadRequest,
                                             tr("There is nothing at this path."));
            }).write(std::move(responder));
        });
}

void ServiceMain::addPostRoute(const QString &path, const Handler &handler)
{
    m_server.route(path, QHttpServerRequest::Method::Post,
                   [this, handler](const QHttpServerRequest &request) {
                       return serve(request, [&] { return handler(request.body()); });
                   });
    // The same path with any other method: a clear 405 instead of "not found".
    m_server.route(path, QHttpServerRequest::Method::AnyKnown,
                   [this](const QHttpServerRequest &request) {
                       QHttpServerResponse response = serve(request, [] {
                           return ServiceReply::failure(ServiceReply::StatusCode::MethodNotAllowed,
                                                        Wire::ErrorCode::BadRequest,
                                                        tr("Use POST on this path."));
                       });
                       response.setHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("POST"));
                       return response;
                   });
}

QHttpServerResponse ServiceMain::serve(const QHttpServerRequest &request,
                                       const std::function<ServiceReply()> &handler)
{
    ServiceReply reply;
    try {
        reply = handler();
    } catch (...) {
        // Never let one bad request take the service down.
        reply = ServiceReply::failure(ServiceReply::StatusCode::InternalServerError,
                                      Wire::ErrorCode::Internal,
                                      tr("The licensing service failed to process the request."));
    }
    RequestLog::write(request, reply);
    return reply.toResponse();
}

} // namespace LightAgent::Service
