// The console in another language, switched live, and its help links: every window
// retranslates without a restart, help links carry the language loaded, and following
// one is previewed, needs the data-provision agreement, goes through QDesktopServices
// and is journaled.
#include "ActivationWizard.h"
#include "ConsoleSession.h"
#include "DashboardPage.h"
#include "HelpLinkButton.h"
#include "HelpLinkPreviewDialog.h"
#include "HelpOpener.h"
#include "KeyCard.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "StatusBanner.h"
#include "common/TestKeys.h"
#include "core/Clock.h"
#include "core/StateDatabase.h"
#include "help/LanguageLoader.h"
#include "provision/DataProvisionAgreement.h"
#include "provision/TransmissionJournal.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace LightAgent;

namespace {

const QDateTime Today(QDate(2026, 11, 29), QTime(6, 0), Qt::UTC);

QString exactUrl(const QString &language, const QString &place, const QString &pageId)
{
    return QStringLiteral("https://click.kaspersky.com/?hl=") + language +
        QStringLiteral("&link=") + place + QStringLiteral("&pid=KSVLA&version=6.2&helpid=") +
        pageId;
}

} // namespace

// Stands in for the web browser: QDesktopServices hands it the https links.
class BrowserStub : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void openUrl(const QUrl &url) { opened.append(url); }
};

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void switchesToRussianLiveWithoutRestart();
    void switchesBackToEnglish();
    void languageMenuSwitchesAndRemembersTheChoice();
    void savedLanguageIsLoadedAtStart();
    void openDialogsRetranslateWithQtOwnButtons();
    void datesFollowTheLanguage();
    void pagesFitTheWindowWithoutScrollingSideways_data();
    void pagesFitTheWindowWithoutScrollingSideways();
    void helpButtonShowsTheExactAddressInTheLanguage();
    void helpMenuShowsTheExactAddresses();
    void helpClickIsPreviewedOpenedAndJournaled();
    void cancelledPreviewOpensNothingAndJournalsTheDecline();
    void enterInThePreviewOpensNothing();
    void dontShowAgainOpensDirectlyAndCanBeUndone();
    void withoutTheAgreementNothingIsOpenedNorJournaled();
    void theAgreementCanBeAcceptedWhenAsked();
    void privacyPolicyNeedsNoAgreementButIsJournaled();
    void wizardHelpOpensThePageOfTheWizard();

private:
    void openWindow();
    void acceptAgreement();
    void addDemoKey(); // the demo commercial key, as the active key
    void turnPreviewOff();
    HelpLinkPreviewDialog *waitForPreview();
    QList<JournalEntry> journal() const;
    QMenu *menu(const char *name) const;
    template<typename T> T *find(QObject *parent, const char *name) const
    {
        T *child = parent->findChild<T *>(QLatin1String(name));
        if (!child)
            qWarning("No %s", name);
        return child;
    }

    FixedClock m_clock {Today};
    BrowserStub m_browser;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<StateDatabase> m_database;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestLanguage::initTestCase()
{
    Clock::setInstance(&m_clock);
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_browser, "openUrl");
}

void TestLanguage::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    Clock::setInstance(nullptr);
}

void TestLanguage::init()
{
    LanguageLoader::install(QStringLiteral("en-US"));
    m_browser.opened.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto database = StateDatabase::open(m_dir->path());
    QVERIFY(database.ok());
    m_database = database.value();
    m_session = std::make_unique<ConsoleSession>(Test::demoProfile(), m_database);
}

void TestLanguage::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_database.reset();
    m_dir.reset();
    LanguageLoader::install(QStringLiteral("en-US")); // translators are application-wide
}

void TestLanguage::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_session);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestLanguage::acceptAgreement()
{
    QVERIFY(DataProvisionAgreement(m_database).accept(m_session->profile(), Today).ok());
}

void TestLanguage::addDemoKey()
{
    auto keyFile =
        KeyFile::load(Test::demoKeyPath(QStringLiteral("commercial.key")), m_session->profile());
    QVERIFY(keyFile.ok());
    QVERIFY(m_session->addKey(m_session->candidateFromFile(keyFile.value()), KeySlot::Active).ok());
}

