// Not a check: the pictures of the user guide's case-work sections (docs/user-guide.md 2.1, 2.2,
// 3.5–3.7, 8.1) in both languages. Runs only with SAFERETURN_SCREENSHOT_DB (a demonstration
// database: `safereturn demo --db FILE --persons 300 --seed 1`) and SAFERETURN_SCREENSHOT_DIR
// set, and skips otherwise. The case work is made on a copy of the database, through the
// services, at a fixed clock on the day the demonstration data was written, so the pictures
// stay the same for the same database.
#include "domain/Actor.h"
#include "domain/CaseWork.h"
#include "messages/Translators.h"
#include "services/AppContext.h"
#include "services/ApprovalService.h"
#include "services/AssignmentService.h"
#include "services/AuthService.h"
#include "services/PlanService.h"
#include "services/ReferenceService.h"
#include "services/TaskService.h"
#include "storage/Database.h"
#include "support/FixedClock.h"
#include "ui/MainWindow.h"
#include "ui/admin/CaseWorkSettingsPage.h"
#include "ui/admin/ReferenceEditor.h"
#include "ui/admin/ReferenceListPages.h"
#include "ui/case/CaseEditor.h"
#include "ui/case/ResponsibleDialog.h"

#include <QApplication>
#include <QFile>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <optional>

namespace sr::test {
namespace {

using namespace sr::domain;
using ui::CaseEditor;
using ui::MainWindow;

/** The service's error and the fields at fault, for a failure's message. */
template<typename T>
std::string failure(const services::ServiceResult<T> &result)
{
    if (result.ok())
        return {};
    QString text = result.error().detail;
    for (const FieldError &error : result.fieldErrors())
        text += QLatin1Char(' ') + error.field;
    return text.toStdString();
}

/** Fails the test with the service's detail when @a result is an error. */
#define SHOT_OK(result)                                                                            \
    ASSERT_TRUE((result).ok()) << #result << ": " << (result).error().detail.toStdString()

QList<qint64> ids(storage::Database &db, const QString &sql)
{
    QList<qint64> out;
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

qint64 latestReception(storage::Database &db, qint64 personId)
{
    const QList<qint64> found =
        ids(db,
            QStringLiteral("SELECT id FROM reception WHERE person_id = %1 AND archived = 0 "
                           "ORDER BY reception_date DESC, id DESC LIMIT 1")
                .arg(personId));
    return found.isEmpty() ? 0 : found.first();
}

bool save(QWidget &widget, const QString &outDir, const QString &name, const QString &lang)
{
    QTest::qWait(250);
    const QString file = QStringLiteral("%1/%2-%3.png").arg(outDir, name, lang);
    const bool saved = widget.grab().save(file);
    EXPECT_TRUE(saved) << file.toStdString();
    return saved;
}

class CaseWorkScreenshots : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_dbPath = qEnvironmentVariable("SAFERETURN_SCREENSHOT_DB");
        m_outDir = qEnvironmentVariable("SAFERETURN_SCREENSHOT_DIR");
        if (m_dbPath.isEmpty() || m_outDir.isEmpty())
            GTEST_SKIP() << "set SAFERETURN_SCREENSHOT_DB and SAFERETURN_SCREENSHOT_DIR";
        ASSERT_TRUE(m_dir.isValid());
        const QString copy = m_dir.filePath(QStringLiteral("shots.db"));
        ASSERT_TRUE(QFile::copy(m_dbPath, copy));
        QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        auto db = storage::Database::open(copy);
        ASSERT_TRUE(db.ok());
        m_db = std::move(*db);
        // The day the demonstration data was written is "today" of its cases and tasks.
        QSqlQuery q(m_db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT max(at) FROM audit_log WHERE action = 'demo'"))
                    && q.next());
        m_today = QDate::fromString(q.value(0).toString().left(10), Qt::ISODate);
        ASSERT_TRUE(m_today.isValid());
        at(0, 10);
    }

    /** Sets the clock to @a daysFromToday at @a hour in Vietnam. */
    void at(int daysFromToday, int hour)
    {
        m_clock.setNow(
            QDateTime(m_today.addDays(daysFromToday), QTime(hour, 0), Qt::UTC).addSecs(-7 * 3600));
    }

