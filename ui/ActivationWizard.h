// The activation wizard: choose the way (a key file, which sends nothing, or an
// activation code, which sends the data of DESIGN §3.1) → the key file's inspection,
// or the code → the exact request and the administrator's consent → sending, which
// never blocks the window → the result. Declining sends nothing and offers the key
// file instead. The pages share what they decide through this class.
#pragma once

#include "core/Result.h"
#include "license/ActivationCode.h"
#include "provision/ActivationFlow.h"
#include "provision/RequestEnvelope.h"

#include <QWizard>

#include <optional>

namespace LightAgent {

class ConsoleSession;

class ActivationWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        Page_ChooseMethod,
        Page_KeyFile,
        Page_Code,
        Page_Preview,
        Page_Progress,
        Page_Result,
        Page_Declined,
    };
    Q_ENUM(PageId)

    // Names of the fields the pages register.
    static constexpr QLatin1String KeyFileMethodField {"method.keyFile"};
    static constexpr QLatin1String CodeMethodField {"method.code"};
    static constexpr QLatin1String CodeField {"code"};
    static constexpr QLatin1String KeyFilePathField {"keyFile"};
    static constexpr QLatin1String ReserveSlotField {"code.reserveSlot"};

    explicit ActivationWizard(ConsoleSession &session, QWidget *parent = nullptr);
    ~ActivationWizard() override;

    ConsoleSession &session() const { return m_session; }
    int nextId() const override;
    // The help place of a page ("wizard_code", …), as the help catalog names it.
    static QString helpPlace(int pageId);

    // The code typed on the code page, when it is a valid one.
    std::optional<ActivationCode> code() const;
    // Where the key issued for the code goes, as chosen on the code page.
    KeySlot chosenSlot() const;
    // The request shown on the preview page: built once there, sent as it is.
    const RequestEnvelope &envelope() const { return m_envelope; }
    void setEnvelope(const RequestEnvelope &envelope);

    // The administrator declined the previewed request: journals that, sends nothing,
    // and moves to the page that offers the key file instead.
    void decline();
    bool declined() const { return m_declined; }
    const Status &declineRecorded() const { return m_declineRecorded; }

    // Sends the previewed request, reporting sendingProgress() and then
    // sendingFinished(); the outcome is kept for the result page.
    void startSending();
    bool isSending() const;
    void cancelSending();
    const std::optional<Result<ActivationResult>> &outcome() const { return m_outcome; }

    // After a failed activation: back to the code page, the code kept, to try again.
    void tryAgain();

public Q_SLOTS:
    // While the request is on its way, closing cancels it instead: the result page
    // then says what happened.
    void reject() override;

Q_SIGNALS:
    // Help was asked for on a page; `place` is helpPlace() of the page.
    void helpRequested(const QString &place);
    // A stage of the sending, as ActivationFlow::progress names it ("connecting", …).
    void sendingProgress(const QString &stage);
    void sendingFinished();
    // A key was activated with a code; the session has already been refreshed.
    void activated();

protected:
    void changeEvent(QEvent *event) override;
    void initializePage(int id) override;
    void cleanupPage(int id) override;

private:
    void retranslateUi();
    void updateButtons(int pageId);
    void onSendingFinished();

    ConsoleSession &m_session;
    RequestEnvelope m_envelope;
    bool m_declined = false;
    Status m_declineRecorded;
    ActivationFlow *m_flow = nullptr;
    std::optional<Result<ActivationResult>> m_outcome;
};

} // namespace LightAgent
