// SPKI pins against the real reference service: a pin matches only a certificate on
// the chain the handshake verified — the leaf up to an anchor of the profile's own
// trust store — never one the server merely sent along. Each attack is the one an
// interception CA that the profile (or the system) trusts would make.
#include "CtlProcess.h"
#include "common/ServiceProcess.h"
#include "common/TestCertificates.h"

#include <QJsonArray>
#include <QTest>

using namespace LightAgent;

namespace {

const QString GoodCode = QStringLiteral("DEMO1-COMME-RCIAL-0005I");

QString demoServerCert()
{
    return Test::testTls().cert;
}

// What the service presents and which profile trusts it: certificate files by role.
struct Setup
{
    QStringList serviceArgs; // --tls-cert/--tls-key, or none for the demo identity
    QStringList caFiles;
    QHash<QString, QString> certs; // "demo-ca", "demo-server", "other-ca", "intermediate", …
    QString error;
};

Setup setUp(const Test::TestCertificates &maker, const QString &served)
{
    Setup setup;
    setup.caFiles = {Test::testTls().ca};
    setup.certs = {{QStringLiteral("demo-ca"), Test::testTls().ca},
                   {QStringLiteral("demo-server"), demoServerCert()}};
    if (served == QLatin1String("demo"))
        return setup;
    if (served.startsWith(QLatin1String("other-leaf"))) {
        // Another authority the profile trusts issues a certificate for the service's
        // address, and the server sends a pinned certificate after it.
        const Test::CertificateFiles other =
            maker.authority(QStringLiteral("other-ca"), QStringLiteral("/CN=Interception CA"));
        const Test::CertificateFiles leaf =
            maker.serverIssuedBy(QStringLiteral("other-leaf"), other);
        setup.error = other.error + leaf.error;
        setup.caFiles.append(other.cert);
        const QString appended =
            served.endsWith(QLatin1String("demo-ca")) ? Test::testTls().ca : demoServerCert();
        setup.serviceArgs = {QStringLiteral("--tls-cert"),
                             maker.chain(QStringLiteral("served.pem"), {leaf.cert, appended}),
                             QStringLiteral("--tls-key"), leaf.key};
        setup.certs.insert(QStringLiteral("other-ca"), other.cert);
        setup.certs.insert(QStringLiteral("leaf"), leaf.cert);
        return setup;
    }
    // root → intermediate → leaf; the server sends the leaf and the intermediate.
    const Test::CertificateFiles root =
        maker.authority(QStringLiteral("root"), QStringLiteral("/CN=Test Root CA"));
    const Test::CertificateFiles intermediate = maker.intermediate(
        QStringLiteral("intermediate"), QStringLiteral("/CN=Test Intermediate CA"), root);
    const Test::CertificateFiles leaf = maker.serverIssuedBy(QStringLiteral("leaf"), intermediate);
    setup.error = root.error + intermediate.error + leaf.error;
    setup.caFiles = {root.cert};
    setup.serviceArgs = {QStringLiteral("--tls-cert"),
                         maker.chain(QStringLiteral("served.pem"), {leaf.cert, intermediate.cert}),
                         QStringLiteral("--tls-key"), leaf.key};
    setup.certs.insert(QStringLiteral("root"), root.cert);
    setup.certs.insert(QStringLiteral("intermediate"), intermediate.cert);
    setup.certs.insert(QStringLiteral("leaf"), leaf.cert);
    return setup;
}

} // namespace

class TestTlsPins : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pinnedActivation_data();
    void pinnedActivation();
};

void TestTlsPins::initTestCase()
{
    QVERIFY2(QFile::exists(Test::servicePath()), "the licensing service is not built");
}

