// The task rules (services/TaskRules.h): every write path makes, completes, moves and cancels
// the tasks of the case it writes, in the same transaction, and never makes one twice.
#include "services/TaskRules.h"

#include "ServiceTestSupport.h"
#include "services/AssignmentService.h"
#include "services/CaseService.h"
#include "services/CaseWriter.h"
#include "services/ReferenceService.h"
#include "services/TaskService.h"
#include "storage/Database.h"
#include "storage/PlanGoalRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/ReportQueries.h"
#include "storage/TaskRepository.h"
#include "storage/UserRepository.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace sr::services {
namespace {

using namespace sr::domain;

class TaskRulesTest : public ::testing::Test
{
protected:
    test::FixedClock m_clock{QDateTime(QDate(2025, 3, 15), QTime(3, 0), Qt::UTC)};
    test::TempDatabase m_db;
    Actor m_actor{0, QStringLiteral("tester"), Role::Administrator};
    CaseService m_cases{m_db.db()};

    /** A case handed over to the family on 10/01/2025, identification pending. */
    static NewCase handedOver()
    {
        NewCase c;
        c.person.fullName = QStringLiteral("Đặng Thị Hằng");
        c.person.sex = Sex::Female;
        c.person.birthDate = PartialDate::fromYear(1998);
        c.person.ethnicity = QStringLiteral("01");
        c.person.residenceProvince = QStringLiteral("22");
        c.reception.receptionDate = QDate(2025, 1, 2);
        c.reception.agencyCode = QStringLiteral("ctxh_qn");
        c.reception.countryCode = QStringLiteral("CN");
        c.reception.route = Route::SelfReported;
        c.reception.exploitation = {ExploitationForm::ForcedMarriage};
        c.reception.identificationStatus = IdentificationStatus::Pending;
        c.reception.caseStatus = CaseStatus::Closed;
        c.reception.outcome = CaseOutcome::HandedOverToFamily;
        c.reception.closedDate = QDate(2025, 1, 10);
        return c;
    }

    QList<Task> tasksOf(qint64 personId)
    {
        auto tasks = storage::TaskRepository(m_db.db()).listForPerson(
            personId, storage::ArchiveFilter::IncludeArchived);
        EXPECT_TRUE(tasks.ok());
        return tasks ? *tasks : QList<Task>{};
    }

    /** A task of @a tasks (a pointer into the list: keep the list while it is used). */
    static const Task *byRule(const QList<Task> &tasks, const QString &rule)
    {
        for (const Task &task : tasks) {
            if (task.ruleCode == rule)
                return &task;
        }
        return nullptr;
    }

    CaseRecord load(qint64 personId)
    {
        auto record = m_cases.loadCase(m_actor, personId);
        EXPECT_TRUE(record.ok());
        return record ? *record : CaseRecord{};
    }

