// Receptions: derived age columns, the person's latest-reception summary, foreign keys, locking.
#include "storage/ReceptionRepository.h"

#include "StorageTestData.h"
#include "storage/PersonRepository.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <gtest/gtest.h>

using sr::ErrorCode;
using sr::domain::Person;
using sr::domain::Reception;
using sr::storage::ArchiveFilter;
using sr::storage::PersonRepository;
using sr::storage::ReceptionRepository;
using namespace sr::test;

namespace {

class ReceptionRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Person p = makePerson(QStringLiteral("Nguyễn Thị Hằng"), 0);
        p.birthDate = sr::domain::PartialDate::fromDate(QDate(2007, 3, 10));
        auto stored = persons.insert(p, testActor(), 2023);
        ASSERT_TRUE(stored.ok()) << stored.error().detail.toStdString();
        person = *stored;
    }

    Reception insert(const Reception &reception)
    {
        auto stored = receptions.insert(reception, testActor());
        EXPECT_TRUE(stored.ok()) << (stored ? "" : stored.error().detail.toStdString());
        return stored ? *stored : Reception{};
    }

    QVariant personColumn(const QString &column)
    {
        return scalar(
            temp.db(),
            QStringLiteral("SELECT %1 FROM person WHERE id = %2").arg(column).arg(person.meta.id));
    }

    QVariant receptionColumn(qint64 id, const QString &column)
    {
        return scalar(temp.db(),
                      QStringLiteral("SELECT %1 FROM reception WHERE id = %2").arg(column).arg(id));
    }

    FixedClock clock{QDateTime(QDate(2024, 1, 15), QTime(8, 0), Qt::UTC)};
    TempDatabase temp;
    PersonRepository persons{temp.db()};
    ReceptionRepository receptions{temp.db()};
    Person person;
};

} // namespace

TEST_F(ReceptionRepositoryTest, InsertStoresFieldsAndDerivedAge)
{
    Reception r = makeReception(person.meta.id, QDate(2023, 3, 9));
    r.identificationAgencyCode = QStringLiteral("bdbp_qn");
    r.identificationDate = QDate(2023, 3, 20);
    r.identificationBasis = QStringLiteral("Biên bản xác minh");
    r.notes = QStringLiteral("ghi chú");
    const Reception stored = insert(r);
    ASSERT_GT(stored.meta.id, 0);
    EXPECT_EQ(stored.meta.version, 1);
    EXPECT_FALSE(stored.meta.uuid.isEmpty());

    EXPECT_EQ(receptionColumn(stored.meta.id, QStringLiteral("age_years")).toInt(), 15);
    EXPECT_EQ(receptionColumn(stored.meta.id, QStringLiteral("age_band")).toString(),
              QStringLiteral("12_15"));
    EXPECT_EQ(receptionColumn(stored.meta.id, QStringLiteral("exploitation")).toString(),
              QStringLiteral("forced_marriage,forced_labour"));
    EXPECT_TRUE(receptionColumn(stored.meta.id, QStringLiteral("batch_id")).isNull());

    auto loaded = receptions.get(stored.meta.id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->personId, person.meta.id);
    EXPECT_EQ(loaded->receptionDate, QDate(2023, 3, 9));
    EXPECT_EQ(loaded->agencyCode, QStringLiteral("ctxh_qn"));
    EXPECT_EQ(loaded->countryCode, QStringLiteral("CN"));
    EXPECT_EQ(loaded->route, sr::domain::Route::HandedOverAtBorder);
    EXPECT_EQ(loaded->exploitation, r.exploitation);
    EXPECT_EQ(loaded->identificationStatus, sr::domain::IdentificationStatus::ConfirmedVictim);
    EXPECT_EQ(loaded->identificationAgencyCode, QStringLiteral("bdbp_qn"));
    EXPECT_EQ(loaded->identificationDate, QDate(2023, 3, 20));
    EXPECT_EQ(loaded->identificationBasis, QStringLiteral("Biên bản xác minh"));
    EXPECT_EQ(loaded->caseStatus, sr::domain::CaseStatus::Open);
    EXPECT_FALSE(loaded->outcome.has_value());
    EXPECT_FALSE(loaded->batchId.has_value());
    EXPECT_EQ(loaded->notes, QStringLiteral("ghi chú"));
    EXPECT_EQ(receptions.getByUuid(stored.meta.uuid)->meta.id, stored.meta.id);

    // One day later the person is 16.
    Reception later = *loaded;
    later.receptionDate = QDate(2023, 3, 10);
    auto updated = receptions.update(later, testActor());
    ASSERT_TRUE(updated.ok()) << updated.error().detail.toStdString();
    EXPECT_EQ(updated->meta.version, 2);
    EXPECT_EQ(receptionColumn(stored.meta.id, QStringLiteral("age_years")).toInt(), 16);
    EXPECT_EQ(receptionColumn(stored.meta.id, QStringLiteral("age_band")).toString(),
              QStringLiteral("16_17"));
    const QJsonObject changes = lastAuditChanges(
        temp.db(), QStringLiteral("reception"), stored.meta.id, QStringLiteral("update"));
    const QJsonObject expected{
        {QStringLiteral("reception_date"),
         QJsonArray{QStringLiteral("2023-03-09"), QStringLiteral("2023-03-10")}},
        {QStringLiteral("age_years"), QJsonArray{15, 16}},
        {QStringLiteral("age_band"), QJsonArray{QStringLiteral("12_15"), QStringLiteral("16_17")}},
    };
    EXPECT_EQ(changes, expected);
}

