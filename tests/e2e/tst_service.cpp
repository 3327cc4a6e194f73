// The reference licensing service (DESIGN §3.1, §3.2, §4) as a client sees it: the
// real binary on a free port, spoken to over TLS that trusts only the demo CA.
// Field names are written out here, not taken from WireNames.h, so that a drift
// between the code and the contract shows up as a failure.
#include "common/ServiceProcess.h"
#include "common/TestCertificates.h"
#include "common/TestKeys.h"
#include "core/Crypto.h"
#include "core/StrictJson.h"
#include "license/KeyFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace LightAgent;

namespace {

// From resources/demo/codes.json (see codes.md), served with DEMO6's fixed last day moved
// to the day the test runs (Test::demoCodesForToday()).
const QString CommercialCode = QStringLiteral("DEMO1-COMME-RCIAL-0005I");
const QString SubscriptionCode = QStringLiteral("DEMO2-SUBSC-RIPTI-ON00V");
const QString TrialCode = QStringLiteral("DEMO3-TRIAL-00000-0000G");
const QString BlockedCode = QStringLiteral("DEMO4-BLOCK-ED000-0000G");
const QString ExpiredCode = QStringLiteral("DEMO5-EXPIR-ED000-0000C");
const QString SingleSeatCode = QStringLiteral("DEMO6-SINGL-ESEAT-0000N");
const QString UnknownCode = QStringLiteral("00000-00000-00000-0000Z"); // valid check character

const QString SvmA = QStringLiteral("6f1c9d1e-0a4b-4c2d-9e3f-1a2b3c4d5e6f");
const QString SvmB = QStringLiteral("0d9e8f7a-6b5c-4d3e-8f2a-9b8c7d6e5f4a");
const QString Installation = QStringLiteral("3c2b1a09-8f7e-4d6c-b5a4-0f1e2d3c4b5a");

QJsonObject requestBody(const QString &code, const QString &svmId = SvmA)
{
    const QJsonObject os {
        {QStringLiteral("family"), QStringLiteral("Linux")},
        {QStringLiteral("version"), QStringLiteral("12")},
        {QStringLiteral("edition"), QStringLiteral("Debian GNU/Linux")},
        {QStringLiteral("build"), QStringLiteral("6.1.0-18-amd64")},
        {QStringLiteral("updateNumber"), QStringLiteral("9")},
        {QStringLiteral("extendedEdition"),
         QStringLiteral("Debian GNU/Linux 12 (bookworm) x86_64")},
    };
    return QJsonObject {
        {QStringLiteral("activationCode"), code},
        {QStringLiteral("svmDateTime"), QStringLiteral("2026-11-29T06:00:00Z")},
        {QStringLiteral("solutionId"), QStringLiteral("KSVLA")},
        {QStringLiteral("licenseSolutionId"), QJsonValue::Null},
        {QStringLiteral("compatibleApplicationIds"),
         QJsonArray {QStringLiteral("KSVLA"), QStringLiteral("KSVLA-LINUX")}},
        {QStringLiteral("solutionVersion"), QStringLiteral("6.2.0.187")},
        {QStringLiteral("localization"), QStringLiteral("ru-RU")},
        {QStringLiteral("svmId"), svmId},
        {QStringLiteral("installationId"), Installation},
        {QStringLiteral("os"), os},
    };
}

QByteArray bytesOf(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray withField(const QString &name, const QJsonValue &value)
{
    QJsonObject body = requestBody(CommercialCode);
    if (value.isUndefined())
        body.remove(name);
    else
        body.insert(name, value);
    return bytesOf(body);
}

QByteArray withOsField(const QString &name, const QJsonValue &value)
{
    QJsonObject body = requestBody(CommercialCode);
    QJsonObject os = body.value(QStringLiteral("os")).toObject();
    if (value.isUndefined())
        os.remove(name);
    else
        os.insert(name, value);
    body.insert(QStringLiteral("os"), os);
    return bytesOf(body);
}

// The codes file with one code's flag changed, as a vendor would block a code.
QString codesWithFlag(const QString &dir, const QString &code, const QString &flag)
{
    QJsonObject root = Test::demoCodesForToday();
    QJsonArray codes = root.value(QStringLiteral("codes")).toArray();
    for (qsizetype i = 0; i < codes.size(); ++i) {
        QJsonObject entry = codes.at(i).toObject();
        if (entry.value(QStringLiteral("code")).toString() == code)
            entry.insert(flag, true);
        codes.replace(i, entry);
    }
    root.insert(QStringLiteral("codes"), codes);
    const QString path = dir + QStringLiteral("/codes.json");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0)
        return {};
    return path;
}

} // namespace