void TestTlsPins::pinnedActivation_data()
{
    QTest::addColumn<QString>("served"); // what the service sends as its chain
    QTest::addColumn<QString>("pinned"); // the certificate whose key the profile pins
    QTest::addColumn<bool>("accepted");

    QTest::newRow("attack: other CA's leaf with the pinned demo CA appended")
        << QStringLiteral("other-leaf+demo-ca") << QStringLiteral("demo-ca") << false;
    QTest::newRow("attack: other CA's leaf with the real, pinned leaf appended")
        << QStringLiteral("other-leaf+demo-server") << QStringLiteral("demo-server") << false;
    QTest::newRow("pin of the leaf")
        << QStringLiteral("demo") << QStringLiteral("demo-server") << true;
    QTest::newRow("pin of the root, which the server does not send")
        << QStringLiteral("demo") << QStringLiteral("demo-ca") << true;
    QTest::newRow("pin of an intermediate")
        << QStringLiteral("intermediate") << QStringLiteral("intermediate") << true;
    QTest::newRow("pin of the root above an intermediate")
        << QStringLiteral("intermediate") << QStringLiteral("root") << true;
    QTest::newRow("pin of the leaf below an intermediate")
        << QStringLiteral("intermediate") << QStringLiteral("leaf") << true;
    QTest::newRow("pin of a trusted CA that issued neither certificate")
        << QStringLiteral("other-leaf+demo-ca") << QStringLiteral("demo-server") << false;
}

void TestTlsPins::pinnedActivation()
{
    QFETCH(QString, served);
    QFETCH(QString, pinned);
    QFETCH(bool, accepted);

    const Test::CtlProcess ctl;
    QVERIFY(ctl.isValid());
    const Test::TestCertificates maker(ctl.path(QString()));
    const Setup setup = setUp(maker, served);
    QVERIFY2(setup.error.isEmpty(), qPrintable(setup.error));
    QVERIFY(setup.certs.contains(pinned));
    const QString pin = maker.spkiPin(setup.certs.value(pinned));
    QVERIFY(!pin.isEmpty());

    Test::ServiceProcess service;
    QVERIFY2(service.start(QStringLiteral("127.0.0.1"), setup.serviceArgs),
             service.log().constData());
    const QString profile = Test::writeProfile(
        ctl.path(QString()), service.baseUrl(),
        QJsonObject {{QStringLiteral("caFiles"), QJsonArray::fromStringList(setup.caFiles)},
                     {QStringLiteral("useSystemCAs"), false},
                     {QStringLiteral("pins"), QJsonArray {pin}}});
    const QStringList withProfile {QStringLiteral("--profile"), profile};
    const auto status = [&ctl, &withProfile] {
        return Test::stableStatus(
            ctl.run(withProfile + QStringList {QStringLiteral("status"), QStringLiteral("--json")})
                .json());
    };
    const QJsonObject before = status();

    const Test::CtlRun run = ctl.run(
        withProfile + QStringList {QStringLiteral("activate"), GoodCode, QStringLiteral("--yes")});
    if (accepted) {
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(!Test::serialIn(status(), "active").isEmpty());
        return;
    }
    QVERIFY2(run.exitCode == 8,
             qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.errText())));
    QVERIFY2(run.errText().contains(QStringLiteral("does not match any key pinned")),
             run.err.constData());
    QCOMPARE(service.requestCount(), 0); // nothing went out over the unpinned channel
    QCOMPARE(status(), before);
    const Test::CtlRun journal =
        ctl.run(withProfile + QStringList {QStringLiteral("journal"), QStringLiteral("--json")});
    const QJsonArray entries = QJsonDocument::fromJson(journal.out).array();
    QVERIFY2(!entries.isEmpty(), journal.out.constData());
    QCOMPARE(entries.last().toObject().value(QStringLiteral("errorReason")).toString(),
             QStringLiteral("pin-mismatch"));
    QCOMPARE(
        ctl.run(withProfile + QStringList {QStringLiteral("journal"), QStringLiteral("verify")})
            .exitCode,
        0);
}

QTEST_GUILESS_MAIN(TestTlsPins)
#include "tst_tlspins.moc"
