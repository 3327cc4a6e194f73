// The state database keeps its write-ahead log when a connection closes, so that a
// process does not copy the log into the database file and sync both each time it
// exits: a committed change stays in the log, where every connection opened later
// reads it, until SQLite checkpoints the log as it grows, at 100 pages.
#include "core/StateDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <thread>

using namespace LightAgent;

class TestStateDatabaseLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void aCommittedChangeOutlivesTheConnectionInTheLog();
    void theLogIsCheckpointedAsItGrows();
    void aBigChangeLeavesNoBigLogBehind();
    void loadingTheDriverAheadLeavesNoConnection();

private:
    QString path(const char *suffix) const;
    QByteArray bytes(const char *suffix) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStateDatabaseLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestStateDatabaseLog::path(const char *suffix) const
{
    return m_dir->filePath(QString::fromLatin1(StateDatabase::FileName) +
                           QString::fromLatin1(suffix));
}

QByteArray TestStateDatabaseLog::bytes(const char *suffix) const
{
    QFile file(path(suffix));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestStateDatabaseLog::aCommittedChangeOutlivesTheConnectionInTheLog()
{
    const QString marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        auto db = StateDatabase::open(m_dir->path());
        QVERIFY(db.ok());
        QVERIFY(db.value()->setSetting(QStringLiteral("test.marker"), marker).ok());
    } // the store's only connection closes here

    // Not copied into the database file on closing: still in the log.
    QVERIFY(bytes("-wal").contains(marker.toLatin1()));
    QVERIFY(!bytes("").contains(marker.toLatin1()));

    auto reopened = StateDatabase::open(m_dir->path());
    QVERIFY(reopened.ok());
    auto value = reopened.value()->setting(QStringLiteral("test.marker"));
    QVERIFY(value.ok());
    QCOMPARE(value.value(), marker);
}

void TestStateDatabaseLog::theLogIsCheckpointedAsItGrows()
{
    auto db = StateDatabase::open(m_dir->path());
    QVERIFY(db.ok());
    // 300 changes of a page or more each: far more than 100 pages in all.
    const QString filler(3000, QLatin1Char('x'));
    for (int i = 0; i < 300; ++i)
        QVERIFY(db.value()->setSetting(QStringLiteral("test.%1").arg(i), filler).ok());

    // The log starts over after each checkpoint, so it never holds much more than
    // 100 pages (each 4096 bytes and a 24-byte frame header).
    const qint64 frame = 4096 + 24;
    QVERIFY2(QFileInfo(path("-wal")).size() < 150 * frame,
             qPrintable(QString::number(QFileInfo(path("-wal")).size())));
    QVERIFY(bytes("").contains(filler.toLatin1())); // checkpointed ones are in the file
}

// One transaction of ~1,000 pages (a journal import, a bench fill) grows the log past
// any checkpoint; every later process would read it all again when it opens the store.
// Closing the store empties it; small changes still leave their log.
void TestStateDatabaseLog::aBigChangeLeavesNoBigLogBehind()
{
    const QString filler(3000, QLatin1Char('y'));
    {
        auto db = StateDatabase::open(m_dir->path());
        QVERIFY(db.ok());
        const Status written = db.value()->write([&]() -> Status {
            for (int i = 0; i < 1000; ++i) {
                if (Status s = db.value()->setSetting(QStringLiteral("big.%1").arg(i), filler); !s)
                    return s;
            }
            return {};
        });
        QVERIFY(written.ok());
        QVERIFY2(QFileInfo(path("-wal")).size() > 500 * 4096,
                 qPrintable(QString::number(QFileInfo(path("-wal")).size())));
    }
    QCOMPARE(QFileInfo(path("-wal")).size(), 0);
    QVERIFY(bytes("").contains(filler.toLatin1()));
    {
        auto db = StateDatabase::open(m_dir->path());
        QVERIFY(db.ok());
        QCOMPARE(db.value()->setting(QStringLiteral("big.999")).value(), filler);
        QVERIFY(db.value()->setSetting(QStringLiteral("small"), QStringLiteral("1")).ok());
    }
    QVERIFY(QFileInfo(path("-wal")).size() > 0); // a small change keeps its log
}

void TestStateDatabaseLog::loadingTheDriverAheadLeavesNoConnection()
{
    const QStringList before = QSqlDatabase::connectionNames();
    std::thread loader(&StateDatabase::loadDriver); // as lightagent-ctl activate does
    auto db = StateDatabase::open(m_dir->path());
    loader.join();
    QVERIFY(db.ok());
    QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 1); // the store's own
    StateDatabase::loadDriver();
    QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 1);
    QVERIFY(db.value()->setSetting(QStringLiteral("test.after"), QStringLiteral("1")).ok());
}

QTEST_GUILESS_MAIN(TestStateDatabaseLog)
#include "tst_statedatabaselog.moc"
