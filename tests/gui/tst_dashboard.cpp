// The console's dashboard and key-file import, driven offscreen as an administrator
// would: through the window's buttons, the file-dialog and message-box seams.
#include "ConsoleSession.h"
#include "DashboardPage.h"
#include "DataProvisionPage.h"
#include "FileDialog.h"
#include "JournalPage.h"
#include "KeyCard.h"
#include "KeyInspectionDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "StatusBanner.h"
#include "TimelineWidget.h"
#include "UpdatesPage.h"
#include "common/TestKeys.h"
#include "core/Clock.h"
#include "core/DateText.h"
#include "core/StateDatabase.h"
#include "license/KeyStore.h"
#include "provision/DataProvisionAgreement.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSizeGrip>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace LightAgent;

namespace {

const QDateTime Today(QDate(2026, 11, 29), QTime(6, 0), Qt::UTC);
const QString CommercialSerial = QStringLiteral("0A1-2B3C4D-5E6F7A8B");
const QString ReserveSerial = QStringLiteral("0A1-2B3C4D-11223344");

// Replaces one base64 symbol inside the named string field of a key file.
QByteArray flipInField(QByteArray bytes, const QByteArray &field, int offset)
{
    const QByteArray marker = '"' + field + "\":\"";
    const qsizetype at = bytes.indexOf(marker) + marker.size() + offset;
    bytes[at] = bytes.at(at) == 'A' ? 'B' : 'A';
    return bytes;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void opensNotActivatedWithDemoBadge();
    void addsKeyFileThroughInspection();
    void cancelledInspectionChangesNothing();
    void inspectionSaysWhatAddingSetsGoing_data();
    void inspectionSaysWhatAddingSetsGoing();
    void refusesBrokenKeyFile_data();
    void refusesBrokenKeyFile();
    void removesActiveKeyOnlyWhenConfirmed_data();
    void removesActiveKeyOnlyWhenConfirmed();
    void preselectsReserveBesideActiveKey();
    void opensDroppedKeyFile();
    void bannerShowsStatusByIconTextAndTone_data();
    void bannerShowsStatusByIconTextAndTone();
    void timelineContinuesWithTheReserveKey();
    void aboutShowsVersions();
    void everyWidgetHasAnObjectName();
    void startUpBuildsOnlyTheDashboard();
    void activationRefreshesOnlyAfterOutsideChanges();

private:
    void openWindow();
    void addStoredKey(const QString &demoKey, KeySlot slot);
    KeyInspectionDialog *waitForInspection();
    template<typename T> T *find(QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }

    FixedClock m_clock {Today};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestDashboard::initTestCase()
{
    Clock::setInstance(&m_clock);
}

void TestDashboard::cleanupTestCase()
{
    Clock::setInstance(nullptr);
}

void TestDashboard::init()
{
    m_clock.set(Today);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto database = StateDatabase::open(m_dir->path());
    QVERIFY2(database.ok(), qPrintable(database ? QString() : database.error().message));
    m_session = std::make_unique<ConsoleSession>(Test::demoProfile(), database.value());
}

void TestDashboard::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_dir.reset();
}

void TestDashboard::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_session);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestDashboard::addStoredKey(const QString &demoKey, KeySlot slot)
{
    auto keyFile = KeyFile::load(Test::demoKeyPath(demoKey), m_session->profile());
    QVERIFY(keyFile.ok());
    QVERIFY(m_session->addKey(m_session->candidateFromFile(keyFile.value()), slot).ok());
}

KeyInspectionDialog *TestDashboard::waitForInspection()
{
    const bool opened =
        QTest::qWaitFor([this] { return m_window->findChild<KeyInspectionDialog *>() != nullptr; });
    return opened ? m_window->findChild<KeyInspectionDialog *>() : nullptr;
}

