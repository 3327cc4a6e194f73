// The warning policy (DESIGN §1 item 8) through time, at the dates of an injected
// day, with keys issued at test time. The expected values are worked out from the
// rules, not read back from the code:
//   - thresholds 30, 14, 7, 1 days before the last covered day: WARNING from 30,
//     CRITICAL from 7 (the last day counts as 0 days left);
//   - a valid reserve key that takes over the next day keeps the state OK and moves
//     the last covered day to its own end; a reserve with a gap does not;
//   - a grace period counts down to its last day; a blocked key counts down its
//     8 days of full functionality (day 0 to day 7) and is CRITICAL throughout;
//   - databases released more than 7 days ago: WARNING, more than 14: CRITICAL.
#include "common/KeyScenarios.h"
#include "core/DateText.h"
#include "core/StateDatabase.h"
#include "provision/LicenseWarnings.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace LightAgent;

namespace {

// The active key's last valid day, and the reserve key's.
const QDate Expires(2027, 12, 31);
const QDate ReserveExpires(2029, 12, 31);
const char *const ReserveSerial = "0A0-000001-00000002";

StoredKey activeKey(const char *type = "commercial", int graceDays = 0)
{
    return Test::storedKey({{QStringLiteral("serial"), QStringLiteral("0A0-000001-00000001")},
                            {QStringLiteral("type"), QString::fromLatin1(type)},
                            {QStringLiteral("validFrom"), QStringLiteral("2026-01-01")},
                            {QStringLiteral("expires"), Expires.toString(Qt::ISODate)},
                            {QStringLiteral("graceDays"), graceDays}});
}

StoredKey reserveKey(QDate validFrom = QDate(2026, 1, 1), QDate expires = ReserveExpires)
{
    return Test::key(ReserveSerial, "commercial", "core", validFrom, expires);
}

QDateTime noonOf(QDate day)
{
    return QDateTime(day, QTime(12, 0), Qt::UTC);
}

// Databases released the day before: fresh, so only the license speaks.
LicenseWarnings judge(const StoredKeys &keys, QDate today,
                      const WarningThresholds &thresholds = WarningThresholds())
{
    return LicenseWarnings::evaluate(LicenseState::evaluate(keys, today), thresholds, noonOf(today),
                                     noonOf(today.addDays(-1)));
}

QStringList itemIds(const LicenseWarnings &warnings)
{
    QStringList ids;
    for (const LicenseWarning &item : warnings.items())
        ids.append(item.id);
    return ids;
}

} // namespace

Q_DECLARE_METATYPE(LightAgent::WarningLevel)

class TestLicenseWarnings : public QObject
{
    Q_OBJECT

private slots:
    void thresholds_data();
    void thresholds();
    void reserveTakingOverKeepsOk();
    void reserveWithAGapDoesNotCover();
    void gracePeriodCountsDown_data();
    void gracePeriodCountsDown();
    void blockedKeyCountsDownEightDays_data();
    void blockedKeyCountsDownEightDays();
    void expiredAndNotActivatedAreCritical();
    void databaseAge_data();
    void databaseAge();
    void configuredThresholds();
    void whatHappensInWords();
    void parsesThresholds_data();
    void parsesThresholds();
    void refusesBadThresholds_data();
    void refusesBadThresholds();
    void thresholdsKeptInTheStateDatabase();
};

void TestLicenseWarnings::thresholds_data()
{
    QTest::addColumn<bool>("withReserve");
    QTest::addColumn<int>("daysBefore");
    QTest::addColumn<WarningLevel>("level");
    QTest::addColumn<int>("threshold");
    // {days before the last valid day, level and threshold without a reserve}
    const struct
    {
        int daysBefore;
        WarningLevel level;
        int threshold;
    } days[] = {
        {31, WarningLevel::Ok, 0},       {30, WarningLevel::Warning, 30},
        {15, WarningLevel::Warning, 30}, {14, WarningLevel::Warning, 14},
        {8, WarningLevel::Warning, 14},  {7, WarningLevel::Critical, 7},
        {2, WarningLevel::Critical, 7},  {1, WarningLevel::Critical, 1},
        {0, WarningLevel::Critical, 1},
    };
    for (const auto &d : days) {
        QTest::addRow("%d days before, no reserve", d.daysBefore)
            << false << d.daysBefore << d.level << d.threshold;
        // The reserve runs two more years: nothing to do, whatever the active key's days.
        QTest::addRow("%d days before, with reserve", d.daysBefore)
            << true << d.daysBefore << WarningLevel::Ok << 0;
    }
}

