// Users, passwords and logins (docs/users-and-roles.md): hash format, password rules, lockout with an
// injected clock (persisted across a reopen), user administration and its audit rows.
#include "services/AuthService.h"

#include "ServiceTestSupport.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

#include <functional>

namespace sr::services {
namespace {

using domain::Actor;
using domain::Role;

const QString adminPassword = QStringLiteral("Ngọn-đèn-biển 2025");
const QString workerPassword = QStringLiteral("hai con mèo trắng");

class AuthServiceTest : public ::testing::Test
{
protected:
    test::FixedClock m_clock{QDateTime(QDate(2026, 2, 10), QTime(8, 0), Qt::UTC)};
    test::TempDatabase m_db;

    AuthService auth() { return AuthService(m_db.db()); }

    Actor makeAdmin()
    {
        auto admin = auth().createFirstAdministrator(
            QStringLiteral("admin"), QStringLiteral("Quản trị"), adminPassword);
        EXPECT_TRUE(admin.ok()) << admin.error().detail.toStdString();
        return admin.ok() ? admin->actor() : Actor{};
    }

    UserAccount makeWorker(const Actor &admin)
    {
        NewUser user;
        user.userName = QStringLiteral("lan.nguyen");
        user.displayName = QStringLiteral("Nguyễn Thị Lan");
        user.role = Role::SocialWorker;
        user.password = workerPassword;
        auto created = auth().createUser(admin, user);
        EXPECT_TRUE(created.ok()) << created.error().detail.toStdString();
        return created.ok() ? *created : UserAccount{};
    }

    qint64 auditRows(const QString &action, const QString &actor = {})
    {
        QString where = QStringLiteral("action = '%1'").arg(action);
        if (!actor.isEmpty())
            where += QStringLiteral(" AND actor = '%1'").arg(actor);
        return test::countRows(m_db.db(), QStringLiteral("audit_log"), where);
    }

