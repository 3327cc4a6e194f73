#include "ActivationResultPage.h"

#include "ActivationWizard.h"
#include "ConsoleSession.h"
#include "DisplayText.h"
#include "ReceivedKeyPanel.h"
#include "StatusBanner.h"
#include "StatusTone.h"
#include "TextLabel.h"
#include "TonePanel.h"

#include <QBoxLayout>
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
    m_appliedLater.reset();
    delete m_receivedPanel;
    m_receivedPanel = nullptr;
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
    presentDigest(result);
    m_journal->setText(tr("The request and the answer are recorded in the transmission journal "
                          "(entry %1).")
                           .arg(result.journalSeq));
    if (!result.applied) {
        if (m_appliedLater)
            presentAppliedLater(*m_appliedLater);
        else
            presentNotApplied(result);
        return;
    }
    const bool reserve = result.change.slot == KeySlot::Reserve;
    setTitle(tr("The solution is activated"));
    setSubTitle(reserve ? tr("The licensing service issued a key, and it was added as the "
                             "reserve key.")
                        : tr("The licensing service issued a key, and it was added as the "
                             "active key."));
    const std::optional<ActivationCode> code = m_wizard.code();
    const auto &added = reserve ? result.change.after.reserve() : result.change.after.active();
    const QString serial = added ? added->license().serial : QString();
    m_outcomePanel->present(
        StatusTone::Good, tr("Activated with the code %1.").arg(code ? code->masked() : QString()),
        reserve ? tr("The key %1 is now the reserve key.").arg(serial)
                : tr("The key %1 is now the active key.").arg(serial));
    m_changes->setText(tr("What changed:") + QLatin1Char('\n') +
                       DisplayText::bulleted(result.change.effects));
}

void ActivationResultPage::presentNotApplied(const ActivationResult &result)
{
    setTitle(tr("The key was received and kept, not applied"));
    setSubTitle(tr("The current keys are unchanged. Compare the keys below; the received key "
                   "is also offered on the dashboard until you apply it."));
    m_outcomePanel->present(
        StatusTone::Warning,
        tr("The licensing service issued the key %1.").arg(result.received->key.license().serial),
        result.notApplied->message);
    m_changes->setText(tr("Nothing changed."));
    if (m_receivedPanel)
        return; // it translates itself, and keeps what was ticked
    m_receivedPanel = new ReceivedKeyPanel(m_wizard.session(), *result.received, this);
    connect(m_receivedPanel, &ReceivedKeyPanel::applied, this,
            &ActivationResultPage::onReceivedApplied);
    // Below the outcome and the digest: the comparison is what the page is about now.
    static_cast<QBoxLayout *>(layout())->insertWidget(2, m_receivedPanel);
}

void ActivationResultPage::onReceivedApplied(const KeyChange &change)
{
    m_receivedPanel->hide();
    m_receivedPanel->deleteLater();
    m_receivedPanel = nullptr;
    m_appliedLater = change;
    presentAppliedLater(change);
}

void ActivationResultPage::presentAppliedLater(const KeyChange &change)
{
    const auto &added =
        change.slot == KeySlot::Reserve ? change.after.reserve() : change.after.active();
    const QString serial = added ? added->license().serial : QString();
    setTitle(tr("The solution is activated"));
    setSubTitle(tr("You compared the keys and applied the received key."));
    m_outcomePanel->present(StatusTone::Good, tr("The received key was applied."),
                            change.slot == KeySlot::Reserve
                                ? tr("The key %1 is now the reserve key.").arg(serial)
                                : tr("The key %1 is now the active key.").arg(serial));
    m_changes->setText(tr("What changed:") + QLatin1Char('\n') +
                       DisplayText::bulleted(change.effects));
    auto state = m_wizard.session().state();
    if (state)
        m_banner->setState(state.value());
    else
        m_banner->setError(state.error());
}

void ActivationResultPage::presentDigest(const ActivationResult &result)
{
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
}

} // namespace LightAgent
