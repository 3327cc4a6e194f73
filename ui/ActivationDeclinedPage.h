// The wizard's page after Decline: nothing was sent, the decision is in the journal,
// and the key file, which sends nothing, is one click away.
#pragma once

#include <QWizardPage>

class QLabel;

namespace LightAgent {

class ActivationWizard;

class ActivationDeclinedPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ActivationDeclinedPage(ActivationWizard &wizard);

    void initializePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    ActivationWizard &m_wizard;
    QLabel *m_nothingSent;
    QLabel *m_journal;
    QLabel *m_keyFile;
};

} // namespace LightAgent
