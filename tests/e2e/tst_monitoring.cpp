// `lightagent-ctl status --nagios` and `--prometheus` (DESIGN §3.10) as a monitoring
// system runs them: one Nagios line and the plugin exit code for each state, UNKNOWN
// (never OK) when the state cannot be read, and the Prometheus text read back by the
// real parser of the Python prometheus_client package. Keys are issued at test time
// around today and the day looked at is given with --on-date.
#include "e2e/CtlProcess.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace LightAgent;

namespace {

const QString ActiveSerial = QStringLiteral("0A0-000018-00000001");
const QString ReserveSerial = QStringLiteral("0A0-000018-00000002");

// Every key starts 10 days ago, so the store accepts it today.
QDate activeExpires()
{
    return Test::todayUtc().addDays(200);
}

QByteArray issuedKey(const QString &serial, const char *type, QDate expires, int graceDays = 0)
{
    return Test::keyFile(
        {{QStringLiteral("serial"), serial},
         {QStringLiteral("type"), QString::fromLatin1(type)},
         {QStringLiteral("unit"), QStringLiteral("core")},
         {QStringLiteral("validFrom"), Test::todayUtc().addDays(-10).toString(Qt::ISODate)},
         {QStringLiteral("expires"), expires.toString(Qt::ISODate)},
         {QStringLiteral("graceDays"), graceDays}});
}

// One statement on the state file, as someone with the sqlite3 tool would run it.
bool runSql(const QString &dataDir, const QString &statement)
{
    const QString name = QStringLiteral("monitoring-sql");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dataDir + QStringLiteral("/state.sqlite"));
        QSqlQuery query(db.open() ? db : QSqlDatabase());
        ok = db.isOpen() && query.exec(statement);
        if (!ok)
            qWarning("SQL failed: %s", qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// The Python interpreter that has Debian's python3-prometheus-client.
QString python()
{
    const QString system =
        QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
    return system.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("python3")) : system;
}

// Parses exposition text with prometheus_client and returns, as JSON,
// [{"name", "type", "documentation", "samples": [{"name", "labels", "value"}]}].
const char *const ParserScript = R"(
import json, sys
from prometheus_client.parser import text_string_to_metric_families
families = []
for family in text_string_to_metric_families(sys.stdin.read()):
    families.append({"name": family.name, "type": family.type,
                     "documentation": family.documentation,
                     "samples": [{"name": s.name, "labels": s.labels, "value": s.value}
                                 for s in family.samples]})
print(json.dumps(families))
)";

} // namespace

class TestMonitoring : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_ctl.reset(); }

    void nagiosLineAndExitCode_data();
    void nagiosLineAndExitCode();
    void nagiosUnknownForAnUnreadableState_data();
    void nagiosUnknownForAnUnreadableState();
    void nagiosSentenceIsOneSafeLine();
    void prometheusParsedByARealParser();
    void prometheusWhenUnreadable();

private:
    void setUp(const QString &scenario);
    Test::CtlRun nagios(QDate onDate, const QStringList &more = {}) const;

    std::unique_ptr<Test::CtlProcess> m_ctl;
};

void TestMonitoring::init()
{
    m_ctl = std::make_unique<Test::CtlProcess>();
    QVERIFY(m_ctl->isValid());
}

void TestMonitoring::setUp(const QString &scenario)
{
    if (scenario == QLatin1String("none"))
        return;
    const bool subscription = scenario == QLatin1String("subscription");
    const QString active =
        m_ctl->writeFile(QStringLiteral("active.key"),
                         issuedKey(ActiveSerial, subscription ? "subscription" : "commercial",
                                   activeExpires(), subscription ? 30 : 0));
    const Test::CtlRun added = m_ctl->addKey(active);
    QVERIFY2(added.exitCode == 0, added.err.constData());
    if (scenario == QLatin1String("reserve")) {
        const QString reserve =
            m_ctl->writeFile(QStringLiteral("reserve.key"),
                             issuedKey(ReserveSerial, "commercial", activeExpires().addDays(365)));
        const Test::CtlRun addedReserve = m_ctl->addKey(reserve, {QStringLiteral("--reserve")});
        QVERIFY2(addedReserve.exitCode == 0, addedReserve.err.constData());
    }
    if (scenario == QLatin1String("blocked")) {
        // What the periodic check records when the service says "blocked".
        QVERIFY(runSql(
            m_ctl->dataDir(),
            QStringLiteral("UPDATE keys SET blocked_since = '%1' WHERE slot = 'active'")
                .arg(QDateTime(Test::todayUtc(), QTime(8, 0), Qt::UTC).toString(Qt::ISODate))));
    }
}

Test::CtlRun TestMonitoring::nagios(QDate onDate, const QStringList &more) const
{
    return m_ctl->run(QStringList {QStringLiteral("status"), QStringLiteral("--nagios"),
                                   QStringLiteral("--on-date"), onDate.toString(Qt::ISODate)} +
                      more);
}

