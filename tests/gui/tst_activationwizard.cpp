// The activation wizard and the data provision page, driven offscreen page by page as
// an administrator would, against the real reference licensing service over TLS.
#include "ActivationCodePage.h"
#include "ActivationKeyFilePage.h"
#include "ActivationPreviewPage.h"
#include "ActivationResultPage.h"
#include "ActivationWizard.h"
#include "ConsoleSession.h"
#include "DashboardPage.h"
#include "DataProvisionPage.h"
#include "EnvelopePreview.h"
#include "EnvelopePreviewDialog.h"
#include "FileDialog.h"
#include "KeyInspectionView.h"
#include "MessageBox.h"
#include "ReceivedKeyPanel.h"
#include "ServiceSession.h"
#include "StatusBanner.h"
#include "common/ServiceProcess.h"
#include "common/TestKeys.h"
#include "common/Tripwire.h"
#include "core/Clock.h"
#include "core/StateDatabase.h"
#include "provision/ConsentStore.h"
#include "provision/PayloadCatalog.h"
#include "provision/Recipients.h"
#include "provision/TransmissionJournal.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QFrame>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace LightAgent;

namespace {

// From resources/demo/codes.md.
const QString GoodCode = QStringLiteral("DEMO1-COMME-RCIAL-0005I");
const QString BlockedCode = QStringLiteral("DEMO4-BLOCK-ED000-0000G");
// A commercial key for 100 cores, 730 days from activation: shorter than the key below.
const QString ReserveCode = QStringLiteral("DEMO7-RESER-VE000-0000L");
const QString LongSerial = QStringLiteral("0C0-141414-00000002");
constexpr int ServiceTimeoutMs = 30000;

QStringList column(const QTableWidget *table, int col)
{
    QStringList out;
    for (int row = 0; row < table->rowCount(); ++row)
        out.append(table->item(row, col) ? table->item(row, col)->text() : QString());
    return out;
}

} // namespace

class TestActivationWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void codeFieldValidatesAsTyped_data();
    void codeFieldValidatesAsTyped();
    void activatesWithCodeAfterExactPreviewAndConsent();
    void previewCopiesAndSavesTheExactBytes();
    void decliningSendsNothingAndOffersKeyFile();
    void enterInThePreviewSendsNothing();
    void addsKeyFileThroughWizard();
    void refusedKeyFileLeavesTheRoomBelow();
    void blockedCodeEndsWithErrorAndNoChange();
    void reserveChosenBeforeSendingKeepsTheLongerKey();
    void shorteningReplacementWaitsForConfirmation();
    void keptKeyIsOfferedOnTheDashboard();
    void reserveWithoutActiveKeySaysWhyBeforeSending();
    void dataProvisionPageShowsSectionsPreviewAndConsent();
    void everyWizardWidgetHasAnObjectName();

private:
    void makeSession(const QUrl &serviceUrl);
    ActivationWizard *openWizard();
    void chooseMethod(bool code);
    void enterCodeAndPreview(const QString &typed);
    void click(QWizard::WizardButton which);
    // A commercial key for 100 cores that covers four years from today, as the active key.
    void addLongCommercialKey();
    // Sends ReserveCode to `slot` with consent and waits for the result page.
    void activateReserveCodeTo(KeySlot slot);
    QString serialIn(KeySlot slot);
    template<typename T> T *find(QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }

    Test::ServiceProcess m_service;
    FixedClock m_clock {QDateTime::currentDateTimeUtc()};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<ActivationWizard> m_wizard;
};

void TestActivationWizard::initTestCase()
{
    QVERIFY2(QFile::exists(Test::servicePath()), "the licensing service is not built");
    QVERIFY(m_service.start());
    Clock::setInstance(&m_clock);
}

void TestActivationWizard::cleanupTestCase()
{
    Clock::setInstance(nullptr);
}

void TestActivationWizard::init()
{
    // The service dates keys by the real calendar, so the console's clock stands at now.
    m_clock.set(QDateTime::currentDateTimeUtc());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    makeSession(m_service.baseUrl());
}

