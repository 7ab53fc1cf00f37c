#include "domain/Period.h"

#include "Printers.h"

#include <gtest/gtest.h>

using namespace sr::domain;

namespace {

struct RangeCase
{
    const char *name;
    Period period;
    Period::Kind kind;
    QDate from;
    QDate to;

    // Names the case in test output (and in the CTest names gtest_discover_tests makes).
    friend void PrintTo(const RangeCase &c, std::ostream *os) { *os << c.name; }
};

class PeriodRangeTest : public ::testing::TestWithParam<RangeCase>
{};

TEST_P(PeriodRangeTest, CoversTheRightDays)
{
    const RangeCase &c = GetParam();
    EXPECT_FALSE(c.period.isNull());
    EXPECT_EQ(c.period.kind(), c.kind);
    EXPECT_EQ(c.period.from(), c.from);
    EXPECT_EQ(c.period.to(), c.to);
    EXPECT_TRUE(c.period.contains(c.from));
    EXPECT_TRUE(c.period.contains(c.to));
    EXPECT_FALSE(c.period.contains(c.from.addDays(-1)));
    EXPECT_FALSE(c.period.contains(c.to.addDays(1)));
    EXPECT_EQ(c.period.days(), c.from.daysTo(c.to) + 1);
}

INSTANTIATE_TEST_SUITE_P(
    Kinds,
    PeriodRangeTest,
    ::testing::Values(
        RangeCase{"january",
                  Period::month(2023, 1),
                  Period::Kind::Month,
                  QDate(2023, 1, 1),
                  QDate(2023, 1, 31)},
        RangeCase{"april",
                  Period::month(2023, 4),
                  Period::Kind::Month,
                  QDate(2023, 4, 1),
                  QDate(2023, 4, 30)},
        RangeCase{"december",
                  Period::month(2022, 12),
                  Period::Kind::Month,
                  QDate(2022, 12, 1),
                  QDate(2022, 12, 31)},
        RangeCase{"leap_february",
                  Period::month(2024, 2),
                  Period::Kind::Month,
                  QDate(2024, 2, 1),
                  QDate(2024, 2, 29)},
        RangeCase{"february",
                  Period::month(2023, 2),
                  Period::Kind::Month,
                  QDate(2023, 2, 1),
                  QDate(2023, 2, 28)},
        RangeCase{"century_february",
                  Period::month(1900, 2),
                  Period::Kind::Month,
                  QDate(1900, 2, 1),
                  QDate(1900, 2, 28)},
        RangeCase{"q1",
                  Period::quarter(2023, 1),
                  Period::Kind::Quarter,
                  QDate(2023, 1, 1),
                  QDate(2023, 3, 31)},
        RangeCase{"q2",
                  Period::quarter(2023, 2),
                  Period::Kind::Quarter,
                  QDate(2023, 4, 1),
                  QDate(2023, 6, 30)},
        RangeCase{"q3",
                  Period::quarter(2023, 3),
                  Period::Kind::Quarter,
                  QDate(2023, 7, 1),
                  QDate(2023, 9, 30)},
        RangeCase{"q4",
                  Period::quarter(2023, 4),
                  Period::Kind::Quarter,
                  QDate(2023, 10, 1),
                  QDate(2023, 12, 31)},
        RangeCase{"h1",
                  Period::halfYear(2023, 1),
                  Period::Kind::HalfYear,
                  QDate(2023, 1, 1),
                  QDate(2023, 6, 30)},
        RangeCase{"h2",
                  Period::halfYear(2023, 2),
                  Period::Kind::HalfYear,
                  QDate(2023, 7, 1),
                  QDate(2023, 12, 31)},
        RangeCase{
            "year", Period::year(2022), Period::Kind::Year, QDate(2022, 1, 1), QDate(2022, 12, 31)},
        RangeCase{"article_period",
                  *Period::custom(QDate(2021, 1, 1), QDate(2023, 6, 30)),
                  Period::Kind::Custom,
                  QDate(2021, 1, 1),
                  QDate(2023, 6, 30)},
        RangeCase{"one_day",
                  *Period::custom(QDate(2023, 3, 8), QDate(2023, 3, 8)),
                  Period::Kind::Custom,
                  QDate(2023, 3, 8),
                  QDate(2023, 3, 8)}),
    [](const ::testing::TestParamInfo<RangeCase> &info) { return std::string(info.param.name); });

TEST(Period, QuarterDayCounts)
{
    EXPECT_EQ(Period::quarter(2023, 1).days(), 90);
    EXPECT_EQ(Period::quarter(2024, 1).days(), 91); // leap year
    EXPECT_EQ(Period::halfYear(2024, 1).days(), 182);
    EXPECT_EQ(Period::year(2024).days(), 366);
    EXPECT_EQ(Period::year(2023).days(), 365);
}

TEST(Period, OutOfRangeArgumentsGiveNullPeriods)
{
    EXPECT_TRUE(Period::quarter(2023, 0).isNull());
    EXPECT_TRUE(Period::quarter(2023, 5).isNull());
    EXPECT_TRUE(Period::halfYear(2023, 3).isNull());
    EXPECT_TRUE(Period::month(2023, 13).isNull());
    EXPECT_TRUE(Period().isNull());
    EXPECT_FALSE(Period().contains(QDate(2023, 1, 1)));
    EXPECT_TRUE(Period().years().isEmpty());
    EXPECT_EQ(Period().days(), 0);
}

TEST(Period, CustomRefusesToBeforeFrom)
{
    const auto refused = Period::custom(QDate(2023, 6, 30), QDate(2023, 6, 29));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, sr::ErrorCode::InvalidInput);
    EXPECT_FALSE(refused.error().detail.isEmpty());

