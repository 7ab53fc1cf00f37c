// The append-only audit log.
#include "storage/AuditLog.h"

#include "StorageTestData.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace sr::storage;
using namespace sr::test;

TEST(AuditLogTest, AppendsAndListsNewestFirst)
{
    FixedClock clock(QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC));
    TempDatabase temp;
    AuditLog log(temp.db());
    auto first = log.append(testActor(), QStringLiteral("backup"));
    ASSERT_TRUE(first.ok()) << first.error().detail.toStdString();
    clock.advanceSecs(5);
    const QJsonObject details{{QStringLiteral("rows"), 12}};
    auto second =
        log.append(testActor(), QStringLiteral("update"), QStringLiteral("person"), 42, details);
    ASSERT_TRUE(second.ok());
    EXPECT_GT(*second, *first);

    auto all = log.list();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->at(0).id, *second);
    EXPECT_EQ(all->at(0).action, QStringLiteral("update"));
    EXPECT_EQ(all->at(0).entity, QStringLiteral("person"));
    EXPECT_EQ(all->at(0).entityId, 42);
    EXPECT_EQ(all->at(0).changes, details);
    EXPECT_EQ(all->at(0).actor, QStringLiteral("tester"));
    EXPECT_EQ(all->at(0).at, QDateTime(QDate(2024, 3, 1), QTime(12, 0, 5), Qt::UTC));
    EXPECT_EQ(all->at(1).action, QStringLiteral("backup"));
    EXPECT_TRUE(all->at(1).entity.isEmpty());
    EXPECT_EQ(all->at(1).entityId, 0);
    EXPECT_TRUE(all->at(1).changes.isEmpty());
    EXPECT_TRUE(scalar(temp.db(),
                       QStringLiteral("SELECT entity_id FROM audit_log WHERE id = %1").arg(*first))
                    .isNull());

    EXPECT_EQ(log.list(QStringLiteral("person"))->size(), 1);
    EXPECT_EQ(log.list(QStringLiteral("person"), 42)->size(), 1);
    EXPECT_TRUE(log.list(QStringLiteral("person"), 43)->isEmpty());
    EXPECT_EQ(log.list({}, 0, 1)->size(), 1);
}

TEST(AuditLogTest, RowsCannotBeChangedOrDeleted)
{
    TempDatabase temp;
    AuditLog log(temp.db());
    ASSERT_TRUE(log.append(testActor(), QStringLiteral("backup")).ok());
    QSqlQuery query(temp.db().connection());
    EXPECT_FALSE(query.exec(QStringLiteral("UPDATE audit_log SET actor = 'x'")));
    EXPECT_FALSE(query.exec(QStringLiteral("DELETE FROM audit_log")));
    EXPECT_EQ(
        count(temp.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'tester'")),
        1);
}

TEST(AuditLogTest, JoinsTheCallersTransaction)
{
    TempDatabase temp;
    AuditLog log(temp.db());
    {
        Transaction transaction(temp.db());
        ASSERT_TRUE(transaction.isActive());
        ASSERT_TRUE(log.append(testActor(), QStringLiteral("export")).ok());
        EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM audit_log")), 1);
    }
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM audit_log")), 0);
}
