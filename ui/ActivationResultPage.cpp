#include "ActivationResultPage.h"

#include "ActivationWizard.h"
#include "ConsoleSession.h"
#include "DisplayText.h"
#include "StatusBanner.h"
#include "StatusTone.h"
#include "TextLabel.h"
#include "TonePanel.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace LightAgent {

ActivationResultPage::ActivationResultPage(ActivationWizard &wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
    , m_outcomePanel(new TonePanel(QStringLiteral("outcomePanel"), this))
    , m_stateCaption(selectableText(QStringLiteral("resultStateCaption"), this))
    , m_banner(new StatusBanner(this))
    , m_changes(selectableText(QStringLiteral("resultChanges"), this))
    , m_digestPanel(new TonePanel(QStringLiteral("digestPanel"), this))
    , m_journal(selectableText(QStringLiteral("resultJournal"), this))
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
    return m_outcomePanel->title() + QLatin1Char('\n') + m_outcomePanel->message();
}

QString ActivationResultPage::digestText() const
{
    if (!m_digestPanel->isVisibleTo(this))
        return {};
    return m_digestPanel->title() + QLatin1Char('\n') + m_digestPanel->message();
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
        m_outcomePanel->present(StatusTone::Critical,
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
    m_outcomePanel->present(
        StatusTone::Good, tr("Activated with the code %1.").arg(code ? code->masked() : QString()),
        tr("The key %1 is now the active key.").arg(active ? active->license().serial : QString()));
    const QString sent = result.envelope.sha256();
    if (result.digestMatched.value_or(false))
        m_digestPanel->present(StatusTone::Good,
                               tr("The service confirmed it received exactly these bytes."),
                               tr("SHA-256 %1, the same as the request you saw.").arg(sent));
    else if (result.digestMatched.has_value())
        m_digestPanel->present(
            StatusTone::Warning, tr("Warning: the service received different bytes."),
            tr("The service reports SHA-256 %1, but the console sent %2. The key was "
               "stored; the request may have been changed on the way. Check the "
               "transmission journal and the network path to the service.")
                .arg(result.receivedSha256, sent));
    else
        m_digestPanel->present(
            StatusTone::Warning, tr("Warning: the service did not confirm what it received."),
            tr("Its answer carried no digest, so the console cannot show that the "
               "request arrived unchanged. The console sent SHA-256 %1.")
                .arg(sent));
    m_changes->setText(tr("What changed:") + QLatin1Char('\n') +
                       DisplayText::bulleted(result.change.effects));
    m_journal->setText(tr("The request and the answer are recorded in the transmission journal "
                          "(entry %1).")
                           .arg(result.journalSeq));
}

} // namespace LightAgent
