// Activation by code against services that misbehave on purpose (tests/common/
// HostileServer.h): each case must end with its own clear error within the
// configured timeouts, keep lightagent-ctl's memory bounded, change nothing in the
// license state, and leave a journal that verifies and records the failure.
#include "CtlProcess.h"
#include "common/HostileServer.h"
#include "common/ServiceProcess.h"
#include "common/TestCertificates.h"
#include "core/Crypto.h"
#include "core/StateDatabase.h"
#include "core/VisibleText.h"
#include "net/NetworkSettings.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QScopeGuard>
#include <QTest>

#include <sys/resource.h>

using namespace LightAgent;
using Behaviour = Test::HostileServer::Behaviour;

namespace {

const QString GoodCode = QStringLiteral("DEMO1-COMME-RCIAL-0005I");
constexpr int ConnectTimeoutMs = 2000;
constexpr int TotalTimeoutMs = 4000;
// Process start-up, TLS and a sanitizer build's slowness on top of the timeouts.
constexpr qint64 ElapsedBoundMs = TotalTimeoutMs + 8000;
// lightagent-ctl caps an answer at 1 MiB; a client that buffered the 1 GiB flood
// would pass this by far.
constexpr qint64 MemoryBoundKiB = 400 * 1024;

QByteArray keyAnswer(const QByteArray &keyFile)
{
    const QJsonObject body {
        {QStringLiteral("key"), QJsonDocument::fromJson(keyFile).object()},
        {QStringLiteral("recheckAfterSeconds"), 86400},
    };
    return Test::HostileServer::httpResponse(200,
                                             QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QByteArray forgedKeyFile()
{
    // Claims the demo signer but is signed by a key nobody trusts.
    const QByteArray license = Test::canonical(Test::licenseDocument());
    const QByteArray signature = Crypto::Ed25519PrivateKey::generate().sign(license);
    return Test::canonical(
        QJsonObject {{QStringLiteral("format"), QStringLiteral("lightagent-key/1")},
                     {QStringLiteral("signer"), QStringLiteral("demo-2026")},
                     {QStringLiteral("license"), QString::fromLatin1(license.toBase64())},
                     {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}});
}

// The largest peak resident memory of the child processes waited for so far, in KiB
// (getrusage): once a child has ended, an upper bound of its own peak, however short it
// ran. -1 if unknown, which fails the memory check: an unknown peak is not a small one.
qint64 childrenPeakResidentKiB()
{
    rusage usage {};
    if (getrusage(RUSAGE_CHILDREN, &usage) != 0 || usage.ru_maxrss <= 0)
        return -1;
    return usage.ru_maxrss; // Linux counts it in KiB
}

} // namespace

class TestHostileNetwork : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void misbehavingService_data();
    void misbehavingService();
    void tls10OnlyServiceIsRefused();
    void hostileTextIsShownEscaped_data();
    void hostileTextIsShownEscaped();

private:
    struct Activation
    {
        Test::CtlRun run;
        qint64 elapsedMs = 0;
        qint64 peakKiB = -1; // the children's peak, an upper bound of this run's
    };
    QString profileFor(const QUrl &url) const;
    Activation activate(const QString &profile) const;
    void expectNothingChanged(const QString &profile, const QJsonObject &before,
                              const QString &reason) const;
    QJsonObject statusWith(const QString &profile) const;

    std::unique_ptr<Test::CtlProcess> m_ctl;
};

void TestHostileNetwork::init()
{
    m_ctl = std::make_unique<Test::CtlProcess>();
    QVERIFY(m_ctl->isValid());
    // A key is in place, so any change to the store would show.
    QCOMPARE(m_ctl->addKey(Test::demoKeyForToday(QStringLiteral("commercial.key"))).exitCode, 0);
    auto db = StateDatabase::open(m_ctl->dataDir());
    QVERIFY(db.ok());
    NetworkSettings settings;
    settings.connectTimeoutMs = ConnectTimeoutMs;
    settings.totalTimeoutMs = TotalTimeoutMs;
    settings.proxyMode = NetworkSettings::ProxyMode::None;
    QVERIFY(settings.save(*db.value()).ok());
}

QString TestHostileNetwork::profileFor(const QUrl &url) const
{
    return Test::writeProfile(m_ctl->path(QString()), url);
}

QJsonObject TestHostileNetwork::statusWith(const QString &profile) const
{
    const Test::CtlRun run = m_ctl->run(
        {QStringLiteral("--profile"), profile, QStringLiteral("status"), QStringLiteral("--json")});
    QJsonObject status = Test::stableStatus(run.json());
    status.remove(QStringLiteral("profile"));
    return status;
}

TestHostileNetwork::Activation TestHostileNetwork::activate(const QString &profile) const
{
    QProcess process;
    QElapsedTimer clock;
    clock.start();
    process.start(Test::ctlProgram(),
                  {QStringLiteral("--data-dir"), m_ctl->dataDir(), QStringLiteral("--profile"),
                   profile, QStringLiteral("activate"), GoodCode, QStringLiteral("--yes")});
    Activation activation;
    const bool finished = process.waitForFinished(60000);
    activation.elapsedMs = clock.elapsed();
    if (!finished) {
        process.kill();
        process.waitForFinished();
        return activation;
    }
    activation.peakKiB = childrenPeakResidentKiB();
    activation.run.out = process.readAllStandardOutput();
    activation.run.err = process.readAllStandardError();
    activation.run.exitCode =
        process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return activation;
}

void TestHostileNetwork::expectNothingChanged(const QString &profile, const QJsonObject &before,
                                              const QString &reason) const
{
    QCOMPARE(statusWith(profile), before);
    const Test::CtlRun verify = m_ctl->run({QStringLiteral("--profile"), profile,
                                            QStringLiteral("journal"), QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, verify.err.constData());
    // The failure is journaled with its reason, after the request it answers.
    const Test::CtlRun journal = m_ctl->run({QStringLiteral("--profile"), profile,
                                             QStringLiteral("journal"), QStringLiteral("--json")});
    const QJsonArray entries = QJsonDocument::fromJson(journal.out).array();
    QVERIFY2(entries.size() >= 2, journal.out.constData());
    const QJsonObject last = entries.last().toObject();
    QCOMPARE(last.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
    QCOMPARE(last.value(QStringLiteral("errorReason")).toString(), reason);
}

void TestHostileNetwork::misbehavingService_data()
{
    QTest::addColumn<int>("behaviour");
    QTest::addColumn<QString>("certificate"); // "", "expired", "other-host", "self-signed"
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("announceLength");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("phrase");

    auto row = [](const char *name, Behaviour behaviour, const QString &certificate,
                  const QByteArray &answer, int exitCode, const char *reason, const char *phrase,
                  bool announceLength = false) {
        QTest::newRow(name) << int(behaviour) << certificate << answer << announceLength << exitCode
                            << QString::fromLatin1(reason) << QString::fromUtf8(phrase);
    };
    const QString none;
    row("accepts the connection and never answers", Behaviour::SilentTcp, none, {}, 8,
        "connect-timeout", "No secure connection to 127.0.0.1 within 2 seconds");
    row("completes TLS, reads the request, never answers", Behaviour::SilentAfterRequest, none, {},
        8, "timeout", "did not answer completely within 4 seconds");
    row("drips a byte a second", Behaviour::Drip, none, {}, 8, "timeout",
        "did not answer completely within 4 seconds");
    row("sends 1 GiB until it closes", Behaviour::Flood, none, {}, 9, "response-too-large",
        "larger than 1048576 bytes");
    row("announces and sends 1 GiB", Behaviour::Flood, none, {}, 9, "response-too-large",
        "larger than 1048576 bytes; it was not read", true);
    row("closes in the middle of the body", Behaviour::CloseMidBody, none, {}, 9,
        "truncated-response", "closed the connection before the whole answer arrived");
    row("expired certificate", Behaviour::SilentAfterRequest, QStringLiteral("expired"), {}, 8,
        "certificate-expired", "certificate has expired");
    row("certificate for another host", Behaviour::SilentAfterRequest, QStringLiteral("other-host"),
        {}, 8, "host-mismatch", "not issued for 127.0.0.1");
    row("self-signed certificate", Behaviour::SilentAfterRequest, QStringLiteral("self-signed"), {},
        8, "untrusted-certificate", "not issued by an authority");
    row("redirect to http://", Behaviour::Answer, none,
        Test::HostileServer::httpResponse(302, {}, "Location: http://127.0.0.1/v1/activations\r\n"),
        9, "redirect-refused", "redirected the request to http://127.0.0.1/v1/activations");
    row("redirect to another host", Behaviour::Answer, none,
        Test::HostileServer::httpResponse(
            307, {}, "Location: https://licensing.other.example/v1/activations\r\n"),
        9, "redirect-refused", "redirects are not followed");
    row("key signed by an unknown signer", Behaviour::Answer, none,
        keyAnswer(Test::keyFileFromBytes(Test::canonical(Test::licenseDocument()),
                                         QStringLiteral("rogue-2026"))),
        3, "returned-key-invalid", "which the vendor profile does not trust");
    row("key with a forged signature", Behaviour::Answer, none, keyAnswer(forgedKeyFile()), 3,
        "returned-key-invalid", "signature does not match");
    row("key for another product", Behaviour::Answer, none,
        keyAnswer(Test::keyFile({{QStringLiteral("product"), QStringLiteral("KSVOTHER")}})), 3,
        "returned-key-wrong-product", "KSVOTHER");
}

void TestHostileNetwork::misbehavingService()
{
    QFETCH(int, behaviour);
    QFETCH(QString, certificate);
    QFETCH(QByteArray, answer);
    QFETCH(bool, announceLength);
    QFETCH(int, exitCode);
    QFETCH(QString, reason);
    QFETCH(QString, phrase);

    Test::HostileServer server(static_cast<Behaviour>(behaviour));
    server.setAnswer(answer);
    server.setFloodAnnouncesLength(announceLength);
    if (!certificate.isEmpty()) {
        const Test::TestCertificates maker(m_ctl->path(QString()));
        const Test::CertificateFiles files = certificate == QLatin1String("expired")
            ? maker.expired()
            : certificate == QLatin1String("other-host") ? maker.forOtherHost()
                                                         : maker.selfSigned();
        QVERIFY2(files.error.isEmpty(), qPrintable(files.error));
        server.setCertificate(files.cert, files.key);
    }
    QVERIFY(server.start());
    const QString profile = profileFor(server.url());
    const QJsonObject before = statusWith(profile);
    QCOMPARE(before.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));

    const Activation activation = activate(profile);
    QVERIFY2(activation.run.exitCode == exitCode,
             qPrintable(QStringLiteral("exit %1: %2")
                            .arg(activation.run.exitCode)
                            .arg(activation.run.errText())));
    QVERIFY2(activation.run.errText().contains(phrase), activation.run.err.constData());
    QVERIFY2(!activation.run.err.contains(GoodCode.toLatin1()), "the code is in the error output");
    QVERIFY2(activation.elapsedMs < ElapsedBoundMs,
             qPrintable(QStringLiteral("took %1 ms").arg(activation.elapsedMs)));
    QVERIFY2(activation.peakKiB > 0, "lightagent-ctl's peak memory could not be read");
    QVERIFY2(activation.peakKiB < MemoryBoundKiB,
             qPrintable(QStringLiteral("peak %1 KiB").arg(activation.peakKiB)));
    QCOMPARE(server.connections(), 1); // no retry, no second attempt elsewhere
    if (static_cast<Behaviour>(behaviour) == Behaviour::Flood)
        QVERIFY2(server.bodyBytesSent() < 64 * 1024 * 1024,
                 qPrintable(QStringLiteral("the client read %1 bytes of the flood")
                                .arg(server.bodyBytesSent())));
    if (!certificate.isEmpty() || static_cast<Behaviour>(behaviour) == Behaviour::SilentTcp)
        QVERIFY2(server.requestReceived().isEmpty(), "a request went out over a bad channel");
    expectNothingChanged(profile, before, reason);
}

void TestHostileNetwork::tls10OnlyServiceIsRefused()
{
    QProcess server;
    server.start(QStringLiteral("openssl"),
                 {QStringLiteral("s_server"), QStringLiteral("-accept"),
                  QStringLiteral("127.0.0.1:0"), QStringLiteral("-tls1"), QStringLiteral("-cipher"),
                  QStringLiteral("DEFAULT@SECLEVEL=0"), QStringLiteral("-cert"),
                  Test::testTls().cert, QStringLiteral("-key"), Test::testTls().key,
                  QStringLiteral("-www")});
    QVERIFY(server.waitForStarted());
    const auto stopServer = qScopeGuard([&server] {
        server.kill();
        server.waitForFinished();
    });
    // openssl says "ACCEPT 127.0.0.1:PORT" once it listens.
    QByteArray banner;
    auto listening = [&banner, &server] {
        banner += server.readAllStandardOutput();
        const qsizetype at = banner.indexOf("ACCEPT ");
        return (at >= 0 && banner.indexOf('\n', at) > 0) || server.state() == QProcess::NotRunning;
    };
    QTRY_VERIFY_WITH_TIMEOUT(listening(), 10000);
    const qsizetype at = banner.indexOf("ACCEPT ");
    const QByteArray line = at < 0 ? QByteArray() : banner.mid(at, banner.indexOf('\n', at) - at);
    const QByteArray accept = line.mid(line.lastIndexOf(':') + 1).trimmed();
    if (accept.toInt() == 0)
        QSKIP(qPrintable(QStringLiteral("This machine's openssl cannot serve TLS 1.0 only: %1")
                             .arg(QString::fromUtf8(banner + server.readAllStandardError()))));
    // The server must really speak TLS 1.0, or the test proves nothing.
    const QString probe = Test::TestCertificates::openssl(
        {QStringLiteral("s_client"), QStringLiteral("-connect"),
         QStringLiteral("127.0.0.1:") + QString::fromLatin1(accept), QStringLiteral("-tls1"),
         QStringLiteral("-cipher"), QStringLiteral("DEFAULT@SECLEVEL=0"),
         QStringLiteral("-brief")});
    if (!probe.isEmpty())
        QSKIP(qPrintable(QStringLiteral("This machine's OpenSSL does not allow TLS 1.0 even at "
                                        "security level 0: %1")
                             .arg(probe.left(300))));

    QUrl url(QStringLiteral("https://127.0.0.1"));
    url.setPort(accept.toInt());
    const QString profile = profileFor(url);
    const QJsonObject before = statusWith(profile);
    const Activation activation = activate(profile);
    QCOMPARE(activation.run.exitCode, 8);
    QVERIFY2(activation.run.errText().contains(QStringLiteral("TLS 1.2 or later is required")),
             activation.run.err.constData());
    QVERIFY(activation.elapsedMs < ElapsedBoundMs);
    expectNothingChanged(profile, before, QStringLiteral("tls-handshake"));
}

void TestHostileNetwork::hostileTextIsShownEscaped_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QStringList>("escapes"); // as they must appear, written out

    auto redirect = [](const QByteArray &location) {
        return Test::HostileServer::httpResponse(302, {}, "Location: " + location + "\r\n");
    };
    auto refusal = [](const QString &message) {
        const QJsonObject error {{QStringLiteral("code"), QStringLiteral("CODE_NOT_FOUND")},
                                 {QStringLiteral("message"), message}};
        return Test::HostileServer::httpResponse(
            404,
            QJsonDocument(QJsonObject {{QStringLiteral("error"), error}})
                .toJson(QJsonDocument::Compact));
    };
    const QString redirected = QStringLiteral("redirect-refused");
    const QString notFound = QStringLiteral("CODE_NOT_FOUND");
    QTest::newRow("redirect: clear screen, OSC window title, BEL")
        << redirect("https://x.example/\x1b[2J\x1b]0;owned\x07next") << redirected
        << QStringList {QStringLiteral("\\u001b[2J\\u001b]0;owned\\u0007next")};
    QTest::newRow("redirect: C1 CSI and DEL")
        << redirect("https://x.example/\xc2\x9b"
                    "31m\x7f")
        << redirected << QStringList {QStringLiteral("\\u009b31m\\u007f")};
    QTest::newRow("redirect: right-to-left override")
        << redirect("https://x.example/\xe2\x80\xaegnp.exe") << redirected
        << QStringList {QStringLiteral("\\u202egnp.exe")};
    QTest::newRow("message: right-to-left override")
        << refusal(QStringLiteral("invoice\u202Egnp.exe")) << notFound
        << QStringList {QStringLiteral("invoice\\u202egnp.exe")};
    QTest::newRow("message: isolates and marks")
        << refusal(QStringLiteral("a\u2066b\u2067c\u2068d\u2069e\u200Ef\u200Fg\u061Ch")) << notFound
        << QStringList {
               QStringLiteral("a\\u2066b\\u2067c\\u2068d\\u2069e\\u200ef\\u200fg\\u061ch")};
    QTest::newRow("message: escape sequence, BEL and C1")
        << refusal(QStringLiteral("x\u001b[2J\u001b]0;owned\u0007y\u0085z")) << notFound
        << QStringList {QStringLiteral("x\\u001b[2J\\u001b]0;owned\\u0007y\\u0085z")};
}

void TestHostileNetwork::hostileTextIsShownEscaped()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, reason);
    QFETCH(QStringList, escapes);

    Test::HostileServer server(Behaviour::Answer);
    server.setAnswer(answer);
    QVERIFY(server.start());
    const QString profile = profileFor(server.url());
    const QJsonObject before = statusWith(profile);
    const Activation activation = activate(profile);
    QVERIFY2(activation.run.exitCode != 0, activation.run.err.constData());

    // Line ends are the program's own; anything else hidden came from the service.
    const auto hidden = [](QString text) {
        return hasHiddenCharacters(text.remove(QLatin1Char('\n')).remove(QLatin1Char('\r')));
    };
    // What reaches the terminal: nothing hidden, everything written out.
    const QString shown = QString::fromUtf8(activation.run.out + activation.run.err);
    QVERIFY2(!hidden(shown), qPrintable(visibleText(shown)));
    for (const QString &escaped : escapes)
        QVERIFY2(activation.run.errText().contains(escaped), activation.run.err.constData());
    // The journal keeps the same written-out text.
    expectNothingChanged(profile, before, reason);
    const Test::CtlRun journal = m_ctl->run({QStringLiteral("--profile"), profile,
                                             QStringLiteral("journal"), QStringLiteral("--json")});
    const QJsonObject last = QJsonDocument::fromJson(journal.out).array().last().toObject();
    const QString message = last.value(QStringLiteral("errorMessage")).toString();
    QVERIFY2(!hidden(message), qPrintable(visibleText(message)));
    for (const QString &escaped : escapes)
        QVERIFY2(message.contains(escaped), qPrintable(message));
    const Test::CtlRun listing =
        m_ctl->run({QStringLiteral("--profile"), profile, QStringLiteral("journal")});
    QVERIFY2(!hidden(QString::fromUtf8(listing.out + listing.err)), listing.out.constData());
}

QTEST_GUILESS_MAIN(TestHostileNetwork)
#include "tst_hostilenetwork.moc"
