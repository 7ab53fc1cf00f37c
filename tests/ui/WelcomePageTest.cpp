// The welcome page of an empty database (offscreen, real SQLite database in a temp dir): the
// organisation's details typed there head the reports; invalid details are marked and not
// stored; demonstration data fills the list; what a social worker may not do is disabled; the
// first-case button opens the case editor.
#include "ui/WelcomePage.h"

#include "WidgetInput.h"
#include "domain/Actor.h"
#include "messages/Translators.h"
#include "services/AppContext.h"
#include "services/ReferenceService.h"
#include "services/ReportService.h"
#include "storage/Database.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"
#include "ui/CaseListModel.h"
#include "ui/MainWindow.h"
#include "ui/admin/OrganisationForm.h"
#include "ui/case/CaseEditor.h"
#include "ui/case/CaseFields.h"
#include "ui/case/DraftStore.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

using ui::WelcomePage;

class WelcomePageTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { messages::installTranslators(QStringLiteral("en")); }
    void TearDown() override { QDir(ui::DraftStore::directory()).removeRecursively(); }

    FixedClock m_clock{QDateTime(QDate(2026, 11, 29), QTime(9, 0))};
    TempDatabase m_db;
    domain::Actor m_admin{1, QStringLiteral("admin"), domain::Role::Administrator};

    qint64 count(const QString &table, const QString &where = QStringLiteral("1"))
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, where))
            || !q.next()) {
            ADD_FAILURE() << "count failed";
            return -1;
        }
        return q.value(0).toLongLong();
    }

    static QString currentPage(ui::MainWindow &window)
    {
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pageStack"));
        return pages ? pages->currentWidget()->objectName() : QString();
    }
};

