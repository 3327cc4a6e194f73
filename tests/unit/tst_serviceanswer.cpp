// The licensing service's answers are hostile until checked (DESIGN §3.1, §3.2).
#include "common/TestKeys.h"
#include "help/LanguageLoader.h"
#include "provision/ServiceAnswer.h"

#include <QJsonDocument>
#include <QTest>

using namespace LightAgent;

class TestServiceAnswer : public QObject
{
    Q_OBJECT

private slots:
    void goodActivationAnswer();
    void badActivationAnswers_data();
    void badActivationAnswers();
    void documentedErrors_data();
    void documentedErrors();
    void serviceWordsStandApartFromOurSentence_data();
    void serviceWordsStandApartFromOurSentence();
    void checkAnswers_data();
    void checkAnswers();
};

namespace {

const QString Digest = QString(64, QLatin1Char('a'));

QJsonObject keyObject(const QJsonObject &overrides = {})
{
    return QJsonDocument::fromJson(Test::keyFile(overrides)).object();
}

HttpResponse answer(int status, const QJsonObject &body)
{
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

QJsonObject goodBody()
{
    return QJsonObject {{QStringLiteral("key"), keyObject()},
                        {QStringLiteral("recheckAfterSeconds"), 86400},
                        {QStringLiteral("receivedSha256"), Digest}};
}

QJsonObject with(QJsonObject object, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return object;
}

} // namespace

void TestServiceAnswer::goodActivationAnswer()
{
    auto parsed = ServiceAnswer::activation(answer(200, goodBody()), Test::demoProfile());
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed.value().recheckAfterSeconds, 86400);
    QCOMPARE(parsed.value().receivedSha256, Digest);
    QCOMPARE(parsed.value().key.license().serial, QStringLiteral("0C0-111111-22222222"));
}

void TestServiceAnswer::badActivationAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");
    auto json = [](const QJsonObject &o) {
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    QTest::newRow("not json") << 200 << QByteArray("<html>") << QStringLiteral("malformed-answer");
    QTest::newRow("array") << 200 << QByteArray("[]") << QStringLiteral("malformed-answer");
    QTest::newRow("no key") << 200
                            << json(with(goodBody(), QStringLiteral("key"), QJsonValue::Undefined))
                            << QStringLiteral("malformed-answer");
    QTest::newRow("key is a string")
        << 200 << json(with(goodBody(), QStringLiteral("key"), QStringLiteral("x")))
        << QStringLiteral("malformed-answer");
    QTest::newRow("digest not hex")
        << 200 << json(with(goodBody(), QStringLiteral("receivedSha256"), QStringLiteral("zz")))
        << QStringLiteral("malformed-answer");
    QTest::newRow("digest upper case")
        << 200
        << json(with(goodBody(), QStringLiteral("receivedSha256"), QString(64, QLatin1Char('A'))))
        << QStringLiteral("malformed-answer");
    QTest::newRow("recheck negative")
        << 200 << json(with(goodBody(), QStringLiteral("recheckAfterSeconds"), -1))
        << QStringLiteral("malformed-answer");
    QTest::newRow("recheck a string")
        << 200 << json(with(goodBody(), QStringLiteral("recheckAfterSeconds"), QStringLiteral("1")))
        << QStringLiteral("malformed-answer");
    QTest::newRow("recheck over a year")
        << 200 << json(with(goodBody(), QStringLiteral("recheckAfterSeconds"), 1e12))
        << QStringLiteral("malformed-answer");
    QJsonObject tampered = keyObject();
    tampered.insert(
        QStringLiteral("license"),
        QString::fromLatin1(
            Test::canonical(Test::licenseDocument({{QStringLiteral("count"), 9999}})).toBase64()));
    QTest::newRow("key tampered") << 200 << json(with(goodBody(), QStringLiteral("key"), tampered))
                                  << QStringLiteral("returned-key-invalid");
    QTest::newRow("key for another product")
        << 200
        << json(with(goodBody(), QStringLiteral("key"),
                     keyObject({{QStringLiteral("product"), QStringLiteral("OTHER")}})))
        << QStringLiteral("returned-key-wrong-product");
    QJsonObject unknownSigner = keyObject();
    unknownSigner.insert(QStringLiteral("signer"), QStringLiteral("mallory"));
    QTest::newRow("key by unknown signer")
        << 200 << json(with(goodBody(), QStringLiteral("key"), unknownSigner))
        << QStringLiteral("returned-key-invalid");
    QTest::newRow("error without body") << 502 << QByteArray() << QStringLiteral("service-error");
    QTest::newRow("error with junk code")
        << 400
        << json(QJsonObject {{QStringLiteral("error"),
                              QJsonObject {{QStringLiteral("code"), QStringLiteral("<script>")}}}})
        << QStringLiteral("service-error");
}

void TestServiceAnswer::badActivationAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    HttpResponse response;
    response.status = status;
    response.body = body;
    auto parsed = ServiceAnswer::activation(response, Test::demoProfile());
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().reason, reason);
    QVERIFY(!parsed.error().message.isEmpty());
}

