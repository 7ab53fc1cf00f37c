// Prevention activities and clubs in storage (docs/centre-work.md, "## Prevention"): every field
// stored and read back, audit rows, the commune checked against the reference list of its era,
// nothing deleted, and the period report's figures on a fixture computed by hand.
#include "storage/PreventionRepository.h"

#include "StorageTestData.h"
#include "storage/DatabaseCopy.h"
#include "storage/Maintenance.h"
#include "storage/RecordCensus.h"
#include "storage/ReportQueries.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"
#include "support/TestServer.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace sr::domain;
using namespace sr::storage;
using namespace sr::test;

namespace {

// Communes of Quảng Ninh in resources/data/quangninh_communes_pre2025.csv (Hạ Long) and
// resources/data/quangninh_wards_2025.csv.
const QString HaKhanh = QStringLiteral("06649");
const QString HaPhong = QStringLiteral("06652");
const QString HaKhau = QStringLiteral("06655");
const QString CaoXanh = QStringLiteral("06658");
const QString HaLong2025 = QStringLiteral("06688");

class PreventionRepositoryTest : public ::testing::Test
{
protected:
    PreventionActivity activity(PreventionKind kind,
                                const QDate &start,
                                int quantity,
                                const QString &commune = {},
                                int participants = 0,
                                int women = 0,
                                int minorities = 0)
    {
        PreventionActivity a;
        a.kind = kind;
        a.startDate = start;
        a.era = eraOf(start);
        a.communeCode = commune;
        a.quantity = quantity;
        a.participantsTotal = participants;
        a.participantsWomen = women;
        a.participantsMinorities = minorities;
        return a;
    }

    PreventionActivity store(const PreventionActivity &a)
    {
        auto stored = PreventionActivityRepository(temp.db()).insert(a, testActor());
        EXPECT_TRUE(stored.ok()) << stored.error().detail.toStdString();
        return stored.ok() ? *stored : PreventionActivity{};
    }

    PreventionClub club(const QString &name, const QDate &founded, int members)
    {
        PreventionClub c;
        c.name = name;
        c.era = AdminEra::Pre2025;
        c.communeCode = HaKhanh;
        c.founded = founded;
        c.members = members;
        auto stored = PreventionClubRepository(temp.db()).insert(c, testActor());
        EXPECT_TRUE(stored.ok()) << stored.error().detail.toStdString();
        return stored.ok() ? *stored : PreventionClub{};
    }

    FixedClock clock{QDateTime(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC)};
    TempDatabase temp;
};

} // namespace

TEST_F(PreventionRepositoryTest, EveryFieldIsStoredReadBackAndAudited)
{
    const PreventionClub c = club(QStringLiteral("CLB Hà Khánh"), QDate(2022, 5, 1), 20);
    PreventionActivity a =
        activity(PreventionKind::ClubMeeting, QDate(2023, 3, 2), 1, HaKhanh, 18, 12, 3);
    a.endDate = QDate(2023, 3, 3);
    a.targetGroups = {PreventionTarget::BorderCommunities, PreventionTarget::EthnicMinorities};
    a.organiser = QStringLiteral("Sở LĐ-TB&XH");
    a.partner = QStringLiteral("Tổ chức Rồng Xanh");
    a.clubId = c.meta.id;
    a.notes = QStringLiteral("Sinh hoạt chuyên đề");
    const PreventionActivity stored = store(a);
    ASSERT_GT(stored.meta.id, 0);

    QSqlQuery q(temp->connection());
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT kind, start_date, end_date, era, commune_code, quantity,"
                              " participants_total, participants_women,"
                              " participants_minorities, target_groups, club_id"
                              " FROM prevention_activity WHERE id = %1")
                   .arg(stored.meta.id)));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("club_meeting"));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("2023-03-02"));
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("2023-03-03"));
    EXPECT_EQ(q.value(3).toString(), QStringLiteral("pre_2025"));
    EXPECT_EQ(q.value(4).toString(), HaKhanh);
    EXPECT_EQ(q.value(5).toInt(), 1);
    EXPECT_EQ(q.value(6).toInt(), 18);
    EXPECT_EQ(q.value(7).toInt(), 12);
    EXPECT_EQ(q.value(8).toInt(), 3);
    EXPECT_EQ(q.value(9).toString(), QStringLiteral("border_communities,ethnic_minorities"));
    EXPECT_EQ(q.value(10).toLongLong(), c.meta.id);

    auto loaded = PreventionActivityRepository(temp.db()).get(stored.meta.id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->targetGroups, a.targetGroups);
    EXPECT_EQ(loaded->partner, a.partner);
    EXPECT_EQ(loaded->clubId, c.meta.id);
    EXPECT_EQ(loaded->lastDay(), QDate(2023, 3, 3));

    EXPECT_EQ(count(temp.db(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'create' AND "
                                   "entity = 'prevention_activity' AND entity_id = %1")
                        .arg(stored.meta.id)),
              1);
    EXPECT_EQ(count(temp.db(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'create' AND "
                                   "entity = 'prevention_club' AND entity_id = %1")
                        .arg(c.meta.id)),
              1);
}

