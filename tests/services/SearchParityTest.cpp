// The same search on both engines (docs/server.md, "Search"): the same synthetic records in an
// SQLite file and in a database of the PostgreSQL test server, asked the same queries; the case
// list's pages (every sort column, both directions, first and later pages, the three ways a
// page is found) and counts must be the same, and the `find` command's matches the same set.
#include "demo/DemoDataService.h"
#include "storage/CaseListQuery.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "support/FixedClock.h"
#include "support/TestServer.h"

#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace sr;
using domain::CaseListColumn;
using domain::CaseListFilter;

namespace {

struct Engine
{
    QString location;
    std::unique_ptr<storage::Database> db;
};

class SearchParityTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // One test compares the two engines; the server run of this executable would repeat it.
        if (test::onServer())
            GTEST_SKIP() << "compares both engines already in the plain run";
        if (test::serverAdminLocation().isEmpty())
            GTEST_SKIP() << "no test server (scripts/test.sh starts one)";
        ASSERT_TRUE(m_dir.isValid());
        m_sqlite.location = m_dir.filePath(QStringLiteral("parity.db"));
        m_server.location = test::createServerDatabase();
        ASSERT_FALSE(m_server.location.isEmpty());
        for (Engine *engine : {&m_sqlite, &m_server}) {
            auto opened = storage::Database::open(engine->location);
            ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
            engine->db = std::move(opened).value();
            demo::DemoDataService demo(*engine->db);
            demo::DemoOptions options;
            options.persons = 600;
            options.seed = 16;
            options.batchSize = 200;
            const auto made = demo.generate(m_actor, options);
            ASSERT_TRUE(made.ok()) << made.error().detail.toStdString();
        }
    }

    void TearDown() override
    {
        m_server.db.reset();
        if (!m_server.location.isEmpty())
            test::dropServerDatabase(m_server.location);
    }

    /** "case code|name" of a page: ids may differ between engines, the records may not. */
    static QStringList page(storage::Database &db,
                            const CaseListFilter &filter,
                            CaseListColumn column,
                            Qt::SortOrder order,
                            qint64 offset,
                            int limit,
                            storage::CaseListQuery::PagePath *path = nullptr)
    {
        storage::CaseListQuery query(db);
        // A small walk, so that rare words take the index path at this database's size.
        query.setWalkLimits(40, 200);
        const auto rows = query.fetch(filter, column, order, offset, limit);
        EXPECT_TRUE(rows.ok()) << (rows ? "" : rows.error().detail.toStdString());
        if (path)
            *path = query.lastPagePath();
        QStringList out;
        for (const auto &row : rows ? *rows : QList<domain::CaseListRow>{})
            out << row.caseCode + u'|' + row.fullName;
        return out;
    }

    test::FixedClock m_clock{QDateTime(QDate(2025, 9, 30), QTime(12, 0))};
    domain::Actor m_actor{0, QStringLiteral("tester"), domain::Role::Administrator};
    QTemporaryDir m_dir;
    Engine m_sqlite;
    Engine m_server;
};

TEST_F(SearchParityTest, TheCaseListAndFindGiveTheSamePagesOnBothEngines)
{
    const QStringList queries{QString(),
                              QStringLiteral("nguyen"),
                              QStringLiteral("Nguyễn Thị"),
                              QStringLiteral("NGUYEN thi"),
                              QStringLiteral("đặng"),
                              QStringLiteral("dang van"),
                              QStringLiteral("hoa"),
                              QStringLiteral("th"),
                              QStringLiteral("lê văn"),
                              QStringLiteral("QN"),
                              QStringLiteral("2024"),
                              QStringLiteral("zzzz")};
    const QList<CaseListColumn> columns{CaseListColumn::LastReceptionDate,
                                        CaseListColumn::CaseCode,
                                        CaseListColumn::FullName,
                                        CaseListColumn::Age,
                                        CaseListColumn::Residence,
                                        CaseListColumn::Agency,
                                        CaseListColumn::Country,
                                        CaseListColumn::CaseStatus};
    int nonEmpty = 0;
    QSet<int> paths;
    for (const QString &text : queries) {
        CaseListFilter filter;
        filter.searchText = text;
        storage::CaseListQuery sqliteQuery(*m_sqlite.db);
        storage::CaseListQuery serverQuery(*m_server.db);
        const auto sqliteCount = sqliteQuery.count(filter);
        const auto serverCount = serverQuery.count(filter);
        ASSERT_TRUE(sqliteCount.ok() && serverCount.ok());
        EXPECT_EQ(*sqliteCount, *serverCount) << text.toStdString();
        for (const CaseListColumn column : columns) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                for (const qint64 offset : {qint64(0), qint64(50)}) {
                    storage::CaseListQuery::PagePath path{};
                    const QStringList a =
                        page(*m_sqlite.db, filter, column, order, offset, 50, &path);
                    const QStringList b = page(*m_server.db, filter, column, order, offset, 50);
                    EXPECT_EQ(a, b)
                        << "query \"" << text.toStdString() << "\" column " << int(column)
                        << " order " << int(order) << " offset " << offset;
                    nonEmpty += a.isEmpty() ? 0 : 1;
                    paths.insert(int(path));
                }
            }
        }
        // find: the same matches (each engine ranks them its own way).
        storage::PersonRepository sqlitePersons(*m_sqlite.db);
        storage::PersonRepository serverPersons(*m_server.db);
        const auto sqliteFound = sqlitePersons.search(text, 0, 0);
        const auto serverFound = serverPersons.search(text, 0, 0);
        ASSERT_TRUE(sqliteFound.ok() && serverFound.ok());
        EXPECT_EQ(sqliteFound->size(), serverFound->size()) << text.toStdString();
        EXPECT_EQ(QSet<qint64>(sqliteFound->begin(), sqliteFound->end()),
                  QSet<qint64>(serverFound->begin(), serverFound->end()))
            << text.toStdString();
    }
    // The comparison meant something: pages were not all empty, and the walk, the index and
    // the plain paging were each used.
    EXPECT_GT(nonEmpty, 100);
    EXPECT_EQ(paths.size(), 3);
}

} // namespace