void TestServiceAnswer::documentedErrors_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("INVALID_CODE") << QStringLiteral("INVALID_CODE") << QStringLiteral("not valid");
    QTest::newRow("CODE_NOT_FOUND")
        << QStringLiteral("CODE_NOT_FOUND") << QStringLiteral("does not know");
    QTest::newRow("CODE_BLOCKED") << QStringLiteral("CODE_BLOCKED") << QStringLiteral("blocked");
    QTest::newRow("CODE_EXPIRED") << QStringLiteral("CODE_EXPIRED") << QStringLiteral("expired");
    QTest::newRow("ACTIVATION_LIMIT")
        << QStringLiteral("ACTIVATION_LIMIT") << QStringLiteral("as many SVMs");
    QTest::newRow("WRONG_PRODUCT")
        << QStringLiteral("WRONG_PRODUCT") << QStringLiteral("different product");
    QTest::newRow("BAD_REQUEST") << QStringLiteral("BAD_REQUEST")
                                 << QStringLiteral("could not read");
    QTest::newRow("INTERNAL") << QStringLiteral("INTERNAL") << QStringLiteral("failed to process");
}

void TestServiceAnswer::documentedErrors()
{
    QFETCH(QString, code);
    QFETCH(QString, phrase);
    const QJsonObject body {
        {QStringLiteral("error"),
         QJsonObject {{QStringLiteral("code"), code},
                      {QStringLiteral("message"), QStringLiteral("said\nby service")}}}};
    const Error error = ServiceAnswer::serviceError(answer(403, body));
    QCOMPARE(error.code, ErrorCode::Service);
    QCOMPARE(error.reason, code);
    QVERIFY2(error.message.contains(phrase), qPrintable(error.message));
    // The service's words keep their line break, made visible (network text is escaped).
    QVERIFY2(error.message.contains(QStringLiteral("said\\u000aby service")),
             qPrintable(error.message));
}

// The console says what a code means in the interface language; the service's own
// words (in whatever language the service speaks) only when they add something, on
// a line of their own and labelled as the service's.
void TestServiceAnswer::serviceWordsStandApartFromOurSentence_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("serviceWords");
    QTest::addColumn<QString>("expected");
    const QString blocked = QStringLiteral("The activation code has been blocked by the vendor.");
    QTest::newRow("English, the words repeat ours")
        << QStringLiteral("en-US") << blocked << blocked;
    QTest::newRow("Russian, the words repeat our English")
        << QStringLiteral("ru-RU") << blocked
        << QStringLiteral("Код активации заблокирован поставщиком.");
    QTest::newRow("Russian, words of its own")
        << QStringLiteral("ru-RU") << QStringLiteral("Blocked after ticket 4711.")
        << QStringLiteral("Код активации заблокирован поставщиком.\n"
                          "Сообщение самой службы: \"Blocked after ticket 4711.\"");
    QTest::newRow("English, words of its own")
        << QStringLiteral("en-US") << QStringLiteral("Blocked after ticket 4711.")
        << blocked + QStringLiteral("\nIn the service's own words: \"Blocked after ticket 4711.\"");
    QTest::newRow("Russian, no words") << QStringLiteral("ru-RU") << QString()
                                       << QStringLiteral("Код активации заблокирован поставщиком.");
}

void TestServiceAnswer::serviceWordsStandApartFromOurSentence()
{
    QFETCH(QString, language);
    QFETCH(QString, serviceWords);
    QFETCH(QString, expected);
    QCOMPARE(LanguageLoader::install(language), language);
    QJsonObject error {{QStringLiteral("code"), QStringLiteral("CODE_BLOCKED")}};
    if (!serviceWords.isEmpty())
        error.insert(QStringLiteral("message"), serviceWords);
    const Error answered =
        ServiceAnswer::serviceError(answer(403, QJsonObject {{QStringLiteral("error"), error}}));
    LanguageLoader::install(QStringLiteral("en-US"));
    QCOMPARE(answered.reason, QStringLiteral("CODE_BLOCKED"));
    QCOMPARE(answered.message, expected);
}

void TestServiceAnswer::checkAnswers_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("status");
    const QJsonObject base {{QStringLiteral("recheckAfterSeconds"), 3600},
                            {QStringLiteral("receivedSha256"), Digest}};
    QTest::newRow("active") << with(base, QStringLiteral("status"), QStringLiteral("active"))
                            << true << int(CheckAnswer::Status::Active);
    QTest::newRow("blocked") << with(base, QStringLiteral("status"), QStringLiteral("blocked"))
                             << true << int(CheckAnswer::Status::Blocked);
    QTest::newRow("expired") << with(base, QStringLiteral("status"), QStringLiteral("expired"))
                             << true << int(CheckAnswer::Status::Expired);
    QTest::newRow("unknown status")
        << with(base, QStringLiteral("status"), QStringLiteral("fine")) << false << 0;
    QTest::newRow("missing status") << base << false << 0;
}

void TestServiceAnswer::checkAnswers()
{
    QFETCH(QJsonObject, body);
    QFETCH(bool, ok);
    QFETCH(int, status);
    auto parsed = ServiceAnswer::check(answer(200, body));
    QCOMPARE(parsed.ok(), ok);
    if (ok)
        QCOMPARE(int(parsed.value().status), status);
    else
        QCOMPARE(parsed.error().reason, QStringLiteral("malformed-answer"));
}

QTEST_GUILESS_MAIN(TestServiceAnswer)
#include "tst_serviceanswer.moc"
