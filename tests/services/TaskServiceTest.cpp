// Tasks made by hand and the worker's lists (services/TaskService.h): validation, permissions,
// status changes, and the overdue / due-this-week boundaries at midnight in Vietnam.
#include "services/TaskService.h"

#include "ServiceTestSupport.h"
#include "services/CaseService.h"
#include "storage/UserRepository.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace sr::services {
namespace {

using namespace sr::domain;

class TaskServiceTest : public ::testing::Test
{
protected:
    // 16:59:59 UTC on 14/03/2025 = 23:59:59 on 14/03 in Vietnam.
    test::FixedClock m_clock{QDateTime(QDate(2025, 3, 14), QTime(16, 59, 59), Qt::UTC)};
    test::TempDatabase m_db;
    Actor m_admin{0, QStringLiteral("tester"), Role::Administrator};
    TaskService m_tasks{m_db.db()};
    UserAccount m_lan;
    UserAccount m_viewer;
    UserAccount m_gone;
    qint64 m_personId = 0;

    void SetUp() override
    {
        m_lan = account(u"lan.nguyen"_qs, Role::SocialWorker);
        m_viewer = account(u"xem"_qs, Role::Viewer);
        m_gone = account(u"cu"_qs, Role::SocialWorker, true);
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
        c.reception.identificationStatus = IdentificationStatus::ConfirmedVictim;
        c.reception.identificationDate = QDate(2025, 1, 3);
        const auto saved = CaseService(m_db.db()).saveNewCase(m_admin, c);
        ASSERT_TRUE(saved.ok()) << saved.error().detail.toStdString();
        m_personId = saved->person.meta.id;
    }

    UserAccount account(const QString &name, Role role, bool disabled = false)
    {
        UserAccount user;
        user.userName = name;
        user.displayName = name;
        user.role = role;
        user.disabled = disabled;
        user.passwordHash = QStringLiteral("$argon2id$not-a-real-hash");
        auto stored = storage::UserRepository(m_db.db()).insert(user, u"test"_qs);
        EXPECT_TRUE(stored.ok());
        return stored ? *stored : UserAccount{};
    }

    Task manual(const QString &title, const QDate &due)
    {
        Task task;
        task.personId = m_personId;
        task.title = title;
        task.dueDate = due;
        task.assignedUserId = m_lan.id;
        return task;
    }

    Task create(const QString &title, const QDate &due)
    {
        auto made = m_tasks.createTask(m_admin, manual(title, due));
        EXPECT_TRUE(made.ok());
        return made ? made.value() : Task{};
    }

