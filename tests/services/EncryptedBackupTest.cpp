// Encrypted backups (docs/security.md): round trip; a wrong passphrase, a truncated, extended or
// bit-flipped file is refused with the database file byte-for-byte unchanged; the automatic
// backup on exit.
#include "storage/EncryptedBackup.h"

#include "ServiceTestSupport.h"
#include "services/BackupService.h"
#include "storage/PersonRepository.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"
#include "support/TestServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <sys/stat.h>

namespace sr::services {
namespace {

using namespace sr::domain;
namespace eb = storage::encrypted_backup;

/** The Unix permission bits of @a path (0600 = owner read/write only). */
int unixMode(const QString &path)
{
    struct stat info
    {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}

const QByteArray passphrase = QByteArrayLiteral("đúng mật khẩu 2026");

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

class EncryptedBackupTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        SR_SKIP_ON_SERVER("an encrypted backup is a copy of the database file "
                          "(EncryptedBackupServerTest)");
        // Enough rows for several 64 KiB chunks.
        storage::PersonRepository persons(m_db.db());
        for (int i = 0; i < 300; ++i) {
            Person p;
            p.fullName = QStringLiteral("Người Thử %1").arg(i);
            p.sex = Sex::Female;
            p.notes = QString(200, u'x');
            ASSERT_TRUE(persons.insert(p, m_admin, 2025).ok());
        }
        m_backup = m_db.filePath(QStringLiteral("backup.srbak"));
        auto written = eb::write(m_db.db(), m_backup, passphrase, KdfCost::Interactive);
        ASSERT_TRUE(written.ok()) << written.error().detail.toStdString();
        ASSERT_GT(QFileInfo(m_backup).size(), 3 * 65536);
    }

    /** Closes the database, returns the hash of its file, reopens it. */
    QByteArray databaseHash()
    {
        m_db.close();
        const QByteArray hash = fileHash(m_db.path());
        m_db.reopen();
        return hash;
    }

    qint64 persons() { return test::countRows(m_db.db(), QStringLiteral("person")); }

    /** A restore of @a file must fail with @a code and leave the database file unchanged. */
    void expectRefused(const QString &file, const QByteArray &phrase, ErrorCode code)
    {
        const QByteArray before = databaseHash();
        auto restored = eb::restore(m_db.db(), file, phrase);
        ASSERT_FALSE(restored.ok());
        EXPECT_EQ(restored.error().code, code) << restored.error().detail.toStdString();
        EXPECT_EQ(databaseHash(), before);
        EXPECT_EQ(persons(), 300);
        // No decrypted leftovers beside the database.
        const QStringList leftovers = QDir(m_db.dir()).entryList({QStringLiteral("*plain*")});
        EXPECT_TRUE(leftovers.isEmpty()) << leftovers.join(u' ').toStdString();
    }

    test::FixedClock m_clock{QDateTime(QDate(2025, 3, 15), QTime(10, 0), Qt::UTC)};
    test::TempDatabase m_db;
    Actor m_admin{0, QStringLiteral("admin"), Role::Administrator};
    QString m_backup;
};

TEST_F(EncryptedBackupTest, FileHasTheDocumentedHeaderAndNoPlainText)
{
    const QByteArray bytes = readAll(m_backup);
    EXPECT_TRUE(bytes.startsWith(QByteArrayLiteral("SRBACKUP\x01\x01")));
    EXPECT_TRUE(eb::isEncryptedBackup(m_backup));
    EXPECT_FALSE(eb::isEncryptedBackup(m_db.path()));
    EXPECT_FALSE(bytes.contains(QByteArrayLiteral("SQLite format 3")));
    EXPECT_FALSE(bytes.contains(QStringLiteral("Người Thử").toUtf8()));
    EXPECT_EQ(unixMode(m_backup), 0600);
    EXPECT_TRUE(QDir(m_db.dir()).entryList({QStringLiteral("*plain*")}).isEmpty());
}

TEST_F(EncryptedBackupTest, RoundTripRestoresTheContent)
{
    QSqlQuery query(m_db->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("UPDATE person SET archived = 1, archive_reason = 'r'")));
    ASSERT_EQ(test::countRows(m_db.db(), QStringLiteral("person"), QStringLiteral("archived = 0")),
              0);
    auto restored = eb::restore(m_db.db(), m_backup, passphrase);
    ASSERT_TRUE(restored.ok()) << restored.error().detail.toStdString();
    EXPECT_EQ(test::countRows(m_db.db(), QStringLiteral("person"), QStringLiteral("archived = 0")),
              300);
    EXPECT_TRUE(QDir(m_db.dir()).entryList({QStringLiteral("*plain*")}).isEmpty());
}

