// The CLI's small promises: a mistyped --db creates nothing, a FIFO as --db does not hang,
// open errors are sentences (never raw codes), stderr carries no technical lines, and a
// database readable by others is tightened to owner-only.
#include "AppTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

namespace sr::test {
namespace {

class CliHygieneTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const RunResult demo = runSafeReturn({QStringLiteral("demo"),
                                              QStringLiteral("--persons"),
                                              QStringLiteral("20"),
                                              QStringLiteral("--seed"),
                                              QStringLiteral("1"),
                                              QStringLiteral("--db"),
                                              dbPath()},
                                             m_dir.path());
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }

    QString dbPath() const { return m_dir.filePath(QStringLiteral("x.db")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    RunResult run(QStringList arguments,
                  const QString &db,
                  const QList<QPair<QString, QString>> &environment = {}) const
    {
        arguments << QStringLiteral("--db") << db << QStringLiteral("--user") << demoUser()
                  << QStringLiteral("--lang") << QStringLiteral("en");
        return runSafeReturn(arguments, m_dir.path(), 60000, environment);
    }

    static QStringList reportArguments(const QString &output)
    {
        return {QStringLiteral("report"),
                QStringLiteral("--from"),
                QStringLiteral("2015-01-01"),
                QStringLiteral("--to"),
                QStringLiteral("2026-12-31"),
                QStringLiteral("-o"),
                output};
    }

    QTemporaryDir m_dir;
};

TEST_F(CliHygieneTest, ImportIntoAMistypedDatabaseCreatesNothing)
{
    const QString csv = path(QStringLiteral("in.csv"));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("case_code,full_name\r\nQN-2024-0001,A B\r\n");
    file.close();
    const QString mistyped = path(QStringLiteral("typo/folder/x.db"));
    const RunResult result = run({QStringLiteral("import"), csv}, mistyped);
    EXPECT_NE(result.exitCode, 0);
    EXPECT_TRUE(result.errText().contains(QStringLiteral("database file not found")))
        << result.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("typo"))));
}

TEST_F(CliHygieneTest, AFifoAsDatabaseIsRefusedInsteadOfHanging)
{
    const QString fifo = path(QStringLiteral("pipe.db"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QString &command : {QStringLiteral("check"), QStringLiteral("find")}) {
        QStringList arguments{command};
        if (command == QLatin1String("find"))
            arguments << QStringLiteral("nguyen");
        const RunResult result = run(arguments, fifo);
        EXPECT_TRUE(result.finished) << command.toStdString() << " hung on a FIFO";
        EXPECT_EQ(result.exitCode, 1);
        EXPECT_TRUE(result.errText().contains(QStringLiteral("is not a SafeReturn database")))
            << result.err.toStdString();
    }
}

TEST_F(CliHygieneTest, OpenErrorsAreSentencesForEveryCommand)
{
    const QString foreign = path(QStringLiteral("notes.db"));
    QFile file(foreign);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("just some text, not a database\n");
    file.close();
    const QString csv = path(QStringLiteral("in.csv"));
    QFile input(csv);
    ASSERT_TRUE(input.open(QIODevice::WriteOnly));
    input.write("case_code\r\nQN-2024-0001\r\n");
    input.close();
    const QList<QStringList> commands{
        {QStringLiteral("find"), QStringLiteral("nguyen")},
        {QStringLiteral("check")},
        {QStringLiteral("import"), csv},
        {QStringLiteral("export"),
         QStringLiteral("--from"),
         QStringLiteral("2020-01-01"),
         QStringLiteral("--to"),
         QStringLiteral("2020-12-31"),
         QStringLiteral("-o"),
         path(QStringLiteral("out.csv"))},
        reportArguments(path(QStringLiteral("out.pdf"))),
    };
    for (const QStringList &command : commands) {
        SCOPED_TRACE(command.join(u' ').toStdString());
        const RunResult result = run(command, foreign);
        EXPECT_EQ(result.exitCode, 1);
        EXPECT_TRUE(result.errText().contains(QStringLiteral("is not a SafeReturn database")))
            << result.err.toStdString();
        EXPECT_FALSE(result.errText().contains(QStringLiteral("(error ")))
            << result.err.toStdString();
        EXPECT_FALSE(result.errText().contains(QStringLiteral("not_safereturn_database")));
    }
}

TEST_F(CliHygieneTest, StderrCarriesNoTechnicalLines)
{
    // No XDG_RUNTIME_DIR, as on a headless server: Qt's warning goes to the log file.
    const RunResult report = run(reportArguments(path(QStringLiteral("r.pdf"))),
                                 dbPath(),
                                 {{QStringLiteral("XDG_RUNTIME_DIR"), QString()}});
    EXPECT_EQ(report.exitCode, 0) << report.err.toStdString();
    // A refused import and a refused login write SQLite-level warnings to the log only.
    const RunResult wrong =
        run({QStringLiteral("find"), QStringLiteral("nguyen")},
            dbPath(),
            {{QStringLiteral("SAFERETURN_PASSWORD"), QStringLiteral("not the password at all")}});
    EXPECT_NE(wrong.exitCode, 0);
    for (const RunResult *result : {&report, &wrong}) {
        const QString err = result->errText();
        EXPECT_FALSE(err.contains(QStringLiteral("XDG_RUNTIME_DIR"))) << err.toStdString();
        EXPECT_FALSE(err.contains(QStringLiteral("QStandardPaths"))) << err.toStdString();
        EXPECT_FALSE(err.contains(QStringLiteral(": warning: "))) << err.toStdString();
        EXPECT_FALSE(err.contains(QStringLiteral(": error: "))) << err.toStdString();
        EXPECT_FALSE(err.contains(QStringLiteral("storage: "))) << err.toStdString();
    }
}

TEST_F(CliHygieneTest, ADatabaseReadableByOthersIsTightenedToOwnerOnly)
{
    ASSERT_EQ(::chmod(QFile::encodeName(dbPath()).constData(), 0644), 0);
    const RunResult result = run({QStringLiteral("find"), QStringLiteral("nguyen")}, dbPath());
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    struct stat st
    {};
    ASSERT_EQ(::stat(QFile::encodeName(dbPath()).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
}

} // namespace
} // namespace sr::test
