// The start page, overview and timeline queries (storage/CaseWorkQueries.h) on hand-made rows:
// each list and count, the day boundaries, and the overview's buckets. Runs on both engines.
#include "storage/CaseWorkQueries.h"

#include "storage/AttachmentRepository.h"
#include "storage/AuditLog.h"
#include "storage/SupportRepository.h"
#include "support/CaseWorkFixture.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace sr;
using namespace sr::domain;
using namespace sr::test;
using namespace sr::test::casework;
using storage::CaseWorkQueries;

namespace {

QDateTime utc(int y, int m, int d, int h = 3, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

class CaseWorkQueriesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        worker =
            addUser(temp.db(), QStringLiteral("an"), Role::SocialWorker, QStringLiteral("Chị An"));
        other = addUser(temp.db(), QStringLiteral("binh"), Role::SocialWorker);
        manager =
            addUser(temp.db(), QStringLiteral("minh"), Role::Manager, QStringLiteral("Anh Minh"));
    }

    FixedClock clock{utc(2026, 3, 10)};
    TempDatabase temp;
    Actor worker;
    Actor other;
    Actor manager;
    const QDate today{2026, 3, 10};
};

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list << QString::fromUtf8(text);
    return list;
}

QStringList dueDates(const QList<WorkItem> &items)
{
    QStringList dates;
    for (const WorkItem &item : items)
        dates << item.date.toString(Qt::ISODate);
    return dates;
}

} // namespace

TEST_F(CaseWorkQueriesTest, OverdueAndThisWeekAreTheUsersOpenTasksAroundToday)
{
    const Case c = addCase(temp.db(), worker, QStringLiteral("Nguyễn Thị Hằng"), QDate(2026, 1, 5));
    addTask(temp.db(), worker, c, QDate(2026, 3, 9), worker.userId);  // overdue: yesterday
    addTask(temp.db(), worker, c, QDate(2026, 2, 1), worker.userId);  // overdue, older
    addTask(temp.db(), worker, c, QDate(2026, 3, 10), worker.userId); // due today: this week
    addTask(temp.db(), worker, c, QDate(2026, 3, 16), worker.userId); // today + 6: this week
    addTask(temp.db(), worker, c, QDate(2026, 3, 17), worker.userId); // today + 7: later
    addTask(temp.db(), worker, c, QDate(2026, 3, 1), other.userId);   // somebody else's
    addTask(temp.db(), worker, c, QDate(2026, 3, 1), 0);              // nobody's
    const Task done = addTask(temp.db(), worker, c, QDate(2026, 3, 2), worker.userId);
    completeTask(temp.db(), worker, done, QDate(2026, 3, 3));

    auto page = CaseWorkQueries(temp.db()).startPage(worker.userId, today, false);
    ASSERT_TRUE(page.ok()) << page.error().detail.toStdString();
    EXPECT_EQ(dueDates(page->overdue), strings({"2026-02-01", "2026-03-09"}));
    EXPECT_EQ(dueDates(page->dueThisWeek), strings({"2026-03-10", "2026-03-16"}));
    EXPECT_EQ(page->overdueCount, 2);
    EXPECT_EQ(page->dueThisWeekCount, 2);
    const WorkItem &first = page->overdue.constFirst();
    EXPECT_EQ(first.personId, c.personId);
    EXPECT_EQ(first.receptionId, c.receptionId);
    EXPECT_EQ(first.caseCode, c.caseCode);
    EXPECT_EQ(first.fullName, QStringLiteral("Nguyễn Thị Hằng"));
    EXPECT_EQ(first.kind, WorkItemKind::ManualTask);
    EXPECT_EQ(sectionOf(first.kind), CaseSection::Tasks);
    EXPECT_EQ(first.title, QStringLiteral("Gọi điện cho gia đình"));

    auto counts = CaseWorkQueries(temp.db()).taskCounts(worker.userId, today);
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->first, 2);
    EXPECT_EQ(counts->second, 2);

    // The next day, yesterday's "today" task is overdue and today + 7 is in the week.
    auto next = CaseWorkQueries(temp.db()).taskCounts(worker.userId, today.addDays(1));
    ASSERT_TRUE(next.ok());
    EXPECT_EQ(next->first, 3);
    EXPECT_EQ(next->second, 2);
}

