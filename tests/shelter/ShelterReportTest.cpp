// The shelter figures of the period report on a hand-computed fixture (docs/report-json.md,
// "shelter"): admissions, persons, shelter days clipped to the period, rooms, beds and the
// occupancy rate; the JSON keys and the section of the rendered report. On both engines.
#include "ShelterTestSupport.h"
#include "domain/Period.h"
#include "reports/ReportDocument.h"
#include "reports/ReportJson.h"
#include "services/ReportService.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

using namespace sr::domain;

TEST(ShelterReportTest, HandComputedMarch2025)
{
    FixedClock clock{QDateTime(QDate(2025, 3, 15), QTime(10, 0))};
    TempDatabase db;
    const Actor admin{0, QStringLiteral("admin"), Role::Administrator};
    services::ShelterService shelters(db.db());
    const QDate received(2025, 1, 15);
    const qint64 a = shelterCase(db.db(), admin, 1, received);
    const qint64 b = shelterCase(db.db(), admin, 2, received);
    const qint64 c = shelterCase(db.db(), admin, 3, received);
    const qint64 e = shelterCase(db.db(), admin, 4, received);
    const auto admit = [&](const ShelterStay &stay) {
        const auto saved = shelters.admit(admin, stay);
        EXPECT_TRUE(saved.ok()) << stay.roomCode.toStdString();
        return saved.ok() ? saved.value() : ShelterStay{};
    };
    // A: from February, left on 4 March: 1, 2 and 3 March; not an admission of March.
    admit(stayOf(a, QStringLiteral("ctxh_01"), QDate(2025, 2, 25), QDate(2025, 3, 4)));
    // In February only: not counted.
    admit(stayOf(a, QStringLiteral("ctxh_01"), QDate(2025, 2, 1), QDate(2025, 2, 10)));
    // B: from 10 March, still there on the 15th (today): 6 days.
    admit(stayOf(b, QStringLiteral("ctxh_02"), QDate(2025, 3, 10)));
    // C: an admission left the same day (no shelter day), then 5 to 7 March: 3 days.
    admit(stayOf(c, QStringLiteral("ad_01"), QDate(2025, 3, 5), QDate(2025, 3, 5)));
    admit(stayOf(c, QStringLiteral("ad_01"), QDate(2025, 3, 5), QDate(2025, 3, 8)));
    // Archived: not counted.
    const ShelterStay archived = admit(stayOf(e, QStringLiteral("ctxh_03"), QDate(2025, 3, 2)));
    ASSERT_TRUE(
        shelters.archive(admin, archived.meta.id, archived.meta.version, QStringLiteral("nhầm"))
            .ok());

    const auto summary = services::ReportService(db.db()).summary(admin, Period::month(2025, 3));
    ASSERT_TRUE(summary.ok()) << summary.error().detail.toStdString();
    const ShelterCounts &s = summary->total.shelter;
    EXPECT_EQ(s.admissions, 3);
    EXPECT_EQ(s.persons, 3);
    EXPECT_EQ(s.shelterDays, 12);
    EXPECT_EQ(s.rooms, 13); // 10 of the centre, 3 of the Sunshine House
    EXPECT_EQ(s.beds, 40);  // 6 × 4 + 4 × 2, and 3 + 3 + 2
    EXPECT_EQ(s.bedDays, 40 * 31);
    EXPECT_DOUBLE_EQ(s.occupancyRate(), 12.0 / 1240.0);
    ASSERT_EQ(s.shelters.size(), 2);
    EXPECT_EQ(s.shelters.at(0),
              (ShelterRow{QStringLiteral("ctxh"),
                          QStringLiteral("Trung tâm Công tác xã hội"),
                          QStringLiteral("Social Work Centre"),
                          10,
                          32,
                          1,
                          2,
                          9}));
    EXPECT_EQ(s.shelters.at(1).admissions, 2);
    EXPECT_EQ(s.shelters.at(1).persons, 1);
    EXPECT_EQ(s.shelters.at(1).shelterDays, 3);

    const QJsonObject json =
        reports::reportToJson(*summary).value(QStringLiteral("shelter")).toObject();
    EXPECT_EQ(json.value(QStringLiteral("admissions")).toInt(), 3);
    EXPECT_EQ(json.value(QStringLiteral("persons")).toInt(), 3);
    EXPECT_EQ(json.value(QStringLiteral("shelter_days")).toInt(), 12);
    EXPECT_EQ(json.value(QStringLiteral("rooms")).toInt(), 13);
    EXPECT_EQ(json.value(QStringLiteral("beds")).toInt(), 40);
    EXPECT_EQ(json.value(QStringLiteral("bed_days")).toInt(), 1240);
    EXPECT_DOUBLE_EQ(json.value(QStringLiteral("occupancy_rate")).toDouble(), 0.0097);
    EXPECT_EQ(json.value(QStringLiteral("shelters")).toArray().size(), 2);

    const QString vi =
        reports::reportHtml(*summary, reports::Language::Vietnamese, reports::ChartImage::None);
    EXPECT_TRUE(vi.contains(QStringLiteral("7. Bố trí tạm lánh")));
    EXPECT_TRUE(vi.contains(QStringLiteral("Số ngày tạm lánh")));
    EXPECT_TRUE(vi.contains(QStringLiteral("1,0\u00A0%")));
    const QString en =
        reports::reportHtml(*summary, reports::Language::English, reports::ChartImage::None);
    EXPECT_TRUE(en.contains(QStringLiteral("7. Temporary shelter")));
    EXPECT_TRUE(en.contains(QStringLiteral("1.0\u00A0%")));
}

} // namespace
} // namespace sr::test
