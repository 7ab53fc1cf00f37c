// Commands that write a file never write it over the database (under any spelling), its
// journal files, a file they read or another SafeReturn database; and a file that did not reach
// the disk (a full disk) is neither reported nor audited as written (docs/security.md, "Files a
// command writes").
#include "AppTestSupport.h"
#include "SmallDisk.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <unistd.h>

namespace sr::test {
namespace {

class OutputTargetTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_template = new QTemporaryDir;
        ASSERT_TRUE(s_template->isValid());
        const RunResult demo = runSafeReturn({QStringLiteral("demo"),
                                              QStringLiteral("--persons"),
                                              QStringLiteral("60"),
                                              QStringLiteral("--seed"),
                                              QStringLiteral("3"),
                                              QStringLiteral("--db"),
                                              s_template->filePath(QStringLiteral("demo.db"))},
                                             s_template->path());
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_template;
        s_template = nullptr;
    }

    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(QFile::copy(s_template->filePath(QStringLiteral("demo.db")), dbPath()));
    }

    QString dbPath() const { return m_dir.filePath(QStringLiteral("x.db")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    RunResult run(QStringList arguments, const QString &db = {}) const
    {
        arguments << QStringLiteral("--db") << (db.isEmpty() ? dbPath() : db)
                  << QStringLiteral("--user") << demoUser() << QStringLiteral("--lang")
                  << QStringLiteral("en");
        return runSafeReturn(arguments,
                             m_dir.path(),
                             180000,
                             {{QStringLiteral("SAFERETURN_PASSPHRASE"),
                               QStringLiteral("a long enough passphrase")}});
    }

    static QStringList exportTo(const QString &target)
    {
        return {QStringLiteral("export"),
                QStringLiteral("--from"),
                QStringLiteral("2015-01-01"),
                QStringLiteral("--to"),
                QStringLiteral("2026-12-31"),
                QStringLiteral("-o"),
                target};
    }
    static QStringList reportTo(const QString &target)
    {
        return {QStringLiteral("report"),
                QStringLiteral("--from"),
                QStringLiteral("2015-01-01"),
                QStringLiteral("--to"),
                QStringLiteral("2026-12-31"),
                QStringLiteral("--format"),
                QStringLiteral("json"),
                QStringLiteral("-o"),
                target};
    }

    static qint64 count(const QString &db, const QString &statement)
    {
        return queryFileInt(db, statement);
    }

    /** The database still opens, still holds its persons, and `check` passes. */
    void expectDatabaseIntact(const QString &db, qint64 persons) const
    {
        EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM person")), persons);
        const RunResult check = run({QStringLiteral("check")}, db);
        EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
    }

    QTemporaryDir m_dir;
    static QTemporaryDir *s_template;
};

QTemporaryDir *OutputTargetTest::s_template = nullptr;

TEST_F(OutputTargetTest, ExportReportAndZipNeverOverwriteTheDatabaseUnderAnySpelling)
{
    const qint64 persons = count(dbPath(), QStringLiteral("SELECT count(*) FROM person"));
    ASSERT_EQ(persons, 60);
    ASSERT_TRUE(QDir(m_dir.path()).mkpath(QStringLiteral("sub")));
    ASSERT_TRUE(QFile::link(dbPath(), path(QStringLiteral("link.db"))));
    ASSERT_EQ(::link(QFile::encodeName(dbPath()).constData(),
                     QFile::encodeName(path(QStringLiteral("hard.db"))).constData()),
              0);
    const QStringList spellings{
        dbPath(),
        path(QStringLiteral("sub/../x.db")),
        path(QStringLiteral("./x.db")),
        path(QStringLiteral("link.db")),
        path(QStringLiteral("hard.db")),
        dbPath() + QStringLiteral("-wal"),
        dbPath() + QStringLiteral("-shm"),
        dbPath() + QStringLiteral("-journal"),
    };
    for (const QString &target : spellings) {
        SCOPED_TRACE(target.toStdString());
        QList<QStringList> commands{exportTo(target), reportTo(target)};
        commands.append(exportTo(target) << QStringLiteral("--zip"));
        commands.append(exportTo(target) << QStringLiteral("--full"));
        for (const QStringList &command : commands) {
            SCOPED_TRACE(command.join(u' ').toStdString());
            const RunResult result = run(command);
            EXPECT_EQ(result.exitCode, 1) << result.err.toStdString();
            EXPECT_TRUE(result.errText().contains(QStringLiteral("choose another output file")))
                << result.err.toStdString();
        }
    }
    expectDatabaseIntact(dbPath(), persons);
    // Nothing was exported or reported, so nothing is audited as such.
    EXPECT_EQ(count(dbPath(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN "
                                   "('export','export_zip','report')")),
              0);
}

TEST_F(OutputTargetTest, AnotherInstancesDatabaseIsNeverOverwritten)
{
    const QString other = path(QStringLiteral("other.db"));
    ASSERT_TRUE(QFile::copy(dbPath(), other));
    const QByteArray before = fileHash(other);
    for (const QStringList &command :
         {exportTo(other), reportTo(other), exportTo(other) << QStringLiteral("--zip")}) {
        SCOPED_TRACE(command.join(u' ').toStdString());
        const RunResult result = run(command);
        EXPECT_EQ(result.exitCode, 1) << result.err.toStdString();
        EXPECT_TRUE(result.errText().contains(QStringLiteral("another SafeReturn database")))
            << result.err.toStdString();
    }
    EXPECT_EQ(fileHash(other), before);
}

TEST_F(OutputTargetTest, BackupReplacesAnEarlierBackupButNeverALiveDatabase)
{
    const QString backup = path(QStringLiteral("copy.db"));
    ASSERT_EQ(run({QStringLiteral("backup"), QStringLiteral("-o"), backup}).exitCode, 0);
    // A second backup over the first one is the normal rotation.
    const RunResult again = run({QStringLiteral("backup"), QStringLiteral("-o"), backup});
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();

    // Through a symbolic link, the backup target is the database itself.
    ASSERT_TRUE(QFile::link(dbPath(), path(QStringLiteral("alias.db"))));
    const RunResult alias =
        run({QStringLiteral("backup"), QStringLiteral("-o"), path(QStringLiteral("alias.db"))});
    EXPECT_NE(alias.exitCode, 0) << alias.err.toStdString();

    // Another live database (WAL mode) is not a backup to replace.
    const QString other = path(QStringLiteral("live.db"));
    ASSERT_TRUE(QFile::copy(s_template->filePath(QStringLiteral("demo.db")), other));
    {
        // Opening it read-write puts it in WAL mode, as a running instance would.
        auto opened = storage::Database::open(other);
        ASSERT_TRUE(opened);
    }
    const QByteArray before = fileHash(other);
    const RunResult live = run({QStringLiteral("backup"), QStringLiteral("-o"), other});
    EXPECT_NE(live.exitCode, 0) << live.err.toStdString();
    EXPECT_EQ(fileHash(other), before);
    expectDatabaseIntact(dbPath(), 60);
}

TEST_F(OutputTargetTest, AFullDiskIsNeitherReportedNorAuditedAsWritten)
{
    SmallDisk disk(path(QStringLiteral("small")), 64 * 1024);
    if (!disk.isMounted())
        GTEST_SKIP() << "mounting a small tmpfs needs root (CI runs as root)";
    ASSERT_TRUE(disk.fill());
    const QString csv = disk.folder() + QStringLiteral("/receptions.csv");
    const QString zip = disk.folder() + QStringLiteral("/receptions.zip");
    const QString json = disk.folder() + QStringLiteral("/report.json");
    // The workbooks too (docs/spreadsheets.md): their scratch file is on the same disk.
    const QString xlsx = disk.folder() + QStringLiteral("/receptions.xlsx");
    QStringList workbookReport = reportTo(disk.folder() + QStringLiteral("/report.xlsx"));
    workbookReport[workbookReport.indexOf(QStringLiteral("json"))] = QStringLiteral("xlsx");
    const QList<QStringList> commands{exportTo(csv),
                                      exportTo(csv) << QStringLiteral("--full"),
                                      exportTo(zip) << QStringLiteral("--zip"),
                                      reportTo(json),
                                      exportTo(xlsx) << QStringLiteral("--full"),
                                      workbookReport};
    for (const QStringList &command : commands) {
        SCOPED_TRACE(command.join(u' ').toStdString());
        const RunResult result = run(command);
        EXPECT_EQ(result.exitCode, 1) << result.err.toStdString();
        EXPECT_TRUE(result.errText().contains(QStringLiteral("no space left on the disk")))
            << result.err.toStdString();
    }
    // No file, not even an empty or partial one, and no temporary file left behind.
    EXPECT_EQ(QDir(disk.folder()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList{QStringLiteral("filler")});
    EXPECT_EQ(count(dbPath(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN "
                                   "('export','export_zip','report')")),
              0);
}

} // namespace
} // namespace sr::test
