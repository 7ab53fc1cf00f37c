// `safereturn tasks` run as a child process: one line per open task, the rule's name in the
// command line's language, --overdue, --for and its permission, exit codes.
#include "AppTestSupport.h"
#include "services/AuthService.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

const QString workerPassword = QStringLiteral("Lan-Quang-Ninh-2026!");

class CliTasksTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_FALSE(safereturnBinary().isEmpty()) << "SAFERETURN_BIN is not set";
    }

    RunResult run(QStringList arguments, const QString &password = {}) const
    {
        QList<QPair<QString, QString>> env;
        if (!password.isEmpty())
            env.append({QStringLiteral("SAFERETURN_PASSWORD"), password});
        return runSafeReturn(arguments, m_dir.path(), 180000, env);
    }

    /** The lines `tasks` should print for the admin, from the database itself. */
    QStringList expectedLines(const QString &db, bool english, bool overdueOnly) const
    {
        auto opened = storage::Database::open(db);
        EXPECT_TRUE(opened.ok());
        if (!opened)
            return {};
        const QString today =
            QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date().toString(Qt::ISODate);
        QSqlQuery query((*opened)->connection());
        query.prepare(QStringLiteral(
            "SELECT t.id, p.case_code, t.due_date, r.name_vi, r.name_en, t.title FROM task t"
            " JOIN person p ON p.id = t.person_id JOIN app_user u ON u.id = t.assigned_user_id"
            " LEFT JOIN task_rule r ON r.code = t.rule_code"
            " WHERE u.user_name = 'admin' AND t.status = 'open' AND t.archived = 0"
            " AND (? = 0 OR t.due_date < ?) ORDER BY t.due_date, t.id"));
        query.addBindValue(overdueOnly ? 1 : 0);
        query.addBindValue(today);
        EXPECT_TRUE(query.exec());
        QStringList lines;
        while (query.next()) {
            const QString what = query.value(3).isNull() ? query.value(5).toString()
                                                         : query.value(english ? 4 : 3).toString();
            lines << QStringLiteral("T-%1\t%2\t%3\t%4")
                         .arg(query.value(0).toString(),
                              query.value(1).toString(),
                              QDate::fromString(query.value(2).toString(), Qt::ISODate)
                                  .toString(QStringLiteral("dd/MM/yyyy")),
                              what);
        }
        return lines;
    }

    void addWorker(const QString &db)
    {
        auto opened = storage::Database::open(db);
        ASSERT_TRUE(opened.ok());
        auto admin = storage::UserRepository(**opened).findByName(demoUser());
        ASSERT_TRUE(admin.ok() && admin->has_value());
        services::NewUser user;
        user.userName = QStringLiteral("lan");
        user.displayName = QStringLiteral("Nguyễn Thị Lan");
        user.role = domain::Role::SocialWorker;
        user.password = workerPassword;
        user.mustChangePassword = false;
        auto created = services::AuthService(**opened).createUser((*admin)->actor(), user);
        ASSERT_TRUE(created.ok()) << created.error().detail.toStdString();
    }

    QTemporaryDir m_dir;
};

