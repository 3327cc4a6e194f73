// Runs scheduled database updates in the background of a running console: a timer
// wakes when UpdateSchedule says the next update is due (or at the latest every 15
// minutes) and starts an UpdateFlow under the standing data-provision agreement.
// Switched off, without the agreement or without full functionality, it sends
// nothing. The update is asynchronous; nothing waits on it.
#pragma once

#include "DatabaseStatus.h"
#include "UpdateFlow.h"
#include "core/Result.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace LightAgent {

class StateDatabase;
class VendorProfile;

class PeriodicUpdate : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxSleepMs = 15 * 60 * 1000;

    PeriodicUpdate(const VendorProfile &profile, std::shared_ptr<StateDatabase> database,
                   QObject *parent = nullptr);
    ~PeriodicUpdate() override;

    void start(); // arms the timer from the stored schedule
    void stop();
    // Re-reads the schedule and re-arms: call after a setting, the agreement or the key
    // changed, or after an update the administrator ran.
    void reschedule();

    // Starts the scheduled update if it is due now; false when none is due or one runs.
    bool runIfDue();
    bool isRunning() const { return m_flow != nullptr; }

    // The databases, the last run and when the next scheduled update runs (or why not).
    Result<DatabaseStatus> status() const;
    const std::optional<Result<UpdateResult>> &lastResult() const { return m_lastResult; }

signals:
    void planChanged();
    void updateStarted();
    void updateFinished(); // lastResult() holds the outcome

private:
    void arm();
    void begin();
    void onTimeout();
    void onFlowFinished();

    const VendorProfile &m_profile;
    std::shared_ptr<StateDatabase> m_database;
    QTimer m_timer;
    bool m_started = false;
    UpdateFlow *m_flow = nullptr;
    std::optional<Result<UpdateResult>> m_lastResult;
};

} // namespace LightAgent
