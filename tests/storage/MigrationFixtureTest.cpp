// Upgrades from every earlier schema version: tests/data/schema-vN.db are databases as version N
// of SafeReturn wrote them (a few persons with receptions, the audit rows of their creation).
// Opening a copy must migrate it to the latest version, keep every record and keep it usable.
//
// The fixtures are made once per schema version by the disabled test below and committed:
//   safereturn_storage_tests --gtest_also_run_disabled_tests --gtest_filter='*MakeFixture*'
// It builds schema N with the migrations up to N and copies in records written by this build
// (only the columns version N has). Never regenerate a fixture of a released version.
#include "StorageTestData.h"
#include "storage/AuditLog.h"
#include "storage/Maintenance.h"
#include "storage/Migrations.h"
#include "storage/PersonRepository.h"
#include "storage/ReceptionRepository.h"
#include "storage/RecordCensus.h"
#include "storage/ReportQueries.h"
#include "storage/sqlite/SqliteDialect.h"
#include "support/TempDatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

using namespace sr;
using namespace sr::test;

namespace {

const QString kFixtureDir = QStringLiteral(SR_TEST_DATA_DIR);

/** Persons every fixture holds (full names; "Đặng" checks the search index after upgrade). */
const QStringList kNames{QStringLiteral("Nguyễn Thị Hằng"),
                         QStringLiteral("Đặng Văn Minh"),
                         QStringLiteral("Lò Thị Mai"),
                         QStringLiteral("Vàng A Sử")};

/**
 * Creates @a path as a SafeReturn file of schema @a version (the migrations up to it) on the
 * connection @a connection, for a test to write rows as that version had them.
 */
::testing::AssertionResult
createAtVersion(const QString &connection, const QString &path, int version)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    if (!db.open())
        return ::testing::AssertionFailure() << "cannot open " << path.toStdString();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(storage::Database::applicationId)))
        return ::testing::AssertionFailure() << "application_id";
    // Migration 5's audit chain trigger calls sr_audit_hash().
    if (!storage::AuditLog::registerFunctions(db))
        return ::testing::AssertionFailure() << "audit functions";
    const storage::sqlite::SqliteDialect dialect;
    if (!storage::migrations::migrate(dialect, db, path, version))
        return ::testing::AssertionFailure() << "migration to " << version;
    return ::testing::AssertionSuccess();
}

QStringList fixtures()
{
    QStringList files;
    const auto entries =
        QDir(kFixtureDir).entryList({QStringLiteral("schema-v*.db")}, QDir::Files, QDir::Name);
    for (const QString &name : entries)
        files << QDir(kFixtureDir).filePath(name);
    return files;
}

int versionOf(const QString &fixture)
{
    const QString base = QFileInfo(fixture).completeBaseName(); // schema-vN
    return base.mid(QStringLiteral("schema-v").size()).toInt();
}

QStringList columnsOf(QSqlDatabase db, const QString &schema, const QString &table)
{
    QStringList columns;
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA %1.table_info(%2)").arg(schema, table));
    while (q.next())
        columns << q.value(1).toString();
    return columns;
}

} // namespace

TEST(MigrationFixtureTest, EveryEarlierVersionHasAFixture)
{
    QList<int> versions;
    for (const QString &f : fixtures())
        versions << versionOf(f);
    for (int v = 1; v < storage::migrations::latestVersion(storage::sqlite::SqliteDialect()); ++v)
        EXPECT_TRUE(versions.contains(v)) << "tests/data/schema-v" << v << ".db is missing";
}

