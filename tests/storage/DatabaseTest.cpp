// Opening, creating and refusing database files; pragmas; transactions.
#include "storage/Database.h"

#include "support/TempDatabase.h"
#include "support/TestServer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sqlite3.h>

using sr::ErrorCode;
using sr::storage::Database;
using sr::storage::Transaction;

namespace {

constexpr auto kGroupOrOther = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
                               | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QString text(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0).toString();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

/** Runs SQL on a file with the plain SQLite library (another application's point of view). */
void rawSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    EXPECT_EQ(rc, SQLITE_OK) << (message ? message : "");
    sqlite3_free(message);
    sqlite3_close(db);
}

} // namespace

TEST(DatabaseTest, CreatesNewDatabaseWithSchemaPragmasAndReferenceLists)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/dir/new.db"));
    auto opened = Database::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
    Database &db = **opened;

    EXPECT_EQ(QFile::permissions(path) & kGroupOrOther, 0);
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA application_id")), Database::applicationId);
    EXPECT_EQ(db.schemaVersion(), Database::currentSchemaVersion());
    EXPECT_GE(Database::currentSchemaVersion(), 1);
    EXPECT_EQ(text(db, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA foreign_keys")), 1);
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA synchronous")), 2); // FULL
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA secure_delete")), 1);
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA trusted_schema")), 0);
    EXPECT_GE(scalar(db, QStringLiteral("PRAGMA busy_timeout")), 5000);

    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM country")), 249);
    EXPECT_EQ(text(db, QStringLiteral("SELECT name_vi FROM country WHERE code = 'CN'")),
              QStringLiteral("Trung Quốc"));
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM ethnic_group")),
              56); // 54 + unknown + foreign
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM province WHERE era = 'pre_2025'")),
              63);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM province WHERE era = 'from_2025'")),
              34);
    EXPECT_EQ(
        text(db,
             QStringLiteral("SELECT name FROM province WHERE era = 'pre_2025' AND code = '22'")),
        QStringLiteral("Quảng Ninh"));
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM commune WHERE era = 'pre_2025'")),
              171);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM commune WHERE era = 'from_2025'")),
              54);
    EXPECT_EQ(text(db,
                   QStringLiteral("SELECT name FROM commune WHERE era = 'pre_2025' AND full_name = "
                                  "'Phường Mạo Khê'")),
              QStringLiteral("Mạo Khê"));
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM support_type")), 16);
    EXPECT_EQ(
        scalar(
            db,
            QStringLiteral(
                "SELECT default_amount_vnd FROM support_type WHERE code = 'hardship_allowance'")),
        1500000);
    EXPECT_GE(scalar(db, QStringLiteral("SELECT count(*) FROM agency")), 8);
    EXPECT_EQ(
        text(db, QStringLiteral("SELECT length(value) FROM settings WHERE key = 'pseudonym_key'")),
        QStringLiteral("64"));
    // Nothing is left of the temporary file the database was built in.
    EXPECT_EQ(QDir(dir.filePath(QStringLiteral("sub/dir")))
                  .entryList({QStringLiteral("*.creating-*")})
                  .size(),
              0);
}

TEST(DatabaseTest, ReopensExistingDatabaseWithoutChangingIt)
{
    sr::test::TempDatabase temp;
    ASSERT_TRUE(sr::storage::Transaction(temp.db()).isActive());
    temp.close();
    auto again = Database::open(temp.path());
    ASSERT_TRUE(again.ok()) << again.error().detail.toStdString();
    EXPECT_EQ(scalar(**again, QStringLiteral("SELECT count(*) FROM country")), 249);
}

TEST(DatabaseTest, MustExistRefusesMissingFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.db"));
    auto opened = Database::open(
        path, Database::Options{Database::Access::ReadWrite, Database::Creation::MustExist});
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(QFile::exists(path));
}

struct BadFileCase
{
    const char *name;
    ErrorCode expected;
};