TEST_F(CaseWorkQueriesTest, RuleTasksOpenTheCaseWhereTheWorkIs)
{
    const Case c = addCase(temp.db(), worker, QStringLiteral("Lò Thị Mai"), QDate(2026, 1, 5));
    addTask(temp.db(), worker, c, QDate(2026, 3, 1), worker.userId, QStringLiteral("follow_up_3m"));
    addTask(temp.db(),
            worker,
            c,
            QDate(2026, 3, 2),
            worker.userId,
            QStringLiteral("identification_decision"));
    addTask(
        temp.db(), worker, c, QDate(2026, 3, 3), worker.userId, QStringLiteral("referral_outcome"));
    addTask(temp.db(), worker, c, QDate(2026, 3, 4), worker.userId, QStringLiteral("goal_review"));
    addTask(temp.db(), worker, c, QDate(2026, 3, 5), worker.userId, QStringLiteral("no_such_rule"));

    auto page = CaseWorkQueries(temp.db()).startPage(worker.userId, today, false);
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page->overdue.size(), 5);
    EXPECT_EQ(page->overdue.at(0).kind, WorkItemKind::FollowUpTask);
    EXPECT_EQ(sectionOf(page->overdue.at(0).kind), CaseSection::FollowUps);
    EXPECT_EQ(page->overdue.at(0).ruleNameEn,
              QStringLiteral("Follow-up contact 3 months after handover to the family"));
    EXPECT_FALSE(page->overdue.at(0).ruleNameVi.isEmpty());
    EXPECT_EQ(page->overdue.at(1).kind, WorkItemKind::IdentificationTask);
    EXPECT_EQ(sectionOf(page->overdue.at(1).kind), CaseSection::Reception);
    EXPECT_EQ(page->overdue.at(2).kind, WorkItemKind::SupportTask);
    EXPECT_EQ(sectionOf(page->overdue.at(2).kind), CaseSection::Supports);
    EXPECT_EQ(page->overdue.at(3).kind, WorkItemKind::GoalTask);
    EXPECT_EQ(sectionOf(page->overdue.at(3).kind), CaseSection::Plan);
    // A rule since removed from the list: the case's tasks.
    EXPECT_EQ(page->overdue.at(4).kind, WorkItemKind::ManualTask);
}

TEST_F(CaseWorkQueriesTest, ArchivedTasksAndCasesAreLeftOut)
{
    const Case kept = addCase(temp.db(), worker, QStringLiteral("A"), QDate(2026, 1, 5));
    const Case gone = addCase(temp.db(), worker, QStringLiteral("B"), QDate(2026, 1, 6));
    const Task archived = addTask(temp.db(), worker, kept, QDate(2026, 3, 1), worker.userId);
    addTask(temp.db(), worker, kept, QDate(2026, 3, 2), worker.userId);
    addTask(temp.db(), worker, gone, QDate(2026, 3, 3), worker.userId);
    {
        storage::Transaction t(temp.db());
        ASSERT_TRUE(storage::TaskRepository(temp.db())
                        .archive(archived.meta.id, 1, QStringLiteral("nhập nhầm"), worker)
                        .ok());
        auto person = storage::PersonRepository(temp.db()).get(gone.personId);
        ASSERT_TRUE(person.ok());
        ASSERT_TRUE(
            storage::PersonRepository(temp.db())
                .archive(gone.personId, person->meta.version, QStringLiteral("trùng"), worker)
                .ok());
        ASSERT_TRUE(t.commit().ok());
    }
    auto page = CaseWorkQueries(temp.db()).startPage(worker.userId, today, false);
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(dueDates(page->overdue), strings({"2026-03-02"}));
    EXPECT_EQ(page->overdueCount, 1);
}

