// The CLI's users and authentication (docs/users-and-roles.md): the first administrator without a login,
// `user add|list|disable|passwd`, --user with SAFERETURN_PASSWORD, refused logins exit 1 and
// are audited, roles refused per command, usage errors exit 2.
#include "AppTestSupport.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

const QString adminPassword = QStringLiteral("cá-heo-xanh-2026");
const QString viewerPassword = QStringLiteral("mưa-phùn-tháng-hai");

class CliUserTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_FALSE(safereturnBinary().isEmpty());
    }

    /** Runs with --db, --lang en and the given password variables (empty = unset). */
    RunResult run(const QStringList &arguments,
                  const QString &password,
                  const QString &newPassword = QString())
    {
        return runSafeReturn(arguments
                                 + QStringList{QStringLiteral("--db"),
                                               m_db,
                                               QStringLiteral("--lang"),
                                               QStringLiteral("en")},
                             m_dir.path(),
                             180000,
                             {{QStringLiteral("SAFERETURN_PASSWORD"), password},
                              {QStringLiteral("SAFERETURN_NEW_PASSWORD"), newPassword}});
    }

    qint64 audit(const QString &where)
    {
        auto opened = storage::Database::open(m_db);
        if (!opened)
            return -1;
        return queryInt(**opened, QStringLiteral("SELECT count(*) FROM audit_log WHERE ") + where);
    }

    void makeAdmin()
    {
        const RunResult first = run({QStringLiteral("user"),
                                     QStringLiteral("add"),
                                     QStringLiteral("--role"),
                                     QStringLiteral("administrator"),
                                     QStringLiteral("chi.ha")},
                                    adminPassword);
        ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    }

    QTemporaryDir m_dir;
    QString m_db = m_dir.filePath(QStringLiteral("users.db"));
};

TEST_F(CliUserTest, FirstAdministratorNeedsNoLoginOnlyOnce)
{
    // Not an administrator, or a weak password: refused, exit 2.
    EXPECT_EQ(
        run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("lan")}, adminPassword)
            .exitCode,
        2);
    const RunResult weak = run({QStringLiteral("user"),
                                QStringLiteral("add"),
                                QStringLiteral("--role"),
                                QStringLiteral("administrator"),
                                QStringLiteral("chi.ha")},
                               QStringLiteral("password123"));
    EXPECT_EQ(weak.exitCode, 2);
    EXPECT_TRUE(weak.errText().contains(QStringLiteral("common passwords")))
        << weak.err.toStdString();
    const RunResult noPassword = run({QStringLiteral("user"),
                                      QStringLiteral("add"),
                                      QStringLiteral("--role"),
                                      QStringLiteral("administrator"),
                                      QStringLiteral("chi.ha")},
                                     QString());
    EXPECT_EQ(noPassword.exitCode, 2) << noPassword.err.toStdString();

    makeAdmin();
    EXPECT_EQ(audit(QStringLiteral("action = 'user_create' AND actor = 'chi.ha'")), 1);
    // The second "first administrator" is an ordinary user add: it needs a login.
    const RunResult second = run({QStringLiteral("user"),
                                  QStringLiteral("add"),
                                  QStringLiteral("--role"),
                                  QStringLiteral("administrator"),
                                  QStringLiteral("intruder")},
                                 adminPassword);
    EXPECT_EQ(second.exitCode, 2) << second.err.toStdString();
    EXPECT_TRUE(second.errText().contains(QStringLiteral("--user NAME")))
        << second.err.toStdString();
    EXPECT_EQ(audit(QStringLiteral("action = 'user_create'")), 1);
}

