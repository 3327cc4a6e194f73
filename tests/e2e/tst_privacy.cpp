// Nothing leaves without consent, and nothing private lies around: every
// lightagent-ctl command that needs no service makes no connection (a tripwire
// listens where every URL of the profile points) and works the same with no network
// at all (`unshare -n`, where the machine allows it); the data directory is 0700 and
// its files 0600; and the activation code appears neither in any log line, even with
// every debug category on, nor in what a crashing lightagent-ctl prints, nor
// unmasked in the journal.
#include "CtlProcess.h"
#include "common/HostileServer.h"
#include "common/ServiceProcess.h"
#include "common/Tripwire.h"
#include "core/StateDatabase.h"
#include "net/NetworkSettings.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <csignal>
#include <sys/stat.h>

using namespace LightAgent;

namespace {

const QString Code = QStringLiteral("DEMO1-COMME-RCIAL-0005I");

// Every spelling of the code that would give it away.
bool revealsCode(const QByteArray &text)
{
    return text.contains(Code.toLatin1()) || text.contains("DEMO1COMMERCIAL0005I");
}

// A profile whose every address (services, help, privacy policy) is `url`.
QString profileAt(const QString &dir, const QUrl &url)
{
    const QString path = Test::writeProfile(dir, url);
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    QJsonObject profile = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject help = profile.value(QStringLiteral("help")).toObject();
    help.insert(QStringLiteral("base"), QString(url.toString() + QLatin1Char('/')));
    profile.insert(QStringLiteral("help"), help);
    profile.insert(QStringLiteral("privacyPolicyUrl"),
                   QString(url.toString() + QStringLiteral("/privacy")));
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(QJsonDocument(profile).toJson());
    return path;
}

// `unshare -n` with the loopback up when `ip` can raise it, so that a tripwire on
// 127.0.0.1 inside still catches an attempt; without `ip`, plain `unshare -n`.
QStringList offlinePrefix()
{
    static const QStringList prefix = [] {
        QProcess probe;
        probe.start(QStringLiteral("unshare"), {QStringLiteral("-n"), QStringLiteral("true")});
        if (!probe.waitForFinished(10000) || probe.exitStatus() != QProcess::NormalExit ||
            probe.exitCode() != 0)
            return QStringList();
        QProcess ip;
        ip.start(QStringLiteral("unshare"),
                 {QStringLiteral("-n"), QStringLiteral("sh"), QStringLiteral("-c"),
                  QStringLiteral("ip link set lo up")});
        const bool loopback = ip.waitForFinished(10000) &&
            ip.exitStatus() == QProcess::NormalExit && ip.exitCode() == 0;
        return loopback ? QStringList {QStringLiteral("unshare"), QStringLiteral("-n"),
                                       QStringLiteral("sh"), QStringLiteral("-c"),
                                       QStringLiteral("ip link set lo up && exec \"$0\" \"$@\"")}
                        : QStringList {QStringLiteral("unshare"), QStringLiteral("-n")};
    }();
    return prefix;
}

QString modeOf(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return QStringLiteral("missing");
    return QString::number(info.st_mode & 0777, 8);
}

} // namespace

class TestPrivacy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void commandsThatNeedNoServiceConnectNowhere_data();
    void commandsThatNeedNoServiceConnectNowhere();
    void commandsWorkWithNoNetworkAtAll_data();
    void commandsWorkWithNoNetworkAtAll();
    void consoleSendsNothingWithNoNetworkAtAll();
    void dataDirectoryIsPrivate();
    void codeIsInNoLogLine();
    void codeIsNotInCrashOutput_data();
    void codeIsNotInCrashOutput();
    void journalKeepsTheCodeMasked();

private:
    std::unique_ptr<Test::CtlProcess> m_ctl;
    std::unique_ptr<Test::Tripwire> m_tripwire;
    QString m_profile;
};

void TestPrivacy::init()
{
    m_ctl = std::make_unique<Test::CtlProcess>();
    m_tripwire = std::make_unique<Test::Tripwire>();
    QVERIFY(m_tripwire->isListening());
    m_profile = profileAt(m_ctl->path(QString()), m_tripwire->url());
}

