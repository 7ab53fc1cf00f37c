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

HandoverBatchRepository::HandoverBatchRepository(Database &db, AuditPolicy audit)
    : RecordRepository(db, domain::handoverBatchRecord(), audit)
{}

Result<QList<HandoverBatch>> HandoverBatchRepository::list(
    const QDate &from, const QDate &to, ArchiveFilter filter, int limit, int offset) const
{
    RowFilter rows = inRange(from, to, filter);
    rows.orderBy = QStringLiteral("batch_date DESC, id DESC");
    rows.limit = limit;
    rows.offset = offset;
    return table().list(rows);
}

Result<qint64>
HandoverBatchRepository::count(const QDate &from, const QDate &to, ArchiveFilter filter) const
{
    return table().count(inRange(from, to, filter));
}

} // namespace sr::storage
