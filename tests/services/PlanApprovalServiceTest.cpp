// The support plan's goals and managers' approvals (services/PlanService.h,
// services/ApprovalService.h): validation, optimistic locking, permissions, one pending request
// per kind, a closure approved closes the reception in the same transaction, and the
// organisation's setting that makes a social worker's direct closing a request.
#include "ServiceTestSupport.h"
#include "services/ApprovalService.h"
#include "services/CaseService.h"
#include "services/PlanService.h"
#include "services/ReferenceService.h"
#include "storage/ReceptionRepository.h"
#include "storage/UserRepository.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"

#include <gtest/gtest.h>

namespace sr::services {
namespace {

using namespace sr::domain;

class PlanApprovalTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_worker =
            account(QStringLiteral("lan"), QStringLiteral("Nguyễn Thị Lan"), Role::SocialWorker);
        m_otherWorker = account(QStringLiteral("hoa"), QString(), Role::SocialWorker);
        m_manager = account(QStringLiteral("minh"), QStringLiteral("Trần Văn Minh"), Role::Manager);
        m_admin = account(QStringLiteral("admin"), QString(), Role::Administrator);
        NewCase c;
        c.person.fullName = QStringLiteral("Đặng Thị Hằng");
        c.person.sex = Sex::Female;
        c.person.birthDate = PartialDate::fromYear(1998);
        c.person.ethnicity = QStringLiteral("01");
        c.reception.receptionDate = QDate(2026, 5, 2);
        c.reception.agencyCode = QStringLiteral("ctxh_qn");
        c.reception.countryCode = QStringLiteral("CN");
        c.reception.route = Route::SelfReported;
        c.reception.identificationStatus = IdentificationStatus::Pending;
        const auto saved = CaseService(m_db.db()).saveNewCase(m_worker, c);
        ASSERT_TRUE(saved.ok()) << saved.error().detail.toStdString();
        m_personId = saved->person.meta.id;
        m_receptionId = saved->reception.meta.id;
    }

    Actor account(const QString &name, const QString &display, Role role)
    {
        UserAccount user;
        user.userName = name;
        user.displayName = display;
        user.role = role;
        user.passwordHash = QStringLiteral("$argon2id$test");
        const auto inserted =
            storage::UserRepository(m_db.db()).insert(user, QStringLiteral("test"));
        EXPECT_TRUE(inserted.ok());
        return inserted ? inserted->actor() : Actor{};
    }

    PlanGoal goal(const QString &text = QStringLiteral("Đi học nghề may"))
    {
        PlanGoal g;
        g.receptionId = m_receptionId;
        g.area = GoalArea::Vocational;
        g.goal = text;
        g.actions = QStringLiteral("Liên hệ trung tâm dạy nghề");
        g.targetDate = QDate(2026, 12, 31);
        return g;
    }

    PlanGoal savedGoal()
    {
        const auto saved = m_plan.saveGoal(m_worker, goal());
        EXPECT_TRUE(saved.ok());
        return saved.ok() ? saved.value() : PlanGoal{};
    }

    void setApprovalsRequired(bool on)
    {
        CaseWorkSettings settings;
        settings.approvalsRequired = on;
        ASSERT_TRUE(ReferenceService(m_db.db()).saveCaseWorkSettings(m_admin, settings).ok());
    }

    Reception storedReception()
    {
        return storage::ReceptionRepository(m_db.db()).get(m_receptionId).value();
    }

    qint64 rows(const QString &table, const QString &where = {})
    {
        return test::countRows(m_db.db(), table, where);
    }

    test::FixedClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(3, 0), Qt::UTC)};
    test::TempDatabase m_db;
    PlanService m_plan{m_db.db()};
    ApprovalService m_approvals{m_db.db()};
    Actor m_worker, m_otherWorker, m_manager, m_admin;
    qint64 m_personId = 0;
    qint64 m_receptionId = 0;
};

// --- goals ---------------------------------------------------------------------------------

