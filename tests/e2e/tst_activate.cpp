// Activation by code end to end: the real lightagent-ctl against the real
// reference licensing service over TLS, and the failures around it.
#include "common/ServiceProcess.h"
#include "common/TestCertificates.h"
#include "common/TestKeys.h"
#include "common/Tripwire.h"
#include "core/Crypto.h"
#include "core/StateDatabase.h"
#include "net/NetworkSettings.h"
#include "provision/Recipients.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace LightAgent;

class TestActivate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void sentBytesAreThePreviewedBytes();
    void codeWithWrongCheckCharacterMakesNoConnection();
    void dryRunSendsNothing();
    void decliningSendsNothingAndIsJournaled();
    void serviceRefusalsLeaveStateAndJournalIntact_data();
    void serviceRefusalsLeaveStateAndJournalIntact();
    void networkFailures_data();
    void networkFailures();
    void silentServerTimesOut();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };
    Run ctl(const QString &profile, const QStringList &args, const QByteArray &input = {});
    QJsonObject status(const QString &profile);

    Test::ServiceProcess m_service;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_profile;
};

namespace {
// From resources/demo/codes.json: a commercial code, a blocked and an expired one.
const QString GoodCode = QStringLiteral("DEMO1-COMME-RCIAL-0005I");
} // namespace

void TestActivate::initTestCase()
{
    QVERIFY2(QFile::exists(Test::servicePath()), "the licensing service is not built");
    QVERIFY(m_service.start());
}

void TestActivate::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = Test::writeProfile(m_dir->path(), m_service.baseUrl());
}

