// The border handover register's use cases: list (range, paging), get, create, update,
// archive, linked receptions; validation, audit rows, optimistic locking and permissions.
#include "services/BatchService.h"

#include "ServiceTestSupport.h"
#include "services/CaseService.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace sr::services {
namespace {

using namespace sr::domain;

class BatchServiceTest : public ::testing::Test
{
protected:
    test::FixedClock m_clock{QDateTime(QDate(2025, 3, 15), QTime(10, 0))};
    test::TempDatabase m_db;
    Actor m_actor{0, QStringLiteral("tester"), Role::SocialWorker};
    BatchService m_service{m_db.db()};

    static HandoverBatch sampleBatch(const QDate &date = QDate(2025, 3, 10))
    {
        HandoverBatch b;
        b.date = date;
        b.borderGateCode = QStringLiteral("mong_cai");
        b.foreignAgency = QStringLiteral("Công an Biên phòng Đông Hưng");
        b.receivingAgencyCode = QStringLiteral("bdbp_qn");
        b.personsTotal = 12;
        b.personsMale = 3;
        b.personsFemale = 9;
        b.personsChildren = 2;
        b.classified = true;
        b.personsVerified = 12;
        b.casesIdentified = 1;
        b.victimsIdentified = 2;
        b.notes = QStringLiteral("Trao trả theo biên bản số 15");
        return b;
    }

    qint64 rows(const QString &table, const QString &where = {})
    {
        return test::countRows(m_db.db(), table, where);
    }
};

TEST_F(BatchServiceTest, CreateStoresEveryFieldWithAnAuditRow)
{
    const qint64 audit = rows(QStringLiteral("audit_log"));
    const ServiceResult<HandoverBatch> saved = m_service.create(m_actor, sampleBatch());
    ASSERT_TRUE(saved.ok());
    EXPECT_GT(saved->meta.id, 0);
    EXPECT_EQ(saved->meta.version, 1);

    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral(
        "SELECT batch_date, border_gate_code, foreign_agency, receiving_agency_code, "
        "persons_total, persons_male, persons_female, persons_children, classified, "
        "persons_verified, cases_identified, victims_identified, notes, created_by "
        "FROM handover_batch")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("2025-03-10"));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("mong_cai"));
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("Công an Biên phòng Đông Hưng"));
    EXPECT_EQ(q.value(3).toString(), QStringLiteral("bdbp_qn"));
    EXPECT_EQ(q.value(4).toInt(), 12);
    EXPECT_EQ(q.value(5).toInt(), 3);
    EXPECT_EQ(q.value(6).toInt(), 9);
    EXPECT_EQ(q.value(7).toInt(), 2);
    EXPECT_EQ(q.value(8).toInt(), 1);
    EXPECT_EQ(q.value(9).toInt(), 12);
    EXPECT_EQ(q.value(10).toInt(), 1);
    EXPECT_EQ(q.value(11).toInt(), 2);
    EXPECT_EQ(q.value(12).toString(), QStringLiteral("Trao trả theo biên bản số 15"));
    EXPECT_EQ(q.value(13).toString(), QStringLiteral("tester"));
    EXPECT_FALSE(q.next());

    EXPECT_EQ(rows(QStringLiteral("audit_log")), audit + 1);
    EXPECT_EQ(rows(QStringLiteral("audit_log"),
                   QStringLiteral("action = 'create' AND entity = 'handover_batch' AND "
                                  "entity_id = %1 AND actor = 'tester'")
                       .arg(saved->meta.id)),
              1);
}

TEST_F(BatchServiceTest, RetriedCreateWithTheSameUuidIsNotEnteredTwice)
{
    HandoverBatch batch = sampleBatch();
    batch.meta.uuid = QStringLiteral("7f1c8a57-93a4-4a0e-9a4c-1f6c2c0d8b11");
    const auto first = m_service.create(m_actor, batch);
    const auto second = m_service.create(m_actor, batch);
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(first->meta.id, second->meta.id);
    EXPECT_EQ(rows(QStringLiteral("handover_batch")), 1);
}