void TestLanguage::turnPreviewOff()
{
    QVERIFY(setHelpPreviewEnabled(*m_session, false).ok());
}

HelpLinkPreviewDialog *TestLanguage::waitForPreview()
{
    const bool shown = QTest::qWaitFor(
        [this] { return m_window->findChild<HelpLinkPreviewDialog *>() != nullptr; });
    return shown ? m_window->findChild<HelpLinkPreviewDialog *>() : nullptr;
}

QList<JournalEntry> TestLanguage::journal() const
{
    auto entries = TransmissionJournal(m_database).page(0, 100);
    return entries ? entries.value() : QList<JournalEntry>();
}

QMenu *TestLanguage::menu(const char *name) const
{
    QMenu *found = m_window->findChild<QMenu *>(QLatin1String(name));
    if (!found)
        qFatal("No menu %s", name);
    return found;
}

void TestLanguage::switchesToRussianLiveWithoutRestart()
{
    openWindow();
    StatusBanner *banner = m_window->dashboard()->banner();
    QCOMPARE(menu("menuFile")->title(), QStringLiteral("&File"));
    QCOMPARE(banner->headline(), QStringLiteral("The solution is not activated."));

    QVERIFY(m_session->languages()->setLanguage(QStringLiteral("ru-RU")).ok());

    QTRY_COMPARE(menu("menuFile")->title(), QStringLiteral("&Файл"));
    QCOMPARE(menu("menuLicense")->title(), QStringLiteral("&Лицензия"));
    QCOMPARE(menu("menuView")->title(), QStringLiteral("&Вид"));
    QTRY_COMPARE(menu("menuHelp")->title(), QStringLiteral("&Справка"));
    QTRY_COMPARE(banner->headline(), QStringLiteral("Решение не активировано."));
    QCOMPARE(find<QLabel>(m_window.get(), "functionalityLevel")->text(),
             QStringLiteral("Функциональность отсутствует: решение не активировано"));
    QCOMPARE(m_window->dashboard()->card(KeySlot::Active)->title(),
             QStringLiteral("Активный ключ"));
    QCOMPARE(find<QPushButton>(m_window.get(), "addKeyFileButton")->text(),
             QStringLiteral("&Добавить файл ключа…"));
    QCOMPARE(find<QListWidget>(m_window.get(), "navigation")->item(0)->text(),
             QStringLiteral("Лицензия"));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Консоль Light Agent"));
    QCOMPARE(m_session->localization(), QStringLiteral("ru-RU"));
}

void TestLanguage::switchesBackToEnglish()
{
    openWindow();
    QVERIFY(m_session->languages()->setLanguage(QStringLiteral("ru-RU")).ok());
    QTRY_COMPARE(menu("menuFile")->title(), QStringLiteral("&Файл"));
    QVERIFY(m_session->languages()->setLanguage(QStringLiteral("en-US")).ok());
    QTRY_COMPARE(menu("menuFile")->title(), QStringLiteral("&File"));
    QTRY_COMPARE(m_window->dashboard()->banner()->headline(),
                 QStringLiteral("The solution is not activated."));
    QCOMPARE(m_session->localization(), QStringLiteral("en-US"));
}

void TestLanguage::languageMenuSwitchesAndRemembersTheChoice()
{
    openWindow();
    QAction *german = find<QAction>(m_window.get(), "actionLanguage_de");
    QVERIFY(german);
    QVERIFY(find<QAction>(m_window.get(), "actionLanguage_en")->isChecked());
    german->trigger();
    QCOMPARE(m_session->localization(), QStringLiteral("de-DE"));
    QVERIFY(german->isChecked());
    QTRY_COMPARE(menu("menuFile")->title(), QStringLiteral("&Datei"));
    QCOMPARE(m_database->setting(QString::fromLatin1(LanguageManager::Setting)).value(),
             QStringLiteral("de-DE"));
}