void TestActivationWizard::cleanup()
{
    m_wizard.reset();
    m_session.reset();
    m_dir.reset();
}

void TestActivationWizard::makeSession(const QUrl &serviceUrl)
{
    m_wizard.reset();
    m_session.reset();
    m_session = Test::serviceSession(*m_dir, serviceUrl);
    QVERIFY(m_session);
}

ActivationWizard *TestActivationWizard::openWizard()
{
    m_wizard = std::make_unique<ActivationWizard>(*m_session);
    m_wizard->show();
    if (!QTest::qWaitForWindowExposed(m_wizard.get()))
        return nullptr;
    return m_wizard.get();
}

void TestActivationWizard::click(QWizard::WizardButton which)
{
    QAbstractButton *button = m_wizard->button(which);
    QVERIFY2(button->isVisible(), qPrintable(button->objectName() + QStringLiteral(" hidden")));
    QVERIFY2(button->isEnabled(), qPrintable(button->objectName() + QStringLiteral(" disabled")));
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestActivationWizard::chooseMethod(bool code)
{
    QCOMPARE(m_wizard->currentId(), int(ActivationWizard::Page_ChooseMethod));
    auto *radio =
        find<QRadioButton>(m_wizard.get(), code ? "codeMethodRadio" : "keyFileMethodRadio");
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
    QVERIFY(radio->isChecked());
    click(QWizard::NextButton);
    QCOMPARE(m_wizard->currentId(),
             int(code ? ActivationWizard::Page_Code : ActivationWizard::Page_KeyFile));
}

void TestActivationWizard::enterCodeAndPreview(const QString &typed)
{
    auto *edit = find<QLineEdit>(m_wizard.get(), "activationCodeEdit");
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QTest::keyClicks(edit, typed);
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    click(QWizard::NextButton);
    QCOMPARE(m_wizard->currentId(), int(ActivationWizard::Page_Preview));
}

void TestActivationWizard::codeFieldValidatesAsTyped_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("readAs");

    QTest::newRow("lower case with spaces, pasted")
        << QStringLiteral("a11a1 11111 1a1aa 1a11p") << QStringLiteral("valid")
        << QStringLiteral("A11A1-11111-1A1AA-1A11P");
    QTest::newRow("Cyrillic look-alikes, pasted")
        << QStringLiteral("А11А1-11111-1А1АА-1А11Р") << QStringLiteral("valid")
        << QStringLiteral("A11A1-11111-1A1AA-1A11P");
    QTest::newRow("half a code is not yet wrong")
        << QStringLiteral("DEMO1-COMME") << QStringLiteral("incomplete")
        << QStringLiteral("DEMO1-COMME");
    QTest::newRow("a typo in the check character")
        << QStringLiteral("DEMO1-COMME-RCIAL-0005J") << QStringLiteral("invalid")
        << QStringLiteral("DEMO1-COMME-RCIAL-0005J");
    QTest::newRow("a symbol that is no code symbol")
        << QStringLiteral("DEMO1-COMME-RC!AL") << QStringLiteral("invalid")
        << QStringLiteral("DEMO1-COMME-RC!AL");
}

void TestActivationWizard::codeFieldValidatesAsTyped()
{
    QFETCH(QString, input);
    QFETCH(QString, state);
    QFETCH(QString, readAs);
    QVERIFY(openWizard());
    chooseMethod(true);
    auto *page = qobject_cast<ActivationCodePage *>(m_wizard->currentPage());
    QVERIFY(page);
    page->codeEdit()->insert(input); // as a paste does
    QCOMPARE(page->stateName(), state);
    QCOMPARE(find<QLabel>(page, "codeReadAs")->text(), readAs);
    QVERIFY(!find<QLabel>(page, "codeStateMessage")->text().isEmpty());
    QCOMPARE(m_wizard->button(QWizard::NextButton)->isEnabled(), state == QLatin1String("valid"));
}

