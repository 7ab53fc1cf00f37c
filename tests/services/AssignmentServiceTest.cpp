// The responsible worker of a case: assignment with a reason, its history and audit row, the
// open tasks that follow the case, refusals, and the caseloads per worker (docs/case-work.md).
#include "services/AssignmentService.h"

#include "CaseWorkTeams.h"
#include "ServiceTestSupport.h"
#include "storage/AuditLog.h"
#include "storage/CaseAssignmentRepository.h"
#include "storage/TaskRepository.h"

#include <QJsonObject>

#include <gtest/gtest.h>

namespace sr::services {
namespace {

using domain::Actor;
using domain::ValidationCode;

class AssignmentServiceTest : public ::testing::Test
{
protected:
    test::CaseWorkTeams f;
    AssignmentService service{f.db.db()};

    qint64 task(qint64 personId, std::optional<qint64> worker, domain::TaskStatus status)
    {
        domain::Task t;
        t.personId = personId;
        t.title = QStringLiteral("Gọi điện cho gia đình");
        t.dueDate = QDate(2025, 6, 10);
        t.assignedUserId = worker;
        t.status = status;
        if (status != domain::TaskStatus::Open) {
            t.doneDate = QDate(2025, 6, 1);
            t.doneBy = QStringLiteral("lan");
        }
        auto stored = storage::TaskRepository(f.db.db()).insert(t, f.admin);
        EXPECT_TRUE(stored.ok());
        return stored.ok() ? stored->meta.id : 0;
    }

    std::optional<qint64> assignedOf(qint64 taskId)
    {
        auto t = storage::TaskRepository(f.db.db()).get(taskId);
        EXPECT_TRUE(t.ok());
        return t.ok() ? t->assignedUserId : std::nullopt;
    }
};

TEST_F(AssignmentServiceTest, ANewCaseIsItsCreatorsAndHasNoHistory)
{
    auto current = service.responsibleOf(f.managerA, f.caseA);
    ASSERT_TRUE(current.ok());
    ASSERT_TRUE(current->has_value());
    EXPECT_EQ((*current)->userId, f.workerA.userId);
    EXPECT_EQ((*current)->name, QStringLiteral("Cán bộ lan"));
    auto history = service.history(f.managerA, f.caseA);
    ASSERT_TRUE(history.ok());
    EXPECT_TRUE(history->isEmpty());
}

TEST_F(AssignmentServiceTest, AssignWritesHistoryAuditAndMovesOpenTasks)
{
    const qint64 open = task(f.caseA, f.workerA.userId, domain::TaskStatus::Open);
    const qint64 done = task(f.caseA, f.workerA.userId, domain::TaskStatus::Done);
    const qint64 someoneElses = task(f.caseA, f.managerA.userId, domain::TaskStatus::Open);
    const qint64 otherCase = task(f.caseB, f.workerA.userId, domain::TaskStatus::Open);

    auto outcome =
        service.assign(f.managerA, f.caseA, f.workerB.userId, QStringLiteral(" nghỉ phép "));
    ASSERT_TRUE(outcome.ok()) << outcome.error().detail.toStdString();
    EXPECT_TRUE(outcome->changed);
    EXPECT_EQ(outcome->tasksMoved, 1);
    EXPECT_EQ(outcome->assignment.reason, QStringLiteral("nghỉ phép"));

    EXPECT_EQ(assignedOf(open), f.workerB.userId);
    EXPECT_EQ(assignedOf(done), f.workerA.userId);
    EXPECT_EQ(assignedOf(someoneElses), f.managerA.userId);
    EXPECT_EQ(assignedOf(otherCase), f.workerA.userId);

    auto current = storage::CaseAssignmentRepository(f.db.db()).responsibleOf(f.caseA);
    ASSERT_TRUE(current.ok());
    EXPECT_EQ(*current, f.workerB.userId);

    auto history = service.history(f.managerA, f.caseA);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->at(0).assignment.previousUserId, f.workerA.userId);
    EXPECT_EQ(history->at(0).assignment.userId, f.workerB.userId);
    EXPECT_EQ(history->at(0).workerName, QStringLiteral("Cán bộ binh"));
    EXPECT_EQ(history->at(0).previousName, QStringLiteral("Cán bộ lan"));
    EXPECT_EQ(history->at(0).assignment.meta.createdBy, QStringLiteral("quanly"));
    EXPECT_EQ(history->at(0).byName, QStringLiteral("Cán bộ quanly"));