TEST_F(PreventionRepositoryTest, RowsAreNeverDeletedAndCommunesMustBeOfTheirEra)
{
    const PreventionActivity stored =
        store(activity(PreventionKind::Panels, QDate(2023, 1, 5), 1, HaKhanh));
    QSqlQuery q(temp->connection());
    EXPECT_FALSE(q.exec(
        QStringLiteral("DELETE FROM prevention_activity WHERE id = %1").arg(stored.meta.id)));
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM prevention_activity")), 1);

    // A ward merged away on 1/7/2025 under the era after the merger: the foreign key refuses it.
    PreventionActivity wrongEra = activity(PreventionKind::Panels, QDate(2025, 8, 5), 1, HaKhanh);
    ASSERT_EQ(wrongEra.era, AdminEra::From2025);
    EXPECT_FALSE(PreventionActivityRepository(temp.db()).insert(wrongEra, testActor()).ok());
    auto known = isPreventionCommune(temp.db(), AdminEra::From2025, HaKhanh);
    ASSERT_TRUE(known.ok());
    EXPECT_FALSE(*known);
    known = isPreventionCommune(temp.db(), AdminEra::Pre2025, HaKhanh);
    ASSERT_TRUE(known.ok());
    EXPECT_TRUE(*known);
}

TEST_F(PreventionRepositoryTest, ListsByStartDateAndKindAndCountsInTheCensus)
{
    store(activity(PreventionKind::Leaflets, QDate(2022, 1, 10), 100));
    store(activity(PreventionKind::Training, QDate(2022, 6, 1), 1, HaKhanh, 30));
    store(activity(PreventionKind::Training, QDate(2023, 2, 1), 1, HaPhong, 25));
    PreventionActivityRepository repo(temp.db());
    auto trainings = repo.list(ActivityFilter{.kind = PreventionKind::Training});
    ASSERT_TRUE(trainings.ok());
    ASSERT_EQ(trainings->size(), 2);
    EXPECT_EQ(trainings->first().startDate, QDate(2023, 2, 1)); // newest first
    auto in2022 = repo.count(ActivityFilter{.from = QDate(2022, 1, 1), .to = QDate(2022, 12, 31)});
    ASSERT_TRUE(in2022.ok());
    EXPECT_EQ(*in2022, 2);

    club(QStringLiteral("CLB"), QDate(2022, 1, 1), 10);
    auto counts = countRecords(temp.db());
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->preventionActivities, 3);
    EXPECT_EQ(counts->preventionClubs, 1);
}

