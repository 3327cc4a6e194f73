// The wizard's key-file page: choose a file, see its inspection (verified on this
// computer; nothing is sent), and add it when the wizard finishes.
#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTimer;

namespace LightAgent {

class ConsoleSession;
class KeyInspectionView;

class ActivationKeyFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ActivationKeyFilePage(ConsoleSession &session, QWidget *parent = nullptr);

    QLineEdit *pathEdit() const { return m_pathEdit; }
    KeyInspectionView *inspection() const { return m_view; }

    bool isComplete() const override;
    // Finishing the wizard here adds the key; a refusal keeps the wizard open.
    bool validatePage() override;
    void cleanupPage() override { }

public Q_SLOTS:
    void browse();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void inspectNow();

    QLabel *m_pathLabel;
    QLineEdit *m_pathEdit;
    QPushButton *m_browseButton;
    QScrollArea *m_scroll;
    KeyInspectionView *m_view;
    QLabel *m_applyError;
    QTimer *m_typingPause;
};

} // namespace LightAgent
