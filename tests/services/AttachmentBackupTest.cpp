// Attachments travel with backups (docs/security.md "Backups"): a plain backup, an encrypted one
// and the automatic backup on exit each hold every attachment, archived ones too, and a restore
// into a fresh database gives back the same ids, SHA-256 and bytes, which `check` then reads
// back whole. A backup is a copy of a database file: these run on the file engine only.
#include "ServiceTestSupport.h"
#include "services/BackupService.h"
#include "services/MaintenanceService.h"
#include "storage/Database.h"
#include "support/AttachmentFixture.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"
#include "support/TestServer.h"

#include <QDir>

#include <gtest/gtest.h>

namespace sr::services {
namespace {

using namespace sr::domain;

const QByteArray passphrase = QByteArrayLiteral("đúng mật khẩu 2026");

class AttachmentBackupTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        SR_SKIP_ON_SERVER("a backup is a copy of the database file (the server's is pg_dump)");
        ASSERT_NO_FATAL_FAILURE(test::makeAttachedCase(m_db.db(), m_admin, m_case));
    }

    /** The restored database holds every attachment, and `check` reads them back whole. */
    void expectCarried(storage::Database &restored)
    {
        EXPECT_EQ(test::countRows(restored, QStringLiteral("attachment")), 3);
        EXPECT_EQ(test::countRows(restored, QStringLiteral("attachment_chunk")), 5);
        ASSERT_NO_FATAL_FAILURE(test::expectAttachmentsIn(restored, m_case));
        auto report = MaintenanceService(restored).check(m_admin);
        ASSERT_TRUE(report.ok()) << report.error().detail.toStdString();
        EXPECT_TRUE(report->ok()) << report->problems.join(u'\n').toStdString();
        EXPECT_EQ(report->attachmentsChecked, 3);
    }

    test::FixedClock m_clock{QDateTime(QDate(2025, 3, 15), QTime(10, 0), Qt::UTC)};
    test::TempDatabase m_db;
    Actor m_admin{0, QStringLiteral("admin"), Role::Administrator};
    test::AttachedCase m_case;
};

TEST_F(AttachmentBackupTest, APlainBackupRestoresEveryAttachmentIntoAFreshDatabase)
{
    const QString backup = m_db.filePath(QStringLiteral("copy.bak"));
    auto written = MaintenanceService(m_db.db()).backup(m_admin, backup);
    ASSERT_TRUE(written.ok()) << written.error().detail.toStdString();
    test::TempDatabase fresh;
    EXPECT_EQ(test::countRows(fresh.db(), QStringLiteral("attachment")), 0);
    auto restored = MaintenanceService(fresh.db()).restore(m_admin, backup);
    ASSERT_TRUE(restored.ok()) << restored.error().detail.toStdString();
    expectCarried(fresh.db());
}

TEST_F(AttachmentBackupTest, AnEncryptedBackupRestoresEveryAttachmentIntoAFreshDatabase)
{
    const QString backup = m_db.filePath(QStringLiteral("copy.srbak"));
    auto written =
        BackupService(m_db.db()).backupEncrypted(m_admin, backup, passphrase, KdfCost::Interactive);
    ASSERT_TRUE(written.ok()) << written.error().detail.toStdString();
    // Encrypted: not a byte of an attachment in clear in the backup file.
    QFile file(backup);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().contains(m_case.bytes[2].left(512)));
    test::TempDatabase fresh;
    auto restored = BackupService(fresh.db()).restoreEncrypted(m_admin, backup, passphrase);
    ASSERT_TRUE(restored.ok()) << restored.error().detail.toStdString();
    expectCarried(fresh.db());
}

TEST_F(AttachmentBackupTest, TheAutomaticBackupHoldsEveryAttachment)
{
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
