// LicenseState through time (DESIGN §3.6): the expected values are worked out from
// the vendor's rules, day by day, not read back from the code:
//   - "expires soon" from 14 days before the last valid day, only without a reserve key;
//   - after the last valid day: expired with limited functionality, unless a grace
//     period (subscription) runs, which keeps full functionality through its last day;
//   - when the active key has ended and a valid reserve key exists, the reserve takes over;
//   - a blocked key keeps full functionality for 8 days (day 0 to day 7), then limited.
#include "common/KeyScenarios.h"
#include "core/Clock.h"
#include "license/LicenseState.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QTest>

using namespace LightAgent;

namespace {

// A commercial core key from 2026-01-01 to 2027-12-31 (its last valid day).
const QDate Expires(2027, 12, 31);

StoredKey activeKey(const char *type = "commercial", int graceDays = 0)
{
    StoredKey key =
        Test::storedKey({{QStringLiteral("serial"), QStringLiteral("0A0-000001-00000001")},
                         {QStringLiteral("type"), QString::fromLatin1(type)},
                         {QStringLiteral("validFrom"), QStringLiteral("2026-01-01")},
                         {QStringLiteral("expires"), Expires.toString(Qt::ISODate)},
                         {QStringLiteral("graceDays"), graceDays}});
    return key;
}

StoredKey reserveKey(QDate validFrom = QDate(2026, 1, 1))
{
    return Test::key("0A0-000001-00000002", "commercial", "core", validFrom, QDate(2029, 12, 31));
}

QDateTime utc(QDate date, QTime time = QTime(12, 0))
{
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

class TestLicenseState : public QObject
{
    Q_OBJECT

private slots:
    void notActivated();
    void notYetValidKeyIsNotActivation();
    void statusThroughTime_data();
    void statusThroughTime();
    void daysLeftCountsToTheLastValidDay();
    void reservePromotionWhenTheActiveEnds();
    void reserveNotYetValidWaits();
    void walkingTheClockDayByDay();
    void blockedKey_data();
    void blockedKey();
    void toJsonNamesAndValues();
    void toJsonForSubscriptionAndBlocked();
};

void TestLicenseState::notActivated()
{
    const LicenseState state = LicenseState::evaluate({}, QDate(2026, 6, 1));
    QCOMPARE(state.status(), LicenseStatus::NotActivated);
    QCOMPARE(state.functionality(), Functionality::None);
    QCOMPARE(state.daysLeft(), 0);
    QVERIFY(!state.active());
    QVERIFY(!state.reservePromoted());
    QVERIFY(!state.expires().isValid());
}

void TestLicenseState::notYetValidKeyIsNotActivation()
{
    const StoredKeys keys {
        Test::key("0A0-000001-00000009", "commercial", "core", QDate(2026, 7, 1), Expires),
        std::nullopt};
    const LicenseState before = LicenseState::evaluate(keys, QDate(2026, 6, 30));
    QCOMPARE(before.status(), LicenseStatus::NotActivated);
    QCOMPARE(before.functionality(), Functionality::None);
    const LicenseState onTheDay = LicenseState::evaluate(keys, QDate(2026, 7, 1));
    QCOMPARE(onTheDay.status(), LicenseStatus::Valid);
    QCOMPARE(onTheDay.functionality(), Functionality::Full);
}

void TestLicenseState::statusThroughTime_data()
{
    QTest::addColumn<StoredKeys>("keys");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("functionality");
    QTest::addColumn<int>("daysLeft");

    const StoredKeys alone {activeKey(), std::nullopt};
    const StoredKeys withReserve {activeKey(), reserveKey()};
    const StoredKeys subscription {activeKey("subscription", 30), std::nullopt};
    const QDate graceEnd = Expires.addDays(30); // 2028-01-30

    auto row = [](const char *name, const StoredKeys &keys, QDate today, const char *status,
                  const char *functionality, int daysLeft) {
        QTest::newRow(name) << keys << today << QString::fromLatin1(status)
                            << QString::fromLatin1(functionality) << daysLeft;
    };
    row("first valid day", alone, QDate(2026, 1, 1), "valid", "full", 729);
    row("mid-term", alone, QDate(2027, 6, 1), "valid", "full", 213);
    row("15 days before expiry: still plain valid", alone, Expires.addDays(-15), "valid", "full",
        15);
    row("14 days before expiry: expires soon", alone, Expires.addDays(-14), "expires-soon", "full",
        14);
    row("1 day before expiry", alone, Expires.addDays(-1), "expires-soon", "full", 1);
    row("last valid day (daysLeft 0)", alone, Expires, "expires-soon", "full", 0);
    row("day after expiry", alone, Expires.addDays(1), "expired", "limited", -1);
    row("a year after expiry", alone, Expires.addDays(366), "expired", "limited", -366);

    row("with reserve, 14 days before expiry: no warning", withReserve, Expires.addDays(-14),
        "valid", "full", 14);
    row("with reserve, last valid day: no warning", withReserve, Expires, "valid", "full", 0);
    // The reserve takes over: days left now count to the reserve's 2029-12-31.
    row("with reserve, day after expiry: reserve active", withReserve, Expires.addDays(1), "valid",
        "full", 730);

    row("subscription, 14 days before expiry", subscription, Expires.addDays(-14), "expires-soon",
        "full", 14);
    row("subscription, last valid day", subscription, Expires, "expires-soon", "full", 0);
    row("subscription, first grace day", subscription, Expires.addDays(1), "grace-period", "full",
        -1);
    row("subscription, last grace day", subscription, graceEnd, "grace-period", "full", -30);
    row("subscription, day after grace", subscription, graceEnd.addDays(1), "expired", "limited",
        -31);
    // "When the active key expires, a valid reserve key becomes active": the grace
    // period does not hold the reserve back.
    const StoredKeys subscriptionWithReserve {activeKey("subscription", 30), reserveKey()};
    row("subscription with reserve, last valid day", subscriptionWithReserve, Expires, "valid",
        "full", 0);
    row("subscription with reserve, day after expiry: reserve active", subscriptionWithReserve,
        Expires.addDays(1), "valid", "full", 730);
}

void TestLicenseState::statusThroughTime()
{
    QFETCH(StoredKeys, keys);
    QFETCH(QDate, today);
    const LicenseState state = LicenseState::evaluate(keys, today);
    QTEST(toWireName(state.status()), "status");
    QTEST(toWireName(state.functionality()), "functionality");
    QTEST(state.daysLeft(), "daysLeft");
    QCOMPARE(state.today(), today);
}

void TestLicenseState::daysLeftCountsToTheLastValidDay()
{
    const StoredKey key = activeKey(); // the license lives in the key: keep the key
    const License &l = key.license();
    QCOMPARE(LicenseState::daysLeft(l, QDate(2027, 12, 1)), 30);
    QCOMPARE(LicenseState::daysLeft(l, QDate(2027, 2, 28)), 306);
    QCOMPARE(LicenseState::daysLeft(l, QDate(2028, 1, 2)), -2);
}

void TestLicenseState::reservePromotionWhenTheActiveEnds()
{
    const StoredKeys keys {activeKey(), reserveKey()};
    const LicenseState lastDay = LicenseState::evaluate(keys, Expires);
    QVERIFY(!lastDay.reservePromoted());
    QCOMPARE(lastDay.active()->license().serial, QStringLiteral("0A0-000001-00000001"));
    QCOMPARE(lastDay.reserve()->license().serial, QStringLiteral("0A0-000001-00000002"));

    const LicenseState next = LicenseState::evaluate(keys, Expires.addDays(1));
    QVERIFY(next.reservePromoted());
    QCOMPARE(next.active()->license().serial, QStringLiteral("0A0-000001-00000002"));
    QVERIFY(!next.reserve());
    QCOMPARE(next.status(), LicenseStatus::Valid);

    // The promoted key now has no reserve behind it, so its own end is announced.
    const LicenseState promotedEnd = LicenseState::evaluate(keys, QDate(2029, 12, 17));
    QVERIFY(promotedEnd.reservePromoted());
    QCOMPARE(promotedEnd.status(), LicenseStatus::ExpiresSoon);
    QCOMPARE(promotedEnd.daysLeft(), 14);
}

void TestLicenseState::reserveNotYetValidWaits()
{
    const QDate reserveFrom(2028, 2, 1);
    const StoredKeys keys {activeKey(), reserveKey(reserveFrom)};
    const LicenseState gap = LicenseState::evaluate(keys, Expires.addDays(1));
    QVERIFY(!gap.reservePromoted());
    QCOMPARE(gap.status(), LicenseStatus::Expired);
    QCOMPARE(gap.functionality(), Functionality::Limited);

    const LicenseState takeOver = LicenseState::evaluate(keys, reserveFrom);
    QVERIFY(takeOver.reservePromoted());
    QCOMPARE(takeOver.status(), LicenseStatus::Valid);
    QCOMPARE(takeOver.functionality(), Functionality::Full);
}

void TestLicenseState::walkingTheClockDayByDay()
{
    // The clock the application uses, moved forward by hand: each day's status
    // follows from the rules, and the time of day does not matter.
    FixedClock clock(utc(Expires.addDays(-20), QTime(23, 59, 59)));
    Clock::setInstance(&clock);
    const auto restore = qScopeGuard([] { Clock::setInstance(nullptr); });
    const StoredKeys keys {activeKey("subscription", 10), std::nullopt};
    for (int day = 0; day < 45; ++day, clock.advanceDays(1)) {
        const QDate today = Clock::instance().today();
        const LicenseState state = LicenseState::evaluate(keys, today);
        LicenseStatus expected = LicenseStatus::Valid;
        if (today > Expires.addDays(10))
            expected = LicenseStatus::Expired;
        else if (today > Expires)
            expected = LicenseStatus::GracePeriod;
        else if (Expires.toJulianDay() - today.toJulianDay() <= 14)
            expected = LicenseStatus::ExpiresSoon;
        QVERIFY2(state.status() == expected, qPrintable(today.toString(Qt::ISODate)));
        QCOMPARE(state.functionality(),
                 expected == LicenseStatus::Expired ? Functionality::Limited : Functionality::Full);
    }
}

void TestLicenseState::blockedKey_data()
{
    QTest::addColumn<int>("daysAfterBlocking");
    QTest::addColumn<QString>("functionality");

    QTest::newRow("day 0") << 0 << "full";
    QTest::newRow("day 1") << 1 << "full";
    QTest::newRow("day 7: last full day") << 7 << "full";
    QTest::newRow("day 8: limited") << 8 << "limited";
    QTest::newRow("day 30") << 30 << "limited";
}

void TestLicenseState::blockedKey()
{
    QFETCH(int, daysAfterBlocking);
    StoredKey key = activeKey();
    const QDate blockedOn(2027, 3, 10);
    key.blockedSince = utc(blockedOn, QTime(22, 45));
    const LicenseState state =
        LicenseState::evaluate({key, std::nullopt}, blockedOn.addDays(daysAfterBlocking));
    QCOMPARE(state.status(), LicenseStatus::Blocked);
    QTEST(toWireName(state.functionality()), "functionality");
    QCOMPARE(state.limitedFrom(), QDate(2027, 3, 18));
}

void TestLicenseState::toJsonNamesAndValues()
{
    const StoredKeys keys {activeKey(), reserveKey()};
    const QJsonObject json = LicenseState::evaluate(keys, QDate(2027, 12, 1)).toJson();
    QCOMPARE(json.value(QLatin1String("status")).toString(), QStringLiteral("valid"));
    QCOMPARE(json.value(QLatin1String("functionality")).toString(), QStringLiteral("full"));
    QCOMPARE(json.value(QLatin1String("evaluatedOn")).toString(), QStringLiteral("2027-12-01"));
    QCOMPARE(json.value(QLatin1String("daysLeft")).toInt(-999), 30);
    QCOMPARE(json.value(QLatin1String("reservePromoted")).toBool(true), false);
    QVERIFY(!json.value(QLatin1String("headline")).toString().isEmpty());
    QVERIFY(!json.value(QLatin1String("explanation")).toString().isEmpty());

    const QJsonObject active = json.value(QLatin1String("active")).toObject();
    QCOMPARE(active.value(QLatin1String("serial")).toString(),
             QStringLiteral("0A0-000001-00000001"));
    QCOMPARE(active.value(QLatin1String("type")).toString(), QStringLiteral("commercial"));
    QCOMPARE(active.value(QLatin1String("unit")).toString(), QStringLiteral("core"));
    QCOMPARE(active.value(QLatin1String("count")).toInt(), 8);
    QCOMPARE(active.value(QLatin1String("validFrom")).toString(), QStringLiteral("2026-01-01"));
    QCOMPARE(active.value(QLatin1String("expires")).toString(), QStringLiteral("2027-12-31"));
    QCOMPARE(active.value(QLatin1String("daysLeft")).toInt(-999), 30);
    QCOMPARE(active.value(QLatin1String("source")).toString(), QStringLiteral("file"));
    QCOMPARE(active.value(QLatin1String("addedAt")).toString(),
             QStringLiteral("2026-01-02T09:30:00Z"));
    QVERIFY(active.value(QLatin1String("blockedSince")).isNull());
    QCOMPARE(active.value(QLatin1String("fileSha256")).toString().size(), 64);
    QCOMPARE(
        json.value(QLatin1String("reserve")).toObject().value(QLatin1String("serial")).toString(),
        QStringLiteral("0A0-000001-00000002"));

    const QJsonObject timeline = json.value(QLatin1String("timeline")).toObject();
    QCOMPARE(timeline.value(QLatin1String("validFrom")).toString(), QStringLiteral("2026-01-01"));
    QCOMPARE(timeline.value(QLatin1String("expires")).toString(), QStringLiteral("2027-12-31"));
    QVERIFY(timeline.value(QLatin1String("expiresSoonFrom")).isNull()); // a reserve is ready
    QVERIFY(timeline.value(QLatin1String("graceUntil")).isNull());
    QVERIFY(timeline.value(QLatin1String("limitedFrom")).isNull());

    const QJsonObject alone =
        LicenseState::evaluate({activeKey(), std::nullopt}, QDate(2027, 12, 20)).toJson();
    QCOMPARE(alone.value(QLatin1String("status")).toString(), QStringLiteral("expires-soon"));
    QCOMPARE(alone.value(QLatin1String("daysLeft")).toInt(-999), 11);
    QVERIFY(alone.value(QLatin1String("reserve")).isNull());
    QCOMPARE(alone.value(QLatin1String("timeline"))
                 .toObject()
                 .value(QLatin1String("expiresSoonFrom"))
                 .toString(),
             QStringLiteral("2027-12-17"));

    const QJsonObject empty = LicenseState::evaluate({}, QDate(2027, 12, 20)).toJson();
    QCOMPARE(empty.value(QLatin1String("status")).toString(), QStringLiteral("not-activated"));
    QCOMPARE(empty.value(QLatin1String("functionality")).toString(), QStringLiteral("none"));
    QVERIFY(empty.value(QLatin1String("daysLeft")).isNull());
    QVERIFY(empty.value(QLatin1String("active")).isNull());
    for (const QJsonValue &v : empty.value(QLatin1String("timeline")).toObject())
        QVERIFY(v.isNull());
}

void TestLicenseState::toJsonForSubscriptionAndBlocked()
{
    const QJsonObject grace =
        LicenseState::evaluate({activeKey("subscription", 30), std::nullopt}, QDate(2028, 1, 5))
            .toJson();
    QCOMPARE(grace.value(QLatin1String("status")).toString(), QStringLiteral("grace-period"));
    QCOMPARE(grace.value(QLatin1String("daysLeft")).toInt(), -5);
    QCOMPARE(grace.value(QLatin1String("timeline"))
                 .toObject()
                 .value(QLatin1String("graceUntil"))
                 .toString(),
             QStringLiteral("2028-01-30"));
    QCOMPARE(
        grace.value(QLatin1String("active")).toObject().value(QLatin1String("graceDays")).toInt(),
        30);

    StoredKey blocked = activeKey();
    blocked.blockedSince = utc(QDate(2027, 3, 10), QTime(6, 0));
    const QJsonObject json =
        LicenseState::evaluate({blocked, std::nullopt}, QDate(2027, 3, 12)).toJson();
    QCOMPARE(json.value(QLatin1String("status")).toString(), QStringLiteral("blocked"));
    QCOMPARE(json.value(QLatin1String("functionality")).toString(), QStringLiteral("full"));
    QCOMPARE(json.value(QLatin1String("timeline"))
                 .toObject()
                 .value(QLatin1String("limitedFrom"))
                 .toString(),
             QStringLiteral("2027-03-18"));
    QCOMPARE(json.value(QLatin1String("active"))
                 .toObject()
                 .value(QLatin1String("blockedSince"))
                 .toString(),
             QStringLiteral("2027-03-10T06:00:00Z"));
}

QTEST_GUILESS_MAIN(TestLicenseState)
#include "tst_licensestate.moc"