void TestDashboard::opensNotActivatedWithDemoBadge()
{
    openWindow();
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Light Agent Console"));
    QCOMPARE(m_window->currentPage(), m_window->dashboard());
    StatusBanner *banner = m_window->dashboard()->banner();
    QCOMPARE(banner->property("status").toString(), QStringLiteral("not-activated"));
    QCOMPARE(banner->headline(), LicenseState::evaluate({}, Today.date()).headline());
    QVERIFY(!find<QLabel>(banner, "statusIcon")->pixmap().isNull());

    auto *badge = find<QLabel>(m_window.get(), "demoBadge");
    QVERIFY(badge);
    QVERIFY(badge->isVisible());
    QVERIFY(badge->toolTip().contains(QStringLiteral("demo vendor")));

    QVERIFY(find<QLabel>(m_window.get(), "activeEmptyTitle")->isVisible());
    QCOMPARE(find<QLabel>(m_window.get(), "activeEmptyTitle")->text(),
             QStringLiteral("No active key"));
    QCOMPARE(find<QLabel>(m_window.get(), "reserveEmptyTitle")->text(),
             QStringLiteral("No reserve key"));
    QVERIFY(!find<QPushButton>(m_window.get(), "reserveAddButton")->isEnabled());
    QVERIFY(!find<QAction>(m_window.get(), "actionRemoveActiveKey")->isEnabled());
}

void TestDashboard::addsKeyFileThroughInspection()
{
    openWindow();
    FileDialog::setNextFileName(Test::demoKeyPath(QStringLiteral("commercial.key")));
    QTest::mouseClick(m_window->dashboard()->addKeyFileButton(), Qt::LeftButton);
    KeyInspectionDialog *dialog = waitForInspection();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    QCOMPARE(find<QLabel>(dialog, "factSerial")->text(), CommercialSerial);
    QVERIFY(
        find<QLabel>(dialog, "factSigner")->text().contains(QStringLiteral("signature verified")));
    auto *activeRadio = find<QRadioButton>(dialog, "activeSlotRadio");
    auto *reserveRadio = find<QRadioButton>(dialog, "reserveSlotRadio");
    QVERIFY(activeRadio->isEnabled());
    QVERIFY(activeRadio->isChecked());
    QVERIFY(!reserveRadio->isEnabled());
    QVERIFY(find<QLabel>(dialog, "reserveSlotReason")
                ->text()
                .contains(QStringLiteral("beside an active key")));

    auto keyFile =
        KeyFile::load(Test::demoKeyPath(QStringLiteral("commercial.key")), m_session->profile());
    auto expected = m_session->plan(m_session->candidateFromFile(keyFile.value()), KeySlot::Active);
    QVERIFY(expected.ok());
    QCOMPARE(dialog->shownEffects(), expected.value().effects);
    for (const QString &effect : expected.value().effects)
        QVERIFY(find<QLabel>(dialog, "effectsList")->text().contains(effect));
    // Nothing is applied before Add.
    QCOMPARE(m_window->dashboard()->banner()->property("status").toString(),
             QStringLiteral("not-activated"));

    QSignalSpy changed(m_session.get(), &ConsoleSession::stateChanged);
    QTest::mouseClick(find<QPushButton>(dialog, "addKeyButton"), Qt::LeftButton);
    QTRY_COMPARE(m_window->dashboard()->banner()->property("status").toString(),
                 QStringLiteral("valid"));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(m_window->dashboard()->banner()->headline(), QStringLiteral("The license is valid."));
    QCOMPARE(find<QLabel>(m_window.get(), "activeSerial")->text(), CommercialSerial);
    QVERIFY(find<QLabel>(m_window.get(), "activeSerial")->isVisible());
    QVERIFY(find<QAction>(m_window.get(), "actionRemoveActiveKey")->isEnabled());
    QTRY_VERIFY(!m_window->findChild<KeyInspectionDialog *>());
    QCOMPARE(m_window->dashboard()->timeline()->steps().size(), 3); // from, soon, expires
}

