// The console and lightagent-ctl on one store at once. While the console is in the
// middle of a change, the command line is told "busy" (exit 7) within seconds; while
// another process is changing the store, the console's change is refused with the
// same clear message instead of hanging, and nothing is changed. Afterwards each
// sees what the other did.
//
// The other process is this test program itself, run with LIGHTAGENT_HOLD_STORE=DIR:
// it takes the store's write lock, says "held", and keeps it until its input closes.
#include "ConsoleSession.h"
#include "DashboardPage.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "common/ServiceProcess.h"
#include "common/TestKeys.h"
#include "core/StateDatabase.h"
#include "license/KeyFile.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <iostream>

using namespace LightAgent;

namespace {

constexpr char HoldVariable[] = "LIGHTAGENT_HOLD_STORE";
constexpr qint64 BusyWithinMs = 10000; // the 4 s busy timeout and slack

// The other process: holds the write lock of the store in DIR until stdin closes.
int holdStore(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(QDir(qEnvironmentVariable(HoldVariable))
                           .filePath(QString::fromLatin1(StateDatabase::FileName)));
    QSqlQuery lock(db);
    if (!db.open() || !lock.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return 1;
    std::fputs("held\n", stdout);
    std::fflush(stdout);
    std::string line;
    while (std::getline(std::cin, line)) { }
    lock.exec(QStringLiteral("ROLLBACK"));
    return 0;
}

} // namespace

class TestConsoleConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void ctlIsToldBusyWhileTheConsoleChanges();
    void consoleIsToldBusyWhileAnotherProcessChanges();

private:
    void openWindow();
    int runCtl(const QStringList &args, QByteArray *err = nullptr) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestConsoleConcurrency::init()
{
    QVERIFY2(QFile::exists(Test::ctlPath()), "lightagent-ctl is not built");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto database = StateDatabase::open(m_dir->path());
    QVERIFY(database.ok());
    m_session = std::make_unique<ConsoleSession>(Test::demoProfile(), database.value());
    auto key = KeyFile::load(Test::demoKeyForToday(QStringLiteral("commercial.key")),
                             m_session->profile());
    QVERIFY(key.ok());
    QVERIFY(m_session->addKey(m_session->candidateFromFile(key.value()), KeySlot::Active).ok());
}

void TestConsoleConcurrency::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_dir.reset();
}

void TestConsoleConcurrency::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_session);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

int TestConsoleConcurrency::runCtl(const QStringList &args, QByteArray *err) const
{
    QProcess ctl;
    ctl.start(Test::ctlPath(), QStringList {QStringLiteral("--data-dir"), m_dir->path()} + args);
    if (!ctl.waitForFinished(60000))
        return -1;
    if (err)
        *err = ctl.readAllStandardError();
    return ctl.exitCode();
}

void TestConsoleConcurrency::ctlIsToldBusyWhileTheConsoleChanges()
{
    openWindow();
    const QString reserve = Test::demoKeyForToday(QStringLiteral("reserve-commercial.key"));
    const QStringList addReserve {QStringLiteral("key"), QStringLiteral("add"), reserve,
                                  QStringLiteral("--reserve")};
    // The console's own connection, half-way through a change.
    QSqlQuery change(m_session->database()->connection());
    QVERIFY(change.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QElapsedTimer clock;
    clock.start();
    QByteArray err;
    QCOMPARE(runCtl(addReserve, &err), 7);
    QVERIFY2(clock.elapsed() < BusyWithinMs, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(err.contains("Another console or lightagent-ctl is changing"), err.constData());
    QVERIFY(change.exec(QStringLiteral("ROLLBACK")));

    // Once the console's change is over, the command line goes through, and the
    // console shows its result on a refresh.
    QCOMPARE(runCtl(addReserve), 0);
    QSignalSpy changed(m_session.get(), &ConsoleSession::stateChanged);
    m_window->findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
    QTRY_VERIFY(changed.count() >= 1);
    QVERIFY(m_session->state().value().reserve().has_value());
}

void TestConsoleConcurrency::consoleIsToldBusyWhileAnotherProcessChanges()
{
    openWindow();
    QProcess holder;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(HoldVariable), m_dir->path());
    holder.setProcessEnvironment(environment);
    holder.start(QCoreApplication::applicationFilePath(), QStringList());
    QVERIFY(holder.waitForReadyRead(30000));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("held"));

    // The administrator removes the active key and confirms; the store is busy.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QElapsedTimer clock;
    clock.start();
    // The refusal comes as a message box; it is closed as soon as it shows.
    QString shown;
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->done(QMessageBox::Ok);
        }
    });
    closer.start(50);
    m_window->removeKey(KeySlot::Active);
    closer.stop();
    QVERIFY2(clock.elapsed() < BusyWithinMs, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(MessageBox::lastText().contains(
                 QStringLiteral("Another console or lightagent-ctl is changing")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(shown, MessageBox::lastText());

    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(30000));
    QCOMPARE(holder.exitCode(), 0);
    // Nothing changed, and the console can change the store again.
    QVERIFY(m_session->state().value().active().has_value());
    QCOMPARE(runCtl({QStringLiteral("journal"), QStringLiteral("verify")}), 0);
    QVERIFY(m_session->removeKey(KeySlot::Active).ok());
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet(HoldVariable))
        return holdStore(argc, argv);
    QApplication app(argc, argv);
    TestConsoleConcurrency test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_consoleconcurrency.moc"
