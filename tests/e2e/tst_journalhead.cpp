// `lightagent-ctl journal head` and `journal verify --head` against the attack from
// outside: with SQL on the real state file, the last two entries deleted and the
// journal's own head set to match. Plain `verify` cannot see it; a head kept
// elsewhere (here: read from the system-log line the tool sent to the test's own
// socket) catches it with exit 3.
#include "e2e/CtlProcess.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>

using namespace LightAgent;

namespace {

const QString Code = QStringLiteral("A11A1-11111-1A1AA-1A11P");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestJournalHead : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void truncationIsCaughtByTheKeptHead();

private:
    Run ctl(const QStringList &args, const QByteArray &input = {}) const;
    bool sql(const QString &statement) const;
    QList<QByteArray> syslogLines() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_socket;
    int m_listener = -1;
};

void TestJournalHead::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_socket = m_dir->filePath(QStringLiteral("log"));
    const QByteArray name = QFile::encodeName(m_socket);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    QVERIFY(size_t(name.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
    m_listener = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    QVERIFY(m_listener >= 0);
    QCOMPARE(::bind(m_listener, reinterpret_cast<const sockaddr *>(&address), sizeof(address)), 0);
}

void TestJournalHead::cleanup()
{
    if (m_listener >= 0)
        ::close(m_listener);
    m_listener = -1;
    m_dir.reset();
}

Run TestJournalHead::ctl(const QStringList &args, const QByteArray &input) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LIGHTAGENT_SYSLOG_SOCKET"), m_socket);
    process.setProcessEnvironment(environment);
    process.start(
        Test::ctlProgram(),
        QStringList {QStringLiteral("--data-dir"), m_dir->filePath(QStringLiteral("data"))} + args);
    process.write(input);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

bool TestJournalHead::sql(const QString &statement) const
{
    const QString name = QStringLiteral("attack");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_dir->filePath(QStringLiteral("data/state.sqlite")));
        QSqlQuery query(db.open() ? db : QSqlDatabase());
        ok = db.isOpen() && query.exec(statement);
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QList<QByteArray> TestJournalHead::syslogLines() const
{
    QList<QByteArray> lines;
    char buffer[4096];
    for (;;) {
        const ssize_t size = ::recv(m_listener, buffer, sizeof(buffer), MSG_DONTWAIT);
        if (size < 0)
            return lines;
        lines.append(QByteArray(buffer, qsizetype(size)));
    }
}

void TestJournalHead::truncationIsCaughtByTheKeptHead()
{
    // Three declined activations: six entries, nothing sent.
    for (int i = 0; i < 3; ++i)
        QCOMPARE(ctl({QStringLiteral("activate"), Code}, "n\n").exitCode, 10);
    const Run head = ctl({QStringLiteral("journal"), QStringLiteral("head")});
    QCOMPARE(head.exitCode, 0);
    const QString kept = QString::fromLatin1(head.out).trimmed();
    QVERIFY2(QRegularExpression(QStringLiteral("^6:[0-9a-f]{64}$")).match(kept).hasMatch(),
             qPrintable(kept));
    // The system log heard of every entry; its last line names the same head.
    const QList<QByteArray> lines = syslogLines();
    QCOMPARE(lines.size(), 6);
    QVERIFY2(lines.constLast().endsWith(QByteArray(QByteArray(" head=") + kept.toLatin1())),
             lines.constLast().constData());
    QVERIFY2(!lines.constFirst().contains(Code.right(5).toLatin1()),
             lines.constFirst().constData());

    QVERIFY(sql(QStringLiteral("DELETE FROM journal WHERE seq >= 5")));
    QVERIFY(sql(QStringLiteral("UPDATE journal_head SET entries = 4, last_seq = 4, last_hash = "
                               "(SELECT hash FROM journal WHERE seq = 4)")));
    const Run plain = ctl({QStringLiteral("journal"), QStringLiteral("verify")});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY2(plain.out.contains("intact: 4 entries"), plain.out.constData());

    const Run witnessed =
        ctl({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--head"), kept});
    QCOMPARE(witnessed.exitCode, 3);
    QVERIFY2(witnessed.out.contains("no longer has entry 6"), witnessed.out.constData());
    const Run json = ctl({QStringLiteral("journal"), QStringLiteral("verify"),
                          QStringLiteral("--head"), kept, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 3);
    QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QLatin1String("reason")).toString(),
             QStringLiteral("anchor-missing"));

    const Run badHead = ctl({QStringLiteral("journal"), QStringLiteral("verify"),
                             QStringLiteral("--head"), QStringLiteral("6:abc")});
    QCOMPARE(badHead.exitCode, 2);
    QVERIFY2(badHead.err.contains("is not a journal head"), badHead.err.constData());
}

QTEST_GUILESS_MAIN(TestJournalHead)
#include "tst_journalhead.moc"
