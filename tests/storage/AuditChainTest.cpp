// The audit log's hash chain (docs/security.md): every row is chained in the statement that writes it,
// whoever writes it, and an edit or a deletion made with another tool is found at its row.
#include "StorageTestData.h"
#include "storage/AuditLog.h"
#include "storage/Maintenance.h"
#include "storage/Migrations.h"
#include "storage/PersonRepository.h"
#include "storage/ReceptionRepository.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"
#include "support/TestServer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>

#include <gtest/gtest.h>

using namespace sr;
using namespace sr::storage;
using namespace sr::test;

namespace {

/** The documented encoding (AuditLog.cpp, docs/security.md), recomputed independently. */
QString expectedHash(const QVariant &previous, const QSqlQuery &row)
{
    QCryptographicHash hash(QCryptographicHash::Blake2b_256);
    hash.addData(QByteArrayLiteral("SafeReturn audit chain v1\n"));
    auto add = [&hash](const QVariant &value) {
        if (value.isNull()) {
            hash.addData(QByteArrayLiteral("N"));
            return;
        }
        const QByteArray text = value.toString().toUtf8();
        QByteArray head(9, '\0');
        head[0] = 'T';
        qToBigEndian<quint64>(quint64(text.size()), head.data() + 1);
        hash.addData(head);
        hash.addData(text);
    };
    add(previous);
    for (int column = 0; column < 7; ++column)
        add(row.value(column));
    return QString::fromLatin1(hash.result().toHex());
}

void execOrFail(Database &db, const QString &statement)
{
    QSqlQuery query(db.connection());
    ASSERT_TRUE(query.exec(statement)) << query.lastError().text().toStdString();
}

/**
 * What someone with the engine's own shell can do: drop the trigger that refuses UPDATE
 * ("update") or DELETE ("delete") of audit rows. The server has one trigger for both.
 */
void dropAuditGuard(Database &db, const char *what)
{
    if (onServer())
        execOrFail(db, QStringLiteral("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log"));
    else
        execOrFail(db, QStringLiteral("DROP TRIGGER audit_log_no_%1").arg(QLatin1String(what)));
}

class AuditChainTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        AuditLog log(temp.db());
        ASSERT_TRUE(log.append(testActor(), QStringLiteral("backup")).ok());
        auto person = PersonRepository(temp.db()).insert(
            makePerson(QStringLiteral("Lò Thị Mai")), testActor(), 2024);
        ASSERT_TRUE(person.ok());
        clock.advanceSecs(3);
        ASSERT_TRUE(ReceptionRepository(temp.db())
                        .insert(makeReception(person->meta.id, QDate(2024, 2, 1)), testActor())
                        .ok());
        ASSERT_TRUE(
            log.append(testActor(), QStringLiteral("export"), {}, 0, {{QStringLiteral("rows"), 7}})
                .ok());
        rows = count(temp.db(), QStringLiteral("SELECT count(*) FROM audit_log"));
        ASSERT_GE(rows, 4);
    }

    FixedClock clock{QDateTime(QDate(2024, 2, 1), QTime(10, 0), Qt::UTC)};
    TempDatabase temp;
    qint64 rows = 0;
};

} // namespace

TEST_F(AuditChainTest, EveryRowIsChainedToThePreviousOne)
{
    QSqlQuery query(temp.db().connection());
    ASSERT_TRUE(
        query.exec(QStringLiteral("SELECT id, at, actor, action, entity, entity_id, changes, "
                                  "hash FROM audit_log ORDER BY id")));
    QVariant previous; // the first row chains from no hash
    int seen = 0;
    while (query.next()) {
        const QString stored = query.value(7).toString();
        EXPECT_EQ(stored.size(), 64);
        EXPECT_EQ(stored, expectedHash(previous, query)) << "row " << query.value(0).toLongLong();
        previous = stored;
        ++seen;
    }
    EXPECT_EQ(seen, rows);

    const auto report = AuditLog(temp.db()).verifyChain();
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->rows, rows);
    EXPECT_EQ(report->firstBrokenId, 0);
    const auto check = maintenance::check(temp.db());
    ASSERT_TRUE(check.ok());
    EXPECT_TRUE(check->auditChainOk);
    EXPECT_EQ(check->auditChainBrokenAt, 0);
    EXPECT_EQ(temp->schemaVersion(), migrations::latestVersion(temp->dialect()));
}

