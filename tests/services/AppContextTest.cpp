// The application context's change notices: raised once after an outermost commit with the
// kinds of records written, never for a rolled-back write, and from a worker's connection on
// the owner's thread.
#include "services/AppContext.h"

#include "services/ReferenceService.h"
#include "storage/Database.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>
#include <QThread>

#include <gtest/gtest.h>

namespace sr::services {
namespace {

using domain::ChangeKind;
using domain::ChangeKinds;

class AppContextTest : public ::testing::Test
{
protected:
    AppContextTest()
    {
        QObject::connect(&m_context, &AppContext::recordsChanged, [this](ChangeKinds changed) {
            m_notices.append(changed);
        });
    }

    bool exec(const QString &sql)
    {
        QSqlQuery query(m_db->connection());
        return query.exec(sql);
    }

    test::FixedClock m_clock{QDateTime(QDate(2026, 12, 6), QTime(9, 0))};
    test::TempDatabase m_db;
    domain::Actor m_admin{0, QStringLiteral("admin"), domain::Role::Administrator};
    AppContext m_context{m_db.db(), m_admin};
    QList<ChangeKinds> m_notices;
};

TEST_F(AppContextTest, CommitNotifiesTheKindsWritten)
{
    {
        storage::Transaction tx(m_db.db());
        ASSERT_TRUE(tx.isActive());
        ASSERT_TRUE(exec(QStringLiteral("UPDATE agency SET name = name || '' WHERE id = "
                                        "(SELECT min(id) FROM agency)")));
        ASSERT_TRUE(exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('t', '1')")));
        EXPECT_TRUE(m_notices.isEmpty()) << "told before the commit";
        ASSERT_TRUE(tx.commit().ok());
    }
    ASSERT_EQ(m_notices.size(), 1);
    EXPECT_EQ(m_notices.first(), ChangeKinds(ChangeKind::Reference | ChangeKind::Setting));
}

TEST_F(AppContextTest, NestedTransactionsNotifyOnceAfterTheOutermostCommit)
{
    {
        storage::Transaction outer(m_db.db());
        {
            storage::Transaction inner(m_db.db());
            ASSERT_TRUE(
                exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1')")));
            ASSERT_TRUE(inner.commit().ok());
        }
        EXPECT_TRUE(m_notices.isEmpty()) << "an inner commit is not durable yet";
        ASSERT_TRUE(outer.commit().ok());
    }
    ASSERT_EQ(m_notices.size(), 1);
    EXPECT_EQ(m_notices.first(), ChangeKinds(ChangeKind::Setting));
}

TEST_F(AppContextTest, RollbackNotifiesNothing)
{
    {
        storage::Transaction tx(m_db.db());
        ASSERT_TRUE(exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('r', '1')")));
        // No commit: the destructor rolls back.
    }
    {
        storage::Transaction outer(m_db.db());
        {
            storage::Transaction inner(m_db.db());
            ASSERT_TRUE(
                exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('s', '1')")));
            // Not committed: the outer unit becomes rollback-only.
        }
        EXPECT_FALSE(outer.commit().ok());
    }
    EXPECT_TRUE(m_notices.isEmpty());

    // What a rolled-back transaction wrote is not told with the next commit either.
    {
        storage::Transaction tx(m_db.db());
        ASSERT_TRUE(exec(QStringLiteral("UPDATE agency SET name = name || '' WHERE id = "
                                        "(SELECT min(id) FROM agency)")));
        ASSERT_TRUE(tx.commit().ok());
    }
    ASSERT_EQ(m_notices.size(), 1);
    EXPECT_EQ(m_notices.first(), ChangeKinds(ChangeKind::Reference));
}

TEST_F(AppContextTest, ServiceWritesNotifyAndRefusedOnesDoNot)
{
    auto lists = m_context.references().lists(m_admin);
    ASSERT_TRUE(lists.ok());
    ASSERT_FALSE(lists->agencies.isEmpty());
    domain::Agency agency = lists->agencies.first();
    agency.name += QStringLiteral(" (mới)");
    ASSERT_TRUE(m_context.references().saveAgency(m_admin, agency).ok());
    ASSERT_EQ(m_notices.size(), 1);
    EXPECT_TRUE(m_notices.first().testFlag(ChangeKind::Reference));
    EXPECT_TRUE(m_notices.first().testFlag(ChangeKind::Audit));
    EXPECT_FALSE(m_notices.first().testFlag(ChangeKind::Case));

    // A stale copy is refused with Conflict: its transaction rolls back.
    m_notices.clear();
    const auto stale = m_context.references().saveAgency(m_admin, agency);
    ASSERT_FALSE(stale.ok());
    for (const ChangeKinds &notice : m_notices)
        EXPECT_FALSE(notice.testFlag(ChangeKind::Reference));
}

TEST_F(AppContextTest, WorkerCommitsAreToldOnTheOwnersThread)
{
    const AppContext::WorkerOpener open = m_context.workerOpener();
    bool written = false;
    QThread *worker = QThread::create([&] {
        auto context = open();
        if (!context)
            return;
        auto lists = (*context)->references().lists(m_admin);
        if (!lists || lists->agencies.isEmpty())
            return;
        domain::Agency agency = lists->agencies.first();
        agency.name += QStringLiteral(" (worker)");
        written = (*context)->references().saveAgency(m_admin, agency).ok();
    });
    worker->start();
    worker->wait();
    delete worker;
    ASSERT_TRUE(written);
    EXPECT_TRUE(m_notices.isEmpty()) << "told through the owner's event loop";
    QCoreApplication::processEvents();
    ASSERT_EQ(m_notices.size(), 1);
    EXPECT_TRUE(m_notices.first().testFlag(ChangeKind::Reference));
}

} // namespace
} // namespace sr::services
