// The console's side of database updates and the periodic license check, driven
// offscreen against the real reference licensing service: without the data-provision
// agreement "Update now" is disabled, says why and nothing reaches the service; the
// agreement is accepted in the vendor's statement; the update previews exactly the
// five fields of DESIGN §3.3, sends them and installs the signed bundle; Cancel in the
// preview sends nothing and is journaled; the schedule switch persists; the dashboard
// shows the freshness; "Check now" checks a key from a code.
#include "AgreementDialog.h"
#include "BackgroundWork.h"
#include "ConsoleSession.h"
#include "DashboardPage.h"
#include "DataProvisionPage.h"
#include "EnvelopePreview.h"
#include "LanguageManager.h"
#include "LicenseCheckPanel.h"
#include "MainWindow.h"
#include "MaintenanceSummary.h"
#include "MessageBox.h"
#include "ServiceSession.h"
#include "UpdateDialog.h"
#include "UpdatesPage.h"
#include "common/ServiceProcess.h"
#include "common/TestKeys.h"
#include "common/Tripwire.h"
#include "core/Clock.h"
#include "core/StateDatabase.h"
#include "help/LanguageLoader.h"
#include "license/ActivationCode.h"
#include "license/KeyFile.h"
#include "provision/ActivationFlow.h"
#include "provision/DataProvisionAgreement.h"
#include "provision/PayloadCatalog.h"
#include "provision/PeriodicLicenseCheck.h"
#include "provision/Recipients.h"
#include "provision/RequestBuilder.h"
#include "provision/TransmissionJournal.h"
#include "provision/UpdateSchedule.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDeadlineTimer>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace LightAgent;

