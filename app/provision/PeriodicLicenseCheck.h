// Runs the periodic license check (DESIGN §3.2) in the background of a running
// console: a timer wakes at the time LicenseCheckScheduler plans (or at the latest
// every 15 minutes, to notice a changed clock or a change by lightagent-ctl) and
// starts a LicenseCheckFlow when a check is due. The check is asynchronous; nothing
// waits on it. Only a key from a code, with the consent standing, is ever checked.
#pragma once

#include "LicenseCheckFlow.h"
#include "LicenseCheckStatus.h"
#include "core/Result.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace LightAgent {

class StateDatabase;
class VendorProfile;

class PeriodicLicenseCheck : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxSleepMs = 15 * 60 * 1000;

    PeriodicLicenseCheck(const VendorProfile &profile, std::shared_ptr<StateDatabase> database,
                         QObject *parent = nullptr);
    ~PeriodicLicenseCheck() override;

    // The BCP 47 tag of the interface language the check reports (§3.1 "localization").
    void setLocalization(const QString &localization);

    void start(); // arms the timer from the stored plan
    void stop();
    // Re-reads the plan and re-arms: call after the key or the consent changed.
    void reschedule();

    // Starts a check if one is due now; false when none is due or one is running.
    bool runIfDue();
    // "Check now": starts a check, due or not, if the key may be checked at all;
    // otherwise a Refused error with the plan's reason, and nothing is sent.
    Status checkNow();
    bool isRunning() const { return m_flow != nullptr; }

    // When the next check is due, or why there is none.
    Result<LicenseCheckStatus> status() const;
    const std::optional<Result<LicenseCheckResult>> &lastResult() const { return m_lastResult; }

signals:
    void planChanged(); // the next check's time, or the reason there is none, may have changed
    void checkStarted();
    void checkFinished(); // lastResult() holds the outcome

private:
    void arm();
    void begin();
    void onTimeout();
    void onFlowFinished();

    const VendorProfile &m_profile;
    std::shared_ptr<StateDatabase> m_database;
    QString m_localization = QStringLiteral("en-US");
    QTimer m_timer;
    bool m_started = false;
    LicenseCheckFlow *m_flow = nullptr;
    std::optional<Result<LicenseCheckResult>> m_lastResult;
};

} // namespace LightAgent
