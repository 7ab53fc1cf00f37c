// A database whose pages were overwritten inside the file (header intact): commands that would
// write into it or copy it refuse with a sentence that says what to do, and write nothing.
#include "AppTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

#include <random>

namespace sr::test {
namespace {

class DamagedDatabaseTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    RunResult run(QStringList arguments, const QString &db) const
    {
        arguments << QStringLiteral("--db") << db << QStringLiteral("--user") << demoUser()
                  << QStringLiteral("--lang") << QStringLiteral("en");
        return runSafeReturn(arguments, m_dir.path());
    }

    void demo(const QString &db, const QString &seed) const
    {
        const RunResult made = runSafeReturn({QStringLiteral("demo"),
                                              QStringLiteral("--persons"),
                                              QStringLiteral("300"),
                                              QStringLiteral("--seed"),
                                              seed,
                                              QStringLiteral("--db"),
                                              db},
                                             m_dir.path());
        ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    }

    /** Page numbers of @a table's b-tree (SQLite's dbstat table), read before the damage. */
    static QList<qint64> pagesOf(const QString &db, const QString &table)
    {
        QList<qint64> pages;
        const QString name = QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::Id128);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(db);
            if (raw.open()) {
                QSqlQuery query(raw);
                query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
                if (query.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = '%1' AND "
                                              "pagetype = 'leaf' ORDER BY pageno")
                                   .arg(table))) {
                    while (query.next())
                        pages << query.value(0).toLongLong();
                }
                raw.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return pages;
    }

    /** Overwrites every other leaf page of the support table with random bytes. */
    static void damage(const QString &db)
    {
        const QList<qint64> pages = pagesOf(db, QStringLiteral("support"));
        ASSERT_GT(pages.size(), 4) << "dbstat not available or too few support pages";
        ASSERT_FALSE(QFileInfo::exists(db + QStringLiteral("-wal"))
                     && QFileInfo(db + QStringLiteral("-wal")).size() > 0);
        QFile file(db);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        std::mt19937 random(11);
        for (qsizetype i = 0; i < pages.size(); i += 2) {
            QByteArray garbage(4096, Qt::Uninitialized);
            for (char &c : garbage)
                c = char(random() & 0xFF);
            ASSERT_TRUE(file.seek((pages.at(i) - 1) * 4096));
            ASSERT_EQ(file.write(garbage), garbage.size());
        }
    }

    static qint64 count(const QString &db, const QString &statement)
    {
        return queryFileInt(db, statement);
    }

    QTemporaryDir m_dir;
};

TEST_F(DamagedDatabaseTest, ImportAndBackupRefuseADamagedFileAndWriteNothing)
{
    const QString source = path(QStringLiteral("source.db"));
    demo(source, QStringLiteral("5"));
    const QString csv = path(QStringLiteral("receptions.csv"));
    const RunResult exported = run({QStringLiteral("export"),
                                    QStringLiteral("--full"),
                                    QStringLiteral("--from"),
                                    QStringLiteral("2015-01-01"),
                                    QStringLiteral("--to"),
                                    QStringLiteral("2026-12-31"),
                                    QStringLiteral("-o"),
                                    csv},
                                   source);
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();

    const QString db = path(QStringLiteral("damaged.db"));
    demo(db, QStringLiteral("6"));
    damage(db);
    const qint64 persons = count(db, QStringLiteral("SELECT count(*) FROM person"));
    ASSERT_EQ(persons, 300);

    const RunResult imported = run({QStringLiteral("import"), csv}, db);
    EXPECT_EQ(imported.exitCode, 1) << imported.err.toStdString();
    EXPECT_TRUE(imported.errText().contains(QStringLiteral("damaged")))
        << imported.err.toStdString();
    EXPECT_TRUE(imported.errText().contains(QStringLiteral("restore")))
        << imported.err.toStdString();
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM person")), persons);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import'")),
              0);

    const QString copy = path(QStringLiteral("copy.db"));
    const RunResult backup = run({QStringLiteral("backup"), QStringLiteral("-o"), copy}, db);
    EXPECT_EQ(backup.exitCode, 1) << backup.err.toStdString();
    EXPECT_TRUE(backup.errText().contains(QStringLiteral("damaged"))) << backup.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(copy));
    EXPECT_EQ(QDir(m_dir.path()).entryList({QStringLiteral("copy.db*")}, QDir::Files),
              QStringList());

    const RunResult check = run({QStringLiteral("check")}, db);
    EXPECT_EQ(check.exitCode, 1) << check.out.toStdString();
}

} // namespace
} // namespace sr::test
