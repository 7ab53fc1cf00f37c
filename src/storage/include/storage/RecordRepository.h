#pragma once

#include "ArchiveFilter.h"
#include "AuditPolicy.h"
#include "domain/Actor.h"
#include "domain/Result.h"

#include <QList>
#include <QString>

#include <memory>

namespace sr::domain {
template<typename R>
class RecordType;
} // namespace sr::domain

namespace sr::storage {

class Database;
template<typename R>
class RecordTable;

/**
 * The public face of the generic repository (RecordTable.h) for one record type: get, insert,
 * update and archive, with the optimistic lock and audit rows of RecordStore. A per-type
 * repository derives from it and adds only its listings. Instantiated in RecordRepository.cpp
 * for the record types that have no repository logic of their own.
 */
template<typename R>
class RecordRepository
{
public:
    RecordRepository(Database &db, const domain::RecordType<R> &type, AuditPolicy audit);
    ~RecordRepository();

    Result<R> get(qint64 id) const;
    Result<R> insert(const R &record, const domain::Actor &actor);
    /**
     * A bulk insert (services/CaseWriter.h, WriteMode::Append): a record the caller has proved
     * new in its open transaction, without insert()'s look-up of its uuid.
     */
    Result<R> append(const R &record, const domain::Actor &actor);
    Result<R> update(const R &record, const domain::Actor &actor);
    Result<void>
    archive(qint64 id, int expectedVersion, const QString &reason, const domain::Actor &actor);

protected:
    RecordTable<R> &table() const { return *m_table; }

private:
    std::unique_ptr<RecordTable<R>> m_table;
};

/**
 * The records kept per reception (supports, follow-ups): a RecordRepository that also lists
 * the records of one reception by their date.
 */
template<typename R>
class ReceptionRecordRepository : public RecordRepository<R>
{
public:
    explicit ReceptionRecordRepository(Database &db, AuditPolicy audit = AuditPolicy::PerRecord);

    /** The records of a reception, by date. */
    Result<QList<R>> listForReception(qint64 receptionId,
                                      ArchiveFilter filter = ArchiveFilter::ActiveOnly) const;
};

} // namespace sr::storage
