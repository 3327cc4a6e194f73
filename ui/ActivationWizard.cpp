#include "ActivationWizard.h"

#include "ActivationCodePage.h"
#include "ActivationDeclinedPage.h"
#include "ActivationKeyFilePage.h"
#include "ActivationMethodPage.h"
#include "ActivationPreviewPage.h"
#include "ActivationProgressPage.h"
#include "ActivationResultPage.h"
#include "ConsoleSession.h"
#include "net/NetworkSettings.h"
#include "provision/TransmissionJournal.h"

#include <QAbstractButton>
#include <QEvent>
#include <QPushButton>
#include <QTimer>

namespace LightAgent {

ActivationWizard::ActivationWizard(ConsoleSession &session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("activationWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::HaveHelpButton);
    setPage(Page_ChooseMethod, new ActivationMethodPage(this));
    setPage(Page_KeyFile, new ActivationKeyFilePage(session, this));
    setPage(Page_Code, new ActivationCodePage(session, this));
    setPage(Page_Preview, new ActivationPreviewPage(*this));
    setPage(Page_Progress, new ActivationProgressPage(*this));
    setPage(Page_Result, new ActivationResultPage(*this));
    setPage(Page_Declined, new ActivationDeclinedPage(*this));
    setStartId(Page_ChooseMethod);

    // Named for tests and accessibility tools, in the order of QWizard::WizardButton.
    static const char *const buttonNames[] = {"backButton",    "nextButton",    "commitButton",
                                              "finishButton",  "cancelButton",  "helpButton",
                                              "declineButton", "tryAgainButton"};
    for (int which = BackButton; which <= CustomButton2; ++which)
        button(WizardButton(which))->setObjectName(QLatin1String(buttonNames[which]));
    // Send is chosen, never the default: Enter on the preview sends nothing, even with
    // the focus on Send.
    if (auto *send = qobject_cast<QPushButton *>(button(CommitButton)))
        send->setAutoDefault(false);
    connect(this, &QWizard::currentIdChanged, this, &ActivationWizard::updateButtons);
    connect(this, &QWizard::helpRequested, this,
            [this] { Q_EMIT helpRequested(helpPlace(currentId())); });
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == CustomButton1 && currentId() == Page_Preview)
            decline();
        else if (which == CustomButton2 && currentId() == Page_Result)
            tryAgain();
    });
    retranslateUi();
    setMinimumSize(760, 620);
    resize(900, 740);
}

ActivationWizard::~ActivationWizard() = default;

void ActivationWizard::retranslateUi()
{
    setWindowTitle(tr("Activate the solution"));
    //: Wizard button on the preview page: do not send the activation data
    setButtonText(CustomButton1, tr("&Decline"));
    //: Wizard button after a failed activation: back to the code to try again
    setButtonText(CustomButton2, tr("< &Back"));
    button(CustomButton1)
        ->setToolTip(tr("Send nothing. You can activate with a key file instead."));
    button(CustomButton2)->setToolTip(tr("Go back to the activation code and try again."));
}

void ActivationWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

// The preview has no default button, so Enter there sends nothing. Set as a page is
// entered or left, before the wizard picks the page's buttons (currentIdChanged is later).
void ActivationWizard::initializePage(int id)
{
    setOption(NoDefaultButton, id == Page_Preview);
    QWizard::initializePage(id);
}

void ActivationWizard::cleanupPage(int id)
{
    if (id == Page_Preview)
        setOption(NoDefaultButton, false);
    QWizard::cleanupPage(id);
}

QString ActivationWizard::helpPlace(int pageId)
{
    switch (pageId) {
    case Page_ChooseMethod:
        return QStringLiteral("wizard_choose_method");
    case Page_KeyFile:
        return QStringLiteral("wizard_key_file");
    case Page_Code:
        return QStringLiteral("wizard_code");
    case Page_Preview:
        return QStringLiteral("wizard_preview");
    default:
        return QStringLiteral("wizard_result");
    }
}

int ActivationWizard::nextId() const
{
    switch (currentId()) {
    case Page_ChooseMethod:
        return field(QString(CodeMethodField)).toBool() ? Page_Code : Page_KeyFile;
    case Page_Code:
        return Page_Preview;
    case Page_Preview:
        return m_declined ? Page_Declined : Page_Progress;
    case Page_Progress:
        return Page_Result;
    case Page_Declined:
        return Page_KeyFile;
    case Page_KeyFile:
    case Page_Result:
    default:
        return -1;
    }
}

