// The database update (DESIGN §3.3) at the core: the body is exactly the vendor's five
// fields; nothing is sent without the data-provision agreement or when the license
// level does not allow updates; a bundle is installed only when it verifies, and any
// refused answer keeps the installed databases.
#include "UpdateFixture.h"
#include "common/ServiceProcess.h"
#include "common/Tripwire.h"
#include "provision/BundleStore.h"
#include "provision/DataProvisionAgreement.h"
#include "provision/TransmissionJournal.h"
#include "provision/UpdateFlow.h"

#include <QJsonDocument>
#include <QTest>

using namespace LightAgent;

class TestUpdateFlow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void bodyHasExactlyTheVendorsFiveFields();
    void previewWithoutAKeyStillShowsEveryField();
    void sendingNeedsTheAgreementAndFullFunctionality_data();
    void sendingNeedsTheAgreementAndFullFunctionality();
    void refusedRunSendsNothing_data();
    void refusedRunSendsNothing();
    void verifiedBundleIsInstalled();
    void refusedAnswersKeepTheInstalledBundle_data();
    void refusedAnswersKeepTheInstalledBundle();
    void theSameVersionChangesNothing();

private:
    RequestEnvelope envelope();
    void installFirstBundle();

    std::unique_ptr<Test::StateFixture> m_state;
};

namespace {

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

const QDateTime FirstRelease(QDate(2026, 11, 28), QTime(6, 0), Qt::UTC);

} // namespace

void TestUpdateFlow::init()
{
    m_state = std::make_unique<Test::StateFixture>();
}

void TestUpdateFlow::cleanup()
{
    m_state.reset();
}

RequestEnvelope TestUpdateFlow::envelope()
{
    const RequestSources sources {Test::demoProfile(), m_state->database, QStringLiteral("ru-RU"),
                                  m_state->clock};
    return UpdateFlow::prepare(sources).value();
}

void TestUpdateFlow::installFirstBundle()
{
    UpdateFlow flow(Test::demoProfile(), m_state->database, NetworkSettings());
    const auto first = flow.accept(
        Test::updateAnswer(Test::goodBundle(QStringLiteral("20261128.0600"), FirstRelease)));
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    QVERIFY(first->installed);
}

void TestUpdateFlow::bodyHasExactlyTheVendorsFiveFields()
{
    const StoredKey key = Test::fileKey(m_state->clock.now());
    QVERIFY(m_state->addActive(key));
    const RequestEnvelope first = envelope();
    const RequestEnvelope second = envelope();
    const QJsonObject body = QJsonDocument::fromJson(first.body()).object();
    // The field list of DESIGN §3.3, written out here independently of the code.
    QCOMPARE(sortedKeys(body),
             (QStringList {QStringLiteral("installationId"), QStringLiteral("licenseId"),
                           QStringLiteral("solutionId"), QStringLiteral("solutionVersion"),
                           QStringLiteral("updateTaskId")}));
    QCOMPARE(body.value(QStringLiteral("licenseId")).toString(), key.license().serial);
    QCOMPARE(body.value(QStringLiteral("solutionId")).toString(), QStringLiteral("KSVLA"));
    QCOMPARE(body.value(QStringLiteral("solutionVersion")).toString(),
             Test::demoProfile().solutionVersion());
    QCOMPARE(first.kind(), TransmissionKind::DatabaseUpdate);
    QCOMPARE(first.method(), QByteArrayLiteral("POST"));
    QCOMPARE(first.url().path(), QStringLiteral("/v1/updates"));
    QCOMPARE(first.headers().size(), 3);
    // A new task ID per run; the installation stays the same.
    const QJsonObject again = QJsonDocument::fromJson(second.body()).object();
    QVERIFY(again.value(QStringLiteral("updateTaskId")) !=
            body.value(QStringLiteral("updateTaskId")));
    QCOMPARE(again.value(QStringLiteral("installationId")),
             body.value(QStringLiteral("installationId")));
}

void TestUpdateFlow::previewWithoutAKeyStillShowsEveryField()
{
    const QJsonObject body = QJsonDocument::fromJson(envelope().body()).object();
    QCOMPARE(body.size(), 5);
    QVERIFY(body.value(QStringLiteral("licenseId")).isNull());
}