void TestDashboard::inspectionSaysWhatAddingSetsGoing_data()
{
    QTest::addColumn<bool>("agreed");
    QTest::addColumn<QString>("said");
    QTest::newRow("without the agreement, nothing follows")
        << false
        << QStringLiteral("The key file was verified on this computer. Adding it sends nothing "
                          "to anyone.");
    // The agreement covers the scheduled update that a first key lets run at once.
    QTest::newRow("under the agreement, the scheduled update follows")
        << true
        << QStringLiteral("The key file was verified on this computer. Adding it sends nothing "
                          "itself, but it lets the scheduled database update run, which is due "
                          "now: under the data-provision agreement of %1, that update sends its "
                          "request, with the active key's serial, to 127.0.0.1:47443 (the update "
                          "service, on this computer).")
               .arg(displayDate(Today.toLocalTime().date()));
}

void TestDashboard::inspectionSaysWhatAddingSetsGoing()
{
    QFETCH(bool, agreed);
    QFETCH(QString, said);
    if (agreed)
        QVERIFY(
            DataProvisionAgreement(m_session->database()).accept(m_session->profile(), Today).ok());
    openWindow();
    FileDialog::setNextFileName(Test::demoKeyPath(QStringLiteral("commercial.key")));
    QTest::mouseClick(m_window->dashboard()->addKeyFileButton(), Qt::LeftButton);
    KeyInspectionDialog *dialog = waitForInspection();
    QVERIFY(dialog);
    QCOMPARE(find<QLabel>(dialog, "sendsNothingNote")->text(), said);
    dialog->reject();
}

void TestDashboard::cancelledInspectionChangesNothing()
{
    openWindow();
    KeyInspectionDialog *dialog =
        m_window->openKeyFile(Test::demoKeyPath(QStringLiteral("commercial.key")));
    QTRY_VERIFY(dialog->isVisible());
    QTest::mouseClick(find<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<KeyInspectionDialog *>());
    QCOMPARE(m_window->dashboard()->banner()->property("status").toString(),
             QStringLiteral("not-activated"));
    auto state = m_session->state();
    QVERIFY(state.ok() && !state.value().active());
}

void TestDashboard::refusesBrokenKeyFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    const QByteArray good = Test::keyFile();
    QTest::newRow("a byte of the license flipped")
        << flipInField(good, "license", 12) << QStringLiteral("signature-mismatch");
    QTest::newRow("a byte of the signature flipped")
        << flipInField(good, "signature", 20) << QStringLiteral("signature-mismatch");
    QTest::newRow("signed by an unknown key")
        << Test::keyFileFromBytes(Test::canonical(Test::licenseDocument()),
                                  QStringLiteral("someone-else"))
        << QStringLiteral("unknown-signer");
    QTest::newRow("file cut short") << good.left(good.size() / 2) << QStringLiteral("not-json");
}

void TestDashboard::refusesBrokenKeyFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const QString path = m_dir->filePath(QStringLiteral("broken.key"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    auto expected = KeyFile::load(path, m_session->profile());
    QVERIFY(!expected.ok());
    QCOMPARE(expected.error().reason, reason);

    openWindow();
    FileDialog::setNextFileName(path);
    find<QAction>(m_window.get(), "actionAddKeyFile")->trigger();
    KeyInspectionDialog *dialog = waitForInspection();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->keyVerified());
    auto *message = find<QLabel>(dialog, "keyErrorMessage");
    QVERIFY(message && message->isVisible());
    QCOMPARE(message->text(), expected.error().message);
    auto *add = find<QPushButton>(dialog, "addKeyButton");
    QVERIFY(!add->isVisible() && !add->isEnabled());

    QTest::mouseClick(find<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<KeyInspectionDialog *>());
    QCOMPARE(m_window->dashboard()->banner()->property("status").toString(),
             QStringLiteral("not-activated"));
}

void TestDashboard::removesActiveKeyOnlyWhenConfirmed_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<QString>("statusAfter");
    QTest::newRow("confirmed") << int(QMessageBox::Yes) << QStringLiteral("not-activated");
    QTest::newRow("declined") << int(QMessageBox::No) << QStringLiteral("valid");
}