    auto audit = storage::AuditLog(f.db.db()).list(QStringLiteral("case_assignment"),
                                                   outcome->assignment.meta.id);
    ASSERT_TRUE(audit.ok());
    ASSERT_FALSE(audit->isEmpty());
    EXPECT_EQ(audit->constFirst().actor, QStringLiteral("quanly"));
    EXPECT_TRUE(audit->constFirst().changes.contains(QStringLiteral("reason")));
    // Each moved task has its own audit row.
    auto taskAudit = storage::AuditLog(f.db.db()).list(QStringLiteral("task"), open);
    ASSERT_TRUE(taskAudit.ok());
    EXPECT_GE(taskAudit->size(), 2); // create, update
}

TEST_F(AssignmentServiceTest, AssigningTheSameWorkerAgainChangesNothing)
{
    const qint64 before = test::countRows(f.db.db(), QStringLiteral("audit_log"));
    auto outcome = service.assign(f.managerA, f.caseA, f.workerA.userId, QStringLiteral("lại"));
    ASSERT_TRUE(outcome.ok());
    EXPECT_FALSE(outcome->changed);
    EXPECT_EQ(test::countRows(f.db.db(), QStringLiteral("case_assignment")), 0);
    EXPECT_EQ(test::countRows(f.db.db(), QStringLiteral("audit_log")), before);
}

TEST_F(AssignmentServiceTest, UnassignAndAssignAgainTakesTheUnassignedTasks)
{
    ASSERT_TRUE(service.assign(f.admin, f.caseA, std::nullopt, QStringLiteral("chờ")).ok());
    auto current = service.responsibleOf(f.admin, f.caseA);
    ASSERT_TRUE(current.ok());
    EXPECT_FALSE(current->has_value());
    const qint64 unassigned = task(f.caseA, std::nullopt, domain::TaskStatus::Open);
    auto outcome = service.assign(f.admin, f.caseA, f.managerA.userId, QStringLiteral("nhận"));
    ASSERT_TRUE(outcome.ok());
    EXPECT_EQ(outcome->tasksMoved, 1);
    EXPECT_EQ(assignedOf(unassigned), f.managerA.userId);
    auto history = service.history(f.admin, f.caseA);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 2);
    EXPECT_EQ(history->at(0).workerName, QString());
    EXPECT_EQ(history->at(1).previousName, QString());
}

TEST_F(AssignmentServiceTest, SocialWorkersAndViewersMayNotAssignAndTheRefusalIsAudited)
{
    for (const Actor &actor : {f.workerA, f.viewer}) {
        auto outcome = service.assign(actor, f.caseA, f.workerB.userId, QStringLiteral("x"));
        ASSERT_FALSE(outcome.ok());
        EXPECT_EQ(outcome.error().code, ErrorCode::PermissionDenied);
        EXPECT_EQ(outcome.error().detail, QStringLiteral("assign_cases"));
    }
    EXPECT_EQ(test::countRows(
                  f.db.db(), QStringLiteral("audit_log"), QStringLiteral("action = 'denied'")),
              2);
    EXPECT_EQ(test::countRows(f.db.db(), QStringLiteral("case_assignment")), 0);
}

