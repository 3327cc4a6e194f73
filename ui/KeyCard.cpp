#include "KeyCard.h"

#include "DisplayText.h"
#include "license/LicenseState.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace LightAgent {

namespace {

QString slotName(KeySlot slot)
{
    return toWireName(slot); // "active" / "reserve": object-name prefixes for tests
}

} // namespace

KeyCard::KeyCard(KeySlot slot, QWidget *parent)
    : QGroupBox(parent)
    , m_slot(slot)
{
    const bool active = slot == KeySlot::Active;
    setObjectName(slotName(slot) + QStringLiteral("KeyCard"));
    setTitle(active ? tr("Active key") : tr("Reserve key"));
    setStyleSheet(
        QStringLiteral(
            "QGroupBox#%1 { border: 1px solid palette(mid); border-radius: 6px; margin-top: 1.4em;"
            " padding: 10px 8px 8px 8px; font-weight: bold; }"
            " QGroupBox#%1::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; }")
            .arg(objectName()));

    m_details = createDetails();
    m_empty = createEmpty();
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_details);
    layout->addWidget(m_empty);
    layout->addStretch(1);
}

QWidget *KeyCard::createDetails()
{
    auto *details = new QWidget(this);
    details->setObjectName(slotName(m_slot) + QStringLiteral("KeyDetails"));
    m_form = new QFormLayout;
    m_form->setHorizontalSpacing(14);
    m_form->setVerticalSpacing(6);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft);
    //: The key's serial number
    m_serial = addRow(tr("Serial:"), QStringLiteral("Serial"));
    m_serial->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_edition = addRow(tr("Edition:"), QStringLiteral("Edition"));
    //: License type: commercial, trial, subscription…
    m_type = addRow(tr("Type:", "license type"), QStringLiteral("Type"));
    //: What the key licenses, e.g. "100 cores"
    m_licenses = addRow(tr("Licenses:", "what is licensed"), QStringLiteral("Licenses"));
    m_validity = addRow(tr("Valid:"), QStringLiteral("Validity"));
    m_daysLeft = addRow(tr("Days left:"), QStringLiteral("DaysLeft"));
    m_licensee = addRow(tr("Licensee:"), QStringLiteral("Licensee"));
    //: Where the key came from: a key file or an activation code
    m_source = addRow(tr("Source:", "origin of the key"), QStringLiteral("Source"));
    m_blocked = addRow(tr("Blocked since:"), QStringLiteral("BlockedSince"));
    m_otherFields = addRow(tr("Other fields (not used):"), QStringLiteral("OtherFields"));

    m_removeButton = new QPushButton(style()->standardIcon(QStyle::SP_TrashIcon),
                                     m_slot == KeySlot::Active ? tr("Re&move…", "active key")
                                                               : tr("Remo&ve…", "reserve key"),
                                     details);
    m_removeButton->setObjectName(slotName(m_slot) + QStringLiteral("RemoveButton"));
    m_removeButton->setAccessibleName(m_slot == KeySlot::Active ? tr("Remove the active key")
                                                                : tr("Remove the reserve key"));
    connect(m_removeButton, &QPushButton::clicked, this,
            [this] { Q_EMIT removeRequested(m_slot); });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_removeButton);
    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(m_form);
    layout->addLayout(buttons);
    return details;
}

QWidget *KeyCard::createEmpty()
{
    const bool active = m_slot == KeySlot::Active;
    auto *empty = new QWidget(this);
    empty->setObjectName(slotName(m_slot) + QStringLiteral("KeyEmpty"));
    m_emptyTitle = new QLabel(active ? tr("No active key") : tr("No reserve key"), empty);
    m_emptyTitle->setObjectName(slotName(m_slot) + QStringLiteral("EmptyTitle"));
    QFont bold = m_emptyTitle->font();
    bold.setBold(true);
    m_emptyTitle->setFont(bold);
    m_emptyHint = new QLabel(empty);
    m_emptyHint->setObjectName(slotName(m_slot) + QStringLiteral("EmptyHint"));
    m_emptyHint->setWordWrap(true);
    m_addButton = new QPushButton(active ? tr("Add a&ctive key…") : tr("Add r&eserve key…"), empty);
    m_addButton->setObjectName(slotName(m_slot) + QStringLiteral("AddButton"));
    connect(m_addButton, &QPushButton::clicked, this, [this] { Q_EMIT addRequested(m_slot); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(empty);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_emptyTitle);
    layout->addWidget(m_emptyHint);
    layout->addLayout(buttons);
    return empty;
}

QLabel *KeyCard::addRow(const QString &caption, const QString &objectName)
{
    auto *label = new QLabel(caption, this);
    label->setObjectName(slotName(m_slot) + objectName + QStringLiteral("Label"));
    auto *value = new QLabel(this);
    value->setObjectName(slotName(m_slot) + objectName);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    label->setBuddy(value); // screen readers announce the caption with the value
    m_form->addRow(label, value);
    return value;
}

void KeyCard::setRow(QLabel *value, const QString &text)
{
    value->setText(text);
    m_form->setRowVisible(value, !text.isEmpty());
}

void KeyCard::setKey(const std::optional<StoredKey> &key, QDate today, bool canAdd)
{
    m_details->setVisible(key.has_value());
    m_empty->setVisible(!key.has_value());
    if (key) {
        showKey(*key, today);
        return;
    }
    const bool active = m_slot == KeySlot::Active;
    m_addButton->setEnabled(canAdd);
    if (active)
        m_emptyHint->setText(tr("Add a key file to activate the solution. Verifying a key file "
                                "sends nothing."));
    else if (canAdd)
        m_emptyHint->setText(tr("A reserve key takes over automatically when the active key "
                                "expires, so protection continues without a gap."));
    else
        m_emptyHint->setText(tr("A reserve key can be added once there is an active key."));
}

void KeyCard::showKey(const StoredKey &key, QDate today)
{
    const License &l = key.license();
    setRow(m_serial, l.serial);
    setRow(m_edition, l.edition);
    setRow(m_type, displayName(l.type));
    setRow(m_licenses, displayName(l.unit, l.count));
    //: Validity period of a key: "from DATE to DATE"
    setRow(m_validity,
           tr("%1 to %2", "validity period")
               .arg(DisplayText::date(l.validFrom), DisplayText::date(l.expires)));
    setRow(m_daysLeft, DisplayText::daysLeft(LicenseState::daysLeft(l, today), l.expires));
    setRow(m_licensee, l.licensee);
    if (key.source == KeySource::File)
        setRow(m_source, tr("Key file, added on %1").arg(DisplayText::date(key.addedAt.date())));
    else
        setRow(m_source,
               tr("Activation code %1, added on %2")
                   .arg(key.codeMasked, DisplayText::date(key.addedAt.date())));
    setRow(m_blocked,
           key.blockedSince.isValid() ? DisplayText::date(key.blockedSince.date()) : QString());
    QStringList other;
    for (auto it = l.unknownFields.constBegin(); it != l.unknownFields.constEnd(); ++it)
        other.append(it.key() + QStringLiteral(": ") + DisplayText::jsonValue(it.value()));
    setRow(m_otherFields, other.join(QLatin1Char('\n')));
}

} // namespace LightAgent