void TestPrivacy::commandsThatNeedNoServiceConnectNowhere_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    const QString reserve = Test::demoKeyForToday(QStringLiteral("reserve-commercial.key"));
    auto row = [](const char *name, const QStringList &args, int exitCode,
                  const QByteArray &input = {}) {
        QTest::newRow(name) << args << input << exitCode;
    };
    row("status", {QStringLiteral("status")}, 0);
    row("status --json", {QStringLiteral("status"), QStringLiteral("--json")}, 0);
    row("key inspect", {QStringLiteral("key"), QStringLiteral("inspect"), reserve}, 0);
    row("key add --dry-run",
        {QStringLiteral("key"), QStringLiteral("add"), reserve, QStringLiteral("--reserve"),
         QStringLiteral("--dry-run")},
        0);
    row("key add (activation by key file)",
        {QStringLiteral("key"), QStringLiteral("add"), reserve, QStringLiteral("--reserve")}, 0);
    row("key remove", {QStringLiteral("key"), QStringLiteral("remove"), QStringLiteral("active")},
        0);
    row("key add of a file that is no key",
        {QStringLiteral("key"), QStringLiteral("add"),
         Test::sourcePath(QStringLiteral("resources/demo/keys/README.md"))},
        3);
    row("journal", {QStringLiteral("journal")}, 0);
    row("journal verify", {QStringLiteral("journal"), QStringLiteral("verify")}, 0);
    row("activate --dry-run", {QStringLiteral("activate"), Code, QStringLiteral("--dry-run")}, 0);
    row("activate, declined", {QStringLiteral("activate"), Code}, 10, "n\n");
    row("activate with a typo",
        {QStringLiteral("activate"), QStringLiteral("DEMO1-COMME-RCIAL-0005J"),
         QStringLiteral("--yes")},
        3);
    row("help-url", {QStringLiteral("help-url"), QStringLiteral("license_page")}, 0);
    row("help-pages", {QStringLiteral("help-pages")}, 0);
    row("update --dry-run", {QStringLiteral("update"), QStringLiteral("--dry-run")}, 0);
    row("update without the agreement", {QStringLiteral("update"), QStringLiteral("--yes")}, 4);
    row("check of a key from a file", {QStringLiteral("check"), QStringLiteral("--force")}, 0);
    row("agreement show", {QStringLiteral("agreement"), QStringLiteral("show")}, 0);
    row("consent", {QStringLiteral("consent")}, 0);
}

void TestPrivacy::commandsThatNeedNoServiceConnectNowhere()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QCOMPARE(m_ctl->addKey(Test::demoKeyForToday(QStringLiteral("commercial.key"))).exitCode, 0);
    QProcess process;
    process.start(Test::ctlProgram(),
                  QStringList {QStringLiteral("--data-dir"), m_ctl->dataDir(),
                               QStringLiteral("--profile"), m_profile} +
                      args);
    process.write(input);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(
        process.exitCode() == exitCode,
        qPrintable(
            QStringLiteral("exit %1: %2").arg(process.exitCode()).arg(QString::fromUtf8(err))));
    QVERIFY2(!m_tripwire->wasTouched(), "a connection was made");
}

void TestPrivacy::commandsWorkWithNoNetworkAtAll_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QString reserve = Test::demoKeyForToday(QStringLiteral("reserve-commercial.key"));
    QTest::newRow("status") << QStringList {QStringLiteral("status")} << 0;
    QTest::newRow("key add") << QStringList {QStringLiteral("key"), QStringLiteral("add"), reserve,
                                             QStringLiteral("--reserve")}
                             << 0;
    QTest::newRow("journal verify")
        << QStringList {QStringLiteral("journal"), QStringLiteral("verify")} << 0;
    QTest::newRow("activate --dry-run")
        << QStringList {QStringLiteral("activate"), Code, QStringLiteral("--dry-run")} << 0;
    QTest::newRow("help-url") << QStringList {QStringLiteral("help-url"),
                                              QStringLiteral("license_page")}
                              << 0;
    // With consent given, the one command that must send finds no way out, and says so.
    QTest::newRow("activate, sent")
        << QStringList {QStringLiteral("activate"), Code, QStringLiteral("--yes")} << 8;
}