TEST_F(CliUserTest, WrongPasswordExitsOneAndIsAudited)
{
    makeAdmin();
    const RunResult wrong =
        run({QStringLiteral("check"), QStringLiteral("--user"), QStringLiteral("chi.ha")},
            QStringLiteral("not her password"));
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.errText().contains(QStringLiteral("wrong user name or password")))
        << wrong.err.toStdString();
    EXPECT_TRUE(wrong.out.isEmpty());
    EXPECT_FALSE(wrong.errText().contains(QStringLiteral("not her password")));
    EXPECT_EQ(audit(QStringLiteral("action = 'login_failed' AND actor = 'chi.ha'")), 1);

    const RunResult missingUser =
        run({QStringLiteral("find"), QStringLiteral("lan")}, adminPassword);
    EXPECT_EQ(missingUser.exitCode, 2);

    const RunResult right =
        run({QStringLiteral("check"), QStringLiteral("--user"), QStringLiteral("chi.ha")},
            adminPassword);
    EXPECT_EQ(right.exitCode, 0) << right.err.toStdString();
    EXPECT_TRUE(right.outText().contains(QStringLiteral("integrity ok")));
    EXPECT_EQ(audit(QStringLiteral("action = 'login' AND actor = 'chi.ha'")), 1);
    EXPECT_EQ(audit(QStringLiteral("action = 'check' AND actor = 'chi.ha'")), 1);

    // Five wrong passwords lock the account: even the right one is refused now.
    for (int i = 0; i < 5; ++i)
        (void)run({QStringLiteral("check"), QStringLiteral("--user"), QStringLiteral("chi.ha")},
                  QStringLiteral("still not it"));
    const RunResult locked =
        run({QStringLiteral("check"), QStringLiteral("--user"), QStringLiteral("chi.ha")},
            adminPassword);
    EXPECT_EQ(locked.exitCode, 1);
    EXPECT_TRUE(locked.errText().contains(QStringLiteral("locked"))) << locked.err.toStdString();
    EXPECT_EQ(audit(QStringLiteral("action = 'account_locked'")), 1);
}

