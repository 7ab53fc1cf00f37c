// Backup, restore and check of a SafeReturn database.
#include "storage/Maintenance.h"

#include "storage/Database.h"
#include "support/TempDatabase.h"
#include "support/TestServer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <sqlite3.h>

using sr::ErrorCode;
using sr::storage::Database;
namespace maintenance = sr::storage::maintenance;

namespace {

constexpr auto kGroupOrOther = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
                               | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void put(Database &db, const QString &key, const QString &value)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    ASSERT_TRUE(query.exec());
}

QString get(Database &db, const QString &key)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

QByteArray contentHash(Database &db)
{
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT key, value FROM settings ORDER BY key"));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (query.next())
        hash.addData(
            (query.value(0).toString() + u'=' + query.value(1).toString() + u'\n').toUtf8());
    return hash.result();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST(MaintenanceTest, BackupIsACheckedOwnerOnlyCopy)
{
    SR_SKIP_ON_SERVER("a backup is a copy of the database file (ServerBackupAndRestoreAreRefused)");
    sr::test::TempDatabase temp;
    put(temp.db(), QStringLiteral("marker"), QStringLiteral("before backup"));
    const QString target = temp.filePath(QStringLiteral("backup.srbak"));
    ASSERT_TRUE(maintenance::backup(temp.db(), target).ok());
    ASSERT_TRUE(QFile::exists(target));
    EXPECT_EQ(QFile::permissions(target) & kGroupOrOther, 0);
    EXPECT_FALSE(QFile::exists(target + QStringLiteral("-wal")));

    auto copy = Database::open(target);
    ASSERT_TRUE(copy.ok()) << copy.error().detail.toStdString();
    EXPECT_EQ(get(**copy, QStringLiteral("marker")), QStringLiteral("before backup"));
    EXPECT_EQ(scalar(**copy, QStringLiteral("SELECT count(*) FROM country")), 249);
}

TEST(MaintenanceTest, BackupRefusesTheDatabaseItselfAsTarget)
{
    SR_SKIP_ON_SERVER("a backup over the database file itself");
    sr::test::TempDatabase temp;
    auto result = maintenance::backup(temp.db(), temp.path());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::ProtectedFile);
    // By identity: a second spelling and the WAL are the database too.
    for (const QString &spelling :
         {temp.dir() + QStringLiteral("/./") + QFileInfo(temp.path()).fileName(),
          temp.path() + QStringLiteral("-wal")}) {
        auto again = maintenance::backup(temp.db(), spelling);
        ASSERT_FALSE(again.ok()) << spelling.toStdString();
        EXPECT_EQ(again.error().code, ErrorCode::ProtectedFile);
    }
}

TEST(MaintenanceTest, RestoreRefusesTheDatabaseItselfAsSource)
{
    SR_SKIP_ON_SERVER("a restore from the database file itself");
    sr::test::TempDatabase temp;
    put(temp.db(), QStringLiteral("marker"), QStringLiteral("kept"));
    auto result = maintenance::restore(temp.db(), temp.path());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::ProtectedFile);
    EXPECT_EQ(scalar(temp.db(),
                     QStringLiteral("SELECT count(*) FROM settings WHERE key = 'marker' AND "
                                    "value = 'kept'")),
              1);
}

TEST(MaintenanceTest, RestoreReplacesContentFromBackup)
{
    SR_SKIP_ON_SERVER(
        "a restore copies a backup file over the database (ServerBackupAndRestoreAreRefused)");
    sr::test::TempDatabase temp;
    put(temp.db(), QStringLiteral("marker"), QStringLiteral("in backup"));
    const QString target = temp.filePath(QStringLiteral("backup.srbak"));
    ASSERT_TRUE(maintenance::backup(temp.db(), target).ok());
    put(temp.db(), QStringLiteral("marker"), QStringLiteral("after backup"));
    put(temp.db(), QStringLiteral("later"), QStringLiteral("x"));

    ASSERT_TRUE(maintenance::restore(temp.db(), target).ok());
    EXPECT_EQ(get(temp.db(), QStringLiteral("marker")), QStringLiteral("in backup"));
    EXPECT_EQ(get(temp.db(), QStringLiteral("later")), QString());
    EXPECT_EQ(scalar(temp.db(), QStringLiteral("PRAGMA application_id")), Database::applicationId);

    // The restored database is still a healthy SafeReturn database after reopening.
    temp.close();
    temp.reopen();
    EXPECT_EQ(get(temp.db(), QStringLiteral("marker")), QStringLiteral("in backup"));
    auto report = maintenance::check(temp.db());
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->integrityOk);
}

class RestoreBadFileTest : public ::testing::TestWithParam<const char *>
{};

