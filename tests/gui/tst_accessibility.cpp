// Accessibility: the activation wizard completed by keyboard alone against the real
// licensing service, with the focus order on each page checked and every control the
// focus reaches named for a screen reader; and the names and descriptions of the status
// banner, the icon-only buttons and the preview table.
#include "ActivationWizard.h"
#include "ConsoleSession.h"
#include "EnvelopePreview.h"
#include "MainWindow.h"
#include "ServiceSession.h"
#include "StatusBanner.h"
#include "common/ServiceProcess.h"
#include "common/TestKeys.h"
#include "core/Clock.h"
#include "core/StateDatabase.h"
#include "license/KeyFile.h"
#include "license/KeyStore.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace LightAgent;

namespace {

// From resources/demo/codes.md.
const QString GoodCode = QStringLiteral("DEMO1-COMME-RCIAL-0005I");
constexpr int ServiceTimeoutMs = 30000;
constexpr int MaxTabStops = 40;

QString accessibleText(QWidget *widget, QAccessible::Text what)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(what) : QString();
}

// The name a screen reader announces: the accessible name, the text of a button, or
// the text of the label whose buddy the widget is.
QString spokenName(QWidget *widget)
{
    const QString name = accessibleText(widget, QAccessible::Name);
    if (!name.trimmed().isEmpty())
        return name;
    const QList<QLabel *> labels = widget->window()->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        if (label->buddy() == widget && !label->text().trimmed().isEmpty())
            return label->text();
    return {};
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void wizardIsCompletedByKeyboardAlone();
    void statusBannerIsNamedAndDescribed_data();
    void statusBannerIsNamedAndDescribed();
    void iconButtonsAndPreviewTableAreNamed();

private:
    // Presses Tab from the focused widget until the focus comes back, and returns the
    // object names of the widgets it stopped at, checking each has a spoken name.
    QStringList walkTabChain();
    void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    Test::ServiceProcess m_service;
    FixedClock m_clock {QDateTime::currentDateTimeUtc()};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<ActivationWizard> m_wizard;
};

void TestAccessibility::initTestCase()
{
    QVERIFY2(QFile::exists(Test::servicePath()), "the licensing service is not built");
    QVERIFY(m_service.start());
    Clock::setInstance(&m_clock);
}

void TestAccessibility::cleanupTestCase()
{
    Clock::setInstance(nullptr);
}

void TestAccessibility::init()
{
    m_clock.set(QDateTime::currentDateTimeUtc());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_session = Test::serviceSession(*m_dir, m_service.baseUrl());
    QVERIFY(m_session);
}

void TestAccessibility::cleanup()
{
    m_wizard.reset();
    m_session.reset();
    m_dir.reset();
}

void TestAccessibility::pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget *focused = QApplication::focusWidget();
    QVERIFY2(focused, "nothing has the keyboard focus");
    QTest::keyClick(focused, key, modifiers);
}

QStringList TestAccessibility::walkTabChain()
{
    QStringList stops;
    QWidget *first = QApplication::focusWidget();
    if (!first)
        return {QStringLiteral("<no focus>")};
    QWidget *current = first;
    for (int i = 0; i < MaxTabStops; ++i) {
        stops.append(current->objectName());
        if (spokenName(current).isEmpty())
            stops.append(QStringLiteral("<unnamed %1>").arg(current->objectName()));
        QTest::keyClick(current, Qt::Key_Tab);
        current = QApplication::focusWidget();
        if (!current || current == first)
            break;
    }
    return stops;
}

