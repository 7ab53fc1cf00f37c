// `safereturn server init` and `safereturn server migrate` against a real database server (the
// test cluster of scripts/test-server.sh), and what backup and restore say on a server. Skipped
// only when no test server is configured (SAFERETURN_TEST_SERVER).
#include "AppTestSupport.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "support/AttachmentFixture.h"
#include "support/StayFixture.h"
#include "support/TestServer.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

#include <csignal>
#include <sqlite3.h>
#include <sys/types.h>

namespace sr::test {
namespace {

class ServerMigrateCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (serverAdminLocation().isEmpty())
            GTEST_SKIP() << "no test server (SAFERETURN_TEST_SERVER is not set)";
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_FALSE(safereturnBinary().isEmpty()) << "SAFERETURN_BIN is not set";
        m_server = createServerDatabase();
        ASSERT_FALSE(m_server.isEmpty());
        m_file = m_dir.filePath(QStringLiteral("live.db"));
    }

    void TearDown() override
    {
        if (!m_server.isEmpty())
            dropServerDatabase(m_server);
    }

    RunResult run(QStringList arguments) const
    {
        arguments << QStringLiteral("--lang") << QStringLiteral("en");
        return runSafeReturn(arguments, m_dir.path(), 300000);
    }

    void makeDemoFile()
    {
        const RunResult demo = run({QStringLiteral("demo"),
                                    QStringLiteral("--persons"),
                                    QStringLiteral("30"),
                                    QStringLiteral("--db"),
                                    m_file});
        ASSERT_EQ(demo.exitCode, 0) << demo.errText().toStdString();
    }

