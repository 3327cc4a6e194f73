// What a key file holds and exactly what adding it would change, before anything
// changes: the body of the key inspection dialog and of the activation wizard's
// key-file page. The key is verified locally and adding it sends nothing itself; what it
// sets going (the scheduled update under the agreement) is said for the chosen slot.
// Only the slots the vendor's rules allow can be chosen, and a refused slot says why.
#pragma once

#include "core/Result.h"
#include "license/KeyRules.h"
#include "license/StoredKey.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QFormLayout;
class QLabel;
class QRadioButton;
class QVBoxLayout;

namespace LightAgent {

class ConsoleSession;

class KeyInspectionView : public QWidget
{
    Q_OBJECT

public:
    explicit KeyInspectionView(ConsoleSession &session, QWidget *parent = nullptr);

    // Verifies the file and shows it; an empty path shows nothing.
    void inspect(const QString &path);
    QString path() const { return m_path; }

    bool keyVerified() const { return m_candidate.has_value(); }
    std::optional<KeySlot> selectedSlot() const;
    // Selects the slot if the rules allow it; otherwise keeps the rules' preference.
    void setPreferredSlot(KeySlot slot);
    QStringList shownEffects() const { return m_shownEffects; }
    // A verified key and a slot the rules allow.
    bool canAdd() const { return keyVerified() && selectedSlot().has_value(); }
    // Adds the key to the chosen slot through the session.
    Result<KeyChange> add();

Q_SIGNALS:
    // The inspection or the chosen slot changed.
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showError(const Error &error);
    void showKey(const StoredKey &candidate);
    QWidget *createHeader();
    QWidget *createFacts(const KeyFile &keyFile);
    QWidget *createSlotChoice();
    QWidget *createEffects();
    QLabel *addFact(QFormLayout *form, const QString &caption, const QString &value,
                    const QString &objectName, bool wholeValue = false);
    QRadioButton *radio(KeySlot slot) const;
    const std::optional<Result<KeyChange>> &plan(KeySlot slot) const;
    void updateEffects();

    ConsoleSession &m_session;
    QString m_path;
    std::optional<StoredKey> m_candidate;
    std::optional<Result<KeyChange>> m_activePlan;
    std::optional<Result<KeyChange>> m_reservePlan;
    QStringList m_shownEffects;
    QVBoxLayout *m_outer;
    QWidget *m_content = nullptr; // rebuilt by every inspect()
    QVBoxLayout *m_layout = nullptr;
    QButtonGroup *m_slotGroup = nullptr;
    QRadioButton *m_activeRadio = nullptr;
    QRadioButton *m_reserveRadio = nullptr;
    QLabel *m_effects = nullptr;
    QLabel *m_traffic = nullptr; // what adding sets going on the network
};

} // namespace LightAgent
