// lightagent-ctl and key files from the outside world: damaged or foreign files and
// keys the rules refuse leave the state as it was, with the documented exit code and
// a message that says why; a file made with plain openssl is accepted; and adding
// a key file needs no network at all.
#include "e2e/CtlProcess.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace LightAgent;

namespace {

// The demo key NAME with its dates moved to the day the test runs.
QString demoKey(const char *name)
{
    return Test::demoKeyForToday(QString::fromLatin1(name));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Cannot read %s", qPrintable(path));
    return file.readAll();
}

// The demo commercial key with its license count raised and its signature kept.
QByteArray tamperedCommercialKey()
{
    QJsonObject file = QJsonDocument::fromJson(readFile(demoKey("commercial.key"))).object();
    QByteArray license = QByteArray::fromBase64(Test::jsonText(file, "license").toLatin1());
    license.replace("\"count\":100", "\"count\":900");
    file.insert(QStringLiteral("license"), QString::fromLatin1(license.toBase64()));
    return QJsonDocument(file).toJson();
}

// A prefix under which a process has no network, or empty if this machine allows none.
QStringList noNetworkPrefix()
{
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    if (unshare.isEmpty())
        return {};
    // -n needs privileges; -rn gets them in a user namespace where that is allowed.
    for (const char *flags : {"-n", "-rn"}) {
        const QStringList prefix {unshare, QString::fromLatin1(flags)};
        QProcess probe;
        probe.start(unshare, {prefix.at(1), QStringLiteral("true")});
        if (probe.waitForFinished(10000) && probe.exitStatus() == QProcess::NormalExit &&
            probe.exitCode() == 0)
            return prefix;
    }
    return {};
}

} // namespace

class TestCtlKeyFiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void badKeyFilesAreRefused_data();
    void badKeyFilesAreRefused();
    void keysRefusedByTheRules_data();
    void keysRefusedByTheRules();
    void keyFileMadeWithOpenSsl();
    void keyAddNeedsNoNetwork();
    void keyInspectSaysWhatAddingSetsGoing();

private:
    std::unique_ptr<Test::CtlProcess> m_ctl;
};

void TestCtlKeyFiles::init()
{
    QVERIFY2(QFileInfo::exists(Test::ctlProgram()), qPrintable(Test::ctlProgram()));
    m_ctl = std::make_unique<Test::CtlProcess>();
    QVERIFY(m_ctl->isValid());
}

void TestCtlKeyFiles::cleanup()
{
    m_ctl.reset();
}

void TestCtlKeyFiles::badKeyFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("bytes"); // empty: the file does not exist
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("message");

    const QByteArray commercial = readFile(demoKey("commercial.key"));
    QTest::newRow("tampered demo key (count raised)")
        << tamperedCommercialKey() << 3 << "signature-mismatch"
        << "The key file's signature does not match the vendor's key";
    QTest::newRow("wrong product")
        << Test::keyFile({{QStringLiteral("product"), QStringLiteral("KESS")}}) << 3
        << "wrong-product"
        << "The key is for the product \"KESS\"";
    QTest::newRow("not JSON") << QByteArray("PK\x03\x04 this is a zip file") << 3 << "not-json"
                              << "This is not a key file: a key file is JSON text";
    QTest::newRow("truncated demo key") << commercial.left(commercial.size() / 2) << 3 << "not-json"
                                        << "This is not a key file: a key file is JSON text";
    QTest::newRow("unknown signer")
        << Test::keyFileFromBytes(Test::canonical(Test::licenseDocument()),
                                  QStringLiteral("someone-else"))
        << 3 << "unknown-signer"
        << "which the vendor profile does not trust";
    QTest::newRow("missing file") << QByteArray() << 5 << "unreadable"
                                  << "Cannot read the key file";
}

