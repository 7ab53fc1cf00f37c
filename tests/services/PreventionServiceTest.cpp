// Prevention activities and clubs through their service (services/PreventionService.h,
// docs/centre-work.md): who may record them, validation and bad input (every field error at
// once, nothing written), references checked in the writing transaction, audit rows, optimistic
// locking, archiving with a reason.
#include "services/PreventionService.h"

#include "ServiceTestSupport.h"
#include "services/Permissions.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"

#include <gtest/gtest.h>

namespace sr::services {
namespace {

using namespace sr::domain;

class PreventionServiceTest : public ::testing::Test
{
protected:
    test::FixedClock m_clock{QDateTime(QDate(2025, 3, 15), QTime(10, 0))};
    test::TempDatabase m_db;
    Actor m_worker{0, QStringLiteral("worker"), Role::SocialWorker};
    PreventionService m_service{m_db.db()};

    static PreventionActivity training()
    {
        PreventionActivity a;
        a.kind = PreventionKind::Training;
        a.startDate = QDate(2025, 3, 10);
        a.era = AdminEra::Pre2025;
        a.communeCode = QStringLiteral("06649");
        a.quantity = 1;
        a.participantsTotal = 40;
        a.participantsWomen = 22;
        a.participantsMinorities = 6;
        a.targetGroups = {PreventionTarget::Officials};
        a.organiser = QStringLiteral("Sở LĐ-TB&XH");
        return a;
    }

    PreventionClub storedClub()
    {
        PreventionClub c;
        c.name = QStringLiteral("CLB phòng, chống mua bán người phường Hà Khánh");
        c.era = AdminEra::Pre2025;
        c.communeCode = QStringLiteral("06649");
        c.founded = QDate(2022, 5, 1);
        c.members = 25;
        auto saved = m_service.saveClub(m_worker, c);
        EXPECT_TRUE(saved.ok());
        return saved.ok() ? saved.value() : PreventionClub{};
    }

    qint64 rows(const QString &table, const QString &where = {})
    {
        return test::countRows(m_db.db(), table, where);
    }

