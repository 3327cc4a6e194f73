// The periodic license check (DESIGN §3.2) at the core: what each answer does to the
// key (blocked starts the 8-day rule, expired limits, active clears), that a key from
// a key file or a withdrawn consent never causes a connection over simulated weeks,
// and that an unreachable service is retried with a growing back-off.
#include "UpdateFixture.h"
#include "common/ServiceProcess.h"
#include "common/Tripwire.h"
#include "license/CheckScheduleStore.h"
#include "license/LicenseState.h"
#include "provision/LicenseCheckFlow.h"
#include "provision/PeriodicLicenseCheck.h"
#include "provision/TransmissionJournal.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace LightAgent;

class TestLicenseCheckFlow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void blockedStartsTheEightDayRule();
    void expiredLimitsFunctionality();
    void activeClearsBlockedAndExpired();
    void anAnswerAboutAReplacedKeyChangesNothing();
    void aMalformedAnswerChangesNothing();
    void keyFileInstallationNeverConnectsOverSimulatedWeeks();
    void withdrawnConsentStopsTheCheck();
    void unreachableServiceIsRetriedWithBackOff();

private:
    StoredKey addCodeKey(const QDateTime &addedAt);
    LicenseState state() const;
    StoredKey active() const;

    std::unique_ptr<Test::StateFixture> m_state;
};

void TestLicenseCheckFlow::init()
{
    m_state = std::make_unique<Test::StateFixture>();
}

void TestLicenseCheckFlow::cleanup()
{
    m_state.reset();
}

StoredKey TestLicenseCheckFlow::addCodeKey(const QDateTime &addedAt)
{
    const StoredKey key = Test::codeKey(addedAt);
    if (!m_state->addActive(key) || !m_state->grant(ConsentKind::CodeActivation))
        qFatal("The test key could not be stored");
    return key;
}

LicenseState TestLicenseCheckFlow::state() const
{
    auto keys = KeyStore(m_state->database, Test::demoProfile()).load().value();
    return LicenseState::evaluate(keys, m_state->clock.today());
}

StoredKey TestLicenseCheckFlow::active() const
{
    return *KeyStore(m_state->database, Test::demoProfile()).load().value().active;
}

void TestLicenseCheckFlow::blockedStartsTheEightDayRule()
{
    const StoredKey key = addCodeKey(m_state->clock.now());
    LicenseCheckFlow flow(Test::demoProfile(), m_state->database, NetworkSettings());
    const auto result =
        flow.accept(Test::checkAnswer(QStringLiteral("blocked"), 7200), key.keyFile.sha256());
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->next.dueAt, m_state->clock.now().addSecs(7200));
    QCOMPARE(active().blockedSince, m_state->clock.now());
    QCOMPARE(active().recheckAfterSeconds, 7200);
    QCOMPARE(state().status(), LicenseStatus::Blocked);
    QCOMPARE(state().functionality(), Functionality::Full);
    QCOMPARE(state().limitedFrom(), m_state->clock.today().addDays(8));
    // A second "blocked" keeps the day it was first reported.
    m_state->clock.advanceDays(7);
    QVERIFY(flow.accept(Test::checkAnswer(QStringLiteral("blocked")), key.keyFile.sha256()).ok());
    QCOMPARE(state().functionality(), Functionality::Full);
    m_state->clock.advanceDays(1);
    QCOMPARE(state().functionality(), Functionality::Limited);
    const CheckSchedule schedule = CheckScheduleStore(m_state->database).load().value();
    QCOMPARE(schedule.lastStatus, QStringLiteral("blocked"));
}

void TestLicenseCheckFlow::expiredLimitsFunctionality()
{
    const StoredKey key = addCodeKey(m_state->clock.now());
    LicenseCheckFlow flow(Test::demoProfile(), m_state->database, NetworkSettings());
    QVERIFY(flow.accept(Test::checkAnswer(QStringLiteral("expired")), key.keyFile.sha256()).ok());
    QCOMPARE(active().expiredSince, m_state->clock.now());
    QCOMPARE(state().status(), LicenseStatus::Expired);
    QCOMPARE(state().functionality(), Functionality::Limited);
    QVERIFY2(state().explanation().contains(QStringLiteral("licensing service reported")),
             qPrintable(state().explanation()));
    const QJsonObject json = state().toJson();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("expired"));
    QVERIFY(json.value(QStringLiteral("active"))
                .toObject()
                .value(QStringLiteral("expiredSince"))
                .isString());
}

void TestLicenseCheckFlow::activeClearsBlockedAndExpired()
{
    const StoredKey key = addCodeKey(m_state->clock.now());
    LicenseCheckFlow flow(Test::demoProfile(), m_state->database, NetworkSettings());
    const QString sha = key.keyFile.sha256();
    QVERIFY(flow.accept(Test::checkAnswer(QStringLiteral("blocked")), sha).ok());
    QVERIFY(flow.accept(Test::checkAnswer(QStringLiteral("expired")), sha).ok());
    QVERIFY(!active().blockedSince.isValid());
    QVERIFY(flow.accept(Test::checkAnswer(QStringLiteral("active")), sha).ok());
    QVERIFY(!active().blockedSince.isValid());
    QVERIFY(!active().expiredSince.isValid());
    QCOMPARE(state().status(), LicenseStatus::Valid);
}

