// One periodic license check (DESIGN §3.2), asynchronous like ActivationFlow: only for
// a key that came from a code while the consent stands → the request (§3.1's body
// with a fresh svmDateTime) is journaled → sent → the answer applied to the key
// (blocked: the 8-day rule runs from now; expired: limited; active: both cleared) →
// the schedule moves on. A check that gets no usable answer backs off exponentially.
#pragma once

#include "RequestBuilder.h"
#include "RequestEnvelope.h"
#include "ServiceAnswer.h"
#include "core/Result.h"
#include "license/LicenseCheckScheduler.h"
#include "net/NetworkSettings.h"

#include <QDate>
#include <QObject>

#include <memory>
#include <optional>

namespace LightAgent {

class JournaledExchange;
class StateDatabase;
class VendorProfile;
struct HttpResponse;

struct LicenseCheckResult
{
    RequestEnvelope envelope;
    qint64 journalSeq = 0;
    CheckAnswer answer;
    std::optional<bool> digestMatched; // unset when the service did not confirm a digest
    CheckPlan next; // the check after this one
};

class LicenseCheckFlow : public QObject
{
    Q_OBJECT

public:
    LicenseCheckFlow(const VendorProfile &profile, std::shared_ptr<StateDatabase> database,
                     const NetworkSettings &settings, QObject *parent = nullptr);
    ~LicenseCheckFlow() override;

    // The request a check would send now, for a preview. Refused (reason from the plan:
    // "no-key", "key-file", "no-consent", "no-code") when no check may be sent at all.
    static Result<RequestEnvelope> prepare(const RequestSources &sources);

    // Checks now, due or not, if the key may be checked at all; finished() follows
    // exactly once. Whether a check is due is the caller's (or PeriodicLicenseCheck's).
    void start(const QString &localization);
    void cancel();
    bool isRunning() const;
    const std::optional<Result<LicenseCheckResult>> &result() const { return m_result; }

    // What an answer about the key with file SHA-256 `keySha256` does to the store;
    // public so that answers can be tested without a network.
    Result<LicenseCheckResult> accept(const HttpResponse &response, const QString &keySha256);

    // The CLI: start and wait in a local event loop.
    static Result<LicenseCheckResult> runAndWait(const VendorProfile &profile,
                                                 std::shared_ptr<StateDatabase> database,
                                                 const NetworkSettings &settings,
                                                 const QString &localization);

signals:
    void progress(const QString &stage);
    void finished();

private:
    void onAnswered(const HttpResponse &response);
    void onFailed(const Error &error);
    void fail(const Error &error);
    void complete(const Result<LicenseCheckResult> &result);

    const VendorProfile &m_profile;
    std::shared_ptr<StateDatabase> m_database;
    JournaledExchange *m_exchange = nullptr;
    RequestEnvelope m_envelope;
    QString m_keySha256;
    std::optional<Result<LicenseCheckResult>> m_result;
};

} // namespace LightAgent
