#include "HotlineRepository.h"

#include "RecordTable.h"
#include "SqlSupport.h"
#include "domain/RecordTypes.h"

namespace sr::storage {

using domain::HotlineCall;

namespace {

RowFilter rowsOf(const CallFilter &filter)
{
    RowFilter rows;
    if (filter.from.isValid()) {
        rows.conditions << QStringLiteral("call_date >= ?");
        rows.values << sql::isoDate(filter.from);
    }
    if (filter.to.isValid()) {
        rows.conditions << QStringLiteral("call_date <= ?");
        rows.values << sql::isoDate(filter.to);
    }
    if (filter.reason) {
        rows.conditions << QStringLiteral("reason = ?");
        rows.values << domain::toCode(*filter.reason);
    }
    if (filter.action) {
        // actions is a comma-separated list of codes (RecordType.h, codeList): one code is
        // matched whole, with its commas, so "referred_police" never matches a longer code.
        rows.conditions << QStringLiteral("(',' || actions || ',') LIKE ?");
        rows.values << QStringLiteral("%,") + domain::toCode(*filter.action) + QStringLiteral(",%");
    }
    rows.archive = filter.archive;
    return rows;
}

} // namespace

HotlineRepository::HotlineRepository(Database &db, AuditPolicy audit)
    : RecordRepository(db, domain::hotlineCallRecord(), audit)
{}

Result<QList<HotlineCall>>
HotlineRepository::list(const CallFilter &filter, int limit, int offset) const
{
    RowFilter rows = rowsOf(filter);
    rows.orderBy = QStringLiteral("call_date DESC, call_time DESC, id DESC");
    rows.limit = limit;
    rows.offset = offset;
    return table().list(rows);
}

Result<qint64> HotlineRepository::count(const CallFilter &filter) const
{
    return table().count(rowsOf(filter));
}

Result<QList<HotlineCall>> HotlineRepository::listForPerson(qint64 personId) const
{
    return table().list(RowFilter{.conditions = {QStringLiteral("person_id = ?")},
                                  .values = {personId},
                                  .archive = ArchiveFilter::ActiveOnly,
                                  .orderBy = QStringLiteral("call_date, call_time, id")});
}

Result<HotlineCall> HotlineRepository::getByUuid(const QString &uuid) const
{
    return table().getBy(QStringLiteral("uuid"), uuid);
}

} // namespace sr::storage
