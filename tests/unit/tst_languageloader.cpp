// Loading the interface language: our embedded translation and Qt's own together,
// the fallback to English, plural forms, the locale for dates and numbers, and the
// lookup of texts that lupdate filed under the namespace of a free function.
#include "core/DateText.h"
#include "help/Language.h"
#include "help/LanguageLoader.h"
#include "license/License.h"
#include "license/LicenseState.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QLocale>
#include <QTest>

using namespace LightAgent;

namespace {

QString translated(const char *context, const char *text, int n = -1)
{
    return QCoreApplication::translate(context, text, nullptr, n);
}

QString helpTitle()
{
    return translated("LightAgent::HelpCatalog", "About data provision");
}

// Counts the QEvent::LanguageChange the application receives.
class LanguageChangeCounter : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class TestLanguageLoader : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void everyLanguageIsEmbedded();
    void installsTheLanguageAsked_data();
    void installsTheLanguageAsked();
    void unsupportedLanguageFallsBackToEnglish_data();
    void unsupportedLanguageFallsBackToEnglish();
    void qtOwnTextsFollow_data();
    void qtOwnTextsFollow();
    void englishPluralsReadNaturally();
    void russianPluralsHaveThreeForms_data();
    void russianPluralsHaveThreeForms();
    void datesAndNumbersFollowTheLanguage();
    void datesHaveOneFormatWithFourDigitYears_data();
    void datesHaveOneFormatWithFourDigitYears();
    void followsTheEnvironmentAsGettextDoes_data();
    void followsTheEnvironmentAsGettextDoes();
    void textsFiledUnderTheNamespaceAreFound();
    void switchingReplacesTheEarlierLanguage();
    void switchingTellsTheApplication();
};

void TestLanguageLoader::cleanup()
{
    LanguageLoader::install(QStringLiteral("en-US"));
}

void TestLanguageLoader::everyLanguageIsEmbedded()
{
    for (const QString &tag : Language::supportedTags())
        QVERIFY2(QFile::exists(LanguageLoader::catalogPath(tag)), qPrintable(tag));
}

void TestLanguageLoader::installsTheLanguageAsked_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("loaded");
    QTest::addColumn<QString>("title");
    QTest::newRow("Russian by its language") << QStringLiteral("ru") << QStringLiteral("ru-RU")
                                             << QStringLiteral("О предоставлении данных");
    QTest::newRow("German, POSIX spelling") << QStringLiteral("de_DE") << QStringLiteral("de-DE")
                                            << QStringLiteral("Über die Datenbereitstellung");
    QTest::newRow("French of Canada") << QStringLiteral("fr-CA") << QStringLiteral("fr-FR")
                                      << QStringLiteral("À propos de la fourniture de données");
    QTest::newRow("English") << QStringLiteral("en-US") << QStringLiteral("en-US")
                             << QStringLiteral("About data provision");
}

void TestLanguageLoader::installsTheLanguageAsked()
{
    QFETCH(QString, requested);
    QFETCH(QString, loaded);
    QFETCH(QString, title);
    QCOMPARE(LanguageLoader::install(requested), loaded);
    QCOMPARE(LanguageLoader::installed(), loaded);
    QCOMPARE(helpTitle(), title);
}

void TestLanguageLoader::unsupportedLanguageFallsBackToEnglish_data()
{
    QTest::addColumn<QString>("requested");
    QTest::newRow("Japanese") << QStringLiteral("ja-JP");
    QTest::newRow("POSIX C") << QStringLiteral("C");
    QTest::newRow("nothing") << QString();
}

void TestLanguageLoader::unsupportedLanguageFallsBackToEnglish()
{
    QFETCH(QString, requested);
    LanguageLoader::install(QStringLiteral("ru"));
    QCOMPARE(LanguageLoader::install(requested), QStringLiteral("en-US"));
    QCOMPARE(LanguageLoader::installed(), QStringLiteral("en-US"));
    QCOMPARE(helpTitle(), QStringLiteral("About data provision"));
}

void TestLanguageLoader::qtOwnTextsFollow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("cancel");
    QTest::newRow("Russian") << QStringLiteral("ru-RU") << QStringLiteral("Отмена");
    QTest::newRow("German") << QStringLiteral("de-DE") << QStringLiteral("Abbrechen");
    QTest::newRow("French") << QStringLiteral("fr-FR") << QStringLiteral("Annuler");
    QTest::newRow("English") << QStringLiteral("en-US") << QStringLiteral("Cancel");
}