TEST_F(ReceptionRepositoryTest, UnknownAgeGivesUnknownBand)
{
    Person unknown = *persons.insert(makePerson(QStringLiteral("X"), 0), testActor(), 2023);
    const Reception stored = insert(makeReception(unknown.meta.id, QDate(2023, 5, 1)));
    EXPECT_TRUE(receptionColumn(stored.meta.id, QStringLiteral("age_years")).isNull());
    EXPECT_EQ(receptionColumn(stored.meta.id, QStringLiteral("age_band")).toString(),
              QStringLiteral("unknown"));
}

TEST_F(ReceptionRepositoryTest, PersonSummaryFollowsLatestActiveReception)
{
    EXPECT_TRUE(personColumn(QStringLiteral("last_reception_id")).isNull());
    const Reception first = insert(makeReception(person.meta.id, QDate(2023, 3, 9)));
    EXPECT_EQ(personColumn(QStringLiteral("last_reception_id")).toLongLong(), first.meta.id);
    EXPECT_EQ(personColumn(QStringLiteral("last_reception_date")).toString(),
              QStringLiteral("2023-03-09"));
    EXPECT_EQ(personColumn(QStringLiteral("last_agency_code")).toString(),
              QStringLiteral("ctxh_qn"));
    EXPECT_EQ(personColumn(QStringLiteral("last_country_code")).toString(), QStringLiteral("CN"));
    EXPECT_EQ(personColumn(QStringLiteral("last_identification_status")).toString(),
              QStringLiteral("confirmed_victim"));
    EXPECT_EQ(personColumn(QStringLiteral("last_case_status")).toString(), QStringLiteral("open"));
    // The summary is derived: the person's own version does not move.
    EXPECT_EQ(personColumn(QStringLiteral("version")).toInt(), 1);

    Reception secondIn = makeReception(person.meta.id, QDate(2024, 1, 5));
    secondIn.agencyCode = QStringLiteral("bdbp_qn");
    secondIn.countryCode = QStringLiteral("KH");
    secondIn.identificationStatus = sr::domain::IdentificationStatus::Pending;
    const Reception second = insert(secondIn);
    EXPECT_EQ(personColumn(QStringLiteral("last_reception_id")).toLongLong(), second.meta.id);
    EXPECT_EQ(personColumn(QStringLiteral("last_reception_date")).toString(),
              QStringLiteral("2024-01-05"));
    EXPECT_EQ(personColumn(QStringLiteral("last_agency_code")).toString(),
              QStringLiteral("bdbp_qn"));
    EXPECT_EQ(personColumn(QStringLiteral("last_country_code")).toString(), QStringLiteral("KH"));
    EXPECT_EQ(personColumn(QStringLiteral("last_identification_status")).toString(),
              QStringLiteral("pending"));

    // An earlier reception entered afterwards does not take over.
    const Reception older = insert(makeReception(person.meta.id, QDate(2022, 1, 1)));
    EXPECT_EQ(personColumn(QStringLiteral("last_reception_id")).toLongLong(), second.meta.id);

    // Closing the latest case shows in the summary.
    Reception closing = second;
    closing.caseStatus = sr::domain::CaseStatus::Closed;
    closing.outcome = sr::domain::CaseOutcome::ReturnedHome;
    closing.closedDate = QDate(2024, 1, 10);
    auto closed = receptions.update(closing, testActor());
    ASSERT_TRUE(closed.ok()) << closed.error().detail.toStdString();
    EXPECT_EQ(personColumn(QStringLiteral("last_case_status")).toString(),
              QStringLiteral("closed"));
    EXPECT_EQ(receptions.get(second.meta.id)->outcome, sr::domain::CaseOutcome::ReturnedHome);

    // Archiving the latest falls back to the previous one; archiving all clears the summary.
    ASSERT_TRUE(
        receptions.archive(second.meta.id, 2, QStringLiteral("entered twice"), testActor()).ok());
    EXPECT_EQ(personColumn(QStringLiteral("last_reception_id")).toLongLong(), first.meta.id);
    EXPECT_EQ(personColumn(QStringLiteral("last_reception_date")).toString(),
              QStringLiteral("2023-03-09"));
    EXPECT_EQ(personColumn(QStringLiteral("last_case_status")).toString(), QStringLiteral("open"));
    ASSERT_TRUE(receptions.archive(first.meta.id, 1, QStringLiteral("x"), testActor()).ok());
    ASSERT_TRUE(receptions.archive(older.meta.id, 1, QStringLiteral("x"), testActor()).ok());
    EXPECT_TRUE(personColumn(QStringLiteral("last_reception_id")).isNull());
    EXPECT_EQ(personColumn(QStringLiteral("last_reception_date")).toString(), QString());
    EXPECT_EQ(personColumn(QStringLiteral("last_agency_code")).toString(), QString());

    auto active = receptions.listForPerson(person.meta.id);
    ASSERT_TRUE(active.ok());
    EXPECT_TRUE(active->isEmpty());
    auto all = receptions.listForPerson(person.meta.id, ArchiveFilter::IncludeArchived);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->at(0).meta.id, older.meta.id); // oldest first
    EXPECT_EQ(all->at(2).meta.id, second.meta.id);
    EXPECT_TRUE(all->at(2).meta.archived);
    EXPECT_EQ(all->at(2).meta.archiveReason, QStringLiteral("entered twice"));
    EXPECT_EQ(receptions.listForPerson(person.meta.id, ArchiveFilter::ArchivedOnly)->size(), 3);
}

