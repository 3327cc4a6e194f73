#include "MainWindow.h"

#include "AboutDialog.h"
#include "ActivationWizard.h"
#include "AgreementDialog.h"
#include "BackgroundWork.h"
#include "BakedIcon.h"
#include "ConsoleSession.h"
#include "ConsoleStyle.h"
#include "DashboardPage.h"
#include "DataProvisionPage.h"
#include "FileDialog.h"
#include "HelpMenu.h"
#include "HelpOpener.h"
#include "JournalPage.h"
#include "KeyInspectionDialog.h"
#include "LanguageMenu.h"
#include "MaintenanceSummary.h"
#include "MessageBox.h"
#include "UpdatesPage.h"
#include "WindowState.h"
#include "provision/DataProvisionAgreement.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

namespace LightAgent {

// A navigation page that is built the first time it is shown or asked for.
class LazyPage : public QWidget
{
public:
    using Factory = std::function<QWidget *(QWidget *parent)>;

    LazyPage(const QString &objectName, Factory create, QWidget *parent)
        : QWidget(parent)
        , m_create(std::move(create))
    {
        setObjectName(objectName + QStringLiteral("Slot"));
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
    }

    QWidget *page()
    {
        if (!m_page) {
            m_page = m_create(this);
            layout()->addWidget(m_page);
            m_page->show(); // now, not at the next turn of the event loop
        }
        return m_page;
    }

    bool isBuilt() const { return m_page != nullptr; }

private:
    Factory m_create;
    QWidget *m_page = nullptr;
};

namespace {

// The one local .key file being dragged, or an empty string.
QString draggedKeyFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return QString();
    const QUrl url = mime->urls().constFirst();
    if (!url.isLocalFile() ||
        !url.toLocalFile().endsWith(QLatin1String(".key"), Qt::CaseInsensitive))
        return QString();
    return url.toLocalFile();
}

// Starts the background work once the window has painted for the first time: a
// zero timer posted from showEvent() would run before the paint and hold it back
// (scripts/bench measured a sixth of the start-up there).
class StartAfterFirstPaint : public QObject
{
public:
    StartAfterFirstPaint(QWidget *window, BackgroundWork *work)
        : QObject(window)
        , m_work(work)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, m_work, &BackgroundWork::start);
            deleteLater();
        }
        return false;
    }

private:
    BackgroundWork *m_work;
};

} // namespace

MainWindow::MainWindow(ConsoleSession &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_dashboard(new DashboardPage(session, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(190);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    ConsoleStyle::makeNavigation(m_navigation);
    m_pages->setObjectName(QStringLiteral("pages"));
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int index) {
        if (auto *lazy = dynamic_cast<LazyPage *>(m_pages->widget(index)))
            lazy->page();
    });

    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *edge = new QWidget(central); // between the navigation and the page
    edge->setObjectName(QStringLiteral("navigationEdge"));
    edge->setFixedWidth(1);
    edge->setBackgroundRole(QPalette::Mid);
    edge->setAutoFillBackground(true);
    layout->addWidget(edge);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    // Titles come with retranslateUi().
    addPage(m_dashboard, QString(), bakedIcon(QStringLiteral("license")));
    m_updatesPage = new LazyPage(
        QStringLiteral("updatesPage"),
        [&session](QWidget *slot) { return new UpdatesPage(session, slot); }, this);
    addPage(m_updatesPage, QString(), bakedIcon(QStringLiteral("updates")));
    m_journalPage = new LazyPage(
        QStringLiteral("journalPage"),
        [&session](QWidget *slot) { return new JournalPage(session, slot); }, this);
    addPage(m_journalPage, QString(), bakedIcon(QStringLiteral("journal")));
    m_dataProvisionPage = new LazyPage(
        QStringLiteral("dataProvisionPage"),
        [&session](QWidget *slot) { return new DataProvisionPage(session, slot); }, this);
    addPage(m_dataProvisionPage, QString(), bakedIcon(QStringLiteral("data-provision")));
    createActions();
    createMenus();
    createStatusBar();
    retranslateUi();

    connect(m_dashboard, &DashboardPage::addKeyFileRequested, this, [this] { chooseKeyFile(); });
    connect(m_dashboard, &DashboardPage::activateRequested, this,
            &MainWindow::openActivationWizard);
    connect(m_dashboard, &DashboardPage::addKeyRequested, this,
            [this](KeySlot slot) { chooseKeyFile(slot); });
    connect(m_dashboard, &DashboardPage::removeKeyRequested, this, &MainWindow::removeKey);
    connect(m_dashboard->maintenance(), &MaintenanceSummary::detailsRequested, this,
            [this] { showPage(m_updatesPage); });
    connect(&m_session, &ConsoleSession::stateChanged, this, &MainWindow::updateActions);
    QWidget::setTabOrder(m_navigation, m_dashboard->addKeyFileButton());
    updateActions();
    resize(1060, 740);
    restoreGeometry(WindowState::load(*m_session.database(), WindowState::GeometrySetting));
}

