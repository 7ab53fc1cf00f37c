// Record-level access (docs/case-work.md): with the setting on, a social worker lists, counts,
// finds, opens and exports only their own cases, a manager their team's and their own, a
// manager without a team and an administrator every case; a refused open is audited. With the
// setting off nothing changes. One test per path; the CLI's find is in tests/app.
#include "CaseWorkTeams.h"
#include "ServiceTestSupport.h"
#include "exchange/ZipWriter.h"
#include "services/ApprovalService.h"
#include "services/BatchService.h"
#include "services/CaseListService.h"
#include "services/EncryptedExport.h"
#include "services/ExportService.h"
#include "services/PlanService.h"
#include "services/SearchService.h"
#include "services/TaskService.h"
#include "services/WorkService.h"
#include "storage/AuditLog.h"
#include "storage/ReceptionRepository.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <gtest/gtest.h>

#include <zip.h>

namespace sr::services {
namespace {

using domain::Actor;

domain::Period year2025()
{
    return *domain::Period::fromIsoStrings(QStringLiteral("2025-01-01"),
                                           QStringLiteral("2025-12-31"));
}

class RecordLevelAccessTest : public ::testing::Test
{
protected:
    test::CaseWorkTeams f;

    void SetUp() override { f.setRecordLevelAccess(true); }

    QSet<qint64> listed(const Actor &actor)
    {
        CaseListService list(f.db.db(), actor);
        auto rows = list.fetch(
            CaseListFilter{}, CaseListColumn::LastReceptionDate, Qt::DescendingOrder, 0, 100);
        EXPECT_TRUE(rows.ok());
        QSet<qint64> ids;
        if (rows.ok())
            for (const CaseListRow &row : *rows)
                ids.insert(row.personId);
        return ids;
    }

    QSet<qint64> found(const Actor &actor, const QString &text = QStringLiteral("lo"))
    {
        auto hits = SearchService(f.db.db()).find(actor, text);
        EXPECT_TRUE(hits.ok());
        QSet<qint64> ids;
        if (hits.ok())
            for (const SearchHit &hit : *hits)
                ids.insert(hit.personId);
        return ids;
    }

    /** Data lines of a CSV export (the header left out). */
    static qsizetype dataLines(const QByteArray &csv)
    {
        const QList<QByteArray> lines = csv.trimmed().split('\n');
        return lines.size() - 1;
    }

    qsizetype exported(const Actor &actor, exchange::ExportMode mode, exchange::ExchangeTable table)
    {
        ExportRequest request;
        request.period = year2025();
        request.table = table;
        request.mode = mode;
        request.filePath =
            f.db.filePath(QStringLiteral("export-%1.csv").arg(QString::number(qint64(counter++))));
        auto written = ExportService(f.db.db()).exportTable(request, actor);
        EXPECT_TRUE(written.ok()) << written.error().detail.toStdString();
        if (!written.ok())
            return -1;
        QFile file(request.filePath);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        const qsizetype lines = dataLines(file.readAll());
        EXPECT_EQ(lines, written->rows);
        return lines;
    }

