#include "ApprovalService.h"

#include "CaseAccess.h"
#include "CaseWriter.h"
#include "CommitResult.h"
#include "Permissions.h"
#include "domain/Clock.h"
#include "domain/Validation.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/PlanGoalRepository.h"
#include "storage/ReceptionRepository.h"
#include "storage/UserRepository.h"

#include <QHash>

#include <spdlog/spdlog.h>

namespace sr::services {

namespace {

constexpr qsizetype MaxCommentLength = 10000;

domain::FieldErrors fieldError(const char *field, domain::ValidationCode code)
{
    return {domain::FieldError{QString::fromLatin1(field), code}};
}

/** A comment or note: free, but not longer than notes elsewhere. */
domain::FieldErrors checkComment(const char *field, const QString &text)
{
    return text.size() > MaxCommentLength ? fieldError(field, domain::ValidationCode::TooLong)
                                          : domain::FieldErrors{};
}

/**
 * Refuses a manager's decision on their own request (administrators excepted: a small
 * organisation may have one manager who is also the administrator), and audits the refusal
 * like require() does.
 */
Result<void> refuseOwnRequest(storage::Database &db, const domain::Actor &actor)
{
    spdlog::warn("approvals: decision on own request refused (user id {})", actor.userId);
    storage::AuditLog log(db);
    if (auto appended =
            log.append(actor,
                       QStringLiteral("denied"),
                       QStringLiteral("approval"),
                       0,
                       {{QStringLiteral("permission"), permissionName(Permission::ApproveCaseWork)},
                        {QStringLiteral("reason"), QStringLiteral("own_request")}});
        !appended)
        spdlog::warn("approvals: the refusal could not be audited");
    return makeError(ErrorCode::PermissionDenied, QStringLiteral("approval: own request"));
}

} // namespace

ApprovalService::ApprovalService(storage::Database &db)
    : m_db(db)
{}

ServiceResult<domain::Approval>
ApprovalService::requestClosure(const domain::Actor &actor,
                                qint64 receptionId,
                                std::optional<domain::CaseOutcome> outcome,
                                const QDate &closedDate,
                                const QString &note)
{
    domain::Approval approval;
    approval.receptionId = receptionId;
    approval.kind = domain::ApprovalKind::Closure;
    approval.proposedOutcome = outcome;
    approval.proposedClosedDate = closedDate;
    approval.requestNote = note.trimmed();
    return request(actor, std::move(approval));
}

ServiceResult<domain::Approval> ApprovalService::requestPlanApproval(const domain::Actor &actor,
                                                                     qint64 receptionId,
                                                                     const QString &note)
{
    domain::Approval approval;
    approval.receptionId = receptionId;
    approval.kind = domain::ApprovalKind::Plan;
    approval.requestNote = note.trimmed();
    return request(actor, std::move(approval));
}

ServiceResult<domain::Approval> ApprovalService::request(const domain::Actor &actor,
                                                         domain::Approval approval)
{
    using R = ServiceResult<domain::Approval>;
    if (auto r = require(m_db, actor, Permission::EditCases); !r)
        return R(r.error());
    // The request names its requester (the decider may not be them): an account is needed.
    if (actor.userId <= 0)
        return R(makeError(ErrorCode::PermissionDenied, QStringLiteral("approval: no account")));
    if (const domain::FieldErrors errors = checkComment("request_note", approval.requestNote);
        !errors.isEmpty())
        return R::invalid(errors);

    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return R(transaction.error());
    Result<domain::Reception> reception =
        storage::ReceptionRepository(m_db).get(approval.receptionId);
    if (!reception)
        return R(reception.error());
    if (reception->meta.archived)
        return R(makeError(ErrorCode::NotFound, QStringLiteral("approval: reception archived")));
    if (reception->caseStatus != domain::CaseStatus::Open)
        return R::invalid(fieldError("case_status", domain::ValidationCode::Inconsistent));

    if (approval.kind == domain::ApprovalKind::Closure) {
        // The closure asked for is checked as the reception would be once closed, so that its
        // approval can write it (the same rules as the case editor's).
        Result<domain::Person> person = storage::PersonRepository(m_db).get(reception->personId);
        if (!person)
            return R(person.error());
        domain::Reception closed = *reception;
        closed.caseStatus = domain::CaseStatus::Closed;
        closed.outcome = approval.proposedOutcome;
        closed.closedDate = approval.proposedClosedDate;
        domain::FieldErrors errors;
        for (const domain::FieldError &error :
             domain::validateReception(closed, *person, domain::Clock::instance().today())) {
            if (error.field == QLatin1String("outcome")
                || error.field == QLatin1String("closed_date"))
                errors.append(error);
        }
        if (!errors.isEmpty())
            return R::invalid(errors);
    } else {
        Result<QList<domain::PlanGoal>> goals =
            storage::PlanGoalRepository(m_db).listForReception(approval.receptionId);
        if (!goals)
            return R(goals.error());
        if (goals->isEmpty())
            return R::invalid(fieldError("plan_goal", domain::ValidationCode::Required));
    }

    // Checked in the writing transaction: two workers requesting at once cannot both pass.
    storage::ApprovalRepository approvals(m_db);
    Result<QList<domain::Approval>> existing = approvals.listForReception(approval.receptionId);
    if (!existing)
        return R(existing.error());
    for (const domain::Approval &other : *existing) {
        if (other.kind == approval.kind && other.status == domain::ApprovalStatus::Requested)
            return R(makeError(ErrorCode::Duplicate, QStringLiteral("approval: one is pending")));
    }
    approval.status = domain::ApprovalStatus::Requested;
    approval.requestedByUserId = actor.userId;
    Result<domain::Approval> written = approvals.insert(approval, actor);
    return commitResult(transaction, std::move(written), "approval.request");
}

ServiceResult<domain::Approval>
ApprovalService::approve(const domain::Actor &actor, qint64 approvalId, const QString &comment)
{
    return decide(actor, approvalId, domain::ApprovalStatus::Approved, comment);
}

ServiceResult<domain::Approval> ApprovalService::returnToWorker(const domain::Actor &actor,
                                                                qint64 approvalId,
                                                                const QString &comment)
{
    return decide(actor, approvalId, domain::ApprovalStatus::Returned, comment);
}

ServiceResult<domain::Approval> ApprovalService::withdraw(const domain::Actor &actor,
                                                          qint64 approvalId)
{
    return decide(actor, approvalId, domain::ApprovalStatus::Withdrawn, QString());
}

ServiceResult<domain::Approval> ApprovalService::decide(const domain::Actor &actor,
                                                        qint64 approvalId,
                                                        domain::ApprovalStatus status,
                                                        const QString &comment)
{
    using R = ServiceResult<domain::Approval>;
    const bool withdrawing = status == domain::ApprovalStatus::Withdrawn;
    if (auto r =
            require(m_db, actor, withdrawing ? Permission::EditCases : Permission::ApproveCaseWork);
        !r)
        return R(r.error());
    const QString trimmed = comment.trimmed();
    if (status == domain::ApprovalStatus::Returned && trimmed.isEmpty())
        return R::invalid(fieldError("decision_comment", domain::ValidationCode::Required));
    if (const domain::FieldErrors errors = checkComment("decision_comment", trimmed);
        !errors.isEmpty())
        return R::invalid(errors);

    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return R(transaction.error());
    storage::ApprovalRepository approvals(m_db);
    Result<domain::Approval> stored = approvals.get(approvalId);
    if (!stored)
        return R(stored.error());
    domain::Approval approval = std::move(stored).value();
    const bool own = approval.requestedByUserId == actor.userId;
    if (withdrawing && !own)
        return R(makeError(ErrorCode::PermissionDenied, QStringLiteral("approval: not yours")));
    if (!withdrawing && own && actor.role != domain::Role::Administrator) {
        // Audited in this transaction; the refusal's row must be committed on its own.
        Result<void> refused = refuseOwnRequest(m_db, actor);
        if (auto committed = commitLogged(transaction, "approval.denied"); !committed)
            return R(committed.error());
        return R(refused.error());
    }
    if (approval.status != domain::ApprovalStatus::Requested)
        return R(makeError(ErrorCode::Conflict, QStringLiteral("approval: not pending")));

    if (status == domain::ApprovalStatus::Approved
        && approval.kind == domain::ApprovalKind::Closure) {
        // The closure goes through the one write path of case records, in this transaction,
        // so whatever follows a closing (audit, summaries, rule tasks) follows this one too.
        Result<domain::Reception> reception =
            storage::ReceptionRepository(m_db).get(approval.receptionId);
        if (!reception)
            return R(reception.error());
        if (reception->caseStatus != domain::CaseStatus::Open)
            return R::invalid(fieldError("case_status", domain::ValidationCode::Inconsistent));
        Result<domain::Person> person = storage::PersonRepository(m_db).get(reception->personId);
        if (!person)
            return R(person.error());
        domain::Reception closed = std::move(reception).value();
        closed.caseStatus = domain::CaseStatus::Closed;
        closed.outcome = approval.proposedOutcome;
        closed.closedDate = approval.proposedClosedDate;
        CaseGroup group;
        group.person = std::move(person).value();
        group.changedUuids = {closed.meta.uuid};
        group.receptions.append(ReceptionGroup{std::move(closed), {}, {}});
        CaseCheck check =
            validateCase(std::move(group), domain::Clock::instance().today(), ErrorPaths::Record);
        if (!check.valid)
            return R::invalid(check.errors);
        if (Result<CaseGroup> written = CaseWriter(m_db, actor).write(*check.valid); !written)
            return R(written.error());
    }

    approval.status = status;
    approval.decisionComment = trimmed;
    if (!withdrawing) {
        approval.decidedByUserId =
            actor.userId > 0 ? std::optional<qint64>(actor.userId) : std::nullopt;
        approval.decidedDate = domain::Clock::instance().todayInVietnam();
    }
    Result<domain::Approval> written = approvals.update(approval, actor);
    return commitResult(transaction, std::move(written), "approval.decide");
}

Result<QList<ApprovalEntry>> ApprovalService::history(const domain::Actor &actor,
                                                      qint64 receptionId) const
{
    if (auto r = require(m_db, actor, Permission::ViewCases); !r)
        return r.error();
    Result<QList<domain::Approval>> approvals =
        storage::ApprovalRepository(m_db).listForReception(receptionId);
    if (!approvals)
        return approvals.error();
    storage::UserRepository users(m_db);
    QHash<qint64, QString> names;
    auto nameOf = [&](std::optional<qint64> id) -> Result<QString> {
        if (!id)
            return QString();
        if (const auto known = names.constFind(*id); known != names.cend())
            return *known;
        Result<std::optional<domain::UserAccount>> account = users.findById(*id);
        if (!account)
            return account.error();
        QString name;
        if (*account)
            name =
                (*account)->displayName.isEmpty() ? (*account)->userName : (*account)->displayName;
        names.insert(*id, name);
        return name;
    };
    QList<ApprovalEntry> entries;
    for (const domain::Approval &approval : *approvals) {
        ApprovalEntry entry{approval, {}, {}};
        Result<QString> requester = nameOf(approval.requestedByUserId);
        if (!requester)
            return requester.error();
        entry.requestedBy = *requester;
        Result<QString> decider = nameOf(approval.decidedByUserId);
        if (!decider)
            return decider.error();
        entry.decidedBy = *decider;
        entries.append(std::move(entry));
    }
    return entries;
}

Result<QList<ApprovalEntry>> ApprovalService::historyForPerson(const domain::Actor &actor,
                                                               qint64 personId) const
{
    if (auto r = require(m_db, actor, Permission::ViewCases); !r)
        return r.error();
    if (auto r = CaseAccess::requireCase(m_db, actor, personId); !r)
        return r.error();
    Result<QList<domain::Reception>> receptions =
        storage::ReceptionRepository(m_db).listForPerson(personId);
    if (!receptions)
        return receptions.error();
    QList<ApprovalEntry> entries;
    for (const domain::Reception &reception : *receptions) {
        Result<QList<ApprovalEntry>> some = history(actor, reception.meta.id);
        if (!some)
            return some.error();
        entries.append(*some);
    }
    return entries;
}

} // namespace sr::services
