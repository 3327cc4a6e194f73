// lightagent-licensing-service: the reference licensing service (DESIGN §4) the demo
// and the end-to-end tests run against. Prints one line, "listening URL", once it
// accepts connections; logs one line per request to stderr.
#include "ServiceAdmin.h"
#include "ServiceMain.h"
#include "ServiceOptions.h"
#include "core/ExitCodes.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace LightAgent;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lightagent-licensing-service", text);
}

void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lightagent-licensing-service"));
    QCoreApplication::setOrganizationName(QStringLiteral("LightAgent"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIGHTAGENT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The reference licensing service: activation with a code, the periodic check and "
           "database updates over HTTPS.\nThe demo material's directory can be moved with "
           "LIGHTAGENT_DEMO_DIR.\n\n") +
        Service::ServiceAdmin::usageText());
    parser.addHelpOption();
    parser.addVersionOption();
    Service::ServiceOptions::addTo(parser);
    parser.addPositionalArgument(QString::fromLatin1(Service::ServiceAdmin::Command),
                                 tr("Run an operator command and exit (see above)."),
                                 QStringLiteral("[admin COMMAND ...]"));
    const bool parsed = parser.parse(QCoreApplication::arguments());
    const QStringList positional = parser.positionalArguments();
    const bool admin = positional.value(0) == QLatin1String(Service::ServiceAdmin::Command);
    if (!parsed || (!positional.isEmpty() && !admin)) {
        printLine(stderr,
                  parser.errorText().isEmpty() ? tr("Unexpected arguments.") : parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(ExitOk);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    auto options = Service::ServiceOptions::from(parser);
    if (!options) {
        printLine(stderr, options.error().message);
        return ExitUsage;
    }

    if (admin)
        return Service::ServiceAdmin::run(options.value(), positional.mid(1));

    Service::ServiceMain service(options.value());
    const auto url = service.start();
    if (!url) {
        printLine(stderr, url.error().message);
        return exitCodeFor(url.error());
    }
    // The one machine-readable line on stdout: scripts and tests wait for it.
    printLine(stdout, QStringLiteral("listening ") + url->toString());
    return app.exec();
}
