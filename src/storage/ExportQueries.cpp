#include "ExportQueries.h"

#include "Database.h"
#include "RecordStore.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "domain/RecordTypes.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <vector>

namespace sr::storage {

using domain::HandoverBatch;
using domain::Period;

template<typename Row>
struct ExportCursor<Row>::Private
{
    QSqlDatabase connection;
    /** The engine's words for what SQL does not say in common (Database::dialect()). */
    const SqlDialect *dialect = nullptr;
    QString from;
    QString to;
    QString caseCode;
    std::unique_ptr<QSqlQuery> query;
    /** The readers of the records of a row (by column name), made on its first row. */
    std::vector<std::unique_ptr<RowReader>> readers;

    const RowReader &
    reader(std::size_t index, const domain::RecordTypeInfo &type, const QString &prefix)
    {
        while (readers.size() <= index)
            readers.push_back(nullptr);
        if (!readers[index])
            readers[index] = std::make_unique<RowReader>(*query, type, prefix);
        return *readers[index];
    }

    /** Positions of further columns of the row, by name, looked up on its first row. */
    const QList<int> &positions(const QStringList &names)
    {
        if (columns.isEmpty()) {
            const QSqlRecord record = query->record();
            for (const QString &name : names)
                columns.append(record.indexOf(name));
        }
        return columns;
    }
    QList<int> columns;
};

template<typename Row>
ExportCursor<Row>::ExportCursor(Database &db, const Period &period, const QString &caseCode)
    : d(std::make_unique<Private>())
{
    d->connection = db.connection();
    d->dialect = &db.dialect();
    d->from = sql::isoDate(period.from());
    d->to = sql::isoDate(period.to());
    d->caseCode = caseCode;
}

template<typename Row>
bool ExportCursor<Row>::oneCase() const
{
    return !d->caseCode.isEmpty();
}

template<typename Row>
QString ExportCursor<Row>::caseCondition() const
{
    return oneCase() ? QStringLiteral(" AND p.case_code = :case_code") : QString();
}

template<typename Row>
ExportCursor<Row>::~ExportCursor() = default;

template<typename Row>
Result<void> ExportCursor<Row>::start()
{
    d->readers.clear();
    d->columns.clear();
    d->query = std::make_unique<QSqlQuery>(d->connection);
    // Forward-only: SQLite steps through the result without Qt caching every row.
    d->query->setForwardOnly(true);
    if (auto prepared = sql::prepare(*d->query, statement(), context()); !prepared) {
        m_failed = true;
        m_error = prepared.error();
        return prepared;
    }
    d->query->bindValue(QStringLiteral(":from"), d->from);
    d->query->bindValue(QStringLiteral(":to"), d->to);
    if (oneCase())
        d->query->bindValue(QStringLiteral(":case_code"), d->caseCode);
    if (auto done = sql::exec(*d->query, context()); !done) {
        m_failed = true;
        m_error = done.error();
        return done;
    }
    return {};
}

template<typename Row>
bool ExportCursor<Row>::next()
{
    if (m_failed || !d->query)
        return false;
    if (!d->query->next()) {
        if (d->query->lastError().isValid()) {
            m_failed = true;
            m_error = sql::errorFrom(*d->query, context());
        }
        return false;
    }
    fill(m_row);
    return true;
}

template class ExportCursor<ReceptionExportRow>;
template class ExportCursor<SupportExportRow>;
template class ExportCursor<HandoverBatch>;
template class ExportCursor<AttachmentExportRow>;
template class ExportCursor<FollowUpExportRow>;
template class ExportCursor<CallExportRow>;
template class ExportCursor<domain::PreventionClub>;
template class ExportCursor<ActivityExportRow>;
template class ExportCursor<StayExportRow>;

ReceptionExportCursor::ReceptionExportCursor(Database &db,
                                             const Period &period,
                                             const QString &caseCode)
    : ExportCursor(db, period, caseCode)
{}

QString ReceptionExportCursor::statement() const
{
    // The person's and the reception's columns come from their descriptors
    // (domain/RecordTypes.h) and are read back by name (fill()).
    // Per-type totals come from a correlated sub-query over support_export, one short
    // string per reception ("type:times:amount|…"), so no support rows are held in memory.
    // CROSS JOIN keeps receptions outermost in SQLite: they are read in the order of the
    // reception_date index, which is the ORDER BY, so the wide rows are never sorted (the
    // planner otherwise walks persons and sorts every row before the first one is written).
    // Its join condition is in the WHERE clause: PostgreSQL allows no ON after CROSS JOIN.
    // The support totals read the covering index support_export (0006_report_summary.sql).
    return QStringLiteral("SELECT ") + aliasedColumns(domain::personRecord(), QStringLiteral("p"))
           + QStringLiteral(", ") + aliasedColumns(domain::receptionRecord(), QStringLiteral("r"))
           + QStringLiteral(", r.age_band AS r_age_band, b.uuid AS b_uuid, (SELECT ")
           + d->dialect->groupConcat(QStringLiteral("t"), QStringLiteral("'|'"))
           + QStringLiteral(
               " FROM (SELECT s.type_code || ':' || count(*) || ':'"
               "   || sum(s.amount_vnd) AS t FROM support s WHERE s.reception_id = r.id"
               "   AND s.archived = 0 AND s.status = 'provided' GROUP BY s.type_code) AS by_type)"
               " AS totals"
               " FROM reception r CROSS JOIN person p"
               " LEFT JOIN handover_batch b ON b.id = r.batch_id"
               " WHERE p.id = r.person_id AND r.archived = 0 AND p.archived = 0"
               " AND r.reception_date >= :from AND r.reception_date <= :to")
           + caseCondition() + QStringLiteral(" ORDER BY r.reception_date, r.id");
}

void ReceptionExportCursor::fill(ReceptionExportRow &row)
{
    const QSqlQuery &q = *d->query;
    d->reader(0, domain::personRecord(), QStringLiteral("p_"))
        .readInto(domain::personRecord(), row.person);
    d->reader(1, domain::receptionRecord(), QStringLiteral("r_"))
        .readInto(domain::receptionRecord(), row.reception);
    const QList<int> &at = d->positions(
        {QStringLiteral("b_uuid"), QStringLiteral("r_age_band"), QStringLiteral("totals")});
    row.batchUuid = q.value(at[0]).toString();
    row.ageBand = domain::fromCode<domain::AgeBand>(q.value(at[1]).toString())
                      .value_or(domain::AgeBand::Unknown);

    row.supportTotals.clear();
    const QString totals = q.value(at[2]).toString();
    for (const QString &item : totals.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        const QStringList parts = item.split(QLatin1Char(':'));
        if (parts.size() == 3)
            row.supportTotals.append(
                SupportTotal{parts[0], parts[1].toLongLong(), parts[2].toLongLong()});
    }
}

SupportExportCursor::SupportExportCursor(Database &db,
                                         const Period &period,
                                         const QString &caseCode)
    : ExportCursor(db, period, caseCode)
{}

QString SupportExportCursor::statement() const
{
    // Supports outermost, in the order of the support_date index (see the receptions).
    return QStringLiteral("SELECT p.case_code AS p_case_code, r.uuid AS r_uuid,"
                          " r.reception_date AS r_reception_date,"
                          " p.responsible_user_id AS p_responsible_user_id, ")
           + aliasedColumns(domain::supportRecord(), QStringLiteral("s"))
           + QStringLiteral(" FROM support s CROSS JOIN reception r CROSS JOIN person p"
                            " WHERE r.id = s.reception_id AND p.id = r.person_id"
                            " AND s.archived = 0 AND r.archived = 0 AND p.archived = 0"
                            " AND s.support_date >= :from AND s.support_date <= :to")
           + caseCondition() + QStringLiteral(" ORDER BY s.support_date, s.id");
}

void SupportExportCursor::fill(SupportExportRow &row)
{
    const QSqlQuery &q = *d->query;
    const QList<int> &at = d->positions({QStringLiteral("p_case_code"),
                                         QStringLiteral("r_uuid"),
                                         QStringLiteral("r_reception_date"),
                                         QStringLiteral("p_responsible_user_id")});
    row.caseCode = q.value(at[0]).toString();
    row.responsibleUserId = q.value(at[3]).isNull()
                                ? std::optional<qint64>()
                                : std::optional<qint64>(q.value(at[3]).toLongLong());
    row.receptionUuid = q.value(at[1]).toString();
    row.receptionDate = sql::dateFromIso(q.value(at[2]));
    d->reader(0, domain::supportRecord(), QStringLiteral("s_"))
        .readInto(domain::supportRecord(), row.support);
}

FollowUpExportCursor::FollowUpExportCursor(Database &db,
                                           const Period &period,
                                           const QString &caseCode)
    : ExportCursor(db, period, caseCode)
{}

QString FollowUpExportCursor::statement() const
{
    // Follow-ups outermost, in the order of the follow_up_date index (see the supports).
    return QStringLiteral("SELECT p.case_code AS p_case_code, r.uuid AS r_uuid,"
                          " r.reception_date AS r_reception_date,"
                          " p.responsible_user_id AS p_responsible_user_id, ")
           + aliasedColumns(domain::followUpRecord(), QStringLiteral("f"))
           + QStringLiteral(" FROM follow_up f CROSS JOIN reception r CROSS JOIN person p"
                            " WHERE r.id = f.reception_id AND p.id = r.person_id"
                            " AND f.archived = 0 AND r.archived = 0 AND p.archived = 0"
                            " AND f.follow_up_date >= :from AND f.follow_up_date <= :to")
           + caseCondition() + QStringLiteral(" ORDER BY f.follow_up_date, f.id");
}

void FollowUpExportCursor::fill(FollowUpExportRow &row)
{
    const QSqlQuery &q = *d->query;
    const QList<int> &at = d->positions({QStringLiteral("p_case_code"),
                                         QStringLiteral("r_uuid"),
                                         QStringLiteral("r_reception_date"),
                                         QStringLiteral("p_responsible_user_id")});
    row.caseCode = q.value(at[0]).toString();
    row.responsibleUserId = q.value(at[3]).isNull()
                                ? std::optional<qint64>()
                                : std::optional<qint64>(q.value(at[3]).toLongLong());
    row.receptionUuid = q.value(at[1]).toString();
    row.receptionDate = sql::dateFromIso(q.value(at[2]));
    row.followUp = domain::FollowUp{};
    d->reader(0, domain::followUpRecord(), QStringLiteral("f_"))
        .readInto(domain::followUpRecord(), row.followUp);
}

StayExportCursor::StayExportCursor(Database &db, const Period &period, const QString &caseCode)
    : ExportCursor(db, period, caseCode)
{}

QString StayExportCursor::statement() const
{
    // The stays the period report counts (ShelterReportQueries.cpp): admitted by the period's
    // end and not left before its start, so a copy of the table gives the same shelter figures.
    return QStringLiteral("SELECT p.case_code AS p_case_code, r.uuid AS r_uuid,"
                          " r.reception_date AS r_reception_date,"
                          " p.responsible_user_id AS p_responsible_user_id, ")
           + aliasedColumns(domain::shelterStayRecord(), QStringLiteral("s"))
           + QStringLiteral(" FROM shelter_stay s CROSS JOIN reception r CROSS JOIN person p"
                            " WHERE r.id = s.reception_id AND p.id = r.person_id"
                            " AND s.archived = 0 AND r.archived = 0 AND p.archived = 0"
                            " AND s.admitted_date <= :to"
                            " AND (s.left_date = '' OR s.left_date > :from"
                            " OR s.admitted_date >= :from)")
           + caseCondition() + QStringLiteral(" ORDER BY s.admitted_date, s.id");
}

void StayExportCursor::fill(StayExportRow &row)
{
    const QSqlQuery &q = *d->query;
    const QList<int> &at = d->positions({QStringLiteral("p_case_code"),
                                         QStringLiteral("r_uuid"),
                                         QStringLiteral("r_reception_date"),
                                         QStringLiteral("p_responsible_user_id")});
    row.caseCode = q.value(at[0]).toString();
    row.responsibleUserId = q.value(at[3]).isNull()
                                ? std::optional<qint64>()
                                : std::optional<qint64>(q.value(at[3]).toLongLong());
    row.receptionUuid = q.value(at[1]).toString();
    row.receptionDate = sql::dateFromIso(q.value(at[2]));
    row.stay = domain::ShelterStay{};
    d->reader(0, domain::shelterStayRecord(), QStringLiteral("s_"))
        .readInto(domain::shelterStayRecord(), row.stay);
}

BatchExportCursor::BatchExportCursor(Database &db, const Period &period)
    : ExportCursor(db, period)
{}

QString BatchExportCursor::statement() const
{
    return QStringLiteral("SELECT ")
           + aliasedColumns(domain::handoverBatchRecord(), QStringLiteral("b"))
           + QStringLiteral(
               " FROM handover_batch b"
               " WHERE b.archived = 0 AND b.batch_date >= :from AND b.batch_date <= :to"
               " ORDER BY b.batch_date, b.id");
}

void BatchExportCursor::fill(HandoverBatch &b)
{
    d->reader(0, domain::handoverBatchRecord(), QStringLiteral("b_"))
        .readInto(domain::handoverBatchRecord(), b);
}

CallExportCursor::CallExportCursor(Database &db, const Period &period)
    : ExportCursor(db, period)
{}

QString CallExportCursor::statement() const
{
    // Calls by their date index (resources/sql/sqlite/0014_centre_work.sql); the case a call
    // became by its links, which most calls do not have. A link to an archived case or
    // reception is left out: the export does not carry that record, and the report does not
    // count the call as one that became a case (HotlineReportQueries.cpp).
    return QStringLiteral("SELECT ")
           + aliasedColumns(domain::hotlineCallRecord(), QStringLiteral("c"))
           + QStringLiteral(", p.case_code AS p_case_code, r.uuid AS r_uuid,"
                            " p.responsible_user_id AS p_responsible_user_id"
                            " FROM hotline_call c"
                            " LEFT JOIN person p ON p.id = c.person_id AND p.archived = 0"
                            " LEFT JOIN reception r ON r.id = c.reception_id AND r.archived = 0"
                            " AND p.id IS NOT NULL"
                            " WHERE c.archived = 0 AND c.call_date >= :from AND c.call_date <= :to"
                            " ORDER BY c.call_date, c.call_time, c.id");
}

void CallExportCursor::fill(CallExportRow &row)
{
    const QSqlQuery &q = *d->query;
    d->reader(0, domain::hotlineCallRecord(), QStringLiteral("c_"))
        .readInto(domain::hotlineCallRecord(), row.call);
    const QList<int> &at = d->positions({QStringLiteral("p_case_code"),
                                         QStringLiteral("r_uuid"),
                                         QStringLiteral("p_responsible_user_id")});
    row.caseCode = q.value(at[0]).toString();
    row.receptionUuid = q.value(at[1]).toString();
    row.responsibleUserId = q.value(at[2]).isNull()
                                ? std::optional<qint64>()
                                : std::optional<qint64>(q.value(at[2]).toLongLong());
}

AttachmentExportCursor::AttachmentExportCursor(Database &db,
                                               const Period &period,
                                               const QString &caseCode)
    : ExportCursor(db, period, caseCode)
{}

QString AttachmentExportCursor::dateExpression()
{
    // document_date is '' when the paper carries no date; created_at is an ISO timestamp whose
    // first ten characters are its (UTC) date. substr() is the same on both engines.
    return QStringLiteral("(CASE WHEN a.document_date <> '' THEN a.document_date"
                          " ELSE substr(a.created_at, 1, 10) END)");
}

QString AttachmentExportCursor::statement() const
{
    // The description and its bookkeeping columns (read by RowReader as a record), the
    // uuid of the record it belongs to and its type's name; never attachment_chunk.
    QStringList meta;
    for (const char *column : {"created_at",
                               "created_by",
                               "updated_at",
                               "updated_by",
                               "version",
                               "archived",
                               "archive_reason"})
        meta << QStringLiteral("a.%1 AS a_%1").arg(QLatin1String(column));
    return QStringLiteral("SELECT p.case_code AS p_case_code, p.uuid AS p_uuid,"
                          " p.responsible_user_id AS p_responsible_user_id,"
                          " r.uuid AS r_uuid, s.uuid AS s_uuid, f.uuid AS f_uuid,"
                          " t.name_vi AS t_name_vi, ")
           + meta.join(QStringLiteral(", ")) + QStringLiteral(", ")
           + aliasedColumns(domain::attachmentRecord(), QStringLiteral("a"))
           + QStringLiteral(" FROM attachment a JOIN person p ON p.id = a.person_id"
                            " LEFT JOIN reception r ON r.id = a.reception_id"
                            " LEFT JOIN support s ON s.id = a.support_id"
                            " LEFT JOIN follow_up f ON f.id = a.follow_up_id"
                            " LEFT JOIN attachment_type t ON t.code = a.document_type"
                            " WHERE p.archived = 0 AND ")
           + dateExpression() + QStringLiteral(" >= :from AND ") + dateExpression()
           + QStringLiteral(" <= :to") + caseCondition() + QStringLiteral(" ORDER BY a.id");
}

void AttachmentExportCursor::fill(AttachmentExportRow &row)
{
    const QSqlQuery &q = *d->query;
    const QList<int> &at = d->positions({QStringLiteral("p_case_code"),
                                         QStringLiteral("p_uuid"),
                                         QStringLiteral("p_responsible_user_id"),
                                         QStringLiteral("r_uuid"),
                                         QStringLiteral("s_uuid"),
                                         QStringLiteral("f_uuid"),
                                         QStringLiteral("t_name_vi")});
    row.caseCode = q.value(at[0]).toString();
    row.responsibleUserId = q.value(at[2]).isNull()
                                ? std::optional<qint64>()
                                : std::optional<qint64>(q.value(at[2]).toLongLong());
    row.typeNameVi = q.value(at[6]).toString();
    row.attachment = domain::Attachment{};
    d->reader(0, domain::attachmentRecord(), QStringLiteral("a_"))
        .readInto(domain::attachmentRecord(), row.attachment);
    if (row.attachment.receptionId) {
        row.recordKind = QStringLiteral("reception");
        row.recordUuid = q.value(at[3]).toString();
    } else if (row.attachment.supportId) {
        row.recordKind = QStringLiteral("support");
        row.recordUuid = q.value(at[4]).toString();
    } else if (row.attachment.followUpId) {
        row.recordKind = QStringLiteral("follow_up");
        row.recordUuid = q.value(at[5]).toString();
    } else {
        row.recordKind = QStringLiteral("person");
        row.recordUuid = q.value(at[1]).toString();
    }
}

ExportQueries::ExportQueries(Database &db)
    : m_db(db)
{}

Result<qint64>
ExportQueries::count(const QString &statement, const Period &period, const char *context) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto p = sql::prepare(query, statement, context); !p)
        return p.error();
    query.bindValue(QStringLiteral(":from"), sql::isoDate(period.from()));
    query.bindValue(QStringLiteral(":to"), sql::isoDate(period.to()));
    if (auto e = sql::exec(query, context); !e)
        return e.error();
    if (!query.next())
        return sql::errorFrom(query, context);
    return query.value(0).toLongLong();
}