void TestCtlKeyFiles::badKeyFilesAreRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, exitCode);
    QFETCH(QString, reason);
    QFETCH(QString, message);

    QCOMPARE(m_ctl->addKey(demoKey("commercial.key")).exitCode, 0);
    const QJsonObject before = m_ctl->status();
    const QString path = bytes.isEmpty() ? m_ctl->path(QStringLiteral("absent.key"))
                                         : m_ctl->writeFile(QStringLiteral("bad.key"), bytes);

    for (const QString &verb : {QStringLiteral("add"), QStringLiteral("inspect")}) {
        const Test::CtlRun run =
            m_ctl->run({QStringLiteral("key"), verb, path, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.errText().contains(message), run.err.constData());
        const QJsonObject error = run.json().value(QLatin1String("error")).toObject();
        QCOMPARE(Test::jsonText(error, "reason"), reason);
        QCOMPARE(error.value(QLatin1String("exitCode")).toInt(), exitCode);
    }
    const Test::CtlRun human = m_ctl->addKey(path);
    QCOMPARE(human.exitCode, exitCode);
    QVERIFY2(human.errText().contains(message), human.err.constData());
    QVERIFY(human.out.isEmpty());
    QCOMPARE(m_ctl->status(), before);
}

void TestCtlKeyFiles::keysRefusedByTheRules_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("asReserve");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("message");

    QTest::newRow("expired key") << demoKey("expired.key") << false << "key-expired"
                                 << "an expired key cannot be added";
    QTest::newRow("trial over commercial")
        << demoKey("trial.key") << false << "trial-over-commercial"
        << "A trial key cannot replace a commercial key";
    QTest::newRow("reserve of another unit")
        << demoKey("server-units.key") << true << "unit-mismatch"
        << "A reserve key must license the same unit as the active key";
    QTest::newRow("subscription as reserve")
        << demoKey("subscription.key") << true << "reserve-type"
        << "can only be the active key";
    QTest::newRow("the active key again") << demoKey("commercial.key") << false << "already-added"
                                          << "has already been added";
}

void TestCtlKeyFiles::keysRefusedByTheRules()
{
    QFETCH(QString, file);
    QFETCH(bool, asReserve);
    QFETCH(QString, reason);
    QFETCH(QString, message);

    QCOMPARE(m_ctl->addKey(demoKey("commercial.key")).exitCode, 0);
    const QJsonObject before = m_ctl->status();

    QStringList options {QStringLiteral("--json")};
    if (asReserve)
        options.append(QStringLiteral("--reserve"));
    const Test::CtlRun run = m_ctl->addKey(file, options);
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.errText().contains(message), run.err.constData());
    QCOMPARE(Test::jsonText(run.json().value(QLatin1String("error")).toObject(), "reason"), reason);
    QCOMPARE(m_ctl->status(), before);
}

