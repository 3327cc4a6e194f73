// How the console reaches the vendor: timeouts, size limits and the proxy. Kept in
// the state database, so the console and lightagent-ctl behave the same.
#pragma once

#include "core/Result.h"

#include <QNetworkProxy>

namespace LightAgent {

class StateDatabase;

struct NetworkSettings
{
    enum class ProxyMode { System, None, Manual };

    int connectTimeoutMs = 10000; // until the TLS session is up
    int totalTimeoutMs = 30000; // until the whole answer has arrived
    qsizetype maxResponseBytes = 1024 * 1024;
    ProxyMode proxyMode = ProxyMode::System;
    QNetworkProxy manualProxy; // with ProxyMode::Manual: HTTP CONNECT or SOCKS5

    static Result<NetworkSettings> load(const StateDatabase &database);
    Status save(StateDatabase &database) const;

    // "system", "none", "http://host:port" or "socks5://host:port"
    QString proxyText() const;
    static Result<NetworkSettings> withProxyText(NetworkSettings settings, const QString &text);
};

} // namespace LightAgent
