// lightagent-ctl: the console's core, scriptable. It holds no logic of its own
// beyond parsing the command line and printing.
#include "ActivateCommand.h"
#include "AgreementCommand.h"
#include "CheckCommand.h"
#include "ConfigCommand.h"
#include "ConsentCommand.h"
#include "CtlContext.h"
#include "CtlOutput.h"
#include "HelpCommand.h"
#include "JournalCommand.h"
#include "KeyCommand.h"
#include "StatusCommand.h"
#include "UpdateCommand.h"
#include "core/Crypto.h"
#include "core/ExitCodes.h"
#include "help/Language.h"
#include "help/LanguageLoader.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <functional>

using namespace LightAgent;

// In the namespace so that lupdate files these texts under the context they are
// looked up in, "LightAgent::Ctl".
namespace LightAgent::Ctl {
namespace {

struct Command
{
    const char *name;
    const char *synopsis;
    std::function<int(Ctl::CtlContext &)> run;
};

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::Ctl", text);
}

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {"status",
         QT_TRANSLATE_NOOP("LightAgent::Ctl",
                           "status [--json] [--on-date YYYY-MM-DD]   the license state\n"
                           "  status --nagios | --prometheus              for monitoring: a "
                           "plugin line and exit code, or metrics"),
         runStatus},
        {"key",
         QT_TRANSLATE_NOOP("LightAgent::Ctl",
                           "key inspect FILE [--json]                  verify a key file, "
                           "change nothing\n"
                           "  key add FILE [--reserve] [--dry-run] [--json]\n"
                           "  key remove active|reserve [--json]\n"
                           "  key received [--json]                      keys the service "
                           "issued that were not applied\n"
                           "  key received apply|reserve|discard [SERIAL] [--replace] [--yes] "
                           "[--json]"),
         runKey},
        {"activate",
         QT_TRANSLATE_NOOP("LightAgent::Ctl",
                           "activate CODE [--reserve] [--replace] [--dry-run] [--yes] "
                           "[--json]\n"
                           "                                             show the exact "
                           "request and what it will do with the keys, ask, then send it"),
         runActivate},
        {"journal",
         QT_TRANSLATE_NOOP("LightAgent::Ctl",
                           "journal [--json]                           everything "
                           "that was sent, oldest first\n"
                           "  journal verify [--json]                    check the "
                           "hash chain; exit 3 names the first bad entry\n"
                           "  journal head [--json]                      the current head "
                           "SEQ:HASH, to keep elsewhere\n"
                           "  journal verify --head SEQ:HASH             also check that the "
                           "journal still extends a kept head\n"
                           "  journal export FILE                        JSON Lines "
                           "with prevHash and hash"),
         runJournal},
        {"help-url",
         QT_TRANSLATE_NOOP("LightAgent::Ctl",
                           "help-url PLACE [--lang TAG] [--json]       the localized "
                           "help link of a place; sends nothing"),
         runHelpUrl},
        {"help-pages",
         QT_TRANSLATE_NOOP("LightAgent::Ctl",
                           "help-pages [--json]                        the places "
                           "that offer help, with their page IDs"),
         runHelpPages},
        {"update",
         QT_TRANSLATE_NOOP("LightAgent::Ctl",
                           "update [--dry-run] [--yes] [--json]        show the exact "
                           "database update request, ask, send it, install\n"
                           "  update schedule [on|off] [--json]          scheduled updates"),
         runUpdate},
        {"check",
         QT_TRANSLATE_NOOP("LightAgent::Ctl",
                           "check [--dry-run] [--force] [--json]       the periodic license "
                           "check, when due (keys from a code only)"),
         runCheck},
        {"agreement",
         QT_TRANSLATE_NOOP("LightAgent::Ctl",
                           "agreement [show|accept|withdraw] [--json]  the data-provision "
                           "agreement for updates and help links"),
         runAgreement},
        {"consent",
         QT_TRANSLATE_NOOP("LightAgent::Ctl",
                           "consent [--json]                           the consents given\n"
                           "  consent withdraw code-activation|data-provision [--json]"),
         runConsent},
        {"config",
         QT_TRANSLATE_NOOP("LightAgent::Ctl",
                           "config show [--json]                       the settings\n"
                           "  config set warn-days 30,14,7,1             days before the end "
                           "that warnings begin"),
         runConfig},
    };
    return list;
}

QString helpText(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const Command &command : commands())
        text += QStringLiteral("  ") + tr(command.synopsis) + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Exit codes:") + QLatin1Char('\n');
    text += tr("  0  success\n"
               "  1  unexpected failure\n"
               "  2  usage error\n"
               "  3  invalid input (a malformed or unverifiable key file, code or answer)\n"
               "  4  refused by the key-store rules or the license level\n"
               "  5  a file could not be read or written\n"
               "  6  the state database could not be opened or changed\n"
               "  7  another process is changing the state; try again\n"
               "  8  the service could not be reached securely\n"
               "  9  the service refused or answered outside the contract\n"
               "  10 declined by the administrator\n"
               "  11 the key received was kept, not applied: applying it would remove a valid "
               "key or shorten the license (confirm with --replace or 'key received')\n");
    return text;
}

