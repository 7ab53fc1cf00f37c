#include "AssignmentService.h"

#include "CaseAccess.h"
#include "CommitResult.h"
#include "Permissions.h"
#include "storage/CaseAssignmentRepository.h"
#include "storage/Database.h"
#include "storage/TaskRepository.h"
#include "storage/UserRepository.h"

#include <QHash>

#include <algorithm>

namespace sr::services {

using domain::CaseAssignment;
using domain::FieldError;
using domain::Role;
using domain::UserAccount;
using domain::ValidationCode;

namespace {

QString nameOf(const UserAccount &account)
{
    return account.displayName.trimmed().isEmpty() ? account.userName : account.displayName;
}

/** Accounts by id, for the names of a history or a caseload. */
Result<QHash<qint64, UserAccount>> accountsById(storage::Database &db)
{
    auto accounts = storage::UserRepository(db).list();
    if (!accounts)
        return accounts.error();
    QHash<qint64, UserAccount> byId;
    for (UserAccount &account : *accounts)
        byId.insert(account.id, std::move(account));
    return byId;
}

/** Who can be made responsible for a case: an active account that is not a viewer. */
bool canBeResponsible(const UserAccount &account)
{
    return !account.disabled && account.role != Role::Viewer;
}

} // namespace

AssignmentService::AssignmentService(storage::Database &db)
    : m_db(db)
{}

ServiceResult<AssignmentOutcome> AssignmentService::assign(const domain::Actor &actor,
                                                           qint64 personId,
                                                           std::optional<qint64> userId,
                                                           const QString &reason)
{
    if (auto r = require(m_db, actor, Permission::AssignCases); !r)
        return ServiceResult<AssignmentOutcome>(r.error());
    if (auto r = CaseAccess::requireCase(m_db, actor, personId); !r)
        return ServiceResult<AssignmentOutcome>(r.error());
    domain::FieldErrors errors;
    if (userId) {
        auto account = storage::UserRepository(m_db).findById(*userId);
        if (!account)
            return ServiceResult<AssignmentOutcome>(account.error());
        if (!*account || !canBeResponsible(**account))
            errors << FieldError{QStringLiteral("user_id"), ValidationCode::Inconsistent};
    }
    if (reason.trimmed().isEmpty())
        errors << FieldError{QStringLiteral("reason"), ValidationCode::Required};
    if (!errors.isEmpty())
        return ServiceResult<AssignmentOutcome>::invalid(errors);

    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return ServiceResult<AssignmentOutcome>(transaction.error());
    storage::CaseAssignmentRepository assignments(m_db);
    // Read inside the write transaction: the previous worker is the one this change replaces.
    auto previous = assignments.responsibleOf(personId);
    if (!previous)
        return ServiceResult<AssignmentOutcome>(previous.error());
    if (*previous == userId)
        return AssignmentOutcome{}; // already responsible: nothing to write
    auto stored = assignments.assign(personId, userId, reason.trimmed(), actor);
    if (!stored)
        return ServiceResult<AssignmentOutcome>(stored.error());
    AssignmentOutcome outcome;
    outcome.changed = true;
    outcome.assignment = *stored;
    // The work of the case follows it: the previous worker's open tasks go to the new one, and
    // the lapsed ones too (a corrected date may make them open again, docs/case-work.md).
    storage::TaskRepository tasks(m_db);
    auto open = tasks.openTasksOf(personId, *previous);
    if (!open)
        return ServiceResult<AssignmentOutcome>(open.error());
    for (domain::Task task : *open) {
        task.assignedUserId = userId;
        if (auto updated = tasks.update(task, actor); !updated)
            return ServiceResult<AssignmentOutcome>(updated.error());
        ++outcome.tasksMoved;
    }
    return commitResult(transaction, Result<AssignmentOutcome>(outcome), "assignment.assign");
}

Result<std::optional<CaseWorker>> AssignmentService::responsibleOf(const domain::Actor &actor,
                                                                   qint64 personId) const
{
    if (auto r = require(m_db, actor, Permission::ViewCases); !r)
        return r.error();
    auto current = storage::CaseAssignmentRepository(m_db).responsibleOf(personId);
    if (!current)
        return current.error();
    if (!*current)
        return std::optional<CaseWorker>();
    auto account = storage::UserRepository(m_db).findById(**current);
    if (!account)
        return account.error();
    CaseWorker worker;
    worker.userId = **current;
    if (*account) {
        worker.name = nameOf(**account);
        worker.role = (*account)->role;
    }
    return std::optional<CaseWorker>(worker);
}

Result<QList<AssignmentEntry>> AssignmentService::history(const domain::Actor &actor,
                                                          qint64 personId) const
{
    if (auto r = require(m_db, actor, Permission::ViewCases); !r)
        return r.error();
    if (auto r = CaseAccess::requireCase(m_db, actor, personId); !r)
        return r.error();
    auto rows = storage::CaseAssignmentRepository(m_db).listForPerson(personId);
    if (!rows)
        return rows.error();
    auto accounts = accountsById(m_db);
    if (!accounts)
        return accounts.error();
    const auto name = [&](std::optional<qint64> id) {
        if (!id)
            return QString();
        const auto found = accounts->constFind(*id);
        return found == accounts->cend() ? QString::number(*id) : nameOf(*found);
    };
    QHash<QString, QString> byUserName;
    for (const domain::UserAccount &account : *accounts)
        byUserName.insert(account.userName, nameOf(account));
    QList<AssignmentEntry> entries;
    entries.reserve(rows->size());
    for (const CaseAssignment &row : *rows)
        entries.append(AssignmentEntry{row,
                                       name(row.userId),
                                       name(row.previousUserId),
                                       byUserName.value(row.meta.createdBy, row.meta.createdBy)});
    return entries;
}

Result<Caseloads> AssignmentService::caseloads(const domain::Actor &actor) const
{
    if (auto r = require(m_db, actor, Permission::ViewCases); !r)
        return r.error();
    auto loads = storage::CaseAssignmentRepository(m_db).caseloads();
    if (!loads)
        return loads.error();
    auto accounts = storage::UserRepository(m_db).list();
    if (!accounts)
        return accounts.error();
    QHash<qint64, qint64> openCases;
    Caseloads result;
    for (const storage::Caseload &load : *loads) {
        if (load.userId)
            openCases.insert(*load.userId, load.openCases);
        else
            result.unassigned = load.openCases;
    }
    for (const UserAccount &account : *accounts) {
        if (!canBeResponsible(account))
            continue;
        result.workers.append(CaseWorker{.userId = account.id,
                                         .name = nameOf(account),
                                         .role = account.role,
                                         .openCases = openCases.value(account.id)});
    }
    std::sort(
        result.workers.begin(), result.workers.end(), [](const CaseWorker &a, const CaseWorker &b) {
            const int byName = QString::localeAwareCompare(a.name, b.name);
            return byName != 0 ? byName < 0 : a.userId < b.userId;
        });
    return result;
}

} // namespace sr::services
