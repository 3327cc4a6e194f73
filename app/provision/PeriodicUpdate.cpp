#include "PeriodicUpdate.h"

#include "core/Clock.h"
#include "core/StateDatabase.h"
#include "net/NetworkSettings.h"

#include <algorithm>

namespace LightAgent {

PeriodicUpdate::PeriodicUpdate(const VendorProfile &profile,
                               std::shared_ptr<StateDatabase> database, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_database(std::move(database))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PeriodicUpdate::onTimeout);
}

PeriodicUpdate::~PeriodicUpdate() = default;

void PeriodicUpdate::start()
{
    m_started = true;
    reschedule();
}

void PeriodicUpdate::stop()
{
    m_started = false;
    m_timer.stop();
}

void PeriodicUpdate::reschedule()
{
    arm();
    emit planChanged();
}

Result<DatabaseStatus> PeriodicUpdate::status() const
{
    return DatabaseStatus::load(m_profile, m_database, Clock::instance().now());
}

void PeriodicUpdate::arm()
{
    m_timer.stop();
    if (!m_started || m_flow)
        return;
    qint64 sleepMs = MaxSleepMs;
    auto current = status();
    if (current && current.value().nextScheduled.dueAt.isValid()) {
        const qint64 untilDue =
            Clock::instance().now().msecsTo(current.value().nextScheduled.dueAt);
        sleepMs = std::clamp<qint64>(untilDue, 0, MaxSleepMs);
    }
    m_timer.start(std::chrono::milliseconds(sleepMs));
}

void PeriodicUpdate::onTimeout()
{
    if (!runIfDue())
        arm();
}

bool PeriodicUpdate::runIfDue()
{
    if (m_flow)
        return false;
    auto current = status();
    if (!current || !current.value().nextScheduled.isDue(Clock::instance().now()))
        return false;
    begin();
    return true;
}

void PeriodicUpdate::begin()
{
    m_timer.stop();
    // The update body carries no interface language.
    const RequestSources sources {m_profile, m_database, QString(), Clock::instance()};
    auto envelope = UpdateFlow::prepare(sources);
    if (!envelope) {
        // Recorded as a failed run, so the schedule waits before the next try.
        const Error &error = envelope.error();
        UpdateRun failed {Clock::instance().now(),
                          UpdateRunResult::Failed,
                          error.reason,
                          error.message,
                          QString(),
                          0};
        (void)BundleStore(m_database, m_profile).recordRun(failed);
        m_lastResult = error;
        emit updateFinished();
        reschedule();
        return;
    }
    auto settings = NetworkSettings::load(*m_database);
    m_flow = new UpdateFlow(m_profile, m_database, settings ? settings.value() : NetworkSettings(),
                            this);
    connect(m_flow, &UpdateFlow::finished, this, &PeriodicUpdate::onFlowFinished);
    emit updateStarted();
    m_flow->start(envelope.value());
}

void PeriodicUpdate::onFlowFinished()
{
    m_lastResult = m_flow->result();
    m_flow->deleteLater();
    m_flow = nullptr;
    emit updateFinished();
    reschedule();
}

} // namespace LightAgent
