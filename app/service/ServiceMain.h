// The licensing service put together: TLS, the signing key, the store seeded from
// the codes file, and the routes of DESIGN §3.1, §3.2 and §3.3 on a QHttpServer.
#pragma once

#include "ServiceOptions.h"
#include "ServiceReply.h"
#include "core/Result.h"

#include <QHttpServer>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <memory>

namespace LightAgent::Service {

class ActivationEndpoint;
class LicenseIssuer;
class ServiceStore;
class UpdateEndpoint;

class ServiceMain
{
public:
    explicit ServiceMain(const ServiceOptions &options);
    ~ServiceMain();
    ServiceMain(const ServiceMain &) = delete;
    ServiceMain &operator=(const ServiceMain &) = delete;

    // Loads everything, listens, and returns the URL it listens on.
    Result<QUrl> start();

private:
    Status setUpTls();
    Status setUpState();
    void addRoutes();
    using Handler = std::function<ServiceReply(const QByteArray &)>;
    void addPostRoute(const QString &path, const Handler &handler);
    QHttpServerResponse serve(const QHttpServerRequest &request,
                              const std::function<ServiceReply()> &handler);

    ServiceOptions m_options;
    QHttpServer m_server;
    QSslConfiguration m_tls; // for the guarded listener, from setUpTls()
    std::unique_ptr<ServiceStore> m_store;
    std::unique_ptr<LicenseIssuer> m_issuer;
    std::unique_ptr<ActivationEndpoint> m_endpoint;
    std::unique_ptr<UpdateEndpoint> m_updates;
};

} // namespace LightAgent::Service