// --lang is needed before the option descriptions are made, so they speak it too.
QString requestedLanguage(const QStringList &arguments)
{
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == option && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(option + QLatin1Char('=')))
            return argument.mid(option.size() + 1);
    }
    return QString();
}

bool asksForJson(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--"))
            break;
        if (arguments.at(i) == QLatin1String("--json"))
            return true;
    }
    return false;
}

} // namespace
} // namespace LightAgent::Ctl

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lightagent-console"));
    QCoreApplication::setOrganizationName(QStringLiteral("LightAgent"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIGHTAGENT_VERSION));
    // --lang, else the locale as other command-line tools follow it; --json is for
    // programs, so the locale never changes it (only an explicit --lang does).
    const QString language = Ctl::requestedLanguage(QCoreApplication::arguments());
    const QString loaded = LanguageLoader::install(
        !language.isEmpty()                                   ? language
            : Ctl::asksForJson(QCoreApplication::arguments()) ? QStringLiteral("en-US")
                                                              : Language::fromEnvironment());

    QCommandLineParser parser;
    parser.setApplicationDescription(Ctl::tr("Light Agent licensing from the command line."));
    parser.addOptions({
        {{QStringLiteral("h"), QStringLiteral("help")}, Ctl::tr("Show this help.")},
        {QStringLiteral("version"), Ctl::tr("Show the version.")},
        {QStringLiteral("data-dir"), Ctl::tr("Keep the state in DIR."), QStringLiteral("DIR")},
        {QStringLiteral("profile"), Ctl::tr("Use the vendor profile FILE."),
         QStringLiteral("FILE")},
        {QStringLiteral("json"), Ctl::tr("Print JSON for programs.")},
        {QStringLiteral("lang"),
         Ctl::tr("Speak TAG (en, ru, de, fr; e.g. ru-RU): the text printed, the interface language "
                 "that requests report, and help links. Without it: the locale (LANGUAGE, LC_ALL, "
                 "LC_MESSAGES, LANG), but English with --json."),
         QStringLiteral("TAG")},
        {QStringLiteral("on-date"), Ctl::tr("status: evaluate on DATE instead of today."),
         QStringLiteral("DATE")},
        {QStringLiteral("nagios"),
         Ctl::tr("status: one monitoring-plugin line; exit 0 OK, 1 WARNING, 2 CRITICAL, "
                 "3 UNKNOWN.")},
        {QStringLiteral("prometheus"),
         Ctl::tr("status: metrics in the Prometheus text format (node_exporter's textfile "
                 "collector).")},
        {QStringLiteral("head"),
         Ctl::tr("journal verify: the journal must still extend this head, kept elsewhere."),
         QStringLiteral("SEQ:HASH")},
        {QStringLiteral("reserve"),
         Ctl::tr("key add, activate: add the key as the reserve key (beside the active key).")},
        {QStringLiteral("replace"),
         Ctl::tr("activate, key received: apply the key even where it removes a valid key or "
                 "shortens the time the license covers.")},
        {QStringLiteral("dry-run"), Ctl::tr("Show what would happen; change and send nothing.")},
        {QStringLiteral("force"), Ctl::tr("check: check now even if no check is due yet.")},
        {QStringLiteral("yes"),
         Ctl::tr("activate: send without asking (you have seen the request).")},
    });
    parser.addPositionalArgument(QStringLiteral("command"), Ctl::tr("What to do; see below."));

    if (!parser.parse(QCoreApplication::arguments())) {
        Ctl::err(parser.errorText());
        return ExitUsage;
    }
    if (!language.isEmpty() && !Language::match(language))
        Ctl::err(Ctl::tr("The language \"%1\" is not available; using %2.")
                     .arg(language, Language::nativeName(loaded)));
    if (parser.isSet(QStringLiteral("help"))) {
        Ctl::out(Ctl::helpText(parser));
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        Ctl::out(QStringLiteral("lightagent-ctl %1 (Qt %2, %3)")
                     .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                          Crypto::openSslVersion()));
        return ExitOk;
    }
    const QString name = parser.positionalArguments().value(0);
    for (const Ctl::Command &command : Ctl::commands()) {
        if (name == QLatin1String(command.name)) {
            Ctl::CtlContext context(parser);
            return command.run(context);
        }
    }
    Ctl::err(name.isEmpty() ? Ctl::tr("No command given.")
                            : Ctl::tr("Unknown command \"%1\".").arg(name));
    Ctl::err(Ctl::helpText(parser));
    return ExitUsage;
}