void TestDashboard::removesActiveKeyOnlyWhenConfirmed()
{
    QFETCH(int, answer);
    QFETCH(QString, statusAfter);
    addStoredKey(QStringLiteral("commercial.key"), KeySlot::Active);
    openWindow();
    QCOMPARE(m_window->dashboard()->banner()->property("status").toString(),
             QStringLiteral("valid"));

    MessageBox::setNextAnswer(static_cast<QMessageBox::StandardButton>(answer));
    QTest::mouseClick(find<QPushButton>(m_window.get(), "activeRemoveButton"), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(CommercialSerial));
    QTRY_COMPARE(m_window->dashboard()->banner()->property("status").toString(), statusAfter);
    auto state = m_session->state();
    QVERIFY(state.ok());
    QCOMPARE(state.value().active().has_value(), statusAfter == QLatin1String("valid"));
    QCOMPARE(find<QLabel>(m_window.get(), "activeEmptyTitle")->isVisible(),
             !state.value().active());
}

void TestDashboard::preselectsReserveBesideActiveKey()
{
    addStoredKey(QStringLiteral("commercial.key"), KeySlot::Active);
    openWindow();
    FileDialog::setNextFileName(Test::demoKeyPath(QStringLiteral("reserve-commercial.key")));
    QTest::mouseClick(m_window->dashboard()->addKeyFileButton(), Qt::LeftButton);
    KeyInspectionDialog *dialog = waitForInspection();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    auto *activeRadio = find<QRadioButton>(dialog, "activeSlotRadio");
    auto *reserveRadio = find<QRadioButton>(dialog, "reserveSlotRadio");
    QVERIFY(activeRadio->isEnabled());
    QVERIFY(reserveRadio->isEnabled());
    QVERIFY(reserveRadio->isChecked());
    QVERIFY(dialog->shownEffects()
                .join(QLatin1Char(' '))
                .contains(QStringLiteral("becomes the reserve key")));

    // The list of changes follows the chosen slot.
    activeRadio->click();
    QTRY_VERIFY(dialog->shownEffects()
                    .join(QLatin1Char(' '))
                    .contains(QStringLiteral("is removed from this installation")));
    reserveRadio->click();
    QTRY_VERIFY(dialog->shownEffects()
                    .join(QLatin1Char(' '))
                    .contains(QStringLiteral("becomes the reserve key")));

    QTest::mouseClick(find<QPushButton>(dialog, "addKeyButton"), Qt::LeftButton);
    QTRY_COMPARE(find<QLabel>(m_window.get(), "reserveSerial")->text(), ReserveSerial);
    QCOMPARE(find<QLabel>(m_window.get(), "activeSerial")->text(), CommercialSerial);
    QVERIFY(find<QAction>(m_window.get(), "actionRemoveReserveKey")->isEnabled());
}

void TestDashboard::opensDroppedKeyFile()
{
    openWindow();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(Test::demoKeyPath(QStringLiteral("commercial.key")))});
    const QPoint centre = m_window->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    KeyInspectionDialog *dialog = waitForInspection();
    QVERIFY(dialog);
    QCOMPARE(find<QLabel>(dialog, "factSerial")->text(), CommercialSerial);

    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(Test::sourcePath(QStringLiteral("CMakeLists.txt")))});
    QDragEnterEvent refused(centre, Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

void TestDashboard::bannerShowsStatusByIconTextAndTone_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("tone");
    QTest::newRow("valid") << QDate(2026, 11, 29) << QStringLiteral("valid")
                           << QStringLiteral("good");
    QTest::newRow("expires soon") << QDate(2029, 12, 24) << QStringLiteral("expires-soon")
                                  << QStringLiteral("warning");
    QTest::newRow("expired") << QDate(2030, 1, 5) << QStringLiteral("expired")
                             << QStringLiteral("critical");
}

