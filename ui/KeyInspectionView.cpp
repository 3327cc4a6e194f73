#include "KeyInspectionView.h"

#include "ConsoleSession.h"
#include "ConsoleStyle.h"
#include "DisplayText.h"
#include "StatusTone.h"
#include "WrappedValueLabel.h"
#include "core/Clock.h"
#include "provision/KeyChangeTraffic.h"

#include <QButtonGroup>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace LightAgent {

namespace {

constexpr int IconSize = 32;

} // namespace

KeyInspectionView::KeyInspectionView(ConsoleSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_outer(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("keyInspectionView"));
    m_outer->setContentsMargins(0, 0, 0, 0);
}

void KeyInspectionView::inspect(const QString &path)
{
    m_path = path;
    m_candidate.reset();
    m_activePlan.reset();
    m_reservePlan.reset();
    m_shownEffects.clear();
    m_slotGroup = nullptr;
    m_activeRadio = m_reserveRadio = nullptr;
    m_effects = nullptr;
    m_traffic = nullptr;
    delete m_content;
    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("keyInspectionContent"));
    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(14);
    m_outer->addWidget(m_content);
    if (!path.isEmpty()) {
        m_layout->addWidget(createHeader());
        auto keyFile = KeyFile::load(path, m_session.profile());
        if (keyFile)
            showKey(m_session.candidateFromFile(keyFile.value()));
        else
            showError(keyFile.error());
    }
    m_layout->addStretch(1); // room to spare goes below, not between the lines
    m_content->show(); // now, not when the layout gets to it: callers read it at once
    Q_EMIT changed();
}

QWidget *KeyInspectionView::createHeader()
{
    auto *header = new QWidget(m_content);
    header->setObjectName(QStringLiteral("keyFileHeader"));
    auto *icon = new QLabel(header);
    icon->setObjectName(QStringLiteral("keyFileIcon"));
    icon->setPixmap(style()->standardIcon(QStyle::SP_FileIcon).pixmap(IconSize, IconSize));
    icon->setAccessibleName(tr("Key file"));
    auto *name = new QLabel(QFileInfo(m_path).fileName(), header);
    name->setObjectName(QStringLiteral("keyFileName"));
    name->setTextFormat(Qt::PlainText);
    QFont bold = name->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    name->setFont(bold);
    auto *location =
        new QLabel(QDir::toNativeSeparators(QFileInfo(m_path).absoluteFilePath()), header);
    location->setObjectName(QStringLiteral("keyFilePath"));
    location->setTextFormat(Qt::PlainText);
    location->setWordWrap(true);
    location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    location->setForegroundRole(QPalette::PlaceholderText);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(name);
    text->addWidget(location);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    return header;
}

