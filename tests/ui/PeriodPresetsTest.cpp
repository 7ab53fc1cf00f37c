// Period presets in the words of reports (quý I–IV, 6 tháng đầu/cuối năm, 9 tháng, cả năm) and
// the statistical cut-off of Decree 09/2019/NĐ-CP (ui/PeriodPresets.h).
#include "ui/PeriodPresets.h"

#include "messages/Translators.h"
#include "support/FixedClock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QSpinBox>
#include <QWidget>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

using ui::PeriodPreset;
using ui::PeriodPresets;

std::pair<QDate, QDate> datesOf(PeriodPreset preset, int year, bool cutOff)
{
    const domain::Period p = PeriodPresets::period(preset, year, cutOff, QDate(2026, 12, 7));
    return {p.from(), p.to()};
}

TEST(PeriodPresetsTest, CalendarPeriodsOfAYear)
{
    using P = std::pair<QDate, QDate>;
    EXPECT_EQ(datesOf(PeriodPreset::Quarter1, 2026, false),
              P(QDate(2026, 1, 1), QDate(2026, 3, 31)));
    EXPECT_EQ(datesOf(PeriodPreset::Quarter3, 2025, false),
              P(QDate(2025, 7, 1), QDate(2025, 9, 30)));
    EXPECT_EQ(datesOf(PeriodPreset::FirstHalf, 2026, false),
              P(QDate(2026, 1, 1), QDate(2026, 6, 30)));
    EXPECT_EQ(datesOf(PeriodPreset::SecondHalf, 2026, false),
              P(QDate(2026, 7, 1), QDate(2026, 12, 31)));
    EXPECT_EQ(datesOf(PeriodPreset::NineMonths, 2026, false),
              P(QDate(2026, 1, 1), QDate(2026, 9, 30)));
    EXPECT_EQ(datesOf(PeriodPreset::WholeYear, 2024, false),
              P(QDate(2024, 1, 1), QDate(2024, 12, 31)));
}

TEST(PeriodPresetsTest, StatisticalCutOffRunsFromThe15thToThe14th)
{
    using P = std::pair<QDate, QDate>;
    // Quarter I of 2026: from 15/12/2025 to 14/03/2026.
    EXPECT_EQ(datesOf(PeriodPreset::Quarter1, 2026, true),
              P(QDate(2025, 12, 15), QDate(2026, 3, 14)));
    EXPECT_EQ(datesOf(PeriodPreset::FirstHalf, 2026, true),
              P(QDate(2025, 12, 15), QDate(2026, 6, 14)));
    EXPECT_EQ(datesOf(PeriodPreset::NineMonths, 2026, true),
              P(QDate(2025, 12, 15), QDate(2026, 9, 14)));
    EXPECT_EQ(datesOf(PeriodPreset::WholeYear, 2026, true),
              P(QDate(2025, 12, 15), QDate(2026, 12, 14)));
    // The month presets follow today (07/12/2026): this month is 15/11 – 14/12.
    EXPECT_EQ(datesOf(PeriodPreset::ThisMonth, 2026, true),
              P(QDate(2026, 11, 15), QDate(2026, 12, 14)));
    EXPECT_EQ(datesOf(PeriodPreset::LastMonth, 2026, true),
              P(QDate(2026, 10, 15), QDate(2026, 11, 14)));
}

TEST(PeriodPresetsTest, FieldsFollowThePresetItsYearAndTheCutOff)
{
    messages::installTranslators(QStringLiteral("en"));
    FixedClock clock(QDateTime(QDate(2026, 2, 10), QTime(9, 0)));
    QWidget parent;
    const ui::PeriodFields fields = ui::PeriodFields::create(&parent);
    int reapplied = 0;
    // Last half-year on 10/02/2026 is the second half of 2025.
    fields.select(PeriodPreset::LastHalfYear, [&] { ++reapplied; });
    fields.followPreset();
    EXPECT_EQ(fields.preset(), PeriodPreset::SecondHalf);
    EXPECT_EQ(fields.yearSpin->value(), 2025);
    EXPECT_EQ(fields.fromEdit->date(), QDate(2025, 7, 1));
    EXPECT_EQ(fields.toEdit->date(), QDate(2025, 12, 31));
    EXPECT_TRUE(fields.yearSpin->isEnabled());
    EXPECT_FALSE(fields.fromEdit->isEnabled());

    fields.cutOffCheck->setChecked(true);
    fields.followPreset();
    EXPECT_EQ(fields.fromEdit->date(), QDate(2025, 6, 15));
    EXPECT_EQ(fields.toEdit->date(), QDate(2025, 12, 14));

    // The combo lists the periods of reports, not the relative presets.
    QStringList labels;
    for (int i = 0; i < fields.presetCombo->count(); ++i)
        labels << fields.presetCombo->itemText(i);
    EXPECT_TRUE(labels.contains(QStringLiteral("Quarter IV")));
    EXPECT_TRUE(labels.contains(QStringLiteral("Nine months")));
    EXPECT_FALSE(labels.contains(QStringLiteral("Last half-year")));

    fields.select(PeriodPreset::Custom, [] {});
    fields.enableDates(false);
    EXPECT_TRUE(fields.fromEdit->isEnabled());
    EXPECT_FALSE(fields.yearSpin->isEnabled());
    EXPECT_FALSE(fields.cutOffCheck->isEnabled());
}

} // namespace
} // namespace sr::test