void TestAccessibility::wizardIsCompletedByKeyboardAlone()
{
    m_wizard = std::make_unique<ActivationWizard>(*m_session);
    m_wizard->show();
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));

    // Choose the way: the key file, which sends nothing, is chosen and focused first. The
    // focus goes through the page, then the buttons' row left to right (Help is on its left);
    // the two ways are one stop, chosen with the arrow keys.
    QCOMPARE(m_wizard->currentId(), int(ActivationWizard::Page_ChooseMethod));
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("keyFileMethodRadio"));
    QCOMPARE(walkTabChain().join(QLatin1Char(' ')),
             (QStringList {QStringLiteral("keyFileMethodRadio"), QStringLiteral("helpButton"),
                           QStringLiteral("nextButton"), QStringLiteral("cancelButton")}
                  .join(QLatin1Char(' '))));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("keyFileMethodRadio"));
    pressKey(Qt::Key_Down); // arrow keys move within the group of ways
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("codeMethodRadio"));
    QVERIFY(m_wizard->field(QString(ActivationWizard::CodeMethodField)).toBool());
    pressKey(Qt::Key_Return);

    // The code: the field has the focus, typing and Return go on to the preview.
    QCOMPARE(m_wizard->currentId(), int(ActivationWizard::Page_Code));
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("activationCodeEdit"));
    QCOMPARE(walkTabChain().join(QLatin1Char(' ')),
             (QStringList {QStringLiteral("activationCodeEdit"),
                           QStringLiteral("codeActiveSlotRadio"), QStringLiteral("helpButton"),
                           QStringLiteral("backButton"), QStringLiteral("cancelButton")}
                  .join(QLatin1Char(' '))));
    QTest::keyClicks(QApplication::focusWidget(), GoodCode);
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    pressKey(Qt::Key_Return);

    // The preview: the request can be read and consent given before Send is offered.
    QCOMPARE(m_wizard->currentId(), int(ActivationWizard::Page_Preview));
    const QStringList previewChain = walkTabChain();
    for (const QString &stop : previewChain)
        QVERIFY2(!stop.startsWith(QLatin1String("<unnamed")), qPrintable(stop));
    const QStringList expectedOrder {
        QStringLiteral("qt_tabwidget_tabbar"), QStringLiteral("envelopeFieldTable"),
        QStringLiteral("envelopeCopyButton"),  QStringLiteral("envelopeSaveButton"),
        QStringLiteral("consentCheckBox"),     QStringLiteral("backButton"),
        QStringLiteral("declineButton"),       QStringLiteral("cancelButton")};
    qsizetype last = -1;
    for (const QString &name : expectedOrder) {
        const qsizetype at = previewChain.indexOf(name);
        QVERIFY2(at > last,
                 qPrintable(name + QStringLiteral(" out of order in ") +
                            previewChain.join(QLatin1Char(' '))));
        last = at;
    }
    QVERIFY2(!previewChain.contains(QStringLiteral("commitButton")),
             "Send must not be reachable before consent");
    while (QApplication::focusWidget()->objectName() != QLatin1String("consentCheckBox"))
        pressKey(Qt::Key_Tab);
    pressKey(Qt::Key_Space);
    QVERIFY(m_wizard->button(QWizard::CommitButton)->isEnabled());
    pressKey(Qt::Key_S, Qt::AltModifier); // the &Send accelerator

    // The result, reached without the mouse; Return finishes.
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(ActivationWizard::Page_Result),
                              ServiceTimeoutMs);
    QVERIFY2(m_wizard->outcome() && m_wizard->outcome()->ok(), "the activation failed");
    QTRY_VERIFY(QApplication::focusWidget());
    for (const QString &stop : walkTabChain())
        QVERIFY2(!stop.startsWith(QLatin1String("<unnamed")), qPrintable(stop));
    QVERIFY(m_wizard->isVisible());
    pressKey(Qt::Key_Return);
    QTRY_VERIFY(!m_wizard->isVisible());
    QCOMPARE(m_wizard->result(), int(QDialog::Accepted));
}

void TestAccessibility::statusBannerIsNamedAndDescribed_data()
{
    QTest::addColumn<bool>("withKey");
    QTest::newRow("not activated") << false;
    QTest::newRow("a valid commercial key") << true;
}

void TestAccessibility::statusBannerIsNamedAndDescribed()
{
    QFETCH(bool, withKey);
    if (withKey) {
        const QString path = m_dir->filePath(QStringLiteral("key.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // In force on the day the test runs, whatever that day is.
        const QDate today = Test::utcToday();
        file.write(
            Test::keyFile({{QStringLiteral("validFrom"), today.addDays(-30).toString(Qt::ISODate)},
                           {QStringLiteral("expires"), today.addDays(365).toString(Qt::ISODate)}}));
        file.close();
        auto keyFile = KeyFile::load(path, m_session->profile());
        QVERIFY2(keyFile.ok(), qPrintable(keyFile ? QString() : keyFile.error().message));
        QVERIFY(
            m_session->addKey(m_session->candidateFromFile(keyFile.value()), KeySlot::Active).ok());
    }
    MainWindow window(*m_session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *banner = window.findChild<StatusBanner *>(QStringLiteral("statusBanner"));
    QVERIFY(banner);
    QCOMPARE(accessibleText(banner, QAccessible::Name), StatusBanner::tr("License status"));
    const QString description = accessibleText(banner, QAccessible::Description);
    QVERIFY(description.contains(banner->headline()));
    QVERIFY(description.contains(banner->explanation()));
    // The tone is carried by an icon and words too, never by the colour alone.
    auto *icon = banner->findChild<QLabel *>(QStringLiteral("statusIcon"));
    QVERIFY(icon);
    QVERIFY(!icon->pixmap().isNull());
    QCOMPARE(accessibleText(icon, QAccessible::Name), banner->headline());
    QVERIFY(!banner->headline().isEmpty());
}

void TestAccessibility::iconButtonsAndPreviewTableAreNamed()
{
    MainWindow window(*m_session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Every button that shows only an icon says in words what it does.
    const QList<QAbstractButton *> buttons = window.findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (!button->isVisibleTo(&window) || !button->text().trimmed().isEmpty())
            continue;
        QVERIFY2(!accessibleText(button, QAccessible::Name).trimmed().isEmpty(),
                 qPrintable(button->objectName() + QStringLiteral(" has no accessible name")));
    }

    m_wizard = std::make_unique<ActivationWizard>(*m_session);
    m_wizard->setField(QString(ActivationWizard::CodeMethodField), true);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    m_wizard->next();
    m_wizard->setField(QString(ActivationWizard::CodeField), GoodCode);
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(ActivationWizard::Page_Preview));
    auto *table = m_wizard->findChild<QTableWidget *>(QStringLiteral("envelopeFieldTable"));
    QVERIFY(table);
    QCOMPARE(accessibleText(table, QAccessible::Name),
             EnvelopePreview::tr("Fields that will be sent"));
    QCOMPARE(accessibleText(table, QAccessible::Description), table->accessibleDescription());
    QVERIFY(!table->accessibleDescription().isEmpty());
    QVERIFY(table->rowCount() > 0);
    for (int col = 0; col < table->columnCount(); ++col)
        QVERIFY(!table->horizontalHeaderItem(col)->text().isEmpty());
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
