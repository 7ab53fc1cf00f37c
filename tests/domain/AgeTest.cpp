#include "domain/Age.h"

#include "Printers.h"
#include "domain/PartialDate.h"
#include "domain/Person.h"

#include <gtest/gtest.h>

using namespace sr::domain;

namespace {

// PartialDate -----------------------------------------------------------------

TEST(PartialDate, ParsesTheThreePrecisions)
{
    const auto year = PartialDate::fromIsoString(u"1998");
    ASSERT_TRUE(year.has_value());
    EXPECT_EQ(year->precision(), PartialDate::Precision::Year);
    EXPECT_EQ(year->year(), 1998);
    EXPECT_EQ(year->month(), 0);
    EXPECT_EQ(year->toIsoString(), QStringLiteral("1998"));
    EXPECT_EQ(year->toDisplayString(), QStringLiteral("1998"));

    const auto month = PartialDate::fromIsoString(u"2005-03");
    ASSERT_TRUE(month.has_value());
    EXPECT_EQ(month->precision(), PartialDate::Precision::Month);
    EXPECT_EQ(month->toIsoString(), QStringLiteral("2005-03"));
    EXPECT_EQ(month->toDisplayString(), QStringLiteral("03/2005"));

    const auto day = PartialDate::fromIsoString(u"2021-07-09");
    ASSERT_TRUE(day.has_value());
    EXPECT_EQ(day->precision(), PartialDate::Precision::Day);
    EXPECT_EQ(*day, PartialDate::fromDate(QDate(2021, 7, 9)));
    EXPECT_EQ(day->toIsoString(), QStringLiteral("2021-07-09"));
    EXPECT_EQ(day->toDisplayString(), QStringLiteral("09/07/2021"));
}

class PartialDateMalformedTest : public ::testing::TestWithParam<const char16_t *>
{};

TEST_P(PartialDateMalformedTest, IsRefused)
{
    EXPECT_FALSE(PartialDate::fromIsoString(QStringView(GetParam())).has_value());
}

INSTANTIATE_TEST_SUITE_P(Inputs,
                         PartialDateMalformedTest,
                         ::testing::Values(u"",
                                           u"98",
                                           u"19981",
                                           u"1998-",
                                           u"1998-3",
                                           u"1998-00",
                                           u"1998-13",
                                           u"1998-02-30",
                                           u"2023-02-29",
                                           u"1998-02-00",
                                           u"0000",
                                           u"1998/02/03",
                                           u"03/02/1998",
                                           u" 1998",
                                           u"1998-02-03T00:00",
                                           u"abcd",
                                           u"１９９８"),
                         [](const ::testing::TestParamInfo<const char16_t *> &info) {
                             return sr::test::inputCaseName(info.index, info.param);
                         });

TEST(PartialDate, LeapDayIsValidInLeapYears)
{
    EXPECT_TRUE(PartialDate::fromIsoString(u"2024-02-29").has_value());
    EXPECT_TRUE(PartialDate::fromIsoString(u"2000-02-29").has_value());
    EXPECT_FALSE(PartialDate::fromIsoString(u"1900-02-29").has_value());
}

TEST(PartialDate, ValidityOfStoredParts)
{
    EXPECT_TRUE(PartialDate().isNull());
    EXPECT_FALSE(PartialDate().isValid());
    EXPECT_TRUE(PartialDate::fromYear(2000).isValid());
    EXPECT_TRUE(PartialDate::fromYearMonth(2000, 12).isValid());
    EXPECT_FALSE(PartialDate::fromYearMonth(2000, 13).isValid());
    EXPECT_FALSE(PartialDate::fromYearMonth(2000, -1).isValid());
    EXPECT_TRUE(PartialDate::fromDate(QDate()).isNull());
    EXPECT_TRUE(PartialDate().toIsoString().isEmpty());
}

TEST(PartialDate, RangeAndReference)
{
    const PartialDate year = PartialDate::fromYear(2010);
    EXPECT_EQ(year.earliest(), QDate(2010, 1, 1));
    EXPECT_EQ(year.latest(), QDate(2010, 12, 31));
    EXPECT_EQ(year.reference(), QDate(2010, 7, 1));

    const PartialDate february = PartialDate::fromYearMonth(2024, 2);
    EXPECT_EQ(february.earliest(), QDate(2024, 2, 1));
    EXPECT_EQ(february.latest(), QDate(2024, 2, 29));
    EXPECT_EQ(february.reference(), QDate(2024, 2, 15));
    EXPECT_EQ(PartialDate::fromYearMonth(2023, 2).latest(), QDate(2023, 2, 28));

    const PartialDate day = PartialDate::fromDate(QDate(2001, 9, 2));
    EXPECT_EQ(day.earliest(), QDate(2001, 9, 2));
    EXPECT_EQ(day.latest(), QDate(2001, 9, 2));
    EXPECT_EQ(day.reference(), QDate(2001, 9, 2));

    EXPECT_FALSE(PartialDate().reference().isValid());
}

// Ages ------------------------------------------------------------------------

struct AgeCase
{
    const char *name;
    PartialDate birth;
    QDate at;
    std::optional<int> years;
    AgeBand band;