void TestLicenseWarnings::thresholds()
{
    QFETCH(bool, withReserve);
    QFETCH(int, daysBefore);
    QFETCH(WarningLevel, level);
    QFETCH(int, threshold);
    const QDate today = Expires.addDays(-daysBefore);
    const StoredKeys keys {activeKey(), withReserve ? std::optional(reserveKey()) : std::nullopt};
    const LicenseWarnings warnings = judge(keys, today);
    QCOMPARE(warnings.level(), level);
    QCOMPARE(warnings.thresholdReached(), threshold);
    QCOMPARE(warnings.coveredUntil(), withReserve ? ReserveExpires : Expires);
    QCOMPARE(warnings.daysLeft(), int(today.daysTo(warnings.coveredUntil())));
    QCOMPARE(itemIds(warnings),
             level == WarningLevel::Ok ? QStringList()
                                       : QStringList {QStringLiteral("license-ends")});
    if (level != WarningLevel::Ok)
        QVERIFY2(warnings.sentence().contains(QStringLiteral("no reserve key")),
                 qPrintable(warnings.sentence()));
}

void TestLicenseWarnings::reserveTakingOverKeepsOk()
{
    const LicenseWarnings warnings = judge({activeKey(), reserveKey()}, Expires.addDays(-3));
    QCOMPARE(warnings.level(), WarningLevel::Ok);
    QCOMPARE(warnings.reserveTakesOverOn(), Expires.addDays(1));
    const QString expected =
        QStringLiteral("the reserve key %1 takes over on %2")
            .arg(QLatin1String(ReserveSerial), displayDate(Expires.addDays(1)));
    QVERIFY2(warnings.sentence().contains(expected), qPrintable(warnings.sentence()));
    QVERIFY2(warnings.whatHappens().contains(
                 QStringLiteral("the reserve key %1 takes over").arg(QLatin1String(ReserveSerial))),
             qPrintable(warnings.whatHappens()));
    QCOMPARE(warnings.toJson().value(QLatin1String("reserveTakesOver")).toObject(),
             (QJsonObject {{QStringLiteral("serial"), QLatin1String(ReserveSerial)},
                           {QStringLiteral("on"), QStringLiteral("2028-01-01")}}));

    // A reserve that itself ends soon after taking over is warned about before the takeover.
    const LicenseWarnings shortReserve = judge(
        {activeKey(), reserveKey(QDate(2026, 1, 1), Expires.addDays(10))}, Expires.addDays(-5));
    QCOMPARE(shortReserve.level(), WarningLevel::Warning);
    QCOMPARE(shortReserve.daysLeft(), 15);
    QCOMPARE(shortReserve.thresholdReached(), 30);
    QVERIFY2(shortReserve.sentence().contains(QLatin1String(ReserveSerial)),
             qPrintable(shortReserve.sentence()));

    // After the takeover the former reserve is the active key and counts down alone.
    const LicenseWarnings afterTakeover =
        judge({activeKey(), reserveKey()}, ReserveExpires.addDays(-14));
    QCOMPARE(afterTakeover.level(), WarningLevel::Warning);
    QCOMPARE(afterTakeover.thresholdReached(), 14);
    QVERIFY(!afterTakeover.reserveTakesOverOn().isValid());
}

void TestLicenseWarnings::reserveWithAGapDoesNotCover()
{
    const QDate reserveFrom = Expires.addDays(2);
    const LicenseWarnings warnings =
        judge({activeKey(), reserveKey(reserveFrom)}, Expires.addDays(-30));
    QCOMPARE(warnings.level(), WarningLevel::Warning);
    QCOMPARE(warnings.coveredUntil(), Expires);
    QVERIFY(!warnings.reserveTakesOverOn().isValid());
    QVERIFY2(warnings.sentence().contains(displayDate(reserveFrom)),
             qPrintable(warnings.sentence()));

    // A reserve that takes over exactly the next day has no gap.
    QCOMPARE(judge({activeKey(), reserveKey(Expires.addDays(1))}, Expires.addDays(-30)).level(),
             WarningLevel::Ok);
}

