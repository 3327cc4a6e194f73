// The wizard's code page: the activation code, checked as it is typed or pasted
// (spaces, lower case, Cyrillic look-alikes are fine), with the code as it will be
// read, and where the key the service issues goes: the active or the reserve key, with
// the reason where a slot cannot take it. Nothing is sent here; Next shows the exact
// request first.
#pragma once

#include "license/StoredKey.h"

#include <QWizardPage>

class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace LightAgent {

class ConsoleSession;

class ActivationCodePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ActivationCodePage(ConsoleSession &session, QWidget *parent = nullptr);

    QLineEdit *codeEdit() const { return m_edit; }
    QRadioButton *slotRadio(KeySlot slot) const;
    KeySlot chosenSlot() const;
    QString stateName() const; // "incomplete", "invalid", "valid": for tests and styling

    void initializePage() override;
    bool isComplete() const override;
    // Going back keeps the code.
    void cleanupPage() override { }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void validate();
    void updateSlots();

    ConsoleSession &m_session;
    QLabel *m_codeLabel;
    QLineEdit *m_edit;
    QLabel *m_stateIcon;
    QLabel *m_stateMessage;
    QLabel *m_readAsCaption;
    QLabel *m_readAs;
    QLabel *m_note;
    QGroupBox *m_slotBox;
    QRadioButton *m_activeRadio;
    QLabel *m_activeReason;
    QRadioButton *m_reserveRadio;
    QLabel *m_reserveReason;
};

} // namespace LightAgent
