#include "services/CaseService.h"

#include "ServiceTestSupport.h"
#include "services/MaintenanceService.h"
#include "services/ReportService.h"
#include "services/SearchService.h"
#include "storage/AuditLog.h"
#include "storage/PersonRepository.h"
#include "storage/ReceptionRepository.h"
#include "storage/SupportRepository.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"
#include "support/TestServer.h"

#include <QFileInfo>

#include <gtest/gtest.h>

namespace sr::services {
namespace {

using namespace sr::domain;

class CaseServiceTest : public ::testing::Test
{
protected:
    test::FixedClock m_clock{QDateTime(QDate(2025, 3, 15), QTime(10, 0))};
    test::TempDatabase m_db;
    Actor m_actor{0, QStringLiteral("tester"), Role::Administrator};

    static NewCase sampleCase()
    {
        NewCase c;
        c.person.fullName = QStringLiteral("Đặng Thị Hằng");
        c.person.sex = Sex::Female;
        c.person.birthDate = PartialDate::fromYear(1998);
        c.person.ethnicity = QStringLiteral("01");
        c.person.residenceProvince = QStringLiteral("22");
        c.reception.receptionDate = QDate(2024, 5, 2);
        c.reception.agencyCode = QStringLiteral("ctxh_qn");
        c.reception.countryCode = QStringLiteral("CN");
        c.reception.route = Route::SelfReported;
        c.reception.exploitation = {ExploitationForm::ForcedMarriage};
        c.reception.identificationStatus = IdentificationStatus::Pending;
        Support meals;
        meals.typeCode = QStringLiteral("essential_needs");
        meals.date = QDate(2024, 5, 2);
        meals.amountVnd = 150000;
        meals.quantity = 3;
        Support travel;
        travel.typeCode = QStringLiteral("travel");
        travel.date = QDate(2024, 5, 4);
        travel.amountVnd = 500000;
        c.supports = {meals, travel};
        return c;
    }

    qint64 rows(const char *table) { return test::countRows(m_db.db(), QLatin1String(table)); }
};

TEST_F(CaseServiceTest, NewCaseWritesPersonReceptionAndSupports)
{
    CaseService service(m_db.db());
    const auto saved = service.saveNewCase(m_actor, sampleCase());
    ASSERT_TRUE(saved.ok()) << saved.error().detail.toStdString();

    EXPECT_EQ(rows("person"), 1);
    EXPECT_EQ(rows("reception"), 1);
    EXPECT_EQ(rows("support"), 2);
    EXPECT_TRUE(saved->person.meta.isStored());
    EXPECT_EQ(saved->person.caseCode.mid(3, 4), QStringLiteral("2024")); // year of the reception
    EXPECT_EQ(saved->reception.personId, saved->person.meta.id);

    storage::SupportRepository supports(m_db.db());
    const auto stored = supports.listForReception(saved->reception.meta.id);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 2);
    qint64 total = 0;
    for (const Support &support : *stored)
        total += support.amountVnd;
    EXPECT_EQ(total, 650000);
}

TEST_F(CaseServiceTest, ArchivingACaseNeedsAReasonAndTakesItOutOfReports)
{
    CaseService service(m_db.db());
    const auto saved = service.saveNewCase(m_actor, sampleCase());
    ASSERT_TRUE(saved.ok());
    const Person &person = saved->person;
    const auto blank =
        service.archivePerson(m_actor, person.meta.id, person.meta.version, u"  "_qs);
    ASSERT_FALSE(blank.ok());
    EXPECT_EQ(blank.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(test::countRows(m_db.db(), QStringLiteral("person"), QStringLiteral("archived = 1")),
              0);
    // A stale version is refused, the current one archives.
    EXPECT_EQ(service.archivePerson(m_actor, person.meta.id, person.meta.version + 1, u"x"_qs)
                  .error()
                  .code,
              ErrorCode::Conflict);
    ASSERT_TRUE(
        service.archivePerson(m_actor, person.meta.id, person.meta.version, u"Nhập trùng"_qs).ok());
    EXPECT_EQ(test::countRows(m_db.db(),
                              QStringLiteral("person"),
                              QStringLiteral("archived = 1 AND archive_reason = 'Nhập trùng'")),
              1);
    EXPECT_EQ(test::countRows(m_db.db(),
                              QStringLiteral("audit_log"),
                              QStringLiteral("action = 'archive' AND entity = 'person'")),
              1);
    // Kept, not deleted: the reception and supports are still stored, and no report counts them.
    EXPECT_EQ(rows("reception"), 1);
    EXPECT_EQ(rows("support"), 2);
    const auto summary = ReportService(m_db.db()).summary(m_actor, Period::year(2024));
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary->total.persons, 0);
    EXPECT_EQ(summary->total.receptions, 0);
    EXPECT_EQ(summary->total.supports, 0);
}

TEST_F(CaseServiceTest, NewCaseIsAllOrNothingWhenStorageRefusesPartWay)
{
    CaseService service(m_db.db());
    NewCase c = sampleCase();
    // Valid for the domain (a non-empty code) but not in the reference list: the support
    // insert fails after the person and reception were written in the same transaction.
    c.supports[1].typeCode = QStringLiteral("no_such_support_type");
    const auto saved = service.saveNewCase(m_actor, c);
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.fieldErrors().isEmpty());
    EXPECT_EQ(rows("person"), 0);
    EXPECT_EQ(rows("reception"), 0);
    EXPECT_EQ(rows("support"), 0);
    EXPECT_EQ(test::countRows(m_db.db(), QStringLiteral("person_search")), 0);
}

