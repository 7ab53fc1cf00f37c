#pragma once

#include "ServiceResult.h"
#include "domain/Actor.h"
#include "domain/CaseWork.h"

#include <QDate>
#include <QList>
#include <QString>

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::services {

/** One approval of a case's history, with the names the Plan tab shows. */
struct ApprovalEntry
{
    domain::Approval approval;
    QString requestedBy; ///< display name of the requester (their user name when it has none)
    QString decidedBy;   ///< display name of the decider; empty while pending or withdrawn
};

/**
 * Managers' approvals of closing a reception and of its support plan (docs/case-work.md).
 *
 * A worker requests (Permission::EditCases, as an account: the request names its requester);
 * a manager approves or returns it with a comment (Permission::ApproveCaseWork, never on their
 * own request unless administrator — a refusal is audited); the requester may withdraw a
 * pending request. At most one request per reception and kind is pending, checked inside the
 * writing transaction. One transaction per action, one audit row per record written.
 *
 * Approving a closure closes the reception in the same transaction through the one write path
 * of case records (CaseWriter, WriteMode::Save), with the outcome and closing date asked for.
 * Whether approvals are required is the organisation's setting
 * (ReferenceService::caseWorkSettings()); requests work either way.
 *
 * Errors: PermissionDenied; Duplicate when a request of the kind is pending; Conflict when the
 * approval is no longer pending; InvalidInput with field errors (outcome, closed_date,
 * case_status Inconsistent when the reception is not open, plan_goal Required for a plan
 * without goals, decision_comment Required when returning).
 */
class ApprovalService
{
public:
    explicit ApprovalService(storage::Database &db);

    ServiceResult<domain::Approval> requestClosure(const domain::Actor &actor,
                                                   qint64 receptionId,
                                                   std::optional<domain::CaseOutcome> outcome,
                                                   const QDate &closedDate,
                                                   const QString &note);
    ServiceResult<domain::Approval>
    requestPlanApproval(const domain::Actor &actor, qint64 receptionId, const QString &note);

    ServiceResult<domain::Approval>
    approve(const domain::Actor &actor, qint64 approvalId, const QString &comment);
    /** Returns the request to the worker; the comment (what to change) is required. */
    ServiceResult<domain::Approval>
    returnToWorker(const domain::Actor &actor, qint64 approvalId, const QString &comment);
    /** The requester takes back their pending request. */
    ServiceResult<domain::Approval> withdraw(const domain::Actor &actor, qint64 approvalId);

    /** The approvals of a reception, oldest first (Permission::ViewCases). */
    Result<QList<ApprovalEntry>> history(const domain::Actor &actor, qint64 receptionId) const;
    /** The approvals of every active reception of a person, oldest first. */
    Result<QList<ApprovalEntry>> historyForPerson(const domain::Actor &actor,
                                                  qint64 personId) const;

private:
    ServiceResult<domain::Approval> request(const domain::Actor &actor, domain::Approval approval);
    ServiceResult<domain::Approval> decide(const domain::Actor &actor,
                                           qint64 approvalId,
                                           domain::ApprovalStatus status,
                                           const QString &comment);

    storage::Database &m_db;
};

} // namespace sr::services
