#include "Clock.h"

#include <atomic>

namespace LightAgent {

namespace {
const SystemClock s_systemClock;
std::atomic<const Clock *> s_clock {nullptr};
} // namespace

const Clock &Clock::instance()
{
    const Clock *clock = s_clock.load();
    return clock ? *clock : s_systemClock;
}

void Clock::setInstance(const Clock *clock)
{
    s_clock.store(clock);
}

} // namespace LightAgent