    EXPECT_FALSE(Period::custom(QDate(), QDate(2023, 1, 1)).ok());
    EXPECT_FALSE(Period::custom(QDate(2023, 1, 1), QDate()).ok());
    EXPECT_FALSE(Period::custom(QDate(2023, 2, 30), QDate(2023, 3, 1)).ok());
}

TEST(Period, FromIsoStrings)
{
    const auto period = Period::fromIsoStrings(u"2021-01-01", u"2023-06-30");
    ASSERT_TRUE(period.ok()) << period.error().detail.toStdString();
    EXPECT_EQ(period->from(), QDate(2021, 1, 1));
    EXPECT_EQ(period->to(), QDate(2023, 6, 30));
    EXPECT_EQ(period->kind(), Period::Kind::Custom);

    const auto leap = Period::fromIsoStrings(u"2024-02-29", u"2024-02-29");
    ASSERT_TRUE(leap.ok());
    EXPECT_EQ(leap->days(), 1);
}

struct MalformedCase
{
    const char *name;
    const char16_t *from;
    const char16_t *to;
    const char *blamed; ///< "from" or "to": the detail names the bad one

    // Names the case in test output (and in the CTest names gtest_discover_tests makes).
    friend void PrintTo(const MalformedCase &c, std::ostream *os) { *os << c.name; }
};

class PeriodMalformedTest : public ::testing::TestWithParam<MalformedCase>
{};

TEST_P(PeriodMalformedTest, IsRefusedNamingTheBadDate)
{
    const MalformedCase &c = GetParam();
    const auto result = Period::fromIsoStrings(QStringView(c.from), QStringView(c.to));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, sr::ErrorCode::InvalidInput);
    const QString quoted = QLatin1Char('\'') + QString::fromLatin1(c.blamed) + QLatin1Char('\'');
    EXPECT_TRUE(result.error().detail.contains(quoted)) << result.error().detail.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Inputs,
    PeriodMalformedTest,
    ::testing::Values(MalformedCase{"empty_from", u"", u"2023-01-01", "from"},
                      MalformedCase{"empty_to", u"2023-01-01", u"", "to"},
                      MalformedCase{"vietnamese_order", u"01/01/2023", u"2023-01-31", "from"},
                      MalformedCase{"no_padding", u"2023-1-1", u"2023-01-31", "from"},
                      MalformedCase{"impossible_day", u"2023-01-01", u"2023-02-29", "to"},
                      MalformedCase{"month_13", u"2023-13-01", u"2023-12-31", "from"},
                      MalformedCase{"with_time", u"2023-01-01", u"2023-01-31T00:00:00", "to"},
                      MalformedCase{"spaces", u" 2023-01-01", u"2023-01-31", "from"},
                      MalformedCase{"garbage", u"yesterday", u"today", "from"},
                      MalformedCase{"reversed", u"2023-02-01", u"2023-01-31", "to"}),
    [](const ::testing::TestParamInfo<MalformedCase> &info) {
        return std::string(info.param.name);
    });

TEST(Period, YearsTouched)
{
    const Period article = *Period::custom(QDate(2021, 1, 1), QDate(2023, 6, 30));
    EXPECT_EQ(article.years(), (QList<int>{2021, 2022, 2023}));
    EXPECT_EQ(Period::quarter(2022, 3).years(), (QList<int>{2022}));
    EXPECT_EQ(Period::custom(QDate(2022, 12, 31), QDate(2023, 1, 1))->years(),
              (QList<int>{2022, 2023}));
}

TEST(Period, ClippedToYearAcrossTheArticlePeriod)
{
    const Period article = *Period::custom(QDate(2021, 1, 1), QDate(2023, 6, 30));

    const Period y2021 = article.clippedToYear(2021);
    EXPECT_EQ(y2021.from(), QDate(2021, 1, 1));
    EXPECT_EQ(y2021.to(), QDate(2021, 12, 31));
    EXPECT_EQ(y2021.kind(), Period::Kind::Year);

    const Period y2022 = article.clippedToYear(2022);
    EXPECT_EQ(y2022, Period::year(2022));

    const Period y2023 = article.clippedToYear(2023);
    EXPECT_EQ(y2023.from(), QDate(2023, 1, 1));
    EXPECT_EQ(y2023.to(), QDate(2023, 6, 30));
    EXPECT_EQ(y2023.kind(), Period::Kind::Custom);

    EXPECT_TRUE(article.clippedToYear(2020).isNull());
    EXPECT_TRUE(article.clippedToYear(2024).isNull());

    // The clipped years partition the period: their days add up.
    qint64 days = 0;
    for (const int year : article.years())
        days += article.clippedToYear(year).days();
    EXPECT_EQ(days, article.days());
}

TEST(Period, ClippedToYearInsideOneYearIsUnchanged)
{
    const Period q2 = Period::quarter(2023, 2);
    EXPECT_EQ(q2.clippedToYear(2023), q2);
    EXPECT_TRUE(q2.clippedToYear(2022).isNull());

    const Period partial = *Period::custom(QDate(2022, 11, 15), QDate(2023, 2, 10));
    EXPECT_EQ(partial.clippedToYear(2022).from(), QDate(2022, 11, 15));
    EXPECT_EQ(partial.clippedToYear(2022).to(), QDate(2022, 12, 31));
    EXPECT_EQ(partial.clippedToYear(2023).from(), QDate(2023, 1, 1));
    EXPECT_EQ(partial.clippedToYear(2023).to(), QDate(2023, 2, 10));
}

} // namespace
