// The periodic license check (DESIGN §3.2) on the Updates page: whether the active key
// is checked at all and why not, when the next check is due, the failures in a row and
// the back-off, the last answer, and "Check now" with a preview of its request. Only a
// key from a code, with the consent standing, is ever checked.
#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace LightAgent {

class ConsoleSession;
class EnvelopePreviewDialog;

class LicenseCheckPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit LicenseCheckPanel(ConsoleSession &session, QWidget *parent = nullptr);

    QLabel *explanationLabel() const { return m_explanation; }
    QLabel *nextCheckLabel() const { return m_nextCheck; }
    QLabel *failuresLabel() const { return m_failures; }
    QLabel *resultLabel() const { return m_result; }
    QPushButton *checkNowButton() const { return m_checkNow; }
    QPushButton *previewButton() const { return m_preview; }

public Q_SLOTS:
    void reload();
    // Starts a check now if the key may be checked; says why not otherwise.
    void checkNow();
    // The exact request a check would send now; previewing sends nothing.
    LightAgent::EnvelopePreviewDialog *previewCheck();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showLastResult();

    ConsoleSession &m_session;
    QLabel *m_explanation;
    QLabel *m_nextCaption = nullptr;
    QLabel *m_nextCheck = nullptr;
    QLabel *m_lastCaption = nullptr;
    QLabel *m_lastCheck = nullptr;
    QLabel *m_failuresCaption = nullptr;
    QLabel *m_failures = nullptr;
    QLabel *m_result;
    QPushButton *m_preview;
    QPushButton *m_checkNow;
    QString m_refusal; // why the last "Check now" sent nothing
};

} // namespace LightAgent