void TestUpdateFlow::sendingNeedsTheAgreementAndFullFunctionality_data()
{
    QTest::addColumn<bool>("agreement");
    QTest::addColumn<QString>("keyState");
    QTest::addColumn<QString>("reason"); // empty: permitted
    QTest::addColumn<QString>("phrase");
    QTest::newRow("no agreement, valid key") << false << "valid"
                                             << "no-agreement"
                                             << "agreement";
    QTest::newRow("valid key") << true << "valid"
                               << ""
                               << "";
    QTest::newRow("not activated") << true << "none"
                                   << "license-level"
                                   << "not activated";
    QTest::newRow("expired by date") << true << "expired"
                                     << "license-level"
                                     << "has expired";
    QTest::newRow("expired by the service") << true << "service-expired"
                                            << "license-level"
                                            << "has expired";
    QTest::newRow("blocked 9 days ago") << true << "blocked-9"
                                        << "license-level"
                                        << "blocked";
    QTest::newRow("blocked 3 days ago: still full") << true << "blocked-3"
                                                    << ""
                                                    << "";
}

void TestUpdateFlow::sendingNeedsTheAgreementAndFullFunctionality()
{
    QFETCH(bool, agreement);
    QFETCH(QString, keyState);
    QFETCH(QString, reason);
    QFETCH(QString, phrase);
    Test::StateFixture &s = *m_state;
    const QDateTime now = s.clock.now();
    if (agreement)
        QVERIFY(DataProvisionAgreement(s.database).accept(Test::demoProfile(), now).ok());
    if (keyState == QLatin1String("expired")) {
        // Added while valid; the clock has moved on since.
        s.clock.set(QDateTime(QDate(2026, 3, 1), QTime(6, 0), Qt::UTC));
        QVERIFY(s.addActive(
            Test::storedKey({{QStringLiteral("expires"), QStringLiteral("2026-06-30")}})));
        s.clock.set(now);
    } else if (keyState != QLatin1String("none")) {
        const StoredKey key = Test::codeKey(now);
        QVERIFY(s.addActive(key));
        const int days = keyState == QLatin1String("blocked-9") ? 9 : 3;
        const CheckVerdict verdict = keyState == QLatin1String("service-expired")
            ? CheckVerdict::Expired
            : keyState == QLatin1String("valid") ? CheckVerdict::Active
                                                 : CheckVerdict::Blocked;
        QVERIFY(KeyStore(s.database, Test::demoProfile())
                    .recordVerdict(key.keyFile.sha256(), verdict, 86400, now.addDays(-days))
                    .value());
    }
    const Status permitted =
        UpdateFlow::permitted(Test::demoProfile(), s.database, s.clock.today());
    QCOMPARE(permitted.ok(), reason.isEmpty());
    if (!permitted) {
        QCOMPARE(permitted.error().reason, reason);
        QCOMPARE(permitted.error().code, ErrorCode::Refused);
        QVERIFY2(permitted.error().message.contains(phrase), qPrintable(permitted.error().message));
    }
}

void TestUpdateFlow::refusedRunSendsNothing_data()
{
    QTest::addColumn<bool>("agreement");
    QTest::addColumn<QString>("reason");
    QTest::newRow("without the agreement") << false << "no-agreement";
    QTest::newRow("with an expired license")
        << true << "license-level"; // "Database updates need a valid license; ... has expired."
}

void TestUpdateFlow::refusedRunSendsNothing()
{
    QFETCH(bool, agreement);
    QFETCH(QString, reason);
    Test::StateFixture &s = *m_state;
    Test::Tripwire tripwire;
    QVERIFY(tripwire.isListening());
    const VendorProfile profile =
        VendorProfile::load(Test::writeProfile(s.dir.path(), tripwire.url())).value();
    const QDateTime now = s.clock.now();
    s.clock.set(QDateTime(QDate(2026, 3, 1), QTime(6, 0), Qt::UTC));
    QVERIFY(
        s.addActive(Test::storedKey({{QStringLiteral("expires"), QStringLiteral("2026-06-30")}})));
    s.clock.set(now);
    if (agreement)
        QVERIFY(DataProvisionAgreement(s.database).accept(profile, now).ok());
    const RequestSources sources {profile, s.database, QString(), s.clock};
    UpdateFlow flow(profile, s.database, NetworkSettings());
    flow.start(UpdateFlow::prepare(sources).value());
    QVERIFY(flow.result().has_value());
    QVERIFY(!flow.result()->ok());
    QCOMPARE(flow.result()->error().reason, reason);
    QVERIFY(!tripwire.wasTouched());
    QCOMPARE(TransmissionJournal(s.database).count().value(), 0);
    const auto run = BundleStore(s.database, profile).lastRun().value();
    QVERIFY(run.has_value());
    QCOMPARE(run->result, UpdateRunResult::Refused);
    QCOMPARE(run->reason, reason);
}

