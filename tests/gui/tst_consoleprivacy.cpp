// The console makes no connection without consent: every address of the vendor
// profile (services, help, privacy policy) points at a tripwire that must see
// nothing while the console starts, shows each page, has its help links and menus
// hovered, and activates with a key file, through the dashboard and through the
// wizard. A typed activation code appears in no window title. tests/e2e/tst_privacy
// also runs this test with no network at all (`unshare -n`).
#include "ActivationWizard.h"
#include "ConsoleSession.h"
#include "DashboardPage.h"
#include "FileDialog.h"
#include "HelpLinkButton.h"
#include "KeyInspectionDialog.h"
#include "MainWindow.h"
#include "common/ServiceProcess.h"
#include "common/TestKeys.h"
#include "common/Tripwire.h"
#include "core/StateDatabase.h"
#include "provision/TransmissionJournal.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QHelpEvent>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace LightAgent;

namespace {

const QString Code = QStringLiteral("DEMO1-COMME-RCIAL-0005I");

// A profile whose every address is the tripwire's.
Result<VendorProfile> profileAt(const QString &dir, const QUrl &url)
{
    const QString path = Test::writeProfile(dir, url);
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    QJsonObject profile = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject help = profile.value(QStringLiteral("help")).toObject();
    help.insert(QStringLiteral("base"), QString(url.toString() + QLatin1Char('/')));
    profile.insert(QStringLiteral("help"), help);
    profile.insert(QStringLiteral("privacyPolicyUrl"),
                   QString(url.toString() + QStringLiteral("/privacy")));
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(QJsonDocument(profile).toJson());
    file.close();
    return VendorProfile::load(path);
}

// A connection attempt is asynchronous: to show that none happens, the event loop
// must be given the time one would take. This is that time, not a synchronization.
void letTheEventLoopRun()
{
    const QDeadlineTimer deadline(300);
    while (!deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

// What a mouse resting on a widget does: enter, move, ask for the tooltip and the
// "What's This", and, over a label with links, pass over every one of them.
void hover(QWidget *widget)
{
    if (!widget->isVisible())
        return;
    QEnterEvent enter(QPointF(2, 2), widget->mapToGlobal(QPointF(2, 2)),
                      widget->mapToGlobal(QPointF(2, 2)));
    QApplication::sendEvent(widget, &enter);
    const QPoint centre = widget->rect().center();
    QTest::mouseMove(widget, centre);
    QHelpEvent tip(QEvent::ToolTip, centre, widget->mapToGlobal(centre));
    QApplication::sendEvent(widget, &tip);
    QHelpEvent whatsThis(QEvent::WhatsThis, centre, widget->mapToGlobal(centre));
    QApplication::sendEvent(widget, &whatsThis);
    if (auto *label = qobject_cast<QLabel *>(widget); label && label->text().contains(u"<a ")) {
        for (int y = 2; y < label->height(); y += 6) {
            for (int x = 2; x < label->width(); x += 12)
                QTest::mouseMove(label, QPoint(x, y));
        }
    }
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(widget, &leave);
}

void hoverAll(QWidget *root)
{
    hover(root);
    for (QWidget *child : root->findChildren<QWidget *>())
        hover(child);
}

} // namespace

class TestConsolePrivacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startingAndBrowsingEveryPageSendsNothing();
    void hoveringHelpLinksAndMenusSendsNothing();
    void keyFileActivationOnTheDashboardSendsNothing();
    void keyFileActivationInTheWizardSendsNothing();
    void typedCodeIsInNoWindowTitle();

private:
    void openWindow();
    void expectNothingSent();

    std::unique_ptr<Test::Tripwire> m_tripwire;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<VendorProfile> m_profile;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestConsolePrivacy::init()
{
    m_tripwire = std::make_unique<Test::Tripwire>();
    QVERIFY(m_tripwire->isListening());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto profile = profileAt(m_dir->path(), m_tripwire->url());
    QVERIFY2(profile.ok(), qPrintable(profile ? QString() : profile.error().message));
    m_profile = profile.value();
    auto database = StateDatabase::open(m_dir->filePath(QStringLiteral("data")));
    QVERIFY(database.ok());
    m_session = std::make_unique<ConsoleSession>(*m_profile, database.value());
}

void TestConsolePrivacy::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_dir.reset();
    m_tripwire.reset();
}

void TestConsolePrivacy::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_session);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestConsolePrivacy::expectNothingSent()
{
    letTheEventLoopRun();
    QVERIFY2(!m_tripwire->wasTouched(), "the console made a connection");
    auto count = TransmissionJournal(m_session->database()).count();
    QVERIFY(count.ok());
    QCOMPARE(count.value(), 0);
}

