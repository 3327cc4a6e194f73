#include "ActivationResultPage.h"

#include "ActivationWizard.h"
#include "ConsoleSession.h"
#include "ConsoleStyle.h"
#include "StatusBanner.h"
#include "StatusTone.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace LightAgent {

namespace {

constexpr int IconSize = 28;

QLabel *textLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// A tinted panel with an icon, a bold title and a message.
QFrame *panel(const QString &objectName, QWidget *parent, QLabel *&icon, QLabel *&title,
              QLabel *&message)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(objectName);
    icon = new QLabel(frame);
    icon->setObjectName(objectName + QStringLiteral("Icon"));
    icon->setFixedSize(IconSize, IconSize);
    title = textLabel(objectName + QStringLiteral("Title"), frame);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    message = textLabel(objectName + QStringLiteral("Message"), frame);
    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(title);
    text->addWidget(message);
    auto *layout = new QHBoxLayout(frame);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(12);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    return frame;
}

QString bulleted(const QStringList &lines)
{
    QStringList out;
    for (const QString &line : lines)
        out.append(QStringLiteral("• ") + line);
    return out.join(QLatin1Char('\n'));
}

} // namespace

ActivationResultPage::ActivationResultPage(ActivationWizard &wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
    , m_outcomePanel(panel(QStringLiteral("outcomePanel"), this, m_outcomeIcon, m_outcomeTitle,
                           m_outcomeMessage))
    , m_stateCaption(textLabel(QStringLiteral("resultStateCaption"), this))
    , m_banner(new StatusBanner(this))
    , m_changes(textLabel(QStringLiteral("resultChanges"), this))
    , m_digestPanel(
          panel(QStringLiteral("digestPanel"), this, m_digestIcon, m_digestTitle, m_digestMessage))
    , m_journal(textLabel(QStringLiteral("resultJournal"), this))
{
    setObjectName(QStringLiteral("resultPage"));
    QFont bold = m_stateCaption->font();
    bold.setBold(true);
    m_stateCaption->setFont(bold);
    m_journal->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_outcomePanel);
    layout->addWidget(m_digestPanel);
    layout->addSpacing(6);
    layout->addWidget(m_stateCaption);
    layout->addWidget(m_banner);
    layout->addWidget(m_changes);
    layout->addWidget(m_journal);
    layout->addStretch(1);
}

bool ActivationResultPage::succeeded() const
{
    return m_wizard.outcome() && m_wizard.outcome()->ok();
}

QString ActivationResultPage::outcomeText() const
{
    return m_outcomeTitle->text() + QLatin1Char('\n') + m_outcomeMessage->text();
}

QString ActivationResultPage::digestText() const
{
    if (!m_digestPanel->isVisibleTo(this))
        return {};
    return m_digestTitle->text() + QLatin1Char('\n') + m_digestMessage->text();
}

void ActivationResultPage::initializePage()
{
    present();
}

void ActivationResultPage::retranslateUi()
{
    if (m_wizard.outcome())
        present();
}

void ActivationResultPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ActivationResultPage::showPanel(QFrame *frame, QLabel *title, QLabel *message, StatusTone tone,
                                     const QString &titleText, const QString &messageText)
{
    ConsoleStyle::setTone(frame, tone);
    QLabel *icon = frame == m_outcomePanel ? m_outcomeIcon : m_digestIcon;
    icon->setPixmap(toneIcon(tone, style()).pixmap(IconSize, IconSize));
    icon->setAccessibleName(titleText);
    title->setText(titleText);
    message->setText(messageText);
    frame->setAccessibleName(titleText);
    frame->setAccessibleDescription(messageText);
    frame->show();
}

void ActivationResultPage::present()
{
    //: Wizard button that closes the wizard at its end
    setButtonText(QWizard::FinishButton, tr("&Close"));
    auto state = m_wizard.session().state();
    if (state)
        m_banner->setState(state.value());
    else
        m_banner->setError(state.error());
    m_stateCaption->setText(tr("License state now:"));
    if (!succeeded()) {
        const QString message = m_wizard.outcome() ? m_wizard.outcome()->error().message
                                                   : tr("The request was not sent.");
        setTitle(tr("The solution was not activated"));
        setSubTitle(tr("Nothing changed: the license state is as it was."));
        const bool cancelled =
            m_wizard.outcome() && m_wizard.outcome()->error().code == ErrorCode::Cancelled;
        showPanel(m_outcomePanel, m_outcomeTitle, m_outcomeMessage, StatusTone::Critical,
                  cancelled ? tr("The activation was cancelled.")
                            : tr("The activation did not succeed."),
                  message);
        m_digestPanel->hide();
        m_changes->setText(tr("Choose Back to correct the code and try again. You can also "
                              "activate with a key file, which sends nothing."));
        m_journal->setText(tr("The attempt is recorded in the transmission journal."));
        return;
    }
    const ActivationResult &result = m_wizard.outcome()->value();
    setTitle(tr("The solution is activated"));
    setSubTitle(tr("The licensing service issued a key, and it was added as the active key."));
    const std::optional<ActivationCode> code = m_wizard.code();
    const auto &active = result.change.after.active();
    showPanel(
        m_outcomePanel, m_outcomeTitle, m_outcomeMessage, StatusTone::Good,
        tr("Activated with the code %1.").arg(code ? code->masked() : QString()),
        tr("The key %1 is now the active key.").arg(active ? active->license().serial : QString()));
    const QString sent = result.envelope.sha256();
    if (result.digestMatched.value_or(false))
        showPanel(m_digestPanel, m_digestTitle, m_digestMessage, StatusTone::Good,
                  tr("The service confirmed it received exactly these bytes."),
                  tr("SHA-256 %1, the same as the request you saw.").arg(sent));
    else if (result.digestMatched.has_value())
        showPanel(m_digestPanel, m_digestTitle, m_digestMessage, StatusTone::Warning,
                  tr("Warning: the service received different bytes."),
                  tr("The service reports SHA-256 %1, but the console sent %2. The key was "
                     "stored; the request may have been changed on the way. Check the "
                     "transmission journal and the network path to the service.")
                      .arg(result.receivedSha256, sent));
    else
        showPanel(m_digestPanel, m_digestTitle, m_digestMessage, StatusTone::Warning,
                  tr("Warning: the service did not confirm what it received."),
                  tr("Its answer carried no digest, so the console cannot show that the "
                     "request arrived unchanged. The console sent SHA-256 %1.")
                      .arg(sent));
    m_changes->setText(tr("What changed:") + QLatin1Char('\n') + bulleted(result.change.effects));
    m_journal->setText(tr("The request and the answer are recorded in the transmission journal "
                          "(entry %1).")
                           .arg(result.journalSeq));
}

} // namespace LightAgent