namespace {

// From resources/demo/codes.md.
const QString GoodCode = QStringLiteral("DEMO1-COMME-RCIAL-0005I");
constexpr int ServiceTimeoutMs = 30000;

const QStringList UpdateFields {QStringLiteral("installationId"), QStringLiteral("licenseId"),
                                QStringLiteral("solutionId"), QStringLiteral("solutionVersion"),
                                QStringLiteral("updateTaskId")};

// A connection is asynchronous: to show that none happens, the event loop gets the
// time one would take. This is that time, not a synchronization.
void letTheEventLoopRun()
{
    const QDeadlineTimer deadline(300);
    while (!deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

} // namespace

class TestUpdatesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void updateNowIsRefusedWithTheReason_data();
    void updateNowIsRefusedWithTheReason();
    void agreeingThenUpdatingInstallsTheBundle();
    void cancelInThePreviewSendsNothing();
    void enterInThePreviewSendsNothing();
    void scheduledUpdatesSwitchPersists();
    void dashboardShowsFreshnessAndNextCheck();
    void firstStartShowsTheStatementOnce();
    void agreementCanBeWithdrawnInTheStatement();
    void dataProvisionPageShowsTheStatement();
    void startingTheConsoleConnectsOnlyWhenDueAndAllowed_data();
    void startingTheConsoleConnectsOnlyWhenDueAndAllowed();
    void checkNowChecksAKeyFromACode();
    void followsTheLanguageLive();
    void everyWidgetHasAnObjectName();

private:
    void makeSession(const QUrl &serviceUrl);
    void addKeyFile();
    void agree();
    UpdatesPage *openPage();
    QList<JournalEntry> journal() const;
    template<typename T> T *find(QObject *parent, const char *name) const
    {
        T *child = parent->findChild<T *>(QLatin1String(name));
        if (!child)
            qWarning("No %s", name);
        return child;
    }

    Test::ServiceProcess m_service;
    FixedClock m_clock {QDateTime::currentDateTimeUtc()};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<UpdatesPage> m_page;
    std::unique_ptr<MainWindow> m_window;
};

void TestUpdatesPage::initTestCase()
{
    QVERIFY2(QFile::exists(Test::servicePath()), "the licensing service is not built");
    QVERIFY(m_service.start());
    Clock::setInstance(&m_clock);
}

void TestUpdatesPage::cleanupTestCase()
{
    Clock::setInstance(nullptr);
}

void TestUpdatesPage::init()
{
    // The service dates bundles and keys by the real calendar; the console's clock too.
    m_clock.set(QDateTime::currentDateTimeUtc());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    makeSession(m_service.baseUrl());
}

void TestUpdatesPage::cleanup()
{
    m_window.reset();
    m_page.reset();
    m_session.reset();
    m_dir.reset();
    LanguageLoader::install(QStringLiteral("en-US")); // translators are application-wide
}

void TestUpdatesPage::makeSession(const QUrl &serviceUrl)
{
    m_window.reset();
    m_page.reset();
    m_session.reset();
    m_session = Test::serviceSession(*m_dir, serviceUrl);
    QVERIFY(m_session);
}

void TestUpdatesPage::addKeyFile()
{
    auto keyFile = KeyFile::load(Test::demoKeyForToday(QStringLiteral("commercial.key")),
                                 m_session->profile());
    QVERIFY(keyFile.ok());
    QVERIFY(m_session->addKey(m_session->candidateFromFile(keyFile.value()), KeySlot::Active).ok());
}

void TestUpdatesPage::agree()
{
    QVERIFY(DataProvisionAgreement(m_session->database())
                .accept(m_session->profile(), m_clock.now())
                .ok());
}

UpdatesPage *TestUpdatesPage::openPage()
{
    m_page = std::make_unique<UpdatesPage>(*m_session);
    m_page->show();
    if (!QTest::qWaitForWindowExposed(m_page.get()))
        return nullptr;
    return m_page.get();
}

QList<JournalEntry> TestUpdatesPage::journal() const
{
    auto entries = TransmissionJournal(m_session->database()).page(0, 100);
    return entries ? entries.value() : QList<JournalEntry>();
}

void TestUpdatesPage::updateNowIsRefusedWithTheReason_data()
{
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<bool>("withAgreement");
    QTest::addColumn<QString>("reasonMentions");
    QTest::addColumn<bool>("offersAgreement");
    QTest::newRow("activated, no agreement")
        << true << false << QStringLiteral("agreement") << true;
    QTest::newRow("agreement, not activated")
        << false << true << QStringLiteral("not activated") << false;
}

void TestUpdatesPage::updateNowIsRefusedWithTheReason()
{
    QFETCH(bool, withKey);
    QFETCH(bool, withAgreement);
    QFETCH(QString, reasonMentions);
    QFETCH(bool, offersAgreement);
    if (withKey)
        addKeyFile();
    if (withAgreement)
        agree();
    const int before = m_service.requestCount();
    UpdatesPage *page = openPage();
    QVERIFY(page);
    QVERIFY(!page->updateNowButton()->isEnabled());
    QVERIFY(page->refusalPanel()->isVisible());
    QVERIFY2(page->refusalLabel()->text().contains(reasonMentions),
             qPrintable(page->refusalLabel()->text()));
    QCOMPARE(page->refusalAgreementButton()->isVisible(), offersAgreement);
    QVERIFY(page->updateNow() == nullptr);
    QVERIFY(page->findChild<UpdateDialog *>() == nullptr);
    letTheEventLoopRun();
    QCOMPARE(m_service.requestCount(), before);
    QVERIFY(journal().isEmpty());
}

void TestUpdatesPage::agreeingThenUpdatingInstallsTheBundle()
{
    addKeyFile();
    UpdatesPage *page = openPage();
    QVERIFY(page);
    QCOMPARE(page->freshnessLabel()->text(), displayName(Freshness::None));

    // The reason offers the statement; agreeing there records the time.
    QTest::mouseClick(page->refusalAgreementButton(), Qt::LeftButton);
    auto *statement = page->findChild<AgreementDialog *>();
    QVERIFY(statement);
    QTRY_VERIFY(statement->isVisible());
    QVERIFY(statement->agreeButton()->isVisible());
    QTest::mouseClick(statement->agreeButton(), Qt::LeftButton);
    QTRY_VERIFY(page->findChild<AgreementDialog *>() == nullptr);
    auto record = DataProvisionAgreement(m_session->database()).record();
    QVERIFY(record.ok() && record.value() && record.value()->stands());
    QCOMPARE(record.value()->grantedAt, m_clock.now());
    QVERIFY(page->updateNowButton()->isEnabled());
    QVERIFY(!page->refusalPanel()->isVisible());

    // The preview shows exactly the five fields of §3.3, and the bytes that Send sends.
    const int before = m_service.requestCount();
    QTest::mouseClick(page->updateNowButton(), Qt::LeftButton);
    auto *dialog = page->findChild<UpdateDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->stage(), UpdateDialog::PreviewStage);
    QStringList fields;
    for (const auto &row : dialog->preview()->fieldRows())
        fields.append(row.first);
    std::sort(fields.begin(), fields.end());
    QCOMPARE(fields, UpdateFields);
    QCOMPARE(dialog->preview()->exactBytes(), dialog->envelope().wireBytes());
    const QString sha256 = dialog->envelope().sha256();
    QVERIFY(!page->updateNowButton()->isEnabled()); // one update at a time

    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), UpdateDialog::ResultStage, ServiceTimeoutMs);
    QVERIFY(dialog->outcome() && dialog->outcome()->ok());
    const UpdateResult result = dialog->outcome()->value(); // the dialog is deleted on close
    QVERIFY(result.installed);
    QVERIFY2(dialog->outcomeText().contains(result.bundle.version()),
             qPrintable(dialog->outcomeText()));
    QVERIFY2(dialog->digestText().contains(
                 QStringLiteral("The service confirmed it received exactly these bytes.")),
             qPrintable(dialog->digestText()));
    QVERIFY(dialog->digestText().contains(sha256));
    QTRY_COMPARE(m_service.requestCount(), before + 1);

    QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
    QTRY_VERIFY(page->findChild<UpdateDialog *>() == nullptr);
    QCOMPARE(page->versionLabel()->text(), result.bundle.version());
    QCOMPARE(page->freshnessLabel()->text(), displayName(Freshness::UpToDate));
    QVERIFY(!page->releasedLabel()->text().isEmpty());
    QVERIFY2(page->lastRunLabel()->text().contains(result.bundle.version()),
             qPrintable(page->lastRunLabel()->text()));
    QVERIFY(page->updateNowButton()->isEnabled());
    const QList<JournalEntry> entries = journal();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).bodySha256, sha256);
    QCOMPARE(entries.at(1).outcome.result, TransmissionResult::Sent);
    QVERIFY(TransmissionJournal(m_session->database()).verify().value().ok);
}

