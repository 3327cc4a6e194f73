#include "ActivationCodePage.h"

#include "ActivationWizard.h"
#include "ConsoleSession.h"
#include "ConsoleStyle.h"
#include "StatusTone.h"
#include "license/ActivationCode.h"
#include "license/KeyRules.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace LightAgent {

namespace {

constexpr int IconSize = 20;
// Room for a pasted code with spaces or other separators between the groups.
constexpr int MaxInputLength = 64;

using State = ActivationCode::Validation::State;

qsizetype symbolCount(const QString &regrouped)
{
    return regrouped.size() - regrouped.count(QLatin1Char('-'));
}

} // namespace

ActivationCodePage::ActivationCodePage(ConsoleSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_codeLabel(new QLabel(this))
    , m_edit(new QLineEdit(this))
    , m_stateIcon(new QLabel(this))
    , m_stateMessage(new QLabel(this))
    , m_readAsCaption(new QLabel(this))
    , m_readAs(new QLabel(this))
    , m_note(new QLabel(this))
    , m_slotBox(new QGroupBox(this))
    , m_activeRadio(new QRadioButton(m_slotBox))
    , m_activeReason(new QLabel(m_slotBox))
    , m_reserveRadio(new QRadioButton(m_slotBox))
    , m_reserveReason(new QLabel(m_slotBox))
{
    setObjectName(QStringLiteral("codePage"));
    m_codeLabel->setObjectName(QStringLiteral("activationCodeLabel"));
    m_codeLabel->setBuddy(m_edit);
    m_edit->setObjectName(QStringLiteral("activationCodeEdit"));
    m_edit->setMaxLength(MaxInputLength);
    QFont code = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    code.setPointSizeF(code.pointSizeF() * 1.35);
    m_edit->setFont(code);
    m_edit->setMinimumWidth(360);
    m_stateIcon->setObjectName(QStringLiteral("codeStateIcon"));
    m_stateIcon->setFixedSize(IconSize, IconSize);
    m_stateMessage->setObjectName(QStringLiteral("codeStateMessage"));
    m_stateMessage->setWordWrap(true);
    m_stateMessage->setTextFormat(Qt::PlainText);
    m_readAsCaption->setObjectName(QStringLiteral("codeReadAsCaption"));
    m_readAs->setObjectName(QStringLiteral("codeReadAs"));
    m_readAs->setFont(code);
    m_readAs->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readAsCaption->setBuddy(m_readAs);
    m_note->setObjectName(QStringLiteral("codeNothingSentNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    registerField(QString(ActivationWizard::CodeField) + QLatin1Char('*'), m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &ActivationCodePage::validate);

    m_slotBox->setObjectName(QStringLiteral("codeSlotBox"));
    m_activeRadio->setObjectName(QStringLiteral("codeActiveSlotRadio"));
    m_reserveRadio->setObjectName(QStringLiteral("codeReserveSlotRadio"));
    m_activeReason->setObjectName(QStringLiteral("codeActiveSlotReason"));
    m_reserveReason->setObjectName(QStringLiteral("codeReserveSlotReason"));
    auto *slotGroup = new QButtonGroup(m_slotBox);
    auto *slotLayout = new QVBoxLayout(m_slotBox);
    slotLayout->setSpacing(4);
    for (const auto &[radio, reason] :
         {std::pair {m_activeRadio, m_activeReason}, std::pair {m_reserveRadio, m_reserveReason}}) {
        slotGroup->addButton(radio);
        reason->setWordWrap(true);
        reason->setTextFormat(Qt::PlainText);
        reason->setContentsMargins(24, 0, 0, 6);
        reason->setForegroundRole(QPalette::PlaceholderText);
        reason->hide();
        slotLayout->addWidget(radio);
        slotLayout->addWidget(reason);
        connect(radio, &QRadioButton::toggled, this, &QWizardPage::completeChanged);
    }
    registerField(QString(ActivationWizard::ReserveSlotField), m_reserveRadio);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(8);
    grid->addWidget(m_codeLabel, 0, 0);
    grid->addWidget(m_edit, 0, 1, 1, 2);
    grid->addWidget(m_stateIcon, 1, 1, Qt::AlignTop);
    grid->addWidget(m_stateMessage, 1, 2);
    grid->addWidget(m_readAsCaption, 2, 0);
    grid->addWidget(m_readAs, 2, 1, 1, 2);
    grid->setColumnStretch(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(16);
    layout->addLayout(grid);
    layout->addWidget(m_slotBox);
    layout->addWidget(m_note);
    layout->addStretch(1);
    retranslateUi();
}

void ActivationCodePage::retranslateUi()
{
    setTitle(tr("Enter the activation code"));
    setSubTitle(tr("Four groups of five letters and digits, as you received it. Spaces, "
                   "dashes and lower case are fine."));
    m_codeLabel->setText(tr("Activation &code:"));
    m_edit->setPlaceholderText(QStringLiteral("XXXXX-XXXXX-XXXXX-XXXXX"));
    //: Caption of the code as the console reads it, normalized and regrouped
    m_readAsCaption->setText(tr("Read as:"));
    m_note->setText(tr("Nothing is sent on this page. Next shows you the exact request, and "
                       "nothing is sent until you agree."));
    //: Group title: where the key that the licensing service issues is added
    m_slotBox->setTitle(tr("Add the key the service issues as"));
    m_activeRadio->setText(tr("The ac&tive key"));
    m_reserveRadio->setText(tr("The &reserve key, beside the active key"));
    validate();
    updateSlots();
}

QRadioButton *ActivationCodePage::slotRadio(KeySlot slot) const
{
    return slot == KeySlot::Active ? m_activeRadio : m_reserveRadio;
}

KeySlot ActivationCodePage::chosenSlot() const
{
    return m_reserveRadio->isChecked() ? KeySlot::Reserve : KeySlot::Active;
}

void ActivationCodePage::initializePage()
{
    updateSlots();
}

// The same rules as the key-file path, as far as they are known before the key is.
void ActivationCodePage::updateSlots()
{
    auto current = m_session.currentKeys();
    const StoredKeys keys = current ? current.value() : StoredKeys();
    for (KeySlot slot : {KeySlot::Active, KeySlot::Reserve}) {
        QRadioButton *radio = slotRadio(slot);
        QLabel *reason = slot == KeySlot::Active ? m_activeReason : m_reserveReason;
        const Status possible = KeyRules::checkSlotForCode(keys, slot);
        radio->setEnabled(possible.ok());
        //: Why the key cannot go to this slot; %1 is the vendor rule's message
        reason->setText(possible ? QString()
                                 : tr("Not possible: %1").arg(possible.error().message));
        reason->setVisible(!possible.ok());
        radio->setAccessibleDescription(reason->text());
    }
    // A working active key is kept by default: adding a reserve key loses nothing.
    const bool keepActive = keys.active && keys.active->license().expires >= m_session.today();
    if (!m_activeRadio->isChecked() && !m_reserveRadio->isChecked())
        (keepActive ? m_reserveRadio : m_activeRadio)->setChecked(true);
    if (!slotRadio(chosenSlot())->isEnabled())
        m_activeRadio->setChecked(true);
}

void ActivationCodePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

QString ActivationCodePage::stateName() const
{
    return property("codeState").toString();
}

void ActivationCodePage::validate()
{
    const ActivationCode::Validation validation = ActivationCode::validateLive(m_edit->text());
    StatusTone tone = StatusTone::Neutral;
    QString message;
    QString state;
    switch (validation.state) {
    case State::Valid:
        tone = StatusTone::Good;
        message = tr("The code is complete and its check character matches.");
        state = QStringLiteral("valid");
        break;
    case State::Invalid:
        tone = StatusTone::Critical;
        message = validation.message;
        state = QStringLiteral("invalid");
        break;
    case State::Incomplete:
        message = validation.text.isEmpty() ? tr("Type or paste the code.")
                                            : tr("%1 of %2 symbols entered.")
                                                  .arg(symbolCount(validation.text))
                                                  .arg(ActivationCode::Length);
        state = QStringLiteral("incomplete");
        break;
    }
    setProperty("codeState", state);
    m_stateIcon->setPixmap(toneIcon(tone, style()).pixmap(IconSize, IconSize));
    m_stateIcon->setAccessibleName(message);
    m_stateMessage->setText(message);
    m_readAs->setText(validation.text.isEmpty() ? QStringLiteral("—") : validation.text);
    m_edit->setAccessibleDescription(message);
    ConsoleStyle::setTextTone(m_stateMessage,
                              tone == StatusTone::Neutral ? std::nullopt : std::optional(tone));
}

bool ActivationCodePage::isComplete() const
{
    return QWizardPage::isComplete() &&
        ActivationCode::validateLive(m_edit->text()).state == State::Valid &&
        slotRadio(chosenSlot())->isEnabled();
}

} // namespace LightAgent