class DatabaseBadFileTest : public ::testing::TestWithParam<BadFileCase>
{
protected:
    /** Makes the bad file of the case at @a path. */
    void makeFile(const QString &path)
    {
        const std::string name = GetParam().name;
        if (name == "zero_bytes") {
            writeFile(path, {});
        } else if (name == "csv_renamed") {
            writeFile(path, QByteArrayLiteral("code,name\r\nQN-2023-0001,Nguyễn Thị Hằng\r\n"));
        } else if (name == "garbage") {
            QByteArray bytes(64 * 1024, '\0');
            for (int i = 0; i < bytes.size(); ++i)
                bytes[i] = char((i * 7919 + 13) % 251);
            writeFile(path, bytes);
        } else if (name == "foreign_sqlite") {
            rawSql(path,
                   "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT); "
                   "INSERT INTO moz_places (url) VALUES ('x');");
        } else if (name == "sqlite_header_only") {
            writeFile(path, QByteArray("SQLite format 3\0", 16) + QByteArray(84, '\0'));
        } else if (name == "truncated" || name == "newer_schema" || name == "our_id_no_schema") {
            if (name == "our_id_no_schema") {
                rawSql(path, "PRAGMA application_id = 1397900628; CREATE TABLE t (x);");
                return;
            }
            {
                auto db = Database::open(path);
                ASSERT_TRUE(db.ok());
                QSqlQuery fill((*db)->connection());
                // Enough pages that cutting the file in half loses real data.
                ASSERT_TRUE(fill.exec(QStringLiteral(
                    "INSERT INTO settings (key, value) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                    "SELECT i + 1 FROM n WHERE i < 3000) SELECT 'k' || i, printf('%.500c', 'x') "
                    "FROM n")));
                ASSERT_TRUE(fill.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            }
            if (name == "newer_schema") {
                rawSql(path, "PRAGMA user_version = 999;");
            } else {
                QFile file(path);
                ASSERT_TRUE(file.open(QIODevice::ReadWrite));
                ASSERT_TRUE(file.resize(file.size() / 2));
            }
        }
    }
};

TEST_P(DatabaseBadFileTest, RefusedWithClearErrorAndLeftUnchanged)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.db"));
    makeFile(path);
    if (HasFatalFailure())
        return;
    const QByteArray before = fileHash(path);
    const qint64 sizeBefore = QFileInfo(path).size();

    auto opened = Database::open(path);
    ASSERT_FALSE(opened.ok()) << GetParam().name;
    EXPECT_EQ(int(opened.error().code), int(GetParam().expected))
        << opened.error().detail.toStdString();
    EXPECT_FALSE(opened.error().detail.isEmpty());
    EXPECT_EQ(fileHash(path), before);
    EXPECT_EQ(QFileInfo(path).size(), sizeBefore);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

INSTANTIATE_TEST_SUITE_P(
    BadFiles,
    DatabaseBadFileTest,
    ::testing::Values(BadFileCase{"zero_bytes", ErrorCode::NotSafeReturnDatabase},
                      BadFileCase{"csv_renamed", ErrorCode::NotSafeReturnDatabase},
                      BadFileCase{"garbage", ErrorCode::NotSafeReturnDatabase},
                      BadFileCase{"foreign_sqlite", ErrorCode::NotSafeReturnDatabase},
                      BadFileCase{"sqlite_header_only", ErrorCode::NotSafeReturnDatabase},
                      BadFileCase{"our_id_no_schema", ErrorCode::NotSafeReturnDatabase},
                      BadFileCase{"truncated", ErrorCode::Corrupt},
                      BadFileCase{"newer_schema", ErrorCode::NewerSchema}),
    [](const auto &info) { return std::string(info.param.name); });

TEST(DatabaseTest, ReadOnlyAccessRefusesWrites)
{
    sr::test::TempDatabase temp;
    temp.close();
    const QByteArray before = fileHash(temp.path());
    auto opened = Database::open(
        temp.path(), Database::Options{Database::Access::ReadOnly, Database::Creation::MustExist});
    ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
    Database &db = **opened;
    EXPECT_TRUE(db.isReadOnly());
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM country")), 249);
    Transaction tx(db);
    EXPECT_FALSE(tx.isActive());
    EXPECT_EQ(tx.error().code, ErrorCode::ReadOnly);
    QSqlQuery query(db.connection());
    EXPECT_FALSE(query.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', 'b')")));
    EXPECT_EQ(fileHash(temp.path()), before);
}

TEST(DatabaseTest, TransactionCommitsAndRollsBack)
{
    sr::test::TempDatabase temp;
    Database &db = temp.db();
    {
        Transaction tx(db);
        ASSERT_TRUE(tx.isActive());
        QSqlQuery(db.connection())
            .exec(QStringLiteral("INSERT INTO settings VALUES ('committed', '1')"));
        ASSERT_TRUE(tx.commit().ok());
    }
    {
        Transaction tx(db);
        ASSERT_TRUE(tx.isActive());
        QSqlQuery(db.connection())
            .exec(QStringLiteral("INSERT INTO settings VALUES ('dropped', '1')"));
        // no commit: rolled back by the destructor
    }
    EXPECT_EQ(db.transactionDepth(), 0);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM settings WHERE key = 'committed'")),
              1);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM settings WHERE key = 'dropped'")), 0);
}

