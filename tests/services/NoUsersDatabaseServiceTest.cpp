// The rules for a database without users (DemoDataService, AuthService): demo records and
// the demo administrator go only into a database without records or with demo records only;
// a restore without login only into a brand-new one. An upgraded database from before user
// accounts (tests/data/schema-v2.db: real records, no users) gets neither.
#include "ServiceTestSupport.h"
#include "demo/DemoDataService.h"
#include "services/AuthService.h"
#include "storage/HandoverBatchRepository.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace sr::services {
namespace {

using demo::DemoDataService;
using demo::DemoOptions;
using demo::DemoSummary;
using domain::Actor;
using domain::Role;

const QString demoPassword = QStringLiteral("SafeReturn-demo-2026");

class NoUsersDatabaseServiceTest : public ::testing::Test
{
protected:
    test::FixedClock m_clock{QDateTime(QDate(2025, 9, 30), QTime(12, 0))};

    static Result<DemoSummary> generate(storage::Database &db, const Actor &actor, qint64 persons)
    {
        DemoOptions options;
        options.persons = persons;
        options.seed = 7;
        return DemoDataService(db).generate(actor, options);
    }
};

TEST_F(NoUsersDatabaseServiceTest, DemoGoesIntoNewAndDemoDatabasesOnly)
{
    test::TempDatabase db;
    EXPECT_TRUE(AuthService(db.db()).checkRestoreWithoutLogin().ok());
    EXPECT_TRUE(DemoDataService(db.db()).checkOnlyDemoRecords().ok());
    auto admin = DemoDataService(db.db()).createDemoAdministrator(
        QStringLiteral("admin"), QStringLiteral("Demo"), demoPassword);
    ASSERT_TRUE(admin.ok()) << admin.error().detail.toStdString();
    const Actor actor = admin->actor();

    ASSERT_TRUE(generate(db.db(), actor, 30).ok());
    EXPECT_TRUE(DemoDataService(db.db()).checkOnlyDemoRecords().ok());
    ASSERT_TRUE(generate(db.db(), actor, 20).ok()); // a demo database takes more demo data
    EXPECT_EQ(test::countRows(db.db(), QStringLiteral("person")), 50);

    // One record typed by hand makes it a database with real records.
    domain::HandoverBatch batch;
    batch.date = QDate(2025, 9, 1);
    batch.personsTotal = 1;
    batch.personsFemale = 1;
    ASSERT_TRUE(storage::HandoverBatchRepository(db.db()).insert(batch, actor).ok());
    const qint64 batches = test::countRows(db.db(), QStringLiteral("handover_batch"));
    const auto refused = DemoDataService(db.db()).checkOnlyDemoRecords();
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_EQ(refused.error().detail, QStringLiteral("real_records"));
    const auto more = generate(db.db(), actor, 10);
    ASSERT_FALSE(more.ok());
    EXPECT_EQ(more.error().detail, QStringLiteral("real_records"));
    EXPECT_EQ(test::countRows(db.db(), QStringLiteral("person")), 50);
    EXPECT_EQ(test::countRows(db.db(), QStringLiteral("handover_batch")), batches);

    // With users, a restore needs a login.
    const auto restore = AuthService(db.db()).checkRestoreWithoutLogin();
    ASSERT_FALSE(restore.ok());
    EXPECT_EQ(restore.error().code, ErrorCode::PermissionDenied);
}

TEST_F(NoUsersDatabaseServiceTest, UpgradedDatabaseWithoutUsersIsOpenToNobody)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("v2.db"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(SR_TEST_DATA_DIR "/schema-v2.db"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto opened = storage::Database::open(path); // upgrades it to the current schema
    ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
    storage::Database &db = **opened;
    const qint64 persons = test::countRows(db, QStringLiteral("person"));
    ASSERT_GT(persons, 0);
    ASSERT_EQ(test::countRows(db, QStringLiteral("app_user")), 0);

    const auto restore = AuthService(db).checkRestoreWithoutLogin();
    ASSERT_FALSE(restore.ok());
    EXPECT_EQ(restore.error().code, ErrorCode::Conflict);
    EXPECT_EQ(restore.error().detail, QStringLiteral("records_without_users"));

    const auto demoAdmin = DemoDataService(db).createDemoAdministrator(
        QStringLiteral("admin"), QStringLiteral("Demo"), demoPassword);
    ASSERT_FALSE(demoAdmin.ok());
    EXPECT_EQ(demoAdmin.error().detail, QStringLiteral("real_records"));
    EXPECT_EQ(test::countRows(db, QStringLiteral("app_user")), 0);

    // The first administrator is the one way in; demo data still stays out.
    auto first = AuthService(db).createFirstAdministrator(
        QStringLiteral("chi.ha"), QStringLiteral("Chị Hà"), QStringLiteral("cá-heo-xanh-2026"));
    ASSERT_TRUE(first.ok()) << first.error().detail.toStdString();
    const auto demo = generate(db, first->actor(), 5);
    ASSERT_FALSE(demo.ok());
    EXPECT_EQ(demo.error().detail, QStringLiteral("real_records"));
    EXPECT_EQ(test::countRows(db, QStringLiteral("person")), persons);
}

} // namespace
} // namespace sr::services
