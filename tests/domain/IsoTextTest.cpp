// The stored text of dates and timestamps (domain/IsoText.h) is byte for byte Qt's ISO form,
// which every database, export and fixture written so far holds.
#include "domain/IsoText.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using sr::domain::isoDateText;
using sr::domain::isoTimestampText;

TEST(IsoTextTest, DatesAreQtsIsoDateText)
{
    EXPECT_EQ(isoDateText(QDate()), QString());
    EXPECT_EQ(isoDateText(QDate(2024, 2, 29)), QStringLiteral("2024-02-29"));
    EXPECT_EQ(isoDateText(QDate(987, 1, 5)), QStringLiteral("0987-01-05"));
    // Every day from 1899 to 2101, and years at the ends of four digits and beyond.
    for (QDate d(1899, 1, 1); d <= QDate(2101, 12, 31); d = d.addDays(1))
        ASSERT_EQ(isoDateText(d), d.toString(Qt::ISODate)) << d.toJulianDay();
    for (const QDate &d :
         {QDate(1, 1, 1), QDate(9999, 12, 31), QDate(10000, 1, 1), QDate(-5, 3, 1)})
        EXPECT_EQ(isoDateText(d), d.toString(Qt::ISODate)) << d.toJulianDay();
}

TEST(IsoTextTest, TimestampsAreQtsIsoTextInUtcWithMilliseconds)
{
    EXPECT_EQ(isoTimestampText(QDateTime()), QString());
    const QDateTime utc(QDate(2026, 12, 7), QTime(3, 49, 9, 7), Qt::UTC);
    EXPECT_EQ(isoTimestampText(utc), QStringLiteral("2026-12-07T03:49:09.007Z"));
    // Another zone is written as the same instant in UTC.
    const QDateTime hanoi(QDate(2026, 12, 7), QTime(10, 49, 9, 7), QTimeZone(7 * 3600));
    EXPECT_EQ(isoTimestampText(hanoi), QStringLiteral("2026-12-07T03:49:09.007Z"));
    qint64 ms = QDateTime(QDate(1999, 12, 31), QTime(23, 0), Qt::UTC).toMSecsSinceEpoch();
    for (int i = 0; i < 20000; ++i, ms += 7919 * 1013 + i) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        ASSERT_EQ(isoTimestampText(t), t.toString(Qt::ISODateWithMs)) << ms;
    }
}
