// The window's geometry and the journal page's splitter, kept in the state database
// between runs: a second window on the same data directory comes up as the first was left.
#include "ConsoleSession.h"
#include "JournalPage.h"
#include "MainWindow.h"
#include "WindowState.h"
#include "common/TestKeys.h"
#include "core/StateDatabase.h"
#include "provision/RequestEnvelope.h"
#include "provision/TransmissionJournal.h"

#include <QJsonObject>
#include <QUrl>

#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace LightAgent;

class TestWindowState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void firstRunUsesTheDefaultLayout();
    void geometryIsRestoredInTheNextRun();
    void journalSplitterIsRestoredInTheNextRun();
    void unreadableSavedStateKeepsTheDefault();

private:
    std::unique_ptr<MainWindow> openWindow();
    QSplitter *journalSplitter(MainWindow &window);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConsoleSession> m_session;
};

void TestWindowState::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto database = StateDatabase::open(m_dir->path());
    QVERIFY2(database.ok(), qPrintable(database ? QString() : database.error().message));
    m_session = std::make_unique<ConsoleSession>(Test::demoProfile(), database.value());
}

void TestWindowState::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestWindowState::openWindow()
{
    auto window = std::make_unique<MainWindow>(*m_session);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

QSplitter *TestWindowState::journalSplitter(MainWindow &window)
{
    // The journal page is built when first shown or asked for.
    return window.journalPage()->findChild<QSplitter *>(QStringLiteral("journalSplitter"));
}

void TestWindowState::firstRunUsesTheDefaultLayout()
{
    QVERIFY(WindowState::load(*m_session->database(), WindowState::GeometrySetting).isEmpty());
    auto window = openWindow();
    QVERIFY(window);
    QCOMPARE(window->size(), QSize(1060, 740));
}

void TestWindowState::geometryIsRestoredInTheNextRun()
{
    {
        auto window = openWindow();
        QVERIFY(window);
        window->resize(900, 640);
        QTRY_COMPARE(window->size(), QSize(900, 640));
        QVERIFY(window->close());
    }
    QVERIFY(!WindowState::load(*m_session->database(), WindowState::GeometrySetting).isEmpty());
    auto again = openWindow();
    QVERIFY(again);
    QCOMPARE(again->size(), QSize(900, 640));
}

void TestWindowState::journalSplitterIsRestoredInTheNextRun()
{
    // One entry, so that the page shows the table and the entry's details split.
    TransmissionJournal journal(m_session->database());
    const RequestEnvelope envelope = RequestEnvelope::postJson(
        TransmissionKind::DatabaseUpdate, QUrl(QStringLiteral("https://127.0.0.1:9/v1/updates")),
        {{QStringLiteral("licenseId"), QStringLiteral("0A1-2B3C4D-5E6F7A8B")}});
    QVERIFY(journal.recordRequest(envelope).ok());
    QList<int> chosen;
    {
        auto window = openWindow();
        QVERIFY(window);
        QSplitter *split = journalSplitter(*window);
        QVERIFY(split);
        window->showPage(window->journalPage());
        QTRY_VERIFY(split->isVisible());
        QTRY_VERIFY(split->sizes().value(0) > 0);
        const int total = split->sizes().value(0) + split->sizes().value(1);
        QVERIFY(total > 100);
        split->setSizes({total - 80, 80});
        chosen = split->sizes();
        QVERIFY(window->close());
    }
    QVERIFY(
        !WindowState::load(*m_session->database(), WindowState::JournalSplitterSetting).isEmpty());
    auto again = openWindow();
    QVERIFY(again);
    QSplitter *split = journalSplitter(*again);
    again->showPage(again->journalPage());
    QTRY_VERIFY(split->isVisible());
    QCOMPARE(split->sizes(), chosen);
}

void TestWindowState::unreadableSavedStateKeepsTheDefault()
{
    QVERIFY(m_session->database()
                ->setSetting(QString(WindowState::GeometrySetting), QStringLiteral("not base64!"))
                .ok());
    QVERIFY(WindowState::load(*m_session->database(), WindowState::GeometrySetting).isEmpty());
    auto window = openWindow();
    QVERIFY(window);
    QCOMPARE(window->size(), QSize(1060, 740));
}

QTEST_MAIN(TestWindowState)
#include "tst_windowstate.moc"