TEST_F(CaseWorkQueriesTest, RecentlyAssignedAreTheLast30DaysInVietnamAndStillTheUsers)
{
    const Case before = addCase(temp.db(), manager, QStringLiteral("Trước"), QDate(2026, 1, 1));
    const Case edge = addCase(temp.db(), manager, QStringLiteral("Biên"), QDate(2026, 1, 2));
    const Case moved = addCase(temp.db(), manager, QStringLiteral("Chuyển"), QDate(2026, 1, 3));
    const Case latest = addCase(temp.db(), manager, QStringLiteral("Mới"), QDate(2026, 1, 4));
    // 30 days before 10/03 is 08/02: 08/02 00:00 in Vietnam is 07/02 17:00 UTC.
    clock.setNow(utc(2026, 2, 7, 16, 59, 59));
    assign(temp.db(), manager, before, worker.userId);
    clock.setNow(utc(2026, 2, 7, 17, 0, 0));
    assign(temp.db(), manager, edge, worker.userId);
    clock.setNow(utc(2026, 3, 1));
    assign(temp.db(), manager, moved, worker.userId);
    clock.setNow(utc(2026, 3, 2));
    assign(temp.db(), manager, moved, other.userId, QStringLiteral("Nghỉ phép"));
    clock.setNow(utc(2026, 3, 9, 20, 0, 0)); // 10/03 03:00 in Vietnam
    assign(temp.db(), manager, latest, worker.userId, QStringLiteral("Gần nhà"));
    clock.setNow(utc(2026, 3, 10));

    auto page = CaseWorkQueries(temp.db()).startPage(worker.userId, today, false);
    ASSERT_TRUE(page.ok()) << page.error().detail.toStdString();
    ASSERT_EQ(page->recentlyAssigned.size(), 2);
    EXPECT_EQ(page->recentlyAssignedCount, 2);
    EXPECT_EQ(page->recentlyAssigned.at(0).personId, latest.personId);
    EXPECT_EQ(page->recentlyAssigned.at(0).date, QDate(2026, 3, 10)); // the day in Vietnam
    EXPECT_EQ(page->recentlyAssigned.at(0).receptionId, latest.receptionId);
    EXPECT_EQ(page->recentlyAssigned.at(0).note, QStringLiteral("Gần nhà"));
    EXPECT_EQ(page->recentlyAssigned.at(0).otherUser, QStringLiteral("Anh Minh"));
    EXPECT_EQ(page->recentlyAssigned.at(0).kind, WorkItemKind::Assignment);
    EXPECT_EQ(sectionOf(WorkItemKind::Assignment), CaseSection::Person);
    EXPECT_EQ(page->recentlyAssigned.at(1).personId, edge.personId);

    auto others = CaseWorkQueries(temp.db()).startPage(other.userId, today, false);
    ASSERT_TRUE(others.ok());
    ASSERT_EQ(others->recentlyAssigned.size(), 1);
    EXPECT_EQ(others->recentlyAssigned.at(0).personId, moved.personId);
}

TEST_F(CaseWorkQueriesTest, ApprovalsWaitingAreOnlyAskedForAndOnlyOthersRequests)
{
    const Case c1 = addCase(temp.db(), worker, QStringLiteral("Một"), QDate(2026, 1, 1));
    const Case c2 = addCase(temp.db(), worker, QStringLiteral("Hai"), QDate(2026, 1, 2));
    const Case c3 = addCase(temp.db(), manager, QStringLiteral("Ba"), QDate(2026, 1, 3));
    addApproval(temp.db(), worker, c1, ApprovalKind::Closure);
    Approval decided = addApproval(temp.db(), worker, c2, ApprovalKind::Plan);
    addApproval(temp.db(), manager, c3, ApprovalKind::Plan); // the manager's own request
    {
        decided.status = ApprovalStatus::Approved;
        decided.decidedByUserId = manager.userId;
        decided.decidedDate = today;
        storage::Transaction t(temp.db());
        ASSERT_TRUE(storage::ApprovalRepository(temp.db()).update(decided, manager).ok());
        ASSERT_TRUE(t.commit().ok());
    }
    auto page = CaseWorkQueries(temp.db()).startPage(manager.userId, today, true);
    ASSERT_TRUE(page.ok()) << page.error().detail.toStdString();
    ASSERT_EQ(page->awaitingApproval.size(), 1);
    EXPECT_EQ(page->awaitingApprovalCount, 1);
    const WorkItem &item = page->awaitingApproval.constFirst();
    EXPECT_EQ(item.personId, c1.personId);
    EXPECT_EQ(item.receptionId, c1.receptionId);
    EXPECT_EQ(item.approvalKind, ApprovalKind::Closure);
    EXPECT_EQ(item.otherUser, QStringLiteral("Chị An"));
    EXPECT_EQ(item.kind, WorkItemKind::Approval);
    EXPECT_EQ(sectionOf(item.kind), CaseSection::Plan);

    auto without = CaseWorkQueries(temp.db()).startPage(manager.userId, today, false);
    ASSERT_TRUE(without.ok());
    EXPECT_TRUE(without->awaitingApproval.isEmpty());
    EXPECT_EQ(without->awaitingApprovalCount, 0);
}