TEST_F(EncryptedBackupTest, WrongPassphraseIsRefused)
{
    expectRefused(m_backup, QByteArrayLiteral("sai mật khẩu 2026"), ErrorCode::InvalidInput);
}

TEST_F(EncryptedBackupTest, TruncatedFilesAreRefused)
{
    const QByteArray bytes = readAll(m_backup);
    const QString cut = m_db.filePath(QStringLiteral("cut.srbak"));
    // Inside a chunk, and at chunk boundaries (only the final tag is missing).
    const qint64 chunk = 4 + 65536 + 17;
    for (const qint64 size : {qint64(40),
                              qint64(66),
                              qint64(66 + 100),
                              66 + chunk,
                              66 + 2 * chunk,
                              qint64(bytes.size() - 1)}) {
        writeAll(cut, bytes.left(size));
        SCOPED_TRACE(size);
        expectRefused(
            cut, passphrase, size < 66 ? ErrorCode::NotSafeReturnDatabase : ErrorCode::Corrupt);
    }
}

TEST_F(EncryptedBackupTest, FlippedBitsAndAppendedBytesAreRefused)
{
    const QByteArray bytes = readAll(m_backup);
    const QString bad = m_db.filePath(QStringLiteral("bad.srbak"));
    // Salt (wrong key), stream header, first chunk, a middle chunk, the final tag's chunk.
    for (const qint64 offset : {qint64(30),
                                qint64(50),
                                qint64(100),
                                qint64(66 + 2 * (4 + 65536 + 17) + 9),
                                qint64(bytes.size() - 3)}) {
        QByteArray flipped = bytes;
        flipped[offset] = char(flipped[offset] ^ 0x04);
        writeAll(bad, flipped);
        SCOPED_TRACE(offset);
        const bool firstChunk = offset < 66 + 4 + 65536 + 17;
        expectRefused(bad, passphrase, firstChunk ? ErrorCode::InvalidInput : ErrorCode::Corrupt);
    }
    writeAll(bad, bytes + QByteArrayLiteral("extra"));
    expectRefused(bad, passphrase, ErrorCode::Corrupt);
    // A header asking for an absurd key derivation cost is refused before deriving.
    QByteArray costly = bytes;
    costly[18] = char(0x7f);
    writeAll(bad, costly);
    expectRefused(bad, passphrase, ErrorCode::Corrupt);
}

TEST_F(EncryptedBackupTest, ServiceNeedsThePermissionAndAuditsTheOutcome)
{
    BackupService service(m_db.db());
    Actor worker{0, QStringLiteral("worker"), Role::SocialWorker};
    const QString target = m_db.filePath(QStringLiteral("service.srbak"));
    auto refused = service.backupEncrypted(worker, target, passphrase, KdfCost::Interactive);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    EXPECT_FALSE(QFile::exists(target));

    EXPECT_EQ(
        service.backupEncrypted(m_admin, target, QByteArrayLiteral("short"), KdfCost::Interactive)
            .error()
            .code,
        ErrorCode::InvalidInput);
    ASSERT_TRUE(service.backupEncrypted(m_admin, target, passphrase, KdfCost::Interactive).ok());
    EXPECT_TRUE(BackupService::isEncryptedBackup(target));
    EXPECT_EQ(test::countRows(m_db.db(),
                              QStringLiteral("audit_log"),
                              QStringLiteral("action = 'backup' AND actor = 'admin' AND changes = "
                                             "'{\"encrypted\":true,\"result\":\"ok\"}'")),
              1);
    ASSERT_FALSE(
        service.restoreEncrypted(m_admin, target, QByteArrayLiteral("wrong passphrase")).ok());
    EXPECT_EQ(test::countRows(m_db.db(),
                              QStringLiteral("audit_log"),
                              QStringLiteral("action = 'restore' AND changes LIKE "
                                             "'%\"result\":\"failed\"%'")),
              1);
    ASSERT_TRUE(service.restoreEncrypted(m_admin, target, passphrase).ok());
    EXPECT_EQ(test::countRows(m_db.db(),
                              QStringLiteral("audit_log"),
                              QStringLiteral("action = 'restore' AND changes LIKE "
                                             "'%\"result\":\"ok\"%'")),
              1);
}