    qint64 rows(const QString &where = {})
    {
        return test::countRows(m_db.db(), QStringLiteral("task"), where);
    }
};

TEST_F(TaskRulesTest, AHandoverMakesTheFollowUpsAndThePendingDecisionInTheSameSave)
{
    const auto saved = m_cases.saveNewCase(m_actor, handedOver());
    ASSERT_TRUE(saved.ok()) << saved.error().detail.toStdString();
    const QList<Task> tasks = tasksOf(saved->person.meta.id);
    ASSERT_EQ(tasks.size(), 5);
    EXPECT_EQ(byRule(tasks, u"follow_up_1m"_qs)->dueDate, QDate(2025, 2, 10));
    EXPECT_EQ(byRule(tasks, u"follow_up_3m"_qs)->dueDate, QDate(2025, 4, 10));
    EXPECT_EQ(byRule(tasks, u"follow_up_6m"_qs)->dueDate, QDate(2025, 7, 10));
    EXPECT_EQ(byRule(tasks, u"follow_up_12m"_qs)->dueDate, QDate(2026, 1, 10));
    const Task *decision = byRule(tasks, u"identification_decision"_qs);
    ASSERT_TRUE(decision);
    EXPECT_EQ(decision->dueDate, QDate(2025, 2, 1));
    EXPECT_EQ(decision->sourceKey,
              QStringLiteral("identification_decision:reception:") + saved->reception.meta.uuid);
    for (const Task &task : tasks) {
        EXPECT_EQ(task.status, TaskStatus::Open);
        EXPECT_EQ(task.receptionId, saved->reception.meta.id);
        EXPECT_TRUE(task.title.isEmpty());
    }
    // Audited per record in the save's transaction.
    EXPECT_EQ(test::countRows(m_db.db(),
                              QStringLiteral("audit_log"),
                              QStringLiteral("entity = 'task' AND action = 'create'")),
              5);
}

TEST_F(TaskRulesTest, ARolledBackSaveLeavesNoTask)
{
    NewCase c = handedOver();
    Support bad;
    bad.typeCode = QStringLiteral("no_such_support_type");
    bad.date = QDate(2025, 1, 3);
    c.supports = {bad};
    ASSERT_FALSE(m_cases.saveNewCase(m_actor, c).ok());
    EXPECT_EQ(rows(), 0);
}

TEST_F(TaskRulesTest, ResavingTheCaseMakesNoDuplicate)
{
    const auto saved = m_cases.saveNewCase(m_actor, handedOver());
    ASSERT_TRUE(saved.ok());
    CaseRecord record = load(saved->person.meta.id);
    record.person.notes = QStringLiteral("x");
    for (int i = 0; i < 2; ++i) {
        const auto again = m_cases.saveCase(
            m_actor, record, {record.person.meta.uuid, record.receptions[0].reception.meta.uuid});
        ASSERT_TRUE(again.ok()) << again.error().detail.toStdString();
        record = again.value();
    }
    EXPECT_EQ(rows(), 5);
}

TEST_F(TaskRulesTest, AFollowUpCompletesTheNextOneDue)
{
    const auto saved = m_cases.saveNewCase(m_actor, handedOver());
    ASSERT_TRUE(saved.ok());
    FollowUp visit;
    visit.receptionId = saved->reception.meta.id;
    visit.date = QDate(2025, 2, 12);
    visit.kind = FollowUpKind::HomeVisit;
    visit.notes = QStringLiteral("Ổn định");
    const auto recorded = m_cases.saveFollowUp(m_actor, visit);
    ASSERT_TRUE(recorded.ok()) << recorded.error().detail.toStdString()
                               << (recorded.fieldErrors().isEmpty()
                                       ? std::string()
                                       : recorded.fieldErrors()[0].field.toStdString());
    QList<Task> tasks = tasksOf(saved->person.meta.id);
    const Task *first = byRule(tasks, u"follow_up_1m"_qs);
    EXPECT_EQ(first->status, TaskStatus::Done);
    EXPECT_EQ(first->doneDate, QDate(2025, 3, 15));
    EXPECT_EQ(first->doneBy, QStringLiteral("tester"));
    EXPECT_EQ(byRule(tasks, u"follow_up_3m"_qs)->status, TaskStatus::Open);

    // A follow-up recorded before the handover completes nothing.
    FollowUp early = visit;
    early.date = QDate(2025, 1, 5);
    ASSERT_TRUE(m_cases.saveFollowUp(m_actor, early).ok());
    tasks = tasksOf(saved->person.meta.id);
    EXPECT_EQ(byRule(tasks, u"follow_up_3m"_qs)->status, TaskStatus::Open);
    EXPECT_EQ(rows(), 5);
}

TEST_F(TaskRulesTest, ADecisionCompletesThePendingIdentification)
{
    const auto saved = m_cases.saveNewCase(m_actor, handedOver());
    ASSERT_TRUE(saved.ok());
    Reception reception = load(saved->person.meta.id).receptions[0].reception;
    reception.identificationStatus = IdentificationStatus::ConfirmedVictim;
    reception.identificationDate = QDate(2025, 1, 20);
    const auto decided = m_cases.saveReception(m_actor, reception);
    ASSERT_TRUE(decided.ok()) << decided.error().detail.toStdString();
    // The list is kept: byRule() points into it.
    const QList<Task> decisionTasks = tasksOf(saved->person.meta.id);
    const Task *decision = byRule(decisionTasks, u"identification_decision"_qs);
    ASSERT_TRUE(decision);
    EXPECT_EQ(decision->status, TaskStatus::Done);
    EXPECT_EQ(rows(), 5);
}

TEST_F(TaskRulesTest, ADecisionBeforeAnyTaskMakesNone)
{
    NewCase c = handedOver();
    c.reception.identificationStatus = IdentificationStatus::NotAVictim;
    c.reception.identificationDate = QDate(2025, 1, 3);
    const auto saved = m_cases.saveNewCase(m_actor, c);
    ASSERT_TRUE(saved.ok()) << saved.error().detail.toStdString();
    EXPECT_FALSE(byRule(tasksOf(saved->person.meta.id), u"identification_decision"_qs));
}

TEST_F(TaskRulesTest, AReferredSupportWaitsForItsOutcome)
{
    NewCase c = handedOver();
    Support referral;
    referral.typeCode = QStringLiteral("travel");
    referral.date = QDate(2025, 1, 4);
    referral.status = SupportStatus::Referred;
    c.supports = {referral};
    const auto saved = m_cases.saveNewCase(m_actor, c);
    ASSERT_TRUE(saved.ok()) << saved.error().detail.toStdString();
    // The list is kept: byRule() points into it.
    const QList<Task> waitingTasks = tasksOf(saved->person.meta.id);
    const Task *waiting = byRule(waitingTasks, u"referral_outcome"_qs);
    ASSERT_TRUE(waiting);
    EXPECT_EQ(waiting->dueDate, QDate(2025, 1, 18));
    EXPECT_EQ(waiting->status, TaskStatus::Open);

    Support provided = load(saved->person.meta.id).receptions[0].supports[0];
    provided.status = SupportStatus::Provided;
    ASSERT_TRUE(m_cases.saveSupport(m_actor, provided).ok());
    EXPECT_EQ(byRule(tasksOf(saved->person.meta.id), u"referral_outcome"_qs)->status,
              TaskStatus::Done);
}

TEST_F(TaskRulesTest, AMovedHandoverMovesTheOpenTasksAndReopeningCancelsThem)
{
    const auto saved = m_cases.saveNewCase(m_actor, handedOver());
    ASSERT_TRUE(saved.ok());
    Reception reception = load(saved->person.meta.id).receptions[0].reception;
    reception.closedDate = QDate(2025, 1, 20);
    auto moved = m_cases.saveReception(m_actor, reception);
    ASSERT_TRUE(moved.ok()) << moved.error().detail.toStdString();
    EXPECT_EQ(byRule(tasksOf(saved->person.meta.id), u"follow_up_1m"_qs)->dueDate,
              QDate(2025, 2, 20));

    reception = moved.value();
    reception.caseStatus = CaseStatus::Open;
    reception.outcome.reset();
    reception.closedDate = QDate();
    ASSERT_TRUE(m_cases.saveReception(m_actor, reception).ok());
    const QList<Task> tasks = tasksOf(saved->person.meta.id);
    EXPECT_EQ(tasks.size(), 5);
    for (const Task &task : tasks) {
        if (task.ruleCode.startsWith(u"follow_up")) {
            EXPECT_EQ(task.status, TaskStatus::Cancelled);
            EXPECT_EQ(task.doneBy, QStringLiteral("tester"));
        }
    }
    EXPECT_EQ(byRule(tasks, u"identification_decision"_qs)->status, TaskStatus::Open);

    // Closing it again on the same date makes no second set: the keys are taken.
    reception = load(saved->person.meta.id).receptions[0].reception;
    reception.caseStatus = CaseStatus::Closed;
    reception.outcome = CaseOutcome::HandedOverToFamily;
    reception.closedDate = QDate(2025, 1, 20);
    ASSERT_TRUE(m_cases.saveReception(m_actor, reception).ok());
    EXPECT_EQ(rows(), 5);
}

TEST_F(TaskRulesTest, ATaskLongOverdueWhenMadeIsLapsedAndStillCountsAsDue)
{
    // Handed over on 10/06/2024, entered on 15/03/2025: the follow-ups at 1, 3 and 6 months
    // and the decision (due 02/07/2024) are more than the seeded 90 days overdue when made.
    NewCase old = handedOver();
    old.reception.receptionDate = QDate(2024, 6, 2);
    old.reception.closedDate = QDate(2024, 6, 10);
    const auto saved = m_cases.saveNewCase(m_actor, old);
    ASSERT_TRUE(saved.ok()) << saved.error().detail.toStdString();
    const qint64 personId = saved->person.meta.id;
    QList<Task> tasks = tasksOf(personId);
    ASSERT_EQ(tasks.size(), 5);
    EXPECT_EQ(byRule(tasks, u"follow_up_1m"_qs)->status, TaskStatus::Lapsed);
    EXPECT_EQ(byRule(tasks, u"follow_up_3m"_qs)->status, TaskStatus::Lapsed);
    EXPECT_EQ(byRule(tasks, u"follow_up_6m"_qs)->status, TaskStatus::Lapsed); // 95 days
    EXPECT_EQ(byRule(tasks, u"follow_up_12m"_qs)->status, TaskStatus::Open);
    EXPECT_EQ(byRule(tasks, u"identification_decision"_qs)->status, TaskStatus::Lapsed);
    EXPECT_TRUE(byRule(tasks, u"follow_up_1m"_qs)->doneDate.isNull());

    // The report: lapsed follow-ups are due and not done.
    const auto figures = storage::ReportQueries(m_db.db()).figures(
        QDate(2024, 1, 1), QDate(2024, 12, 31), QStringLiteral("22"));
    ASSERT_TRUE(figures.ok());
    EXPECT_EQ(figures->caseWork.followUpsDue, 3);
    EXPECT_EQ(figures->caseWork.followUpsDone, 0);

    // A follow-up recorded now completes the next one due, lapsed or not.
    FollowUp visit;
    visit.receptionId = saved->reception.meta.id;
    visit.date = QDate(2025, 3, 1);
    visit.kind = FollowUpKind::HomeVisit;
    visit.notes = QStringLiteral("Ổn định");
    ASSERT_TRUE(m_cases.saveFollowUp(m_actor, visit).ok());
    tasks = tasksOf(personId);
    EXPECT_EQ(byRule(tasks, u"follow_up_1m"_qs)->status, TaskStatus::Done);
    EXPECT_EQ(byRule(tasks, u"follow_up_3m"_qs)->status, TaskStatus::Lapsed);

    // The closing date corrected to a recent one: the moved tasks are open work again.
    Reception reception = load(personId).receptions[0].reception;
    reception.closedDate = QDate(2025, 1, 10);
    ASSERT_TRUE(m_cases.saveReception(m_actor, reception).ok());
    tasks = tasksOf(personId);
    EXPECT_EQ(byRule(tasks, u"follow_up_3m"_qs)->status, TaskStatus::Open);
    EXPECT_EQ(byRule(tasks, u"follow_up_3m"_qs)->dueDate, QDate(2025, 4, 10));
    EXPECT_EQ(byRule(tasks, u"identification_decision"_qs)->status, TaskStatus::Lapsed);
    EXPECT_EQ(rows(), 5);
}

TEST_F(TaskRulesTest, AnOpenTaskNeverLapsesWhenItsDateOrRuleMoves)
{
    // Received 02/10/2024, handed over 10/01/2025: the decision was due 01/11/2024, 134 days
    // before today (15/03/2025), but the case was entered in time, on 05/10/2024.
    m_clock.setNow(QDateTime(QDate(2024, 10, 5), QTime(3, 0), Qt::UTC));
    NewCase c = handedOver();
    c.reception.receptionDate = QDate(2024, 10, 2);
    c.reception.caseStatus = CaseStatus::Open;
    c.reception.outcome.reset();
    c.reception.closedDate = QDate();
    const auto saved = m_cases.saveNewCase(m_actor, c);
    ASSERT_TRUE(saved.ok());
    m_clock.setNow(QDateTime(QDate(2025, 3, 15), QTime(3, 0), Qt::UTC));
    // The reception date corrected by a day moves the task; it stays open work.
    Reception reception = load(saved->person.meta.id).receptions[0].reception;
    reception.receptionDate = QDate(2024, 10, 1);
    ASSERT_TRUE(m_cases.saveReception(m_actor, reception).ok());
    QList<Task> tasks = tasksOf(saved->person.meta.id);
    EXPECT_EQ(byRule(tasks, u"identification_decision"_qs)->dueDate, QDate(2024, 10, 31));
    EXPECT_EQ(byRule(tasks, u"identification_decision"_qs)->status, TaskStatus::Open);
    // So does a change of the rule's delay.
    auto references = ReferenceService(m_db.db()).lists(m_actor);
    ASSERT_TRUE(references.ok());
    for (TaskRule rule : references->taskRules) {
        if (rule.code == u"identification_decision") {
            rule.offsetDays = 40;
            ASSERT_TRUE(ReferenceService(m_db.db()).saveTaskRule(m_actor, rule).ok());
        }
    }
    tasks = tasksOf(saved->person.meta.id);
    EXPECT_EQ(byRule(tasks, u"identification_decision"_qs)->dueDate, QDate(2024, 11, 10));
    EXPECT_EQ(byRule(tasks, u"identification_decision"_qs)->status, TaskStatus::Open);
}

TEST_F(TaskRulesTest, RuleEditsMoveAndCancelLapsedTasksToo)
{
    NewCase old = handedOver();
    old.reception.receptionDate = QDate(2024, 6, 2);
    old.reception.closedDate = QDate(2024, 6, 10);
    const auto saved = m_cases.saveNewCase(m_actor, old);
    ASSERT_TRUE(saved.ok());
    ReferenceService service(m_db.db());
    auto references = service.lists(m_actor);
    ASSERT_TRUE(references.ok());
    for (TaskRule rule : references->taskRules) {
        if (rule.code == u"follow_up_1m") {
            rule.offsetDays = 5;
            ASSERT_TRUE(service.saveTaskRule(m_actor, rule).ok());
        } else if (rule.code == u"follow_up_3m") {
            rule.meta.archived = true;
            rule.meta.archiveReason = QStringLiteral("Không theo dõi mốc 3 tháng");
            ASSERT_TRUE(service.saveTaskRule(m_actor, rule).ok());
        }
    }
    // In the same transaction as the rule's save, not at the case's next save.
    const QList<Task> tasks = tasksOf(saved->person.meta.id);
    EXPECT_EQ(byRule(tasks, u"follow_up_1m"_qs)->dueDate, QDate(2024, 7, 15));
    EXPECT_EQ(byRule(tasks, u"follow_up_1m"_qs)->status, TaskStatus::Lapsed);
    EXPECT_EQ(byRule(tasks, u"follow_up_3m"_qs)->status, TaskStatus::Cancelled);
}

TEST_F(TaskRulesTest, AReassignedCaseTakesItsLapsedTasksAlong)
{
    domain::UserAccount a;
    a.userName = QStringLiteral("lan");
    a.role = Role::SocialWorker;
    a.passwordHash = QStringLiteral("x");
    domain::UserAccount b = a;
    b.userName = QStringLiteral("binh");
    auto lan = storage::UserRepository(m_db.db()).insert(a, QStringLiteral("test"));
    auto binh = storage::UserRepository(m_db.db()).insert(b, QStringLiteral("test"));
    ASSERT_TRUE(lan.ok() && binh.ok());
    NewCase old = handedOver();
    old.reception.receptionDate = QDate(2024, 6, 2);
    old.reception.closedDate = QDate(2024, 6, 10);
    const auto saved = m_cases.saveNewCase(lan->actor(), old);
    ASSERT_TRUE(saved.ok());
    ASSERT_TRUE(AssignmentService(m_db.db())
                    .assign(m_actor, saved->person.meta.id, binh->id, QStringLiteral("Chia lại"))
                    .ok());
    for (const Task &task : tasksOf(saved->person.meta.id)) {
        if (task.status == TaskStatus::Lapsed || task.status == TaskStatus::Open) {
            EXPECT_EQ(task.assignedUserId, binh->id) << task.ruleCode.toStdString();
        }
    }
    // A date corrected to a recent one makes the lapsed task the new worker's open work.
    Reception reception = load(saved->person.meta.id).receptions[0].reception;
    reception.closedDate = QDate(2025, 1, 10);
    ASSERT_TRUE(m_cases.saveReception(m_actor, reception).ok());
    const QList<Task> after = tasksOf(saved->person.meta.id);
    const Task *moved = byRule(after, u"follow_up_3m"_qs);
    EXPECT_EQ(moved->status, TaskStatus::Open);
    EXPECT_EQ(moved->assignedUserId, binh->id);
}

TEST_F(TaskRulesTest, ATaskThatBecomesOverdueLaterStaysOpen)
{
    const auto saved = m_cases.saveNewCase(m_actor, handedOver());
    ASSERT_TRUE(saved.ok());
    // A year later the follow-ups are long overdue, but they were made in time: saving the case
    // again leaves them in the worker's overdue work.
    m_clock.setNow(QDateTime(QDate(2026, 3, 15), QTime(3, 0), Qt::UTC));
    CaseRecord record = load(saved->person.meta.id);
    record.person.notes = QStringLiteral("x");
    ASSERT_TRUE(m_cases
                    .saveCase(m_actor,
                              record,
                              {record.person.meta.uuid, record.receptions[0].reception.meta.uuid})
                    .ok());
    EXPECT_EQ(rows(QStringLiteral("status = 'open'")), 5);
    EXPECT_EQ(rows(QStringLiteral("status = 'lapsed'")), 0);
}

TEST_F(TaskRulesTest, ARuleWithoutLapseMakesEveryTaskOpen)
{
    storage::ReferenceRepository references(m_db.db());
    auto rules = references.taskRules();
    ASSERT_TRUE(rules.ok());
    for (TaskRule rule : *rules) {
        rule.lapseDays = 0;
        ASSERT_TRUE(references.saveTaskRule(rule, m_actor).ok());
    }
    NewCase old = handedOver();
    old.reception.receptionDate = QDate(2019, 6, 2);
    old.reception.closedDate = QDate(2019, 6, 10);
    ASSERT_TRUE(m_cases.saveNewCase(m_actor, old).ok());
    EXPECT_EQ(rows(QStringLiteral("status = 'open'")), 5);
}

TEST_F(TaskRulesTest, ArchivingTheReceptionCancelsItsTasks)
{
    const auto saved = m_cases.saveNewCase(m_actor, handedOver());
    ASSERT_TRUE(saved.ok());
    const Reception reception = load(saved->person.meta.id).receptions[0].reception;
    ASSERT_TRUE(
        m_cases
            .archiveReception(m_actor, reception.meta.id, reception.meta.version, u"Nhập trùng"_qs)
            .ok());
    EXPECT_EQ(rows(QStringLiteral("status = 'cancelled'")), 5);
}

TEST_F(TaskRulesTest, AnArchivedRuleMakesNothingAndItsOpenTasksAreCancelled)
{
    storage::ReferenceRepository reference(m_db.db());
    auto rules = reference.taskRules();
    ASSERT_TRUE(rules.ok());
    for (TaskRule rule : *rules) {
        if (rule.code == u"follow_up_12m") {
            rule.meta.archived = true;
            rule.meta.archiveReason = QStringLiteral("x");
            ASSERT_TRUE(reference.saveTaskRule(rule, m_actor).ok());
        }
    }
    const auto saved = m_cases.saveNewCase(m_actor, handedOver());
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(rows(), 4);
}

TEST_F(TaskRulesTest, AGoalPastItsTargetWantsAReviewUntilAchieved)
{
    const auto saved = m_cases.saveNewCase(m_actor, handedOver());
    ASSERT_TRUE(saved.ok());
    storage::PlanGoalRepository goals(m_db.db());
    PlanGoal goal;
    goal.receptionId = saved->reception.meta.id;
    goal.area = GoalArea::Vocational;
    goal.goal = QStringLiteral("Học nghề may");
    goal.targetDate = QDate(2025, 3, 1);
    {
        storage::Transaction transaction(m_db.db());
        auto stored = goals.insert(goal, m_actor);
        ASSERT_TRUE(stored.ok());
        goal = *stored;
        ASSERT_TRUE(syncRuleTasks(m_db.db(), m_actor, saved->person.meta.id).ok());
        ASSERT_TRUE(transaction.commit().ok());
    }
    // The list is kept: byRule() points into it.
    const QList<Task> reviewTasks = tasksOf(saved->person.meta.id);
    const Task *review = byRule(reviewTasks, u"goal_review"_qs);
    ASSERT_TRUE(review);
    EXPECT_EQ(review->dueDate, QDate(2025, 3, 1));
    EXPECT_EQ(review->sourceKey, QStringLiteral("goal_review:plan_goal:") + goal.meta.uuid);
    // The task names its goal, and follows the goal's text.
    EXPECT_EQ(review->title, QStringLiteral("Học nghề may"));
    goal.goal = QStringLiteral("Học nghề may công nghiệp");
    {
        storage::Transaction transaction(m_db.db());
        auto stored = goals.update(goal, m_actor);
        ASSERT_TRUE(stored.ok());
        goal = *stored;
        ASSERT_TRUE(syncRuleTasks(m_db.db(), m_actor, saved->person.meta.id).ok());
        ASSERT_TRUE(transaction.commit().ok());
    }
    const QList<Task> renamed = tasksOf(saved->person.meta.id);
    EXPECT_EQ(byRule(renamed, u"goal_review"_qs)->title,
              QStringLiteral("Học nghề may công nghiệp"));
    const auto rows = TaskService(m_db.db()).tasksOfCase(m_actor, saved->person.meta.id);
    ASSERT_TRUE(rows.ok());
    bool named = false;
    for (const TaskRow &row : *rows)
        named =
            named
            || (row.whatVi
                    == QStringLiteral("Rà soát mục tiêu đến ngày dự kiến: Học nghề may công nghiệp")
                && row.whatEn
                       == QStringLiteral(
                           "Review a goal at its target date: Học nghề may công nghiệp"));
    EXPECT_TRUE(named);

    goal.status = GoalStatus::Achieved;
    {
        storage::Transaction transaction(m_db.db());
        ASSERT_TRUE(goals.update(goal, m_actor).ok());
        ASSERT_TRUE(syncRuleTasks(m_db.db(), m_actor, saved->person.meta.id).ok());
        ASSERT_TRUE(transaction.commit().ok());
    }
    EXPECT_EQ(byRule(tasksOf(saved->person.meta.id), u"goal_review"_qs)->status, TaskStatus::Done);
}

TEST_F(TaskRulesTest, TheBulkPathMakesTheSameTasksOnceForEveryRowOfACase)
{
    // Append (the import without --update): two rows of one case, rules run in finish().
    NewCase first = handedOver();
    first.person.caseCode = QStringLiteral("QN-2025-00042");
    qint64 personId = 0;
    {
        storage::Transaction transaction(m_db.db());
        CaseWriter writer(m_db.db(), m_actor, {WriteMode::Append, AuditPolicy::Summary});
        for (int row = 0; row < 2; ++row) {
            CaseGroup group;
            group.person = first.person;
            ReceptionGroup entry{first.reception, {}, {}};
            if (row == 1) {
                entry.reception.receptionDate = QDate(2025, 2, 20);
                entry.reception.caseStatus = CaseStatus::Open;
                entry.reception.outcome.reset();
                entry.reception.closedDate = QDate();
                FollowUp visit;
                visit.date = QDate(2025, 2, 21);
                visit.notes = QStringLiteral("Ổn định");
                entry.followUps = {visit};
            }
            group.receptions = {entry};
            auto check = validateCase(group, QDate(2025, 3, 15), ErrorPaths::Case);
            ASSERT_TRUE(check.valid) << check.errors.constFirst().field.toStdString();
            auto written = writer.write(*check.valid);
            ASSERT_TRUE(written.ok()) << written.error().detail.toStdString();
            personId = written->person->meta.id;
        }
        EXPECT_EQ(rows(), 0); // waits for finish()
        ASSERT_TRUE(writer.finish().ok());
        ASSERT_TRUE(transaction.commit().ok());
    }
    // Two pending decisions, four follow-ups of the handover (the follow-up of the second
    // reception, dated after the handover, does not count: it is not the handed-over one's).
    const QList<Task> tasks = tasksOf(personId);
    EXPECT_EQ(tasks.size(), 6);
    EXPECT_EQ(rows(QStringLiteral("status = 'open'")), 6);
    // Running the rules again changes nothing.
    {
        storage::Transaction transaction(m_db.db());
        ASSERT_TRUE(syncRuleTasks(m_db.db(), m_actor, personId).ok());
        ASSERT_TRUE(transaction.commit().ok());
    }
    EXPECT_EQ(rows(), 6);
}

} // namespace
} // namespace sr::services