void TestActivationWizard::activatesWithCodeAfterExactPreviewAndConsent()
{
    QSignalSpy stateChanged(m_session.get(), &ConsoleSession::stateChanged);
    QVERIFY(openWizard());
    QSignalSpy visited(m_wizard.get(), &QWizard::currentIdChanged);
    chooseMethod(true);
    enterCodeAndPreview(QStringLiteral("demo1 comme rcial 0005i"));

    // Every field of §3.1, in words, and the exact bytes.
    const RequestEnvelope envelope = m_wizard->envelope();
    QVERIFY(!envelope.isNull());
    QCOMPARE(envelope.bodyObject().value(QStringLiteral("activationCode")).toString(), GoodCode);
    auto *page = qobject_cast<ActivationPreviewPage *>(m_wizard->currentPage());
    QTableWidget *table = page->preview()->fieldTable();
    const QStringList keys = column(table, EnvelopePreview::FieldColumn);
    const QStringList meanings = column(table, EnvelopePreview::MeaningColumn);
    const QList<PayloadField> fields = PayloadCatalog::fields(TransmissionKind::Activation);
    QCOMPARE(table->rowCount(), fields.size());
    for (const PayloadField &field : fields) {
        const qsizetype row = keys.indexOf(field.key);
        QVERIFY2(row >= 0, qPrintable(field.key));
        QCOMPARE(meanings.at(row), field.vendorWording);
        QVERIFY(!table->item(int(row), EnvelopePreview::ValueColumn)->text().isEmpty());
    }
    QVERIFY(!table->accessibleName().isEmpty());
    QPlainTextEdit *raw = page->preview()->rawView();
    QVERIFY(!raw->accessibleName().isEmpty());
    // The text view shows each CR LF as one line break; the bytes are otherwise these.
    QCOMPARE(raw->toPlainText(),
             QString::fromUtf8(envelope.wireBytes())
                 .replace(QStringLiteral("\r\n"), QStringLiteral("\n")));
    QCOMPARE(find<QLabel>(page, "envelopeSha256")->text(), envelope.sha256());
    QVERIFY(find<QLabel>(page, "envelopeUrl")->text().endsWith(QStringLiteral("/v1/activations")));
    // Who receives it is named by its host, not only by the vendor's name.
    QCOMPARE(find<QLabel>(page, "envelopeRecipient")->text(),
             QStringLiteral("%1 (the licensing service, on this computer)")
                 .arg(Recipients::host(m_service.baseUrl())));
    QVERIFY(find<QLabel>(page, "envelopeRecipient")->isVisible());

    // Send only with consent.
    QAbstractButton *send = m_wizard->button(QWizard::CommitButton);
    QVERIFY(send->isVisible());
    QVERIFY(!send->isEnabled());
    QVERIFY(m_wizard->button(QWizard::CustomButton1)->isVisible()); // Decline
    page->consentCheckBox()->click();
    QVERIFY(send->isEnabled());
    const int requestsBefore = m_service.requestCount();
    click(QWizard::CommitButton);

    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(ActivationWizard::Page_Result),
                              ServiceTimeoutMs);
    QVERIFY(visited.contains(QVariantList {int(ActivationWizard::Page_Progress)}));
    auto *result = qobject_cast<ActivationResultPage *>(m_wizard->currentPage());
    QVERIFY2(result->succeeded(), qPrintable(result->outcomeText()));
    QVERIFY(result->digestText().contains(
        QStringLiteral("The service confirmed it received exactly these bytes")));
    QVERIFY(result->digestText().contains(envelope.sha256()));
    QVERIFY(!m_wizard->button(QWizard::BackButton)->isEnabled() ||
            !m_wizard->button(QWizard::BackButton)->isVisible());
    QCOMPARE(result->banner()->property("status").toString(), QStringLiteral("valid"));
    QCOMPARE(m_service.requestCount(), requestsBefore + 1);

    auto state = m_session->state();
    QVERIFY(state.ok());
    QCOMPARE(state.value().status(), LicenseStatus::Valid);
    QCOMPARE(state.value().active()->source, KeySource::Code);
    QVERIFY(stateChanged.count() >= 1);
    auto consent = ConsentStore(m_session->database()).stands(ConsentKind::CodeActivation);
    QVERIFY(consent.ok() && consent.value());
    click(QWizard::FinishButton);
    QTRY_VERIFY(!m_wizard->isVisible());
}

