// Widget tests of the case editor's Plan tab (offscreen, real database): a worker adds goals
// in a dialog that keeps what was typed when refused, submits the plan and requests the
// closure; a manager approves both from their own editor, and the approved closure shows in
// the reloaded case.
#include "ui/case/PlanPanel.h"

#include "../WidgetInput.h"
#include "messages/Translators.h"
#include "services/AppContext.h"
#include "services/CaseService.h"
#include "services/ReferenceService.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"
#include "ui/case/CaseEditor.h"
#include "ui/case/CaseFields.h"
#include "ui/case/ReceptionForm.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace sr::test {
namespace {

using ui::CaseEditor;
using ui::PlanPanel;

class PlanPanelTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { messages::installTranslators(QStringLiteral("en")); }

    void SetUp() override
    {
        m_worker = account(QStringLiteral("lan"), domain::Role::SocialWorker);
        m_manager = account(QStringLiteral("minh"), domain::Role::Manager);
        services::NewCase c;
        c.person.fullName = QStringLiteral("Đặng Thị Hằng");
        c.person.sex = domain::Sex::Female;
        c.person.birthDate = domain::PartialDate::fromYear(1998);
        c.reception.receptionDate = QDate(2026, 5, 2);
        c.reception.agencyCode = QStringLiteral("ctxh_qn");
        c.reception.countryCode = QStringLiteral("CN");
        const auto saved = services::CaseService(m_db.db()).saveNewCase(m_worker, c);
        ASSERT_TRUE(saved.ok());
        m_personId = saved->person.meta.id;
    }

    void TearDown() override { PlanPanel::setDialogHook(nullptr); }

    domain::Actor account(const QString &name, domain::Role role)
    {
        domain::UserAccount user;
        user.userName = name;
        user.displayName = name;
        user.role = role;
        user.passwordHash = QStringLiteral("$argon2id$test");
        const auto inserted =
            storage::UserRepository(m_db.db()).insert(user, QStringLiteral("test"));
        EXPECT_TRUE(inserted.ok());
        return inserted ? inserted->actor() : domain::Actor{};
    }

    std::unique_ptr<CaseEditor> openEditor(services::AppContext &context)
    {
        auto editor = std::make_unique<CaseEditor>(context);
        EXPECT_TRUE(editor->openCase(m_personId));
        editor->show();
        editor->showSection(CaseEditor::Section::Plan);
        return editor;
    }

    /** Runs @a fill on the next dialog of type @a D the panel opens. */
    template<typename D>
    void onDialog(std::function<void(D &)> fill)
    {
        PlanPanel::setDialogHook([fill](QDialog *dialog) {
            auto *typed = qobject_cast<D *>(dialog);
            ASSERT_NE(typed, nullptr);
            fill(*typed);
        });
    }

    FixedClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(3, 0), Qt::UTC)};
    TempDatabase m_db;
    domain::Actor m_worker;
    domain::Actor m_manager;
    qint64 m_personId = 0;
};

TEST_F(PlanPanelTest, PlanTabFollowsTheFollowUpsTab)
{
    services::AppContext context(m_db.db(), m_worker);
    auto editor = openEditor(context);
    EXPECT_EQ(editor->tabs()->tabText(int(CaseEditor::Section::Plan)), QStringLiteral("&5 · Plan"));
    EXPECT_EQ(editor->tabs()->currentIndex(), int(CaseEditor::Section::Plan));
    PlanPanel *panel = editor->planPanel();
    EXPECT_EQ(panel->stateLabel()->text(), PlanPanel::stateText(services::PlanState::None));
    EXPECT_FALSE(panel->submitButton()->isEnabled());         // no goal yet
    EXPECT_FALSE(panel->approveButton()->isVisibleTo(panel)); // a worker does not decide
}