TEST(MigrationFixtureTest, EachFixtureUpgradesKeepingEveryRecord)
{
    for (const QString &fixture : fixtures()) {
        SCOPED_TRACE(fixture.toStdString());
        const int from = versionOf(fixture);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        ASSERT_TRUE(QFile::copy(fixture, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

        auto opened = storage::Database::open(path);
        ASSERT_TRUE(opened) << opened.error().detail.toStdString();
        storage::Database &db = **opened;
        EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(),
                  storage::migrations::latestVersion(db.dialect()));
        EXPECT_TRUE(QFile::exists(path + QStringLiteral(".v%1.bak").arg(from)))
            << "no backup taken before the upgrade";

        auto report = storage::maintenance::check(db);
        ASSERT_TRUE(report);
        EXPECT_TRUE(report->integrityOk);
        EXPECT_TRUE(report->foreignKeysOk);

        EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM person")), kNames.size());
        EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM reception")), kNames.size());
        EXPECT_GE(count(db, QStringLiteral("SELECT count(*) FROM audit_log")), 2 * kNames.size());

        // The search index still finds people, đ = d.
        storage::PersonRepository persons(db);
        auto found = persons.search(QStringLiteral("dang"));
        ASSERT_TRUE(found);
        ASSERT_EQ(found->size(), 1);
        EXPECT_EQ(persons.get(found->first())->fullName, QStringLiteral("Đặng Văn Minh"));

        // And the upgraded database takes new records and edits.
        auto added =
            persons.insert(makePerson(QStringLiteral("Hoàng Thị Lan"), 2001), testActor(), 2026);
        ASSERT_TRUE(added) << added.error().detail.toStdString();
        storage::ReceptionRepository receptions(db);
        ASSERT_TRUE(
            receptions.insert(makeReception(added->meta.id, QDate(2026, 3, 2)), testActor()));
        auto first = persons.get(found->first());
        ASSERT_TRUE(first);
        domain::Person edited = *first;
        edited.notes = QStringLiteral("upgraded");
        EXPECT_TRUE(persons.update(edited, testActor()));
        EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM person")), kNames.size() + 1);

        // The report's summaries (migration 6) hold the old records and the new one.
        storage::ReportQueries queries(db);
        auto old = queries.figures(QDate(2000, 1, 1), QDate(2025, 12, 31), QStringLiteral("22"));
        ASSERT_TRUE(old) << old.error().detail.toStdString();
        EXPECT_EQ(old->persons, kNames.size());
        EXPECT_EQ(old->receptions, kNames.size());
        auto added2026 =
            queries.figures(QDate(2026, 1, 1), QDate(2026, 12, 31), QStringLiteral("22"));
        ASSERT_TRUE(added2026);
        EXPECT_EQ(added2026->persons, 1);
        EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM report_dirty")), 0);
    }
}

TEST(MigrationFixtureTest, DISABLED_MakeFixtures)
{
    // Records written by this build, in a temporary latest-version database.
    TempDatabase source;
    storage::PersonRepository persons(source.db());
    storage::ReceptionRepository receptions(source.db());
    int day = 1;
    for (const QString &name : kNames) {
        auto p = persons.insert(makePerson(name, 1990 + day), testActor(), 2024);
        ASSERT_TRUE(p);
        ASSERT_TRUE(
            receptions.insert(makeReception(p->meta.id, QDate(2024, 1, day++)), testActor()));
    }
    source.close();

    const QStringList tables{QStringLiteral("handover_batch"),
                             QStringLiteral("person"),
                             QStringLiteral("reception"),
                             QStringLiteral("support"),
                             QStringLiteral("follow_up"),
                             QStringLiteral("person_search"),
                             QStringLiteral("audit_log")};
    const storage::sqlite::SqliteDialect dialect;
    for (int version = 1; version < storage::migrations::latestVersion(dialect); ++version) {
        const QString target =
            QDir(kFixtureDir).filePath(QStringLiteral("schema-v%1.db").arg(version));
        if (QFile::exists(target))
            continue; // a released version's fixture is never rewritten
        const QString connection = QUuid::createUuid().toString(QUuid::Id128);
        {
            ASSERT_TRUE(createAtVersion(connection, target, version));
            QSqlDatabase db = QSqlDatabase::database(connection, false);
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(QStringLiteral("ATTACH DATABASE '%1' AS src").arg(source.path())));
            ASSERT_TRUE(q.exec(QStringLiteral("BEGIN")));
            for (const QString &table : tables) {
                const QStringList here = columnsOf(db, QStringLiteral("main"), table);
                QStringList common;
                for (const QString &c : columnsOf(db, QStringLiteral("src"), table))
                    // The audit chain trigger (version 5 on) computes each new row's hash.
                    if (here.contains(c) && c != u"hash")
                        common << c;
                if (common.isEmpty())
                    continue;
                const QString list = common.join(QLatin1Char(','));
                ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM src.%1")
                                       .arg(table, list)))
                    << q.lastError().text().toStdString();
            }
            ASSERT_TRUE(q.exec(QStringLiteral("COMMIT")));
            ASSERT_TRUE(q.exec(QStringLiteral("DETACH DATABASE src")));
            ASSERT_TRUE(q.exec(QStringLiteral("VACUUM")));
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
}

