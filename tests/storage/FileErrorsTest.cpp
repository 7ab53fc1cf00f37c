// Output files report which file failed and why (Error::path and reason, domain/FileErrors.h),
// so that the export dialog, the report's save, backups and the CLI can name both.
#include "domain/FileErrors.h"

#include "storage/Maintenance.h"
#include "storage/OutputFile.h"
#include "support/TempDatabase.h"
#include "support/TestServer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cerrno>
#include <unistd.h>

using namespace sr;
using namespace sr::test;

TEST(FileErrorsTest, AMissingFolderIsNamed)
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("gone/export.csv"));
    storage::OutputFile file(target);
    const auto opened = file.open(QString());
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, ErrorCode::Io);
    EXPECT_EQ(opened.error().reason, ErrorReason::FolderMissing);
    EXPECT_EQ(opened.error().path, target);
}

TEST(FileErrorsTest, AFolderIsNotAFile)
{
    QTemporaryDir dir;
    storage::OutputFile file(dir.path());
    const auto opened = file.open(QString());
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().reason, ErrorReason::IsFolder);
    EXPECT_EQ(opened.error().path, QDir(dir.path()).absolutePath());
}

TEST(FileErrorsTest, AFolderWithoutWritePermissionIsNamed)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "root may write anywhere";
    QTemporaryDir dir;
    const QString locked = dir.filePath(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkpath(locked));
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner);
    storage::OutputFile file(locked + QStringLiteral("/export.csv"));
    const auto opened = file.open(QString());
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().reason, ErrorReason::AccessDenied);
}

TEST(FileErrorsTest, ABackupIntoAMissingFolderIsNamed)
{
    SR_SKIP_ON_SERVER("a backup is a copy of the database file "
                      "(MaintenanceTest.ServerBackupAndRestoreAreRefused)");
    TempDatabase temp;
    const QString target = temp.filePath(QStringLiteral("no-such-folder/copy.db"));
    const auto done = storage::maintenance::backup(temp.db(), target);
    ASSERT_FALSE(done);
    EXPECT_EQ(done.error().reason, ErrorReason::FolderMissing);
    EXPECT_EQ(done.error().path, target);
}

TEST(FileErrorsTest, ReadingAMissingFileIsNamed)
{
    QTemporaryDir dir;
    EXPECT_EQ(whyNotReadable(dir.filePath(QStringLiteral("none.csv"))), ErrorReason::FileMissing);
    EXPECT_EQ(whyNotReadable(dir.filePath(QStringLiteral("gone/none.csv"))),
              ErrorReason::FolderMissing);
    EXPECT_EQ(whyNotWritable(dir.filePath(QStringLiteral("new.csv"))), ErrorReason::None);
    // A write that fails with "no such file" in a folder that exists says no more than that.
    EXPECT_EQ(whyWriteFailed(dir.filePath(QStringLiteral("new.csv")), ENOENT), ErrorReason::None);
    EXPECT_EQ(whyWriteFailed(dir.filePath(QStringLiteral("gone/new.csv")), ENOENT),
              ErrorReason::FolderMissing);
    EXPECT_EQ(whyWriteFailed(dir.filePath(QStringLiteral("new.csv")), EROFS),
              ErrorReason::ReadOnlyDisk);
}