void KeyInspectionView::showError(const Error &error)
{
    auto *panel = new QFrame(m_content);
    panel->setObjectName(QStringLiteral("keyErrorPanel"));
    ConsoleStyle::setTone(panel, StatusTone::Critical);
    auto *icon = new QLabel(panel);
    icon->setObjectName(QStringLiteral("keyErrorIcon"));
    icon->setPixmap(toneIcon(StatusTone::Critical, style()).pixmap(IconSize, IconSize));
    icon->setAccessibleName(tr("Error"));
    auto *title = new QLabel(tr("This key file cannot be used."), panel);
    title->setObjectName(QStringLiteral("keyErrorTitle"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *message = new QLabel(error.message, panel);
    message->setObjectName(QStringLiteral("keyErrorMessage"));
    message->setTextFormat(Qt::PlainText);
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *nothing = new QLabel(tr("Nothing was changed."), panel);
    nothing->setObjectName(QStringLiteral("keyErrorNothingChanged"));

    auto *text = new QVBoxLayout;
    text->setSpacing(6);
    text->addWidget(title);
    text->addWidget(message);
    text->addWidget(nothing);
    auto *layout = new QHBoxLayout(panel);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(12);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    m_layout->addWidget(panel);

    panel->setAccessibleName(title->text());
    panel->setAccessibleDescription(error.message);
}

void KeyInspectionView::showKey(const StoredKey &candidate)
{
    m_candidate = candidate;
    m_activePlan = m_session.plan(candidate, KeySlot::Active);
    m_reservePlan = m_session.plan(candidate, KeySlot::Reserve);
    m_layout->addWidget(createFacts(candidate.keyFile));
    m_layout->addWidget(createSlotChoice());
    m_layout->addWidget(createEffects());

    auto allowed = m_session.allowedSlots(candidate);
    if (allowed && !allowed.value().isEmpty())
        radio(allowed.value().first())->setChecked(true);
    updateEffects();
    QWidget::setTabOrder(m_activeRadio, m_reserveRadio);
}

QLabel *KeyInspectionView::addFact(QFormLayout *form, const QString &caption, const QString &value,
                                   const QString &objectName, bool wholeValue)
{
    auto *label = new QLabel(caption, m_content);
    label->setObjectName(objectName + QStringLiteral("Label"));
    // A hash wraps anywhere, whole, rather than being cut at the dialog's edge.
    QLabel *field = wholeValue ? new WrappedValueLabel(m_content) : new QLabel(m_content);
    field->setText(value);
    field->setObjectName(objectName);
    field->setTextFormat(Qt::PlainText);
    field->setWordWrap(true);
    if (!wholeValue)
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setBuddy(field);
    form->addRow(label, field);
    return field;
}

QWidget *KeyInspectionView::createFacts(const KeyFile &keyFile)
{
    const License &l = keyFile.license();
    const QDate today = m_session.today();
    auto *box = new QGroupBox(tr("What the key file holds"), m_content);
    box->setObjectName(QStringLiteral("keyFactsBox"));
    auto *form = new QFormLayout(box);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(6);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    //: The signing key named in the key file, e.g. "demo-2026 — signature verified"
    addFact(form, tr("Signed by:"), tr("%1 — signature verified").arg(keyFile.signer()),
            QStringLiteral("factSigner"));
    //: The key's serial number
    addFact(form, tr("Serial:"), l.serial, QStringLiteral("factSerial"));
    addFact(form, tr("Edition:"), l.edition, QStringLiteral("factEdition"));
    addFact(form, tr("Type:", "license type"), displayName(l.type), QStringLiteral("factType"));
    addFact(form, tr("Licenses:", "what is licensed"), displayName(l.unit, l.count),
            QStringLiteral("factLicenses"));
    //: Validity period of a key: "from DATE to DATE"
    addFact(form, tr("Valid:"),
            tr("%1 to %2", "validity period")
                .arg(DisplayText::date(l.validFrom), DisplayText::date(l.expires)),
            QStringLiteral("factValidity"));
    addFact(form, tr("Days left:"),
            DisplayText::daysLeft(LicenseState::daysLeft(l, today), l.expires),
            QStringLiteral("factDaysLeft"));
    //: Grace period of a subscription key: "until DATE", or "None"
    addFact(form, tr("Grace period:"),
            l.graceDays > 0 ? tr("Until %1", "grace period").arg(DisplayText::date(l.graceUntil()))
                            : tr("None", "grace period"),
            QStringLiteral("factGrace"));
    if (!l.licensee.isEmpty())
        addFact(form, tr("Licensee:"), l.licensee, QStringLiteral("factLicensee"));
    QStringList other;
    for (auto it = l.unknownFields.constBegin(); it != l.unknownFields.constEnd(); ++it)
        other.append(it.key() + QStringLiteral(": ") + DisplayText::jsonValue(it.value()));
    if (!other.isEmpty())
        addFact(form, tr("Other fields (not used):"), other.join(QLatin1Char('\n')),
                QStringLiteral("factOtherFields"));
    addFact(form, tr("File SHA-256:"), keyFile.sha256(), QStringLiteral("factSha256"), true);
    return box;
}

QWidget *KeyInspectionView::createSlotChoice()
{
    auto *box = new QGroupBox(tr("Add as"), m_content);
    box->setObjectName(QStringLiteral("slotBox"));
    m_slotGroup = new QButtonGroup(box);
    auto *layout = new QVBoxLayout(box);
    layout->setSpacing(4);
    for (KeySlot slot : {KeySlot::Active, KeySlot::Reserve}) {
        const bool active = slot == KeySlot::Active;
        auto *button = new QRadioButton(active ? tr("A&ctive key") : tr("&Reserve key"), box);
        button->setObjectName(active ? QStringLiteral("activeSlotRadio")
                                     : QStringLiteral("reserveSlotRadio"));
        (active ? m_activeRadio : m_reserveRadio) = button;
        m_slotGroup->addButton(button);
        layout->addWidget(button);
        const Result<KeyChange> &planned = *plan(slot);
        button->setEnabled(planned.ok());
        if (planned.ok())
            continue;
        //: Why a key cannot go to this slot; %1 is the vendor rule's message
        auto *reason = new QLabel(tr("Not possible. %1").arg(planned.error().message), box);
        reason->setObjectName(active ? QStringLiteral("activeSlotReason")
                                     : QStringLiteral("reserveSlotReason"));
        reason->setWordWrap(true);
        reason->setTextFormat(Qt::PlainText);
        reason->setContentsMargins(24, 0, 0, 6);
        reason->setForegroundRole(QPalette::PlaceholderText);
        button->setAccessibleDescription(reason->text());
        layout->addWidget(reason);
    }
    connect(m_slotGroup, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on)
            updateEffects();
    });
    return box;
}

