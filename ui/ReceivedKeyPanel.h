// A key the licensing service issued that was kept instead of applied, beside the
// keys it would affect: what each key is, exactly what applying it as the active key
// or adding it as the reserve key would change, and those two actions. A change that
// removes a valid key or shortens the license is offered only after the administrator
// confirms having compared the keys. Shown on the activation result page and on the
// dashboard.
#pragma once

#include "core/Result.h"
#include "license/KeyRules.h"
#include "license/ReceivedKeyStore.h"

#include <QFrame>

#include <optional>

class QCheckBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace LightAgent {

class ConsoleSession;

class ReceivedKeyPanel : public QFrame
{
    Q_OBJECT

public:
    ReceivedKeyPanel(ConsoleSession &session, const ReceivedKey &received,
                     QWidget *parent = nullptr);

    const ReceivedKey &received() const { return m_received; }
    QPushButton *applyButton(KeySlot slot) const;
    QCheckBox *confirmCheckBox() const { return m_confirm; }
    QString effectsText(KeySlot slot) const;

    // Applies the key to `slot` (the confirmation as ticked); a failure is shown.
    Result<KeyChange> apply(KeySlot slot);

Q_SIGNALS:
    void applied(const LightAgent::KeyChange &change);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillComparison(const StoredKeys &current);
    QLabel *cell(const QString &objectName);
    void updateButtons();

    ConsoleSession &m_session;
    ReceivedKey m_received;
    std::optional<Result<KeyChange>> m_asActive;
    std::optional<Result<KeyChange>> m_asReserve;
    QLabel *m_title;
    QLabel *m_why;
    QGridLayout *m_grid;
    QLabel *m_activeCaption;
    QLabel *m_activeEffects;
    QLabel *m_reserveCaption;
    QLabel *m_reserveEffects;
    QCheckBox *m_confirm;
    QPushButton *m_applyActive;
    QPushButton *m_applyReserve;
    QLabel *m_error;
};

} // namespace LightAgent