TEST_F(CaseServiceTest, InvalidInputReturnsEveryFieldErrorAndWritesNothing)
{
    CaseService service(m_db.db());
    ASSERT_TRUE(service.saveNewCase(m_actor, sampleCase()).ok());
    const qint64 persons = rows("person");
    const qint64 receptions = rows("reception");
    const qint64 supports = rows("support");
    const qint64 audit = rows("audit_log");

    NewCase bad = sampleCase();
    bad.person.fullName = QStringLiteral("   ");
    bad.person.documentType = DocumentType::Cccd;
    bad.person.documentNumber = QStringLiteral("12345");
    bad.reception.receptionDate = QDate(2025, 4, 1); // after the fixed today
    bad.supports[1].amountVnd = -1;
    const auto saved = service.saveNewCase(m_actor, bad);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code, ErrorCode::InvalidInput);
    const FieldErrors &errors = saved.fieldErrors();
    EXPECT_TRUE(errors.contains(
        FieldError{QStringLiteral("full_name"), ValidationCode::Required, RecordKind::Person}));
    EXPECT_TRUE(errors.contains(FieldError{
        QStringLiteral("document_number"), ValidationCode::InvalidFormat, RecordKind::Person}));
    EXPECT_TRUE(errors.contains(FieldError{
        QStringLiteral("reception_date"), ValidationCode::InFuture, RecordKind::Reception, 0}));
    EXPECT_TRUE(errors.contains(FieldError{
        QStringLiteral("amount_vnd"), ValidationCode::Negative, RecordKind::Support, 0, 1}));

    EXPECT_EQ(rows("person"), persons);
    EXPECT_EQ(rows("reception"), receptions);
    EXPECT_EQ(rows("support"), supports);
    EXPECT_EQ(rows("audit_log"), audit);
}

TEST_F(CaseServiceTest, InvalidSingleRecordsAreRefusedBeforeWriting)
{
    CaseService service(m_db.db());
    const auto saved = service.saveNewCase(m_actor, sampleCase());
    ASSERT_TRUE(saved.ok());
    const qint64 audit = rows("audit_log");

    Person person = saved->person;
    person.estimatedAgeYears = 200;
    const auto personResult = service.savePerson(m_actor, person);
    ASSERT_FALSE(personResult.ok());
    EXPECT_EQ(personResult.fieldErrors().size(), 1);

    Support support;
    support.receptionId = saved->reception.meta.id;
    support.typeCode = QStringLiteral("medical");
    support.date = QDate(2024, 5, 1); // before the reception
    const auto supportResult = service.saveSupport(m_actor, support);
    ASSERT_FALSE(supportResult.ok());
    EXPECT_TRUE(supportResult.fieldErrors().contains(
        FieldError{QStringLiteral("support_date"), ValidationCode::BeforeReception}));

    HandoverBatch batch;
    batch.date = QDate(2024, 1, 1);
    batch.personsTotal = 5;
    batch.personsMale = 4;
    batch.personsFemale = 4;
    const auto batchResult = service.saveBatch(m_actor, batch);
    ASSERT_FALSE(batchResult.ok());
    EXPECT_FALSE(batchResult.fieldErrors().isEmpty());

    EXPECT_EQ(rows("support"), 2);
    EXPECT_EQ(rows("handover_batch"), 0);
    EXPECT_EQ(rows("audit_log"), audit);
    storage::PersonRepository persons(m_db.db());
    EXPECT_FALSE(persons.get(saved->person.meta.id)->estimatedAgeYears.has_value());
}

