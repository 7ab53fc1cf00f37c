// The CLI run as a child process: arguments, exit codes, demo → find → check, backup/restore.
#include "AppTestSupport.h"
#include "domain/TextFold.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

class CliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_FALSE(safereturnBinary().isEmpty()) << "SAFERETURN_BIN is not set";
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    RunResult run(QStringList arguments) const { return runSafeReturn(arguments, m_dir.path()); }

    /** Lines of find's output as (case code, full name). */
    static QList<QPair<QString, QString>> findLines(const RunResult &result)
    {
        QList<QPair<QString, QString>> lines;
        for (const QString &line : result.outText().split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList parts = line.split(u'\t');
            EXPECT_EQ(parts.size(), 2) << line.toStdString();
            if (parts.size() == 2)
                lines.append({parts.at(0), parts.at(1)});
        }
        return lines;
    }

    QTemporaryDir m_dir;
};

TEST_F(CliTest, BadArgumentsExitWithTwoAndAMessage)
{
    const QString db = path(QStringLiteral("never.db"));
    const QList<QStringList> cases{
        {QStringLiteral("frobnicate")},
        {QStringLiteral("--bogus")},
        {QStringLiteral("check"), QStringLiteral("--bogus")},
        {QStringLiteral("demo"), QStringLiteral("--persons")},
        {QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("0")},
        {QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("-5")},
        {QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("abc")},
        {QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("12x")},
        {QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("seven")},
        {QStringLiteral("find")},
        {QStringLiteral("find"), QStringLiteral("   ")},
        {QStringLiteral("backup")},
        {QStringLiteral("backup"), QStringLiteral("-o")},
        {QStringLiteral("restore")},
        {QStringLiteral("restore"), QStringLiteral("a.db"), QStringLiteral("b.db")},
        {QStringLiteral("check"), QStringLiteral("extra")},
        {QStringLiteral("check"), QStringLiteral("--persons"), QStringLiteral("5")},
        {QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("check")},
        {QStringLiteral("check"), QStringLiteral("--db")},
    };
    for (const QStringList &arguments : cases) {
        QStringList full = arguments;
        if (!arguments.contains(QStringLiteral("--db")))
            full << QStringLiteral("--db") << db;
        full << QStringLiteral("--lang") << QStringLiteral("en");
        if (arguments.contains(QStringLiteral("--lang")))
            full = arguments;
        const RunResult result = run(full);
        const std::string shown = full.join(u' ').toStdString();
        ASSERT_TRUE(result.finished) << shown;
        EXPECT_FALSE(result.crashed) << shown;
        EXPECT_EQ(result.exitCode, 2) << shown;
        EXPECT_FALSE(result.err.trimmed().isEmpty()) << shown;
        EXPECT_TRUE(result.out.isEmpty()) << shown;
    }
    EXPECT_FALSE(QFileInfo::exists(db)); // nothing was created
}

TEST_F(CliTest, HelpAndVersion)
{
    const RunResult help =
        run({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.outText().contains(QStringLiteral("demo")));
    EXPECT_TRUE(help.outText().contains(QStringLiteral("restore")));
    for (const char *command : {"report", "export", "import", "user add", "--user NAME"})
        EXPECT_TRUE(help.outText().contains(QLatin1String(command))) << command;
    const RunResult version = run({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.outText().startsWith(QStringLiteral("safereturn ")));
}

// Every command's usage and refusals speak Vietnamese with --lang vi: the tr() context of each
// command class is the one lupdate writes in resources/translations (its class name).
TEST_F(CliTest, HelpAndRefusalsSpeakVietnamese)
{
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("--help")},
          QStringList{QStringLiteral("export"), QStringLiteral("--help")},
          QStringList{QStringLiteral("import"), QStringLiteral("--help")},
          QStringList{QStringLiteral("report"), QStringLiteral("--help")},
          QStringList{QStringLiteral("case"), QStringLiteral("--help")}}) {
        const RunResult help =
            run(QStringList{QStringLiteral("--lang"), QStringLiteral("vi")} + arguments);
        EXPECT_EQ(help.exitCode, 0) << arguments.join(u' ').toStdString();
        EXPECT_TRUE((help.outText() + help.errText()).contains(QStringLiteral("Cách dùng:")))
            << arguments.join(u' ').toStdString() << ": " << help.outText().left(80).toStdString();
    }
    const RunResult refused = run({QStringLiteral("--lang"),
                                   QStringLiteral("vi"),
                                   QStringLiteral("report"),
                                   QStringLiteral("--format"),
                                   QStringLiteral("xls"),
                                   QStringLiteral("--from"),
                                   QStringLiteral("2025-01-01"),
                                   QStringLiteral("--to"),
                                   QStringLiteral("2025-12-31"),
                                   QStringLiteral("-o"),
                                   QStringLiteral("x.pdf")});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.errText().contains(QStringLiteral("--format phải là")))
        << refused.errText().toStdString();
}

