// Every command that writes or reads a file the user named says which file failed and why,
// not only that "the file could not be read or written" (domain/FileErrors.h).
#include "AppTestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

class FileErrorCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const RunResult demo = runSafeReturn({QStringLiteral("demo"),
                                              QStringLiteral("--persons"),
                                              QStringLiteral("8"),
                                              QStringLiteral("--seed"),
                                              QStringLiteral("5"),
                                              QStringLiteral("--db"),
                                              dbPath()},
                                             m_dir.path());
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }

    QString dbPath() const { return m_dir.filePath(QStringLiteral("x.db")); }
    /** A folder that does not exist. */
    QString missing() const { return m_dir.filePath(QStringLiteral("no-such-folder")); }

    RunResult run(QStringList arguments) const
    {
        arguments << QStringLiteral("--db") << dbPath() << QStringLiteral("--user") << demoUser()
                  << QStringLiteral("--lang") << QStringLiteral("en");
        return runSafeReturn(arguments,
                             m_dir.path(),
                             180000,
                             {{QStringLiteral("SAFERETURN_PASSPHRASE"),
                               QStringLiteral("a long enough passphrase")}});
    }

    void expectNamesTheMissingFolder(const RunResult &result) const
    {
        EXPECT_NE(result.exitCode, 0);
        const QString err = QString::fromUtf8(result.err);
        EXPECT_TRUE(err.contains(QStringLiteral("the folder %1 does not exist")
                                     .arg(QDir::toNativeSeparators(missing()))))
            << err.toStdString();
    }

    QTemporaryDir m_dir;
};

TEST_F(FileErrorCliTest, ExportReportAndBackupNameTheMissingFolder)
{
    const QString period[] = {QStringLiteral("--from"),
                              QStringLiteral("2015-01-01"),
                              QStringLiteral("--to"),
                              QStringLiteral("2026-12-31")};
    expectNamesTheMissingFolder(run({QStringLiteral("export"),
                                     period[0],
                                     period[1],
                                     period[2],
                                     period[3],
                                     QStringLiteral("-o"),
                                     missing() + QStringLiteral("/export.csv")}));
    expectNamesTheMissingFolder(run({QStringLiteral("export"),
                                     period[0],
                                     period[1],
                                     period[2],
                                     period[3],
                                     QStringLiteral("--full"),
                                     QStringLiteral("--zip"),
                                     QStringLiteral("-o"),
                                     missing() + QStringLiteral("/export.zip")}));
    expectNamesTheMissingFolder(run({QStringLiteral("report"),
                                     period[0],
                                     period[1],
                                     period[2],
                                     period[3],
                                     QStringLiteral("--format"),
                                     QStringLiteral("json"),
                                     QStringLiteral("-o"),
                                     missing() + QStringLiteral("/report.json")}));
    expectNamesTheMissingFolder(run(
        {QStringLiteral("backup"), QStringLiteral("-o"), missing() + QStringLiteral("/copy.db")}));
}

} // namespace
} // namespace sr::test
