// The export and import commands run as a child process (SAFERETURN_BIN): exit codes, files,
// error lines that name the file, row and column, and a full export copied into an empty
// database through the command line.
#include "exchange/CsvColumns.h"
#include "tests/support/XlsxFixture.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

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

CliRun runCli(const QStringList &arguments, const QString &workingDirectory)
{
    CliRun run;
    const QString program = cliProgram();
    if (program.isEmpty())
        return run;
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    // Every command runs as the administrator "admin" (see addAdministrator()).
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SAFERETURN_PASSWORD"), QStringLiteral("SafeReturn-demo-2026"));
    process.setProcessEnvironment(env);
    process.start(program,
                  QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments
                      + QStringList{QStringLiteral("--user"), QStringLiteral("admin")});
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.stderrText = QString::fromUtf8(process.readAllStandardError());
    return run;
}

/** A new database at @a path with its first administrator "admin" (the demo password). */
bool addAdministrator(const QString &path, const QString &workingDirectory)
{
    return runCli({QStringLiteral("--db"),
                   path,
                   QStringLiteral("user"),
                   QStringLiteral("add"),
                   QStringLiteral("--role"),
                   QStringLiteral("administrator"),
                   QStringLiteral("admin")},
                  workingDirectory)
               .exitCode
           == 0;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class ExchangeCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(QFileInfo::exists(cliProgram())) << "the safereturn executable is not built";
        ASSERT_TRUE(m_dir.isValid());
    }
    QString path(const char *name) const { return m_dir.filePath(QString::fromUtf8(name)); }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ExchangeCliTest, TemplateIsWrittenAndImportsWithDryRun)
{
    const CliRun written = runCli({QStringLiteral("export"),
                                   QStringLiteral("--template"),
                                   QStringLiteral("-o"),
                                   path("template.csv")},
                                  m_dir.path());
    ASSERT_EQ(written.exitCode, 0) << written.stderrText.toStdString();
    EXPECT_TRUE(readAll(path("template.csv"))
                    .startsWith("\xEF\xBB\xBF"
                                "case_code,full_name,"));

    ASSERT_TRUE(addAdministrator(path("new.db"), m_dir.path()));
    const CliRun checked = runCli({QStringLiteral("--db"),
                                   path("new.db"),
                                   QStringLiteral("import"),
                                   QStringLiteral("--dry-run"),
                                   path("template.csv")},
                                  m_dir.path());
    EXPECT_EQ(checked.exitCode, 0) << checked.stderrText.toStdString();
    EXPECT_TRUE(checked.stderrText.contains(QStringLiteral("dry run")))
        << checked.stderrText.toStdString();
}

TEST_F(ExchangeCliTest, BadRowsExitWithTwoAndNameFileRowAndColumn)
{
    QFile bad(path("bad.csv"));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write("case_code,full_name,sex,reception_date,agency,country,route,"
              "identification_status,case_status,exploitation\r\n"
              "QN-2024-0001,A B,female,2024-02-30,ctxh_qn,CN,other,pending,open,unknown\r\n"
              "QN-2024-0002,C D,female,2024-02-03,nowhere,CN,other,pending,open,unknown\r\n");
    bad.close();
    ASSERT_TRUE(addAdministrator(path("cli.db"), m_dir.path()));
    const CliRun run =
        runCli({QStringLiteral("--db"), path("cli.db"), QStringLiteral("import"), path("bad.csv")},
               m_dir.path());
    EXPECT_EQ(run.exitCode, 2);
    const std::string text = run.stderrText.toStdString();
    EXPECT_TRUE(run.stderrText.contains(QStringLiteral("bad.csv: row 2, column reception_date")))
        << text;
    EXPECT_TRUE(run.stderrText.contains(QStringLiteral("[invalid_date]"))) << text;
    EXPECT_TRUE(run.stderrText.contains(QStringLiteral("bad.csv: row 3, column agency"))) << text;
    EXPECT_TRUE(run.stderrText.contains(QStringLiteral("[unknown_reference]"))) << text;
}