class TestService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void activationReturnsAKeyTheConsoleAccepts_data();
    void activationReturnsAKeyTheConsoleAccepts();
    void receivedDigestIsOfTheExactBytesSent();
    void reactivationOnTheSameSvmGivesTheSameSerial();
    void refusals_data();
    void refusals();
    void bodyOfExactly64KiBIsAccepted();
    void activationLimitCountsDistinctSvms();
    void checkOfAnActiveActivation();
    void checkOfAnSvmNeverActivated_data();
    void checkOfAnSvmNeverActivated();
    void checkFollowsTheVendorsFlags_data();
    void checkFollowsTheVendorsFlags();
    void otherMethodsAndPaths_data();
    void otherMethodsAndPaths();
    void stateSurvivesARestart();
    void logNamesTheDigestButNeverTheCode();
    void clientThatDoesNotTrustTheDemoCaIsNotServed();

private:
    struct Answer
    {
        QNetworkReply::NetworkError error = QNetworkReply::UnknownNetworkError;
        int status = 0;
        QByteArray contentType;
        QByteArray body;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
        QString errorCode() const
        {
            return json()
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("code"))
                .toString();
        }
        QString errorMessage() const
        {
            return json()
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString();
        }
    };
    Answer send(const QByteArray &verb, const QString &path, const QByteArray &body,
                const QList<QSslCertificate> &trusted);
    Answer post(const QString &path, const QByteArray &body)
    {
        return send(QByteArrayLiteral("POST"), path, body, m_ca);
    }
    Answer activate(const QString &code, const QString &svmId = SvmA)
    {
        return post(QStringLiteral("/v1/activations"), bytesOf(requestBody(code, svmId)));
    }
    Answer check(const QString &code, const QString &svmId = SvmA)
    {
        return post(QStringLiteral("/v1/activations/check"), bytesOf(requestBody(code, svmId)));
    }
    static Result<KeyFile> keyOf(const Answer &answer);

    QList<QSslCertificate> m_ca;
    std::unique_ptr<Test::ServiceProcess> m_service;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestService::initTestCase()
{
    QVERIFY2(QFile::exists(Test::servicePath()), "the licensing service is not built");
    m_ca = QSslCertificate::fromPath(Test::testTls().ca);
    QCOMPARE(m_ca.size(), 1);
}

void TestService::init()
{
    // A fresh service, database and connection pool for every test and data row.
    m_service = std::make_unique<Test::ServiceProcess>();
    m_network = std::make_unique<QNetworkAccessManager>();
    QVERIFY2(m_service->start(), m_service->log().constData());
}

void TestService::cleanup()
{
    m_network.reset();
    m_service.reset();
}

