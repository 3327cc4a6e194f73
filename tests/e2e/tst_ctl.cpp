// lightagent-ctl end to end: the real executable with a temporary data directory —
// version, help, usage errors, status, and the life of a demo key file.
#include "core/StateDatabase.h"
#include "e2e/CtlProcess.h"
#include "provision/TransmissionJournal.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace LightAgent;
using Test::serialIn;

namespace {

const QString CommercialSerial = QStringLiteral("0A1-2B3C4D-5E6F7A8B");
const QString ReserveSerial = QStringLiteral("0A1-2B3C4D-11223344");
// The demo keys' last days, moved to the day the test runs like the keys themselves.
QDate commercialExpires()
{
    return Test::demoDateForToday(QDate(2029, 12, 31));
}

QDate reserveExpires()
{
    return Test::demoDateForToday(QDate(2031, 12, 31));
}

QString demoKey(const char *name)
{
    return Test::demoKeyForToday(QString::fromLatin1(name));
}

} // namespace

class TestCtl : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void version();
    void helpListsCommandsAndExitCodes();
    void usageErrors_data();
    void usageErrors();
    void statusOnANewDataDirectory();
    void addCommercialKey();
    void inspectChangesNothing();
    void dryRunChangesNothing();
    void reserveKeyTakesOverInTheFuture();
    void removeReserve();
    void journalShowsNoDigestForAFollowedLink();

private:
    std::unique_ptr<Test::CtlProcess> m_ctl;
};

void TestCtl::init()
{
    QVERIFY2(QFileInfo::exists(Test::ctlProgram()), qPrintable(Test::ctlProgram()));
    m_ctl = std::make_unique<Test::CtlProcess>();
    QVERIFY(m_ctl->isValid());
}

void TestCtl::cleanup()
{
    m_ctl.reset();
}