void TestConsolePrivacy::startingAndBrowsingEveryPageSendsNothing()
{
    openWindow();
    expectNothingSent();
    auto *navigation = m_window->findChild<QListWidget *>();
    QVERIFY(navigation);
    QVERIFY(navigation->count() >= 2);
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        QVERIFY(m_window->currentPage()->isVisible());
        hoverAll(m_window->currentPage());
        QVERIFY2(!m_tripwire->wasTouched(), qPrintable(navigation->item(row)->text()));
    }
    expectNothingSent();
}

void TestConsolePrivacy::hoveringHelpLinksAndMenusSendsNothing()
{
    openWindow();
    auto *navigation = m_window->findChild<QListWidget *>();
    int helpButtons = 0;
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        for (HelpLinkButton *button : m_window->findChildren<HelpLinkButton *>()) {
            if (!button->isVisible())
                continue;
            ++helpButtons;
            hover(button);
            // The hover shows where the link would go: at the tripwire, which sees nothing.
            QVERIFY2(button->toolTip().contains(m_tripwire->url().host()),
                     qPrintable(button->toolTip()));
        }
    }
    QVERIFY2(helpButtons > 0, "no help link to hover");
    for (QMenu *menu : m_window->menuBar()->findChildren<QMenu *>()) {
        menu->popup(m_window->mapToGlobal(QPoint(10, 10)));
        for (QAction *action : menu->actions()) {
            menu->setActiveAction(action);
            action->hover();
        }
        menu->close();
    }
    expectNothingSent();
}

void TestConsolePrivacy::keyFileActivationOnTheDashboardSendsNothing()
{
    openWindow();
    FileDialog::setNextFileName(Test::demoKeyForToday(QStringLiteral("commercial.key")));
    QTest::mouseClick(m_window->dashboard()->addKeyFileButton(), Qt::LeftButton);
    QTRY_VERIFY(m_window->findChild<KeyInspectionDialog *>() != nullptr);
    auto *dialog = m_window->findChild<KeyInspectionDialog *>();
    QTRY_VERIFY(dialog->isVisible());
    hoverAll(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addKeyButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(m_session->state().value().active().has_value());
    expectNothingSent();
}

void TestConsolePrivacy::keyFileActivationInTheWizardSendsNothing()
{
    openWindow();
    ActivationWizard *wizard = m_window->openActivationWizard();
    QTRY_VERIFY(wizard->isVisible());
    auto *radio = wizard->findChild<QRadioButton *>(QStringLiteral("keyFileMethodRadio"));
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(ActivationWizard::Page_KeyFile));
    FileDialog::setNextFileName(Test::demoKeyForToday(QStringLiteral("commercial.key")));
    QTest::mouseClick(
        wizard->currentPage()->findChild<QPushButton *>(QStringLiteral("browseKeyFileButton")),
        Qt::LeftButton);
    hoverAll(wizard);
    QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!wizard->isVisible());
    QVERIFY(m_session->state().value().active().has_value());
    expectNothingSent();
}

void TestConsolePrivacy::typedCodeIsInNoWindowTitle()
{
    openWindow();
    ActivationWizard *wizard = m_window->openActivationWizard();
    QTRY_VERIFY(wizard->isVisible());
    auto *radio = wizard->findChild<QRadioButton *>(QStringLiteral("codeMethodRadio"));
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(ActivationWizard::Page_Code));
    QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("activationCodeEdit")), Code);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(ActivationWizard::Page_Preview));
    for (QWidget *window : QApplication::topLevelWidgets()) {
        QVERIFY2(!window->windowTitle().contains(Code) &&
                     !window->windowTitle().contains(QStringLiteral("DEMO1COMMERCIAL0005I")),
                 qPrintable(window->windowTitle()));
    }
    // Seeing the preview is not consenting: nothing has gone out.
    letTheEventLoopRun();
    QVERIFY(!m_tripwire->wasTouched());
    wizard->reject();
}

QTEST_MAIN(TestConsolePrivacy)
#include "tst_consoleprivacy.moc"