TEST_F(AssignmentServiceTest, AViewerADisabledOrAMissingAccountCannotBeResponsible)
{
    for (const qint64 worker : {f.viewer.userId, f.disabled.userId, qint64(9999)}) {
        auto outcome = service.assign(f.admin, f.caseA, worker, QStringLiteral("x"));
        ASSERT_FALSE(outcome.ok());
        EXPECT_EQ(outcome.error().code, ErrorCode::InvalidInput);
        ASSERT_EQ(outcome.fieldErrors().size(), 1);
        EXPECT_EQ(outcome.fieldErrors().at(0).field, QStringLiteral("user_id"));
        EXPECT_EQ(outcome.fieldErrors().at(0).code, ValidationCode::Inconsistent);
    }
    EXPECT_EQ(test::countRows(f.db.db(), QStringLiteral("case_assignment")), 0);
}

TEST_F(AssignmentServiceTest, AReasonIsRequired)
{
    auto outcome = service.assign(f.admin, f.caseA, f.workerB.userId, QStringLiteral("  "));
    ASSERT_FALSE(outcome.ok());
    EXPECT_EQ(outcome.error().code, ErrorCode::InvalidInput);
    ASSERT_EQ(outcome.fieldErrors().size(), 1);
    EXPECT_EQ(outcome.fieldErrors().at(0).field, QStringLiteral("reason"));
    EXPECT_EQ(outcome.fieldErrors().at(0).code, ValidationCode::Required);
    auto current = service.responsibleOf(f.admin, f.caseA);
    ASSERT_TRUE(current.ok());
    EXPECT_EQ((*current)->userId, f.workerA.userId);
}

TEST_F(AssignmentServiceTest, CaseloadsCountOpenActiveCasesPerWorker)
{
    // Hand-made: workerA has caseA and a second case; workerB has caseB, closed below; the
    // admin's case is archived; one more case is made unassigned.
    const qint64 second = f.newCase(f.workerA, QStringLiteral("Vàng A Dế"), QDate(2025, 4, 1));
    const qint64 loose = f.newCase(f.workerB, QStringLiteral("Sùng Thị Ly"), QDate(2025, 4, 2));
    ASSERT_TRUE(service.assign(f.admin, loose, std::nullopt, QStringLiteral("chờ")).ok());
    ASSERT_NE(second, 0);
    auto record = CaseService(f.db.db()).loadCase(f.admin, f.caseB);
    ASSERT_TRUE(record.ok());
    CaseRecord closed = *record;
    closed.receptions[0].reception.caseStatus = domain::CaseStatus::Closed;
    closed.receptions[0].reception.closedDate = QDate(2025, 5, 1);
    closed.receptions[0].reception.outcome = domain::CaseOutcome::ReturnedHome;
    auto saved = CaseService(f.db.db()).saveCase(
        f.admin, closed, {closed.receptions[0].reception.meta.uuid});
    ASSERT_TRUE(saved.ok()) << saved.error().detail.toStdString();
    auto person = CaseService(f.db.db()).loadCase(f.admin, f.caseAdmin);
    ASSERT_TRUE(person.ok());
    ASSERT_TRUE(CaseService(f.db.db())
                    .archivePerson(
                        f.admin, f.caseAdmin, person->person.meta.version, QStringLiteral("trùng"))
                    .ok());

    auto loads = service.caseloads(f.workerA);
    ASSERT_TRUE(loads.ok());
    EXPECT_EQ(loads->unassigned, 1);
    QHash<qint64, qint64> byWorker;
    QStringList names;
    for (const CaseWorker &worker : loads->workers) {
        byWorker.insert(worker.userId, worker.openCases);
        names << worker.name;
    }
    // Viewers and disabled accounts are not offered; the others by name.
    EXPECT_FALSE(byWorker.contains(f.viewer.userId));
    EXPECT_FALSE(byWorker.contains(f.disabled.userId));
    EXPECT_EQ(byWorker.value(f.workerA.userId, -1), 2);
    EXPECT_EQ(byWorker.value(f.workerB.userId, -1), 0);
    EXPECT_EQ(byWorker.value(f.admin.userId, -1), 0);
    EXPECT_EQ(byWorker.value(f.managerA.userId, -1), 0);
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    EXPECT_EQ(names, sorted);
}

} // namespace
} // namespace sr::services
