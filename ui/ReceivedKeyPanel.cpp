#include "ReceivedKeyPanel.h"

#include "ConsoleSession.h"
#include "ConsoleStyle.h"
#include "DisplayText.h"
#include "StatusTone.h"
#include "TextLabel.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace LightAgent {

namespace {

constexpr int FactRows = 5; // serial, type, licenses, validity, days left
constexpr int KeyColumns = 3; // the active key now, the reserve key now, the key received

} // namespace

ReceivedKeyPanel::ReceivedKeyPanel(ConsoleSession &session, const ReceivedKey &received,
                                   QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_received(received)
    , m_title(selectableText(QStringLiteral("receivedKeyTitle"), this))
    , m_why(selectableText(QStringLiteral("receivedKeyWhy"), this))
    , m_grid(new QGridLayout)
    , m_activeCaption(selectableText(QStringLiteral("receivedAsActiveCaption"), this))
    , m_activeEffects(selectableText(QStringLiteral("receivedAsActiveEffects"), this))
    , m_reserveCaption(selectableText(QStringLiteral("receivedAsReserveCaption"), this))
    , m_reserveEffects(selectableText(QStringLiteral("receivedAsReserveEffects"), this))
    , m_confirm(new QCheckBox(this))
    , m_applyActive(new QPushButton(this))
    , m_applyReserve(new QPushButton(this))
    , m_error(selectableText(QStringLiteral("receivedKeyError"), this))
{
    setObjectName(QStringLiteral("receivedKeyPanel"));
    ConsoleStyle::setTone(this, StatusTone::Warning);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    for (QLabel *caption : {m_activeCaption, m_reserveCaption})
        caption->setFont(bold);
    m_confirm->setObjectName(QStringLiteral("receivedConfirmCheckBox"));
    m_applyActive->setObjectName(QStringLiteral("receivedApplyActiveButton"));
    m_applyReserve->setObjectName(QStringLiteral("receivedApplyReserveButton"));
    ConsoleStyle::setTextTone(m_error, StatusTone::Critical);
    m_error->hide();
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(4);
    for (int column = 1; column <= KeyColumns; ++column)
        m_grid->setColumnStretch(column, 1);
    connect(m_confirm, &QCheckBox::toggled, this, &ReceivedKeyPanel::updateButtons);
    connect(m_applyActive, &QPushButton::clicked, this, [this] { (void)apply(KeySlot::Active); });
    connect(m_applyReserve, &QPushButton::clicked, this, [this] { (void)apply(KeySlot::Reserve); });

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addWidget(m_applyActive);
    buttons->addWidget(m_applyReserve);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_why);
    layout->addLayout(m_grid);
    layout->addWidget(m_activeCaption);
    layout->addWidget(m_activeEffects);
    layout->addWidget(m_reserveCaption);
    layout->addWidget(m_reserveEffects);
    layout->addWidget(m_confirm);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    retranslateUi();
}

QPushButton *ReceivedKeyPanel::applyButton(KeySlot slot) const
{
    return slot == KeySlot::Active ? m_applyActive : m_applyReserve;
}

QString ReceivedKeyPanel::effectsText(KeySlot slot) const
{
    return (slot == KeySlot::Active ? m_activeEffects : m_reserveEffects)->text();
}

QLabel *ReceivedKeyPanel::cell(const QString &objectName)
{
    auto *label = selectableText(objectName, this);
    label->setWordWrap(true);
    return label;
}