Result<qint64> ExportQueries::countReceptions(const Period &period) const
{
    // The report's facts hold exactly the active receptions of active persons (migration 6):
    // counted from one narrow index instead of joining the wide rows.
    return count(QStringLiteral("SELECT count(*) FROM report_reception"
                                " WHERE reception_date >= :from AND reception_date <= :to"),
                 period,
                 "export.count_receptions");
}

Result<qint64> ExportQueries::countSupports(const Period &period) const
{
    // Active supports of active receptions and persons: the report's facts (migration 6).
    return count(QStringLiteral("SELECT count(*) FROM report_support"
                                " WHERE support_date >= :from AND support_date <= :to"),
                 period,
                 "export.count_supports");
}

Result<qint64> ExportQueries::countBatches(const Period &period) const
{
    return count(QStringLiteral("SELECT count(*) FROM handover_batch WHERE archived = 0"
                                " AND batch_date >= :from AND batch_date <= :to"),
                 period,
                 "export.count_batches");
}

Result<qint64> ExportQueries::countAttachments(const Period &period) const
{
    return count(QStringLiteral("SELECT count(*) FROM attachment a JOIN person p ON p.id = "
                                "a.person_id WHERE p.archived = 0 AND ")
                     + AttachmentExportCursor::dateExpression() + QStringLiteral(" >= :from AND ")
                     + AttachmentExportCursor::dateExpression() + QStringLiteral(" <= :to"),
                 period,
                 "export.count_attachments");
}

