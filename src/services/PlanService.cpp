#include "PlanService.h"

#include "CaseAccess.h"
#include "CommitResult.h"
#include "Permissions.h"
#include "ReferenceService.h"
#include "TaskRules.h"
#include "domain/Validation.h"
#include "storage/Database.h"
#include "storage/PlanGoalRepository.h"
#include "storage/ReceptionRepository.h"

namespace sr::services {

PlanService::PlanService(storage::Database &db)
    : m_db(db)
{}

Result<QList<domain::PlanGoal>>
PlanService::goals(const domain::Actor &actor, qint64 receptionId, bool withArchived) const
{
    if (auto r = require(m_db, actor, Permission::ViewCases); !r)
        return r.error();
    // The plan is part of the case: record-level access applies (docs/case-work.md).
    Result<domain::Reception> reception = storage::ReceptionRepository(m_db).get(receptionId);
    if (!reception)
        return reception.error();
    if (auto r = CaseAccess::requireCase(m_db, actor, reception->personId); !r)
        return r.error();
    return storage::PlanGoalRepository(m_db).listForReception(
        receptionId,
        withArchived ? storage::ArchiveFilter::IncludeArchived
                     : storage::ArchiveFilter::ActiveOnly);
}

Result<PlanView> PlanService::plan(const domain::Actor &actor, qint64 receptionId) const
{
    Result<QList<domain::PlanGoal>> all = goals(actor, receptionId, true);
    if (!all)
        return all.error();
    Result<QList<domain::Approval>> approvals = storage::ApprovalRepository(m_db).listForReception(
        receptionId, storage::ArchiveFilter::ActiveOnly);
    if (!approvals)
        return approvals.error();
    Result<domain::CaseWorkSettings> settings = ReferenceService(m_db).caseWorkSettings();
    if (!settings)
        return settings.error();
    PlanView view;
    view.state = stateOf(*all, *approvals);
    view.approvalsRequired = settings->approvalsRequired;
    for (const domain::PlanGoal &goal : *all) {
        if (!goal.meta.archived)
            view.goals.append(goal);
    }
    return view;
}

ServiceResult<domain::PlanGoal> PlanService::saveGoal(const domain::Actor &actor,
                                                      const domain::PlanGoal &goal)
{
    if (auto r = require(m_db, actor, Permission::EditCases); !r)
        return ServiceResult<domain::PlanGoal>(r.error());
    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return ServiceResult<domain::PlanGoal>(transaction.error());
    // The reception is read inside the write transaction: its date bounds the target date.
    Result<domain::Reception> reception = storage::ReceptionRepository(m_db).get(goal.receptionId);
    if (!reception)
        return ServiceResult<domain::PlanGoal>(reception.error());
    if (const domain::FieldErrors errors = domain::validatePlanGoal(goal, *reception);
        !errors.isEmpty())
        return ServiceResult<domain::PlanGoal>::invalid(errors);
    domain::PlanGoal clean = goal;
    clean.goal = clean.goal.trimmed();
    clean.actions = clean.actions.trimmed();
    clean.reviewNotes = clean.reviewNotes.trimmed();
    storage::PlanGoalRepository repository(m_db);
    Result<domain::PlanGoal> written =
        clean.meta.isStored() ? repository.update(clean, actor) : repository.insert(clean, actor);
    // A goal with a target date makes its rule task, and an achieved or dropped one completes
    // it, in the same transaction (docs/case-work.md).
    if (written) {
        if (Result<void> tasks = syncRuleTasks(m_db, actor, reception->personId); !tasks)
            return ServiceResult<domain::PlanGoal>(tasks.error());
    }
    return commitResult(transaction, std::move(written), "plan.saveGoal");
}

Result<void> PlanService::archiveGoal(const domain::Actor &actor,
                                      qint64 id,
                                      int expectedVersion,
                                      const QString &reason)
{
    if (auto r = require(m_db, actor, Permission::EditCases); !r)
        return r.error();
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("plan.archiveGoal: no reason"));
    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    // The goal and its reception are read in the transaction: whatever follows a goal's write
    // on the case (its person) is written with it.
    storage::PlanGoalRepository repository(m_db);
    Result<domain::PlanGoal> goal = repository.get(id);
    if (!goal)
        return goal.error();
    Result<domain::Reception> reception = storage::ReceptionRepository(m_db).get(goal->receptionId);
    if (!reception)
        return reception.error();
    if (Result<void> archived = repository.archive(id, expectedVersion, reason.trimmed(), actor);
        !archived)
        return archived;
    // An archived goal's open task is cancelled with it.
    if (Result<void> tasks = syncRuleTasks(m_db, actor, reception->personId); !tasks)
        return tasks;
    return commitLogged(transaction, "plan.archiveGoal");
}

PlanState PlanService::stateOf(const QList<domain::PlanGoal> &goals,
                               const QList<domain::Approval> &approvals)
{
    bool anyActive = false;
    for (const domain::PlanGoal &goal : goals)
        anyActive = anyActive || !goal.meta.archived;
    if (!anyActive)
        return PlanState::None;
    // The latest plan request that still counts: a withdrawn one is as if never made.
    const domain::Approval *latest = nullptr;
    for (const domain::Approval &approval : approvals) {
        if (approval.kind != domain::ApprovalKind::Plan
            || approval.status == domain::ApprovalStatus::Withdrawn)
            continue;
        if (!latest || approval.meta.id > latest->meta.id)
            latest = &approval;
    }
    if (!latest)
        return PlanState::Draft;
    switch (latest->status) {
    case domain::ApprovalStatus::Requested:
        return PlanState::Submitted;
    case domain::ApprovalStatus::Returned:
        return PlanState::Returned;
    case domain::ApprovalStatus::Withdrawn:
        return PlanState::Draft;
    case domain::ApprovalStatus::Approved:
        break;
    }
    // The decision is the approval row's last write; a goal written after it (added, changed
    // or archived) is not part of what the manager approved.
    for (const domain::PlanGoal &goal : goals) {
        if (goal.meta.updatedAt > latest->meta.updatedAt)
            return PlanState::ChangedSinceApproval;
    }
    return PlanState::Approved;
}

} // namespace sr::services