    static bool hasField(const FieldErrors &errors, const char *field, ValidationCode code)
    {
        for (const FieldError &error : errors) {
            if (error.field == QLatin1String(field) && error.code == code)
                return true;
        }
        return false;
    }
};

TEST_F(TaskServiceTest, AManualTaskNeedsWhatADueDateAndAWorkerWhoMayCarryIt)
{
    Task task = manual(u"  "_qs, QDate());
    task.assignedUserId = m_viewer.id;
    auto refused = m_tasks.createTask(m_admin, task);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(hasField(refused.fieldErrors(), "title", ValidationCode::Required));
    EXPECT_TRUE(hasField(refused.fieldErrors(), "due_date", ValidationCode::Required));
    EXPECT_TRUE(hasField(refused.fieldErrors(), "assigned_user_id", ValidationCode::Inconsistent));
    task = manual(u"Gọi điện cho gia đình"_qs, QDate(2025, 3, 20));
    task.assignedUserId = m_gone.id;
    EXPECT_TRUE(hasField(m_tasks.createTask(m_admin, task).fieldErrors(),
                         "assigned_user_id",
                         ValidationCode::Inconsistent));
    EXPECT_EQ(test::countRows(m_db.db(), u"task"_qs), 0);

    const Task made = create(u" Gọi điện cho gia đình "_qs, QDate(2025, 3, 20));
    EXPECT_EQ(made.title, QStringLiteral("Gọi điện cho gia đình"));
    EXPECT_EQ(made.status, TaskStatus::Open);
    EXPECT_TRUE(made.sourceKey.isEmpty());
    EXPECT_EQ(
        test::countRows(m_db.db(), u"audit_log"_qs, u"entity = 'task' AND action = 'create'"_qs),
        1);
}

TEST_F(TaskServiceTest, AViewerMayNotWriteTasksAndTheRefusalIsAudited)
{
    const Actor viewer = m_viewer.actor();
    auto refused = m_tasks.createTask(viewer, manual(u"x"_qs, QDate(2025, 3, 20)));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(m_tasks.tasksOfCase(viewer, m_personId).error().code, ErrorCode::PermissionDenied);
    EXPECT_GE(test::countRows(m_db.db(), u"audit_log"_qs, u"action = 'denied'"_qs), 2);
    // Another worker's list needs the overview permission; one's own does not.
    const Actor lan = m_lan.actor();
    EXPECT_TRUE(m_tasks.tasksOfUser(lan, u"lan.nguyen"_qs, false).ok());
    EXPECT_EQ(m_tasks.tasksOfUser(lan, u"cu"_qs, false).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(m_tasks.tasksOfUser(m_admin, u"nobody"_qs, false).error().code, ErrorCode::NotFound);
}

TEST_F(TaskServiceTest, CompleteCancelAndReopen)
{
    Task task = create(u"Thăm nhà"_qs, QDate(2025, 3, 20));
    auto done = m_tasks.completeTask(m_admin, task.meta.id, task.meta.version);
    ASSERT_TRUE(done.ok());
    EXPECT_EQ(done->status, TaskStatus::Done);
    EXPECT_EQ(done->doneDate, QDate(2025, 3, 14));
    EXPECT_EQ(done->doneBy, QStringLiteral("tester"));
    // A stale version is a conflict; completing twice is refused.
    EXPECT_EQ(m_tasks.completeTask(m_admin, task.meta.id, task.meta.version).error().code,
              ErrorCode::Conflict);
    auto reopened = m_tasks.reopenTask(m_admin, task.meta.id, done->meta.version);
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ(reopened->status, TaskStatus::Open);
    EXPECT_TRUE(reopened->doneBy.isEmpty());
    auto blank = m_tasks.cancelTask(m_admin, task.meta.id, reopened->meta.version, u" "_qs);
    EXPECT_TRUE(hasField(blank.fieldErrors(), "reason", ValidationCode::Required));
    auto cancelled =
        m_tasks.cancelTask(m_admin, task.meta.id, reopened->meta.version, u"Gia đình chuyển đi"_qs);
    ASSERT_TRUE(cancelled.ok());
    EXPECT_EQ(cancelled->status, TaskStatus::Cancelled);
    EXPECT_TRUE(cancelled->notes.contains(u"Gia đình chuyển đi"_qs));

    Task edited = create(u"Gọi"_qs, QDate(2025, 3, 20));
    edited.title = QStringLiteral("Gọi điện");
    edited.dueDate = QDate(2025, 3, 22);
    auto saved = m_tasks.editTask(m_admin, edited);
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->dueDate, QDate(2025, 3, 22));
    EXPECT_EQ(saved->title, QStringLiteral("Gọi điện"));
}

TEST_F(TaskServiceTest, OverdueAndThisWeekFollowMidnightInVietnam)
{
    create(u"yesterday"_qs, QDate(2025, 3, 13));
    create(u"today"_qs, QDate(2025, 3, 14));
    create(u"in six days"_qs, QDate(2025, 3, 20));
    create(u"in seven days"_qs, QDate(2025, 3, 21));
    const Actor lan = m_lan.actor();
    auto titles = [](const QList<TaskRow> &rows) {
        QStringList out;
        for (const TaskRow &row : rows)
            out << row.task.title;
        return out;
    };

    // 23:59:59 on 14/03 in Vietnam.
    auto mine = m_tasks.myTasks(lan);
    ASSERT_TRUE(mine.ok());
    EXPECT_EQ(titles(mine->overdue), QStringList{u"yesterday"_qs});
    EXPECT_EQ(titles(mine->dueThisWeek), (QStringList{u"today"_qs, u"in six days"_qs}));
    EXPECT_EQ(titles(mine->later), QStringList{u"in seven days"_qs});

    // 17:00:00 UTC = midnight: 15/03 in Vietnam.
    m_clock.setNow(QDateTime(QDate(2025, 3, 14), QTime(17, 0, 0), Qt::UTC));
    mine = m_tasks.myTasks(lan);
    ASSERT_TRUE(mine.ok());
    EXPECT_EQ(titles(mine->overdue), (QStringList{u"yesterday"_qs, u"today"_qs}));
    EXPECT_EQ(titles(mine->dueThisWeek), (QStringList{u"in six days"_qs, u"in seven days"_qs}));
    EXPECT_TRUE(mine->later.isEmpty());
    auto overdue = m_tasks.tasksOfUser(lan, u"lan.nguyen"_qs, true);
    ASSERT_TRUE(overdue.ok());
    EXPECT_EQ(titles(*overdue), (QStringList{u"yesterday"_qs, u"today"_qs}));
    EXPECT_TRUE(overdue->constFirst().overdue);
    EXPECT_FALSE(overdue->constFirst().caseCode.isEmpty());
}

} // namespace
} // namespace sr::services