TEST_F(ReceptionRepositoryTest, BirthDateChangeRefreshesAgesAtReception)
{
    const Reception r = insert(makeReception(person.meta.id, QDate(2023, 3, 9)));
    EXPECT_EQ(receptionColumn(r.meta.id, QStringLiteral("age_band")).toString(),
              QStringLiteral("12_15"));
    Person changed = *persons.get(person.meta.id);
    changed.birthDate = sr::domain::PartialDate::fromYear(2000);
    auto saved = persons.update(changed, testActor());
    ASSERT_TRUE(saved.ok()) << saved.error().detail.toStdString();
    EXPECT_EQ(receptionColumn(r.meta.id, QStringLiteral("age_years")).toInt(), 22);
    EXPECT_EQ(receptionColumn(r.meta.id, QStringLiteral("age_band")).toString(),
              QStringLiteral("18_plus"));
    // A derived refresh is not an edit of the reception.
    EXPECT_EQ(receptionColumn(r.meta.id, QStringLiteral("version")).toInt(), 1);
}

TEST_F(ReceptionRepositoryTest, UnknownAgencyIsRefusedAndNothingWritten)
{
    const qint64 auditBefore = count(temp.db(), QStringLiteral("SELECT count(*) FROM audit_log"));
    Reception r = makeReception(person.meta.id, QDate(2023, 3, 9));
    r.agencyCode = QStringLiteral("no_such_agency");
    auto stored = receptions.insert(r, testActor());
    ASSERT_FALSE(stored.ok());
    EXPECT_EQ(stored.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM reception")), 0);
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
    EXPECT_TRUE(personColumn(QStringLiteral("last_reception_id")).isNull());

    // Unknown person too.
    auto orphan = receptions.insert(makeReception(9999, QDate(2023, 3, 9)), testActor());
    ASSERT_FALSE(orphan.ok());
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM reception")), 0);
}

TEST_F(ReceptionRepositoryTest, ConflictAndIdempotentInsert)
{
    Reception r = makeReception(person.meta.id, QDate(2023, 3, 9));
    r.meta.uuid = QStringLiteral("7d1f0a52-2222-4b3c-8d4e-abcdefabcdef");
    const Reception stored = insert(r);
    const Reception again = insert(r);
    EXPECT_EQ(again.meta.id, stored.meta.id);
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM reception")), 1);

    Reception a = stored;
    Reception b = stored;
    a.notes = QStringLiteral("a");
    b.notes = QStringLiteral("b");
    ASSERT_TRUE(receptions.update(a, testActor()).ok());
    auto conflict = receptions.update(b, testActor());
    ASSERT_FALSE(conflict.ok());
    EXPECT_EQ(conflict.error().code, ErrorCode::Conflict);
    EXPECT_EQ(receptions.get(stored.meta.id)->notes, QStringLiteral("a"));
    EXPECT_EQ(receptionColumn(stored.meta.id, QStringLiteral("version")).toInt(), 2);
}

TEST_F(ReceptionRepositoryTest, DeleteIsRefused)
{
    const Reception r = insert(makeReception(person.meta.id, QDate(2023, 3, 9)));
    QSqlQuery query(temp.db().connection());
    EXPECT_FALSE(query.exec(QStringLiteral("DELETE FROM reception WHERE id = %1").arg(r.meta.id)));
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM reception")), 1);
}

namespace {

// The bulk append of an import (services/CaseWriter.h, WriteMode::Append) and the parent
// look-up an import of supports uses.
TEST_F(ReceptionRepositoryTest, AppendedReceptionsSetTheSummaryOnceAtTheEnd)
{
    sr::storage::Transaction transaction(temp.db());
    ASSERT_TRUE(transaction.isActive());
    const auto later =
        receptions.append(makeReception(person.meta.id, QDate(2023, 11, 2)), person, testActor());
    ASSERT_TRUE(later.ok());
    const auto earlier =
        receptions.append(makeReception(person.meta.id, QDate(2023, 4, 20)), person, testActor());
    ASSERT_TRUE(earlier.ok());
    // Ages come from the person in hand; the summary waits for flushAppended().
    EXPECT_EQ(receptionColumn(later->meta.id, QStringLiteral("age_years")).toInt(), 16);
    EXPECT_TRUE(personColumn(QStringLiteral("last_reception_id")).isNull());
    ASSERT_TRUE(receptions.flushAppended().ok());
    EXPECT_EQ(personColumn(QStringLiteral("last_reception_id")).toLongLong(), later->meta.id);
    EXPECT_EQ(personColumn(QStringLiteral("last_reception_date")).toString(),
              QStringLiteral("2023-11-02"));
    ASSERT_TRUE(transaction.commit().ok());

    // A later insert of an earlier reception leaves the stored summary alone.
    insert(makeReception(person.meta.id, QDate(2023, 1, 1)));
    EXPECT_EQ(personColumn(QStringLiteral("last_reception_id")).toLongLong(), later->meta.id);

    const auto parent = receptions.getParentByUuid(later->meta.uuid);
    ASSERT_TRUE(parent.ok());
    EXPECT_EQ(parent->meta.id, later->meta.id);
    EXPECT_EQ(parent->personId, person.meta.id);
    EXPECT_EQ(parent->receptionDate, QDate(2023, 11, 2));
    EXPECT_TRUE(parent->agencyCode.isEmpty()); // only the keys and the date are read
    EXPECT_EQ(receptions.getParent(earlier->meta.id)->receptionDate, QDate(2023, 4, 20));
    EXPECT_EQ(receptions.getParentByUuid(QStringLiteral("no-such-uuid")).error().code,
              ErrorCode::NotFound);
}

} // namespace
