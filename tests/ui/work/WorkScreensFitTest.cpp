// What a new user sees of the case-work screens at 1366×768 (offscreen, real database): the
// overview's bars carry their figures, the Plan tab shows its goals before its approvals, times
// of the assignment history are Vietnam's, and the lists name their columns in full.
#include "messages/Translators.h"
#include "services/AppContext.h"
#include "support/CaseWorkFixture.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"
#include "ui/MainWindow.h"
#include "ui/case/CaseEditor.h"
#include "ui/case/PlanPanel.h"
#include "ui/case/ResponsibleDialog.h"
#include "ui/work/OverviewPage.h"

#include <QAbstractAxis>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

using namespace sr::domain;
using namespace sr::test::casework;
using ui::MainWindow;

class WorkScreensFitTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { messages::installTranslators(QStringLiteral("en")); }

    void SetUp() override
    {
        worker =
            addUser(m_db.db(), QStringLiteral("an"), Role::SocialWorker, QStringLiteral("Chị An"));
        manager = addUser(m_db.db(), QStringLiteral("minh"), Role::Manager);
        first = addCase(m_db.db(), worker, QStringLiteral("Nguyễn Thị Hằng"), QDate(2026, 1, 5));
        second = addCase(m_db.db(), worker, QStringLiteral("Lò Thị Mai"), QDate(2026, 3, 1));
    }

    FixedClock m_clock{QDateTime(QDate(2026, 3, 10), QTime(3, 0), Qt::UTC)};
    TempDatabase m_db;
    Actor worker;
    Actor manager;
    Case first;
    Case second;
};

/**
 * The colours of the visible texts @a text drawn in @a view's scene (bar labels and axis labels
 * are text items).
 */
QList<QColor> textColours(QGraphicsView *view, const QString &text)
{
    QList<QColor> colours;
    for (QGraphicsItem *item : view->scene()->items()) {
        auto *label = dynamic_cast<QGraphicsTextItem *>(item);
        if (label && label->isVisible() && label->toPlainText() == text)
            colours << label->defaultTextColor();
    }
    return colours;
}

/** Shows @a window at the user guide's size on its Overview part. */
bool showOverview(MainWindow &window)
{
    window.resize(1366, 705);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.showPart(MainWindow::Part::Overview))
        return false;
    QTest::qWait(100);
    return true;
}

} // namespace

TEST_F(WorkScreensFitTest, OverviewBarsShowTheirFigures)
{
    for (int i = 0; i < 7; ++i)
        addTask(m_db.db(), worker, first, QDate(2026, 2, 1 + i), worker.userId);
    services::AppContext context(m_db.db(), manager);
    MainWindow window(context);
    ASSERT_TRUE(showOverview(window));
    // The bar of 7 overdue tasks carries its figure (the axis reads 0, 2, … 10) outside the
    // bar, on the chart's white background: in the axis labels' colour, not the theme's white
    // meant for labels inside bars. Both charts are filled the same way.
    auto *view = window.findChild<QChartView *>(QStringLiteral("overdueChartView"));
    ASSERT_NE(view, nullptr);
    const QList<QColor> colours = textColours(view, QStringLiteral("7"));
    ASSERT_EQ(colours.size(), 1);
    const QList<QColor> axis = textColours(view, QStringLiteral("10"));
    ASSERT_EQ(axis.size(), 1);
    EXPECT_NE(colours.first(), QColor(Qt::white));
    EXPECT_EQ(colours.first(), axis.first());
    // The categories read in full: "Under 1 month", "Over 12 months", the worker's name.
    for (QChart *chart :
         {view->chart(), window.findChild<QChartView *>(QStringLiteral("ageChartView"))->chart()}) {
        const QList<QAbstractAxis *> axes = chart->axes(Qt::Horizontal);
        ASSERT_EQ(axes.size(), 1);
        EXPECT_FALSE(axes.first()->labelsTruncated()) << chart->title().toStdString();
    }
}

TEST_F(WorkScreensFitTest, OverviewFiguresAreGroupedAsInTheRestOfTheApp)
{
    {
        storage::Transaction transaction(m_db.db());
        storage::TaskRepository tasks(m_db.db());
        for (int i = 0; i < 1234; ++i) {
            Task task;
            task.personId = first.personId;
            task.dueDate = QDate(2026, 2, 1);
            task.title = QStringLiteral("Gọi điện");
            task.assignedUserId = worker.userId;
            ASSERT_TRUE(tasks.insert(task, worker).ok());
        }
        ASSERT_TRUE(transaction.commit().ok());
    }
    services::AppContext context(m_db.db(), manager);
    MainWindow window(context);
    ASSERT_TRUE(showOverview(window));
    auto *view = window.findChild<QChartView *>(QStringLiteral("overdueChartView"));
    ASSERT_NE(view, nullptr);
    // The bar's figure and the axis's ticks (0, 500, 1,000, 1,500), in English here.
    EXPECT_EQ(textColours(view, QStringLiteral("1,234")).size(), 1);
    EXPECT_EQ(textColours(view, QStringLiteral("1,000")).size(), 1);

    EXPECT_TRUE(textColours(view, QStringLiteral("1234")).isEmpty());
}

TEST_F(WorkScreensFitTest, AssignmentHistoryTellsVietnamTime)
{
    // 20:30 UTC on 9 March is 03:30 on 10 March in Hà Nội; the timeline tells that time too.
    m_clock.setNow(QDateTime(QDate(2026, 3, 9), QTime(20, 30), Qt::UTC));
    const Actor other = addUser(m_db.db(), QStringLiteral("binh"), Role::SocialWorker);
    assign(m_db.db(), manager, first, other.userId);
    services::AppContext context(m_db.db(), manager);
    ui::ResponsibleDialog dialog(context, first.personId, other.userId);
    ASSERT_GE(dialog.historyTable()->rowCount(), 1);
    EXPECT_EQ(dialog.historyTable()->item(0, 0)->text(), QStringLiteral("10/03/2026 03:30"));
}

TEST_F(WorkScreensFitTest, ThePlanTabShowsSixGoalsBesideTwoApprovals)
{
    for (int i = 0; i < 6; ++i)
        addGoal(m_db.db(), worker, first, QStringLiteral("Mục tiêu %1").arg(i + 1));
    addApproval(m_db.db(), worker, first, ApprovalKind::Plan);
    addApproval(m_db.db(), worker, first, ApprovalKind::Closure);
    services::AppContext context(m_db.db(), worker);
    ui::CaseEditor editor(context);
    ASSERT_TRUE(editor.openCase(first.personId));
    // The size of the user guide's pictures; the editor opens larger on a 1366×768 screen.
    editor.resize(1180, 700);
    editor.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
    editor.showSection(ui::CaseEditor::Section::Plan);
    auto *plan = editor.findChild<ui::PlanPanel *>();
    ASSERT_NE(plan, nullptr);
    QTableWidget *goals = plan->goalTable();
    ASSERT_EQ(goals->rowCount(), 6);
    EXPECT_LE(goals->rowViewportPosition(5) + goals->rowHeight(5), goals->viewport()->height())
        << "the sixth goal is scrolled out of sight";
    // The approvals keep their lines in sight too.
    QTableWidget *approvals = plan->approvalTable();
    ASSERT_EQ(approvals->rowCount(), 2);
    EXPECT_LE(approvals->rowViewportPosition(1) + approvals->rowHeight(1),
              approvals->viewport()->height());
    editor.close();
}

} // namespace sr::test
