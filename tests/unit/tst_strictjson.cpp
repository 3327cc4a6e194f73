// StrictJson: outside JSON is one UTF-8 object without duplicate keys or deep
// nesting, and canonical bytes are compact with sorted keys (DESIGN §3.0).
#include "core/StrictJson.h"

#include <QJsonArray>
#include <QTest>

using namespace LightAgent;

namespace {

QByteArray nested(int depth)
{
    // depth levels in all: the outer object plus depth - 1 arrays inside it.
    return "{\"x\":" + QByteArray(depth - 1, '[') + QByteArray(depth - 1, ']') + "}";
}

} // namespace

class TestStrictJson : public QObject
{
    Q_OBJECT

private slots:
    void acceptsObjects_data();
    void acceptsObjects();
    void refuses_data();
    void refuses();
    void canonicalBytes_data();
    void canonicalBytes();
    void utf8Validation_data();
    void utf8Validation();
};

void TestStrictJson::acceptsObjects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("fieldCount");

    QTest::newRow("empty object") << QByteArray("{}") << 0;
    QTest::newRow("surrounding whitespace") << QByteArray(" \n{\"a\": 1}\r\n ") << 1;
    QTest::newRow("same key in nested objects") << QByteArray("{\"a\":{\"a\":{\"a\":1}}}") << 1;
    QTest::newRow("same key in sibling objects")
        << QByteArray("{\"x\":[{\"a\":1},{\"a\":2}],\"y\":{\"a\":3}}") << 2;
    QTest::newRow("key text inside a value")
        << QByteArray("{\"a\":\"\\\"a\\\":{}[\",\"b\":\"a\"}") << 2;
    QTest::newRow("escaped quote in a key") << QByteArray("{\"a\\\"b\":1,\"a\":2}") << 2;
    QTest::newRow("non-ASCII keys") << QByteArray("{\"\xc3\xa9t\xc3\xa9\":1,\"ete\":2}") << 2;
    QTest::newRow("nested exactly 64 deep") << nested(64) << 1;
}

void TestStrictJson::acceptsObjects()
{
    QFETCH(QByteArray, bytes);
    auto parsed = StrictJson::parseObject(bytes);
    QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().message));
    QTEST(int(parsed->size()), "fieldCount");
}

void TestStrictJson::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("phrase");

    auto row = [](const char *name, const QByteArray &bytes, const char *reason,
                  const char *phrase) {
        QTest::newRow(name) << bytes << QString::fromLatin1(reason) << QString::fromUtf8(phrase);
    };
    row("nothing", QByteArray(), "empty", "empty");
    row("whitespace", " \t\n\r ", "empty", "empty");
    row("not JSON", "hello", "not-json", "not valid JSON");
    row("unterminated object", "{\"a\":1", "not-json", "not valid JSON");
    row("trailing garbage", "{\"a\":1} x", "not-json", "not valid JSON");
    row("two objects", "{}{}", "not-json", "not valid JSON");
    row("top-level list of scalars", "1, 2", "not-json", "not valid JSON");
    row("array", "[{\"a\":1}]", "not-object", "not a JSON object");
    row("string", "\"text\"", "not-object", "not a JSON object");
    row("number", "12.5", "not-object", "not a JSON object");
    row("null", "null", "not-object", "not a JSON object");
    row("true", "true", "not-object", "not a JSON object");
    row("invalid UTF-8", "{\"a\":\"\xff\"}", "not-utf8", "not UTF-8");
    row("duplicate key", "{\"a\":1,\"a\":1}", "duplicate-key", "\"a\" twice");
    row("duplicate key, other values", "{\"a\":1,\"b\":2,\"a\":\"x\"}", "duplicate-key",
        "\"a\" twice");
    row("duplicate key written with an escape", "{\"ab\":1,\"\\u0061b\":2}", "duplicate-key",
        "\"ab\" twice");
    row("duplicate key in a nested object", "{\"o\":{\"k\":1,\"k\":2}}", "duplicate-key",
        "\"k\" twice");
    row("duplicate key in an object in an array", "{\"l\":[1,{\"k\":1,\"k\":2}]}", "duplicate-key",
        "\"k\" twice");
    row("nested 65 deep", nested(65), "too-deep", "more than 64 levels");
}

void TestStrictJson::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    QFETCH(QString, phrase);
    auto parsed = StrictJson::parseObject(bytes);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().reason, reason);
    QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
    QVERIFY2(parsed.error().message.contains(phrase), qPrintable(parsed.error().message));
}

void TestStrictJson::canonicalBytes_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty") << QJsonObject() << QByteArray("{}");
    QTest::newRow("keys sorted, compact")
        << QJsonObject {{QStringLiteral("b"), 1},
                        {QStringLiteral("a"), QJsonArray {true, QJsonValue()}},
                        {QStringLiteral("C"), QStringLiteral("x")}}
        << QByteArray("{\"C\":\"x\",\"a\":[true,null],\"b\":1}");
    QTest::newRow("nested objects sorted too")
        << QJsonObject {{QStringLiteral("z"),
                         QJsonObject {{QStringLiteral("y"), 2}, {QStringLiteral("x"), 1}}}}
        << QByteArray("{\"z\":{\"x\":1,\"y\":2}}");
    QTest::newRow("UTF-8, not escaped")
        << QJsonObject {{QStringLiteral("hl"), QStringLiteral("ru-RU \u0440\u0443")}}
        << QByteArray("{\"hl\":\"ru-RU \xd1\x80\xd1\x83\"}");
    QTest::newRow("quotes and control characters escaped")
        << QJsonObject {{QStringLiteral("t"), QStringLiteral("a\"b\\c\n")}}
        << QByteArray("{\"t\":\"a\\\"b\\\\c\\n\"}");
}

void TestStrictJson::canonicalBytes()
{
    QFETCH(QJsonObject, object);
    QFETCH(QByteArray, expected);
    QCOMPARE(StrictJson::canonical(object), expected);
    // Canonical bytes read back to the same object and are a fixed point.
    auto reparsed = StrictJson::parseObject(expected);
    QVERIFY(reparsed.ok());
    QCOMPARE(StrictJson::canonical(reparsed.value()), expected);
}

void TestStrictJson::utf8Validation_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");

    QTest::newRow("ASCII") << QByteArray("plain") << true;
    QTest::newRow("two-byte") << QByteArray("caf\xc3\xa9") << true;
    QTest::newRow("four-byte") << QByteArray("\xf0\x9f\x94\x91") << true;
    QTest::newRow("Latin-1 byte") << QByteArray("caf\xe9") << false;
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << false;
    QTest::newRow("UTF-16 surrogate") << QByteArray("\xed\xa0\x80") << false;
    QTest::newRow("cut-off sequence") << QByteArray("\xe2\x82") << false;
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << false;
}

void TestStrictJson::utf8Validation()
{
    QFETCH(QByteArray, bytes);
    QTEST(StrictJson::isValidUtf8(bytes), "valid");
}

QTEST_GUILESS_MAIN(TestStrictJson)
#include "tst_strictjson.moc"
