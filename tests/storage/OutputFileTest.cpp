// storage::checkOutputTarget and storage::OutputFile: no output over the database under any
// spelling, its journals, an input or another SafeReturn database; a written file is only
// reported once its bytes are on the disk.
#include "storage/OutputFile.h"

#include "storage/Database.h"
#include "support/TempDatabase.h"
#include "support/TestServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

using sr::ErrorCode;
using sr::storage::checkOutputTarget;
using sr::storage::OutputFile;
using sr::storage::OutputKind;

namespace {

void expectRefused(const sr::Result<void> &result, ErrorCode code = ErrorCode::ProtectedFile)
{
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, code) << result.error().detail.toStdString();
}

TEST(OutputTargetTest, TheDatabaseUnderEverySpellingIsRefused)
{
    SR_SKIP_ON_SERVER("spellings, links and journals of the database file");
    sr::test::TempDatabase db;
    const QString dir = db.dir();
    ASSERT_TRUE(QDir(dir).mkpath(QStringLiteral("sub")));
    ASSERT_TRUE(QFile::link(db.path(), dir + QStringLiteral("/symlink.db")));
    ASSERT_EQ(::link(QFile::encodeName(db.path()).constData(),
                     QFile::encodeName(dir + QStringLiteral("/hardlink.db")).constData()),
              0);
    const QString name = QFileInfo(db.path()).fileName();
    for (const QString &spelling :
         {db.path(),
          dir + QStringLiteral("/sub/../") + name,
          dir + QStringLiteral("/./") + name,
          dir + QStringLiteral("/symlink.db"),
          dir + QStringLiteral("/hardlink.db"),
          db.path() + QStringLiteral("-wal"),
          db.path() + QStringLiteral("-shm"),
          db.path() + QStringLiteral("-journal"),
          dir + QStringLiteral("/sub/../") + name + QStringLiteral("-journal")}) {
        SCOPED_TRACE(spelling.toStdString());
        expectRefused(checkOutputTarget(db.db(), spelling));
        expectRefused(checkOutputTarget(db.db(), spelling, {}, OutputKind::Backup));
    }
    EXPECT_TRUE(checkOutputTarget(db.db(), dir + QStringLiteral("/report.pdf")));
    EXPECT_TRUE(checkOutputTarget(db.db(), dir + QStringLiteral("/sub/new.csv")));
}

TEST(OutputTargetTest, AnInputOfTheSameCommandIsRefused)
{
    sr::test::TempDatabase db;
    const QString input = db.filePath(QStringLiteral("in.csv"));
    QFile file(input);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("a,b\r\n");
    file.close();
    expectRefused(checkOutputTarget(db.db(), input, {input}));
    expectRefused(checkOutputTarget(db.db(), db.dir() + QStringLiteral("/./in.csv"), {input}));
    EXPECT_TRUE(checkOutputTarget(db.db(), input)); // not read by this command: may be replaced
}

TEST(OutputTargetTest, AnotherSafeReturnDatabaseIsNeverADocumentAndOnlyAnIdleBackup)
{
    SR_SKIP_ON_SERVER("another database file as an output");
    sr::test::TempDatabase db;
    sr::test::TempDatabase other; // open: WAL mode, as in a running instance
    expectRefused(checkOutputTarget(db.db(), other.path()));
    expectRefused(checkOutputTarget(db.db(), other.path(), {}, OutputKind::Backup));
    expectRefused(checkOutputTarget(db.db(), other.path() + QStringLiteral("-wal")));

    // A finished backup (rollback-journal mode, nothing beside it) may be replaced by the next.
    other.close();
    {
        auto reopened = sr::storage::Database::open(other.path());
        ASSERT_TRUE(reopened);
        QSqlQuery query((*reopened)->connection());
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    ASSERT_FALSE(QFileInfo::exists(other.path() + QStringLiteral("-wal")));
    EXPECT_TRUE(checkOutputTarget(db.db(), other.path(), {}, OutputKind::Backup));
    expectRefused(checkOutputTarget(db.db(), other.path()));
}

TEST(OutputTargetTest, FoldersAndSpecialFilesAreNotOutputs)
{
    sr::test::TempDatabase db;
    expectRefused(checkOutputTarget(db.db(), db.dir()), ErrorCode::InvalidInput);
    const QString fifo = db.filePath(QStringLiteral("pipe"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    expectRefused(checkOutputTarget(db.db(), fifo), ErrorCode::InvalidInput);
    expectRefused(checkOutputTarget(db.db(), QString()), ErrorCode::InvalidInput);
}

TEST(OutputFileTest, WritesDurablyAndReportsTheSizeOnDisk)
{
    sr::test::TempDatabase db;
    const QString path = db.filePath(QStringLiteral("out.csv"));
    OutputFile file(path);
    ASSERT_TRUE(file.open(db.path()));
    const QByteArray bytes(100000, 'x');
    ASSERT_EQ(file.device()->write(bytes), bytes.size());
    EXPECT_FALSE(QFileInfo::exists(path)); // nothing at the target before commit
    const auto written = file.commit();
    ASSERT_TRUE(written) << written.error().detail.toStdString();
    EXPECT_EQ(*written, bytes.size());
    EXPECT_EQ(QFileInfo(path).size(), bytes.size());
    EXPECT_EQ(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), 0);
}

TEST(OutputFileTest, ARefusedTargetIsNeverOpened)
{
    SR_SKIP_ON_SERVER("an output over the database file");
    sr::test::TempDatabase db;
    const QByteArray before = [&] {
        QFile f(db.path());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    OutputFile file(db.path());
    const auto opened = file.open(db.path());
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, ErrorCode::ProtectedFile);
    QFile f(db.path());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), before);
}

TEST(OutputFileTest, CancelLeavesThePreviousFile)
{
    sr::test::TempDatabase db;
    const QString path = db.filePath(QStringLiteral("out.csv"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    {
        OutputFile file(path);
        ASSERT_TRUE(file.open(db.path()));
        file.device()->write("new content");
        file.cancel();
    }
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("old"));
    EXPECT_EQ(QDir(db.dir()).entryList({QStringLiteral("out.csv*")}, QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("out.csv")});
}

} // namespace