void TestLicenseWarnings::gracePeriodCountsDown_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<WarningLevel>("level");
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<QString>("item");
    // A subscription with 30 days of grace: its last day is 2028-01-30.
    QTest::newRow("30 days before the end")
        << Expires.addDays(-30) << WarningLevel::Warning << 30 << QStringLiteral("license-ends");
    QTest::newRow("first grace day")
        << Expires.addDays(1) << WarningLevel::Warning << 29 << QStringLiteral("grace-period");
    QTest::newRow("8 grace days left")
        << QDate(2028, 1, 22) << WarningLevel::Warning << 8 << QStringLiteral("grace-period");
    QTest::newRow("7 grace days left")
        << QDate(2028, 1, 23) << WarningLevel::Critical << 7 << QStringLiteral("grace-period");
    QTest::newRow("last grace day")
        << QDate(2028, 1, 30) << WarningLevel::Critical << 0 << QStringLiteral("grace-period");
    QTest::newRow("after the grace period")
        << QDate(2028, 1, 31) << WarningLevel::Critical << -1 << QStringLiteral("expired");
}

void TestLicenseWarnings::gracePeriodCountsDown()
{
    QFETCH(QDate, today);
    QFETCH(WarningLevel, level);
    QFETCH(int, daysLeft);
    QFETCH(QString, item);
    const LicenseWarnings warnings = judge({activeKey("subscription", 30), std::nullopt}, today);
    QCOMPARE(warnings.level(), level);
    QCOMPARE(warnings.daysLeft(), daysLeft);
    QCOMPARE(itemIds(warnings), QStringList {item});
    if (item == QLatin1String("grace-period")) {
        QVERIFY2(warnings.sentence().contains(displayDate(QDate(2028, 1, 30))),
                 qPrintable(warnings.sentence()));
        QVERIFY2(warnings.whatHappens().startsWith(QStringLiteral("After %1 database updates stop")
                                                       .arg(displayDate(QDate(2028, 1, 30)))),
                 qPrintable(warnings.whatHappens()));
    }
}

void TestLicenseWarnings::blockedKeyCountsDownEightDays_data()
{
    QTest::addColumn<int>("daysAfterBlocking");
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<bool>("stopped");
    QTest::newRow("day 0") << 0 << 7 << false;
    QTest::newRow("day 6") << 6 << 1 << false;
    QTest::newRow("day 7, the last with all functions") << 7 << 0 << false;
    QTest::newRow("day 8, limited") << 8 << -1 << true;
}

void TestLicenseWarnings::blockedKeyCountsDownEightDays()
{
    QFETCH(int, daysAfterBlocking);
    QFETCH(int, daysLeft);
    QFETCH(bool, stopped);
    const QDate blockedOn(2027, 3, 10);
    StoredKey key = activeKey();
    key.blockedSince = QDateTime(blockedOn, QTime(22, 45), Qt::UTC);
    // Blocked is critical even with a reserve key and far from the end.
    const LicenseWarnings warnings =
        judge({key, reserveKey()}, blockedOn.addDays(daysAfterBlocking));
    QCOMPARE(warnings.level(), WarningLevel::Critical);
    QCOMPARE(warnings.daysLeft(), daysLeft);
    QCOMPARE(warnings.coveredUntil(), QDate(2027, 3, 17));
    QCOMPARE(itemIds(warnings), QStringList {QStringLiteral("blocked")});
    QCOMPARE(warnings.whatHappens().startsWith(QStringLiteral("Database updates have stopped")),
             stopped);
}

void TestLicenseWarnings::expiredAndNotActivatedAreCritical()
{
    const LicenseWarnings expired = judge({activeKey(), std::nullopt}, Expires.addDays(1));
    QCOMPARE(expired.level(), WarningLevel::Critical);
    QCOMPARE(expired.daysLeft(), -1);
    QCOMPARE(itemIds(expired), QStringList {QStringLiteral("expired")});

    const LicenseWarnings none = judge({}, Expires);
    QCOMPARE(none.level(), WarningLevel::Critical);
    QCOMPARE(itemIds(none), QStringList {QStringLiteral("not-activated")});
    QCOMPARE(none.whatHappens(),
             QStringLiteral("Nothing is protected until the solution is activated."));
}

