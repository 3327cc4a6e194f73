// Shows what a key file holds and exactly what adding it would change, before
// anything changes. The key is verified locally; nothing is sent. Only the slots the
// vendor's rules allow can be chosen, and a refused slot says why.
#pragma once

#include "core/Result.h"
#include "license/KeyRules.h"
#include "license/StoredKey.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QFormLayout;
class QLabel;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace LightAgent {

class ConsoleSession;

class KeyInspectionDialog : public QDialog
{
    Q_OBJECT

public:
    KeyInspectionDialog(const QString &path, ConsoleSession &session, QWidget *parent = nullptr);

    QString path() const { return m_path; }
    bool keyVerified() const { return m_candidate.has_value(); }
    std::optional<KeySlot> selectedSlot() const;
    // Selects the slot if the rules allow it; otherwise keeps the rules' preference.
    void setPreferredSlot(KeySlot slot);
    QStringList shownEffects() const { return m_shownEffects; }

Q_SIGNALS:
    void keyAdded(const LightAgent::KeyChange &change);

private:
    void showError(const Error &error);
    void showKey(const StoredKey &candidate);
    QWidget *createHeader();
    QWidget *createFacts(const KeyFile &keyFile);
    QWidget *createSlotChoice();
    QWidget *createEffects();
    QLabel *addFact(QFormLayout *form, const QString &caption, const QString &value,
                    const QString &objectName);
    QRadioButton *radio(KeySlot slot) const;
    const std::optional<Result<KeyChange>> &plan(KeySlot slot) const;
    void updateEffects();
    void apply();

    ConsoleSession &m_session;
    QString m_path;
    std::optional<StoredKey> m_candidate;
    std::optional<Result<KeyChange>> m_activePlan;
    std::optional<Result<KeyChange>> m_reservePlan;
    QStringList m_shownEffects;
    QVBoxLayout *m_layout;
    QButtonGroup *m_slotGroup = nullptr;
    QRadioButton *m_activeRadio = nullptr;
    QRadioButton *m_reserveRadio = nullptr;
    QLabel *m_effects = nullptr;
    QLabel *m_applyError = nullptr;
    QPushButton *m_addButton;
    QPushButton *m_cancelButton;
};

} // namespace LightAgent
