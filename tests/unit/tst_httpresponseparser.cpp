// The HTTP answer parser: every way a hostile or broken service can answer.
#include "net/HttpResponseParser.h"

#include <QTest>

using namespace LightAgent;

class TestHttpResponseParser : public QObject
{
    Q_OBJECT

private slots:
    void completeAnswers_data();
    void completeAnswers();
    void byteByByteGivesTheSameAnswer();
    void refusedAnswers_data();
    void refusedAnswers();
    void bodyDelimitedByCloseCompletesOnFinish();
    void closeBeforeTheEndIsTruncated();
};

void TestHttpResponseParser::completeAnswers_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("content-length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Type: "
                      "application/json\r\n\r\nhello")
        << 200 << QByteArray("hello");
    QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: "
                                           "chunked\r\n\r\n3\r\nhel\r\n2\r\nlo\r\n0\r\n\r\n")
                             << 200 << QByteArray("hello");
    QTest::newRow("chunked with extension and trailer")
        << QByteArray("HTTP/1.1 404 Not Found\r\nTransfer-Encoding: "
                      "chunked\r\n\r\n5;x=y\r\nhello\r\n0\r\nX-T: 1\r\n\r\n")
        << 404 << QByteArray("hello");
    QTest::newRow("empty body") << QByteArray(
                                       "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n")
                                << 204 << QByteArray();
    QTest::newRow("HTTP/1.0") << QByteArray("HTTP/1.0 500 Oops\r\nContent-Length: 2\r\n\r\n{}")
                              << 500 << QByteArray("{}");
}

void TestHttpResponseParser::completeAnswers()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    HttpResponseParser parser(1024);
    QCOMPARE(parser.feed(wire), HttpResponseParser::State::Complete);
    QCOMPARE(parser.response().status, status);
    QCOMPARE(parser.response().body, body);
}

void TestHttpResponseParser::byteByByteGivesTheSameAnswer()
{
    const QByteArray wire(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nabcd\r\n0\r\n\r\n");
    HttpResponseParser parser(1024);
    HttpResponseParser::State state = HttpResponseParser::State::NeedMore;
    for (char c : wire)
        state = parser.feed(QByteArray(1, c));
    QCOMPARE(state, HttpResponseParser::State::Complete);
    QCOMPARE(parser.response().body, QByteArray("abcd"));
}

void TestHttpResponseParser::refusedAnswers_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH\r\n\r\n")
                              << QStringLiteral("malformed-response");
    QTest::newRow("status out of range")
        << QByteArray("HTTP/1.1 999 Huh\r\n\r\n") << QStringLiteral("malformed-response");
    QTest::newRow("header without colon")
        << QByteArray("HTTP/1.1 200 OK\r\nbroken\r\n\r\n") << QStringLiteral("malformed-response");
    QTest::newRow("negative length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n")
                                     << QStringLiteral("malformed-response");
    QTest::newRow("declared length over the cap")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1073741824\r\n\r\n")
        << QStringLiteral("response-too-large");
    QTest::newRow("chunks over the cap")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n800\r\n")
        << QStringLiteral("response-too-large");
    QTest::newRow("bad chunk size")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
        << QStringLiteral("malformed-response");
    QTest::newRow("endless header") << QByteArray("HTTP/1.1 200 OK\r\nX: ") + QByteArray(20000, 'a')
                                    << QStringLiteral("malformed-response");
    QTest::newRow("unframed body over the cap") << QByteArray("HTTP/1.1 200 OK\r\n\r\n") +
            QByteArray(2000, 'a') << QStringLiteral("response-too-large");
}

void TestHttpResponseParser::refusedAnswers()
{
    QFETCH(QByteArray, wire);
    QFETCH(QString, reason);
    HttpResponseParser parser(1024);
    QCOMPARE(parser.feed(wire), HttpResponseParser::State::Failed);
    QCOMPARE(parser.error().reason, reason);
    QVERIFY(!parser.error().message.isEmpty());
}

void TestHttpResponseParser::bodyDelimitedByCloseCompletesOnFinish()
{
    HttpResponseParser parser(1024);
    QCOMPARE(parser.feed("HTTP/1.1 200 OK\r\n\r\n{\"a\":1}"), HttpResponseParser::State::NeedMore);
    QCOMPARE(parser.finish(), HttpResponseParser::State::Complete);
    QCOMPARE(parser.response().body, QByteArray("{\"a\":1}"));
}

void TestHttpResponseParser::closeBeforeTheEndIsTruncated()
{
    HttpResponseParser parser(1024);
    QCOMPARE(parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"),
             HttpResponseParser::State::NeedMore);
    QCOMPARE(parser.finish(), HttpResponseParser::State::Failed);
    QCOMPARE(parser.error().reason, QStringLiteral("truncated-response"));
}

QTEST_GUILESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
