#pragma once

#include "ArchiveFilter.h"
#include "AuditPolicy.h"
#include "domain/Actor.h"
#include "domain/HandoverBatch.h"
#include "domain/Result.h"

#include <QDate>
#include <QList>

#include <memory>

namespace sr::storage {

class Database;

/** Stores border handover batches (the Border Guard's handover register). */
class HandoverBatchRepository
{
public:
    explicit HandoverBatchRepository(Database &db, AuditPolicy audit = AuditPolicy::PerRecord);
    ~HandoverBatchRepository();

    Result<domain::HandoverBatch> get(qint64 id) const;
    /**
     * Batches dated within [from, to] (null dates = open ends), newest first; at most
     * @a limit of them (negative = all) after skipping @a offset.
     */
    Result<QList<domain::HandoverBatch>> list(const QDate &from = {},
                                              const QDate &to = {},
                                              ArchiveFilter filter = ArchiveFilter::ActiveOnly,
                                              int limit = -1,
                                              int offset = 0) const;
    /** How many batches list() would return without a limit. */
    Result<qint64> count(const QDate &from = {},
                         const QDate &to = {},
                         ArchiveFilter filter = ArchiveFilter::ActiveOnly) const;

    Result<domain::HandoverBatch> insert(const domain::HandoverBatch &batch,
                                         const domain::Actor &actor);
    Result<domain::HandoverBatch> update(const domain::HandoverBatch &batch,
                                         const domain::Actor &actor);
    Result<void>
    archive(qint64 id, int expectedVersion, const QString &reason, const domain::Actor &actor);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sr::storage
