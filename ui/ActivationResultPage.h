// The wizard's last page after sending: the new license state and whether the
// service confirmed the exact bytes it received; or what went wrong, that nothing
// changed, and the way back to try again.
#pragma once

#include <QWizardPage>

class QLabel;

namespace LightAgent {

class ActivationWizard;
class StatusBanner;
class TonePanel;

class ActivationResultPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ActivationResultPage(ActivationWizard &wizard);

    bool succeeded() const;
    StatusBanner *banner() const { return m_banner; }
    QString outcomeText() const; // the outcome panel's title and message
    QString digestText() const; // the digest confirmation or warning; empty on failure

    void initializePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void present();

    ActivationWizard &m_wizard;
    TonePanel *m_outcomePanel;
    QLabel *m_stateCaption;
    StatusBanner *m_banner;
    QLabel *m_changes;
    TonePanel *m_digestPanel;
    QLabel *m_journal;
};

} // namespace LightAgent
