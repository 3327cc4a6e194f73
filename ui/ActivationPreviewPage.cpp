#include "ActivationPreviewPage.h"

#include "ActivationWizard.h"
#include "ConsoleSession.h"
#include "ConsoleStyle.h"
#include "DisplayText.h"
#include "EnvelopePreview.h"
#include "HelpOpener.h"
#include "StatusTone.h"
#include "core/Clock.h"
#include "license/KeyRules.h"
#include "provision/RequestBuilder.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace LightAgent {

ActivationPreviewPage::ActivationPreviewPage(ActivationWizard &wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
    , m_preview(new EnvelopePreview(this))
    , m_buildError(new QLabel(this))
    , m_foreseen(new QLabel(this))
    , m_purpose(new QLabel(this))
    , m_consent(new QCheckBox(this))
{
    setObjectName(QStringLiteral("previewPage"));
    setCommitPage(true);
    m_preview->setProfile(wizard.session().profile());
    m_buildError->setObjectName(QStringLiteral("previewBuildError"));
    m_buildError->setWordWrap(true);
    m_buildError->setTextFormat(Qt::PlainText);
    ConsoleStyle::setTextTone(m_buildError, StatusTone::Critical);
    m_buildError->hide();
    m_foreseen->setObjectName(QStringLiteral("previewForeseen"));
    m_foreseen->setWordWrap(true);
    m_foreseen->setTextFormat(Qt::PlainText);
    m_foreseen->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_purpose->setObjectName(QStringLiteral("previewPurpose"));
    m_purpose->setWordWrap(true);
    m_purpose->setTextFormat(Qt::RichText);
    // The privacy policy is a followed link like any other: previewed and journaled.
    connect(m_purpose, &QLabel::linkActivated, this,
            [this] { openHelp(this, m_wizard.session(), QStringLiteral("privacy_policy")); });
    m_purpose->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_consent->setObjectName(QStringLiteral("consentCheckBox"));
    connect(m_consent, &QCheckBox::toggled, this, &QWizardPage::completeChanged);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_buildError);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_foreseen);
    layout->addWidget(m_purpose);
    layout->addWidget(m_consent);
    retranslateUi();
}

void ActivationPreviewPage::retranslateUi()
{
    setTitle(tr("Check the data that will be sent"));
    setSubTitle(tr("This is the exact request. Nothing is sent until you choose Send."));
    const QUrl policy = m_wizard.session().profile().privacyPolicyUrl();
    QString purpose =
        tr("The request goes to the licensing service over an encrypted connection. The same "
           "data is sent again periodically to verify that the solution is used "
           "appropriately, and the vendor may use it for statistics on the distribution and "
           "use of its software.")
            .toHtmlEscaped();
    if (!policy.isEmpty())
        purpose += QLatin1Char(' ') +
            //: %1 is a link to the vendor's privacy policy
            tr("How the vendor processes it: %1.")
                .arg(QStringLiteral("<a href=\"%1\">%2</a>")
                         .arg(policy.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                              tr("privacy policy").toHtmlEscaped()));
    m_purpose->setText(purpose);
    m_consent->setText(tr("I &agree to send this data, and to its periodic re-sending for license "
                          "verification"));
    //: Wizard button on the preview page: send the shown request
    setButtonText(QWizard::CommitButton, tr("&Send"));
    foresee();
}

QString ActivationPreviewPage::foreseenText() const
{
    return m_foreseen->text();
}

void ActivationPreviewPage::foresee()
{
    auto current = m_wizard.session().currentKeys();
    if (!current) {
        m_foreseen->setText(current.error().message);
        return;
    }
    m_foreseen->setText(tr("What the activation will do with the keys:") + QLatin1Char('\n') +
                        DisplayText::bulleted(KeyRules::foreseeForCode(
                            current.value(), m_wizard.chosenSlot(), m_wizard.session().today())));
}

void ActivationPreviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ActivationPreviewPage::initializePage()
{
    // Built once, here: what is shown is what Send sends, byte for byte.
    m_consent->setChecked(false);
    foresee();
    const std::optional<ActivationCode> code = m_wizard.code();
    ConsoleSession &session = m_wizard.session();
    const RequestSources sources {session.profile(), session.database(), session.localization(),
                                  Clock::instance()};
    auto envelope = code
        ? RequestBuilder::activation(sources, *code)
        : Result<RequestEnvelope>(Error::make(ErrorCode::InvalidInput, QStringLiteral("no-code"),
                                              tr("There is no valid activation code to send.")));
    if (!envelope) {
        m_wizard.setEnvelope(RequestEnvelope());
        m_buildError->setText(tr("The request could not be prepared, and nothing was sent: %1")
                                  .arg(envelope.error().message));
        m_buildError->show();
        m_preview->setEnabled(false);
        m_consent->setEnabled(false);
        Q_EMIT completeChanged();
        return;
    }
    m_buildError->hide();
    m_preview->setEnabled(true);
    m_consent->setEnabled(true);
    m_wizard.setEnvelope(envelope.value());
    if (auto settings = NetworkSettings::load(*session.database()))
        m_preview->setNetworkSettings(settings.value());
    m_preview->setEnvelope(envelope.value());
    Q_EMIT completeChanged();
}

void ActivationPreviewPage::cleanupPage()
{
    m_consent->setChecked(false);
    m_wizard.setEnvelope(RequestEnvelope());
}

bool ActivationPreviewPage::isComplete() const
{
    return !m_wizard.envelope().isNull() && m_consent->isChecked();
}

} // namespace LightAgent