TEST_F(AuditChainTest, HashesCannotBeSetOrChangedThroughTheTriggers)
{
    QSqlQuery query(temp.db().connection());
    EXPECT_FALSE(query.exec(QStringLiteral("UPDATE audit_log SET hash = 'x' WHERE id = 1")));
    EXPECT_FALSE(query.exec(QStringLiteral("UPDATE audit_log SET hash = NULL WHERE id = 1")));
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM audit_log")), rows);
    EXPECT_EQ(AuditLog(temp.db()).verifyChain()->firstBrokenId, 0);
    if (!onServer()) {
        // A row brought with a hash of its own is refused (the chain trigger may not overwrite
        // it).
        EXPECT_FALSE(
            query.exec(QStringLiteral("INSERT INTO audit_log (at, actor, action, hash) "
                                      "VALUES ('2024-01-01T00:00:00.000Z', 'x', 'y', 'ff')")));
        EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM audit_log")), rows);
        EXPECT_EQ(AuditLog(temp.db()).verifyChain()->firstBrokenId, 0);
        return;
    }
    // On a server the writer hashes each row (storage/AuditChain.h): a row without a hash is
    // refused, and one inserted with a hash of its own by another tool is found at its id.
    EXPECT_FALSE(query.exec(QStringLiteral("INSERT INTO audit_log (at, actor, action) "
                                           "VALUES ('2024-01-01T00:00:00.000Z', 'x', 'y')")));
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM audit_log")), rows);
    ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO audit_log (at, actor, action, hash) "
                                          "VALUES ('2024-01-01T00:00:00.000Z', 'x', 'y', 'ff')")));
    const qint64 forged =
        scalar(temp.db(), QStringLiteral("SELECT max(id) FROM audit_log")).toLongLong();
    EXPECT_EQ(AuditLog(temp.db()).verifyChain()->firstBrokenId, forged);
}

TEST_F(AuditChainTest, AnEditedRowIsFoundAtItsId)
{
    dropAuditGuard(temp.db(), "update");
    const qint64 target = scalar(temp.db(),
                                 QStringLiteral("SELECT id FROM audit_log ORDER BY id "
                                                "LIMIT 1 OFFSET 2"))
                              .toLongLong();
    execOrFail(temp.db(),
               QStringLiteral("UPDATE audit_log SET actor = 'someone' WHERE id = %1").arg(target));
    const auto report = AuditLog(temp.db()).verifyChain();
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->firstBrokenId, target);
    const auto check = maintenance::check(temp.db());
    ASSERT_TRUE(check.ok());
    EXPECT_FALSE(check->auditChainOk);
    EXPECT_EQ(check->auditChainBrokenAt, target);
    EXPECT_TRUE(check->problems.contains(
        QStringLiteral("audit log: hash chain broken at row %1").arg(target)));
}

TEST_F(AuditChainTest, ARecomputedOrRemovedHashIsFound)
{
    dropAuditGuard(temp.db(), "update");
    // The server's hash column is NOT NULL: there the hash is removed by emptying it.
    execOrFail(temp.db(),
               onServer() ? QStringLiteral("UPDATE audit_log SET hash = '' WHERE id = 2")
                          : QStringLiteral("UPDATE audit_log SET hash = NULL WHERE id = 2"));
    EXPECT_EQ(AuditLog(temp.db()).verifyChain()->firstBrokenId, 2);
}

TEST_F(AuditChainTest, ADeletedRowBreaksTheChainAtTheNextOne)
{
    dropAuditGuard(temp.db(), "delete");
    const qint64 victim = scalar(temp.db(),
                                 QStringLiteral("SELECT id FROM audit_log ORDER BY id "
                                                "LIMIT 1 OFFSET 1"))
                              .toLongLong();
    const qint64 next =
        scalar(temp.db(), QStringLiteral("SELECT min(id) FROM audit_log WHERE id > %1").arg(victim))
            .toLongLong();
    execOrFail(temp.db(), QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(victim));
    EXPECT_EQ(AuditLog(temp.db()).verifyChain()->firstBrokenId, next);
}