TEST_F(PlanApprovalTest, AGoalMakesItsReviewTaskAndAchievingOrArchivingEndsIt)
{
    // Written through the plan, the goal rule runs in the goal's transaction
    // (docs/case-work.md): a task due on the target date, assigned to the case's worker.
    const QString goalTasks = QStringLiteral("rule_code = 'goal_review'");
    const PlanGoal saved = savedGoal();
    ASSERT_EQ(rows(QStringLiteral("task"), goalTasks + QStringLiteral(" AND status = 'open'")), 1);
    EXPECT_EQ(rows(QStringLiteral("task"),
                   goalTasks
                       + QStringLiteral(" AND due_date = '2026-12-31' AND assigned_user_id = ")
                       + QString::number(m_worker.userId)),
              1);

    // A new target date moves the open task; achieving the goal completes it.
    PlanGoal moved = saved;
    moved.targetDate = QDate(2027, 1, 15);
    const auto movedSaved = m_plan.saveGoal(m_worker, moved);
    ASSERT_TRUE(movedSaved.ok());
    EXPECT_EQ(
        rows(QStringLiteral("task"), goalTasks + QStringLiteral(" AND due_date = '2027-01-15'")),
        1);
    PlanGoal achieved = movedSaved.value();
    achieved.status = GoalStatus::Achieved;
    ASSERT_TRUE(m_plan.saveGoal(m_worker, achieved).ok());
    EXPECT_EQ(rows(QStringLiteral("task"), goalTasks + QStringLiteral(" AND status = 'done'")), 1);
    EXPECT_EQ(rows(QStringLiteral("task"), goalTasks), 1);

    // Another goal's task is cancelled when the goal is archived.
    const auto second = m_plan.saveGoal(m_worker, goal(QStringLiteral("Mở sổ tiết kiệm")));
    ASSERT_TRUE(second.ok());
    ASSERT_EQ(rows(QStringLiteral("task"), goalTasks + QStringLiteral(" AND status = 'open'")), 1);
    ASSERT_TRUE(
        m_plan
            .archiveGoal(
                m_worker, second->meta.id, second->meta.version, QStringLiteral("nhập nhầm"))
            .ok());
    EXPECT_EQ(rows(QStringLiteral("task"), goalTasks + QStringLiteral(" AND status = 'open'")), 0);
    EXPECT_EQ(rows(QStringLiteral("task"), goalTasks + QStringLiteral(" AND status = 'cancelled'")),
              1);
}

TEST_F(PlanApprovalTest, GoalIsSavedUpdatedAndArchivedWithAuditRows)
{
    const PlanGoal saved = savedGoal();
    ASSERT_TRUE(saved.meta.isStored());
    EXPECT_EQ(rows(QStringLiteral("audit_log"), QStringLiteral("entity = 'plan_goal'")), 1);

    PlanGoal changed = saved;
    changed.status = GoalStatus::InProgress;
    changed.reviewNotes = QStringLiteral("Đã đăng ký lớp");
    const auto updated = m_plan.saveGoal(m_worker, changed);
    ASSERT_TRUE(updated.ok());
    EXPECT_EQ(updated->meta.version, saved.meta.version + 1);

    // An edit made on the older version is refused: the other save came first.
    const auto stale = m_plan.saveGoal(m_worker, saved);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);

    EXPECT_FALSE(
        m_plan.archiveGoal(m_worker, saved.meta.id, updated->meta.version, QString()).ok());
    ASSERT_TRUE(
        m_plan.archiveGoal(m_worker, saved.meta.id, updated->meta.version, QStringLiteral("trùng"))
            .ok());
    EXPECT_TRUE(m_plan.goals(m_worker, m_receptionId)->isEmpty());
    EXPECT_EQ(m_plan.goals(m_worker, m_receptionId, true)->size(), 1);
    EXPECT_EQ(rows(QStringLiteral("audit_log"), QStringLiteral("entity = 'plan_goal'")), 3);
}