void TestUpdatesPage::cancelInThePreviewSendsNothing()
{
    addKeyFile();
    agree();
    UpdatesPage *page = openPage();
    QVERIFY(page);
    const int before = m_service.requestCount();
    UpdateDialog *dialog = page->updateNow();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QString sha256 = dialog->envelope().sha256();
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY(page->findChild<UpdateDialog *>() == nullptr);
    letTheEventLoopRun();
    QCOMPARE(m_service.requestCount(), before);
    const QList<JournalEntry> entries = journal();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).kind, toWireName(TransmissionKind::DatabaseUpdate));
    QCOMPARE(entries.at(0).bodySha256, sha256);
    QCOMPARE(entries.at(1).outcome.result, TransmissionResult::Declined);
    QCOMPARE(page->versionLabel()->text(), QStringLiteral("—"));
    QVERIFY(page->updateNowButton()->isEnabled());
}

void TestUpdatesPage::enterInThePreviewSendsNothing()
{
    addKeyFile();
    agree();
    UpdatesPage *page = openPage();
    QVERIFY(page);
    const int before = m_service.requestCount();
    UpdateDialog *dialog = page->updateNow();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->sendButton()->isDefault());
    QCOMPARE(find<QLabel>(dialog, "envelopeRecipient")->text(),
             QStringLiteral("%1 (the update service, on this computer)")
                 .arg(Recipients::host(m_service.baseUrl())));
    // Enter where the focus starts, and with the focus on Send itself: only a click sends.
    QWidget *start = dialog->focusWidget() ? dialog->focusWidget() : dialog;
    for (QWidget *target : {start, static_cast<QWidget *>(dialog->sendButton())}) {
        target->setFocus();
        QTest::keyClick(target, Qt::Key_Return);
        QTest::keyClick(target, Qt::Key_Enter);
        letTheEventLoopRun();
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->stage(), UpdateDialog::PreviewStage);
    }
    QCOMPARE(m_service.requestCount(), before);
    QVERIFY(journal().isEmpty());
    dialog->reject();
}