void TestActivationWizard::previewCopiesAndSavesTheExactBytes()
{
    QVERIFY(openWizard());
    chooseMethod(true);
    enterCodeAndPreview(GoodCode);
    const QByteArray wire = m_wizard->envelope().wireBytes();
    auto *page = qobject_cast<ActivationPreviewPage *>(m_wizard->currentPage());

    QTest::mouseClick(find<QPushButton>(page, "envelopeCopyButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text().toUtf8(), wire);

    const QString path = m_dir->filePath(QStringLiteral("request.http"));
    FileDialog::setNextFileName(path);
    QTest::mouseClick(find<QPushButton>(page, "envelopeSaveButton"), Qt::LeftButton);
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), wire);
    QVERIFY(find<QLabel>(page, "envelopeStatus")->text().contains(QString::number(wire.size())));
}

void TestActivationWizard::decliningSendsNothingAndOffersKeyFile()
{
    Test::Tripwire tripwire;
    QVERIFY(tripwire.isListening());
    makeSession(tripwire.url());
    QVERIFY(openWizard());
    chooseMethod(true);
    enterCodeAndPreview(GoodCode);
    const QString digest = m_wizard->envelope().sha256();

    click(QWizard::CustomButton1); // Decline, without having agreed
    QCOMPARE(m_wizard->currentId(), int(ActivationWizard::Page_Declined));
    QVERIFY(find<QLabel>(m_wizard.get(), "declinedNothingSent")->isVisible());
    QVERIFY(!tripwire.wasTouched());

    TransmissionJournal journal(m_session->database());
    auto entries = journal.page(0, 10);
    QVERIFY(entries.ok());
    QCOMPARE(entries.value().size(), 2);
    QCOMPARE(entries.value().at(0).bodySha256, digest);
    QCOMPARE(entries.value().at(1).outcome.result, TransmissionResult::Declined);
    auto consent = ConsentStore(m_session->database()).latest(ConsentKind::CodeActivation);
    QVERIFY(consent.ok() && !consent.value().has_value());

    // "Use a key file instead" goes on to the key file, which sends nothing either.
    click(QWizard::NextButton);
    QCOMPARE(m_wizard->currentId(), int(ActivationWizard::Page_KeyFile));
    QVERIFY(!tripwire.wasTouched());
    QCOMPARE(m_session->state().value().status(), LicenseStatus::NotActivated);
}

void TestActivationWizard::enterInThePreviewSendsNothing()
{
    Test::Tripwire tripwire;
    QVERIFY(tripwire.isListening());
    makeSession(tripwire.url());
    QVERIFY(openWizard());
    chooseMethod(true);
    enterCodeAndPreview(GoodCode);
    auto *page = qobject_cast<ActivationPreviewPage *>(m_wizard->currentPage());
    page->consentCheckBox()->setFocus();
    QTest::keyClick(page->consentCheckBox(), Qt::Key_Space); // agreed, by keyboard
    QVERIFY(page->consentCheckBox()->isChecked());
    QAbstractButton *send = m_wizard->button(QWizard::CommitButton);
    QVERIFY(send->isEnabled());
    QVERIFY(!qobject_cast<QPushButton *>(send)->isDefault());
    // Enter on the consent just given, and with the focus on Send itself: only a click sends.
    for (QWidget *target :
         {static_cast<QWidget *>(page->consentCheckBox()), static_cast<QWidget *>(send)}) {
        target->setFocus();
        QTest::keyClick(target, Qt::Key_Return);
        QTest::keyClick(target, Qt::Key_Enter);
        QCoreApplication::processEvents();
        QCOMPARE(m_wizard->currentId(), int(ActivationWizard::Page_Preview));
    }
    QVERIFY(!tripwire.wasTouched());
    auto entries = TransmissionJournal(m_session->database()).page(0, 10);
    QVERIFY(entries.ok());
    QVERIFY(entries.value().isEmpty());
}