// The province's report, in small: figures computed by hand from the fixture below.
TEST_F(PreventionRepositoryTest, ReportFiguresMatchTheFixtureComputedByHand)
{
    // Leaflets: 50.000 province-wide + 30.000 in Hà Khánh = 80.000 copies.
    store(activity(PreventionKind::Leaflets, QDate(2021, 4, 1), 50000));
    store(activity(PreventionKind::Leaflets, QDate(2022, 4, 1), 30000, HaKhanh));
    store(activity(PreventionKind::Booklets, QDate(2022, 5, 1), 10000));
    // Panels at three communes.
    store(activity(PreventionKind::Panels, QDate(2021, 9, 1), 1, HaKhanh));
    store(activity(PreventionKind::Panels, QDate(2021, 9, 1), 1, HaPhong));
    store(activity(PreventionKind::Panels, QDate(2021, 9, 2), 1, HaKhau));
    store(activity(PreventionKind::MediaItems, QDate(2022, 12, 1), 19));
    // Trainings: Hà Khánh twice, Cao Xanh once: 3 sessions, 90 participants, 2 communes.
    store(activity(PreventionKind::Training, QDate(2021, 10, 1), 1, HaKhanh, 40, 25, 5));
    store(activity(PreventionKind::Training, QDate(2022, 10, 1), 1, CaoXanh, 30, 20, 10));
    store(activity(PreventionKind::Training, QDate(2023, 6, 30), 1, HaKhanh, 20, 10, 0));
    // Left out: archived, and after the period.
    const PreventionActivity archived = store(
        activity(PreventionKind::Training, QDate(2022, 3, 1), 1, QStringLiteral("06661"), 50));
    ASSERT_TRUE(PreventionActivityRepository(temp.db())
                    .archive(archived.meta.id, 1, QStringLiteral("nhập nhầm"), testActor())
                    .ok());
    store(activity(PreventionKind::Training, QDate(2023, 7, 1), 1, QStringLiteral("06661"), 50));
    store(activity(PreventionKind::DecisionPlan, QDate(2021, 2, 1), 2));

    // Clubs: founded in 2022 (20 members) and of unknown date (15) count; one founded after the
    // period and one archived do not.
    const PreventionClub first = club(QStringLiteral("CLB 1"), QDate(2022, 5, 1), 20);
    club(QStringLiteral("CLB 2"), QDate(), 15);
    club(QStringLiteral("CLB 3"), QDate(2024, 1, 1), 10);
    const PreventionClub gone = club(QStringLiteral("CLB 4"), QDate(2021, 1, 1), 9);
    ASSERT_TRUE(PreventionClubRepository(temp.db())
                    .archive(gone.meta.id, 1, QStringLiteral("giải thể"), testActor())
                    .ok());
    PreventionActivity meeting =
        activity(PreventionKind::ClubMeeting, QDate(2023, 1, 15), 1, HaPhong, 15, 15);
    meeting.clubId = first.meta.id;
    store(meeting);

    auto figures = ReportQueries(temp.db()).figures(
        QDate(2021, 1, 1), QDate(2023, 6, 30), QStringLiteral("22"));
    ASSERT_TRUE(figures.ok()) << figures.error().detail.toStdString();
    const PreventionFigures &p = figures->prevention;
    ASSERT_EQ(p.byKind.size(), 8);
    auto row = [&p](PreventionKind kind) {
        for (const PreventionKindRow &r : p.byKind) {
            if (r.kind == kind)
                return r;
        }
        return PreventionKindRow{};
    };
    EXPECT_EQ(row(PreventionKind::Leaflets).quantity, 80000);
    EXPECT_EQ(row(PreventionKind::Leaflets).activities, 2);
    EXPECT_EQ(row(PreventionKind::Booklets).quantity, 10000);
    EXPECT_EQ(row(PreventionKind::Panels).quantity, 3);
    EXPECT_EQ(row(PreventionKind::Panels).communes.pre2025, 3);
    EXPECT_EQ(row(PreventionKind::MediaItems).quantity, 19);
    const PreventionKindRow training = row(PreventionKind::Training);
    EXPECT_EQ(training.activities, 3);
    EXPECT_EQ(training.quantity, 3);
    EXPECT_EQ(training.participants, 90);
    EXPECT_EQ(training.women, 55);
    EXPECT_EQ(training.minorities, 15);
    EXPECT_EQ(training.communes.pre2025, 2);
    EXPECT_EQ(training.communes.from2025, 0);
    EXPECT_EQ(row(PreventionKind::ClubMeeting).participants, 15);
    EXPECT_EQ(row(PreventionKind::DecisionPlan).quantity, 2);
    EXPECT_EQ(row(PreventionKind::CommunityMeeting).activities, 0);
    EXPECT_EQ(p.activities, 12);
    EXPECT_EQ(p.participants, 105);
    EXPECT_EQ(p.women, 70);
    EXPECT_EQ(p.minorities, 15);
    // Hà Khánh, Hà Phong, Hà Khẩu, Cao Xanh.
    EXPECT_EQ(p.communes.pre2025, 4);
    EXPECT_EQ(p.communes.from2025, 0);
    // The rows of resources/data/quangninh_communes_pre2025.csv and quangninh_wards_2025.csv.
    EXPECT_EQ(p.communesTotal.pre2025, 171);
    EXPECT_EQ(p.communesTotal.from2025, 54);
    EXPECT_EQ(p.clubsActive, 2);
    EXPECT_EQ(p.clubMembers, 35);

    // A year spanning the 2025 merger counts each era's communes in its own list.
    store(activity(PreventionKind::Training, QDate(2025, 3, 1), 1, HaKhanh, 10));
    store(activity(PreventionKind::Training, QDate(2025, 8, 1), 1, HaLong2025, 10));
    store(activity(PreventionKind::Training, QDate(2025, 9, 1), 1, HaLong2025, 10));
    auto y2025 = ReportQueries(temp.db()).figures(
        QDate(2025, 1, 1), QDate(2025, 12, 31), QStringLiteral("22"));
    ASSERT_TRUE(y2025.ok());
    EXPECT_EQ(y2025->prevention.communes.pre2025, 1);
    EXPECT_EQ(y2025->prevention.communes.from2025, 1);
    EXPECT_EQ(y2025->prevention.activities, 3);
    EXPECT_EQ(y2025->prevention.clubsActive, 3);
}

