// Two processes changing the license store at once. While another process holds
// the store's write lock, a change gives a clear "busy" answer (exit 7) within a few
// seconds instead of hanging, sends nothing, and changes nothing; reading the state
// is not blocked at all. Two lightagent-ctl racing each other end in a state that
// one order of the two would give, never a corrupted store.
#include "CtlProcess.h"
#include "common/ServiceProcess.h"
#include "common/Tripwire.h"
#include "core/StateDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace LightAgent;

namespace {

// The write lock of a data directory's store, held from another process's point of
// view: a connection of this test process inside BEGIN IMMEDIATE.
class WriteLock
{
public:
    explicit WriteLock(const QString &dataDir)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(QDir(dataDir).filePath(QString::fromLatin1(StateDatabase::FileName)));
        QSqlQuery begin(db.open() ? db : QSqlDatabase());
        m_held = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    ~WriteLock()
    {
        release();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isHeld() const { return m_held; }
    void release()
    {
        if (!m_held)
            return;
        QSqlQuery rollback(QSqlDatabase::database(m_name, false));
        rollback.exec(QStringLiteral("ROLLBACK"));
        m_held = false;
    }

private:
    QString m_name;
    bool m_held = false;
};

constexpr qint64 BusyWithinMs = 10000; // the 4 s busy timeout, process start-up and slack

struct Timed
{
    Test::CtlRun run;
    qint64 elapsedMs = 0;
};

// What two orders of changes can differ in: the status and the serials of the keys.
QString keysOf(const Test::CtlProcess &ctl)
{
    const QJsonObject status = ctl.status();
    return Test::jsonText(status, "status") + QLatin1Char(' ') + Test::serialIn(status, "active") +
        QLatin1Char(' ') + Test::serialIn(status, "reserve");
}

Timed timed(const Test::CtlProcess &ctl, const QStringList &args)
{
    QElapsedTimer clock;
    clock.start();
    Test::CtlRun run = ctl.run(args);
    return Timed {run, clock.elapsed()};
}

} // namespace

class TestConcurrentStore : public QObject
{
    Q_OBJECT

private slots:
    void changeWhileAnotherProcessWritesIsBusy_data();
    void changeWhileAnotherProcessWritesIsBusy();
    void readingIsNotBlockedByAWriter();
    void twoCtlsRacing_data();
    void twoCtlsRacing();

private:
    QString keyPath(const char *name) const
    {
        return Test::demoKeyForToday(QString::fromLatin1(name));
    }
};

void TestConcurrentStore::changeWhileAnotherProcessWritesIsBusy_data()
{
    QTest::addColumn<QStringList>("args");
    const QString reserve = Test::demoKeyForToday(QStringLiteral("reserve-commercial.key"));
    QTest::newRow("key add") << QStringList {QStringLiteral("key"), QStringLiteral("add"), reserve,
                                             QStringLiteral("--reserve")};
    QTest::newRow("key remove") << QStringList {QStringLiteral("key"), QStringLiteral("remove"),
                                                QStringLiteral("active")};
    QTest::newRow("activate") << QStringList {QStringLiteral("activate"),
                                              QStringLiteral("DEMO1-COMME-RCIAL-0005I"),
                                              QStringLiteral("--yes")};
}

void TestConcurrentStore::changeWhileAnotherProcessWritesIsBusy()
{
    QFETCH(QStringList, args);
    Test::CtlProcess ctl;
    QCOMPARE(ctl.addKey(keyPath("commercial.key")).exitCode, 0);
    // Activation would go to a tripwire: being busy, it must not send a byte.
    Test::Tripwire tripwire;
    QVERIFY(tripwire.isListening());
    const QString profile = Test::writeProfile(ctl.path(QString()), tripwire.url());
    const QStringList withProfile = QStringList {QStringLiteral("--profile"), profile} + args;
    const QJsonObject before = ctl.status();

    WriteLock lock(ctl.dataDir());
    QVERIFY(lock.isHeld());
    const Timed busy = timed(ctl, withProfile);
    QVERIFY2(
        busy.run.exitCode == 7,
        qPrintable(QStringLiteral("exit %1: %2").arg(busy.run.exitCode).arg(busy.run.errText())));
    QVERIFY2(busy.run.errText().contains(
                 QStringLiteral("Another console or lightagent-ctl is changing the license state")),
             busy.run.err.constData());
    QVERIFY2(busy.elapsedMs < BusyWithinMs, qPrintable(QString::number(busy.elapsedMs)));
    QVERIFY(!tripwire.wasTouched());
    lock.release();

    QCOMPARE(ctl.status(), before);
    QCOMPARE(ctl.run({QStringLiteral("journal"), QStringLiteral("verify")}).exitCode, 0);
    if (args.first() == QLatin1String("key")) // once the lock is gone, it just works
        QCOMPARE(ctl.run(withProfile).exitCode, 0);
}

void TestConcurrentStore::readingIsNotBlockedByAWriter()
{
    Test::CtlProcess ctl;
    QCOMPARE(ctl.addKey(keyPath("commercial.key")).exitCode, 0);
    const QJsonObject before = ctl.status();
    WriteLock lock(ctl.dataDir());
    QVERIFY(lock.isHeld());
    for (const QStringList &args :
         {QStringList {QStringLiteral("status"), QStringLiteral("--json")},
          QStringList {QStringLiteral("journal"), QStringLiteral("verify")},
          QStringList {QStringLiteral("key"), QStringLiteral("inspect"),
                       keyPath("reserve-commercial.key")}}) {
        const Timed read = timed(ctl, args);
        QVERIFY2(
            read.run.exitCode == 0,
            qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + read.run.errText()));
        QVERIFY2(
            read.elapsedMs < 3000,
            qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(" waited for the writer")));
    }
    QCOMPARE(ctl.status(), before);
}