void TestPrivacy::commandsWorkWithNoNetworkAtAll()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const QStringList prefix = offlinePrefix();
    if (prefix.isEmpty())
        QSKIP("This machine does not allow `unshare -n` (a new network namespace).");
    QCOMPARE(m_ctl->addKey(Test::demoKeyForToday(QStringLiteral("commercial.key"))).exitCode, 0);
    {
        // Without a network an attempt fails at once; the timeouts only bound the wait.
        auto db = StateDatabase::open(m_ctl->dataDir());
        QVERIFY(db.ok());
        NetworkSettings settings;
        settings.connectTimeoutMs = 3000;
        settings.proxyMode = NetworkSettings::ProxyMode::None;
        QVERIFY(settings.save(*db.value()).ok());
    }
    // The profile points at a real-looking address outside, which does not exist here.
    const QString profile =
        profileAt(m_ctl->path(QString()), QUrl(QStringLiteral("https://192.0.2.1:443")));
    const Test::CtlRun run =
        m_ctl->run(QStringList {QStringLiteral("--profile"), profile} + args, prefix);
    QVERIFY2(run.exitCode == exitCode,
             qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.errText())));
}

void TestPrivacy::consoleSendsNothingWithNoNetworkAtAll()
{
    const QStringList prefix = offlinePrefix();
    if (prefix.isEmpty())
        QSKIP("This machine does not allow `unshare -n` (a new network namespace).");
    const QString gui = Test::binaryPath(QStringLiteral("tests/gui/gui_tst_consoleprivacy"));
    QVERIFY2(QFile::exists(gui), "the console's privacy test (tests/gui) is not built");
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(prefix.first(), prefix.mid(1) + QStringList {gui});
    QVERIFY(process.waitForFinished(240000));
    const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             output.constData());
    QVERIFY2(output.contains("Totals:") && !output.contains("FAIL!"), output.constData());
}

