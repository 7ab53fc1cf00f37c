// Many `safereturn` processes logging in to one account at once: the lock check, the
// password verification and the failure count are one write transaction, so at most five
// wrong passwords are ever checked in a lockout window, and a right password started with
// wrong ones never logs in after the account was locked (nor lifts the lock).
#include "AppTestSupport.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

namespace sr::test {
namespace {

const QString wrongPassword = QStringLiteral("not-the-password-2026");

/** A new database with the demo administrator and one demo person. */
void makeDemoDatabase(const QString &path, const QString &home)
{
    const RunResult demo = runSafeReturn({QStringLiteral("demo"),
                                          QStringLiteral("--db"),
                                          path,
                                          QStringLiteral("--persons"),
                                          QStringLiteral("1"),
                                          QStringLiteral("--lang"),
                                          QStringLiteral("en")},
                                         home);
    ASSERT_EQ(demo.exitCode, 0) << demo.errText().toStdString();
}

/** Starts `find` as admin with @a password; the caller waits. */
std::unique_ptr<QProcess> startFind(const QString &db, const QString &home, const QString &password)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = childEnvironment(home);
    env.insert(QStringLiteral("SAFERETURN_PASSWORD"), password);
    process->setProcessEnvironment(env);
    process->start(safereturnBinary(),
                   {QStringLiteral("find"),
                    QStringLiteral("--db"),
                    db,
                    QStringLiteral("--user"),
                    demoUser(),
                    QStringLiteral("--lang"),
                    QStringLiteral("en"),
                    QStringLiteral("x")});
    return process;
}

/** Waits for every process; returns their exit codes (-1 when one did not finish). */
std::vector<int> finish(std::vector<std::unique_ptr<QProcess>> &processes)
{
    std::vector<int> codes;
    for (auto &process : processes) {
        EXPECT_TRUE(process->waitForStarted(10000));
        const bool finished = process->waitForFinished(300000);
        EXPECT_TRUE(finished);
        codes.push_back(
            finished && process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1);
    }
    return codes;
}

qint64 auditRows(storage::Database &db, const QString &where)
{
    return queryInt(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE ") + where);
}

const QString badPassword =
    QStringLiteral("action = 'login_failed' AND changes LIKE '%\"bad_password\"%'");
const QString lockedAttempt =
    QStringLiteral("action = 'login_failed' AND changes LIKE '%\"locked\"%'");

TEST(LoginRaceTest, FortyParallelWrongPasswordsCheckAtMostFive)
{
    ASSERT_FALSE(safereturnBinary().isEmpty());
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("x.db"));
    makeDemoDatabase(db, dir.path());

    // Waves of ten parallel attempts keep the two-core machine usable; the first wave alone
    // has twice as many attempts as the lockout allows.
    for (int wave = 0; wave < 4; ++wave) {
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < 10; ++i)
            processes.push_back(startFind(db, dir.path(), wrongPassword));
        for (const int code : finish(processes))
            EXPECT_EQ(code, 1);
    }

    auto opened = storage::Database::open(db);
    ASSERT_TRUE(opened.ok());
    storage::Database &database = **opened;
    const qint64 checked = auditRows(database, badPassword);
    EXPECT_LE(checked, 5);
    EXPECT_EQ(checked, 5); // the fifth failure locks; none is lost either
    EXPECT_EQ(auditRows(database, lockedAttempt), 40 - checked);
    EXPECT_EQ(auditRows(database, QStringLiteral("action = 'account_locked'")), 1);
    EXPECT_EQ(auditRows(database,
                        QStringLiteral("action = 'login' AND id > (SELECT min(id) FROM audit_log "
                                       "WHERE action = 'login_failed')")),
              0);
    EXPECT_EQ(queryInt(database,
                       QStringLiteral("SELECT count(*) FROM app_user WHERE user_name = 'admin' "
                                      "AND locked_until IS NOT NULL")),
              1);
}

TEST(LoginRaceTest, RightPasswordAmongWrongOnesNeverLogsInAfterTheLock)
{
    ASSERT_FALSE(safereturnBinary().isEmpty());
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (int round = 0; round < 3; ++round) {
        SCOPED_TRACE(round);
        const QString db = dir.filePath(QStringLiteral("x-%1.db").arg(round));
        makeDemoDatabase(db, dir.path());
        qint64 demoLogins = 0;
        {
            auto opened = storage::Database::open(db);
            ASSERT_TRUE(opened.ok());
            demoLogins = auditRows(**opened, QStringLiteral("action = 'login'"));
        }

        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < 12; ++i) {
            processes.push_back(startFind(db, dir.path(), wrongPassword));
            if (i == 5)
                processes.push_back(startFind(db, dir.path(), demoPassword()));
        }
        const std::vector<int> codes = finish(processes);
        const int rightCode = codes.at(6);

        auto opened = storage::Database::open(db);
        ASSERT_TRUE(opened.ok());
        storage::Database &database = **opened;
        // A success before the lock restarts the count; twelve failures lock it once.
        EXPECT_EQ(auditRows(database, QStringLiteral("action = 'account_locked'")), 1);
        const qint64 lockedAt = queryInt(
            database,
            QStringLiteral("SELECT min(id) FROM audit_log WHERE action = 'account_locked'"));
        // Never a login after the lock; the right password either came first or was refused.
        EXPECT_EQ(auditRows(database, QStringLiteral("action = 'login' AND id > %1").arg(lockedAt)),
                  0);
        const qint64 logins = auditRows(database, QStringLiteral("action = 'login'")) - demoLogins;
        if (rightCode == 0) {
            EXPECT_EQ(logins, 1);
        } else {
            EXPECT_EQ(rightCode, 1);
            EXPECT_EQ(logins, 0);
        }
        EXPECT_EQ(queryInt(database,
                           QStringLiteral("SELECT count(*) FROM app_user WHERE user_name = "
                                          "'admin' AND locked_until IS NOT NULL")),
                  1);
    }
}

} // namespace
} // namespace sr::test