void TestActivationWizard::addsKeyFileThroughWizard()
{
    QVERIFY(openWizard());
    chooseMethod(false);
    auto *page = qobject_cast<ActivationKeyFilePage *>(m_wizard->currentPage());
    QVERIFY(!m_wizard->button(QWizard::FinishButton)->isEnabled());

    FileDialog::setNextFileName(Test::demoKeyForToday(QStringLiteral("commercial.key")));
    QTest::mouseClick(find<QPushButton>(page, "browseKeyFileButton"), Qt::LeftButton);
    QVERIFY(page->inspection()->keyVerified());
    QVERIFY(find<QLabel>(page, "factSigner")->text().contains(QStringLiteral("verified")));
    QVERIFY(find<QRadioButton>(page, "activeSlotRadio")->isChecked());
    QVERIFY(find<QLabel>(page, "sendsNothingNote")->isVisible());
    QSignalSpy stateChanged(m_session.get(), &ConsoleSession::stateChanged);
    click(QWizard::FinishButton);

    QTRY_VERIFY(!m_wizard->isVisible());
    QCOMPARE(m_wizard->result(), int(QDialog::Accepted));
    QCOMPARE(stateChanged.count(), 1);
    auto state = m_session->state();
    QCOMPARE(state.value().status(), LicenseStatus::Valid);
    QCOMPARE(state.value().active()->source, KeySource::File);
    QCOMPARE(TransmissionJournal(m_session->database()).count().value(), 0);
}

// In a wizard sized for its tallest page, the refusal of a key file keeps its own height
// and the room goes below it, instead of its three lines being spread over the page.
void TestActivationWizard::refusedKeyFileLeavesTheRoomBelow()
{
    QVERIFY(openWizard());
    chooseMethod(false);
    auto *page = qobject_cast<ActivationKeyFilePage *>(m_wizard->currentPage());
    m_wizard->resize(m_wizard->width(), 900);
    QTRY_COMPARE(m_wizard->height(), 900);
    FileDialog::setNextFileName(m_dir->filePath(QStringLiteral("missing.key")));
    QTest::mouseClick(find<QPushButton>(page, "browseKeyFileButton"), Qt::LeftButton);
    QVERIFY(!page->inspection()->keyVerified());
    auto *panel = find<QFrame>(page, "keyErrorPanel");
    QVERIFY(panel);
    QTRY_VERIFY(panel->isVisible());
    QTRY_COMPARE(panel->height(), panel->heightForWidth(panel->width()));
    auto *header = find<QWidget>(page, "keyFileHeader");
    QCOMPARE(header->height(), header->heightForWidth(header->width()));
}

void TestActivationWizard::blockedCodeEndsWithErrorAndNoChange()
{
    QVERIFY(openWizard());
    chooseMethod(true);
    enterCodeAndPreview(BlockedCode);
    qobject_cast<ActivationPreviewPage *>(m_wizard->currentPage())->consentCheckBox()->click();
    click(QWizard::CommitButton);

    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(ActivationWizard::Page_Result),
                              ServiceTimeoutMs);
    auto *result = qobject_cast<ActivationResultPage *>(m_wizard->currentPage());
    QVERIFY(!result->succeeded());
    QCOMPARE(m_wizard->outcome()->error().reason, QStringLiteral("CODE_BLOCKED"));
    QVERIFY(result->outcomeText().contains(m_wizard->outcome()->error().message));
    QVERIFY(result->subTitle().contains(QStringLiteral("Nothing changed")));
    QVERIFY(result->digestText().isEmpty());
    QCOMPARE(result->banner()->property("status").toString(), QStringLiteral("not-activated"));
    QCOMPARE(m_session->state().value().status(), LicenseStatus::NotActivated);

    // Back to the code, kept, to try again.
    click(QWizard::CustomButton2);
    QCOMPARE(m_wizard->currentId(), int(ActivationWizard::Page_Code));
    QCOMPARE(find<QLineEdit>(m_wizard.get(), "activationCodeEdit")->text(), BlockedCode);
    QVERIFY(m_wizard->button(QWizard::BackButton)->isEnabled());
}