void TestPrivacy::dataDirectoryIsPrivate()
{
    // Whatever the umask, and whatever the directory was before.
    const mode_t previous = ::umask(022);
    QVERIFY(QDir().mkpath(m_ctl->dataDir()));
    QFile::setPermissions(m_ctl->dataDir(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                              QFileDevice::ReadOther | QFileDevice::ExeOther);
    QCOMPARE(m_ctl->addKey(Test::demoKeyForToday(QStringLiteral("commercial.key"))).exitCode, 0);
    QProcess declined; // declined at the prompt: journaled, so the journal has rows too
    declined.start(Test::ctlProgram(),
                   {QStringLiteral("--data-dir"), m_ctl->dataDir(), QStringLiteral("--profile"),
                    m_profile, QStringLiteral("activate"), Code});
    declined.write("n\n");
    declined.closeWriteChannel();
    QVERIFY(declined.waitForFinished(60000));
    QCOMPARE(declined.exitCode(), 10);
    // While a process has the store open, SQLite's -wal and -shm files exist as well.
    auto db = StateDatabase::open(m_ctl->dataDir());
    QVERIFY(db.ok());
    QVERIFY(db.value()->setSetting(QStringLiteral("test.touch"), QStringLiteral("1")).ok());
    ::umask(previous);

    QCOMPARE(modeOf(m_ctl->dataDir()), QStringLiteral("700"));
    QStringList files;
    QDirIterator it(m_ctl->dataDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.append(it.fileName());
        QVERIFY2(modeOf(path) == QStringLiteral("600"),
                 qPrintable(path + QStringLiteral(" is ") + modeOf(path)));
    }
    QVERIFY2(files.contains(QStringLiteral("state.sqlite")), qPrintable(files.join(u' ')));
    QVERIFY2(files.contains(QStringLiteral("state.sqlite-wal")), qPrintable(files.join(u' ')));
}

void TestPrivacy::codeIsInNoLogLine()
{
    Test::ServiceProcess service;
    QVERIFY(service.start());
    const QString profile = Test::writeProfile(m_ctl->path(QString()), service.baseUrl());
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    process.setProcessEnvironment(environment);
    process.start(Test::ctlProgram(),
                  {QStringLiteral("--data-dir"), m_ctl->dataDir(), QStringLiteral("--profile"),
                   profile, QStringLiteral("activate"), Code, QStringLiteral("--yes"),
                   QStringLiteral("--json")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray log = process.readAllStandardError();
    QVERIFY2(!revealsCode(log), log.constData());
    QVERIFY2(!revealsCode(service.log()), service.log().constData());
}

void TestPrivacy::codeIsNotInCrashOutput_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGSEGV") << int(SIGSEGV);
    QTest::newRow("SIGABRT") << int(SIGABRT);
    QTest::newRow("SIGBUS") << int(SIGBUS);
}

void TestPrivacy::codeIsNotInCrashOutput()
{
    QFETCH(int, signal);
    // The request is in flight, the code in memory, when the process crashes.
    Test::HostileServer server(Test::HostileServer::Behaviour::SilentAfterRequest);
    QVERIFY(server.start());
    const QString profile = Test::writeProfile(m_ctl->path(QString()), server.url());
    QProcess process;
    process.start(Test::ctlProgram(),
                  {QStringLiteral("--data-dir"), m_ctl->dataDir(), QStringLiteral("--profile"),
                   profile, QStringLiteral("activate"), Code, QStringLiteral("--yes"),
                   QStringLiteral("--json")});
    QTRY_VERIFY_WITH_TIMEOUT(!server.requestReceived().isEmpty(), 30000);
    ::kill(pid_t(process.processId()), signal);
    QVERIFY(process.waitForFinished(60000));
    // Under AddressSanitizer the crash is its report and an exit code instead.
    QVERIFY(process.exitStatus() == QProcess::CrashExit || process.exitCode() != 0);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(!revealsCode(err), err.constData());
    // The journal written before the crash keeps the code masked and still verifies.
    QCOMPARE(m_ctl->run({QStringLiteral("journal"), QStringLiteral("verify")}).exitCode, 0);
    QVERIFY(!revealsCode(m_ctl->run({QStringLiteral("journal"), QStringLiteral("--json")}).out));
}

void TestPrivacy::journalKeepsTheCodeMasked()
{
    Test::ServiceProcess service;
    QVERIFY(service.start());
    const QString profile = Test::writeProfile(m_ctl->path(QString()), service.baseUrl());
    QCOMPARE(m_ctl
                 ->run({QStringLiteral("--profile"), profile, QStringLiteral("activate"), Code,
                        QStringLiteral("--yes")})
                 .exitCode,
             0);
    // Not in what the journal shows or exports, and not in its rows on disk.
    QVERIFY(!revealsCode(m_ctl->run({QStringLiteral("journal"), QStringLiteral("--json")}).out));
    const QString exported = m_ctl->path(QStringLiteral("journal.jsonl"));
    QCOMPARE(m_ctl->run({QStringLiteral("journal"), QStringLiteral("export"), exported}).exitCode,
             0);
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray lines = file.readAll();
    QVERIFY(!revealsCode(lines));
    for (const QByteArray &line : lines.split('\n')) { // nor inside a base64 body
        const QString body =
            QJsonDocument::fromJson(line).object().value(QStringLiteral("body")).toString();
        QVERIFY(!revealsCode(QByteArray::fromBase64(body.toLatin1())));
    }
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QDir(m_ctl->dataDir()).filePath(QStringLiteral("state.sqlite")));
        QVERIFY(db.open());
        QSqlQuery rows(db);
        QVERIFY(rows.exec(QStringLiteral("SELECT body FROM journal WHERE body IS NOT NULL")));
        int bodies = 0;
        while (rows.next()) {
            ++bodies;
            QVERIFY2(!revealsCode(rows.value(0).toByteArray()),
                     rows.value(0).toByteArray().constData());
        }
        QVERIFY(bodies > 0);
    }
    QSqlDatabase::removeDatabase(name);
}

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
