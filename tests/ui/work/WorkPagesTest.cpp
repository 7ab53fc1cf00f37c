// The worker's start page, the manager's overview and the case timeline in the desktop
// application (offscreen, real database): their item models (QAbstractItemModelTester), a
// line of the start page opening the case at its section, the status bar's counts after a task
// is done, and the overview's figures clicking through to the filtered case list.
#include "../WidgetInput.h"
#include "messages/Translators.h"
#include "services/AppContext.h"
#include "services/CaseService.h"
#include "services/WorkService.h"
#include "support/CaseWorkFixture.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"
#include "ui/MainWindow.h"
#include "ui/case/CaseEditor.h"
#include "ui/case/TimelinePanel.h"
#include "ui/work/OverviewPage.h"
#include "ui/work/StartPage.h"
#include "ui/work/WorkModels.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QComboBox>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

using namespace sr::domain;
using namespace sr::test::casework;
using ui::CaseEditor;
using ui::MainWindow;
using ui::StartPage;

QDateTime utc(int y, int m, int d, int h, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

class WorkPagesTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { messages::installTranslators(QStringLiteral("en")); }

    void SetUp() override
    {
        worker =
            addUser(m_db.db(), QStringLiteral("an"), Role::SocialWorker, QStringLiteral("Chị An"));
        manager = addUser(m_db.db(), QStringLiteral("minh"), Role::Manager);
        followUpCase =
            addCase(m_db.db(), worker, QStringLiteral("Nguyễn Thị Hằng"), QDate(2026, 1, 5));
        pendingCase = addCase(m_db.db(), worker, QStringLiteral("Lò Thị Mai"), QDate(2026, 3, 1));
    }

    void TearDown() override
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<CaseEditor *>(widget))
                widget->close();
        }
    }

    FixedClock m_clock{utc(2026, 3, 10, 3)};
    TempDatabase m_db;
    Actor worker;
    Actor manager;
    Case followUpCase;
    Case pendingCase;
};

CaseEditor *openEditor(MainWindow &window)
{
    const QList<CaseEditor *> editors = window.findChildren<CaseEditor *>();
    return editors.isEmpty() ? nullptr : editors.constLast();
}

} // namespace

