// The activation and check bodies carry exactly the fields of DESIGN §3.1.
#include "common/TestKeys.h"
#include "core/Clock.h"
#include "core/StateDatabase.h"
#include "license/ActivationCode.h"
#include "license/KeyStore.h"
#include "provision/RequestBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace LightAgent;

class TestRequestBuilder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void activationBodyHasExactlyTheVendorsFields();
    void valuesComeFromProfileIdentityClockAndLanguage();
    void licenseSolutionIdFollowsTheActiveKey();
    void identityIsStableAcrossRequests();
    void checkGoesToTheCheckEndpointWithAFreshTime();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<StateDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
};

namespace {

ActivationCode code()
{
    return ActivationCode::parse(QStringLiteral("a11a1 11111 1a1aa 1a11p")).value();
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

void TestRequestBuilder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = StateDatabase::open(m_dir->path()).value();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 11, 29), QTime(6, 0, 0), Qt::UTC));
}

void TestRequestBuilder::activationBodyHasExactlyTheVendorsFields()
{
    const RequestSources sources {Test::demoProfile(), m_db, QStringLiteral("ru-RU"), *m_clock};
    const auto envelope = RequestBuilder::activation(sources, code()).value();
    // The field list of DESIGN §3.1, written out here independently of the code.
    QStringList expected {QStringLiteral("activationCode"),
                          QStringLiteral("svmDateTime"),
                          QStringLiteral("solutionId"),
                          QStringLiteral("licenseSolutionId"),
                          QStringLiteral("compatibleApplicationIds"),
                          QStringLiteral("solutionVersion"),
                          QStringLiteral("localization"),
                          QStringLiteral("svmId"),
                          QStringLiteral("installationId"),
                          QStringLiteral("os")};
    expected.sort();
    const QJsonObject body = QJsonDocument::fromJson(envelope.body()).object();
    QCOMPARE(sortedKeys(body), expected);
    QStringList osExpected {QStringLiteral("family"),       QStringLiteral("version"),
                            QStringLiteral("edition"),      QStringLiteral("build"),
                            QStringLiteral("updateNumber"), QStringLiteral("extendedEdition")};
    osExpected.sort();
    QCOMPARE(sortedKeys(body.value(QStringLiteral("os")).toObject()), osExpected);
    QCOMPARE(envelope.method(), QByteArray("POST"));
    QCOMPARE(envelope.url().toString(), QStringLiteral("https://127.0.0.1:47443/v1/activations"));
}

void TestRequestBuilder::valuesComeFromProfileIdentityClockAndLanguage()
{
    const RequestSources sources {Test::demoProfile(), m_db, QStringLiteral("ru-RU"), *m_clock};
    const QJsonObject body = RequestBuilder::activation(sources, code()).value().bodyObject();
    QCOMPARE(body.value(QStringLiteral("activationCode")).toString(),
             QStringLiteral("A11A1-11111-1A1AA-1A11P"));
    QCOMPARE(body.value(QStringLiteral("svmDateTime")).toString(),
             QStringLiteral("2026-11-29T06:00:00Z"));
    QCOMPARE(body.value(QStringLiteral("solutionId")).toString(), Test::demoProfile().solutionId());
    QCOMPARE(body.value(QStringLiteral("solutionVersion")).toString(), QStringLiteral("6.2.0.187"));
    QCOMPARE(body.value(QStringLiteral("localization")).toString(), QStringLiteral("ru-RU"));
    QCOMPARE(body.value(QStringLiteral("compatibleApplicationIds")).toArray().size(),
             Test::demoProfile().compatibleApplicationIds().size());
    QVERIFY(!QUuid::fromString(body.value(QStringLiteral("svmId")).toString()).isNull());
    QVERIFY(!QUuid::fromString(body.value(QStringLiteral("installationId")).toString()).isNull());
    QVERIFY(body.value(QStringLiteral("svmId")) != body.value(QStringLiteral("installationId")));
}

void TestRequestBuilder::licenseSolutionIdFollowsTheActiveKey()
{
    const RequestSources sources {Test::demoProfile(), m_db, QStringLiteral("en-US"), *m_clock};
    QVERIFY(RequestBuilder::activation(sources, code())
                .value()
                .bodyObject()
                .value(QStringLiteral("licenseSolutionId"))
                .isNull());
    KeyStore store(m_db, Test::demoProfile());
    auto key = KeyFile::parse(Test::keyFile(), Test::demoProfile()).value();
    QVERIFY(store.add(StoredKey::fromFile(key, m_clock->now()), KeySlot::Active, m_clock->today())
                .ok());
    QCOMPARE(RequestBuilder::activation(sources, code())
                 .value()
                 .bodyObject()
                 .value(QStringLiteral("licenseSolutionId"))
                 .toString(),
             QStringLiteral("KSVLA"));
}

void TestRequestBuilder::identityIsStableAcrossRequests()
{
    const RequestSources sources {Test::demoProfile(), m_db, QStringLiteral("en-US"), *m_clock};
    const QJsonObject first = RequestBuilder::activation(sources, code()).value().bodyObject();
    auto reopened = StateDatabase::open(m_dir->path()).value();
    const RequestSources again {Test::demoProfile(), reopened, QStringLiteral("en-US"), *m_clock};
    const QJsonObject second = RequestBuilder::activation(again, code()).value().bodyObject();
    QCOMPARE(second.value(QStringLiteral("svmId")), first.value(QStringLiteral("svmId")));
    QCOMPARE(second.value(QStringLiteral("installationId")),
             first.value(QStringLiteral("installationId")));
}

void TestRequestBuilder::checkGoesToTheCheckEndpointWithAFreshTime()
{
    const RequestSources sources {Test::demoProfile(), m_db, QStringLiteral("en-US"), *m_clock};
    const auto activation = RequestBuilder::activation(sources, code()).value();
    m_clock->advanceSeconds(86400);
    const auto check = RequestBuilder::licenseCheck(sources, code()).value();
    QCOMPARE(check.url().path(), QStringLiteral("/v1/activations/check"));
    QCOMPARE(check.kind(), TransmissionKind::LicenseCheck);
    QCOMPARE(check.bodyObject().value(QStringLiteral("svmDateTime")).toString(),
             QStringLiteral("2026-11-30T06:00:00Z"));
    QJsonObject a = activation.bodyObject();
    QJsonObject c = check.bodyObject();
    a.remove(QStringLiteral("svmDateTime"));
    c.remove(QStringLiteral("svmDateTime"));
    QCOMPARE(c, a);
}

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
