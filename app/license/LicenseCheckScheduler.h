// When the periodic license check (DESIGN §3.2) is due: pure scheduling logic over
// the stored key, the consent and what was persisted about earlier attempts, so it
// can be tested with a FixedClock over simulated weeks. Only a key that came from
// an activation code, whose code is kept and whose consent stands, is ever checked;
// a key from a key file causes no traffic at all.
#pragma once

#include "StoredKey.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace LightAgent {

// What is persisted about the periodic check of one active key.
struct CheckSchedule
{
    QString keySha256; // the key file this record belongs to
    QDateTime lastAttemptAt;
    QDateTime lastSuccessAt;
    QDateTime nextAttemptAt; // after a failure: when the back-off allows the next try
    int failures = 0; // failed attempts in a row
    QString lastStatus; // "active", "blocked", "expired" from the last answer
    QString lastErrorReason;
    QString lastErrorMessage;
};

enum class CheckEligibility {
    Eligible,
    NoKey, // nothing is activated
    KeyFromFile, // the active key came from a key file: never checked
    NoConsent, // the consent to the periodic re-sending was withdrawn
    NoStoredCode, // the key came from a code, but the code is not kept
};

// The plan for the next check: whether there will be one, when, and why not.
struct CheckPlan
{
    CheckEligibility eligibility = CheckEligibility::NoKey;
    QDateTime dueAt; // invalid unless eligible
    bool retry = false; // dueAt comes from the back-off after a failure
    int failures = 0;
    QString keySha256;

    bool eligible() const { return eligibility == CheckEligibility::Eligible; }
    bool isDue(const QDateTime &now) const { return eligible() && now >= dueAt; }
    QString
    reason() const; // machine tag: "eligible", "no-key", "key-file", "no-consent", "no-code"
    QString explanation() const; // for people, translated
};

namespace LicenseCheckScheduler {

constexpr qint64 FirstRetrySeconds = 5 * 60;
constexpr qint64 MaxRetrySeconds = 24 * 3600;
// A service asking to be asked again at once is not obeyed to the second.
constexpr qint64 MinRecheckSeconds = 60;
constexpr qint64 DefaultRecheckSeconds = 24 * 3600;

// The wait after the n-th failure in a row (n >= 1): 5 min × 2^(n-1), at most 24 h.
qint64 retryDelaySeconds(int failures);

// The next check of `active`. The regular check is due recheckAfterSeconds after the
// last success (or after the key was added); after failures, at the back-off time.
CheckPlan plan(const std::optional<StoredKey> &active, bool consentStands,
               const CheckSchedule &schedule);

// The record after an answer, and after an attempt that got none (or an unusable one).
CheckSchedule afterSuccess(const QString &keySha256, const QDateTime &now, const QString &status);
CheckSchedule afterFailure(const CheckSchedule &before, const QString &keySha256,
                           const QDateTime &now, const QString &errorReason,
                           const QString &errorMessage);

// {"eligible", "reason", "explanation", "dueAt", "retry", "failures", "lastAttemptAt",
//  "lastSuccessAt", "lastStatus", "lastError"}; the schedule's fields only when it
// belongs to the planned key.
QJsonObject toJson(const CheckPlan &plan, const CheckSchedule &schedule);

} // namespace LicenseCheckScheduler
} // namespace LightAgent