TEST_F(PlanApprovalTest, GoalValidationReportsEachField)
{
    PlanGoal bad = goal(QStringLiteral("   "));
    bad.area = GoalArea(42);
    bad.status = GoalStatus(9);
    bad.targetDate = QDate(2026, 5, 1); // the day before the reception
    const auto refused = m_plan.saveGoal(m_worker, bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    const FieldErrors expected{
        FieldError{QStringLiteral("area"), ValidationCode::NotAChoice},
        FieldError{QStringLiteral("goal"), ValidationCode::Required},
        FieldError{QStringLiteral("target_date"), ValidationCode::BeforeReception},
        FieldError{QStringLiteral("status"), ValidationCode::NotAChoice},
    };
    EXPECT_EQ(refused.fieldErrors(), expected);
    EXPECT_EQ(rows(QStringLiteral("plan_goal")), 0);

    PlanGoal noDate = goal();
    noDate.targetDate = QDate();
    EXPECT_EQ(m_plan.saveGoal(m_worker, noDate).fieldErrors(),
              (FieldErrors{FieldError{QStringLiteral("target_date"), ValidationCode::Required}}));
    PlanGoal impossible = goal();
    impossible.targetDate = QDate(2026, 2, 31);
    EXPECT_EQ(m_plan.saveGoal(m_worker, impossible).fieldErrors(),
              (FieldErrors{FieldError{QStringLiteral("target_date"), ValidationCode::Required}}))
        << "QDate(2026, 2, 31) is null: the ui reports the unreadable text itself";
}

TEST_F(PlanApprovalTest, GoalsNeedTheirPermissions)
{
    const Actor viewer{m_worker.userId, QStringLiteral("viewer"), Role::Viewer};
    const auto refused = m_plan.saveGoal(viewer, goal());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(m_plan.goals(viewer, m_receptionId).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(rows(QStringLiteral("plan_goal")), 0);
}

TEST_F(PlanApprovalTest, PlanStateFollowsGoalsAndApprovals)
{
    EXPECT_EQ(m_plan.plan(m_worker, m_receptionId)->state, PlanState::None);
    const PlanGoal saved = savedGoal();
    EXPECT_EQ(m_plan.plan(m_worker, m_receptionId)->state, PlanState::Draft);

    const auto request = m_approvals.requestPlanApproval(m_worker, m_receptionId, QString());
    ASSERT_TRUE(request.ok()) << request.error().detail.toStdString();
    EXPECT_EQ(m_plan.plan(m_worker, m_receptionId)->state, PlanState::Submitted);

    m_clock.advanceSecs(60);
    const auto returned =
        m_approvals.returnToWorker(m_manager, request->meta.id, QStringLiteral("Thêm mục tiêu"));
    ASSERT_TRUE(returned.ok());
    EXPECT_EQ(m_plan.plan(m_worker, m_receptionId)->state, PlanState::Returned);

    const auto again = m_approvals.requestPlanApproval(m_worker, m_receptionId, QString());
    ASSERT_TRUE(again.ok());
    m_clock.advanceSecs(60);
    ASSERT_TRUE(m_approvals.approve(m_manager, again->meta.id, QString()).ok());
    EXPECT_EQ(m_plan.plan(m_worker, m_receptionId)->state, PlanState::Approved);

    m_clock.advanceSecs(60);
    PlanGoal changed = saved;
    changed.status = GoalStatus::Achieved;
    ASSERT_TRUE(m_plan.saveGoal(m_worker, changed).ok());
    EXPECT_EQ(m_plan.plan(m_worker, m_receptionId)->state, PlanState::ChangedSinceApproval);
}

// --- approvals -----------------------------------------------------------------------------

TEST_F(PlanApprovalTest, PlanRequestNeedsAGoalAndAnAccount)
{
    const auto empty = m_approvals.requestPlanApproval(m_worker, m_receptionId, QString());
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.fieldErrors(),
              (FieldErrors{FieldError{QStringLiteral("plan_goal"), ValidationCode::Required}}));
    savedGoal();
    const Actor system{0, QStringLiteral("system"), Role::Administrator};
    EXPECT_EQ(m_approvals.requestPlanApproval(system, m_receptionId, QString()).error().code,
              ErrorCode::PermissionDenied);
    EXPECT_EQ(rows(QStringLiteral("approval")), 0);
}

TEST_F(PlanApprovalTest, ASecondPendingRequestOfAKindIsRefused)
{
    savedGoal();
    ASSERT_TRUE(m_approvals.requestPlanApproval(m_worker, m_receptionId, QString()).ok());
    const auto second = m_approvals.requestPlanApproval(m_otherWorker, m_receptionId, QString());
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, ErrorCode::Duplicate);
    // Another kind may be pending at the same time.
    EXPECT_TRUE(
        m_approvals
            .requestClosure(
                m_worker, m_receptionId, CaseOutcome::ReturnedHome, QDate(2026, 11, 19), QString())
            .ok());
    EXPECT_EQ(rows(QStringLiteral("approval")), 2);
}

TEST_F(PlanApprovalTest, ReturnNeedsAComment)
{
    savedGoal();
    const auto request = m_approvals.requestPlanApproval(m_worker, m_receptionId, QString());
    ASSERT_TRUE(request.ok());
    const auto refused =
        m_approvals.returnToWorker(m_manager, request->meta.id, QStringLiteral(" "));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(
        refused.fieldErrors(),
        (FieldErrors{FieldError{QStringLiteral("decision_comment"), ValidationCode::Required}}));
    const auto returned =
        m_approvals.returnToWorker(m_manager, request->meta.id, QStringLiteral("Ghi rõ hơn"));
    ASSERT_TRUE(returned.ok());
    EXPECT_EQ(returned->status, ApprovalStatus::Returned);
    EXPECT_EQ(returned->decidedByUserId, m_manager.userId);
    EXPECT_EQ(returned->decidedDate, QDate(2026, 11, 20));
    // A decided request is not decided again.
    EXPECT_EQ(m_approvals.approve(m_manager, request->meta.id, QString()).error().code,
              ErrorCode::Conflict);
}

