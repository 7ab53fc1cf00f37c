// The case list's case-work filters on a hand-made fixture (both engines: the services suite
// runs on each): responsible worker, unassigned, without a plan, with a task due before a date.
#include "CaseWorkTeams.h"
#include "services/CaseListService.h"
#include "storage/PlanGoalRepository.h"
#include "storage/TaskRepository.h"

#include <QSet>

#include <gtest/gtest.h>

namespace sr::services {
namespace {

class CaseWorkFiltersTest : public ::testing::Test
{
protected:
    test::CaseWorkTeams f;

    QSet<qint64> listed(const CaseListFilter &filter)
    {
        CaseListService list(f.db.db(), f.admin);
        auto rows =
            list.fetch(filter, CaseListColumn::LastReceptionDate, Qt::DescendingOrder, 0, 50);
        EXPECT_TRUE(rows.ok());
        auto count = list.count(filter);
        EXPECT_TRUE(count.ok());
        QSet<qint64> ids;
        if (rows.ok())
            for (const CaseListRow &row : *rows)
                ids.insert(row.personId);
        if (count.ok()) {
            EXPECT_EQ(*count, ids.size());
        }
        return ids;
    }

    qint64 latestReception(qint64 personId)
    {
        auto record = CaseService(f.db.db()).loadCase(f.admin, personId);
        EXPECT_TRUE(record.ok());
        return record.ok() ? record->receptions.constLast().reception.meta.id : 0;
    }

    void goal(qint64 personId, domain::GoalStatus status, bool archived = false)
    {
        domain::PlanGoal g;
        g.receptionId = latestReception(personId);
        g.goal = QStringLiteral("Đi học lại");
        g.status = status;
        g.targetDate = QDate(2025, 12, 1);
        storage::PlanGoalRepository goals(f.db.db());
        auto stored = goals.insert(g, f.admin);
        ASSERT_TRUE(stored.ok());
        if (archived) {
            ASSERT_TRUE(
                goals
                    .archive(stored->meta.id, stored->meta.version, QStringLiteral("nhầm"), f.admin)
                    .ok());
        }
    }

    void task(qint64 personId, const QDate &due, domain::TaskStatus status)
    {
        domain::Task t;
        t.personId = personId;
        t.title = QStringLiteral("Thăm gia đình");
        t.dueDate = due;
        t.status = status;
        if (status != domain::TaskStatus::Open) {
            t.doneDate = due;
            t.doneBy = QStringLiteral("lan");
        }
        EXPECT_TRUE(storage::TaskRepository(f.db.db()).insert(t, f.admin).ok());
    }
};

TEST_F(CaseWorkFiltersTest, ResponsibleAndUnassigned)
{
    ASSERT_TRUE(AssignmentService(f.db.db())
                    .assign(f.admin, f.caseAdmin, std::nullopt, QStringLiteral("chờ"))
                    .ok());
    CaseListFilter mine;
    mine.responsibleUserId = f.workerA.userId;
    EXPECT_EQ(listed(mine), (QSet<qint64>{f.caseA}));
    CaseListFilter nobody;
    nobody.unassigned = true;
    nobody.responsibleUserId = f.workerA.userId; // ignored when unassigned is asked
    EXPECT_EQ(listed(nobody), (QSet<qint64>{f.caseAdmin}));

    CaseListService list(f.db.db(), f.admin);
    auto rows = list.fetch(CaseListFilter{}, CaseListColumn::CaseCode, Qt::AscendingOrder, 0, 10);
    ASSERT_TRUE(rows.ok());
    for (const CaseListRow &row : *rows) {
        if (row.personId == f.caseA) {
            EXPECT_EQ(row.responsibleUserId, f.workerA.userId);
            EXPECT_EQ(row.responsibleName, QStringLiteral("Cán bộ lan"));
        } else if (row.personId == f.caseAdmin) {
            EXPECT_FALSE(row.responsibleUserId.has_value());
            EXPECT_EQ(row.responsibleName, QString());
        }
    }
}

TEST_F(CaseWorkFiltersTest, WithoutPlanMeansOpenAndNoLiveGoalOnTheLatestReception)
{
    goal(f.caseA, domain::GoalStatus::InProgress);
    goal(f.caseB, domain::GoalStatus::Dropped);
    goal(f.caseB, domain::GoalStatus::Planned, /*archived=*/true);
    CaseListFilter filter;
    filter.withoutPlan = true;
    EXPECT_EQ(listed(filter), (QSet<qint64>{f.caseB, f.caseAdmin}));
}

TEST_F(CaseWorkFiltersTest, TaskDueBeforeCountsOpenTasksOnly)
{
    task(f.caseA, QDate(2025, 5, 31), domain::TaskStatus::Open);
    task(f.caseB, QDate(2025, 5, 1), domain::TaskStatus::Done);
    task(f.caseB, QDate(2025, 6, 1), domain::TaskStatus::Open); // due today: not overdue
    CaseListFilter filter;
    filter.taskDueBefore = QDate(2025, 6, 1);
    EXPECT_EQ(listed(filter), (QSet<qint64>{f.caseA}));
    filter.taskDueBefore = QDate(2025, 6, 2);
    EXPECT_EQ(listed(filter), (QSet<qint64>{f.caseA, f.caseB}));
}

} // namespace
} // namespace sr::services