    RunResult init(const QStringList &more = {}) const
    {
        return run(
            QStringList{
                QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--db"), m_server}
            + more);
    }

    RunResult migrate() const
    {
        return run({QStringLiteral("server"),
                    QStringLiteral("migrate"),
                    QStringLiteral("--from"),
                    m_file,
                    QStringLiteral("--to"),
                    m_server});
    }

    /** A condition on the server database that must hold (a failed check fails the test). */
    bool holds(const QString &condition) const
    {
        return runOnServer(m_server,
                           QStringLiteral("DO $$ BEGIN IF NOT (%1) THEN RAISE EXCEPTION "
                                          "'condition does not hold'; END IF; END $$")
                               .arg(condition));
    }

    /** One value of the database file. */
    QString fileValue(const char *statement) const
    {
        sqlite3 *db = nullptr;
        QString value;
        if (sqlite3_open_v2(m_file.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
            == SQLITE_OK) {
            sqlite3_stmt *st = nullptr;
            if (sqlite3_prepare_v2(db, statement, -1, &st, nullptr) == SQLITE_OK
                && sqlite3_step(st) == SQLITE_ROW)
                value =
                    QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
            sqlite3_finalize(st);
        }
        sqlite3_close(db);
        return value;
    }

    QTemporaryDir m_dir;
    QString m_server;
    QString m_file;
};

TEST_F(ServerMigrateCliTest, InitCreatesTheSchemaAndGrantsTheDailyRoleNoDdl)
{
    const QString role =
        QStringLiteral("sr_daily_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    ASSERT_TRUE(runOnServer(m_server, QStringLiteral("CREATE ROLE %1 LOGIN").arg(role)));
    const RunResult done = init({QStringLiteral("--grant"), role});
    EXPECT_EQ(done.exitCode, 0) << done.errText().toStdString();
    EXPECT_TRUE(done.outText().contains(QLatin1String("were created")))
        << done.outText().toStdString();
    EXPECT_TRUE(done.outText().contains(role));
    EXPECT_TRUE(holds(QStringLiteral("to_regclass('person') IS NOT NULL")));
    EXPECT_TRUE(holds(
        QStringLiteral("has_table_privilege('%1', 'person', 'INSERT, UPDATE, SELECT')").arg(role)));
    EXPECT_TRUE(
        holds(QStringLiteral("NOT has_table_privilege('%1', 'person', 'DELETE')").arg(role)));
    EXPECT_TRUE(
        holds(QStringLiteral("NOT has_table_privilege('%1', 'audit_log', 'TRUNCATE')").arg(role)));
    EXPECT_TRUE(
        holds(QStringLiteral("has_table_privilege('%1', 'report_dirty', 'DELETE')").arg(role)));
    EXPECT_TRUE(
        holds(QStringLiteral("NOT has_schema_privilege('%1', 'public', 'CREATE')").arg(role)));
    EXPECT_TRUE(
        holds(QStringLiteral(
                  "has_sequence_privilege('%1', pg_get_serial_sequence('person', 'id'), 'USAGE')")
                  .arg(role)));
    ASSERT_TRUE(runOnServer(m_server, QStringLiteral("DROP OWNED BY %1").arg(role)));
    ASSERT_TRUE(runOnServer(m_server, QStringLiteral("DROP ROLE %1").arg(role)));

    // Run again: nothing to create, said so.
    const RunResult again = init();
    EXPECT_EQ(again.exitCode, 0) << again.errText().toStdString();
    EXPECT_TRUE(again.outText().contains(QLatin1String("nothing was created")));
}

TEST_F(ServerMigrateCliTest, InitRefusesAForeignDatabaseUntouched)
{
    ASSERT_TRUE(runOnServer(m_server, QStringLiteral("CREATE TABLE theirs (x integer)")));
    const RunResult refused = init();
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_FALSE(refused.errText().isEmpty());
    EXPECT_TRUE(holds(
        QStringLiteral("to_regclass('sr_schema') IS NULL AND to_regclass('person') IS NULL")));
    EXPECT_TRUE(
        holds(QStringLiteral("(SELECT count(*) FROM pg_tables WHERE schemaname = 'public') = 1")));
}

TEST_F(ServerMigrateCliTest, MigrateCopiesADemoDatabaseAndChecksIt)
{
    makeDemoFile();
    ASSERT_EQ(init().exitCode, 0);
    const RunResult moved = migrate();
    ASSERT_EQ(moved.exitCode, 0) << moved.errText().toStdString() << moved.outText().toStdString();
    EXPECT_TRUE(moved.outText().contains(QLatin1String("row counts: equal on both sides")));
    EXPECT_TRUE(moved.outText().contains(QLatin1String("identical on both sides")));
    EXPECT_TRUE(moved.outText().contains(QLatin1String("hash chain intact")));
    EXPECT_TRUE(moved.errText().contains(QLatin1String("person: 30 / 30 rows")));

    // The audit chain verifies on the server, ids and hashes as in the file.
    {
        auto db = storage::Database::open(m_server);
        ASSERT_TRUE(db) << db.error().detail.toStdString();
        auto chain = storage::AuditLog(**db).verifyChain();
        ASSERT_TRUE(chain);
        EXPECT_EQ(chain->firstBrokenId, 0);
        EXPECT_GT(chain->rows, 0);
    }
    EXPECT_TRUE(holds(QStringLiteral("(SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) = '%1'")
                          .arg(fileValue("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"))));
    // New records take ids after the copied ones.
    EXPECT_TRUE(holds(QStringLiteral("nextval(pg_get_serial_sequence('person', 'id')) = 31")));
    // The hotline's calls travel too (docs/centre-work.md), the links to their cases kept.
    const QString calls = fileValue("SELECT count(*) FROM hotline_call");
    EXPECT_NE(calls, QStringLiteral("0"));
    EXPECT_TRUE(holds(QStringLiteral("(SELECT count(*) FROM hotline_call) = %1").arg(calls)));
    EXPECT_TRUE(holds(
        QStringLiteral("(SELECT count(*) FROM hotline_call WHERE person_id IS NOT NULL) = %1")
            .arg(fileValue("SELECT count(*) FROM hotline_call WHERE person_id IS NOT NULL"))));

    // A person is found on the server by a word of the name, without diacritics.
    const QString caseCode = fileValue("SELECT case_code FROM person ORDER BY id LIMIT 1");
    const QString word = fileValue("SELECT name_folded FROM person ORDER BY id LIMIT 1")
                             .split(u' ', Qt::SkipEmptyParts)
                             .constLast();
    ASSERT_FALSE(word.isEmpty());
    const RunResult found = run({QStringLiteral("find"),
                                 word,
                                 QStringLiteral("--db"),
                                 m_server,
                                 QStringLiteral("--user"),
                                 demoUser()});
    EXPECT_EQ(found.exitCode, 0) << found.errText().toStdString();
    EXPECT_TRUE(found.outText().contains(caseCode)) << found.outText().toStdString();
}

TEST_F(ServerMigrateCliTest, MigrateCarriesTheAttachmentsByteForByte)
{
    makeDemoFile();
    AttachedCase attached;
    {
        auto file = storage::Database::open(m_file);
        ASSERT_TRUE(file) << file.error().detail.toStdString();
        const domain::Actor admin{0, demoUser(), domain::Role::Administrator};
        ASSERT_NO_FATAL_FAILURE(makeAttachedCase(**file, admin, attached));
    }
    ASSERT_EQ(init().exitCode, 0);
    const RunResult moved = migrate();
    ASSERT_EQ(moved.exitCode, 0) << moved.errText().toStdString() << moved.outText().toStdString();
    EXPECT_TRUE(moved.outText().contains(QLatin1String("row counts: equal on both sides")));
    EXPECT_TRUE(moved.outText().contains(
        QLatin1String("attachments on the server: 3 read back, bytes identical (SHA-256)")))
        << moved.outText().toStdString();
    EXPECT_TRUE(moved.outText().contains(QLatin1String("attachment_chunk\t5\t5")))
        << moved.outText().toStdString();
    {
        auto db = storage::Database::open(m_server);
        ASSERT_TRUE(db) << db.error().detail.toStdString();
        expectAttachmentsIn(**db, attached);
    }
    // The bytes are bytea on the server, a chunk a row as in the file.
    EXPECT_TRUE(holds(QStringLiteral("(SELECT max(octet_length(data)) FROM attachment_chunk) = "
                                     "1048576")));
    EXPECT_TRUE(holds(QStringLiteral("nextval(pg_get_serial_sequence('attachment', 'id')) = %1")
                          .arg(attached.attachments.last().meta.id + 1)));
}

// The shelters, rooms and stays (docs/centre-work.md "Shelter"): the stays keep their ids,
// uuids, open ends and personal notes; the seeded shelters and rooms are the server's own rows.
TEST_F(ServerMigrateCliTest, MigrateCarriesTheShelterStays)
{
    makeDemoFile();
    StayedCase stayed;
    {
        auto file = storage::Database::open(m_file);
        ASSERT_TRUE(file) << file.error().detail.toStdString();
        const domain::Actor admin{0, demoUser(), domain::Role::Administrator};
        ASSERT_NO_FATAL_FAILURE(makeStayedCase(**file, admin, stayed));
    }
    const QString stays = fileValue("SELECT count(*) FROM shelter_stay");
    ASSERT_GE(stays.toInt(), 2);
    ASSERT_EQ(init().exitCode, 0);
    const RunResult moved = migrate();
    ASSERT_EQ(moved.exitCode, 0) << moved.errText().toStdString() << moved.outText().toStdString();
    EXPECT_TRUE(moved.outText().contains(QLatin1String("row counts: equal on both sides")));
    EXPECT_TRUE(moved.outText().contains(QStringLiteral("shelter_stay\t%1\t%1").arg(stays)))
        << moved.outText().toStdString();
    EXPECT_TRUE(moved.outText().contains(QLatin1String("shelter_room\t13\t13")))
        << moved.outText().toStdString();
    {
        auto db = storage::Database::open(m_server);
        ASSERT_TRUE(db) << db.error().detail.toStdString();
        expectStaysIn(**db, stayed);
    }
    EXPECT_TRUE(holds(QStringLiteral("(SELECT count(*) FROM shelter_stay WHERE left_date = '' "
                                     "AND id = %1) = 1")
                          .arg(stayed.stays.last().meta.id)));
    EXPECT_TRUE(holds(QStringLiteral("nextval(pg_get_serial_sequence('shelter_stay', 'id')) = %1")
                          .arg(fileValue("SELECT max(id) + 1 FROM shelter_stay"))));
}

TEST_F(ServerMigrateCliTest, MigrateRefusesATargetWithRecordsUnchanged)
{
    makeDemoFile();
    ASSERT_EQ(init().exitCode, 0);
    ASSERT_EQ(migrate().exitCode, 0);
    const RunResult again = migrate();
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.errText().contains(QLatin1String("already holds records")))
        << again.errText().toStdString();
    EXPECT_TRUE(holds(QStringLiteral("(SELECT count(*) FROM person) = 30")));
    EXPECT_TRUE(holds(QStringLiteral("(SELECT count(*) FROM app_user) = 1")));
}

TEST_F(ServerMigrateCliTest, CtrlCStopsAMigrationAndLeavesTheServerUnchanged)
{
    const RunResult demo = run({QStringLiteral("demo"),
                                QStringLiteral("--persons"),
                                QStringLiteral("3000"),
                                QStringLiteral("--db"),
                                m_file});
    ASSERT_EQ(demo.exitCode, 0) << demo.errText().toStdString();
    ASSERT_EQ(init().exitCode, 0);
    QProcess process;
    process.setProcessEnvironment(childEnvironment(m_dir.path()));
    process.start(safereturnBinary(),
                  {QStringLiteral("server"),
                   QStringLiteral("migrate"),
                   QStringLiteral("--from"),
                   m_file,
                   QStringLiteral("--to"),
                   m_server,
                   QStringLiteral("--lang"),
                   QStringLiteral("en")});
    ASSERT_TRUE(process.waitForStarted(10000));
    process.setReadChannel(QProcess::StandardError); // waitForReadyRead() waits for stderr
    // The first progress line: the copy's transaction is open. Enough persons that the copy
    // takes seconds after it.
    QByteArray err;
    while (!err.contains("settings:") && process.waitForReadyRead(60000))
        err += process.readAllStandardError();
    ASSERT_TRUE(err.contains("settings:")) << err.constData();
    ::kill(pid_t(process.processId()), SIGINT);
    ASSERT_TRUE(process.waitForFinished(120000));
    err += process.readAllStandardError();
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit) << err.constData();
    EXPECT_EQ(process.exitCode(), 1);
    EXPECT_TRUE(err.contains("the server database was not changed")) << err.constData();
    EXPECT_TRUE(holds(QStringLiteral("NOT EXISTS (SELECT 1 FROM person) AND NOT EXISTS "
                                     "(SELECT 1 FROM audit_log) AND NOT EXISTS (SELECT 1 FROM "
                                     "app_user) AND NOT EXISTS (SELECT 1 FROM person_search)")));
}

TEST_F(ServerMigrateCliTest, MigrateIntoADatabaseWithoutSchemaSaysRunInit)
{
    makeDemoFile();
    const RunResult refused = migrate();
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.errText().contains(QLatin1String("server init")))
        << refused.errText().toStdString();
    EXPECT_TRUE(holds(QStringLiteral("to_regclass('person') IS NULL")));
}

TEST_F(ServerMigrateCliTest, BackupAndRestoreOnAServerPointToPgDump)
{
    makeDemoFile();
    ASSERT_EQ(init().exitCode, 0);
    ASSERT_EQ(migrate().exitCode, 0);
    const RunResult backup = run({QStringLiteral("backup"),
                                  QStringLiteral("-o"),
                                  m_dir.filePath(QStringLiteral("copy.db")),
                                  QStringLiteral("--db"),
                                  m_server,
                                  QStringLiteral("--user"),
                                  demoUser()});
    EXPECT_NE(backup.exitCode, 0);
    EXPECT_TRUE(backup.errText().contains(QLatin1String("pg_dump")))
        << backup.errText().toStdString();
    EXPECT_TRUE(backup.errText().contains(QLatin1String("docs/server.md")));
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("copy.db"))));

    const RunResult restore = run({QStringLiteral("restore"),
                                   m_file,
                                   QStringLiteral("--db"),
                                   m_server,
                                   QStringLiteral("--user"),
                                   demoUser()});
    EXPECT_NE(restore.exitCode, 0);
    EXPECT_TRUE(restore.errText().contains(QLatin1String("pg_dump")))
        << restore.errText().toStdString();
}

} // namespace
} // namespace sr::test
