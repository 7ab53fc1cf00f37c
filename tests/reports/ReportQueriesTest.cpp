#include "storage/ReportQueries.h"

#include "ExpectedReport.h"
#include "ReportFixture.h"
#include "reports/ReportJson.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

class ReportQueriesTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(buildReportFixture(m_db.db(), fixtureActor())); }

    domain::PeriodSummary summaryOf(const QDate &from, const QDate &to)
    {
        auto period = domain::Period::custom(from, to);
        EXPECT_TRUE(period.ok());
        auto summary = storage::ReportQueries(m_db.db()).summary(*period);
        EXPECT_TRUE(summary.ok()) << (summary ? "" : summary.error().detail.toStdString());
        return summary ? *summary : domain::PeriodSummary{};
    }

    FixedClock m_clock{QDateTime(fixtureToday(), QTime(9, 0), Qt::UTC)};
    TempDatabase m_db;
};

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    return doc.object();
}

TEST_F(ReportQueriesTest, WholePeriodMatchesTheHandComputedJsonExactly)
{
    const domain::PeriodSummary summary = summaryOf(QDate(2021, 1, 1), QDate(2023, 6, 30));
    const QJsonObject actual = reports::reportToJson(summary);
    const QJsonObject expected = parse(expectedReportJson);
    ASSERT_FALSE(expected.isEmpty());
    // Key by key first, so a mismatch names the section.
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        EXPECT_EQ(actual.value(it.key()), it.value())
            << "key " << it.key().toStdString() << "\nactual:\n"
            << QJsonDocument(QJsonObject{{it.key(), actual.value(it.key())}})
                   .toJson()
                   .toStdString();
    }
    EXPECT_EQ(actual, expected);
    // The bytes written are the same document.
    EXPECT_EQ(parse(reports::reportToJsonBytes(summary)), expected);
}

TEST_F(ReportQueriesTest, ListsPartitionTheTotalsInEveryColumn)
{
    const domain::PeriodSummary summary = summaryOf(QDate(2021, 1, 1), QDate(2023, 6, 30));
    QList<domain::SummaryFigures> all{summary.total};
    for (const domain::YearFigures &y : summary.years)
        all.append(y.figures);
    ASSERT_EQ(all.size(), 4);
    for (const domain::SummaryFigures &f : all) {
        for (const auto *list :
             {&f.byCountry, &f.byAgency, &f.byRoute, &f.byIdentificationStatus}) {
            EXPECT_EQ(domain::sumPersons(*list), f.persons);
            EXPECT_EQ(domain::sumReceptions(*list), f.receptions);
        }
        qint64 persons = 0;
        for (const domain::SexAgeRow &r : f.bySexAge)
            persons += r.persons;
        EXPECT_EQ(persons, f.persons);
        qint64 times = 0;
        qint64 amount = 0;
        for (const domain::SupportRow &r : f.supportRows) {
            times += r.times;
            amount += r.amountVnd;
        }
        EXPECT_EQ(times, f.supports);
        EXPECT_EQ(amount, f.supportAmountVnd);
    }
    // Distinct persons: the re-trafficked person counts once in the total, once in each year.
    EXPECT_EQ(summary.total.persons, 8);
    EXPECT_EQ(summary.years.at(0).figures.persons + summary.years.at(1).figures.persons
                  + summary.years.at(2).figures.persons,
              9);
}

TEST_F(ReportQueriesTest, BoundariesAreInclusiveAndOutsideRecordsAreLeftOut)
{
    // Only the last day of the period: R8 and batch 3 (both dated 30/06/2023).
    const domain::PeriodSummary lastDay = summaryOf(QDate(2023, 6, 30), QDate(2023, 6, 30));
    EXPECT_EQ(lastDay.total.receptions, 1);
    EXPECT_EQ(lastDay.total.handovers.batches, 1);
    EXPECT_EQ(lastDay.total.handovers.victims, 3);
    // 1/7/2023: P9's second reception and nothing else.
    const domain::PeriodSummary after = summaryOf(QDate(2023, 7, 1), QDate(2023, 7, 31));
    EXPECT_EQ(after.total.persons, 1);
    EXPECT_EQ(after.total.supports, 1); // hardship allowance 05/07/2023
    EXPECT_EQ(after.total.supportAmountVnd, 1500000);
    EXPECT_EQ(after.total.followUps, 1);
    // The archived reception of 05/05/2022 and the archived batch of 08/08/2022.
    const domain::PeriodSummary archived = summaryOf(QDate(2022, 5, 1), QDate(2022, 8, 31));
    EXPECT_EQ(archived.total.receptions, 0);
    EXPECT_EQ(archived.total.handovers.batches, 0);
    EXPECT_EQ(archived.total.followUps, 1); // R5, 01/05/2022
}

