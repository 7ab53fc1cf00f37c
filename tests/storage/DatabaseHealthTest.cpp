// Damage inside the file (pages overwritten, header intact): found by quick_check and by any
// statement that reads a damaged page; from then on nothing is written to the file.
#include "storage/DatabaseHealth.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Maintenance.h"
#include "storage/SqlSupport.h"
#include "support/TempDatabase.h"
#include "support/TestServer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <random>

using sr::ErrorCode;
using sr::storage::Database;
namespace health = sr::storage::health;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/**
 * A database whose last pages (a table of filler rows, written last) are overwritten with
 * random bytes; the header and the schema pages stay intact, as after a bad sector.
 */
QString damagedDatabase(sr::test::TempDatabase &temp)
{
    {
        QSqlQuery query(temp->connection());
        EXPECT_TRUE(query.exec(QStringLiteral("CREATE TABLE filler (x BLOB)")));
        for (int i = 0; i < 300; ++i)
            EXPECT_TRUE(
                query.exec(QStringLiteral("INSERT INTO filler (x) VALUES (randomblob(1500))")));
        EXPECT_TRUE(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    temp.close();
    QFile file(temp.path());
    EXPECT_TRUE(file.open(QIODevice::ReadWrite));
    const qint64 pageSize = 4096;
    const qint64 pages = file.size() / pageSize;
    EXPECT_GT(pages, 100);
    std::mt19937 random(7);
    for (qint64 page = pages - 40; page < pages - 5; page += 3) {
        QByteArray garbage(pageSize, Qt::Uninitialized);
        for (char &c : garbage)
            c = char(random() & 0xFF);
        file.seek(page * pageSize);
        file.write(garbage);
    }
    file.close();
    return temp.path();
}

TEST(DatabaseHealthTest, QuickCheckFindsDamageAndTheFileIsNoLongerWritten)
{
    SR_SKIP_ON_SERVER("overwrites pages of the database file");
    sr::test::TempDatabase temp;
    const QString path = damagedDatabase(temp);
    auto opened = Database::open(path);
    ASSERT_TRUE(opened) << opened.error().detail.toStdString();
    Database &db = **opened;
    EXPECT_FALSE(db.isDamaged());
    EXPECT_FALSE(db.isReadOnly());

    const auto checked = health::quickCheck(db);
    ASSERT_FALSE(checked);
    EXPECT_EQ(checked.error().code, ErrorCode::Corrupt);
    EXPECT_TRUE(db.isDamaged());
    EXPECT_TRUE(db.isReadOnly());
    EXPECT_TRUE(health::isDamaged(path));

    const QByteArray before = hashOf(path);
    sr::storage::Transaction transaction(db);
    EXPECT_FALSE(transaction.isActive());
    EXPECT_EQ(transaction.error().code, ErrorCode::Corrupt);
    const auto appended = sr::storage::AuditLog(db).append(
        sr::domain::Actor{1, QStringLiteral("admin"), sr::domain::Role::Administrator},
        QStringLiteral("check"));
    EXPECT_FALSE(appended);
    EXPECT_EQ(hashOf(path), before);
}

TEST(DatabaseHealthTest, AStatementThatReadsADamagedPageTurnsTheSessionReadOnly)
{
    SR_SKIP_ON_SERVER("overwrites pages of the database file");
    sr::test::TempDatabase temp;
    const QString path = damagedDatabase(temp);
    auto opened = Database::open(path);
    ASSERT_TRUE(opened);
    Database &db = **opened;
    ASSERT_FALSE(db.isDamaged());
    // An ordinary read, as a search or an export would make: SQLite says SQLITE_CORRUPT.
    QSqlQuery query(db.connection());
    const bool ran = query.exec(QStringLiteral("SELECT sum(length(x)) FROM filler"));
    bool failed = !ran;
    while (ran && query.next()) {
    }
    if (ran && query.lastError().isValid())
        failed = true;
    ASSERT_TRUE(failed);
    const sr::Error error = sr::storage::sql::errorFrom(query, "test.read");
    EXPECT_EQ(error.code, ErrorCode::Corrupt);
    EXPECT_TRUE(db.isDamaged());
    sr::storage::Transaction transaction(db);
    EXPECT_FALSE(transaction.isActive());
}

TEST(DatabaseHealthTest, RestoringACheckedBackupEndsTheReadOnlySession)
{
    SR_SKIP_ON_SERVER("overwrites pages of the database file and restores a backup file");
    sr::test::TempDatabase temp;
    const QString backup = temp.filePath(QStringLiteral("before.db"));
    ASSERT_TRUE(sr::storage::maintenance::backup(temp.db(), backup));
    const QString path = damagedDatabase(temp);
    auto opened = Database::open(path);
    ASSERT_TRUE(opened);
    Database &db = **opened;
    ASSERT_FALSE(health::quickCheck(db));
    ASSERT_TRUE(db.isDamaged());

    // The remedy stays possible on a damaged database, and afterwards it is writable again.
    const auto restored = sr::storage::maintenance::restore(db, backup);
    ASSERT_TRUE(restored) << restored.error().detail.toStdString();
    EXPECT_FALSE(db.isDamaged());
    EXPECT_FALSE(db.isReadOnly());
    EXPECT_TRUE(health::quickCheck(db));
    sr::storage::Transaction transaction(db);
    EXPECT_TRUE(transaction.isActive());
}

TEST(DatabaseHealthTest, AHealthyDatabasePassesAndStaysWritable)
{
    sr::test::TempDatabase temp;
    EXPECT_TRUE(health::quickCheck(temp.db()));
    EXPECT_FALSE(temp->isDamaged());
    sr::storage::Transaction transaction(temp.db());
    EXPECT_TRUE(transaction.isActive());
}

} // namespace
