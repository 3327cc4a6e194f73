#include "PeriodicLicenseCheck.h"

#include "core/Clock.h"
#include "core/StateDatabase.h"
#include "net/NetworkSettings.h"

#include <algorithm>

namespace LightAgent {

PeriodicLicenseCheck::PeriodicLicenseCheck(const VendorProfile &profile,
                                           std::shared_ptr<StateDatabase> database, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_database(std::move(database))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PeriodicLicenseCheck::onTimeout);
}

PeriodicLicenseCheck::~PeriodicLicenseCheck() = default;

void PeriodicLicenseCheck::setLocalization(const QString &localization)
{
    m_localization = localization;
}

void PeriodicLicenseCheck::start()
{
    m_started = true;
    reschedule();
}

void PeriodicLicenseCheck::stop()
{
    m_started = false;
    m_timer.stop();
}

void PeriodicLicenseCheck::reschedule()
{
    arm();
    emit planChanged();
}

Result<LicenseCheckStatus> PeriodicLicenseCheck::status() const
{
    return LicenseCheckStatus::load(m_profile, m_database, Clock::instance().today());
}

void PeriodicLicenseCheck::arm()
{
    m_timer.stop();
    if (!m_started || m_flow)
        return;
    // Without an eligible key the timer still wakes now and then: another process
    // may have activated with a code meanwhile.
    qint64 sleepMs = MaxSleepMs;
    auto current = status();
    if (current && current.value().plan.eligible()) {
        const qint64 untilDue = Clock::instance().now().msecsTo(current.value().plan.dueAt);
        sleepMs = std::clamp<qint64>(untilDue, 0, MaxSleepMs);
    }
    m_timer.start(std::chrono::milliseconds(sleepMs));
}

void PeriodicLicenseCheck::onTimeout()
{
    if (!runIfDue())
        arm();
}

bool PeriodicLicenseCheck::runIfDue()
{
    if (m_flow)
        return false;
    auto current = status();
    if (!current || !current.value().plan.isDue(Clock::instance().now()))
        return false;
    begin();
    return true;
}

Status PeriodicLicenseCheck::checkNow()
{
    if (m_flow)
        return {}; // one is already on its way
    auto current = status();
    if (!current)
        return current.error();
    const CheckPlan &plan = current.value().plan;
    if (!plan.eligible())
        return Error::make(ErrorCode::Refused, plan.reason(), plan.explanation());
    begin();
    return {};
}

void PeriodicLicenseCheck::begin()
{
    m_timer.stop();
    auto settings = NetworkSettings::load(*m_database);
    m_flow = new LicenseCheckFlow(m_profile, m_database,
                                  settings ? settings.value() : NetworkSettings(), this);
    connect(m_flow, &LicenseCheckFlow::finished, this, &PeriodicLicenseCheck::onFlowFinished);
    emit checkStarted();
    m_flow->start(m_localization);
}

void PeriodicLicenseCheck::onFlowFinished()
{
    m_lastResult = m_flow->result();
    m_flow->deleteLater();
    m_flow = nullptr;
    emit checkFinished();
    reschedule();
}

} // namespace LightAgent
