// Persons: case codes, bookkeeping, audit rows, optimistic locking, search index, duplicates.
#include "storage/PersonRepository.h"

#include "StorageTestData.h"
#include "storage/ReferenceRepository.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"
#include "support/TestServer.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <gtest/gtest.h>

using sr::ErrorCode;
using sr::domain::Person;
using sr::storage::AuditPolicy;
using sr::storage::DuplicateCandidate;
using sr::storage::PersonRepository;
using namespace sr::test;

namespace {

const QDateTime kNow(QDate(2024, 5, 1), QTime(9, 30), Qt::UTC);

class PersonRepositoryTest : public ::testing::Test
{
protected:
    Person insert(const Person &person, int year = 2023)
    {
        auto stored = repo.insert(person, testActor(), year);
        EXPECT_TRUE(stored.ok()) << (stored ? "" : stored.error().detail.toStdString());
        return stored ? *stored : Person{};
    }

    QList<qint64> search(const QString &text)
    {
        auto ids = repo.search(text);
        EXPECT_TRUE(ids.ok()) << (ids ? "" : ids.error().detail.toStdString());
        return ids ? *ids : QList<qint64>{};
    }

    FixedClock clock{kNow};
    TempDatabase temp;
    PersonRepository repo{temp.db()};
};

} // namespace

TEST_F(PersonRepositoryTest, InsertFillsBookkeepingAndDerivedColumns)
{
    Person person = makePerson(QStringLiteral("Nguyễn Thị Hằng"), 1998);
    person.documentNumber = QStringLiteral("022198001234");
    const Person stored = insert(person);

    EXPECT_GT(stored.meta.id, 0);
    EXPECT_EQ(stored.meta.uuid.size(), 36);
    EXPECT_EQ(stored.meta.version, 1);
    EXPECT_EQ(stored.meta.createdBy, QStringLiteral("tester"));
    EXPECT_EQ(stored.meta.updatedBy, QStringLiteral("tester"));
    EXPECT_EQ(stored.meta.createdAt, kNow);
    EXPECT_EQ(stored.caseCode, QStringLiteral("QN-2023-0001"));

    auto loaded = repo.get(stored.meta.id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->fullName, QStringLiteral("Nguyễn Thị Hằng"));
    EXPECT_EQ(loaded->caseCode, QStringLiteral("QN-2023-0001"));
    EXPECT_EQ(loaded->birthDate, sr::domain::PartialDate::fromYear(1998));
    EXPECT_EQ(loaded->documentNumber, QStringLiteral("022198001234"));
    EXPECT_EQ(loaded->sex, sr::domain::Sex::Female);
    EXPECT_EQ(loaded->meta.uuid, stored.meta.uuid);
    EXPECT_EQ(loaded->meta.createdAt, kNow);
    EXPECT_EQ(loaded->meta.version, 1);

    const qint64 id = stored.meta.id;
    EXPECT_EQ(
        scalar(temp.db(), QStringLiteral("SELECT name_folded FROM person WHERE id = %1").arg(id))
            .toString(),
        QStringLiteral("nguyen thi hang"));
    EXPECT_EQ(
        scalar(temp.db(), QStringLiteral("SELECT birth_year FROM person WHERE id = %1").arg(id))
            .toInt(),
        1998);
    EXPECT_EQ(
        scalar(temp.db(), QStringLiteral("SELECT created_at FROM person WHERE id = %1").arg(id))
            .toString(),
        QStringLiteral("2024-05-01T09:30:00.000Z"));
    // The search index row of the person: SQLite's FTS table is keyed by rowid, the server's
    // person_search by person_id.
    const QString searchRow = onServer() ? QStringLiteral("SELECT count(*) FROM person_search"
                                                          " WHERE person_id = %1")
                                         : QStringLiteral("SELECT count(*) FROM person_search"
                                                          " WHERE rowid = %1");
    EXPECT_EQ(count(temp.db(), searchRow.arg(id)), 1);
    EXPECT_TRUE(repo.getByCaseCode(QStringLiteral("QN-2023-0001")).ok());
    EXPECT_EQ(repo.getByUuid(stored.meta.uuid)->meta.id, id);
    EXPECT_EQ(repo.get(id + 100).error().code, ErrorCode::NotFound);
}

