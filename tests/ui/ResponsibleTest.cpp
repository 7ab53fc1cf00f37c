// The responsible worker in the desktop (docs/case-work.md): the case list's Responsible
// column and filter with caseloads, "My cases" in one click (toolbar, Ctrl+M), and the case
// editor's bar and reassign dialog, which keeps what was typed when the change is refused.
#include "messages/ErrorMessages.h"
#include "messages/Translators.h"
#include "services/AppContext.h"
#include "services/CaseWorkTeams.h"
#include "services/ReferenceService.h"
#include "storage/CaseAssignmentRepository.h"
#include "ui/CaseListModel.h"
#include "ui/MainWindow.h"
#include "ui/admin/CaseWorkSettingsPage.h"
#include "ui/case/ResponsibleBar.h"
#include "ui/case/ResponsibleDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

using ui::CaseListModel;
using ui::MainWindow;

class ResponsibleTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { messages::installTranslators(QStringLiteral("en")); }

    CaseWorkTeams f;

    static QStringList items(QComboBox *combo)
    {
        QStringList texts;
        for (int i = 0; i < combo->count(); ++i)
            texts << combo->itemText(i);
        return texts;
    }

    static QSet<qint64> listed(const CaseListModel &model)
    {
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.personIdAt(row));
        return ids;
    }
};

TEST_F(ResponsibleTest, TheFilterOffersMyCasesUnassignedAndEachWorkersCaseload)
{
    services::AppContext context(f.db.db(), f.workerA);
    MainWindow window(context);
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("responsibleComboBox"));
    ASSERT_NE(combo, nullptr);
    const QStringList texts = items(combo);
    ASSERT_GE(texts.size(), 4);
    EXPECT_EQ(texts.at(0), QStringLiteral("All"));
    EXPECT_EQ(texts.at(1), QStringLiteral("My cases"));
    EXPECT_EQ(texts.at(2), QStringLiteral("Unassigned (0)"));
    EXPECT_TRUE(texts.contains(QStringLiteral("Cán bộ lan (1)"))) << texts.join(u'|').toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("Cán bộ binh (1)")));
    EXPECT_FALSE(texts.contains(QStringLiteral("Cán bộ xem (0)")));  // a viewer
    EXPECT_FALSE(texts.contains(QStringLiteral("Cán bộ nghi (0)"))); // disabled

    CaseListModel *model = window.caseListModel();
    EXPECT_EQ(listed(*model), (QSet<qint64>{f.caseA, f.caseB, f.caseAdmin}));
    combo->setCurrentIndex(combo->findText(QStringLiteral("Cán bộ binh (1)")));
    EXPECT_EQ(listed(*model), (QSet<qint64>{f.caseB}));

    // The column names the worker.
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->headerData(CaseListModel::ResponsibleColumn, Qt::Horizontal).toString(),
              QStringLiteral("Responsible"));
    EXPECT_EQ(model->data(model->index(0, CaseListModel::ResponsibleColumn)).toString(),
              QStringLiteral("Cán bộ binh"));
}