void TestCtl::version()
{
    const Test::CtlRun run = m_ctl->run({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.startsWith(QStringLiteral("lightagent-ctl " LIGHTAGENT_VERSION " ")),
             qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Qt 6.")));
    QVERIFY(text.contains(QLatin1String("OpenSSL 3.")));
    QVERIFY(!QFileInfo::exists(m_ctl->dataDir())); // asking for the version touches no state
}

void TestCtl::helpListsCommandsAndExitCodes()
{
    const Test::CtlRun run = m_ctl->run({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    for (const char *command : {"status", "key inspect FILE", "key add FILE", "key remove"})
        QVERIFY2(text.contains(QLatin1String(command)), command);
    QVERIFY(text.contains(QLatin1String("Exit codes:")));
    for (int code = 0; code <= 10; ++code) {
        const QRegularExpression line(QStringLiteral("^\\s+%1\\s+\\S").arg(code),
                                      QRegularExpression::MultilineOption);
        QVERIFY2(line.match(text).hasMatch(), qPrintable(QStringLiteral("exit code %1").arg(code)));
    }
}

void TestCtl::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");

    QTest::newRow("no command") << QStringList() << "No command given.";
    QTest::newRow("unknown command") << QStringList {QStringLiteral("activate-everything")}
                                     << "Unknown command \"activate-everything\"";
    QTest::newRow("unknown option")
        << QStringList {QStringLiteral("status"), QStringLiteral("--colour")}
        << "Unknown option 'colour'";
    QTest::newRow("option without its value")
        << QStringList {QStringLiteral("status"), QStringLiteral("--on-date")}
        << "Missing value after '--on-date'";
    QTest::newRow("key without a verb")
        << QStringList {QStringLiteral("key")} << "Use 'key inspect FILE'";
    QTest::newRow("key add without a file")
        << QStringList {QStringLiteral("key"), QStringLiteral("add")} << "Use 'key inspect FILE'";
    QTest::newRow("key add with two files")
        << QStringList {QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("a.key"),
                        QStringLiteral("b.key")}
        << "Use 'key inspect FILE'";
    QTest::newRow("key remove of an unknown slot")
        << QStringList {QStringLiteral("key"), QStringLiteral("remove"), QStringLiteral("spare")}
        << "takes 'active' or 'reserve', not \"spare\"";
    QTest::newRow("status on an impossible date")
        << QStringList {QStringLiteral("status"), QStringLiteral("--on-date"),
                        QStringLiteral("2026-02-30")}
        << "--on-date needs a date in the form YYYY-MM-DD";
    QTest::newRow("status on a date in another form")
        << QStringList {QStringLiteral("status"), QStringLiteral("--on-date"),
                        QStringLiteral("01.06.2030")}
        << "--on-date needs a date in the form YYYY-MM-DD";
}

void TestCtl::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Test::CtlRun run = m_ctl->run(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(message), run.err.constData());
    QVERIFY(!QFileInfo::exists(m_ctl->dataDir())); // a wrong command line touches no state
}

void TestCtl::statusOnANewDataDirectory()
{
    const Test::CtlRun run = m_ctl->run({QStringLiteral("status"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QCOMPARE(Test::jsonText(json, "status"), QStringLiteral("not-activated"));
    QCOMPARE(Test::jsonText(json, "functionality"), QStringLiteral("none"));
    QVERIFY(json.value(QLatin1String("active")).isNull());
    QVERIFY(json.value(QLatin1String("reserve")).isNull());
    QCOMPARE(Test::jsonText(json, "evaluatedOn"), Test::todayUtc().toString(Qt::ISODate));
    QCOMPARE(Test::jsonText(json, "dataDir"), m_ctl->dataDir());
    QVERIFY(json.value(QLatin1String("profile")).toObject().value(QLatin1String("demo")).toBool());

    const Test::CtlRun human = m_ctl->run({QStringLiteral("status")});
    QCOMPARE(human.exitCode, 0);
    QVERIFY(human.out.contains("Not activated"));
    QVERIFY(human.out.contains("demo vendor profile"));
}

void TestCtl::addCommercialKey()
{
    const Test::CtlRun added = m_ctl->addKey(demoKey("commercial.key"));
    QCOMPARE(added.exitCode, 0);
    QVERIFY2(added.out.contains(CommercialSerial.toLatin1()), added.out.constData());

    const QDate before = Test::todayUtc();
    const Test::CtlRun run = m_ctl->run({QStringLiteral("status"), QStringLiteral("--json")});
    const QDate after = Test::todayUtc();
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    const int daysLeft = json.value(QLatin1String("daysLeft")).toInt(-99999);
    // Days left count to the last valid day, by the UTC date (either side of midnight).
    QVERIFY2(daysLeft == before.daysTo(commercialExpires()) ||
                 daysLeft == after.daysTo(commercialExpires()),
             qPrintable(QString::number(daysLeft)));
    const QString expectedStatus =
        daysLeft <= 14 ? QStringLiteral("expires-soon") : QStringLiteral("valid");
    QCOMPARE(Test::jsonText(json, "status"), expectedStatus);
    QCOMPARE(Test::jsonText(json, "functionality"), QStringLiteral("full"));
    const QJsonObject active = json.value(QLatin1String("active")).toObject();
    QCOMPARE(Test::jsonText(active, "serial"), CommercialSerial);
    QCOMPARE(Test::jsonText(active, "expires"), commercialExpires().toString(Qt::ISODate));
    QCOMPARE(Test::jsonText(active, "source"), QStringLiteral("file"));
    QCOMPARE(active.value(QLatin1String("count")).toInt(), 100);
    QCOMPARE(active.value(QLatin1String("daysLeft")).toInt(-99999), daysLeft);
    QVERIFY(json.value(QLatin1String("reserve")).isNull());
}

void TestCtl::inspectChangesNothing()
{
    const QJsonObject before = m_ctl->status();
    const Test::CtlRun run = m_ctl->run({QStringLiteral("key"), QStringLiteral("inspect"),
                                         demoKey("commercial.key"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    const QJsonObject key = json.value(QLatin1String("key")).toObject();
    QCOMPARE(Test::jsonText(key, "serial"), CommercialSerial);
    QCOMPARE(Test::jsonText(key, "signer"), QStringLiteral("demo-2026"));
    QCOMPARE(Test::jsonText(key, "type"), QStringLiteral("commercial"));
    QCOMPARE(Test::jsonText(key, "unit"), QStringLiteral("core"));
    QCOMPARE(Test::jsonText(key, "fileSha256").size(), 64);
    QCOMPARE(json.value(QLatin1String("allowedSlots")).toArray(),
             QJsonArray {QStringLiteral("active")});
    QCOMPARE(Test::jsonText(json.value(QLatin1String("asActive")).toObject(), "slot"),
             QStringLiteral("active"));
    QCOMPARE(Test::jsonText(json.value(QLatin1String("asReserve")).toObject(), "refused"),
             QStringLiteral("reserve-needs-active"));
    QCOMPARE(m_ctl->status(), before);

    const Test::CtlRun human =
        m_ctl->run({QStringLiteral("key"), QStringLiteral("inspect"), demoKey("commercial.key")});
    QCOMPARE(human.exitCode, 0);
    QVERIFY(human.out.contains("signature verified"));
    QCOMPARE(m_ctl->status(), before);
}

void TestCtl::dryRunChangesNothing()
{
    const QJsonObject before = m_ctl->status();
    QCOMPARE(Test::jsonText(before, "status"), QStringLiteral("not-activated"));
    const Test::CtlRun run = m_ctl->addKey(demoKey("commercial.key"),
                                           {QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QLatin1String("dryRun")).toBool(), true);
    QCOMPARE(Test::jsonText(json, "slot"), QStringLiteral("active"));
    QCOMPARE(Test::jsonText(json, "statusBefore"), QStringLiteral("not-activated"));
    QCOMPARE(Test::jsonText(json, "functionalityAfter"), QStringLiteral("full"));
    QCOMPARE(m_ctl->status(), before);

    const Test::CtlRun human =
        m_ctl->addKey(demoKey("commercial.key"), {QStringLiteral("--dry-run")});
    QCOMPARE(human.exitCode, 0);
    QVERIFY(human.out.contains("nothing was changed"));
    QCOMPARE(m_ctl->status(), before);
}

void TestCtl::reserveKeyTakesOverInTheFuture()
{
    QCOMPARE(m_ctl->addKey(demoKey("commercial.key")).exitCode, 0);
    const Test::CtlRun reserve = m_ctl->addKey(
        demoKey("reserve-commercial.key"), {QStringLiteral("--reserve"), QStringLiteral("--json")});
    QCOMPARE(reserve.exitCode, 0);
    QCOMPARE(Test::jsonText(reserve.json(), "slot"), QStringLiteral("reserve"));

    const QJsonObject now = m_ctl->status();
    QCOMPARE(serialIn(now, "active"), CommercialSerial);
    QCOMPARE(serialIn(now, "reserve"), ReserveSerial);

    const QDate future = Test::demoDateForToday(QDate(2030, 6, 1));
    const Test::CtlRun later =
        m_ctl->run({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--on-date"),
                    future.toString(Qt::ISODate)});
    QCOMPARE(later.exitCode, 0);
    const QJsonObject json = later.json();
    QCOMPARE(Test::jsonText(json, "evaluatedOn"), future.toString(Qt::ISODate));
    QCOMPARE(json.value(QLatin1String("reservePromoted")).toBool(), true);
    QCOMPARE(Test::jsonText(json, "status"), QStringLiteral("valid"));
    QCOMPARE(serialIn(json, "active"), ReserveSerial);
    QVERIFY(json.value(QLatin1String("reserve")).isNull());
    QCOMPARE(json.value(QLatin1String("daysLeft")).toInt(), int(future.daysTo(reserveExpires())));

    // Looking at another day changes nothing.
    QCOMPARE(m_ctl->status(), now);
}

void TestCtl::removeReserve()
{
    QCOMPARE(m_ctl->addKey(demoKey("commercial.key")).exitCode, 0);
    QCOMPARE(
        m_ctl->addKey(demoKey("reserve-commercial.key"), {QStringLiteral("--reserve")}).exitCode,
        0);
    const Test::CtlRun run = m_ctl->run({QStringLiteral("key"), QStringLiteral("remove"),
                                         QStringLiteral("reserve"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QCOMPARE(Test::jsonText(json, "removed"), QStringLiteral("reserve"));
    QVERIFY(json.value(QLatin1String("state")).toObject().value(QLatin1String("reserve")).isNull());

    const QJsonObject after = m_ctl->status();
    QCOMPARE(serialIn(after, "active"), CommercialSerial);
    QVERIFY(after.value(QLatin1String("reserve")).isNull());

    const Test::CtlRun again =
        m_ctl->run({QStringLiteral("key"), QStringLiteral("remove"), QStringLiteral("reserve")});
    QVERIFY(again.exitCode != 0);
    QVERIFY2(again.errText().contains(QLatin1String("There is no reserve key to remove.")),
             again.err.constData());
    QCOMPARE(m_ctl->status(), after);
}

void TestCtl::journalShowsNoDigestForAFollowedLink()
{
    // The console journals a followed help link: it has no body, so no digest applies.
    const RequestEnvelope link = RequestEnvelope::openLink(
        TransmissionKind::HelpLink,
        QUrl(QStringLiteral("https://click.kaspersky.com/?hl=en-US&link=license_page")));
    {
        auto database = StateDatabase::open(m_ctl->dataDir());
        QVERIFY(database.ok());
        TransmissionJournal journal(database.value());
        auto seq = journal.recordRequest(link);
        QVERIFY(seq.ok());
        QVERIFY(journal.recordResult(seq.value(), TransmissionOutcome::sent(0)).ok());
    }
    const Test::CtlRun run = m_ctl->run({QStringLiteral("journal")});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QStringLiteral("click.kaspersky.com")), run.out.constData());
    QVERIFY2(!out.contains(link.sha256().left(12)), run.out.constData());
}

QTEST_GUILESS_MAIN(TestCtl)
#include "tst_ctl.moc"