TestService::Answer TestService::send(const QByteArray &verb, const QString &path,
                                      const QByteArray &body, const QList<QSslCertificate> &trusted)
{
    QUrl url = m_service->baseUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(trusted); // only these: no system CAs
    request.setSslConfiguration(tls);
    std::unique_ptr<QNetworkReply> reply(m_network->sendCustomRequest(request, verb, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    Answer answer;
    if (!reply->isFinished() && !finished.wait(30000))
        return answer;
    answer.error = reply->error();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.contentType = reply->rawHeader(QByteArrayLiteral("Content-Type"));
    answer.body = reply->readAll();
    return answer;
}

Result<KeyFile> TestService::keyOf(const Answer &answer)
{
    const QJsonObject key = answer.json().value(QStringLiteral("key")).toObject();
    return KeyFile::parse(StrictJson::canonical(key), Test::demoProfile());
}

void TestService::activationReturnsAKeyTheConsoleAccepts_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("validDays");
    QTest::addColumn<int>("graceDays");

    QTest::newRow("commercial") << CommercialCode << QStringLiteral("commercial") << 365 << 0;
    QTest::newRow("subscription with grace")
        << SubscriptionCode << QStringLiteral("subscription") << 30 << 7;
    QTest::newRow("trial") << TrialCode << QStringLiteral("trial") << 30 << 0;
    QTest::newRow("typed in lower case with spaces")
        << QStringLiteral("demo1 comme rcial 0005i") << QStringLiteral("commercial") << 365 << 0;
}

void TestService::activationReturnsAKeyTheConsoleAccepts()
{
    QFETCH(QString, code);
    QFETCH(QString, type);
    QFETCH(int, validDays);
    QFETCH(int, graceDays);

    const Answer answer = activate(code);
    QVERIFY2(answer.status == 200, answer.body.constData());
    QCOMPARE(answer.contentType, QByteArrayLiteral("application/json"));
    QCOMPARE(answer.json().value(QStringLiteral("recheckAfterSeconds")).toInt(), 86400);
    const Result<KeyFile> key = keyOf(answer);
    QVERIFY2(key.ok(), qPrintable(key ? QString() : key.error().message));
    const License &license = key->license();
    QCOMPARE(license.product, QStringLiteral("KSVLA"));
    QCOMPARE(toWireName(license.type), type);
    QCOMPARE(key->signer(), QStringLiteral("demo-2026"));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-F]{3}-[0-9A-F]{6}-[0-9A-F]{8}$"))
                .match(license.serial)
                .hasMatch());
    // The service's clock and ours may straddle midnight UTC; the span is what counts.
    QVERIFY(qAbs(license.validFrom.daysTo(QDateTime::currentDateTimeUtc().date())) <= 1);
    QCOMPARE(license.validFrom.daysTo(license.expires), validDays - 1);
    QCOMPARE(license.graceDays, graceDays);
    QCOMPARE(license.licensee, QStringLiteral("Demo Organization"));
}

void TestService::receivedDigestIsOfTheExactBytesSent()
{
    // Not canonical on purpose: the service must hash what it received, not what it parsed.
    const QByteArray body =
        QJsonDocument(requestBody(CommercialCode)).toJson(QJsonDocument::Indented);
    const Answer answer = post(QStringLiteral("/v1/activations"), body);
    QVERIFY2(answer.status == 200, answer.body.constData());
    QCOMPARE(answer.json().value(QStringLiteral("receivedSha256")).toString(),
             Crypto::sha256Hex(body));
}

void TestService::reactivationOnTheSameSvmGivesTheSameSerial()
{
    const Answer first = activate(CommercialCode, SvmA);
    const Answer again = activate(CommercialCode, SvmA);
    const Answer other = activate(CommercialCode, SvmB);
    QVERIFY2(first.status == 200 && again.status == 200 && other.status == 200,
             again.body.constData());
    QCOMPARE(keyOf(again)->license().serial, keyOf(first)->license().serial);
    QVERIFY(keyOf(other)->license().serial != keyOf(first)->license().serial);
}