void TestDashboard::bannerShowsStatusByIconTextAndTone()
{
    QFETCH(QDate, day);
    QFETCH(QString, status);
    QFETCH(QString, tone);
    addStoredKey(QStringLiteral("commercial.key"), KeySlot::Active);
    m_clock.set(QDateTime(day, QTime(6, 0), Qt::UTC));
    openWindow();
    StatusBanner *banner = m_window->dashboard()->banner();
    QCOMPARE(banner->property("status").toString(), status);
    QCOMPARE(banner->property("tone").toString(), tone);
    auto state = m_session->state();
    QVERIFY(state.ok());
    QCOMPARE(banner->headline(), state.value().headline());
    QCOMPARE(banner->explanation(), state.value().explanation());
    QVERIFY(!find<QLabel>(banner, "statusIcon")->pixmap().isNull());
    QVERIFY(banner->accessibleDescription().contains(state.value().headline()));
    QCOMPARE(m_window->dashboard()->timeline()->today(), day);
}

void TestDashboard::timelineContinuesWithTheReserveKey()
{
    // Keys issued now, relative to the console's day: 100 days left, a reserve for 500.
    const QDate today = m_clock.today();
    const QDate activeEnds = today.addDays(100);
    const QDate reserveEnds = today.addDays(500);
    const auto issue = [&](const char *serial, QDate expires) {
        return Test::storedKey(
            {{QStringLiteral("serial"), QString::fromLatin1(serial)},
             {QStringLiteral("validFrom"), today.addDays(-30).toString(Qt::ISODate)},
             {QStringLiteral("expires"), expires.toString(Qt::ISODate)}});
    };
    QVERIFY(m_session->addKey(issue("0C0-111111-000000A1", activeEnds), KeySlot::Active).ok());
    openWindow();
    const auto toneOn = [this](QDate day) {
        StatusTone tone = StatusTone::Neutral;
        for (const TimelineWidget::Step &step : m_window->dashboard()->timeline()->steps())
            if (step.date <= day)
                tone = step.toneAfter;
        return tone;
    };
    QCOMPARE(int(toneOn(activeEnds)), int(StatusTone::Critical)); // alone, the key's end is the end

    QVERIFY(m_session->addKey(issue("0C0-111111-000000B2", reserveEnds), KeySlot::Reserve).ok());
    QTRY_COMPARE(int(toneOn(activeEnds)), int(StatusTone::Good));
    const QList<TimelineWidget::Step> steps = m_window->dashboard()->timeline()->steps();
    QCOMPARE(int(toneOn(activeEnds.addDays(1))), int(StatusTone::Good));
    QCOMPARE(int(toneOn(reserveEnds.addDays(-LicenseState::ExpiresSoonDays))),
             int(StatusTone::Warning));
    QCOMPARE(int(toneOn(reserveEnds)), int(StatusTone::Critical));
    const auto takeover = std::find_if(steps.cbegin(), steps.cend(), [&](const auto &step) {
        return step.date == activeEnds.addDays(1);
    });
    QVERIFY(takeover != steps.cend());
    QCOMPARE(takeover->title, QStringLiteral("Reserve key takes over"));
    QCOMPARE(steps.constLast().date, reserveEnds);
    QVERIFY(m_window->dashboard()->timeline()->toolTip().contains(
        QStringLiteral("Reserve key expires")));
}

void TestDashboard::aboutShowsVersions()
{
    openWindow();
    find<QAction>(m_window.get(), "actionAbout")->trigger();
    QDialog *about = nullptr;
    QTRY_VERIFY((about = m_window->findChild<QDialog *>(QStringLiteral("aboutDialog"))));
    QCOMPARE(find<QLabel>(about, "aboutVersion")->text(), QStringLiteral(LIGHTAGENT_VERSION));
    QCOMPARE(find<QLabel>(about, "aboutQtVersion")->text(), QString::fromLatin1(qVersion()));
    QVERIFY(!find<QLabel>(about, "aboutOpenSslVersion")->text().isEmpty());
    QVERIFY(find<QLabel>(about, "aboutProfile")->text().contains(QStringLiteral("demo")));
    about->close();
}