void TestLicenseCheckFlow::anAnswerAboutAReplacedKeyChangesNothing()
{
    addCodeKey(m_state->clock.now());
    LicenseCheckFlow flow(Test::demoProfile(), m_state->database, NetworkSettings());
    QVERIFY(flow.accept(Test::checkAnswer(QStringLiteral("blocked")), QString(64, u'f')).ok());
    QVERIFY(!active().blockedSince.isValid());
    QCOMPARE(state().status(), LicenseStatus::Valid);
}

void TestLicenseCheckFlow::aMalformedAnswerChangesNothing()
{
    const StoredKey key = addCodeKey(m_state->clock.now());
    LicenseCheckFlow flow(Test::demoProfile(), m_state->database, NetworkSettings());
    const auto result =
        flow.accept(Test::checkAnswer(QStringLiteral("revoked")), key.keyFile.sha256());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().reason, QStringLiteral("malformed-answer"));
    QCOMPARE(state().status(), LicenseStatus::Valid);
    QCOMPARE(CheckScheduleStore(m_state->database).load().value().lastSuccessAt, QDateTime());
}

void TestLicenseCheckFlow::keyFileInstallationNeverConnectsOverSimulatedWeeks()
{
    Test::Tripwire tripwire;
    QVERIFY(tripwire.isListening());
    const VendorProfile profile =
        VendorProfile::load(Test::writeProfile(m_state->dir.path(), tripwire.url())).value();
    QVERIFY(m_state->addActive(Test::fileKey(m_state->clock.now())));
    // Even a consent left over from an earlier code activation does not make it checked.
    QVERIFY(m_state->grant(ConsentKind::CodeActivation));
    PeriodicLicenseCheck periodic(profile, m_state->database);
    periodic.start();
    for (int hour = 0; hour <= 8 * 7 * 24; ++hour) {
        QVERIFY(!periodic.runIfDue());
        QVERIFY(!periodic.isRunning());
        m_state->clock.advanceSeconds(3600);
    }
    const Status forced = periodic.checkNow();
    QVERIFY(!forced.ok());
    QCOMPARE(forced.error().reason, QStringLiteral("key-file"));
    QCOMPARE(periodic.status().value().plan.reason(), QStringLiteral("key-file"));
    QVERIFY(!tripwire.wasTouched());
    QCOMPARE(TransmissionJournal(m_state->database).count().value(), 0);
}

void TestLicenseCheckFlow::withdrawnConsentStopsTheCheck()
{
    Test::Tripwire tripwire;
    const VendorProfile profile =
        VendorProfile::load(Test::writeProfile(m_state->dir.path(), tripwire.url())).value();
    addCodeKey(m_state->clock.now());
    QVERIFY(ConsentStore(m_state->database)
                .withdraw(ConsentKind::CodeActivation, m_state->clock.now())
                .ok());
    PeriodicLicenseCheck periodic(profile, m_state->database);
    for (int day = 0; day <= 8 * 7; ++day) {
        QVERIFY(!periodic.runIfDue());
        m_state->clock.advanceDays(1);
    }
    QCOMPARE(periodic.checkNow().error().reason, QStringLiteral("no-consent"));
    QVERIFY(!tripwire.wasTouched());
    QCOMPARE(TransmissionJournal(m_state->database).count().value(), 0);
}

void TestLicenseCheckFlow::unreachableServiceIsRetriedWithBackOff()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    QUrl url(QStringLiteral("https://127.0.0.1"));
    url.setPort(closed.serverPort());
    closed.close();
    const VendorProfile profile =
        VendorProfile::load(Test::writeProfile(m_state->dir.path(), url)).value();
    const QDateTime activated = m_state->clock.now();
    addCodeKey(activated);
    PeriodicLicenseCheck periodic(profile, m_state->database);
    QSignalSpy finished(&periodic, &PeriodicLicenseCheck::checkFinished);
    m_state->clock.set(activated.addSecs(86399));
    QVERIFY(!periodic.runIfDue());
    m_state->clock.set(activated.addSecs(86400));
    for (int failure = 1; failure <= 4; ++failure) {
        QVERIFY(periodic.runIfDue());
        QVERIFY(finished.wait(20000));
        QVERIFY(periodic.lastResult().has_value() && !periodic.lastResult()->ok());
        QCOMPARE(periodic.lastResult()->error().code, ErrorCode::Network);
        const CheckPlan plan = periodic.status().value().plan;
        QVERIFY(plan.retry);
        QCOMPARE(plan.failures, failure);
        const qint64 wait = LicenseCheckScheduler::retryDelaySeconds(failure);
        QCOMPARE(plan.dueAt, m_state->clock.now().addSecs(wait));
        m_state->clock.advanceSeconds(wait - 1);
        QVERIFY(!periodic.runIfDue());
        m_state->clock.advanceSeconds(1);
    }
    // Every attempt was journaled before it was made, with its failure after it.
    QCOMPARE(TransmissionJournal(m_state->database).count().value(), 8);
}

QTEST_GUILESS_MAIN(TestLicenseCheckFlow)
#include "tst_licensecheckflow.moc"
