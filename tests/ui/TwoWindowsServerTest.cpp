// Two desktop clients on one server database (docs/server.md): each its own AppContext and
// Database connection, as on two workstations. A case saved in one window appears in the
// other's case list when that one refreshes (File → Refresh, F5).
#include "domain/Actor.h"
#include "services/AppContext.h"
#include "services/CaseService.h"
#include "storage/Database.h"
#include "support/TestServer.h"
#include "ui/CaseListModel.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QTest>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

TEST(TwoWindowsServerTest, ACaseSavedInOneWindowAppearsInTheOtherAfterItsRefresh)
{
    if (qEnvironmentVariableIsEmpty("SAFERETURN_TEST_SERVER"))
        GTEST_SKIP() << "needs the test server (SAFERETURN_TEST_SERVER)";
    const QString location = createServerDatabase();
    ASSERT_FALSE(location.isEmpty());
    {
        auto first = storage::Database::open(location);
        ASSERT_TRUE(first.ok()) << first.error().detail.toStdString();
        auto second = storage::Database::open(location);
        ASSERT_TRUE(second.ok()) << second.error().detail.toStdString();
        services::AppContext contextA(**first, domain::Actor::systemUser());
        services::AppContext contextB(**second, domain::Actor::systemUser());
        ui::MainWindow windowA(contextA);
        ui::MainWindow windowB(contextB);
        // Named by user, host and database, without the connection's options.
        const QString database = location.section(QLatin1Char('/'), -1).section(u'?', 0, 0);
        EXPECT_TRUE(windowA.windowTitle().endsWith(QLatin1Char('/') + database))
            << windowA.windowTitle().toStdString();
        EXPECT_FALSE(windowA.windowTitle().contains(QLatin1String("sslmode")));
        windowA.show();
        windowB.show();
        ASSERT_EQ(windowB.caseListModel()->rowCount(), 0);

        services::NewCase c;
        c.person.fullName = QStringLiteral("Đinh Thị Hai Máy");
        c.person.sex = domain::Sex::Female;
        c.person.birthDate = domain::PartialDate::fromYear(1997);
        c.person.ethnicity = QStringLiteral("01");
        c.person.residenceProvince = QStringLiteral("22");
        c.reception.receptionDate = QDate(2025, 4, 2);
        c.reception.agencyCode = QStringLiteral("ctxh_qn");
        c.reception.countryCode = QStringLiteral("CN");
        c.reception.route = domain::Route::SelfReported;
        c.reception.exploitation = {domain::ExploitationForm::ForcedMarriage};
        c.reception.identificationStatus = domain::IdentificationStatus::Pending;
        const auto saved = contextA.cases().saveNewCase(contextA.actor(), c);
        ASSERT_TRUE(saved.ok()) << saved.error().detail.toStdString();

        // Window A hears of its own save (AppContext::recordsChanged).
        QTRY_COMPARE_WITH_TIMEOUT(windowA.caseListModel()->rowCount(), 1, 5000);
        // Window B reads the server when it refreshes.
        auto *refresh = windowB.findChild<QAction *>(QStringLiteral("refreshAction"));
        ASSERT_NE(refresh, nullptr);
        refresh->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(windowB.caseListModel()->rowCount(), 1, 5000);
        const ui::CaseListModel *model = windowB.caseListModel();
        EXPECT_EQ(model->data(model->index(0, ui::CaseListModel::FullNameColumn)).toString(),
                  QStringLiteral("Đinh Thị Hai Máy"));
    }
    dropServerDatabase(location);
}

} // namespace
} // namespace sr::test
