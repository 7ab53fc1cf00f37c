#include "SqliteReportSummary.h"

#include "storage/SqlSupport.h"

#include <sqlite3.h>

namespace sr::storage::sqlite::reportsummary {

namespace {

// For the persons in report_dirty: take their facts' share out of report_month, recompute their
// facts from the records (previous/next dates by window functions over the person's records),
// and add the new share back. Rows of report_month may fall to zero; readers skip them.
// The shares are the groupings of the view report_fact (0006_report_summary.sql), written out
// with the person filter in every branch: SQLite does not push an IN (subquery) term into the
// branches of a UNION ALL view, and would read every fact of the database on each commit.
// ReportSummaryTest checks them against the view (ragged ranges read the view).

// The share of each noted person's facts in report_month (rows month, dim, code, other,
// quantity, amount_vnd), subtracted before their facts are recomputed and added after.
#define SR_DIRTY_SHARES                                                                            \
    "  SELECT substr(reception_date, 1, 7) AS month, 'total' AS dim, '' AS code,\n"                \
    "   COALESCE(substr(prev_date, 1, 7), '') AS other, 0 AS quantity, 0 AS amount_vnd\n"          \
    "   FROM report_reception WHERE person_id IN (SELECT person_id FROM report_dirty)\n"           \
    "  UNION ALL SELECT substr(reception_date, 1, 7) AS month, 'country' AS dim, country_code AS " \
    "code,\n"                                                                                      \
    "   COALESCE(substr(prev_date, 1, 7), '') AS other, 0 AS quantity, 0 AS amount_vnd\n"          \
    "   FROM report_reception WHERE person_id IN (SELECT person_id FROM report_dirty)\n"           \
    "  UNION ALL SELECT substr(reception_date, 1, 7) AS month, 'agency' AS dim, agency_code AS "   \
    "code,\n"                                                                                      \
    "   COALESCE(substr(prev_date, 1, 7), '') AS other, 0 AS quantity, 0 AS amount_vnd\n"          \
    "   FROM report_reception WHERE person_id IN (SELECT person_id FROM report_dirty)\n"           \
    "  UNION ALL SELECT substr(reception_date, 1, 7) AS month, 'route' AS dim, route AS code,\n"   \
    "   COALESCE(substr(prev_date, 1, 7), '') AS other, 0 AS quantity, 0 AS amount_vnd\n"          \
    "   FROM report_reception WHERE person_id IN (SELECT person_id FROM report_dirty)\n"           \
    "  UNION ALL SELECT substr(reception_date, 1, 7) AS month, 'status' AS dim, "                  \
    "identification_status AS code,\n"                                                             \
    "   COALESCE(substr(prev_date, 1, 7), '') AS other, 0 AS quantity, 0 AS amount_vnd\n"          \
    "   FROM report_reception WHERE person_id IN (SELECT person_id FROM report_dirty)\n"           \
    "  UNION ALL SELECT substr(reception_date, 1, 7) AS month, 'sex_age' AS dim, sex || '|' || "   \
    "age_band AS code,\n"                                                                          \
    "   COALESCE(substr(prev_date, 1, 7), '') AS other, 0 AS quantity, 0 AS amount_vnd\n"          \
    "   FROM report_reception WHERE person_id IN (SELECT person_id FROM report_dirty)\n"           \
    "  UNION ALL SELECT substr(reception_date, 1, 7) AS month, 'age' AS dim, CASE WHEN age_years " \
    "< "                                                                                           \
    "16 THEN 'under_16' WHEN age_years < 18 THEN 'under_18' ELSE '' END AS code,\n"                \
    "   COALESCE(substr(prev_date, 1, 7), '') AS other, 0 AS quantity, 0 AS amount_vnd\n"          \
    "   FROM report_reception WHERE person_id IN (SELECT person_id FROM report_dirty)\n"           \
    "  UNION ALL SELECT substr(reception_date, 1, 7) AS month, 'nationality' AS dim, nationality " \
    "AS code,\n"                                                                                   \
    "   COALESCE(substr(prev_date, 1, 7), '') AS other, 0 AS quantity, 0 AS amount_vnd\n"          \
    "   FROM report_reception WHERE person_id IN (SELECT person_id FROM report_dirty)\n"           \
    "  UNION ALL SELECT substr(reception_date, 1, 7) AS month, 'ethnicity' AS dim, ethnicity AS "  \
    "code,\n"                                                                                      \
    "   COALESCE(substr(prev_date, 1, 7), '') AS other, 0 AS quantity, 0 AS amount_vnd\n"          \
    "   FROM report_reception WHERE person_id IN (SELECT person_id FROM report_dirty)\n"           \
    "  UNION ALL SELECT substr(reception_date, 1, 7) AS month, 'province' AS dim, "                \
    "residence_province AS code,\n"                                                                \
    "   COALESCE(substr(prev_date, 1, 7), '') AS other, 0 AS quantity, 0 AS amount_vnd\n"          \
    "   FROM report_reception WHERE person_id IN (SELECT person_id FROM report_dirty)\n"           \
    "  UNION ALL SELECT substr(reception_date, 1, 7) AS month, 'outcome' AS dim, outcome_code AS " \
    "code,\n"                                                                                      \
    "   COALESCE(substr(next_date, 1, 7), '') AS other, 0 AS quantity, 0 AS amount_vnd\n"          \
    "   FROM report_reception WHERE person_id IN (SELECT person_id FROM report_dirty)\n"           \
    "  UNION ALL SELECT substr(support_date, 1, 7) AS month, 'support' AS dim, type_code || '|' "  \
    "|| "                                                                                          \
    "status AS code,\n"                                                                            \
    "   COALESCE(substr(NULL, 1, 7), '') AS other, quantity AS quantity, amount_vnd AS "           \
    "amount_vnd\n"                                                                                 \
    "   FROM report_support WHERE person_id IN (SELECT person_id FROM report_dirty)\n"             \
    "  UNION ALL SELECT substr(support_date, 1, 7) AS month, 'support_person' AS dim, type_code "  \
    "AS "                                                                                          \
    "code,\n"                                                                                      \
    "   COALESCE(substr(prev_type_date, 1, 7), '') AS other, 0 AS quantity, 0 AS amount_vnd\n"     \
    "   FROM report_support WHERE person_id IN (SELECT person_id FROM report_dirty) AND status = " \
    "'provided'\n"                                                                                 \
    "  UNION ALL SELECT substr(support_date, 1, 7) AS month, 'supported' AS dim, '' AS code,\n"    \
    "   COALESCE(substr(prev_any_date, 1, 7), '') AS other, 0 AS quantity, 0 AS amount_vnd\n"      \
    "   FROM report_support WHERE person_id IN (SELECT person_id FROM report_dirty) AND status = " \
    "'provided'\n"                                                                                 \
    "  UNION ALL SELECT substr(follow_up_date, 1, 7) AS month, 'follow_up' AS dim, '' AS code,\n"  \
    "   COALESCE(substr(prev_date, 1, 7), '') AS other, 0 AS quantity, 0 AS amount_vnd\n"          \
    "   FROM report_follow_up WHERE person_id IN (SELECT person_id FROM report_dirty)\n"

#define SR_ADD_DIRTY_SHARES(sign)                                                                  \
    "INSERT INTO report_month (month, dim, code, other, n, quantity, amount_vnd)\n"                \
    " SELECT month, dim, code, other, " sign "count(*), " sign "sum(quantity), " sign              \
    "sum(amount_vnd) FROM (\n" SR_DIRTY_SHARES " ) WHERE true GROUP BY month, dim, code, other\n"  \
    " ON CONFLICT (month, dim, code, other) DO UPDATE SET n = n + excluded.n,\n"                   \
    "  quantity = quantity + excluded.quantity, amount_vnd = amount_vnd + excluded.amount_vnd;\n"

const char *const kRefreshScript = SR_ADD_DIRTY_SHARES(
    "-") "DELETE FROM report_reception WHERE person_id IN (SELECT person_id FROM report_dirty);\n"
         "DELETE FROM report_support WHERE person_id IN (SELECT person_id FROM report_dirty);\n"
         "DELETE FROM report_follow_up WHERE person_id IN (SELECT person_id FROM report_dirty);\n"
         "INSERT INTO report_reception (reception_id, person_id, reception_date, prev_date, "
         "next_date,\n"
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
         " WHERE r.person_id IN (SELECT person_id FROM report_dirty) AND r.archived = 0 AND "
         "p.archived "
         "= 0\n"
         " WINDOW w AS (PARTITION BY r.person_id ORDER BY r.reception_date, r.id);\n"
         "INSERT INTO report_support (support_id, person_id, support_date, type_code, status, "
         "quantity,\n"
         "  amount_vnd, prev_type_date, prev_any_date)\n"
         " SELECT s.id, r.person_id, s.support_date, s.type_code, s.status, s.quantity, "
         "s.amount_vnd,\n"
         "  CASE WHEN s.status = 'provided' THEN lag(s.support_date) OVER (PARTITION BY "
         "r.person_id,\n"
         "   s.status = 'provided', s.type_code ORDER BY s.support_date, s.id) END,\n"
         "  CASE WHEN s.status = 'provided' THEN lag(s.support_date) OVER (PARTITION BY "
         "r.person_id,\n"
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
         "  AND u.archived = 0 AND r.archived = 0 AND p.archived = 0;\n" SR_ADD_DIRTY_SHARES(
             "") "DELETE FROM report_dirty;\n";

#undef SR_ADD_DIRTY_SHARES
#undef SR_DIRTY_SHARES

Error sqliteError(sqlite3 *db, const char *context)
{
    // SQLite's messages name tables and constraints, never bound values.
    return Error{ErrorCode::Internal,
                 QStringLiteral("%1: %2").arg(QLatin1String(context),
                                              QString::fromUtf8(sqlite3_errmsg(db)))};
}

} // namespace

const char *refreshScript()
{
    return kRefreshScript;
}

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
    if (sqlite3_exec(db, kRefreshScript, nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqliteError(db, "report summary: refresh");
    return {};
}

} // namespace sr::storage::sqlite::reportsummary