TEST_F(EncryptedBackupTest, AutomaticBackupOncePerDayKeepingTheNewest)
{
    BackupService service(m_db.db());
    const QString folder = m_db.filePath(QStringLiteral("auto"));
    Actor worker{0, QStringLiteral("worker"), Role::SocialWorker};
    auto first = service.automaticBackup(worker, folder, QDate(2025, 3, 1), 3);
    ASSERT_TRUE(first.ok()) << first.error().detail.toStdString();
    ASSERT_FALSE(first->isEmpty());
    EXPECT_TRUE(readAll(*first).startsWith(QByteArrayLiteral("SQLite format 3")));
    EXPECT_EQ(unixMode(*first), 0600);
    EXPECT_EQ(unixMode(folder), 0700);
    auto again = service.automaticBackup(worker, folder, QDate(2025, 3, 1), 3);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->isEmpty());
    for (int day = 2; day <= 6; ++day)
        ASSERT_FALSE(service.automaticBackup(worker, folder, QDate(2025, 3, day), 3)->isEmpty());
    const QStringList kept = QDir(folder).entryList(QDir::Files, QDir::Name);
    ASSERT_EQ(kept.size(), 3);
    EXPECT_TRUE(kept.at(0).startsWith(QStringLiteral("safereturn-20250304-")));
    EXPECT_TRUE(kept.at(2).startsWith(QStringLiteral("safereturn-20250306-")));
    EXPECT_EQ(test::countRows(m_db.db(),
                              QStringLiteral("audit_log"),
                              QStringLiteral("action = 'auto_backup' AND actor = 'worker'")),
              6);
}

// A server's database is backed up with pg_dump by its administrator (docs/server.md): the
// encrypted and the automatic backups say so, write no file, and nothing is restored over it.
TEST(EncryptedBackupServerTest, BackupsOfAServerDatabaseAreRefusedAndWriteNothing)
{
    if (!test::onServer())
        GTEST_SKIP() << "needs the test server";
    test::FixedClock clock{QDateTime(QDate(2025, 3, 15), QTime(10, 0), Qt::UTC)};
    test::TempDatabase db;
    const Actor admin{0, QStringLiteral("admin"), Role::Administrator};
    Person p;
    p.fullName = QStringLiteral("Người Thử");
    p.sex = Sex::Female;
    ASSERT_TRUE(storage::PersonRepository(db.db()).insert(p, admin, 2025).ok());

    const QString target = db.filePath(QStringLiteral("backup.srbak"));
    auto written = eb::write(db.db(), target, passphrase, KdfCost::Interactive);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().reason, ErrorReason::ServerBackup);
    EXPECT_FALSE(QFileInfo::exists(target));

    const QString folder = db.filePath(QStringLiteral("auto"));
    // The automatic backup on closing the application is the administrator's pg_dump too: it
    // does nothing, quietly, and writes no "failed" audit row at every exit.
    const qint64 auditRows = test::countRows(db.db(), QStringLiteral("audit_log"));
    auto automatic = BackupService(db.db()).automaticBackup(admin, folder, QDate(2025, 3, 1), 3);
    ASSERT_TRUE(automatic.ok()) << automatic.error().detail.toStdString();
    EXPECT_TRUE(automatic->isEmpty());
    EXPECT_FALSE(QDir(folder).exists());
    EXPECT_EQ(test::countRows(db.db(), QStringLiteral("audit_log")), auditRows);

    // The encrypted backup of a database file is not restored over the server's database.
    const QString file = db.filePath(QStringLiteral("other.db"));
    const QString encrypted = db.filePath(QStringLiteral("other.srbak"));
    {
        auto other = storage::Database::open(file);
        ASSERT_TRUE(other.ok()) << other.error().detail.toStdString();
        ASSERT_TRUE(eb::write(**other, encrypted, passphrase, KdfCost::Interactive).ok());
    }
    auto restored = eb::restore(db.db(), encrypted, passphrase);
    ASSERT_FALSE(restored.ok());
    EXPECT_EQ(restored.error().reason, ErrorReason::ServerBackup);
    EXPECT_EQ(test::countRows(db.db(), QStringLiteral("person")), 1);
}

} // namespace
} // namespace sr::services