void TestCtlKeyFiles::keyFileMadeWithOpenSsl()
{
    // A vendor's own tooling, not this project's code, makes the key file: the
    // license document is written by hand and signed by the openssl command line.
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl is not on PATH.");
    const QDate today = Test::todayUtc();
    const QByteArray license =
        "{\n  \"serial\": \"0B0-0FF551-00000042\",\n"
        "  \"product\": \"KSVLA\",\n"
        "  \"edition\": \"Light Agent for Virtualization Security\",\n"
        "  \"type\": \"commercial\", \"unit\": \"processor\", \"count\": 6,\n"
        "  \"validFrom\": \"" +
        today.addDays(-1).toString(Qt::ISODate).toLatin1() + "\",\n  \"expires\": \"" +
        today.addDays(400).toString(Qt::ISODate).toLatin1() +
        "\",\n  \"licensee\": \"Made with openssl\", \"supportTier\": \"gold\"\n}\n";
    const QString licensePath = m_ctl->writeFile(QStringLiteral("license.json"), license);
    const QString signaturePath = m_ctl->path(QStringLiteral("license.sig"));

    QProcess sign;
    sign.start(openssl,
               {QStringLiteral("pkeyutl"), QStringLiteral("-sign"), QStringLiteral("-rawin"),
                QStringLiteral("-inkey"),
                Test::sourcePath(QStringLiteral("resources/demo/signing-key.pem")),
                QStringLiteral("-in"), licensePath, QStringLiteral("-out"), signaturePath});
    QVERIFY(sign.waitForFinished(30000));
    QVERIFY2(sign.exitCode() == 0, sign.readAllStandardError().constData());
    const QByteArray signature = readFile(signaturePath);
    QCOMPARE(signature.size(), 64);

    const QByteArray keyFile = "{\n  \"format\": \"lightagent-key/1\",\n"
                               "  \"signer\": \"demo-2026\",\n  \"license\": \"" +
        license.toBase64() + "\",\n  \"signature\": \"" + signature.toBase64() + "\"\n}\n";
    const Test::CtlRun run =
        m_ctl->addKey(m_ctl->writeFile(QStringLiteral("openssl-made.key"), keyFile));
    QVERIFY2(run.exitCode == 0, run.err.constData());

    const QJsonObject active = m_ctl->status().value(QLatin1String("active")).toObject();
    QCOMPARE(Test::jsonText(active, "serial"), QStringLiteral("0B0-0FF551-00000042"));
    QCOMPARE(Test::jsonText(active, "unit"), QStringLiteral("processor"));
    QCOMPARE(active.value(QLatin1String("count")).toInt(), 6);
    QCOMPARE(Test::jsonText(active.value(QLatin1String("unknownFields")).toObject(), "supportTier"),
             QStringLiteral("gold"));
}

void TestCtlKeyFiles::keyAddNeedsNoNetwork()
{
    // Activation by key file sends nothing, so it works with no network at all.
    const QStringList prefix = noNetworkPrefix();
    if (prefix.isEmpty())
        QSKIP("This machine does not let a process run without a network (unshare -n).");

    const Test::CtlRun run = m_ctl->run(
        {QStringLiteral("key"), QStringLiteral("add"), demoKey("commercial.key")}, prefix);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(Test::serialIn(m_ctl->status(), "active"), QStringLiteral("0A1-2B3C4D-5E6F7A8B"));
}

void TestCtlKeyFiles::keyInspectSaysWhatAddingSetsGoing()
{
    // A key issued now, valid for a year from yesterday.
    const QDate today = QDate::currentDate();
    const QString key = m_ctl->writeFile(
        QStringLiteral("issued-now.key"),
        Test::keyFile({{QStringLiteral("validFrom"), today.addDays(-1).toString(Qt::ISODate)},
                       {QStringLiteral("expires"), today.addDays(365).toString(Qt::ISODate)}}));
    const auto output = [this](const QStringList &args) {
        const Test::CtlRun run = m_ctl->run(args);
        return run.exitCode == 0 ? QString::fromUtf8(run.out) : run.errText();
    };
    const QStringList inspect {QStringLiteral("key"), QStringLiteral("inspect"), key};
    QVERIFY2(output(inspect).contains(QStringLiteral("Adding it sends nothing to anyone.")),
             qPrintable(output(inspect)));

    // Under the agreement, a first key lets the scheduled update run: said, with the host.
    const QString host =
        QStringLiteral("to 127.0.0.1:47443 (the update service, on this computer)");
    QCOMPARE(m_ctl->run({QStringLiteral("agreement"), QStringLiteral("accept")}).exitCode, 0);
    for (const QStringList &args :
         {inspect, QStringList {QStringLiteral("key"), QStringLiteral("add"), key}}) {
        const QString said = output(args);
        QVERIFY2(!said.contains(QStringLiteral("sends nothing to anyone")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("Adding it sends nothing itself, but it lets the "
                                              "scheduled database update run, which is due now")),
                 qPrintable(said));
        QVERIFY2(said.contains(host), qPrintable(said));
    }
}

QTEST_GUILESS_MAIN(TestCtlKeyFiles)
#include "tst_ctlkeyfiles.moc"
