// The hotline's call log (docs/centre-work.md, "Hotline"): create, update, list with filters,
// archive, link to a case and the case timeline; validation, audit rows, optimistic locking and
// who may log calls.
#include "services/HotlineService.h"

#include "ServiceTestSupport.h"
#include "services/CaseService.h"
#include "services/Permissions.h"
#include "services/WorkService.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace sr::services {
namespace {

using namespace sr::domain;

class HotlineServiceTest : public ::testing::Test
{
protected:
    test::FixedClock m_clock{QDateTime(QDate(2025, 3, 15), QTime(10, 0))};
    test::TempDatabase m_db;
    Actor m_actor{0, QStringLiteral("tester"), Role::SocialWorker};
    HotlineService m_service{m_db.db()};

    static HotlineCall sampleCall(const QDate &date = QDate(2025, 3, 14))
    {
        HotlineCall c;
        c.date = date;
        c.time = QStringLiteral("21:40");
        c.durationMinutes = 12;
        c.callerType = CallerType::Family;
        c.callerName = QStringLiteral("Nguyễn Văn Bình");
        c.callerPhone = QStringLiteral("0912 345 678");
        c.reason = CallReason::TraffickingReport;
        c.sex = Sex::Female;
        c.ageBand = AgeBand::From16To17;
        c.provinceCode = QStringLiteral("22");
        c.urgency = CallUrgency::Emergency;
        c.actions = {CallAction::Advised, CallAction::ReferredBorderGuard};
        c.notes = QStringLiteral("Con gái bị lừa sang Trung Quốc");
        return c;
    }

    static HotlineCall anonymousCall(const QDate &date, CallReason reason)
    {
        HotlineCall c;
        c.date = date;
        c.time = QStringLiteral("08:05");
        c.reason = reason;
        c.actions = {CallAction::Advised};
        return c;
    }

    Person storeCase(const QDate &received)
    {
        CaseService cases(m_db.db());
        NewCase c;
        c.person.fullName = QStringLiteral("Nguyễn Thị Hoa");
        c.person.sex = Sex::Female;
        c.person.birthDate = PartialDate::fromYear(2008);
        c.person.residenceProvince = QStringLiteral("22");
        c.reception.receptionDate = received;
        c.reception.agencyCode = QStringLiteral("ctxh_qn");
        c.reception.countryCode = QStringLiteral("CN");
        c.reception.route = Route::ReportedByFamily;
        const auto saved = cases.saveNewCase(m_actor, c);
        EXPECT_TRUE(saved.ok());
        return saved.ok() ? saved->person : Person{};
    }

    qint64 rows(const QString &table, const QString &where = {})
    {
        return test::countRows(m_db.db(), table, where);
    }
};

TEST_F(HotlineServiceTest, CreateStoresEveryFieldWithAnAuditRow)
{
    const qint64 audit = rows(QStringLiteral("audit_log"));
    const ServiceResult<HotlineCall> saved = m_service.create(m_actor, sampleCall());
    ASSERT_TRUE(saved.ok()) << saved.fieldErrors().size();
    EXPECT_GT(saved->meta.id, 0);

    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral(
        "SELECT call_date, call_time, duration_minutes, line, caller_type, caller_name, "
        "caller_phone, reason, sex, age_band, province_code, urgency, actions, notes, person_id, "
        "created_by FROM hotline_call")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("2025-03-14"));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("21:40"));
    EXPECT_EQ(q.value(2).toInt(), 12);
    EXPECT_EQ(q.value(3).toString(), QStringLiteral("18001769"));
    EXPECT_EQ(q.value(4).toString(), QStringLiteral("family"));
    EXPECT_EQ(q.value(5).toString(), QStringLiteral("Nguyễn Văn Bình"));
    EXPECT_EQ(q.value(6).toString(), QStringLiteral("0912 345 678"));
    EXPECT_EQ(q.value(7).toString(), QStringLiteral("trafficking_report"));
    EXPECT_EQ(q.value(8).toString(), QStringLiteral("female"));
    EXPECT_EQ(q.value(9).toString(), QStringLiteral("16_17"));
    EXPECT_EQ(q.value(10).toString(), QStringLiteral("22"));
    EXPECT_EQ(q.value(11).toString(), QStringLiteral("emergency"));
    EXPECT_EQ(q.value(12).toString(), QStringLiteral("advised,referred_border_guard"));
    EXPECT_EQ(q.value(13).toString(), QStringLiteral("Con gái bị lừa sang Trung Quốc"));
    EXPECT_TRUE(q.value(14).isNull());
    EXPECT_EQ(q.value(15).toString(), QStringLiteral("tester"));
    EXPECT_FALSE(q.next());
    EXPECT_EQ(rows(QStringLiteral("audit_log")), audit + 1);
    EXPECT_EQ(rows(QStringLiteral("audit_log"),
                   QStringLiteral("action = 'create' AND entity = 'hotline_call' AND "
                                  "entity_id = %1")
                       .arg(saved->meta.id)),
              1);
}

