// A restore replaces the live database only with a backup that proves itself a whole SafeReturn
// database of its version: the schema the migrations make (tables, indexes, triggers),
// integrity, foreign keys, the audit chain and an active administrator. Anything else is
// refused and the live database keeps every byte.
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/EncryptedBackup.h"
#include "storage/Maintenance.h"
#include "support/EncryptForTest.h"
#include "support/TempDatabase.h"
#include "support/TestServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sqlite3.h>

using sr::ErrorCode;
using sr::storage::Database;
namespace maintenance = sr::storage::maintenance;
namespace encrypted_backup = sr::storage::encrypted_backup;

namespace {

const QByteArray kPassphrase("correct horse battery");

qint64 scalar(Database &db, const QString &statement)
{
    QSqlQuery query(db.connection());
    if (!query.exec(statement) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

bool exec(Database &db, const QString &statement)
{
    QSqlQuery query(db.connection());
    return query.exec(statement);
}

void addUser(Database &db, const QString &name, const QString &role)
{
    ASSERT_TRUE(exec(db,
                     QStringLiteral("INSERT INTO app_user (uuid, user_name, role, password_hash, "
                                    "created_at, created_by, updated_at, updated_by) VALUES "
                                    "(lower(hex(randomblob(16))), '%1', '%2', 'x', "
                                    "'2026-01-01T00:00:00Z', 'test', '2026-01-01T00:00:00Z', "
                                    "'test')")
                         .arg(name, role)));
}

/** Runs @a statements on the SQLite file @a path outside SafeReturn (as a tamperer would). */
void tamper(const QString &path, const char *statements)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, statements, nullptr, nullptr, &message);
    EXPECT_EQ(rc, SQLITE_OK) << (message ? message : "");
    sqlite3_free(message);
    sqlite3_close(db);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

class RestoreProofTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        SR_SKIP_ON_SERVER("backup files restored over a database file "
                          "(MaintenanceTest.ServerBackupAndRestoreAreRefused)");
        // The source of the backups: an administrator, a viewer, a few audit rows.
        addUser(m_source.db(), QStringLiteral("boss"), QStringLiteral("administrator"));
        addUser(m_source.db(), QStringLiteral("reader"), QStringLiteral("viewer"));
        sr::storage::AuditLog log(m_source.db());
        const sr::domain::Actor actor{1, QStringLiteral("boss"), sr::domain::Role::Administrator};
        for (int i = 0; i < 3; ++i)
            ASSERT_TRUE(log.append(actor, QStringLiteral("test")).ok());
        ASSERT_TRUE(exec(m_source.db(),
                         QStringLiteral("INSERT INTO settings VALUES ('marker', 'backup')")));
        m_backup = m_source.filePath(QStringLiteral("good.bak"));
        ASSERT_TRUE(maintenance::backup(m_source.db(), m_backup).ok());

        // The live database: its own administrator and marker.
        addUser(m_live.db(), QStringLiteral("liveadmin"), QStringLiteral("administrator"));
        ASSERT_TRUE(
            exec(m_live.db(), QStringLiteral("INSERT INTO settings VALUES ('marker', 'live')")));
    }

