// The wizard's commit page: the exact request, built once when the page is entered,
// what the activation will do with the current keys in the chosen slot, what happens
// with the data, and the administrator's consent. Send sends exactly
// these bytes; Decline sends nothing.
#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;

namespace LightAgent {

class ActivationWizard;
class EnvelopePreview;

class ActivationPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ActivationPreviewPage(ActivationWizard &wizard);

    EnvelopePreview *preview() const { return m_preview; }
    QCheckBox *consentCheckBox() const { return m_consent; }
    QString foreseenText() const; // what the activation will do with the keys

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void foresee();

    ActivationWizard &m_wizard;
    EnvelopePreview *m_preview;
    QLabel *m_buildError;
    QLabel *m_foreseen;
    QLabel *m_purpose;
    QCheckBox *m_consent;
};

} // namespace LightAgent
