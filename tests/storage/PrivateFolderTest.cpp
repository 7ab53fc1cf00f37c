// The private folder of an encrypted operation (storage/PrivateFolder.h): beside a database
// file, and for a server's database, whose location is no file path, in the temporary folder.
#include "storage/PrivateFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using sr::storage::PrivateFolder;

TEST(PrivateFolderTest, BesideADatabaseFile)
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("cases.db"));
    QString made;
    {
        const PrivateFolder folder(database);
        ASSERT_TRUE(folder.isValid());
        made = QFileInfo(folder.filePath(QStringLiteral("x"))).absolutePath();
        EXPECT_EQ(QFileInfo(made).absolutePath(), QFileInfo(dir.path()).absoluteFilePath());
        EXPECT_TRUE(QFileInfo(made).fileName().startsWith(QStringLiteral(".cases.db.sr-private-")));
        EXPECT_TRUE(QFileInfo(made).isDir());
    }
    EXPECT_FALSE(QFileInfo::exists(made));
}

TEST(PrivateFolderTest, AServerDatabaseUsesTheTemporaryFolder)
{
    // Never a folder named after the location (its user, host and database).
    const QString location = QStringLiteral("postgresql://worker@db.example:5432/cases");
    QString made;
    {
        const PrivateFolder folder(location);
        ASSERT_TRUE(folder.isValid());
        made = QFileInfo(folder.filePath(QStringLiteral("x"))).absolutePath();
        EXPECT_EQ(QFileInfo(made).absolutePath(), QFileInfo(QDir::tempPath()).absoluteFilePath());
        EXPECT_TRUE(QFileInfo(made).fileName().startsWith(QStringLiteral(".server.sr-private-")))
            << made.toStdString();
        EXPECT_FALSE(made.contains(QLatin1String("worker")));
    }
    EXPECT_FALSE(QFileInfo::exists(made));
    PrivateFolder::removeAbandoned(location); // finds nothing of its own to remove, no error
}
