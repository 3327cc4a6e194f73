#include "UpdateDialog.h"

#include "ConsoleSession.h"
#include "DisplayText.h"
#include "EnvelopePreview.h"
#include "MaintenanceText.h"
#include "TextLabel.h"
#include "TonePanel.h"
#include "core/Clock.h"
#include "net/NetworkSettings.h"
#include "provision/RequestBuilder.h"
#include "provision/TransmissionJournal.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace LightAgent {

UpdateDialog::UpdateDialog(ConsoleSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_stages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("updateDialog"));
    m_stages->setObjectName(QStringLiteral("updateStages"));
    m_stages->addWidget(createPreviewStage());
    m_stages->addWidget(createSendingStage());
    m_stages->addWidget(createResultStage());

    m_send = new QPushButton(this);
    m_send->setObjectName(QStringLiteral("sendButton"));
    // Enter never sends: Send is only ever chosen, never the default (nor made it by focus).
    m_send->setAutoDefault(false);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAutoDefault(false);
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    connect(m_send, &QPushButton::clicked, this, &UpdateDialog::send);
    connect(m_cancel, &QPushButton::clicked, this, &UpdateDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_send);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(m_stages, 1);
    layout->addLayout(buttons);

    // Built once, here: what is shown is what Send sends, byte for byte.
    const RequestSources sources {session.profile(), session.database(), session.localization(),
                                  Clock::instance()};
    auto envelope = UpdateFlow::prepare(sources);
    if (envelope) {
        m_envelope = envelope.value();
        m_preview->describeWayFor(session);
        m_preview->setEnvelope(m_envelope);
    } else {
        m_buildError = envelope.error();
        m_preview->hide();
    }
    setStage(PreviewStage);
    retranslateUi();
    resize(880, 600);
}

QWidget *UpdateDialog::createPreviewStage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("updatePreviewStage"));
    m_previewIntro = selectableText(QStringLiteral("updatePreviewIntro"), page);
    QFont bold = m_previewIntro->font();
    bold.setBold(true);
    m_previewIntro->setFont(bold);
    m_preview = new EnvelopePreview(page);
    m_previewPurpose = selectableText(QStringLiteral("updatePreviewPurpose"), page);
    m_previewPurpose->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_previewIntro);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_previewPurpose);
    return page;
}

QWidget *UpdateDialog::createSendingStage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("updateSendingStage"));
    m_progressLabel = selectableText(QStringLiteral("updateProgressStage"), page);
    m_busy = new QProgressBar(page);
    m_busy->setObjectName(QStringLiteral("updateProgressBusy"));
    m_busy->setRange(0, 0); // busy: the stages have no measurable length
    m_busy->setTextVisible(false);
    m_progressNote = selectableText(QStringLiteral("updateProgressNote"), page);
    m_progressNote->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(page);
    layout->setSpacing(12);
    layout->addStretch(1);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_busy);
    layout->addWidget(m_progressNote);
    layout->addStretch(2);
    return page;
}

QWidget *UpdateDialog::createResultStage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("updateResultStage"));
    m_outcomePanel = new TonePanel(QStringLiteral("updateOutcomePanel"), page);
    m_digestPanel = new TonePanel(QStringLiteral("updateDigestPanel"), page);
    m_journalNote = selectableText(QStringLiteral("updateJournalNote"), page);
    m_journalNote->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(page);
    layout->setSpacing(10);
    layout->addWidget(m_outcomePanel);
    layout->addWidget(m_digestPanel);
    layout->addWidget(m_journalNote);
    layout->addStretch(1);
    return page;
}

void UpdateDialog::retranslateUi()
{
    setWindowTitle(tr("Update the databases"));
    if (m_buildError)
        m_previewIntro->setText(tr("The update request could not be prepared, and nothing was "
                                   "sent: %1")
                                    .arg(m_buildError->message));
    else
        m_previewIntro->setText(tr("This is the exact request an update sends. Nothing is sent "
                                   "until you choose Send."));
    m_previewPurpose->setText(
        tr("It goes to the vendor's update service over an encrypted connection, under your "
           "data-provision agreement. The answer is a database bundle signed by the vendor; it "
           "is installed only if its signature verifies. Cancel sends nothing."));
    m_progressNote->setText(tr("If you cancel after the request has left this computer, the "
                               "service may still have received it; the installed databases "
                               "stay as they are, and the transmission journal records what "
                               "happened."));
    //: Button: send the update request shown in the preview
    m_send->setText(tr("&Send"));
    m_close->setText(tr("&Close"));
    m_cancel->setText(m_stage == SendingStage ? tr("&Cancel sending") : tr("&Cancel"));
    m_busy->setAccessibleName(tr("Sending"));
    showProgress(m_progressStage);
    if (m_outcome)
        presentResult();
}

void UpdateDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void UpdateDialog::setStage(Stage stage)
{
    m_stage = stage;
    m_stages->setCurrentIndex(stage);
    m_send->setVisible(stage == PreviewStage);
    m_send->setEnabled(!m_envelope.isNull());
    m_cancel->setVisible(stage != ResultStage);
    m_cancel->setEnabled(true);
    m_cancel->setText(stage == SendingStage ? tr("&Cancel sending") : tr("&Cancel"));
    m_close->setVisible(stage == ResultStage);
    // The preview has no default button: Enter there neither sends nor declines.
    m_send->setDefault(false);
    QPushButton *primary = stage == PreviewStage ? (m_envelope.isNull() ? m_cancel : nullptr)
        : stage == SendingStage                  ? m_cancel
                                                 : m_close;
    m_cancel->setDefault(primary == m_cancel);
    if (primary)
        primary->setDefault(true);
    (primary ? primary : m_cancel)->setFocus();
}

