// The periodic license check end to end (DESIGN §3.2): the real lightagent-ctl against
// the real reference service, whose operator blocks and expires codes with its admin
// commands. A key from a key file is never checked, a withdrawn consent stops the
// check, and the answers show in `status --json` as the vendor's rules say.
#include "UpdateRun.h"
#include "common/TestKeys.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace LightAgent;

class TestLicenseCheck : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keyFileInstallationIsNeverChecked();
    void codeKeyIsCheckedWhenDueOrForced();
    void blockedCodeStartsTheEightDayRule();
    void theOperatorsBlockOutlivesARestart();
    void expiredCodeLimitsAndStopsUpdates();
    void withdrawnConsentStopsTheCheck();
    void unreachableServiceShowsTheNextAttempt();

private:
    Test::Run ctl(const QStringList &args) const;
    QJsonObject status() const;
    void activate();
    Test::Run forcedCheck() const;

    // A service of its own per test: the admin commands change its codes.
    std::unique_ptr<Test::ServiceProcess> m_service;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_profile;
};

namespace {

const QString Code = QStringLiteral("DEMO1-COMME-RCIAL-0005I");

QDate todayUtc()
{
    return QDateTime::currentDateTimeUtc().date();
}

} // namespace

void TestLicenseCheck::init()
{
    QVERIFY2(QFile::exists(Test::servicePath()), "the licensing service is not built");
    m_service = std::make_unique<Test::ServiceProcess>();
    QVERIFY(m_service->start());
    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = Test::writeProfile(m_dir->path(), m_service->baseUrl());
}

void TestLicenseCheck::cleanup()
{
    m_service.reset();
}

Test::Run TestLicenseCheck::ctl(const QStringList &args) const
{
    return Test::ctl(m_dir->filePath(QStringLiteral("data")), m_profile, args);
}

QJsonObject TestLicenseCheck::status() const
{
    return ctl({QStringLiteral("status"), QStringLiteral("--json")}).json();
}