void TestDashboard::everyWidgetHasAnObjectName()
{
    addStoredKey(QStringLiteral("commercial.key"), KeySlot::Active);
    openWindow();
    KeyInspectionDialog *dialog =
        m_window->openKeyFile(Test::demoKeyPath(QStringLiteral("reserve-commercial.key")));
    QTRY_VERIFY(dialog->isVisible());
    m_window->showAbout();
    QTRY_VERIFY(m_window->findChild<QDialog *>(QStringLiteral("aboutDialog")));
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        // The status bar's size grip is Qt's own and has nothing to announce.
        if (!widget->isVisible() || qobject_cast<QSizeGrip *>(widget))
            continue;
        QVERIFY2(!widget->objectName().isEmpty(),
                 qPrintable(QStringLiteral("an unnamed %1 in %2")
                                .arg(QString::fromLatin1(widget->metaObject()->className()),
                                     widget->parentWidget()->objectName())));
    }
}

QTEST_MAIN(TestDashboard)
// The first paint shows the dashboard only; the other pages are built when the
// administrator goes to them (scripts/bench, figure 1).
void TestDashboard::startUpBuildsOnlyTheDashboard()
{
    openWindow();
    QVERIFY(m_window->findChild<UpdatesPage *>() == nullptr);
    QVERIFY(m_window->findChild<JournalPage *>() == nullptr);
    QVERIFY(m_window->findChild<DataProvisionPage *>() == nullptr);

    auto *navigation = find<QListWidget>(m_window.get(), "navigation");
    QCOMPARE(navigation->count(), 4);
    navigation->setCurrentRow(2);
    auto *journal = m_window->findChild<JournalPage *>();
    QVERIFY(journal);
    QCOMPARE(m_window->currentPage(), journal);
    QTRY_VERIFY(journal->isVisible());
    QCOMPARE(navigation->item(2)->text(), QStringLiteral("Journal"));
    QVERIFY(m_window->findChild<UpdatesPage *>() == nullptr);
    // Asking for a page builds it once; showing it later shows that one.
    UpdatesPage *updates = m_window->updatesPage();
    QVERIFY(updates);
    QCOMPARE(m_window->updatesPage(), updates);
    m_window->showPage(updates);
    QCOMPARE(navigation->currentRow(), 1);
    QCOMPARE(m_window->currentPage(), updates);
    QTRY_VERIFY(updates->isVisible());
}

// Coming back to the window re-reads the state when lightagent-ctl (another
// connection) changed it meanwhile, and only then.
void TestDashboard::activationRefreshesOnlyAfterOutsideChanges()
{
    openWindow();
    QSignalSpy changed(m_session.get(), &ConsoleSession::stateChanged);
    m_session->refreshIfChanged();
    QCOMPARE(changed.count(), 0);

    auto other = StateDatabase::open(m_dir->path());
    QVERIFY(other.ok());
    auto keyFile =
        KeyFile::load(Test::demoKeyPath(QStringLiteral("commercial.key")), m_session->profile());
    QVERIFY(keyFile.ok());
    KeyStore outside(other.value(), m_session->profile());
    QVERIFY(outside.add(StoredKey::fromFile(keyFile.value(), Today), KeySlot::Active, Today.date())
                .ok());
    m_session->refreshIfChanged();
    QCOMPARE(changed.count(), 1);
    QVERIFY(!find<QLabel>(m_window.get(), "activeEmptyTitle")->isVisible());
    m_session->refreshIfChanged();
    QCOMPARE(changed.count(), 1);

    // A new day changes the days left: that, too, is worth a look.
    m_clock.set(Today.addDays(1));
    m_session->refreshIfChanged();
    QCOMPARE(changed.count(), 2);
}

#include "tst_dashboard.moc"
