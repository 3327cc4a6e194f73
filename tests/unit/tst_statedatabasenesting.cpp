// StateDatabase::write() inside another write() is a savepoint of the outer change:
// the two commit together or not at all. ActivationFlow, UpdateFlow and
// LicenseCheckFlow rely on it to store a key, a bundle or a verdict together with
// the journal entry that says it was received (found by tests/e2e/tst_crashsafety).
#include "core/StateDatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace LightAgent;

class TestStateDatabaseNesting : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void outcomes_data();
    void outcomes();
    void outerFailureUndoesACommittedInnerChange();

private:
    Status setting(const QString &name);
    QStringList settings() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<StateDatabase> m_db;
};

void TestStateDatabaseNesting::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = StateDatabase::open(m_dir->path());
    QVERIFY(db.ok());
    m_db = db.value();
}

Status TestStateDatabaseNesting::setting(const QString &name)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO settings (name, value) VALUES (?, 'x')"));
    q.addBindValue(name);
    return m_db->exec(q, "test insert");
}

QStringList TestStateDatabaseNesting::settings() const
{
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT name FROM settings WHERE name LIKE 'test.%' ORDER BY name"));
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

void TestStateDatabaseNesting::outcomes_data()
{
    QTest::addColumn<bool>("innerFails");
    QTest::addColumn<bool>("outerFails");
    QTest::addColumn<QStringList>("kept");
    const auto both = QStringList {QStringLiteral("test.inner"), QStringLiteral("test.outer")};
    QTest::newRow("both succeed: both kept") << false << false << both;
    QTest::newRow("inner fails, outer goes on: outer kept")
        << true << false << QStringList {QStringLiteral("test.outer")};
    QTest::newRow("outer fails after the inner succeeded: nothing kept")
        << false << true << QStringList();
}

void TestStateDatabaseNesting::outcomes()
{
    QFETCH(bool, innerFails);
    QFETCH(bool, outerFails);
    QFETCH(QStringList, kept);
    const Error failure = Error::make(ErrorCode::Internal, QStringLiteral("test"), QString());
    const Status outer = m_db->write([&]() -> Status {
        if (Status s = setting(QStringLiteral("test.outer")); !s)
            return s;
        const Status inner = m_db->write([&]() -> Status {
            if (Status s = setting(QStringLiteral("test.inner")); !s)
                return s;
            return innerFails ? Status(failure) : Status();
        });
        if (inner.ok() == innerFails)
            return Error::make(ErrorCode::Internal, QStringLiteral("unexpected"), QString());
        return outerFails ? Status(failure) : Status();
    });
    QCOMPARE(outer.ok(), !outerFails);
    QCOMPARE(settings(), kept);
    // The connection is out of every transaction again: a new change works.
    QVERIFY(m_db->write([&] { return setting(QStringLiteral("test.after")); }).ok());
}

void TestStateDatabaseNesting::outerFailureUndoesACommittedInnerChange()
{
    // Two levels deep, as a flow around KeyStore::add() around its own write().
    const Status outer = m_db->write([&]() -> Status {
        const Status middle = m_db->write(
            [&] { return m_db->write([&] { return setting(QStringLiteral("test.deep")); }); });
        if (!middle)
            return middle;
        return Error::make(ErrorCode::Internal, QStringLiteral("late"), QString());
    });
    QVERIFY(!outer.ok());
    QCOMPARE(outer.error().reason, QStringLiteral("late"));
    QVERIFY(settings().isEmpty());
}

QTEST_GUILESS_MAIN(TestStateDatabaseNesting)
#include "tst_statedatabasenesting.moc"
