#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"
#include "domain/UserAccount.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sr::storage {

class Database;

using domain::roleCode;
using domain::roleFromCode;
using domain::UserAccount;

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
