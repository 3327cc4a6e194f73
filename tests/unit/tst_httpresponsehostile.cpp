// What the fuzzer (tests/fuzz/fuzz_httpresponse) found in HttpResponseParser, kept
// as cases: a chunk size near 2^63 that overflowed the limit check, a NUL inside a
// length where QByteArray::toLongLong stops and calls the rest a number, and limits
// that gave another answer when the same bytes arrived split differently; and two
// Content-Lengths that disagree, where the first was used. Every case is fed whole
// and one byte at a time, and must end the same way.
#include "net/HttpResponseParser.h"

#include <QTest>

using namespace LightAgent;
using State = HttpResponseParser::State;

namespace {

constexpr qsizetype MaxBody = 1024;

struct Outcome
{
    State state = State::NeedMore;
    QString reason;
    QByteArray body;
};

Outcome parse(const QByteArray &wire, qsizetype pieceSize)
{
    HttpResponseParser parser(MaxBody);
    for (qsizetype at = 0; at < wire.size() && parser.state() == State::NeedMore; at += pieceSize)
        parser.feed(wire.mid(at, pieceSize));
    if (parser.state() == State::NeedMore)
        parser.finish();
    Outcome outcome {parser.state(), {}, parser.response().body};
    if (parser.state() == State::Failed)
        outcome.reason = parser.error().reason;
    return outcome;
}

// A literal with NULs inside, all of it but the terminating one.
template<qsizetype N> QByteArray bytes(const char (&literal)[N])
{
    return QByteArray(literal, N - 1);
}

QByteArray chunked(const QByteArray &chunks)
{
    return "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + chunks;
}

} // namespace

class TestHttpResponseHostile : public QObject
{
    Q_OBJECT

private slots:
    void sameAnswerHoweverSplit_data();
    void sameAnswerHoweverSplit();
    void repeatedLengthIsOneLength();
};

void TestHttpResponseHostile::sameAnswerHoweverSplit_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("reason");
    auto row = [](const char *name, const QByteArray &wire, State state, const char *reason) {
        QTest::newRow(name) << wire << int(state) << QString::fromLatin1(reason);
    };
    row("chunk size 2^63-1 after a chunk (overflowed the limit check)",
        chunked("1\r\n{\r\n7fffffffffffffff\r\n"), State::Failed, "malformed-response");
    row("chunk size 2^60-1 after a chunk", chunked("1\r\n{\r\nfffffffffffffff\r\n"), State::Failed,
        "response-too-large");
    row("chunk size with a NUL and a size line over 64 bytes",
        chunked("1\r\n{\r\n7ffff3" + QByteArray(70, '\0') + "\r\n"), State::Failed,
        "malformed-response");
    row("chunk size with a NUL inside", chunked(bytes("2\0zz\r\n{}\r\n0\r\n\r\n")), State::Failed,
        "malformed-response");
    row("chunk size line of 65 bytes", chunked(QByteArray(64, ' ') + "2\r\n{}\r\n0\r\n\r\n"),
        State::Failed, "malformed-response");
    row("chunk size line of 64 bytes", chunked(QByteArray(63, ' ') + "2\r\n{}\r\n0\r\n\r\n"),
        State::Complete, "");
    row("chunk size with leading zeros", chunked("0000000000000000002\r\n{}\r\n0\r\n\r\n"),
        State::Complete, "");
    row("a negative chunk size", chunked("-2\r\n{}\r\n0\r\n\r\n"), State::Failed,
        "malformed-response");
    row("oversized trailers", chunked("0\r\nX: " + QByteArray(20000, 'x') + "\r\n\r\n"),
        State::Failed, "malformed-response");
    row("Content-Length with a NUL inside",
        bytes("HTTP/1.1 200 OK\r\nContent-Length: 2\0 9\r\n\r\n{}"), State::Failed,
        "malformed-response");
    row("Content-Length with a sign", "HTTP/1.1 200 OK\r\nContent-Length: +2\r\n\r\n{}",
        State::Failed, "malformed-response");
    row("a status with a NUL inside", bytes("HTTP/1.1 2\0 OK\r\nContent-Length: 0\r\n\r\n"),
        State::Failed, "malformed-response");
    // RFC 9112 §6.3: the first length used to win, and the rest was taken as the next
    // answer's bytes.
    row("two Content-Lengths that disagree",
        "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 5\r\n\r\n{}abc", State::Failed,
        "conflicting-length");
    row("a Content-Length list that disagrees",
        "HTTP/1.1 200 OK\r\nContent-Length: 2, 5\r\n\r\n{}abc", State::Failed,
        "conflicting-length");
    row("a Content-Length list with an empty item",
        "HTTP/1.1 200 OK\r\nContent-Length: 2,\r\n\r\n{}", State::Failed, "malformed-response");
    row("the same Content-Length twice",
        "HTTP/1.1 200 OK\r\nContent-Length: 2\r\ncontent-length: 02\r\n\r\n{}", State::Complete,
        "");
    row("the same Content-Length as a list", "HTTP/1.1 200 OK\r\nContent-Length: 2 , 2\r\n\r\n{}",
        State::Complete, "");
    const QByteArray padding = "X: " + QByteArray(HttpResponseParser::MaxHeadBytes, 'h');
    const QByteArray start = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n";
    const QByteArray exact = start + padding.left(HttpResponseParser::MaxHeadBytes - start.size());
    row("a head of exactly the limit", exact + "\r\n\r\n{}", State::Complete, "");
    row("a head one byte over the limit", exact + "h\r\n\r\n{}", State::Failed,
        "malformed-response");
}

void TestHttpResponseHostile::sameAnswerHoweverSplit()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, state);
    QFETCH(QString, reason);
    const Outcome whole = parse(wire, wire.size());
    QCOMPARE(int(whole.state), state);
    QCOMPARE(whole.reason, reason);
    for (const qsizetype piece : {1, 3, 7, 64}) {
        const Outcome split = parse(wire, piece);
        QCOMPARE(int(split.state), state);
        QCOMPARE(split.reason, reason);
        QCOMPARE(split.body, whole.body);
    }
}

void TestHttpResponseHostile::repeatedLengthIsOneLength()
{
    for (const QByteArray &head : {QByteArray("Content-Length: 2\r\nContent-Length: 2\r\n"),
                                   QByteArray("Content-Length: 2,2\r\n")}) {
        const Outcome outcome = parse("HTTP/1.1 200 OK\r\n" + head + "\r\n{}", 1);
        QCOMPARE(int(outcome.state), int(State::Complete));
        QCOMPARE(outcome.body, QByteArray("{}"));
    }
}

QTEST_GUILESS_MAIN(TestHttpResponseHostile)
#include "tst_httpresponsehostile.moc"
