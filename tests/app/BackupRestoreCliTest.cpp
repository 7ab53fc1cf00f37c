// `safereturn restore` through the real executable: a file with our application_id and
// user_version but no SafeReturn schema (plain or encrypted) is refused with a sentence, exit 1,
// and the database keeps its records and accounts (tests/storage/RestoreProofTest.cpp checks the
// bytes); a real backup still restores.
#include "AppTestSupport.h"
#include "support/EncryptForTest.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sqlite3.h>

namespace sr::test {
namespace {

const QString kPassphrase = QStringLiteral("correct horse battery");

class BackupRestoreCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("live.db"));
        const RunResult demo =
            run({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("20")});
        ASSERT_EQ(demo.exitCode, 0) << demo.errText().toStdString();
    }

    RunResult run(QStringList arguments)
    {
        arguments << QStringLiteral("--db") << m_db << QStringLiteral("--lang")
                  << QStringLiteral("en");
        if (arguments.constFirst() != QLatin1String("demo"))
            arguments << QStringLiteral("--user") << demoUser();
        return runSafeReturn(arguments,
                             m_dir.path(),
                             180000,
                             {{QStringLiteral("SAFERETURN_PASSPHRASE"), kPassphrase}});
    }

    QString evilFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("evil.bak"));
        sqlite3 *db = nullptr;
        EXPECT_EQ(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        const QByteArray sql =
            QStringLiteral(
                "PRAGMA application_id=1397900628; PRAGMA user_version=%1; CREATE TABLE x(y);")
                .arg(storage::Database::currentSchemaVersion())
                .toUtf8();
        EXPECT_EQ(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        return path;
    }

    void expectRefused(const QString &backup)
    {
        const RunResult restored = run({QStringLiteral("restore"), backup});
        EXPECT_EQ(restored.exitCode, 1) << restored.outText().toStdString();
        EXPECT_FALSE(restored.outText().contains(QStringLiteral("restored")));
        EXPECT_TRUE(restored.errText().contains(QStringLiteral("the database was not changed")))
            << restored.errText().toStdString();
        EXPECT_FALSE(restored.errText().contains(QStringLiteral("(error")))
            << restored.errText().toStdString();
        // (The file itself changes: the refused attempt is audited in it.)
        const RunResult check = run({QStringLiteral("check")});
        EXPECT_EQ(check.exitCode, 0) << check.errText().toStdString();
        EXPECT_TRUE(check.outText().contains(QStringLiteral("person\t20")))
            << check.outText().toStdString();
    }

    QTemporaryDir m_dir;
    QString m_db;
};

TEST_F(BackupRestoreCliTest, EmptySchemaWithOurIdsIsRefused)
{
    expectRefused(evilFile());
}

TEST_F(BackupRestoreCliTest, EncryptedEmptySchemaWithOurIdsIsRefused)
{
    const QString encrypted = m_dir.filePath(QStringLiteral("evil.srbak"));
    ASSERT_TRUE(encryptFileForTest(evilFile(), encrypted, kPassphrase.toUtf8()));
    expectRefused(encrypted);
}

TEST_F(BackupRestoreCliTest, ARealBackupStillRestores)
{
    const QString backup = m_dir.filePath(QStringLiteral("good.bak"));
    const RunResult written = run({QStringLiteral("backup"), QStringLiteral("-o"), backup});
    ASSERT_EQ(written.exitCode, 0) << written.errText().toStdString();
    const RunResult restored = run({QStringLiteral("restore"), backup});
    EXPECT_EQ(restored.exitCode, 0) << restored.errText().toStdString();
    EXPECT_TRUE(restored.outText().contains(QStringLiteral("restored")));
    const RunResult check = run({QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 0) << check.errText().toStdString();
}

} // namespace
} // namespace sr::test
