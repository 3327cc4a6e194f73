// lightagent-ctl killed with SIGKILL at random moments while it changes the store —
// `key add`, `activate` and `update`, against the real reference service. After
// every kill the store must hold the old state or the new one, never a mix: the
// keys and the databases are one or the other, the journal says "sent" exactly when
// the change was made, SQLite finds the file intact, and `journal verify` passes.
// The seed of the random moments is printed; LIGHTAGENT_CRASH_SEED replays a run.
#include "CtlProcess.h"
#include "common/ServiceProcess.h"
#include "core/Clock.h"
#include "core/StateDatabase.h"
#include "license/KeyFile.h"
#include "provision/DataProvisionAgreement.h"
#include "provision/DatabaseBundle.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <algorithm>

using namespace LightAgent;

namespace {

const QString GoodCode = QStringLiteral("DEMO1-COMME-RCIAL-0005I");

// What the administrator would call the state: the keys and the installed databases.
struct StoreState
{
    QString active;
    QString reserve;
    QString bundle;
    bool operator==(const StoreState &) const = default;
    QString text() const
    {
        return QStringLiteral("active=%1 reserve=%2 bundle=%3")
            .arg(active.isEmpty() ? QStringLiteral("-") : active,
                 reserve.isEmpty() ? QStringLiteral("-") : reserve,
                 bundle.isEmpty() ? QStringLiteral("-") : bundle);
    }
};

// A read-only look at a data directory through a connection of its own.
class StoreReader
{
public:
    explicit StoreReader(const QString &dataDir)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(QDir(dataDir).filePath(QString::fromLatin1(StateDatabase::FileName)));
        db.open();
    }
    ~StoreReader() { QSqlDatabase::removeDatabase(m_name); }

    QString integrity() const { return value(QStringLiteral("PRAGMA integrity_check")); }

    StoreState state() const
    {
        StoreState state;
        QSqlQuery keys(database());
        keys.exec(QStringLiteral("SELECT slot, key_file FROM keys"));
        while (keys.next()) {
            const auto key = KeyFile::parse(keys.value(1).toByteArray(), Test::demoProfile());
            const QString serial = key ? key->license().serial : QStringLiteral("<unreadable>");
            (keys.value(0).toString() == QLatin1String("active") ? state.active : state.reserve) =
                serial;
        }
        const QByteArray bundle =
            value(QStringLiteral("SELECT signed_object FROM bundle")).toUtf8();
        if (!bundle.isEmpty()) {
            const auto parsed = DatabaseBundle::parse(bundle, Test::demoProfile());
            state.bundle = parsed ? parsed->version() : QStringLiteral("<unreadable>");
        }
        return state;
    }

    // Whether the journal holds a "sent" result for a request of `kind`.
    bool journaledAsSent(const QString &kind) const
    {
        QSqlQuery q(database());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM journal AS result JOIN journal AS request"
                                 " ON result.ref_seq = request.seq"
                                 " WHERE result.outcome = 'sent' AND request.kind = ?"));
        q.addBindValue(kind);
        return q.exec() && q.next() && q.value(0).toInt() > 0;
    }

private:
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    QString value(const QString &sql) const
    {
        QSqlQuery q(database());
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    }

    QString m_name;
};

bool copyDirectory(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    const QStringList files = QDir(from).entryList(QDir::Files | QDir::Hidden);
    return std::all_of(files.begin(), files.end(), [&](const QString &name) {
        return QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name));
    });
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sigkillDuringAChange_data();
    void sigkillDuringAChange();

private:
    QStringList ctlArgs(const QString &dataDir, const QStringList &args) const;
    int runCtl(const QString &dataDir, const QStringList &args) const;
    QString makeTemplate(const QString &name, const QStringList &preparation);

    Test::ServiceProcess m_service;
    QTemporaryDir m_dir;
    QString m_profile;
    quint32 m_seed = 0;
    bool m_updateListed = false; // `--help` lists the update command
};

void TestCrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_service.start(), m_service.log().constData());
    m_profile = Test::writeProfile(m_dir.path(), m_service.baseUrl());
    m_seed = qEnvironmentVariableIsSet("LIGHTAGENT_CRASH_SEED")
        ? quint32(qEnvironmentVariableIntValue("LIGHTAGENT_CRASH_SEED"))
        : QRandomGenerator::global()->generate();
    qInfo("Random kill moments from seed %u (LIGHTAGENT_CRASH_SEED replays them)", m_seed);
    QProcess help;
    help.start(Test::ctlProgram(), {QStringLiteral("--help")});
    QVERIFY(help.waitForFinished(60000));
    QCOMPARE(help.exitCode(), 0);
    m_updateListed = help.readAllStandardOutput().contains("\n  update");
}

QStringList TestCrashSafety::ctlArgs(const QString &dataDir, const QStringList &args) const
{
    return QStringList {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--profile"),
                        m_profile} +
        args;
}

int TestCrashSafety::runCtl(const QString &dataDir, const QStringList &args) const
{
    QProcess process;
    process.start(Test::ctlProgram(), ctlArgs(dataDir, args));
    if (!process.waitForFinished(60000))
        return -1;
    if (process.exitCode() != 0)
        qWarning("%s", process.readAllStandardError().constData());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

// A data directory in the state a run starts from, made once and copied per run.
QString TestCrashSafety::makeTemplate(const QString &name, const QStringList &preparation)
{
    const QString dir = m_dir.filePath(QStringLiteral("template-") + name);
    for (const QString &step : preparation) {
        if (step == QLatin1String("agree")) {
            auto db = StateDatabase::open(dir);
            auto profile = VendorProfile::load(m_profile);
            if (!db || !profile ||
                !DataProvisionAgreement(db.value())
                     .accept(profile.value(), Clock::instance().now()))
                return {};
        } else if (runCtl(dir, step.split(QLatin1Char(' '))) != 0) {
            return {};
        }
    }
    return dir;
}

void TestCrashSafety::sigkillDuringAChange_data()
{
    QTest::addColumn<QStringList>("preparation");
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("journalKind"); // what a completed change journals as sent
    QTest::addColumn<int>("runs");
    const QString commercial = Test::demoKeyForToday(QStringLiteral("commercial.key"));
    const QString reserve = Test::demoKeyForToday(QStringLiteral("reserve-commercial.key"));
    QTest::newRow("key add") << QStringList {QStringLiteral("key add ") + commercial}
                             << QStringList {QStringLiteral("key"), QStringLiteral("add"), reserve,
                                             QStringLiteral("--reserve")}
                             << QString() << 24;
    QTest::newRow("activate") << QStringList {QStringLiteral("activate ") + GoodCode +
                                              QStringLiteral(" --dry-run")}
                              << QStringList {QStringLiteral("activate"), GoodCode,
                                              QStringLiteral("--yes")}
                              << QStringLiteral("activation") << 24;
    QTest::newRow("update") << QStringList {QStringLiteral("key add ") + commercial,
                                            QStringLiteral("agree")}
                            << QStringList {QStringLiteral("update"), QStringLiteral("--yes")}
                            << QStringLiteral("database-update") << 20;
}

void TestCrashSafety::sigkillDuringAChange()
{
    QFETCH(QStringList, preparation);
    QFETCH(QStringList, command);
    QFETCH(QString, journalKind);
    QFETCH(int, runs);
    if (command.first() == QLatin1String("update"))
        QVERIFY2(m_updateListed, "lightagent-ctl --help lists no update command");

    const QString base = makeTemplate(QString::fromLatin1(QTest::currentDataTag()), preparation);
    QVERIFY2(!base.isEmpty(), "the starting state could not be prepared");
    const StoreState before = StoreReader(base).state();

    // Runs to the end give the new state and how long a run takes: the median of three,
    // since the first run of a program on a busy machine can take several times as long
    // as the rest, and kill moments drawn from it would all come after the change.
    const QString whole = m_dir.filePath(QStringLiteral("whole"));
    StoreState after;
    QList<qint64> durations;
    for (int i = 0; i < 3; ++i) {
        QDir(whole).removeRecursively();
        QVERIFY(copyDirectory(base, whole));
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(runCtl(whole, command), 0);
        durations.append(clock.elapsed());
        const StoreState state = StoreReader(whole).state();
        QVERIFY2(i == 0 || state == after, qPrintable(state.text()));
        after = state;
    }
    std::sort(durations.begin(), durations.end());
    const qint64 duration = durations.at(1);
    QVERIFY2(after != before, "the command changed nothing, so a kill could not show a mix");

    QRandomGenerator random(m_seed ^ qHash(QString::fromLatin1(QTest::currentDataTag())));
    int sawBefore = 0;
    int sawAfter = 0;
    qint64 latestBefore = 0; // the latest kill that left the old state
    qint64 earliestAfter = duration; // the earliest kill (or end) that left the new one
    // Kills the command after `killAfterMs` in a fresh copy of the starting state and
    // checks what the kill left.
    const auto killRun = [&](int run, qint64 killAfterMs) {
        const QString dir = m_dir.filePath(QStringLiteral("run-%1").arg(run));
        QDir(dir).removeRecursively();
        QVERIFY(copyDirectory(base, dir));
        QProcess process;
        process.start(Test::ctlProgram(), ctlArgs(dir, command));
        QVERIFY(process.waitForStarted());
        const bool ended = process.waitForFinished(int(killAfterMs));
        if (!ended) {
            process.kill();
            process.waitForFinished();
        }
        const QString where =
            QStringLiteral("run %1, killed after %2 ms: ").arg(run).arg(killAfterMs);
        const StoreReader store(dir);
        QCOMPARE(store.integrity(), QStringLiteral("ok"));
        const StoreState state = store.state();
        QVERIFY2(state == before || state == after,
                 qPrintable(where + QStringLiteral("a mixed state: ") + state.text()));
        // A run that ended before its kill must have succeeded like the timed ones.
        if (ended)
            QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0 &&
                         state == after,
                     qPrintable(where + QStringLiteral("ended on its own without the change: ") +
                                QString::fromUtf8(process.readAllStandardError())));
        if (state == before) {
            ++sawBefore;
            latestBefore = std::max(latestBefore, killAfterMs);
        } else {
            ++sawAfter;
            earliestAfter = std::min(earliestAfter, killAfterMs);
        }
        if (!journalKind.isEmpty())
            QVERIFY2(store.journaledAsSent(journalKind) == (state == after),
                     qPrintable(where +
                                QStringLiteral("the journal and the store disagree about "
                                               "whether the change was made")));
        QProcess verify;
        verify.start(Test::ctlProgram(),
                     ctlArgs(dir, {QStringLiteral("journal"), QStringLiteral("verify")}));
        QVERIFY(verify.waitForFinished(60000));
        QVERIFY2(verify.exitCode() == 0,
                 qPrintable(where +
                            QString::fromUtf8(verify.readAllStandardOutput() +
                                              verify.readAllStandardError())));
    };

    for (int i = 0; i < runs; ++i) {
        // Every other run anywhere from start-up to well past the usual end of a run,
        // the others near its end, where the store and the journal are written.
        const qint64 killAfterMs = i % 2 == 0
            ? random.bounded(duration * 3 / 2 + 1)
            : duration * 6 / 10 + random.bounded(duration / 2 + 1);
        killRun(i, killAfterMs);
        if (QTest::currentTestFailed())
            return;
    }
    // When the machine's pace changed under the runs and all of them fell on one side of
    // the change, more runs try the side not yet seen: before the earliest kill that
    // found the change made, or later than the latest that found it not.
    // Never later than a run twenty times the usual one would take: a command that hangs
    // fails the test by its state, not by running into the test's time limit.
    const qint64 latestKill = 20 * duration + 1000;
    for (int i = runs; i < 2 * runs && (sawBefore == 0 || sawAfter == 0); ++i) {
        const qint64 killAfterMs = sawBefore == 0
            ? random.bounded(earliestAfter + 1)
            : std::min(latestKill, latestBefore + 1 + random.bounded(latestBefore + duration + 1));
        killRun(i, killAfterMs);
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("%s: %d runs kept the old state, %d the new one (a run takes %lld ms)",
          QTest::currentDataTag(), sawBefore, sawAfter, duration);
    // Both outcomes must have happened, or the kills missed the change altogether.
    QVERIFY(sawBefore > 0);
    QVERIFY(sawAfter > 0);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
