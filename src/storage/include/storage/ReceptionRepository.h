#pragma once

#include "ArchiveFilter.h"
#include "AuditPolicy.h"
#include "domain/Actor.h"
#include "domain/Person.h"
#include "domain/Reception.h"
#include "domain/Result.h"

#include <QList>

#include <memory>

namespace sr::storage {

class Database;

/**
 * Stores receptions. In the same transaction as each write it refreshes the derived
 * columns: the age and age band at reception (from the person's birth date or estimate)
 * and the person's latest-reception summary used by the case list.
 */
class ReceptionRepository
{
public:
    explicit ReceptionRepository(Database &db, AuditPolicy audit = AuditPolicy::PerRecord);
    ~ReceptionRepository();

    Result<domain::Reception> get(qint64 id) const;
    Result<domain::Reception> getByUuid(const QString &uuid) const;
    /**
     * The reception as the parent of supports and follow-ups: its id, uuid, person and date
     * only, the other members left at their defaults (what a child's checks and links need).
     */
    Result<domain::Reception> getParent(qint64 id) const;
    Result<domain::Reception> getParentByUuid(const QString &uuid) const;
    /** Receptions of a person, oldest first. */
    Result<QList<domain::Reception>>
    listForPerson(qint64 personId, ArchiveFilter filter = ArchiveFilter::ActiveOnly) const;
    Result<QList<domain::Reception>> listForBatch(qint64 batchId) const;

    Result<domain::Reception> insert(const domain::Reception &reception,
                                     const domain::Actor &actor);
    Result<domain::Reception> update(const domain::Reception &reception,
                                     const domain::Actor &actor);
    /**
     * A bulk insert (services/CaseWriter.h, WriteMode::Append): inserts a reception the
     * caller has proved new in its open transaction, without insert()'s look-ups; the age at
     * reception comes from @a person, the reception's person as stored. The person's
     * latest-reception summary waits for flushAppended(), which must run before the commit.
     */
    Result<domain::Reception> append(const domain::Reception &reception,
                                     const domain::Person &person,
                                     const domain::Actor &actor);
    /** Sets the latest-reception summary of every person an append() touched. */
    Result<void> flushAppended();
    Result<void>
    archive(qint64 id, int expectedVersion, const QString &reason, const domain::Actor &actor);

    /** Recomputes age at reception for every reception of @a personId (after a birth date change). */
    Result<void> refreshDerivedForPerson(qint64 personId);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sr::storage
