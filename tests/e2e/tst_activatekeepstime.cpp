// Activation by code never loses license time: the real lightagent-ctl against the
// real reference licensing service. The administrator chooses the slot before sending;
// a key that would remove a valid key or shorten the license is applied only when
// confirmed, and is otherwise kept as a received key while the key store stays as it was.
#include "CtlProcess.h"
#include "common/ServiceProcess.h"
#include "common/TestKeys.h"
#include "common/Tripwire.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace LightAgent;
using Test::CtlRun;
using Test::serialIn;

namespace {

// From resources/demo/codes.json: DEMO7 issues a commercial key for 100 cores, valid
// for 730 days from activation; DEMO3 a trial key.
const QString ReserveCode = QStringLiteral("DEMO7-RESER-VE000-0000L");
const QString TrialCode = QStringLiteral("DEMO3-TRIAL-00000-0000G");
const QString CommercialSerial = QStringLiteral("0C0-141414-00000001");

} // namespace

class TestActivateKeepsTime : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void reserveSlotKeepsTheLongerKeyActive();
    void shorteningReplacementIsNotAppliedWithYesAlone();
    void receivedKeyCanBeAddedAsReserveLater();
    void secondQuestionConfirmsOrKeeps();
    void replaceGivenUpFrontApplies();
    void reserveWithoutActiveKeyIsRefusedBeforeSending();
    void trialNeverReplacesCommercialAndIsKept();

private:
    // lightagent-ctl with this test's data directory and profile, `input` on stdin.
    CtlRun ctl(const QStringList &args, const QByteArray &input = {},
               const QString &profile = {}) const;
    QJsonObject status() const;
    QJsonArray received() const;
    // A commercial key for 100 cores that covers four years from today: longer than
    // anything DEMO7 issues.
    void addLongCommercialKey();

    std::unique_ptr<Test::ServiceProcess> m_service;
    std::unique_ptr<Test::CtlProcess> m_ctl;
    QString m_profile;
};

void TestActivateKeepsTime::initTestCase()
{
    QVERIFY2(QFile::exists(Test::servicePath()), "the licensing service is not built");
}

void TestActivateKeepsTime::init()
{
    // A service of its own per test: the codes' activation limits never carry over.
    m_service = std::make_unique<Test::ServiceProcess>();
    QVERIFY(m_service->start());
    m_ctl = std::make_unique<Test::CtlProcess>();
    QVERIFY(m_ctl->isValid());
    m_profile = Test::writeProfile(m_ctl->path(QString()), m_service->baseUrl());
}

void TestActivateKeepsTime::cleanup()
{
    m_ctl.reset();
    m_service.reset();
}

CtlRun TestActivateKeepsTime::ctl(const QStringList &args, const QByteArray &input,
                                  const QString &profile) const
{
    QProcess process;
    process.start(Test::ctlProgram(),
                  QStringList {QStringLiteral("--data-dir"), m_ctl->dataDir(),
                               QStringLiteral("--profile"),
                               profile.isEmpty() ? m_profile : profile} +
                      args);
    process.write(input);
    process.closeWriteChannel();
    CtlRun run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return run;
}

QJsonObject TestActivateKeepsTime::status() const
{
    const CtlRun run = ctl({QStringLiteral("status"), QStringLiteral("--json")});
    QJsonObject json = Test::stableStatus(run.json());
    json.remove(QStringLiteral("profile")); // the profile file differs between runs
    return json;
}

QJsonArray TestActivateKeepsTime::received() const
{
    const CtlRun run =
        ctl({QStringLiteral("key"), QStringLiteral("received"), QStringLiteral("--json")});
    return run.json().value(QStringLiteral("received")).toArray();
}

