// "Update now": the exact update request (DESIGN §3.3), built once and shown with
// EnvelopePreview; Send sends exactly those bytes through UpdateFlow, asynchronously,
// with the stage and a way to cancel; the result says which databases are installed
// and whether the service confirmed the digest of what it received. Cancel in the
// preview sends nothing and journals the decline.
#pragma once

#include "StatusTone.h"
#include "core/Result.h"
#include "provision/RequestEnvelope.h"
#include "provision/UpdateFlow.h"

#include <QDialog>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace LightAgent {

class ConsoleSession;
class EnvelopePreview;
class TonePanel;

class UpdateDialog : public QDialog
{
    Q_OBJECT

public:
    enum Stage { PreviewStage, SendingStage, ResultStage };

    explicit UpdateDialog(ConsoleSession &session, QWidget *parent = nullptr);

    Stage stage() const { return m_stage; }
    EnvelopePreview *preview() const { return m_preview; }
    const RequestEnvelope &envelope() const { return m_envelope; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *closeButton() const { return m_close; }
    // The outcome once the update has finished.
    const std::optional<Result<UpdateResult>> &outcome() const { return m_outcome; }
    QString outcomeText() const; // title and message of the result
    QString digestText() const; // empty when no digest panel is shown

public Q_SLOTS:
    void send();
    void reject() override; // in the preview: declined; while sending: cancels

Q_SIGNALS:
    void updateFinished(); // the databases or the last run changed

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createPreviewStage();
    QWidget *createSendingStage();
    QWidget *createResultStage();
    void retranslateUi();
    void setStage(Stage stage);
    void showProgress(const QString &stage);
    void onFinished();
    void presentResult();
    void presentDigest(const UpdateResult &result);

    ConsoleSession &m_session;
    Stage m_stage = PreviewStage;
    RequestEnvelope m_envelope;
    std::optional<Error> m_buildError;
    UpdateFlow *m_flow = nullptr;
    QString m_progressStage;
    std::optional<Result<UpdateResult>> m_outcome;

    QStackedWidget *m_stages = nullptr;
    QLabel *m_previewIntro = nullptr;
    EnvelopePreview *m_preview = nullptr;
    QLabel *m_previewPurpose = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_progressNote = nullptr;
    TonePanel *m_outcomePanel = nullptr;
    TonePanel *m_digestPanel = nullptr;
    QLabel *m_journalNote = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace LightAgent