TEST_F(HotlineServiceTest, AnAnonymousCallNeedsNothingPersonal)
{
    const auto saved =
        m_service.create(m_actor, anonymousCall(QDate(2025, 3, 15), CallReason::Advice));
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->callerType, CallerType::Anonymous);
    EXPECT_EQ(rows(QStringLiteral("hotline_call"),
                   QStringLiteral("caller_name = '' AND caller_phone = '' AND notes = ''")),
              1);
}

TEST_F(HotlineServiceTest, BadInputWritesNothingAndNamesEveryField)
{
    HotlineCall call = sampleCall(QDate(2025, 3, 15));
    call.time = QStringLiteral("10:30"); // later today than the clock's 10:00
    call.durationMinutes = -3;
    call.line = QStringLiteral("1800 17 69a");
    call.callerType = CallerType::Anonymous; // with a name and a phone
    call.callerPhone = QStringLiteral("abc");
    const qint64 audit = rows(QStringLiteral("audit_log"));
    const auto saved = m_service.create(m_actor, call);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code, ErrorCode::InvalidInput);
    const FieldErrors expected{
        {QStringLiteral("call_time"), ValidationCode::InFuture},
        {QStringLiteral("duration_minutes"), ValidationCode::Negative},
        {QStringLiteral("line"), ValidationCode::InvalidFormat},
        {QStringLiteral("caller_name"), ValidationCode::Inconsistent},
        {QStringLiteral("caller_phone"), ValidationCode::Inconsistent},
    };
    EXPECT_EQ(saved.fieldErrors(), expected);

    HotlineCall tomorrow = sampleCall(QDate(2025, 3, 16));
    tomorrow.time = QStringLiteral("25:00");
    tomorrow.provinceCode = QStringLiteral("99");
    const auto refused = m_service.create(m_actor, tomorrow);
    ASSERT_FALSE(refused.ok());
    const FieldErrors expectedTomorrow{
        {QStringLiteral("call_date"), ValidationCode::InFuture},
        {QStringLiteral("call_time"), ValidationCode::InvalidFormat},
    };
    EXPECT_EQ(refused.fieldErrors(), expectedTomorrow);

    HotlineCall unknownProvince = sampleCall();
    unknownProvince.provinceCode = QStringLiteral("99");
    const auto province = m_service.create(m_actor, unknownProvince);
    ASSERT_FALSE(province.ok());
    EXPECT_EQ(province.fieldErrors(),
              (FieldErrors{{QStringLiteral("province_code"), ValidationCode::NotAChoice}}));

    EXPECT_EQ(rows(QStringLiteral("hotline_call")), 0);
    EXPECT_EQ(rows(QStringLiteral("audit_log")), audit);
}

