#include "Clock.h"

#include <atomic>

namespace sr::domain {

namespace {

class SystemClock : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

const Clock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

std::atomic<const Clock *> g_installed{nullptr};

} // namespace

QDateTime Clock::now() const
{
    // Local time, so that today() is the user's calendar day; storage converts to UTC.
    return QDateTime::currentDateTime();
}

QDateTime Clock::nowUtc() const
{
    return now().toUTC();
}

const Clock &Clock::instance()
{
    const Clock *clock = g_installed.load(std::memory_order_acquire);
    return clock ? *clock : systemClock();
}

void Clock::setInstance(const Clock *clock)
{
    g_installed.store(clock, std::memory_order_release);
}

} // namespace sr::domain