void TestService::refusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");

    const QString wrongCheck = QStringLiteral("DEMO1-COMME-RCIAL-0005J");
    QTest::newRow("check character does not match")
        << bytesOf(requestBody(wrongCheck)) << 400 << QStringLiteral("INVALID_CODE")
        << QStringLiteral("typo");
    QTest::newRow("symbol outside 0-9A-Z")
        << bytesOf(requestBody(QStringLiteral("DEMO1-COMME-RCIAL-000!I"))) << 400
        << QStringLiteral("INVALID_CODE") << QStringLiteral("\"!\"");
    QTest::newRow("code too short") << bytesOf(requestBody(QStringLiteral("DEMO1-COMME"))) << 400
                                    << QStringLiteral("INVALID_CODE") << QString();
    QTest::newRow("unknown code") << bytesOf(requestBody(UnknownCode)) << 404
                                  << QStringLiteral("CODE_NOT_FOUND") << QString();
    QTest::newRow("blocked code") << bytesOf(requestBody(BlockedCode)) << 403
                                  << QStringLiteral("CODE_BLOCKED") << QString();
    QTest::newRow("expired code") << bytesOf(requestBody(ExpiredCode)) << 410
                                  << QStringLiteral("CODE_EXPIRED") << QString();
    QTest::newRow("another product")
        << withField(QStringLiteral("solutionId"), QStringLiteral("KESB")) << 422
        << QStringLiteral("WRONG_PRODUCT") << QStringLiteral("KESB");
    QTest::newRow("missing field") << withField(QStringLiteral("os"), QJsonValue::Undefined) << 400
                                   << QStringLiteral("BAD_REQUEST") << QStringLiteral("\"os\"");
    QTest::newRow("missing null field")
        << withField(QStringLiteral("licenseSolutionId"), QJsonValue::Undefined) << 400
        << QStringLiteral("BAD_REQUEST") << QStringLiteral("\"licenseSolutionId\"");
    QTest::newRow("extra field") << withField(QStringLiteral("hostname"), QStringLiteral("svm-01"))
                                 << 400 << QStringLiteral("BAD_REQUEST")
                                 << QStringLiteral("\"hostname\"");
    QTest::newRow("missing os field")
        << withOsField(QStringLiteral("build"), QJsonValue::Undefined) << 400
        << QStringLiteral("BAD_REQUEST") << QStringLiteral("\"build\"");
    QTest::newRow("extra os field")
        << withOsField(QStringLiteral("kernel"), QStringLiteral("6.1")) << 400
        << QStringLiteral("BAD_REQUEST") << QStringLiteral("\"kernel\"");
    QTest::newRow("svmId not a UUID")
        << withField(QStringLiteral("svmId"), QStringLiteral("svm-01")) << 400
        << QStringLiteral("BAD_REQUEST") << QStringLiteral("\"svmId\"");
    QTest::newRow("svmDateTime not UTC")
        << withField(QStringLiteral("svmDateTime"), QStringLiteral("2026-11-29T09:00:00+03:00"))
        << 400 << QStringLiteral("BAD_REQUEST") << QStringLiteral("\"svmDateTime\"");
    QTest::newRow("activation code not text")
        << withField(QStringLiteral("activationCode"), 12345) << 400
        << QStringLiteral("BAD_REQUEST") << QStringLiteral("\"activationCode\"");
    QTest::newRow("not JSON") << QByteArrayLiteral("activationCode=DEMO1-COMME-RCIAL-0005I") << 400
                              << QStringLiteral("BAD_REQUEST") << QString();
    QTest::newRow("JSON array") << QByteArrayLiteral("[]") << 400 << QStringLiteral("BAD_REQUEST")
                                << QString();
    QTest::newRow("empty body") << QByteArray() << 400 << QStringLiteral("BAD_REQUEST")
                                << QString();
    QByteArray twice = bytesOf(requestBody(CommercialCode));
    twice.insert(1, QByteArrayLiteral("\"svmId\":\"") + SvmB.toLatin1() + QByteArrayLiteral("\","));
    QTest::newRow("field named twice")
        << twice << 400 << QStringLiteral("BAD_REQUEST") << QStringLiteral("\"svmId\"");
    QTest::newRow("body over 64 KiB")
        << QByteArray(bytesOf(requestBody(CommercialCode)) + QByteArray(64 * 1024, ' ')) << 413
        << QStringLiteral("BAD_REQUEST") << QString();
}

void TestService::refusals()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, mentions);

    const Answer answer = post(QStringLiteral("/v1/activations"), body);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.contentType, QByteArrayLiteral("application/json"));
    QCOMPARE(answer.errorCode(), code);
    QVERIFY(!answer.errorMessage().isEmpty());
    QVERIFY2(answer.errorMessage().contains(mentions), qPrintable(answer.errorMessage()));
    QVERIFY(!answer.json().contains(QStringLiteral("key")));
}

