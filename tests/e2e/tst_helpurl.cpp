// lightagent-ctl help-url / help-pages and --lang, run as a script would: the exact
// §3.4 link for a place and language, JSON for programs, the list of places, and
// nothing sent or journaled for printing a link.
#include "CtlProcess.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace LightAgent;
using namespace LightAgent::Test;

namespace {

QString exactUrl(const QString &language, const QString &place, const QString &pageId)
{
    return QStringLiteral("https://click.kaspersky.com/?hl=") + language +
        QStringLiteral("&link=") + place + QStringLiteral("&pid=KSVLA&version=6.2&helpid=") +
        pageId;
}

QString firstLine(const CtlRun &run)
{
    return QString::fromUtf8(run.out).section(QLatin1Char('\n'), 0, 0);
}

} // namespace

class TestHelpUrl : public QObject
{
    Q_OBJECT

private slots:
    void dataProvisionInRussianIsExact();
    void urlFollowsTheLanguage_data();
    void urlFollowsTheLanguage();
    void jsonNamesPlaceLinkPageUrlAndLanguage();
    void privacyPolicyIsTheProfileUrl();
    void unknownPlaceIsAUsageError();
    void unavailableLanguageFallsBackToEnglishAndSaysSo();
    void printingALinkSendsAndJournalsNothing();
    void helpPagesListsEveryPlace();
    void helpPagesSpeaksTheLanguageAsked();
    void langTranslatesOtherCommandsAndTheirLocalization();
    void followsTheLocaleLikeOtherTools_data();
    void followsTheLocaleLikeOtherTools();
    void jsonIsTheSameInEveryLocale();
    void expiredKeySaysHowLongAgo();
};

