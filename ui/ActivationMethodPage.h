// The wizard's first page: the two ways to activate and what each sends. A key file
// sends nothing; an activation code sends the listed data, now and periodically.
#pragma once

#include <QWizardPage>

class QLabel;
class QRadioButton;

namespace LightAgent {

class ActivationMethodPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ActivationMethodPage(QWidget *parent = nullptr);

    QRadioButton *keyFileRadio() const { return m_keyFileRadio; }
    QRadioButton *codeRadio() const { return m_codeRadio; }

    // Going back keeps the choice.
    void cleanupPage() override { }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QRadioButton *m_keyFileRadio;
    QLabel *m_keyFileNote;
    QRadioButton *m_codeRadio;
    QLabel *m_codeNote;
    QLabel *m_fieldsCaption;
    QLabel *m_fieldsLeft;
    QLabel *m_fieldsRight;
};

} // namespace LightAgent
