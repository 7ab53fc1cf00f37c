#include "AuthService.h"

#include "Permissions.h"
#include "domain/Clock.h"
#include "storage/AccountHistory.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/RecordCensus.h"
#include "storage/ReferenceRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <spdlog/spdlog.h>

#include <functional>
#include <mutex>
#include <optional>
#include <sodium.h>

namespace sr::services {

namespace {

using domain::Actor;
using domain::Role;
using storage::AuditLog;
using storage::Transaction;
using storage::UserRepository;

const QString idleLockKey = QStringLiteral("idle_lock_minutes");

void ensureSodium()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            spdlog::critical("auth: libsodium could not be initialised");
    });
}

/** UTF-8 bytes of a password in a buffer wiped when it goes out of scope. */
class SecretBytes
{
public:
    explicit SecretBytes(const QString &text)
        : m_bytes(text.toUtf8())
    {}
    ~SecretBytes()
    {
        if (!m_bytes.isEmpty())
            sodium_memzero(m_bytes.data(), size_t(m_bytes.size()));
    }
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return (unsigned long long)m_bytes.size(); }

private:
    QByteArray m_bytes;
};

const QSet<QString> &commonPasswords()
{
    static const QSet<QString> set = [] {
        QSet<QString> words;
        QFile file(QStringLiteral(":/auth/common-passwords.txt"));
        if (!file.open(QIODevice::ReadOnly)) {
            spdlog::error("auth: the common-password list is missing from the resources");
            return words;
        }
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        for (const QString &line : lines) {
            const QString word = line.trimmed();
            if (!word.isEmpty() && !word.startsWith(u'#'))
                words.insert(word.toCaseFolded());
        }
        return words;
    }();
    return set;
}

/** The name written to the audit log for a login attempt: only plausible user names. */
QString auditName(const QString &typed)
{
    return AuthService::isValidUserName(typed) ? typed : QStringLiteral("?");
}

Result<void> audit(storage::Database &db,
                   const QString &actorName,
                   const QString &action,
                   qint64 userId,
                   const QJsonObject &details = {})
{
    AuditLog log(db);
    Actor actor;
    actor.userName = actorName;
    auto appended = log.append(actor, action, QStringLiteral("app_user"), userId, details);
    if (!appended)
        return appended.error();
    return {};
}

/** What the audit log keeps of a password hash (AccountHistory.h): proof of change, no secret. */
QString fingerprint(const QString &passwordHash)
{
    return storage::account_history::passwordFingerprint(passwordHash);
}

/** Whether the audited history of @a userId gives @a matches (an unknown field never matches). */
template<typename Check>
Result<bool> historyAgrees(storage::Database &db, qint64 userId, Check matches)
{
    auto audited = storage::account_history::replay(db, userId);
    if (!audited)
        return audited.error();
    return matches(*audited);
}

// The detail repeats the reason's stable name for the log (and the tests that read it).
Error denied(ErrorReason reason)
{
    return makeError(ErrorCode::PermissionDenied, reason, errorReasonName(reason));
}

Error invalid(ErrorReason reason)
{
    return makeError(ErrorCode::InvalidInput, reason, errorReasonName(reason));
}

} // namespace

AuthService::AuthService(storage::Database &db)
    : m_db(db)
{
    ensureSodium();
}

// --- passwords --------------------------------------------------------------------------------

bool AuthService::isValidUserName(const QString &userName)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{2,64}$"));
    return pattern.match(userName).hasMatch();
}

bool AuthService::isCommonPassword(const QString &password)
{
    return commonPasswords().contains(password.toCaseFolded());
}

Result<void> AuthService::checkPasswordPolicy(const QString &password, const QString &userName)
{
    // Characters, not UTF-16 units: "mậtkhẩu…" counts each letter once.
    const qsizetype length = password.toUcs4().size();
    if (length < minimumPasswordLength)
        return invalid(ErrorReason::PasswordTooShort);
    if (length > maximumPasswordLength)
        return invalid(ErrorReason::PasswordTooLong);
    if (isCommonPassword(password))
        return invalid(ErrorReason::PasswordCommon);
    if (!userName.isEmpty() && password.compare(userName, Qt::CaseInsensitive) == 0)
        return invalid(ErrorReason::PasswordIsUserName);
    return {};
}