TEST_F(BatchServiceTest, InvalidBatchWritesNothingAndNamesEveryField)
{
    HandoverBatch batch = sampleBatch(QDate(2025, 3, 16)); // tomorrow
    batch.personsMale = 8;                                 // 8 + 9 > 12
    batch.victimsIdentified = 13;
    const qint64 audit = rows(QStringLiteral("audit_log"));
    const auto saved = m_service.create(m_actor, batch);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code, ErrorCode::InvalidInput);
    const FieldErrors expected{
        {QStringLiteral("batch_date"), ValidationCode::InFuture},
        {QStringLiteral("persons_male"), ValidationCode::Inconsistent},
        {QStringLiteral("persons_female"), ValidationCode::Inconsistent},
        {QStringLiteral("victims_identified"), ValidationCode::Inconsistent},
    };
    EXPECT_EQ(saved.fieldErrors(), expected);
    EXPECT_EQ(rows(QStringLiteral("handover_batch")), 0);
    EXPECT_EQ(rows(QStringLiteral("audit_log")), audit);
}

TEST_F(BatchServiceTest, UpdateIsVersionedAuditedAndRefusesAStaleCopy)
{
    const auto created = m_service.create(m_actor, sampleBatch());
    ASSERT_TRUE(created.ok());
    HandoverBatch edit = created.value();
    edit.personsTotal = 14;
    edit.personsFemale = 11;
    const auto updated = m_service.update(m_actor, edit);
    ASSERT_TRUE(updated.ok());
    EXPECT_EQ(updated->meta.version, 2);
    EXPECT_EQ(rows(QStringLiteral("audit_log"),
                   QStringLiteral("action = 'update' AND entity = 'handover_batch'")),
              1);
    const auto reread = m_service.get(m_actor, created->meta.id);
    ASSERT_TRUE(reread.ok());
    EXPECT_EQ(reread->personsTotal, 14);
    EXPECT_EQ(reread->personsFemale, 11);

    HandoverBatch stale = created.value(); // version 1
    stale.notes = QStringLiteral("sửa sau");
    const auto refused = m_service.update(m_actor, stale);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_EQ(m_service.get(m_actor, created->meta.id)->notes, created->notes);

    EXPECT_FALSE(m_service.update(m_actor, sampleBatch()).ok()) << "not stored";
    EXPECT_FALSE(m_service.create(m_actor, updated.value()).ok()) << "already stored";
}

TEST_F(BatchServiceTest, ListFiltersByDateRangeNewestFirstInPages)
{
    for (int day = 1; day <= 7; ++day)
        ASSERT_TRUE(m_service.create(m_actor, sampleBatch(QDate(2025, 1, day))).ok());
    ASSERT_TRUE(m_service.create(m_actor, sampleBatch(QDate(2024, 12, 31))).ok());

    BatchQuery january{QDate(2025, 1, 1), QDate(2025, 1, 31)};
    EXPECT_EQ(*m_service.count(m_actor, january), 7);
    EXPECT_EQ(*m_service.count(m_actor, BatchQuery{}), 8);
    const auto first = m_service.list(m_actor, january, 0, 3);
    const auto second = m_service.list(m_actor, january, 3, 3);
    const auto last = m_service.list(m_actor, january, 6, 3);
    ASSERT_TRUE(first.ok() && second.ok() && last.ok());
    ASSERT_EQ(first->size(), 3);
    ASSERT_EQ(second->size(), 3);
    ASSERT_EQ(last->size(), 1);
    EXPECT_EQ(first->at(0).date, QDate(2025, 1, 7));
    EXPECT_EQ(second->at(0).date, QDate(2025, 1, 4));
    EXPECT_EQ(last->at(0).date, QDate(2025, 1, 1));
    EXPECT_FALSE(m_service.list(m_actor, january, -1, 3).ok());
}

