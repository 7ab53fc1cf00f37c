// Printing from the case editor (docs/report-layout.md, "Case documents"): "Print case file…"
// is Ctrl+P and is enabled only for a stored case of a user who may print; the preview opens
// on the screen, and the print is audited when the user printed, not when the preview was
// cancelled.
#include "messages/Translators.h"
#include "services/AppContext.h"
#include "services/CaseWorkTeams.h"
#include "services/ServiceTestSupport.h"
#include "support/TempDatabase.h"
#include "ui/admin/AuditViewer.h"
#include "ui/case/CaseEditor.h"
#include "ui/case/CasePrinting.h"

#include <QAction>
#include <QApplication>
#include <QJsonObject>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QScreen>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

namespace sr::test {
namespace {

class CasePrintTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { messages::installTranslators(QStringLiteral("en")); }

    CaseWorkTeams f;

    qint64 printRows()
    {
        return countRows(
            f.db.db(), QStringLiteral("audit_log"), QStringLiteral("action = 'print'"));
    }

    /** Runs @a withDialog on the preview once it is open. */
    static void whenPreviewOpens(const std::function<void(QPrintPreviewDialog *)> &withDialog)
    {
        QTimer::singleShot(0, [withDialog] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<QPrintPreviewDialog *>(w);
                    dialog && dialog->isVisible()
                    && dialog->objectName() == ui::CasePrinting::previewObjectName()) {
                    withDialog(dialog);
                    return;
                }
            }
            ADD_FAILURE() << "no print preview opened";
        });
    }
};

TEST_F(CasePrintTest, PrintCaseFileIsCtrlPAndOnlyForAStoredCase)
{
    services::AppContext context(f.db.db(), f.workerA);
    ui::CaseEditor fresh(context);
    fresh.newCase();
    auto *action = fresh.findChild<QAction *>(QStringLiteral("printCaseAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(QKeySequence::Print));
    EXPECT_FALSE(action->isEnabled());
    EXPECT_FALSE(fresh.printButton()->isEnabled());

    ui::CaseEditor editor(context);
    ASSERT_TRUE(editor.openCase(f.caseA));
    EXPECT_TRUE(editor.findChild<QAction *>(QStringLiteral("printCaseAction"))->isEnabled());
    EXPECT_TRUE(editor.findChild<QAction *>(QStringLiteral("printMinutesAction"))->isEnabled());
    EXPECT_TRUE(editor.findChild<QAction *>(QStringLiteral("printReceiptsAction"))->isEnabled());
    EXPECT_TRUE(editor.printButton()->isEnabled());
    EXPECT_EQ(editor.printButton()->text(), QStringLiteral("Print (Ctrl+P)"));
}

TEST_F(CasePrintTest, ThePrintIsAuditedWhenPrintedNotWhenThePreviewIsCancelled)
{
    services::AppContext context(f.db.db(), f.workerA);
    ui::CaseEditor editor(context);
    ASSERT_TRUE(editor.openCase(f.caseA));
    editor.show();
    auto *action = editor.findChild<QAction *>(QStringLiteral("printCaseAction"));
    ASSERT_NE(action, nullptr);

    QSize previewSize;
    whenPreviewOpens([&](QPrintPreviewDialog *dialog) {
        previewSize = dialog->frameGeometry().size();
        dialog->reject();
    });
    action->trigger();
    EXPECT_EQ(printRows(), 0);
    // The preview fits a 1366×768 screen with a taskbar.
    EXPECT_LE(previewSize.width(), 1366);
    EXPECT_LE(previewSize.height(), 768);

    whenPreviewOpens([](QPrintPreviewDialog *dialog) { dialog->accept(); });
    editor.findChild<QAction *>(QStringLiteral("printMinutesAction"))->trigger();
    EXPECT_EQ(printRows(), 1);
    EXPECT_EQ(countRows(f.db.db(),
                        QStringLiteral("audit_log"),
                        QStringLiteral("action = 'print' AND entity = 'person' AND entity_id = %1"
                                       " AND changes LIKE '%reception_minutes%'")
                            .arg(f.caseA)),
              1);
    EXPECT_TRUE(editor.messageText().isEmpty()) << editor.messageText().toStdString();
}

TEST_F(CasePrintTest, ARefusedPrintIsShownAndNotAudited)
{
    // Record-level access turned on while the editor is open: the print is refused.
    services::AppContext context(f.db.db(), f.workerA);
    ui::CaseEditor editor(context);
    ASSERT_TRUE(editor.openCase(f.caseA));
    f.setRecordLevelAccess(true);
    ASSERT_TRUE(services::AssignmentService(f.db.db())
                    .assign(f.admin, f.caseA, f.workerB.userId, QStringLiteral("cover"))
                    .ok());
    editor.findChild<QAction *>(QStringLiteral("printCaseAction"))->trigger();
    EXPECT_FALSE(editor.messageText().isEmpty());
    EXPECT_EQ(printRows(), 0);
}

TEST_F(CasePrintTest, TheAuditLogSaysWhatWasPrinted)
{
    using ui::AuditTableModel;
    EXPECT_EQ(AuditTableModel::actionLabel(QStringLiteral("print")), QStringLiteral("Printed"));
    const QJsonObject details{{QStringLiteral("document"), QStringLiteral("reception_minutes")},
                              {QStringLiteral("output"), QStringLiteral("printer")}};
    const QStringList lines =
        AuditTableModel::changeLines(QStringLiteral("person"), QStringLiteral("print"), details);
    EXPECT_TRUE(lines.contains(QStringLiteral("Document: reception minutes")))
        << lines.join(u'|').toStdString();
    EXPECT_TRUE(lines.contains(QStringLiteral("Output: printer")));
}

} // namespace
} // namespace sr::test