Result<qint64> ExportQueries::countFollowUps(const Period &period) const
{
    // Active follow-ups of active receptions and persons: the report's facts (migration 6).
    return count(QStringLiteral("SELECT count(*) FROM report_follow_up"
                                " WHERE follow_up_date >= :from AND follow_up_date <= :to"),
                 period,
                 "export.count_follow_ups");
}

Result<qint64> ExportQueries::countCalls(const Period &period) const
{
    return count(QStringLiteral("SELECT count(*) FROM hotline_call WHERE archived = 0"
                                " AND call_date >= :from AND call_date <= :to"),
                 period,
                 "export.count_calls");
}

Result<qint64> ExportQueries::countStays(const Period &period) const
{
    return count(QStringLiteral("SELECT count(*) FROM shelter_stay s"
                                " JOIN reception r ON r.id = s.reception_id"
                                " JOIN person p ON p.id = r.person_id"
                                " WHERE s.archived = 0 AND r.archived = 0 AND p.archived = 0"
                                " AND s.admitted_date <= :to"
                                " AND (s.left_date = '' OR s.left_date > :from"
                                " OR s.admitted_date >= :from)"),
                 period,
                 "export.count_stays");
}

Result<std::optional<qint64>> ExportQueries::idOf(const QString &statement,
                                                  const QVariant &a,
                                                  const QVariant &b,
                                                  const char *context) const
{
    // Prepared on a connection that broke since (Database::ensureConnected): prepare again.
    if (m_generation != m_db.connectionGeneration()) {
        m_generation = m_db.connectionGeneration();
        m_lookups.clear();
    }
    std::unique_ptr<QSqlQuery> &prepared = m_lookups[context];
    if (!prepared) {
        auto made = std::make_unique<QSqlQuery>(m_db.connection());
        made->setForwardOnly(true);
        if (auto p = sql::prepare(*made, statement, context); !p)
            return p.error();
        prepared = std::move(made);
    }
    QSqlQuery &query = *prepared;
    query.bindValue(0, a);
    if (b.isValid())
        query.bindValue(1, b);
    if (auto e = sql::exec(query, context); !e)
        return e.error();
    const std::optional<qint64> id =
        query.next() ? std::optional<qint64>(query.value(0).toLongLong()) : std::nullopt;
    query.finish();
    return id;
}

