// lightagent-console: parses the command line, opens the vendor profile and the
// state database, and shows the main window. Everything else lives in the library.
#include "BakedIcon.h"
#include "ConsoleSession.h"
#include "ConsoleStyle.h"
#include "FirstPaintExit.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ScreenFit.h"
#include "StartupWarmUp.h"
#include "core/ExitCodes.h"
#include "core/StateDatabase.h"
#include "core/VendorProfile.h"
#include "help/Language.h"
#include "help/LanguageLoader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <cstdio>

using namespace LightAgent;

// In a namespace so that lupdate files these texts under the context they are looked
// up in, "LightAgent::Console".
namespace LightAgent::Console {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::Console", text);
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
        {QStringLiteral("lang"),
         tr("Speak TAG (en, ru, de, fr; e.g. ru-RU) for this run; the language chosen in the "
            "menu stays as it is."),
         QStringLiteral("TAG")},
    });
    // For scripts/bench: start, paint once, quit. Not for administrators, so not listed.
    QCommandLineOption exitAfterFirstPaint(QStringLiteral("exit-after-first-paint"));
    exitAfterFirstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(exitAfterFirstPaint);
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
} // namespace LightAgent::Console

int main(int argc, char *argv[])
{
    QCommandLineParser parser;
    Console::describeOptions(parser);
    if (Console::printsTextOnly(argc, argv)) {
        QCoreApplication textOnly(argc, argv);
        Console::nameApplication();
        parser.process(textOnly); // prints and exits
        return ExitOk;
    }

    StartupWarmUp warmUp; // OpenSSL and fontconfig load on the other core meanwhile
    QApplication app(argc, argv); // takes Qt's own options (-platform, -style) out
    ConsoleStyle::install(); // cards; LIGHTAGENT_DARK=1 for a dark preview
    ScreenFit::install(); // no window larger than the screen, at any scale
    Console::nameApplication();
    // The system language until the saved choice can be read from the data directory.
    LanguageLoader::install(Language::fromSystem());
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(parser.errorText()));
        return ExitUsage;
    }
    QGuiApplication::setApplicationDisplayName(Console::tr("Light Agent Console"));
    QGuiApplication::setWindowIcon(bakedIcon(QStringLiteral("lightagent"))); // every window's
    // Desktops (Wayland in particular) match the window to the installed .desktop file.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.lightagent.console"));

    auto profile = VendorProfile::resolve(parser.value(QStringLiteral("profile")));
    if (!profile)
        return Console::failToStart(Console::tr("The vendor profile cannot be used."),
                                    profile.error());
    const QString dataDir = parser.isSet(QStringLiteral("data-dir"))
        ? parser.value(QStringLiteral("data-dir"))
        : StateDatabase::defaultDataDir();
    auto database = StateDatabase::open(dataDir);
    if (!database)
        return Console::failToStart(Console::tr("The data directory cannot be opened."),
                                    database.error());

    ConsoleSession session(profile.value(), database.value());
    const QString language = parser.value(QStringLiteral("lang"));
    if (language.isEmpty())
        session.languages()->applySaved();
    else if (Language::match(language))
        session.languages()->applyForThisRun(language);
    else {
        const QString loaded = session.languages()->applySaved();
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(Console::tr("The language \"%1\" is not available; using %2.")
                                        .arg(language, Language::nativeName(loaded))));
    }
    warmUp.wait(); // the window measures text from here on
    MainWindow window(session);
    if (parser.isSet(QStringLiteral("exit-after-first-paint")))
        new FirstPaintExit(&window);
    else // Asked once, after the window is up, so that the first paint is not held back.
        QTimer::singleShot(0, &window, [&window] { window.showFirstStartAgreementIfNeeded(); });
    window.show();
    return QApplication::exec();
}
