#include "ServiceOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace LightAgent::Service {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lightagent-licensing-service", text);
}

Error usage(const QString &message)
{
    return Error::make(ErrorCode::InvalidInput, QStringLiteral("usage"), message);
}

QString option(const char *name)
{
    return QString::fromLatin1(name);
}

// HOST:PORT, with an IPv6 host in brackets ([::1]:47443).
Status parseListen(const QString &text, ServiceOptions &options)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? text.mid(colon + 1).toUInt(&portOk) : 0;
    if (!portOk || port > 65535)
        return usage(
            tr("--listen needs HOST:PORT with a port from 0 to 65535, not \"%1\".").arg(text));
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address = host == QLatin1String("localhost")
        ? QHostAddress(QHostAddress::LocalHost)
        : QHostAddress(host);
    if (address.isNull())
        return usage(
            tr("--listen needs an IP address (or localhost) as HOST, not \"%1\".").arg(host));
    options.address = address;
    options.port = static_cast<quint16>(port);
    return {};
}

} // namespace

QString ServiceOptions::defaultDemoDir()
{
    // An installed service has no source tree beside it; the variable points it at
    // wherever the demo material was installed.
    const QString fromEnvironment = qEnvironmentVariable("LIGHTAGENT_DEMO_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir::cleanPath(QStringLiteral(LIGHTAGENT_SERVICE_SOURCE_DIR "/../../resources/demo"));
}

QString ServiceOptions::defaultDbFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
        QStringLiteral("/licensing-service.sqlite");
}

void ServiceOptions::addTo(QCommandLineParser &parser)
{
    const QString demo = defaultDemoDir();
    parser.addOptions({
        {option("listen"),
         tr("Listen on HOST:PORT; port 0 picks a free port (default %1).")
             .arg(QStringLiteral("127.0.0.1:%1").arg(DefaultPort)),
         tr("HOST:PORT"), QStringLiteral("127.0.0.1:%1").arg(DefaultPort)},
        {option("tls-cert"), tr("The TLS server certificate (chain), PEM."), tr("FILE"),
         demo + QStringLiteral("/tls/server.pem")},
        {option("tls-key"), tr("The TLS server certificate's private key, PEM."), tr("FILE"),
         demo + QStringLiteral("/tls/server-key.pem")},
        {option("signing-key"), tr("The Ed25519 key that signs license keys, PKCS#8 PEM."),
         tr("FILE"), demo + QStringLiteral("/signing-key.pem")},
        {option("signer"), tr("The signer name written into key files."), tr("ID"),
         QStringLiteral("demo-2026")},
        {option("codes"), tr("The activation codes to serve, JSON."), tr("FILE"),
         demo + QStringLiteral("/codes.json")},
        {option("db"), tr("The service's SQLite state (default %1).").arg(defaultDbFile()),
         tr("FILE"), defaultDbFile()},
        {option("product"), tr("The solution ID this service activates."), tr("ID"),
         QStringLiteral("KSVLA")},
        {option("released"),
         tr("admin publish-bundle: the bundle's release time, UTC (default now)."),
         tr("YYYY-MM-DDTHH:MM:SSZ")},
    });
}

Result<ServiceOptions> ServiceOptions::from(const QCommandLineParser &parser)
{
    ServiceOptions options;
    if (Status s = parseListen(parser.value(option("listen")), options); !s)
        return s.error();
    options.tlsCert = parser.value(option("tls-cert"));
    options.tlsKey = parser.value(option("tls-key"));
    options.signingKey = parser.value(option("signing-key"));
    options.signer = parser.value(option("signer"));
    options.codesFile = parser.value(option("codes"));
    options.dbFile = parser.value(option("db"));
    options.product = parser.value(option("product"));
    options.released = parser.value(option("released"));
    if (options.signer.isEmpty() || options.product.isEmpty())
        return usage(tr("--signer and --product must not be empty."));
    return options;
}

} // namespace LightAgent::Service