void TestHelpUrl::dataProvisionInRussianIsExact()
{
    CtlProcess ctl;
    const CtlRun run = ctl.run({QStringLiteral("help-url"), QStringLiteral("data_provision"),
                                QStringLiteral("--lang"), QStringLiteral("ru")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
             QByteArrayLiteral("https://click.kaspersky.com/?hl=ru-RU&link=data_provision"
                               "&pid=KSVLA&version=6.2&helpid=255036\n"));
    QVERIFY2(run.err.isEmpty(), run.err.constData());
}

void TestHelpUrl::urlFollowsTheLanguage_data()
{
    QTest::addColumn<QStringList>("langOption");
    QTest::addColumn<QString>("hl");
    QTest::newRow("no --lang: English") << QStringList() << QStringLiteral("en-US");
    QTest::newRow("--lang de") << QStringList {QStringLiteral("--lang"), QStringLiteral("de")}
                               << QStringLiteral("de-DE");
    QTest::newRow("--lang=fr_FR") << QStringList {QStringLiteral("--lang=fr_FR")}
                                  << QStringLiteral("fr-FR");
    QTest::newRow("--lang ru-RU") << QStringList {QStringLiteral("--lang"), QStringLiteral("ru-RU")}
                                  << QStringLiteral("ru-RU");
}

void TestHelpUrl::urlFollowsTheLanguage()
{
    QFETCH(QStringList, langOption);
    QFETCH(QString, hl);
    CtlProcess ctl;
    const CtlRun run = ctl.run(
        langOption + QStringList {QStringLiteral("help-url"), QStringLiteral("wizard_key_file")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(firstLine(run),
             exactUrl(hl, QStringLiteral("wizard_key_file"), QStringLiteral("255041")));
}

void TestHelpUrl::jsonNamesPlaceLinkPageUrlAndLanguage()
{
    CtlProcess ctl;
    const CtlRun run =
        ctl.run({QStringLiteral("help-url"), QStringLiteral("replace_key"),
                 QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("fr")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QCOMPARE(jsonText(json, "place"), QStringLiteral("replace_key"));
    QCOMPARE(jsonText(json, "linkName"), QStringLiteral("replace_key"));
    QCOMPARE(jsonText(json, "pageId"), QStringLiteral("255098"));
    QCOMPARE(jsonText(json, "lang"), QStringLiteral("fr-FR"));
    QCOMPARE(
        jsonText(json, "url"),
        exactUrl(QStringLiteral("fr-FR"), QStringLiteral("replace_key"), QStringLiteral("255098")));
    QCOMPARE(jsonText(json, "title"), QStringLiteral("Remplacement d'une clé"));
}

void TestHelpUrl::privacyPolicyIsTheProfileUrl()
{
    CtlProcess ctl;
    const CtlRun run = ctl.run(
        {QStringLiteral("help-url"), QStringLiteral("privacy_policy"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(jsonText(run.json(), "url"),
             QStringLiteral("https://www.kaspersky.com/products-and-services-privacy-policy"));
    QVERIFY(run.json().value(QStringLiteral("pageId")).isNull());
    QVERIFY(run.json().value(QStringLiteral("lang")).isNull());
}

void TestHelpUrl::unknownPlaceIsAUsageError()
{
    CtlProcess ctl;
    const CtlRun run = ctl.run({QStringLiteral("help-url"), QStringLiteral("kitchen")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.errText().contains(QStringLiteral("kitchen")));
    QVERIFY(run.errText().contains(QStringLiteral("data_provision")));
    QCOMPARE(ctl.run({QStringLiteral("help-url")}).exitCode, 2);
}

void TestHelpUrl::unavailableLanguageFallsBackToEnglishAndSaysSo()
{
    CtlProcess ctl;
    const CtlRun run = ctl.run({QStringLiteral("--lang"), QStringLiteral("ja"),
                                QStringLiteral("help-url"), QStringLiteral("about")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(firstLine(run),
             exactUrl(QStringLiteral("en-US"), QStringLiteral("about"), QStringLiteral("254068")));
    QVERIFY(run.errText().contains(QStringLiteral("\"ja\"")));
}

void TestHelpUrl::printingALinkSendsAndJournalsNothing()
{
    CtlProcess ctl;
    QCOMPARE(ctl.run({QStringLiteral("help-url"), QStringLiteral("license_page")}).exitCode, 0);
    QCOMPARE(ctl.run({QStringLiteral("help-pages")}).exitCode, 0);
    // Not even the state database was opened, so nothing can have been journaled.
    QVERIFY(!QDir(ctl.dataDir()).exists());
    const CtlRun journal = ctl.run({QStringLiteral("journal"), QStringLiteral("--json")});
    QCOMPARE(journal.exitCode, 0);
    QVERIFY(!journal.out.contains("help-link"));
}

void TestHelpUrl::helpPagesListsEveryPlace()
{
    CtlProcess ctl;
    const CtlRun run = ctl.run({QStringLiteral("help-pages"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray pages = run.json().value(QStringLiteral("pages")).toArray();
    QHash<QString, QString> pageIds;
    for (const QJsonValue &page : pages)
        pageIds.insert(jsonText(page.toObject(), "place"), jsonText(page.toObject(), "pageId"));
    QCOMPARE(pageIds.size(), 16);
    QCOMPARE(pageIds.value(QStringLiteral("data_provision")), QStringLiteral("255036"));
    QCOMPARE(pageIds.value(QStringLiteral("license_keys")), QStringLiteral("255041"));
    QCOMPARE(pageIds.value(QStringLiteral("wizard_code")), QStringLiteral("255050"));
    QCOMPARE(pageIds.value(QStringLiteral("license_page")), QStringLiteral("254068"));
    QCOMPARE(pageIds.value(QStringLiteral("subscription")), QStringLiteral("255049"));
    QCOMPARE(pageIds.value(QStringLiteral("replace_key")), QStringLiteral("255098"));
    QVERIFY(pageIds.contains(QStringLiteral("privacy_policy")));
}

void TestHelpUrl::helpPagesSpeaksTheLanguageAsked()
{
    CtlProcess ctl;
    const CtlRun run =
        ctl.run({QStringLiteral("help-pages"), QStringLiteral("--lang"), QStringLiteral("ru")});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.startsWith(QStringLiteral("МЕСТО")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("О предоставлении данных")));
}

void TestHelpUrl::langTranslatesOtherCommandsAndTheirLocalization()
{
    CtlProcess ctl;
    const CtlRun status =
        ctl.run({QStringLiteral("status"), QStringLiteral("--lang"), QStringLiteral("ru")});
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(QString::fromUtf8(status.out).contains(QStringLiteral("Решение не активировано.")),
             status.out.constData());
    // The localization an activation reports is the language loaded.
    const CtlRun dryRun =
        ctl.run({QStringLiteral("activate"), QStringLiteral("DEMO1-COMME-RCIAL-0005I"),
                 QStringLiteral("--dry-run"), QStringLiteral("--json"), QStringLiteral("--lang"),
                 QStringLiteral("de")});
    QCOMPARE(dryRun.exitCode, 0);
    const QString body =
        jsonText(dryRun.json().value(QStringLiteral("request")).toObject(), "body");
    QVERIFY2(body.contains(QStringLiteral("\"localization\":\"de-DE\"")), qPrintable(body));
}

// Without --lang, lightagent-ctl speaks the locale's language as gettext programs do:
// LANGUAGE (a list) unless the locale is C or POSIX, then LC_ALL, LC_MESSAGES, LANG.
void TestHelpUrl::followsTheLocaleLikeOtherTools_data()
{
    QTest::addColumn<QStringList>("locale");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QString english = QStringLiteral("The solution is not activated.");
    const QString russian = QStringLiteral("Решение не активировано.");
    const QStringList none;
    QTest::newRow("C") << none << none << english;
    QTest::newRow("LANG=ru_RU.UTF-8")
        << QStringList {QStringLiteral("LANG=ru_RU.UTF-8")} << none << russian;
    QTest::newRow("LC_MESSAGES over LANG")
        << QStringList {QStringLiteral("LANG=en_US.UTF-8"),
                        QStringLiteral("LC_MESSAGES=ru_RU.UTF-8")}
        << none << russian;
    QTest::newRow("LC_ALL=C over LANG")
        << QStringList {QStringLiteral("LANG=ru_RU.UTF-8"), QStringLiteral("LC_ALL=C")} << none
        << english;
    QTest::newRow("LANGUAGE's first spoken language")
        << QStringList {QStringLiteral("LANG=en_US.UTF-8"), QStringLiteral("LANGUAGE=ja:ru:de")}
        << none << russian;
    QTest::newRow("LANGUAGE is not read in the C locale")
        << QStringList {QStringLiteral("LANG=C"), QStringLiteral("LANGUAGE=ru")} << none << english;
    QTest::newRow("POSIX") << QStringList {QStringLiteral("LC_ALL=POSIX")} << none << english;
    QTest::newRow("--lang over the locale")
        << QStringList {QStringLiteral("LANG=ru_RU.UTF-8")}
        << QStringList {QStringLiteral("--lang"), QStringLiteral("en")} << english;
}

void TestHelpUrl::followsTheLocaleLikeOtherTools()
{
    QFETCH(QStringList, locale);
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    CtlProcess ctl;
    const CtlRun status = ctl.run(arguments + QStringList {QStringLiteral("status")}, {}, locale);
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(QString::fromUtf8(status.out).contains(expected), status.out.constData());
}

// Programs read --json: the locale changes nothing in it, not even a word.
void TestHelpUrl::jsonIsTheSameInEveryLocale()
{
    CtlProcess ctl;
    for (const QStringList &command :
         {QStringList {QStringLiteral("status"), QStringLiteral("--json")},
          QStringList {QStringLiteral("key"), QStringLiteral("inspect"),
                       Test::demoKeyPath(QStringLiteral("trial.key")), QStringLiteral("--json")},
          QStringList {QStringLiteral("agreement"), QStringLiteral("show"),
                       QStringLiteral("--json")},
          QStringList {QStringLiteral("help-url"), QStringLiteral("about"),
                       QStringLiteral("--json")},
          QStringList {QStringLiteral("key"), QStringLiteral("remove"), QStringLiteral("reserve"),
                       QStringLiteral("--json")}}) {
        const CtlRun inC = ctl.run(command);
        const CtlRun inRussian = ctl.run(command, {}, {QStringLiteral("LANG=ru_RU.UTF-8")});
        const CtlRun inGerman = ctl.run(command, {}, {QStringLiteral("LC_ALL=de_DE.UTF-8")});
        QVERIFY2(!inC.out.isEmpty(), qPrintable(command.join(QLatin1Char(' '))));
        QCOMPARE(inRussian.out, inC.out);
        QCOMPARE(inGerman.out, inC.out);
        QCOMPARE(inRussian.exitCode, inC.exitCode);
    }
}

// A key that has expired says how long ago, in words (never "-342 days left").
void TestHelpUrl::expiredKeySaysHowLongAgo()
{
    CtlProcess ctl;
    const QString expired = Test::demoKeyPath(QStringLiteral("expired.key"));
    const CtlRun english = ctl.run({QStringLiteral("key"), QStringLiteral("inspect"), expired});
    const CtlRun russian = ctl.run({QStringLiteral("key"), QStringLiteral("inspect"), expired}, {},
                                   {QStringLiteral("LANG=ru_RU.UTF-8")});
    static const QRegularExpression negative(QStringLiteral("-\\d+ day|: -\\d"));
    for (const CtlRun &run : {english, russian}) {
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!negative.match(QString::fromUtf8(run.out)).hasMatch(), run.out.constData());
    }
    static const QRegularExpression ago(QStringLiteral("expired \\d+ days? ago"));
    QVERIFY2(ago.match(QString::fromUtf8(english.out)).hasMatch(), english.out.constData());
    static const QRegularExpression russianAgo(QStringLiteral("истек \\d+ (день|дня|дней) назад"));
    QVERIFY2(russianAgo.match(QString::fromUtf8(russian.out)).hasMatch(), russian.out.constData());
}

QTEST_GUILESS_MAIN(TestHelpUrl)
#include "tst_helpurl.moc"