void TestLanguage::savedLanguageIsLoadedAtStart()
{
    QVERIFY(m_database
                ->setSetting(QString::fromLatin1(LanguageManager::Setting), QStringLiteral("fr-FR"))
                .ok());
    QCOMPARE(m_session->languages()->applySaved(), QStringLiteral("fr-FR"));
    QCOMPARE(m_session->localization(), QStringLiteral("fr-FR"));
    openWindow();
    QCOMPARE(menu("menuFile")->title(), QStringLiteral("&Fichier"));
    QVERIFY(find<QAction>(m_window.get(), "actionLanguage_fr")->isChecked());
}

void TestLanguage::openDialogsRetranslateWithQtOwnButtons()
{
    openWindow();
    m_window->showAbout();
    QDialog *about = nullptr;
    QTRY_VERIFY((about = m_window->findChild<QDialog *>(QStringLiteral("aboutDialog"))));
    QPushButton *close = find<QPushButton>(about, "closeButton");
    QCOMPARE(about->windowTitle(), QStringLiteral("About Light Agent Console"));
    QCOMPARE(close->text(), QStringLiteral("Close"));
    QVERIFY(m_session->languages()->setLanguage(QStringLiteral("ru-RU")).ok());
    QTRY_COMPARE(about->windowTitle(), QStringLiteral("О консоли Light Agent"));
    QCOMPARE(find<QLabel>(about, "aboutVersionLabel")->text(), QStringLiteral("Версия:"));
    // Qt's own translation, loaded with ours, names the standard button.
    QTRY_COMPARE(close->text(), QStringLiteral("Закрыть"));
}

void TestLanguage::datesFollowTheLanguage()
{
    addDemoKey();
    if (QTest::currentTestFailed())
        return;
    openWindow();
    QLabel *validity = find<QLabel>(m_window.get(), "activeValidity");
    QVERIFY(validity->text().contains(QStringLiteral("2026")));
    QVERIFY(m_session->languages()->setLanguage(QStringLiteral("ru-RU")).ok());
    QTRY_COMPARE(validity->text(), QStringLiteral("с 01.01.2026 по 31.12.2029"));
    QVERIFY(m_session->languages()->setLanguage(QStringLiteral("de-DE")).ok());
    QTRY_VERIFY(validity->text().contains(QStringLiteral("01.01.2026")));
}

void TestLanguage::pagesFitTheWindowWithoutScrollingSideways_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("agreed"); // the data-provision texts differ with it
    for (const QString &language : {QStringLiteral("en-US"), QStringLiteral("ru-RU")}) {
        for (int width : {800, 1100}) {
            for (bool agreed : {false, true})
                QTest::addRow("%s, %d px%s", qPrintable(language), width, agreed ? ", agreed" : "")
                    << language << width << agreed;
        }
    }
}