TEST_F(WorkPagesTest, ModelsPassTheModelTester)
{
    addTask(m_db.db(),
            worker,
            followUpCase,
            QDate(2026, 3, 1),
            worker.userId,
            QStringLiteral("follow_up_1m"));
    addTask(m_db.db(), worker, pendingCase, QDate(2026, 3, 12), worker.userId);
    addApproval(m_db.db(), worker, pendingCase);
    services::AppContext context(m_db.db(), manager);

    ui::WorkItemModel items(QStringLiteral("Due"));
    QAbstractItemModelTester itemsTester(&items,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto page = context.work().startPage(worker);
    ASSERT_TRUE(page.ok());
    items.setItems(page->overdue + page->dueThisWeek);
    EXPECT_EQ(items.rowCount(), 2);
    EXPECT_EQ(items.data(items.index(0, ui::WorkItemModel::DateColumn)).toString(),
              QStringLiteral("01/03/2026"));
    EXPECT_EQ(items.data(items.index(0, ui::WorkItemModel::WhatColumn)).toString(),
              QStringLiteral("Follow-up contact 1 month after handover to the family"));
    EXPECT_EQ(items.data(items.index(1, ui::WorkItemModel::WhatColumn)).toString(),
              QStringLiteral("Gọi điện cho gia đình"));
    items.setItems({});
    EXPECT_EQ(items.rowCount(), 0);

    auto overview = context.work().overview(manager);
    ASSERT_TRUE(overview.ok());
    ui::OpenCasesModel open;
    QAbstractItemModelTester openTester(&open,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    open.setOverview(*overview);
    ASSERT_EQ(open.rowCount(), 6);
    ASSERT_EQ(open.columnCount(), 6);
    // Total of totals, and the pending row's first bucket (received 01/03: under a month).
    EXPECT_EQ(open.data(open.index(5, 5), Qt::UserRole).toLongLong(), 2);
    EXPECT_EQ(
        open.data(open.index(int(IdentificationStatus::Pending), 0), Qt::UserRole).toLongLong(), 1);
    const CaseListFilter cell = open.filterAt(open.index(int(IdentificationStatus::Pending), 0));
    EXPECT_EQ(cell.caseStatus, CaseStatus::Open);
    EXPECT_EQ(cell.identificationStatus, IdentificationStatus::Pending);
    EXPECT_EQ(cell.receivedFrom, QDate(2026, 2, 11));
    EXPECT_FALSE(cell.receivedTo.isValid());
    const CaseListFilter total = open.filterAt(open.index(5, 5));
    EXPECT_FALSE(total.identificationStatus.has_value());
    EXPECT_FALSE(total.receivedFrom.isValid());

    ui::OverdueByWorkerModel workers;
    QAbstractItemModelTester workersTester(&workers,
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    workers.setWorkers(overview->overdueByWorker, overview->today);
    ASSERT_EQ(workers.rowCount(), 1);
    EXPECT_EQ(workers.data(workers.index(0, 0)).toString(), QStringLiteral("Chị An"));
    const CaseListFilter byWorker = workers.filterAt(0);
    EXPECT_EQ(byWorker.responsibleUserId, worker.userId);
    EXPECT_EQ(byWorker.taskDueBefore, QDate(2026, 3, 10));

    ui::TimelineModel timeline;
    QAbstractItemModelTester timelineTester(&timeline,
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto entries = context.work().timeline(worker, followUpCase.personId);
    ASSERT_TRUE(entries.ok());
    timeline.setEntries(*entries);
    ASSERT_GE(timeline.rowCount(), 2);
    EXPECT_EQ(timeline.data(timeline.index(timeline.rowCount() - 1, ui::TimelineModel::WhenColumn))
                  .toString(),
              QStringLiteral("05/01/2026"));
    EXPECT_EQ(timeline.data(timeline.index(0, ui::TimelineModel::WhatColumn)).toString(),
              QStringLiteral("Task made: Follow-up contact 1 month after handover to the family"));
}

TEST_F(WorkPagesTest, AWorkerSeesTheirWorkFirstAndEnterOpensTheCaseAtItsSection)
{
    addTask(m_db.db(),
            worker,
            followUpCase,
            QDate(2026, 3, 1),
            worker.userId,
            QStringLiteral("follow_up_1m"));
    addTask(m_db.db(),
            worker,
            pendingCase,
            QDate(2026, 3, 2),
            worker.userId,
            QStringLiteral("identification_decision"));
    services::AppContext context(m_db.db(), worker);
    MainWindow window(context);
    EXPECT_EQ(window.currentPart(), MainWindow::Part::MyWork);
    EXPECT_EQ(window.overviewPage(), nullptr); // a social worker has no overview
    StartPage *page = window.startPage();
    ASSERT_NE(page, nullptr);
    EXPECT_FALSE(page->findChild<QGroupBox *>(QStringLiteral("approvalsBox"))->isVisibleTo(page));
    EXPECT_TRUE(page->emptyText(StartPage::List::Overdue).isEmpty());
    EXPECT_FALSE(page->emptyText(StartPage::List::ThisWeek).isEmpty());
    EXPECT_FALSE(page->emptyText(StartPage::List::Assigned).isEmpty());

    // The keyboard starts on the first overdue line: Enter opens it.
    QTableView *overdue = page->view(StartPage::List::Overdue);
    EXPECT_EQ(overdue->currentIndex().row(), 0);
    QTest::keyClick(overdue, Qt::Key_Return);
    CaseEditor *editor = openEditor(window);
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->personId(), followUpCase.personId);
    EXPECT_EQ(editor->currentSection(), CaseEditor::Section::FollowUps);
    editor->close();

    overdue->setCurrentIndex(overdue->model()->index(1, 0));
    QTest::keyClick(overdue, Qt::Key_Enter);
    editor = openEditor(window);
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->personId(), pendingCase.personId);
    EXPECT_EQ(editor->currentSection(), CaseEditor::Section::Reception);
    editor->close();

    // Ctrl+2 shows the case list, Ctrl+1 the work again; Ctrl+3 is not offered.
    window.findChild<QAction *>(QStringLiteral("casesAction"))->trigger();
    EXPECT_EQ(window.currentPart(), MainWindow::Part::Cases);
    window.findChild<QAction *>(QStringLiteral("myWorkAction"))->trigger();
    EXPECT_EQ(window.currentPart(), MainWindow::Part::MyWork);
    EXPECT_FALSE(window.findChild<QAction *>(QStringLiteral("overviewAction"))->isEnabled());
}

TEST_F(WorkPagesTest, RecordingTheFollowUpFromTheStartPageTakesItsTaskAway)
{
    // A case the worker handed over to the family on 20/01/2026: the rules made its follow-up
    // at one month, due 20/02/2026, overdue on 10/03/2026 (docs/case-work.md).
    services::NewCase handedOver;
    handedOver.person.fullName = QStringLiteral("Hoàng Thị Nga");
    handedOver.person.sex = Sex::Female;
    handedOver.person.birthDate = PartialDate::fromYear(2001);
    handedOver.person.ethnicity = QStringLiteral("01");
    handedOver.person.residenceProvince = QStringLiteral("22");
    handedOver.reception.receptionDate = QDate(2026, 1, 10);
    handedOver.reception.agencyCode = QStringLiteral("ctxh_qn");
    handedOver.reception.countryCode = QStringLiteral("CN");
    handedOver.reception.route = Route::SelfReported;
    handedOver.reception.exploitation = {ExploitationForm::ForcedMarriage};
    handedOver.reception.identificationStatus = IdentificationStatus::ConfirmedVictim;
    handedOver.reception.identificationAgencyCode = QStringLiteral("ctxh_qn");
    handedOver.reception.identificationDate = QDate(2026, 1, 12);
    handedOver.reception.caseStatus = CaseStatus::Closed;
    handedOver.reception.outcome = CaseOutcome::HandedOverToFamily;
    handedOver.reception.closedDate = QDate(2026, 1, 20);
    auto saved = services::CaseService(m_db.db()).saveNewCase(worker, handedOver);
    ASSERT_TRUE(saved.ok()) << saved.error().detail.toStdString();

    services::AppContext context(m_db.db(), worker);
    MainWindow window(context);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    StartPage *page = window.startPage();
    ASSERT_NE(page, nullptr);
    QTableView *overdue = page->view(StartPage::List::Overdue);
    ASSERT_EQ(overdue->model()->rowCount(), 1);
    EXPECT_EQ(window.workCountText(), QStringLiteral("1 overdue · 0 this week"));

    // Enter opens the case at its follow-ups; a follow-up recorded and saved there completes
    // the task, and the start page and the status bar follow.
    overdue->setCurrentIndex(overdue->model()->index(0, 0));
    QTest::keyClick(overdue, Qt::Key_Return);
    CaseEditor *editor = openEditor(window);
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->currentSection(), CaseEditor::Section::FollowUps);
    QTest::mouseClick(child<QPushButton>(*editor, "addFollowUpButton"), Qt::LeftButton);
    choose(child<QComboBox>(*editor, "followUpKindCombo"), QStringLiteral("home_visit"));
    choose(child<QComboBox>(*editor, "healthCombo"), QStringLiteral("stable"));
    ASSERT_TRUE(editor->save()) << editor->messageText().toStdString();
    EXPECT_EQ(overdue->model()->rowCount(), 0);
    EXPECT_EQ(window.workCountText(), QStringLiteral("0 overdue · 0 this week"));
    QSqlQuery done(m_db.db().connection());
    ASSERT_TRUE(done.exec(QStringLiteral(
        "SELECT count(*) FROM task WHERE rule_code = 'follow_up_1m' AND status = 'done'")));
    ASSERT_TRUE(done.next());
    EXPECT_EQ(done.value(0).toLongLong(), 1);
}

TEST_F(WorkPagesTest, AnAssignmentOpensThePersonAndAnApprovalOpensThePlan)
{
    assign(m_db.db(), manager, pendingCase, manager.userId);
    const Actor other = addUser(m_db.db(), QStringLiteral("binh"), Role::SocialWorker);
    addApproval(m_db.db(), other, followUpCase);
    services::AppContext context(m_db.db(), manager);
    MainWindow window(context);
    StartPage *page = window.startPage();
    EXPECT_TRUE(page->findChild<QGroupBox *>(QStringLiteral("approvalsBox"))->isVisibleTo(page));
    ASSERT_EQ(page->model(StartPage::List::Assigned)->rowCount(), 1);
    ASSERT_EQ(page->model(StartPage::List::Approvals)->rowCount(), 1);

    QList<std::tuple<qint64, qint64, CaseSection>> requests;
    QObject::connect(page,
                     &StartPage::openCaseRequested,
                     page,
                     [&](qint64 person, qint64 reception, CaseSection section) {
                         requests.append({person, reception, section});
                     });
    page->openItem(StartPage::List::Assigned, 0);
    page->openItem(StartPage::List::Approvals, 0);
    ASSERT_EQ(requests.size(), 2);
    EXPECT_EQ(requests.at(0),
              std::tuple(pendingCase.personId, pendingCase.receptionId, CaseSection::Person));
    EXPECT_EQ(requests.at(1),
              std::tuple(followUpCase.personId, followUpCase.receptionId, CaseSection::Plan));
    // Each case's editor shows its section: the assignment the person, the approval the plan.
    QHash<qint64, CaseEditor::Section> shown;
    for (CaseEditor *editor : window.findChildren<CaseEditor *>())
        shown.insert(editor->personId(), editor->currentSection());
    EXPECT_EQ(shown.value(pendingCase.personId, CaseEditor::Section::Timeline),
              CaseEditor::Section::Person);
    EXPECT_EQ(shown.value(followUpCase.personId, CaseEditor::Section::Timeline),
              CaseEditor::Section::Plan);
}

TEST_F(WorkPagesTest, StatusBarCountsFollowTheTasks)
{
    const Task late = addTask(m_db.db(), worker, followUpCase, QDate(2026, 3, 1), worker.userId);
    addTask(m_db.db(), worker, followUpCase, QDate(2026, 3, 16), worker.userId);
    services::AppContext context(m_db.db(), worker);
    MainWindow window(context);
    EXPECT_EQ(window.workCountText(), QStringLiteral("1 overdue · 1 this week"));

    completeTask(m_db.db(), worker, late, QDate(2026, 3, 10)); // commits: the notice follows
    EXPECT_EQ(window.workCountText(), QStringLiteral("0 overdue · 1 this week"));
    EXPECT_EQ(window.startPage()->model(StartPage::List::Overdue)->rowCount(), 0);
    EXPECT_EQ(window.startPage()->emptyText(StartPage::List::Overdue),
              QStringLiteral("Nothing is overdue."));

    addTask(m_db.db(), worker, pendingCase, QDate(2026, 3, 9), worker.userId);
    EXPECT_EQ(window.workCountText(), QStringLiteral("1 overdue · 1 this week"));
}

TEST_F(WorkPagesTest, AManagersStatusBarCountsTheRequestsWaiting)
{
    services::AppContext context(m_db.db(), manager);
    MainWindow window(context);
    EXPECT_EQ(window.workCountText(), QStringLiteral("0 overdue · 0 this week"));
    addApproval(m_db.db(), worker, followUpCase); // commits: the notice follows
    EXPECT_EQ(window.workCountText(), QStringLiteral("0 overdue · 0 this week · 1 to approve"));
}

TEST_F(WorkPagesTest, OverviewFiguresClickThroughToTheFilteredList)
{
    addTask(m_db.db(), worker, followUpCase, QDate(2026, 3, 1), worker.userId);
    addGoal(m_db.db(), worker, followUpCase);
    services::AppContext context(m_db.db(), manager);
    MainWindow window(context);
    ui::OverviewPage *overview = window.overviewPage();
    ASSERT_NE(overview, nullptr);
    window.findChild<QAction *>(QStringLiteral("overviewAction"))->trigger();
    EXPECT_EQ(window.currentPart(), MainWindow::Part::Overview);
    EXPECT_EQ(overview->data().openCases, 2);
    EXPECT_EQ(overview->data().withoutPlan, 1);

    QList<CaseListFilter> shown;
    QObject::connect(overview,
                     &ui::OverviewPage::showCases,
                     overview,
                     [&](const CaseListFilter &filter) { shown.append(filter); });

    overview->withoutPlanButton()->click();
    EXPECT_EQ(window.currentPart(), MainWindow::Part::Cases);
    ASSERT_EQ(shown.size(), 1);
    EXPECT_TRUE(shown.at(0).withoutPlan);
    EXPECT_EQ(shown.at(0).caseStatus, CaseStatus::Open);
    CaseListFilter applied = window.caseListFilter();
    EXPECT_TRUE(applied.withoutPlan);
    EXPECT_EQ(applied.caseStatus, CaseStatus::Open);
    auto *notice = window.findChild<QLabel *>(QStringLiteral("workFilterLabel"));
    EXPECT_TRUE(notice->isVisibleTo(&window));
    EXPECT_TRUE(notice->text().contains(QStringLiteral("without a support plan")));

    overview->pendingButton()->click();
    ASSERT_EQ(shown.size(), 2);
    EXPECT_EQ(shown.at(1).identificationStatus, IdentificationStatus::Pending);
    applied = window.caseListFilter();
    EXPECT_FALSE(applied.withoutPlan); // a new click-through replaces the last one
    EXPECT_EQ(applied.identificationStatus, IdentificationStatus::Pending);
    EXPECT_FALSE(notice->isVisibleTo(&window));

    // A bar of the age chart: open cases received 1–3 months ago.
    overview->showAgeBucket(int(CaseAgeBucket::OneToThreeMonths));
    ASSERT_EQ(shown.size(), 3);
    EXPECT_EQ(shown.at(2).receivedFrom, QDate(2025, 12, 11));
    EXPECT_EQ(shown.at(2).receivedTo, QDate(2026, 2, 10));
    applied = window.caseListFilter();
    EXPECT_EQ(applied.receivedFrom, QDate(2025, 12, 11));
    EXPECT_EQ(applied.receivedTo, QDate(2026, 2, 10));

    // A worker's overdue work, from the table (Enter).
    QTableView *workers = overview->overdueView();
    workers->setCurrentIndex(workers->model()->index(0, 0));
    QTest::keyClick(workers, Qt::Key_Return);
    ASSERT_EQ(shown.size(), 4);
    applied = window.caseListFilter();
    EXPECT_EQ(applied.responsibleUserId, worker.userId);
    EXPECT_EQ(applied.taskDueBefore, QDate(2026, 3, 10));
    EXPECT_TRUE(notice->text().contains(QStringLiteral("Chị An")));

    // Clearing the filters drops the case-work parts too.
    window.findChild<QPushButton *>(QStringLiteral("clearFiltersButton"))->click();
    applied = window.caseListFilter();
    EXPECT_FALSE(applied.responsibleUserId.has_value());
    EXPECT_FALSE(applied.taskDueBefore.isValid());
    EXPECT_FALSE(notice->isVisibleTo(&window));
}

TEST_F(WorkPagesTest, TheTimelineTabShowsTheCaseNewestFirst)
{
    addTask(m_db.db(), worker, followUpCase, QDate(2026, 3, 1), worker.userId);
    services::AppContext context(m_db.db(), worker);
    MainWindow window(context);
    m_clock.advanceSecs(60);
    CaseEditor *editor = window.openCaseAt(followUpCase.personId, 0, CaseSection::Timeline);
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->currentSection(), CaseEditor::Section::Timeline);
    EXPECT_EQ(editor->tabs()->tabText(editor->tabs()->currentIndex()),
              QStringLiteral("&7 · Timeline"));
    const ui::TimelineModel *model = editor->timelinePanel()->model();
    ASSERT_GE(model->rowCount(), 3);
    // Opening the case is its newest line; the reception its oldest.
    EXPECT_EQ(model->entry(0).kind, TimelineKind::Opened);
    EXPECT_EQ(model->entry(0).who, QStringLiteral("Chị An"));
    EXPECT_EQ(model->entry(model->rowCount() - 1).kind, TimelineKind::Reception);
    // Every section has its tab, found by its page whatever its position.
    editor->showSection(CaseEditor::Section::Tasks);
    EXPECT_EQ(editor->currentSection(), CaseEditor::Section::Tasks);
    EXPECT_EQ(editor->tabs()->tabText(editor->tabs()->currentIndex()),
              QStringLiteral("&6 · Tasks"));
}

} // namespace sr::test