void TestUpdatesPage::scheduledUpdatesSwitchPersists()
{
    addKeyFile();
    agree();
    UpdatesPage *page = openPage();
    QVERIFY(page);
    QVERIFY(page->scheduledCheckBox()->isChecked());
    QVERIFY2(page->nextUpdateLabel()->text().contains(QStringLiteral("Due now")),
             qPrintable(page->nextUpdateLabel()->text()));
    page->scheduledCheckBox()->setFocus();
    QTest::keyClick(page->scheduledCheckBox(), Qt::Key_Space);
    QVERIFY(!page->scheduledCheckBox()->isChecked());
    QCOMPARE(UpdateSchedule::enabled(*m_session->database()).value(), false);
    QVERIFY2(page->nextUpdateLabel()->text().contains(QStringLiteral("switched off")),
             qPrintable(page->nextUpdateLabel()->text()));

    // Another page (another start of the console) reads the same setting.
    UpdatesPage again(*m_session);
    QVERIFY(!again.scheduledCheckBox()->isChecked());
    QTest::mouseClick(page->scheduledCheckBox(), Qt::LeftButton);
    QCOMPARE(UpdateSchedule::enabled(*m_session->database()).value(), true);
    QTRY_VERIFY(again.scheduledCheckBox()->isChecked()); // follows the background's plan
}

void TestUpdatesPage::dashboardShowsFreshnessAndNextCheck()
{
    addKeyFile();
    agree();
    // Updated once (by the command line's path through the core), so nothing is due.
    const RequestSources sources {m_session->profile(), m_session->database(),
                                  m_session->localization(), m_clock};
    auto envelope = UpdateFlow::prepare(sources);
    QVERIFY(envelope.ok());
    auto updated = UpdateFlow::runAndWait(m_session->profile(), m_session->database(),
                                          NetworkSettings(), envelope.value());
    QVERIFY2(updated.ok(), qPrintable(updated ? QString() : updated.error().message));
    const int before = m_service.requestCount();

    m_window = std::make_unique<MainWindow>(*m_session);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    MaintenanceSummary *summary = m_window->dashboard()->maintenance();
    QVERIFY(summary->isVisible());
    const QString databases = summary->databasesLabel()->text();
    QVERIFY2(databases.startsWith(displayName(Freshness::UpToDate)), qPrintable(databases));
    QVERIFY2(databases.contains(QStringLiteral("released")), qPrintable(databases));
    QVERIFY2(summary->licenseCheckLabel()->text().contains(QStringLiteral("key file")),
             qPrintable(summary->licenseCheckLabel()->text()));

    // The background work is running, and has nothing due: no connection.
    QTRY_VERIFY(m_session->background()->isStarted());
    letTheEventLoopRun();
    QCOMPARE(m_service.requestCount(), before);
    QVERIFY(QApplication::activeModalWidget() == nullptr);

    QTest::mouseClick(summary->detailsButton(), Qt::LeftButton);
    QCOMPARE(m_window->currentPage(), m_window->updatesPage());
}

void TestUpdatesPage::firstStartShowsTheStatementOnce()
{
    m_window = std::make_unique<MainWindow>(*m_session);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    letTheEventLoopRun();
    QVERIFY2(m_window->findChild<AgreementDialog *>() == nullptr, "a dialog appeared by itself");

    AgreementDialog *dialog = m_window->showFirstStartAgreementIfNeeded();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QString text = dialog->statementText();
    for (const PayloadField &field : PayloadCatalog::fields(TransmissionKind::DatabaseUpdate))
        QVERIFY2(text.contains(field.vendorWording), qPrintable(field.vendorWording));
    for (const PayloadField &field : PayloadCatalog::fields(TransmissionKind::HelpLink))
        QVERIFY2(text.contains(field.vendorWording), qPrintable(field.vendorWording));
    QVERIFY(text.contains(QStringLiteral("encrypted")));
    QVERIFY(text.contains(QStringLiteral("key file")));
    QVERIFY(text.contains(m_session->profile().privacyPolicyUrl().toString().toHtmlEscaped()));

    // "Not now" records nothing but that it was shown: it is not asked again.
    QTest::mouseClick(dialog->notNowButton(), Qt::LeftButton);
    QTRY_VERIFY(m_window->findChild<AgreementDialog *>() == nullptr);
    DataProvisionAgreement agreement(m_session->database());
    QVERIFY(agreement.wasPresented().value());
    QVERIFY(!agreement.stands().value());
    QVERIFY(m_window->showFirstStartAgreementIfNeeded() == nullptr);
    QVERIFY(journal().isEmpty());
}