TEST_F(HotlineServiceTest, UpdateIsVersionedAuditedAndRefusesAStaleCopy)
{
    const auto created = m_service.create(m_actor, sampleCall());
    ASSERT_TRUE(created.ok());
    HotlineCall edit = created.value();
    edit.durationMinutes = 20;
    const auto updated = m_service.update(m_actor, edit);
    ASSERT_TRUE(updated.ok());
    EXPECT_EQ(updated->meta.version, 2);
    EXPECT_EQ(rows(QStringLiteral("audit_log"),
                   QStringLiteral("action = 'update' AND entity = 'hotline_call'")),
              1);
    HotlineCall stale = created.value();
    stale.notes = QStringLiteral("sửa sau");
    const auto refused = m_service.update(m_actor, stale);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_EQ(m_service.get(m_actor, created->meta.id)->durationMinutes, 20);
}

TEST_F(HotlineServiceTest, ListFiltersByDateReasonAndAction)
{
    ASSERT_TRUE(m_service.create(m_actor, sampleCall(QDate(2025, 3, 1))).ok());
    ASSERT_TRUE(
        m_service.create(m_actor, anonymousCall(QDate(2025, 3, 2), CallReason::Advice)).ok());
    ASSERT_TRUE(
        m_service.create(m_actor, anonymousCall(QDate(2025, 2, 27), CallReason::Other)).ok());
    HotlineCall police = anonymousCall(QDate(2025, 3, 3), CallReason::ViolenceAbuse);
    police.actions = {CallAction::ReferredPolice};
    ASSERT_TRUE(m_service.create(m_actor, police).ok());

    CallQuery march;
    march.from = QDate(2025, 3, 1);
    march.to = QDate(2025, 3, 31);
    EXPECT_EQ(*m_service.count(m_actor, march), 3);
    EXPECT_EQ(*m_service.count(m_actor, CallQuery{}), 4);
    CallQuery advice;
    advice.reason = CallReason::Advice;
    EXPECT_EQ(*m_service.count(m_actor, advice), 1);
    CallQuery advised;
    advised.action = CallAction::Advised;
    EXPECT_EQ(*m_service.count(m_actor, advised), 3);
    CallQuery guard;
    guard.action = CallAction::ReferredBorderGuard;
    EXPECT_EQ(*m_service.count(m_actor, guard), 1);
    const auto page = m_service.list(m_actor, march, 0, 2);
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page->size(), 2);
    EXPECT_EQ(page->at(0).date, QDate(2025, 3, 3)) << "newest first";
    EXPECT_EQ(page->at(1).date, QDate(2025, 3, 2));
}

TEST_F(HotlineServiceTest, ArchiveKeepsTheRowNeedsAReasonAndIsAudited)
{
    const auto created = m_service.create(m_actor, sampleCall());
    ASSERT_TRUE(created.ok());
    const qint64 id = created->meta.id;
    EXPECT_EQ(m_service.archive(m_actor, id, 1, QStringLiteral(" ")).error().code,
              ErrorCode::InvalidInput);
    EXPECT_EQ(m_service.archive(m_actor, id, 4, QStringLiteral("nhập trùng")).error().code,
              ErrorCode::Conflict);
    ASSERT_TRUE(m_service.archive(m_actor, id, 1, QStringLiteral("nhập trùng")).ok());
    EXPECT_EQ(rows(QStringLiteral("hotline_call")), 1) << "archived, not deleted";
    EXPECT_EQ(*m_service.count(m_actor, CallQuery{}), 0);
    EXPECT_EQ(rows(QStringLiteral("audit_log"),
                   QStringLiteral("action = 'archive' AND entity = 'hotline_call'")),
              1);
    QSqlQuery q(m_db->connection());
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM hotline_call"))) << "no-delete trigger";
}

