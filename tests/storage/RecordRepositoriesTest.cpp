// Supports, follow-ups and handover batches: CRUD, audit, optimistic locking, foreign keys.
#include "StorageTestData.h"
#include "storage/FollowUpRepository.h"
#include "storage/HandoverBatchRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ReceptionRepository.h"
#include "storage/SupportRepository.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <gtest/gtest.h>

using sr::ErrorCode;
using namespace sr::domain;
using namespace sr::storage;
using namespace sr::test;

namespace {

class RecordRepositoriesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto p =
            PersonRepository(temp.db()).insert(makePerson(QStringLiteral("A")), testActor(), 2023);
        ASSERT_TRUE(p.ok());
        auto r = ReceptionRepository(temp.db()).insert(makeReception(p->meta.id, QDate(2023, 4, 1)),
                                                       testActor());
        ASSERT_TRUE(r.ok()) << r.error().detail.toStdString();
        receptionId = r->meta.id;
    }

    FixedClock clock{QDateTime(QDate(2024, 2, 1), QTime(10, 0), Qt::UTC)};
    TempDatabase temp;
    qint64 receptionId = 0;
};

} // namespace

TEST_F(RecordRepositoriesTest, SupportCrud)
{
    SupportRepository repo(temp.db());
    Support s;
    s.receptionId = receptionId;
    s.typeCode = QStringLiteral("medical");
    s.date = QDate(2023, 4, 2);
    s.providerAgencyCode = QStringLiteral("ctxh_qn");
    s.amountVnd = 500000;
    s.quantity = 2;
    s.status = SupportStatus::Provided;
    s.notes = QStringLiteral("khám sức khỏe");
    auto stored = repo.insert(s, testActor());
    ASSERT_TRUE(stored.ok()) << stored.error().detail.toStdString();
    EXPECT_EQ(stored->meta.version, 1);

    Support noProvider = s;
    noProvider.providerAgencyCode.clear();
    noProvider.date = QDate(2023, 4, 1);
    noProvider.typeCode = QStringLiteral("essential_needs");
    auto second = repo.insert(noProvider, testActor());
    ASSERT_TRUE(second.ok()) << second.error().detail.toStdString();
    EXPECT_TRUE(scalar(temp.db(),
                       QStringLiteral("SELECT provider_agency_code FROM support WHERE id = %1")
                           .arg(second->meta.id))
                    .isNull());

    auto loaded = repo.get(stored->meta.id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->typeCode, QStringLiteral("medical"));
    EXPECT_EQ(loaded->date, QDate(2023, 4, 2));
    EXPECT_EQ(loaded->providerAgencyCode, QStringLiteral("ctxh_qn"));
    EXPECT_EQ(loaded->amountVnd, 500000);
    EXPECT_EQ(loaded->quantity, 2);
    EXPECT_EQ(loaded->status, SupportStatus::Provided);
    EXPECT_EQ(loaded->notes, QStringLiteral("khám sức khỏe"));

    auto list = repo.listForReception(receptionId);
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->at(0).meta.id, second->meta.id); // by date

    Support a = *loaded;
    Support b = *loaded;
    a.amountVnd = 600000;
    b.status = SupportStatus::Declined;
    ASSERT_TRUE(repo.update(a, testActor()).ok());
    EXPECT_EQ(repo.update(b, testActor()).error().code, ErrorCode::Conflict);
    EXPECT_EQ(repo.get(a.meta.id)->amountVnd, 600000);
    EXPECT_EQ(repo.get(a.meta.id)->status, SupportStatus::Provided);
    EXPECT_EQ(
        lastAuditChanges(temp.db(), QStringLiteral("support"), a.meta.id, QStringLiteral("update")),
        (QJsonObject{{QStringLiteral("amount_vnd"), QJsonArray{500000, 600000}}}));

    ASSERT_TRUE(repo.archive(a.meta.id, 2, QStringLiteral("sai"), testActor()).ok());
    EXPECT_EQ(repo.listForReception(receptionId)->size(), 1);
    EXPECT_EQ(repo.listForReception(receptionId, ArchiveFilter::ArchivedOnly)->size(), 1);
    EXPECT_EQ(
        count(temp.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'support'")),
        4);

    // Unknown support type: refused, nothing written.
    Support bad = s;
    bad.typeCode = QStringLiteral("no_such_type");
    EXPECT_EQ(repo.insert(bad, testActor()).error().code, ErrorCode::InvalidInput);
    // Negative amounts are refused by the schema.
    Support negative = s;
    negative.amountVnd = -1;
    EXPECT_FALSE(repo.insert(negative, testActor()).ok());
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM support")), 2);
    QSqlQuery query(temp.db().connection());
    EXPECT_FALSE(query.exec(QStringLiteral("DELETE FROM support")));
}

