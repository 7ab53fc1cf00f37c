#pragma once

#include "RecordRepository.h"
#include "domain/HandoverBatch.h"

#include <QDate>

namespace sr::storage {

/** Stores border handover batches (the Border Guard's handover register). */
class HandoverBatchRepository : public RecordRepository<domain::HandoverBatch>
{
public:
    explicit HandoverBatchRepository(Database &db, AuditPolicy audit = AuditPolicy::PerRecord);

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
};

} // namespace sr::storage