TEST_F(PlanApprovalTest, OnlyTheRequesterWithdraws)
{
    savedGoal();
    const auto request = m_approvals.requestPlanApproval(m_worker, m_receptionId, QString());
    ASSERT_TRUE(request.ok());
    EXPECT_EQ(m_approvals.withdraw(m_otherWorker, request->meta.id).error().code,
              ErrorCode::PermissionDenied);
    const auto withdrawn = m_approvals.withdraw(m_worker, request->meta.id);
    ASSERT_TRUE(withdrawn.ok());
    EXPECT_EQ(withdrawn->status, ApprovalStatus::Withdrawn);
    EXPECT_EQ(m_plan.plan(m_worker, m_receptionId)->state, PlanState::Draft);
    // Withdrawn, it no longer blocks a new request.
    EXPECT_TRUE(m_approvals.requestPlanApproval(m_worker, m_receptionId, QString()).ok());
}

TEST_F(PlanApprovalTest, DecisionsAreRefusedToWorkersAndOnOwnRequestsAndAudited)
{
    savedGoal();
    const auto request = m_approvals.requestPlanApproval(m_worker, m_receptionId, QString());
    ASSERT_TRUE(request.ok());
    const qint64 deniedBefore =
        rows(QStringLiteral("audit_log"), QStringLiteral("action = 'denied'"));
    EXPECT_EQ(m_approvals.approve(m_otherWorker, request->meta.id, QString()).error().code,
              ErrorCode::PermissionDenied);
    EXPECT_EQ(m_approvals.approve(m_worker, request->meta.id, QString()).error().code,
              ErrorCode::PermissionDenied);
    EXPECT_EQ(rows(QStringLiteral("audit_log"), QStringLiteral("action = 'denied'")),
              deniedBefore + 2);

    // A manager does not decide their own request; an administrator may.
    const auto own = m_approvals.requestClosure(
        m_manager, m_receptionId, CaseOutcome::ReturnedHome, QDate(2026, 11, 19), QString());
    ASSERT_TRUE(own.ok());
    EXPECT_EQ(m_approvals.approve(m_manager, own->meta.id, QString()).error().code,
              ErrorCode::PermissionDenied);
    EXPECT_EQ(rows(QStringLiteral("audit_log"), QStringLiteral("action = 'denied'")),
              deniedBefore + 3);
    EXPECT_EQ(storedReception().caseStatus, CaseStatus::Open);
    EXPECT_EQ(rows(QStringLiteral("approval"), QStringLiteral("status = 'requested'")), 2);
}

TEST_F(PlanApprovalTest, ClosureRequestIsCheckedAsTheClosedReception)
{
    const auto refused = m_approvals.requestClosure(
        m_worker, m_receptionId, std::nullopt, QDate(2026, 4, 1), QString());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(
        refused.fieldErrors(),
        (FieldErrors{FieldError{QStringLiteral("outcome"), ValidationCode::Required},
                     FieldError{QStringLiteral("closed_date"), ValidationCode::BeforeReception}}));
    EXPECT_EQ(rows(QStringLiteral("approval")), 0);
}

TEST_F(PlanApprovalTest, ApprovingAClosureClosesTheReceptionInOneTransaction)
{
    const auto request = m_approvals.requestClosure(m_worker,
                                                    m_receptionId,
                                                    CaseOutcome::ReturnedHome,
                                                    QDate(2026, 11, 18),
                                                    QStringLiteral("Đã về với gia đình"));
    ASSERT_TRUE(request.ok()) << request.error().detail.toStdString();
    const qint64 receptionAudit =
        rows(QStringLiteral("audit_log"), QStringLiteral("entity = 'reception'"));

    const auto approved =
        m_approvals.approve(m_manager, request->meta.id, QStringLiteral("Đồng ý"));
    ASSERT_TRUE(approved.ok()) << approved.error().detail.toStdString();
    EXPECT_EQ(approved->status, ApprovalStatus::Approved);

    const Reception closed = storedReception();
    EXPECT_EQ(closed.caseStatus, CaseStatus::Closed);
    EXPECT_EQ(closed.outcome, CaseOutcome::ReturnedHome);
    EXPECT_EQ(closed.closedDate, QDate(2026, 11, 18));
    EXPECT_EQ(rows(QStringLiteral("reception"),
                   QStringLiteral("case_status = 'closed' AND outcome = 'returned_home' AND "
                                  "closed_date = '2026-11-18'")),
              1);
    EXPECT_EQ(rows(QStringLiteral("audit_log"), QStringLiteral("entity = 'reception'")),
              receptionAudit + 1);
    EXPECT_EQ(rows(QStringLiteral("audit_log"),
                   QStringLiteral("entity = 'approval' AND action = 'update'")),
              1);

    const auto history = m_approvals.historyForPerson(m_manager, m_personId);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->first().requestedBy, QStringLiteral("Nguyễn Thị Lan"));
    EXPECT_EQ(history->first().decidedBy, QStringLiteral("Trần Văn Minh"));
}

