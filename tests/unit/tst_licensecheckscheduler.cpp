// When the periodic license check (DESIGN §3.2) is due, over simulated weeks on a
// fixed clock: never for a key from a key file, recheckAfterSeconds after the last
// success for a key from a code, never once the consent is withdrawn, and with an
// exponential back-off capped at a day after failures.
#include "UpdateFixture.h"
#include "license/LicenseCheckScheduler.h"

#include <QTest>

using namespace LightAgent;

class TestLicenseCheckScheduler : public QObject
{
    Q_OBJECT

private slots:
    void keyFromAFileIsNeverCheckedOverEightWeeks();
    void codeKeyIsDueRecheckAfterSecondsAfterActivation();
    void aSuccessMovesTheNextCheck();
    void noCheckWithoutEligibility_data();
    void noCheckWithoutEligibility();
    void backOffDoublesUpToADay_data();
    void backOffDoublesUpToADay();
    void failuresBackOffAndASuccessResets();
    void aRecordAboutAnotherKeyIsIgnored();
    void aTooShortRecheckIsNotObeyedToTheSecond();
};

namespace {

const QDateTime Start(QDate(2026, 11, 29), QTime(6, 0), Qt::UTC);

CheckPlan planFor(const StoredKey &key, bool consent = true, const CheckSchedule &schedule = {})
{
    return LicenseCheckScheduler::plan(key, consent, schedule);
}

} // namespace

void TestLicenseCheckScheduler::keyFromAFileIsNeverCheckedOverEightWeeks()
{
    FixedClock clock(Start);
    const StoredKey key = Test::fileKey(Start);
    for (int hour = 0; hour <= 8 * 7 * 24; ++hour) {
        const CheckPlan plan = planFor(key);
        QVERIFY(!plan.eligible());
        QVERIFY(!plan.isDue(clock.now()));
        QCOMPARE(plan.reason(), QStringLiteral("key-file"));
        clock.advanceSeconds(3600);
    }
}

void TestLicenseCheckScheduler::codeKeyIsDueRecheckAfterSecondsAfterActivation()
{
    const StoredKey key = Test::codeKey(Start, 86400);
    const CheckPlan plan = planFor(key);
    QVERIFY(plan.eligible());
    QCOMPARE(plan.dueAt, Start.addSecs(86400));
    QVERIFY(!plan.isDue(Start.addSecs(86399)));
    QVERIFY(plan.isDue(Start.addSecs(86400)));
    QCOMPARE(plan.keySha256, key.keyFile.sha256());
    QVERIFY(!plan.retry);
}

void TestLicenseCheckScheduler::aSuccessMovesTheNextCheck()
{
    const StoredKey key = Test::codeKey(Start, 3600);
    CheckSchedule schedule;
    // Every answered check moves the next one an hour on, week after week.
    QDateTime now = Start.addSecs(3600);
    for (int i = 0; i < 8 * 7 * 24; ++i) {
        const CheckPlan plan = planFor(key, true, schedule);
        QCOMPARE(plan.dueAt, now);
        QVERIFY(plan.isDue(now));
        schedule = LicenseCheckScheduler::afterSuccess(key.keyFile.sha256(), now,
                                                       QStringLiteral("active"));
        QVERIFY(!planFor(key, true, schedule).isDue(now));
        now = now.addSecs(3600);
    }
}

void TestLicenseCheckScheduler::noCheckWithoutEligibility_data()
{
    QTest::addColumn<int>("source");
    QTest::addColumn<bool>("consent");
    QTest::addColumn<bool>("codeKept");
    QTest::addColumn<QString>("reason");
    QTest::newRow("key from a file, consent given") << 0 << true << false << "key-file";
    QTest::newRow("key from a code, consent withdrawn") << 1 << false << true << "no-consent";
    QTest::newRow("key from a code, code not kept") << 1 << true << false << "no-code";
    QTest::newRow("no key at all") << -1 << true << false << "no-key";
}

