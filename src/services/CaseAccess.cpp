#include "CaseAccess.h"

#include "ReferenceService.h"
#include "storage/AuditLog.h"
#include "storage/CaseAssignmentRepository.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QJsonObject>

#include <spdlog/spdlog.h>

namespace sr::services {

using domain::Role;
using storage::CaseScope;

Result<CaseScope> CaseAccess::scopeOf(storage::Database &db, const domain::Actor &actor)
{
    // The role decides before the setting is read where it can: an administrator never waits
    // for a statement here.
    if (actor.role == Role::Administrator)
        return CaseScope::all();
    auto settings = ReferenceService(db).caseWorkSettings();
    if (!settings)
        return settings.error();
    if (!settings->recordLevelAccess)
        return CaseScope::all();
    switch (actor.role) {
    case Role::Administrator:
        return CaseScope::all();
    case Role::Viewer:
        // A viewer opens no case at all (Permissions.h); what a viewer gets is the
        // de-identified statistics of the whole centre, which no worker's caseload bounds
        // (docs/case-work.md, "Teams and record-level access").
        return CaseScope::all();
    case Role::SocialWorker:
        return CaseScope::of({actor.userId});
    case Role::Manager:
        break;
    }
    storage::UserRepository users(db);
    auto self = users.findById(actor.userId);
    if (!self)
        return self.error();
    const QString team = *self ? (*self)->team.trimmed() : QString();
    if (team.isEmpty())
        return CaseScope::all();
    auto accounts = users.list();
    if (!accounts)
        return accounts.error();
    QList<qint64> ids{actor.userId};
    for (const domain::UserAccount &account : *accounts)
        if (account.id != actor.userId && account.team.trimmed() == team)
            ids << account.id;
    return CaseScope::of(std::move(ids));
}

Result<void>
CaseAccess::requireCase(storage::Database &db, const domain::Actor &actor, qint64 personId)
{
    auto scope = scopeOf(db, actor);
    if (!scope)
        return scope.error();
    if (scope->isAll())
        return {};
    auto responsible = storage::CaseAssignmentRepository(db).responsibleOf(personId);
    if (!responsible)
        return responsible.error();
    if (scope->contains(*responsible))
        return {};
    spdlog::info("permissions: case_access refused to user {}", actor.userId);
    if (!db.isReadOnly()) {
        storage::AuditLog log(db);
        auto appended = log.append(actor,
                                   QStringLiteral("denied"),
                                   QStringLiteral("person"),
                                   personId,
                                   {{QStringLiteral("permission"), permissionName()}});
        if (!appended)
            spdlog::warn("permissions: the refusal could not be audited");
    }
    return makeError(ErrorCode::PermissionDenied, permissionName());
}

QString CaseAccess::permissionName()
{
    return QStringLiteral("case_access");
}

} // namespace sr::services
