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
class QStackedWidget;

namespace LightAgent {

class ConsoleSession;
class DashboardPage;
class KeyInspectionDialog;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ConsoleSession &session, QWidget *parent = nullptr);

    // Adds a page to the navigation; returns its index.
    int addPage(QWidget *page, const QString &title, const QIcon &icon);
    void showPage(QWidget *page);
    QWidget *currentPage() const;
    DashboardPage *dashboard() const { return m_dashboard; }
    ConsoleSession &session() const { return m_session; }

    // Asks for a key file and opens its inspection. Without a preferred slot the
    // inspection selects the one the vendor's rules prefer.
    void chooseKeyFile(std::optional<KeySlot> preferredSlot = std::nullopt);
    // Opens the inspection of a key file; returns at once (the dialog is window-modal).
    KeyInspectionDialog *openKeyFile(const QString &path,
                                     std::optional<KeySlot> preferredSlot = std::nullopt);

public Q_SLOTS:
    // Asks for confirmation, then removes the key in the slot.
    void removeKey(LightAgent::KeySlot slot);
    void showAbout();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    void updateActions();
    QString confirmationText(KeySlot slot, const QString &serial) const;

    ConsoleSession &m_session;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    DashboardPage *m_dashboard;
    QAction *m_addKeyAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_removeActiveAction = nullptr;
    QAction *m_removeReserveAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace LightAgent