void UpdateDialog::send()
{
    if (m_stage != PreviewStage || m_envelope.isNull())
        return;
    auto settings = NetworkSettings::load(*m_session.database());
    m_flow = new UpdateFlow(m_session.profile(), m_session.database(),
                            settings ? settings.value() : NetworkSettings(), this);
    connect(m_flow, &UpdateFlow::progress, this, &UpdateDialog::showProgress);
    connect(m_flow, &UpdateFlow::finished, this, &UpdateDialog::onFinished);
    showProgress(QString());
    setStage(SendingStage);
    m_flow->start(m_envelope); // may finish at once, when the update is not allowed
}

void UpdateDialog::reject()
{
    switch (m_stage) {
    case PreviewStage:
        // Seeing the request and saying no is recorded too: nothing was sent.
        if (!m_envelope.isNull()) {
            if (Status declined =
                    TransmissionJournal(m_session.database()).recordDeclined(m_envelope);
                !declined)
                qWarning("The declined update could not be journaled: %s",
                         qPrintable(declined.error().message));
            m_envelope = RequestEnvelope();
        }
        QDialog::reject();
        return;
    case SendingStage:
        m_cancel->setEnabled(false);
        m_flow->cancel(); // finished() follows, and with it the result
        return;
    case ResultStage:
        QDialog::reject();
        return;
    }
}

void UpdateDialog::showProgress(const QString &stage)
{
    m_progressStage = stage;
    QString text;
    if (stage == QLatin1String("connecting"))
        text = tr("Connecting to the update service over an encrypted connection…");
    else if (stage == QLatin1String("sending"))
        text = tr("Sending the request…");
    else if (stage == QLatin1String("waiting"))
        text = tr("Waiting for the answer…");
    else if (stage == QLatin1String("receiving"))
        text = tr("Receiving the databases…");
    else
        text = tr("Recording the request in the transmission journal…");
    m_progressLabel->setText(text);
    m_progressLabel->setAccessibleName(text);
}

void UpdateDialog::onFinished()
{
    m_outcome = m_flow->result();
    setStage(ResultStage);
    presentResult();
    Q_EMIT updateFinished();
}

void UpdateDialog::presentResult()
{
    if (!m_outcome)
        return;
    if (!*m_outcome) {
        const Error &error = m_outcome->error();
        const bool cancelled = error.code == ErrorCode::Cancelled;
        m_outcomePanel->present(
            cancelled ? StatusTone::Warning : StatusTone::Critical,
            cancelled ? tr("The update was cancelled.") : tr("The databases were not updated."),
            error.message + QLatin1Char(' ') + tr("The installed databases are unchanged."));
        m_digestPanel->hide();
        m_journalNote->setText(tr("The attempt is recorded in the transmission journal."));
        return;
    }
    const UpdateResult &result = m_outcome->value();
    const DatabaseBundle &bundle = result.bundle;
    const QString released = MaintenanceText::dateTime(bundle.released());
    const QString freshness = displayName(bundle.freshness(Clock::instance().now()));
    if (result.installed)
        m_outcomePanel->present(
            StatusTone::Good, tr("Version %1 of the databases is installed.").arg(bundle.version()),
            //: %1 release time, %2 number of records, %3 freshness, %4 version before
            (result.previousVersion.isEmpty()
                 ? tr("Released %1, %2 records. Freshness: %3.")
                       .arg(released, QLocale().toString(bundle.records()), freshness)
                 : tr("Released %1, %2 records. Freshness: %3. It replaces version %4.")
                       .arg(released, QLocale().toString(bundle.records()), freshness,
                            result.previousVersion)));
    else
        m_outcomePanel->present(
            StatusTone::Good, tr("The databases are already up to date."),
            tr("Version %1, released %2, is installed; the service has nothing newer. "
               "Freshness: %3.")
                .arg(bundle.version(), released, freshness));
    presentDigest(result);
    m_journalNote->setText(tr("The request and the answer are recorded in the transmission "
                              "journal (entry %1).")
                               .arg(result.journalSeq));
}

void UpdateDialog::presentDigest(const UpdateResult &result)
{
    const QString sent = result.envelope.sha256();
    if (result.digestMatched.value_or(false))
        m_digestPanel->present(StatusTone::Good,
                               tr("The service confirmed it received exactly these bytes."),
                               tr("SHA-256 %1, the same as the request you saw.").arg(sent));
    else if (result.digestMatched.has_value())
        m_digestPanel->present(
            StatusTone::Warning, tr("Warning: the service received different bytes."),
            tr("The service reports SHA-256 %1, but the console sent %2. The databases "
               "were installed because their signature verifies; the request may have "
               "been changed on the way. Check the transmission journal and the network "
               "path to the service.")
                .arg(result.receivedSha256, sent));
    else
        m_digestPanel->present(
            StatusTone::Warning, tr("Warning: the service did not confirm what it received."),
            tr("Its answer carried no digest, so the console cannot show that the request "
               "arrived unchanged. The console sent SHA-256 %1.")
                .arg(sent));
}

QString UpdateDialog::outcomeText() const
{
    return m_outcomePanel->title() + QLatin1Char('\n') + m_outcomePanel->message();
}

QString UpdateDialog::digestText() const
{
    if (!m_digestPanel->isVisibleTo(this))
        return QString();
    return m_digestPanel->title() + QLatin1Char('\n') + m_digestPanel->message();
}

} // namespace LightAgent
