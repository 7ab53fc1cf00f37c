#include "storage/PreventionRepository.h"

#include "RecordTable.h"
#include "SqlSupport.h"
#include "domain/RecordTypes.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace sr::storage {

using domain::PreventionActivity;
using domain::PreventionClub;

namespace {

RowFilter activityRows(const ActivityFilter &filter)
{
    RowFilter rows;
    // An activity belongs to the days of its start, as in the period report
    // (PreventionReportQueries.cpp): an activity over a period is counted once.
    if (filter.from.isValid()) {
        rows.conditions << QStringLiteral("start_date >= ?");
        rows.values << sql::isoDate(filter.from);
    }
    if (filter.to.isValid()) {
        rows.conditions << QStringLiteral("start_date <= ?");
        rows.values << sql::isoDate(filter.to);
    }
    if (filter.kind) {
        rows.conditions << QStringLiteral("kind = ?");
        rows.values << domain::toCode(*filter.kind);
    }
    if (filter.clubId) {
        rows.conditions << QStringLiteral("club_id = ?");
        rows.values << *filter.clubId;
    }
    rows.archive = filter.archive;
    return rows;
}

} // namespace

PreventionActivityRepository::PreventionActivityRepository(Database &db, AuditPolicy audit)
    : RecordRepository(db, domain::preventionActivityRecord(), audit)
{}

Result<QList<PreventionActivity>>
PreventionActivityRepository::list(const ActivityFilter &filter, int limit, int offset) const
{
    RowFilter rows = activityRows(filter);
    rows.orderBy = QStringLiteral("start_date DESC, id DESC");
    rows.limit = limit;
    rows.offset = offset;
    return table().list(rows);
}

Result<qint64> PreventionActivityRepository::count(const ActivityFilter &filter) const
{
    return table().count(activityRows(filter));
}

Result<PreventionActivity> PreventionActivityRepository::getByUuid(const QString &uuid) const
{
    return table().getBy(QStringLiteral("uuid"), uuid);
}

PreventionClubRepository::PreventionClubRepository(Database &db, AuditPolicy audit)
    : RecordRepository(db, domain::preventionClubRecord(), audit)
{}

Result<QList<PreventionClub>> PreventionClubRepository::list(ArchiveFilter filter) const
{
    return table().list(RowFilter{.archive = filter, .orderBy = QStringLiteral("name, id")});
}

Result<PreventionClub> PreventionClubRepository::getByUuid(const QString &uuid) const
{
    return table().getBy(QStringLiteral("uuid"), uuid);
}

Result<bool> isPreventionCommune(Database &db, domain::AdminEra era, const QString &code)
{
    QSqlQuery q(db.connection());
    if (auto r =
            sql::prepare(q,
                         QStringLiteral("SELECT count(*) FROM commune WHERE era = ? AND code = ? "
                                        "AND province_code = ?"),
                         "prevention.commune");
        !r)
        return r.error();
    q.addBindValue(domain::toCode(era));
    q.addBindValue(code);
    q.addBindValue(QString::fromLatin1(domain::kPreventionProvince));
    if (auto r = sql::exec(q, "prevention.commune"); !r)
        return r.error();
    return q.next() && q.value(0).toLongLong() > 0;
}

Result<QMap<QString, QString>> preventionCommunes(Database &db, domain::AdminEra era)
{
    QSqlQuery q(db.connection());
    if (auto r = sql::prepare(q,
                              QStringLiteral("SELECT code, name FROM commune WHERE era = ? AND "
                                             "province_code = ? ORDER BY code"),
                              "prevention.communes");
        !r)
        return r.error();
    q.addBindValue(domain::toCode(era));
    q.addBindValue(QString::fromLatin1(domain::kPreventionProvince));
    if (auto r = sql::exec(q, "prevention.communes"); !r)
        return r.error();
    QMap<QString, QString> communes;
    while (q.next())
        communes.insert(q.value(0).toString(), q.value(1).toString());
    return communes;
}

} // namespace sr::storage