// The longer Russian words once made three pages of an 800-pixel window scroll
// sideways (the dashboard's key cards side by side and its title row with the demo
// badge, some 310 pixels alone; the updates page's captions beside their values; the
// data-provision consent caption): the cards now go one under the other, values under
// their captions and captions wrap where they do not fit.
void TestLanguage::pagesFitTheWindowWithoutScrollingSideways()
{
    QFETCH(QString, language);
    QFETCH(int, width);
    QFETCH(bool, agreed);
    addDemoKey();
    if (QTest::currentTestFailed())
        return;
    if (agreed)
        acceptAgreement();
    QVERIFY(m_session->languages()->setLanguage(language).ok());
    openWindow();
    m_window->resize(width, 600);
    QTRY_COMPARE(m_window->width(), width);

    auto *navigation = find<QListWidget>(m_window.get(), "navigation");
    QVERIFY(navigation);
    int scrolling = 0;
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        QTRY_VERIFY(m_window->currentPage() && m_window->currentPage()->isVisible());
        const auto areas = m_window->currentPage()->findChildren<QScrollArea *>();
        for (QScrollArea *scroll : areas) {
            if (!scroll->objectName().endsWith(QLatin1String("Scroll")) ||
                scroll->objectName() == QLatin1String("journalEntryScroll"))
                continue; // the journal's entry pane shows the exact bytes, unwrapped
            ++scrolling;
            // The pages reload their texts when shown; their layout follows as posted events.
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QVERIFY2(scroll->widget()->minimumSizeHint().width() <= scroll->viewport()->width(),
                     qPrintable(scroll->objectName()));
            QTRY_COMPARE(scroll->widget()->width(), scroll->viewport()->width());
            QVERIFY2(scroll->horizontalScrollBar()->maximum() == 0,
                     qPrintable(scroll->objectName() + QStringLiteral(" scrolls sideways by ") +
                                QString::number(scroll->horizontalScrollBar()->maximum())));
        }
    }
    QCOMPARE(scrolling, 3); // the dashboard, updates and data provision

    const QRect active = m_window->dashboard()->card(KeySlot::Active)->geometry();
    const QRect reserve = m_window->dashboard()->card(KeySlot::Reserve)->geometry();
    QVERIFY(!active.intersects(reserve));
    if (width >= 1100)
        QCOMPARE(reserve.top(), active.top()); // side by side where there is room
    else if (reserve.top() != active.top())
        QVERIFY(reserve.top() > active.bottom()); // otherwise one under the other
}

void TestLanguage::helpButtonShowsTheExactAddressInTheLanguage()
{
    openWindow();
    HelpLinkButton *help = m_window->dashboard()->helpButton();
    QCOMPARE(help->place(), QStringLiteral("license_page"));
    const QString english =
        exactUrl(QStringLiteral("en-US"), help->place(), QStringLiteral("254068"));
    QCOMPARE(help->statusTip(), english);
    QVERIFY(help->toolTip().contains(english));

    QVERIFY(m_session->languages()->setLanguage(QStringLiteral("ru-RU")).ok());
    const QString russian =
        exactUrl(QStringLiteral("ru-RU"), help->place(), QStringLiteral("254068"));
    QTRY_COMPARE(help->statusTip(), russian);
    QVERIFY(help->toolTip().contains(russian));
    QVERIFY(help->toolTip().contains(QStringLiteral("О лицензии")));
    QCOMPARE(QUrlQuery(help->url()).queryItemValue(QStringLiteral("hl")), QStringLiteral("ru-RU"));
    QCOMPARE(help->text(), QStringLiteral("Справка"));
}

void TestLanguage::helpMenuShowsTheExactAddresses()
{
    openWindow();
    QVERIFY(m_session->languages()->setLanguage(QStringLiteral("fr-FR")).ok());
    QAction *online = find<QAction>(m_window.get(), "actionOnlineHelp");
    QAction *dataProvision = find<QAction>(m_window.get(), "actionHelpDataProvision");
    QAction *privacy = find<QAction>(m_window.get(), "actionPrivacyPolicy");
    QTRY_COMPARE(online->statusTip(),
                 exactUrl(QStringLiteral("fr-FR"), QStringLiteral("license_page"),
                          QStringLiteral("254068")));
    QCOMPARE(dataProvision->statusTip(),
             exactUrl(QStringLiteral("fr-FR"), QStringLiteral("data_provision"),
                      QStringLiteral("255036")));
    QCOMPARE(privacy->statusTip(),
             m_session->profile().privacyPolicyUrl().toString(QUrl::FullyEncoded));
    QCOMPARE(online->text(), QStringLiteral("Aide en &ligne"));
}