TEST_F(PlanPanelTest, GoalDialogKeepsWhatWasTypedWhenRefused)
{
    services::AppContext context(m_db.db(), m_worker);
    auto editor = openEditor(context);
    PlanPanel *panel = editor->planPanel();
    bool refusedKept = false;
    onDialog<ui::GoalDialog>([&](ui::GoalDialog &dialog) {
        choose(dialog.areaCombo(), QStringLiteral("family"));
        typeText(dialog.targetDateEdit(), QStringLiteral("01/04/2026")); // before the reception
        typeText(dialog.actionsEdit(), QStringLiteral("Gặp gia đình"));
        dialog.accept();
        // Refused: goal required, target date before the reception; nothing typed is lost.
        refusedKept =
            dialog.result() != QDialog::Accepted
            && ui::CaseFields::isMarkedInvalid(dialog.goalEdit())
            && ui::CaseFields::isMarkedInvalid(dialog.targetDateEdit())
            && dialog.targetDateEdit()->text() == QStringLiteral("01/04/2026")
            && dialog.actionsEdit()->toPlainText() == QStringLiteral("Gặp gia đình")
            && dialog.areaCombo()->currentData().toString() == QStringLiteral("family")
            && dialog.errorLabel()->text().contains(QStringLiteral("before the reception"));
        // A date that cannot be read is named as such, not as missing.
        dialog.targetDateEdit()->setText(QStringLiteral("31/02/2027"));
        typeText(dialog.goalEdit(), QStringLiteral("Hòa nhập gia đình"));
        dialog.accept();
        refusedKept = refusedKept && dialog.result() != QDialog::Accepted
                      && dialog.errorLabel()->text().contains(QStringLiteral("not a valid date"));
        dialog.targetDateEdit()->setText(QStringLiteral("31/12/2026"));
        dialog.accept();
    });
    QTest::mouseClick(panel->addButton(), Qt::LeftButton);
    EXPECT_TRUE(refusedKept);
    ASSERT_EQ(panel->goalTable()->rowCount(), 1);
    EXPECT_EQ(panel->goalTable()->item(0, 1)->text(), QStringLiteral("Hòa nhập gia đình"));
    EXPECT_EQ(panel->goalTable()->item(0, 3)->text(), QStringLiteral("31/12/2026"));
    EXPECT_EQ(panel->stateLabel()->text(), PlanPanel::stateText(services::PlanState::Draft));
}

