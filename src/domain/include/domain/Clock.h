#pragma once

#include <QDate>
#include <QDateTime>

namespace sr::domain {

/** Source of the current time, injectable in tests (after KeePassXC's core/Clock.h). */
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const;
    /**
     * now() in UTC. The system clock reads UTC directly: local time costs a time zone lookup
     * (glibc re-reads /etc/localtime) on every call, and storage stamps every row with it.
     */
    virtual QDateTime nowUtc() const;
    QDate today() const { return now().date(); }
    /**
     * Today in Asia/Ho_Chi_Minh (UTC+7 all year: Vietnam keeps no daylight saving time),
     * whatever the machine's time zone: the day tasks fall due and become overdue on
     * (docs/case-work.md), the same for every workstation of a server.
     */
    QDate todayInVietnam() const { return nowUtc().addSecs(kVietnamUtcOffsetSecs).date(); }

    static constexpr int kVietnamUtcOffsetSecs = 7 * 3600;

    /** The process-wide clock (system time unless a test installed another). */
    static const Clock &instance();
    /** Installs @a clock for the process (tests); nullptr restores the system clock. */
    static void setInstance(const Clock *clock);
};

} // namespace sr::domain
