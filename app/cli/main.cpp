// lightagent-ctl: the console's core, scriptable. It holds no logic of its own
// beyond parsing the command line and printing.
#include "CtlContext.h"
#include "CtlOutput.h"
#include "ActivateCommand.h"
#include "JournalCommand.h"
#include "KeyCommand.h"
#include "StatusCommand.h"
#include "core/Crypto.h"
#include "core/ExitCodes.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <functional>

using namespace LightAgent;

namespace {

struct Command
{
    const char *name;
    const char *synopsis;
    std::function<int(Ctl::CtlContext &)> run;
};

QString tr(const char *text)
{
    return QCoreApplication::translate("lightagent-ctl", text);
}

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {"status", QT_TRANSLATE_NOOP("lightagent-ctl",
                                     "status [--json] [--on-date YYYY-MM-DD]   the license state"),
         Ctl::runStatus},
        {"key", QT_TRANSLATE_NOOP("lightagent-ctl",
                                  "key inspect FILE [--json]                  verify a key file, "
                                  "change nothing\n"
                                  "  key add FILE [--reserve] [--dry-run] [--json]\n"
                                  "  key remove active|reserve [--json]"),
         Ctl::runKey},
        {"activate", QT_TRANSLATE_NOOP("lightagent-ctl",
                                       "activate CODE [--dry-run] [--yes] [--json]  show the "
                                       "exact request, ask, then send it"),
         Ctl::runActivate},
        {"journal", QT_TRANSLATE_NOOP("lightagent-ctl",
                                      "journal [--json]                           everything "
                                      "that was sent, oldest first\n"
                                      "  journal verify [--json]                    check the "
                                      "hash chain; exit 3 names the first bad entry\n"
                                      "  journal export FILE                        JSON Lines "
                                      "with prevHash and hash"),
         Ctl::runJournal},
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
               "  10 declined by the administrator\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lightagent-console"));
    QCoreApplication::setOrganizationName(QStringLiteral("LightAgent"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIGHTAGENT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Light Agent licensing from the command line."));
    parser.addOptions({
        {{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")},
        {QStringLiteral("version"), tr("Show the version.")},
        {QStringLiteral("data-dir"), tr("Keep the state in DIR."), QStringLiteral("DIR")},
        {QStringLiteral("profile"), tr("Use the vendor profile FILE."), QStringLiteral("FILE")},
        {QStringLiteral("json"), tr("Print JSON for programs.")},
        {QStringLiteral("on-date"), tr("status: evaluate on DATE instead of today."),
         QStringLiteral("DATE")},
        {QStringLiteral("reserve"), tr("key add: add as the reserve key.")},
        {QStringLiteral("dry-run"), tr("Show what would happen; change and send nothing.")},
        {QStringLiteral("yes"), tr("activate: send without asking (you have seen the request).")},
    });
    parser.addPositionalArgument(QStringLiteral("command"), tr("What to do; see below."));

    if (!parser.parse(QCoreApplication::arguments())) {
        Ctl::err(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        Ctl::out(helpText(parser));
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        Ctl::out(QStringLiteral("lightagent-ctl %1 (Qt %2, %3)")
                     .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                          Crypto::openSslVersion()));
        return ExitOk;
    }
    const QString name = parser.positionalArguments().value(0);
    for (const Command &command : commands()) {
        if (name == QLatin1String(command.name)) {
            Ctl::CtlContext context(parser);
            return command.run(context);
        }
    }
    Ctl::err(name.isEmpty() ? tr("No command given.") : tr("Unknown command \"%1\".").arg(name));
    Ctl::err(helpText(parser));
    return ExitUsage;
}
