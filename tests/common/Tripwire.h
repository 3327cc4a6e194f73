// A listening socket that must see nothing: proves that no connection was made.
#pragma once

#include <QTcpServer>
#include <QUrl>

namespace LightAgent::Test {

class Tripwire
{
public:
    Tripwire() { m_server.listen(QHostAddress::LocalHost); }
    bool isListening() const { return m_server.isListening(); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    // Lets the event loop deliver pending connections, then tells whether one came.
    bool wasTouched()
    {
        m_server.waitForNewConnection(0);
        return m_server.hasPendingConnections();
    }

private:
    QTcpServer m_server;
};

} // namespace LightAgent::Test
