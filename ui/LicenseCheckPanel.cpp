#include "LicenseCheckPanel.h"

#include "BackgroundWork.h"
#include "ConsoleSession.h"
#include "EnvelopePreview.h"
#include "EnvelopePreviewDialog.h"
#include "MaintenanceText.h"
#include "MessageBox.h"
#include "TextLabel.h"
#include "core/Clock.h"
#include "provision/LicenseCheckFlow.h"
#include "provision/PeriodicLicenseCheck.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace LightAgent {

LicenseCheckPanel::LicenseCheckPanel(ConsoleSession &session, QWidget *parent)
    : QGroupBox(parent)
    , m_session(session)
    , m_explanation(selectableText(QStringLiteral("licenseCheckExplanation"), this))
    , m_result(selectableText(QStringLiteral("licenseCheckResult"), this))
    , m_preview(new QPushButton(this))
    , m_checkNow(new QPushButton(this))
{
    setObjectName(QStringLiteral("licenseCheckBox"));
    auto *form = new QFormLayout;
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(6);
    form->addRow(m_explanation);
    form->addRow(m_nextCaption = new QLabel(this),
                 m_nextCheck = selectableText(QStringLiteral("nextLicenseCheck"), this));
    form->addRow(m_lastCaption = new QLabel(this),
                 m_lastCheck = selectableText(QStringLiteral("lastLicenseCheck"), this));
    form->addRow(m_failuresCaption = new QLabel(this),
                 m_failures = selectableText(QStringLiteral("licenseCheckFailures"), this));
    for (QLabel *caption : {m_nextCaption, m_lastCaption, m_failuresCaption}) {
        QFont font = caption->font();
        font.setBold(false);
        caption->setFont(font);
    }
    m_nextCaption->setObjectName(QStringLiteral("nextLicenseCheckCaption"));
    m_lastCaption->setObjectName(QStringLiteral("lastLicenseCheckCaption"));
    m_failuresCaption->setObjectName(QStringLiteral("licenseCheckFailuresCaption"));
    m_nextCaption->setBuddy(m_nextCheck);
    m_lastCaption->setBuddy(m_lastCheck);
    m_failuresCaption->setBuddy(m_failures);

    m_preview->setObjectName(QStringLiteral("previewLicenseCheckButton"));
    m_checkNow->setObjectName(QStringLiteral("checkNowButton"));
    connect(m_preview, &QPushButton::clicked, this, &LicenseCheckPanel::previewCheck);
    connect(m_checkNow, &QPushButton::clicked, this, &LicenseCheckPanel::checkNow);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_preview);
    buttons->addWidget(m_checkNow);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addLayout(buttons);
    setTabOrder(m_preview, m_checkNow);

    PeriodicLicenseCheck *check = session.background()->licenseCheck();
    connect(check, &PeriodicLicenseCheck::checkStarted, this, [this] {
        m_refusal.clear();
        reload();
    });
    connect(check, &PeriodicLicenseCheck::checkFinished, this, &LicenseCheckPanel::reload);
    connect(check, &PeriodicLicenseCheck::planChanged, this, &LicenseCheckPanel::reload);
    retranslateUi();
}

void LicenseCheckPanel::retranslateUi()
{
    setTitle(tr("Periodic license check"));
    //: Caption: when the license is checked next with the licensing service
    m_nextCaption->setText(tr("Next check:"));
    //: Caption: the last license check that got an answer
    m_lastCaption->setText(tr("Last check:"));
    //: Caption: license checks that failed one after another
    m_failuresCaption->setText(tr("Failures:"));
    m_preview->setText(tr("&Preview…"));
    m_preview->setToolTip(tr("Show the exact request a license check sends now. Nothing is "
                             "sent."));
    m_preview->setAccessibleName(tr("Preview the license check"));
    m_checkNow->setText(tr("Check &now"));
    m_checkNow->setToolTip(tr("Send the license check now, under the consent you gave when "
                              "you activated with a code."));
    m_explanation->setAccessibleName(tr("Periodic license check"));
    m_result->setAccessibleName(tr("Result of the license check"));
    reload();
}

void LicenseCheckPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void LicenseCheckPanel::reload()
{
    PeriodicLicenseCheck *check = m_session.background()->licenseCheck();
    auto status = check->status();
    const bool running = check->isRunning();
    if (!status) {
        m_explanation->setText(status.error().message);
        m_nextCheck->setText(QString());
        m_lastCheck->setText(QString());
        m_failures->hide();
        m_failuresCaption->hide();
        m_checkNow->setEnabled(false);
        m_preview->setEnabled(false);
        return;
    }
    const LicenseCheckStatus &current = status.value();
    const QDateTime now = Clock::instance().now();
    m_explanation->setText(current.plan.explanation());
    // Without a check, the explanation above already says why.
    m_nextCheck->setText(running                       ? tr("Checking now…")
                             : current.plan.eligible() ? MaintenanceText::nextCheck(current, now)
                                                       //: No license check is planned
                                                       : tr("None", "next check"));
    m_lastCheck->setText(MaintenanceText::lastCheck(current));
    const QString failures = MaintenanceText::checkFailures(current);
    m_failures->setText(failures);
    m_failures->setVisible(!failures.isEmpty());
    m_failuresCaption->setVisible(!failures.isEmpty());
    m_checkNow->setEnabled(current.plan.eligible() && !running);
    m_preview->setEnabled(current.plan.eligible());
    showLastResult();
}

void LicenseCheckPanel::showLastResult()
{
    PeriodicLicenseCheck *check = m_session.background()->licenseCheck();
    QString text;
    if (!m_refusal.isEmpty())
        text = m_refusal;
    else if (check->isRunning())
        text = tr("Sending the license check…");
    else if (const auto &last = check->lastResult(); last && !*last)
        text = tr("The last check did not succeed: %1").arg(last->error().message);
    else if (last) {
        const LicenseCheckResult &result = last->value();
        text = result.digestMatched.value_or(false)
            ? tr("The service answered and confirmed it received exactly the bytes sent "
                 "(SHA-256 %1).")
                  .arg(result.envelope.sha256())
            : tr("The service answered, but did not confirm the digest of the bytes sent "
                 "(SHA-256 %1).")
                  .arg(result.envelope.sha256());
    }
    m_result->setText(text);
    m_result->setVisible(!text.isEmpty());
}

void LicenseCheckPanel::checkNow()
{
    m_refusal.clear();
    if (Status started = m_session.background()->licenseCheck()->checkNow(); !started)
        m_refusal = tr("Nothing was sent: %1").arg(started.error().message);
    reload();
}

EnvelopePreviewDialog *LicenseCheckPanel::previewCheck()
{
    const RequestSources sources {m_session.profile(), m_session.database(),
                                  m_session.localization(), Clock::instance()};
    auto envelope = LicenseCheckFlow::prepare(sources);
    if (!envelope) {
        MessageBox::warning(
            this, tr("Preview"),
            tr("There is no license check to preview: %1").arg(envelope.error().message));
        return nullptr;
    }
    auto *dialog = new EnvelopePreviewDialog(envelope.value(), {}, this);
    dialog->preview()->describeWayFor(m_session);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace LightAgent