TEST_F(BatchServiceTest, ArchiveKeepsTheRowNeedsAReasonAndIsAudited)
{
    const auto created = m_service.create(m_actor, sampleBatch());
    ASSERT_TRUE(created.ok());
    const qint64 id = created->meta.id;
    const auto noReason = m_service.archive(m_actor, id, 1, QStringLiteral("  "));
    ASSERT_FALSE(noReason.ok());
    EXPECT_EQ(noReason.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(m_service.archive(m_actor, id, 5, QStringLiteral("nhập trùng")).error().code,
              ErrorCode::Conflict);

    ASSERT_TRUE(m_service.archive(m_actor, id, 1, QStringLiteral("nhập trùng")).ok());
    EXPECT_EQ(rows(QStringLiteral("handover_batch")), 1) << "archived, not deleted";
    EXPECT_EQ(*m_service.count(m_actor, BatchQuery{}), 0);
    BatchQuery all;
    all.archive = domain::ArchiveFilter::IncludeArchived;
    EXPECT_EQ(*m_service.count(m_actor, all), 1);
    const auto archived = m_service.get(m_actor, id);
    ASSERT_TRUE(archived.ok());
    EXPECT_TRUE(archived->meta.archived);
    EXPECT_EQ(archived->meta.archiveReason, QStringLiteral("nhập trùng"));
    EXPECT_EQ(rows(QStringLiteral("audit_log"),
                   QStringLiteral("action = 'archive' AND entity = 'handover_batch' AND "
                                  "entity_id = %1")
                       .arg(id)),
              1);
}

TEST_F(BatchServiceTest, LinkedReceptionsNameTheCaseAndPerson)
{
    const auto batch = m_service.create(m_actor, sampleBatch());
    ASSERT_TRUE(batch.ok());
    CaseService cases(m_db.db());
    auto store = [&](const QString &name, const QDate &received, bool linked) {
        NewCase c;
        c.person.fullName = name;
        c.person.sex = Sex::Female;
        c.person.birthDate = PartialDate::fromYear(1999);
        c.person.residenceProvince = QStringLiteral("22");
        c.reception.receptionDate = received;
        c.reception.agencyCode = QStringLiteral("ctxh_qn");
        c.reception.countryCode = QStringLiteral("CN");
        c.reception.route = Route::HandedOverAtBorder;
        if (linked)
            c.reception.batchId = batch->meta.id;
        const auto saved = cases.saveNewCase(m_actor, c);
        EXPECT_TRUE(saved.ok());
        return saved.ok() ? saved->person : Person{};
    };
    const Person hoa = store(QStringLiteral("Nguyễn Thị Hoa"), QDate(2025, 3, 11), true);
    const Person lan = store(QStringLiteral("Đặng Thị Lan"), QDate(2025, 3, 10), true);
    store(QStringLiteral("Vi Thị Mai"), QDate(2025, 3, 10), false);

    const auto linked = m_service.linkedReceptions(m_actor, batch->meta.id);
    ASSERT_TRUE(linked.ok());
    ASSERT_EQ(linked->size(), 2);
    EXPECT_EQ(linked->at(0).fullName, QStringLiteral("Đặng Thị Lan"));
    EXPECT_EQ(linked->at(0).caseCode, lan.caseCode);
    EXPECT_EQ(linked->at(0).personId, lan.meta.id);
    EXPECT_EQ(linked->at(0).receptionDate, QDate(2025, 3, 10));
    EXPECT_EQ(linked->at(1).fullName, QStringLiteral("Nguyễn Thị Hoa"));
    EXPECT_EQ(linked->at(1).caseCode, hoa.caseCode);
}

TEST_F(BatchServiceTest, ViewerIsRefusedEveryUseCaseAndTheRefusalIsAudited)
{
    const auto created = m_service.create(m_actor, sampleBatch());
    ASSERT_TRUE(created.ok());
    const Actor viewer{7, QStringLiteral("viewer"), Role::Viewer};
    const qint64 denied = rows(QStringLiteral("audit_log"), QStringLiteral("action = 'denied'"));
    auto refused = [](const auto &result) {
        return !result.ok() && result.error().code == ErrorCode::PermissionDenied;
    };
    HandoverBatch edit = created.value();
    edit.personsTotal = 20;
    EXPECT_TRUE(refused(m_service.create(viewer, sampleBatch())));
    EXPECT_TRUE(refused(m_service.update(viewer, edit)));
    EXPECT_TRUE(refused(m_service.archive(viewer, created->meta.id, 1, QStringLiteral("x"))));
    EXPECT_TRUE(refused(m_service.list(viewer, BatchQuery{}, 0, 10)));
    EXPECT_TRUE(refused(m_service.count(viewer, BatchQuery{})));
    EXPECT_TRUE(refused(m_service.get(viewer, created->meta.id)));
    EXPECT_TRUE(refused(m_service.linkedReceptions(viewer, created->meta.id)));
    EXPECT_TRUE(refused(m_service.choices(viewer)));
    EXPECT_EQ(rows(QStringLiteral("audit_log"), QStringLiteral("action = 'denied'")), denied + 8);
    EXPECT_EQ(rows(QStringLiteral("handover_batch")), 1);
    EXPECT_EQ(m_service.get(m_actor, created->meta.id)->personsTotal, 12);

    // Every other role may work on batches.
    for (Role role : {Role::SocialWorker, Role::Manager, Role::Administrator}) {
        const Actor actor{8, QStringLiteral("user"), role};
        EXPECT_TRUE(m_service.create(actor, sampleBatch()).ok());
        EXPECT_TRUE(m_service.count(actor, BatchQuery{}).ok());
    }
}

} // namespace
} // namespace sr::services
