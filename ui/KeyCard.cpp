#include "KeyCard.h"

#include "BakedIcon.h"
#include "CachedSizeLabel.h"
#include "DisplayText.h"
#include "license/LicenseState.h"

#include <QEvent>
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
    setObjectName(slotName(slot) + QStringLiteral("KeyCard"));

    m_details = createDetails();
    m_empty = createEmpty();
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_details);
    layout->addWidget(m_empty);
    layout->addStretch(1);
    retranslateUi();
}

void KeyCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void KeyCard::retranslateUi()
{
    const bool active = m_slot == KeySlot::Active;
    setTitle(active ? tr("Active key") : tr("Reserve key"));
    //: The key's serial number
    setCaption(m_serial, tr("Serial:"));
    setCaption(m_edition, tr("Edition:"));
    //: License type: commercial, trial, subscription…
    setCaption(m_type, tr("Type:", "license type"));
    //: What the key licenses, e.g. "100 cores"
    setCaption(m_licenses, tr("Licenses:", "what is licensed"));
    setCaption(m_validity, tr("Valid:"));
    setCaption(m_daysLeft, tr("Days left:"));
    setCaption(m_licensee, tr("Licensee:"));
    //: Where the key came from: a key file or an activation code
    setCaption(m_source, tr("Source:", "origin of the key"));
    setCaption(m_blocked, tr("Blocked since:"));
    setCaption(m_otherFields, tr("Other fields (not used):"));
    m_removeButton->setText(active ? tr("Re&move…", "active key") : tr("&Remove…", "reserve key"));
    m_removeButton->setAccessibleName(active ? tr("Remove the active key")
                                             : tr("Remove the reserve key"));
    m_emptyTitle->setText(active ? tr("No active key") : tr("No reserve key"));
    m_addButton->setText(active ? tr("Add a&ctive key…") : tr("Add r&eserve key…"));
    if (m_key)
        showKey(*m_key, m_today);
    else
        showEmptyHint();
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
    m_serial = addRow(QStringLiteral("Serial"));
    m_serial->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_edition = addRow(QStringLiteral("Edition"));
    m_type = addRow(QStringLiteral("Type"));
    m_licenses = addRow(QStringLiteral("Licenses"));
    m_validity = addRow(QStringLiteral("Validity"));
    m_daysLeft = addRow(QStringLiteral("DaysLeft"));
    m_licensee = addRow(QStringLiteral("Licensee"));
    m_source = addRow(QStringLiteral("Source"));
    m_blocked = addRow(QStringLiteral("BlockedSince"));
    m_otherFields = addRow(QStringLiteral("OtherFields"));

    m_removeButton = new QPushButton(bakedIcon(QStringLiteral("remove")), QString(), details);
    m_removeButton->setObjectName(slotName(m_slot) + QStringLiteral("RemoveButton"));
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
    auto *empty = new QWidget(this);
    empty->setObjectName(slotName(m_slot) + QStringLiteral("KeyEmpty"));
    m_emptyTitle = new CachedSizeLabel(empty);
    m_emptyTitle->setObjectName(slotName(m_slot) + QStringLiteral("EmptyTitle"));
    QFont bold = m_emptyTitle->font();
    bold.setBold(true);
    m_emptyTitle->setFont(bold);
    m_emptyHint = new CachedSizeLabel(empty);
    m_emptyHint->setObjectName(slotName(m_slot) + QStringLiteral("EmptyHint"));
    m_emptyHint->setWordWrap(true);
    m_addButton = new QPushButton(empty);
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

QLabel *KeyCard::addRow(const QString &objectName)
{
    auto *label = new CachedSizeLabel(this);
    label->setObjectName(slotName(m_slot) + objectName + QStringLiteral("Label"));
    auto *value = new CachedSizeLabel(this);
    value->setObjectName(slotName(m_slot) + objectName);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    label->setBuddy(value); // screen readers announce the caption with the value
    m_form->addRow(label, value);
    return value;
}

void KeyCard::setCaption(QLabel *value, const QString &caption)
{
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(value)))
        label->setText(caption);
}

void KeyCard::setRow(QLabel *value, const QString &text)
{
    value->setText(text);
    m_form->setRowVisible(value, !text.isEmpty());
}

void KeyCard::setKey(const std::optional<StoredKey> &key, QDate today, bool canAdd)
{
    m_key = key;
    m_today = today;
    m_canAdd = canAdd;
    m_details->setVisible(key.has_value());
    m_empty->setVisible(!key.has_value());
    if (key)
        showKey(*key, today);
    else
        showEmptyHint();
}

void KeyCard::showEmptyHint()
{
    const bool active = m_slot == KeySlot::Active;
    m_addButton->setEnabled(m_canAdd);
    if (active)
        m_emptyHint->setText(tr("Add a key file to activate the solution. Verifying a key file "
                                "sends nothing."));
    else if (m_canAdd)
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
                   // Non-breaking hyphens: the code wraps as a whole, never at its dashes.
                   .arg(QString(key.codeMasked).replace(QLatin1Char('-'), QChar(0x2011)),
                        DisplayText::date(key.addedAt.date())));
    setRow(m_blocked,
           key.blockedSince.isValid() ? DisplayText::date(key.blockedSince.date()) : QString());
    QStringList other;
    for (auto it = l.unknownFields.constBegin(); it != l.unknownFields.constEnd(); ++it)
        other.append(it.key() + QStringLiteral(": ") + DisplayText::jsonValue(it.value()));
    setRow(m_otherFields, other.join(QLatin1Char('\n')));
}

} // namespace LightAgent