TEST_F(CliTest, DemoThenFindAndCheck)
{
    const QString db = path(QStringLiteral("demo.db"));
    const QStringList common{QStringLiteral("--db"),
                             db,
                             QStringLiteral("--lang"),
                             QStringLiteral("en"),
                             QStringLiteral("--user"),
                             demoUser()};

    const RunResult demo = run(QStringList{QStringLiteral("demo"),
                                           QStringLiteral("--persons"),
                                           QStringLiteral("300"),
                                           QStringLiteral("--seed"),
                                           QStringLiteral("5")}
                               + common);
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    EXPECT_TRUE(demo.errText().contains(QStringLiteral("300 persons"))) << demo.err.toStdString();
    EXPECT_TRUE(QFileInfo(db).permissions().testFlag(QFileDevice::ReadOwner));
    EXPECT_FALSE(QFileInfo(db).permissions().testFlag(QFileDevice::ReadOther));

    // "nguyen thi" lists exactly the people named Nguyễn Thị …
    const RunResult nguyen =
        run(QStringList{QStringLiteral("find"), QStringLiteral("nguyen thi")} + common);
    ASSERT_EQ(nguyen.exitCode, 0) << nguyen.err.toStdString();
    const auto nguyenLines = findLines(nguyen);
    ASSERT_FALSE(nguyenLines.isEmpty());
    for (const auto &[code, name] : nguyenLines) {
        EXPECT_TRUE(name.startsWith(QStringLiteral("Nguyễn Thị "))) << name.toStdString();
        EXPECT_TRUE(code.startsWith(QStringLiteral("QN-"))) << code.toStdString();
    }

    // "dang" finds the Đặng family (and nothing that does not fold to a "dang…" word).
    const RunResult dang =
        run(QStringList{QStringLiteral("find"), QStringLiteral("dang")} + common);
    ASSERT_EQ(dang.exitCode, 0) << dang.err.toStdString();
    const auto dangLines = findLines(dang);
    ASSERT_FALSE(dangLines.isEmpty());
    bool familyDang = false;
    for (const auto &[code, name] : dangLines) {
        Q_UNUSED(code)
        familyDang = familyDang || name.startsWith(QStringLiteral("Đặng "));
        bool wordMatches = false;
        for (const QString &word : domain::foldedTokens(name))
            wordMatches = wordMatches || word.startsWith(QStringLiteral("dang"));
        EXPECT_TRUE(wordMatches) << name.toStdString();
    }
    EXPECT_TRUE(familyDang);

    // The database agrees with find: every Nguyễn Thị is listed.
    {
        auto opened = storage::Database::open(db);
        ASSERT_TRUE(opened.ok());
        EXPECT_EQ(queryInt(**opened,
                           QStringLiteral(
                               "SELECT count(*) FROM person WHERE full_name LIKE 'Nguyễn Thị %'")),
                  nguyenLines.size());
        EXPECT_EQ(queryInt(**opened, QStringLiteral("SELECT count(*) FROM person")), 300);
    }

    const RunResult check = run(QStringList{QStringLiteral("check")} + common);
    ASSERT_EQ(check.exitCode, 0) << check.err.toStdString();
    const QString report = check.outText();
    EXPECT_TRUE(report.contains(QStringLiteral("integrity ok"))) << report.toStdString();
    EXPECT_TRUE(report.contains(QStringLiteral("foreign keys ok"))) << report.toStdString();
    EXPECT_TRUE(report.contains(QStringLiteral("person\t300"))) << report.toStdString();
    EXPECT_TRUE(report.contains(QStringLiteral("reception\t"))) << report.toStdString();
}