    FixedClock m_clock{QDateTime(QDate(2026, 1, 1), QTime(3, 0), Qt::UTC)};
    QString m_dbPath;
    QString m_outDir;
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    QDate m_today;
};

TEST_F(CaseWorkScreenshots, CaseWorkScreensInBothLanguages)
{
    storage::Database &db = *m_db;
    const QList<qint64> admins =
        ids(db, QStringLiteral("SELECT id FROM app_user WHERE role = 'administrator' LIMIT 1"));
    ASSERT_FALSE(admins.isEmpty());
    const Actor admin{admins.first(), QStringLiteral("admin"), Role::Administrator};

    // Accounts of one team (invented names, as the demonstration data).
    services::AuthService auth(db);
    const auto account = [&](const QString &userName, const QString &name, Role role) {
        services::NewUser user;
        user.userName = userName;
        user.displayName = name;
        user.role = role;
        user.password = QStringLiteral("Shots-demo-2026!");
        user.team = QStringLiteral("Móng Cái");
        user.mustChangePassword = false;
        auto made = auth.createUser(admin, user);
        EXPECT_TRUE(made.ok()) << (made ? "" : made.error().detail.toStdString());
        return Actor{made ? made->id : 0, userName, role};
    };
    const Actor lan =
        account(QStringLiteral("lan.ht"), QStringLiteral("Hoàng Thị Lan"), Role::SocialWorker);
    const Actor tuan =
        account(QStringLiteral("tuan.dm"), QStringLiteral("Đỗ Minh Tuấn"), Role::SocialWorker);
    const Actor hung =
        account(QStringLiteral("hung.tv"), QStringLiteral("Trần Văn Hùng"), Role::Manager);
    ASSERT_GT(lan.userId, 0);
    ASSERT_GT(hung.userId, 0);

    services::ReferenceService references(db);
    CaseWorkSettings settings;
    settings.approvalsRequired = true;
    SHOT_OK(references.saveCaseWorkSettings(admin, settings));

    // The case shown in the editor: one open reception some months old, identified, with
    // several supports.
    const QString today = m_today.toString(Qt::ISODate);
    const QList<qint64> featured =
        ids(db,
            QStringLiteral(
                "SELECT p.id FROM person p JOIN reception r ON r.person_id = p.id "
                "WHERE p.archived = 0 AND r.archived = 0 AND r.case_status = 'open' "
                "AND r.identification_status = 'confirmed_victim' "
                "AND r.reception_date BETWEEN date('%1', '-200 days') AND date('%1', '-60 days') "
                "AND (SELECT count(*) FROM reception r2 WHERE r2.person_id = p.id) = 1 "
                "ORDER BY (SELECT count(*) FROM support s WHERE s.reception_id = r.id) DESC, p.id "
                "LIMIT 1")
                .arg(today));
    ASSERT_FALSE(featured.isEmpty());
    const qint64 person = featured.first();
    const qint64 reception = latestReception(db, person);
    // Open cases with open tasks falling due this week, then with overdue ones.
    const auto withTasks = [&](const QString &dueCondition, int limit) {
        return ids(db,
                   QStringLiteral(
                       "SELECT p.id FROM person p WHERE p.archived = 0 AND p.id <> %1 "
                       "AND EXISTS (SELECT 1 FROM task t WHERE t.person_id = p.id "
                       "AND t.status = 'open' AND %2) ORDER BY (SELECT max(t.due_date) FROM task t "
                       "WHERE t.person_id = p.id AND t.status = 'open' AND %2) DESC, p.id LIMIT %3")
                       .arg(QString::number(person), dueCondition, QString::number(limit)));
    };
    const QList<qint64> dueSoon = withTasks(
        QStringLiteral("t.due_date BETWEEN '%1' AND date('%1', '+6 days')").arg(today), 3);
    // Overdue but not lapsed (docs/case-work.md): the demonstration's history made most of its
    // old tasks lapsed, the recent ones stay open.
    QList<qint64> overdue = withTasks(QStringLiteral("t.due_date < '%1'").arg(today), 12);
    for (qint64 id : dueSoon)
        overdue.removeAll(id);
    ASSERT_GE(overdue.size(), 6);
    // Two more open cases of hers: a closure request and a plan to approve.
    const QList<qint64> requests = ids(db,
                                       QStringLiteral("SELECT id FROM person WHERE archived = 0 "
                                                      "AND last_case_status = 'open' AND id <> %1 "
                                                      "ORDER BY id DESC LIMIT 2")
                                           .arg(person));
    ASSERT_EQ(requests.size(), 2);

    services::AssignmentService assignments(db);
    const auto assign = [&](qint64 personId, const Actor &to, const QString &reason) {
        auto done = assignments.assign(admin, personId, to.userId, reason);
        EXPECT_TRUE(done.ok()) << (done ? "" : done.error().detail.toStdString());
    };
    at(-20, 9);
    assign(person, lan, QStringLiteral("Phân công theo địa bàn Móng Cái"));
    at(-6, 14);
    for (qint64 id : dueSoon)
        assign(id, lan, QStringLiteral("Chị Lan phụ trách địa bàn"));
    assign(overdue.at(0), lan, QStringLiteral("Chia lại hồ sơ"));
    for (qint64 id : requests)
        assign(id, lan, QStringLiteral("Chia lại hồ sơ"));
    assign(overdue.at(1), lan, QStringLiteral("Chia lại hồ sơ"));
    for (int i = 2; i < 6; ++i)
        assign(overdue.at(i), tuan, QStringLiteral("Chia lại hồ sơ"));

    // The support plan: goals in several areas and states, returned once, then approved.
    services::PlanService plans(db);
    services::ApprovalService approvals(db);
    const auto goal = [&](GoalArea area,
                          const QString &what,
                          const QString &actions,
                          int targetDays,
                          GoalStatus status,
                          const QString &review = QString()) {
        PlanGoal g;
        g.receptionId = reception;
        g.area = area;
        g.goal = what;
        g.actions = actions;
        g.targetDate = m_today.addDays(targetDays);
        g.status = status;
        g.reviewNotes = review;
        auto saved = plans.saveGoal(lan, g);
        EXPECT_TRUE(saved.ok()) << (saved ? "" : saved.error().detail.toStdString());
        return saved ? saved.value() : g;
    };
    at(-18, 10);
    goal(GoalArea::Health,
         QStringLiteral("Khám và điều trị viêm da"),
         QStringLiteral("Khám tại Bệnh viện Đa khoa tỉnh, tái khám sau 2 tuần"),
         -8,
         GoalStatus::Achieved,
         QStringLiteral("Đã khỏi, không cần tái khám"));
    goal(GoalArea::Psychological,
         QStringLiteral("Ổn định tâm lý, ngủ được"),
         QStringLiteral("Tham vấn tâm lý 2 buổi mỗi tuần tại trung tâm"),
         40,
         GoalStatus::InProgress,
         QStringLiteral("Đã bớt lo âu, còn mất ngủ"));
    goal(GoalArea::Family,
         QStringLiteral("Đoàn tụ với gia đình"),
         QStringLiteral("Liên hệ UBND xã; thăm gia đình trước khi bàn giao"),
         20,
         GoalStatus::InProgress);
    goal(GoalArea::Legal,
         QStringLiteral("Làm lại căn cước công dân"),
         QStringLiteral("Xin xác nhận cư trú; nộp hồ sơ tại công an huyện"),
         -3,
         GoalStatus::Planned);
    goal(GoalArea::Economic,
         QStringLiteral("Vay vốn chăn nuôi"),
         QStringLiteral("Giới thiệu Ngân hàng Chính sách xã hội"),
         90,
         GoalStatus::Dropped,
         QStringLiteral("Gia đình chưa có nhu cầu"));
    at(-16, 15);
    auto first = approvals.requestPlanApproval(
        lan, reception, QStringLiteral("Kế hoạch sau hai tuần tiếp nhận"));
    SHOT_OK(first);
    at(-15, 9);
    SHOT_OK(approvals.returnToWorker(
        hung, first->meta.id, QStringLiteral("Bổ sung mục tiêu học nghề")));
    at(-14, 11);
    goal(GoalArea::Vocational,
         QStringLiteral("Học nghề may công nghiệp"),
         QStringLiteral("Đăng ký khóa 3 tháng tại Trung tâm GDNN huyện"),
         120,
         GoalStatus::Planned);
    auto second = approvals.requestPlanApproval(
        lan, reception, QStringLiteral("Đã bổ sung mục tiêu học nghề"));
    SHOT_OK(second);
    at(-13, 8);
    SHOT_OK(approvals.approve(hung, second->meta.id, QStringLiteral("Đồng ý kế hoạch")));

    // Tasks made by hand: one overdue, one due this week, one later, one done.
    services::TaskService tasks(db);
    const auto task = [&](qint64 personId, const QString &title, int dueDays) {
        Task t;
        t.personId = personId;
        t.receptionId = latestReception(db, personId);
        t.title = title;
        t.dueDate = m_today.addDays(dueDays);
        t.assignedUserId = lan.userId;
        auto made = tasks.createTask(lan, t);
        EXPECT_TRUE(made.ok()) << (made ? "" : made.error().detail.toStdString());
        return made ? made.value() : t;
    };
    at(-12, 10);
    task(person, QStringLiteral("Đưa đi tái khám tại Bệnh viện Đa khoa tỉnh"), -2);
    task(person, QStringLiteral("Gọi điện cho mẹ, hẹn ngày thăm nhà"), 2);
    task(person, QStringLiteral("Nộp hồ sơ học nghề"), 12);
    const Task paper = task(person, QStringLiteral("Xin giấy xác nhận cư trú"), -4);
    at(-5, 16);
    SHOT_OK(tasks.completeTask(lan, paper.meta.id, paper.meta.version));

    // Requests waiting for the manager: a closure and another plan.
    {
        const qint64 other = requests.at(0);
        at(-2, 10);
        auto closure = approvals.requestClosure(lan,
                                                latestReception(db, other),
                                                CaseOutcome::HandedOverToFamily,
                                                m_today.addDays(-2),
                                                QStringLiteral("Đã bàn giao cho gia đình tại "
                                                               "UBND xã"));
        EXPECT_TRUE(closure.ok()) << failure(closure);
    }
    {
        const qint64 other = requests.at(1);
        PlanGoal g;
        g.receptionId = latestReception(db, other);
        g.area = GoalArea::Education;
        g.goal = QStringLiteral("Đi học lại lớp 8");
        g.actions = QStringLiteral("Làm việc với trường THCS của xã");
        g.targetDate = m_today.addDays(60);
        at(-1, 15);
        auto saved = plans.saveGoal(lan, g);
        EXPECT_TRUE(saved.ok()) << failure(saved);
        g.area = GoalArea::Safety;
        g.goal = QStringLiteral("An toàn tại nơi ở");
        g.actions = QStringLiteral("Thăm nhà cùng công an xã");
        saved = plans.saveGoal(lan, g);
        EXPECT_TRUE(saved.ok()) << failure(saved);
        EXPECT_TRUE(
            approvals.requestPlanApproval(lan, g.receptionId, QStringLiteral("Xin duyệt kế hoạch"))
                .ok());
    }
    at(0, 10);

    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        messages::installTranslators(lang);
        {
            services::AppContext context(db, lan);
            MainWindow window(context);
            window.resize(1366, 705);
            window.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
            ASSERT_TRUE(window.showPart(MainWindow::Part::MyWork));
            save(window, m_outDir, QStringLiteral("start-page"), lang);
        }
        {
            services::AppContext context(db, hung);
            MainWindow window(context);
            window.resize(1366, 705);
            window.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
            ASSERT_TRUE(window.showPart(MainWindow::Part::MyWork));
            save(window, m_outDir, QStringLiteral("start-page-manager"), lang);
            ASSERT_TRUE(window.showPart(MainWindow::Part::Overview));
            save(window, m_outDir, QStringLiteral("overview"), lang);
        }
        {
            services::AppContext context(db, lan);
            CaseEditor editor(context);
            ASSERT_TRUE(editor.openCase(person));
            editor.resize(1180, 700);
            editor.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
            const QList<std::pair<CaseEditor::Section, QString>> sections{
                {CaseEditor::Section::Plan, QStringLiteral("case-editor-plan")},
                {CaseEditor::Section::Tasks, QStringLiteral("case-editor-tasks")},
                {CaseEditor::Section::Timeline, QStringLiteral("case-editor-timeline")},
            };
            for (const auto &[section, name] : sections) {
                editor.showSection(section);
                save(editor, m_outDir, name, lang);
            }
            editor.close();
        }
        {
            services::AppContext context(db, hung);
            ui::ResponsibleDialog dialog(context, person, lan.userId);
            dialog.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
            save(dialog, m_outDir, QStringLiteral("reassign-dialog"), lang);
            dialog.reject();
        }
        {
            services::AppContext context(db, admin);
            ui::ReferenceEditor editor(context);
            editor.resize(1100, 700);
            editor.tabs()->setCurrentWidget(editor.taskRules());
            editor.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
            save(editor, m_outDir, QStringLiteral("task-rules"), lang);
            editor.tabs()->setCurrentWidget(editor.findChild<ui::CaseWorkSettingsPage *>());
            save(editor, m_outDir, QStringLiteral("case-work-settings"), lang);
        }
    }
    messages::installTranslators(QStringLiteral("en"));
}

} // namespace
} // namespace sr::test