void TestMonitoring::nagiosLineAndExitCode_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("daysFromExpiry"); // the day looked at, from the active key's end
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<QString>("says");

    QTest::newRow("valid, 31 days left")
        << QStringLiteral("commercial") << -31 << QStringLiteral("OK") << 0 << 31
        << QStringLiteral("The license is valid until");
    QTest::newRow("30 days left") << QStringLiteral("commercial") << -30
                                  << QStringLiteral("WARNING") << 1 << 30
                                  << QStringLiteral("and there is no reserve key");
    QTest::newRow("14 days left") << QStringLiteral("commercial") << -14
                                  << QStringLiteral("WARNING") << 1 << 14
                                  << QStringLiteral("The license ends in 14 days");
    QTest::newRow("7 days left") << QStringLiteral("commercial") << -7 << QStringLiteral("CRITICAL")
                                 << 2 << 7 << QStringLiteral("The license ends in 7 days");
    QTest::newRow("last day") << QStringLiteral("commercial") << 0 << QStringLiteral("CRITICAL")
                              << 2 << 0 << QStringLiteral("The license ends in 0 days");
    QTest::newRow("7 days left, reserve takes over")
        << QStringLiteral("reserve") << -7 << QStringLiteral("OK") << 0 << 372
        << QStringLiteral("the reserve key %1 takes over on").arg(ReserveSerial);
    QTest::newRow("grace period, first day")
        << QStringLiteral("subscription") << 1 << QStringLiteral("WARNING") << 1 << 29
        << QStringLiteral("the grace period keeps all functions");
    QTest::newRow("grace period, last week")
        << QStringLiteral("subscription") << 25 << QStringLiteral("CRITICAL") << 2 << 5
        << QStringLiteral("the grace period keeps all functions");
    QTest::newRow("expired") << QStringLiteral("commercial") << 1 << QStringLiteral("CRITICAL") << 2
                             << -1 << QStringLiteral("The license has expired");
    QTest::newRow("not activated") << QStringLiteral("none") << -100 << QStringLiteral("CRITICAL")
                                   << 2 << 0 << QStringLiteral("The solution is not activated");
}

void TestMonitoring::nagiosLineAndExitCode()
{
    QFETCH(QString, scenario);
    QFETCH(int, daysFromExpiry);
    QFETCH(QString, state);
    QFETCH(int, exitCode);
    QFETCH(int, daysLeft);
    QFETCH(QString, says);
    setUp(scenario);
    const Test::CtlRun run = nagios(activeExpires().addDays(daysFromExpiry));
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(out.endsWith(QLatin1Char('\n')) && out.count(QLatin1Char('\n')) == 1, qPrintable(out));
    static const QRegularExpression line(
        QStringLiteral("^LIGHTAGENT LICENSE (OK|WARNING|CRITICAL|UNKNOWN) - ([^|\\n]+) \\| "
                       "days_left=(-?[0-9]+);@~:30;@~:7;;\\n$"));
    const QRegularExpressionMatch match = line.match(out);
    QVERIFY2(match.hasMatch(), qPrintable(out));
    QCOMPARE(match.captured(1), state);
    QVERIFY2(match.captured(2).contains(says), qPrintable(out));
    QCOMPARE(match.captured(3).toInt(), daysLeft);
}

void TestMonitoring::nagiosUnknownForAnUnreadableState_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("says");
    QTest::newRow("damaged state database") << QStringLiteral("database") << QStringList()
                                            << QStringLiteral("The license state cannot be read");
    QTest::newRow("missing vendor profile")
        << QString()
        << QStringList {QStringLiteral("--profile"), QStringLiteral("/nonexistent/p.json")}
        << QStringLiteral("The license state cannot be read");
    QTest::newRow("damaged warning setting")
        << QStringLiteral("setting") << QStringList() << QStringLiteral("warn-days");
}

