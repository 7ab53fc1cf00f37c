// A server connection that breaks (the server restarts, the network drops, an administrator
// ends the session): the save that meets it reports ServerConnectionLost with nothing
// half-written, and the next one works on a new connection (docs/server.md, "Lost connections").
#include "StorageTestData.h"
#include "services/CaseListService.h"
#include "storage/PersonRepository.h"
#include "support/TempDatabase.h"
#include "support/TestServer.h"

#include <QSqlQuery>
#include <QThread>

#include <gtest/gtest.h>

using sr::ErrorCode;
using sr::ErrorReason;
using sr::storage::Transaction;
using namespace sr::test;

namespace {

class ReconnectTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!onServer())
            GTEST_SKIP() << "server only: a database file's connection cannot break";
    }

    /** Ends this Database's server session from another connection, as a restart would. */
    void cutConnection()
    {
        const qint64 pid =
            scalar(temp.db(), QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
        ASSERT_GT(pid, 0);
        ASSERT_TRUE(
            runOnServer(temp.path(), QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)));
    }

    TempDatabase temp;
    sr::storage::PersonRepository repo{temp.db()};
};

} // namespace

TEST_F(ReconnectTest, SaveAfterABrokenConnectionWorksOnANewOne)
{
    auto first = repo.insert(makePerson(QStringLiteral("Lê Văn An")), testActor(), 2024);
    ASSERT_TRUE(first.ok());
    const quint64 generation = temp->connectionGeneration();
    cutConnection();

    // Nothing was being written when the session ended: the BEGIN that finds it broken is
    // made again on a new connection, and the repository's prepared statements with it.
    auto second = repo.insert(makePerson(QStringLiteral("Trần Thị Bình")), testActor(), 2024);
    ASSERT_TRUE(second.ok()) << second.error().detail.toStdString();
    EXPECT_GT(temp->connectionGeneration(), generation);
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM person")), 2);
    auto again = repo.get(first->meta.id);
    ASSERT_TRUE(again.ok()) << again.error().detail.toStdString();
    EXPECT_EQ(again->fullName, QStringLiteral("Lê Văn An"));
    EXPECT_EQ(second->caseCode, QStringLiteral("QN-2024-0002"));
}

TEST_F(ReconnectTest, ConnectionLostMidTransactionKeepsNothingAndTheNextSaveWorks)
{
    {
        Transaction transaction(temp.db());
        ASSERT_TRUE(transaction.isActive());
        auto inside = repo.insert(makePerson(QStringLiteral("Phạm Văn Cường")), testActor(), 2024);
        ASSERT_TRUE(inside.ok());
        cutConnection();
        auto committed = transaction.commit();
        ASSERT_FALSE(committed.ok());
        EXPECT_EQ(committed.error().reason, ErrorReason::ServerConnectionLost);
        EXPECT_EQ(committed.error().code, ErrorCode::Io);
    }
    auto next = repo.insert(makePerson(QStringLiteral("Đỗ Thị Dung")), testActor(), 2024);
    ASSERT_TRUE(next.ok()) << next.error().detail.toStdString();
    // The server rolled the broken session's transaction back: only the second person is there,
    // and it takes the first case code.
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM person")), 1);
    EXPECT_EQ(next->caseCode, QStringLiteral("QN-2024-0001"));
    EXPECT_EQ(
        count(temp.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'person'")),
        1);
}

TEST_F(ReconnectTest, ConnectionGenerationStaysWhileTheConnectionIsWhole)
{
    const quint64 generation = temp->connectionGeneration();
    ASSERT_TRUE(temp->ensureConnected().ok());
    auto stored = repo.insert(makePerson(QStringLiteral("Vũ Văn Em")), testActor(), 2024);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(temp->connectionGeneration(), generation);
}

TEST_F(ReconnectTest, ReadingAfterABrokenConnectionWorksWithoutASave)
{
    auto first = repo.insert(makePerson(QStringLiteral("Vũ Thị Giang")), testActor(), 2024);
    ASSERT_TRUE(first.ok());
    cutConnection();
    // The session looks whole to the client until a statement fails on it; the permission
    // check of a user action probes it once the last check is over 2 s old (Database.h).
    QThread::msleep(2100);
    // A user action that only reads (the case list after F5): its permission check connects
    // again before the first statement.
    sr::services::CaseListService list(temp.db(), testActor());
    auto rows = list.fetch(sr::domain::CaseListFilter{},
                           sr::domain::CaseListColumn::CaseCode,
                           Qt::AscendingOrder,
                           0,
                           10);
    ASSERT_TRUE(rows.ok()) << rows.error().detail.toStdString();
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->first().fullName, QStringLiteral("Vũ Thị Giang"));
}