    int counter = 0;
};

TEST_F(RecordLevelAccessTest, TheCaseListShowsOnlyTheCasesInScope)
{
    EXPECT_EQ(listed(f.workerA), (QSet<qint64>{f.caseA}));
    EXPECT_EQ(listed(f.workerB), (QSet<qint64>{f.caseB}));
    // A manager: the team's workers' cases and their own (none here).
    EXPECT_EQ(listed(f.managerA), (QSet<qint64>{f.caseA}));
    EXPECT_EQ(listed(f.managerNoTeam), (QSet<qint64>{f.caseA, f.caseB, f.caseAdmin}));
    EXPECT_EQ(listed(f.admin), (QSet<qint64>{f.caseA, f.caseB, f.caseAdmin}));
    // A filter naming another worker's cases finds none of them.
    CaseListFilter others;
    others.responsibleUserId = f.workerB.userId;
    auto rows = CaseListService(f.db.db(), f.workerA)
                    .fetch(others, CaseListColumn::CaseCode, Qt::AscendingOrder, 0, 10);
    ASSERT_TRUE(rows.ok());
    EXPECT_TRUE(rows->isEmpty());
}

TEST_F(RecordLevelAccessTest, TheCaseListCountsOnlyTheCasesInScope)
{
    CaseListService worker(f.db.db(), f.workerA);
    EXPECT_EQ(worker.count(CaseListFilter{}).value(), 1);
    EXPECT_EQ(worker.totalCount().value(), 1);
    CaseListFilter search;
    search.searchText = QStringLiteral("lo");
    EXPECT_EQ(worker.count(search).value(), 1);
    EXPECT_EQ(CaseListService(f.db.db(), f.managerA).totalCount().value(), 1);
    EXPECT_EQ(CaseListService(f.db.db(), f.admin).totalCount().value(), 3);
}

TEST_F(RecordLevelAccessTest, SearchFindsOnlyTheCasesInScope)
{
    EXPECT_EQ(found(f.workerA), (QSet<qint64>{f.caseA}));
    EXPECT_TRUE(found(f.workerA, QStringLiteral("nam")).isEmpty());
    EXPECT_EQ(found(f.workerB, QStringLiteral("nam")), (QSet<qint64>{f.caseB}));
    EXPECT_EQ(found(f.admin).size(), 3);
    // The list's own search, first page included.
    CaseListFilter search;
    search.searchText = QStringLiteral("nam");
    auto rows = CaseListService(f.db.db(), f.workerA)
                    .fetch(search, CaseListColumn::LastReceptionDate, Qt::DescendingOrder, 0, 50);
    ASSERT_TRUE(rows.ok());
    EXPECT_TRUE(rows->isEmpty());
}

TEST_F(RecordLevelAccessTest, OpeningAnotherWorkersCaseIsRefusedAndAudited)
{
    CaseService cases(f.db.db());
    EXPECT_TRUE(cases.openCase(f.workerA, f.caseA).ok());
    auto refused = cases.openCase(f.workerA, f.caseB);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(refused.error().detail, QStringLiteral("case_access"));
    auto audit = storage::AuditLog(f.db.db()).list(QStringLiteral("person"), f.caseB);
    ASSERT_TRUE(audit.ok());
    ASSERT_FALSE(audit->isEmpty());
    const domain::AuditEntry &row = audit->constFirst();
    EXPECT_EQ(row.action, QStringLiteral("denied"));
    EXPECT_EQ(row.actor, QStringLiteral("lan"));
    EXPECT_EQ(row.changes.value(QStringLiteral("permission")).toString(),
              QStringLiteral("case_access"));
    // Loading (the editor's reload), saving and archiving the case are refused too.
    EXPECT_EQ(cases.loadCase(f.workerA, f.caseB).error().code, ErrorCode::PermissionDenied);
    auto other = cases.loadCase(f.admin, f.caseB);
    ASSERT_TRUE(other.ok());
    EXPECT_EQ(cases.saveCase(f.workerA, *other, {}).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(cases.savePerson(f.workerA, other->person).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(
        cases.archivePerson(f.workerA, f.caseB, other->person.meta.version, QStringLiteral("x"))
            .error()
            .code,
        ErrorCode::PermissionDenied);
    // The history of its responsible workers too; the manager of team A opens their team's.
    EXPECT_FALSE(AssignmentService(f.db.db()).history(f.workerA, f.caseB).ok());
    EXPECT_TRUE(cases.openCase(f.managerA, f.caseA).ok());
    EXPECT_FALSE(cases.openCase(f.managerA, f.caseB).ok());
    EXPECT_TRUE(cases.openCase(f.managerNoTeam, f.caseB).ok());
}

TEST_F(RecordLevelAccessTest, ADuplicateInAnotherWorkersCaseWarnsWithoutNamingIt)
{
    CaseService cases(f.db.db());
    domain::Person twin;
    twin.fullName = QStringLiteral("Lò Văn Nam"); // caseB, workerB's
    twin.sex = domain::Sex::Female;
    twin.birthDate = domain::PartialDate::fromYear(2000);
    const auto audited = [&] { return test::countRows(f.db.db(), QStringLiteral("audit_log")); };
    const qint64 before = audited();
    auto warned = cases.duplicateCandidates(f.workerA, twin);
    ASSERT_TRUE(warned.ok());
    ASSERT_EQ(warned->size(), 1);
    EXPECT_EQ(warned->at(0).personId, f.caseB);
    EXPECT_TRUE(warned->at(0).outOfScope);
    EXPECT_FALSE(warned->at(0).caseCode.isEmpty());
    EXPECT_TRUE(warned->at(0).fullName.isEmpty());
    EXPECT_EQ(warned->at(0).birthYear, 0);
    EXPECT_EQ(audited(), before); // nothing was opened, nothing refused
    // One's own case and, for a manager without a team, every case are named.
    twin.fullName = QStringLiteral("Lò Thị Mai"); // caseA, workerA's
    auto own = cases.duplicateCandidates(f.workerA, twin);
    ASSERT_TRUE(own.ok());
    ASSERT_EQ(own->size(), 1);
    EXPECT_FALSE(own->at(0).outOfScope);
    EXPECT_EQ(own->at(0).fullName, QStringLiteral("Lò Thị Mai"));
    twin.fullName = QStringLiteral("Lò Văn Nam");
    auto manager = cases.duplicateCandidates(f.managerNoTeam, twin);
    ASSERT_TRUE(manager.ok());
    ASSERT_EQ(manager->size(), 1);
    EXPECT_EQ(manager->at(0).fullName, QStringLiteral("Lò Văn Nam"));
}

TEST_F(RecordLevelAccessTest, AnotherUsersTaskListKeepsOnlyTheCasesInScope)
{
    TaskService tasks(f.db.db());
    const auto add = [&](qint64 personId, const QString &title) {
        domain::Task task;
        task.personId = personId;
        task.title = title;
        task.dueDate = QDate(2025, 6, 10);
        task.assignedUserId = f.workerB.userId;
        ASSERT_TRUE(tasks.createTask(f.admin, task).ok());
    };
    add(f.caseB, QStringLiteral("Khám sức khỏe định kỳ")); // workerB's own case, team B
    add(f.caseA, QStringLiteral("Gọi điện cho gia đình")); // a case of team A
    const auto titles = [&](const domain::Actor &actor) {
        QStringList out;
        auto rows = tasks.tasksOfUser(actor, QStringLiteral("binh"), false);
        EXPECT_TRUE(rows.ok());
        if (rows.ok())
            for (const TaskRow &row : *rows)
                out << row.task.title;
        return out;
    };
    EXPECT_EQ(titles(f.managerA), QStringList{QStringLiteral("Gọi điện cho gia đình")});
    EXPECT_EQ(titles(f.managerNoTeam).size(), 2);
    EXPECT_EQ(titles(f.workerB).size(), 1); // binh's own list: caseA is not theirs
}

TEST_F(RecordLevelAccessTest, AManagerIsAskedToApproveOnlyTheCasesInScope)
{
    auto caseB = CaseService(f.db.db()).loadCase(f.admin, f.caseB);
    ASSERT_TRUE(caseB.ok());
    ASSERT_TRUE(ApprovalService(f.db.db())
                    .requestClosure(f.workerB,
                                    caseB->receptions.first().reception.meta.id,
                                    domain::CaseOutcome::HandedOverToFamily,
                                    QDate(2025, 5, 30),
                                    QStringLiteral("Đã bàn giao"))
                    .ok());
    WorkService work(f.db.db());
    auto teamA = work.startPage(f.managerA);
    ASSERT_TRUE(teamA.ok());
    EXPECT_EQ(teamA->awaitingApprovalCount, 0);
    EXPECT_TRUE(teamA->awaitingApproval.isEmpty());
    auto everyone = work.startPage(f.managerNoTeam);
    ASSERT_TRUE(everyone.ok());
    EXPECT_EQ(everyone->awaitingApprovalCount, 1);
    ASSERT_EQ(everyone->awaitingApproval.size(), 1);
    EXPECT_EQ(everyone->awaitingApproval.first().fullName, QStringLiteral("Lò Văn Nam"));
}

TEST_F(RecordLevelAccessTest, AnotherWorkersTasksTimelinePlanAndApprovalsAreRefused)
{
    // The case-work views of one case are the case: the same rule, each refusal audited.
    const auto deniedRows = [&] {
        return test::countRows(
            f.db.db(),
            QStringLiteral("audit_log"),
            QStringLiteral("action = 'denied' AND entity = 'person' AND entity_id = %1")
                .arg(f.caseB));
    };
    qint64 denied = deniedRows();
    EXPECT_EQ(TaskService(f.db.db()).tasksOfCase(f.workerA, f.caseB).error().code,
              ErrorCode::PermissionDenied);
    EXPECT_EQ(deniedRows(), ++denied);
    domain::Task task;
    task.personId = f.caseB;
    task.title = QStringLiteral("Gọi điện cho gia đình");
    task.dueDate = QDate(2026, 12, 1);
    EXPECT_EQ(TaskService(f.db.db()).createTask(f.workerA, task).error().code,
              ErrorCode::PermissionDenied);
    EXPECT_EQ(deniedRows(), ++denied);
    EXPECT_EQ(test::countRows(f.db.db(), QStringLiteral("task"), QStringLiteral("title <> ''")), 0);
    EXPECT_EQ(WorkService(f.db.db()).timeline(f.workerA, f.caseB).error().code,
              ErrorCode::PermissionDenied);
    EXPECT_EQ(deniedRows(), ++denied);
    EXPECT_EQ(ApprovalService(f.db.db()).historyForPerson(f.workerA, f.caseB).error().code,
              ErrorCode::PermissionDenied);
    EXPECT_EQ(deniedRows(), ++denied);
    auto receptions = storage::ReceptionRepository(f.db.db()).listForPerson(f.caseB);
    ASSERT_TRUE(receptions.ok());
    ASSERT_FALSE(receptions->isEmpty());
    EXPECT_EQ(PlanService(f.db.db()).plan(f.workerA, receptions->first().meta.id).error().code,
              ErrorCode::PermissionDenied);
    EXPECT_EQ(deniedRows(), ++denied);

    // Their own case, and the other worker's own, stay open to them.
    EXPECT_TRUE(TaskService(f.db.db()).tasksOfCase(f.workerA, f.caseA).ok());
    EXPECT_TRUE(WorkService(f.db.db()).timeline(f.workerB, f.caseB).ok());
    EXPECT_TRUE(PlanService(f.db.db()).plan(f.workerB, receptions->first().meta.id).ok());
}

TEST_F(RecordLevelAccessTest, AFullExportHoldsOnlyTheCasesInScope)
{
    using exchange::ExchangeTable;
    using exchange::ExportMode;
    EXPECT_EQ(exported(f.managerA, ExportMode::Full, ExchangeTable::Receptions), 1);
    EXPECT_EQ(exported(f.managerA, ExportMode::Full, ExchangeTable::Supports), 1);
    EXPECT_EQ(exported(f.managerNoTeam, ExportMode::Full, ExchangeTable::Receptions), 3);
    EXPECT_EQ(exported(f.admin, ExportMode::Full, ExchangeTable::Supports), 3);
}

TEST_F(RecordLevelAccessTest, ADeidentifiedExportHoldsOnlyTheCasesInScope)
{
    using exchange::ExchangeTable;
    using exchange::ExportMode;
    EXPECT_EQ(exported(f.managerA, ExportMode::DeIdentified, ExchangeTable::Receptions), 1);
    EXPECT_EQ(exported(f.managerA, ExportMode::DeIdentified, ExchangeTable::Supports), 1);
    // A viewer opens no case, and gets the centre's de-identified statistics whole.
    EXPECT_EQ(exported(f.viewer, ExportMode::DeIdentified, ExchangeTable::Receptions), 3);
    EXPECT_EQ(exported(f.admin, ExportMode::DeIdentified, ExchangeTable::Receptions), 3);
}

TEST_F(RecordLevelAccessTest, AnEncryptedExportHoldsOnlyTheCasesInScope)
{
    if (!exchange::zip::aesSupported())
        GTEST_SKIP() << "libzip without AES";
    const QByteArray passphrase = QByteArrayLiteral("mật khẩu đủ dài 2026");
    ExportRequest request;
    request.period = year2025();
    request.table = exchange::ExchangeTable::Receptions;
    request.mode = exchange::ExportMode::Full;
    request.filePath = f.db.filePath(QStringLiteral("team.zip"));
    auto written = EncryptedExport(f.db.db()).exportZip(request, f.managerA, passphrase);
    ASSERT_TRUE(written.ok()) << written.error().detail.toStdString();
    EXPECT_EQ(written->rows, 1);

    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(request.filePath).constData(), ZIP_RDONLY, &error);
    ASSERT_NE(archive, nullptr);
    zip_file_t *entry = zip_fopen_encrypted(archive, "team.csv", 0, passphrase.constData());
    ASSERT_NE(entry, nullptr);
    QByteArray csv;
    char buffer[65536];
    zip_int64_t n = 0;
    while ((n = zip_fread(entry, buffer, sizeof(buffer))) > 0)
        csv.append(buffer, qsizetype(n));
    zip_fclose(entry);
    zip_discard(archive);
    EXPECT_EQ(dataLines(csv), 1);
    EXPECT_TRUE(csv.contains("Lò Thị Mai"));
    EXPECT_FALSE(csv.contains("Lò Văn Nam"));
}

TEST_F(RecordLevelAccessTest, AHandoverBatchListsOnlyThePersonsInScope)
{
    domain::HandoverBatch batch;
    batch.date = QDate(2025, 3, 10);
    batch.borderGateCode = QStringLiteral("mong_cai");
    batch.foreignAgency = QStringLiteral("Công an Biên phòng Đông Hưng");
    batch.receivingAgencyCode = QStringLiteral("bdbp_qn");
    batch.personsTotal = 2;
    auto stored = BatchService(f.db.db()).create(f.admin, batch);
    ASSERT_TRUE(stored.ok());
    const qint64 mine =
        f.newCase(f.workerA, QStringLiteral("Sùng Thị Ly"), QDate(2025, 3, 10), stored->meta.id);
    f.newCase(f.workerB, QStringLiteral("Vàng A Dế"), QDate(2025, 3, 10), stored->meta.id);
    auto linked = BatchService(f.db.db()).linkedReceptions(f.workerA, stored->meta.id);
    ASSERT_TRUE(linked.ok());
    ASSERT_EQ(linked->size(), 1);
    EXPECT_EQ(linked->constFirst().personId, mine);
    auto all = BatchService(f.db.db()).linkedReceptions(f.admin, stored->meta.id);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 2);
}

TEST_F(RecordLevelAccessTest, WithTheSettingOffEveryoneWhoMayViewCasesSeesEveryCase)
{
    f.setRecordLevelAccess(false);
    EXPECT_EQ(listed(f.workerA), (QSet<qint64>{f.caseA, f.caseB, f.caseAdmin}));
    EXPECT_EQ(CaseListService(f.db.db(), f.workerA).totalCount().value(), 3);
    EXPECT_EQ(found(f.workerA).size(), 3);
    EXPECT_TRUE(CaseService(f.db.db()).openCase(f.workerA, f.caseB).ok());
    EXPECT_EQ(exported(f.managerA, exchange::ExportMode::Full, exchange::ExchangeTable::Receptions),
              3);
    EXPECT_EQ(
        exported(f.viewer, exchange::ExportMode::DeIdentified, exchange::ExchangeTable::Receptions),
        3);
    EXPECT_EQ(test::countRows(
                  f.db.db(), QStringLiteral("audit_log"), QStringLiteral("action = 'denied'")),
              0);
}

} // namespace
} // namespace sr::services