void ReceivedKeyPanel::fillComparison(const StoredKeys &current)
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QDate today = m_session.today();
    const QStringList captions {tr("Serial:"), tr("Type:", "license type"),
                                tr("Licenses:", "what is licensed"), tr("Valid:"),
                                tr("Days left:")};
    const QStringList titles {tr("Active key now"), tr("Reserve key now"), tr("Key received")};
    const std::optional<StoredKey> keys[KeyColumns] = {current.active, current.reserve,
                                                       m_received.key};
    for (int column = 0; column < KeyColumns; ++column) {
        QLabel *title = cell(QStringLiteral("receivedColumnTitle%1").arg(column));
        title->setText(titles.at(column));
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        m_grid->addWidget(title, 0, column + 1);
    }
    for (int row = 0; row < FactRows; ++row) {
        QLabel *caption = cell(QStringLiteral("receivedRowCaption%1").arg(row));
        caption->setText(captions.at(row));
        m_grid->addWidget(caption, row + 1, 0);
        for (int column = 0; column < KeyColumns; ++column) {
            QString text = QStringLiteral("—");
            if (const auto &key = keys[column]) {
                const License &l = key->license();
                const QStringList facts {
                    l.serial, displayName(l.type), displayName(l.unit, l.count),
                    //: Validity period of a key: "from DATE to DATE"
                    tr("%1 to %2", "validity period")
                        .arg(DisplayText::date(l.validFrom), DisplayText::date(l.expires)),
                    DisplayText::daysLeft(LicenseState::daysLeft(l, today), l.expires)};
                text = facts.at(row);
            }
            QLabel *fact = cell(QStringLiteral("receivedFact%1x%2").arg(row).arg(column));
            fact->setText(text);
            m_grid->addWidget(fact, row + 1, column + 1);
        }
    }
}

void ReceivedKeyPanel::retranslateUi()
{
    auto current = m_session.currentKeys();
    const StoredKeys keys = current ? current.value() : StoredKeys();
    const QDate today = m_session.today();
    m_asActive = KeyRules::plan(keys, m_received.key, KeySlot::Active, today);
    m_asReserve = KeyRules::plan(keys, m_received.key, KeySlot::Reserve, today);
    const QString serial = m_received.key.license().serial;
    m_title->setText(tr("The licensing service issued the key %1 for the code %2. It is kept "
                        "here and has not been applied.")
                         .arg(serial, m_received.key.codeMasked));
    const Result<KeyChange> &requested =
        m_received.requestedSlot == KeySlot::Active ? *m_asActive : *m_asReserve;
    QString why;
    if (!requested)
        why = requested.error().message;
    else if (Status s = KeyRules::checkConfirmed(requested.value()); !s)
        why = s.error().message;
    else
        why = tr("It can be applied now; nothing of the current keys is lost.");
    m_why->setText(why);
    fillComparison(keys);
    m_activeCaption->setText(tr("If it becomes the active key:"));
    m_reserveCaption->setText(tr("If it becomes the reserve key:"));
    for (const auto &[plan, label] :
         {std::pair {&m_asActive, m_activeEffects}, std::pair {&m_asReserve, m_reserveEffects}}) {
        const Result<KeyChange> &planned = **plan;
        //: Why a key cannot go to this slot; %1 is the vendor rule's message
        label->setText(planned ? DisplayText::bulleted(planned.value().effects)
                               : tr("Not possible: %1").arg(planned.error().message));
    }
    m_confirm->setText(tr("I have compared the keys and accept &losing license time"));
    m_applyActive->setText(tr("Apply as the active key"));
    m_applyReserve->setText(tr("Add as the reserve key"));
    setAccessibleName(m_title->text());
    updateButtons();
}

void ReceivedKeyPanel::updateButtons()
{
    bool losesTime = false;
    for (const auto &[plan, button] :
         {std::pair {&m_asActive, m_applyActive}, std::pair {&m_asReserve, m_applyReserve}}) {
        const Result<KeyChange> &planned = **plan;
        const bool loses = planned && planned.value().losesTime();
        losesTime = losesTime || loses;
        button->setEnabled(planned && (!loses || m_confirm->isChecked()));
    }
    m_confirm->setVisible(losesTime);
}

Result<KeyChange> ReceivedKeyPanel::apply(KeySlot slot)
{
    auto change = m_session.applyReceivedKey(m_received, slot, m_confirm->isChecked());
    if (!change) {
        m_error->setText(change.error().message);
        m_error->show();
        return change;
    }
    m_error->hide();
    Q_EMIT applied(change.value());
    return change;
}

void ReceivedKeyPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

} // namespace LightAgent
