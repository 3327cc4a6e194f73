// The reference service's update endpoint (DESIGN §3.3) and its operator commands:
// a body of exactly the five documented fields gets the latest signed bundle, any
// other body a 400 BAD_REQUEST; the admin commands publish bundles and block, expire
// or restore codes, and refuse what they cannot do with the documented exit codes.
#include "UpdateRun.h"
#include "common/TestKeys.h"
#include "net/HttpsClient.h"
#include "provision/ServiceAnswer.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace LightAgent;

class TestServiceUpdates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exactBodyGetsTheLatestSignedBundle();
    void otherBodiesAreRefused_data();
    void otherBodiesAreRefused();
    void adminCommandsRefuseWhatTheyCannotDo_data();
    void adminCommandsRefuseWhatTheyCannotDo();

private:
    Result<HttpResponse> post(const QJsonObject &body) const;

    Test::ServiceProcess m_service;
    QTemporaryDir m_dir;
    std::optional<VendorProfile> m_profile;
};

namespace {

QJsonObject goodBody()
{
    return QJsonObject {
        {QStringLiteral("solutionId"), QStringLiteral("KSVLA")},
        {QStringLiteral("licenseId"), QStringLiteral("0A1-2B3C4D-5E6F7A8B")},
        {QStringLiteral("installationId"), QStringLiteral("3c2b1a09-8f7e-4d6c-b5a4-0f1e2d3c4b5a")},
        {QStringLiteral("updateTaskId"), QStringLiteral("9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a")},
        {QStringLiteral("solutionVersion"), QStringLiteral("6.2.0.187")},
    };
}

QJsonObject bodyWith(const char *field, const QJsonValue &value)
{
    QJsonObject body = goodBody();
    if (value.isUndefined())
        body.remove(QLatin1String(field));
    else
        body.insert(QLatin1String(field), value);
    return body;
}

QString errorCode(const HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body)
        .object()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

} // namespace

void TestServiceUpdates::initTestCase()
{
    QVERIFY2(QFile::exists(Test::servicePath()), "the licensing service is not built");
    QVERIFY(m_service.start());
    m_profile = VendorProfile::load(Test::writeProfile(m_dir.path(), m_service.baseUrl())).value();
}

Result<HttpResponse> TestServiceUpdates::post(const QJsonObject &body) const
{
    QUrl url = m_service.baseUrl();
    url.setPath(QStringLiteral("/v1/updates"));
    const RequestEnvelope envelope =
        RequestEnvelope::postJson(TransmissionKind::DatabaseUpdate, url, body);
    return HttpsClient::sendAndWait(*m_profile, NetworkSettings(), envelope);
}