TEST_F(PlanApprovalTest, AClosureThatCannotBeWrittenLeavesTheRequestPending)
{
    const auto request = m_approvals.requestClosure(
        m_worker, m_receptionId, CaseOutcome::ReturnedHome, QDate(2026, 11, 18), QString());
    ASSERT_TRUE(request.ok());
    // Meanwhile the manager closed the reception from the case editor.
    Reception reception = storedReception();
    reception.caseStatus = CaseStatus::Closed;
    reception.outcome = CaseOutcome::Transferred;
    reception.closedDate = QDate(2026, 11, 19);
    ASSERT_TRUE(CaseService(m_db.db()).saveReception(m_manager, reception).ok());

    const auto approved = m_approvals.approve(m_manager, request->meta.id, QString());
    ASSERT_FALSE(approved.ok());
    EXPECT_EQ(rows(QStringLiteral("approval"), QStringLiteral("status = 'requested'")), 1);
    EXPECT_EQ(storedReception().outcome, CaseOutcome::Transferred);
}

// --- the organisation's setting ----------------------------------------------------------

TEST_F(PlanApprovalTest, SettingOnRefusesASocialWorkersDirectClosing)
{
    setApprovalsRequired(true);
    CaseService cases(m_db.db());
    auto record = cases.loadCase(m_worker, m_personId);
    ASSERT_TRUE(record.ok());
    Reception &reception = record->receptions.first().reception;
    reception.caseStatus = CaseStatus::Closed;
    reception.outcome = CaseOutcome::ReturnedHome;
    reception.closedDate = QDate(2026, 11, 19);

    const auto refused = cases.saveCase(m_worker, *record, {reception.meta.uuid});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.fieldErrors(),
              (FieldErrors{FieldError{QStringLiteral("case_status"),
                                      ValidationCode::NeedsApproval,
                                      RecordKind::Reception,
                                      0}}));
    EXPECT_EQ(storedReception().caseStatus, CaseStatus::Open);
    // Every path that writes a reception refuses it alike.
    const auto alone = cases.saveReception(m_worker, reception);
    ASSERT_FALSE(alone.ok());
    EXPECT_EQ(
        alone.fieldErrors(),
        (FieldErrors{FieldError{QStringLiteral("case_status"), ValidationCode::NeedsApproval}}));
    EXPECT_EQ(storedReception().caseStatus, CaseStatus::Open);

    // A manager's closing is their approval.
    EXPECT_TRUE(cases.saveCase(m_manager, *record, {reception.meta.uuid}).ok());
    EXPECT_EQ(storedReception().caseStatus, CaseStatus::Closed);

    // Editing an already closed reception closes nothing: the worker may still correct notes.
    auto closed = cases.loadCase(m_worker, m_personId);
    ASSERT_TRUE(closed.ok());
    Reception &again = closed->receptions.first().reception;
    again.notes = QStringLiteral("Bổ sung ghi chú");
    EXPECT_TRUE(cases.saveCase(m_worker, *closed, {again.meta.uuid}).ok());
}

TEST_F(PlanApprovalTest, SettingOffLetsEveryoneCloseAndRequestsStillWork)
{
    setApprovalsRequired(false);
    CaseService cases(m_db.db());
    auto record = cases.loadCase(m_worker, m_personId);
    ASSERT_TRUE(record.ok());
    Reception &reception = record->receptions.first().reception;
    reception.caseStatus = CaseStatus::Closed;
    reception.outcome = CaseOutcome::ReturnedHome;
    reception.closedDate = QDate(2026, 11, 19);
    EXPECT_TRUE(cases.saveCase(m_worker, *record, {reception.meta.uuid}).ok());
    EXPECT_EQ(storedReception().caseStatus, CaseStatus::Closed);
    EXPECT_FALSE(m_plan.plan(m_worker, m_receptionId)->approvalsRequired);
}

} // namespace
} // namespace sr::services