TEST_F(RecordRepositoriesTest, FollowUpCrud)
{
    FollowUpRepository repo(temp.db());
    FollowUp f;
    f.receptionId = receptionId;
    f.date = QDate(2023, 7, 1);
    f.kind = FollowUpKind::PhoneCall;
    f.health = ReintegrationStatus::Stable;
    f.housing = ReintegrationStatus::NeedsSupport;
    f.work = ReintegrationStatus::NotApplicable;
    f.notes = QStringLiteral("gọi điện");
    auto stored = repo.insert(f, testActor());
    ASSERT_TRUE(stored.ok()) << stored.error().detail.toStdString();
    auto loaded = repo.get(stored->meta.id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->receptionId, receptionId);
    EXPECT_EQ(loaded->date, QDate(2023, 7, 1));
    EXPECT_EQ(loaded->kind, FollowUpKind::PhoneCall);
    EXPECT_EQ(loaded->health, ReintegrationStatus::Stable);
    EXPECT_EQ(loaded->housing, ReintegrationStatus::NeedsSupport);
    EXPECT_EQ(loaded->work, ReintegrationStatus::NotApplicable);
    EXPECT_EQ(loaded->schooling, ReintegrationStatus::Unknown);
    EXPECT_EQ(loaded->notes, QStringLiteral("gọi điện"));

    FollowUp a = *loaded;
    FollowUp b = *loaded;
    a.work = ReintegrationStatus::Stable;
    b.work = ReintegrationStatus::NeedsSupport;
    ASSERT_TRUE(repo.update(a, testActor()).ok());
    EXPECT_EQ(repo.update(b, testActor()).error().code, ErrorCode::Conflict);
    EXPECT_EQ(
        lastAuditChanges(
            temp.db(), QStringLiteral("follow_up"), a.meta.id, QStringLiteral("update")),
        (QJsonObject{{QStringLiteral("work"),
                      QJsonArray{QStringLiteral("not_applicable"), QStringLiteral("stable")}}}));
    ASSERT_TRUE(repo.archive(a.meta.id, 2, QStringLiteral("x"), testActor()).ok());
    EXPECT_TRUE(repo.listForReception(receptionId)->isEmpty());
    EXPECT_EQ(repo.listForReception(receptionId, ArchiveFilter::IncludeArchived)->size(), 1);

    FollowUp orphan = f;
    orphan.receptionId = 12345;
    EXPECT_EQ(repo.insert(orphan, testActor()).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM follow_up")), 1);
}

TEST_F(RecordRepositoriesTest, HandoverBatchCrud)
{
    HandoverBatchRepository repo(temp.db());
    HandoverBatch b;
    b.date = QDate(2023, 5, 10);
    b.borderGateCode = QStringLiteral("mong_cai");
    b.foreignAgency = QStringLiteral("Công an Đông Hưng");
    b.receivingAgencyCode = QStringLiteral("bdbp_qn");
    b.personsTotal = 12;
    b.personsMale = 5;
    b.personsFemale = 7;
    b.personsChildren = 2;
    b.classified = true;
    b.personsVerified = 12;
    b.casesIdentified = 1;
    b.victimsIdentified = 3;
    b.notes = QStringLiteral("n");
    auto stored = repo.insert(b, testActor());
    ASSERT_TRUE(stored.ok()) << stored.error().detail.toStdString();
    HandoverBatch open;
    open.date = QDate(2023, 6, 1);
    auto second = repo.insert(open, testActor());
    ASSERT_TRUE(second.ok()) << second.error().detail.toStdString();

    auto loaded = repo.get(stored->meta.id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->date, QDate(2023, 5, 10));
    EXPECT_EQ(loaded->borderGateCode, QStringLiteral("mong_cai"));
    EXPECT_EQ(loaded->foreignAgency, QStringLiteral("Công an Đông Hưng"));
    EXPECT_EQ(loaded->receivingAgencyCode, QStringLiteral("bdbp_qn"));
    EXPECT_EQ(loaded->personsTotal, 12);
    EXPECT_EQ(loaded->personsMale, 5);
    EXPECT_EQ(loaded->personsFemale, 7);
    EXPECT_EQ(loaded->personsChildren, 2);
    EXPECT_TRUE(loaded->classified);
    EXPECT_EQ(loaded->personsVerified, 12);
    EXPECT_EQ(loaded->casesIdentified, 1);
    EXPECT_EQ(loaded->victimsIdentified, 3);

    auto all = repo.list();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->at(0).meta.id, second->meta.id); // newest first
    EXPECT_EQ(repo.list(QDate(2023, 5, 1), QDate(2023, 5, 31))->size(), 1);
    EXPECT_EQ(repo.list(QDate(2023, 5, 11))->size(), 1);
    EXPECT_EQ(repo.list({}, QDate(2023, 5, 10))->size(), 1);

    HandoverBatch x = *loaded;
    HandoverBatch y = *loaded;
    x.personsTotal = 13;
    y.personsTotal = 14;
    ASSERT_TRUE(repo.update(x, testActor()).ok());
    EXPECT_EQ(repo.update(y, testActor()).error().code, ErrorCode::Conflict);
    EXPECT_EQ(repo.get(x.meta.id)->personsTotal, 13);
    ASSERT_TRUE(repo.archive(x.meta.id, 2, QStringLiteral("x"), testActor()).ok());
    EXPECT_EQ(repo.list()->size(), 1);
    EXPECT_EQ(repo.list({}, {}, ArchiveFilter::IncludeArchived)->size(), 2);

    // A reception can point to the batch.
    ReceptionRepository receptions(temp.db());
    Reception r = *receptions.get(receptionId);
    r.batchId = second->meta.id;
    ASSERT_TRUE(receptions.update(r, testActor()).ok());
    ASSERT_EQ(receptions.listForBatch(second->meta.id)->size(), 1);
    EXPECT_EQ(receptions.get(receptionId)->batchId, second->meta.id);

    HandoverBatch bad = b;
    bad.borderGateCode = QStringLiteral("nowhere");
    EXPECT_EQ(repo.insert(bad, testActor()).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM handover_batch")), 2);
}

TEST_F(RecordRepositoriesTest, WritesJoinTheCallersTransaction)
{
    SupportRepository repo(temp.db());
    Support s;
    s.receptionId = receptionId;
    s.typeCode = QStringLiteral("medical");
    s.date = QDate(2023, 4, 2);
    {
        Transaction transaction(temp.db());
        ASSERT_TRUE(transaction.isActive());
        ASSERT_TRUE(repo.insert(s, testActor()).ok());
        ASSERT_TRUE(repo.insert(s, testActor()).ok());
        // No commit: everything, audit rows included, is rolled back.
    }
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM support")), 0);
    EXPECT_EQ(
        count(temp.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'support'")),
        0);
}

TEST_F(RecordRepositoriesTest, RetriedInsertsInsideAnEnclosingTransactionAreKeptOnce)
{
    // A save whose answer was lost is sent again with the same uuids, inside the caller's
    // transaction: the stored records are returned and the transaction still commits.
    Person person = makePerson(QStringLiteral("Retry"));
    person.meta.uuid = QStringLiteral("0b6f2f7e-1111-4c3d-9e8f-0123456789ab");
    Transaction transaction(temp.db());
    ASSERT_TRUE(transaction.isActive());
    PersonRepository persons(temp.db());
    auto p1 = persons.insert(person, testActor(), 2023);
    auto p2 = persons.insert(person, testActor(), 2023);
    ASSERT_TRUE(p1.ok() && p2.ok());
    EXPECT_EQ(p1->meta.id, p2->meta.id);

    Reception reception = makeReception(p1->meta.id, QDate(2023, 5, 1));
    reception.meta.uuid = QStringLiteral("0b6f2f7e-2222-4c3d-9e8f-0123456789ab");
    ReceptionRepository receptions(temp.db());
    auto r1 = receptions.insert(reception, testActor());
    auto r2 = receptions.insert(reception, testActor());
    ASSERT_TRUE(r1.ok() && r2.ok());
    EXPECT_EQ(r1->meta.id, r2->meta.id);

    Support support;
    support.meta.uuid = QStringLiteral("0b6f2f7e-3333-4c3d-9e8f-0123456789ab");
    support.receptionId = r1->meta.id;
    support.typeCode = QStringLiteral("medical");
    support.date = QDate(2023, 5, 2);
    SupportRepository supports(temp.db());
    auto s1 = supports.insert(support, testActor());
    auto s2 = supports.insert(support, testActor());
    ASSERT_TRUE(s1.ok() && s2.ok());
    EXPECT_EQ(s1->meta.id, s2->meta.id);

    FollowUp followUp;
    followUp.meta.uuid = QStringLiteral("0b6f2f7e-4444-4c3d-9e8f-0123456789ab");
    followUp.receptionId = r1->meta.id;
    followUp.date = QDate(2023, 6, 1);
    followUp.kind = FollowUpKind::PhoneCall;
    FollowUpRepository followUps(temp.db());
    auto f1 = followUps.insert(followUp, testActor());
    auto f2 = followUps.insert(followUp, testActor());
    ASSERT_TRUE(f1.ok() && f2.ok());
    EXPECT_EQ(f1->meta.id, f2->meta.id);

    ASSERT_TRUE(transaction.commit().ok());
    EXPECT_EQ(
        count(
            temp.db(),
            QStringLiteral("SELECT count(*) FROM person WHERE uuid = '%1'").arg(person.meta.uuid)),
        1);
    EXPECT_EQ(count(temp.db(),
                    QStringLiteral("SELECT count(*) FROM reception WHERE uuid = '%1'")
                        .arg(reception.meta.uuid)),
              1);
    EXPECT_EQ(count(temp.db(),
                    QStringLiteral("SELECT count(*) FROM support WHERE uuid = '%1'")
                        .arg(support.meta.uuid)),
              1);
    EXPECT_EQ(count(temp.db(),
                    QStringLiteral("SELECT count(*) FROM follow_up WHERE uuid = '%1'")
                        .arg(followUp.meta.uuid)),
              1);
}
