// Widget tests of the case editor's Tasks section (offscreen, real SQLite database): the rule's
// task of a stored case shows as overdue in words, a task typed in the New task dialog is kept
// on a refusal and stored on OK, Mark done completes it; the task rules page of the reference
// lists edits a rule's delay and refuses a follow-up rule without one.
#include "ui/case/TaskList.h"

#include "../WidgetInput.h"
#include "domain/Actor.h"
#include "messages/Translators.h"
#include "services/AppContext.h"
#include "services/CaseService.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"
#include "ui/admin/ReferenceEditor.h"
#include "ui/admin/ReferenceListPages.h"
#include "ui/case/CaseEditor.h"
#include "ui/case/CaseFields.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

namespace sr::test {
namespace {

/** Runs @a act on the next modal dialog of type @a Dialog that opens. */
template<typename Dialog>
class ModalAnswer
{
public:
    explicit ModalAnswer(std::function<void(Dialog *)> act)
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this, act] {
            auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            m_timer.stop();
            m_answered = true;
            act(dialog);
        });
        m_timer.start(20);
    }
    bool answered() const { return m_answered; }

private:
    QTimer m_timer;
    bool m_answered = false;
};

class TaskListTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { messages::installTranslators(QStringLiteral("en")); }

    void SetUp() override
    {
        domain::UserAccount lan;
        lan.userName = QStringLiteral("lan");
        lan.displayName = QStringLiteral("Nguyễn Thị Lan");
        lan.role = domain::Role::SocialWorker;
        lan.passwordHash = QStringLiteral("$argon2id$not-a-real-hash");
        auto stored = storage::UserRepository(m_db.db()).insert(lan, QStringLiteral("test"));
        ASSERT_TRUE(stored.ok());
        m_worker = stored->actor();
        m_context = std::make_unique<services::AppContext>(m_db.db(), m_worker);
    }

    /** A case of the worker received on @a received, identification not verified. */
    qint64 storeCase(const QDate &received = QDate(2026, 1, 10))
    {
        services::NewCase newCase;
        newCase.person.fullName = QStringLiteral("Đặng Thị Hằng");
        newCase.person.sex = domain::Sex::Female;
        newCase.person.birthDate = domain::PartialDate::fromYear(1999);
        newCase.person.residenceProvince = QStringLiteral("22");
        newCase.reception.receptionDate = received;
        newCase.reception.agencyCode = QStringLiteral("ctxh_qn");
        newCase.reception.countryCode = QStringLiteral("CN");
        auto saved = services::CaseService(m_db.db()).saveNewCase(m_worker, newCase);
        EXPECT_TRUE(saved.ok());
        return saved ? saved->person.meta.id : 0;
    }

    /** Opens @a personId in @a editor and goes to the Tasks tab with Alt+6 (null on failure). */
    static ui::TaskList *showTasks(ui::CaseEditor &editor, qint64 personId)
    {
        if (!editor.openCase(personId))
            return nullptr;
        editor.show();
        if (!QTest::qWaitForWindowExposed(&editor))
            return nullptr;
        QTest::keyClick(&editor, Qt::Key_6, Qt::AltModifier);
        return editor.taskList();
    }

    qint64 count(const QString &table, const QString &where)
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, where))
            || !q.next()) {
            ADD_FAILURE() << "count failed";
            return -1;
        }
        return q.value(0).toLongLong();
    }

    FixedClock m_clock{QDateTime(QDate(2026, 3, 15), QTime(2, 0), Qt::UTC)};
    TempDatabase m_db;
    domain::Actor m_worker;
    std::unique_ptr<services::AppContext> m_context;
};

TEST_F(TaskListTest, TheTasksTabShowsOverdueInWordsAddsAndCompletesTasks)
{
    const qint64 personId = storeCase();
    ui::CaseEditor editor(*m_context);
    ui::TaskList *list = showTasks(editor, personId);
    ASSERT_TRUE(list);
    EXPECT_EQ(editor.tabs()->currentWidget(), list);
    EXPECT_EQ(QApplication::focusWidget(), list->newButton());

    // The pending identification: due 09/02/2026, overdue on 15/03/2026.
    QTableWidget *table = list->table();
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("09/02/2026"));
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("Decide on identification as a victim"));
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("Nguyễn Thị Lan"));
    EXPECT_EQ(table->item(0, 3)->text(), QStringLiteral("Overdue"));
    EXPECT_NE(table->item(0, 3)->foreground().color(), table->palette().text().color());

    // OK on an empty form is refused with the reasons; what was typed stays.
    bool refusedKept = false;
    ModalAnswer<ui::TaskDialog> answer([&](ui::TaskDialog *dialog) {
        EXPECT_EQ(dialog->workerCombo()->currentData().toLongLong(), m_worker.userId);
        typeText(dialog->notesEdit(), QStringLiteral("Gọi trước 10 giờ"));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_TRUE(dialog->messageText().contains(QStringLiteral("What is required")))
            << dialog->messageText().toStdString();
        EXPECT_TRUE(dialog->messageText().contains(QStringLiteral("Due date is required")));
        EXPECT_TRUE(ui::CaseFields::isMarkedInvalid(dialog->titleEdit()));
        refusedKept = dialog->notesEdit()->toPlainText() == QStringLiteral("Gọi trước 10 giờ");
        typeText(dialog->titleEdit(), QStringLiteral("Gọi điện cho gia đình"));
        typeText(dialog->dueEdit(), QStringLiteral("20/03/2026"));
        QTest::keyClick(dialog->titleEdit(), Qt::Key_Return);
    });
    QTest::keyClick(list->newButton(), Qt::Key_Space);
    EXPECT_TRUE(answer.answered());
    EXPECT_TRUE(refusedKept);
    ASSERT_EQ(count(QStringLiteral("task"), QStringLiteral("title = 'Gọi điện cho gia đình'")), 1);
    ASSERT_EQ(table->rowCount(), 2);
    const int added = table->currentRow();
    ASSERT_GE(added, 0);
    EXPECT_EQ(table->item(added, 0)->text(), QStringLiteral("20/03/2026"));
    EXPECT_EQ(table->item(added, 3)->text(), QStringLiteral("Open"));

    // Mark done (keyboard): the task is done today by the worker.
    ASSERT_TRUE(list->completeButton()->isEnabled());
    QTest::keyClick(list->completeButton(), Qt::Key_Space);
    EXPECT_EQ(count(QStringLiteral("task"),
                    QStringLiteral("title = 'Gọi điện cho gia đình' AND status = 'done'"
                                   " AND done_by = 'lan' AND done_date = '2026-03-15'")),
              1);
    bool shownDone = false;
    for (int row = 0; row < table->rowCount(); ++row)
        shownDone =
            shownDone || table->item(row, 3)->text() == QStringLiteral("Done on 15/03/2026");
    EXPECT_TRUE(shownDone);
}

