// The journal's witness: each entry, once committed, goes to the system log as one
// line (seq, event, kind, body digest, new head; never the body), received here by
// the test's own Unix datagram socket standing in for /dev/log. And the head kept
// that way catches what the journal alone cannot: its last entries removed together
// with its own head (the attack, with SQL on the state file), or its chain rewritten.
#include "JournalFixture.h"
#include "net/SystemLog.h"

#include <QScopeGuard>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>

using namespace LightAgent;
using namespace LightAgent::Test;

namespace {

// A bound Unix datagram socket: what syslogd or journald listens on.
class SyslogListener
{
public:
    explicit SyslogListener(const QString &path)
    {
        const QByteArray name = QFile::encodeName(path);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        if (size_t(name.size()) >= sizeof(address.sun_path))
            return;
        std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        if (m_fd >= 0 &&
            ::bind(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) != 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }
    ~SyslogListener()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    SyslogListener(const SyslogListener &) = delete;
    SyslogListener &operator=(const SyslogListener &) = delete;

    bool isValid() const { return m_fd >= 0; }

    // The datagrams that have arrived; a datagram to a local socket arrives during the
    // send() call, so what was sent is here when the journal returns.
    QList<QByteArray> received()
    {
        QList<QByteArray> lines;
        char buffer[4096];
        for (;;) {
            const ssize_t size = ::recv(m_fd, buffer, sizeof(buffer), MSG_DONTWAIT);
            if (size < 0)
                return lines;
            lines.append(QByteArray(buffer, qsizetype(size)));
        }
    }

private:
    int m_fd = -1;
};

} // namespace

class TestJournalWitness : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyEntryGoesToTheSystemLog();
    void aRolledBackEntryIsNotWitnessed();
    void noSystemLogNeverFailsATransmission();
    void headIsTheLastEntry();
    void truncationWithARewrittenHeadPassesVerifyButNotTheKeptHead();
    void fullRewriteOfTheChainIsCaughtByTheKeptHead();
    void keptHeadOfAnIntactJournal();
    void parsesHeads_data();
    void parsesHeads();

private:
    JournalFixture m_fx;
    std::unique_ptr<QTemporaryDir> m_socketDir;
    std::unique_ptr<SyslogListener> m_listener;
};

void TestJournalWitness::init()
{
    QVERIFY(m_fx.open());
    m_socketDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_socketDir->isValid());
    const QString socket = m_socketDir->filePath(QStringLiteral("log"));
    m_listener = std::make_unique<SyslogListener>(socket);
    QVERIFY(m_listener->isValid());
    qputenv(SystemLog::SocketVariable, QFile::encodeName(socket));
}

void TestJournalWitness::cleanup()
{
    qunsetenv(SystemLog::SocketVariable);
    m_listener.reset();
    m_socketDir.reset();
    m_fx.close();
}

void TestJournalWitness::everyEntryGoesToTheSystemLog()
{
    const RequestEnvelope envelope = activationEnvelope();
    auto seq = m_fx.journal->recordRequest(envelope);
    QVERIFY(seq);
    auto requestHead = m_fx.journal->head();
    QVERIFY(requestHead);
    QVERIFY(
        m_fx.journal->recordResult(seq.value(), TransmissionOutcome::sent(200, envelope.sha256())));
    auto resultHead = m_fx.journal->head();
    QVERIFY(resultHead);

    const QList<QByteArray> lines = m_listener->received();
    QCOMPARE(lines.size(), 2);
    const QString request = QString::fromUtf8(lines.at(0));
    // syslog(3)'s form: priority (user.notice), time stamp, tag and pid.
    QVERIFY2(request.startsWith(QStringLiteral("<13>")), qPrintable(request));
    QVERIFY2(request.contains(
                 QStringLiteral(" lightagent[%1]: ").arg(QCoreApplication::applicationPid())),
             qPrintable(request));
    QVERIFY2(request.endsWith(QStringLiteral("journal entry seq=1 event=request kind=activation "
                                             "body_sha256=%1 head=1:%2")
                                  .arg(envelope.sha256(), requestHead->hash)),
             qPrintable(request));
    QCOMPARE(requestHead->seq, 1);
    // Never the body: not the code, not the masked body, not a field of it.
    for (const QString &secret :
         {JournalCode, JournalCode.right(5), QStringLiteral("activationCode"),
          QStringLiteral("svmId"), QStringLiteral("ru-RU"),
          QString::fromLatin1(envelope.maskedBody().toBase64())})
        QVERIFY2(!request.contains(secret), qPrintable(secret));

    const QString result = QString::fromUtf8(lines.at(1));
    QVERIFY2(result.endsWith(QStringLiteral("journal entry seq=2 event=result kind=- "
                                            "body_sha256=- ref=1 outcome=sent head=2:%1")
                                 .arg(resultHead->hash)),
             qPrintable(result));
}

