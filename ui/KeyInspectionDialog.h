// Shows what a key file holds and exactly what adding it would change, before
// anything changes, and adds it on request. The key is verified locally; nothing is
// sent. The inspection itself is a KeyInspectionView, shared with the wizard.
#pragma once

#include "license/KeyRules.h"
#include "license/StoredKey.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;

namespace LightAgent {

class ConsoleSession;
class KeyInspectionView;

class KeyInspectionDialog : public QDialog
{
    Q_OBJECT

public:
    KeyInspectionDialog(const QString &path, ConsoleSession &session, QWidget *parent = nullptr);

    QString path() const;
    bool keyVerified() const;
    std::optional<KeySlot> selectedSlot() const;
    // Selects the slot if the rules allow it; otherwise keeps the rules' preference.
    void setPreferredSlot(KeySlot slot);
    QStringList shownEffects() const;

Q_SIGNALS:
    void keyAdded(const LightAgent::KeyChange &change);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void apply();

    KeyInspectionView *m_view;
    QLabel *m_applyError;
    QPushButton *m_addButton;
    QPushButton *m_cancelButton;
    std::optional<QString> m_applyFailure; // why adding failed, in the words of the moment
};

} // namespace LightAgent