    static bool hasError(const FieldErrors &errors, const char *field, ValidationCode code)
    {
        for (const FieldError &e : errors) {
            if (e.field == QLatin1String(field) && e.code == code)
                return true;
        }
        return false;
    }
};

TEST_F(PreventionServiceTest, SocialWorkersManagersAndAdministratorsRecordActivities)
{
    for (const Role role : {Role::SocialWorker, Role::Manager, Role::Administrator})
        EXPECT_TRUE(allowed(Actor{0, QStringLiteral("u"), role}, Permission::RecordActivities));
    const Actor viewer{0, QStringLiteral("viewer"), Role::Viewer};
    EXPECT_FALSE(allowed(viewer, Permission::RecordActivities));
    EXPECT_EQ(permissionName(Permission::RecordActivities), QStringLiteral("record_activities"));

    const qint64 denied = rows(QStringLiteral("audit_log"), QStringLiteral("action = 'denied'"));
    const ServiceResult<PreventionActivity> refused = m_service.saveActivity(viewer, training());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(rows(QStringLiteral("prevention_activity")), 0);
    EXPECT_EQ(rows(QStringLiteral("audit_log"), QStringLiteral("action = 'denied'")), denied + 1);
    EXPECT_FALSE(m_service.listActivities(viewer, {}).ok());

    const ServiceResult<PreventionActivity> saved = m_service.saveActivity(m_worker, training());
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(rows(QStringLiteral("prevention_activity")), 1);
    EXPECT_EQ(rows(QStringLiteral("audit_log"),
                   QStringLiteral("action = 'create' AND entity = 'prevention_activity' AND "
                                  "entity_id = %1")
                       .arg(saved->meta.id)),
              1);
}

TEST_F(PreventionServiceTest, BadInputReportsEveryFieldAndWritesNothing)
{
    PreventionActivity bad = training();
    bad.startDate = QDate(2025, 3, 12);
    bad.endDate = QDate(2025, 3, 11); // before the start
    bad.quantity = -1;
    bad.participantsTotal = 10;
    bad.participantsWomen = 11;
    bad.participantsMinorities = 12;
    bad.kind = PreventionKind::ClubMeeting; // names no club
    const qint64 audit = rows(QStringLiteral("audit_log"));
    const ServiceResult<PreventionActivity> refused = m_service.saveActivity(m_worker, bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    const FieldErrors &errors = refused.fieldErrors();
    EXPECT_TRUE(hasError(errors, "end_date", ValidationCode::Inconsistent));
    EXPECT_TRUE(hasError(errors, "quantity", ValidationCode::Negative));
    EXPECT_TRUE(hasError(errors, "participants_women", ValidationCode::Inconsistent));
    EXPECT_TRUE(hasError(errors, "participants_minorities", ValidationCode::Inconsistent));
    EXPECT_TRUE(hasError(errors, "club_id", ValidationCode::Required));
    EXPECT_EQ(rows(QStringLiteral("prevention_activity")), 0);
    EXPECT_EQ(rows(QStringLiteral("audit_log")), audit);

    PreventionActivity future = training();
    future.startDate = QDate(2025, 4, 1);
    future.quantity = 0;
    const ServiceResult<PreventionActivity> later = m_service.saveActivity(m_worker, future);
    ASSERT_FALSE(later.ok());
    EXPECT_TRUE(hasError(later.fieldErrors(), "start_date", ValidationCode::InFuture));
    EXPECT_TRUE(hasError(later.fieldErrors(), "quantity", ValidationCode::Required));

    PreventionClub nameless;
    nameless.members = -2;
    const ServiceResult<PreventionClub> club = m_service.saveClub(m_worker, nameless);
    ASSERT_FALSE(club.ok());
    EXPECT_TRUE(hasError(club.fieldErrors(), "name", ValidationCode::Required));
    EXPECT_TRUE(hasError(club.fieldErrors(), "members", ValidationCode::Negative));
    EXPECT_EQ(rows(QStringLiteral("prevention_club")), 0);
}

TEST_F(PreventionServiceTest, CommuneAndClubAreCheckedWhenWriting)
{
    PreventionActivity elsewhere = training();
    elsewhere.era = AdminEra::From2025; // Hà Khánh was merged away on 1/7/2025
    ServiceResult<PreventionActivity> refused = m_service.saveActivity(m_worker, elsewhere);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(hasError(refused.fieldErrors(), "commune_code", ValidationCode::NotAChoice));
    EXPECT_EQ(rows(QStringLiteral("prevention_activity")), 0);
    elsewhere.era = AdminEra::Pre2025;
    EXPECT_TRUE(m_service.saveActivity(m_worker, elsewhere).ok());

    const PreventionClub club = storedClub();
    PreventionActivity meeting = training();
    meeting.kind = PreventionKind::ClubMeeting;
    meeting.clubId = club.meta.id;
    ASSERT_TRUE(m_service.saveActivity(m_worker, meeting).ok());

    ASSERT_TRUE(
        m_service.archiveClub(m_worker, club.meta.id, club.meta.version, QStringLiteral("giải thể"))
            .ok());
    refused = m_service.saveActivity(m_worker, meeting);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(hasError(refused.fieldErrors(), "club_id", ValidationCode::NotAChoice));
    meeting.clubId = 999999;
    refused = m_service.saveActivity(m_worker, meeting);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(hasError(refused.fieldErrors(), "club_id", ValidationCode::NotAChoice));

    auto meetings = m_service.listActivities(m_worker, ActivityQuery{.clubId = club.meta.id});
    ASSERT_TRUE(meetings.ok());
    EXPECT_EQ(meetings->size(), 1);
}

TEST_F(PreventionServiceTest, UpdatesAreLockedAndArchivingNeedsAReason)
{
    ServiceResult<PreventionActivity> saved = m_service.saveActivity(m_worker, training());
    ASSERT_TRUE(saved.ok());
    PreventionActivity edited = saved.value();
    edited.participantsTotal = 45;
    ServiceResult<PreventionActivity> updated = m_service.saveActivity(m_worker, edited);
    ASSERT_TRUE(updated.ok());
    EXPECT_EQ(updated->meta.version, 2);
    EXPECT_EQ(rows(QStringLiteral("audit_log"),
                   QStringLiteral("action = 'update' AND entity = 'prevention_activity'")),
              1);

    // The same older copy again: someone else's change is never overwritten.
    edited.participantsTotal = 50;
    const ServiceResult<PreventionActivity> stale = m_service.saveActivity(m_worker, edited);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);

    EXPECT_EQ(
        m_service.archiveActivity(m_worker, saved->meta.id, 2, QStringLiteral("  ")).error().code,
        ErrorCode::InvalidInput);
    ASSERT_TRUE(
        m_service.archiveActivity(m_worker, saved->meta.id, 2, QStringLiteral("trùng")).ok());
    EXPECT_EQ(rows(QStringLiteral("prevention_activity"),
                   QStringLiteral("archived = 1 AND archive_reason = 'trùng'")),
              1);
    EXPECT_EQ(rows(QStringLiteral("audit_log"),
                   QStringLiteral("action = 'archive' AND entity = 'prevention_activity'")),
              1);
    auto active = m_service.countActivities(m_worker, {});
    ASSERT_TRUE(active.ok());
    EXPECT_EQ(*active, 0);
    auto all = m_service.countActivities(m_worker,
                                         ActivityQuery{.archive = ArchiveFilter::IncludeArchived});
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(*all, 1);
}

TEST_F(PreventionServiceTest, ChoicesListTheCommunesOfEachEraAndTheClubs)
{
    storedClub();
    auto choices = m_service.choices(m_worker);
    ASSERT_TRUE(choices.ok());
    EXPECT_EQ(choices->communesPre2025.size(), 171);
    EXPECT_EQ(choices->communesFrom2025.size(), 54);
    EXPECT_EQ(choices->communes(AdminEra::Pre2025).value(QStringLiteral("06649")),
              QStringLiteral("Hà Khánh"));
    ASSERT_EQ(choices->clubs.size(), 1);
}

} // namespace
} // namespace sr::services
