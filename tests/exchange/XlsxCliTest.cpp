// `export --format xlsx`, `export --template --format xlsx` and `report --format xlsx` as a child
// process (SAFERETURN_BIN): the workbooks are written and read back, a bad --format is refused
// with a sentence and exit code 2.
#include "support/XlsxInspect.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString cliProgram()
{
    QString program = qEnvironmentVariable("SAFERETURN_BIN");
#ifdef SAFERETURN_BIN_DEFAULT
    if (program.isEmpty())
        program = QStringLiteral(SAFERETURN_BIN_DEFAULT);
#endif
    return program;
}

struct CliRun
{
    int exitCode = -1;
    QString stderrText;
};

/** Runs the CLI in English as the demo database's administrator "admin". */
CliRun runCli(const QStringList &arguments, const QString &workingDirectory)
{
    CliRun run;
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SAFERETURN_PASSWORD"), QStringLiteral("SafeReturn-demo-2026"));
    process.setProcessEnvironment(env);
    process.start(cliProgram(),
                  QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments
                      + QStringList{QStringLiteral("--user"), QStringLiteral("admin")});
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.stderrText = QString::fromUtf8(process.readAllStandardError());
    return run;
}

class XlsxCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(QFileInfo::exists(cliProgram())) << "the safereturn executable is not built";
        ASSERT_TRUE(m_dir.isValid());
        const CliRun demo =
            runCli({u("--db"), path("demo.db"), u("demo"), u("--persons"), u("20")}, m_dir.path());
        ASSERT_EQ(demo.exitCode, 0) << demo.stderrText.toStdString();
    }
    QString path(const char *name) const { return m_dir.filePath(u(name)); }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(XlsxCliTest, ExportWritesTheWorkbookAndABadFormatIsRefused)
{
    const QStringList period{u("--from"), u("2000-01-01"), u("--to"), u("2099-12-31")};
    const CliRun written = runCli(QStringList{u("--db"), path("demo.db"), u("export")} + period
                                      + QStringList{u("--table"),
                                                    u("supports"),
                                                    u("--format"),
                                                    u("xlsx"),
                                                    u("-o"),
                                                    path("supports.xlsx")},
                                  m_dir.path());
    ASSERT_EQ(written.exitCode, 0) << written.stderrText.toStdString();
    const sr::test::XlsxBook book = sr::test::readXlsx(path("supports.xlsx"));
    ASSERT_TRUE(book.error.isEmpty()) << book.error.toStdString();
    ASSERT_EQ(book.sheets.size(), 1);
    EXPECT_EQ(book.sheets.first().name, u("supports"));
    EXPECT_TRUE(book.sheets.first().rowValues(2).contains(u("amount_vnd")));
    EXPECT_TRUE(book.sheets.first().rowValues(1).contains(u("Số tiền (đ)")));
    EXPECT_GT(book.sheets.first().lastRow(), 3);

    // Without --format, a file named .xlsx is a workbook; without -o the name ends in .xlsx.
    const CliRun bySuffix = runCli(QStringList{u("--db"), path("demo.db"), u("export")} + period
                                       + QStringList{u("-o"), path("receptions.xlsx")},
                                   m_dir.path());
    ASSERT_EQ(bySuffix.exitCode, 0) << bySuffix.stderrText.toStdString();
    EXPECT_EQ(sr::test::readXlsx(path("receptions.xlsx")).sheets.value(0).name, u("receptions"));
    const CliRun named = runCli(QStringList{u("--db"), path("demo.db"), u("export")} + period
                                    + QStringList{u("--format"), u("XLSX")},
                                m_dir.path());
    ASSERT_EQ(named.exitCode, 0) << named.stderrText.toStdString();
    EXPECT_TRUE(QFileInfo::exists(path("receptions_2000-01-01_2099-12-31.xlsx")));

    const CliRun bad = runCli(QStringList{u("--db"), path("demo.db"), u("export")} + period
                                  + QStringList{u("--format"), u("xls"), u("-o"), path("bad.xls")},
                              m_dir.path());
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.stderrText.contains(u("--format must be csv or xlsx")))
        << bad.stderrText.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path("bad.xls")));
}

TEST_F(XlsxCliTest, TemplateAndReportAsWorkbooks)
{
    const CliRun templ = runCli({u("--db"),
                                 path("demo.db"),
                                 u("export"),
                                 u("--template"),
                                 u("--format"),
                                 u("xlsx"),
                                 u("-o"),
                                 path("template.xlsx")},
                                m_dir.path());
    ASSERT_EQ(templ.exitCode, 0) << templ.stderrText.toStdString();
    const sr::test::XlsxBook book = sr::test::readXlsx(path("template.xlsx"));
    ASSERT_TRUE(book.error.isEmpty()) << book.error.toStdString();
    EXPECT_EQ(book.sheets.value(0).name, u("receptions"));
    EXPECT_FALSE(book.sheets.value(0).validations.isEmpty());

    const CliRun report = runCli({u("--db"),
                                  path("demo.db"),
                                  u("report"),
                                  u("--from"),
                                  u("2000-01-01"),
                                  u("--to"),
                                  u("2099-12-31"),
                                  u("--format"),
                                  u("xlsx"),
                                  u("-o"),
                                  path("report.xlsx")},
                                 m_dir.path());
    ASSERT_EQ(report.exitCode, 0) << report.stderrText.toStdString();
    const sr::test::XlsxBook workbook = sr::test::readXlsx(path("report.xlsx"));
    ASSERT_TRUE(workbook.error.isEmpty()) << workbook.error.toStdString();
    EXPECT_EQ(workbook.sheets.size(), 9);

    const CliRun bad = runCli({u("--db"),
                               path("demo.db"),
                               u("report"),
                               u("--from"),
                               u("2000-01-01"),
                               u("--to"),
                               u("2099-12-31"),
                               u("--format"),
                               u("xls"),
                               u("-o"),
                               path("report.xls")},
                              m_dir.path());
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.stderrText.contains(u("--format must be pdf, html, json, odt or xlsx")))
        << bad.stderrText.toStdString();
}