TEST_F(CliTasksTest, ListsTheOpenTasksOfTheUserInTheirLanguage)
{
    const QString db = m_dir.filePath(QStringLiteral("demo.db"));
    const QStringList login{QStringLiteral("--db"), db, QStringLiteral("--user"), demoUser()};
    const RunResult demo = run(QStringList{QStringLiteral("demo"),
                                           QStringLiteral("--persons"),
                                           QStringLiteral("200"),
                                           QStringLiteral("--seed"),
                                           QStringLiteral("3")}
                               + login);
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();

    const RunResult english =
        run(QStringList{QStringLiteral("tasks"), QStringLiteral("--lang"), QStringLiteral("en")}
            + login);
    ASSERT_EQ(english.exitCode, 0) << english.err.toStdString();
    const QStringList englishLines = english.outText().split(u'\n', Qt::SkipEmptyParts);
    ASSERT_FALSE(englishLines.isEmpty()) << "the demo's cases have rule tasks";
    EXPECT_EQ(englishLines, expectedLines(db, true, false));

    const RunResult vietnamese = run(QStringList{QStringLiteral("tasks")} + login);
    ASSERT_EQ(vietnamese.exitCode, 0) << vietnamese.err.toStdString();
    EXPECT_EQ(vietnamese.outText().split(u'\n', Qt::SkipEmptyParts),
              expectedLines(db, false, false));

    const RunResult overdue =
        run(QStringList{QStringLiteral("tasks"), QStringLiteral("--overdue")} + login);
    ASSERT_EQ(overdue.exitCode, 0) << overdue.err.toStdString();
    EXPECT_EQ(overdue.outText().split(u'\n', Qt::SkipEmptyParts), expectedLines(db, false, true));

    // Naming oneself with --for is the same list.
    const RunResult self = run(QStringList{QStringLiteral("tasks"),
                                           QStringLiteral("--for"),
                                           demoUser(),
                                           QStringLiteral("--lang"),
                                           QStringLiteral("en")}
                               + login);
    ASSERT_EQ(self.exitCode, 0) << self.err.toStdString();
    EXPECT_EQ(self.out, english.out);

    // A social worker: own list (empty, exit 0); another user's list is refused.
    addWorker(db);
    const QStringList lan{QStringLiteral("--db"),
                          db,
                          QStringLiteral("--user"),
                          QStringLiteral("lan"),
                          QStringLiteral("--lang"),
                          QStringLiteral("en")};
    const RunResult own = run(QStringList{QStringLiteral("tasks")} + lan, workerPassword);
    EXPECT_EQ(own.exitCode, 0) << own.err.toStdString();
    EXPECT_TRUE(own.out.isEmpty());
    const RunResult other =
        run(QStringList{QStringLiteral("tasks"), QStringLiteral("--for"), demoUser()} + lan,
            workerPassword);
    EXPECT_EQ(other.exitCode, 1);
    EXPECT_TRUE(other.out.isEmpty());
    EXPECT_TRUE(other.errText().contains(QStringLiteral("another user's tasks")))
        << other.err.toStdString();
}

TEST_F(CliTasksTest, BadUsageExitsWithTwo)
{
    const QString db = m_dir.filePath(QStringLiteral("demo.db"));
    const QStringList login{QStringLiteral("--db"),
                            db,
                            QStringLiteral("--user"),
                            demoUser(),
                            QStringLiteral("--lang"),
                            QStringLiteral("en")};
    ASSERT_EQ(run(QStringList{QStringLiteral("demo"), QStringLiteral("--persons"), u"5"_qs} + login)
                  .exitCode,
              0);
    const RunResult extra = run(QStringList{QStringLiteral("tasks"), QStringLiteral("x")} + login);
    EXPECT_EQ(extra.exitCode, 2);
    EXPECT_TRUE(extra.errText().contains(QStringLiteral("unexpected argument")))
        << extra.err.toStdString();
    const RunResult noValue =
        run(QStringList{QStringLiteral("tasks")} + login + QStringList{QStringLiteral("--for")});
    EXPECT_EQ(noValue.exitCode, 2);
    // --overdue belongs to tasks only.
    EXPECT_EQ(
        run(QStringList{QStringLiteral("find"), QStringLiteral("a"), QStringLiteral("--overdue")}
            + login)
            .exitCode,
        2);
    const RunResult nobody =
        run(QStringList{QStringLiteral("tasks"), QStringLiteral("--for"), QStringLiteral("nobody")}
            + login);
    EXPECT_EQ(nobody.exitCode, 2);
    EXPECT_TRUE(nobody.errText().contains(QStringLiteral("nobody"))) << nobody.err.toStdString();
    const RunResult help = run({QStringLiteral("--help"), QStringLiteral("--lang"), u"en"_qs});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(
        help.outText().contains(QStringLiteral("safereturn tasks [--for NAME] [--overdue]")));
}

} // namespace
} // namespace sr::test
