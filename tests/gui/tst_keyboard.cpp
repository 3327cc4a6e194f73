// The console by keyboard only: every tab stop of every page shows where focus is, Tab
// comes back to where it started (no trap), and no Alt+letter is used twice in one
// window, in each language, so that the first press acts instead of only moving focus.
#include "ActivationWizard.h"
#include "ConsoleSession.h"
#include "ConsoleStyle.h"
#include "JournalModel.h"
#include "JournalPage.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "common/ConsoleFixture.h"
#include "common/TestKeys.h"
#include "core/Clock.h"
#include "core/StateDatabase.h"
#include "help/LanguageLoader.h"
#include "provision/DataProvisionAgreement.h"
#include "provision/TransmissionJournal.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace LightAgent;

namespace {

const QDateTime Today(QDate(2026, 11, 29), QTime(6, 0), Qt::UTC);

// The letter after a single '&', lower-cased; a null QChar when there is none.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

bool shown(const QWidget *widget, const QWidget *window)
{
    return widget->isVisibleTo(window) && widget->isEnabled();
}

// Every Alt+letter that more than one visible control of the window uses.
QStringList mnemonicClashes(QWidget *window, const QString &where)
{
    QMultiHash<QChar, QString> users;
    auto note = [&users](const QString &text) {
        if (!mnemonic(text).isNull())
            users.insert(mnemonic(text), text);
    };
    if (auto *mainWindow = qobject_cast<QMainWindow *>(window)) {
        const auto actions = mainWindow->menuBar()->actions();
        for (const QAction *action : actions) {
            if (action->isVisible())
                note(action->text());
        }
    }
    const auto buttons = window->findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons) {
        if (shown(button, window))
            note(button->text());
    }
    const auto labels = window->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->buddy() && shown(label, window))
            note(label->text());
    }
    const auto boxes = window->findChildren<QGroupBox *>();
    for (const QGroupBox *box : boxes) {
        if (box->isCheckable() && shown(box, window))
            note(box->title());
    }
    const auto tabBars = window->findChildren<QTabBar *>();
    for (const QTabBar *tabs : tabBars) {
        if (!shown(tabs, window))
            continue;
        for (int tab = 0; tab < tabs->count(); ++tab) {
            if (tabs->isTabVisible(tab))
                note(tabs->tabText(tab));
        }
    }
    QStringList clashes;
    const auto letters = users.uniqueKeys();
    for (const QChar letter : letters) {
        const QStringList texts = users.values(letter);
        if (texts.size() > 1)
            clashes.append(where + QStringLiteral(": Alt+") + letter + QStringLiteral(" in ") +
                           texts.join(QStringLiteral(" / ")));
    }
    return clashes;
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void everyTabStopShowsFocusAndTabComesBack_data();
    void everyTabStopShowsFocusAndTabComesBack();
    void noAltLetterIsUsedTwiceInOneWindow_data();
    void noAltLetterIsUsedTwiceInOneWindow();

private:
    void openWindow();
    void addKeys();
    void fillJournal();

    FixedClock m_clock {Today};
    Test::ConsoleFixture m_fx;
    std::unique_ptr<MainWindow> m_window;
};

void TestKeyboard::initTestCase()
{
    Clock::setInstance(&m_clock);
    ConsoleStyle::install(); // the console's own painting, focus included
}

void TestKeyboard::cleanupTestCase()
{
    Clock::setInstance(nullptr);
}

void TestKeyboard::init()
{
    QCOMPARE(m_fx.open(), QString());
}

void TestKeyboard::cleanup()
{
    m_window.reset();
    m_fx.close();
}

void TestKeyboard::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_fx.session);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
}

// Both keys, so that both key cards show all their buttons.
void TestKeyboard::addKeys()
{
    for (const auto &[file, slot] :
         {std::pair {QStringLiteral("commercial.key"), KeySlot::Active},
          std::pair {QStringLiteral("reserve-commercial.key"), KeySlot::Reserve}}) {
        auto keyFile = KeyFile::load(Test::demoKeyPath(file), m_fx.session->profile());
        QVERIFY(keyFile.ok());
        QVERIFY(m_fx.session->addKey(m_fx.session->candidateFromFile(keyFile.value()), slot).ok());
    }
}

// A request and its result, so that the Journal shows its table and details.
void TestKeyboard::fillJournal()
{
    TransmissionJournal journal(m_fx.database);
    const RequestEnvelope envelope = RequestEnvelope::postJson(
        TransmissionKind::DatabaseUpdate, QUrl(QStringLiteral("https://127.0.0.1:9/v1/updates")),
        {{QStringLiteral("licenseId"), QStringLiteral("0A1-2B3C4D-5E6F7A8B")}});
    auto seq = journal.recordRequest(envelope);
    QVERIFY(seq.ok());
    QVERIFY(
        journal.recordResult(seq.value(), TransmissionOutcome::sent(200, envelope.sha256())).ok());
}