void TestLicenseCheckScheduler::noCheckWithoutEligibility()
{
    QFETCH(int, source);
    QFETCH(bool, consent);
    QFETCH(bool, codeKept);
    QFETCH(QString, reason);
    std::optional<StoredKey> key;
    if (source >= 0)
        key = source == 0 ? Test::fileKey(Start) : Test::codeKey(Start);
    if (key && !codeKept)
        key->activationCode.clear();
    for (int day = 0; day <= 8 * 7; ++day) {
        const CheckPlan plan = LicenseCheckScheduler::plan(key, consent, {});
        QVERIFY(!plan.isDue(Start.addDays(day)));
        QCOMPARE(plan.reason(), reason);
        QVERIFY(!plan.dueAt.isValid());
        QVERIFY(!plan.explanation().isEmpty());
    }
}

void TestLicenseCheckScheduler::backOffDoublesUpToADay_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<qint64>("delay");
    const qint64 values[] = {300, 600, 1200, 2400, 4800, 9600, 19200, 38400, 76800, 86400, 86400};
    for (int i = 0; i < int(std::size(values)); ++i)
        QTest::addRow("failure %d", i + 1) << i + 1 << values[i];
    QTest::newRow("failure 1000") << 1000 << qint64(86400);
}

void TestLicenseCheckScheduler::backOffDoublesUpToADay()
{
    QFETCH(int, failures);
    QFETCH(qint64, delay);
    QCOMPARE(LicenseCheckScheduler::retryDelaySeconds(failures), delay);
}

void TestLicenseCheckScheduler::failuresBackOffAndASuccessResets()
{
    FixedClock clock(Start.addSecs(86400));
    const StoredKey key = Test::codeKey(Start);
    const QString sha = key.keyFile.sha256();
    CheckSchedule schedule;
    for (int failure = 1; failure <= 12; ++failure) {
        const CheckPlan due = planFor(key, true, schedule);
        QVERIFY(due.isDue(clock.now()));
        schedule = LicenseCheckScheduler::afterFailure(schedule, sha, clock.now(),
                                                       QStringLiteral("connection-refused"),
                                                       QStringLiteral("refused"));
        const CheckPlan next = planFor(key, true, schedule);
        QVERIFY(next.retry);
        QCOMPARE(next.failures, failure);
        const qint64 wait = LicenseCheckScheduler::retryDelaySeconds(failure);
        QCOMPARE(next.dueAt, clock.now().addSecs(wait));
        clock.advanceSeconds(wait - 1);
        QVERIFY(!next.isDue(clock.now()));
        clock.advanceSeconds(1);
    }
    schedule = LicenseCheckScheduler::afterSuccess(sha, clock.now(), QStringLiteral("active"));
    const CheckPlan after = planFor(key, true, schedule);
    QVERIFY(!after.retry);
    QCOMPARE(after.failures, 0);
    QCOMPARE(after.dueAt, clock.now().addSecs(86400));
}

void TestLicenseCheckScheduler::aRecordAboutAnotherKeyIsIgnored()
{
    const StoredKey key = Test::codeKey(Start);
    CheckSchedule other;
    other.keySha256 = QString(64, u'0');
    other.lastSuccessAt = Start.addDays(10);
    other.failures = 3;
    other.nextAttemptAt = Start.addDays(20);
    const CheckPlan plan = planFor(key, true, other);
    QCOMPARE(plan.dueAt, Start.addSecs(86400));
    QVERIFY(!plan.retry);
    const QJsonObject json = LicenseCheckScheduler::toJson(plan, other);
    QVERIFY(json.value(QStringLiteral("lastSuccessAt")).isNull());
    QCOMPARE(json.value(QStringLiteral("reason")).toString(), QStringLiteral("eligible"));
}

void TestLicenseCheckScheduler::aTooShortRecheckIsNotObeyedToTheSecond()
{
    QCOMPARE(planFor(Test::codeKey(Start, 1)).dueAt,
             Start.addSecs(LicenseCheckScheduler::MinRecheckSeconds));
    QCOMPARE(planFor(Test::codeKey(Start, 0)).dueAt,
             Start.addSecs(LicenseCheckScheduler::DefaultRecheckSeconds));
}

QTEST_GUILESS_MAIN(TestLicenseCheckScheduler)
#include "tst_licensecheckscheduler.moc"
