#include "BackgroundWork.h"

#include "ConsoleSession.h"
#include "LanguageManager.h"
#include "provision/PeriodicLicenseCheck.h"
#include "provision/PeriodicUpdate.h"

namespace LightAgent {

BackgroundWork::BackgroundWork(ConsoleSession &session)
    : QObject(&session)
    , m_session(session)
    , m_licenseCheck(new PeriodicLicenseCheck(session.profile(), session.database(), this))
    , m_updates(new PeriodicUpdate(session.profile(), session.database(), this))
{
    setObjectName(QStringLiteral("backgroundWork"));
    // The check reports the interface language actually loaded (§3.1 "localization").
    m_licenseCheck->setLocalization(session.localization());
    connect(session.languages(), &LanguageManager::languageChanged, m_licenseCheck,
            &PeriodicLicenseCheck::setLocalization);
    // A key added or removed, here or by lightagent-ctl, changes both plans.
    connect(&session, &ConsoleSession::stateChanged, this, &BackgroundWork::reschedule);

    for (auto signal : {&PeriodicLicenseCheck::planChanged, &PeriodicLicenseCheck::checkStarted})
        connect(m_licenseCheck, signal, this, &BackgroundWork::changed);
    connect(m_licenseCheck, &PeriodicLicenseCheck::checkFinished, this,
            &BackgroundWork::onCheckFinished);
    for (auto signal : {&PeriodicUpdate::planChanged, &PeriodicUpdate::updateStarted,
                        &PeriodicUpdate::updateFinished})
        connect(m_updates, signal, this, &BackgroundWork::changed);
}

void BackgroundWork::start()
{
    if (m_started)
        return;
    m_started = true;
    m_licenseCheck->start();
    if (!m_updatesPaused)
        m_updates->start();
}

void BackgroundWork::reschedule()
{
    // Not started (or paused), the timers stay off; the plans are still re-read.
    m_licenseCheck->reschedule();
    m_updates->reschedule();
}

void BackgroundWork::pauseScheduledUpdates()
{
    m_updatesPaused = true;
    m_updates->stop();
}

void BackgroundWork::resumeScheduledUpdates()
{
    m_updatesPaused = false;
    if (m_started)
        m_updates->start();
    else
        m_updates->reschedule();
}

void BackgroundWork::onCheckFinished()
{
    // The service's answer may have changed the key (blocked, expired): every page
    // re-reads the license state, and the plans follow from it.
    m_session.refresh();
    Q_EMIT changed();
}

} // namespace LightAgent