Result<QString> AuthService::hashPassword(const QString &password)
{
    ensureSodium();
    const SecretBytes bytes(password);
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash,
                          bytes.data(),
                          bytes.size(),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0) {
        spdlog::error("auth: password hashing failed (out of memory)");
        return makeError(ErrorCode::Internal, QStringLiteral("pwhash"));
    }
    return QString::fromLatin1(hash);
}

bool AuthService::verifyPassword(const QString &hash, const QString &password)
{
    ensureSodium();
    const QByteArray stored = hash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    const SecretBytes bytes(password);
    return crypto_pwhash_str_verify(stored.constData(), bytes.data(), bytes.size()) == 0;
}

void AuthService::wipe(QString &text)
{
    if (text.isEmpty())
        return;
    // data() detaches: only this copy is overwritten, which is the caller's.
    sodium_memzero(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

// --- first start and login ------------------------------------------------------------------

Result<bool> AuthService::needsFirstAdministrator() const
{
    auto count = UserRepository(m_db).count();
    if (!count)
        return count.error();
    return *count == 0;
}

Result<UserAccount> AuthService::createFirstAdministrator(const QString &userName,
                                                          const QString &displayName,
                                                          const QString &password)
{
    if (!isValidUserName(userName))
        return invalid(ErrorReason::InvalidUserName);
    if (auto r = checkPasswordPolicy(password, userName); !r)
        return r.error();
    auto hash = hashPassword(password);
    if (!hash)
        return hash.error();

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    UserRepository users(m_db);
    auto count = users.count();
    if (!count)
        return count.error();
    if (*count != 0)
        return makeError(ErrorCode::Conflict, QStringLiteral("users_exist"));
    UserAccount account;
    account.userName = userName;
    account.displayName = displayName.trimmed();
    account.role = Role::Administrator;
    account.passwordHash = *hash;
    auto inserted = users.insert(account, userName);
    if (!inserted)
        return inserted.error();
    if (auto r = audit(m_db,
                       userName,
                       QStringLiteral("user_create"),
                       inserted->id,
                       {{QStringLiteral("role"), roleCode(Role::Administrator)},
                        {QStringLiteral("first_administrator"), true},
                        {QStringLiteral("must_change_password"), false},
                        {QStringLiteral("password"), fingerprint(*hash)}});
        !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    spdlog::info("auth: first administrator created (user id {})", inserted->id);
    return inserted;
}

Result<void> AuthService::checkRestoreWithoutLogin() const
{
    const auto empty = needsFirstAdministrator();
    if (!empty)
        return empty.error();
    if (!*empty)
        return makeError(ErrorCode::PermissionDenied, QStringLiteral("login_required"));
    const auto records = storage::countRecords(m_db);
    if (!records)
        return records.error();
    if (records->total() > 0) {
        spdlog::info("auth: restore without login refused (records but no users)");
        return makeError(ErrorCode::Conflict, QStringLiteral("records_without_users"));
    }
    return {};
}

Result<Session> AuthService::login(const QString &userName, const QString &password)
{
    const bool canWrite = !m_db.isReadOnly();
    // The whole attempt — read the account, check the lock, verify the password, count the
    // failure — is one BEGIN IMMEDIATE transaction: parallel attempts on one account are
    // checked one after the other against the count and the lock the previous ones left, so
    // at most maxFailedAttempts passwords are ever verified per lockout window, and a right
    // password that waited behind the locking failure is refused (and keeps the lock). The
    // price is that logins of one database verify their Argon2id hashes one at a time. A
    // read-only database cannot count attempts; there the check is read-only as before.
    std::optional<Transaction> transaction;
    if (canWrite) {
        transaction.emplace(m_db);
        if (!transaction->isActive())
            return transaction->error();
    }
    const auto commit = [&]() -> Result<void> {
        return transaction ? transaction->commit() : Result<void>();
    };

    UserRepository users(m_db);
    auto found = users.findByName(userName);
    if (!found)
        return found.error();
    const QDateTime now = domain::Clock::instance().now();

    if (!found->has_value()) {
        // Same work as for a real account, so the answer time does not tell names apart.
        static const QString dummy = hashPassword(QStringLiteral("no such user here")).value();
        (void)verifyPassword(dummy, password);
        if (canWrite) {
            if (audit(m_db,
                      auditName(userName),
                      QStringLiteral("login_failed"),
                      0,
                      {{QStringLiteral("reason"), QStringLiteral("unknown_user")}}))
                (void)commit();
        }
        spdlog::info("auth: login refused (unknown user)");
        return denied(ErrorReason::BadCredentials);
    }
    const UserAccount account = **found;

    if (account.lockedUntil.isValid() && now < account.lockedUntil) {
        if (canWrite) {
            if (audit(m_db,
                      account.userName,
                      QStringLiteral("login_failed"),
                      account.id,
                      {{QStringLiteral("reason"), QStringLiteral("locked")}}))
                (void)commit();
        }
        spdlog::info("auth: login refused (account {} locked)", account.id);
        return denied(ErrorReason::AccountLocked);
    }

    const bool passwordOk = verifyPassword(account.passwordHash, password);

    if (!passwordOk) {
        // A lock that has run out starts a fresh count (an active one returned above).
        int failures = account.lockedUntil.isValid() ? 1 : account.failedAttempts + 1;
        QDateTime lockedUntil;
        if (failures >= maxFailedAttempts) {
            lockedUntil = now.addSecs(qint64(lockoutMinutes) * 60);
            failures = 0;
        }
        if (canWrite) {
            if (auto r =
                    users.setLoginState(account.id, failures, lockedUntil, account.lastLoginAt);
                !r)
                return r.error();
            if (auto r = audit(m_db,
                               account.userName,
                               QStringLiteral("login_failed"),
                               account.id,
                               {{QStringLiteral("reason"), QStringLiteral("bad_password")}});
                !r)
                return r.error();
            if (lockedUntil.isValid()) {
                if (auto r = audit(m_db,
                                   account.userName,
                                   QStringLiteral("account_locked"),
                                   account.id,
                                   {{QStringLiteral("minutes"), lockoutMinutes}});
                    !r)
                    return r.error();
            }
            if (auto r = commit(); !r)
                return r.error();
        }
        spdlog::info("auth: login refused (bad password for user {})", account.id);
        return denied(lockedUntil.isValid() ? ErrorReason::AccountLocked
                                            : ErrorReason::BadCredentials);
    }

    if (account.disabled) {
        if (canWrite) {
            if (auto r = audit(m_db,
                               account.userName,
                               QStringLiteral("login_failed"),
                               account.id,
                               {{QStringLiteral("reason"), QStringLiteral("disabled")}});
                !r)
                return r.error();
            if (auto r = commit(); !r)
                return r.error();
        }
        spdlog::info("auth: login refused (user {} disabled)", account.id);
        return denied(ErrorReason::AccountDisabled);
    }

    // Role and state must be those the audit log gives (edited outside the app: refused).
    if (auto r = refuseIfChangedOutside(account, transaction ? &*transaction : nullptr); !r)
        return r.error();

    if (canWrite) {
        if (auto r = users.setLoginState(account.id, 0, QDateTime(), now); !r)
            return r.error();
        if (auto r = audit(m_db, account.userName, QStringLiteral("login"), account.id); !r)
            return r.error();
        if (auto r = commit(); !r)
            return r.error();
    }
    spdlog::info("auth: user {} logged in", account.id);
    return Session{account.actor(), account.mustChangePassword};
}

Result<Session> AuthService::verifyWithoutRecording(const QString &userName,
                                                    const QString &password) const
{
    UserRepository users(m_db);
    auto found = users.findByName(userName);
    if (!found)
        return found.error();
    if (!found->has_value()) {
        // Same work as for a real account, so the answer time does not tell names apart.
        static const QString dummy = hashPassword(QStringLiteral("no such user here")).value();
        (void)verifyPassword(dummy, password);
        return denied(ErrorReason::BadCredentials);
    }
    const UserAccount &account = **found;
    if (account.lockedUntil.isValid() && domain::Clock::instance().now() < account.lockedUntil)
        return denied(ErrorReason::AccountLocked);
    if (!verifyPassword(account.passwordHash, password))
        return denied(ErrorReason::BadCredentials);
    if (account.disabled)
        return denied(ErrorReason::AccountDisabled);
    spdlog::info("auth: user {} verified without recording (disk full)", account.id);
    return Session{account.actor(), account.mustChangePassword};
}

Result<void> AuthService::recordSessionLocked(const Actor &actor)
{
    return audit(m_db, actor.userName, QStringLiteral("session_lock"), actor.userId);
}

Result<void> AuthService::recordSessionUnlocked(const Actor &actor)
{
    return audit(m_db, actor.userName, QStringLiteral("session_unlock"), actor.userId);
}

Result<void> AuthService::recordLogout(const Actor &actor)
{
    return audit(m_db, actor.userName, QStringLiteral("logout"), actor.userId);
}

// --- own account --------------------------------------------------------------------------

Result<void> AuthService::changeOwnPassword(const Actor &actor,
                                            const QString &currentPassword,
                                            const QString &newPassword)
{
    auto account = loadForChange(actor.userId);
    if (!account)
        return account.error();
    if (!verifyPassword(account->passwordHash, currentPassword)) {
        (void)audit(m_db,
                    actor.userName,
                    QStringLiteral("password_change_failed"),
                    actor.userId,
                    {{QStringLiteral("reason"), QStringLiteral("bad_password")}});
        return denied(ErrorReason::BadCredentials);
    }
    if (auto r = checkPasswordPolicy(newPassword, account->userName); !r)
        return r.error();
    auto hash = hashPassword(newPassword);
    if (!hash)
        return hash.error();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    UserAccount changed = *account;
    changed.passwordHash = *hash;
    changed.mustChangePassword = false;
    auto updated = UserRepository(m_db).update(changed, actor.userName);
    if (!updated)
        return updated.error();
    if (auto r = audit(m_db,
                       actor.userName,
                       QStringLiteral("password_change"),
                       actor.userId,
                       {{QStringLiteral("password"), fingerprint(*hash)}});
        !r)
        return r;
    return transaction.commit();
}

// --- administration ---------------------------------------------------------------------

Result<QList<UserAccount>> AuthService::listUsers(const Actor &actor) const
{
    if (auto r = require(m_db, actor, Permission::ManageUsers); !r)
        return r.error();
    return UserRepository(m_db).list();
}

Result<UserAccount> AuthService::createUser(const Actor &actor, const NewUser &user)
{
    if (auto r = require(m_db, actor, Permission::ManageUsers); !r)
        return r.error();
    if (!isValidUserName(user.userName))
        return invalid(ErrorReason::InvalidUserName);
    if (auto r = checkPasswordPolicy(user.password, user.userName); !r)
        return r.error();
    auto hash = hashPassword(user.password);
    if (!hash)
        return hash.error();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    UserAccount account;
    account.userName = user.userName;
    account.displayName = user.displayName.trimmed();
    account.role = user.role;
    account.passwordHash = *hash;
    account.mustChangePassword = user.mustChangePassword;
    account.team = user.team.trimmed();
    auto inserted = UserRepository(m_db).insert(account, actor.userName);
    if (!inserted)
        return inserted.error();
    if (auto r = audit(m_db,
                       actor.userName,
                       QStringLiteral("user_create"),
                       inserted->id,
                       {{QStringLiteral("user_name"), inserted->userName},
                        {QStringLiteral("role"), roleCode(inserted->role)},
                        {QStringLiteral("must_change_password"), inserted->mustChangePassword},
                        {QStringLiteral("team"), inserted->team},
                        {QStringLiteral("password"), fingerprint(*hash)}});
        !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return inserted;
}

/** What an administrator's change of a role or state consists of. */
struct AuthService::AccountChange
{
    /** Whether the account has the new value already. */
    std::function<bool(const UserAccount &)> isDone;
    /** The same for its audited history (an unknown field never matches). */
    std::function<bool(const storage::AuditedAccount &)> isAudited;
    /** The change may take away the last active administrator. */
    bool removesAdministrator = false;
    std::function<void(UserAccount &)> apply;
    QString auditAction;
    std::function<QJsonObject(const UserAccount &before, const UserAccount &after)> auditDetails;
};

Result<UserAccount>
AuthService::changeAccount(const Actor &actor, qint64 userId, const AccountChange &change)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto account = loadForChange(userId);
    if (!account)
        return account.error();
    if (change.isDone(*account)) {
        // Already so — unless the stored value was edited outside the application: then this
        // change is written and audited, which repairs the account (docs/security.md).
        auto agrees = historyAgrees(m_db, userId, change.isAudited);
        if (!agrees)
            return agrees.error();
        if (*agrees)
            return account;
    }
    if (change.removesAdministrator) {
        auto last = isLastActiveAdministrator(*account);
        if (!last)
            return last.error();
        if (*last)
            return invalid(ErrorReason::LastAdministrator);
    }
    UserAccount changed = *account;
    change.apply(changed);
    auto updated = UserRepository(m_db).update(changed, actor.userName);
    if (!updated)
        return updated.error();
    if (auto r = audit(m_db,
                       actor.userName,
                       change.auditAction,
                       userId,
                       change.auditDetails(*account, *updated));
        !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return updated;
}

Result<UserAccount>
AuthService::setAccountState(const Actor &actor, qint64 userId, AccountState state)
{
    if (auto r = require(m_db, actor, Permission::ManageUsers); !r)
        return r.error();
    const bool disable = state == AccountState::Disabled;
    if (disable && userId == actor.userId)
        return invalid(ErrorReason::OwnAccount);
    return changeAccount(
        actor,
        userId,
        AccountChange{
            .isDone = [disable](const UserAccount &a) { return a.disabled == disable; },
            .isAudited =
                [disable](const storage::AuditedAccount &audited) {
                    return audited.disabled == disable;
                },
            .removesAdministrator = disable,
            .apply = [disable](UserAccount &a) { a.disabled = disable; },
            .auditAction = disable ? QStringLiteral("user_disable") : QStringLiteral("user_enable"),
            .auditDetails =
                [](const UserAccount &, const UserAccount &after) {
                    return QJsonObject{{QStringLiteral("user_name"), after.userName}};
                },
        });
}

Result<UserAccount>
AuthService::resetPassword(const Actor &actor, qint64 userId, const QString &newPassword)
{
    if (auto r = require(m_db, actor, Permission::ManageUsers); !r)
        return r.error();
    auto account = loadForChange(userId);
    if (!account)
        return account.error();
    if (auto r = checkPasswordPolicy(newPassword, account->userName); !r)
        return r.error();
    auto hash = hashPassword(newPassword);
    if (!hash)
        return hash.error();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto current = loadForChange(userId);
    if (!current)
        return current.error();
    UserAccount changed = *current;
    changed.passwordHash = *hash;
    changed.mustChangePassword = userId != actor.userId;
    UserRepository users(m_db);
    auto updated = users.update(changed, actor.userName);
    if (!updated)
        return updated.error();
    if (auto r = users.setLoginState(userId, 0, QDateTime(), updated->lastLoginAt); !r)
        return r.error();
    updated->failedAttempts = 0;
    updated->lockedUntil = QDateTime();
    if (auto r = audit(m_db,
                       actor.userName,
                       QStringLiteral("user_password_reset"),
                       userId,
                       {{QStringLiteral("user_name"), updated->userName},
                        {QStringLiteral("must_change_password"), updated->mustChangePassword},
                        {QStringLiteral("password"), fingerprint(*hash)}});
        !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return updated;
}

Result<UserAccount> AuthService::changeRole(const Actor &actor, qint64 userId, Role role)
{
    if (auto r = require(m_db, actor, Permission::ManageUsers); !r)
        return r.error();
    return changeAccount(
        actor,
        userId,
        AccountChange{
            .isDone = [role](const UserAccount &a) { return a.role == role; },
            .isAudited =
                [role](const storage::AuditedAccount &audited) { return audited.role == role; },
            .removesAdministrator = role != Role::Administrator,
            .apply = [role](UserAccount &a) { a.role = role; },
            .auditAction = QStringLiteral("user_role_change"),
            .auditDetails =
                [role](const UserAccount &before, const UserAccount &after) {
                    return QJsonObject{{QStringLiteral("user_name"), after.userName},
                                       {QStringLiteral("role"),
                                        QJsonArray{roleCode(before.role), roleCode(role)}}};
                },
        });
}

Result<UserAccount> AuthService::changeTeam(const Actor &actor, qint64 userId, const QString &team)
{
    if (auto r = require(m_db, actor, Permission::ManageUsers); !r)
        return r.error();
    const QString wanted = team.trimmed();
    if (wanted.size() > 100)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("team too long"));
    return changeAccount(
        actor,
        userId,
        AccountChange{
            .isDone = [wanted](const UserAccount &a) { return a.team == wanted; },
            // The team is no part of the login's integrity check (storage/AccountHistory.h):
            // an account already in the team needs no repair.
            .isAudited = [](const storage::AuditedAccount &) { return true; },
            .removesAdministrator = false,
            .apply = [wanted](UserAccount &a) { a.team = wanted; },
            .auditAction = QStringLiteral("user_team_change"),
            .auditDetails =
                [wanted](const UserAccount &before, const UserAccount &after) {
                    return QJsonObject{{QStringLiteral("user_name"), after.userName},
                                       {QStringLiteral("team"), QJsonArray{before.team, wanted}}};
                },
        });
}

Result<UserAccount> AuthService::unlockAccount(const Actor &actor, qint64 userId)
{
    if (auto r = require(m_db, actor, Permission::ManageUsers); !r)
        return r.error();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto account = loadForChange(userId);
    if (!account)
        return account.error();
    if (auto r = UserRepository(m_db).setLoginState(userId, 0, QDateTime(), account->lastLoginAt);
        !r)
        return r.error();
    if (auto r = audit(m_db,
                       actor.userName,
                       QStringLiteral("account_unlocked"),
                       userId,
                       {{QStringLiteral("user_name"), account->userName}});
        !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    account->failedAttempts = 0;
    account->lockedUntil = QDateTime();
    return account;
}

// --- settings ---------------------------------------------------------------------------

Result<int> AuthService::idleLockMinutes() const
{
    auto value = storage::ReferenceRepository(m_db).setting(
        idleLockKey, QString::number(defaultIdleLockMinutes));
    if (!value)
        return value.error();
    bool ok = false;
    const int minutes = value->toInt(&ok);
    return ok && minutes > 0 ? minutes : defaultIdleLockMinutes;
}

Result<void> AuthService::setIdleLockMinutes(const Actor &actor, int minutes)
{
    if (auto r = require(m_db, actor, Permission::ManageReference); !r)
        return r;
    if (minutes < 1 || minutes > 240)
        return invalid(ErrorReason::IdleMinutes);
    auto old = idleLockMinutes();
    if (!old)
        return old.error();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto r =
            storage::ReferenceRepository(m_db).setSetting(idleLockKey, QString::number(minutes));
        !r)
        return r;
    AuditLog log(m_db);
    if (auto r = log.append(actor,
                            QStringLiteral("update"),
                            QStringLiteral("settings"),
                            0,
                            {{idleLockKey, QJsonArray{*old, minutes}}});
        !r)
        return r.error();
    return transaction.commit();
}

// --- helpers ----------------------------------------------------------------------------

Result<void> AuthService::refuseIfChangedOutside(const UserAccount &account,
                                                 Transaction *transaction)
{
    // The anchor is not a reason to refuse: the administrators must still log in to run
    // `check` and restore a backup; the log line tells whoever reads it.
    if (auto anchor = AuditLog(m_db).verifyAnchor(); anchor && !anchor->ok)
        spdlog::info("auth: the audit log was truncated or rewritten after row {}",
                     anchor->intactUntil);
    auto mismatch = storage::account_history::verify(m_db, account);
    if (!mismatch)
        return mismatch.error();
    if (mismatch->fields.isEmpty())
        return {};
    spdlog::info("auth: login refused (user {} differs from its audited history: {})",
                 account.id,
                 mismatch->fields.join(u',').toStdString());
    if (transaction && transaction->isActive()) {
        if (auto r =
                audit(m_db,
                      account.userName,
                      QStringLiteral("login_failed"),
                      account.id,
                      {{QStringLiteral("reason"), QStringLiteral("changed_outside")},
                       {QStringLiteral("fields"), QJsonArray::fromStringList(mismatch->fields)}});
            !r)
            return r.error();
        if (auto r = transaction->commit(); !r)
            return r.error();
    }
    return denied(ErrorReason::AccountChangedOutside);
}

Result<UserAccount> AuthService::loadForChange(qint64 userId) const
{
    auto found = UserRepository(m_db).findById(userId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(ErrorCode::NotFound, QStringLiteral("user"));
    return **found;
}

Result<bool> AuthService::isLastActiveAdministrator(const UserAccount &account) const
{
    if (account.role != Role::Administrator || account.disabled)
        return false;
    auto all = UserRepository(m_db).list();
    if (!all)
        return all.error();
    for (const UserAccount &other : *all) {
        if (other.id != account.id && other.role == Role::Administrator && !other.disabled)
            return false;
    }
    return true;
}

} // namespace sr::services