void TestService::bodyOfExactly64KiBIsAccepted()
{
    QByteArray body = bytesOf(requestBody(CommercialCode));
    body += QByteArray(64 * 1024 - body.size(), ' ');
    QCOMPARE(body.size(), 64 * 1024);
    const Answer answer = post(QStringLiteral("/v1/activations"), body);
    QVERIFY2(answer.status == 200, answer.body.constData());
}

void TestService::activationLimitCountsDistinctSvms()
{
    QCOMPARE(activate(SingleSeatCode, SvmA).status, 200);
    const Answer second = activate(SingleSeatCode, SvmB);
    QCOMPARE(second.status, 409);
    QCOMPARE(second.errorCode(), QStringLiteral("ACTIVATION_LIMIT"));
    // The SVM that holds the seat may activate again: it uses no new one.
    QCOMPARE(activate(SingleSeatCode, SvmA).status, 200);
    QCOMPARE(activate(SingleSeatCode, SvmB).status, 409);
}

void TestService::checkOfAnActiveActivation()
{
    QCOMPARE(activate(CommercialCode, SvmA).status, 200);
    const QByteArray body = bytesOf(requestBody(QStringLiteral("demo1comme rcial0005i"), SvmA));
    const Answer answer = post(QStringLiteral("/v1/activations/check"), body);
    QVERIFY2(answer.status == 200, answer.body.constData());
    QCOMPARE(answer.contentType, QByteArrayLiteral("application/json"));
    const QJsonObject json = answer.json();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(json.value(QStringLiteral("recheckAfterSeconds")).toInt(), 86400);
    QCOMPARE(json.value(QStringLiteral("receivedSha256")).toString(), Crypto::sha256Hex(body));
    QCOMPARE(json.keys().size(), 3);
}

void TestService::checkOfAnSvmNeverActivated_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("svmId");

    QTest::newRow("known code, other SVM") << CommercialCode << SvmB;
    QTest::newRow("unknown code") << UnknownCode << SvmA;
    QTest::newRow("blocked code never activated") << BlockedCode << SvmA;
}

void TestService::checkOfAnSvmNeverActivated()
{
    QFETCH(QString, code);
    QFETCH(QString, svmId);

    QCOMPARE(activate(CommercialCode, SvmA).status, 200);
    const Answer answer = check(code, svmId);
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.errorCode(), QStringLiteral("CODE_NOT_FOUND"));
}

void TestService::checkFollowsTheVendorsFlags_data()
{
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("status");

    QTest::newRow("blocked after activation")
        << QStringLiteral("blocked") << QStringLiteral("blocked");
    QTest::newRow("expired after activation")
        << QStringLiteral("expired") << QStringLiteral("expired");
}

void TestService::checkFollowsTheVendorsFlags()
{
    QFETCH(QString, flag);
    QFETCH(QString, status);

    QCOMPARE(activate(CommercialCode, SvmA).status, 200);
    // The vendor changes the code in the codes file; the service is restarted with it.
    QTemporaryDir dir;
    const QString codes = codesWithFlag(dir.path(), CommercialCode, flag);
    QVERIFY(!codes.isEmpty());
    m_service->stop();
    QVERIFY2(m_service->start(QStringLiteral("127.0.0.1"), {QStringLiteral("--codes"), codes}),
             m_service->log().constData());

    const Answer answer = check(CommercialCode, SvmA);
    QVERIFY2(answer.status == 200, answer.body.constData());
    QCOMPARE(answer.json().value(QStringLiteral("status")).toString(), status);
    // A new activation of the same code is refused now.
    QCOMPARE(activate(CommercialCode, SvmB).status, flag == QLatin1String("blocked") ? 403 : 410);
}