TEST_F(WelcomePageTest, OrganisationTypedOnTheWelcomePageHeadsTheReports)
{
    services::AppContext windowContext(m_db.db(), m_admin);
    ui::MainWindow window(windowContext);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_EQ(currentPage(window), QStringLiteral("emptyStatePage"));

    auto *name = child<QLineEdit>(window, "orgNameEdit");
    name->setFocus();
    typeText(name, QStringLiteral("TRUNG TÂM CÔNG TÁC XÃ HỘI TỈNH QUẢNG NINH"));
    QTest::keyClick(name, Qt::Key_Tab);
    auto *parent = child<QLineEdit>(window, "orgParentEdit");
    EXPECT_TRUE(parent->hasFocus());
    typeText(parent, QStringLiteral("SỞ Y TẾ TỈNH QUẢNG NINH"));
    QTest::keyClick(parent, Qt::Key_Tab);
    auto *province = child<QComboBox>(window, "orgProvinceCombo");
    EXPECT_TRUE(province->hasFocus());
    EXPECT_EQ(province->currentData().toString(), QStringLiteral("22")); // Quảng Ninh by default
    QTest::keyClick(province, Qt::Key_Tab);
    typeText(QApplication::focusWidget(), QStringLiteral("Phường Hạ Long"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *place = child<QLineEdit>(window, "orgPlaceEdit");
    EXPECT_TRUE(place->hasFocus());
    typeText(place, QStringLiteral("Hạ Long"));
    QTest::mouseClick(child<QPushButton>(window, "saveOrganisationButton"), Qt::LeftButton);

    const auto org = services::ReferenceService(m_db.db()).organisation();
    ASSERT_TRUE(org.ok());
    EXPECT_EQ(org->name, QStringLiteral("TRUNG TÂM CÔNG TÁC XÃ HỘI TỈNH QUẢNG NINH"));
    EXPECT_EQ(org->parentName, QStringLiteral("SỞ Y TẾ TỈNH QUẢNG NINH"));
    EXPECT_EQ(org->provinceCode, QStringLiteral("22"));
    EXPECT_EQ(org->address, QStringLiteral("Phường Hạ Long"));
    EXPECT_EQ(org->place, QStringLiteral("Hạ Long"));
    EXPECT_EQ(org->caseCodePrefix, QStringLiteral("QN"));

    const auto summary =
        services::ReportService(m_db.db()).summary(m_admin, domain::Period::year(2026));
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary->issuer.name, QStringLiteral("TRUNG TÂM CÔNG TÁC XÃ HỘI TỈNH QUẢNG NINH"));
    EXPECT_EQ(summary->issuer.parentName, QStringLiteral("SỞ Y TẾ TỈNH QUẢNG NINH"));
}

TEST_F(WelcomePageTest, InvalidOrganisationIsMarkedAndNotStored)
{
    services::AppContext pageContext(m_db.db(), m_admin);
    WelcomePage page(pageContext);
    ui::OrganisationForm *form = page.organisationForm();
    auto *prefix = child<QLineEdit>(page, "caseCodePrefixEdit");
    prefix->clear();
    EXPECT_FALSE(form->save());
    EXPECT_TRUE(ui::CaseFields::isMarkedInvalid(child<QLineEdit>(page, "orgNameEdit")));
    EXPECT_TRUE(ui::CaseFields::isMarkedInvalid(prefix));
    EXPECT_TRUE(form->messageText().contains(
        QStringLiteral("Name of the organisation is required: fill it in.")));
    EXPECT_TRUE(form->messageText().contains(QStringLiteral("Case code prefix is required")));
    EXPECT_EQ(count(QStringLiteral("audit_log"), QStringLiteral("entity = 'settings'")), 0);
    const auto org = services::ReferenceService(m_db.db()).organisation();
    ASSERT_TRUE(org.ok());
    EXPECT_EQ(org->caseCodePrefix, QStringLiteral("QN"));
}

TEST_F(WelcomePageTest, DemonstrationDataFillsTheList)
{
    services::AppContext windowContext(m_db.db(), m_admin);
    ui::MainWindow window(windowContext);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *page = window.findChild<WelcomePage *>();
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(child<QPushButton>(window, "demoDataButton")->isEnabled());

    EXPECT_EQ(page->loadDemoData(450), 450);
    EXPECT_EQ(count(QStringLiteral("person")), 450);
    EXPECT_GT(count(QStringLiteral("reception")), 450);
    EXPECT_GT(count(QStringLiteral("audit_log"), QStringLiteral("action = 'demo'")), 0);
    EXPECT_EQ(currentPage(window), QStringLiteral("listPage"));
    EXPECT_EQ(window.caseListModel()->rowCount(), 450);
    EXPECT_EQ(page->messageText(), QStringLiteral("450 demonstration persons were written."));
}

TEST_F(WelcomePageTest, SocialWorkerCanStartACaseButNotSetUpOrLoadDemoData)
{
    const domain::Actor worker{2, QStringLiteral("worker"), domain::Role::SocialWorker};
    services::AppContext windowContext(m_db.db(), worker);
    ui::MainWindow window(windowContext);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_EQ(currentPage(window), QStringLiteral("emptyStatePage"));
    EXPECT_FALSE(child<QPushButton>(window, "demoDataButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(window, "saveOrganisationButton")->isEnabled());
    EXPECT_TRUE(child<QLineEdit>(window, "orgNameEdit")->isReadOnly());
    EXPECT_EQ(window.findChild<WelcomePage *>()->loadDemoData(10), 0);
    EXPECT_EQ(count(QStringLiteral("person")), 0);

    auto *newCase = child<QPushButton>(window, "welcomeNewCaseButton");
    ASSERT_TRUE(newCase->isEnabled());
    QTest::mouseClick(newCase, Qt::LeftButton);
    EXPECT_TRUE(waitFor([&] {
        auto *editor = window.findChild<ui::CaseEditor *>();
        return editor && editor->isVisible();
    }));
}

/**
 * Not a check: the pictures of the user guide (welcome page and main window with demo data, in
 * both languages). Runs only with SAFERETURN_SCREENSHOT_DB (a demo database) and
 * SAFERETURN_SCREENSHOT_DIR set.
 */
TEST(WelcomePageScreenshots, WelcomeAndMainWindowInBothLanguages)
{
    const QString dbPath = qEnvironmentVariable("SAFERETURN_SCREENSHOT_DB");
    const QString outDir = qEnvironmentVariable("SAFERETURN_SCREENSHOT_DIR");
    if (dbPath.isEmpty() || outDir.isEmpty())
        GTEST_SKIP() << "set SAFERETURN_SCREENSHOT_DB and SAFERETURN_SCREENSHOT_DIR";
    auto db = storage::Database::open(dbPath);
    ASSERT_TRUE(db.ok());
    TempDatabase empty;
    const domain::Actor admin{1, QStringLiteral("admin"), domain::Role::Administrator};
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        messages::installTranslators(lang);
        {
            services::AppContext windowContext(empty.db(), admin);
            ui::MainWindow window(windowContext);
            window.resize(1366, 705);
            window.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
            QTest::qWait(200);
            EXPECT_TRUE(
                window.grab().save(QStringLiteral("%1/welcome-page-%2.png").arg(outDir, lang)));
        }
        services::AppContext windowContext(**db, admin);
        ui::MainWindow window(windowContext);
        window.resize(1366, 705);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(300);
        EXPECT_TRUE(window.grab().save(QStringLiteral("%1/main-window-%2.png").arg(outDir, lang)));
    }
    messages::installTranslators(QStringLiteral("en"));
}

} // namespace
} // namespace sr::test