Result<std::optional<qint64>> ExportQueries::batchIdByUuid(const QString &uuid) const
{
    return idOf(QStringLiteral("SELECT id FROM handover_batch WHERE uuid = ?"),
                uuid,
                {},
                "import.batch_by_uuid");
}

Result<std::optional<qint64>> ExportQueries::personIdByCaseCode(const QString &caseCode) const
{
    return idOf(QStringLiteral("SELECT id FROM person WHERE case_code = ?"),
                caseCode,
                {},
                "import.person_by_case_code");
}

Result<std::optional<qint64>> ExportQueries::personIdByUuid(const QString &uuid) const
{
    return idOf(
        QStringLiteral("SELECT id FROM person WHERE uuid = ?"), uuid, {}, "import.person_by_uuid");
}

Result<std::optional<qint64>> ExportQueries::receptionIdByUuid(const QString &uuid) const
{
    return idOf(QStringLiteral("SELECT id FROM reception WHERE uuid = ?"),
                uuid,
                {},
                "import.reception_by_uuid");
}

Result<std::optional<qint64>> ExportQueries::supportIdByUuid(const QString &uuid) const
{
    return idOf(QStringLiteral("SELECT id FROM support WHERE uuid = ?"),
                uuid,
                {},
                "import.support_by_uuid");
}