void ActivationWizard::updateButtons(int pageId)
{
    QList<WizardButton> layout {HelpButton, Stretch};
    switch (pageId) {
    case Page_ChooseMethod:
    case Page_Code:
        layout << BackButton << NextButton << CancelButton;
        break;
    case Page_KeyFile:
        layout << BackButton << FinishButton << CancelButton;
        break;
    case Page_Preview:
        layout << BackButton << CustomButton1 << CommitButton << CancelButton;
        break;
    case Page_Progress:
        break; // the page has its own Cancel, which stops the sending
    case Page_Result:
        if (m_outcome && !m_outcome->ok())
            layout << CustomButton2;
        layout << FinishButton;
        break;
    case Page_Declined:
        layout << NextButton << FinishButton;
        break;
    default:
        return;
    }
    setButtonLayout(layout);
    button(CustomButton1)->setEnabled(!m_envelope.isNull());
}

std::optional<ActivationCode> ActivationWizard::code() const
{
    auto parsed = ActivationCode::parse(field(QString(CodeField)).toString());
    if (!parsed)
        return std::nullopt;
    return parsed.value();
}

KeySlot ActivationWizard::chosenSlot() const
{
    return field(QString(ReserveSlotField)).toBool() ? KeySlot::Reserve : KeySlot::Active;
}

void ActivationWizard::setEnvelope(const RequestEnvelope &envelope)
{
    m_envelope = envelope;
    m_declined = false;
    if (currentId() == Page_Preview)
        button(CustomButton1)->setEnabled(!m_envelope.isNull());
}

void ActivationWizard::decline()
{
    if (m_envelope.isNull())
        return;
    m_declineRecorded = TransmissionJournal(m_session.database()).recordDeclined(m_envelope);
    m_declined = true;
    next();
}

void ActivationWizard::startSending()
{
    m_outcome.reset();
    delete m_flow;
    m_flow = nullptr;
    const std::optional<ActivationCode> activationCode = code();
    auto settings = NetworkSettings::load(*m_session.database());
    if (!settings || !activationCode || m_envelope.isNull()) {
        // Nothing was sent; say why on the result page.
        m_outcome = settings ? Result<ActivationResult>(Error::make(
                                   ErrorCode::Internal, QStringLiteral("no-request"),
                                   tr("There is no request to send. Nothing was sent.")))
                             : Result<ActivationResult>(settings.error());
        QTimer::singleShot(0, this, &ActivationWizard::onSendingFinished);
        return;
    }
    m_flow = new ActivationFlow(m_session.profile(), m_session.database(), settings.value(), this);
    connect(m_flow, &ActivationFlow::progress, this, &ActivationWizard::sendingProgress);
    connect(m_flow, &ActivationFlow::finished, this, [this] {
        m_outcome = m_flow->result();
        // Queued: the flow may finish inside start(), while the page is being entered.
        QTimer::singleShot(0, this, &ActivationWizard::onSendingFinished);
    });
    // A key that would lose license time is kept, not applied: the result page shows it
    // beside the current keys and applies it only when the administrator confirms.
    m_flow->start(m_envelope, *activationCode, chosenSlot(), false);
}

void ActivationWizard::onSendingFinished()
{
    Q_EMIT sendingFinished();
    if (m_outcome && m_outcome->ok()) {
        m_session.refresh();
        if (m_outcome->value().applied)
            Q_EMIT activated();
    }
    if (currentId() == Page_Progress)
        next();
}

bool ActivationWizard::isSending() const
{
    return m_flow && m_flow->isRunning();
}

void ActivationWizard::cancelSending()
{
    if (isSending())
        m_flow->cancel();
}

void ActivationWizard::tryAgain()
{
    // restart() leaves the method and the code as they were (their pages keep them),
    // so the administrator lands on the code, ready to correct it.
    restart();
    setField(QString(CodeMethodField), true);
    next();
}

void ActivationWizard::reject()
{
    if (isSending()) {
        cancelSending();
        return;
    }
    QWizard::reject();
}

} // namespace LightAgent