TEST_F(CaseWorkQueriesTest, OverviewCountsOpenCasesPerStatusAndAgeBucket)
{
    const auto open = [&](const char *name, QDate received, IdentificationStatus status) {
        return addCase(
            temp.db(), worker, QString::fromUtf8(name), received, CaseStatus::Open, status);
    };
    using S = IdentificationStatus;
    const Case a = open("a", QDate(2026, 3, 10), S::Pending);         // < 1 month
    open("b", QDate(2026, 2, 11), S::NotVerified);                    // < 1 month (edge)
    open("c", QDate(2026, 2, 10), S::ConfirmedVictim);                // 1–3 (exactly 1 month)
    open("d", QDate(2025, 12, 11), S::ConfirmedVictim);               // 1–3 (edge)
    open("e", QDate(2025, 12, 10), S::Pending);                       // 3–6
    open("f", QDate(2025, 9, 10), S::Undetermined);                   // 6–12
    open("g", QDate(2025, 3, 11), S::NotAVictim);                     // 6–12 (edge)
    const Case h = open("h", QDate(2025, 3, 10), S::ConfirmedVictim); // > 12
    addCase(temp.db(), worker, QStringLiteral("closed"), QDate(2026, 1, 1), CaseStatus::Closed);
    const Case archived = open("x", QDate(2026, 3, 1), S::Pending);
    {
        storage::Transaction t(temp.db());
        auto person = storage::PersonRepository(temp.db()).get(archived.personId);
        ASSERT_TRUE(
            storage::PersonRepository(temp.db())
                .archive(archived.personId, person->meta.version, QStringLiteral("trùng"), worker)
                .ok());
        ASSERT_TRUE(t.commit().ok());
    }
    addGoal(temp.db(), worker, a);
    addGoal(temp.db(), worker, a, QStringLiteral("Có việc làm")); // two goals: one plan
    addGoal(temp.db(), worker, h);
    addTask(temp.db(), worker, a, QDate(2026, 3, 1), worker.userId);
    addTask(temp.db(), worker, a, QDate(2026, 3, 2), worker.userId);
    addTask(temp.db(), worker, h, QDate(2026, 3, 3), worker.userId);
    addTask(temp.db(), worker, h, QDate(2026, 3, 4), other.userId);
    addTask(temp.db(), worker, h, QDate(2026, 3, 10), other.userId); // due today: not overdue
    addTask(temp.db(), worker, h, QDate(2026, 3, 5), 0);
    // The overview counts an open task of an archived case: archiving is to cancel it.
    addTask(temp.db(), worker, archived, QDate(2026, 3, 5), other.userId);

    auto overview = CaseWorkQueries(temp.db()).overview(today);
    ASSERT_TRUE(overview.ok()) << overview.error().detail.toStdString();
    EXPECT_EQ(overview->openCases, 8);
    EXPECT_EQ(overview->openByAge, (std::array<qint64, 5>{2, 2, 1, 2, 1}));
    EXPECT_EQ(overview->openByIdentification, (std::array<qint64, 5>{1, 2, 3, 1, 1}));
    EXPECT_EQ(overview->identificationPending, 3);
    EXPECT_EQ(overview->withoutPlan, 6);
    ASSERT_EQ(overview->overdueByWorker.size(), 3);
    EXPECT_EQ(overview->overdueByWorker.at(0).userId, worker.userId);
    EXPECT_EQ(overview->overdueByWorker.at(0).tasks, 3);
    EXPECT_EQ(overview->overdueByWorker.at(0).cases, 2);
    EXPECT_EQ(overview->overdueByWorker.at(0).displayName, QStringLiteral("Chị An"));
    EXPECT_EQ(overview->overdueByWorker.at(1).userId, other.userId);
    EXPECT_EQ(overview->overdueByWorker.at(1).tasks, 2);
    EXPECT_EQ(overview->overdueByWorker.at(1).cases, 2);
    EXPECT_EQ(overview->overdueByWorker.at(1).userName, QStringLiteral("binh"));
    EXPECT_FALSE(overview->overdueByWorker.at(2).userId.has_value());
    EXPECT_EQ(overview->overdueByWorker.at(2).tasks, 1);

    // The buckets the overview counts are the ranges its figures click through to.
    for (int b = 0; b < caseAgeBucketCount; ++b) {
        const DateRange range = caseAgeRange(CaseAgeBucket(b), today);
        if (range.from.isValid()) {
            EXPECT_EQ(caseAgeBucket(range.from, today), CaseAgeBucket(b));
        }
        if (range.to.isValid()) {
            EXPECT_EQ(caseAgeBucket(range.to, today), CaseAgeBucket(b));
        }
    }
}