void TestUpdatesPage::agreementCanBeWithdrawnInTheStatement()
{
    agree();
    UpdatesPage *page = openPage();
    QVERIFY(page);
    QVERIFY2(page->agreementLabel()->text().startsWith(QStringLiteral("Agreed on")),
             qPrintable(page->agreementLabel()->text()));
    AgreementDialog *dialog = page->showAgreement();
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->agreeButton()->isVisible());
    QVERIFY(dialog->withdrawButton()->isVisible());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(dialog->withdrawButton(), Qt::LeftButton);
    QTRY_VERIFY(page->findChild<AgreementDialog *>() == nullptr);
    QVERIFY(!DataProvisionAgreement(m_session->database()).stands().value());
    QVERIFY2(page->agreementLabel()->text().startsWith(QStringLiteral("Withdrawn on")),
             qPrintable(page->agreementLabel()->text()));
    QVERIFY(!page->updateNowButton()->isEnabled());
}

void TestUpdatesPage::dataProvisionPageShowsTheStatement()
{
    m_window = std::make_unique<MainWindow>(*m_session);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    DataProvisionPage *page = m_window->dataProvisionPage();
    QVERIFY(page);
    QCOMPARE(page->objectName(), QStringLiteral("dataProvisionPage"));
    m_window->showPage(page);
    QCOMPARE(m_window->currentPage(), page);
    QTest::mouseClick(page->agreementButton(), Qt::LeftButton);
    AgreementDialog *dialog = page->findChild<AgreementDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::mouseClick(dialog->agreeButton(), Qt::LeftButton);
    QTRY_VERIFY(page->findChild<AgreementDialog *>() == nullptr);
    QVERIFY(DataProvisionAgreement(m_session->database()).stands().value());
    QVERIFY2(find<QLabel>(page, "dataProvisionAgreementState")
                 ->text()
                 .startsWith(QStringLiteral("You agreed")),
             qPrintable(find<QLabel>(page, "dataProvisionAgreementState")->text()));
    // The Updates page follows at once.
    QVERIFY2(
        m_window->updatesPage()->agreementLabel()->text().startsWith(QStringLiteral("Agreed on")),
        qPrintable(m_window->updatesPage()->agreementLabel()->text()));
}

void TestUpdatesPage::startingTheConsoleConnectsOnlyWhenDueAndAllowed_data()
{
    QTest::addColumn<bool>("withAgreement");
    QTest::addColumn<bool>("scheduled");
    QTest::addColumn<bool>("expectUpdate");
    QTest::newRow("no agreement: nothing") << false << true << false;
    QTest::newRow("agreement, schedule off: nothing") << true << false << false;
    QTest::newRow("agreement, never updated: the scheduled update runs") << true << true << true;
}

void TestUpdatesPage::startingTheConsoleConnectsOnlyWhenDueAndAllowed()
{
    QFETCH(bool, withAgreement);
    QFETCH(bool, scheduled);
    QFETCH(bool, expectUpdate);
    Test::Tripwire tripwire;
    QVERIFY(tripwire.isListening());
    makeSession(expectUpdate ? m_service.baseUrl() : tripwire.url());
    addKeyFile();
    if (withAgreement)
        agree();
    QVERIFY(UpdateSchedule::setEnabled(*m_session->database(), scheduled).ok());

    m_window = std::make_unique<MainWindow>(*m_session);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(m_session->background()->isStarted());
    if (!expectUpdate) {
        letTheEventLoopRun();
        QVERIFY2(!tripwire.wasTouched(), "the console made a connection");
        QVERIFY(journal().isEmpty());
        return;
    }
    // Due and allowed: the update runs in the background, and the pages follow it.
    UpdatesPage *page = m_window->updatesPage();
    QTRY_COMPARE_WITH_TIMEOUT(page->freshnessLabel()->text(), displayName(Freshness::UpToDate),
                              ServiceTimeoutMs);
    QTRY_VERIFY(m_window->dashboard()->maintenance()->databasesLabel()->text().startsWith(
        displayName(Freshness::UpToDate)));
    QVERIFY(!page->nextUpdateLabel()->text().contains(QStringLiteral("Due now")));
}

