#pragma once

#include "domain/Clock.h"

#include <QDateTime>

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

} // namespace sr::test