void TestService::otherMethodsAndPaths_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");

    QTest::newRow("GET activations")
        << QByteArrayLiteral("GET") << QStringLiteral("/v1/activations") << 405;
    QTest::newRow("PUT check") << QByteArrayLiteral("PUT")
                               << QStringLiteral("/v1/activations/check") << 405;
    QTest::newRow("DELETE activations")
        << QByteArrayLiteral("DELETE") << QStringLiteral("/v1/activations") << 405;
    QTest::newRow("unknown path") << QByteArrayLiteral("POST") << QStringLiteral("/v1/licenses")
                                  << 404;
    QTest::newRow("trailing slash")
        << QByteArrayLiteral("POST") << QStringLiteral("/v1/activations/") << 404;
    QTest::newRow("root") << QByteArrayLiteral("GET") << QStringLiteral("/") << 404;
}

void TestService::otherMethodsAndPaths()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(int, status);

    const Answer answer = send(verb, path, bytesOf(requestBody(CommercialCode)), m_ca);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.contentType, QByteArrayLiteral("application/json"));
    QCOMPARE(answer.errorCode(), QStringLiteral("BAD_REQUEST"));
    QVERIFY(!answer.errorMessage().isEmpty());
}

void TestService::stateSurvivesARestart()
{
    const Answer first = activate(SingleSeatCode, SvmA);
    QCOMPARE(first.status, 200);
    m_service->stop();
    QVERIFY2(m_service->start(), m_service->log().constData());

    // Re-seeding from the codes file on start keeps the activations.
    const Answer second = activate(SingleSeatCode, SvmB);
    QCOMPARE(second.status, 409);
    QCOMPARE(second.errorCode(), QStringLiteral("ACTIVATION_LIMIT"));
    const Answer again = activate(SingleSeatCode, SvmA);
    QCOMPARE(again.status, 200);
    QCOMPARE(keyOf(again)->license().serial, keyOf(first)->license().serial);
    QCOMPARE(check(SingleSeatCode, SvmA).json().value(QStringLiteral("status")).toString(),
             QStringLiteral("active"));
}

void TestService::logNamesTheDigestButNeverTheCode()
{
    const QByteArray granted = bytesOf(requestBody(CommercialCode));
    const QByteArray refused = bytesOf(requestBody(QStringLiteral("DEMO1-COMME-RCIAL-0005J")));
    QCOMPARE(post(QStringLiteral("/v1/activations"), granted).status, 200);
    QCOMPARE(post(QStringLiteral("/v1/activations"), refused).status, 400);
    QCOMPARE(post(QStringLiteral("/v1/activations/check"), granted).status, 200);

    QTRY_COMPARE_WITH_TIMEOUT(m_service->requestCount(), 3, 10000);
    const QByteArray log = m_service->log();
    QVERIFY2(log.contains(Crypto::sha256Hex(granted).toLatin1()), log.constData());
    QVERIFY(log.contains(Crypto::sha256Hex(refused).toLatin1()));
    QVERIFY(log.contains("POST /v1/activations 200"));
    QVERIFY(log.contains("POST /v1/activations 400"));
    for (const char *secret : {"DEMO1-COMME-RCIAL", "DEMO1COMMERCIAL", "0005I", "0005J"})
        QVERIFY2(!log.contains(secret), secret);
}

void TestService::clientThatDoesNotTrustTheDemoCaIsNotServed()
{
    // QNetworkAccessManager keeps one connection per host and port whatever the TLS
    // configuration, so the untrusting and the trusting client each get their own.
    const Answer answer =
        send(QByteArrayLiteral("POST"), QStringLiteral("/v1/activations"),
             bytesOf(requestBody(CommercialCode)), QSslConfiguration::systemCaCertificates());
    QCOMPARE(answer.error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(answer.status, 0);
    // The handshake failed before any request reached the service, which still serves
    // a client that trusts the demo CA.
    m_network = std::make_unique<QNetworkAccessManager>();
    QCOMPARE(activate(CommercialCode).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_service->requestCount(), 1, 10000);
}

QTEST_GUILESS_MAIN(TestService)
#include "tst_service.moc"
