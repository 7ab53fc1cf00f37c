// Two `safereturn import` processes of one file into one database at once: the checks that
// refuse existing records run inside the write transaction that writes, so exactly one
// imports and the other is refused with "already exists"; every reception is stored once.
#include "AppTestSupport.h"

#include <QDate>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace sr::test {
namespace {

RunResult run(const QStringList &arguments, const QString &home)
{
    return runSafeReturn(arguments + QStringList{QStringLiteral("--lang"), QStringLiteral("en")},
                         home);
}

TEST(ImportRaceTest, TwoImportsOfOneFileAtOnceWriteItOnce)
{
    ASSERT_FALSE(safereturnBinary().isEmpty());
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString source = dir.filePath(QStringLiteral("source.db"));
    const QString csv = dir.filePath(QStringLiteral("receptions_full.csv"));

    const RunResult demo = run({QStringLiteral("demo"),
                                QStringLiteral("--db"),
                                source,
                                QStringLiteral("--persons"),
                                QStringLiteral("200"),
                                QStringLiteral("--seed"),
                                QStringLiteral("1")},
                               dir.path());
    ASSERT_EQ(demo.exitCode, 0) << demo.errText().toStdString();
    const RunResult exported = run({QStringLiteral("export"),
                                    QStringLiteral("--db"),
                                    source,
                                    QStringLiteral("--user"),
                                    demoUser(),
                                    QStringLiteral("--from"),
                                    QStringLiteral("1990-01-01"),
                                    QStringLiteral("--to"),
                                    QDate::currentDate().toString(Qt::ISODate),
                                    QStringLiteral("--full"),
                                    QStringLiteral("-o"),
                                    csv},
                                   dir.path());
    ASSERT_EQ(exported.exitCode, 0) << exported.errText().toStdString();
    // The receptions name their handover batches: those are imported first (csv-format.md).
    const QString batchesCsv = dir.filePath(QStringLiteral("batches_full.csv"));
    const RunResult batches = run({QStringLiteral("export"),
                                   QStringLiteral("--db"),
                                   source,
                                   QStringLiteral("--user"),
                                   demoUser(),
                                   QStringLiteral("--table"),
                                   QStringLiteral("batches"),
                                   QStringLiteral("--from"),
                                   QStringLiteral("1990-01-01"),
                                   QStringLiteral("--to"),
                                   QDate::currentDate().toString(Qt::ISODate),
                                   QStringLiteral("--full"),
                                   QStringLiteral("-o"),
                                   batchesCsv},
                                  dir.path());
    ASSERT_EQ(batches.exitCode, 0) << batches.errText().toStdString();
    qint64 receptions = 0;
    {
        auto opened = storage::Database::open(source);
        ASSERT_TRUE(opened.ok());
        receptions = queryInt(**opened, QStringLiteral("SELECT count(*) FROM reception"));
    }
    ASSERT_GT(receptions, 200);

    // Several rounds, each into a new database with its first administrator, so that the two
    // imports really overlap at least once on the code that checked before writing.
    constexpr int rounds = 4;
    for (int round = 0; round < rounds; ++round) {
        SCOPED_TRACE(round);
        const QString target = dir.filePath(QStringLiteral("target-%1.db").arg(round));
        const RunResult admin = run({QStringLiteral("user"),
                                     QStringLiteral("add"),
                                     QStringLiteral("--db"),
                                     target,
                                     QStringLiteral("--role"),
                                     QStringLiteral("administrator"),
                                     demoUser()},
                                    dir.path());
        ASSERT_EQ(admin.exitCode, 0) << admin.errText().toStdString();
        const RunResult batchImport = run({QStringLiteral("import"),
                                           QStringLiteral("--db"),
                                           target,
                                           QStringLiteral("--user"),
                                           demoUser(),
                                           batchesCsv},
                                          dir.path());
        ASSERT_EQ(batchImport.exitCode, 0) << batchImport.errText().toStdString();

        std::unique_ptr<QProcess> imports[2];
        for (auto &process : imports) {
            process = std::make_unique<QProcess>();
            process->setProcessEnvironment(childEnvironment(dir.path()));
            process->start(safereturnBinary(),
                           {QStringLiteral("import"),
                            QStringLiteral("--db"),
                            target,
                            QStringLiteral("--user"),
                            demoUser(),
                            QStringLiteral("--lang"),
                            QStringLiteral("en"),
                            csv});
        }
        int succeeded = 0;
        int refused = 0;
        for (auto &process : imports) {
            ASSERT_TRUE(process->waitForStarted(10000));
            ASSERT_TRUE(process->waitForFinished(300000));
            ASSERT_EQ(process->exitStatus(), QProcess::NormalExit);
            const QString err = QString::fromUtf8(process->readAllStandardError());
            if (process->exitCode() == 0) {
                ++succeeded;
                EXPECT_TRUE(err.contains(QStringLiteral("persons 200 created, 0 updated")))
                    << err.toStdString();
            } else {
                ++refused;
                EXPECT_TRUE(err.contains(QStringLiteral("already exists"))) << err.toStdString();
                EXPECT_TRUE(err.contains(QStringLiteral("nothing was imported")))
                    << err.toStdString();
            }
        }
        EXPECT_EQ(succeeded, 1);
        EXPECT_EQ(refused, 1);

        auto opened = storage::Database::open(target);
        ASSERT_TRUE(opened.ok());
        storage::Database &db = **opened;
        EXPECT_EQ(queryInt(db, QStringLiteral("SELECT count(*) FROM reception")), receptions);
        EXPECT_EQ(queryInt(db, QStringLiteral("SELECT count(DISTINCT uuid) FROM reception")),
                  receptions);
        EXPECT_EQ(queryInt(db, QStringLiteral("SELECT count(*) FROM person")), 200);
        EXPECT_EQ(
            queryInt(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import'")),
            2); // the batches and one of the two reception imports
    }
}

} // namespace
} // namespace sr::test