    /** The restore of @a backup is refused with @a code and the live database is unchanged. */
    void expectRefused(const QString &backup, ErrorCode code, bool encrypted = false)
    {
        const QByteArray before = fileHash(m_live.path());
        const QByteArray walBefore = fileHash(m_live.path() + QStringLiteral("-wal"));
        QString file = backup;
        if (encrypted) {
            file = backup + QStringLiteral(".enc");
            ASSERT_TRUE(sr::test::encryptFileForTest(backup, file, kPassphrase));
        }
        const auto restored = encrypted ? encrypted_backup::restore(m_live.db(), file, kPassphrase)
                                        : maintenance::restore(m_live.db(), file);
        ASSERT_FALSE(restored.ok()) << "restore of a bad backup succeeded";
        EXPECT_EQ(restored.error().code, code) << restored.error().detail.toStdString();
        EXPECT_EQ(fileHash(m_live.path()), before);
        EXPECT_EQ(fileHash(m_live.path() + QStringLiteral("-wal")), walBefore);
        EXPECT_EQ(scalar(m_live.db(),
                         QStringLiteral("SELECT count(*) FROM settings WHERE key = 'marker' AND "
                                        "value = 'live'")),
                  1);
        EXPECT_EQ(scalar(m_live.db(),
                         QStringLiteral("SELECT count(*) FROM app_user WHERE "
                                        "user_name = 'liveadmin'")),
                  1);
        // No plain copy of the backup is left beside the live database.
        const QStringList left =
            QDir(m_live.dir()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        for (const QString &name : left)
            EXPECT_FALSE(name.contains(QLatin1String("plain"))
                         || name.contains(QLatin1String("sr-private")))
                << name.toStdString();
    }

    /** A copy of the good backup to tamper with. */
    QString copyOfBackup(const QString &name)
    {
        const QString path = m_source.filePath(name);
        QFile::remove(path);
        EXPECT_TRUE(QFile::copy(m_backup, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    sr::test::TempDatabase m_source;
    sr::test::TempDatabase m_live;
    QString m_backup;
};

/** The file of the issue: our application_id and user_version, one foreign table. */
QString evilFile(const QString &dir)
{
    const QString path = dir + QStringLiteral("/evil.bak");
    QFile::remove(path);
    tamper(path,
           QStringLiteral("PRAGMA application_id=%1; PRAGMA user_version=%2; CREATE TABLE x(y);")
               .arg(Database::applicationId)
               .arg(Database::currentSchemaVersion())
               .toUtf8()
               .constData());
    return path;
}

} // namespace

TEST_F(RestoreProofTest, EmptySchemaWithOurIdsIsRefused)
{
    expectRefused(evilFile(m_source.dir()), ErrorCode::NotSafeReturnDatabase);
}

TEST_F(RestoreProofTest, EncryptedEmptySchemaWithOurIdsIsRefused)
{
    expectRefused(evilFile(m_source.dir()), ErrorCode::NotSafeReturnDatabase, true);
}

TEST_F(RestoreProofTest, DroppedIndexIsRefused)
{
    const QString bad = copyOfBackup(QStringLiteral("no-index.bak"));
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(bad).constData(), &db), SQLITE_OK);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
                       "ORDER BY name LIMIT 1",
                       -1,
                       &stmt,
                       nullptr);
    ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
    const QByteArray index(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    tamper(bad, ("DROP INDEX \"" + index + "\";").constData());
    expectRefused(bad, ErrorCode::NotSafeReturnDatabase);
}

TEST_F(RestoreProofTest, DroppedTriggerIsRefused)
{
    const QString bad = copyOfBackup(QStringLiteral("no-trigger.bak"));
    tamper(bad, "DROP TRIGGER app_user_no_delete;");
    expectRefused(bad, ErrorCode::NotSafeReturnDatabase);
}

TEST_F(RestoreProofTest, ExtraTableIsRefused)
{
    const QString bad = copyOfBackup(QStringLiteral("extra.bak"));
    tamper(bad, "CREATE TABLE extra (x TEXT);");
    expectRefused(bad, ErrorCode::NotSafeReturnDatabase);
}

TEST_F(RestoreProofTest, EditedAuditRowIsRefused)
{
    const QString bad = copyOfBackup(QStringLiteral("edited-audit.bak"));
    // The tamperer drops the append-only trigger, edits a row and puts the trigger back, so
    // the schema is intact and only the hash chain tells.
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(bad).constData(), &db), SQLITE_OK);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(
        db, "SELECT sql FROM sqlite_schema WHERE name = 'audit_log_no_update'", -1, &stmt, nullptr);
    ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
    const QByteArray trigger(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    tamper(bad,
           ("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'someone' WHERE id = "
            "(SELECT min(id) FROM audit_log WHERE action = 'test'); "
            + trigger + ";")
               .constData());
    expectRefused(bad, ErrorCode::Corrupt);
}

TEST_F(RestoreProofTest, BackupWithoutActiveAdministratorIsRefused)
{
    const QString bad = copyOfBackup(QStringLiteral("no-admin.bak"));
    tamper(bad, "UPDATE app_user SET disabled = 1 WHERE role = 'administrator';");
    expectRefused(bad, ErrorCode::NotSafeReturnDatabase);
}

TEST_F(RestoreProofTest, BackupWithoutUsersIsRefusedOverADatabaseWithUsers)
{
    QTemporaryDir dir;
    const QString old = dir.filePath(QStringLiteral("v3.db"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(SR_TEST_DATA_DIR "/schema-v3.db"), old));
    QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner);
    expectRefused(old, ErrorCode::NotSafeReturnDatabase);
}

