// Scheduled database updates: due a day after the last run (an hour after a failed
// one), and none at all when switched off, without the agreement, or without full
// functionality. The switch is kept in the state database.
#include "UpdateFixture.h"
#include "provision/DataProvisionAgreement.h"
#include "provision/DatabaseStatus.h"
#include "provision/UpdateSchedule.h"

#include <QTest>

using namespace LightAgent;

class TestUpdateSchedule : public QObject
{
    Q_OBJECT

private slots:
    void nextScheduledUpdate_data();
    void nextScheduledUpdate();
    void scheduledUpdatesCanBeSwitchedOff();
};

namespace {

const QDateTime Now(QDate(2026, 11, 29), QTime(6, 0), Qt::UTC);

} // namespace

void TestUpdateSchedule::nextScheduledUpdate_data()
{
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<bool>("agreement");
    QTest::addColumn<int>("functionality");
    QTest::addColumn<int>("lastRun"); // -1 none, else UpdateRunResult, run 2 hours ago
    QTest::addColumn<QString>("reason");
    QTest::addColumn<qint64>("dueInSeconds"); // -1: no scheduled update
    const int full = int(Functionality::Full);
    const int ok = int(UpdateRunResult::Installed);
    QTest::newRow("never updated: due now")
        << true << true << full << -1 << "scheduled" << qint64(0);
    QTest::newRow("updated 2 hours ago")
        << true << true << full << ok << "scheduled" << qint64(22 * 3600);
    QTest::newRow("up to date 2 hours ago")
        << true << true << full << int(UpdateRunResult::UpToDate) << "scheduled"
        << qint64(22 * 3600);
    QTest::newRow("failed 2 hours ago: retry is due")
        << true << true << full << int(UpdateRunResult::Failed) << "scheduled" << qint64(-3600);
    QTest::newRow("switched off") << false << true << full << ok << "switched-off" << qint64(-1);
    QTest::newRow("no agreement") << true << false << full << ok << "no-agreement" << qint64(-1);
    QTest::newRow("limited license")
        << true << true << int(Functionality::Limited) << ok << "license-level" << qint64(-1);
    QTest::newRow("not activated")
        << true << true << int(Functionality::None) << -1 << "license-level" << qint64(-1);
}

void TestUpdateSchedule::nextScheduledUpdate()
{
    QFETCH(bool, enabled);
    QFETCH(bool, agreement);
    QFETCH(int, functionality);
    QFETCH(int, lastRun);
    QFETCH(QString, reason);
    QFETCH(qint64, dueInSeconds);
    std::optional<UpdateRun> run;
    if (lastRun >= 0) {
        run = UpdateRun();
        run->at = Now.addSecs(-2 * 3600);
        run->result = UpdateRunResult(lastRun);
    }
    const ScheduledUpdate next =
        UpdateSchedule::next(enabled, agreement, Functionality(functionality), run, Now);
    QCOMPARE(next.reason, reason);
    QVERIFY(!next.explanation.isEmpty());
    if (dueInSeconds == -1) {
        QVERIFY(!next.dueAt.isValid());
        QVERIFY(!next.isDue(Now.addDays(60)));
    } else {
        QCOMPARE(next.dueAt, Now.addSecs(dueInSeconds));
        QCOMPARE(next.isDue(Now), dueInSeconds <= 0);
    }
}

void TestUpdateSchedule::scheduledUpdatesCanBeSwitchedOff()
{
    Test::StateFixture s;
    QVERIFY(UpdateSchedule::enabled(*s.database).value());
    QVERIFY(s.addActive(Test::fileKey(s.clock.now())));
    QVERIFY(DataProvisionAgreement(s.database).accept(Test::demoProfile(), s.clock.now()).ok());
    auto status = DatabaseStatus::load(Test::demoProfile(), s.database, s.clock.now()).value();
    QVERIFY(status.nextScheduled.isDue(s.clock.now()));
    QVERIFY(UpdateSchedule::setEnabled(*s.database, false).ok());
    status = DatabaseStatus::load(Test::demoProfile(), s.database, s.clock.now()).value();
    QVERIFY(!status.scheduled);
    QCOMPARE(status.nextScheduled.reason, QStringLiteral("switched-off"));
    QVERIFY(!status.nextScheduled.isDue(s.clock.now()));
    QCOMPARE(status.toJson().value(QStringLiteral("freshness")).toString(), QStringLiteral("none"));
}

QTEST_GUILESS_MAIN(TestUpdateSchedule)
#include "tst_updateschedule.moc"
