// Every window on 800×600 logical pixels: a small screen at 100 %, and a 1600×1200
// screen at 200 % (ctest runs this test a second time with QT_SCALE_FACTOR=2 on such a
// screen). No window opens larger than the screen, nor with its buttons out of reach.
#include "ActivationWizard.h"
#include "ConsoleSession.h"
#include "JournalModel.h"
#include "JournalPage.h"
#include "KeyInspectionDialog.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ScreenFit.h"
#include "UpdateDialog.h"
#include "WindowState.h"
#include "common/ConsoleFixture.h"
#include "common/TestKeys.h"
#include "core/Clock.h"
#include "core/StateDatabase.h"
#include "help/LanguageLoader.h"
#include "provision/TransmissionJournal.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace LightAgent;

namespace {

const QDateTime Today(QDate(2026, 11, 29), QTime(6, 0), Qt::UTC);

} // namespace

class TestWindowFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void theScreenIs800By600();
    void windowsNeverOpenLargerThanTheScreen_data();
    void windowsNeverOpenLargerThanTheScreen();

private:
    void openWindow();
    void addDemoKey();
    void fillJournal();

    FixedClock m_clock {Today};
    Test::ConsoleFixture m_fx;
    std::unique_ptr<MainWindow> m_window;
};

void TestWindowFit::initTestCase()
{
    Clock::setInstance(&m_clock);
    ScreenFit::install();
}

void TestWindowFit::cleanupTestCase()
{
    Clock::setInstance(nullptr);
}

void TestWindowFit::init()
{
    QCOMPARE(m_fx.open(), QString());
}

void TestWindowFit::cleanup()
{
    m_window.reset();
    m_fx.close();
}

void TestWindowFit::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_fx.session);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestWindowFit::addDemoKey()
{
    auto keyFile =
        KeyFile::load(Test::demoKeyPath(QStringLiteral("commercial.key")), m_fx.session->profile());
    QVERIFY(keyFile.ok());
    QVERIFY(m_fx.session->addKey(m_fx.session->candidateFromFile(keyFile.value()), KeySlot::Active)
                .ok());
}

void TestWindowFit::fillJournal()
{
    TransmissionJournal journal(m_fx.database);
    const RequestEnvelope envelope = RequestEnvelope::postJson(
        TransmissionKind::Activation,
        QUrl(QStringLiteral("https://127.0.0.1:47443/v1/activations")),
        {{QStringLiteral("activationCode"), QStringLiteral("DEMO1-COMME-RCIAL-0005I")},
         {QStringLiteral("localization"), QStringLiteral("en-US")}},
        {QStringLiteral("activationCode")});
    auto seq = journal.recordRequest(envelope);
    QVERIFY(seq.ok());
    QVERIFY(
        journal.recordResult(seq.value(), TransmissionOutcome::sent(200, envelope.sha256())).ok());
}

// Whatever the scale, the screen the checks below are made for: at 200 % that is a
// 1600×1200 screen (tests/gui/screen-1600x1200.json).
void TestWindowFit::theScreenIs800By600()
{
    QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), QSize(800, 600));
}

void TestWindowFit::windowsNeverOpenLargerThanTheScreen_data()
{
    QTest::addColumn<QString>("window");
    for (const char *window :
         {"main window", "main window, saved larger", "wizard", "key inspection"})
        QTest::newRow(window) << QString::fromLatin1(window);
}

void TestWindowFit::windowsNeverOpenLargerThanTheScreen()
{
    QFETCH(QString, window);
    if (window == QLatin1String("main window, saved larger")) {
        // A geometry saved on a larger screen, or before the scale was raised.
        MainWindow large(*m_fx.session);
        large.setGeometry(0, 0, 1500, 1100);
        QVERIFY(
            WindowState::save(*m_fx.database, WindowState::GeometrySetting, large.saveGeometry())
                .ok());
    }
    addDemoKey();
    openWindow();
    std::unique_ptr<QWidget> shown;
    if (window == QLatin1String("wizard"))
        shown = std::make_unique<ActivationWizard>(*m_fx.session, m_window.get());
    else if (window == QLatin1String("key inspection"))
        shown = std::make_unique<KeyInspectionDialog>(
            Test::demoKeyPath(QStringLiteral("expired.key")), *m_fx.session, m_window.get());
    else if (window == QLatin1String("update dialog"))
        shown = std::make_unique<UpdateDialog>(*m_fx.session, m_window.get());
    QWidget *checked = shown ? shown.get() : m_window.get();
    if (shown) {
        shown->show();
        QVERIFY(QTest::qWaitForWindowExposed(shown.get()));
    }
    const QRect available = checked->screen()->availableGeometry();
    QVERIFY2(available.contains(checked->frameGeometry()),
             qPrintable(QStringLiteral("%1 at %2×%3 on a screen of %4×%5")
                            .arg(window)
                            .arg(checked->frameGeometry().width())
                            .arg(checked->frameGeometry().height())
                            .arg(available.width())
                            .arg(available.height())));
    // A dialog's buttons within reach (the main window's pages scroll to theirs).
    if (checked == m_window.get())
        return;
    const auto buttons = checked->findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons) {
        if (!button->isVisibleTo(checked) || button->window() != checked)
            continue;
        const QRect place(button->mapTo(checked, QPoint(0, 0)), button->size());
        QVERIFY2(checked->rect().contains(place), qPrintable(button->objectName()));
    }
}

QTEST_MAIN(TestWindowFit)
#include "tst_windowfit.moc"
