// The same search on both engines (docs/server.md, "Search"): the same synthetic records in an
// SQLite file and in a database of the PostgreSQL test server, asked the same queries; the case
// list's pages (every sort column, both directions, first and later pages, the three ways a
// page is found) and counts must be the same, and the `find` command's matches the same set.
#include "demo/DemoDataService.h"
#include "storage/CaseListQuery.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/UserRepository.h"
#include "support/FixedClock.h"
#include "support/TestServer.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>

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

TEST_F(SearchParityTest, TheCaseWorkFiltersGiveTheSamePagesOnBothEngines)
{
    // The same responsible workers, plans and tasks on both engines, chosen by the records'
    // own text (ids may differ between engines): two workers share two thirds of the cases,
    // half the latest receptions have a goal (some dropped), most cases have an open task.
    for (Engine *engine : {&m_sqlite, &m_server}) {
        QList<qint64> workers;
        for (const QString &name : {QStringLiteral("lan"), QStringLiteral("binh")}) {
            domain::UserAccount user;
            user.userName = name;
            user.displayName = name;
            user.role = domain::Role::SocialWorker;
            user.passwordHash = QStringLiteral("x");
            auto stored = storage::UserRepository(*engine->db).insert(user, QStringLiteral("t"));
            ASSERT_TRUE(stored.ok());
            workers << stored->id;
        }
        const QString stamp = QStringLiteral("'2025-09-01T00:00:00Z', 't', "
                                             "'2025-09-01T00:00:00Z', 't'");
        const QStringList statements{
            QStringLiteral("UPDATE person SET responsible_user_id = %1 "
                           "WHERE length(full_name) %% 3 = 0")
                .replace(QStringLiteral("%%"), QStringLiteral("%"))
                .arg(workers[0]),
            QStringLiteral("UPDATE person SET responsible_user_id = %1 "
                           "WHERE length(full_name) %% 3 = 1")
                .replace(QStringLiteral("%%"), QStringLiteral("%"))
                .arg(workers[1]),
            QStringLiteral("INSERT INTO plan_goal (uuid, reception_id, area, goal, status, "
                           "created_at, created_by, updated_at, updated_by) "
                           "SELECT 'g' || case_code, last_reception_id, 'health', 'khám', "
                           "CASE WHEN length(case_code || full_name) % 4 = 0 THEN 'dropped' "
                           "ELSE 'planned' END, ")
                + stamp
                + QStringLiteral(" FROM person WHERE last_reception_id IS NOT NULL "
                                 "AND length(full_name) % 2 = 0"),
            QStringLiteral("INSERT INTO task (uuid, person_id, due_date, status, created_at, "
                           "created_by, updated_at, updated_by) "
                           "SELECT 't' || case_code, id, CASE WHEN length(full_name) % 4 = 0 "
                           "THEN '2025-09-01' ELSE '2025-10-15' END, "
                           "CASE WHEN length(full_name) % 7 = 0 THEN 'done' ELSE 'open' END, ")
                + stamp + QStringLiteral(" FROM person WHERE length(full_name) % 5 <> 0")};
        for (const QString &statement : statements) {
            QSqlQuery q(engine->db->connection());
            ASSERT_TRUE(q.exec(statement)) << q.lastError().text().toStdString();
        }
    }
    QSqlQuery ids(m_sqlite.db->connection());
    ASSERT_TRUE(ids.exec(QStringLiteral("SELECT id FROM app_user WHERE user_name = 'lan'")));
    ASSERT_TRUE(ids.next());
    const qint64 lanOnSqlite = ids.value(0).toLongLong();
    QSqlQuery serverIds(m_server.db->connection());
    ASSERT_TRUE(serverIds.exec(QStringLiteral("SELECT id FROM app_user WHERE user_name = 'lan'")));
    ASSERT_TRUE(serverIds.next());
    const qint64 lanOnServer = serverIds.value(0).toLongLong();

    struct Case
    {
        const char *name;
        std::function<void(CaseListFilter &, qint64 worker)> apply;
    };
    const QList<Case> cases{
        {"responsible", [](CaseListFilter &f, qint64 worker) { f.responsibleUserId = worker; }},
        {"unassigned", [](CaseListFilter &f, qint64) { f.unassigned = true; }},
        {"without plan", [](CaseListFilter &f, qint64) { f.withoutPlan = true; }},
        {"task due before",
         [](CaseListFilter &f, qint64) { f.taskDueBefore = QDate(2025, 9, 30); }},
        {"all four with a search", [](CaseListFilter &f, qint64 worker) {
             f.responsibleUserId = worker;
             f.withoutPlan = true;
             f.taskDueBefore = QDate(2025, 10, 31);
             f.searchText = QStringLiteral("th");
         }}};
    const QList<CaseListColumn> columns{CaseListColumn::LastReceptionDate,
                                        CaseListColumn::CaseCode,
                                        CaseListColumn::Residence,
                                        CaseListColumn::Responsible};
    for (const Case &c : cases) {
        CaseListFilter onSqlite;
        CaseListFilter onServer;
        c.apply(onSqlite, lanOnSqlite);
        c.apply(onServer, lanOnServer);
        const auto sqliteCount = storage::CaseListQuery(*m_sqlite.db).count(onSqlite);
        const auto serverCount = storage::CaseListQuery(*m_server.db).count(onServer);
        ASSERT_TRUE(sqliteCount.ok() && serverCount.ok()) << c.name;
        EXPECT_EQ(*sqliteCount, *serverCount) << c.name;
        // Each filter selects some cases but not all (600 persons).
        EXPECT_GT(*sqliteCount, 0) << c.name;
        EXPECT_LT(*sqliteCount, 600) << c.name;
        for (const CaseListColumn column : columns) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                for (const qint64 offset : {qint64(0), qint64(20)}) {
                    const QStringList a = page(*m_sqlite.db, onSqlite, column, order, offset, 20);
                    const QStringList b = page(*m_server.db, onServer, column, order, offset, 20);
                    EXPECT_EQ(a, b) << c.name << " column " << int(column) << " order "
                                    << int(order) << " offset " << offset;
                }
            }
        }
    }
    // The rows name their worker on both engines.
    CaseListFilter mine;
    mine.responsibleUserId = lanOnSqlite;
    const auto rows = storage::CaseListQuery(*m_sqlite.db)
                          .fetch(mine, CaseListColumn::CaseCode, Qt::AscendingOrder, 0, 5);
    ASSERT_TRUE(rows.ok());
    ASSERT_FALSE(rows->isEmpty());
    EXPECT_EQ(rows->constFirst().responsibleUserId, lanOnSqlite);
    EXPECT_EQ(rows->constFirst().responsibleName, QStringLiteral("lan"));
}

} // namespace
