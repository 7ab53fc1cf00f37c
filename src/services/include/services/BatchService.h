#pragma once

#include "ServiceResult.h"
#include "domain/Actor.h"
#include "domain/ArchiveFilter.h"
#include "domain/HandoverBatch.h"
#include "domain/Reference.h"

#include <QDate>
#include <QList>
#include <QString>

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::services {

/** Which batches the register lists: dated within [from, to] (null dates = open ends). */
struct BatchQuery
{
    QDate from;
    QDate to;
    domain::ArchiveFilter archive = domain::ArchiveFilter::ActiveOnly;
};

/** A reception linked to a batch, as the register shows it. */
struct LinkedReception
{
    qint64 receptionId = 0;
    qint64 personId = 0;
    QString caseCode;
    QString fullName;
    QDate receptionDate;
};

/** The reference lists the batch editor offers (active entries). */
struct BatchChoices
{
    QList<domain::BorderGate> borderGates;
    QList<domain::Agency> agencies;
};

/**
 * The border handover register (docs/domain-guide.md): list, read, create, update and archive handover
 * batches. Reads need Permission::ViewCases, writes Permission::EditCases (refusals are audited
 * by require()). Each write validates first (domain::validateBatch, every field error, nothing
 * written when invalid), then runs in one transaction (BEGIN IMMEDIATE); the repository writes
 * the "create"/"update"/"archive" audit row in the same transaction. Batches are archived with
 * a reason, never deleted; a save of a batch changed meanwhile fails with ErrorCode::Conflict.
 */
class BatchService
{
public:
    explicit BatchService(storage::Database &db);

    /** How many batches @a query selects. */
    Result<qint64> count(const domain::Actor &actor, const BatchQuery &query) const;
    /** One page of the batches @a query selects, newest first. */
    Result<QList<domain::HandoverBatch>>
    list(const domain::Actor &actor, const BatchQuery &query, int offset, int limit) const;
    Result<domain::HandoverBatch> get(const domain::Actor &actor, qint64 id) const;

    /**
     * Stores a new batch (meta.id must be 0). A batch whose uuid is already stored is not
     * entered twice: the stored one is returned (a retried save whose answer was lost).
     */
    ServiceResult<domain::HandoverBatch> create(const domain::Actor &actor,
                                                const domain::HandoverBatch &batch);
    /** Updates a stored batch if its version is still batch.meta.version (else Conflict). */
    ServiceResult<domain::HandoverBatch> update(const domain::Actor &actor,
                                                const domain::HandoverBatch &batch);
    /** Archives a batch with a non-empty @a reason (optimistic lock); receptions keep the link. */
    Result<void>
    archive(const domain::Actor &actor, qint64 id, int expectedVersion, const QString &reason);

    /** Active receptions linked to batch @a batchId with their person, oldest first. */
    Result<QList<LinkedReception>> linkedReceptions(const domain::Actor &actor,
                                                    qint64 batchId) const;

    /** Border gates and agencies for the editor's choices. */
    Result<BatchChoices> choices(const domain::Actor &actor) const;

private:
    /** create() (@a stored false) and update(): permission, validation, one transaction. */
    ServiceResult<domain::HandoverBatch>
    write(const domain::Actor &actor, const domain::HandoverBatch &batch, bool stored);

    storage::Database &m_db;
};

} // namespace sr::services
