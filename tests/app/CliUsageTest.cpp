// The CLI's usage errors word the first problem of the command line exactly as they always
// have, for each grammar (the general commands, export/import, report); nothing is opened.
#include "AppTestSupport.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

class CliUsageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_FALSE(safereturnBinary().isEmpty()) << "SAFERETURN_BIN is not set";
    }

    /** stderr of a run that must end with exit code 2 and print nothing on stdout. */
    QString usageError(QStringList arguments) const
    {
        arguments << QStringLiteral("--lang") << QStringLiteral("en") << QStringLiteral("--db")
                  << m_dir.filePath(QStringLiteral("never.db"));
        const RunResult result = runSafeReturn(arguments, m_dir.path());
        EXPECT_TRUE(result.finished);
        EXPECT_EQ(result.exitCode, 2) << arguments.join(u' ').toStdString();
        EXPECT_TRUE(result.out.isEmpty()) << result.outText().toStdString();
        EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(QStringLiteral("never.db"))));
        return result.errText();
    }

    QTemporaryDir m_dir;
};

const QString general = QStringLiteral("safereturn: run \"safereturn --help\" for usage\n");

TEST_F(CliUsageTest, GeneralCommandsNameTheFirstProblem)
{
    EXPECT_EQ(usageError({QStringLiteral("frobnicate")}),
              QStringLiteral("safereturn: unknown command \"frobnicate\"\n") + general);
    EXPECT_EQ(
        usageError({QStringLiteral("check"), QStringLiteral("--bogus=1"), QStringLiteral("-x")}),
        QStringLiteral("safereturn: unknown option \"--bogus\"\n") + general);
    EXPECT_EQ(
        usageError({QStringLiteral("check"), QStringLiteral("-persons"), QStringLiteral("5")}),
        QStringLiteral("safereturn: unknown option \"-persons\"\n") + general);
    EXPECT_EQ(
        usageError({QStringLiteral("check"), QStringLiteral("--persons"), QStringLiteral("5")}),
        QStringLiteral("safereturn: unknown option \"--persons\"\n") + general);
    EXPECT_EQ(usageError({QStringLiteral("backup"), QStringLiteral("--encrypt=yes")}),
              QStringLiteral("safereturn: bad value for option \"--encrypt\"\n") + general);
    EXPECT_EQ(
        usageError({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("0")}),
        QStringLiteral("safereturn: --persons needs a positive whole number\n") + general);
    EXPECT_EQ(usageError({QStringLiteral("find"), QStringLiteral("  ")}),
              QStringLiteral("safereturn: find needs the TEXT to search for\n") + general);
    EXPECT_EQ(
        usageError({QStringLiteral("restore"), QStringLiteral("a.db"), QStringLiteral("b.db")}),
        QStringLiteral("safereturn: unexpected argument \"b.db\"\n") + general);
    EXPECT_EQ(usageError({QStringLiteral("user"),
                          QStringLiteral("list"),
                          QStringLiteral("--role"),
                          QStringLiteral("viewer")}),
              QStringLiteral("safereturn: unknown option \"--role\"\n") + general);

    // A value missing at the end of the line (the --db and --lang of usageError come first).
    const RunResult missing = runSafeReturn({QStringLiteral("--lang"),
                                             QStringLiteral("en"),
                                             QStringLiteral("demo"),
                                             QStringLiteral("--persons")},
                                            m_dir.path());
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_EQ(missing.errText(),
              QStringLiteral("safereturn: option \"--persons\" needs a value\n") + general);
}

TEST_F(CliUsageTest, ExportAndImportNameTheFirstProblem)
{
    const QString exportHint = QStringLiteral("run \"safereturn export --help\" for usage\n");
    const QString importHint = QStringLiteral("run \"safereturn import --help\" for usage\n");
    EXPECT_EQ(usageError({QStringLiteral("import"),
                          QStringLiteral("--from"),
                          QStringLiteral("2025-01-01"),
                          QStringLiteral("x.csv")}),
              QStringLiteral("safereturn import: unknown option --from\n") + importHint);
    EXPECT_EQ(
        usageError({QStringLiteral("import"), QStringLiteral("--full"), QStringLiteral("x.csv")}),
        QStringLiteral("safereturn import: unknown option --full\n") + importHint);
    EXPECT_EQ(usageError({QStringLiteral("export"), QStringLiteral("--dry-run")}),
              QStringLiteral("safereturn export: unknown option --dry-run\n") + exportHint);
    EXPECT_EQ(
        usageError({QStringLiteral("export"), QStringLiteral("--bogus"), QStringLiteral("--zap")}),
        QStringLiteral("safereturn export: unknown option --bogus\n") + exportHint);
    EXPECT_EQ(usageError({QStringLiteral("import"), QStringLiteral("--"), QStringLiteral("x.csv")}),
              QStringLiteral("safereturn import: unknown option --\n") + importHint);
    EXPECT_EQ(usageError({QStringLiteral("export"),
                          QStringLiteral("--from"),
                          QStringLiteral("2025-01-01"),
                          QStringLiteral("extra")}),
              QStringLiteral("safereturn export: unexpected argument extra\n") + exportHint);
}

TEST_F(CliUsageTest, ReportNamesTheFirstProblem)
{
    const QString hint = QStringLiteral("run \"safereturn report --help\" for usage\n");
    EXPECT_EQ(
        usageError({QStringLiteral("report"), QStringLiteral("extra"), QStringLiteral("--bogus")}),
        QStringLiteral("safereturn report: unexpected argument extra\n") + hint);
    EXPECT_EQ(
        usageError({QStringLiteral("report"), QStringLiteral("--bogus"), QStringLiteral("extra")}),
        QStringLiteral("safereturn report: unknown option --bogus\n") + hint);
    EXPECT_EQ(usageError({QStringLiteral("report"), QStringLiteral("-")}),
              QStringLiteral("safereturn report: unknown option -\n") + hint);
    EXPECT_EQ(
        usageError(
            {QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2025-01-01")}),
        QStringLiteral("safereturn report: --from and --to are required (dates as YYYY-MM-DD)\n")
            + hint);
}

} // namespace
} // namespace sr::test
