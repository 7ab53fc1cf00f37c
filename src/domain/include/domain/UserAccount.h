#pragma once

#include "domain/Actor.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace sr::domain {

/** Stable code of a role: "viewer", "social_worker", "manager", "administrator". */
QString roleCode(Role role);
/** The role of a code (exact, lower case); nothing for an unknown code. */
std::optional<Role> roleFromCode(const QString &code);

/** One user account (app_user, resources/sql/0003_users.sql). */
struct UserAccount
{
    qint64 id = 0;
    QString uuid;
    QString userName;
    QString displayName;
    Role role = Role::Viewer;
    QString passwordHash; ///< crypto_pwhash_str text; never logged
    bool disabled = false;
    bool mustChangePassword = false;
    /** The team a manager supervises (docs/case-work.md, record-level access); "" = none. */
    QString team;
    int failedAttempts = 0;
    QDateTime lockedUntil; ///< invalid = not locked
    QDateTime lastLoginAt;
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QString updatedBy;
    int version = 1;

    /** The acting user this account logs in as. */
    Actor actor() const { return Actor{id, userName, role}; }
};

} // namespace sr::domain