void TestServiceUpdates::exactBodyGetsTheLatestSignedBundle()
{
    const QString version = QStringLiteral("svc-%1").arg(QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(Test::admin(m_service,
                         {QStringLiteral("publish-bundle"), version, QStringLiteral("4242"),
                          QStringLiteral("--released"), QStringLiteral("2026-11-01T06:00:00Z")})
                 .exitCode,
             0);
    const auto response = post(goodBody());
    QVERIFY2(response.ok(), qPrintable(response.ok() ? QString() : response.error().message));
    QCOMPARE(response->status, 200);
    const auto answer = ServiceAnswer::update(response.value(), *m_profile);
    QVERIFY2(answer.ok(), qPrintable(answer.ok() ? QString() : answer.error().message));
    QCOMPARE(answer->bundle.version(), version);
    QCOMPARE(answer->bundle.records(), 4242);
    QCOMPARE(answer->bundle.released(), QDateTime(QDate(2026, 11, 1), QTime(6, 0), Qt::UTC));
    QCOMPARE(answer->receivedSha256,
             Crypto::sha256Hex(QJsonDocument(goodBody()).toJson(QJsonDocument::Compact)));
    // The signed object has the §3.6 form with the bundle format.
    const QJsonObject bundle =
        QJsonDocument::fromJson(response->body).object().value(QStringLiteral("bundle")).toObject();
    QCOMPARE(Test::sortedKeys(bundle),
             (QStringList {QStringLiteral("format"), QStringLiteral("license"),
                           QStringLiteral("signature"), QStringLiteral("signer")}));
    QCOMPARE(bundle.value(QStringLiteral("format")).toString(),
             QStringLiteral("lightagent-bundle/1"));
}

void TestServiceUpdates::otherBodiesAreRefused_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    for (const char *field :
         {"solutionId", "licenseId", "installationId", "updateTaskId", "solutionVersion"})
        QTest::addRow("without %s", field)
            << bodyWith(field, QJsonValue::Undefined) << 400 << "BAD_REQUEST";
    QTest::newRow("with an svmId as well")
        << bodyWith("svmId", QStringLiteral("6f1c9d1e-0a4b-4c2d-9e3f-1a2b3c4d5e6f")) << 400
        << "BAD_REQUEST";
    QTest::newRow("licenseId null")
        << bodyWith("licenseId", QJsonValue::Null) << 400 << "BAD_REQUEST";
    QTest::newRow("licenseId not a serial")
        << bodyWith("licenseId", QStringLiteral("12345")) << 400 << "BAD_REQUEST";
    QTest::newRow("updateTaskId not a UUID") << bodyWith("updateTaskId", 7) << 400 << "BAD_REQUEST";
    QTest::newRow("two-part version")
        << bodyWith("solutionVersion", QStringLiteral("6.2")) << 400 << "BAD_REQUEST";
    QTest::newRow("another product")
        << bodyWith("solutionId", QStringLiteral("OTHER")) << 422 << "WRONG_PRODUCT";
}

void TestServiceUpdates::otherBodiesAreRefused()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const auto response = post(body);
    QVERIFY(response.ok());
    QCOMPARE(response->status, status);
    QCOMPARE(errorCode(response.value()), code);
    QVERIFY(!QJsonDocument::fromJson(response->body).object().contains(QStringLiteral("bundle")));
}

void TestServiceUpdates::adminCommandsRefuseWhatTheyCannotDo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no command") << QStringList() << 2;
    QTest::newRow("unknown command") << QStringList {QStringLiteral("delete-everything")} << 2;
    QTest::newRow("block without a code") << QStringList {QStringLiteral("block")} << 2;
    QTest::newRow("block a code with a typo")
        << QStringList {QStringLiteral("block"), QStringLiteral("DEMO1-COMME-RCIAL-0005J")} << 3;
    QTest::newRow("block a code the service does not know")
        << QStringList {QStringLiteral("block"), QStringLiteral("00000-00000-00000-0000Z")} << 3;
    QTest::newRow("records not a number")
        << QStringList {QStringLiteral("publish-bundle"), QStringLiteral("v9"),
                        QStringLiteral("many")}
        << 3;
    QTest::newRow("version with a slash")
        << QStringList {QStringLiteral("publish-bundle"), QStringLiteral("../v9"),
                        QStringLiteral("1")}
        << 3;
    QTest::newRow("release time without a zone")
        << QStringList {QStringLiteral("publish-bundle"), QStringLiteral("v9"), QStringLiteral("1"),
                        QStringLiteral("--released"), QStringLiteral("2026-11-01T06:00:00")}
        << 3;
    QTest::newRow("expire a known code")
        << QStringList {QStringLiteral("expire"), QStringLiteral("DEMO7-RESER-VE000-0000L")} << 0;
    QTest::newRow("restore it") << QStringList {QStringLiteral("restore"),
                                                QStringLiteral("DEMO7-RESER-VE000-0000L")}
                                << 0;
}

void TestServiceUpdates::adminCommandsRefuseWhatTheyCannotDo()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const Test::Run run = Test::admin(m_service, args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(exitCode == 0 ? !run.out.isEmpty() : !run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestServiceUpdates)
#include "tst_serviceupdates.moc"