TEST_F(ExchangeCliTest, BadWorkbookCellExitsWithTwoAndNamesSheetRowAndColumnLetter)
{
    // A Vietnamese title row over the stable names (docs/spreadsheets.md): the bad date is in
    // the sheet's row 4, column D, whatever the CSV would have numbered it.
    sr::test::XlsxFixture f;
    const QStringList header = {QStringLiteral("case_code"),
                                QStringLiteral("full_name"),
                                QStringLiteral("sex"),
                                QStringLiteral("reception_date"),
                                QStringLiteral("agency"),
                                QStringLiteral("country"),
                                QStringLiteral("route"),
                                QStringLiteral("identification_status"),
                                QStringLiteral("case_status"),
                                QStringLiteral("exploitation")};
    QStringList titles;
    for (const QString &h : header)
        titles.append(QStringLiteral("Tiêu đề ") + h);
    QStringList good = {QStringLiteral("QN-2024-0001"),
                        QStringLiteral("A B"),
                        QStringLiteral("female"),
                        QStringLiteral("2024-02-03"),
                        QStringLiteral("ctxh_qn"),
                        QStringLiteral("CN"),
                        QStringLiteral("other"),
                        QStringLiteral("pending"),
                        QStringLiteral("open"),
                        QStringLiteral("unknown")};
    QStringList bad = good;
    bad[0] = QStringLiteral("QN-2024-0002");
    bad[3] = QStringLiteral("30/02/2024");
    f.sheets.append({QStringLiteral("nhập"), f.textRow(1, titles)});
    f.sheets.append(
        {QStringLiteral("receptions"),
         f.textRow(1, titles) + f.textRow(2, header) + f.textRow(3, good) + f.textRow(4, bad)});
    ASSERT_TRUE(f.write(path("bad.xlsx")));
    ASSERT_TRUE(addAdministrator(path("cli.db"), m_dir.path()));
    const CliRun run = runCli({QStringLiteral("--db"),
                               path("cli.db"),
                               QStringLiteral("import"),
                               QStringLiteral("--sheet"),
                               QStringLiteral("receptions"),
                               path("bad.xlsx")},
                              m_dir.path());
    EXPECT_EQ(run.exitCode, 2);
    const std::string text = run.stderrText.toStdString();
    EXPECT_TRUE(
        run.stderrText.contains(QStringLiteral("bad.xlsx: row 4, column D (reception_date)")))
        << text;
    EXPECT_TRUE(run.stderrText.contains(QStringLiteral("[invalid_date]"))) << text;
    EXPECT_TRUE(run.stderrText.contains(QStringLiteral("nothing was imported"))) << text;

    // The first sheet is not a table; a sheet that does not exist is named.
    const CliRun first =
        runCli({QStringLiteral("--db"), path("cli.db"), QStringLiteral("import"), path("bad.xlsx")},
               m_dir.path());
    EXPECT_EQ(first.exitCode, 2);
    EXPECT_TRUE(first.stderrText.contains(QStringLiteral("[unknown_table]")))
        << first.stderrText.toStdString();
    const CliRun missing = runCli({QStringLiteral("--db"),
                                   path("cli.db"),
                                   QStringLiteral("import"),
                                   QStringLiteral("--sheet"),
                                   QStringLiteral("calls"),
                                   path("bad.xlsx")},
                                  m_dir.path());
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.stderrText.contains(QStringLiteral("[unknown_sheet]")))
        << missing.stderrText.toStdString();

    // --sheet belongs to import.
    const CliRun usage = runCli({QStringLiteral("--db"),
                                 path("cli.db"),
                                 QStringLiteral("export"),
                                 QStringLiteral("--template"),
                                 QStringLiteral("--sheet"),
                                 QStringLiteral("x"),
                                 QStringLiteral("-o"),
                                 path("t.csv")},
                                m_dir.path());
    EXPECT_EQ(usage.exitCode, 2);
}

TEST_F(ExchangeCliTest, ExportRefusesBadUsageAndWritesAuditedFullExport)
{
    const CliRun badDate = runCli({QStringLiteral("--db"),
                                   path("cli.db"),
                                   QStringLiteral("export"),
                                   QStringLiteral("--from"),
                                   QStringLiteral("2024-13-01"),
                                   QStringLiteral("--to"),
                                   QStringLiteral("2024-12-31")},
                                  m_dir.path());
    EXPECT_EQ(badDate.exitCode, 2);
    const CliRun badTable = runCli({QStringLiteral("export"),
                                    QStringLiteral("--from"),
                                    QStringLiteral("2024-01-01"),
                                    QStringLiteral("--to"),
                                    QStringLiteral("2024-12-31"),
                                    QStringLiteral("--table"),
                                    QStringLiteral("persons")},
                                   m_dir.path());
    EXPECT_EQ(badTable.exitCode, 2);

    const CliRun demo = runCli({QStringLiteral("--db"),
                                path("demo.db"),
                                QStringLiteral("demo"),
                                QStringLiteral("--persons"),
                                QStringLiteral("20")},
                               m_dir.path());
    ASSERT_EQ(demo.exitCode, 0) << demo.stderrText.toStdString();
    const CliRun exported = runCli({QStringLiteral("--db"),
                                    path("demo.db"),
                                    QStringLiteral("export"),
                                    QStringLiteral("--from"),
                                    QStringLiteral("2000-01-01"),
                                    QStringLiteral("--to"),
                                    QStringLiteral("2099-12-31"),
                                    QStringLiteral("--table"),
                                    QStringLiteral("batches"),
                                    QStringLiteral("--full"),
                                    QStringLiteral("-o"),
                                    path("batches.csv")},
                                   m_dir.path());
    ASSERT_EQ(exported.exitCode, 0) << exported.stderrText.toStdString();
    EXPECT_TRUE(readAll(path("batches.csv"))
                    .startsWith("\xEF\xBB\xBF"
                                "batch_uuid,batch_date,"));
    ASSERT_TRUE(addAdministrator(path("copy.db"), m_dir.path()));
    const CliRun imported = runCli(
        {QStringLiteral("--db"), path("copy.db"), QStringLiteral("import"), path("batches.csv")},
        m_dir.path());
    EXPECT_EQ(imported.exitCode, 0) << imported.stderrText.toStdString();
}