TEST_F(ReportQueriesTest, EmptyPeriodGivesZerosNotAnError)
{
    const domain::PeriodSummary summary = summaryOf(QDate(2019, 1, 1), QDate(2019, 12, 31));
    const QJsonObject json = reports::reportToJson(summary);
    const QJsonObject expected = parse(R"json({
      "format": "safereturn-report/1",
      "period": {"from": "2019-01-01", "to": "2019-12-31"},
      "totals": {"persons": 0, "receptions": 0, "supports": 0, "support_amount_vnd": 0,
                 "persons_supported": 0, "supports_referred": 0, "supports_declined": 0,
                 "supports_not_needed": 0},
      "by_year": [{"year": 2019, "from": "2019-01-01", "to": "2019-12-31", "persons": 0,
                   "receptions": 0}],
      "by_country": [], "by_agency": [], "by_route": [], "by_identification_status": [],
      "by_sex_age": [],
      "groups": {"children_under_16": 0, "minors_under_18": 0, "foreign_nationals": 0,
                 "ethnic_minorities": 0, "other_province_residents": 0},
      "by_nationality": [], "supports": [], "outcomes": [],
      "follow_ups": {"count": 0, "persons": 0},
      "handovers": {"batches": 0, "persons": 0, "verified_batches": 0, "verified_persons": 0,
                    "cases": 0, "victims": 0},
      "case_work": {"opened": 0, "closed": 0, "with_plan": 0, "follow_ups_due": 0,
                     "follow_ups_done": 0},
      "shelter": {"admissions": 0, "persons": 0, "shelter_days": 0, "rooms": 13, "beds": 40,
                  "bed_days": 14600, "occupancy_rate": 0,
                  "shelters": [{"code": "ctxh", "name": "Trung tâm Công tác xã hội", "name_en": "Social Work Centre", "rooms": 10, "beds": 32, "admissions": 0, "persons": 0, "shelter_days": 0}, {"code": "anh_duong", "name": "Ngôi nhà Ánh Dương", "name_en": "Sunshine House", "rooms": 3, "beds": 8, "admissions": 0, "persons": 0, "shelter_days": 0}]},
      "prevention": {"activities": 0, "participants": 0, "participants_women": 0,
                     "participants_minorities": 0, "clubs_active": 0, "club_members": 0,
                     "communes_reached": {"pre_2025": 0, "from_2025": 0},
                     "communes_total": {"pre_2025": 171, "from_2025": 54},
                     "by_kind": [
                       {"kind": "leaflets", "unit": "copies", "activities": 0, "quantity": 0,
                        "participants": 0, "participants_women": 0, "participants_minorities": 0,
                        "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                       {"kind": "booklets", "unit": "copies", "activities": 0, "quantity": 0,
                        "participants": 0, "participants_women": 0, "participants_minorities": 0,
                        "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                       {"kind": "panels", "unit": "items", "activities": 0, "quantity": 0,
                        "participants": 0, "participants_women": 0, "participants_minorities": 0,
                        "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                       {"kind": "media_items", "unit": "items", "activities": 0, "quantity": 0,
                        "participants": 0, "participants_women": 0, "participants_minorities": 0,
                        "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                       {"kind": "training", "unit": "sessions", "activities": 0, "quantity": 0,
                        "participants": 0, "participants_women": 0, "participants_minorities": 0,
                        "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                       {"kind": "community_meeting", "unit": "sessions", "activities": 0, "quantity": 0,
                        "participants": 0, "participants_women": 0, "participants_minorities": 0,
                        "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                       {"kind": "club_meeting", "unit": "sessions", "activities": 0, "quantity": 0,
                        "participants": 0, "participants_women": 0, "participants_minorities": 0,
                        "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                       {"kind": "decision_plan", "unit": "documents", "activities": 0, "quantity": 0,
                        "participants": 0, "participants_women": 0, "participants_minorities": 0,
                        "communes_reached": {"pre_2025": 0, "from_2025": 0}}
                     ]},
      "hotline": {"calls": 0, "emergencies": 0, "became_cases": 0,
        "by_reason": [{"code": "advice", "calls": 0}, {"code": "trafficking_report", "calls": 0}, {"code": "violence_abuse", "calls": 0}, {"code": "emergency_help", "calls": 0}, {"code": "policy_information", "calls": 0}, {"code": "other", "calls": 0}],
        "by_action": [{"code": "advised", "calls": 0}, {"code": "referred_police", "calls": 0}, {"code": "referred_border_guard", "calls": 0}, {"code": "referred_health", "calls": 0}, {"code": "referred_centre", "calls": 0}, {"code": "shelter_admitted", "calls": 0}, {"code": "case_opened", "calls": 0}]},
      "years": [{
        "year": 2019,
        "period": {"from": "2019-01-01", "to": "2019-12-31"},
        "totals": {"persons": 0, "receptions": 0, "supports": 0, "support_amount_vnd": 0,
                   "persons_supported": 0, "supports_referred": 0, "supports_declined": 0,
                   "supports_not_needed": 0},
        "by_country": [], "by_agency": [], "by_route": [], "by_identification_status": [],
        "by_sex_age": [],
        "groups": {"children_under_16": 0, "minors_under_18": 0, "foreign_nationals": 0,
                   "ethnic_minorities": 0, "other_province_residents": 0},
        "by_nationality": [], "supports": [], "outcomes": [],
        "follow_ups": {"count": 0, "persons": 0},
        "handovers": {"batches": 0, "persons": 0, "verified_batches": 0, "verified_persons": 0,
                      "cases": 0, "victims": 0},
        "case_work": {"opened": 0, "closed": 0, "with_plan": 0, "follow_ups_due": 0,
                       "follow_ups_done": 0},
        "shelter": {"admissions": 0, "persons": 0, "shelter_days": 0, "rooms": 13, "beds": 40,
                    "bed_days": 14600, "occupancy_rate": 0,
                    "shelters": [{"code": "ctxh", "name": "Trung tâm Công tác xã hội", "name_en": "Social Work Centre", "rooms": 10, "beds": 32, "admissions": 0, "persons": 0, "shelter_days": 0}, {"code": "anh_duong", "name": "Ngôi nhà Ánh Dương", "name_en": "Sunshine House", "rooms": 3, "beds": 8, "admissions": 0, "persons": 0, "shelter_days": 0}]},
        "prevention": {"activities": 0, "participants": 0, "participants_women": 0,
                       "participants_minorities": 0, "clubs_active": 0, "club_members": 0,
                       "communes_reached": {"pre_2025": 0, "from_2025": 0},
                       "communes_total": {"pre_2025": 171, "from_2025": 54},
                       "by_kind": [
                         {"kind": "leaflets", "unit": "copies", "activities": 0, "quantity": 0,
                          "participants": 0, "participants_women": 0, "participants_minorities": 0,
                          "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                         {"kind": "booklets", "unit": "copies", "activities": 0, "quantity": 0,
                          "participants": 0, "participants_women": 0, "participants_minorities": 0,
                          "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                         {"kind": "panels", "unit": "items", "activities": 0, "quantity": 0,
                          "participants": 0, "participants_women": 0, "participants_minorities": 0,
                          "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                         {"kind": "media_items", "unit": "items", "activities": 0, "quantity": 0,
                          "participants": 0, "participants_women": 0, "participants_minorities": 0,
                          "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                         {"kind": "training", "unit": "sessions", "activities": 0, "quantity": 0,
                          "participants": 0, "participants_women": 0, "participants_minorities": 0,
                          "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                         {"kind": "community_meeting", "unit": "sessions", "activities": 0, "quantity": 0,
                          "participants": 0, "participants_women": 0, "participants_minorities": 0,
                          "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                         {"kind": "club_meeting", "unit": "sessions", "activities": 0, "quantity": 0,
                          "participants": 0, "participants_women": 0, "participants_minorities": 0,
                          "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                         {"kind": "decision_plan", "unit": "documents", "activities": 0, "quantity": 0,
                          "participants": 0, "participants_women": 0, "participants_minorities": 0,
                          "communes_reached": {"pre_2025": 0, "from_2025": 0}}
                       ]},
        "hotline": {"calls": 0, "emergencies": 0, "became_cases": 0,
          "by_reason": [{"code": "advice", "calls": 0}, {"code": "trafficking_report", "calls": 0}, {"code": "violence_abuse", "calls": 0}, {"code": "emergency_help", "calls": 0}, {"code": "policy_information", "calls": 0}, {"code": "other", "calls": 0}],
          "by_action": [{"code": "advised", "calls": 0}, {"code": "referred_police", "calls": 0}, {"code": "referred_border_guard", "calls": 0}, {"code": "referred_health", "calls": 0}, {"code": "referred_centre", "calls": 0}, {"code": "shelter_admitted", "calls": 0}, {"code": "case_opened", "calls": 0}]}
      }]
    })json");
    EXPECT_EQ(json, expected) << reports::reportToJsonBytes(summary).toStdString();
}

