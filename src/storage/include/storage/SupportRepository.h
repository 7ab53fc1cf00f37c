#pragma once

#include "ArchiveFilter.h"
#include "AuditPolicy.h"
#include "domain/Actor.h"
#include "domain/Result.h"
#include "domain/Support.h"

#include <QList>

#include <memory>

namespace sr::storage {

class Database;

/** Stores the supports of receptions (the support ledger). */
class SupportRepository
{
public:
    explicit SupportRepository(Database &db, AuditPolicy audit = AuditPolicy::PerRecord);
    ~SupportRepository();

    Result<domain::Support> get(qint64 id) const;
    /** Supports of a reception, by date. */
    Result<QList<domain::Support>>
    listForReception(qint64 receptionId, ArchiveFilter filter = ArchiveFilter::ActiveOnly) const;

    Result<domain::Support> insert(const domain::Support &support, const domain::Actor &actor);
    /**
     * A bulk insert (services/CaseWriter.h, WriteMode::Append): a support the caller has
     * proved new in its open transaction, without insert()'s look-up of its uuid.
     */
    Result<domain::Support> append(const domain::Support &support, const domain::Actor &actor);
    Result<domain::Support> update(const domain::Support &support, const domain::Actor &actor);
    Result<void>
    archive(qint64 id, int expectedVersion, const QString &reason, const domain::Actor &actor);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sr::storage