    QString storedHash(const QString &userName)
    {
        QSqlQuery query(m_db->connection());
        query.prepare(QStringLiteral("SELECT password_hash FROM app_user WHERE user_name = ?"));
        query.addBindValue(userName);
        if (!query.exec() || !query.next())
            return QString();
        return query.value(0).toString();
    }
};

TEST_F(AuthServiceTest, HashIsArgon2idAndVerifies)
{
    auto hash = AuthService::hashPassword(adminPassword);
    ASSERT_TRUE(hash.ok());
    EXPECT_TRUE(hash->startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$")))
        << hash->toStdString();
    EXPECT_TRUE(AuthService::verifyPassword(*hash, adminPassword));
    EXPECT_FALSE(AuthService::verifyPassword(*hash, adminPassword.toUpper()));
    EXPECT_FALSE(AuthService::verifyPassword(*hash, QString()));
    EXPECT_FALSE(AuthService::verifyPassword(QStringLiteral("not a hash"), adminPassword));
    // A salt per hash: the same password hashes differently.
    auto again = AuthService::hashPassword(adminPassword);
    ASSERT_TRUE(again.ok());
    EXPECT_NE(*hash, *again);
}

TEST_F(AuthServiceTest, PasswordRules)
{
    const auto code = [](const QString &password, const QString &user = QStringLiteral("lan")) {
        const auto r = AuthService::checkPasswordPolicy(password, user);
        return r.ok() ? QStringLiteral("ok") : r.error().detail;
    };
    EXPECT_EQ(code(QStringLiteral("short1234")), QStringLiteral("password_too_short"));
    // Ten characters with Vietnamese letters (more UTF-16 units would not matter).
    EXPECT_EQ(code(QStringLiteral("mậtkhẩuđẹp")), QStringLiteral("ok"));
    EXPECT_EQ(code(QStringLiteral("mậtkhẩuđẹ")), QStringLiteral("password_too_short"));
    EXPECT_EQ(code(QStringLiteral("1234567890")), QStringLiteral("password_common"));
    EXPECT_EQ(code(QStringLiteral("QwertyUiop")), QStringLiteral("password_common"));
    EXPECT_EQ(code(QStringLiteral("PASSWORD123")), QStringLiteral("password_common"));
    EXPECT_EQ(code(QStringLiteral("MatKhau123")), QStringLiteral("password_common"));
    EXPECT_EQ(code(QStringLiteral("Lan.Nguyen.2026"), QStringLiteral("lan.nguyen.2026")),
              QStringLiteral("password_user_name"));
    EXPECT_EQ(code(QString(1025, u'x')), QStringLiteral("password_too_long"));
    EXPECT_TRUE(AuthService::isCommonPassword(QStringLiteral("AdMiNiStRaToR")));
    EXPECT_FALSE(AuthService::isCommonPassword(workerPassword));
}

TEST_F(AuthServiceTest, FirstAdministratorOnlyOnAnEmptyTable)
{
    auto needs = auth().needsFirstAdministrator();
    ASSERT_TRUE(needs.ok());
    EXPECT_TRUE(*needs);
    // Refused passwords write nothing.
    auto weak = auth().createFirstAdministrator(
        QStringLiteral("admin"), QString(), QStringLiteral("password123"));
    ASSERT_FALSE(weak.ok());
    EXPECT_EQ(weak.error().detail, QStringLiteral("password_common"));
    EXPECT_EQ(test::countRows(m_db.db(), QStringLiteral("app_user")), 0);
    auto badName = auth().createFirstAdministrator(QStringLiteral("a b"), QString(), adminPassword);
    ASSERT_FALSE(badName.ok());
    EXPECT_EQ(badName.error().detail, QStringLiteral("user_name"));

    const Actor admin = makeAdmin();
    EXPECT_EQ(admin.role, Role::Administrator);
    EXPECT_GT(admin.userId, 0);
    EXPECT_TRUE(storedHash(QStringLiteral("admin")).startsWith(QStringLiteral("$argon2id$")));
    EXPECT_EQ(auditRows(QStringLiteral("user_create"), QStringLiteral("admin")), 1);
    needs = auth().needsFirstAdministrator();
    ASSERT_TRUE(needs.ok());
    EXPECT_FALSE(*needs);

    auto second = auth().createFirstAdministrator(
        QStringLiteral("other"), QString(), QStringLiteral("another good one"));
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, ErrorCode::Conflict);
    EXPECT_EQ(test::countRows(m_db.db(), QStringLiteral("app_user")), 1);
}

TEST_F(AuthServiceTest, LoginSucceedsWithTheRightPasswordOnlyAndIsAudited)
{
    makeAdmin();
    auto ok = auth().login(QStringLiteral("ADMIN"), adminPassword); // names ignore case
    ASSERT_TRUE(ok.ok()) << ok.error().detail.toStdString();
    EXPECT_EQ(ok->actor.userName, QStringLiteral("admin"));
    EXPECT_EQ(ok->actor.role, Role::Administrator);
    EXPECT_EQ(auditRows(QStringLiteral("login"), QStringLiteral("admin")), 1);

    auto wrong = auth().login(QStringLiteral("admin"), QStringLiteral("wrong password!"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(wrong.error().detail, QStringLiteral("bad_credentials"));
    auto unknown = auth().login(QStringLiteral("nobody"), adminPassword);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().detail, QStringLiteral("bad_credentials"));
    EXPECT_EQ(auditRows(QStringLiteral("login_failed"), QStringLiteral("admin")), 1);
    EXPECT_EQ(auditRows(QStringLiteral("login_failed"), QStringLiteral("nobody")), 1);
    // A typed "name" that is no user name (could be a password) is not written as such.
    (void)auth().login(QStringLiteral("my secret pass"), adminPassword);
    EXPECT_EQ(test::countRows(m_db.db(),
                              QStringLiteral("audit_log"),
                              QStringLiteral("actor LIKE '%secret%' OR changes LIKE '%secret%'")),
              0);
    // No password, hash or typed text ever lands in the audit details.
    EXPECT_EQ(test::countRows(m_db.db(),
                              QStringLiteral("audit_log"),
                              QStringLiteral("changes LIKE '%argon2%' OR changes LIKE '%Ngọn%'")),
              0);
}

TEST_F(AuthServiceTest, FiveFailuresLockForFifteenMinutesAcrossARestart)
{
    makeAdmin();
    for (int i = 0; i < AuthService::maxFailedAttempts - 1; ++i) {
        auto r = auth().login(QStringLiteral("admin"), QStringLiteral("not the password"));
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().detail, QStringLiteral("bad_credentials"));
    }
    auto fifth = auth().login(QStringLiteral("admin"), QStringLiteral("not the password"));
    ASSERT_FALSE(fifth.ok());
    EXPECT_EQ(fifth.error().detail, QStringLiteral("locked"));
    EXPECT_EQ(auditRows(QStringLiteral("account_locked"), QStringLiteral("admin")), 1);

    // The lock is in the file: a restart does not lift it, and the right password is refused.
    m_db.close();
    m_db.reopen();
    m_clock.advanceSecs(14 * 60 + 59);
    auto stillLocked = auth().login(QStringLiteral("admin"), adminPassword);
    ASSERT_FALSE(stillLocked.ok());
    EXPECT_EQ(stillLocked.error().detail, QStringLiteral("locked"));

    m_clock.advanceSecs(2); // 15 minutes and 1 second after the fifth failure
    auto after = auth().login(QStringLiteral("admin"), adminPassword);
    ASSERT_TRUE(after.ok()) << after.error().detail.toStdString();
    QSqlQuery query(m_db->connection());
    ASSERT_TRUE(query.exec(
        QStringLiteral("SELECT failed_attempts, locked_until FROM app_user WHERE id = 1")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toInt(), 0);
    EXPECT_TRUE(query.value(1).isNull());
}

TEST_F(AuthServiceTest, SuccessResetsTheFailureCount)
{
    makeAdmin();
    for (int i = 0; i < 4; ++i)
        (void)auth().login(QStringLiteral("admin"), QStringLiteral("not the password"));
    ASSERT_TRUE(auth().login(QStringLiteral("admin"), adminPassword).ok());
    for (int i = 0; i < 4; ++i) {
        auto r = auth().login(QStringLiteral("admin"), QStringLiteral("not the password"));
        EXPECT_EQ(r.error().detail, QStringLiteral("bad_credentials"));
    }
    EXPECT_TRUE(auth().login(QStringLiteral("admin"), adminPassword).ok());
}

TEST_F(AuthServiceTest, AnActiveLockIsNeverResetByAnAttemptMadeMeanwhile)
{
    makeAdmin();
    for (int i = 0; i < AuthService::maxFailedAttempts - 1; ++i)
        (void)auth().login(QStringLiteral("admin"), QStringLiteral("not the password"));

    // Another process's fifth failure locks the account while this attempt is under way. The
    // second connection waits at most 200 ms for the write lock: a login that holds the
    // account for its whole attempt keeps it out, which is right too.
    storage::Database::Options options;
    options.busyTimeoutMs = 200;
    auto other = storage::Database::open(m_db.path(), options);
    ASSERT_TRUE(other.ok());
    const QDateTime lockedUntil = m_clock.now().addSecs(qint64(AuthService::lockoutMinutes) * 60);
    bool otherLocked = false;
    test::HookedClock clock(m_clock.now());
    clock.arm([&] {
        QSqlQuery query((*other)->connection());
        query.prepare(QStringLiteral(
            "UPDATE app_user SET failed_attempts = 0, locked_until = ? WHERE user_name = 'admin'"));
        query.addBindValue(lockedUntil.toUTC().toString(Qt::ISODateWithMs));
        otherLocked = query.exec();
    });

    auto attempt = auth().login(QStringLiteral("admin"), QStringLiteral("still not it"));
    ASSERT_FALSE(attempt.ok());
    EXPECT_EQ(attempt.error().detail, QStringLiteral("locked"));
    // Either way the account ends locked: by the other process (its lock kept, not reset to
    // a fresh count) or by this fifth failure.
    QSqlQuery query(m_db->connection());
    ASSERT_TRUE(query.exec(
        QStringLiteral("SELECT failed_attempts, locked_until FROM app_user WHERE id = 1")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toInt(), 0);
    EXPECT_FALSE(query.value(1).isNull())
        << (otherLocked ? "the other lock was reset" : "this failure did not lock");
    // And the right password stays refused while the lock runs.
    auto right = auth().login(QStringLiteral("admin"), adminPassword);
    ASSERT_FALSE(right.ok());
    EXPECT_EQ(right.error().detail, QStringLiteral("locked"));
}

TEST_F(AuthServiceTest, AdministratorManagesUsersAndEveryChangeIsAudited)
{
    const Actor admin = makeAdmin();
    UserAccount worker = makeWorker(admin);
    EXPECT_TRUE(worker.mustChangePassword);
    EXPECT_EQ(auditRows(QStringLiteral("user_create"), QStringLiteral("admin")), 2);

    auto duplicate = auth().createUser(
        admin, NewUser{QStringLiteral("LAN.NGUYEN"), {}, Role::Viewer, workerPassword, true});
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().code, ErrorCode::Duplicate);

    auto session = auth().login(QStringLiteral("lan.nguyen"), workerPassword);
    ASSERT_TRUE(session.ok());
    EXPECT_TRUE(session->mustChangePassword);
    EXPECT_EQ(session->actor.role, Role::SocialWorker);

    // Own password change: needs the current one, clears the must-change flag.
    const QString newPassword = QStringLiteral("ba con cá vàng bơi");
    auto refused =
        auth().changeOwnPassword(session->actor, QStringLiteral("guess guess"), newPassword);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    ASSERT_TRUE(auth().changeOwnPassword(session->actor, workerPassword, newPassword).ok());
    EXPECT_EQ(auditRows(QStringLiteral("password_change"), QStringLiteral("lan.nguyen")), 1);
    auto relogin = auth().login(QStringLiteral("lan.nguyen"), newPassword);
    ASSERT_TRUE(relogin.ok());
    EXPECT_FALSE(relogin->mustChangePassword);

    // Role change.
    auto promoted = auth().changeRole(admin, worker.id, Role::Manager);
    ASSERT_TRUE(promoted.ok());
    EXPECT_EQ(promoted->role, Role::Manager);
    EXPECT_EQ(auditRows(QStringLiteral("user_role_change"), QStringLiteral("admin")), 1);
    EXPECT_EQ(test::countRows(m_db.db(),
                              QStringLiteral("audit_log"),
                              QStringLiteral("action = 'user_role_change' AND changes LIKE "
                                             "'%social_worker%manager%'")),
              1);

    // Reset: the new password works, the old does not, a change is asked for again.
    const QString resetPassword = QStringLiteral("mật khẩu tạm thời");
    ASSERT_TRUE(auth().resetPassword(admin, worker.id, resetPassword).ok());
    EXPECT_FALSE(auth().login(QStringLiteral("lan.nguyen"), newPassword).ok());
    auto afterReset = auth().login(QStringLiteral("lan.nguyen"), resetPassword);
    ASSERT_TRUE(afterReset.ok());
    EXPECT_TRUE(afterReset->mustChangePassword);
    EXPECT_EQ(auditRows(QStringLiteral("user_password_reset"), QStringLiteral("admin")), 1);

    // Disable: the right password is refused; the row stays (never deleted).
    ASSERT_TRUE(auth().setAccountState(admin, worker.id, AccountState::Disabled).ok());
    auto disabled = auth().login(QStringLiteral("lan.nguyen"), resetPassword);
    ASSERT_FALSE(disabled.ok());
    EXPECT_EQ(disabled.error().detail, QStringLiteral("disabled"));
    EXPECT_EQ(auditRows(QStringLiteral("user_disable"), QStringLiteral("admin")), 1);
    QSqlQuery remove(m_db->connection());
    EXPECT_FALSE(remove.exec(QStringLiteral("DELETE FROM app_user WHERE id = %1").arg(worker.id)));
    EXPECT_EQ(test::countRows(m_db.db(), QStringLiteral("app_user")), 2);
    ASSERT_TRUE(auth().setAccountState(admin, worker.id, AccountState::Active).ok());
    EXPECT_TRUE(auth().login(QStringLiteral("lan.nguyen"), resetPassword).ok());

    auto list = auth().listUsers(admin);
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->at(0).userName, QStringLiteral("admin"));
    EXPECT_EQ(list->at(1).displayName, QStringLiteral("Nguyễn Thị Lan"));
}

TEST_F(AuthServiceTest, TheLastAdministratorStaysAndOnlyAdministratorsManageUsers)
{
    const Actor admin = makeAdmin();
    const UserAccount worker = makeWorker(admin);
    auto demote = auth().changeRole(admin, admin.userId, Role::Manager);
    ASSERT_FALSE(demote.ok());
    EXPECT_EQ(demote.error().detail, QStringLiteral("last_administrator"));
    auto self = auth().setAccountState(admin, admin.userId, AccountState::Disabled);
    ASSERT_FALSE(self.ok());
    EXPECT_EQ(self.error().detail, QStringLiteral("own_account"));

    const Actor workerActor = worker.actor();
    const qint64 deniedBefore = auditRows(QStringLiteral("denied"));
    EXPECT_EQ(auth().listUsers(workerActor).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(auth().changeRole(workerActor, worker.id, Role::Administrator).error().code,
              ErrorCode::PermissionDenied);
    EXPECT_EQ(auth().resetPassword(workerActor, admin.userId, workerPassword).error().code,
              ErrorCode::PermissionDenied);
    EXPECT_EQ(auditRows(QStringLiteral("denied"), QStringLiteral("lan.nguyen")), deniedBefore + 3);
    auto stored = auth().login(QStringLiteral("lan.nguyen"), workerPassword);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->actor.role, Role::SocialWorker);
}

TEST_F(AuthServiceTest, UnlockByAnAdministratorLiftsTheLock)
{
    const Actor admin = makeAdmin();
    const UserAccount worker = makeWorker(admin);
    for (int i = 0; i < AuthService::maxFailedAttempts; ++i)
        (void)auth().login(QStringLiteral("lan.nguyen"), QStringLiteral("not the password"));
    EXPECT_EQ(auth().login(QStringLiteral("lan.nguyen"), workerPassword).error().detail,
              QStringLiteral("locked"));
    ASSERT_TRUE(auth().unlockAccount(admin, worker.id).ok());
    EXPECT_EQ(auditRows(QStringLiteral("account_unlocked"), QStringLiteral("admin")), 1);
    EXPECT_TRUE(auth().login(QStringLiteral("lan.nguyen"), workerPassword).ok());
}

TEST_F(AuthServiceTest, IdleLockMinutesIsAnAdministratorSetting)
{
    const Actor admin = makeAdmin();
    auto minutes = auth().idleLockMinutes();
    ASSERT_TRUE(minutes.ok());
    EXPECT_EQ(*minutes, 10);
    ASSERT_TRUE(auth().setIdleLockMinutes(admin, 3).ok());
    EXPECT_EQ(auth().idleLockMinutes().value(), 3);
    EXPECT_EQ(auth().setIdleLockMinutes(admin, 0).error().code, ErrorCode::InvalidInput);
    const UserAccount worker = makeWorker(admin);
    EXPECT_EQ(auth().setIdleLockMinutes(worker.actor(), 60).error().code,
              ErrorCode::PermissionDenied);
    EXPECT_EQ(auth().idleLockMinutes().value(), 3);
    ASSERT_TRUE(auth().recordSessionLocked(admin).ok());
    ASSERT_TRUE(auth().recordSessionUnlocked(admin).ok());
    EXPECT_EQ(auditRows(QStringLiteral("session_lock"), QStringLiteral("admin")), 1);
    EXPECT_EQ(auditRows(QStringLiteral("session_unlock"), QStringLiteral("admin")), 1);
}

TEST_F(AuthServiceTest, WipeOverwritesThePasswordText)
{
    QString secret = QStringLiteral("a secret to forget");
    AuthService::wipe(secret);
    EXPECT_TRUE(secret.isEmpty());
}

} // namespace
} // namespace sr::services