TEST_F(ReportQueriesTest, BadRangesAreRefused)
{
    storage::ReportQueries queries(m_db.db());
    auto reversed = queries.figures(QDate(2023, 6, 30), QDate(2021, 1, 1), QStringLiteral("22"));
    ASSERT_FALSE(reversed.ok());
    EXPECT_EQ(reversed.error().code, ErrorCode::InvalidInput);
    auto invalid = queries.figures(QDate(2023, 2, 30), QDate(2023, 6, 30), QStringLiteral("22"));
    ASSERT_FALSE(invalid.ok());
    EXPECT_EQ(invalid.error().code, ErrorCode::InvalidInput);
    EXPECT_FALSE(domain::Period::fromIsoStrings(u"2023-06-30", u"2021-01-01").ok());
    EXPECT_FALSE(domain::Period::fromIsoStrings(u"2023-02-30", u"2023-06-30").ok());
    EXPECT_FALSE(domain::Period::fromIsoStrings(u"30/06/2023", u"2023-06-30").ok());
}

TEST_F(ReportQueriesTest, OtherProvinceResidentsDependOnTheCentresProvince)
{
    storage::ReportQueries queries(m_db.db());
    // Seen from Hà Nội (01): P5 is at home; everyone with a known province other than 01
    // (P1, P3, P4, P6, P7, P8) lives elsewhere; P2's residence is unknown.
    auto f = queries.figures(QDate(2021, 1, 1), QDate(2023, 6, 30), QStringLiteral("01"));
    ASSERT_TRUE(f.ok());
    EXPECT_EQ(f->groups.otherProvinceResidents, 6);
    auto home = queries.homeProvinceCode();
    ASSERT_TRUE(home.ok());
    EXPECT_EQ(*home, QStringLiteral("22"));
}

} // namespace
} // namespace sr::test

namespace sr::test {
namespace {

TEST(ReportQueriesReadOnlyTest, FiguresOfAReadOnlyDatabase)
{
    // The report's temporary table lives in SQLite's temp store, so a database opened
    // read-only (a backup on read-only media) still gives its figures.
    FixedClock clock{QDateTime(fixtureToday(), QTime(9, 0), Qt::UTC)};
    TempDatabase db;
    ASSERT_TRUE(buildReportFixture(db.db(), fixtureActor()));
    db.close();
    storage::Database::Options options;
    options.access = storage::Database::Access::ReadOnly;
    options.creation = storage::Database::Creation::MustExist;
    auto readOnly = storage::Database::open(db.path(), options);
    ASSERT_TRUE(readOnly.ok()) << readOnly.error().detail.toStdString();
    auto period = domain::Period::custom(QDate(2021, 1, 1), QDate(2023, 6, 30));
    ASSERT_TRUE(period.ok());
    auto summary = storage::ReportQueries(**readOnly).summary(*period);
    ASSERT_TRUE(summary.ok()) << summary.error().detail.toStdString();
    EXPECT_EQ(reports::reportToJson(*summary), parse(expectedReportJson));
}

} // namespace
} // namespace sr::test
