#include "LicenseCheckScheduler.h"

#include <QCoreApplication>

namespace LightAgent {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::CheckPlan", text);
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

CheckEligibility eligibility(const std::optional<StoredKey> &active, bool consentStands)
{
    if (!active)
        return CheckEligibility::NoKey;
    if (active->source != KeySource::Code)
        return CheckEligibility::KeyFromFile;
    if (!consentStands)
        return CheckEligibility::NoConsent;
    if (active->activationCode.isEmpty())
        return CheckEligibility::NoStoredCode;
    return CheckEligibility::Eligible;
}

} // namespace

QString CheckPlan::reason() const
{
    switch (eligibility) {
    case CheckEligibility::Eligible:
        return QStringLiteral("eligible");
    case CheckEligibility::NoKey:
        return QStringLiteral("no-key");
    case CheckEligibility::KeyFromFile:
        return QStringLiteral("key-file");
    case CheckEligibility::NoConsent:
        return QStringLiteral("no-consent");
    case CheckEligibility::NoStoredCode:
        return QStringLiteral("no-code");
    }
    return {};
}

QString CheckPlan::explanation() const
{
    switch (eligibility) {
    case CheckEligibility::Eligible:
        return retry ? tr("The last license check could not be completed; it is tried again "
                          "at the time shown.")
                     : tr("The activation data is sent again at the time shown, to verify that "
                          "the solution is used appropriately.");
    case CheckEligibility::NoKey:
        return tr("There is no periodic license check: the solution is not activated.");
    case CheckEligibility::KeyFromFile:
        return tr("There is no periodic license check: the active key was added from a key "
                  "file, which sends nothing.");
    case CheckEligibility::NoConsent:
        return tr("There is no periodic license check: the consent to re-send the activation "
                  "data was withdrawn. Nothing is sent.");
    case CheckEligibility::NoStoredCode:
        return tr("There is no periodic license check: the activation code of the active key "
                  "is not kept.");
    }
    return {};
}

namespace LicenseCheckScheduler {

qint64 retryDelaySeconds(int failures)
{
    qint64 delay = FirstRetrySeconds;
    for (int i = 1; i < failures && delay < MaxRetrySeconds; ++i)
        delay *= 2;
    return qMin(delay, MaxRetrySeconds);
}

CheckPlan plan(const std::optional<StoredKey> &active, bool consentStands,
               const CheckSchedule &schedule)
{
    CheckPlan plan;
    plan.eligibility = eligibility(active, consentStands);
    if (!plan.eligible())
        return plan;
    plan.keySha256 = active->keyFile.sha256();
    // A record about another key (replaced since) says nothing about this one.
    const bool ours = schedule.keySha256 == plan.keySha256;
    if (ours && schedule.failures > 0 && schedule.nextAttemptAt.isValid()) {
        plan.dueAt = schedule.nextAttemptAt;
        plan.retry = true;
        plan.failures = schedule.failures;
        return plan;
    }
    const QDateTime base =
        ours && schedule.lastSuccessAt.isValid() ? schedule.lastSuccessAt : active->addedAt;
    const qint64 recheck =
        active->recheckAfterSeconds > 0 ? active->recheckAfterSeconds : DefaultRecheckSeconds;
    plan.dueAt = base.toUTC().addSecs(qMax(recheck, MinRecheckSeconds));
    return plan;
}

CheckSchedule afterSuccess(const QString &keySha256, const QDateTime &now, const QString &status)
{
    CheckSchedule after;
    after.keySha256 = keySha256;
    after.lastAttemptAt = now.toUTC();
    after.lastSuccessAt = now.toUTC();
    after.lastStatus = status;
    return after;
}

CheckSchedule afterFailure(const CheckSchedule &before, const QString &keySha256,
                           const QDateTime &now, const QString &errorReason,
                           const QString &errorMessage)
{
    CheckSchedule after;
    if (before.keySha256 == keySha256)
        after = before;
    after.keySha256 = keySha256;
    after.failures += 1;
    after.lastAttemptAt = now.toUTC();
    after.nextAttemptAt = now.toUTC().addSecs(retryDelaySeconds(after.failures));
    after.lastErrorReason = errorReason;
    after.lastErrorMessage = errorMessage;
    return after;
}

QJsonObject toJson(const CheckPlan &plan, const CheckSchedule &schedule)
{
    const bool ours = plan.eligible() && schedule.keySha256 == plan.keySha256;
    QJsonObject lastError;
    if (ours && !schedule.lastErrorReason.isEmpty())
        lastError = QJsonObject {{QStringLiteral("reason"), schedule.lastErrorReason},
                                 {QStringLiteral("message"), schedule.lastErrorMessage}};
    return QJsonObject {
        {QStringLiteral("eligible"), plan.eligible()},
        {QStringLiteral("reason"), plan.reason()},
        {QStringLiteral("explanation"), plan.explanation()},
        {QStringLiteral("dueAt"), timeOrNull(plan.dueAt)},
        {QStringLiteral("retry"), plan.retry},
        {QStringLiteral("failures"), plan.failures},
        {QStringLiteral("lastAttemptAt"), timeOrNull(ours ? schedule.lastAttemptAt : QDateTime())},
        {QStringLiteral("lastSuccessAt"), timeOrNull(ours ? schedule.lastSuccessAt : QDateTime())},
        {QStringLiteral("lastStatus"), textOrNull(ours ? schedule.lastStatus : QString())},
        {QStringLiteral("lastError"), lastError.isEmpty() ? QJsonValue() : QJsonValue(lastError)},
    };
}

} // namespace LicenseCheckScheduler
} // namespace LightAgent
