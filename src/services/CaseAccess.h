#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"
#include "storage/CaseScope.h"

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::services {

/**
 * Record-level access (docs/case-work.md), the one rule every service that lists, counts,
 * finds, opens or exports cases asks. While the organisation's setting
 * CaseWorkSettings::recordLevelAccess is off, everyone who may view cases sees every case.
 * When it is on:
 * - a social worker sees the cases they are responsible for;
 * - a manager sees the cases of the workers of their team (app_user.team equal and not empty)
 *   and their own; a manager without a team sees every case;
 * - an administrator sees every case;
 * - a viewer sees no case (not even in a de-identified export).
 */
class CaseAccess
{
public:
    /** The cases @a actor may see on @a db now (the setting is read on every call). */
    static Result<storage::CaseScope> scopeOf(storage::Database &db, const domain::Actor &actor);

    /**
     * Ok when @a actor may see the case of @a personId. Otherwise the refusal is written to the
     * audit log (action "denied", entity person and its id, {"permission": "case_access"}) and
     * ErrorCode::PermissionDenied is returned; NotFound when there is no such person.
     */
    static Result<void>
    requireCase(storage::Database &db, const domain::Actor &actor, qint64 personId);

    /** The permission name of a refusal ("case_access"), in errors and audit rows. */
    static QString permissionName();
};

} // namespace sr::services