void TestLicenseWarnings::databaseAge_data()
{
    QTest::addColumn<qint64>("ageSeconds");
    QTest::addColumn<WarningLevel>("level");
    QTest::addColumn<QStringList>("items");
    const qint64 day = 86400;
    QTest::newRow("none installed") << qint64(-1) << WarningLevel::Ok << QStringList();
    QTest::newRow("7 days old") << 7 * day << WarningLevel::Ok << QStringList();
    QTest::newRow("just over 7 days") << 7 * day + 1 << WarningLevel::Warning
                                      << QStringList {QStringLiteral("databases-outdated")};
    QTest::newRow("14 days old") << 14 * day << WarningLevel::Warning
                                 << QStringList {QStringLiteral("databases-outdated")};
    QTest::newRow("just over 14 days") << 14 * day + 1 << WarningLevel::Critical
                                       << QStringList {QStringLiteral("databases-obsolete")};
}

void TestLicenseWarnings::databaseAge()
{
    QFETCH(qint64, ageSeconds);
    QFETCH(WarningLevel, level);
    QFETCH(QStringList, items);
    const QDate today(2027, 3, 10);
    const QDateTime now = noonOf(today);
    const QDateTime released = ageSeconds < 0 ? QDateTime() : now.addSecs(-ageSeconds);
    const LicenseWarnings warnings =
        LicenseWarnings::evaluate(LicenseState::evaluate({activeKey(), std::nullopt}, today),
                                  WarningThresholds(), now, released);
    QCOMPARE(warnings.level(), level);
    QCOMPARE(itemIds(warnings), items);
    // The license's own line leads; the databases' follows.
    QVERIFY2(warnings.sentence().startsWith(QStringLiteral("The license is valid until")),
             qPrintable(warnings.sentence()));
}

void TestLicenseWarnings::configuredThresholds()
{
    auto thresholds = WarningThresholds::parse(QStringLiteral("10,60"));
    QVERIFY(thresholds);
    const StoredKeys keys {activeKey(), std::nullopt};
    QCOMPARE(judge(keys, Expires.addDays(-61), thresholds.value()).level(), WarningLevel::Ok);
    QCOMPARE(judge(keys, Expires.addDays(-60), thresholds.value()).thresholdReached(), 60);
    QCOMPARE(judge(keys, Expires.addDays(-60), thresholds.value()).level(), WarningLevel::Warning);
    QCOMPARE(judge(keys, Expires.addDays(-30), thresholds.value()).level(), WarningLevel::Warning);
    QCOMPARE(judge(keys, Expires.addDays(-10), thresholds.value()).thresholdReached(), 10);
    QCOMPARE(judge(keys, Expires.addDays(-7), thresholds.value()).level(), WarningLevel::Critical);
    // Critical never starts before the first warning.
    auto late = WarningThresholds::parse(QStringLiteral("3"));
    QVERIFY(late);
    QCOMPARE(late->criticalDays(), 3);
    QCOMPARE(judge(keys, Expires.addDays(-4), late.value()).level(), WarningLevel::Ok);
    QCOMPARE(judge(keys, Expires.addDays(-3), late.value()).level(), WarningLevel::Critical);
}

void TestLicenseWarnings::whatHappensInWords()
{
    const QDate today = Expires.addDays(-100);
    const QDate released(2027, 9, 20);
    auto evaluate = [&](const StoredKeys &keys, QDateTime databases) {
        return LicenseWarnings::evaluate(LicenseState::evaluate(keys, today), WarningThresholds(),
                                         noonOf(today), databases)
            .whatHappens();
    };
    QCOMPARE(evaluate({activeKey(), std::nullopt}, noonOf(released)),
             QStringLiteral("After %1 database updates stop; protection goes on with the last "
                            "databases received (now those of %2).")
                 .arg(displayDate(Expires), displayDate(released)));
    QCOMPARE(evaluate({activeKey(), std::nullopt}, QDateTime()),
             QStringLiteral("After %1 database updates stop; no databases are installed yet.")
                 .arg(displayDate(Expires)));
    QCOMPARE(evaluate({activeKey(), reserveKey()}, noonOf(released)),
             QStringLiteral("On %1 the reserve key %2 takes over. After %3 database updates stop; "
                            "protection goes on with the last databases received (now those of "
                            "%4).")
                 .arg(displayDate(Expires.addDays(1)), QLatin1String(ReserveSerial),
                      displayDate(ReserveExpires), displayDate(released)));
    QCOMPARE(
        evaluate({activeKey("subscription", 30), std::nullopt}, noonOf(released)),
        QStringLiteral("After %1 a grace period keeps all functions until %2. After %2 "
                       "database updates stop; protection goes on with the last databases "
                       "received (now those of %3).")
            .arg(displayDate(Expires), displayDate(Expires.addDays(30)), displayDate(released)));
}

