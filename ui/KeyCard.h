// One key slot on the dashboard (active or reserve): the key's facts, or what to do
// when the slot is empty.
#pragma once

#include "license/StoredKey.h"

#include <QDate>
#include <QGroupBox>

#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;

namespace LightAgent {

class KeyCard : public QGroupBox
{
    Q_OBJECT

public:
    explicit KeyCard(KeySlot slot, QWidget *parent = nullptr);

    KeySlot keySlot() const { return m_slot; }
    // canAdd: whether the empty slot can take a key now (a reserve needs an active key).
    void setKey(const std::optional<StoredKey> &key, QDate today, bool canAdd);

    QPushButton *removeButton() const { return m_removeButton; }
    QPushButton *addButton() const { return m_addButton; }

Q_SIGNALS:
    void addRequested(LightAgent::KeySlot slot);
    void removeRequested(LightAgent::KeySlot slot);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QWidget *createDetails();
    QWidget *createEmpty();
    QLabel *addRow(const QString &objectName);
    void setCaption(QLabel *value, const QString &caption);
    void setRow(QLabel *value, const QString &text); // hides the row when text is empty
    void showKey(const StoredKey &key, QDate today);
    void showEmptyHint();

    KeySlot m_slot;
    // What is shown, kept so that it can be said again in another language.
    std::optional<StoredKey> m_key;
    QDate m_today;
    bool m_canAdd = false;
    QWidget *m_details = nullptr;
    QWidget *m_empty = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_serial = nullptr;
    QLabel *m_edition = nullptr;
    QLabel *m_type = nullptr;
    QLabel *m_licenses = nullptr;
    QLabel *m_validity = nullptr;
    QLabel *m_daysLeft = nullptr;
    QLabel *m_licensee = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_blocked = nullptr;
    QLabel *m_otherFields = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyHint = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_addButton = nullptr;
};

} // namespace LightAgent
