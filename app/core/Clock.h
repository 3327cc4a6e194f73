// The one source of "now" in the core, so that expiry, grace periods and the
// periodic check can be tested without waiting.
#pragma once

#include <QDate>
#include <QDateTime>

namespace LightAgent {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
    QDate today() const { return now().date(); }

    // The process-wide clock; the system clock unless a test set another.
    static const Clock &instance();
    static void setInstance(const Clock *clock); // nullptr restores the system clock
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that says what it is told; tests move it forward explicitly.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(const QDateTime &now)
        : m_now(now.toUTC())
    { }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now.toUTC(); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace LightAgent