TEST_F(ExchangeCliTest, FullExportOfEveryTableImportsIntoAnEmptyDatabaseWithTheSameReport)
{
    // The tables of the one list (exchange::exchangeTables()) that can be imported, in order.
    QStringList tables;
    for (const sr::exchange::ExchangeTable table : sr::exchange::exchangeTables()) {
        if (sr::exchange::isImportable(table))
            tables.append(sr::exchange::toCode(table));
    }
    ASSERT_TRUE(tables.contains(QStringLiteral("follow_ups")));
    ASSERT_TRUE(tables.contains(QStringLiteral("stays")));
    const QString from = QStringLiteral("2000-01-01");
    const QString to = QStringLiteral("%1-12-31").arg(QDate::currentDate().year() + 1);

    const CliRun demo = runCli({QStringLiteral("--db"),
                                path("demo.db"),
                                QStringLiteral("demo"),
                                QStringLiteral("--persons"),
                                QStringLiteral("120"),
                                QStringLiteral("--seed"),
                                QStringLiteral("5")},
                               m_dir.path());
    ASSERT_EQ(demo.exitCode, 0) << demo.stderrText.toStdString();
    ASSERT_TRUE(addAdministrator(path("copy.db"), m_dir.path()));
    for (const QString &table : tables) {
        const QString file = m_dir.filePath(table + QStringLiteral(".csv"));
        const CliRun exported = runCli({QStringLiteral("--db"),
                                        path("demo.db"),
                                        QStringLiteral("export"),
                                        QStringLiteral("--from"),
                                        from,
                                        QStringLiteral("--to"),
                                        to,
                                        QStringLiteral("--table"),
                                        table,
                                        QStringLiteral("--full"),
                                        QStringLiteral("-o"),
                                        file},
                                       m_dir.path());
        ASSERT_EQ(exported.exitCode, 0) << exported.stderrText.toStdString();
        const CliRun imported =
            runCli({QStringLiteral("--db"), path("copy.db"), QStringLiteral("import"), file},
                   m_dir.path());
        ASSERT_EQ(imported.exitCode, 0) << imported.stderrText.toStdString();
        EXPECT_TRUE(imported.stderrText.contains(QStringLiteral(" rows of %1 imported").arg(table)))
            << imported.stderrText.toStdString();
    }
    for (const char *db : {"demo.db", "copy.db"}) {
        const CliRun report =
            runCli({QStringLiteral("--db"),
                    path(db),
                    QStringLiteral("report"),
                    QStringLiteral("--from"),
                    from,
                    QStringLiteral("--to"),
                    to,
                    QStringLiteral("--format"),
                    QStringLiteral("json"),
                    QStringLiteral("-o"),
                    m_dir.filePath(QString::fromLatin1(db) + QStringLiteral(".json"))},
                   m_dir.path());
        ASSERT_EQ(report.exitCode, 0) << report.stderrText.toStdString();
    }
    // The report carries no generation time or database identity: the same bytes
    // (docs/csv-format.md, "Round trip").
    const QByteArray before = readAll(path("demo.db.json"));
    ASSERT_TRUE(before.contains("\"follow_ups\""));
    EXPECT_EQ(readAll(path("copy.db.json")).toStdString(), before.toStdString());

    // A bad follow-up row is named by file, row and column, and nothing is written.
    QFile bad(path("bad_follow_ups.csv"));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write("case_code,reception_date,follow_up_date,kind,health\r\n"
              "QN-2020-0001,2020-01-01,2020-13-01,home_visit,stable\r\n");
    bad.close();
    const CliRun refused = runCli({QStringLiteral("--db"),
                                   path("copy.db"),
                                   QStringLiteral("import"),
                                   path("bad_follow_ups.csv")},
                                  m_dir.path());
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.stderrText.contains(
        QStringLiteral("bad_follow_ups.csv: row 2, column follow_up_date")))
        << refused.stderrText.toStdString();
    EXPECT_TRUE(refused.stderrText.contains(QStringLiteral("[invalid_date]")))
        << refused.stderrText.toStdString();

    // A stay in a room that is not in the list: named by file, row and column too.
    QFile badStay(path("bad_stays.csv"));
    ASSERT_TRUE(badStay.open(QIODevice::WriteOnly));
    badStay.write("case_code,reception_date,room,admitted_date\r\n"
                  "QN-2020-0001,2020-01-01,no_such_room,2020-01-01\r\n");
    badStay.close();
    const CliRun refusedStay = runCli(
        {QStringLiteral("--db"), path("copy.db"), QStringLiteral("import"), path("bad_stays.csv")},
        m_dir.path());
    EXPECT_EQ(refusedStay.exitCode, 2);
    EXPECT_TRUE(
        refusedStay.stderrText.contains(QStringLiteral("bad_stays.csv: row 2, column room")))
        << refusedStay.stderrText.toStdString();
    EXPECT_TRUE(refusedStay.stderrText.contains(QStringLiteral("[unknown_room]")))
        << refusedStay.stderrText.toStdString();
}
