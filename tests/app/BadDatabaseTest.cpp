// Damaged and foreign database files given to the CLI: a clear error, a non-zero exit, and
// the file left byte-for-byte unchanged.
#include "AppTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

#include <ostream>
#include <random>

namespace sr::test {
namespace {

struct BadFile
{
    const char *name;    ///< file name
    const char *message; ///< expected in the English error message
};

/** Stable CTest names: print the file name, not the struct's bytes. */
void PrintTo(const BadFile &file, std::ostream *os)
{
    *os << file.name;
}

class BadDatabaseTest : public ::testing::TestWithParam<BadFile>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_FALSE(safereturnBinary().isEmpty());
    }

    static void writeBytes(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ASSERT_EQ(file.write(bytes), bytes.size());
    }

    /** Runs plain SQL on a file through a private connection (not the storage layer). */
    static void rawSql(const QString &path, const QStringList &statements)
    {
        const QString name = QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::Id128);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            ASSERT_TRUE(db.open()) << db.lastError().text().toStdString();
            for (const QString &statement : statements) {
                QSqlQuery query(db);
                EXPECT_TRUE(query.exec(statement))
                    << statement.toStdString() << ": " << query.lastError().text().toStdString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    /** A real SafeReturn database with a few records, closed (WAL folded in). */
    void makeSafeReturnDatabase(const QString &path)
    {
        const RunResult demo = runSafeReturn({QStringLiteral("demo"),
                                              QStringLiteral("--persons"),
                                              QStringLiteral("40"),
                                              QStringLiteral("--db"),
                                              path},
                                             m_dir.path());
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        rawSql(path,
               {QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
                QStringLiteral("PRAGMA journal_mode=DELETE")});
    }

    void makeFile(const QString &kind, const QString &path)
    {
        if (kind == QLatin1String("empty.db")) {
            writeBytes(path, QByteArray());
        } else if (kind == QLatin1String("other_app.db")) {
            rawSql(path,
                   {QStringLiteral("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)"),
                    QStringLiteral("INSERT INTO contacts (name) VALUES ('somebody')")});
        } else if (kind == QLatin1String("export_renamed.db")) {
            writeBytes(path,
                       QByteArrayLiteral("\xEF\xBB\xBF"
                                         "case_code,full_name\r\n"
                                         "QN-2023-0001,Nguyễn Thị Lan\r\n"));
        } else if (kind == QLatin1String("truncated.db")) {
            const QString full = path + QStringLiteral(".full");
            makeSafeReturnDatabase(full);
            QFile file(full);
            ASSERT_TRUE(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ASSERT_GT(bytes.size(), 8192);
            writeBytes(path, bytes.left(bytes.size() / 2));
        } else if (kind == QLatin1String("garbage.db")) {
            std::mt19937 random(1234);
            QByteArray bytes(64 * 1024, Qt::Uninitialized);
            for (char &c : bytes)
                c = char(random() & 0xFF);
            writeBytes(path, bytes);
        } else if (kind == QLatin1String("newer.db")) {
            makeSafeReturnDatabase(path);
            rawSql(path,
                   {QStringLiteral("PRAGMA user_version = %1")
                        .arg(storage::Database::currentSchemaVersion() + 1)});
        }
        ASSERT_TRUE(QFileInfo::exists(path));
        ASSERT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    }

    QTemporaryDir m_dir;
};

TEST_P(BadDatabaseTest, RefusedClearlyAndLeftUnchanged)
{
    const BadFile bad = GetParam();
    const QString name = QString::fromLatin1(bad.name);
    const QString path = m_dir.filePath(name);
    makeFile(name, path);
    const QByteArray hash = fileHash(path);
    const qint64 size = QFileInfo(path).size();

    const QList<QStringList> commands{
        {QStringLiteral("check")},
        {QStringLiteral("find"), QStringLiteral("nguyen")},
        {QStringLiteral("backup"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("out.db"))},
        {QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("3")},
        {QStringLiteral("restore"), m_dir.filePath(name)}, // restoring a bad file onto itself
    };
    for (const QStringList &command : commands) {
        const RunResult result = runSafeReturn(command
                                                   + QStringList{QStringLiteral("--db"),
                                                                 path,
                                                                 QStringLiteral("--lang"),
                                                                 QStringLiteral("en")},
                                               m_dir.path());
        const std::string shown = command.join(u' ').toStdString() + " on " + bad.name;
        ASSERT_TRUE(result.finished) << shown;
        EXPECT_FALSE(result.crashed) << shown;
        EXPECT_NE(result.exitCode, 0) << shown;
        EXPECT_TRUE(result.out.isEmpty()) << shown << ": " << result.out.toStdString();
        EXPECT_TRUE(result.errText().contains(name)) << shown << ": " << result.err.toStdString();
        EXPECT_TRUE(result.errText().contains(QLatin1String(bad.message)))
            << shown << ": " << result.err.toStdString();
        EXPECT_FALSE(result.errText().contains(QStringLiteral("Nguyễn"))) << shown;
        EXPECT_EQ(fileHash(path), hash) << shown;
        EXPECT_EQ(QFileInfo(path).size(), size) << shown;
        EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(QStringLiteral("out.db")))) << shown;
    }
}

INSTANTIATE_TEST_SUITE_P(Files,
                         BadDatabaseTest,
                         ::testing::Values(BadFile{"empty.db", "not a SafeReturn database"},
                                           BadFile{"other_app.db", "not a SafeReturn database"},
                                           BadFile{"export_renamed.db",
                                                   "not a SafeReturn database"},
                                           BadFile{"truncated.db", "damaged"},
                                           BadFile{"garbage.db", "not a SafeReturn database"},
                                           BadFile{"newer.db", "newer version"}),
                         [](const ::testing::TestParamInfo<BadFile> &info) {
                             QString name = QString::fromLatin1(info.param.name);
                             name.replace(u'.', u'_');
                             return name.toStdString();
                         });

} // namespace
} // namespace sr::test
