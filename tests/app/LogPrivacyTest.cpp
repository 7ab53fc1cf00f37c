// No personal data in logs (docs/security.md): a whole workflow on demo data through the CLI, with the
// log file at trace level, then every log file (and every command's stderr) is searched for
// every person's name, other names, document number, phone, address and family contact in
// the database: none may appear.
#include "AppTestSupport.h"
#include "storage/Database.h"

#include <QDirIterator>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

class LogPrivacyTest : public ::testing::Test
{
protected:
    RunResult run(QStringList arguments, const QList<QPair<QString, QString>> &extra = {})
    {
        arguments << QStringLiteral("--db") << m_db;
        if (arguments.constFirst() != QLatin1String("demo"))
            arguments << QStringLiteral("--user") << demoUser();
        QList<QPair<QString, QString>> environment{
            {QStringLiteral("SAFERETURN_LOG_LEVEL"), QStringLiteral("trace")},
            {QStringLiteral("SAFERETURN_PASSPHRASE"), QStringLiteral("một câu mật khẩu dài")}};
        environment += extra;
        RunResult result = runSafeReturn(arguments, m_dir.path(), 300000, environment);
        m_stderr += result.err;
        return result;
    }

    QTemporaryDir m_dir;
    QString m_db = m_dir.filePath(QStringLiteral("privacy.db"));
    QByteArray m_stderr;
};

TEST_F(LogPrivacyTest, AWholeWorkflowLogsNoPersonalData)
{
    // A fixed seed: with random data a birth certificate number such as "1/2015" now and then
    // matched a period printed as "01/01/2015" — a false alarm that made the test flaky.
    ASSERT_EQ(run({QStringLiteral("demo"),
                   QStringLiteral("--persons"),
                   QStringLiteral("300"),
                   QStringLiteral("--seed"),
                   QStringLiteral("2026")})
                  .exitCode,
              0);

    // The personal values, read straight from the database.
    QStringList values;
    QString someName;
    {
        auto db = storage::Database::open(m_db);
        ASSERT_TRUE(db.ok());
        QSqlQuery query((*db)->connection());
        ASSERT_TRUE(query.exec(QStringLiteral(
            "SELECT full_name, other_names, document_number, phone, address_line, family_contact "
            "FROM person")));
        while (query.next()) {
            for (int column = 0; column < 6; ++column) {
                const QString value = query.value(column).toString().trimmed();
                // Short fragments ("An") would match ordinary words of log lines.
                if (value.size() >= 5)
                    values << value;
            }
            if (someName.isEmpty())
                someName = query.value(0).toString();
        }
    }
    ASSERT_GT(values.size(), 300);
    const QString firstWord = someName.section(u' ', -1);

    const QString out = m_dir.filePath(QStringLiteral("out"));
    ASSERT_EQ(run({QStringLiteral("find"), someName}).exitCode, 0);
    ASSERT_EQ(run({QStringLiteral("find"), firstWord}).exitCode, 0);
    const QStringList period{QStringLiteral("--from"),
                             QStringLiteral("2015-01-01"),
                             QStringLiteral("--to"),
                             QStringLiteral("2030-12-31")};
    EXPECT_EQ(run(QStringList{QStringLiteral("report")} + period
                  + QStringList{QStringLiteral("--format"),
                                QStringLiteral("json"),
                                QStringLiteral("-o"),
                                out + QStringLiteral(".json")})
                  .exitCode,
              0);
    EXPECT_EQ(run(QStringList{QStringLiteral("export")} + period
                  + QStringList{QStringLiteral("-o"), out + QStringLiteral("-deid.csv")})
                  .exitCode,
              0);
    const QString full = out + QStringLiteral("-full.csv");
    EXPECT_EQ(run(QStringList{QStringLiteral("export")} + period
                  + QStringList{QStringLiteral("--full"), QStringLiteral("-o"), full})
                  .exitCode,
              0);
    ASSERT_TRUE(QFile::exists(full));
    // Import the full export: a dry run (every row a duplicate or a change) and the real one.
    run({QStringLiteral("import"), QStringLiteral("--dry-run"), full});
    run({QStringLiteral("import"), full});
    EXPECT_EQ(
        run({QStringLiteral("backup"), QStringLiteral("-o"), out + QStringLiteral(".db")}).exitCode,
        0);
    EXPECT_EQ(run({QStringLiteral("backup"),
                   QStringLiteral("--encrypt"),
                   QStringLiteral("-o"),
                   out + QStringLiteral(".srbak")})
                  .exitCode,
              0);
    EXPECT_EQ(run({QStringLiteral("restore"), out + QStringLiteral(".srbak")}).exitCode, 0);
    EXPECT_EQ(run({QStringLiteral("check")}).exitCode, 0);
    // Failures log too: a wrong passphrase, a search with no hit.
    run({QStringLiteral("restore"), out + QStringLiteral(".srbak")},
        {{QStringLiteral("SAFERETURN_PASSPHRASE"), QStringLiteral("wrong wrong wrong")}});

    QByteArray logs;
    int files = 0;
    QDirIterator it(
        m_dir.path(), {QStringLiteral("*.log*")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        logs += file.readAll();
        ++files;
    }
    ASSERT_GE(files, 1);
    ASSERT_GT(logs.size(), 1000);
    EXPECT_TRUE(logs.contains("encrypted backup: written")) << "the workflow did not log";
    EXPECT_TRUE(logs.contains("encrypted restore")) << "the workflow did not log";
    const QString logText = QString::fromUtf8(logs);
    const QString errText = QString::fromUtf8(m_stderr);
    int leaks = 0;
    for (const QString &value : std::as_const(values)) {
        if (logText.contains(value, Qt::CaseInsensitive)
            || errText.contains(value, Qt::CaseInsensitive)) {
            ++leaks;
            ADD_FAILURE() << "personal value in the logs: " << value.toStdString();
        }
        if (leaks > 10)
            break;
    }
}

} // namespace
} // namespace sr::test
