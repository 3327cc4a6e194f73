#include "NetworkSettings.h"

#include "core/StateDatabase.h"

#include <QCoreApplication>
#include <QUrl>

namespace LightAgent {

namespace {

const QString ConnectTimeoutKey = QStringLiteral("net.connectTimeoutMs");
const QString TotalTimeoutKey = QStringLiteral("net.totalTimeoutMs");
const QString ProxyKey = QStringLiteral("net.proxy");

int boundedMs(const QString &text, int fallback)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= 100 && value <= 600000 ? value : fallback;
}

} // namespace

Result<NetworkSettings> NetworkSettings::load(const StateDatabase &database)
{
    NetworkSettings settings;
    auto connectMs = database.setting(ConnectTimeoutKey);
    auto totalMs = database.setting(TotalTimeoutKey);
    auto proxy = database.setting(ProxyKey);
    for (const auto *read : {&connectMs, &totalMs, &proxy}) {
        if (!*read)
            return read->error();
    }
    settings.connectTimeoutMs = boundedMs(connectMs.value(), settings.connectTimeoutMs);
    settings.totalTimeoutMs = boundedMs(totalMs.value(), settings.totalTimeoutMs);
    if (proxy.value().isEmpty())
        return settings;
    return withProxyText(settings, proxy.value());
}

Status NetworkSettings::save(StateDatabase &database) const
{
    for (const auto &[key, value] :
         {std::pair {ConnectTimeoutKey, QString::number(connectTimeoutMs)},
          std::pair {TotalTimeoutKey, QString::number(totalTimeoutMs)},
          std::pair {ProxyKey, proxyText()}}) {
        if (Status s = database.setSetting(key, value); !s)
            return s;
    }
    return {};
}

QString NetworkSettings::proxyText() const
{
    switch (proxyMode) {
    case ProxyMode::System:
        return QStringLiteral("system");
    case ProxyMode::None:
        return QStringLiteral("none");
    case ProxyMode::Manual:
        break;
    }
    const QString scheme = manualProxy.type() == QNetworkProxy::Socks5Proxy
        ? QStringLiteral("socks5")
        : QStringLiteral("http");
    return scheme + QStringLiteral("://") + manualProxy.hostName() + QLatin1Char(':') +
        QString::number(manualProxy.port());
}

Result<NetworkSettings> NetworkSettings::withProxyText(NetworkSettings settings,
                                                       const QString &text)
{
    if (text == QLatin1String("system")) {
        settings.proxyMode = ProxyMode::System;
        return settings;
    }
    if (text == QLatin1String("none")) {
        settings.proxyMode = ProxyMode::None;
        return settings;
    }
    const QUrl url(text, QUrl::StrictMode);
    const bool http = url.scheme() == QLatin1String("http");
    const bool socks = url.scheme() == QLatin1String("socks5");
    if (!url.isValid() || (!http && !socks) || url.host().isEmpty() || url.port() <= 0)
        return Error::make(ErrorCode::InvalidInput, QStringLiteral("bad-proxy"),
                           QCoreApplication::translate("LightAgent::NetworkSettings",
                                                       "The proxy must be \"system\", \"none\", "
                                                       "http://HOST:PORT or socks5://HOST:PORT, "
                                                       "not \"%1\".")
                               .arg(text));
    settings.proxyMode = ProxyMode::Manual;
    settings.manualProxy =
        QNetworkProxy(http ? QNetworkProxy::HttpProxy : QNetworkProxy::Socks5Proxy, url.host(),
                      quint16(url.port()), url.userName(), url.password());
    return settings;
}

} // namespace LightAgent
