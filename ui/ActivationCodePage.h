// The wizard's code page: the activation code, checked as it is typed or pasted
// (spaces, lower case, Cyrillic look-alikes are fine), with the code as it will be
// read. Nothing is sent here; Next shows the exact request first.
#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace LightAgent {

class ActivationCodePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ActivationCodePage(QWidget *parent = nullptr);

    QLineEdit *codeEdit() const { return m_edit; }
    QString stateName() const; // "incomplete", "invalid", "valid": for tests and styling

    bool isComplete() const override;
    // Going back keeps the code.
    void cleanupPage() override { }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void validate();

    QLabel *m_codeLabel;
    QLineEdit *m_edit;
    QLabel *m_stateIcon;
    QLabel *m_stateMessage;
    QLabel *m_readAsCaption;
    QLabel *m_readAs;
    QLabel *m_note;
};

} // namespace LightAgent
