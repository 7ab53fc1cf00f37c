// A database with records but no users (an upgraded database from before user accounts,
// tests/data/schema-v2.db) is open to nobody: `restore` without a login and `demo` are refused
// and change nothing; the first administrator (`user add --role administrator`) is the way in.
// A new database still takes a restore without login and demo data, a demo database more.
#include "AppTestSupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

const QString userAddHint = QStringLiteral("safereturn user add --role administrator NAME");

class NoUsersDatabaseTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_FALSE(safereturnBinary().isEmpty());
        m_db = m_dir.filePath(QStringLiteral("v2.db"));
        ASSERT_TRUE(QFile::copy(QStringLiteral(SR_TEST_DATA_DIR "/schema-v2.db"), m_db));
        QFile::setPermissions(m_db, QFile::ReadOwner | QFile::WriteOwner);
        // Opening upgrades it to the current schema (users table, no user).
        auto opened = storage::Database::open(m_db);
        ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
        m_persons = queryInt(**opened, QStringLiteral("SELECT count(*) FROM person"));
        ASSERT_GT(m_persons, 0);
        ASSERT_EQ(queryInt(**opened, QStringLiteral("SELECT count(*) FROM app_user")), 0);
    }

    RunResult run(const QStringList &arguments, const QString &db = QString())
    {
        return runSafeReturn(arguments
                                 + QStringList{QStringLiteral("--db"),
                                               db.isEmpty() ? m_db : db,
                                               QStringLiteral("--lang"),
                                               QStringLiteral("en")},
                             m_dir.path());
    }

    qint64 count(const QString &statement, const QString &db = QString())
    {
        auto opened = storage::Database::open(db.isEmpty() ? m_db : db);
        if (!opened) {
            ADD_FAILURE() << "cannot open " << (db.isEmpty() ? m_db : db).toStdString();
            return -1;
        }
        return queryInt(**opened, statement);
    }

    /** A backup of a new demo database (its own administrator "admin"). */
    QString makeBackup()
    {
        const QString source = m_dir.filePath(QStringLiteral("source.db"));
        const QString backup = m_dir.filePath(QStringLiteral("source.bak"));
        EXPECT_EQ(
            run({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("7")}, source)
                .exitCode,
            0);
        const RunResult done = run({QStringLiteral("backup"),
                                    QStringLiteral("--user"),
                                    demoUser(),
                                    QStringLiteral("-o"),
                                    backup},
                                   source);
        EXPECT_EQ(done.exitCode, 0) << done.errText().toStdString();
        return backup;
    }

    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_persons = 0;
};

TEST_F(NoUsersDatabaseTest, RestoreWithoutLoginIsRefusedAndChangesNothing)
{
    const QString backup = makeBackup();
    const QByteArray before = fileHash(m_db);
    const RunResult restored = run({QStringLiteral("restore"), backup});
    EXPECT_EQ(restored.exitCode, 1) << restored.errText().toStdString();
    EXPECT_TRUE(restored.errText().contains(userAddHint)) << restored.errText().toStdString();
    EXPECT_FALSE(restored.errText().contains(QStringLiteral("restored from")));
    EXPECT_EQ(fileHash(m_db), before);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM person")), m_persons);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM app_user")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'restore'")), 0);
}

TEST_F(NoUsersDatabaseTest, DemoIsRefusedAndCreatesNoUser)
{
    const RunResult demo =
        run({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("3")});
    EXPECT_EQ(demo.exitCode, 1) << demo.errText().toStdString();
    EXPECT_TRUE(demo.errText().contains(userAddHint)) << demo.errText().toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM app_user")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM person")), m_persons);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'demo'")), 0);
}

TEST_F(NoUsersDatabaseTest, FirstAdministratorStillWorksAndThenRestoreWithLogin)
{
    const QString backup = makeBackup();
    const RunResult added = run({QStringLiteral("user"),
                                 QStringLiteral("add"),
                                 QStringLiteral("--role"),
                                 QStringLiteral("administrator"),
                                 QStringLiteral("chi.ha")});
    ASSERT_EQ(added.exitCode, 0) << added.errText().toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM app_user WHERE role = 'administrator'")),
              1);

    // Demo data still stays out of the real records, also with a login.
    const RunResult demo = run({QStringLiteral("demo"),
                                QStringLiteral("--persons"),
                                QStringLiteral("3"),
                                QStringLiteral("--user"),
                                QStringLiteral("chi.ha")});
    EXPECT_EQ(demo.exitCode, 1) << demo.errText().toStdString();
    EXPECT_TRUE(demo.errText().contains(QStringLiteral("not made by the demo")))
        << demo.errText().toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM person")), m_persons);

    // With the administrator's login the restore is an ordinary one.
    const RunResult restored = run(
        {QStringLiteral("restore"), backup, QStringLiteral("--user"), QStringLiteral("chi.ha")});
    EXPECT_EQ(restored.exitCode, 0) << restored.errText().toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM person")), 7);
}

TEST_F(NoUsersDatabaseTest, NewDatabasesStillTakeDemoDataAndARestoreWithoutLogin)
{
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.db"));
    const RunResult demo =
        run({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("5")}, fresh);
    ASSERT_EQ(demo.exitCode, 0) << demo.errText().toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM person"), fresh), 5);
    // A demo database takes more demo data.
    const RunResult again = run({QStringLiteral("demo"),
                                 QStringLiteral("--persons"),
                                 QStringLiteral("4"),
                                 QStringLiteral("--user"),
                                 demoUser()},
                                fresh);
    ASSERT_EQ(again.exitCode, 0) << again.errText().toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM person"), fresh), 9);

    // A brand-new file takes a restore without a login: the backup brings its users.
    const QString backup = makeBackup();
    const QString empty = m_dir.filePath(QStringLiteral("empty.db"));
    const RunResult restored = run({QStringLiteral("restore"), backup}, empty);
    EXPECT_EQ(restored.exitCode, 0) << restored.errText().toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM person"), empty), 7);
}

} // namespace
} // namespace sr::test