void TestActivationWizard::addLongCommercialKey()
{
    const QDate today = Clock::instance().today();
    const StoredKey key = Test::storedKey(
        {{QStringLiteral("serial"), LongSerial},
         {QStringLiteral("count"), 100},
         {QStringLiteral("validFrom"), today.addDays(-30).toString(Qt::ISODate)},
         {QStringLiteral("expires"), today.addDays(4 * 365).toString(Qt::ISODate)}});
    QVERIFY(m_session->addKey(key, KeySlot::Active).ok());
}

QString TestActivationWizard::serialIn(KeySlot slot)
{
    auto state = m_session->state();
    if (!state)
        return QStringLiteral("(unreadable)");
    const auto &key = slot == KeySlot::Active ? state.value().active() : state.value().reserve();
    return key ? key->license().serial : QString();
}

void TestActivationWizard::activateReserveCodeTo(KeySlot slot)
{
    QVERIFY(openWizard());
    chooseMethod(true);
    auto *codePage = qobject_cast<ActivationCodePage *>(m_wizard->currentPage());
    QRadioButton *radio = codePage->slotRadio(slot);
    QVERIFY(radio->isEnabled());
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
    QVERIFY(radio->isChecked());
    enterCodeAndPreview(ReserveCode);
    auto *preview = qobject_cast<ActivationPreviewPage *>(m_wizard->currentPage());
    // Said before Send: what the activation does with the key that is there now.
    const QString foreseen = preview->foreseenText();
    QVERIFY2(foreseen.contains(LongSerial), qPrintable(foreseen));
    QVERIFY2(foreseen.contains(slot == KeySlot::Reserve
                                   ? QStringLiteral("becomes the reserve key beside the active key")
                                   : QStringLiteral("It would replace the key")),
             qPrintable(foreseen));
    preview->consentCheckBox()->click();
    click(QWizard::CommitButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(ActivationWizard::Page_Result),
                              ServiceTimeoutMs);
}

void TestActivationWizard::reserveChosenBeforeSendingKeepsTheLongerKey()
{
    addLongCommercialKey();
    activateReserveCodeTo(KeySlot::Reserve);
    auto *result = qobject_cast<ActivationResultPage *>(m_wizard->currentPage());
    QVERIFY2(result->succeeded(), qPrintable(result->outcomeText()));
    QVERIFY(!result->receivedPanel());
    QCOMPARE(serialIn(KeySlot::Active), LongSerial);
    QVERIFY(!serialIn(KeySlot::Reserve).isEmpty());
    QCOMPARE(m_session->state().value().reserve()->source, KeySource::Code);
    QVERIFY2(result->outcomeText().contains(serialIn(KeySlot::Reserve) +
                                            QStringLiteral(" is now the reserve key")),
             qPrintable(result->outcomeText()));
    QVERIFY(m_session->receivedKeys().value().isEmpty());
}

void TestActivationWizard::shorteningReplacementWaitsForConfirmation()
{
    addLongCommercialKey();
    activateReserveCodeTo(KeySlot::Active);
    auto *result = qobject_cast<ActivationResultPage *>(m_wizard->currentPage());
    QVERIFY(result->succeeded()); // the exchange did; the key waits
    QVERIFY(!m_wizard->outcome()->value().applied);
    QCOMPARE(m_wizard->outcome()->value().notApplied->reason,
             QStringLiteral("replace-unconfirmed"));
    // The key store is unchanged; the key received is kept.
    QCOMPARE(serialIn(KeySlot::Active), LongSerial);
    QVERIFY(serialIn(KeySlot::Reserve).isEmpty());
    const QList<ReceivedKey> kept = m_session->receivedKeys().value();
    QCOMPARE(kept.size(), 1);
    const QString issued = kept.first().key.license().serial;

    // Both keys side by side, and what applying it would cost.
    ReceivedKeyPanel *panel = result->receivedPanel();
    QVERIFY(panel && panel->isVisible());
    const QStringList shown {find<QLabel>(panel, "receivedFact0x0")->text(),
                             find<QLabel>(panel, "receivedFact0x2")->text()};
    QCOMPARE(shown, (QStringList {LongSerial, issued}));
    QVERIFY2(panel->effectsText(KeySlot::Active).contains(QStringLiteral("day")),
             qPrintable(panel->effectsText(KeySlot::Active)));
    QPushButton *asActive = panel->applyButton(KeySlot::Active);
    QVERIFY(panel->confirmCheckBox()->isVisible());
    QVERIFY(!asActive->isEnabled());
    QVERIFY(panel->applyButton(KeySlot::Reserve)->isEnabled()); // a reserve loses nothing

    // Without the confirmation even a direct request is refused, and changes nothing.
    auto refused = panel->apply(KeySlot::Active);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().reason, QStringLiteral("replace-unconfirmed"));
    QCOMPARE(serialIn(KeySlot::Active), LongSerial);
    QCOMPARE(m_session->receivedKeys().value().size(), 1);

    // Confirmed after comparing: applied.
    panel->confirmCheckBox()->click();
    QVERIFY(asActive->isEnabled());
    QTest::mouseClick(asActive, Qt::LeftButton);
    QCOMPARE(serialIn(KeySlot::Active), issued);
    QVERIFY(m_session->receivedKeys().value().isEmpty());
    QTRY_VERIFY(!result->receivedPanel());
    QVERIFY2(result->outcomeText().contains(issued), qPrintable(result->outcomeText()));
}