void TestJournalWitness::aRolledBackEntryIsNotWitnessed()
{
    const Status failed = m_fx.db->write([this]() -> Status {
        auto seq = m_fx.journal->recordRequest(updateEnvelope());
        if (!seq)
            return seq.error();
        return Error::make(ErrorCode::Internal, QStringLiteral("test"),
                           QStringLiteral("Something after the entry failed."));
    });
    QVERIFY(!failed);
    QCOMPARE(m_fx.journal->count().value(), 0);
    QCOMPARE(m_listener->received(), QList<QByteArray>());
    // The entry written next is witnessed as entry 1: the log and the journal agree.
    QVERIFY(m_fx.journal->recordRequest(updateEnvelope()));
    const QList<QByteArray> lines = m_listener->received();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.constFirst().contains(" seq=1 "), lines.constFirst().constData());
}

void TestJournalWitness::noSystemLogNeverFailsATransmission()
{
    qputenv(SystemLog::SocketVariable,
            QFile::encodeName(m_socketDir->filePath(QStringLiteral("no-such-socket"))));
    QVERIFY(m_fx.fill());
    QCOMPARE(m_fx.journal->count().value(), 10);
    QVERIFY(!SystemLog::send(QStringLiteral("nobody listens")));
    // A regular file where the socket should be is no listener either.
    QFile notASocket(m_socketDir->filePath(QStringLiteral("file")));
    QVERIFY(notASocket.open(QIODevice::WriteOnly));
    qputenv(SystemLog::SocketVariable, QFile::encodeName(notASocket.fileName()));
    QVERIFY(m_fx.journal->recordRequest(updateEnvelope()));
    QCOMPARE(m_fx.journal->count().value(), 11);
}

void TestJournalWitness::headIsTheLastEntry()
{
    auto empty = m_fx.journal->head();
    QVERIFY(empty);
    QCOMPARE(empty->toText(), QStringLiteral("0:") + ZeroHash);
    QVERIFY(m_fx.fill());
    auto head = m_fx.journal->head();
    QVERIFY(head);
    QCOMPARE(head->seq, 10);
    QCOMPARE(head->hash, m_fx.exported().value(9).value(QLatin1String("hash")).toString());
}

void TestJournalWitness::truncationWithARewrittenHeadPassesVerifyButNotTheKeptHead()
{
    QVERIFY(m_fx.fill());
    auto kept = m_fx.journal->head();
    QVERIFY(kept);
    // The attack: one SQL statement's worth of work on the state file.
    QCOMPARE(m_fx.tamper({QStringLiteral("DELETE FROM journal WHERE seq >= 9"),
                          QStringLiteral("UPDATE journal_head SET entries = 8, last_seq = 8, "
                                         "last_hash = (SELECT hash FROM journal WHERE seq = 8)")}),
             QString());
    auto plain = m_fx.journal->verify();
    QVERIFY(plain);
    QVERIFY2(plain->ok, "the journal alone cannot see this; if it can, the test is moot");
    QCOMPARE(plain->checked, 8);

    auto witnessed = m_fx.journal->verifyExtends(kept.value());
    QVERIFY(witnessed);
    QVERIFY(!witnessed->ok);
    QCOMPARE(witnessed->reason, QStringLiteral("anchor-missing"));
    QCOMPARE(witnessed->firstBadSeq, 10);
    QCOMPARE(witnessed->problem,
             QStringLiteral("The journal no longer has entry 10, which the head kept elsewhere "
                            "names: entries were removed and the journal's own head was changed "
                            "to hide it (the journal now ends at entry 8)."));
}

