#include "ActivationProgressPage.h"

#include "ActivationWizard.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace LightAgent {

ActivationProgressPage::ActivationProgressPage(ActivationWizard &wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
    , m_stageLabel(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("progressPage"));
    // Once sent, there is no way back to the request: only to its result.
    setCommitPage(true);
    m_stageLabel->setObjectName(QStringLiteral("progressStage"));
    m_stageLabel->setWordWrap(true);
    m_busy->setObjectName(QStringLiteral("progressBusy"));
    m_busy->setRange(0, 0); // busy: the stages have no measurable length
    m_busy->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("cancelSendingButton"));
    m_note->setObjectName(QStringLiteral("progressNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    connect(m_cancel, &QPushButton::clicked, &m_wizard, &ActivationWizard::cancelSending);
    connect(&m_wizard, &ActivationWizard::sendingProgress, this,
            &ActivationProgressPage::showStage);
    connect(&m_wizard, &ActivationWizard::sendingFinished, m_cancel,
            [this] { m_cancel->setEnabled(false); });

    auto *cancelRow = new QHBoxLayout;
    cancelRow->addStretch(1);
    cancelRow->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addStretch(1);
    layout->addWidget(m_stageLabel);
    layout->addWidget(m_busy);
    layout->addLayout(cancelRow);
    layout->addWidget(m_note);
    layout->addStretch(2);
    retranslateUi();
}

void ActivationProgressPage::retranslateUi()
{
    setTitle(tr("Sending the request"));
    setSubTitle(tr("The request you saw is on its way to the licensing service."));
    m_cancel->setText(tr("&Cancel sending"));
    m_busy->setAccessibleName(tr("Sending"));
    m_note->setText(tr("If you cancel after the request has left this computer, the service "
                       "may still have received it; the transmission journal records what "
                       "happened."));
    showStage(m_stage);
}

void ActivationProgressPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

QString ActivationProgressPage::stage() const
{
    return m_stageLabel->text();
}

void ActivationProgressPage::showStage(const QString &stage)
{
    m_stage = stage;
    QString text;
    if (stage == QLatin1String("connecting"))
        text = tr("Connecting to the licensing service over an encrypted connection…");
    else if (stage == QLatin1String("sending"))
        text = tr("Sending the request…");
    else if (stage == QLatin1String("waiting"))
        text = tr("Waiting for the answer…");
    else if (stage == QLatin1String("receiving"))
        text = tr("Receiving the answer…");
    else
        text = tr("Recording the request in the transmission journal…");
    m_stageLabel->setText(text);
    m_stageLabel->setAccessibleName(text);
}

void ActivationProgressPage::initializePage()
{
    showStage(QString());
    m_cancel->setEnabled(true);
    m_wizard.startSending();
}

} // namespace LightAgent