/**
 * Step 15 (resources/sql/sqlite/0015_demo_marker.sql) marks a database the demo filled before it,
 * by its audit rows "demo", and no other.
 */
TEST(MigrationFixtureTest, Step15MarksOnlyTheDatabasesTheDemoFilled)
{
    QTemporaryDir dir;
    for (const bool filledByDemo : {true, false}) {
        const QString path =
            dir.filePath(filledByDemo ? QStringLiteral("demo.db") : QStringLiteral("real.db"));
        const QString connection = QUuid::createUuid().toString(QUuid::Id128);
        {
            ASSERT_TRUE(createAtVersion(connection, path, 14));
            QSqlDatabase db = QSqlDatabase::database(connection, false);
            QSqlQuery q(db);
            for (const char *action : {"login", filledByDemo ? "demo" : "export"}) {
                q.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, changes) "
                                         "VALUES ('2026-01-01T00:00:00Z', 'admin', ?, '{}')"));
                q.addBindValue(QLatin1String(action));
                ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        auto opened = storage::Database::open(path);
        ASSERT_TRUE(opened) << opened.error().detail.toStdString();
        const Result<bool> marked = storage::holdsDemoData(**opened);
        ASSERT_TRUE(marked.ok());
        EXPECT_EQ(*marked, filledByDemo);
    }
}

/**
 * Step 12 (resources/sql/sqlite/0012_task_lapse.sql) rebuilds the task table for the status
 * "lapsed" and lapses the open rule tasks that were overdue beyond their rule's lapse days on the
 * day they were made; every other task is copied as it was.
 */
