// The vendor's data-provision statement (DataProvisionAgreement) and the choice on it:
// "I agree" records the acceptance with its time; "Not now" changes nothing, and the
// console stays fully usable with key files while updates and online help send
// nothing and say why. While the agreement stands, it can be withdrawn here. Shown
// once at first start, and whenever asked for from the Updates and Data provision pages.
#pragma once

#include <QDialog>

class QGroupBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace LightAgent {

class ConsoleSession;

class AgreementDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AgreementDialog(ConsoleSession &session, QWidget *parent = nullptr);

    // Opens a window-modal dialog that deletes itself when closed; returns at once.
    static AgreementDialog *openFor(ConsoleSession &session, QWidget *parent,
                                    bool firstStart = false);

    // At first start the dialog says why it appears by itself.
    void setFirstStart(bool firstStart);

    QPushButton *agreeButton() const { return m_agree; }
    QPushButton *notNowButton() const { return m_notNow; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    QPushButton *closeButton() const { return m_close; }
    // The statement as shown, for tests and screen readers.
    QString statementText() const;

public Q_SLOTS:
    // Records the acceptance with its time and closes; says why if it cannot.
    void agree();
    // Asks, then withdraws the agreement and closes.
    void withdraw();
    void done(int result) override;

Q_SIGNALS:
    void agreementChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createStatement();
    QWidget *createButtons();
    void retranslateUi();
    void showState();
    QString closingHtml() const;

    ConsoleSession &m_session;
    bool m_firstStart = false;
    QLabel *m_title = nullptr;
    QLabel *m_firstStartNote = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_introduction = nullptr;
    QVBoxLayout *m_sectionsLayout = nullptr;
    QList<QGroupBox *> m_sections;
    QLabel *m_closing = nullptr;
    QLabel *m_withoutIt = nullptr;
    QPushButton *m_agree = nullptr;
    QPushButton *m_notNow = nullptr;
    QPushButton *m_withdraw = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace LightAgent
