// Shelter stays travel with the database (docs/centre-work.md "Shelter"): a plain backup, an
// encrypted one and the automatic backup each hold every stay, and a restore into a fresh
// database gives back the same ids, uuids and fields; `check` counts the shelters, rooms and
// stays; the record census (storage/RecordCensus) counts the stays, so a stay is a real record
// that keeps demonstration data out and a restore without login away. The backups are copies
// of a database file: those run on the file engine only, the census on both.
#include "ServiceTestSupport.h"
#include "demo/DemoDataService.h"
#include "services/BackupService.h"
#include "services/MaintenanceService.h"
#include "storage/Database.h"
#include "storage/RecordCensus.h"
#include "support/FixedClock.h"
#include "support/StayFixture.h"
#include "support/TempDatabase.h"
#include "support/TestServer.h"

#include <QFile>

#include <gtest/gtest.h>

namespace sr::services {
namespace {

using namespace sr::domain;

const QByteArray passphrase = QByteArrayLiteral("đúng mật khẩu 2026");

qint64 checkedRows(const CheckReport &report, const QString &table)
{
    for (const auto &[name, rows] : report.counts) {
        if (name == table)
            return rows;
    }
    return -1;
}

class StayTravelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(test::makeStayedCase(m_db.db(), m_admin, m_case));
    }

    /** The restored database holds every stay, and `check` counts them. */
    void expectCarried(storage::Database &restored)
    {
        EXPECT_EQ(test::countRows(restored, QStringLiteral("shelter_stay")), 2);
        ASSERT_NO_FATAL_FAILURE(test::expectStaysIn(restored, m_case));
        auto report = MaintenanceService(restored).check(m_admin);
        ASSERT_TRUE(report.ok()) << report.error().detail.toStdString();
        EXPECT_TRUE(report->ok()) << report->problems.join(u'\n').toStdString();
        EXPECT_EQ(checkedRows(*report, QStringLiteral("shelter_stay")), 2);
        EXPECT_EQ(checkedRows(*report, QStringLiteral("shelter")), 2);
        EXPECT_EQ(checkedRows(*report, QStringLiteral("shelter_room")), 13);
    }

    test::FixedClock m_clock{QDateTime(QDate(2025, 3, 15), QTime(10, 0), Qt::UTC)};
    test::TempDatabase m_db;
    Actor m_admin{0, QStringLiteral("admin"), Role::Administrator};
    test::StayedCase m_case;
};

TEST_F(StayTravelTest, CheckCountsTheSheltersRoomsAndStays)
{
    auto report = MaintenanceService(m_db.db()).check(m_admin);
    ASSERT_TRUE(report.ok()) << report.error().detail.toStdString();
    EXPECT_TRUE(report->ok()) << report->problems.join(u'\n').toStdString();
    EXPECT_EQ(checkedRows(*report, QStringLiteral("shelter_stay")), 2);
    EXPECT_EQ(checkedRows(*report, QStringLiteral("shelter")), 2);
    EXPECT_EQ(checkedRows(*report, QStringLiteral("shelter_room")), 13);
}

TEST_F(StayTravelTest, TheCensusCountsStaysAsCaseRecords)
{
    const auto counts = storage::countRecords(m_db.db());
    ASSERT_TRUE(counts.ok()) << counts.error().detail.toStdString();
    EXPECT_EQ(counts->persons, 1);
    EXPECT_EQ(counts->receptions, 1);
    EXPECT_EQ(counts->shelterStays, 2);
    EXPECT_EQ(counts->total(), 4);
    // No demo wrote them: demonstration data may not join these real records.
    const auto allowed = demo::DemoDataService(m_db.db()).checkOnlyDemoRecords();
    ASSERT_FALSE(allowed.ok());
    EXPECT_EQ(allowed.error().code, ErrorCode::Conflict);
}

TEST_F(StayTravelTest, APlainBackupRestoresEveryStayIntoAFreshDatabase)
{
    SR_SKIP_ON_SERVER("a backup is a copy of the database file (the server's is pg_dump)");
    const QString backup = m_db.filePath(QStringLiteral("copy.bak"));
    auto written = MaintenanceService(m_db.db()).backup(m_admin, backup);
    ASSERT_TRUE(written.ok()) << written.error().detail.toStdString();
    test::TempDatabase fresh;
    EXPECT_EQ(test::countRows(fresh.db(), QStringLiteral("shelter_stay")), 0);
    auto restored = MaintenanceService(fresh.db()).restore(m_admin, backup);
    ASSERT_TRUE(restored.ok()) << restored.error().detail.toStdString();
    expectCarried(fresh.db());
}

TEST_F(StayTravelTest, AnEncryptedBackupRestoresEveryStayIntoAFreshDatabase)
{
    SR_SKIP_ON_SERVER("a backup is a copy of the database file (the server's is pg_dump)");
    const QString backup = m_db.filePath(QStringLiteral("copy.srbak"));
    auto written =
        BackupService(m_db.db()).backupEncrypted(m_admin, backup, passphrase, KdfCost::Interactive);
    ASSERT_TRUE(written.ok()) << written.error().detail.toStdString();
    // Encrypted: the stay's personal notes are not in clear in the backup file.
    QFile file(backup);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().contains(m_case.stays.at(1).notes.toUtf8()));
    test::TempDatabase fresh;
    auto restored = BackupService(fresh.db()).restoreEncrypted(m_admin, backup, passphrase);
    ASSERT_TRUE(restored.ok()) << restored.error().detail.toStdString();
    expectCarried(fresh.db());
}

TEST_F(StayTravelTest, TheAutomaticBackupHoldsEveryStay)
{
    SR_SKIP_ON_SERVER("a backup is a copy of the database file (the server's is pg_dump)");
    const QString folder = m_db.filePath(QStringLiteral("auto"));
    auto written = BackupService(m_db.db()).automaticBackup(m_admin, folder, QDate(2025, 3, 15));
    ASSERT_TRUE(written.ok()) << written.error().detail.toStdString();
    ASSERT_FALSE(written->isEmpty());
    auto copy = storage::Database::open(*written);
    ASSERT_TRUE(copy.ok()) << copy.error().detail.toStdString();
    expectCarried(**copy);
}

} // namespace
} // namespace sr::services