void TestLanguage::helpClickIsPreviewedOpenedAndJournaled()
{
    acceptAgreement();
    openWindow();
    QVERIFY(m_session->languages()->setLanguage(QStringLiteral("ru-RU")).ok());
    const QString url =
        exactUrl(QStringLiteral("ru-RU"), QStringLiteral("license_page"), QStringLiteral("254068"));
    QTRY_COMPARE(m_window->dashboard()->helpButton()->statusTip(), url);

    QTest::mouseClick(m_window->dashboard()->helpButton(), Qt::LeftButton);
    HelpLinkPreviewDialog *preview = waitForPreview();
    QVERIFY(preview);
    QVERIFY(m_browser.opened.isEmpty()); // nothing leaves before the administrator agrees
    QCOMPARE(find<QLabel>(preview, "helpLinkUrl")->text(), url);
    QTableWidget *parameters = find<QTableWidget>(preview, "helpLinkParameters");
    QCOMPARE(parameters->rowCount(), 5);
    const QStringList names {QStringLiteral("hl"), QStringLiteral("link"), QStringLiteral("pid"),
                             QStringLiteral("version"), QStringLiteral("helpid")};
    for (int row = 0; row < 5; ++row) {
        QCOMPARE(parameters->item(row, 0)->text(), names.at(row));
        QVERIFY(!parameters->item(row, 2)->text().isEmpty());
    }
    QCOMPARE(parameters->item(0, 1)->text(), QStringLiteral("ru-RU"));
    QCOMPARE(parameters->item(0, 2)->text(), QStringLiteral("Язык интерфейса решения"));

    QTest::mouseClick(find<QPushButton>(preview, "openLinkButton"), Qt::LeftButton);
    QTRY_COMPARE(m_browser.opened.size(), 1);
    QCOMPARE(m_browser.opened.constFirst().toString(QUrl::FullyEncoded), url);
    const QList<JournalEntry> entries = journal();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).kind, QStringLiteral("help-link"));
    QCOMPARE(entries.at(0).method, QByteArrayLiteral("GET"));
    QCOMPARE(entries.at(0).url.toString(QUrl::FullyEncoded), url);
    QCOMPARE(entries.at(1).refSeq, entries.at(0).seq);
    QCOMPARE(entries.at(1).outcome.result, TransmissionResult::Sent);
    QCOMPARE(entries.at(1).outcome.httpStatus, 0);
    QVERIFY(TransmissionJournal(m_database).verify().value().ok);
}

void TestLanguage::cancelledPreviewOpensNothingAndJournalsTheDecline()
{
    acceptAgreement();
    openWindow();
    QTest::mouseClick(m_window->dashboard()->helpButton(), Qt::LeftButton);
    HelpLinkPreviewDialog *preview = waitForPreview();
    QVERIFY(preview);
    QTest::mouseClick(find<QPushButton>(preview, "cancelButton"), Qt::LeftButton);
    QTRY_COMPARE(journal().size(), 2);
    QCOMPARE(journal().at(1).outcome.result, TransmissionResult::Declined);
    QVERIFY(m_browser.opened.isEmpty());
}

void TestLanguage::enterInThePreviewOpensNothing()
{
    acceptAgreement();
    openWindow();
    QTest::mouseClick(m_window->dashboard()->helpButton(), Qt::LeftButton);
    HelpLinkPreviewDialog *preview = waitForPreview();
    QVERIFY(preview);
    QTRY_VERIFY(preview->isVisible());
    auto *open = find<QPushButton>(preview, "openLinkButton");
    QVERIFY(!open->isDefault());
    // The demo profile's help redirector is a real vendor's public site, and is named so.
    QVERIFY(find<QLabel>(preview, "helpLinkExplanation")
                ->text()
                .contains(QStringLiteral("click.kaspersky.com (the help redirector: a public "
                                         "site of a real vendor, not of Demo vendor)")));
    // Enter where the focus starts, and with the focus on Open itself: only a click opens.
    QWidget *start = preview->focusWidget() ? preview->focusWidget() : preview;
    for (QWidget *target : {start, static_cast<QWidget *>(open)}) {
        target->setFocus();
        QTest::keyClick(target, Qt::Key_Return);
        QTest::keyClick(target, Qt::Key_Enter);
        QCoreApplication::processEvents();
        QVERIFY(preview->isVisible());
    }
    QVERIFY(m_browser.opened.isEmpty());
    QVERIFY(journal().isEmpty());
}