// The tables travel: `check` counts them, a backup restores them, and the server migration
// copies them with their ids (a club meeting keeps its club).
TEST_F(PreventionRepositoryTest, ClubsAndActivitiesTravelThroughCheckBackupAndServerCopy)
{
    const PreventionClub c = club(QStringLiteral("CLB Hà Khánh"), QDate(2022, 5, 1), 20);
    PreventionActivity meeting =
        activity(PreventionKind::ClubMeeting, QDate(2023, 1, 15), 1, HaKhanh, 15, 15);
    meeting.clubId = c.meta.id;
    store(meeting);
    store(activity(PreventionKind::Leaflets, QDate(2023, 2, 1), 5000));

    auto report = maintenance::check(temp.db());
    ASSERT_TRUE(report.ok()) << report.error().detail.toStdString();
    QHash<QString, qint64> counts;
    for (const auto &[table, rows] : report->counts)
        counts.insert(table, rows);
    EXPECT_EQ(counts.value(QStringLiteral("prevention_club"), -1), 1);
    EXPECT_EQ(counts.value(QStringLiteral("prevention_activity"), -1), 2);

    if (!onServer()) {
        const QString copy = temp.filePath(QStringLiteral("backup.db"));
        ASSERT_TRUE(maintenance::backup(temp.db(), copy).ok());
        store(activity(PreventionKind::Panels, QDate(2023, 3, 1), 1, HaPhong));
        ASSERT_TRUE(maintenance::restore(temp.db(), copy).ok());
        EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM prevention_activity")), 2);
    }

    if (onServer() || serverAdminLocation().isEmpty())
        return; // the copy goes from a database file to a server
    const QString server = createServerDatabase();
    ASSERT_FALSE(server.isEmpty());
    {
        auto target = Database::open(server);
        ASSERT_TRUE(target.ok()) << target.error().detail.toStdString();
        auto copied = copyDatabase(temp.db(), **target);
        ASSERT_TRUE(copied.ok()) << copied.error().detail.toStdString();
        auto rows = compareRowCounts(temp.db(), **target);
        ASSERT_TRUE(rows.ok());
        QStringList tables;
        for (const TableRows &r : *rows) {
            tables << r.table;
            EXPECT_EQ(r.source, r.target) << r.table.toStdString();
        }
        EXPECT_TRUE(tables.contains(QStringLiteral("prevention_club")));
        EXPECT_TRUE(tables.contains(QStringLiteral("prevention_activity")));
        EXPECT_EQ(
            count(**target,
                  QStringLiteral("SELECT count(*) FROM prevention_activity WHERE club_id = %1")
                      .arg(c.meta.id)),
            1);
        // A new activity on the server takes an id after the copied ones.
        auto added = PreventionActivityRepository(**target).insert(
            activity(PreventionKind::Booklets, QDate(2023, 4, 1), 100), testActor());
        ASSERT_TRUE(added.ok()) << added.error().detail.toStdString();
        EXPECT_GT(added->meta.id, 2);
    }
    dropServerDatabase(server);
}