void TestActivationWizard::keptKeyIsOfferedOnTheDashboard()
{
    addLongCommercialKey();
    activateReserveCodeTo(KeySlot::Active);
    QVERIFY(!m_wizard->outcome()->value().applied);
    const QString issued = m_wizard->outcome()->value().received->key.license().serial;
    m_wizard.reset(); // closed without deciding: the key stays offered

    DashboardPage dashboard(*m_session);
    dashboard.show();
    QCOMPARE(dashboard.receivedKeyPanels().size(), 1);
    ReceivedKeyPanel *panel = dashboard.receivedKeyPanels().first();
    QCOMPARE(panel->received().key.license().serial, issued);
    QTest::mouseClick(panel->applyButton(KeySlot::Reserve), Qt::LeftButton);
    QCOMPARE(serialIn(KeySlot::Active), LongSerial);
    QCOMPARE(serialIn(KeySlot::Reserve), issued);
    QVERIFY(dashboard.receivedKeyPanels().isEmpty());
}

void TestActivationWizard::reserveWithoutActiveKeySaysWhyBeforeSending()
{
    QVERIFY(openWizard());
    chooseMethod(true);
    auto *codePage = qobject_cast<ActivationCodePage *>(m_wizard->currentPage());
    QVERIFY(!codePage->slotRadio(KeySlot::Reserve)->isEnabled());
    QVERIFY(codePage->slotRadio(KeySlot::Active)->isChecked());
    auto *reason = find<QLabel>(codePage, "codeReserveSlotReason");
    QVERIFY(reason->isVisible());
    QVERIFY2(reason->text().contains(QStringLiteral("only be added beside an active key")),
             qPrintable(reason->text()));
    QVERIFY(!find<QLabel>(codePage, "codeActiveSlotReason")->isVisible());
}

