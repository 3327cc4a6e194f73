// Dates for people: the locale's short format, with the year always in four digits,
// also where the locale's own short format has two.
#include "core/DateText.h"

#include <QLocale>
#include <QTest>

using namespace LightAgent;

class TestDateText : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void fourDigitYearInEveryLanguage_data();
    void fourDigitYearInEveryLanguage();
    void invalidDateIsEmpty();
};

void TestDateText::fourDigitYearInEveryLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    // US English writes "12/31/29" by itself: the year is widened.
    QTest::newRow("en_US, M/d/yy") << QStringLiteral("en_US") << QStringLiteral("12/31/2029");
    QTest::newRow("en_GB, dd/MM/yyyy") << QStringLiteral("en_GB") << QStringLiteral("31/12/2029");
    QTest::newRow("de_DE") << QStringLiteral("de_DE") << QStringLiteral("31.12.2029");
    QTest::newRow("fr_FR") << QStringLiteral("fr_FR") << QStringLiteral("31/12/2029");
    QTest::newRow("ru_RU") << QStringLiteral("ru_RU") << QStringLiteral("31.12.2029");
}

void TestDateText::fourDigitYearInEveryLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QLocale::setDefault(QLocale(locale));
    QCOMPARE(displayDate(QDate(2029, 12, 31)), expected);
}

void TestDateText::invalidDateIsEmpty()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    QVERIFY(displayDate(QDate()).isEmpty());
}

QTEST_GUILESS_MAIN(TestDateText)
#include "tst_datetext.moc"
