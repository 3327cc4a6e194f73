// Activation with a code, after the administrator has seen the envelope and agreed:
// consent and journal entry recorded (one transaction) → the envelope's bytes sent →
// the answer checked → the key stored and the result journaled (one transaction). A
// failure at any step leaves the license state as it was.
#pragma once

#include "RequestEnvelope.h"
#include "core/Result.h"
#include "license/ActivationCode.h"
#include "license/KeyRules.h"
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
    KeyChange change;
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

    // `envelope` is what the administrator saw and agreed to send, built for `code`.
    void start(const RequestEnvelope &envelope, const ActivationCode &code);
    void cancel();
    bool isRunning() const;

    const std::optional<Result<ActivationResult>> &result() const { return m_result; }

    // The CLI: start and wait in a local event loop.
    static Result<ActivationResult> runAndWait(const VendorProfile &profile,
                                               std::shared_ptr<StateDatabase> database,
                                               const NetworkSettings &settings,
                                               const RequestEnvelope &envelope,
                                               const ActivationCode &code);

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
    std::optional<Result<ActivationResult>> m_result;
};

} // namespace LightAgent
