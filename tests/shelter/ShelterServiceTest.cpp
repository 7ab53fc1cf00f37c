// The shelter stays' use cases (services/ShelterService.h): admitting, leaving, archiving,
// converting shelter days into supports, the board; validation and bad input, the capacity and
// overlap refusals, permissions and audit rows. On both engines (server.* entries).
#include "services/ShelterService.h"

#include "ShelterTestSupport.h"
#include "services/Permissions.h"
#include "services/ServiceResult.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace sr::services {
namespace {

using namespace sr::domain;
using test::shelterCase;
using test::stayOf;

class ShelterServiceTest : public ::testing::Test
{
protected:
    test::FixedClock m_clock{QDateTime(QDate(2025, 3, 15), QTime(10, 0))};
    test::TempDatabase m_db;
    Actor m_worker{0, QStringLiteral("worker"), Role::SocialWorker};
    Actor m_viewer{0, QStringLiteral("viewer"), Role::Viewer};
    ShelterService m_service{m_db.db()};

    qint64 rows(const QString &table, const QString &where = {})
    {
        QSqlQuery q(m_db->connection());
        const QString sql =
            QStringLiteral("SELECT count(*) FROM %1%2")
                .arg(table, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    static QStringList fields(const FieldErrors &errors)
    {
        QStringList out;
        for (const FieldError &e : errors)
            out << e.field;
        return out;
    }
};

TEST_F(ShelterServiceTest, SeededSheltersAndRoomsOfTheProvince)
{
    const auto choices = m_service.choices(m_worker);
    ASSERT_TRUE(choices.ok());
    ASSERT_EQ(choices->shelters.size(), 2);
    EXPECT_EQ(choices->shelters.at(0).code, QStringLiteral("ctxh"));
    EXPECT_EQ(choices->shelters.at(1).nameVi, QStringLiteral("Ngôi nhà Ánh Dương"));
    // The province's report: "10 shelter rooms of the centre" (resources/sql/*/0014_centre_work.sql).
    EXPECT_EQ(rows(QStringLiteral("shelter_room"), QStringLiteral("shelter_code = 'ctxh'")), 10);
    EXPECT_EQ(rows(QStringLiteral("support_type"),
                   QStringLiteral("code = 'essential_needs' AND per_day_amount_vnd = 50000")),
              1);
}

TEST_F(ShelterServiceTest, AdmitStoresTheStayWithItsAuditRow)
{
    const qint64 reception = shelterCase(m_db.db(), m_worker, 1);
    const qint64 audit = rows(QStringLiteral("audit_log"));
    const auto saved =
        m_service.admit(m_worker, stayOf(reception, QStringLiteral("ctxh_01"), QDate(2025, 3, 2)));
    ASSERT_TRUE(saved.ok()) << saved.error().detail.toStdString();
    EXPECT_GT(saved->meta.id, 0);
    EXPECT_EQ(rows(QStringLiteral("shelter_stay"),
                   QStringLiteral("room_code = 'ctxh_01' AND admitted_date = '2025-03-02' "
                                  "AND left_date = ''")),
              1);
    EXPECT_EQ(rows(QStringLiteral("audit_log")), audit + 1);
    EXPECT_EQ(
        rows(QStringLiteral("audit_log"),
             QStringLiteral("action = 'create' AND entity = 'shelter_stay' AND entity_id = %1")
                 .arg(saved->meta.id)),
        1);
    // A retried admission (same uuid) is not entered twice.
    const auto again = m_service.admit(m_worker, [&] {
        ShelterStay s = stayOf(reception, QStringLiteral("ctxh_01"), QDate(2025, 3, 2));
        s.meta.uuid = saved->meta.uuid;
        return s;
    }());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->meta.id, saved->meta.id);
    EXPECT_EQ(rows(QStringLiteral("shelter_stay")), 1);
}

TEST_F(ShelterServiceTest, BadInputIsRefusedFieldByFieldAndWritesNothing)
{
    const qint64 reception = shelterCase(m_db.db(), m_worker, 1, QDate(2025, 3, 5));
    // Leaving before admission, an admission before the reception, a day in the future.
    const auto early =
        m_service.admit(m_worker, stayOf(reception, QStringLiteral("ctxh_01"), QDate(2025, 3, 4)));
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(early.fieldErrors(),
              (FieldErrors{
                  FieldError{QStringLiteral("admitted_date"), ValidationCode::BeforeReception}}));

    const auto backwards = m_service.admit(
        m_worker,
        stayOf(reception, QStringLiteral("ctxh_01"), QDate(2025, 3, 10), QDate(2025, 3, 8)));
    ASSERT_FALSE(backwards.ok());
    EXPECT_EQ(backwards.fieldErrors(),
              (FieldErrors{FieldError{QStringLiteral("left_date"), ValidationCode::Inconsistent}}));

    const auto future =
        m_service.admit(m_worker, stayOf(reception, QStringLiteral("ctxh_01"), QDate(2025, 3, 16)));
    ASSERT_FALSE(future.ok());
    EXPECT_EQ(fields(future.fieldErrors()), QStringList{QStringLiteral("admitted_date")});

    const auto noRoom = m_service.admit(
        m_worker, stayOf(reception, QStringLiteral("no_such_room"), QDate(2025, 3, 6)));
    ASSERT_FALSE(noRoom.ok());
    EXPECT_EQ(noRoom.fieldErrors(),
              (FieldErrors{FieldError{QStringLiteral("room_code"), ValidationCode::NotAChoice}}));

    ShelterStay noReason =
        stayOf(reception, QStringLiteral("ctxh_01"), QDate(2025, 3, 6), QDate(2025, 3, 8));
    noReason.leavingReason.clear();
    const auto missing = m_service.admit(m_worker, noReason);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(
        missing.fieldErrors(),
        (FieldErrors{FieldError{QStringLiteral("leaving_reason"), ValidationCode::Required}}));

    const auto noCase =
        m_service.admit(m_worker, stayOf(987654, QStringLiteral("ctxh_01"), QDate(2025, 3, 6)));
    ASSERT_FALSE(noCase.ok());
    EXPECT_EQ(fields(noCase.fieldErrors()), QStringList{QStringLiteral("reception_id")});

    EXPECT_EQ(rows(QStringLiteral("shelter_stay")), 0);
}

TEST_F(ShelterServiceTest, AFullRoomIsRefusedOnAnyDayOfTheStay)
{
    // ctxh_07 has 2 beds (0014_centre_work.sql).
    const qint64 a = shelterCase(m_db.db(), m_worker, 1);
    const qint64 b = shelterCase(m_db.db(), m_worker, 2);
    const qint64 c = shelterCase(m_db.db(), m_worker, 3);
    const QString room = QStringLiteral("ctxh_07");
    ASSERT_TRUE(
        m_service.admit(m_worker, stayOf(a, room, QDate(2025, 3, 2), QDate(2025, 3, 10))).ok());
    ASSERT_TRUE(m_service.admit(m_worker, stayOf(b, room, QDate(2025, 3, 8))).ok());

    // Full on 8 and 9 March: a stay from the 5th, still open, meets those days.
    const auto full = m_service.admit(m_worker, stayOf(c, room, QDate(2025, 3, 5)));
    ASSERT_FALSE(full.ok());
    EXPECT_EQ(full.fieldErrors(),
              (FieldErrors{FieldError{QStringLiteral("room_code"), ValidationCode::Inconsistent}}));
    // Before the second person came, a bed was free from the 5th to the 7th.
    EXPECT_TRUE(
        m_service.admit(m_worker, stayOf(c, room, QDate(2025, 3, 5), QDate(2025, 3, 8))).ok());
    // The first person's bed is free from the day they left.
    const qint64 d = shelterCase(m_db.db(), m_worker, 4);
    EXPECT_TRUE(m_service.admit(m_worker, stayOf(d, room, QDate(2025, 3, 10))).ok());
    EXPECT_EQ(rows(QStringLiteral("shelter_stay"), QStringLiteral("room_code = 'ctxh_07'")), 4);
}

TEST_F(ShelterServiceTest, AStayOverlappingAnotherOfThePersonIsRefused)
{
    const qint64 reception = shelterCase(m_db.db(), m_worker, 1);
    const auto first =
        m_service.admit(m_worker, stayOf(reception, QStringLiteral("ctxh_01"), QDate(2025, 3, 2)));
    ASSERT_TRUE(first.ok());
    const auto twice =
        m_service.admit(m_worker, stayOf(reception, QStringLiteral("ad_01"), QDate(2025, 3, 6)));
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(
        twice.fieldErrors(),
        (FieldErrors{FieldError{QStringLiteral("admitted_date"), ValidationCode::Inconsistent}}));
    // Moving rooms: leave on the 6th, admitted to the other room the same day.
    const auto left = m_service.leave(m_worker,
                                      first->meta.id,
                                      first->meta.version,
                                      QDate(2025, 3, 6),
                                      QStringLiteral("moved_room"));
    ASSERT_TRUE(left.ok()) << left.error().detail.toStdString();
    EXPECT_TRUE(
        m_service.admit(m_worker, stayOf(reception, QStringLiteral("ad_01"), QDate(2025, 3, 6)))
            .ok());
}

TEST_F(ShelterServiceTest, LeavingIsAnAuditedUpdateAgainstTheVersionSeen)
{
    const qint64 reception = shelterCase(m_db.db(), m_worker, 1);
    const auto stay =
        m_service.admit(m_worker, stayOf(reception, QStringLiteral("ctxh_01"), QDate(2025, 3, 2)));
    ASSERT_TRUE(stay.ok());
    const auto before = m_service.leave(m_worker,
                                        stay->meta.id,
                                        stay->meta.version,
                                        QDate(2025, 3, 1),
                                        QStringLiteral("returned_home"));
    ASSERT_FALSE(before.ok());
    EXPECT_EQ(fields(before.fieldErrors()), QStringList{QStringLiteral("left_date")});

    const auto left = m_service.leave(m_worker,
                                      stay->meta.id,
                                      stay->meta.version,
                                      QDate(2025, 3, 12),
                                      QStringLiteral("handed_over_to_family"));
    ASSERT_TRUE(left.ok());
    EXPECT_EQ(left->meta.version, stay->meta.version + 1);
    EXPECT_EQ(rows(QStringLiteral("shelter_stay"),
                   QStringLiteral("left_date = '2025-03-12' AND leaving_reason = "
                                  "'handed_over_to_family'")),
              1);
    EXPECT_EQ(rows(QStringLiteral("audit_log"),
                   QStringLiteral("action = 'update' AND entity = 'shelter_stay'")),
              1);
    // From the old version: Conflict, nothing changed.
    const auto stale = m_service.leave(
        m_worker, stay->meta.id, stay->meta.version, QDate(2025, 3, 13), QStringLiteral("other"));
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    EXPECT_EQ(rows(QStringLiteral("shelter_stay"), QStringLiteral("left_date = '2025-03-12'")), 1);
}

TEST_F(ShelterServiceTest, ArchivedWithAReasonNeverDeleted)
{
    const qint64 reception = shelterCase(m_db.db(), m_worker, 1);
    const auto stay =
        m_service.admit(m_worker, stayOf(reception, QStringLiteral("ctxh_01"), QDate(2025, 3, 2)));
    ASSERT_TRUE(stay.ok());
    EXPECT_FALSE(
        m_service.archive(m_worker, stay->meta.id, stay->meta.version, QStringLiteral(" ")).ok());
    ASSERT_TRUE(
        m_service.archive(m_worker, stay->meta.id, stay->meta.version, QStringLiteral("Nhập nhầm"))
            .ok());
    EXPECT_EQ(rows(QStringLiteral("shelter_stay"), QStringLiteral("archived = 1")), 1);
    EXPECT_EQ(rows(QStringLiteral("audit_log"),
                   QStringLiteral("action = 'archive' AND entity = 'shelter_stay'")),
              1);
    QSqlQuery q(m_db->connection());
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM shelter_stay")));
    EXPECT_EQ(rows(QStringLiteral("shelter_stay")), 1);
    // An archived stay takes no bed: the board is empty.
    const auto board = m_service.board(m_worker, QDate(2025, 3, 5));
    ASSERT_TRUE(board.ok());
    EXPECT_EQ(board->shelters.at(0).occupied, 0);
}

TEST_F(ShelterServiceTest, OnlyCaseWorkersAdmitAndRefusalsAreAudited)
{
    const Actor admin{0, QStringLiteral("admin"), Role::Administrator};
    const qint64 reception = shelterCase(m_db.db(), admin, 1);
    const auto refused =
        m_service.admit(m_viewer, stayOf(reception, QStringLiteral("ctxh_01"), QDate(2025, 3, 2)));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(rows(QStringLiteral("audit_log"),
                   QStringLiteral("action = 'denied' AND changes LIKE '%admit_to_shelter%'")),
              1);
    EXPECT_EQ(rows(QStringLiteral("shelter_stay")), 0);
    for (const Role role : {Role::SocialWorker, Role::Manager, Role::Administrator}) {
        EXPECT_TRUE(allowed(Actor{0, QStringLiteral("x"), role}, Permission::AdmitToShelter));
    }
    const Actor manager{0, QStringLiteral("manager"), Role::Manager};
    EXPECT_TRUE(
        m_service.admit(manager, stayOf(reception, QStringLiteral("ctxh_01"), QDate(2025, 3, 2)))
            .ok());
}

TEST_F(ShelterServiceTest, TheBoardNamesPersonsOnlyForThoseWhoMaySeeCases)
{
    const qint64 a = shelterCase(m_db.db(), m_worker, 1);
    const qint64 b = shelterCase(m_db.db(), m_worker, 2);
    ASSERT_TRUE(
        m_service.admit(m_worker, stayOf(a, QStringLiteral("ctxh_01"), QDate(2025, 3, 2))).ok());
    ASSERT_TRUE(
        m_service
            .admit(m_worker,
                   stayOf(b, QStringLiteral("ctxh_01"), QDate(2025, 3, 2), QDate(2025, 3, 14)))
            .ok());

    const auto board = m_service.board(m_worker, QDate(2025, 3, 13));
    ASSERT_TRUE(board.ok());
    ASSERT_TRUE(board->namesShown);
    const ShelterRoomBoard &room = board->shelters.at(0).rooms.at(0);
    EXPECT_EQ(room.room.code, QStringLiteral("ctxh_01"));
    EXPECT_EQ(room.occupied, 2);
    ASSERT_EQ(room.occupants.size(), 2);
    EXPECT_EQ(room.occupants.at(0).fullName, QStringLiteral("Nguyễn Thị Lưu Trú 1"));
    EXPECT_EQ(board->shelters.at(0).occupied, 2);
    EXPECT_EQ(board->shelters.at(0).capacity, 32);
    // The day the second person left, one bed is taken.
    EXPECT_EQ(m_service.board(m_worker, QDate(2025, 3, 14))->shelters.at(0).rooms.at(0).occupied,
              1);

    const auto counts = m_service.board(m_viewer, QDate(2025, 3, 13));
    ASSERT_TRUE(counts.ok());
    EXPECT_FALSE(counts->namesShown);
    const ShelterRoomBoard &seen = counts->shelters.at(0).rooms.at(0);
    EXPECT_EQ(seen.occupied, 2);
    for (const ShelterOccupant &o : seen.occupants) {
        EXPECT_TRUE(o.fullName.isEmpty());
        EXPECT_TRUE(o.caseCode.isEmpty());
    }
}

TEST_F(ShelterServiceTest, ShelterDaysBecomeEssentialNeedsSupportsOnce)
{
    const qint64 reception = shelterCase(m_db.db(), m_worker, 1);
    const auto stay = m_service.admit(
        m_worker,
        stayOf(reception, QStringLiteral("ctxh_01"), QDate(2025, 3, 2), QDate(2025, 3, 6)));
    ASSERT_TRUE(stay.ok());
    const qint64 audit = rows(QStringLiteral("audit_log"));
    const auto converted = m_service.convertToSupports(m_worker, stay->meta.id, stay->meta.version);
    ASSERT_TRUE(converted.ok()) << converted.error().detail.toStdString();
    // 2, 3, 4 and 5 March: the day of leaving is not a shelter day.
    EXPECT_EQ(converted->supports, 4);
    EXPECT_EQ(converted->first, QDate(2025, 3, 2));
    EXPECT_EQ(converted->last, QDate(2025, 3, 5));
    EXPECT_EQ(rows(QStringLiteral("support"),
                   QStringLiteral("type_code = 'essential_needs' AND amount_vnd = 50000 AND "
                                  "quantity = 1 AND reception_id = %1 AND support_date BETWEEN "
                                  "'2025-03-02' AND '2025-03-05'")
                       .arg(reception)),
              4);
    EXPECT_EQ(
        rows(QStringLiteral("shelter_stay"), QStringLiteral("supports_through = '2025-03-05'")), 1);
    // One audit row per support and one for the stay, in the same transaction.
    EXPECT_EQ(rows(QStringLiteral("audit_log")), audit + 5);

    const auto again =
        m_service.convertToSupports(m_worker, stay->meta.id, converted->stay.meta.version);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.fieldErrors(),
              (FieldErrors{
                  FieldError{QStringLiteral("supports_through"), ValidationCode::Inconsistent}}));
    EXPECT_EQ(rows(QStringLiteral("support"), QStringLiteral("type_code = 'essential_needs'")), 4);