void TestUpdateFlow::verifiedBundleIsInstalled()
{
    installFirstBundle();
    const auto current = BundleStore(m_state->database, Test::demoProfile()).current().value();
    QVERIFY(current.has_value());
    QCOMPARE(current->bundle.version(), QStringLiteral("20261128.0600"));
    QCOMPARE(current->bundle.freshness(m_state->clock.now()), Freshness::UpToDate);
    const auto run = BundleStore(m_state->database, Test::demoProfile()).lastRun().value();
    QCOMPARE(run->result, UpdateRunResult::Installed);
    QCOMPARE(run->version, QStringLiteral("20261128.0600"));
}

void TestUpdateFlow::refusedAnswersKeepTheInstalledBundle_data()
{
    QTest::addColumn<HttpResponse>("response");
    QTest::addColumn<QString>("reason");
    const QDateTime later = FirstRelease.addDays(1);
    const QByteArray doc =
        StrictJson::canonical(Test::bundleDocument(QStringLiteral("20261129.0600"), later));
    const QByteArray other =
        StrictJson::canonical(Test::bundleDocument(QStringLiteral("20261129.0600"), later, 7));
    const QString format = QStringLiteral("lightagent-bundle/1");
    QTest::newRow("bad signature")
        << Test::updateAnswer(Test::signedBundle(doc, format, QStringLiteral("demo-2026"), other))
        << "signature-mismatch";
    QTest::newRow("untrusted signer")
        << Test::updateAnswer(Test::signedBundle(doc, format, QStringLiteral("mallory")))
        << "unknown-signer";
    QTest::newRow("a key file instead of a bundle")
        << Test::updateAnswer(Test::signedBundle(doc, QStringLiteral("lightagent-key/1")))
        << "wrong-format";
    QTest::newRow("an older bundle replayed")
        << Test::updateAnswer(
               Test::goodBundle(QStringLiteral("20261101.0600"), FirstRelease.addDays(-27)))
        << "older-bundle";
    QTest::newRow("no bundle in the answer")
        << Test::answer(200, {{QStringLiteral("receivedSha256"), QString(64, u'a')}})
        << "malformed-answer";
    QTest::newRow("the service failed")
        << Test::answer(500,
                        {{QStringLiteral("error"),
                          QJsonObject {{QStringLiteral("code"), QStringLiteral("INTERNAL")},
                                       {QStringLiteral("message"), QStringLiteral("down")}}}})
        << "INTERNAL";
}

void TestUpdateFlow::refusedAnswersKeepTheInstalledBundle()
{
    QFETCH(HttpResponse, response);
    QFETCH(QString, reason);
    installFirstBundle();
    BundleStore store(m_state->database, Test::demoProfile());
    const QByteArray before = store.current().value()->bundle.bytes();
    UpdateFlow flow(Test::demoProfile(), m_state->database, NetworkSettings());
    const auto result = flow.accept(response);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().reason, reason);
    QCOMPARE(store.current().value()->bundle.bytes(), before);
}

void TestUpdateFlow::theSameVersionChangesNothing()
{
    installFirstBundle();
    UpdateFlow flow(Test::demoProfile(), m_state->database, NetworkSettings());
    const auto again = flow.accept(
        Test::updateAnswer(Test::goodBundle(QStringLiteral("20261128.0600"), FirstRelease)));
    QVERIFY(again.ok());
    QVERIFY(!again->installed);
    QCOMPARE(again->previousVersion, QStringLiteral("20261128.0600"));
    QCOMPARE(BundleStore(m_state->database, Test::demoProfile()).lastRun().value()->result,
             UpdateRunResult::UpToDate);
}

QTEST_GUILESS_MAIN(TestUpdateFlow)
#include "tst_updateflow.moc"