TEST_F(HotlineServiceTest, ALinkedCallShowsOnTheCaseTimeline)
{
    const Person person = storeCase(QDate(2025, 3, 14));
    const auto created = m_service.create(m_actor, sampleCall(QDate(2025, 3, 14)));
    ASSERT_TRUE(created.ok());

    const auto unknown = m_service.linkToCase(
        m_actor, created->meta.id, 1, QStringLiteral("QN-1999-9999"), std::nullopt);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.fieldErrors(),
              (FieldErrors{{QStringLiteral("case_code"), ValidationCode::NotAChoice}}));

    const auto linked =
        m_service.linkToCase(m_actor, created->meta.id, 1, person.caseCode, std::nullopt);
    ASSERT_TRUE(linked.ok());
    EXPECT_EQ(linked->personId, person.meta.id);
    ASSERT_TRUE(linked->receptionId.has_value()) << "the reception of the call's day";
    EXPECT_TRUE(linked->actions.contains(CallAction::CaseOpened));
    const auto linkedCase = m_service.caseOf(m_actor, linked.value());
    ASSERT_TRUE(linkedCase.ok());
    EXPECT_EQ(linkedCase->caseCode, person.caseCode);
    EXPECT_EQ(linkedCase->receptionDate, QDate(2025, 3, 14));

    const auto timeline = WorkService(m_db.db()).timeline(m_actor, person.meta.id);
    ASSERT_TRUE(timeline.ok());
    qsizetype calls = 0;
    for (const TimelineEntry &e : *timeline) {
        if (e.kind != TimelineKind::HotlineCall)
            continue;
        ++calls;
        EXPECT_EQ(e.code, QStringLiteral("trafficking_report"));
        EXPECT_EQ(e.code2, QStringLiteral("emergency"));
        EXPECT_FALSE(e.dateOnly);
        // 21:40 in Vietnam is 14:40 UTC.
        EXPECT_EQ(e.at, QDateTime(QDate(2025, 3, 14), QTime(14, 40), Qt::UTC));
        EXPECT_EQ(e.receptionId, linked->receptionId);
    }
    EXPECT_EQ(calls, 1);
}

TEST_F(HotlineServiceTest, AReceptionOfAnotherPersonIsRefused)
{
    const Person hoa = storeCase(QDate(2025, 3, 10));
    const Person other = storeCase(QDate(2025, 3, 11));
    ASSERT_NE(hoa.meta.id, other.meta.id);
    const auto created = m_service.create(m_actor, sampleCall());
    ASSERT_TRUE(created.ok());
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT id FROM reception WHERE person_id = %1").arg(other.meta.id)));
    ASSERT_TRUE(q.next());
    const qint64 othersReception = q.value(0).toLongLong();
    const auto refused =
        m_service.linkToCase(m_actor, created->meta.id, 1, hoa.caseCode, othersReception);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.fieldErrors(),
              (FieldErrors{{QStringLiteral("reception_id"), ValidationCode::Inconsistent}}));
    EXPECT_EQ(rows(QStringLiteral("hotline_call"), QStringLiteral("person_id IS NOT NULL")), 0);
}

TEST_F(HotlineServiceTest, WhoMayLogCalls)
{
    for (const Role role : {Role::SocialWorker, Role::Manager, Role::Administrator}) {
        const Actor actor{0, QStringLiteral("worker"), role};
        EXPECT_TRUE(allowed(actor, Permission::LogCalls));
        EXPECT_TRUE(
            m_service.create(actor, anonymousCall(QDate(2025, 3, 1), CallReason::Advice)).ok());
    }
    const auto created = m_service.create(m_actor, sampleCall());
    ASSERT_TRUE(created.ok());
    const Actor viewer{7, QStringLiteral("viewer"), Role::Viewer};
    EXPECT_FALSE(allowed(viewer, Permission::LogCalls));
    const qint64 denied = rows(QStringLiteral("audit_log"), QStringLiteral("action = 'denied'"));
    EXPECT_EQ(m_service.count(viewer, CallQuery{}).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(m_service.list(viewer, CallQuery{}, 0, 10).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(m_service.get(viewer, created->meta.id).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(m_service.create(viewer, sampleCall()).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(m_service.update(viewer, created.value()).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(m_service.archive(viewer, created->meta.id, 1, QStringLiteral("x")).error().code,
              ErrorCode::PermissionDenied);
    EXPECT_EQ(rows(QStringLiteral("audit_log"), QStringLiteral("action = 'denied'")), denied + 6);
    EXPECT_EQ(rows(QStringLiteral("audit_log"),
                   QStringLiteral("action = 'denied' AND changes LIKE '%log_calls%'")),
              6);
    EXPECT_EQ(rows(QStringLiteral("hotline_call")), 4);
}

} // namespace
} // namespace sr::services
