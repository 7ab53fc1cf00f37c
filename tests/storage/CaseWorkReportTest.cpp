// The period report's case-work figures (docs/report-json.md, "case_work") on a hand-computed
// fixture, on both engines.
#include "StorageTestData.h"
#include "domain/Period.h"
#include "storage/PersonRepository.h"
#include "storage/PlanGoalRepository.h"
#include "storage/ReceptionRepository.h"
#include "storage/ReportQueries.h"
#include "storage/TaskRepository.h"
#include "support/TempDatabase.h"

#include <gtest/gtest.h>

using namespace sr;
using namespace sr::test;
using domain::CaseWorkCounts;

namespace {

class CaseWorkReportTest : public ::testing::Test
{
protected:
    qint64 receive(const QString &name, const QDate &date, const QDate &closed = {})
    {
        auto person = persons.insert(makePerson(name, 1995), testActor(), date.year());
        EXPECT_TRUE(person);
        domain::Reception reception = makeReception(person->meta.id, date);
        if (closed.isValid()) {
            reception.caseStatus = domain::CaseStatus::Closed;
            reception.outcome = domain::CaseOutcome::HandedOverToFamily;
            reception.closedDate = closed;
        }
        auto stored = receptions.insert(reception, testActor());
        EXPECT_TRUE(stored);
        lastPerson = *person;
        return stored->meta.id;
    }

    void goal(qint64 receptionId, bool archived = false)
    {
        domain::PlanGoal goal;
        goal.receptionId = receptionId;
        goal.area = domain::GoalArea::Vocational;
        goal.goal = QStringLiteral("Học nghề may");
        auto stored = goals.insert(goal, testActor());
        ASSERT_TRUE(stored);
        if (archived) {
            ASSERT_TRUE(
                goals.archive(stored->meta.id, 1, QStringLiteral("nhập nhầm"), testActor()));
        }
    }

    void task(qint64 receptionId, const QString &rule, const QDate &due, domain::TaskStatus status)
    {
        domain::Task task;
        task.personId = lastPerson.meta.id;
        task.receptionId = receptionId;
        task.dueDate = due;
        task.status = status;
        task.ruleCode = rule;
        if (!rule.isEmpty())
            task.sourceKey = QStringLiteral("%1:reception:%2").arg(rule).arg(receptionId);
        else
            task.title = QStringLiteral("Gọi lại cho gia đình");
        ASSERT_TRUE(tasks.insert(task, testActor()));
    }

    TempDatabase temp;
    storage::PersonRepository persons{temp.db()};
    storage::ReceptionRepository receptions{temp.db()};
    storage::PlanGoalRepository goals{temp.db()};
    storage::TaskRepository tasks{temp.db()};
    domain::Person lastPerson;
};

} // namespace

TEST_F(CaseWorkReportTest, CountsOpenedClosedPlannedAndFollowUpsOnAHandMadeFixture)
{
    using S = domain::TaskStatus;
    // Received in the period, closed in it, with a goal; its follow-ups after the handover:
    // 1 month done, 3 months open, 6 months cancelled (no longer due), 12 months after the period.
    const qint64 r1 =
        receive(QStringLiteral("Vàng Thị Mỷ"), QDate(2023, 8, 10), QDate(2023, 12, 20));
    goal(r1);
    task(r1, QStringLiteral("follow_up_1m"), QDate(2024, 1, 20), S::Done);
    task(r1, QStringLiteral("follow_up_3m"), QDate(2024, 3, 20), S::Open);
    task(r1, QStringLiteral("follow_up_6m"), QDate(2024, 6, 20), S::Cancelled);
    task(r1, QStringLiteral("follow_up_12m"), QDate(2024, 12, 20), S::Open);
    // Another rule's task and a task made by hand: not follow-ups.
    task(r1, QStringLiteral("identification_decision"), QDate(2024, 2, 1), S::Open);
    task(r1, QString(), QDate(2024, 2, 2), S::Open);
    // Received in the period, open; its only goal archived.
    const qint64 r2 = receive(QStringLiteral("Lý Văn Páo"), QDate(2024, 2, 1));
    goal(r2, true);
    // Received and closed in the period, two goals (one plan).
    const qint64 r3 =
        receive(QStringLiteral("Hoàng Thị Dung"), QDate(2024, 3, 5), QDate(2024, 5, 1));
    goal(r3);
    goal(r3);
    // Received before the period, closed in it.
    receive(QStringLiteral("Nông Văn Tài"), QDate(2022, 5, 1), QDate(2023, 9, 1));
    // An archived case counts nowhere.
    const qint64 r5 =
        receive(QStringLiteral("Đinh Thị Lan"), QDate(2024, 1, 10), QDate(2024, 2, 2));
    goal(r5);
    task(r5, QStringLiteral("follow_up_1m"), QDate(2024, 3, 2), S::Open);
    ASSERT_TRUE(persons.archive(
        lastPerson.meta.id, lastPerson.meta.version, QStringLiteral("trùng hồ sơ"), testActor()));

    const storage::ReportQueries queries(temp.db());
    const auto period = domain::Period::custom(QDate(2023, 7, 1), QDate(2024, 6, 30));
    ASSERT_TRUE(period);
    auto summary = queries.summary(*period, QStringLiteral("22"));
    ASSERT_TRUE(summary) << summary.error().detail.toStdString();
    const CaseWorkCounts total = summary->total.caseWork;
    EXPECT_EQ(total.opened, 3);
    EXPECT_EQ(total.opened, summary->total.receptions);
    EXPECT_EQ(total.closed, 3);
    EXPECT_EQ(total.withPlan, 2);
    EXPECT_EQ(total.followUpsDue, 2);
    EXPECT_EQ(total.followUpsDone, 1);

    ASSERT_EQ(summary->years.size(), 2);
    const CaseWorkCounts y2023 = summary->years.at(0).figures.caseWork;
    const CaseWorkCounts y2024 = summary->years.at(1).figures.caseWork;
    EXPECT_EQ(y2023, (CaseWorkCounts{.opened = 1, .closed = 2, .withPlan = 1}));
    EXPECT_EQ(y2024,
              (CaseWorkCounts{
                  .opened = 2, .closed = 1, .withPlan = 1, .followUpsDue = 2, .followUpsDone = 1}));
}
