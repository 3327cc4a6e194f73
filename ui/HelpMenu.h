// The Help menu's links: the online help, the help about data provision and the
// vendor's privacy policy, each showing the exact address it opens in the status bar,
// and the switch for previewing help links before they open. MainWindow adds "About"
// below them.
#pragma once

#include <QMenu>

class QAction;

namespace LightAgent {

class ConsoleSession;

class HelpMenu : public QMenu
{
    Q_OBJECT

public:
    explicit HelpMenu(ConsoleSession &session, QWidget *parent = nullptr);

    QAction *previewAction() const { return m_previewAction; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QAction *addLink(const QString &place, const char *objectName);
    void retranslateUi();

    ConsoleSession &m_session;
    QAction *m_onlineHelpAction;
    QAction *m_dataProvisionAction;
    QAction *m_privacyPolicyAction;
    QAction *m_previewAction;
};

} // namespace LightAgent