TEST(DatabaseTest, NestedTransactionFailureRollsBackTheWholeUnit)
{
    sr::test::TempDatabase temp;
    Database &db = temp.db();
    {
        Transaction outer(db);
        ASSERT_TRUE(outer.isActive());
        QSqlQuery(db.connection())
            .exec(QStringLiteral("INSERT INTO settings VALUES ('outer', '1')"));
        {
            Transaction inner(db);
            ASSERT_TRUE(inner.isActive());
            EXPECT_EQ(db.transactionDepth(), 2);
            QSqlQuery(db.connection())
                .exec(QStringLiteral("INSERT INTO settings VALUES ('inner', '1')"));
            // inner not committed: the unit fails
        }
        EXPECT_FALSE(outer.commit().ok());
    }
    EXPECT_EQ(db.transactionDepth(), 0);
    EXPECT_EQ(
        scalar(db, QStringLiteral("SELECT count(*) FROM settings WHERE key IN ('outer', 'inner')")),
        0);

    {
        Transaction outer(db);
        {
            Transaction inner(db);
            QSqlQuery(db.connection())
                .exec(QStringLiteral("INSERT INTO settings VALUES ('both', '1')"));
            ASSERT_TRUE(inner.commit().ok());
        }
        ASSERT_TRUE(outer.commit().ok());
    }
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM settings WHERE key = 'both'")), 1);
}

TEST(DatabaseTest, SecondWriterWaitsInsteadOfFailing)
{
    sr::test::TempDatabase temp;
    auto second = Database::open(temp.path());
    ASSERT_TRUE(second.ok());
    // The first connection holds the write lock briefly; the second one's BEGIN IMMEDIATE
    // must wait for it (busy handler) rather than report an error.
    Transaction first(temp.db());
    ASSERT_TRUE(first.isActive());
    QSqlQuery(temp.db().connection())
        .exec(QStringLiteral("INSERT INTO settings VALUES ('first', '1')"));
    ASSERT_TRUE(first.commit().ok());
    Transaction other(**second);
    ASSERT_TRUE(other.isActive()) << other.error().detail.toStdString();
    QSqlQuery((*second)->connection())
        .exec(QStringLiteral("INSERT INTO settings VALUES ('second', '1')"));
    ASSERT_TRUE(other.commit().ok());
    EXPECT_EQ(
        scalar(temp.db(),
               QStringLiteral("SELECT count(*) FROM settings WHERE key IN ('first','second')")),
        2);
}

TEST(DatabaseTest, AuditLogAndRecordsRefuseUpdateAndDelete)
{
    sr::test::TempDatabase temp;
    QSqlQuery query(temp.db().connection());
    // On a server the writer brings each row's hash (storage/AuditChain.h); its value does not
    // matter here.
    ASSERT_TRUE(
        query.exec(sr::test::onServer()
                       ? QStringLiteral("INSERT INTO audit_log (at, actor, action, hash) VALUES "
                                        "('2026-01-01T00:00:00Z', 'tester', 'test', '')")
                       : QStringLiteral("INSERT INTO audit_log (at, actor, action) VALUES "
                                        "('2026-01-01T00:00:00Z', 'tester', 'test')")));
    EXPECT_FALSE(query.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else'")));
    EXPECT_FALSE(query.exec(QStringLiteral("DELETE FROM audit_log")));
    if (sr::test::onServer()) {
        EXPECT_FALSE(query.exec(QStringLiteral("TRUNCATE audit_log")));
    }
    EXPECT_EQ(
        scalar(temp.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'tester'")),
        1);
}

TEST(DatabaseTest, ForeignKeysAreEnforced)
{
    sr::test::TempDatabase temp;
    QSqlQuery query(temp.db().connection());
    EXPECT_FALSE(
        query.exec(QStringLiteral("INSERT INTO commune (era, code, province_code, name, full_name) "
                                  "VALUES ('from_2025', '99999', '99', 'X', 'Xã X')")));
    EXPECT_EQ(
        scalar(temp.db(), QStringLiteral("SELECT count(*) FROM commune WHERE code = '99999'")), 0);
}
