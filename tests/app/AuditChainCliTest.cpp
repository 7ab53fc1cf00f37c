// Tamper evidence and encrypted backups through the real executable: an audit row edited with
// the sqlite3 shell (triggers dropped) makes `safereturn check` name the row and exit 1;
// `backup --encrypt` and `restore` of the encrypted file (docs/security.md).
#include "AppTestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

namespace sr::test {
namespace {

class AuditChainCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("chain.db"));
        const RunResult demo =
            run({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("30")});
        ASSERT_EQ(demo.exitCode, 0) << demo.errText().toStdString();
    }

    RunResult run(QStringList arguments, const QList<QPair<QString, QString>> &environment = {})
    {
        arguments << QStringLiteral("--db") << m_db << QStringLiteral("--lang")
                  << QStringLiteral("en");
        if (arguments.constFirst() != QLatin1String("demo"))
            arguments << QStringLiteral("--user") << demoUser();
        return runSafeReturn(arguments, m_dir.path(), 180000, environment);
    }

    /** Runs the sqlite3 shell on the database; the test is skipped without it. */
    bool shell(const QString &sql)
    {
        const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (sqlite3.isEmpty())
            return false;
        QProcess process;
        process.start(sqlite3, {m_db, sql});
        process.waitForFinished(30000);
        EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
        return true;
    }

    QTemporaryDir m_dir;
    QString m_db;
};

TEST_F(AuditChainCliTest, CheckNamesTheFirstEditedRowAndFails)
{
    const RunResult clean = run({QStringLiteral("check")});
    ASSERT_EQ(clean.exitCode, 0) << clean.errText().toStdString();
    EXPECT_TRUE(clean.outText().contains(QStringLiteral("audit chain ok")));

    if (!shell(QStringLiteral("DROP TRIGGER audit_log_no_update; "
                              "UPDATE audit_log SET actor = 'someone_else' WHERE id = 2;")))
        GTEST_SKIP() << "sqlite3 shell not installed";
    const RunResult broken = run({QStringLiteral("check")});
    EXPECT_EQ(broken.exitCode, 1);
    EXPECT_TRUE(broken.outText().contains(QStringLiteral("audit chain broken at row 2")))
        << broken.outText().toStdString();
}

TEST_F(AuditChainCliTest, AHashRecomputedInTheShellIsRefusedByTheMissingFunction)
{
    // The shell has no sr_audit_hash(): a row cannot even be appended there with the
    // chain trigger in place.
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        GTEST_SKIP() << "sqlite3 shell not installed";
    QProcess process;
    process.start(sqlite3,
                  {m_db,
                   QStringLiteral("INSERT INTO audit_log (at, actor, action) VALUES "
                                  "('2026-01-01T00:00:00.000Z', 'x', 'forged');")});
    process.waitForFinished(30000);
    EXPECT_NE(process.exitCode(), 0);
    const RunResult check = run({QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 0) << check.outText().toStdString();
}

TEST_F(AuditChainCliTest, EncryptedBackupAndRestore)
{
    const QString backup = m_dir.filePath(QStringLiteral("b.srbak"));
    const QPair<QString, QString> good{QStringLiteral("SAFERETURN_PASSPHRASE"),
                                       QStringLiteral("một câu mật khẩu dài")};
    const RunResult written =
        run({QStringLiteral("backup"), QStringLiteral("--encrypt"), QStringLiteral("-o"), backup},
            {good});
    ASSERT_EQ(written.exitCode, 0) << written.errText().toStdString();
    QFile file(backup);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(8) == QByteArrayLiteral("SRBACKUP"));
    file.close();

    // No passphrase source (stdin is not a terminal): usage error, nothing written.
    const QString other = m_dir.filePath(QStringLiteral("c.srbak"));
    const RunResult without =
        run({QStringLiteral("backup"), QStringLiteral("--encrypt"), QStringLiteral("-o"), other});
    EXPECT_EQ(without.exitCode, 2);
    EXPECT_FALSE(QFile::exists(other));

    const RunResult wrong =
        run({QStringLiteral("restore"), backup},
            {{QStringLiteral("SAFERETURN_PASSPHRASE"), QStringLiteral("not the passphrase")}});
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.errText().contains(QStringLiteral("wrong passphrase")))
        << wrong.errText().toStdString();

    const RunResult restored = run({QStringLiteral("restore"), backup}, {good});
    EXPECT_EQ(restored.exitCode, 0) << restored.errText().toStdString();
    const RunResult check = run({QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 0);
    EXPECT_TRUE(check.outText().contains(QStringLiteral("person\t30")))
        << check.outText().toStdString();
}

TEST_F(AuditChainCliTest, FilesAreOwnerOnlyWhateverTheUmask)
{
    // The child inherits a permissive umask; the program still creates owner-only files.
    const mode_t previous = ::umask(022);
    const QString plain = m_dir.filePath(QStringLiteral("plain.db"));
    const QString encrypted = m_dir.filePath(QStringLiteral("enc.srbak"));
    const QString csv = m_dir.filePath(QStringLiteral("full.csv"));
    const QString zip = m_dir.filePath(QStringLiteral("full.zip"));
    const QString report = m_dir.filePath(QStringLiteral("report.json"));
    const QPair<QString, QString> passphrase{QStringLiteral("SAFERETURN_PASSPHRASE"),
                                             QStringLiteral("một câu mật khẩu dài")};
    const QStringList period{QStringLiteral("--from"),
                             QStringLiteral("2015-01-01"),
                             QStringLiteral("--to"),
                             QStringLiteral("2030-12-31")};
    const QList<RunResult> results{
        run({QStringLiteral("backup"), QStringLiteral("-o"), plain}),
        run({QStringLiteral("backup"),
             QStringLiteral("--encrypt"),
             QStringLiteral("-o"),
             encrypted},
            {passphrase}),
        run(QStringList{
                QStringLiteral("export"), QStringLiteral("--full"), QStringLiteral("-o"), csv}
            + period),
        run(QStringList{QStringLiteral("export"),
                        QStringLiteral("--full"),
                        QStringLiteral("--zip"),
                        QStringLiteral("-o"),
                        zip}
                + period,
            {passphrase}),
        run(QStringList{QStringLiteral("report"),
                        QStringLiteral("--format"),
                        QStringLiteral("json"),
                        QStringLiteral("-o"),
                        report}
            + period),
    };
    ::umask(previous);
    for (const RunResult &result : results)
        EXPECT_EQ(result.exitCode, 0) << result.errText().toStdString();
    for (const QString &file : {m_db, plain, encrypted, csv, zip, report}) {
        struct stat info
        {};
        ASSERT_EQ(::stat(QFile::encodeName(file).constData(), &info), 0) << file.toStdString();
        EXPECT_EQ(info.st_mode & 0777, 0600u) << file.toStdString();
    }
}

} // namespace
} // namespace sr::test
