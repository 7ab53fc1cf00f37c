#pragma once

#include "domain/AccountRules.h"
#include "domain/Actor.h"
#include "domain/Result.h"
#include "domain/UserAccount.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sr::storage {
class Database;
class Transaction;
} // namespace sr::storage

namespace sr::services {

using UserAccount = domain::UserAccount;
using domain::roleCode;
using domain::roleFromCode;

/** Whether an account may log in. */
enum class AccountState { Active, Disabled };

/** A user as an administrator creates them. */
struct NewUser
{
    QString userName; ///< ASCII letters, digits, '.', '_', '-'; 2–64 characters
    QString displayName;
    domain::Role role = domain::Role::SocialWorker;
    QString password;
    /** Ask for a new password at the first login (set for accounts made by someone else). */
    bool mustChangePassword = true;
    /** The team (record-level access, docs/case-work.md); "" = none. */
    QString team = {};
};

/** A successful login. */
struct Session
{
    domain::Actor actor;
    bool mustChangePassword = false;
};

/**
 * Users, passwords and logins (docs/users-and-roles.md).
 *
 * Passwords are hashed with Argon2id through libsodium's crypto_pwhash_str at
 * crypto_pwhash_OPSLIMIT_INTERACTIVE / MEMLIMIT_INTERACTIVE (t=2, 64 MiB, p=1: above OWASP's
 * minimum of 19 MiB, t=2; measured ≈0.27 s per hash on the 2-core build machine under load).
 * A password needs at least minimumPasswordLength characters, must not be one of the common
 * passwords (resources/data/common-passwords.txt, case ignored) nor the user name. Password
 * bytes are wiped (sodium_memzero) after use and never logged or put in an error detail.
 *
 * Login: maxFailedAttempts wrong passwords in a row lock the account for lockoutMinutes; the
 * counter and the lock are kept in the database (they survive restarts). Time comes from
 * domain::Clock. Every login, failure, lock, user change and session lock/unlock is written to
 * the audit log.
 *
 * Errors: PermissionDenied with reason BadCredentials, AccountLocked, AccountDisabled,
 * AccountChangedOutside (role or state edited outside the application; login), or none (a
 * permission name in the detail: ManageUsers); InvalidInput with reason InvalidUserName,
 * PasswordTooShort, PasswordTooLong, PasswordCommon, PasswordIsUserName,
 * LastAdministrator, OwnAccount, IdleMinutes; Duplicate for a taken user name; NotFound for an
 * unknown id. The detail holds the reason's name (errorReasonName) for the log.
 */
class AuthService
{
public:
    static constexpr int minimumPasswordLength = domain::account::minimumPasswordLength;
    static constexpr int maximumPasswordLength = domain::account::maximumPasswordLength;
    static constexpr int maxFailedAttempts = domain::account::maxFailedAttempts;
    static constexpr int lockoutMinutes = domain::account::lockoutMinutes;
    static constexpr int defaultIdleLockMinutes = domain::account::defaultIdleLockMinutes;

    /** Calls sodium_init() (once per process). */
    explicit AuthService(storage::Database &db);

    // --- passwords -------------------------------------------------------------------------
    /** Ok, or InvalidInput naming the rule the password breaks. */
    static Result<void> checkPasswordPolicy(const QString &password, const QString &userName);
    /** The crypto_pwhash_str text ("$argon2id$v=19$m=65536,t=2,p=1$…"). */
    static Result<QString> hashPassword(const QString &password);
    static bool verifyPassword(const QString &hash, const QString &password);
    /** Whether @a password is on the common-password list (case ignored). */
    static bool isCommonPassword(const QString &password);
    /** Overwrites the characters of @a text (a password held by the caller) with zeros. */
    static void wipe(QString &text);
    /** Whether @a userName is a valid login name. */
    static bool isValidUserName(const QString &userName);