TEST_F(RestoreProofTest, GoodBackupStillRestores)
{
    ASSERT_TRUE(maintenance::restore(m_live.db(), m_backup).ok());
    EXPECT_EQ(scalar(m_live.db(),
                     QStringLiteral("SELECT count(*) FROM settings WHERE key = 'marker' AND "
                                    "value = 'backup'")),
              1);
    EXPECT_EQ(scalar(m_live.db(),
                     QStringLiteral("SELECT count(*) FROM app_user WHERE user_name = 'boss'")),
              1);
}

TEST_F(RestoreProofTest, GoodEncryptedBackupStillRestores)
{
    const QString encrypted = m_source.filePath(QStringLiteral("good.enc"));
    ASSERT_TRUE(sr::test::encryptFileForTest(m_backup, encrypted, kPassphrase));
    ASSERT_TRUE(encrypted_backup::restore(m_live.db(), encrypted, kPassphrase).ok());
    EXPECT_EQ(scalar(m_live.db(),
                     QStringLiteral("SELECT count(*) FROM app_user WHERE user_name = 'boss'")),
              1);
}

// The fixtures of schemas 3 to 5 (made by the code of those versions, no accounts yet) restore
// into a new database without users and are migrated to the current schema.
TEST(RestoreProofFixtureTest, OlderFixturesRestoreIntoANewDatabaseAndMigrate)
{
    SR_SKIP_ON_SERVER("restores the SQLite fixtures tests/data/schema-v*.db over the database");
    for (int version = 3; version <= 5; ++version) {
        SCOPED_TRACE(version);
        sr::test::TempDatabase live;
        QTemporaryDir dir;
        const QString fixture = dir.filePath(QStringLiteral("fixture.db"));
        ASSERT_TRUE(
            QFile::copy(QStringLiteral(SR_TEST_DATA_DIR "/schema-v%1.db").arg(version), fixture));
        QFile::setPermissions(fixture, QFile::ReadOwner | QFile::WriteOwner);
        const auto restored = maintenance::restore(live.db(), fixture);
        ASSERT_TRUE(restored.ok()) << restored.error().detail.toStdString();
        EXPECT_EQ(live->schemaVersion(), Database::currentSchemaVersion());
        EXPECT_EQ(scalar(live.db(), QStringLiteral("SELECT count(*) FROM person")), 4);
        auto checked = maintenance::check(live.db());
        ASSERT_TRUE(checked.ok());
        EXPECT_TRUE(checked->integrityOk && checked->foreignKeysOk && checked->auditChainOk);
    }
}

// The same fixtures with an administrator added restore over a database that has accounts.
TEST(RestoreProofFixtureTest, OlderFixturesWithAnAdministratorRestoreOverUsers)
{
    SR_SKIP_ON_SERVER("restores the SQLite fixtures tests/data/schema-v*.db over the database");
    for (int version = 3; version <= 5; ++version) {
        SCOPED_TRACE(version);
        sr::test::TempDatabase live;
        addUser(live.db(), QStringLiteral("liveadmin"), QStringLiteral("administrator"));
        QTemporaryDir dir;
        const QString fixture = dir.filePath(QStringLiteral("fixture.db"));
        ASSERT_TRUE(
            QFile::copy(QStringLiteral(SR_TEST_DATA_DIR "/schema-v%1.db").arg(version), fixture));
        QFile::setPermissions(fixture, QFile::ReadOwner | QFile::WriteOwner);
        tamper(fixture,
               "INSERT INTO app_user (uuid, user_name, role, password_hash, created_at, "
               "created_by, updated_at, updated_by) VALUES ('u-1', 'oldadmin', 'administrator', "
               "'x', '2026-01-01T00:00:00Z', 'test', '2026-01-01T00:00:00Z', 'test');");
        const auto restored = maintenance::restore(live.db(), fixture);
        ASSERT_TRUE(restored.ok()) << restored.error().detail.toStdString();
        EXPECT_EQ(scalar(live.db(),
                         QStringLiteral("SELECT count(*) FROM app_user WHERE "
                                        "user_name = 'oldadmin'")),
                  1);
    }
}
