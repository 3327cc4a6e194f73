// The Updates page: the installed databases (version, release date, freshness), the
// last update run and its result, the next scheduled one and the switch for scheduled
// updates, "Update now…" with the exact request, the data-provision agreement the
// updates need, and the periodic license check. When an update may not be sent, the
// button is disabled and the page says why.
#pragma once

#include <QWidget>

class QCheckBox;
class QFrame;
class QGroupBox;
class QLabel;
class QPushButton;

namespace LightAgent {

class AgreementDialog;
class ConsoleSession;
class HelpLinkButton;
class LicenseCheckPanel;
class UpdateDialog;

class UpdatesPage : public QWidget
{
    Q_OBJECT

public:
    explicit UpdatesPage(ConsoleSession &session, QWidget *parent = nullptr);

    QPushButton *updateNowButton() const { return m_updateNow; }
    // Why an update may not be sent now; hidden while it may.
    QFrame *refusalPanel() const { return m_refusalPanel; }
    QLabel *refusalLabel() const { return m_refusal; }
    QPushButton *refusalAgreementButton() const { return m_refusalAgreement; }
    QPushButton *agreementButton() const { return m_agreementButton; }
    QLabel *agreementLabel() const { return m_agreement; }
    QLabel *freshnessLabel() const { return m_freshness; }
    QLabel *versionLabel() const { return m_version; }
    QLabel *releasedLabel() const { return m_released; }
    QLabel *lastRunLabel() const { return m_lastRun; }
    QLabel *nextUpdateLabel() const { return m_nextUpdate; }
    QCheckBox *scheduledCheckBox() const { return m_scheduled; }
    LicenseCheckPanel *licenseCheckPanel() const { return m_licenseCheck; }
    HelpLinkButton *helpButton() const { return m_helpButton; }

public Q_SLOTS:
    // Opens the update's preview (window-modal); returns it, or nullptr if not allowed.
    LightAgent::UpdateDialog *updateNow();
    LightAgent::AgreementDialog *showAgreement();
    void reload();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createHeader();
    QFrame *createRefusal();
    QGroupBox *createDatabases();
    QGroupBox *createSchedule();
    void retranslateUi();
    void reloadDatabases();
    void reloadPermission();
    void reloadAgreement();
    void setScheduled(bool on);
    void orderTabs();

    ConsoleSession &m_session;
    UpdateDialog *m_dialog = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    HelpLinkButton *m_helpButton = nullptr;
    QPushButton *m_updateNow = nullptr;
    QFrame *m_refusalPanel = nullptr;
    QLabel *m_refusalIcon = nullptr;
    QLabel *m_refusal = nullptr;
    QPushButton *m_refusalAgreement = nullptr;
    QGroupBox *m_databasesBox = nullptr;
    QLabel *m_freshnessCaption = nullptr;
    QLabel *m_freshnessIcon = nullptr;
    QLabel *m_freshness = nullptr;
    QLabel *m_versionCaption = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_releasedCaption = nullptr;
    QLabel *m_released = nullptr;
    QLabel *m_recordsCaption = nullptr;
    QLabel *m_records = nullptr;
    QLabel *m_installedCaption = nullptr;
    QLabel *m_installed = nullptr;
    QGroupBox *m_scheduleBox = nullptr;
    QLabel *m_lastRunCaption = nullptr;
    QLabel *m_lastRun = nullptr;
    QLabel *m_nextUpdateCaption = nullptr;
    QLabel *m_nextUpdate = nullptr;
    QCheckBox *m_scheduled = nullptr;
    QLabel *m_agreementCaption = nullptr;
    QLabel *m_agreement = nullptr;
    QPushButton *m_agreementButton = nullptr;
    LicenseCheckPanel *m_licenseCheck = nullptr;
};

} // namespace LightAgent
