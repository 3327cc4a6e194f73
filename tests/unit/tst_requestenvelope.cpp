// The frozen envelope: canonical bytes, their digest, masking, and the wire form.
#include "core/Crypto.h"
#include "provision/RequestEnvelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace LightAgent;

class TestRequestEnvelope : public QObject
{
    Q_OBJECT

private slots:
    void bodyIsCanonicalCompactSortedJson();
    void digestIsOfTheExactBody();
    void secretFieldIsMaskedButTheDigestIsOfTheUnmaskedBody();
    void maskKeepsOnlyTheLastGroup_data();
    void maskKeepsOnlyTheLastGroup();
    void wireBytesCarryOnlyTheDeclaredHeaders();
    void copiesShareTheSameBytes();
};

namespace {
const QUrl Url(QStringLiteral("https://127.0.0.1:47443/v1/activations"));
}

void TestRequestEnvelope::bodyIsCanonicalCompactSortedJson()
{
    const QJsonObject body {{QStringLiteral("z"), 1},
                            {QStringLiteral("a"), QStringLiteral("ä")},
                            {QStringLiteral("m"), QJsonArray {1, 2}}};
    const auto envelope = RequestEnvelope::postJson(TransmissionKind::Activation, Url, body);
    QCOMPARE(envelope.body(), QByteArray("{\"a\":\"\xc3\xa4\",\"m\":[1,2],\"z\":1}"));
}

void TestRequestEnvelope::digestIsOfTheExactBody()
{
    const auto envelope = RequestEnvelope::postJson(TransmissionKind::Activation, Url,
                                                    QJsonObject {{QStringLiteral("a"), 1}});
    // sha256('{"a":1}') computed independently of the code under test
    QCOMPARE(envelope.sha256(),
             QString::fromLatin1(
                 QCryptographicHash::hash("{\"a\":1}", QCryptographicHash::Sha256).toHex()));
}

void TestRequestEnvelope::secretFieldIsMaskedButTheDigestIsOfTheUnmaskedBody()
{
    const QString code = QStringLiteral("A11A1-11111-1A1AA-1A11P");
    const auto envelope = RequestEnvelope::postJson(
        TransmissionKind::Activation, Url, QJsonObject {{QStringLiteral("activationCode"), code}},
        {QStringLiteral("activationCode")});
    QVERIFY(envelope.body().contains(code.toLatin1()));
    QVERIFY(!envelope.maskedBody().contains("A11A1"));
    QVERIFY(envelope.maskedBody().contains("*****-*****-*****-1A11P"));
    QCOMPARE(envelope.sha256(), Crypto::sha256Hex(envelope.body()));
}

void TestRequestEnvelope::maskKeepsOnlyTheLastGroup_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("masked");
    QTest::newRow("grouped") << QStringLiteral("ABCDE-FGHIJ-KLMNO-PQRST")
                             << QStringLiteral("*****-*****-*****-PQRST");
    QTest::newRow("no dashes") << QStringLiteral("ABCDEFGHIJ") << QStringLiteral("*****FGHIJ");
    QTest::newRow("short") << QStringLiteral("ABC") << QStringLiteral("ABC");
}

void TestRequestEnvelope::maskKeepsOnlyTheLastGroup()
{
    QFETCH(QString, input);
    QFETCH(QString, masked);
    QCOMPARE(RequestEnvelope::maskSecret(input), masked);
}

void TestRequestEnvelope::wireBytesCarryOnlyTheDeclaredHeaders()
{
    const auto envelope = RequestEnvelope::postJson(TransmissionKind::Activation, Url,
                                                    QJsonObject {{QStringLiteral("a"), 1}});
    const QByteArray wire = envelope.wireBytes();
    const qsizetype split = wire.indexOf("\r\n\r\n");
    QVERIFY(split > 0);
    QCOMPARE(wire.mid(split + 4), envelope.body());
    const QList<QByteArray> lines = wire.left(split).split('\n');
    QCOMPARE(lines.first().trimmed(), QByteArray("POST /v1/activations HTTP/1.1"));
    QStringList names;
    for (qsizetype i = 1; i < lines.size(); ++i)
        names.append(QString::fromLatin1(lines.at(i).left(lines.at(i).indexOf(':'))).toLower());
    names.sort();
    QCOMPARE(names,
             (QStringList {QStringLiteral("accept"), QStringLiteral("connection"),
                           QStringLiteral("content-length"), QStringLiteral("content-type"),
                           QStringLiteral("host"), QStringLiteral("user-agent")}));
    QVERIFY(wire.contains("Host: 127.0.0.1:47443\r\n"));
    QVERIFY(wire.contains("User-Agent: LightAgentConsole\r\n"));
    QVERIFY(wire.contains("Content-Length: 7\r\n"));
}

void TestRequestEnvelope::copiesShareTheSameBytes()
{
    const auto envelope = RequestEnvelope::postJson(TransmissionKind::DatabaseUpdate, Url,
                                                    QJsonObject {{QStringLiteral("a"), 1}});
    const RequestEnvelope copy = envelope;
    QCOMPARE(copy.body().constData(), envelope.body().constData());
    QCOMPARE(copy.sha256(), envelope.sha256());
}

QTEST_GUILESS_MAIN(TestRequestEnvelope)
#include "tst_requestenvelope.moc"
