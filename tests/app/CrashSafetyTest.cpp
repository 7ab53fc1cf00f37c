// `safereturn demo` killed with SIGKILL at random moments: after every kill the database is
// intact and holds exactly a whole number of committed batches, with no record twice.
#include "AppTestSupport.h"
#include "storage/Maintenance.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <random>

namespace sr::test {
namespace {

constexpr int iterations = 30;
constexpr qint64 batchSize = 500; // the CLI's demo batch
constexpr qint64 timeBudgetMs = 170 * 1000;

TEST(CrashSafetyTest, KilledDemoLeavesWholeBatchesOnly)
{
    ASSERT_FALSE(safereturnBinary().isEmpty());
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("crash.db"));

    const quint64 seed = quint64(QDateTime::currentMSecsSinceEpoch());
    std::mt19937_64 random(seed);
    SCOPED_TRACE(testing::Message() << "delay seed " << seed);

    QElapsedTimer budget;
    budget.start();
    int killedWhileRunning = 0;
    qint64 previousPersons = 0;
    int done = 0;
    for (int i = 0; i < iterations; ++i) {
        // Early kills hit start-up and database creation; later ones land inside batches (a
        // batch of 500 persons takes about a second on a loaded 2-core machine).
        const int delayMs = int(random() % (i < 3 ? 150 : 2500));
        QProcess process;
        process.setProcessEnvironment(childEnvironment(dir.path()));
        process.start(safereturnBinary(),
                      {QStringLiteral("demo"),
                       QStringLiteral("--db"),
                       db,
                       QStringLiteral("--persons"),
                       QStringLiteral("20000"),
                       QStringLiteral("--seed"),
                       QString::number(i + 1),
                       QStringLiteral("--user"),
                       demoUser()});
        ASSERT_TRUE(process.waitForStarted(10000));
        QThread::msleep(delayMs);
        if (process.state() == QProcess::Running)
            ++killedWhileRunning;
        process.kill(); // SIGKILL
        ASSERT_TRUE(process.waitForFinished(30000));
        ++done;

        if (!QFileInfo::exists(db))
            continue; // killed before the database was linked into place
        const qint64 walBytes = QFileInfo(db + QStringLiteral("-wal")).size();
        auto opened = storage::Database::open(db);
        ASSERT_TRUE(opened.ok()) << "iteration " << i << ": " << opened.error().detail.toStdString()
                                 << " (file " << QFileInfo(db).size() << " bytes, wal " << walBytes
                                 << " bytes)";
        storage::Database &database = **opened;
        const auto report = storage::maintenance::check(database);
        ASSERT_TRUE(report.ok()) << "iteration " << i;
        EXPECT_TRUE(report->integrityOk)
            << "iteration " << i << ": " << report->problems.join(u'\n').toStdString();
        EXPECT_TRUE(report->foreignKeysOk) << "iteration " << i;
        EXPECT_EQ(
            queryInt(database, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);

        const qint64 persons = queryInt(database, QStringLiteral("SELECT count(*) FROM person"));
        EXPECT_EQ(persons % batchSize, 0) << "iteration " << i << ": " << persons << " persons";
        EXPECT_GE(persons, previousPersons);
        previousPersons = persons;
        EXPECT_EQ(queryInt(database,
                           QStringLiteral("SELECT count(*) - count(DISTINCT uuid) FROM person")),
                  0);
        EXPECT_EQ(
            queryInt(database,
                     QStringLiteral("SELECT count(*) - count(DISTINCT case_code) FROM person")),
            0);
        EXPECT_EQ(queryInt(database,
                           QStringLiteral("SELECT count(*) - count(DISTINCT uuid) FROM reception")),
                  0);
        EXPECT_EQ(queryInt(database,
                           QStringLiteral("SELECT count(*) FROM person p WHERE NOT EXISTS "
                                          "(SELECT 1 FROM reception r WHERE r.person_id = p.id)")),
                  0)
            << "iteration " << i;
        // One "demo" audit row per committed batch.
        EXPECT_EQ(
            queryInt(database,
                     QStringLiteral("SELECT coalesce(sum(json_extract(changes, "
                                    "'$.persons')), 0) FROM audit_log WHERE action = 'demo'")),
            persons)
            << "iteration " << i;
        if (HasFatalFailure() || budget.elapsed() > timeBudgetMs)
            break;
    }
    EXPECT_GE(done, iterations) << "the time budget ran out after " << done << " kills";
    EXPECT_GE(killedWhileRunning, iterations / 2);
    EXPECT_GT(previousPersons, 0) << "no batch was ever committed";
}

} // namespace
} // namespace sr::test
