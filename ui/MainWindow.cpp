#include "MainWindow.h"

#include "AboutDialog.h"
#include "ConsoleSession.h"
#include "DashboardPage.h"
#include "FileDialog.h"
#include "KeyInspectionDialog.h"
#include "MessageBox.h"

#include <QAction>
#include <QApplication>
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

namespace LightAgent {

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

} // namespace

MainWindow::MainWindow(ConsoleSession &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_dashboard(new DashboardPage(session, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Light Agent Console"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/lightagent.svg")));
    setAcceptDrops(true);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setFixedWidth(190);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background-color: palette(window); border-right: 1px solid "
        "palette(mid); padding-top: 8px; outline: 0; }"
        " QListWidget#navigation::item { padding: 8px 6px; border-left: 4px solid transparent;"
        " color: palette(window-text); }"
        " QListWidget#navigation::item:selected { background-color: #dbe5f7; color: #1a3d8f;"
        " border-left: 4px solid #2f5fb3; font-weight: bold; }"));
    m_pages->setObjectName(QStringLiteral("pages"));
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    //: Navigation entry: the license dashboard
    addPage(m_dashboard, tr("License", "navigation"), QIcon(QStringLiteral(":/icons/license.svg")));
    createActions();
    createMenus();
    createStatusBar();

    connect(m_dashboard, &DashboardPage::addKeyFileRequested, this, [this] { chooseKeyFile(); });
    connect(m_dashboard, &DashboardPage::addKeyRequested, this,
            [this](KeySlot slot) { chooseKeyFile(slot); });
    connect(m_dashboard, &DashboardPage::removeKeyRequested, this, &MainWindow::removeKey);
    connect(&m_session, &ConsoleSession::stateChanged, this, &MainWindow::updateActions);
    QWidget::setTabOrder(m_navigation, m_dashboard->addKeyFileButton());
    updateActions();
    resize(1060, 740);
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

void MainWindow::showPage(QWidget *page)
{
    const int index = m_pages->indexOf(page);
    if (index >= 0)
        m_navigation->setCurrentRow(index);
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::createActions()
{
    m_addKeyAction =
        new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Add key file…"), this);
    m_addKeyAction->setObjectName(QStringLiteral("actionAddKeyFile"));
    m_addKeyAction->setShortcut(QKeySequence::Open);
    connect(m_addKeyAction, &QAction::triggered, this, [this] { chooseKeyFile(); });

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_removeActiveAction = new QAction(tr("Remove &active key…"), this);
    m_removeActiveAction->setObjectName(QStringLiteral("actionRemoveActiveKey"));
    connect(m_removeActiveAction, &QAction::triggered, this,
            [this] { removeKey(KeySlot::Active); });
    m_removeReserveAction = new QAction(tr("Remove &reserve key…"), this);
    m_removeReserveAction->setObjectName(QStringLiteral("actionRemoveReserveKey"));
    connect(m_removeReserveAction, &QAction::triggered, this,
            [this] { removeKey(KeySlot::Reserve); });

    m_refreshAction = new QAction(tr("Re&fresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("actionRefresh"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Read the license state again, for example after a change "
                                   "made with lightagent-ctl."));
    connect(m_refreshAction, &QAction::triggered, &m_session, &ConsoleSession::refresh);

    m_aboutAction = new QAction(tr("&About Light Agent Console"), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    menuBar()->setObjectName(QStringLiteral("menuBar"));
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(m_addKeyAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    //: Menu: actions on the license and its keys
    QMenu *license = menuBar()->addMenu(tr("&License", "menu"));
    license->setObjectName(QStringLiteral("menuLicense"));
    license->addAction(m_removeActiveAction);
    license->addAction(m_removeReserveAction);
    license->addSeparator();
    license->addAction(m_refreshAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(m_aboutAction);
}

void MainWindow::createStatusBar()
{
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    const VendorProfile &profile = m_session.profile();
    //: Status bar: the vendor profile in use; %1 vendor, %2 profile id
    auto *profileLabel =
        new QLabel(tr("Profile: %1 (%2)").arg(profile.vendor(), profile.id()), this);
    profileLabel->setObjectName(QStringLiteral("statusProfile"));
    profileLabel->setToolTip(QDir::toNativeSeparators(profile.source()));
    //: Status bar: the directory that holds the console's state
    auto *dataLabel =
        new QLabel(tr("Data: %1").arg(QDir::toNativeSeparators(m_session.dataDir())), this);
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

void MainWindow::showAbout()
{
    auto *about = new AboutDialog(m_session.profile(), this);
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

void MainWindow::changeEvent(QEvent *event)
{
    // Coming back to the window shows changes made meanwhile by lightagent-ctl.
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        m_session.refresh();
    QMainWindow::changeEvent(event);
}

} // namespace LightAgent