TEST_P(RestoreBadFileTest, RefusedAndDatabaseUnchanged)
{
    SR_SKIP_ON_SERVER("damaged backup files restored over a database file");
    sr::test::TempDatabase temp;
    put(temp.db(), QStringLiteral("marker"), QStringLiteral("live"));
    const QByteArray before = contentHash(temp.db());
    const QString bad = temp.filePath(QStringLiteral("bad.srbak"));
    const std::string kind = GetParam();
    if (kind == "garbage") {
        writeFile(bad, QByteArray(8192, 'z'));
    } else if (kind == "empty") {
        writeFile(bad, {});
    } else if (kind == "foreign") {
        sqlite3 *db = nullptr;
        ASSERT_EQ(sqlite3_open(QFile::encodeName(bad).constData(), &db), SQLITE_OK);
        sqlite3_exec(
            db, "CREATE TABLE other (x); INSERT INTO other VALUES (1);", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    } else if (kind == "corrupt") {
        ASSERT_TRUE(maintenance::backup(temp.db(), bad).ok());
        QFile file(bad);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        // Overwrite a b-tree page in the middle (not the header) with noise.
        file.seek(file.size() / 2 / 4096 * 4096);
        file.write(QByteArray(4096, char(0xA5)));
    }
    auto result = maintenance::restore(temp.db(), bad);
    ASSERT_FALSE(result.ok()) << kind;
    EXPECT_EQ(contentHash(temp.db()), before);
    EXPECT_EQ(get(temp.db(), QStringLiteral("marker")), QStringLiteral("live"));
}

INSTANTIATE_TEST_SUITE_P(BadBackups,
                         RestoreBadFileTest,
                         ::testing::Values("garbage", "empty", "foreign", "corrupt"));

TEST(MaintenanceTest, CheckReportsIntegrityAndCounts)
{
    sr::test::TempDatabase temp;
    auto report = maintenance::check(temp.db());
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->integrityOk);
    EXPECT_TRUE(report->foreignKeysOk);
    EXPECT_TRUE(report->problems.isEmpty());
    EXPECT_EQ(report->schemaVersion, Database::currentSchemaVersion());
    bool sawCountries = false;
    for (const auto &[table, count] : report->counts) {
        if (table == QLatin1String("country")) {
            sawCountries = true;
            EXPECT_EQ(count, 249);
        }
        if (table == QLatin1String("person")) {
            EXPECT_EQ(count, 0);
        }
    }
    EXPECT_TRUE(sawCountries);
}

TEST(MaintenanceTest, CheckFindsForeignKeyViolations)
{
    SR_SKIP_ON_SERVER("only SQLite lets a connection switch its foreign keys off; PostgreSQL "
                      "checks every write (DatabaseTest.ForeignKeysAreEnforced)");
    sr::test::TempDatabase temp;
    QSqlQuery query(temp.db().connection());
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    ASSERT_TRUE(
        query.exec(QStringLiteral("INSERT INTO commune (era, code, province_code, name, full_name) "
                                  "VALUES ('from_2025', '99999', '99', 'X', 'Xã X')")));
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    auto report = maintenance::check(temp.db());
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->integrityOk);
    EXPECT_FALSE(report->foreignKeysOk);
    EXPECT_FALSE(report->problems.isEmpty());
}

TEST(MaintenanceTest, ServerBackupAndRestoreAreRefused)
{
    if (!sr::test::onServer())
        GTEST_SKIP() << "needs the test server";
    // A server's database is backed up with pg_dump by its administrator (docs/server.md):
    // backup and restore say so, write no file and change nothing.
    sr::test::TempDatabase temp;
    put(temp.db(), QStringLiteral("marker"), QStringLiteral("live"));
    const QByteArray before = contentHash(temp.db());
    const QString target = temp.filePath(QStringLiteral("backup.srbak"));
    auto backup = maintenance::backup(temp.db(), target);
    ASSERT_FALSE(backup.ok());
    EXPECT_EQ(backup.error().reason, sr::ErrorReason::ServerBackup);
    EXPECT_FALSE(QFile::exists(target));

    // A SafeReturn backup file of another installation is not restored over the server either.
    const QString file = temp.filePath(QStringLiteral("other.db"));
    {
        auto other = Database::open(file);
        ASSERT_TRUE(other.ok()) << other.error().detail.toStdString();
        put(**other, QStringLiteral("marker"), QStringLiteral("from the file"));
    }
    auto restore = maintenance::restore(temp.db(), file);
    ASSERT_FALSE(restore.ok());
    EXPECT_EQ(restore.error().reason, sr::ErrorReason::ServerBackup);
    EXPECT_EQ(contentHash(temp.db()), before);
    EXPECT_EQ(get(temp.db(), QStringLiteral("marker")), QStringLiteral("live"));
}