TEST_F(CaseWorkQueriesTest, TimelineListsWhatHappenedNewestFirst)
{
    clock.setNow(utc(2026, 1, 5, 2));
    const Case c = addCase(temp.db(), worker, QStringLiteral("Vàng A Sử"), QDate(2026, 1, 5));
    clock.setNow(utc(2026, 1, 6, 2));
    Task task = addTask(temp.db(), worker, c, QDate(2026, 2, 1), worker.userId);
    clock.setNow(utc(2026, 1, 7, 2));
    PlanGoal goal = addGoal(temp.db(), worker, c);
    clock.setNow(utc(2026, 1, 8, 2));
    goal.status = GoalStatus::InProgress;
    {
        storage::Transaction t(temp.db());
        ASSERT_TRUE(storage::PlanGoalRepository(temp.db()).update(goal, worker).ok());
        ASSERT_TRUE(t.commit().ok());
    }
    clock.setNow(utc(2026, 1, 9, 2));
    assign(temp.db(), manager, c, other.userId, QStringLiteral("Gần nhà"));
    clock.setNow(utc(2026, 1, 10, 2));
    addApproval(temp.db(), other, c);
    clock.setNow(utc(2026, 1, 11, 2));
    {
        storage::Transaction t(temp.db());
        ASSERT_TRUE(
            storage::AuditLog(temp.db())
                .append(manager, QStringLiteral("open"), QStringLiteral("person"), c.personId)
                .ok());
        ASSERT_TRUE(t.commit().ok());
    }
    completeTask(temp.db(), other, task, QDate(2026, 1, 12));

    auto timeline = CaseWorkQueries(temp.db()).timeline(c.personId);
    ASSERT_TRUE(timeline.ok()) << timeline.error().detail.toStdString();
    QList<TimelineKind> kinds;
    for (const TimelineEntry &e : *timeline)
        kinds << e.kind;
    EXPECT_EQ(kinds,
              (QList<TimelineKind>{TimelineKind::TaskDone,
                                   TimelineKind::Opened,
                                   TimelineKind::ApprovalRequested,
                                   TimelineKind::Assigned,
                                   TimelineKind::GoalChanged,
                                   TimelineKind::GoalCreated,
                                   TimelineKind::TaskCreated,
                                   TimelineKind::Reception}));
    EXPECT_EQ(timeline->at(0).who, QStringLiteral("binh"));
    EXPECT_TRUE(timeline->at(0).dateOnly);
    EXPECT_EQ(timeline->at(1).who, QStringLiteral("Anh Minh"));
    EXPECT_EQ(timeline->at(3).detail, QStringLiteral("binh"));
    EXPECT_EQ(timeline->at(3).detail2, QStringLiteral("Gần nhà"));
    EXPECT_EQ(timeline->at(4).code, QStringLiteral("in_progress"));
    EXPECT_EQ(timeline->at(5).code, QStringLiteral("education"));
    EXPECT_EQ(timeline->at(5).detail, QStringLiteral("Đi học lại"));
    EXPECT_EQ(timeline->at(7).at, QDateTime(QDate(2026, 1, 4), QTime(17, 0), Qt::UTC));
    EXPECT_EQ(timeline->at(7).receptionId, c.receptionId);
}

