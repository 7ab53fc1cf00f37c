#pragma once

#include "UserRepository.h"
#include "domain/Actor.h"
#include "domain/CheckReport.h"
#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sr::storage {

class Database;

/**
 * The security-relevant state of one account as its audit rows give it, replayed in id order
 * (docs/security.md, "Threat model"). A field is empty when the rows do not say: rows written
 * before the details existed (see replay()).
 */
struct AuditedAccount
{
    qint64 userId = 0;
    bool created = false; ///< a user_create row exists
    QString userName;     ///< from the user_create row (empty: not recorded)
    std::optional<domain::Role> role;
    std::optional<bool> disabled;
    std::optional<bool> mustChangePassword;
    QString passwordFingerprint; ///< empty: no audited fingerprint yet
};

using domain::AccountMismatch;

/**
 * Replays the audit rows of app_user to verify that nobody changed an account's role or state
 * outside the application (for example with the sqlite3 shell). Every change AuthService makes
 * writes an audit row in the same transaction; these functions compare the stored account with
 * what the rows give:
 *
 * - user_create: {"role", "user_name" or actor, "must_change_password", "password"}: the
 *   account exists, enabled, with that role;
 * - user_role_change {"role": [old, new]}; user_disable; user_enable;
 * - user_password_reset: must-change-password is the detail, or (older rows) whether the actor
 *   is someone else than the account; password_change: must-change-password off;
 * - "password" is passwordFingerprint() of the new hash.
 *
 * Rows written before the details "must_change_password" and "password" existed leave those
 * fields unknown (not compared) until the account's next audited password change or reset; a
 * first administrator's row always had must-change off. Role and disabled state were always
 * audited, so they are compared for every account.
 */
namespace account_history {

/**
 * Hex BLAKE2b-128 of a stored password hash, written to the audit log instead of the hash: it
 * shows that the hash changed without giving anything to attack (the salt is not in it).
 */
QString passwordFingerprint(const QString &passwordHash);

/** What the audit rows of account @a userId give. */
Result<AuditedAccount> replay(Database &db, qint64 userId);

/** Compares @a account with its audited history; an empty list of fields when they agree. */
Result<AccountMismatch> verify(Database &db, const UserAccount &account);

/** Every account that differs from its history (and audited accounts no longer stored). */
Result<QList<AccountMismatch>> verifyAll(Database &db);

} // namespace account_history
} // namespace sr::storage