TEST_F(ResponsibleTest, MyCasesIsOneClickAndCtrlM)
{
    services::AppContext context(f.db.db(), f.workerA);
    MainWindow window(context);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(QStringLiteral("myCasesAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_M));
    CaseListModel *model = window.caseListModel();
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("responsibleComboBox"));
    // The button sits in the case list's filter row, beside the Responsible filter.
    auto *button = window.findChild<QToolButton *>(QStringLiteral("myCasesButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_EQ(button->defaultAction(), action);
    EXPECT_EQ(button->parentWidget(), combo->parentWidget());

    // From the start page, the shortcut shows the case list.
    ASSERT_EQ(window.currentPart(), MainWindow::Part::MyWork);
    QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
    EXPECT_EQ(window.currentPart(), MainWindow::Part::Cases);
    EXPECT_EQ(listed(*model), (QSet<qint64>{f.caseA}));
    action->trigger();

    action->trigger();
    EXPECT_EQ(listed(*model), (QSet<qint64>{f.caseA}));
    EXPECT_EQ(combo->currentText(), QStringLiteral("My cases"));
    EXPECT_TRUE(action->isChecked());
    action->trigger();
    EXPECT_EQ(listed(*model).size(), 3);
    EXPECT_FALSE(action->isChecked());

    QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
    EXPECT_EQ(listed(*model), (QSet<qint64>{f.caseA}));
    window.findChild<QPushButton *>(QStringLiteral("clearFiltersButton"))->click();
    EXPECT_EQ(listed(*model).size(), 3);
    EXPECT_FALSE(action->isChecked());
    EXPECT_EQ(combo->currentIndex(), 0);
}

TEST_F(ResponsibleTest, TheResponsibleColumnDoesNotSort)
{
    services::AppContext context(f.db.db(), f.admin);
    MainWindow window(context);
    CaseListModel *model = window.caseListModel();
    auto *table = window.findChild<QTableView *>(QStringLiteral("caseTableView"));
    const int before = model->sortColumn();
    table->horizontalHeader()->setSortIndicator(CaseListModel::ResponsibleColumn,
                                                Qt::AscendingOrder);
    EXPECT_EQ(model->sortColumn(), before);
    EXPECT_EQ(table->horizontalHeader()->sortIndicatorSection(), before);
}

TEST_F(ResponsibleTest, OnlyManagersAndAdministratorsMayChangeTheWorker)
{
    for (const auto &[actor, may] :
         {std::pair{f.workerA, false}, std::pair{f.managerA, true}, std::pair{f.admin, true}}) {
        services::AppContext context(f.db.db(), actor);
        ui::ResponsibleBar bar(context);
        bar.setPersonId(f.caseA);
        EXPECT_EQ(bar.label()->text(), QStringLiteral("Responsible: Cán bộ lan"));
        EXPECT_EQ(bar.changeButton()->isVisibleTo(&bar), may) << actor.userName.toStdString();
    }
}

TEST_F(ResponsibleTest, TheDialogKeepsTheInputWhenRefusedThenChangesTheWorker)
{
    services::AppContext context(f.db.db(), f.managerA);
    ui::ResponsibleDialog dialog(context, f.caseA, f.workerA.userId);
    QComboBox *combo = dialog.workerCombo();
    EXPECT_EQ(combo->currentData().toLongLong(), f.workerA.userId);
    EXPECT_EQ(combo->itemText(0), QStringLiteral("Nobody (unassigned: 0)"));
    const int binh = combo->findData(f.workerB.userId);
    ASSERT_GT(binh, 0);
    EXPECT_EQ(combo->itemText(binh), QStringLiteral("Cán bộ binh (1)"));
    combo->setCurrentIndex(binh);

    // No reason: refused, the field is marked, the choice stays.
    dialog.reasonEdit()->setText(QStringLiteral("   "));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_FALSE(dialog.messageLabel()->text().isEmpty());
    EXPECT_TRUE(dialog.messageLabel()->text().contains(QStringLiteral("Reason")));
    EXPECT_EQ(combo->currentIndex(), binh);
    EXPECT_EQ(dialog.reasonEdit()->text(), QStringLiteral("   "));
    EXPECT_FALSE(dialog.reasonEdit()->toolTip().isEmpty());

    dialog.reasonEdit()->setText(QStringLiteral("Gần nhà gia đình hơn"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    auto current = storage::CaseAssignmentRepository(f.db.db()).responsibleOf(f.caseA);
    ASSERT_TRUE(current.ok());
    EXPECT_EQ(*current, f.workerB.userId);

    // The history shows the change, newest first.
    ui::ResponsibleDialog again(context, f.caseA, f.workerB.userId);
    ASSERT_EQ(again.historyTable()->rowCount(), 1);
    EXPECT_EQ(again.historyTable()->item(0, 1)->text(), QStringLiteral("Cán bộ binh"));
    EXPECT_EQ(again.historyTable()->item(0, 2)->text(), QStringLiteral("Cán bộ quanly"));
    EXPECT_EQ(again.historyTable()->item(0, 3)->text(), QStringLiteral("Gần nhà gia đình hơn"));
}

TEST_F(ResponsibleTest, ARefusedCaseSaysWhyInTheUsersLanguage)
{
    const QString text = messages::ErrorMessages::message(
        makeError(ErrorCode::PermissionDenied, QStringLiteral("case_access")));
    EXPECT_NE(text, messages::ErrorMessages::message(ErrorCode::PermissionDenied));
    EXPECT_TRUE(text.contains(QStringLiteral("another worker")));
}

TEST_F(ResponsibleTest, TheCaseWorkSettingsAreSavedByAnAdministrator)
{
    services::AppContext context(f.db.db(), f.admin);
    ui::CaseWorkSettingsPage page(context);
    EXPECT_FALSE(page.approvalsCheck()->isChecked());
    EXPECT_FALSE(page.recordAccessCheck()->isChecked());
    page.recordAccessCheck()->setChecked(true);
    ASSERT_TRUE(page.save());
    auto settings = context.references().caseWorkSettings();
    ASSERT_TRUE(settings.ok());
    EXPECT_TRUE(settings->recordLevelAccess);
    EXPECT_FALSE(settings->approvalsRequired);

    // A manager is refused and the ticks stay as they were left.
    services::AppContext managerContext(f.db.db(), f.managerA);
    ui::CaseWorkSettingsPage refused(managerContext);
    refused.approvalsCheck()->setChecked(true);
    EXPECT_FALSE(refused.save());
    EXPECT_TRUE(refused.approvalsCheck()->isChecked());
    EXPECT_FALSE(refused.messageLabel()->text().isEmpty());
}

} // namespace
} // namespace sr::test
