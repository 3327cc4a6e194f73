#include "ProxyRoute.h"

#include "provision/RequestEnvelope.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>

namespace LightAgent::ProxyRoute {

namespace {

const QByteArray UserAgent = QByteArrayLiteral("User-Agent");

// lupdate files the tr() calls in Preview's member under Preview.
QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::ProxyRoute::Preview", text);
}

QString endpoint(const QString &host, int port)
{
    return host + QLatin1Char(':') + QString::number(port);
}

// no_proxy as curl and libproxy read it: "*", or host names matched with their
// subdomains (a leading dot optional).
bool bypassed(const QString &host)
{
    QString list = qEnvironmentVariable("no_proxy");
    if (list.isEmpty())
        list = qEnvironmentVariable("NO_PROXY");
    for (QString entry : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        entry = entry.trimmed().toLower();
        if (entry.startsWith(QLatin1Char('.')))
            entry.remove(0, 1);
        if (entry == QLatin1String("*") || host == entry || host.endsWith(QLatin1Char('.') + entry))
            return true;
    }
    return false;
}

std::optional<QNetworkProxy> fromEnvironment(const QUrl &url)
{
    QString text;
    for (const char *name :
         {"https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "http_proxy"}) {
        text = qEnvironmentVariable(name).trimmed();
        if (!text.isEmpty())
            break;
    }
    if (text.isEmpty())
        return std::nullopt;
    if (bypassed(url.host().toLower()))
        return QNetworkProxy(QNetworkProxy::NoProxy);
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("http://"));
    const QUrl proxyUrl(text);
    const QString scheme = proxyUrl.scheme().toLower();
    if (!proxyUrl.isValid() || proxyUrl.host().isEmpty())
        return std::nullopt;
    if (scheme == QLatin1String("http"))
        return QNetworkProxy(QNetworkProxy::HttpProxy, proxyUrl.host(),
                             quint16(proxyUrl.port(8080)), proxyUrl.userName(),
                             proxyUrl.password());
    if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h"))
        return QNetworkProxy(QNetworkProxy::Socks5Proxy, proxyUrl.host(),
                             quint16(proxyUrl.port(1080)), proxyUrl.userName(),
                             proxyUrl.password());
    return std::nullopt; // a kind Qt cannot use: the system's configuration decides
}

} // namespace

std::optional<QNetworkProxy> known(const NetworkSettings &settings, const QUrl &url)
{
    switch (settings.proxyMode) {
    case NetworkSettings::ProxyMode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case NetworkSettings::ProxyMode::Manual:
        return settings.manualProxy;
    case NetworkSettings::ProxyMode::System:
        break;
    }
    return fromEnvironment(url);
}

QNetworkProxy resolve(const NetworkSettings &settings, const QUrl &url)
{
    if (const auto proxy = known(settings, url))
        return *proxy;
    const QList<QNetworkProxy> proxies =
        QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
    for (const QNetworkProxy &proxy : proxies) {
        // A TLS tunnel needs a proxy that carries raw TCP.
        if (proxy.type() == QNetworkProxy::NoProxy || proxy.type() == QNetworkProxy::HttpProxy ||
            proxy.type() == QNetworkProxy::Socks5Proxy)
            return proxy;
    }
    return QNetworkProxy(QNetworkProxy::NoProxy);
}

QNetworkProxy forEnvelope(QNetworkProxy proxy, const RequestEnvelope &envelope)
{
    for (const auto &[name, value] : envelope.headers()) {
        if (name.compare(UserAgent, Qt::CaseInsensitive) == 0)
            proxy.setRawHeader(UserAgent, value);
    }
    return proxy;
}

QByteArray connectRequest(const QNetworkProxy &proxy, const QUrl &url)
{
    if (proxy.type() != QNetworkProxy::HttpProxy)
        return {};
    // As QHttpSocketEngine writes it (Qt 6.4): Qt adds its own User-Agent only when the
    // proxy carries none, and credentials only after the proxy asks for them.
    const QByteArray host = QUrl::toAce(url.host());
    QByteArray request = "CONNECT " + host + ':' + QByteArray::number(url.port(443)) +
        " HTTP/1.1\r\nProxy-Connection: keep-alive\r\nHost: " + host + "\r\n";
    if (!proxy.hasRawHeader(UserAgent))
        request += "User-Agent: Mozilla/5.0\r\n";
    for (const QByteArray &name : proxy.rawHeaderList())
        request += name + ": " + proxy.rawHeader(name) + "\r\n";
    return request + "\r\n";
}

Preview preview(const NetworkSettings &settings, const RequestEnvelope &envelope)
{
    const QUrl url = envelope.url();
    Preview preview;
    preview.service = endpoint(url.host(), url.port(443));
    const std::optional<QNetworkProxy> proxy = known(settings, url);
    if (!proxy) {
        preview.way = Preview::Way::SystemDecides;
        preview.connectRequest =
            connectRequest(forEnvelope(QNetworkProxy(QNetworkProxy::HttpProxy), envelope), url);
        return preview;
    }
    preview.proxy = endpoint(proxy->hostName(), proxy->port());
    switch (proxy->type()) {
    case QNetworkProxy::HttpProxy:
        preview.way = Preview::Way::HttpProxy;
        preview.connectRequest = connectRequest(forEnvelope(*proxy, envelope), url);
        break;
    case QNetworkProxy::Socks5Proxy:
        preview.way = Preview::Way::Socks5Proxy;
        break;
    default:
        preview.way = Preview::Way::Direct;
        preview.proxy.clear();
    }
    return preview;
}

QString Preview::explanation() const
{
    switch (way) {
    case Way::Direct:
        return tr("Sent directly to %1, not through a proxy.").arg(service);
    case Way::HttpProxy:
        //: %1 is the proxy's host:port. The CONNECT request follows the colon.
        return tr("Sent through the HTTP proxy %1. The proxy receives only this request, which "
                  "opens an encrypted tunnel to the service; the request above travels inside "
                  "it, unreadable to the proxy:")
            .arg(proxy);
    case Way::Socks5Proxy:
        return tr("Sent through the SOCKS5 proxy %1, which is told only the service's address "
                  "%2; the request travels encrypted, unreadable to the proxy.")
            .arg(proxy, service);
    case Way::SystemDecides:
        //: The CONNECT request follows the colon.
        return tr("No proxy is set here or in the environment; the system's proxy settings are "
                  "asked when sending. If they name an HTTP proxy, it receives only this "
                  "request, which opens an encrypted tunnel to the service:");
    }
    return {};
}

} // namespace LightAgent::ProxyRoute