void TestJournalWitness::fullRewriteOfTheChainIsCaughtByTheKeptHead()
{
    QVERIFY(m_fx.fill());
    auto kept = m_fx.journal->head();
    QVERIFY(kept);
    // Entry 3's URL changed and every hash from there on recomputed by the published
    // rule, the head too: a chain that verifies, but another one.
    const QList<QJsonObject> lines = m_fx.exported();
    QCOMPARE(lines.size(), 10);
    QStringList statements;
    QString prevHash = lines.at(1).value(QLatin1String("hash")).toString();
    const QString evil = QStringLiteral("https://evil.example/v1/updates");
    for (int i = 2; i < lines.size(); ++i) {
        QJsonObject content = withoutHashes(lines.at(i));
        if (i == 2)
            content.insert(QStringLiteral("url"), evil);
        const QString hash = chainHash(prevHash, content);
        statements.append(
            QStringLiteral("UPDATE journal SET url = %1, prev_hash = '%2', "
                           "hash = '%3' WHERE seq = %4")
                .arg(i == 2 ? QLatin1Char('\'') + evil + QLatin1Char('\'') : QStringLiteral("url"),
                     prevHash, hash)
                .arg(i + 1));
        prevHash = hash;
    }
    statements.append(QStringLiteral("UPDATE journal_head SET last_hash = '%1'").arg(prevHash));
    QCOMPARE(m_fx.tamper(statements), QString());
    auto plain = m_fx.journal->verify();
    QVERIFY(plain);
    QVERIFY2(plain->ok, qPrintable(plain->problem));
    QCOMPARE(m_fx.journal->entry(3)->url.toString(), evil);

    auto witnessed = m_fx.journal->verifyExtends(kept.value());
    QVERIFY(witnessed);
    QVERIFY(!witnessed->ok);
    QCOMPARE(witnessed->reason, QStringLiteral("anchor-differs"));
    QCOMPARE(witnessed->firstBadSeq, 10);
    QVERIFY2(witnessed->problem.contains(kept->hash), qPrintable(witnessed->problem));
}

void TestJournalWitness::keptHeadOfAnIntactJournal()
{
    QVERIFY(m_fx.fill());
    auto middle = m_fx.journal->entry(4);
    QVERIFY(middle);
    // A head kept earlier is extended by every entry written since.
    auto extends = m_fx.journal->verifyExtends(JournalAnchor {4, middle->hash});
    QVERIFY(extends);
    QVERIFY2(extends->ok, qPrintable(extends->problem));
    QCOMPARE(extends->checked, 10);
    auto start = m_fx.journal->verifyExtends(JournalAnchor {0, ZeroHash});
    QVERIFY(start);
    QVERIFY(start->ok);
    // A kept head beyond the end: entries were removed with the head rewritten.
    auto beyond = m_fx.journal->verifyExtends(JournalAnchor {11, middle->hash});
    QVERIFY(beyond);
    QCOMPARE(beyond->reason, QStringLiteral("anchor-missing"));
}

void TestJournalWitness::parsesHeads_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    const QString hash = QString(63, QLatin1Char('a')) + QLatin1Char('F');
    QTest::newRow("seq and hash, upper case hex accepted") << QStringLiteral("10:") + hash << true;
    QTest::newRow("empty journal") << QStringLiteral("0:") + ZeroHash << true;
    QTest::newRow("empty journal with another hash") << QStringLiteral("0:") + hash << false;
    QTest::newRow("no colon") << hash << false;
    QTest::newRow("no seq") << QStringLiteral(":") + hash << false;
    QTest::newRow("negative seq") << QStringLiteral("-1:") + hash << false;
    QTest::newRow("signed seq") << QStringLiteral("+1:") + hash << false;
    QTest::newRow("short hash") << QStringLiteral("10:") + hash.left(63) << false;
    QTest::newRow("not hex") << QStringLiteral("10:") + hash.left(63) + QLatin1Char('g') << false;
    QTest::newRow("empty") << QString() << false;
}

void TestJournalWitness::parsesHeads()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    auto parsed = JournalAnchor::parse(text);
    QCOMPARE(parsed.ok(), valid);
    if (valid)
        QCOMPARE(parsed->toText(), text.toLower());
    else
        QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
}

QTEST_GUILESS_MAIN(TestJournalWitness)
#include "tst_journalwitness.moc"