void TestLanguage::dontShowAgainOpensDirectlyAndCanBeUndone()
{
    acceptAgreement();
    openWindow();
    QAction *previewAction = find<QAction>(m_window.get(), "actionPreviewHelpLinks");
    QVERIFY(previewAction->isChecked());
    QTest::mouseClick(m_window->dashboard()->helpButton(), Qt::LeftButton);
    HelpLinkPreviewDialog *preview = waitForPreview();
    QVERIFY(preview);
    find<QCheckBox>(preview, "dontShowAgainCheck")->setChecked(true);
    QTest::mouseClick(find<QPushButton>(preview, "openLinkButton"), Qt::LeftButton);
    QTRY_COMPARE(m_browser.opened.size(), 1);
    QVERIFY(!helpPreviewEnabled(*m_session));

    // The next link opens at once, and is journaled all the same.
    QTRY_VERIFY(!m_window->findChild<HelpLinkPreviewDialog *>());
    QCOMPARE(openHelp(m_window.get(), *m_session, QStringLiteral("data_provision")),
             HelpOpening::Opened);
    QCOMPARE(m_browser.opened.size(), 2);
    QCOMPARE(journal().size(), 4);

    // The Help menu shows the choice and undoes it.
    Q_EMIT menu("menuHelp")->aboutToShow();
    QVERIFY(!previewAction->isChecked());
    previewAction->trigger();
    QVERIFY(helpPreviewEnabled(*m_session));
    QCOMPARE(openHelp(m_window.get(), *m_session, QStringLiteral("data_provision")),
             HelpOpening::Previewing);
}

void TestLanguage::withoutTheAgreementNothingIsOpenedNorJournaled()
{
    openWindow();
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(m_window->dashboard()->helpButton(), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("data provision agreement")));
    QVERIFY(!m_window->findChild<HelpLinkPreviewDialog *>());
    QVERIFY(m_browser.opened.isEmpty());
    QVERIFY(journal().isEmpty());
    QVERIFY(!DataProvisionAgreement(m_database).stands().value());

    turnPreviewOff(); // not even a link that would open at once
    MessageBox::setNextAnswer(QMessageBox::No);
    QCOMPARE(openHelp(m_window.get(), *m_session, QStringLiteral("journal")),
             HelpOpening::NeedsAgreement);
    QVERIFY(m_browser.opened.isEmpty());
    QVERIFY(journal().isEmpty());
}

void TestLanguage::theAgreementCanBeAcceptedWhenAsked()
{
    openWindow();
    turnPreviewOff();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QCOMPARE(openHelp(m_window.get(), *m_session, QStringLiteral("data_provision")),
             HelpOpening::Opened);
    QVERIFY(DataProvisionAgreement(m_database).stands().value());
    QCOMPARE(m_browser.opened.size(), 1);
    QCOMPARE(journal().size(), 2);
}

void TestLanguage::privacyPolicyNeedsNoAgreementButIsJournaled()
{
    openWindow();
    turnPreviewOff();
    find<QAction>(m_window.get(), "actionPrivacyPolicy")->trigger();
    QCOMPARE(m_browser.opened.size(), 1);
    QCOMPARE(m_browser.opened.constFirst(), m_session->profile().privacyPolicyUrl());
    QCOMPARE(journal().size(), 2);
    QCOMPARE(journal().at(0).kind, QStringLiteral("help-link"));
    QVERIFY(!DataProvisionAgreement(m_database).stands().value());
}

void TestLanguage::wizardHelpOpensThePageOfTheWizard()
{
    acceptAgreement();
    turnPreviewOff();
    openWindow();
    QVERIFY(m_session->languages()->setLanguage(QStringLiteral("de-DE")).ok());
    ActivationWizard *wizard = m_window->openActivationWizard();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    // The wizard's own Help button, on its first page.
    wizard->button(QWizard::HelpButton)->click();
    QTRY_COMPARE(m_browser.opened.size(), 1);
    QCOMPARE(m_browser.opened.constFirst().toString(QUrl::FullyEncoded),
             exactUrl(QStringLiteral("de-DE"), QStringLiteral("wizard_choose_method"),
                      QStringLiteral("255050")));
    wizard->close();
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