Result<std::optional<qint64>> ExportQueries::followUpIdByUuid(const QString &uuid) const
{
    return idOf(QStringLiteral("SELECT id FROM follow_up WHERE uuid = ?"),
                uuid,
                {},
                "import.follow_up_by_uuid");
}

Result<std::optional<qint64>> ExportQueries::stayIdByUuid(const QString &uuid) const
{
    return idOf(QStringLiteral("SELECT id FROM shelter_stay WHERE uuid = ?"),
                uuid,
                {},
                "import.stay_by_uuid");
}

Result<std::optional<qint64>> ExportQueries::receptionIdByPersonAndDate(qint64 personId,
                                                                        const QDate &date) const
{
    return idOf(QStringLiteral("SELECT id FROM reception WHERE person_id = ? AND"
                               " reception_date = ? AND archived = 0 ORDER BY id LIMIT 1"),
                personId,
                sql::isoDate(date),
                "import.reception_by_person_date");
}

// --- Prevention clubs and activities (docs/csv-format.md "clubs", "activities") ---------------

ClubExportCursor::ClubExportCursor(Database &db, const Period &period)
    : ExportCursor(db, period)
{}

QString ClubExportCursor::statement() const
{
    // Every cursor binds the period's both ends: a club founded before its start was founded
    // by its end too, so the condition is the end's alone. Archived clubs too, marked so: the
    // meetings of a club archived since are activities in use that name it.
    return QStringLiteral("SELECT ")
           + aliasedColumns(domain::preventionClubRecord(), QStringLiteral("c"))
           + QStringLiteral(
               ", c.archived AS club_archived, c.archive_reason AS club_archive_reason"
               " FROM prevention_club c"
               " WHERE (c.founded_date = '' OR c.founded_date < :from OR c.founded_date <= :to)"
               " ORDER BY c.id");
}