    // --- first start and login -------------------------------------------------------------
    /** True while the database has no user at all (first start). */
    Result<bool> needsFirstAdministrator() const;
    /**
     * Creates the first administrator, only while there is no user (checked inside the
     * write transaction, so two first starts cannot both succeed: the second gets Conflict).
     */
    Result<UserAccount> createFirstAdministrator(const QString &userName,
                                                 const QString &displayName,
                                                 const QString &password);
    /**
     * Whether a restore may run without a login: only into a database without users that
     * holds no case records at all (a brand-new file), whose backup brings its own users.
     * Ok; PermissionDenied "login_required" when the database has users; Conflict
     * "records_without_users" when it has records but no users (an upgraded database from
     * before user accounts): there the first administrator is created first (`safereturn
     * user add --role administrator NAME`) and the restore runs under that login.
     */
    Result<void> checkRestoreWithoutLogin() const;
    /**
     * Checks the lock, verifies the password and counts a failure in one write transaction
     * (see the .cpp); on a read-only database nothing is counted.
     */
    Result<Session> login(const QString &userName, const QString &password);
    /**
     * Checks the password, the lockout and the account state as login() does, but writes
     * nothing: no audit row, no failure count. Only for a rescue backup when the database's
     * disk is full and login() failed with DiskFull; the caller records the login in the
     * backup copy instead (docs/security.md "Rescue backup on a full disk"). Errors as login().
     */
    Result<Session> verifyWithoutRecording(const QString &userName, const QString &password) const;

    /** The desktop application locked itself / was unlocked by the same user (audited). */
    Result<void> recordSessionLocked(const domain::Actor &actor);
    Result<void> recordSessionUnlocked(const domain::Actor &actor);
    /** Logout, or the session given up for another user after a lock (audited). */
    Result<void> recordLogout(const domain::Actor &actor);

    // --- own account -----------------------------------------------------------------------
    Result<void> changeOwnPassword(const domain::Actor &actor,
                                   const QString &currentPassword,
                                   const QString &newPassword);

    // --- administration (Permission::ManageUsers) ------------------------------------------
    Result<QList<UserAccount>> listUsers(const domain::Actor &actor) const;
    Result<UserAccount> createUser(const domain::Actor &actor, const NewUser &user);
    /** Disables or re-enables an account; never the acting user's own nor the last administrator. */
    Result<UserAccount>
    setAccountState(const domain::Actor &actor, qint64 userId, AccountState state);
    /** Sets a new password, asks for a change at the next login and lifts a lockout. */
    Result<UserAccount>
    resetPassword(const domain::Actor &actor, qint64 userId, const QString &newPassword);
    Result<UserAccount> changeRole(const domain::Actor &actor, qint64 userId, domain::Role role);
    /**
     * Puts the account in @a team (trimmed; "" = none): a manager sees the cases of their
     * team's workers when record-level access is on (docs/case-work.md). Audited
     * "user_team_change" with the team before and after.
     */
    Result<UserAccount> changeTeam(const domain::Actor &actor, qint64 userId, const QString &team);
    /** Lifts a lockout before its time (audited "account_unlocked"). */
    Result<UserAccount> unlockAccount(const domain::Actor &actor, qint64 userId);

    // --- settings ----------------------------------------------------------------------------
    /** Minutes of inactivity before the desktop application locks (setting idle_lock_minutes). */
    Result<int> idleLockMinutes() const;
    /** 1–240 minutes; Permission::ManageReference (organisation settings). */
    Result<void> setIdleLockMinutes(const domain::Actor &actor, int minutes);

private:
    Result<UserAccount> loadForChange(qint64 userId) const;
    Result<bool> isLastActiveAdministrator(const UserAccount &account) const;
    struct AccountChange;
    /** An administrator's change of an account's role or state (setAccountState, changeRole). */
    Result<UserAccount>
    changeAccount(const domain::Actor &actor, qint64 userId, const AccountChange &change);
    /**
     * PermissionDenied "changed_outside" (audited as login_failed, committed in @a transaction
     * when there is one: none on a read-only database) when @a account's role or state differs from its audited history
     * (storage/AccountHistory.h): someone edited the database file outside the application.
     */
    Result<void> refuseIfChangedOutside(const UserAccount &account,
                                        storage::Transaction *transaction);

    storage::Database &m_db;
};

} // namespace sr::services
