// Activation with a code, after the administrator has seen the envelope and agreed:
// consent and journal entry recorded (one transaction) → the envelope's bytes sent →
// the answer checked → the key stored in the chosen slot and the result journaled (one
// transaction). A key the slot's rules refuse, or whose storing would lose license time
// without the administrator's confirmation, is kept as a received key instead (in the
// same transaction): the current keys stay, and nothing issued is lost. A failure at
// any step leaves the license state as it was.
#pragma once

#include "RequestEnvelope.h"
#include "core/Result.h"
#include "license/ActivationCode.h"
#include "license/KeyRules.h"
#include "license/ReceivedKeyStore.h"
#include "net/NetworkSettings.h"

#include <QObject>

#include <memory>
#include <optional>

namespace LightAgent {

class JournaledExchange;
class StateDatabase;
class VendorProfile;
struct HttpResponse;

struct ActivationResult
{
    RequestEnvelope envelope;
    qint64 journalSeq = 0;
    KeySlot slot = KeySlot::Active; // where the administrator chose to put the key
    bool applied = true;
    KeyChange change; // when applied
    // When not applied: why, the key kept as received, and what applying it to the
    // chosen slot would change when the rules allow it (it awaits confirmation).
    std::optional<Error> notApplied;
    std::optional<ReceivedKey> received;
    std::optional<KeyChange> pendingChange;
    QString receivedSha256;
    std::optional<bool> digestMatched; // unset when the service did not confirm a digest
};

class ActivationFlow : public QObject
{
    Q_OBJECT

public:
    ActivationFlow(const VendorProfile &profile, std::shared_ptr<StateDatabase> database,
                   const NetworkSettings &settings, QObject *parent = nullptr);
    ~ActivationFlow() override;

    // `envelope` is what the administrator saw and agreed to send, built for `code`;
    // the key goes to `slot`, replacing a key that still has time left (or shortening
    // the time the license covers) only when `timeLossConfirmed`.
    void start(const RequestEnvelope &envelope, const ActivationCode &code,
               KeySlot slot = KeySlot::Active, bool timeLossConfirmed = false);
    void cancel();
    bool isRunning() const;

    const std::optional<Result<ActivationResult>> &result() const { return m_result; }

    // The CLI: start and wait in a local event loop.
    static Result<ActivationResult>
    runAndWait(const VendorProfile &profile, std::shared_ptr<StateDatabase> database,
               const NetworkSettings &settings, const RequestEnvelope &envelope,
               const ActivationCode &code, KeySlot slot = KeySlot::Active,
               bool timeLossConfirmed = false);

signals:
    void progress(const QString &stage);
    void finished();

private:
    void onAnswered(const HttpResponse &response);
    Result<ActivationResult> apply(const HttpResponse &response);
    void complete(const Result<ActivationResult> &result);

    const VendorProfile &m_profile;
    std::shared_ptr<StateDatabase> m_database;
    JournaledExchange *m_exchange = nullptr;
    RequestEnvelope m_envelope;
    std::optional<ActivationCode> m_code;
    KeySlot m_slot = KeySlot::Active;
    bool m_timeLossConfirmed = false;
    std::optional<Result<ActivationResult>> m_result;
};

} // namespace LightAgent