void TestMonitoring::nagiosUnknownForAnUnreadableState()
{
    QFETCH(QString, damage);
    QFETCH(QStringList, options);
    QFETCH(QString, says);
    setUp(QStringLiteral("commercial"));
    if (damage == QLatin1String("database")) {
        // The file is overwritten with text: not a database any more.
        QVERIFY(QFile::remove(m_ctl->dataDir() + QStringLiteral("/state.sqlite")));
        QFile::remove(m_ctl->dataDir() + QStringLiteral("/state.sqlite-wal"));
        QFile::remove(m_ctl->dataDir() + QStringLiteral("/state.sqlite-shm"));
        QFile file(m_ctl->dataDir() + QStringLiteral("/state.sqlite"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(QByteArray(8192, 'x')) == 8192);
    } else if (damage == QLatin1String("setting")) {
        QVERIFY(runSql(m_ctl->dataDir(),
                       QStringLiteral("INSERT INTO settings (name, value) VALUES "
                                      "('warnings.days', 'soon')")));
    }
    const Test::CtlRun run = nagios(Test::todayUtc(), options);
    const QString out = QString::fromUtf8(run.out);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(out.startsWith(QStringLiteral("LIGHTAGENT LICENSE UNKNOWN - ")), qPrintable(out));
    QVERIFY2(out.count(QLatin1Char('\n')) == 1, qPrintable(out));
    QVERIFY2(out.contains(says), qPrintable(out));
}

void TestMonitoring::nagiosSentenceIsOneSafeLine()
{
    setUp(QStringLiteral("blocked"));
    // A blocked key: critical from its first day, its 8 days counted down.
    const Test::CtlRun blocked = nagios(Test::todayUtc());
    QCOMPARE(blocked.exitCode, 2);
    QVERIFY2(blocked.out.contains("days_left=7;"), blocked.out.constData());
    // A usage error is UNKNOWN too, on one line, never OK.
    const Test::CtlRun badDate =
        m_ctl->run({QStringLiteral("status"), QStringLiteral("--nagios"),
                    QStringLiteral("--on-date"), QStringLiteral("31.12.2029\n| x=1")});
    QCOMPARE(badDate.exitCode, 3);
    const QString out = QString::fromUtf8(badDate.out);
    QVERIFY2(out.startsWith(QStringLiteral("LIGHTAGENT LICENSE UNKNOWN - ")), qPrintable(out));
    QCOMPARE(out.count(QLatin1Char('\n')), 1);
    QCOMPARE(out.count(QLatin1Char('|')), 0);
}

void TestMonitoring::prometheusParsedByARealParser()
{
    const QString interpreter = python();
    QVERIFY2(!interpreter.isEmpty(),
             "python3 is needed to parse the exposition format "
             "(scripts/lib/common.sh installs it)");
    setUp(QStringLiteral("reserve"));
    const QDate onDate = activeExpires().addDays(-7);
    const Test::CtlRun run =
        m_ctl->run({QStringLiteral("status"), QStringLiteral("--prometheus"),
                    QStringLiteral("--on-date"), onDate.toString(Qt::ISODate)});
    QCOMPARE(run.exitCode, 0);

    QProcess parser;
    parser.start(interpreter, {QStringLiteral("-c"), QString::fromLatin1(ParserScript)});
    QVERIFY(parser.waitForStarted());
    parser.write(run.out);
    parser.closeWriteChannel();
    QVERIFY(parser.waitForFinished(60000));
    QVERIFY2(parser.exitCode() == 0,
             qPrintable(QStringLiteral("prometheus_client (python3-prometheus-client) could not "
                                       "parse the output:\n") +
                        QString::fromUtf8(parser.readAllStandardError() + "\n" + run.out)));
    const QJsonArray families = QJsonDocument::fromJson(parser.readAllStandardOutput()).array();

    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &family : families) {
        const QJsonObject object = family.toObject();
        QVERIFY2(Test::jsonText(object, "name").startsWith(QLatin1String("lightagent_")),
                 qPrintable(Test::jsonText(object, "name")));
        QCOMPARE(Test::jsonText(object, "type"), QStringLiteral("gauge"));
        QVERIFY(!Test::jsonText(object, "documentation").isEmpty());
        byName.insert(Test::jsonText(object, "name"), object);
    }
    auto value = [&](const char *family, const QJsonObject &labels = {}) -> double {
        const QJsonArray samples =
            byName.value(QLatin1String(family)).value(QLatin1String("samples")).toArray();
        for (const QJsonValue &sample : samples) {
            if (sample.toObject().value(QLatin1String("labels")).toObject() == labels)
                return sample.toObject().value(QLatin1String("value")).toDouble();
        }
        return qQNaN();
    };
    QCOMPARE(value("lightagent_state_readable"), 1.0);
    QCOMPARE(
        value("lightagent_license_status", {{QStringLiteral("status"), QStringLiteral("valid")}}),
        1.0);
    QCOMPARE(value("lightagent_license_status",
                   {{QStringLiteral("status"), QStringLiteral("expires-soon")}}),
             0.0);
    QCOMPARE(value("lightagent_license_warning_level"), 0.0);
    QCOMPARE(value("lightagent_license_days_left",
                   {{QStringLiteral("slot"), QStringLiteral("active")},
                    {QStringLiteral("serial"), ActiveSerial}}),
             7.0);
    QCOMPARE(value("lightagent_license_days_left",
                   {{QStringLiteral("slot"), QStringLiteral("reserve")},
                    {QStringLiteral("serial"), ReserveSerial}}),
             372.0);
    QCOMPARE(value("lightagent_license_covered_days_left"), 372.0);
    QCOMPARE(value("lightagent_databases_installed"), 0.0);
    QVERIFY(!byName.contains(QStringLiteral("lightagent_databases_age_seconds")));
}

void TestMonitoring::prometheusWhenUnreadable()
{
    const Test::CtlRun run =
        m_ctl->run({QStringLiteral("status"), QStringLiteral("--prometheus"),
                    QStringLiteral("--profile"), QStringLiteral("/nonexistent/p.json")});
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.out.contains("\nlightagent_state_readable 0\n"), run.out.constData());
    QVERIFY(!run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestMonitoring)
#include "tst_monitoring.moc"
