// Two `safereturn demo` processes writing to one database at once: both succeed, nobody
// sees a busy error, nothing is lost.
#include "AppTestSupport.h"
#include "storage/Maintenance.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

TEST(TwoWritersTest, BothDemoProcessesCommitEverything)
{
    ASSERT_FALSE(safereturnBinary().isEmpty());
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("shared.db"));
    {
        auto created = storage::Database::open(db);
        ASSERT_TRUE(created.ok()) << created.error().detail.toStdString();
    }

    const qint64 persons = 3000; // 6 batches each, so the writers interleave
    QProcess first;
    QProcess second;
    QProcess *processes[] = {&first, &second};
    int seed = 1;
    for (QProcess *process : processes) {
        process->setProcessEnvironment(childEnvironment(dir.path()));
        process->start(safereturnBinary(),
                       {QStringLiteral("demo"),
                        QStringLiteral("--db"),
                        db,
                        QStringLiteral("--persons"),
                        QString::number(persons),
                        QStringLiteral("--seed"),
                        QString::number(seed++),
                        QStringLiteral("--lang"),
                        QStringLiteral("en"),
                        QStringLiteral("--user"),
                        demoUser()});
    }
    for (QProcess *process : processes) {
        ASSERT_TRUE(process->waitForStarted(10000));
    }
    for (QProcess *process : processes) {
        ASSERT_TRUE(process->waitForFinished(300000));
        const QString err = QString::fromUtf8(process->readAllStandardError());
        EXPECT_EQ(process->exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(process->exitCode(), 0) << err.toStdString();
        EXPECT_FALSE(err.contains(QStringLiteral("busy"), Qt::CaseInsensitive))
            << err.toStdString();
        EXPECT_FALSE(err.contains(QStringLiteral("locked"), Qt::CaseInsensitive))
            << err.toStdString();
    }

    auto opened = storage::Database::open(db);
    ASSERT_TRUE(opened.ok());
    storage::Database &database = **opened;
    EXPECT_EQ(queryInt(database, QStringLiteral("SELECT count(*) FROM person")), 2 * persons);
    EXPECT_EQ(queryInt(database, QStringLiteral("SELECT count(DISTINCT case_code) FROM person")),
              2 * persons);
    EXPECT_EQ(
        queryInt(database, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'demo'")),
        2 * (persons / 500));
    const auto report = storage::maintenance::check(database);
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->integrityOk);
    EXPECT_TRUE(report->foreignKeysOk);
}

} // namespace
} // namespace sr::test
