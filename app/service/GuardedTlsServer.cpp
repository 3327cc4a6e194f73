#include "GuardedTlsServer.h"

#include "RequestGuard.h"

#include <QSslSocket>

namespace LightAgent::Service {

GuardedTlsServer::GuardedTlsServer(const QSslConfiguration &tls, QObject *parent)
    : QTcpServer(parent)
    , m_tls(tls)
{ }

void GuardedTlsServer::incomingConnection(qintptr handle)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    socket->setSslConfiguration(m_tls);
    RequestGuard::attach(socket, [this](QSslSocket *accepted) { addPendingConnection(accepted); });
    socket->startServerEncryption();
}

} // namespace LightAgent::Service