int MainWindow::addPage(QWidget *page, const QString &title, const QIcon &icon)
{
    const int index = m_pages->addWidget(page);
    auto *item = new QListWidgetItem(icon, title, m_navigation);
    item->setData(Qt::AccessibleTextRole, title);
    if (m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(0);
    return index;
}

int MainWindow::indexOfPage(QWidget *page) const
{
    // A lazily built page sits inside its slot in the stack.
    if (auto *lazy = dynamic_cast<LazyPage *>(page ? page->parentWidget() : nullptr))
        page = lazy;
    return m_pages->indexOf(page);
}

void MainWindow::showPage(QWidget *page)
{
    const int index = indexOfPage(page);
    if (index >= 0)
        m_navigation->setCurrentRow(index);
}

QWidget *MainWindow::currentPage() const
{
    QWidget *current = m_pages->currentWidget();
    if (auto *lazy = dynamic_cast<LazyPage *>(current))
        return lazy->page();
    return current;
}

UpdatesPage *MainWindow::updatesPage() const
{
    return static_cast<UpdatesPage *>(m_updatesPage->page());
}

JournalPage *MainWindow::journalPage() const
{
    return static_cast<JournalPage *>(m_journalPage->page());
}

DataProvisionPage *MainWindow::dataProvisionPage() const
{
    return static_cast<DataProvisionPage *>(m_dataProvisionPage->page());
}

void MainWindow::setPageTitle(QWidget *page, const QString &title)
{
    if (QListWidgetItem *item = m_navigation->item(indexOfPage(page))) {
        item->setText(title);
        item->setData(Qt::AccessibleTextRole, title);
    }
}

void MainWindow::createActions()
{
    m_addKeyAction = new QAction(bakedIcon(QStringLiteral("open")), QString(), this);
    m_addKeyAction->setObjectName(QStringLiteral("actionAddKeyFile"));
    m_addKeyAction->setShortcut(QKeySequence::Open);
    connect(m_addKeyAction, &QAction::triggered, this, [this] { chooseKeyFile(); });

    m_activateAction = new QAction(this);
    m_activateAction->setObjectName(QStringLiteral("actionActivate"));
    m_activateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_activateAction, &QAction::triggered, this, &MainWindow::openActivationWizard);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_removeActiveAction = new QAction(this);
    m_removeActiveAction->setObjectName(QStringLiteral("actionRemoveActiveKey"));
    connect(m_removeActiveAction, &QAction::triggered, this,
            [this] { removeKey(KeySlot::Active); });
    m_removeReserveAction = new QAction(this);
    m_removeReserveAction->setObjectName(QStringLiteral("actionRemoveReserveKey"));
    connect(m_removeReserveAction, &QAction::triggered, this,
            [this] { removeKey(KeySlot::Reserve); });

    m_refreshAction = new QAction(this);
    m_refreshAction->setObjectName(QStringLiteral("actionRefresh"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, &m_session, &ConsoleSession::refresh);

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    menuBar()->setObjectName(QStringLiteral("menuBar"));
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("menuFile"));
    m_fileMenu->addAction(m_addKeyAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    QMenu *license = m_licenseMenu = menuBar()->addMenu(QString());
    license->setObjectName(QStringLiteral("menuLicense"));
    license->addAction(m_activateAction);
    license->addSeparator();
    license->addAction(m_removeActiveAction);
    license->addAction(m_removeReserveAction);
    license->addSeparator();
    license->addAction(m_refreshAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("menuView"));
    m_viewMenu->addMenu(new LanguageMenu(m_session, this));

    auto *help = new HelpMenu(m_session, this);
    menuBar()->addMenu(help);
    help->addSeparator();
    help->addAction(m_aboutAction);
}

void MainWindow::createStatusBar()
{
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    auto *profileLabel = m_profileLabel = new QLabel(this);
    profileLabel->setObjectName(QStringLiteral("statusProfile"));
    profileLabel->setToolTip(QDir::toNativeSeparators(m_session.profile().source()));
    auto *dataLabel = m_dataLabel = new QLabel(this);
    dataLabel->setObjectName(QStringLiteral("statusDataDir"));
    dataLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    profileLabel->setContentsMargins(6, 0, 12, 0);
    dataLabel->setContentsMargins(12, 0, 6, 0);
    statusBar()->addWidget(profileLabel);
    statusBar()->addWidget(dataLabel, 1);
}

void MainWindow::updateActions()
{
    auto state = m_session.state();
    m_removeActiveAction->setEnabled(state && state.value().active().has_value());
    m_removeReserveAction->setEnabled(state && state.value().reserve().has_value());
}

void MainWindow::chooseKeyFile(std::optional<KeySlot> preferredSlot)
{
    const QString path = FileDialog::getOpenFileName(this, tr("Add key file"),
                                                     tr("Key files (*.key);;All files (*)"));
    if (!path.isEmpty())
        openKeyFile(path, preferredSlot);
}

KeyInspectionDialog *MainWindow::openKeyFile(const QString &path,
                                             std::optional<KeySlot> preferredSlot)
{
    auto *dialog = new KeyInspectionDialog(path, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (preferredSlot)
        dialog->setPreferredSlot(*preferredSlot);
    dialog->open();
    return dialog;
}

QString MainWindow::confirmationText(KeySlot slot, const QString &serial) const
{
    auto state = m_session.state();
    const bool reserveTakesOver = slot == KeySlot::Active && state && state.value().reserve();
    if (slot == KeySlot::Reserve)
        return tr("Remove the reserve key %1?\n\nThe active key stays; nothing takes over when "
                  "it expires.")
            .arg(serial);
    if (reserveTakesOver)
        return tr("Remove the active key %1?\n\nThe reserve key %2 becomes the active key.")
            .arg(serial, state.value().reserve()->license().serial);
    return tr("Remove the active key %1?\n\nThe solution will no longer be activated and "
              "virtual machines will not be protected until you add a key.")
        .arg(serial);
}

void MainWindow::removeKey(KeySlot slot)
{
    auto state = m_session.state();
    if (!state) {
        MessageBox::critical(this, tr("Remove key"), state.error().message);
        return;
    }
    const auto &key = slot == KeySlot::Active ? state.value().active() : state.value().reserve();
    if (!key)
        return;
    const auto answer =
        MessageBox::question(this, tr("Remove key"), confirmationText(slot, key->license().serial),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (Status removed = m_session.removeKey(slot); !removed)
        MessageBox::critical(this, tr("Remove key"),
                             tr("The key was not removed: %1").arg(removed.error().message));
}

ActivationWizard *MainWindow::openActivationWizard()
{
    // One wizard at a time: a second request brings the open one forward.
    if (auto *open = findChild<ActivationWizard *>(); open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *wizard = new ActivationWizard(m_session, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ActivationWizard::helpRequested, this,
            [this, wizard](const QString &place) { openHelp(wizard, m_session, place); });
    wizard->open();
    return wizard;
}

void MainWindow::showAbout()
{
    auto *about = new AboutDialog(m_session, this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (draggedKeyFile(event->mimeData()).isEmpty())
        return;
    event->acceptProposedAction();
    statusBar()->showMessage(tr("Drop the key file to inspect it. Nothing changes until you add "
                                "it."));
}

void MainWindow::dragLeaveEvent(QDragLeaveEvent *event)
{
    statusBar()->clearMessage();
    QMainWindow::dragLeaveEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    statusBar()->clearMessage();
    const QString path = draggedKeyFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openKeyFile(path);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The periodic check and scheduled updates start once the window is up, not on the
    // way to its first paint; they connect only when something is due and allowed.
    if (!m_session.background()->isStarted())
        new StartAfterFirstPaint(this, m_session.background());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A layout that cannot be saved only costs the next run its size: not worth a dialog.
    const Status saved =
        WindowState::save(*m_session.database(), WindowState::GeometrySetting, saveGeometry());
    if (!saved)
        qWarning("%s", qUtf8Printable(saved.error().message));
    QMainWindow::closeEvent(event);
}

AgreementDialog *MainWindow::showFirstStartAgreementIfNeeded()
{
    auto presented = DataProvisionAgreement(m_session.database()).wasPresented();
    if (!presented || presented.value())
        return nullptr;
    return AgreementDialog::openFor(m_session, this, true);
}

void MainWindow::changeEvent(QEvent *event)
{
    // Coming back to the window shows changes made meanwhile by lightagent-ctl.
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        m_session.refreshIfChanged();
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Light Agent Console"));
    m_navigation->setAccessibleName(tr("Pages"));
    //: Navigation entry: the license dashboard
    setPageTitle(m_dashboard, tr("License", "navigation"));
    //: Navigation entry: the databases, their updates and the license check
    setPageTitle(m_updatesPage, tr("Updates", "navigation"));
    //: Navigation entry: the journal of everything that was sent
    setPageTitle(m_journalPage, tr("Journal", "navigation"));
    //: Navigation entry: what the console sends, when, and the consent to it
    setPageTitle(m_dataProvisionPage, tr("Data provision", "navigation"));
    // Titles are longer in some languages: the navigation widens rather than cut them.
    m_navigation->setFixedWidth(qMax(190, m_navigation->sizeHintForColumn(0) + 8));

    m_fileMenu->setTitle(tr("&File"));
    //: Menu: actions on the license and its keys
    m_licenseMenu->setTitle(tr("&License", "menu"));
    //: Menu: how the console looks, e.g. its language
    m_viewMenu->setTitle(tr("&View"));
    m_addKeyAction->setText(tr("&Add key file…"));
    m_activateAction->setText(tr("&Activate…"));
    m_activateAction->setToolTip(tr("Activate with a key file or an activation code."));
    m_quitAction->setText(tr("&Quit"));
    m_removeActiveAction->setText(tr("Remove &active key…"));
    m_removeReserveAction->setText(tr("Remove &reserve key…"));
    m_refreshAction->setText(tr("Re&fresh"));
    m_refreshAction->setToolTip(tr("Read the license state again, for example after a change "
                                   "made with lightagent-ctl."));
    m_aboutAction->setText(tr("&About Light Agent Console"));

    const VendorProfile &profile = m_session.profile();
    //: Status bar: the vendor profile in use; %1 vendor, %2 profile id
    m_profileLabel->setText(tr("Profile: %1 (%2)").arg(profile.vendorName(), profile.id()));
    //: Status bar: the directory that holds the console's state
    m_dataLabel->setText(tr("Data: %1").arg(QDir::toNativeSeparators(m_session.dataDir())));
}

} // namespace LightAgent
