#pragma once

#include "ArchiveFilter.h"
#include "AuditPolicy.h"
#include "domain/Actor.h"
#include "domain/FollowUp.h"
#include "domain/Result.h"

#include <QList>

#include <memory>

namespace sr::storage {

class Database;

/** Stores follow-up contacts of receptions. */
class FollowUpRepository
{
public:
    explicit FollowUpRepository(Database &db, AuditPolicy audit = AuditPolicy::PerRecord);
    ~FollowUpRepository();

    Result<domain::FollowUp> get(qint64 id) const;
    /** Follow-ups of a reception, by date. */
    Result<QList<domain::FollowUp>>
    listForReception(qint64 receptionId, ArchiveFilter filter = ArchiveFilter::ActiveOnly) const;

    Result<domain::FollowUp> insert(const domain::FollowUp &followUp, const domain::Actor &actor);
    Result<domain::FollowUp> update(const domain::FollowUp &followUp, const domain::Actor &actor);
    Result<void>
    archive(qint64 id, int expectedVersion, const QString &reason, const domain::Actor &actor);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sr::storage
