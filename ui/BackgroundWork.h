// The console's work in the background: the periodic license check (DESIGN §3.2) and
// scheduled database updates (§3.3). Both are asynchronous and wake on timers; they
// start only when start() is called after the window's first paint, and they send
// something only when a check or an update is due and allowed (consent, agreement,
// license level). The pages re-read what they show on changed().
#pragma once

#include <QObject>

namespace LightAgent {

class ConsoleSession;
class PeriodicLicenseCheck;
class PeriodicUpdate;

class BackgroundWork : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundWork(ConsoleSession &session);

    PeriodicLicenseCheck *licenseCheck() const { return m_licenseCheck; }
    PeriodicUpdate *updates() const { return m_updates; }
    bool isStarted() const { return m_started; }

    // An update the administrator runs: scheduled updates wait meanwhile, so that two
    // runs never overlap, and are planned again from its result.
    void pauseScheduledUpdates();
    void resumeScheduledUpdates();

public Q_SLOTS:
    // Arms both timers; calling it again does nothing.
    void start();
    // Re-reads both plans: after the key, a consent, the agreement or a setting changed.
    void reschedule();

Q_SIGNALS:
    // A plan, a run or its result changed: what the pages show may have changed.
    void changed();

private:
    void onCheckFinished();

    ConsoleSession &m_session;
    PeriodicLicenseCheck *m_licenseCheck;
    PeriodicUpdate *m_updates;
    bool m_started = false;
    bool m_updatesPaused = false;
};

} // namespace LightAgent