TEST_F(PlanPanelTest, WorkerSubmitsAndManagerApprovesPlanAndClosure)
{
    services::AppContext workerContext(m_db.db(), m_worker);
    auto workerEditor = openEditor(workerContext);
    PlanPanel *panel = workerEditor->planPanel();
    onDialog<ui::GoalDialog>([](ui::GoalDialog &dialog) {
        choose(dialog.areaCombo(), QStringLiteral("vocational"));
        typeText(dialog.goalEdit(), QStringLiteral("Học nghề may"));
        typeText(dialog.targetDateEdit(), QStringLiteral("30/06/2027"));
        dialog.accept();
    });
    QTest::mouseClick(panel->addButton(), Qt::LeftButton);
    ASSERT_EQ(panel->goalTable()->rowCount(), 1);
    // A colleague has the case open too, read before the request below.
    services::AppContext colleagueContext(
        m_db.db(), account(QStringLiteral("hoa"), domain::Role::SocialWorker));
    auto colleagueEditor = openEditor(colleagueContext);

    onDialog<ui::ApprovalDialog>([](ui::ApprovalDialog &dialog) {
        typeText(dialog.textEdit(), QStringLiteral("Xin duyệt"));
        dialog.okButton()->click();
    });
    ASSERT_TRUE(panel->submitButton()->isEnabled());
    QTest::mouseClick(panel->submitButton(), Qt::LeftButton);
    EXPECT_EQ(panel->stateLabel()->text(), PlanPanel::stateText(services::PlanState::Submitted));
    ASSERT_EQ(panel->approvalTable()->rowCount(), 1);
    EXPECT_TRUE(panel->withdrawButton()->isEnabled()); // their own pending request

    // One plan request waits at a time: submitting again waits for the decision.
    EXPECT_FALSE(panel->submitButton()->isEnabled());
    // The colleague's window still offers it; the refusal keeps what they typed.
    bool duplicateShown = false;
    onDialog<ui::ApprovalDialog>([&](ui::ApprovalDialog &dialog) {
        typeText(dialog.textEdit(), QStringLiteral("Lần hai"));
        dialog.okButton()->click();
        duplicateShown = dialog.result() != QDialog::Accepted
                         && dialog.errorLabel()->text().contains(QStringLiteral("already waiting"))
                         && dialog.textEdit()->toPlainText() == QStringLiteral("Lần hai");
        dialog.reject();
    });
    ui::PlanPanel *colleaguePanel = colleagueEditor->planPanel();
    ASSERT_TRUE(colleaguePanel->submitButton()->isEnabled());
    QTest::mouseClick(colleaguePanel->submitButton(), Qt::LeftButton);
    EXPECT_TRUE(duplicateShown);

    onDialog<ui::ApprovalDialog>([](ui::ApprovalDialog &dialog) {
        ASSERT_NE(dialog.outcomeCombo(), nullptr);
        choose(dialog.outcomeCombo(), QStringLiteral("returned_home"));
        dialog.closedDateEdit()->setText(QStringLiteral("19/11/2026"));
        dialog.okButton()->click();
    });
    QTest::mouseClick(panel->closureButton(), Qt::LeftButton);
    ASSERT_EQ(panel->approvalTable()->rowCount(), 2);

    // The manager approves the plan, then the closure, from their own editor.
    services::AppContext managerContext(m_db.db(), m_manager);
    auto managerEditor = openEditor(managerContext);
    PlanPanel *managerPanel = managerEditor->planPanel();
    ASSERT_EQ(managerPanel->approvalTable()->rowCount(), 2);
    EXPECT_TRUE(managerPanel->approveButton()->isVisibleTo(managerPanel));
    onDialog<ui::ApprovalDialog>([](ui::ApprovalDialog &dialog) {
        typeText(dialog.textEdit(), QStringLiteral("Đồng ý"));
        dialog.okButton()->click();
    });
    managerPanel->approvalTable()->setCurrentCell(1, 0); // the plan (oldest, below)
    ASSERT_TRUE(managerPanel->approveButton()->isEnabled());
    QTest::mouseClick(managerPanel->approveButton(), Qt::LeftButton);
    EXPECT_EQ(managerPanel->stateLabel()->text(),
              PlanPanel::stateText(services::PlanState::Approved));

    managerPanel->approvalTable()->setCurrentCell(0, 0); // the closure (newest, on top)
    QTest::mouseClick(managerPanel->approveButton(), Qt::LeftButton);
    // The editor reloaded: the reception shows closed with the outcome asked for.
    const services::CaseRecord &record = managerEditor->record();
    ASSERT_EQ(record.receptions.size(), 1);
    EXPECT_EQ(record.receptions.first().reception.caseStatus, domain::CaseStatus::Closed);
    EXPECT_EQ(record.receptions.first().reception.closedDate, QDate(2026, 11, 19));
    EXPECT_EQ(child<QComboBox>(*managerEditor, "caseStatusCombo")->currentData().toString(),
              QStringLiteral("closed"));
    EXPECT_FALSE(managerPanel->closureButton()->isEnabled()); // closed: nothing to request
}

TEST_F(PlanPanelTest, DirectClosingByAWorkerIsMarkedWhenApprovalsAreRequired)
{
    domain::Actor admin = account(QStringLiteral("admin"), domain::Role::Administrator);
    domain::CaseWorkSettings settings;
    settings.approvalsRequired = true;
    ASSERT_TRUE(services::ReferenceService(m_db.db()).saveCaseWorkSettings(admin, settings).ok());

    services::AppContext context(m_db.db(), m_worker);
    auto editor = openEditor(context);
    editor->showSection(CaseEditor::Section::Reception);
    choose(child<QComboBox>(*editor, "caseStatusCombo"), QStringLiteral("closed"));
    choose(child<QComboBox>(*editor, "outcomeCombo"), QStringLiteral("returned_home"));
    auto *closed = child<QLineEdit>(*editor, "closedDateEdit");
    closed->setText(QStringLiteral("19/11/2026"));
    EXPECT_FALSE(editor->save());
    EXPECT_TRUE(ui::CaseFields::isMarkedInvalid(child<QComboBox>(*editor, "caseStatusCombo")));
    EXPECT_TRUE(editor->messageText().contains(QStringLiteral("Request closure")))
        << editor->messageText().toStdString();
    // What the worker chose stays.
    EXPECT_EQ(child<QComboBox>(*editor, "outcomeCombo")->currentData().toString(),
              QStringLiteral("returned_home"));
    // Leave no draft behind (the draft folder is shared with tests running in parallel).
    editor->reload();
    EXPECT_FALSE(editor->isDirty());
}

} // namespace
} // namespace sr::test