TEST_F(CaseServiceTest, StaleVersionSurfacesAsConflictAndKeepsTheNewerSave)
{
    CaseService service(m_db.db());
    const auto saved = service.saveNewCase(m_actor, sampleCase());
    ASSERT_TRUE(saved.ok());

    Person first = saved->person;
    first.notes = QStringLiteral("first edit");
    const auto updated = service.savePerson(m_actor, first);
    ASSERT_TRUE(updated.ok()) << updated.error().detail.toStdString();
    EXPECT_GT(updated->meta.version, saved->person.meta.version);

    Person stale = saved->person; // still the old version
    stale.notes = QStringLiteral("second edit from an old screen");
    const auto conflict = service.savePerson(m_actor, stale);
    ASSERT_FALSE(conflict.ok());
    EXPECT_EQ(conflict.error().code, ErrorCode::Conflict);

    storage::PersonRepository persons(m_db.db());
    const auto stored = persons.get(saved->person.meta.id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->notes, QStringLiteral("first edit"));
}

TEST_F(CaseServiceTest, DuplicateCandidatesFindTheSamePerson)
{
    CaseService service(m_db.db());
    ASSERT_TRUE(service.saveNewCase(m_actor, sampleCase()).ok());
    Person again;
    again.fullName = QStringLiteral("dang thi hang");
    again.birthDate = PartialDate::fromYear(1999);
    const auto candidates = service.duplicateCandidates(m_actor, again);
    ASSERT_TRUE(candidates.ok());
    ASSERT_EQ(candidates->size(), 1);
    EXPECT_EQ(candidates->constFirst().fullName, QStringLiteral("Đặng Thị Hằng"));
}

TEST_F(CaseServiceTest, SearchFindsFoldedNames)
{
    CaseService service(m_db.db());
    const auto saved = service.saveNewCase(m_actor, sampleCase());
    ASSERT_TRUE(saved.ok());
    SearchService search(m_db.db());
    const auto hits = search.find(m_actor, QStringLiteral("dang hang"));
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->constFirst().caseCode, saved->person.caseCode);
    EXPECT_EQ(hits->constFirst().fullName, QStringLiteral("Đặng Thị Hằng"));
    const auto none = search.find(m_actor, QStringLiteral("nguyen"));
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->isEmpty());
}

TEST_F(CaseServiceTest, MaintenanceWritesAuditRows)
{
    CaseService cases(m_db.db());
    ASSERT_TRUE(cases.saveNewCase(m_actor, sampleCase()).ok());
    MaintenanceService maintenance(m_db.db());

    const QString target = m_db.filePath(QStringLiteral("backup.db"));
    if (test::onServer()) {
        // A server's database is backed up with pg_dump (docs/server.md): backup and restore
        // say so and change nothing; the check runs as on a file.
        const auto backup = maintenance.backup(m_actor, target);
        ASSERT_FALSE(backup.ok());
        EXPECT_EQ(backup.error().reason, ErrorReason::ServerBackup);
        EXPECT_FALSE(QFileInfo::exists(target));
        const auto report = maintenance.check(m_actor);
        ASSERT_TRUE(report.ok());
        EXPECT_TRUE(report->integrityOk);
        EXPECT_TRUE(report->foreignKeysOk);
        EXPECT_EQ(test::countRows(
                      m_db.db(), QStringLiteral("audit_log"), QStringLiteral("action = 'check'")),
                  1);
        const auto restore = maintenance.restore(m_actor, target);
        ASSERT_FALSE(restore.ok());
        EXPECT_EQ(restore.error().reason, ErrorReason::ServerBackup);
        EXPECT_EQ(test::countRows(m_db.db(), QStringLiteral("person")), 1);
        return;
    }
    ASSERT_TRUE(maintenance.backup(m_actor, target).ok());
    EXPECT_GT(QFileInfo(target).size(), 0);
    const auto report = maintenance.check(m_actor);
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->integrityOk);
    EXPECT_TRUE(report->foreignKeysOk);
    const auto audited = [this](const char *action) {
        return test::countRows(m_db.db(),
                               QStringLiteral("audit_log"),
                               QStringLiteral("action = '%1'").arg(QLatin1String(action)));
    };
    EXPECT_EQ(audited("backup"), 1);
    EXPECT_EQ(audited("check"), 1);

    ASSERT_TRUE(maintenance.restore(m_actor, target).ok());
    // The restored database is the snapshot taken before the backup and check rows were
    // written, plus the restore's own row.
    EXPECT_EQ(audited("restore"), 1);
    EXPECT_EQ(audited("backup"), 0);
    EXPECT_EQ(audited("check"), 0);
    EXPECT_EQ(test::countRows(m_db.db(), QStringLiteral("person")), 1);
}

} // namespace
} // namespace sr::services