TEST_F(PersonRepositoryTest, BirthYearFromAgeEstimate)
{
    Person person = makePerson(QStringLiteral("Lò Thị Mai"), 0);
    person.estimatedAgeYears = 17;
    person.estimatedAgeAsOf = QDate(2022, 6, 1);
    const Person stored = insert(person);
    EXPECT_EQ(
        scalar(temp.db(),
               QStringLiteral("SELECT birth_year FROM person WHERE id = %1").arg(stored.meta.id))
            .toInt(),
        2005);
    Person unknown = insert(makePerson(QStringLiteral("Không rõ"), 0));
    EXPECT_TRUE(
        scalar(temp.db(),
               QStringLiteral("SELECT birth_year FROM person WHERE id = %1").arg(unknown.meta.id))
            .isNull());
}

TEST_F(PersonRepositoryTest, CaseCodesFollowTheHighestSequenceOfPrefixAndYear)
{
    EXPECT_EQ(insert(makePerson(QStringLiteral("A")), 2023).caseCode,
              QStringLiteral("QN-2023-0001"));
    EXPECT_EQ(insert(makePerson(QStringLiteral("B")), 2023).caseCode,
              QStringLiteral("QN-2023-0002"));
    EXPECT_EQ(insert(makePerson(QStringLiteral("C")), 2024).caseCode,
              QStringLiteral("QN-2024-0001"));
    // Year 0: the current year of the clock.
    EXPECT_EQ(insert(makePerson(QStringLiteral("D")), 0).caseCode, QStringLiteral("QN-2024-0002"));

    // Codes given by hand count too, also past 9999 (numeric, not text, maximum).
    Person manual = makePerson(QStringLiteral("E"));
    manual.caseCode = QStringLiteral("QN-2023-9999");
    insert(manual);
    manual.caseCode = QStringLiteral("QN-2023-10000");
    insert(manual);
    EXPECT_EQ(insert(makePerson(QStringLiteral("F")), 2023).caseCode,
              QStringLiteral("QN-2023-10001"));

    // Another repository (another workstation) inserting in between is noticed.
    PersonRepository other(temp.db());
    EXPECT_EQ(other.insert(makePerson(QStringLiteral("G")), testActor(), 2023)->caseCode,
              QStringLiteral("QN-2023-10002"));
    EXPECT_EQ(insert(makePerson(QStringLiteral("H")), 2023).caseCode,
              QStringLiteral("QN-2023-10003"));

    // A duplicate hand-made code is refused and nothing is written.
    const qint64 before = count(temp.db(), QStringLiteral("SELECT count(*) FROM person"));
    manual.caseCode = QStringLiteral("QN-2023-0001");
    auto duplicate = repo.insert(manual, testActor(), 2023);
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().code, ErrorCode::Duplicate);
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM person")), before);
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM person_search")), before);
}

TEST_F(PersonRepositoryTest, CaseCodePrefixComesFromSettings)
{
    sr::storage::ReferenceRepository refs(temp.db());
    ASSERT_TRUE(refs.setSetting(QStringLiteral("case_code_prefix"), QStringLiteral("HN")).ok());
    PersonRepository fresh(temp.db());
    EXPECT_EQ(fresh.insert(makePerson(QStringLiteral("A")), testActor(), 2025)->caseCode,
              QStringLiteral("HN-2025-0001"));
}