void TestLanguageLoader::qtOwnTextsFollow()
{
    QFETCH(QString, language);
    QFETCH(QString, cancel);
    // scripts/lib/common.sh installs them with the rest of what the tests need.
    QVERIFY2(language == QLatin1String("en-US") ||
                 QFile::exists(LanguageLoader::qtCatalogPath(language)),
             "Qt's own translations (qt6-translations-l10n) are not installed here");
    LanguageLoader::install(language);
    // The text of the standard Cancel button of dialogs and button boxes.
    QCOMPARE(translated("QPlatformTheme", "Cancel"), cancel);
}

void TestLanguageLoader::englishPluralsReadNaturally()
{
    LanguageLoader::install(QStringLiteral("en-US"));
    QCOMPARE(displayName(LicenseUnit::Core, 1), QStringLiteral("1 core"));
    QCOMPARE(displayName(LicenseUnit::Core, 8), QStringLiteral("8 cores"));
    QCOMPARE(translated("LightAgent::LicenseState", "The license expires in %n day(s).", 1),
             QStringLiteral("The license expires in 1 day."));
}

void TestLanguageLoader::russianPluralsHaveThreeForms_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1") << 1 << QStringLiteral("1 ядро");
    QTest::newRow("3") << 3 << QStringLiteral("3 ядра");
    QTest::newRow("5") << 5 << QStringLiteral("5 ядер");
    QTest::newRow("21") << 21 << QStringLiteral("21 ядро");
    QTest::newRow("112") << 112 << QStringLiteral("112 ядер");
}

void TestLanguageLoader::russianPluralsHaveThreeForms()
{
    QFETCH(int, count);
    QFETCH(QString, expected);
    LanguageLoader::install(QStringLiteral("ru-RU"));
    QCOMPARE(displayName(LicenseUnit::Core, count), expected);
}

void TestLanguageLoader::datesAndNumbersFollowTheLanguage()
{
    LanguageLoader::install(QStringLiteral("de-DE"));
    QCOMPARE(QLocale().name(), QStringLiteral("de_DE"));
    QCOMPARE(QLocale().toString(1234567), QStringLiteral("1.234.567"));
    LanguageLoader::install(QStringLiteral("ru-RU"));
    QCOMPARE(QLocale().name(), QStringLiteral("ru_RU"));
    QCOMPARE(QLocale().toString(QDate(2026, 11, 29), QStringLiteral("dd.MM.yyyy")),
             QStringLiteral("29.11.2026"));
    LanguageLoader::install(QStringLiteral("en-US"));
    QCOMPARE(QLocale().name(), QStringLiteral("en_US"));
}

void TestLanguageLoader::textsFiledUnderTheNamespaceAreFound()
{
    // displayName() is a free function: its texts are looked up as
    // "LightAgent::LicenseState" but lupdate filed them under "LightAgent".
    LanguageLoader::install(QStringLiteral("ru-RU"));
    QCOMPARE(displayName(LicenseStatus::NotActivated), QStringLiteral("Не активировано"));
    QCOMPARE(displayName(Functionality::Full), QStringLiteral("Полная функциональность"));
}

void TestLanguageLoader::switchingReplacesTheEarlierLanguage()
{
    LanguageLoader::install(QStringLiteral("ru-RU"));
    LanguageLoader::install(QStringLiteral("de-DE"));
    QCOMPARE(helpTitle(), QStringLiteral("Über die Datenbereitstellung"));
    // Nothing of the Russian before it is left, not even where German lacks a text.
    QVERIFY(displayName(LicenseStatus::NotActivated) != QStringLiteral("Не активировано"));
}

void TestLanguageLoader::switchingTellsTheApplication()
{
    LanguageChangeCounter counter;
    QCoreApplication::instance()->installEventFilter(&counter);
    LanguageLoader::install(QStringLiteral("fr-FR"));
    QCoreApplication::instance()->removeEventFilter(&counter);
    QVERIFY(counter.count > 0);
}

// One date and one date-time format per language, on every page and in the command
// line's text: the locale's short forms, always with a four-digit year.
void TestLanguageLoader::datesHaveOneFormatWithFourDigitYears_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("dateTime");
    QTest::addColumn<QString>("withSeconds");
    QTest::newRow("ru") << QStringLiteral("ru-RU") << QStringLiteral("07.12.2026")
                        << QStringLiteral("07.12.2026 23:48")
                        << QStringLiteral("07.12.2026 23:48:05");
    QTest::newRow("de") << QStringLiteral("de-DE") << QStringLiteral("07.12.2026")
                        << QStringLiteral("07.12.2026 23:48")
                        << QStringLiteral("07.12.2026 23:48:05");
    QTest::newRow("fr") << QStringLiteral("fr-FR") << QStringLiteral("07/12/2026")
                        << QStringLiteral("07/12/2026 23:48")
                        << QStringLiteral("07/12/2026 23:48:05");
    QTest::newRow("en") << QStringLiteral("en-US") << QStringLiteral("12/7/2026") << QString()
                        << QString();
}

