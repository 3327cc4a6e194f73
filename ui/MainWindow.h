// The console's window: menus, a navigation list of pages and the status bar.
// Features plug in as pages with addPage(); the dashboard is always the first.
#pragma once

#include "license/StoredKey.h"

#include <QIcon>
#include <QMainWindow>

#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace LightAgent {

class ActivationWizard;
class AgreementDialog;
class ConsoleSession;
class DashboardPage;
class DataProvisionPage;
class JournalPage;
class KeyInspectionDialog;
class LazyPage;
class UpdatesPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ConsoleSession &session, QWidget *parent = nullptr);

    // Adds a page to the navigation; returns its index.
    int addPage(QWidget *page, const QString &title, const QIcon &icon);
    void showPage(QWidget *page);
    QWidget *currentPage() const;
    // Pages added from outside call this from their retranslation to keep the
    // navigation in the interface language.
    void setPageTitle(QWidget *page, const QString &title);
    DashboardPage *dashboard() const { return m_dashboard; }
    // The other pages are built the first time they are shown or asked for, so that
    // the start-up builds only what the first paint shows (the dashboard).
    UpdatesPage *updatesPage() const;
    JournalPage *journalPage() const;
    DataProvisionPage *dataProvisionPage() const;
    ConsoleSession &session() const { return m_session; }

    // Asks for a key file and opens its inspection. Without a preferred slot the
    // inspection selects the one the vendor's rules prefer.
    void chooseKeyFile(std::optional<KeySlot> preferredSlot = std::nullopt);
    // Opens the inspection of a key file; returns at once (the dialog is window-modal).
    KeyInspectionDialog *openKeyFile(const QString &path,
                                     std::optional<KeySlot> preferredSlot = std::nullopt);
    // Opens the activation wizard; returns at once (the wizard is window-modal).
    ActivationWizard *openActivationWizard();
    // The vendor's data-provision statement, once, at first start (whatever the answer,
    // it is not asked again). main.cpp calls this after the window is shown; tests
    // don't, so no dialog appears by itself in them. Returns it, or nullptr.
    AgreementDialog *showFirstStartAgreementIfNeeded();

public Q_SLOTS:
    // Asks for confirmation, then removes the key in the slot.
    void removeKey(LightAgent::KeySlot slot);
    void showAbout();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    // Keeps the window's geometry for the next run (WindowState).
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslateUi();
    void createActions();
    void createMenus();
    void createStatusBar();
    void updateActions();
    QString confirmationText(KeySlot slot, const QString &serial) const;
    int indexOfPage(QWidget *page) const;

    ConsoleSession &m_session;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    DashboardPage *m_dashboard;
    LazyPage *m_updatesPage = nullptr;
    LazyPage *m_journalPage = nullptr;
    LazyPage *m_dataProvisionPage = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_licenseMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_profileLabel = nullptr;
    QLabel *m_dataLabel = nullptr;
    QAction *m_addKeyAction = nullptr;
    QAction *m_activateAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_removeActiveAction = nullptr;
    QAction *m_removeReserveAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace LightAgent
