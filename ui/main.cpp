// lightagent-console: parses the command line, opens the vendor profile and the
// state database, and shows the main window. Everything else lives in the library.
#include "ConsoleSession.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "core/ExitCodes.h"
#include "core/StateDatabase.h"
#include "core/VendorProfile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>

using namespace LightAgent;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lightagent-console", text);
}

int failToStart(const QString &what, const Error &error)
{
    const QString text = what + QStringLiteral("\n\n") + error.message;
    std::fprintf(stderr, "%s\n", qUtf8Printable(text));
    MessageBox::critical(nullptr, tr("Light Agent Console"), text);
    return exitCodeFor(error);
}

void nameApplication()
{
    // The same names as lightagent-ctl, so both find the same default data directory.
    QCoreApplication::setApplicationName(QStringLiteral("lightagent-console"));
    QCoreApplication::setOrganizationName(QStringLiteral("LightAgent"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIGHTAGENT_VERSION));
}

void describeOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(tr("Light Agent licensing console."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("data-dir"), tr("Keep the state in DIR."), QStringLiteral("DIR")},
        {QStringLiteral("profile"), tr("Use the vendor profile FILE."), QStringLiteral("FILE")},
    });
}

// --help and --version print text and must work without a display.
bool printsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCommandLineParser parser;
    describeOptions(parser);
    if (printsTextOnly(argc, argv)) {
        QCoreApplication textOnly(argc, argv);
        nameApplication();
        parser.process(textOnly); // prints and exits
        return ExitOk;
    }

    QApplication app(argc, argv); // takes Qt's own options (-platform, -style) out
    nameApplication();
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(parser.errorText()));
        return ExitUsage;
    }
    QGuiApplication::setApplicationDisplayName(tr("Light Agent Console"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lightagent.svg")));

    auto profile = VendorProfile::resolve(parser.value(QStringLiteral("profile")));
    if (!profile)
        return failToStart(tr("The vendor profile cannot be used."), profile.error());
    const QString dataDir = parser.isSet(QStringLiteral("data-dir"))
        ? parser.value(QStringLiteral("data-dir"))
        : StateDatabase::defaultDataDir();
    auto database = StateDatabase::open(dataDir);
    if (!database)
        return failToStart(tr("The data directory cannot be opened."), database.error());

    ConsoleSession session(profile.value(), database.value());
    MainWindow window(session);
    window.show();
    return QApplication::exec();
}