void TestActivationWizard::dataProvisionPageShowsSectionsPreviewAndConsent()
{
    DataProvisionPage page(*m_session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    for (TransmissionKind kind : {TransmissionKind::DatabaseUpdate, TransmissionKind::HelpLink,
                                  TransmissionKind::Activation}) {
        QGroupBox *box = page.section(kind);
        QVERIFY(box && box->isVisible() && !box->title().isEmpty());
        const QString fields =
            box->findChild<QLabel *>(toWireName(kind) + QStringLiteral("Fields"))->text();
        for (const PayloadField &field : PayloadCatalog::fields(kind))
            QVERIFY2(fields.contains(field.vendorWording.toHtmlEscaped()),
                     qPrintable(field.vendorWording));
        QVERIFY(page.previewButton(kind)->isVisible());
    }
    QVERIFY(page.section(TransmissionKind::Activation)
                ->findChild<QLabel *>(QStringLiteral("activationNote"))
                ->text()
                .contains(QStringLiteral("periodically")));
    QVERIFY(find<QLabel>(&page, "privacyPolicyLink")
                ->text()
                .contains(m_session->profile().privacyPolicyUrl().toString(QUrl::FullyEncoded)));
    QVERIFY(find<QLabel>(&page, "encryptedChannels")->text().contains(QStringLiteral("encrypted")));

    // A real request, built now; with no key from a code, a clearly marked sample code.
    QVERIFY(page.previewUsesSampleCode());
    QTest::mouseClick(page.previewButton(TransmissionKind::Activation), Qt::LeftButton);
    EnvelopePreviewDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page.findChild<EnvelopePreviewDialog *>()));
    QVERIFY(dialog->note().contains(QString(DataProvisionPage::SampleCode)));
    const RequestEnvelope shown = dialog->preview()->envelope();
    QCOMPARE(shown.kind(), TransmissionKind::Activation);
    QCOMPARE(shown.bodyObject().value(QStringLiteral("installationId")).toString().size(), 36);
    QCOMPARE(dialog->preview()->fieldTable()->rowCount(),
             PayloadCatalog::fields(TransmissionKind::Activation).size());
    dialog->close();

    // A followed link shows its parameters as the fields.
    QTest::mouseClick(page.previewButton(TransmissionKind::HelpLink), Qt::LeftButton);
    QTRY_VERIFY((dialog = page.findChild<EnvelopePreviewDialog *>()) && dialog->isVisible() &&
                dialog->preview()->envelope().kind() == TransmissionKind::HelpLink);
    const QStringList parameters =
        column(dialog->preview()->fieldTable(), EnvelopePreview::FieldColumn);
    QCOMPARE(parameters,
             (QStringList {QStringLiteral("hl"), QStringLiteral("link"), QStringLiteral("pid"),
                           QStringLiteral("version"), QStringLiteral("helpid")}));
    dialog->close();

    // The consent: never given, then given by an activation, then withdrawn.
    QVERIFY(page.consentState()->text().startsWith(QStringLiteral("Never")));
    QVERIFY(!page.withdrawButton()->isEnabled());
    QVERIFY(
        ConsentStore(m_session->database()).grant(ConsentKind::CodeActivation, m_clock.now()).ok());
    page.reload();
    QVERIFY(page.consentState()->text().startsWith(QStringLiteral("Given")));
    QVERIFY(page.withdrawButton()->isEnabled());

    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(page.withdrawButton(), Qt::LeftButton);
    QVERIFY(page.consentState()->text().startsWith(QStringLiteral("Given")));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(page.withdrawButton(), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("key file")));
    QVERIFY(page.consentState()->text().startsWith(QStringLiteral("Withdrawn")));
    QVERIFY(!page.withdrawButton()->isEnabled());
    auto stands = ConsentStore(m_session->database()).stands(ConsentKind::CodeActivation);
    QVERIFY(stands.ok() && !stands.value());
}

void TestActivationWizard::everyWizardWidgetHasAnObjectName()
{
    QVERIFY(openWizard());
    const auto check = [this] {
        for (QWidget *widget : m_wizard->currentPage()->findChildren<QWidget *>()) {
            // Parts Qt makes inside its own containers (scroll bars) are named by Qt's parent.
            const bool qtPart =
                widget->parentWidget()->objectName().startsWith(QLatin1String("qt_"));
            if (!widget->isVisible() || qtPart)
                continue;
            QVERIFY2(!widget->objectName().isEmpty(),
                     qPrintable(QStringLiteral("an unnamed %1 in %2")
                                    .arg(QString::fromLatin1(widget->metaObject()->className()),
                                         widget->parentWidget()->objectName())));
        }
    };
    check();
    chooseMethod(true);
    check();
    enterCodeAndPreview(GoodCode);
    check();
    click(QWizard::CustomButton1);
    check();
    click(QWizard::NextButton);
    check();
    for (QAbstractButton *button : m_wizard->findChildren<QAbstractButton *>()) {
        if (button->isVisible())
            QVERIFY(!button->objectName().isEmpty());
    }
}

QTEST_MAIN(TestActivationWizard)
#include "tst_activationwizard.moc"
