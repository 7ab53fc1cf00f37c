#include "ReportSummary.h"

#include "SqlSupport.h"

#include <sqlite3.h>

namespace sr::storage::reportsummary {

namespace {

// For the persons in report_dirty: take their facts' share out of report_month, recompute their
// facts from the records (previous/next dates by window functions over the person's records),
// and add the new share back. Rows of report_month may fall to zero; readers skip them.
const char *const refreshScript =
    "INSERT INTO report_month (month, dim, code, other, n, quantity, amount_vnd)\n"
    " SELECT substr(date, 1, 7), dim, code, COALESCE(substr(other_date, 1, 7), ''),\n"
    "  -count(*), -sum(quantity), -sum(amount_vnd)\n"
    " FROM report_fact WHERE person_id IN (SELECT person_id FROM report_dirty)\n"
    " GROUP BY 1, 2, 3, 4\n"
    " ON CONFLICT (month, dim, code, other) DO UPDATE SET n = n + excluded.n,\n"
    "  quantity = quantity + excluded.quantity, amount_vnd = amount_vnd + excluded.amount_vnd;\n"
    "DELETE FROM report_reception WHERE person_id IN (SELECT person_id FROM report_dirty);\n"
    "DELETE FROM report_support WHERE person_id IN (SELECT person_id FROM report_dirty);\n"
    "DELETE FROM report_follow_up WHERE person_id IN (SELECT person_id FROM report_dirty);\n"
    "INSERT INTO report_reception (reception_id, person_id, reception_date, prev_date, next_date,\n"
    "  country_code, agency_code, route, identification_status, outcome_code, age_years, "
    "age_band,\n"
    "  sex, nationality, ethnicity, residence_province)\n"
    " SELECT r.id, r.person_id, r.reception_date,\n"
    "  lag(r.reception_date) OVER w, lead(r.reception_date) OVER w,\n"
    "  r.country_code, r.agency_code, r.route, r.identification_status,\n"
    "  CASE WHEN r.case_status = 'open' THEN 'open' WHEN r.outcome = '' THEN 'other' ELSE "
    "r.outcome END,\n"
    "  r.age_years, r.age_band, p.sex, p.nationality, p.ethnicity, p.residence_province\n"
    " FROM reception r JOIN person p ON p.id = r.person_id\n"
    " WHERE r.person_id IN (SELECT person_id FROM report_dirty) AND r.archived = 0 AND p.archived "
    "= 0\n"
    " WINDOW w AS (PARTITION BY r.person_id ORDER BY r.reception_date, r.id);\n"
    "INSERT INTO report_support (support_id, person_id, support_date, type_code, status, "
    "quantity,\n"
    "  amount_vnd, prev_type_date, prev_any_date)\n"
    " SELECT s.id, r.person_id, s.support_date, s.type_code, s.status, s.quantity, s.amount_vnd,\n"
    "  CASE WHEN s.status = 'provided' THEN lag(s.support_date) OVER (PARTITION BY r.person_id,\n"
    "   s.status = 'provided', s.type_code ORDER BY s.support_date, s.id) END,\n"
    "  CASE WHEN s.status = 'provided' THEN lag(s.support_date) OVER (PARTITION BY r.person_id,\n"
    "   s.status = 'provided' ORDER BY s.support_date, s.id) END\n"
    " FROM support s JOIN reception r ON r.id = s.reception_id JOIN person p ON p.id = "
    "r.person_id\n"
    " WHERE r.person_id IN (SELECT person_id FROM report_dirty)\n"
    "  AND s.archived = 0 AND r.archived = 0 AND p.archived = 0;\n"
    "INSERT INTO report_follow_up (follow_up_id, person_id, follow_up_date, prev_date)\n"
    " SELECT u.id, r.person_id, u.follow_up_date,\n"
    "  lag(u.follow_up_date) OVER (PARTITION BY r.person_id ORDER BY u.follow_up_date, u.id)\n"
    " FROM follow_up u JOIN reception r ON r.id = u.reception_id JOIN person p ON p.id = "
    "r.person_id\n"
    " WHERE r.person_id IN (SELECT person_id FROM report_dirty)\n"
    "  AND u.archived = 0 AND r.archived = 0 AND p.archived = 0;\n"
    "INSERT INTO report_month (month, dim, code, other, n, quantity, amount_vnd)\n"
    " SELECT substr(date, 1, 7), dim, code, COALESCE(substr(other_date, 1, 7), ''),\n"
    "  count(*), sum(quantity), sum(amount_vnd)\n"
    " FROM report_fact WHERE person_id IN (SELECT person_id FROM report_dirty)\n"
    " GROUP BY 1, 2, 3, 4\n"
    " ON CONFLICT (month, dim, code, other) DO UPDATE SET n = n + excluded.n,\n"
    "  quantity = quantity + excluded.quantity, amount_vnd = amount_vnd + excluded.amount_vnd;\n"
    "DELETE FROM report_dirty;\n";

Error sqliteError(sqlite3 *db, const char *context)
{
    // SQLite's messages name tables and constraints, never bound values.
    return Error{ErrorCode::Internal,
                 QStringLiteral("%1: %2").arg(QLatin1String(context),
                                              QString::fromUtf8(sqlite3_errmsg(db)))};
}

} // namespace

Result<bool> pending(const QSqlDatabase &connection)
{
    sqlite3 *db = sql::handle(connection);
    if (!db)
        return Error{ErrorCode::Internal, QStringLiteral("report summary: no handle")};
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT 1 FROM report_dirty LIMIT 1", -1, &statement, nullptr)
        != SQLITE_OK) {
        // No such table: a schema from before version 6 (a fixture being made, or a database
        // still being migrated).
        sqlite3_finalize(statement);
        return false;
    }
    const int rc = sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return sqliteError(db, "report summary: pending");
}

Result<void> flush(const QSqlDatabase &connection)
{
    auto dirty = pending(connection);
    if (!dirty)
        return dirty.error();
    if (!*dirty)
        return {};
    sqlite3 *db = sql::handle(connection);
    if (sqlite3_exec(db, refreshScript, nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqliteError(db, "report summary: refresh");
    return {};
}

} // namespace sr::storage::reportsummary