TEST(MigrationFixtureTest, Step12LapsesOnlyTheRuleTasksLongOverdueWhenMade)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v11.db"));
    const QString connection = QUuid::createUuid().toString(QUuid::Id128);
    {
        ASSERT_TRUE(createAtVersion(connection, path, 11));
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO person (id, uuid, case_code, full_name, "
                                          "name_folded, sex, nationality, ethnicity, created_at, "
                                          "created_by, updated_at, updated_by) VALUES (1, 'p1', "
                                          "'C-1', 'x', 'x', 'female', 'VN', '01', "
                                          "'2026-01-01T00:00:00Z', 't', '2026-01-01T00:00:00Z', "
                                          "'t')")))
            << q.lastError().text().toStdString();
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO reception (id, uuid, person_id, reception_date, agency_code, "
            "country_code, route, identification_status, case_status, created_at, created_by, "
            "updated_at, updated_by) VALUES (1, 'r1', 1, '2025-12-01', 'ctxh_qn', 'CN', "
            "'self_reported', 'confirmed_victim', 'open', '2026-01-01T00:00:00Z', 't', "
            "'2026-01-01T00:00:00Z', 't')")))
            << q.lastError().text().toStdString();
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO plan_goal (id, uuid, reception_id, area, goal, status, created_at, "
            "created_by, updated_at, updated_by) VALUES (1, 'g1', 1, 'education', 'Đi học lại', "
            "'planned', '2026-01-01T00:00:00Z', 't', '2026-01-01T00:00:00Z', 't')")))
            << q.lastError().text().toStdString();
        // id, status, rule, due, made at: overdue by 91 and 90 days when made, a manual task,
        // a done one, an archived one, one made at 03:00 in Vietnam on 01/01 (20:00 UTC the day
        // before: 91 days in Vietnam, 90 in UTC) and a goal's review task without its title.
        const QList<std::tuple<int, const char *, const char *, const char *, const char *>> rows{
            {1, "open", "follow_up_1m", "2025-10-02", "2026-01-01T10:00:00Z"},
            {2, "open", "follow_up_3m", "2025-10-03", "2026-01-01T10:00:00Z"},
            {3, "open", "", "2020-01-01", "2026-01-01T10:00:00Z"},
            {4, "done", "follow_up_6m", "2020-01-01", "2026-01-01T10:00:00Z"},
            {5, "open", "referral_outcome", "2020-01-01", "2026-01-01T10:00:00Z"},
            {6, "open", "follow_up_12m", "2025-10-02", "2025-12-31T20:00:00.123Z"},
            {7, "open", "goal_review", "2026-02-01", "2026-01-01T10:00:00Z"},
        };
        for (const auto &[id, status, rule, due, made] : rows) {
            q.prepare(QStringLiteral(
                "INSERT INTO task (id, uuid, person_id, due_date, status, rule_code, "
                "source_key, archived, created_at, created_by, updated_at, updated_by) "
                "VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, 't', ?, 't')"));
            q.addBindValue(id);
            q.addBindValue(QStringLiteral("u%1").arg(id));
            q.addBindValue(QString::fromLatin1(due));
            q.addBindValue(QString::fromLatin1(status));
            q.addBindValue(QString::fromLatin1(rule));
            q.addBindValue(id == 7 ? QVariant(QStringLiteral("goal_review:plan_goal:g1"))
                           : *rule ? QVariant(QStringLiteral("k%1").arg(id))
                                   : QVariant());
            q.addBindValue(id == 5 ? 1 : 0);
            q.addBindValue(QString::fromLatin1(made));
            q.addBindValue(QString::fromLatin1(made));
            ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);

    auto opened = storage::Database::open(path);
    ASSERT_TRUE(opened) << opened.error().detail.toStdString();
    storage::Database &db = **opened;
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(),
              storage::migrations::latestVersion(db.dialect()));
    const auto statusOf = [&](int id) {
        return scalar(db, QStringLiteral("SELECT status FROM task WHERE id = %1").arg(id))
            .toString();
    };
    EXPECT_EQ(statusOf(1), QStringLiteral("lapsed"));
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT version FROM task WHERE id = 1")).toInt(), 2);
    EXPECT_EQ(statusOf(2), QStringLiteral("open"));
    EXPECT_EQ(statusOf(3), QStringLiteral("open"));
    EXPECT_EQ(statusOf(4), QStringLiteral("done"));
    EXPECT_EQ(statusOf(5), QStringLiteral("open"));
    EXPECT_EQ(statusOf(6), QStringLiteral("lapsed"));
    EXPECT_EQ(statusOf(7), QStringLiteral("open"));
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT title FROM task WHERE id = 7")).toString(),
              QStringLiteral("Đi học lại"));
    // Every column of the rebuilt table kept its value.
    EXPECT_EQ(scalar(db,
                     QStringLiteral("SELECT uuid || '|' || person_id || '|' || due_date || '|' || "
                                    "rule_code || '|' || source_key || '|' || created_at || "
                                    "'|' || version FROM task WHERE id = 2"))
                  .toString(),
              QStringLiteral("u2|1|2025-10-03|follow_up_3m|k2|2026-01-01T10:00:00Z|1"));
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT archived FROM task WHERE id = 5")).toInt(), 1);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM task_rule WHERE lapse_days = 90")), 7);
    // The rebuilt table keeps its indexes (but the two step 10 made redundant) and refuses
    // deletion as before.
    EXPECT_EQ(count(db,
                    QStringLiteral("SELECT count(*) FROM sqlite_master WHERE tbl_name = 'task' "
                                   "AND type = 'index' AND name NOT LIKE 'sqlite_autoindex%'")),
              5);
    QSqlQuery del(db.connection());
    EXPECT_FALSE(del.exec(QStringLiteral("DELETE FROM task WHERE id = 3")));
    auto report = storage::maintenance::check(db);
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->integrityOk);
    EXPECT_TRUE(report->foreignKeysOk);
}
