#pragma once

#include "ServiceResult.h"
#include "domain/Actor.h"
#include "domain/CaseWork.h"
#include "domain/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::services {

/** What an assignment did: the history row written and the open tasks that moved with it. */
struct AssignmentOutcome
{
    /** False when the worker was already responsible: nothing was written. */
    bool changed = false;
    domain::CaseAssignment assignment; ///< the history row (meta.id 0 when nothing changed)
    int tasksMoved = 0;
};

/** One row of a case's assignment history, with the workers' names. */
struct AssignmentEntry
{
    domain::CaseAssignment assignment;
    QString workerName;   ///< display name (else user name) of the new worker; "" = unassigned
    QString previousName; ///< the same for the worker before
    QString byName;       ///< the same for who made the change (its user name when unknown)
};

/** A worker who can be made responsible for cases, with the open cases they have. */
struct CaseWorker
{
    qint64 userId = 0;
    QString name; ///< display name, else the user name
    domain::Role role = domain::Role::SocialWorker;
    qint64 openCases = 0;
};

/** Open cases per worker (active accounts that are not viewers, by name) and unassigned. */
struct Caseloads
{
    QList<CaseWorker> workers;
    qint64 unassigned = 0;
};

/**
 * The worker responsible for a case and its changes (docs/case-work.md). assign() needs
 * Permission::AssignCases; the reads need Permission::ViewCases (the history also the case's
 * record-level access).
 */
class AssignmentService
{
public:
    explicit AssignmentService(storage::Database &db);

    /**
     * Makes @a userId (none = nobody) responsible for the case of @a personId, with @a reason
     * (required: field "reason"). The worker must be an active account that is not a viewer
     * (field "user_id", ValidationCode::Inconsistent). In one transaction: the history row
     * and its audit row (with the reason), the person's responsible worker, and the case's open
     * tasks assigned to the previous worker move to the new one (each audited). Assigning the
     * worker already responsible writes nothing.
     */
    ServiceResult<AssignmentOutcome> assign(const domain::Actor &actor,
                                            qint64 personId,
                                            std::optional<qint64> userId,
                                            const QString &reason);

    /** The worker responsible for the case now (none = unassigned), with their name. */
    Result<std::optional<CaseWorker>> responsibleOf(const domain::Actor &actor,
                                                    qint64 personId) const;

    /** The assignments of a case, oldest first. */
    Result<QList<AssignmentEntry>> history(const domain::Actor &actor, qint64 personId) const;

    /** Every worker who may be made responsible, with their open cases, and the unassigned. */
    Result<Caseloads> caseloads(const domain::Actor &actor) const;

private:
    storage::Database &m_db;
};

} // namespace sr::services