TEST_F(TaskListTest, ANewCaseHasNoTasksUntilSaved)
{
    ui::CaseEditor editor(*m_context);
    editor.newCase();
    editor.showSection(ui::CaseEditor::Section::Tasks);
    EXPECT_EQ(editor.tabs()->currentWidget(), editor.taskList());
    EXPECT_EQ(editor.taskList()->table()->rowCount(), 0);
    EXPECT_FALSE(editor.taskList()->newButton()->isEnabled());
}

TEST_F(TaskListTest, TheTaskRulesPageEditsADelayAndRefusesAFollowUpWithoutOne)
{
    const domain::Actor admin{0, QStringLiteral("admin"), domain::Role::Administrator};
    services::AppContext context(m_db.db(), admin);
    ui::ReferenceEditor editor(context);
    editor.show();
    editor.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&editor));
    QTest::keyClick(&editor, Qt::Key_F, Qt::AltModifier);
    ui::ReferenceListPage *page = editor.taskRules();
    ASSERT_EQ(editor.tabs()->currentWidget(), page);

    auto *table = child<QTableWidget>(*page, "referenceTable");
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == QLatin1String("follow_up_3m"))
            row = r;
    }
    ASSERT_GE(row, 0);
    EXPECT_EQ(table->item(row, 2)->text(), QStringLiteral("3 months"));
    table->setFocus();
    table->setCurrentCell(row, 1);
    auto *months = child<QSpinBox>(*page, "monthsSpin");
    EXPECT_EQ(months->value(), 3);
    months->setFocus();
    months->selectAll();
    typeText(months, QStringLiteral("2"));
    auto *days = child<QSpinBox>(*page, "daysSpin");
    days->setFocus();
    days->selectAll();
    typeText(days, QStringLiteral("15"));
    QTest::keyClick(days, Qt::Key_S, Qt::ControlModifier);
    EXPECT_EQ(count(QStringLiteral("task_rule"),
                    QStringLiteral("code = 'follow_up_3m' AND offset_months = 2"
                                   " AND offset_days = 15")),
              1);
    EXPECT_EQ(count(QStringLiteral("audit_log"),
                    QStringLiteral("entity = 'task_rule' AND action = 'update'")),
              1);
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == QLatin1String("follow_up_3m")) {
            EXPECT_EQ(table->item(r, 2)->text(), QStringLiteral("2 months 15 days"));
        }
    }

    // A new follow-up rule without a delay is refused on the days field; nothing is stored.
    const qint64 rules = count(QStringLiteral("task_rule"), QStringLiteral("1"));
    ASSERT_TRUE(page->newEntry());
    typeText(child<QLineEdit>(*page, "nameEdit"), QStringLiteral("Liên hệ ngay"));
    typeText(child<QLineEdit>(*page, "nameEnEdit"), QStringLiteral("Contact at once"));
    choose(child<QComboBox>(*page, "taskRuleKindCombo"),
           QStringLiteral("follow_up_after_handover"));
    EXPECT_FALSE(page->save());
    EXPECT_TRUE(ui::CaseFields::isMarkedInvalid(days));
    EXPECT_TRUE(page->messageText().contains(QStringLiteral("needs a delay")))
        << page->messageText().toStdString();
    EXPECT_EQ(count(QStringLiteral("task_rule"), QStringLiteral("1")), rules);
    EXPECT_EQ(child<QLineEdit>(*page, "nameEnEdit")->text(), QStringLiteral("Contact at once"));
}

TEST_F(TaskListTest, ALapsedTaskSaysSoAndCanStillBeDone)
{
    // Received 02/06/2025: the decision was due 02/07/2025, more than the rule's 90 days
    // before the day the case is entered (docs/case-work.md, "lapsed").
    ui::CaseEditor editor(*m_context);
    ui::TaskList *list = showTasks(editor, storeCase(QDate(2025, 6, 2)));
    ASSERT_TRUE(list);
    QTableWidget *table = list->table();
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 3)->text(), QStringLiteral("Lapsed"));
    EXPECT_EQ(table->item(0, 3)->foreground().color(), table->palette().text().color());
    table->selectRow(0);
    EXPECT_TRUE(list->completeButton()->isEnabled());
    list->completeButton()->click();
    EXPECT_EQ(count(QStringLiteral("task"), QStringLiteral("status = 'done' AND done_by = 'lan'")),
              1);
}

} // namespace
} // namespace sr::test