void TestActivateKeepsTime::addLongCommercialKey()
{
    const QDate today = Test::todayUtc();
    const QString file = m_ctl->writeFile(
        QStringLiteral("long-commercial.key"),
        Test::keyFile({{QStringLiteral("serial"), CommercialSerial},
                       {QStringLiteral("count"), 100},
                       {QStringLiteral("validFrom"), today.addDays(-30).toString(Qt::ISODate)},
                       {QStringLiteral("expires"), today.addDays(4 * 365).toString(Qt::ISODate)}}));
    const CtlRun added = ctl({QStringLiteral("key"), QStringLiteral("add"), file});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QCOMPARE(serialIn(status(), "active"), CommercialSerial);
}

void TestActivateKeepsTime::reserveSlotKeepsTheLongerKeyActive()
{
    addLongCommercialKey();
    const CtlRun run = ctl({QStringLiteral("activate"), ReserveCode, QStringLiteral("--reserve"),
                            QStringLiteral("--yes")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // Said before Send: where the key goes, beside which key.
    const QString said = QString::fromUtf8(run.out);
    QVERIFY2(said.contains(QStringLiteral("What the activation will do with the keys")),
             run.out.constData());
    QVERIFY2(said.contains(QStringLiteral("becomes the reserve key beside the active key ") +
                           CommercialSerial),
             run.out.constData());
    const QJsonObject after = status();
    QCOMPARE(serialIn(after, "active"), CommercialSerial);
    QVERIFY(!serialIn(after, "reserve").isEmpty());
    QVERIFY(serialIn(after, "reserve") != CommercialSerial);
    QCOMPARE(Test::jsonText(after.value(QStringLiteral("reserve")).toObject(), "source"),
             QStringLiteral("code"));
    QVERIFY(received().isEmpty());
}

void TestActivateKeepsTime::shorteningReplacementIsNotAppliedWithYesAlone()
{
    addLongCommercialKey();
    const QJsonObject before = status();
    const CtlRun run = ctl({QStringLiteral("activate"), ReserveCode, QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, 11);
    QVERIFY2(run.errText().contains(QStringLiteral("lose license time")), run.err.constData());
    // Both keys were shown side by side.
    QVERIFY2(run.out.contains("Active key now") && run.out.contains("Key received") &&
                 run.out.contains(CommercialSerial.toLatin1()),
             run.out.constData());
    QCOMPARE(status(), before);
    const QJsonArray kept = received();
    QCOMPARE(kept.size(), 1);
    const QJsonObject key = kept.first().toObject();
    QCOMPARE(Test::jsonText(key, "reason"), QStringLiteral("replace-unconfirmed"));
    QCOMPARE(Test::jsonText(key, "requestedSlot"), QStringLiteral("active"));
    QVERIFY(key.value(QStringLiteral("journalSeq")).toInteger() > 0);
    QCOMPARE(ctl({QStringLiteral("journal"), QStringLiteral("verify")}).exitCode, 0);

    // The same in JSON, for scripts: not applied, and why.
    const CtlRun again = ctl({QStringLiteral("activate"), ReserveCode, QStringLiteral("--yes"),
                              QStringLiteral("--json")});
    QCOMPARE(again.exitCode, 11);
    const QJsonObject result = again.json().value(QStringLiteral("result")).toObject();
    QCOMPARE(result.value(QStringLiteral("applied")).toBool(true), false);
    QCOMPARE(result.value(QStringLiteral("notApplied"))
                 .toObject()
                 .value(QStringLiteral("exitCode"))
                 .toInt(),
             11);
    QVERIFY(result.value(QStringLiteral("pendingChange"))
                .toObject()
                .value(QStringLiteral("losesLicenseTime"))
                .toBool());
    QCOMPARE(status(), before);
    QCOMPARE(received().size(), 2);
}

void TestActivateKeepsTime::receivedKeyCanBeAddedAsReserveLater()
{
    addLongCommercialKey();
    QCOMPARE(ctl({QStringLiteral("activate"), ReserveCode, QStringLiteral("--yes")}).exitCode, 11);
    const QString issued = Test::jsonText(received().first().toObject(), "serial");
    const CtlRun reserve = ctl({QStringLiteral("key"), QStringLiteral("received"),
                                QStringLiteral("reserve"), QStringLiteral("--yes")});
    QVERIFY2(reserve.exitCode == 0, reserve.err.constData());
    const QJsonObject after = status();
    QCOMPARE(serialIn(after, "active"), CommercialSerial);
    QCOMPARE(serialIn(after, "reserve"), issued);
    QVERIFY(received().isEmpty());
}

void TestActivateKeepsTime::secondQuestionConfirmsOrKeeps()
{
    addLongCommercialKey();
    const QJsonObject before = status();
    // Yes to sending, no to the replacement.
    const CtlRun declined = ctl({QStringLiteral("activate"), ReserveCode}, "y\nn\n");
    QCOMPARE(declined.exitCode, 11);
    QVERIFY2(declined.out.contains("losing the license time above? [y/N]"),
             declined.out.constData());
    QCOMPARE(status(), before);
    QCOMPARE(received().size(), 1);
    const QString issued = Test::jsonText(received().first().toObject(), "serial");

    // Applying it later with --yes alone is refused in the same way, and changes nothing.
    const CtlRun unconfirmed = ctl({QStringLiteral("key"), QStringLiteral("received"),
                                    QStringLiteral("apply"), QStringLiteral("--yes")});
    QCOMPARE(unconfirmed.exitCode, 11);
    QCOMPARE(status(), before);

    // Confirmed after seeing both keys: applied, and no longer kept as received.
    const CtlRun confirmed =
        ctl({QStringLiteral("key"), QStringLiteral("received"), QStringLiteral("apply"), issued},
            "y\n");
    QVERIFY2(confirmed.exitCode == 0, confirmed.err.constData());
    QVERIFY(confirmed.out.contains(CommercialSerial.toLatin1()));
    QCOMPARE(serialIn(status(), "active"), issued);
    QVERIFY(received().isEmpty());
}

void TestActivateKeepsTime::replaceGivenUpFrontApplies()
{
    addLongCommercialKey();
    const CtlRun run = ctl({QStringLiteral("activate"), ReserveCode, QStringLiteral("--yes"),
                            QStringLiteral("--replace"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject result = run.json().value(QStringLiteral("result")).toObject();
    QVERIFY(result.value(QStringLiteral("applied")).toBool());
    QCOMPARE(result.value(QStringLiteral("change"))
                 .toObject()
                 .value(QStringLiteral("replacedSerial"))
                 .toString(),
             CommercialSerial);
    QVERIFY(serialIn(status(), "active") != CommercialSerial);
    QVERIFY(received().isEmpty());
}

void TestActivateKeepsTime::reserveWithoutActiveKeyIsRefusedBeforeSending()
{
    Test::Tripwire tripwire;
    QVERIFY(tripwire.isListening());
    const QString profile = Test::writeProfile(m_ctl->path(QString()), tripwire.url());
    const CtlRun run = ctl({QStringLiteral("activate"), ReserveCode, QStringLiteral("--reserve"),
                            QStringLiteral("--yes")},
                           {}, profile);
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.errText().contains(QStringLiteral("only be added beside an active key")),
             run.err.constData());
    QVERIFY(!tripwire.wasTouched());
    // Nothing was even journaled as about to be sent.
    QCOMPARE(ctl({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--json")},
                 {}, profile)
                 .json()
                 .value(QStringLiteral("checked"))
                 .toInt(-1),
             0);
}

void TestActivateKeepsTime::trialNeverReplacesCommercialAndIsKept()
{
    addLongCommercialKey();
    const QJsonObject before = status();
    // Even confirmed up front: the rule is not the administrator's to waive.
    const CtlRun run = ctl({QStringLiteral("activate"), TrialCode, QStringLiteral("--yes"),
                            QStringLiteral("--replace")});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.errText().contains(QStringLiteral("A trial key cannot replace a commercial key")),
             run.err.constData());
    QCOMPARE(status(), before);
    const QJsonArray kept = received();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(Test::jsonText(kept.first().toObject(), "reason"),
             QStringLiteral("trial-over-commercial"));
}

QTEST_GUILESS_MAIN(TestActivateKeepsTime)
#include "tst_activatekeepstime.moc"
