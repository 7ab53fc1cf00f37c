#pragma once

#include "RecordRepository.h"
#include "domain/CaseWork.h"

#include <optional>

namespace sr::storage {

/** The open cases of one worker (none = the unassigned ones). */
struct Caseload
{
    std::optional<qint64> userId;
    qint64 openCases = 0;
};

/**
 * The responsible worker of a case: the person's responsible_user_id (written on insert by the
 * person's own write, then only here) and its history, one CaseAssignment per change
 * (docs/case-work.md).
 */
class CaseAssignmentRepository : public RecordRepository<domain::CaseAssignment>
{
public:
    explicit CaseAssignmentRepository(Database &db, AuditPolicy audit = AuditPolicy::PerRecord);

    /** The worker now responsible for the person (none = unassigned); NotFound without one. */
    Result<std::optional<qint64>> responsibleOf(qint64 personId) const;

    /**
     * Makes @a userId (none = unassigned) responsible for the person and records the change
     * with @a reason and the previous worker; audited. Call inside a Transaction.
     */
    Result<domain::CaseAssignment> assign(qint64 personId,
                                          std::optional<qint64> userId,
                                          const QString &reason,
                                          const domain::Actor &actor);

    /** The assignments of a case, oldest first. */
    Result<QList<domain::CaseAssignment>> listForPerson(qint64 personId) const;

    /**
     * Open cases (latest reception open, person not archived) per responsible worker, the
     * unassigned ones as a row without a user; workers without open cases have no row.
     */
    Result<QList<Caseload>> caseloads() const;
};

} // namespace sr::storage