TEST_F(CliUserTest, UsersAreAddedListedDisabledAndChangeTheirPassword)
{
    makeAdmin();
    const QStringList asAdmin{QStringLiteral("--user"), QStringLiteral("chi.ha")};
    const RunResult added = run(QStringList{QStringLiteral("user"),
                                            QStringLiteral("add"),
                                            QStringLiteral("--role"),
                                            QStringLiteral("viewer"),
                                            QStringLiteral("--display-name"),
                                            QStringLiteral("Trần Văn Xem"),
                                            QStringLiteral("xem")}
                                    + asAdmin,
                                adminPassword,
                                viewerPassword);
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();

    const RunResult list =
        run(QStringList{QStringLiteral("user"), QStringLiteral("list")} + asAdmin, adminPassword);
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_TRUE(list.outText().contains(QStringLiteral("chi.ha\tadministrator\tactive")))
        << list.out.toStdString();
    EXPECT_TRUE(list.outText().contains(QStringLiteral("xem\tviewer\tactive\tTrần Văn Xem")))
        << list.out.toStdString();

    // An account made by someone else must change its password before anything else.
    const QStringList asViewer{QStringLiteral("--user"), QStringLiteral("xem")};
    const RunResult first =
        run(QStringList{QStringLiteral("find"), QStringLiteral("lan")} + asViewer, viewerPassword);
    EXPECT_EQ(first.exitCode, 1);
    EXPECT_TRUE(first.errText().contains(QStringLiteral("must be changed first")))
        << first.err.toStdString();
    EXPECT_TRUE(first.out.isEmpty());

    // Own password change: the old one stops working.
    const QString changed = QStringLiteral("nắng-sớm-trên-vịnh");
    const RunResult passwd =
        run(QStringList{QStringLiteral("user"), QStringLiteral("passwd")} + asViewer,
            viewerPassword,
            changed);
    ASSERT_EQ(passwd.exitCode, 0) << passwd.err.toStdString();
    EXPECT_EQ(audit(QStringLiteral("action = 'password_change' AND actor = 'xem'")), 1);
    EXPECT_EQ(run(QStringList{QStringLiteral("user"), QStringLiteral("passwd")} + asViewer,
                  viewerPassword,
                  QStringLiteral("another-long-one"))
                  .exitCode,
              1);

    // A viewer may not list users, find cases or export in full: exit 1, audited as denied.
    for (const QStringList &command : {QStringList{QStringLiteral("user"), QStringLiteral("list")},
                                       QStringList{QStringLiteral("find"), QStringLiteral("lan")},
                                       QStringList{QStringLiteral("backup"),
                                                   QStringLiteral("-o"),
                                                   m_dir.filePath(QStringLiteral("b.db"))},
                                       QStringList{QStringLiteral("export"),
                                                   QStringLiteral("--from"),
                                                   QStringLiteral("2025-01-01"),
                                                   QStringLiteral("--to"),
                                                   QStringLiteral("2025-12-31"),
                                                   QStringLiteral("--full"),
                                                   QStringLiteral("-o"),
                                                   m_dir.filePath(QStringLiteral("full.csv"))}}) {
        const RunResult refused = run(command + asViewer, changed);
        EXPECT_EQ(refused.exitCode, 1) << command.join(u' ').toStdString();
        EXPECT_TRUE(refused.errText().contains(QStringLiteral("permission denied")))
            << refused.err.toStdString();
    }
    EXPECT_EQ(audit(QStringLiteral("action = 'denied' AND actor = 'xem'")), 4);
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(QStringLiteral("full.csv"))));
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(QStringLiteral("b.db"))));
    // A de-identified export is what a viewer may do.
    const RunResult deidentified = run(QStringList{QStringLiteral("export"),
                                                   QStringLiteral("--from"),
                                                   QStringLiteral("2025-01-01"),
                                                   QStringLiteral("--to"),
                                                   QStringLiteral("2025-12-31"),
                                                   QStringLiteral("-o"),
                                                   m_dir.filePath(QStringLiteral("deid.csv"))}
                                           + asViewer,
                                       changed);
    EXPECT_EQ(deidentified.exitCode, 0) << deidentified.err.toStdString();

    // Disabled: the right password is refused.
    const RunResult disabled =
        run(QStringList{QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("xem")}
                + asAdmin,
            adminPassword);
    ASSERT_EQ(disabled.exitCode, 0) << disabled.err.toStdString();
    const RunResult refused = run(QStringList{QStringLiteral("export"),
                                              QStringLiteral("--from"),
                                              QStringLiteral("2025-01-01"),
                                              QStringLiteral("--to"),
                                              QStringLiteral("2025-12-31"),
                                              QStringLiteral("-o"),
                                              m_dir.filePath(QStringLiteral("deid2.csv"))}
                                      + asViewer,
                                  changed);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.errText().contains(QStringLiteral("disabled")))
        << refused.err.toStdString();
    EXPECT_EQ(audit(QStringLiteral("action = 'user_disable' AND actor = 'chi.ha'")), 1);
}

TEST_F(CliUserTest, DemoCreatesTheDocumentedAdministrator)
{
    const RunResult demo =
        run({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("5")}, QString());
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    EXPECT_TRUE(demo.errText().contains(demoUser())) << demo.err.toStdString();
    const RunResult find =
        run({QStringLiteral("find"), QStringLiteral("thi"), QStringLiteral("--user"), demoUser()},
            demoPassword());
    EXPECT_EQ(find.exitCode, 0) << find.err.toStdString();
    // A second demo on a database with users needs a login.
    EXPECT_EQ(
        run({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("5")}, QString())
            .exitCode,
        2);
    auto opened = storage::Database::open(m_db);
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(queryInt(**opened, QStringLiteral("SELECT count(*) FROM person")), 5);
    EXPECT_EQ(queryInt(**opened,
                       QStringLiteral("SELECT count(*) FROM app_user WHERE user_name = 'admin' "
                                      "AND role = 'administrator' AND password_hash LIKE "
                                      "'$argon2id$%'")),
              1);
}

} // namespace
} // namespace sr::test