void TestUpdatesPage::checkNowChecksAKeyFromACode()
{
    // Activated with a code (the consent covers the periodic check).
    const RequestSources sources {m_session->profile(), m_session->database(),
                                  m_session->localization(), m_clock};
    auto code = ActivationCode::parse(GoodCode);
    QVERIFY(code.ok());
    auto envelope = RequestBuilder::activation(sources, code.value());
    QVERIFY(envelope.ok());
    auto activated = ActivationFlow::runAndWait(m_session->profile(), m_session->database(),
                                                NetworkSettings(), envelope.value(), code.value());
    QVERIFY2(activated.ok(), qPrintable(activated ? QString() : activated.error().message));

    UpdatesPage *page = openPage();
    QVERIFY(page);
    LicenseCheckPanel *panel = page->licenseCheckPanel();
    QVERIFY2(panel->explanationLabel()->text().contains(QStringLiteral("sent again")),
             qPrintable(panel->explanationLabel()->text()));
    QVERIFY(!panel->nextCheckLabel()->text().startsWith(QStringLiteral("None")));
    QVERIFY(panel->checkNowButton()->isEnabled());
    QVERIFY(!panel->failuresLabel()->isVisible());

    const int before = m_service.requestCount();
    QTest::mouseClick(panel->checkNowButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->background()->licenseCheck()->isRunning() &&
                                 panel->checkNowButton()->isEnabled(),
                             ServiceTimeoutMs);
    QTRY_COMPARE(m_service.requestCount(), before + 1);
    QVERIFY2(panel->resultLabel()->text().contains(QStringLiteral("exactly the bytes sent")),
             qPrintable(panel->resultLabel()->text()));
    QVERIFY2(panel->findChild<QLabel *>(QStringLiteral("lastLicenseCheck"))
                 ->text()
                 .contains(QStringLiteral("the license is active")),
             qPrintable(panel->findChild<QLabel *>(QStringLiteral("lastLicenseCheck"))->text()));
}

void TestUpdatesPage::followsTheLanguageLive()
{
    addKeyFile();
    UpdatesPage *page = openPage();
    QVERIFY(page);
    const QString freshness = page->freshnessLabel()->text();
    const QString next = page->nextUpdateLabel()->text();
    QCOMPARE(freshness, QStringLiteral("No databases installed"));
    QVERIFY(m_session->languages()->setLanguage(QStringLiteral("ru-RU")).ok());
    // The core's words come back in the new language, without a restart.
    QTRY_VERIFY(page->freshnessLabel()->text() != freshness);
    QCOMPARE(page->freshnessLabel()->text(), displayName(Freshness::None));
    QVERIFY(page->nextUpdateLabel()->text() != next);
    QVERIFY(m_session->languages()->setLanguage(QStringLiteral("en-US")).ok());
    QTRY_COMPARE(page->freshnessLabel()->text(), freshness);
}

void TestUpdatesPage::everyWidgetHasAnObjectName()
{
    addKeyFile();
    agree();
    UpdatesPage *page = openPage();
    QVERIFY(page);
    UpdateDialog *update = page->updateNow();
    QVERIFY(update);
    QTRY_VERIFY(update->isVisible());
    QWidget *statement = AgreementDialog::openFor(*m_session, page);
    QTRY_VERIFY(statement->isVisible());
    for (QWidget *root :
         {static_cast<QWidget *>(page), static_cast<QWidget *>(update), statement}) {
        for (QWidget *widget : root->findChildren<QWidget *>()) {
            const bool interactive = qobject_cast<QAbstractButton *>(widget) ||
                (qobject_cast<QLabel *>(widget) &&
                 !qobject_cast<QLabel *>(widget)->text().isEmpty());
            if (interactive && widget->isVisibleTo(root))
                QVERIFY2(!widget->objectName().isEmpty(),
                         qPrintable(QString::fromLatin1(widget->metaObject()->className()) +
                                    QLatin1Char(' ') + widget->property("text").toString()));
        }
    }
    statement->close();
    update->reject();
}

QTEST_MAIN(TestUpdatesPage)
#include "tst_updatespage.moc"
