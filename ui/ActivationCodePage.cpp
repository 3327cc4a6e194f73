#include "ActivationCodePage.h"

#include "ActivationWizard.h"
#include "ConsoleStyle.h"
#include "StatusTone.h"
#include "license/ActivationCode.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
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

ActivationCodePage::ActivationCodePage(QWidget *parent)
    : QWizardPage(parent)
    , m_codeLabel(new QLabel(this))
    , m_edit(new QLineEdit(this))
    , m_stateIcon(new QLabel(this))
    , m_stateMessage(new QLabel(this))
    , m_readAsCaption(new QLabel(this))
    , m_readAs(new QLabel(this))
    , m_note(new QLabel(this))
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
    validate();
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
        ActivationCode::validateLive(m_edit->text()).state == State::Valid;
}

} // namespace LightAgent
