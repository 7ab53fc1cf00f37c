#include "HandoverBatchRepository.h"

#include "RecordTable.h"
#include "domain/RecordTypes.h"

namespace sr::storage {

using domain::HandoverBatch;

namespace {

/** Batches dated within [from, to] (null dates = open ends). */
RowFilter inRange(const QDate &from, const QDate &to, ArchiveFilter archive)
{
    RowFilter filter;
    if (from.isValid()) {
        filter.conditions << QStringLiteral("batch_date >= ?");
        filter.values << sql::isoDate(from);
    }
    if (to.isValid()) {
        filter.conditions << QStringLiteral("batch_date <= ?");
        filter.values << sql::isoDate(to);
    }
    filter.archive = archive;
    return filter;
}

} // namespace

struct HandoverBatchRepository::Private
{
    Private(Database &db, AuditPolicy audit)
        : table(db, domain::handoverBatchRecord(), audit)
    {}

    RecordTable<HandoverBatch> table;
};

HandoverBatchRepository::HandoverBatchRepository(Database &db, AuditPolicy audit)
    : d(std::make_unique<Private>(db, audit))
{}

HandoverBatchRepository::~HandoverBatchRepository() = default;

Result<HandoverBatch> HandoverBatchRepository::get(qint64 id) const
{
    return d->table.get(id);
}

Result<QList<HandoverBatch>> HandoverBatchRepository::list(
    const QDate &from, const QDate &to, ArchiveFilter filter, int limit, int offset) const
{
    RowFilter rows = inRange(from, to, filter);
    rows.orderBy = QStringLiteral("batch_date DESC, id DESC");
    rows.limit = limit;
    rows.offset = offset;
    return d->table.list(rows);
}

Result<qint64>
HandoverBatchRepository::count(const QDate &from, const QDate &to, ArchiveFilter filter) const
{
    return d->table.count(inRange(from, to, filter));
}

Result<HandoverBatch> HandoverBatchRepository::insert(const HandoverBatch &batch,
                                                      const domain::Actor &actor)
{
    return d->table.insert(batch, actor);
}

Result<HandoverBatch> HandoverBatchRepository::update(const HandoverBatch &batch,
                                                      const domain::Actor &actor)
{
    return d->table.update(batch, actor);
}

Result<void> HandoverBatchRepository::archive(qint64 id,
                                              int expectedVersion,
                                              const QString &reason,
                                              const domain::Actor &actor)
{
    return d->table.archive(id, expectedVersion, reason, actor);
}

} // namespace sr::storage
