// Windows follow committed writes through the application context's notices, whoever wrote
// them: the case list shows cases stored elsewhere without a refresh, a reference list page
// re-reads an entry another window archived, and the main window's filter follows it too.
#include "UiTestData.h"
#include "domain/Actor.h"
#include "services/AppContext.h"
#include "services/ReferenceService.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"
#include "ui/CaseListModel.h"
#include "ui/MainWindow.h"
#include "ui/admin/ReferenceEditor.h"
#include "ui/admin/ReferenceListPages.h"

#include <QComboBox>
#include <QStackedWidget>
#include <QTableWidget>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

TEST(ChangeNoticeTest, MainWindowShowsCasesCommittedElsewhereWithoutARefresh)
{
    TempDatabase db;
    services::AppContext context(db.db(), domain::Actor::systemUser());
    ui::MainWindow window(context);
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pageStack"));
    ASSERT_NE(pages, nullptr);
    EXPECT_EQ(pages->currentWidget()->objectName(), QStringLiteral("emptyStatePage"));

    insertCases(db.db(), sampleCases(5)); // one transaction, on the window's connection
    EXPECT_EQ(pages->currentWidget()->objectName(), QStringLiteral("listPage"));
    EXPECT_EQ(window.caseListModel()->rowCount(), 5);
}

TEST(ChangeNoticeTest, ReferenceListAndFilterFollowAnEntryChangedElsewhere)
{
    FixedClock clock{QDateTime(QDate(2026, 12, 6), QTime(9, 0))};
    TempDatabase db;
    insertCases(db.db(), sampleCases(3));
    const domain::Actor admin{1, QStringLiteral("admin"), domain::Role::Administrator};
    services::AppContext context(db.db(), admin);
    ui::MainWindow window(context);
    ui::ReferenceEditor editor(context);
    auto *table = editor.agencies()->findChild<QTableWidget *>(QStringLiteral("referenceTable"));
    ASSERT_NE(table, nullptr);
    auto *filter = window.findChild<QComboBox *>(QStringLiteral("agencyComboBox"));
    ASSERT_NE(filter, nullptr);
    const QString renamed = QStringLiteral("Trung tâm Bảo trợ xã hội mới");
    auto shown = [&] {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 1) && table->item(row, 1)->text() == renamed)
                return true;
        }
        return false;
    };
    ASSERT_FALSE(shown());
    ASSERT_LT(filter->findText(renamed), 0);

    // Another window (its own context on the same connection) renames an agency.
    services::AppContext elsewhere(db.db(), admin);
    auto lists = elsewhere.references().lists(admin);
    ASSERT_TRUE(lists.ok());
    domain::Agency agency = lists->agencies.first();
    agency.name = renamed;
    agency.nameEn = renamed;
    ASSERT_TRUE(elsewhere.references().saveAgency(admin, agency).ok());

    EXPECT_TRUE(shown());
    EXPECT_GE(filter->findText(renamed), 0);
}

TEST(ChangeNoticeTest, RefusedWriteLeavesTheWindowsAlone)
{
    TempDatabase db;
    const domain::Actor admin{1, QStringLiteral("admin"), domain::Role::Administrator};
    services::AppContext context(db.db(), admin);
    int notices = 0;
    QObject::connect(&context, &services::AppContext::recordsChanged, [&](domain::ChangeKinds k) {
        if (k & domain::ChangeKind::Reference)
            ++notices;
    });
    auto lists = context.references().lists(admin);
    ASSERT_TRUE(lists.ok());
    domain::Agency stale = lists->agencies.first();
    stale.meta.version -= 1; // an older copy: refused with Conflict, rolled back
    stale.name += QStringLiteral(" (cũ)");
    EXPECT_FALSE(context.references().saveAgency(admin, stale).ok());
    EXPECT_EQ(notices, 0);
}

} // namespace
} // namespace sr::test