    // Names the case in test output (and in the CTest names gtest_discover_tests makes).
    friend void PrintTo(const AgeCase &c, std::ostream *os) { *os << c.name; }
};

class AgeAtDateTest : public ::testing::TestWithParam<AgeCase>
{};

TEST_P(AgeAtDateTest, GivesWholeYearsAndBand)
{
    const AgeCase &c = GetParam();
    EXPECT_EQ(ageInYears(c.birth, c.at), c.years);
    EXPECT_EQ(ageBand(ageInYears(c.birth, c.at)), c.band);

    Person person;
    person.birthDate = c.birth;
    EXPECT_EQ(ageAt(person, c.at), c.years);
}

const PartialDate born2008 = PartialDate::fromDate(QDate(2008, 5, 20));

INSTANTIATE_TEST_SUITE_P(
    Boundaries,
    AgeAtDateTest,
    ::testing::Values(
        // The article's newborns: 10 days, 20 days, 9 months.
        AgeCase{"ten_days_old",
                PartialDate::fromDate(QDate(2021, 3, 1)),
                QDate(2021, 3, 11),
                0,
                AgeBand::Under1},
        AgeCase{"twenty_days_old",
                PartialDate::fromDate(QDate(2021, 3, 1)),
                QDate(2021, 3, 21),
                0,
                AgeBand::Under1},
        AgeCase{"nine_months_old",
                PartialDate::fromDate(QDate(2020, 6, 1)),
                QDate(2021, 3, 1),
                0,
                AgeBand::Under1},
        AgeCase{"born_that_day",
                PartialDate::fromDate(QDate(2021, 3, 1)),
                QDate(2021, 3, 1),
                0,
                AgeBand::Under1},
        AgeCase{"day_before_first_birthday",
                PartialDate::fromDate(QDate(2020, 3, 1)),
                QDate(2021, 2, 28),
                0,
                AgeBand::Under1},
        AgeCase{"first_birthday",
                PartialDate::fromDate(QDate(2020, 3, 1)),
                QDate(2021, 3, 1),
                1,
                AgeBand::From1To5},
        AgeCase{"day_before_16", born2008, QDate(2024, 5, 19), 15, AgeBand::From12To15},
        AgeCase{"sixteenth_birthday", born2008, QDate(2024, 5, 20), 16, AgeBand::From16To17},
        AgeCase{"day_after_16", born2008, QDate(2024, 5, 21), 16, AgeBand::From16To17},
        AgeCase{"day_before_18", born2008, QDate(2026, 5, 19), 17, AgeBand::From16To17},
        AgeCase{"eighteenth_birthday", born2008, QDate(2026, 5, 20), 18, AgeBand::Adult},
        AgeCase{"five_vs_six",
                PartialDate::fromDate(QDate(2015, 1, 1)),
                QDate(2020, 12, 31),
                5,
                AgeBand::From1To5},
        AgeCase{"six",
                PartialDate::fromDate(QDate(2015, 1, 1)),
                QDate(2021, 1, 1),
                6,
                AgeBand::From6To11},
        AgeCase{"eleven",
                PartialDate::fromDate(QDate(2010, 1, 1)),
                QDate(2021, 12, 31),
                11,
                AgeBand::From6To11},
        AgeCase{"twelve",
                PartialDate::fromDate(QDate(2010, 1, 1)),
                QDate(2022, 1, 1),
                12,
                AgeBand::From12To15},
        AgeCase{"leap_day_birth_before",
                PartialDate::fromDate(QDate(2004, 2, 29)),
                QDate(2021, 2, 28),
                16,
                AgeBand::From16To17},
        AgeCase{"leap_day_birth_after",
                PartialDate::fromDate(QDate(2004, 2, 29)),
                QDate(2021, 3, 1),
                17,
                AgeBand::From16To17},
        // Partial dates: year only counts from 1 July, month only from the 15th.
        AgeCase{"year_only_before_july",
                PartialDate::fromYear(2005),
                QDate(2023, 6, 30),
                17,
                AgeBand::From16To17},
        AgeCase{"year_only_from_july",
                PartialDate::fromYear(2005),
                QDate(2023, 7, 1),
                18,
                AgeBand::Adult},
        AgeCase{"month_only_before_15th",
                PartialDate::fromYearMonth(2007, 8),
                QDate(2023, 8, 14),
                15,
                AgeBand::From12To15},
        AgeCase{"month_only_from_15th",
                PartialDate::fromYearMonth(2007, 8),
                QDate(2023, 8, 15),
                16,
                AgeBand::From16To17},
        AgeCase{"year_only_same_year",
                PartialDate::fromYear(2021),
                QDate(2021, 2, 1),
                0,
                AgeBand::Under1},
        // Unknown: no birth date, or a date before any possible birth.
        AgeCase{"no_birth_date", PartialDate(), QDate(2021, 3, 1), std::nullopt, AgeBand::Unknown},
        AgeCase{"before_birth",
                PartialDate::fromDate(QDate(2021, 3, 1)),
                QDate(2021, 2, 28),
                std::nullopt,
                AgeBand::Unknown},
        AgeCase{"before_birth_year",
                PartialDate::fromYear(2021),
                QDate(2020, 12, 31),
                std::nullopt,
                AgeBand::Unknown},
        AgeCase{
            "invalid_at", PartialDate::fromYear(2000), QDate(), std::nullopt, AgeBand::Unknown}),
    [](const ::testing::TestParamInfo<AgeCase> &info) { return std::string(info.param.name); });

TEST(Age, EstimatedAgeShiftsByWholeYearsElapsed)
{
    Person person;
    person.estimatedAgeYears = 15;
    person.estimatedAgeAsOf = QDate(2022, 6, 10);

    EXPECT_EQ(ageAt(person, QDate(2022, 6, 10)), 15);
    EXPECT_EQ(ageAt(person, QDate(2023, 6, 9)), 15);
    EXPECT_EQ(ageAt(person, QDate(2023, 6, 10)), 16);
    EXPECT_EQ(ageAt(person, QDate(2025, 1, 1)), 17);
    // Before the estimate: shifted back by whole years only.
    EXPECT_EQ(ageAt(person, QDate(2021, 6, 11)), 15);
    EXPECT_EQ(ageAt(person, QDate(2021, 6, 10)), 14);
    EXPECT_EQ(ageAt(person, QDate(2000, 1, 1)), std::nullopt); // before the person existed
    EXPECT_EQ(ageBand(ageAt(person, QDate(2023, 6, 9))), AgeBand::From12To15);
    EXPECT_EQ(ageBand(ageAt(person, QDate(2023, 6, 10))), AgeBand::From16To17);
}

TEST(Age, EstimateWithoutDateHoldsAsGiven)
{
    Person person;
    person.estimatedAgeYears = 30;
    EXPECT_EQ(ageAt(person, QDate(2023, 1, 1)), 30);
    EXPECT_EQ(ageBand(ageAt(person, QDate(2023, 1, 1))), AgeBand::Adult);
}

TEST(Age, BirthDateWinsOverEstimate)
{
    Person person;
    person.birthDate = PartialDate::fromDate(QDate(2010, 1, 1));
    person.estimatedAgeYears = 40;
    person.estimatedAgeAsOf = QDate(2020, 1, 1);
    EXPECT_EQ(ageAt(person, QDate(2020, 1, 1)), 10);
}

TEST(Age, NothingKnownIsUnknown)
{
    const Person person;
    EXPECT_EQ(ageAt(person, QDate(2023, 1, 1)), std::nullopt);
    EXPECT_EQ(ageBand(ageAt(person, QDate(2023, 1, 1))), AgeBand::Unknown);
}

TEST(Age, BandsAndChildFlags)
{
    EXPECT_EQ(ageBand(std::nullopt), AgeBand::Unknown);
    EXPECT_EQ(ageBand(-1), AgeBand::Unknown);
    EXPECT_EQ(ageBand(0), AgeBand::Under1);
    EXPECT_EQ(ageBand(1), AgeBand::From1To5);
    EXPECT_EQ(ageBand(5), AgeBand::From1To5);
    EXPECT_EQ(ageBand(6), AgeBand::From6To11);
    EXPECT_EQ(ageBand(11), AgeBand::From6To11);
    EXPECT_EQ(ageBand(12), AgeBand::From12To15);
    EXPECT_EQ(ageBand(15), AgeBand::From12To15);
    EXPECT_EQ(ageBand(16), AgeBand::From16To17);
    EXPECT_EQ(ageBand(17), AgeBand::From16To17);
    EXPECT_EQ(ageBand(18), AgeBand::Adult);
    EXPECT_EQ(ageBand(120), AgeBand::Adult);

    EXPECT_TRUE(isChild(15));
    EXPECT_FALSE(isChild(16));
    EXPECT_FALSE(isChild(std::nullopt));
    EXPECT_TRUE(isMinor(17));
    EXPECT_FALSE(isMinor(18));
    EXPECT_FALSE(isMinor(std::nullopt));
}

} // namespace