void TestLicenseWarnings::parsesThresholds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("days");
    QTest::addColumn<QString>("stored");
    QTest::newRow("the defaults") << QStringLiteral("30,14,7,1") << QList<int> {30, 14, 7, 1}
                                  << QStringLiteral("30,14,7,1");
    QTest::newRow("any order, spaces")
        << QStringLiteral(" 1, 90 ,7") << QList<int> {90, 7, 1} << QStringLiteral("90,7,1");
    QTest::newRow("one number, the largest")
        << QStringLiteral("365") << QList<int> {365} << QStringLiteral("365");
}

void TestLicenseWarnings::parsesThresholds()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, days);
    QFETCH(QString, stored);
    auto parsed = WarningThresholds::parse(text);
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed->days(), days);
    QCOMPARE(parsed->toText(), stored);
}

void TestLicenseWarnings::refusesBadThresholds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    const QString notDays = QStringLiteral(
        "\"%1\" is not a number of days from 1 to 365. Write the days before the end as whole "
        "numbers separated by commas, such as 30,14,7,1.");
    QTest::newRow("empty") << QString()
                           << QStringLiteral(
                                  "Give at least one number of days, such as 30,14,7,1.");
    QTest::newRow("a word") << QStringLiteral("30,soon") << notDays.arg(QStringLiteral("soon"));
    QTest::newRow("zero") << QStringLiteral("0") << notDays.arg(QStringLiteral("0"));
    QTest::newRow("more than a year")
        << QStringLiteral("366") << notDays.arg(QStringLiteral("366"));
    QTest::newRow("negative") << QStringLiteral("-5") << notDays.arg(QStringLiteral("-5"));
    QTest::newRow("with a plus sign") << QStringLiteral("+5") << notDays.arg(QStringLiteral("+5"));
    QTest::newRow("fraction") << QStringLiteral("7.5") << notDays.arg(QStringLiteral("7.5"));
    QTest::newRow("empty item") << QStringLiteral("30,,7") << notDays.arg(QString());
    QTest::newRow("twice") << QStringLiteral("7,30,7")
                           << QStringLiteral(
                                  "7 days is given twice; give each number of days once.");
    QTest::newRow("eleven numbers") << QStringLiteral("1,2,3,4,5,6,7,8,9,10,11")
                                    << QStringLiteral("Give at most 10 numbers of days, such as "
                                                      "30,14,7,1.");
}

void TestLicenseWarnings::refusesBadThresholds()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    auto parsed = WarningThresholds::parse(text);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
    QCOMPARE(parsed.error().message, message);
}

void TestLicenseWarnings::thresholdsKeptInTheStateDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = StateDatabase::open(dir.path());
    QVERIFY(db);
    auto initial = WarningThresholds::load(*db.value());
    QVERIFY(initial);
    QCOMPARE(initial->days(), (QList<int> {30, 14, 7, 1}));
    auto chosen = WarningThresholds::parse(QStringLiteral("45,5"));
    QVERIFY(chosen);
    QVERIFY(chosen->store(*db.value()));
    auto loaded = WarningThresholds::load(*db.value());
    QVERIFY(loaded);
    QCOMPARE(loaded->days(), (QList<int> {45, 5}));
    // A setting damaged behind the product's back is reported, not silently replaced.
    QVERIFY(db.value()->setSetting(QString::fromLatin1(WarningThresholds::Setting),
                                   QStringLiteral("soon")));
    auto damaged = WarningThresholds::load(*db.value());
    QVERIFY(!damaged);
    QVERIFY2(damaged.error().message.contains(QStringLiteral("config set warn-days")),
             qPrintable(damaged.error().message));
}

QTEST_GUILESS_MAIN(TestLicenseWarnings)
#include "tst_licensewarnings.moc"