void TestConcurrentStore::twoCtlsRacing_data()
{
    QTest::addColumn<QStringList>("first");
    QTest::addColumn<QStringList>("second");
    const QString reserve = Test::demoKeyForToday(QStringLiteral("reserve-commercial.key"));
    const QString server = Test::demoKeyForToday(QStringLiteral("server-units.key"));
    QTest::newRow("add reserve | remove active")
        << QStringList {QStringLiteral("key"), QStringLiteral("add"), reserve,
                        QStringLiteral("--reserve")}
        << QStringList {QStringLiteral("key"), QStringLiteral("remove"), QStringLiteral("active")};
    QTest::newRow("add reserve | replace active with another unit")
        << QStringList {QStringLiteral("key"), QStringLiteral("add"), reserve,
                        QStringLiteral("--reserve")}
        << QStringList {QStringLiteral("key"), QStringLiteral("add"), server};
    QTest::newRow("add reserve | add reserve")
        << QStringList {QStringLiteral("key"), QStringLiteral("add"), reserve,
                        QStringLiteral("--reserve")}
        << QStringList {QStringLiteral("key"), QStringLiteral("add"), reserve,
                        QStringLiteral("--reserve")};
}

void TestConcurrentStore::twoCtlsRacing()
{
    QFETCH(QStringList, first);
    QFETCH(QStringList, second);
    auto fresh = [this] {
        auto ctl = std::make_unique<Test::CtlProcess>();
        ctl->addKey(keyPath("commercial.key"));
        return ctl;
    };
    // The states the two orders give, and the states where one of them lost as busy.
    QStringList possible;
    for (const auto &order :
         {QList<QStringList> {first, second}, QList<QStringList> {second, first},
          QList<QStringList> {first}, QList<QStringList> {second}}) {
        const auto ctl = fresh();
        for (const QStringList &args : order)
            ctl->run(args);
        possible.append(keysOf(*ctl));
    }
    for (int round = 0; round < 8; ++round) {
        const auto ctl = fresh();
        QProcess a;
        QProcess b;
        const QStringList dir {QStringLiteral("--data-dir"), ctl->dataDir()};
        QElapsedTimer clock;
        clock.start();
        a.start(Test::ctlProgram(), dir + first);
        b.start(Test::ctlProgram(), dir + second);
        QVERIFY(a.waitForFinished(BusyWithinMs) && b.waitForFinished(BusyWithinMs));
        QVERIFY(clock.elapsed() < BusyWithinMs);
        for (QProcess *p : {&a, &b}) {
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
            const int code = p->exitCode();
            const QByteArray err = p->readAllStandardError();
            QVERIFY2(
                code == 0 || code == 4 || code == 7,
                qPrintable(QStringLiteral("exit %1: %2").arg(code).arg(QString::fromUtf8(err))));
            if (code == 7)
                QVERIFY(err.contains("Another console or lightagent-ctl is changing"));
        }
        const QString state = keysOf(*ctl);
        QVERIFY2(possible.contains(state),
                 qPrintable(state + QStringLiteral(" is none of: ") +
                            possible.join(QStringLiteral(" | "))));
        QCOMPARE(ctl->run({QStringLiteral("journal"), QStringLiteral("verify")}).exitCode, 0);
    }
}

QTEST_GUILESS_MAIN(TestConcurrentStore)
#include "tst_concurrentstore.moc"
