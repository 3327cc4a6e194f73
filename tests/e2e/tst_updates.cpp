// Database updates end to end (DESIGN §3.3): the real lightagent-ctl against the real
// reference service. The body is exactly the vendor's five fields, a preview sends
// nothing, nothing at all is sent without the data-provision agreement, and with it
// the signed bundle is installed and shown with its freshness.
#include "UpdateRun.h"
#include "common/TestKeys.h"
#include "common/Tripwire.h"
#include "core/Crypto.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace LightAgent;

class TestUpdates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void dryRunShowsExactlyTheFiveFieldsAndSendsNothing();
    void withoutTheAgreementNothingIsSent_data();
    void withoutTheAgreementNothingIsSent();
    void decliningSendsNothing();
    void withTheAgreementTheBundleIsInstalled();
    void aNewlyPublishedBundleIsInstalledNext();
    void scheduledUpdatesCanBeSwitchedOff();

private:
    Test::Run ctl(const QStringList &args, const QByteArray &input = {}) const;
    Test::Run ctlWith(const QString &profile, const QStringList &args,
                      const QByteArray &input = {}) const;
    QString dataDir() const { return m_dir->filePath(QStringLiteral("data")); }
    void addKeyAndAgree(const QString &profile);

    Test::ServiceProcess m_service;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_profile;
};

namespace {

const QStringList UpdateFields {QStringLiteral("installationId"), QStringLiteral("licenseId"),
                                QStringLiteral("solutionId"), QStringLiteral("solutionVersion"),
                                QStringLiteral("updateTaskId")};

} // namespace

void TestUpdates::initTestCase()
{
    QVERIFY2(QFile::exists(Test::servicePath()), "the licensing service is not built");
    QVERIFY(m_service.start());
}

void TestUpdates::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = Test::writeProfile(m_dir->path(), m_service.baseUrl());
}

Test::Run TestUpdates::ctl(const QStringList &args, const QByteArray &input) const
{
    return Test::ctl(dataDir(), m_profile, args, input);
}

Test::Run TestUpdates::ctlWith(const QString &profile, const QStringList &args,
                               const QByteArray &input) const
{
    return Test::ctl(dataDir(), profile, args, input);
}

void TestUpdates::addKeyAndAgree(const QString &profile)
{
    const Test::Run added = ctlWith(profile,
                                    {QStringLiteral("key"), QStringLiteral("add"),
                                     Test::demoKeyForToday(QStringLiteral("commercial.key"))});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const Test::Run agreed =
        ctlWith(profile, {QStringLiteral("agreement"), QStringLiteral("accept")});
    QVERIFY2(agreed.exitCode == 0, agreed.err.constData());
}