TestActivate::Run TestActivate::ctl(const QString &profile, const QStringList &args,
                                    const QByteArray &input)
{
    QProcess process;
    process.start(Test::ctlPath(),
                  QStringList {QStringLiteral("--data-dir"),
                               m_dir->filePath(QStringLiteral("data")), QStringLiteral("--profile"),
                               profile} +
                      args);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        process.kill();
    return Run {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
}

QJsonObject TestActivate::status(const QString &profile)
{
    QJsonObject json = ctl(profile, {QStringLiteral("status"), QStringLiteral("--json")}).json();
    json.remove(QStringLiteral("profile")); // the profile file differs between runs
    return json;
}

void TestActivate::sentBytesAreThePreviewedBytes()
{
    const Run run = ctl(
        m_profile,
        {QStringLiteral("activate"), GoodCode, QStringLiteral("--yes"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = run.json();
    const QJsonObject request = json.value(QStringLiteral("request")).toObject();
    const QByteArray body = request.value(QStringLiteral("body")).toString().toUtf8();
    const QString printed = request.value(QStringLiteral("sha256")).toString();
    QCOMPARE(Crypto::sha256Hex(body), printed);
    const QJsonObject result = json.value(QStringLiteral("result")).toObject();
    QCOMPARE(result.value(QStringLiteral("receivedSha256")).toString(), printed);
    QCOMPARE(result.value(QStringLiteral("digestMatched")).toBool(), true);

    // Exactly the fields of DESIGN §3.1, and no data-carrying header beyond its three.
    QStringList fields = QJsonDocument::fromJson(body).object().keys();
    fields.sort();
    QCOMPARE(
        fields,
        (QStringList {QStringLiteral("activationCode"), QStringLiteral("compatibleApplicationIds"),
                      QStringLiteral("installationId"), QStringLiteral("licenseSolutionId"),
                      QStringLiteral("localization"), QStringLiteral("os"),
                      QStringLiteral("solutionId"), QStringLiteral("solutionVersion"),
                      QStringLiteral("svmDateTime"), QStringLiteral("svmId")}));
    QStringList headers;
    for (const QJsonValue &h : request.value(QStringLiteral("headers")).toArray())
        headers.append(h.toArray().at(0).toString());
    headers.sort();
    QCOMPARE(headers,
             (QStringList {QStringLiteral("Accept"), QStringLiteral("Content-Type"),
                           QStringLiteral("User-Agent")}));

    const QJsonObject state = status(m_profile);
    QCOMPARE(state.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
    QCOMPARE(
        state.value(QStringLiteral("active")).toObject().value(QStringLiteral("source")).toString(),
        QStringLiteral("code"));
    const Run verify = ctl(m_profile, {QStringLiteral("journal"), QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, verify.err.constData());
    const Run journal = ctl(m_profile, {QStringLiteral("journal"), QStringLiteral("--json")});
    QVERIFY(!journal.out.contains(GoodCode.toLatin1()));
    QVERIFY(journal.out.contains(printed.toLatin1()));
}

void TestActivate::codeWithWrongCheckCharacterMakesNoConnection()
{
    Test::Tripwire tripwire;
    QVERIFY(tripwire.isListening());
    const QString profile = Test::writeProfile(m_dir->path(), tripwire.url());
    const Run run = ctl(profile,
                        {QStringLiteral("activate"), QStringLiteral("A11A1-11111-1A1AA-1A11Q"),
                         QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("check character"), run.err.constData());
    QVERIFY(!tripwire.wasTouched());
}

void TestActivate::dryRunSendsNothing()
{
    Test::Tripwire tripwire;
    const QString profile = Test::writeProfile(m_dir->path(), tripwire.url());
    const Run run =
        ctl(profile, {QStringLiteral("activate"), GoodCode, QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("POST /v1/activations HTTP/1.1"));
    QVERIFY(run.out.contains("Date and time on the SVM"));
    // The host that would receive it is named, not only its address.
    const QByteArray receivedBy = QStringLiteral("Received by: %1 (the licensing service, on this "
                                                 "computer)")
                                      .arg(Recipients::host(tripwire.url()))
                                      .toUtf8();
    QVERIFY2(run.out.contains(receivedBy), run.out.constData());
    QVERIFY(!tripwire.wasTouched());
}

void TestActivate::decliningSendsNothingAndIsJournaled()
{
    Test::Tripwire tripwire;
    const QString profile = Test::writeProfile(m_dir->path(), tripwire.url());
    const Run run = ctl(profile, {QStringLiteral("activate"), GoodCode}, "n\n");
    QCOMPARE(run.exitCode, 10);
    QVERIFY(!tripwire.wasTouched());
    QCOMPARE(status(profile).value(QStringLiteral("status")).toString(),
             QStringLiteral("not-activated"));
    const Run journal = ctl(profile, {QStringLiteral("journal"), QStringLiteral("--json")});
    QVERIFY2(journal.out.contains("declined"), journal.out.constData());
}

void TestActivate::serviceRefusalsLeaveStateAndJournalIntact_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("blocked") << QStringLiteral("DEMO4-BLOCK-ED000-0000G") << 9
                             << QStringLiteral("blocked");
    QTest::newRow("expired") << QStringLiteral("DEMO5-EXPIR-ED000-0000C") << 9
                             << QStringLiteral("expired");
    QTest::newRow("unknown") << QStringLiteral("ZZZZZ-ZZZZZ-ZZZZZ-ZZZZN") << 9
                             << QStringLiteral("does not know");
}

void TestActivate::serviceRefusalsLeaveStateAndJournalIntact()
{
    QFETCH(QString, code);
    QFETCH(int, exitCode);
    QFETCH(QString, phrase);
    QVERIFY(ctl(m_profile,
                {QStringLiteral("key"), QStringLiteral("add"),
                 Test::demoKeyForToday(QStringLiteral("commercial.key"))})
                .exitCode == 0);
    const QJsonObject before = status(m_profile);
    const Run run = ctl(m_profile, {QStringLiteral("activate"), code, QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(run.err).contains(phrase), run.err.constData());
    QCOMPARE(status(m_profile), before);
    QCOMPARE(ctl(m_profile, {QStringLiteral("journal"), QStringLiteral("verify")}).exitCode, 0);
}

void TestActivate::networkFailures_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("tls");
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("name not resolved") << QStringLiteral("https://nothing.invalid:1") << QString()
                                       << QStringLiteral("could not be resolved") << 8;
    QTest::newRow("connection refused")
        << QStringLiteral("refused") << QString() << QStringLiteral("refused the connection") << 8;
    QTest::newRow("untrusted certificate") << QString() << QStringLiteral("system-only")
                                           << QStringLiteral("not issued by an authority") << 8;
    QTest::newRow("host name mismatch") << QStringLiteral("mismatch") << QString()
                                        << QStringLiteral("not issued for 127.0.0.2") << 8;
    QTest::newRow("pin mismatch") << QString() << QStringLiteral("pinned")
                                  << QStringLiteral("does not match any key pinned") << 8;
}

void TestActivate::networkFailures()
{
    QFETCH(QString, host);
    QFETCH(QString, tls);
    QFETCH(QString, phrase);
    QFETCH(int, exitCode);
    QUrl url = m_service.baseUrl();
    // The demo certificate names 127.0.0.1 and localhost; a service reached as
    // 127.0.0.2 presents a certificate for another host.
    Test::ServiceProcess other;
    if (host == QLatin1String("mismatch")) {
        QVERIFY(other.start(QStringLiteral("127.0.0.2")));
        url = other.baseUrl();
    } else if (host == QLatin1String("refused")) {
        QTcpServer closed;
        closed.listen(QHostAddress::LocalHost);
        url.setPort(closed.serverPort());
        closed.close();
    } else if (!host.isEmpty()) {
        url = QUrl(host);
    }
    QJsonObject tlsSection;
    const QString ca = Test::testTls().ca;
    if (tls == QLatin1String("system-only"))
        tlsSection = QJsonObject {{QStringLiteral("useSystemCAs"), true},
                                  {QStringLiteral("caFiles"), QJsonArray()}};
    else if (tls == QLatin1String("pinned"))
        tlsSection =
            QJsonObject {{QStringLiteral("caFiles"), QJsonArray {ca}},
                         {QStringLiteral("pins"),
                          QJsonArray {QString::fromLatin1(QByteArray(32, 'x').toBase64())}}};
    const QString profile = Test::writeProfile(m_dir->path(), url, tlsSection);
    const QJsonObject before = status(profile);
    const Run run = ctl(profile, {QStringLiteral("activate"), GoodCode, QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(run.err).contains(phrase), run.err.constData());
    QCOMPARE(status(profile), before);
    QCOMPARE(ctl(profile, {QStringLiteral("journal"), QStringLiteral("verify")}).exitCode, 0);
}

void TestActivate::silentServerTimesOut()
{
    // Accepts the connection and never says a word: the connect timeout must end it.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QUrl url(QStringLiteral("https://127.0.0.1"));
    url.setPort(silent.serverPort());
    const QString profile = Test::writeProfile(m_dir->path(), url);
    {
        auto db = StateDatabase::open(m_dir->filePath(QStringLiteral("data"))).value();
        NetworkSettings settings;
        settings.connectTimeoutMs = 1500;
        settings.totalTimeoutMs = 3000;
        QVERIFY(settings.save(*db).ok());
    }
    QProcess process;
    process.start(Test::ctlPath(),
                  {QStringLiteral("--data-dir"), m_dir->filePath(QStringLiteral("data")),
                   QStringLiteral("--profile"), profile, QStringLiteral("activate"), GoodCode,
                   QStringLiteral("--yes")});
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 20000);
    QCOMPARE(process.exitCode(), 8);
    QVERIFY(process.readAllStandardError().contains("No secure connection"));
}

QTEST_GUILESS_MAIN(TestActivate)
#include "tst_activate.moc"
