#include "ActivationDeclinedPage.h"

#include "ActivationWizard.h"
#include "ConsoleStyle.h"
#include "StatusTone.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace LightAgent {

ActivationDeclinedPage::ActivationDeclinedPage(ActivationWizard &wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
    , m_nothingSent(new QLabel(this))
    , m_journal(new QLabel(this))
    , m_keyFile(new QLabel(this))
{
    setObjectName(QStringLiteral("declinedPage"));
    setFinalPage(true); // Close here, or go on to the key file
    for (QLabel *label : {m_nothingSent, m_journal, m_keyFile}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_nothingSent->setObjectName(QStringLiteral("declinedNothingSent"));
    QFont bold = m_nothingSent->font();
    bold.setBold(true);
    m_nothingSent->setFont(bold);
    m_journal->setObjectName(QStringLiteral("declinedJournal"));
    m_keyFile->setObjectName(QStringLiteral("declinedKeyFileOffer"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_nothingSent);
    layout->addWidget(m_journal);
    layout->addWidget(m_keyFile);
    layout->addStretch(1);
    retranslateUi();
}

void ActivationDeclinedPage::retranslateUi()
{
    setTitle(tr("Nothing was sent"));
    setSubTitle(tr("You declined to send the activation data."));
    m_nothingSent->setText(tr("The request was not sent, and the license state did not "
                              "change."));
    const Status &recorded = m_wizard.declineRecorded();
    m_journal->setText(recorded ? tr("Your decision is recorded in the transmission journal.")
                                : tr("Your decision could not be recorded in the transmission "
                                     "journal: %1")
                                      .arg(recorded.error().message));
    ConsoleStyle::setTextTone(m_journal,
                              recorded ? std::nullopt : std::optional(StatusTone::Warning));
    m_keyFile->setText(tr("You can activate with a key file instead: it is verified on this "
                          "computer and sends nothing to anyone."));
    //: Wizard button after declining: go on to the key-file page
    setButtonText(QWizard::NextButton, tr("Use a &key file instead >"));
    setButtonText(QWizard::FinishButton, tr("&Close"));
}

void ActivationDeclinedPage::initializePage()
{
    retranslateUi();
}

void ActivationDeclinedPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace LightAgent