TEST_F(AuditChainTest, RowsWrittenAfterTheBreakStayChainedToIt)
{
    // A break is reported once, at its row, however many rows the application appends later.
    dropAuditGuard(temp.db(), "update");
    execOrFail(temp.db(), QStringLiteral("UPDATE audit_log SET action = 'x' WHERE id = 1"));
    ASSERT_TRUE(AuditLog(temp.db()).append(testActor(), QStringLiteral("check")).ok());
    EXPECT_EQ(AuditLog(temp.db()).verifyChain()->firstBrokenId, 1);
}

TEST_F(AuditChainTest, FiltersByActorActionDateAndCase)
{
    AuditLog log(temp.db());
    clock.advanceSecs(86400 * 3);
    ASSERT_TRUE(log.append(domain::Actor{0, QStringLiteral("lan")}, QStringLiteral("report")).ok());

    AuditFilter byActor;
    byActor.actor = QStringLiteral("LAN");
    auto found = log.find(byActor, 10);
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->at(0).action, QStringLiteral("report"));
    EXPECT_EQ(found->at(0).hash.size(), 64);

    AuditFilter byAction;
    byAction.action = QStringLiteral("create");
    EXPECT_EQ(*log.count(byAction), 2); // person and reception

    AuditFilter byDate;
    byDate.from = QDate(2024, 2, 4);
    byDate.to = QDate(2024, 2, 4);
    EXPECT_EQ(*log.count(byDate), 1);
    byDate.from = QDate(2024, 2, 1);
    byDate.to = QDate(2024, 2, 1);
    EXPECT_EQ(*log.count(byDate), rows);

    AuditFilter byCase;
    byCase.caseCode = scalar(temp.db(), QStringLiteral("SELECT case_code FROM person")).toString();
    ASSERT_FALSE(byCase.caseCode.isEmpty());
    auto caseRows = log.find(byCase, 0);
    ASSERT_TRUE(caseRows.ok());
    ASSERT_EQ(caseRows->size(), 2);
    EXPECT_EQ(caseRows->at(0).entity, QStringLiteral("reception"));
    EXPECT_EQ(caseRows->at(1).entity, QStringLiteral("person"));

    auto page = log.find({}, 2, 1);
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page->size(), 2);
    EXPECT_EQ(page->at(0).id, log.find({}, 1, 1)->at(0).id);
    EXPECT_TRUE(log.actors()->contains(QStringLiteral("lan")));
    EXPECT_TRUE(log.actions()->contains(QStringLiteral("export")));
}

TEST(AuditChainMigrationTest, TheMigrationChainsTheRowsOfAnOlderDatabase)
{
    SR_SKIP_ON_SERVER("opens a SQLite file of schema 4; a server starts at 8");
    // A database of schema 4 (tests/data, written by that version: no hash column, the old
    // triggers) with its audit rows, opened by this build.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.db"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(SR_TEST_DATA_DIR "/schema-v4.db"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    qint64 rows = 0;
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("audit-chain-v4"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery query(raw);
        ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && query.next());
        rows = query.value(0).toLongLong();
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("audit-chain-v4"));
    ASSERT_GE(rows, 2);
    auto opened = Database::open(path);
    ASSERT_TRUE(opened) << opened.error().detail.toStdString();
    Database &db = **opened;
    ASSERT_EQ(db.schemaVersion(), migrations::latestVersion(db.dialect()));
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE hash IS NULL")), 0);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM audit_log")), rows);
    QSqlQuery query(db.connection());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT id, at, actor, action, entity, entity_id, "
                                          "changes, hash FROM audit_log ORDER BY id")));
    QVariant previous;
    while (query.next()) {
        EXPECT_EQ(query.value(7).toString(), expectedHash(previous, query));
        previous = query.value(7);
    }
    query.finish();
    EXPECT_EQ(AuditLog(db).verifyChain()->firstBrokenId, 0);
    // And new rows continue the chain; hashed rows stay immutable.
    ASSERT_TRUE(AuditLog(db).append(testActor(), QStringLiteral("check")).ok());
    EXPECT_EQ(AuditLog(db).verifyChain()->firstBrokenId, 0);
    QSqlQuery update(db.connection());
    EXPECT_FALSE(update.exec(QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE id = 1")));
}