QWidget *KeyInspectionView::createEffects()
{
    auto *box = new QGroupBox(tr("What will change"), m_content);
    box->setObjectName(QStringLiteral("effectsBox"));
    m_effects = new QLabel(box);
    m_effects->setObjectName(QStringLiteral("effectsList"));
    m_effects->setTextFormat(Qt::PlainText);
    m_effects->setWordWrap(true);
    m_effects->setAccessibleName(tr("What will change"));
    // What adding sets going on the network is said for the chosen slot (updateEffects).
    m_traffic = new QLabel(box);
    m_traffic->setObjectName(QStringLiteral("sendsNothingNote"));
    m_traffic->setTextFormat(Qt::PlainText);
    m_traffic->setWordWrap(true);
    m_traffic->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(box);
    layout->setSpacing(8);
    layout->addWidget(m_effects);
    layout->addWidget(m_traffic);
    return box;
}

QRadioButton *KeyInspectionView::radio(KeySlot slot) const
{
    return slot == KeySlot::Active ? m_activeRadio : m_reserveRadio;
}

const std::optional<Result<KeyChange>> &KeyInspectionView::plan(KeySlot slot) const
{
    return slot == KeySlot::Active ? m_activePlan : m_reservePlan;
}

std::optional<KeySlot> KeyInspectionView::selectedSlot() const
{
    if (m_activeRadio && m_activeRadio->isChecked())
        return KeySlot::Active;
    if (m_reserveRadio && m_reserveRadio->isChecked())
        return KeySlot::Reserve;
    return std::nullopt;
}

void KeyInspectionView::setPreferredSlot(KeySlot slot)
{
    if (QRadioButton *button = radio(slot); button && button->isEnabled())
        button->setChecked(true);
}

void KeyInspectionView::updateEffects()
{
    const std::optional<KeySlot> slot = selectedSlot();
    const QString verified = tr("The key file was verified on this computer.");
    if (!slot) {
        m_shownEffects.clear();
        m_effects->setText(tr("This key can be added neither as the active key nor as the "
                              "reserve key; the reason is given under each."));
        m_traffic->setText(verified);
    } else {
        m_shownEffects = plan(*slot)->value().effects;
        m_effects->setText(DisplayText::bulleted(m_shownEffects));
        auto traffic = KeyChangeTraffic::describe(m_session.profile(), m_session.database(),
                                                  plan(*slot)->value(), Clock::instance().now());
        m_traffic->setText(verified + QLatin1Char(' ') +
                           (traffic ? traffic.value() : traffic.error().message));
    }
    Q_EMIT changed();
}

Result<KeyChange> KeyInspectionView::add()
{
    const std::optional<KeySlot> slot = selectedSlot();
    if (!m_candidate || !slot)
        return Error::make(ErrorCode::InvalidInput, QStringLiteral("no-key"),
                           tr("Choose a key file that can be added first."));
    return m_session.addKey(*m_candidate, *slot);
}

void KeyInspectionView::changeEvent(QEvent *event)
{
    // The inspection is built from the file each time; rebuilding it is its translation.
    if (event->type() == QEvent::LanguageChange && !m_path.isEmpty()) {
        const std::optional<KeySlot> slot = selectedSlot();
        inspect(m_path);
        if (slot)
            setPreferredSlot(*slot);
    }
    QWidget::changeEvent(event);
}

} // namespace LightAgent
