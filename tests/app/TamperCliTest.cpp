// Tampering made visible through the real executable (docs/security.md, "Threat model"): a role
// edited in the file makes `check` name the account and exit 1 and refuses that account's
// login; rows deleted from the end of the audit log (triggers dropped) are found thanks to the
// anchor kept in the user's settings.
#include "AppTestSupport.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

const QString viewerFirstPassword = QStringLiteral("mưa-phùn-tháng-hai");
const QString viewerPassword = QStringLiteral("gió-mùa-đông-bắc-2026");

class TamperCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_FALSE(safereturnBinary().isEmpty());
        m_db = m_dir.filePath(QStringLiteral("x.db"));
        const RunResult demo =
            run({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("20")}, {});
        ASSERT_EQ(demo.exitCode, 0) << demo.errText().toStdString();
    }

    /** Runs with --db and --lang en; @a user empty = no --user. */
    RunResult run(QStringList arguments,
                  const QString &user,
                  const QString &password = demoPassword(),
                  const QString &newPassword = QString())
    {
        arguments << QStringLiteral("--db") << m_db << QStringLiteral("--lang")
                  << QStringLiteral("en");
        if (!user.isEmpty())
            arguments << QStringLiteral("--user") << user;
        return runSafeReturn(arguments,
                             m_dir.path(),
                             180000,
                             {{QStringLiteral("SAFERETURN_PASSWORD"), password},
                              {QStringLiteral("SAFERETURN_NEW_PASSWORD"), newPassword}});
    }

    /** Runs @a statements on the file with plain SQL, as the sqlite3 shell would. */
    void edit(const QStringList &statements)
    {
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_db);
            ASSERT_TRUE(db.open());
            QSqlQuery query(db);
            for (const QString &statement : statements)
                ASSERT_TRUE(query.exec(statement)) << query.lastError().text().toStdString();
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    qint64 newestAuditRow()
    {
        const QString name = QUuid::createUuid().toString();
        qint64 id = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_db);
            EXPECT_TRUE(db.open());
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT max(id) FROM audit_log")) && query.next())
                id = query.value(0).toLongLong();
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return id;
    }

    QTemporaryDir m_dir;
    QString m_db;
};

TEST_F(TamperCliTest, ARoleEditedInTheFileFailsCheckAndRefusesTheLogin)
{
    const RunResult added = run({QStringLiteral("user"),
                                 QStringLiteral("add"),
                                 QStringLiteral("--role"),
                                 QStringLiteral("viewer"),
                                 QStringLiteral("viewer1")},
                                demoUser(),
                                demoPassword(),
                                viewerFirstPassword);
    ASSERT_EQ(added.exitCode, 0) << added.errText().toStdString();
    // viewer1 sets its own password, as after a real first login.
    const RunResult own = run({QStringLiteral("user"), QStringLiteral("passwd")},
                              QStringLiteral("viewer1"),
                              viewerFirstPassword,
                              viewerPassword);
    ASSERT_EQ(own.exitCode, 0) << own.errText().toStdString();
    const RunResult clean = run({QStringLiteral("check")}, demoUser());
    ASSERT_EQ(clean.exitCode, 0) << clean.outText().toStdString();

    edit(
        {QStringLiteral("UPDATE app_user SET role = 'administrator' WHERE user_name = 'viewer1'")});

    const RunResult checked = run({QStringLiteral("check")}, demoUser());
    EXPECT_EQ(checked.exitCode, 1) << checked.outText().toStdString();
    EXPECT_TRUE(checked.outText().contains(
        QStringLiteral("account viewer1 was changed outside SafeReturn: role not as in the "
                       "audit log")))
        << checked.outText().toStdString();
    EXPECT_FALSE(checked.outText().contains(QStringLiteral("account admin")));

    const RunResult found = run(
        {QStringLiteral("find"), QStringLiteral("a")}, QStringLiteral("viewer1"), viewerPassword);
    EXPECT_EQ(found.exitCode, 1) << found.outText().toStdString();
    EXPECT_TRUE(found.out.isEmpty());
    EXPECT_TRUE(found.errText().contains(QStringLiteral("changed outside SafeReturn")))
        << found.errText().toStdString();
}

TEST_F(TamperCliTest, ATruncatedAuditLogIsFoundThroughTheAnchor)
{
    const RunResult clean = run({QStringLiteral("check")}, demoUser());
    ASSERT_EQ(clean.exitCode, 0) << clean.outText().toStdString();
    const qint64 newest = newestAuditRow();
    ASSERT_GT(newest, 3);

    // The chain of the remaining rows stays valid: only the anchor can tell.
    edit({QStringLiteral("DROP TRIGGER audit_log_no_delete"),
          QStringLiteral("DELETE FROM audit_log WHERE id > %1").arg(newest - 3)});

    const RunResult checked = run({QStringLiteral("check")}, demoUser());
    EXPECT_EQ(checked.exitCode, 1) << checked.outText().toStdString();
    EXPECT_TRUE(checked.outText().contains(QStringLiteral("audit chain ok")))
        << checked.outText().toStdString();
    const QRegularExpression truncated(
        QStringLiteral("the audit log was truncated or rewritten after row (\\d+)"));
    const QRegularExpressionMatch match = truncated.match(checked.outText());
    ASSERT_TRUE(match.hasMatch()) << checked.outText().toStdString();
    EXPECT_GT(match.captured(1).toLongLong(), 0);
    EXPECT_LE(match.captured(1).toLongLong(), newest - 3);

    // Later commands do not anchor over the gap: it is still reported.
    const RunResult again = run({QStringLiteral("check")}, demoUser());
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.outText().contains(QStringLiteral("truncated or rewritten")));
}

TEST_F(TamperCliTest, ARestoredOlderBackupIsNotReportedAsTruncated)
{
    const QString backup = m_dir.filePath(QStringLiteral("older.db"));
    const RunResult written =
        run({QStringLiteral("backup"), QStringLiteral("-o"), backup}, demoUser());
    ASSERT_EQ(written.exitCode, 0) << written.errText().toStdString();
    for (int i = 0; i < 2; ++i)
        ASSERT_EQ(run({QStringLiteral("check")}, demoUser()).exitCode, 0);

    const RunResult restored = run({QStringLiteral("restore"), backup}, demoUser());
    ASSERT_EQ(restored.exitCode, 0) << restored.errText().toStdString();
    EXPECT_FALSE(restored.errText().contains(QStringLiteral("anchor")))
        << restored.errText().toStdString();
    const RunResult checked = run({QStringLiteral("check")}, demoUser());
    EXPECT_EQ(checked.exitCode, 0) << checked.outText().toStdString();
    EXPECT_FALSE(checked.outText().contains(QStringLiteral("truncated")));
}

} // namespace
} // namespace sr::test