void TestLicenseCheck::activate()
{
    const Test::Run run = ctl({QStringLiteral("activate"), Code, QStringLiteral("--yes")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

Test::Run TestLicenseCheck::forcedCheck() const
{
    return ctl({QStringLiteral("check"), QStringLiteral("--force"), QStringLiteral("--json")});
}

void TestLicenseCheck::keyFileInstallationIsNeverChecked()
{
    QCOMPARE(ctl({QStringLiteral("key"), QStringLiteral("add"),
                  Test::demoKeyForToday(QStringLiteral("commercial.key"))})
                 .exitCode,
             0);
    for (const QStringList &args : {QStringList {QStringLiteral("check"), QStringLiteral("--json")},
                                    QStringList {QStringLiteral("check"), QStringLiteral("--force"),
                                                 QStringLiteral("--json")}}) {
        const Test::Run run = ctl(args);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(QStringLiteral("checked")).toBool(), false);
        QCOMPARE(run.json().value(QStringLiteral("reason")).toString(), QStringLiteral("key-file"));
    }
    const QJsonObject state = status();
    QVERIFY(state.value(QStringLiteral("nextLicenseCheck")).isNull());
    QCOMPARE(state.value(QStringLiteral("licenseCheck"))
                 .toObject()
                 .value(QStringLiteral("reason"))
                 .toString(),
             QStringLiteral("key-file"));
    QCOMPARE(Test::receiptCount(*m_service), 0);
}

void TestLicenseCheck::codeKeyIsCheckedWhenDueOrForced()
{
    activate();
    QCOMPARE(Test::receiptCount(*m_service), 1);
    const Test::Run notDue = ctl({QStringLiteral("check"), QStringLiteral("--json")});
    QCOMPARE(notDue.exitCode, 0);
    QCOMPARE(notDue.json().value(QStringLiteral("reason")).toString(), QStringLiteral("not-due"));
    const QDateTime next = Test::timeIn(notDue.json(), "nextLicenseCheck");
    QVERIFY(next > QDateTime::currentDateTimeUtc().addSecs(86400 - 600));
    QCOMPARE(Test::receiptCount(*m_service), 1);

    const Test::Run run = forcedCheck();
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(Test::receiptCount(*m_service), 2);
    const QJsonObject result = run.json().value(QStringLiteral("result")).toObject();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(result.value(QStringLiteral("digestMatched")).toBool(), true);
    // The check sends the activation body of §3.1 again.
    QCOMPARE(Test::requestBody(run.json()).size(), 10);
    QVERIFY(run.json()
                .value(QStringLiteral("request"))
                .toObject()
                .value(QStringLiteral("url"))
                .toString()
                .endsWith(QStringLiteral("/v1/activations/check")));
    QVERIFY(status().value(QStringLiteral("nextLicenseCheck")).isString());
    QCOMPARE(ctl({QStringLiteral("journal"), QStringLiteral("verify")}).exitCode, 0);
}

void TestLicenseCheck::blockedCodeStartsTheEightDayRule()
{
    activate();
    QCOMPARE(Test::admin(*m_service, {QStringLiteral("block"), Code}).exitCode, 0);
    const Test::Run blocked = forcedCheck();
    QVERIFY2(blocked.exitCode == 0, blocked.err.constData());
    QCOMPARE(blocked.json()
                 .value(QStringLiteral("result"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("blocked"));
    QJsonObject state = status();
    QCOMPARE(state.value(QStringLiteral("status")).toString(), QStringLiteral("blocked"));
    QCOMPARE(state.value(QStringLiteral("functionality")).toString(), QStringLiteral("full"));
    QCOMPARE(state.value(QStringLiteral("timeline"))
                 .toObject()
                 .value(QStringLiteral("limitedFrom"))
                 .toString(),
             todayUtc().addDays(8).toString(Qt::ISODate));
    QVERIFY(state.value(QStringLiteral("active"))
                .toObject()
                .value(QStringLiteral("blockedSince"))
                .isString());
    // Still full functionality: updates are allowed for the 8 days.
    QCOMPARE(ctl({QStringLiteral("agreement"), QStringLiteral("accept")}).exitCode, 0);
    QCOMPARE(ctl({QStringLiteral("update"), QStringLiteral("--yes")}).exitCode, 0);

    QCOMPARE(Test::admin(*m_service, {QStringLiteral("restore"), Code}).exitCode, 0);
    QCOMPARE(forcedCheck().exitCode, 0);
    state = status();
    QCOMPARE(state.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
    QVERIFY(state.value(QStringLiteral("active"))
                .toObject()
                .value(QStringLiteral("blockedSince"))
                .isNull());
}

void TestLicenseCheck::theOperatorsBlockOutlivesARestart()
{
    activate();
    QCOMPARE(Test::admin(*m_service, {QStringLiteral("block"), Code}).exitCode, 0);
    // The service seeds its codes from the codes file on every start; that must not
    // undo what the operator did.
    m_service->stop();
    QVERIFY(m_service->start());
    m_profile = Test::writeProfile(m_dir->path(), m_service->baseUrl());
    const Test::Run run = forcedCheck();
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json()
                 .value(QStringLiteral("result"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("blocked"));
}

void TestLicenseCheck::expiredCodeLimitsAndStopsUpdates()
{
    activate();
    QCOMPARE(ctl({QStringLiteral("agreement"), QStringLiteral("accept")}).exitCode, 0);
    QCOMPARE(Test::admin(*m_service, {QStringLiteral("expire"), Code}).exitCode, 0);
    QCOMPARE(forcedCheck().exitCode, 0);
    const QJsonObject state = status();
    QCOMPARE(state.value(QStringLiteral("status")).toString(), QStringLiteral("expired"));
    QCOMPARE(state.value(QStringLiteral("functionality")).toString(), QStringLiteral("limited"));
    const int before = Test::receiptCount(*m_service);
    const Test::Run update =
        ctl({QStringLiteral("update"), QStringLiteral("--yes"), QStringLiteral("--json")});
    QCOMPARE(update.exitCode, 4);
    QCOMPARE(update.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("reason"))
                 .toString(),
             QStringLiteral("license-level"));
    QVERIFY2(update.err.contains("the license has expired"), update.err.constData());
    QCOMPARE(Test::receiptCount(*m_service), before);
}

void TestLicenseCheck::withdrawnConsentStopsTheCheck()
{
    activate();
    QCOMPARE(ctl({QStringLiteral("consent"), QStringLiteral("withdraw"),
                  QStringLiteral("code-activation")})
                 .exitCode,
             0);
    const int before = Test::receiptCount(*m_service);
    const Test::Run run = forcedCheck();
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(QStringLiteral("checked")).toBool(), false);
    QCOMPARE(run.json().value(QStringLiteral("reason")).toString(), QStringLiteral("no-consent"));
    QCOMPARE(Test::receiptCount(*m_service), before);
    const QJsonObject state = status();
    QVERIFY(state.value(QStringLiteral("nextLicenseCheck")).isNull());
    QCOMPARE(state.value(QStringLiteral("licenseCheck"))
                 .toObject()
                 .value(QStringLiteral("reason"))
                 .toString(),
             QStringLiteral("no-consent"));
    const QJsonObject consent = ctl({QStringLiteral("consent"), QStringLiteral("--json")}).json();
    QCOMPARE(consent.value(QStringLiteral("code-activation"))
                 .toObject()
                 .value(QStringLiteral("stands"))
                 .toBool(),
             false);
}

void TestLicenseCheck::unreachableServiceShowsTheNextAttempt()
{
    activate();
    m_service->stop();
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Test::Run run = forcedCheck();
    QCOMPARE(run.exitCode, 8);
    QVERIFY2(run.err.contains("The next check is at"), run.err.constData());
    const QDateTime next = Test::timeIn(run.json(), "nextLicenseCheck");
    QVERIFY(next >= before.addSecs(300 - 1));
    QVERIFY(next <= QDateTime::currentDateTimeUtc().addSecs(300 + 1));
    const QJsonObject check = run.json().value(QStringLiteral("licenseCheck")).toObject();
    QCOMPARE(check.value(QStringLiteral("retry")).toBool(), true);
    QCOMPARE(check.value(QStringLiteral("failures")).toInt(), 1);
    QVERIFY(check.value(QStringLiteral("lastError")).isObject());
    // The back-off holds: a plain check now says it is not due yet.
    const Test::Run early = ctl({QStringLiteral("check"), QStringLiteral("--json")});
    QCOMPARE(early.exitCode, 0);
    QCOMPARE(early.json().value(QStringLiteral("reason")).toString(), QStringLiteral("not-due"));
}

QTEST_GUILESS_MAIN(TestLicenseCheck)
#include "tst_licensecheck.moc"
