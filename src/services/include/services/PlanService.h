#pragma once

#include "ServiceResult.h"
#include "domain/Actor.h"
#include "domain/CaseWork.h"

#include <QList>

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::services {

/**
 * Where the support plan of a reception stands (docs/case-work.md), computed from its goals and
 * its plan approvals, never stored.
 */
enum class PlanState {
    None,                 ///< no active goal
    Draft,                ///< goals, never submitted (or the last request was withdrawn)
    Submitted,            ///< a plan approval is pending
    Approved,             ///< approved, and no goal written since the decision
    Returned,             ///< the manager returned it with a comment
    ChangedSinceApproval, ///< approved, then a goal was added, changed or archived
};

/** The goals of one reception's plan and its state, as the case editor's Plan tab shows them. */
struct PlanView
{
    QList<domain::PlanGoal> goals; ///< active goals, in the order they were added
    PlanState state = PlanState::None;
    /** The organisation requires a manager's approval of plans and closures. */
    bool approvalsRequired = false;
};

/**
 * The support and reintegration plan of a reception (kế hoạch hỗ trợ, tái hòa nhập): its goals,
 * listed (Permission::ViewCases), saved and archived (Permission::EditCases), one transaction
 * per action and one audit row per record (storage/PlanGoalRepository.h). A goal with
 * meta.id == 0 is inserted, others updated against their version (ErrorCode::Conflict when
 * another save came first).
 */
class PlanService
{
public:
    explicit PlanService(storage::Database &db);

    /** The goals of @a receptionId (archived ones too when @a withArchived). */
    Result<QList<domain::PlanGoal>>
    goals(const domain::Actor &actor, qint64 receptionId, bool withArchived = false) const;

    /** The active goals, the plan's state and whether approvals are required. */
    Result<PlanView> plan(const domain::Actor &actor, qint64 receptionId) const;

    /**
     * Validates @a goal against its reception (read in the write transaction;
     * domain::validatePlanGoal) and inserts or updates it. Field errors leave nothing written.
     */
    ServiceResult<domain::PlanGoal> saveGoal(const domain::Actor &actor,
                                             const domain::PlanGoal &goal);

    /** Archives (never deletes) a goal with a reason (InvalidInput when blank). */
    Result<void>
    archiveGoal(const domain::Actor &actor, qint64 id, int expectedVersion, const QString &reason);

    /**
     * The state of a plan of @a goals (every goal, archived ones too: archiving one after an
     * approval changes the plan) and @a approvals (the reception's, any kind).
     */
    static PlanState stateOf(const QList<domain::PlanGoal> &goals,
                             const QList<domain::Approval> &approvals);

private:
    storage::Database &m_db;
};

} // namespace sr::services