TEST_F(CliTest, BackupThenRestoreRoundTrip)
{
    const QString db = path(QStringLiteral("live.db"));
    const QString backup = path(QStringLiteral("copy.db"));
    const QStringList common{QStringLiteral("--db"),
                             db,
                             QStringLiteral("--lang"),
                             QStringLiteral("en"),
                             QStringLiteral("--user"),
                             demoUser()};
    const QStringList demo50{
        QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("50")};

    ASSERT_EQ(run(demo50 + common).exitCode, 0);
    const RunResult backedUp =
        run(QStringList{QStringLiteral("backup"), QStringLiteral("-o"), backup} + common);
    ASSERT_EQ(backedUp.exitCode, 0) << backedUp.err.toStdString();
    ASSERT_TRUE(QFileInfo::exists(backup));
    EXPECT_FALSE(QFileInfo(backup).permissions().testFlag(QFileDevice::ReadOther));
    const QByteArray backupHash = fileHash(backup);

    ASSERT_EQ(run(demo50 + common).exitCode, 0);
    EXPECT_TRUE(run(QStringList{QStringLiteral("check")} + common)
                    .outText()
                    .contains(QStringLiteral("person\t100")));

    const RunResult restored = run(QStringList{QStringLiteral("restore"), backup} + common);
    ASSERT_EQ(restored.exitCode, 0) << restored.err.toStdString();
    EXPECT_EQ(fileHash(backup), backupHash); // the backup itself is untouched
    const RunResult check = run(QStringList{QStringLiteral("check")} + common);
    EXPECT_EQ(check.exitCode, 0);
    EXPECT_TRUE(check.outText().contains(QStringLiteral("person\t50")))
        << check.outText().toStdString();
    EXPECT_TRUE(check.outText().contains(QStringLiteral("integrity ok")));

    // Restoring from something that is not a backup changes nothing.
    const QString notBackup = path(QStringLiteral("notes.txt"));
    {
        QFile file(notBackup);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("just some notes\n");
    }
    auto opened = storage::Database::open(db);
    ASSERT_TRUE(opened.ok());
    const qint64 before = queryInt(**opened, QStringLiteral("SELECT count(*) FROM person"));
    opened->reset();
    const RunResult refused = run(QStringList{QStringLiteral("restore"), notBackup} + common);
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_TRUE(refused.errText().contains(QStringLiteral("notes.txt")))
        << refused.err.toStdString();
    auto reopened = storage::Database::open(db);
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ(queryInt(**reopened, QStringLiteral("SELECT count(*) FROM person")), before);
}

TEST_F(CliTest, MissingDatabaseIsReportedAndNotCreated)
{
    const QString db = path(QStringLiteral("missing.db"));
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("check")},
          QStringList{QStringLiteral("find"), QStringLiteral("lan")},
          QStringList{
              QStringLiteral("backup"), QStringLiteral("-o"), path(QStringLiteral("b.db"))}}) {
        const RunResult result =
            run(arguments
                + QStringList{
                    QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en")});
        EXPECT_EQ(result.exitCode, 1) << arguments.join(u' ').toStdString();
        EXPECT_TRUE(result.errText().contains(QStringLiteral("missing.db")))
            << result.err.toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(db));
}

TEST_F(CliTest, DefaultDatabaseLivesInTheOwnerOnlyDataFolder)
{
    const RunResult demo =
        run({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("5")});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    const QString folder = m_dir.filePath(QStringLiteral("data/SafeReturn/safereturn"));
    EXPECT_TRUE(QFileInfo::exists(folder + QStringLiteral("/safereturn.db")));
    const QFileDevice::Permissions permissions = QFileInfo(folder).permissions();
    EXPECT_TRUE(permissions.testFlag(QFileDevice::ExeOwner));
    EXPECT_FALSE(permissions.testFlag(QFileDevice::ReadGroup));
    EXPECT_FALSE(permissions.testFlag(QFileDevice::ReadOther));
    // The log file is there and names no person.
    QFile log(folder + QStringLiteral("/logs/safereturn.log"));
    ASSERT_TRUE(log.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(log.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("demo")));
    EXPECT_FALSE(text.contains(QStringLiteral("Nguyễn")));
    EXPECT_FALSE(text.contains(QStringLiteral(" Thị ")));
}

} // namespace
} // namespace sr::test
