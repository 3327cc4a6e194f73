// The wizard's sending page: the request on its way, stage by stage, with a busy
// indicator and Cancel. The work is asynchronous, so the window never freezes; when
// it ends the wizard moves to the result by itself.
#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace LightAgent {

class ActivationWizard;

class ActivationProgressPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ActivationProgressPage(ActivationWizard &wizard);

    QString stage() const;
    QPushButton *cancelButton() const { return m_cancel; }

    void initializePage() override;
    bool isComplete() const override { return false; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showStage(const QString &stage);

    ActivationWizard &m_wizard;
    QString m_stage; // the flow's machine name of the stage
    QLabel *m_stageLabel;
    QProgressBar *m_busy;
    QPushButton *m_cancel;
    QLabel *m_note;
};

} // namespace LightAgent