void TestUpdates::dryRunShowsExactlyTheFiveFieldsAndSendsNothing()
{
    Test::Tripwire tripwire;
    QVERIFY(tripwire.isListening());
    const QString profile = Test::writeProfile(m_dir->path(), tripwire.url());
    const QStringList dryRun {QStringLiteral("update"), QStringLiteral("--dry-run"),
                              QStringLiteral("--json")};
    const Test::Run fresh = ctlWith(profile, dryRun);
    QCOMPARE(fresh.exitCode, 0);
    const QJsonObject json = fresh.json();
    QCOMPARE(Test::sortedKeys(Test::requestBody(json)), UpdateFields);
    const QJsonObject request = json.value(QStringLiteral("request")).toObject();
    QCOMPARE(request.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
    QVERIFY(
        request.value(QStringLiteral("url")).toString().endsWith(QStringLiteral("/v1/updates")));
    QCOMPARE(Crypto::sha256Hex(request.value(QStringLiteral("body")).toString().toUtf8()),
             request.value(QStringLiteral("sha256")).toString());
    QCOMPARE(json.value(QStringLiteral("wouldSend")).toBool(), false);
    addKeyAndAgree(profile);
    const Test::Run ready = ctlWith(profile, dryRun);
    QCOMPARE(ready.exitCode, 0);
    QCOMPARE(Test::sortedKeys(Test::requestBody(ready.json())), UpdateFields);
    QCOMPARE(ready.json().value(QStringLiteral("wouldSend")).toBool(), true);
    QVERIFY(!tripwire.wasTouched());
}

void TestUpdates::withoutTheAgreementNothingIsSent_data()
{
    QTest::addColumn<QStringList>("withdrawal"); // empty: never accepted
    QTest::newRow("never accepted") << QStringList();
    QTest::newRow("withdrawn with agreement withdraw")
        << QStringList {QStringLiteral("agreement"), QStringLiteral("withdraw")};
    QTest::newRow("withdrawn with consent withdraw") << QStringList {
        QStringLiteral("consent"), QStringLiteral("withdraw"), QStringLiteral("data-provision")};
}

void TestUpdates::withoutTheAgreementNothingIsSent()
{
    QFETCH(QStringList, withdrawal);
    Test::Tripwire tripwire;
    const QString profile = Test::writeProfile(m_dir->path(), tripwire.url());
    if (withdrawal.isEmpty()) {
        QCOMPARE(ctlWith(profile,
                         {QStringLiteral("key"), QStringLiteral("add"),
                          Test::demoKeyForToday(QStringLiteral("commercial.key"))})
                     .exitCode,
                 0);
    } else {
        addKeyAndAgree(profile);
        QCOMPARE(ctlWith(profile, withdrawal).exitCode, 0);
    }
    const Test::Run run = ctlWith(
        profile, {QStringLiteral("update"), QStringLiteral("--yes"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 4);
    const QJsonObject error = run.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("reason")).toString(), QStringLiteral("no-agreement"));
    QVERIFY2(run.err.contains("agreement"), run.err.constData());
    QVERIFY(!run.json().contains(QStringLiteral("result")));
    QVERIFY(!tripwire.wasTouched());
    const Test::Run journal =
        ctlWith(profile, {QStringLiteral("journal"), QStringLiteral("--json")});
    QVERIFY2(!journal.out.contains("database-update"), journal.out.constData());
}

void TestUpdates::decliningSendsNothing()
{
    Test::Tripwire tripwire;
    const QString profile = Test::writeProfile(m_dir->path(), tripwire.url());
    addKeyAndAgree(profile);
    const Test::Run run = ctlWith(profile, {QStringLiteral("update")}, "n\n");
    QCOMPARE(run.exitCode, 10);
    QVERIFY(run.out.contains("POST /v1/updates HTTP/1.1"));
    QVERIFY(run.out.contains("Unique ID of the update task start"));
    QVERIFY(!tripwire.wasTouched());
    const Test::Run journal =
        ctlWith(profile, {QStringLiteral("journal"), QStringLiteral("--json")});
    QVERIFY2(journal.out.contains("declined"), journal.out.constData());
}

void TestUpdates::withTheAgreementTheBundleIsInstalled()
{
    addKeyAndAgree(m_profile);
    const int before = Test::receiptCount(m_service);
    const Test::Run run =
        ctl({QStringLiteral("update"), QStringLiteral("--yes"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(Test::receiptCount(m_service), before + 1);
    const QJsonObject body = Test::requestBody(run.json());
    QCOMPARE(Test::sortedKeys(body), UpdateFields);
    const QJsonObject status = ctl({QStringLiteral("status"), QStringLiteral("--json")}).json();
    QCOMPARE(body.value(QStringLiteral("licenseId")).toString(),
             status.value(QStringLiteral("active"))
                 .toObject()
                 .value(QStringLiteral("serial"))
                 .toString());
    const QJsonObject result = run.json().value(QStringLiteral("result")).toObject();
    QCOMPARE(result.value(QStringLiteral("installed")).toBool(), true);
    QCOMPARE(result.value(QStringLiteral("digestMatched")).toBool(), true);
    QCOMPARE(result.value(QStringLiteral("freshness")).toString(), QStringLiteral("up-to-date"));
    const QJsonObject database = status.value(QStringLiteral("database")).toObject();
    QCOMPARE(database.value(QStringLiteral("version")), result.value(QStringLiteral("version")));
    QCOMPARE(database.value(QStringLiteral("released")), result.value(QStringLiteral("released")));
    QCOMPARE(database.value(QStringLiteral("freshness")).toString(), QStringLiteral("up-to-date"));
    // The same bundle again: a new task ID, nothing to install.
    const Test::Run again =
        ctl({QStringLiteral("update"), QStringLiteral("--yes"), QStringLiteral("--json")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(Test::requestBody(again.json()).value(QStringLiteral("updateTaskId")) !=
            body.value(QStringLiteral("updateTaskId")));
    QCOMPARE(again.json()
                 .value(QStringLiteral("result"))
                 .toObject()
                 .value(QStringLiteral("installed"))
                 .toBool(),
             false);
    QCOMPARE(ctl({QStringLiteral("journal"), QStringLiteral("verify")}).exitCode, 0);
}

void TestUpdates::aNewlyPublishedBundleIsInstalledNext()
{
    addKeyAndAgree(m_profile);
    const QStringList update {QStringLiteral("update"), QStringLiteral("--yes"),
                              QStringLiteral("--json")};
    const Test::Run first = ctl(update);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const QString version = QStringLiteral("e2e-%1").arg(QDateTime::currentMSecsSinceEpoch());
    const Test::Run published = Test::admin(
        m_service, {QStringLiteral("publish-bundle"), version, QStringLiteral("1300000")});
    QVERIFY2(published.exitCode == 0, published.err.constData());
    const Test::Run next = ctl(update);
    QVERIFY2(next.exitCode == 0, next.err.constData());
    const QJsonObject result = next.json().value(QStringLiteral("result")).toObject();
    QCOMPARE(result.value(QStringLiteral("version")).toString(), version);
    QCOMPARE(result.value(QStringLiteral("records")).toInteger(), 1300000);
    QCOMPARE(result.value(QStringLiteral("installed")).toBool(), true);
    QCOMPARE(
        result.value(QStringLiteral("previousVersion")),
        first.json().value(QStringLiteral("result")).toObject().value(QStringLiteral("version")));
    // Publishing a version twice is refused.
    QCOMPARE(
        Test::admin(m_service, {QStringLiteral("publish-bundle"), version, QStringLiteral("1")})
            .exitCode,
        3);
}

void TestUpdates::scheduledUpdatesCanBeSwitchedOff()
{
    const Test::Run off = ctl({QStringLiteral("update"), QStringLiteral("schedule"),
                               QStringLiteral("off"), QStringLiteral("--json")});
    QCOMPARE(off.exitCode, 0);
    QCOMPARE(off.json().value(QStringLiteral("scheduled")).toBool(), false);
    const QJsonObject database = ctl({QStringLiteral("status"), QStringLiteral("--json")})
                                     .json()
                                     .value(QStringLiteral("database"))
                                     .toObject();
    QCOMPARE(database.value(QStringLiteral("scheduled")).toBool(), false);
    QCOMPARE(database.value(QStringLiteral("nextScheduledUpdate"))
                 .toObject()
                 .value(QStringLiteral("reason"))
                 .toString(),
             QStringLiteral("switched-off"));
    QCOMPARE(database.value(QStringLiteral("freshness")).toString(), QStringLiteral("none"));
    QCOMPARE(ctl({QStringLiteral("update"), QStringLiteral("schedule"), QStringLiteral("maybe")})
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestUpdates)
#include "tst_updates.moc"
