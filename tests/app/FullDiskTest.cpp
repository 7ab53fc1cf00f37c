// A database whose disk is full: a rescue backup to another disk works and records its login and
// itself inside the copy; other commands say in a sentence that the disk is full and how to make
// that rescue copy. The disk is a small tmpfs mounted in a private mount namespace (root only).
#include "AppTestSupport.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cerrno>
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

namespace sr::test {
namespace {

/** Writes zeros to @a path until the file system answers ENOSPC. */
void fillDisk(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_CREAT | O_WRONLY, 0600);
    ASSERT_GE(fd, 0);
    static const char block[64 * 1024] = {};
    for (size_t size : {sizeof block, size_t(4096), size_t(1)}) {
        while (::write(fd, block, size) == ssize_t(size)) {
        }
    }
    ::fsync(fd);
    ::close(fd);
}

class FullDiskTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        if (::geteuid() != 0)
            GTEST_SKIP() << "mounting a small file system needs root";
        m_disk = m_dir.filePath(QStringLiteral("small"));
        m_other = m_dir.filePath(QStringLiteral("other"));
        ASSERT_TRUE(QDir().mkpath(m_disk));
        ASSERT_TRUE(QDir().mkpath(m_other));
        // A private mount namespace: the tmpfs is seen by this process and its children only.
        if (::unshare(CLONE_NEWNS) != 0
            || ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0
            || ::mount(
                   "tmpfs", QFile::encodeName(m_disk).constData(), "tmpfs", 0, "size=24m,mode=0700")
                   != 0)
            GTEST_SKIP() << "cannot mount a tmpfs here (errno " << errno << ")";
        m_mounted = true;
        m_db = QDir(m_disk).filePath(QStringLiteral("full.db"));
        const RunResult demo = runSafeReturn({QStringLiteral("demo"),
                                              QStringLiteral("--db"),
                                              m_db,
                                              QStringLiteral("--persons"),
                                              QStringLiteral("300")},
                                             m_dir.path());
        ASSERT_EQ(demo.exitCode, 0) << demo.errText().toStdString();
        // As when the desktop application has the database open: its -wal and -shm exist.
        auto opened = storage::Database::open(m_db);
        ASSERT_TRUE(opened.ok());
        m_open = std::move(opened).value();
        fillDisk(QDir(m_disk).filePath(QStringLiteral("filler")));
    }

    void TearDown() override
    {
        m_open.reset();
        if (m_mounted)
            ::umount2(QFile::encodeName(m_disk).constData(), MNT_DETACH);
    }

    RunResult run(QStringList arguments, const QString &db)
    {
        arguments << QStringLiteral("--db") << db << QStringLiteral("--user") << demoUser()
                  << QStringLiteral("--lang") << QStringLiteral("en");
        return runSafeReturn(arguments, m_dir.path(), 120000);
    }

    QTemporaryDir m_dir;
    QString m_disk;
    QString m_other;
    QString m_db;
    bool m_mounted = false;
    std::unique_ptr<storage::Database> m_open;
};

TEST_F(FullDiskTest, RescueBackupToAnotherDiskRecordsTheAccessInTheCopy)
{
    const QString rescue = QDir(m_other).filePath(QStringLiteral("rescue.db"));
    const RunResult backup = run({QStringLiteral("backup"), QStringLiteral("-o"), rescue}, m_db);
    ASSERT_EQ(backup.exitCode, 0) << backup.errText().toStdString();
    EXPECT_TRUE(backup.outText().contains(QStringLiteral("backup written")));
    EXPECT_TRUE(backup.errText().contains(QStringLiteral("disk of the database is full")))
        << backup.errText().toStdString();

    {
        storage::Database::Options options;
        options.access = storage::Database::Access::ReadOnly;
        auto copy = storage::Database::open(rescue, options);
        ASSERT_TRUE(copy.ok()) << copy.error().detail.toStdString();
        EXPECT_EQ(queryInt(**copy,
                           QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login' "
                                          "AND actor = 'admin' AND changes LIKE '%disk_full%'")),
                  1);
        EXPECT_EQ(queryInt(**copy,
                           QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup' "
                                          "AND actor = 'admin' AND changes LIKE '%disk_full%'")),
                  1);
        EXPECT_EQ(queryInt(**copy, QStringLiteral("SELECT count(*) FROM person")), 300);
    }
    // The copy passes check (the audit chain includes the two rows).
    const RunResult check = run({QStringLiteral("check")}, rescue);
    EXPECT_EQ(check.exitCode, 0) << check.outText().toStdString() << check.errText().toStdString();
}

TEST_F(FullDiskTest, OtherCommandsSayTheDiskIsFullAndHowToRescue)
{
    const RunResult find = run({QStringLiteral("find"), QStringLiteral("Nguyen")}, m_db);
    EXPECT_NE(find.exitCode, 0);
    const QString err = find.errText();
    EXPECT_TRUE(err.contains(QStringLiteral("disk that holds the database is full")))
        << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("safereturn backup"))) << err.toStdString();
    EXPECT_FALSE(err.contains(QStringLiteral("disk_full"))) << err.toStdString();
}

} // namespace
} // namespace sr::test
