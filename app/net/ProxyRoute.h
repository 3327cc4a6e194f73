// Which way a request travels to the service, decided one way for the sender and
// the preview alike: directly, or through a proxy — and then the exact CONNECT
// request an HTTP proxy receives before the TLS tunnel, with the product's own
// User-Agent (the envelope's), not Qt's default.
#pragma once

#include "NetworkSettings.h"

#include <QByteArray>
#include <QNetworkProxy>
#include <QUrl>

#include <optional>

namespace LightAgent {

class RequestEnvelope;

namespace ProxyRoute {

// The proxy for `url` as far as it is known without asking anything: none, the
// manual one, or in system mode the one the environment names (https_proxy,
// HTTPS_PROXY, all_proxy, ALL_PROXY, http_proxy; not for hosts in no_proxy). Empty
// when only the system's proxy configuration can tell, which may fetch a script.
std::optional<QNetworkProxy> known(const NetworkSettings &settings, const QUrl &url);

// The proxy the connection uses: known(), or else the system's answer. May touch the
// network (an auto-configuration script), so only after the journal entry.
QNetworkProxy resolve(const NetworkSettings &settings, const QUrl &url);

// `proxy` carrying the envelope's User-Agent, which an HTTP proxy sees in CONNECT.
QNetworkProxy forEnvelope(QNetworkProxy proxy, const RequestEnvelope &envelope);

// The request an HTTP proxy receives before the tunnel to `url` is opened, byte for
// byte as Qt writes it; empty for other kinds of proxy.
QByteArray connectRequest(const QNetworkProxy &proxy, const QUrl &url);

// What the preview says about the way: worked out without touching the network.
struct Preview
{
    enum class Way { Direct, HttpProxy, Socks5Proxy, SystemDecides };
    Way way = Way::Direct;
    QString proxy; // "host:port" of a known proxy
    QString service; // "host:port" of the service
    QByteArray connectRequest; // what an HTTP proxy receives (also when the system decides)

    QString explanation() const; // for people, translated; ends with ':' before a request
};
Preview preview(const NetworkSettings &settings, const RequestEnvelope &envelope);

} // namespace ProxyRoute

} // namespace LightAgent
