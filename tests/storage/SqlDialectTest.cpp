// The storage seam (docs/architecture.md "The storage seam"): a SQLite file opens with the
// SQLite dialect, its migrations come from resources/sql/sqlite/, and the work registered
// before COMMIT runs inside the transaction.

#include "storage/SqlDialect.h"

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/postgres/PostgresDialect.h"
#include "storage/sqlite/SqliteDialect.h"
#include "support/TempDatabase.h"
#include "support/TestServer.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace sr;
using sr::test::TempDatabase;

namespace {

qint64 countOf(storage::Database &db, const QString &statement)
{
    QSqlQuery q(db.connection());
    if (!q.exec(statement) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

TEST(SqlDialectTest, SqliteFileOpensWithTheSqliteDialect)
{
    SR_SKIP_ON_SERVER("the SQLite dialect is chosen for a database file");
    TempDatabase temp;
    const storage::SqlDialect &dialect = temp->dialect();
    EXPECT_EQ(dialect.name(), QStringLiteral("sqlite"));
    EXPECT_NE(dynamic_cast<const storage::sqlite::SqliteDialect *>(&dialect), nullptr);

    // Reopened from the file it made: chosen again by the location.
    const QString path = temp.path();
    temp.close();
    auto reopened = storage::Database::open(path);
    ASSERT_TRUE(reopened) << reopened.error().detail.toStdString();
    EXPECT_NE(dynamic_cast<const storage::sqlite::SqliteDialect *>(&(*reopened)->dialect()),
              nullptr);
    EXPECT_NE(dynamic_cast<storage::sqlite::SqliteDialect *>(
                  storage::SqlDialect::forLocation(path).get()),
              nullptr);
}

TEST(SqlDialectTest, ServerLocationOpensWithThePostgresDialect)
{
    if (!sr::test::onServer())
        GTEST_SKIP() << "needs the test server";
    TempDatabase temp;
    const storage::SqlDialect &dialect = temp->dialect();
    EXPECT_EQ(dialect.name(), QStringLiteral("postgresql"));
    EXPECT_NE(dynamic_cast<const storage::postgres::PostgresDialect *>(&dialect), nullptr);
    EXPECT_FALSE(dialect.isFileBased());
    EXPECT_FALSE(dialect.keepsAuditAnchor());

    // Reopened from its location: chosen again by the location.
    const QString location = temp.path();
    temp.close();
    auto reopened = storage::Database::open(location);
    ASSERT_TRUE(reopened) << reopened.error().detail.toStdString();
    EXPECT_NE(dynamic_cast<const storage::postgres::PostgresDialect *>(&(*reopened)->dialect()),
              nullptr);
    EXPECT_NE(dynamic_cast<storage::postgres::PostgresDialect *>(
                  storage::SqlDialect::forLocation(location).get()),
              nullptr);
}

TEST(SqlDialectTest, MigrationsComeFromTheSqliteFolder)
{
    const storage::sqlite::SqliteDialect dialect;
    EXPECT_EQ(dialect.migrationsFolder(), QStringLiteral(":/sql/sqlite"));
    const QStringList scripts = storage::migrations::scripts(dialect);
    ASSERT_FALSE(scripts.isEmpty());
    EXPECT_EQ(scripts.size(), storage::Database::currentSchemaVersion());
    EXPECT_EQ(storage::migrations::latestVersion(dialect),
              storage::Database::currentSchemaVersion());

    // The same files, in the same order, as the source folder resources/sql/sqlite/.
    const QDir source(QDir(QStringLiteral(SR_TEST_DATA_DIR))
                          .filePath(QStringLiteral("../../resources/sql/sqlite")));
    const QStringList files = source.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    ASSERT_EQ(files.size(), scripts.size());
    for (qsizetype i = 0; i < scripts.size(); ++i) {
        EXPECT_TRUE(scripts.at(i).startsWith(QStringLiteral(":/sql/sqlite/")))
            << scripts.at(i).toStdString();
        EXPECT_EQ(QFileInfo(scripts.at(i)).fileName(), files.at(i));
        EXPECT_TRUE(
            files.at(i).startsWith(QStringLiteral("%1_").arg(i + 1, 4, 10, QLatin1Char('0'))))
            << files.at(i).toStdString();
    }
    // Nothing is left at the top of the old single folder.
    EXPECT_TRUE(
        QDir(QStringLiteral(":/sql")).entryList({QStringLiteral("*.sql")}, QDir::Files).isEmpty());
}

TEST(SqlDialectTest, UpsertInsertsThenUpdates)
{
    TempDatabase temp;
    const QString statement = temp->dialect().upsertStatement(
        QStringLiteral("settings"), {QStringLiteral("key")}, {QStringLiteral("value")});
    for (const QString &value : {QStringLiteral("one"), QStringLiteral("two")}) {
        QSqlQuery q(temp->connection());
        ASSERT_TRUE(q.prepare(statement));
        q.addBindValue(QStringLiteral("dialect_test"));
        q.addBindValue(value);
        ASSERT_TRUE(q.exec());
    }
    QSqlQuery q(temp->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'dialect_test'")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("two"));
    EXPECT_FALSE(q.next());
}

TEST(SqlDialectTest, PreCommitStepRunsInsideTheTransaction)
{
    TempDatabase temp;
    const QString count =
        QStringLiteral("SELECT count(*) FROM settings WHERE key = 'pre_commit_test'");
    int runs = 0;
    bool fail = false;
    temp->addPreCommitStep([&](storage::Database &db) -> Result<void> {
        ++runs;
        if (fail)
            return Error{ErrorCode::Internal, QStringLiteral("pre-commit test")};
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral(
                "INSERT INTO settings (key, value) VALUES ('pre_commit_test', 'x')")))
            return Error{ErrorCode::Internal, QStringLiteral("insert")};
        return {};
    });
    {
        storage::Transaction outer(temp.db());
        ASSERT_TRUE(outer.isActive());
        {
            storage::Transaction inner(temp.db());
            ASSERT_TRUE(inner.commit()); // nested: no COMMIT yet, nothing run
        }
        EXPECT_EQ(runs, 0);
        ASSERT_TRUE(outer.commit());
    }
    EXPECT_EQ(runs, 1);
    EXPECT_EQ(countOf(temp.db(), count), 1);

    // A failing step rolls the whole transaction back.
    fail = true;
    {
        storage::Transaction transaction(temp.db());
        ASSERT_TRUE(transaction.isActive());
        QSqlQuery q(temp->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM settings WHERE key = 'pre_commit_test'")));
        EXPECT_FALSE(transaction.commit());
    }
    EXPECT_EQ(runs, 2);
    EXPECT_EQ(countOf(temp.db(), count), 1);
}