TEST_F(PersonRepositoryTest, InsertWithKnownUuidReturnsStoredRecord)
{
    Person person = makePerson(QStringLiteral("Trần Văn Bình"));
    person.meta.uuid = QStringLiteral("0b9f1c7e-1111-4a2b-9c3d-123456789abc");
    const Person first = insert(person);
    Person retry = person;
    retry.fullName = QStringLiteral("Something else");
    const Person second = insert(retry);
    EXPECT_EQ(second.meta.id, first.meta.id);
    EXPECT_EQ(second.fullName, QStringLiteral("Trần Văn Bình"));
    EXPECT_EQ(second.caseCode, first.caseCode);
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM person")), 1);
    EXPECT_EQ(
        count(temp.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'person'")),
        1);
}

TEST_F(PersonRepositoryTest, AuditRowsForCreateUpdateArchive)
{
    Person stored = insert(makePerson(QStringLiteral("Đặng Văn Nam"), 1990));
    const qint64 id = stored.meta.id;

    QSqlQuery query(temp.db().connection());
    ASSERT_TRUE(
        query.exec(QStringLiteral("SELECT at, actor, action, entity, entity_id FROM audit_log")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("2024-05-01T09:30:00.000Z"));
    EXPECT_EQ(query.value(1).toString(), QStringLiteral("tester"));
    EXPECT_EQ(query.value(2).toString(), QStringLiteral("create"));
    EXPECT_EQ(query.value(3).toString(), QStringLiteral("person"));
    EXPECT_EQ(query.value(4).toLongLong(), id);
    EXPECT_FALSE(query.next());

    const QJsonObject created =
        lastAuditChanges(temp.db(), QStringLiteral("person"), id, QStringLiteral("create"));
    EXPECT_EQ(created.size(), 26); // uuid + 25 data columns
    EXPECT_EQ(created.value(QStringLiteral("uuid")).toString(), stored.meta.uuid);
    EXPECT_EQ(created.value(QStringLiteral("full_name")).toString(),
              QStringLiteral("Đặng Văn Nam"));
    EXPECT_EQ(created.value(QStringLiteral("case_code")).toString(),
              QStringLiteral("QN-2023-0001"));
    EXPECT_EQ(created.value(QStringLiteral("birth_year")).toInt(), 1990);
    EXPECT_TRUE(created.value(QStringLiteral("estimated_age_years")).isNull());
    EXPECT_EQ(created.value(QStringLiteral("sex")).toString(), QStringLiteral("female"));

    clock.advanceSecs(60);
    stored.fullName = QStringLiteral("Đặng Văn Năm");
    stored.phone = QStringLiteral("0912345678");
    auto updated = repo.update(stored, testActor());
    ASSERT_TRUE(updated.ok()) << updated.error().detail.toStdString();
    EXPECT_EQ(updated->meta.version, 2);
    EXPECT_EQ(updated->meta.updatedAt, kNow.addSecs(60));
    EXPECT_EQ(updated->meta.createdAt, kNow);
    const QJsonObject changes =
        lastAuditChanges(temp.db(), QStringLiteral("person"), id, QStringLiteral("update"));
    const QJsonObject expected{
        {QStringLiteral("full_name"),
         QJsonArray{QStringLiteral("Đặng Văn Nam"), QStringLiteral("Đặng Văn Năm")}},
        {QStringLiteral("phone"), QJsonArray{QString(), QStringLiteral("0912345678")}},
    };
    // name_folded is unchanged: "dang van nam" either way.
    EXPECT_EQ(changes, expected);

    ASSERT_TRUE(repo.archive(id, 2, QStringLiteral("duplicate entry"), testActor()).ok());
    const QJsonObject archived =
        lastAuditChanges(temp.db(), QStringLiteral("person"), id, QStringLiteral("archive"));
    EXPECT_EQ(archived.value(QStringLiteral("archive_reason")).toArray().at(1).toString(),
              QStringLiteral("duplicate entry"));
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM audit_log")), 3);
    auto after = repo.get(id);
    ASSERT_TRUE(after.ok());
    EXPECT_TRUE(after->meta.archived);
    EXPECT_EQ(after->meta.archiveReason, QStringLiteral("duplicate entry"));
    EXPECT_EQ(after->meta.version, 3);
    EXPECT_EQ(*repo.count(), 0);
    EXPECT_EQ(*repo.count(sr::storage::ArchiveFilter::IncludeArchived), 1);
    EXPECT_EQ(*repo.count(sr::storage::ArchiveFilter::ArchivedOnly), 1);
}

TEST_F(PersonRepositoryTest, SummaryPolicyWritesNoAuditRows)
{
    PersonRepository bulk(temp.db(), AuditPolicy::Summary);
    auto stored = bulk.insert(makePerson(QStringLiteral("A")), testActor(), 2023);
    ASSERT_TRUE(stored.ok());
    Person changed = *stored;
    changed.notes = QStringLiteral("x");
    ASSERT_TRUE(bulk.update(changed, testActor()).ok());
    ASSERT_TRUE(bulk.archive(stored->meta.id, 2, QStringLiteral("r"), testActor()).ok());
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM audit_log")), 0);
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT version FROM person")), 3);
}

TEST_F(PersonRepositoryTest, SecondSaveOfTheSameVersionIsAConflict)
{
    const Person stored = insert(makePerson(QStringLiteral("Hoàng Thị Lan")));
    Person first = stored;
    Person second = stored;
    first.notes = QStringLiteral("first");
    second.notes = QStringLiteral("second");
    second.fullName = QStringLiteral("Hoàng Thị Lân");
    ASSERT_TRUE(repo.update(first, testActor()).ok());
    auto conflict = repo.update(second, testActor());
    ASSERT_FALSE(conflict.ok());
    EXPECT_EQ(conflict.error().code, ErrorCode::Conflict);

    auto loaded = repo.get(stored.meta.id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->notes, QStringLiteral("first"));
    EXPECT_EQ(loaded->fullName, QStringLiteral("Hoàng Thị Lan"));
    EXPECT_EQ(loaded->meta.version, 2);
    EXPECT_EQ(
        count(temp.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'update'")),
        1);
    EXPECT_EQ(search(QStringLiteral("lan")), QList<qint64>{stored.meta.id});

    // Archiving against an old version is a conflict as well; a missing record is NotFound.
    auto archive = repo.archive(stored.meta.id, 1, QStringLiteral("x"), testActor());
    EXPECT_EQ(archive.error().code, ErrorCode::Conflict);
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT archived FROM person")), 0);
    Person missing = stored;
    missing.meta.id = 999;
    EXPECT_EQ(repo.update(missing, testActor()).error().code, ErrorCode::NotFound);
    EXPECT_EQ(repo.archive(999, 1, QStringLiteral("x"), testActor()).error().code,
              ErrorCode::NotFound);
}

TEST_F(PersonRepositoryTest, DeleteIsRefused)
{
    const Person stored = insert(makePerson(QStringLiteral("A")));
    QSqlQuery query(temp.db().connection());
    EXPECT_FALSE(
        query.exec(QStringLiteral("DELETE FROM person WHERE id = %1").arg(stored.meta.id)));
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM person")), 1);
}

TEST_F(PersonRepositoryTest, ForeignKeysRefuseUnknownCodes)
{
    Person person = makePerson(QStringLiteral("A"));
    person.nationality = QStringLiteral("ZZ");
    auto stored = repo.insert(person, testActor(), 2023);
    ASSERT_FALSE(stored.ok());
    EXPECT_EQ(stored.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM person")), 0);
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM audit_log")), 0);
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM person_search")), 0);
}

TEST_F(PersonRepositoryTest, SearchFoldsDiacriticsCaseAndDd)
{
    Person hang = makePerson(QStringLiteral("Nguyễn Thị Hằng"));
    hang.documentNumber = QStringLiteral("022198001234");
    const qint64 hangId = insert(hang, 2023).meta.id;
    Person nam = makePerson(QStringLiteral("Đặng Văn Nam"));
    nam.otherNames = QStringLiteral("Nam Đen");
    const qint64 namId = insert(nam, 2024).meta.id;
    const qint64 thiId = insert(makePerson(QStringLiteral("Lê Thị Thu")), 2024).meta.id;

    EXPECT_EQ(search(QStringLiteral("nguyen thi")), QList<qint64>{hangId});
    EXPECT_EQ(search(QStringLiteral("dang")), QList<qint64>{namId});
    EXPECT_EQ(search(QStringLiteral("Đặng")), QList<qint64>{namId});
    EXPECT_EQ(search(QStringLiteral("DANG")), QList<qint64>{namId});
    EXPECT_EQ(search(QStringLiteral("ĐẶNG VĂN")), QList<qint64>{namId});
    // NFD input (decomposed diacritics) finds the NFC name.
    EXPECT_EQ(search(QStringLiteral("Nguyễn Hằng").normalized(QString::NormalizationForm_D)),
              QList<qint64>{hangId});
    EXPECT_EQ(search(QStringLiteral("ngu")), QList<qint64>{hangId});
    EXPECT_EQ(search(QStringLiteral("den")), QList<qint64>{namId}); // other names
    QList<qint64> thi = search(QStringLiteral("thi"));
    std::sort(thi.begin(), thi.end());
    EXPECT_EQ(thi, (QList<qint64>{hangId, thiId}));
    EXPECT_EQ(search(QStringLiteral("QN-2023")), QList<qint64>{hangId});
    EXPECT_EQ(search(QStringLiteral("qn 2024 0001")), QList<qint64>{namId});
    EXPECT_EQ(search(QStringLiteral("QN20240001")), QList<qint64>{namId});
    EXPECT_EQ(search(QStringLiteral("0221980")), QList<qint64>{hangId});
    EXPECT_TRUE(search(QStringLiteral("nguyen nam")).isEmpty());
    EXPECT_TRUE(search(QString()).isEmpty());
    EXPECT_TRUE(search(QStringLiteral("  \"  - ")).isEmpty());
    EXPECT_TRUE(search(QStringLiteral("\"nguyen\" OR nam")).isEmpty()); // no FTS syntax leaks

    // The index follows updates and archiving.
    Person renamed = *repo.get(namId);
    renamed.fullName = QStringLiteral("Phạm Văn Nam");
    renamed.otherNames.clear();
    ASSERT_TRUE(repo.update(renamed, testActor()).ok());
    EXPECT_TRUE(search(QStringLiteral("dang")).isEmpty());
    EXPECT_EQ(search(QStringLiteral("pham")), QList<qint64>{namId});
    ASSERT_TRUE(repo.archive(namId, 2, QStringLiteral("x"), testActor()).ok());
    EXPECT_TRUE(search(QStringLiteral("pham")).isEmpty());
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM person_search")), 3);
}

TEST_F(PersonRepositoryTest, SearchPagesWithLimitAndOffset)
{
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids << insert(makePerson(QStringLiteral("Vũ Thị Mai %1").arg(i))).meta.id;
    auto first = repo.search(QStringLiteral("vu mai"), 3, 0);
    auto rest = repo.search(QStringLiteral("vu mai"), 3, 3);
    ASSERT_TRUE(first.ok() && rest.ok());
    EXPECT_EQ(first->size(), 3);
    EXPECT_EQ(rest->size(), 2);
    QList<qint64> all = *first + *rest;
    std::sort(all.begin(), all.end());
    EXPECT_EQ(all, ids);
}

TEST_F(PersonRepositoryTest, PossibleDuplicates)
{
    Person a = makePerson(QStringLiteral("Nguyễn Thị Hằng"), 1998);
    const qint64 aId = insert(a).meta.id;
    const qint64 bId = insert(makePerson(QStringLiteral("NGUYEN THI HANG"), 2000)).meta.id;
    insert(makePerson(QStringLiteral("Nguyễn Thị Hằng"), 2003)); // too far apart
    const qint64 unknownId = insert(makePerson(QStringLiteral("Nguyễn Thị  Hằng"), 0)).meta.id;
    Person doc = makePerson(QStringLiteral("Someone Else"), 1970);
    doc.documentNumber = QStringLiteral("022198001234");
    const qint64 docId = insert(doc).meta.id;

    Person probe = makePerson(QStringLiteral("nguyễn thị hằng"), 1999);
    probe.documentNumber = QStringLiteral("022198001234");
    auto candidates = repo.findPossibleDuplicates(probe);
    ASSERT_TRUE(candidates.ok());
    QMap<qint64, DuplicateCandidate::Reason> found;
    for (const DuplicateCandidate &c : *candidates)
        found.insert(c.personId, c.reason);
    const QMap<qint64, DuplicateCandidate::Reason> expected{
        {aId, DuplicateCandidate::Reason::SameNameCloseBirthYear},
        {bId, DuplicateCandidate::Reason::SameNameCloseBirthYear},
        {unknownId, DuplicateCandidate::Reason::SameNameCloseBirthYear},
        {docId, DuplicateCandidate::Reason::SameDocument},
    };
    EXPECT_EQ(found, expected);
    for (const DuplicateCandidate &c : *candidates) {
        if (c.personId == bId) {
            EXPECT_EQ(c.birthYear, 2000);
            EXPECT_EQ(c.fullName, QStringLiteral("NGUYEN THI HANG"));
        }
        if (c.personId == unknownId) {
            EXPECT_EQ(c.birthYear, 0);
        }
    }

    // The person itself is never its own duplicate.
    Person self = *repo.get(aId);
    auto own = repo.findPossibleDuplicates(self);
    ASSERT_TRUE(own.ok());
    for (const DuplicateCandidate &c : *own)
        EXPECT_NE(c.personId, aId);
    EXPECT_EQ(own->size(), 2); // b and the unknown birth year
}
