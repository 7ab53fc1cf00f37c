// A reader never queues behind a writer: while another connection holds the write lock (BEGIN
// IMMEDIATE, as a long import does), `find` and `backup` return or fail with a sentence within a
// few seconds, and no raw SQLite text reaches stderr.
#include "AppTestSupport.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

class ReaderWaitTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("busy.db"));
        const RunResult demo = runSafeReturn({QStringLiteral("demo"),
                                              QStringLiteral("--db"),
                                              m_db,
                                              QStringLiteral("--persons"),
                                              QStringLiteral("20")},
                                             m_dir.path());
        ASSERT_EQ(demo.exitCode, 0) << demo.errText().toStdString();
    }

    /** Runs @a arguments while this process holds the write lock; checks time and stderr. */
    void expectPromptAnswer(QStringList arguments)
    {
        auto opened = storage::Database::open(m_db);
        ASSERT_TRUE(opened.ok());
        std::unique_ptr<storage::Database> writer = std::move(opened).value();
        storage::Transaction hold(*writer); // BEGIN IMMEDIATE: the lock an import holds
        ASSERT_TRUE(hold.isActive());

        arguments << QStringLiteral("--db") << m_db << QStringLiteral("--user") << demoUser()
                  << QStringLiteral("--lang") << QStringLiteral("en");
        QElapsedTimer timer;
        timer.start();
        const RunResult result = runSafeReturn(arguments, m_dir.path(), 60000);
        const qint64 elapsed = timer.elapsed();
        ASSERT_TRUE(result.finished);
        EXPECT_LT(elapsed, 6000) << "the reader waited " << elapsed << " ms";
        const QString err = result.errText();
        EXPECT_FALSE(err.contains(QStringLiteral("database is locked"))) << err.toStdString();
        EXPECT_FALSE(err.contains(QStringLiteral("(5)"))) << err.toStdString();
        EXPECT_FALSE(err.contains(QStringLiteral("(error"))) << err.toStdString();
        if (result.exitCode != 0) {
            EXPECT_TRUE(err.contains(QStringLiteral("busy"))) << err.toStdString();
        }
    }

    QTemporaryDir m_dir;
    QString m_db;
};

TEST_F(ReaderWaitTest, FindAnswersWithinSecondsWhileAWriterHoldsTheLock)
{
    expectPromptAnswer({QStringLiteral("find"), QStringLiteral("Nguyen")});
}

TEST_F(ReaderWaitTest, BackupAnswersWithinSecondsWhileAWriterHoldsTheLock)
{
    expectPromptAnswer(
        {QStringLiteral("backup"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("b.db"))});
}

} // namespace
} // namespace sr::test