void TestLanguageLoader::datesHaveOneFormatWithFourDigitYears()
{
    QFETCH(QString, language);
    QFETCH(QString, date);
    QFETCH(QString, dateTime);
    QFETCH(QString, withSeconds);
    LanguageLoader::install(language);
    const QDateTime moment(QDate(2026, 12, 7), QTime(23, 48, 5), Qt::LocalTime);
    QCOMPARE(displayDate(moment.date()), date);
    const QString shown = displayDateTime(moment);
    // The date part of a date-time is the date alone: one format, not two.
    QVERIFY2(shown.startsWith(date + QLatin1Char(' ')), qPrintable(shown));
    if (!dateTime.isEmpty()) {
        QCOMPARE(shown, dateTime);
        QCOMPARE(displayDateTime(moment, true), withSeconds);
    }
    QVERIFY(displayDateTime(moment.toUTC()) == shown); // a UTC moment is shown in local time
}

void TestLanguageLoader::followsTheEnvironmentAsGettextDoes_data()
{
    QTest::addColumn<QString>("language"); // LANGUAGE
    QTest::addColumn<QString>("all"); // LC_ALL
    QTest::addColumn<QString>("messages"); // LC_MESSAGES
    QTest::addColumn<QString>("lang"); // LANG
    QTest::addColumn<QString>("expected");
    const QString none;
    const QString en = QStringLiteral("en-US");
    const QString ru = QStringLiteral("ru-RU");
    QTest::newRow("nothing set") << none << none << none << none << en;
    QTest::newRow("LANG") << none << none << none << QStringLiteral("ru_RU.UTF-8") << ru;
    QTest::newRow("LC_MESSAGES over LANG")
        << none << none << QStringLiteral("de_DE.UTF-8") << QStringLiteral("ru_RU.UTF-8")
        << QStringLiteral("de-DE");
    QTest::newRow("LC_ALL over both")
        << none << QStringLiteral("fr_FR.UTF-8") << QStringLiteral("de_DE.UTF-8")
        << QStringLiteral("ru_RU.UTF-8") << QStringLiteral("fr-FR");
    QTest::newRow("C.UTF-8") << none << none << none << QStringLiteral("C.UTF-8") << en;
    QTest::newRow("LC_ALL=C over LANG")
        << none << QStringLiteral("C") << none << QStringLiteral("ru_RU.UTF-8") << en;
    QTest::newRow("POSIX") << none << none << QStringLiteral("POSIX") << none << en;
    QTest::newRow("LANGUAGE's first spoken language")
        << QStringLiteral("ja:ru:de") << none << none << QStringLiteral("en_US.UTF-8") << ru;
    QTest::newRow("LANGUAGE is not read in the C locale")
        << QStringLiteral("ru") << none << none << QStringLiteral("C") << en;
    QTest::newRow("LANGUAGE with nothing spoken")
        << QStringLiteral("ja:zh") << none << none << QStringLiteral("de_DE.UTF-8")
        << QStringLiteral("de-DE");
    QTest::newRow("a language not spoken")
        << none << none << none << QStringLiteral("ja_JP.UTF-8") << en;
}

void TestLanguageLoader::followsTheEnvironmentAsGettextDoes()
{
    QFETCH(QString, language);
    QFETCH(QString, all);
    QFETCH(QString, messages);
    QFETCH(QString, lang);
    QFETCH(QString, expected);
    const QList<std::pair<const char *, QString>> variables {
        {"LANGUAGE", language}, {"LC_ALL", all}, {"LC_MESSAGES", messages}, {"LANG", lang}};
    QList<std::pair<const char *, QByteArray>> saved;
    for (const auto &[name, value] : variables) {
        saved.append({name, qgetenv(name)});
        if (value.isEmpty())
            qunsetenv(name);
        else
            qputenv(name, value.toUtf8());
    }
    const QString found = Language::fromEnvironment();
    for (const auto &[name, value] : saved) {
        if (value.isEmpty())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    QCOMPARE(found, expected);
}

QTEST_GUILESS_MAIN(TestLanguageLoader)
#include "tst_languageloader.moc"