void TestKeyboard::everyTabStopShowsFocusAndTabComesBack_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<qint64>("journalSeq"); // the entry selected in the Journal
    QTest::newRow("dashboard") << 0 << qint64(0);
    QTest::newRow("updates") << 1 << qint64(0);
    QTest::newRow("journal, a request selected") << 2 << qint64(1);
}

// Walks the tab chain from the navigation, where focus starts: each stop is visible and
// looks different focused than after focus left it, and Tab comes back to the start.
void TestKeyboard::everyTabStopShowsFocusAndTabComesBack()
{
    QFETCH(int, page);
    QFETCH(qint64, journalSeq);
    addKeys();
    fillJournal();
    QVERIFY(DataProvisionAgreement(m_fx.database).accept(m_fx.session->profile(), Today).ok());
    openWindow();
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    navigation->setCurrentRow(page);
    QTRY_VERIFY(m_window->currentPage() && m_window->currentPage()->isVisible());
    if (journalSeq > 0) {
        QTRY_COMPARE(m_window->journalPage()->model()->rowCount(), 2);
        m_window->journalPage()->selectSeq(journalSeq);
    }
    navigation->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), navigation);

    QStringList visited;
    QWidget *current = navigation;
    for (int step = 0; step < 120; ++step) {
        QVERIFY2(current->isVisible(), qPrintable(current->objectName()));
        const QImage focused = current->grab().toImage();
        QTest::keyClick(current, Qt::Key_Tab);
        if (QApplication::focusWidget() == current) // a label's link takes one Tab itself
            QTest::keyClick(current, Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        QVERIFY(next);
        QVERIFY2(next != current,
                 qPrintable(QStringLiteral("Tab is trapped in ") + current->objectName() +
                            QStringLiteral(" after ") + visited.join(QStringLiteral(", "))));
        const QImage unfocused = current->grab().toImage();
        QVERIFY2(focused != unfocused,
                 qPrintable(current->objectName() + QStringLiteral(" (") +
                            QString::fromLatin1(current->metaObject()->className()) +
                            QStringLiteral(") looks the same with and without focus")));
        visited.append(current->objectName());
        if (next == navigation)
            return;
        QVERIFY2(!visited.contains(next->objectName()) || next->objectName().isEmpty(),
                 qPrintable(QStringLiteral("Tab goes round without the navigation: ") +
                            visited.join(QStringLiteral(", ")) + QStringLiteral(", ") +
                            next->objectName()));
        current = next;
    }
    QFAIL(qPrintable(QStringLiteral("Tab never came back: ") + visited.join(QStringLiteral(", "))));
}

void TestKeyboard::noAltLetterIsUsedTwiceInOneWindow_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en-US", "ru-RU", "de-DE", "fr-FR"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

// On each page: the menu bar's titles and the page's buttons, tabs and labels with a
// buddy; a letter used twice only moves focus between the two on its first press.
void TestKeyboard::noAltLetterIsUsedTwiceInOneWindow()
{
    QFETCH(QString, language);
    addKeys();
    fillJournal();
    QVERIFY(m_fx.session->languages()->setLanguage(language).ok());
    openWindow();
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QStringList clashes;
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        QTRY_VERIFY(m_window->currentPage() && m_window->currentPage()->isVisible());
        if (m_window->currentPage() == m_window->journalPage()) {
            QTRY_COMPARE(m_window->journalPage()->model()->rowCount(), 2);
            m_window->journalPage()->selectSeq(1); // the request: both tabs
        }
        clashes += mnemonicClashes(m_window.get(), navigation->item(row)->text());
    }
    // The wizard, a window of its own, on the pages that have a choice to make.
    ActivationWizard wizard(*m_fx.session, m_window.get());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    clashes += mnemonicClashes(&wizard, wizard.windowTitle());
    auto *codeRadio = wizard.findChild<QAbstractButton *>(QStringLiteral("codeMethodRadio"));
    QVERIFY(codeRadio);
    codeRadio->click();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ActivationWizard::Page_Code));
    clashes += mnemonicClashes(&wizard, wizard.windowTitle());
    auto *edit = wizard.findChild<QLineEdit *>(QStringLiteral("activationCodeEdit"));
    QVERIFY(edit);
    QTest::keyClicks(edit, QStringLiteral("DEMO1-COMME-RCIAL-0005I"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ActivationWizard::Page_Preview));
    clashes += mnemonicClashes(&wizard, wizard.windowTitle());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