    // From a version seen before the conversion: Conflict, nothing added.
    const auto stale = m_service.convertToSupports(m_worker, stay->meta.id, stay->meta.version);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    EXPECT_FALSE(
        m_service.convertToSupports(m_viewer, stay->meta.id, converted->stay.meta.version).ok());
}

TEST_F(ShelterServiceTest, AnOpenStayConvertsUpToToday)
{
    const qint64 reception = shelterCase(m_db.db(), m_worker, 1);
    const auto stay =
        m_service.admit(m_worker, stayOf(reception, QStringLiteral("ad_02"), QDate(2025, 3, 10)));
    ASSERT_TRUE(stay.ok());
    const auto converted = m_service.convertToSupports(m_worker, stay->meta.id, stay->meta.version);
    ASSERT_TRUE(converted.ok());
    EXPECT_EQ(converted->supports, 6); // 10 to 15 March, today included
    m_clock.setNow(QDateTime(QDate(2025, 3, 17), QTime(9, 0)));
    const auto later =
        m_service.convertToSupports(m_worker, stay->meta.id, converted->stay.meta.version);
    ASSERT_TRUE(later.ok());
    EXPECT_EQ(later->first, QDate(2025, 3, 16));
    EXPECT_EQ(later->supports, 2);
    EXPECT_EQ(rows(QStringLiteral("support"), QStringLiteral("type_code = 'essential_needs'")), 8);
}

TEST(ShelterDaysTest, ClippedToTheRangeAndLeavingDayExcluded)
{
    ShelterStay stay = test::stayOf(1, QStringLiteral("r"), QDate(2025, 1, 30), QDate(2025, 2, 3));
    EXPECT_EQ(shelterDaysWithin(stay, QDate(2025, 1, 1), QDate(2025, 12, 31)), 4);
    EXPECT_EQ(shelterDaysWithin(stay, QDate(2025, 2, 1), QDate(2025, 2, 28)), 2);
    EXPECT_EQ(shelterDaysWithin(stay, QDate(2025, 1, 1), QDate(2025, 1, 31)), 2);
    EXPECT_EQ(shelterDaysWithin(stay, QDate(2025, 3, 1), QDate(2025, 3, 31)), 0);
    stay.left = {};
    EXPECT_EQ(shelterDaysWithin(stay, QDate(2025, 2, 1), QDate(2025, 2, 28)), 28);
    stay.left = stay.admitted;
    EXPECT_EQ(shelterDaysWithin(stay, QDate(2025, 1, 1), QDate(2025, 12, 31)), 0);
}

} // namespace
} // namespace sr::services
