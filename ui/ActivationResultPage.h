// The wizard's last page after sending: the new license state and whether the
// service confirmed the exact bytes it received; or what went wrong, that nothing
// changed, and the way back to try again. A key that was kept instead of applied is
// shown beside the current keys, to be applied there once the administrator confirms.
#pragma once

#include "license/KeyRules.h"

#include <QWizardPage>

#include <optional>

class QLabel;

namespace LightAgent {

struct ActivationResult;
class ActivationWizard;
class ReceivedKeyPanel;
class StatusBanner;
class TonePanel;

class ActivationResultPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ActivationResultPage(ActivationWizard &wizard);

    bool succeeded() const;
    // The key kept instead of applied, while it awaits the administrator; else null.
    ReceivedKeyPanel *receivedPanel() const { return m_receivedPanel; }
    StatusBanner *banner() const { return m_banner; }
    QString outcomeText() const; // the outcome panel's title and message
    QString digestText() const; // the digest confirmation or warning; empty on failure

    void initializePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void present();
    void presentNotApplied(const ActivationResult &result);
    void presentDigest(const ActivationResult &result);
    void onReceivedApplied(const KeyChange &change);
    void presentAppliedLater(const KeyChange &change);

    ActivationWizard &m_wizard;
    TonePanel *m_outcomePanel;
    QLabel *m_stateCaption;
    StatusBanner *m_banner;
    QLabel *m_changes;
    TonePanel *m_digestPanel;
    QLabel *m_journal;
    ReceivedKeyPanel *m_receivedPanel = nullptr;
    std::optional<KeyChange> m_appliedLater; // the kept key, applied on this page
};

} // namespace LightAgent