TEST_F(CaseWorkQueriesTest, TimelineListsAttachmentsAttachedAndArchived)
{
    clock.setNow(utc(2026, 1, 5, 2));
    const Case c = addCase(temp.db(), worker, QStringLiteral("Vàng A Sử"), QDate(2026, 1, 5));
    Support support;
    support.receptionId = c.receptionId;
    support.typeCode = QStringLiteral("medical");
    support.date = QDate(2026, 1, 6);
    support.amountVnd = 500000;
    qint64 supportId = 0;
    {
        storage::Transaction t(temp.db());
        auto stored = storage::SupportRepository(temp.db()).insert(support, worker);
        ASSERT_TRUE(stored.ok()) << stored.error().detail.toStdString();
        supportId = stored->meta.id;
        ASSERT_TRUE(t.commit().ok());
    }
    const auto attach = [&](const QString &type,
                            std::optional<qint64> receptionId,
                            std::optional<qint64> ownSupportId) {
        Attachment a;
        a.personId = c.personId;
        a.receptionId = receptionId;
        a.supportId = ownSupportId;
        a.documentType = type;
        a.fileName = QStringLiteral("Vang A Su.pdf"); // a file name may hold the person's name
        a.mediaType = QStringLiteral("application/pdf");
        storage::Transaction t(temp.db());
        auto stored = storage::AttachmentRepository(temp.db()).insertWithContent(
            a, QByteArrayLiteral("%PDF-1.4 x %%EOF"), worker);
        EXPECT_TRUE(stored.ok()) << (stored ? "" : stored.error().detail.toStdString());
        EXPECT_TRUE(t.commit().ok());
        return stored ? stored.value() : Attachment{};
    };
    clock.setNow(utc(2026, 1, 7, 2));
    attach(QStringLiteral("identification_decision"), c.receptionId, std::nullopt);
    clock.setNow(utc(2026, 1, 8, 2));
    attach(QStringLiteral("support_receipt"), std::nullopt, supportId);
    clock.setNow(utc(2026, 1, 9, 2));
    const Attachment photo = attach(QStringLiteral("photo"), std::nullopt, std::nullopt);
    clock.setNow(utc(2026, 1, 10, 2));
    {
        storage::Transaction t(temp.db());
        ASSERT_TRUE(storage::AttachmentRepository(temp.db())
                        .archive(photo.meta.id, photo.meta.version, QStringLiteral("Trùng"), other)
                        .ok());
        ASSERT_TRUE(t.commit().ok());
    }

    auto timeline = CaseWorkQueries(temp.db()).timeline(c.personId);
    ASSERT_TRUE(timeline.ok()) << timeline.error().detail.toStdString();
    QList<TimelineEntry> attachments;
    for (const TimelineEntry &e : *timeline) {
        if (e.kind == TimelineKind::AttachmentAdded || e.kind == TimelineKind::AttachmentArchived)
            attachments << e;
    }
    ASSERT_EQ(attachments.size(), 4);
    // Newest first: the photo archived, the photo, the receipt, the decision.
    EXPECT_EQ(attachments.at(0).kind, TimelineKind::AttachmentArchived);
    EXPECT_EQ(attachments.at(0).who, QStringLiteral("binh"));
    EXPECT_EQ(attachments.at(0).detail2, QStringLiteral("Trùng"));
    EXPECT_EQ(attachments.at(0).at, utc(2026, 1, 10, 2));
    EXPECT_EQ(attachments.at(1).kind, TimelineKind::AttachmentAdded);
    EXPECT_EQ(attachments.at(1).detail, QStringLiteral("Ảnh"));
    EXPECT_EQ(attachments.at(1).detailEn, QStringLiteral("Photo"));
    EXPECT_EQ(attachments.at(1).code, QStringLiteral("person"));
    EXPECT_FALSE(attachments.at(1).receptionId.has_value());
    EXPECT_EQ(attachments.at(2).code, QStringLiteral("support"));
    EXPECT_EQ(attachments.at(2).code2, QStringLiteral("2026-01-06"));
    EXPECT_EQ(attachments.at(2).receptionId, c.receptionId);
    EXPECT_FALSE(attachments.at(2).detail2.isEmpty()); // the support type's name
    EXPECT_EQ(attachments.at(3).code, QStringLiteral("reception"));
    EXPECT_EQ(attachments.at(3).code2, QStringLiteral("2026-01-05"));
    EXPECT_EQ(attachments.at(3).detailEn, QStringLiteral("Identification decision"));
    EXPECT_EQ(attachments.at(3).who, QStringLiteral("Chị An"));
    EXPECT_EQ(attachments.at(3).at, utc(2026, 1, 7, 2));
    // Never the file's name.
    for (const TimelineEntry &e : std::as_const(attachments)) {
        for (const QString &text : {e.detail, e.detailEn, e.detail2, e.code, e.code2})
            EXPECT_FALSE(text.contains(QStringLiteral("Vang"))) << text.toStdString();
    }
}

TEST(CaseWorkTimelineOrder, TiesKeepTheirOrder)
{
    const QDateTime at(QDate(2026, 1, 1), QTime(1, 0), Qt::UTC);
    QList<TimelineEntry> entries;
    for (int i = 0; i < 4; ++i) {
        TimelineEntry e;
        e.at = i == 3 ? at.addSecs(60) : at;
        e.detail = QString::number(i);
        entries << e;
    }
    sortNewestFirst(entries);
    QStringList order;
    for (const TimelineEntry &e : entries)
        order << e.detail;
    EXPECT_EQ(order, strings({"3", "0", "1", "2"}));
}
