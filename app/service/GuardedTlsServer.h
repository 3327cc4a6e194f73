// The licensing service's listener: TLS on every connection, and a RequestGuard in
// front of each, so that QHttpServer (bound to this server) only ever receives a
// connection whose one request is whole and within the limits.
#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

namespace LightAgent::Service {

class GuardedTlsServer : public QTcpServer
{
public:
    explicit GuardedTlsServer(const QSslConfiguration &tls, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr handle) override;

private:
    QSslConfiguration m_tls;
};

} // namespace LightAgent::Service
