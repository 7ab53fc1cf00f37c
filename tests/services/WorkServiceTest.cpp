// The worker's start page, the manager's overview and the case timeline through
// services::WorkService: "today" in Vietnam whatever the machine's zone, approvals only for
// those who may approve, permissions, and what opening a case leaves on the timeline.
#include "services/WorkService.h"

#include "ServiceTestSupport.h"
#include "services/CaseService.h"
#include "support/CaseWorkFixture.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace sr;
using namespace sr::domain;
using namespace sr::test;
using namespace sr::test::casework;

namespace {

QDateTime utc(int y, int m, int d, int h, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

class WorkServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        worker = addUser(temp.db(), QStringLiteral("an"), Role::SocialWorker);
        manager = addUser(temp.db(), QStringLiteral("minh"), Role::Manager);
        viewer = addUser(temp.db(), QStringLiteral("xem"), Role::Viewer);
        c = addCase(temp.db(), worker, QStringLiteral("Nguyễn Thị Hằng"), QDate(2026, 1, 5));
    }

    FixedClock clock{utc(2026, 3, 10, 3)};
    TempDatabase temp;
    Actor worker;
    Actor manager;
    Actor viewer;
    Case c;
};

} // namespace

TEST_F(WorkServiceTest, OverdueStartsAtMidnightInVietnam)
{
    addTask(temp.db(), worker, c, QDate(2026, 3, 10), worker.userId);
    services::WorkService work(temp.db());

    // 16:59:59 UTC is 23:59:59 in Vietnam: the task is due today, not yet overdue.
    clock.setNow(utc(2026, 3, 10, 16, 59, 59));
    auto before = work.startPage(worker);
    ASSERT_TRUE(before.ok()) << before.error().detail.toStdString();
    EXPECT_EQ(before->today, QDate(2026, 3, 10));
    EXPECT_EQ(before->overdueCount, 0);
    EXPECT_EQ(before->dueThisWeekCount, 1);

    // 17:00:00 UTC is midnight in Vietnam: the next day, the task is overdue.
    clock.setNow(utc(2026, 3, 10, 17, 0, 0));
    auto after = work.startPage(worker);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->today, QDate(2026, 3, 11));
    EXPECT_EQ(after->overdueCount, 1);
    EXPECT_EQ(after->dueThisWeekCount, 0);
    auto counts = work.taskCounts(worker);
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(*counts, (std::pair<qint64, qint64>{1, 0}));
}

TEST_F(WorkServiceTest, ThisWeeksLastDayIsTodayPlusSix)
{
    addTask(temp.db(), worker, c, QDate(2026, 3, 17), worker.userId);
    services::WorkService work(temp.db());
    clock.setNow(utc(2026, 3, 10, 16, 59, 59)); // 10/03 in Vietnam: 17/03 is today + 7
    auto before = work.taskCounts(worker);
    ASSERT_TRUE(before.ok());
    EXPECT_EQ(before->second, 0);
    clock.setNow(utc(2026, 3, 10, 17, 0, 0)); // 11/03 in Vietnam: 17/03 is today + 6
    auto after = work.taskCounts(worker);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->second, 1);
}

TEST_F(WorkServiceTest, ApprovalsWaitOnlyForThoseWhoMayApprove)
{
    addApproval(temp.db(), worker, c);
    services::WorkService work(temp.db());
    auto managers = work.startPage(manager);
    ASSERT_TRUE(managers.ok());
    EXPECT_EQ(managers->awaitingApprovalCount, 1);
    ASSERT_EQ(managers->awaitingApproval.size(), 1);
    EXPECT_EQ(managers->awaitingApproval.constFirst().personId, c.personId);

    const Actor colleague = addUser(temp.db(), QStringLiteral("binh"), Role::SocialWorker);
    auto workers = work.startPage(colleague);
    ASSERT_TRUE(workers.ok());
    EXPECT_EQ(workers->awaitingApprovalCount, 0);
    EXPECT_TRUE(workers->awaitingApproval.isEmpty());
}

TEST_F(WorkServiceTest, PermissionsAreChecked)
{
    services::WorkService work(temp.db());
    EXPECT_EQ(work.startPage(viewer).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(work.taskCounts(viewer).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(work.timeline(viewer, c.personId).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(work.overview(worker).error().code, ErrorCode::PermissionDenied);
    EXPECT_GE(
        countRows(temp.db(), QStringLiteral("audit_log"), QStringLiteral("action = 'denied'")), 4);
    EXPECT_TRUE(work.overview(manager).ok());
    Actor admin = manager;
    admin.role = Role::Administrator;
    EXPECT_TRUE(work.overview(admin).ok());
}

TEST_F(WorkServiceTest, AnActorWithoutAccountHasNoItems)
{
    addTask(temp.db(), worker, c, QDate(2026, 3, 1), 0);
    auto page = services::WorkService(temp.db()).startPage(Actor::systemUser());
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->overdueCount, 0);
    EXPECT_EQ(page->today, QDate(2026, 3, 10));
}

TEST_F(WorkServiceTest, OpeningTheCaseShowsOnItsTimeline)
{
    clock.setNow(utc(2026, 3, 10, 9));
    ASSERT_TRUE(services::CaseService(temp.db()).openCase(manager, c.personId).ok());
    auto timeline = services::WorkService(temp.db()).timeline(worker, c.personId);
    ASSERT_TRUE(timeline.ok()) << timeline.error().detail.toStdString();
    ASSERT_FALSE(timeline->isEmpty());
    EXPECT_EQ(timeline->constFirst().kind, TimelineKind::Opened);
    EXPECT_EQ(timeline->constFirst().who, QStringLiteral("minh"));
    EXPECT_EQ(timeline->constFirst().at, utc(2026, 3, 10, 9));
    EXPECT_EQ(timeline->constLast().kind, TimelineKind::Reception);
}
