#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sr::storage {

class Database;

/** Stable code of a role: "viewer", "social_worker", "manager", "administrator". */
QString roleCode(domain::Role role);
/** The role of a code (exact, lower case); nothing for an unknown code. */
std::optional<domain::Role> roleFromCode(const QString &code);

/** One row of app_user (resources/sql/sqlite/0003_users.sql). */
struct UserAccount
{
    qint64 id = 0;
    QString uuid;
    QString userName;
    QString displayName;
    domain::Role role = domain::Role::Viewer;
    QString passwordHash; ///< crypto_pwhash_str text; never logged
    bool disabled = false;
    bool mustChangePassword = false;
    int failedAttempts = 0;
    QDateTime lockedUntil; ///< invalid = not locked
    QDateTime lastLoginAt;
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QString updatedBy;
    int version = 1;

    /** The acting user this account logs in as. */
    domain::Actor actor() const { return domain::Actor{id, userName, role}; }
};

/**
 * User accounts. No audit rows are written here: AuthService audits every change with its
 * meaning ("user_create", "login_failed", …) in the caller's transaction. User names match
 * without regard to ASCII case. Rows are never deleted (a trigger refuses it).
 */
class UserRepository
{
public:
    explicit UserRepository(Database &db);

    Result<qint64> count() const;
    Result<std::optional<UserAccount>> findByName(const QString &userName) const;
    Result<std::optional<UserAccount>> findById(qint64 id) const;
    /** Every account, ordered by user name (case ignored). */
    Result<QList<UserAccount>> list() const;

    /**
     * Inserts @a account (uuid made when empty; created/updated stamps from domain::Clock and
     * @a actorName); returns it with its id. Duplicate when the user name exists.
     */
    Result<UserAccount> insert(UserAccount account, const QString &actorName);

    /**
     * Writes display name, role, password hash, disabled and must-change flags of @a account
     * if its version is unchanged (Conflict otherwise), with a new version and update stamp.
     */
    Result<UserAccount> update(UserAccount account, const QString &actorName);

    /** Login bookkeeping (failed attempts, lock, last login); no version change. */
    Result<void> setLoginState(qint64 id,
                               int failedAttempts,
                               const QDateTime &lockedUntil,
                               const QDateTime &lastLoginAt);

private:
    Database &m_db;
};

} // namespace sr::storage