void ClubExportCursor::fill(domain::PreventionClub &c)
{
    d->reader(0, domain::preventionClubRecord(), QStringLiteral("c_"))
        .readInto(domain::preventionClubRecord(), c);
    const QList<int> &at =
        d->positions({QStringLiteral("club_archived"), QStringLiteral("club_archive_reason")});
    c.meta.archived = d->query->value(at[0]).toInt() != 0;
    c.meta.archiveReason = d->query->value(at[1]).toString();
}

ActivityExportCursor::ActivityExportCursor(Database &db, const Period &period)
    : ExportCursor(db, period)
{}

QString ActivityExportCursor::statement() const
{
    return QStringLiteral("SELECT ")
           + aliasedColumns(domain::preventionActivityRecord(), QStringLiteral("a"))
           + QStringLiteral(
               ", c.uuid AS club_uuid FROM prevention_activity a"
               " LEFT JOIN prevention_club c ON c.id = a.club_id"
               " WHERE a.archived = 0 AND a.start_date >= :from AND a.start_date <= :to"
               " ORDER BY a.start_date, a.id");
}

void ActivityExportCursor::fill(ActivityExportRow &row)
{
    d->reader(0, domain::preventionActivityRecord(), QStringLiteral("a_"))
        .readInto(domain::preventionActivityRecord(), row.activity);
    const QList<int> &at = d->positions({QStringLiteral("club_uuid")});
    row.clubUuid = d->query->value(at[0]).toString();
}

Result<qint64> ExportQueries::countClubs(const Period &period) const
{
    return count(
        QStringLiteral("SELECT count(*) FROM prevention_club"
                       " WHERE (founded_date = '' OR founded_date < :from OR founded_date <= :to)"),
        period,
        "export.count_clubs");
}

Result<qint64> ExportQueries::countActivities(const Period &period) const
{
    return count(QStringLiteral("SELECT count(*) FROM prevention_activity WHERE archived = 0"
                                " AND start_date >= :from AND start_date <= :to"),
                 period,
                 "export.count_activities");
}

} // namespace sr::storage
