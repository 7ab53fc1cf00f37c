#pragma once

#include "domain/Clock.h"

#include <QDateTime>

#include <functional>

namespace sr::test {

/** A clock that says what the test tells it; installed for the lifetime of the object. */
class FixedClock : public domain::Clock
{
public:
    explicit FixedClock(const QDateTime &now)
        : m_now(now)
    {
        domain::Clock::setInstance(this);
    }
    ~FixedClock() override { domain::Clock::setInstance(nullptr); }

    QDateTime now() const override { return m_now; }
    void setNow(const QDateTime &now) { m_now = now; }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};

/**
 * A FixedClock whose first reading after arm() runs a hook: the moment another process may act
 * between two steps of a use case (the hook writes through a second connection).
 */
class HookedClock : public FixedClock
{
public:
    using FixedClock::FixedClock;
    QDateTime now() const override
    {
        if (m_hook) {
            auto hook = std::move(m_hook);
            m_hook = nullptr;
            hook();
        }
        return FixedClock::now();
    }
    void arm(std::function<void()> hook) { m_hook = std::move(hook); }

private:
    mutable std::function<void()> m_hook;
};

} // namespace sr::test
