// Loading the interface language: our embedded translation and Qt's own together,
// the fallback to English, plural forms, the locale for dates and numbers, and the
// lookup of texts that lupdate filed under the namespace of a free function.
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

QTEST_GUILESS_MAIN(TestLanguageLoader)
#include "tst_languageloader.moc"
