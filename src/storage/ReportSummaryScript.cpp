#include "ReportSummaryScript.h"

namespace sr::storage::reportsummary {

namespace {

// For the noted persons: take their facts' share out of report_month, recompute their facts
// from the records (previous/next dates by window functions over the person's records), and
// add the new share back. Rows of report_month may fall to zero; readers skip them.
// The shares are the groupings of the view report_fact (0006_report_summary.sql), written out
// with the person filter in every branch: SQLite does not push an IN (subquery) term into the
// branches of a UNION ALL view, and would read every fact of the database on each commit. A
// reception fact is read once and paired with each of its groupings (the CROSS JOIN), not read
// once per grouping.
// ReportSummaryTest checks them against the view (ragged ranges read the view).
//
// Each kind of fact has its own set of persons: {R} for receptions (persons noted in
// report_dirty), {S} for supports and {F} for follow-ups (report_dirty, and from version 7 the
// persons report_dirty_part notes for that part alone: 0007_report_dirty_parts.sql), so that
// writing supports recomputes no reception fact. The share statement runs twice: with {SIGN}
// "-" to take the old share out before the facts are recomputed, and empty to add it back;
// {CLEAR} then empties the notes.
constexpr char kSharesTemplate[] = R"sql(
INSERT INTO report_month (month, dim, code, other, n, quantity, amount_vnd)
 SELECT month, dim, code, other, {SIGN}count(*), {SIGN}sum(quantity), {SIGN}sum(amount_vnd) FROM (
  SELECT substr(reception_date, 1, 7) AS month, d.dim AS dim,
   CASE d.dim WHEN 'total' THEN '' WHEN 'country' THEN country_code WHEN 'agency' THEN agency_code
    WHEN 'route' THEN route WHEN 'status' THEN identification_status
    WHEN 'sex_age' THEN sex || '|' || age_band
    WHEN 'age' THEN CASE WHEN age_years < 16 THEN 'under_16' WHEN age_years < 18 THEN 'under_18' ELSE '' END
    WHEN 'nationality' THEN nationality WHEN 'ethnicity' THEN ethnicity
    WHEN 'province' THEN residence_province WHEN 'outcome' THEN outcome_code END AS code,
   COALESCE(substr(CASE d.dim WHEN 'outcome' THEN next_date ELSE prev_date END, 1, 7), '') AS other,
   0 AS quantity, 0 AS amount_vnd
   FROM report_reception CROSS JOIN (SELECT column1 AS dim FROM (VALUES ('total'), ('country'),
    ('agency'), ('route'), ('status'), ('sex_age'), ('age'), ('nationality'), ('ethnicity'),
    ('province'), ('outcome')) AS dims) AS d
   WHERE person_id IN ({R})
  UNION ALL SELECT substr(support_date, 1, 7) AS month, 'support' AS dim, type_code || '|' || status AS code,
   COALESCE(substr(NULL, 1, 7), '') AS other, quantity AS quantity, amount_vnd AS amount_vnd
   FROM report_support WHERE person_id IN ({S})
  UNION ALL SELECT substr(support_date, 1, 7) AS month, 'support_person' AS dim, type_code AS code,
   COALESCE(substr(prev_type_date, 1, 7), '') AS other, 0 AS quantity, 0 AS amount_vnd
   FROM report_support WHERE person_id IN ({S}) AND status = 'provided'
  UNION ALL SELECT substr(support_date, 1, 7) AS month, 'supported' AS dim, '' AS code,
   COALESCE(substr(prev_any_date, 1, 7), '') AS other, 0 AS quantity, 0 AS amount_vnd
   FROM report_support WHERE person_id IN ({S}) AND status = 'provided'
  UNION ALL SELECT substr(follow_up_date, 1, 7) AS month, 'follow_up' AS dim, '' AS code,
   COALESCE(substr(prev_date, 1, 7), '') AS other, 0 AS quantity, 0 AS amount_vnd
   FROM report_follow_up WHERE person_id IN ({F})
 ) AS facts WHERE true GROUP BY month, dim, code, other
 ON CONFLICT (month, dim, code, other) DO UPDATE SET n = report_month.n + excluded.n,
  quantity = report_month.quantity + excluded.quantity,
  amount_vnd = report_month.amount_vnd + excluded.amount_vnd;
)sql";

constexpr char kFactsTemplate[] = R"sql(
DELETE FROM report_reception WHERE person_id IN ({R});
DELETE FROM report_support WHERE person_id IN ({S});
DELETE FROM report_follow_up WHERE person_id IN ({F});
INSERT INTO report_reception (reception_id, person_id, reception_date, prev_date, next_date,
  country_code, agency_code, route, identification_status, outcome_code, age_years, age_band,
  sex, nationality, ethnicity, residence_province)
 SELECT r.id, r.person_id, r.reception_date,
  lag(r.reception_date) OVER w, lead(r.reception_date) OVER w,
  r.country_code, r.agency_code, r.route, r.identification_status,
  CASE WHEN r.case_status = 'open' THEN 'open' WHEN r.outcome = '' THEN 'other' ELSE r.outcome END,
  r.age_years, r.age_band, p.sex, p.nationality, p.ethnicity, p.residence_province
 FROM reception r JOIN person p ON p.id = r.person_id
 WHERE r.person_id IN ({R}) AND r.archived = 0 AND p.archived = 0
 WINDOW w AS (PARTITION BY r.person_id ORDER BY r.reception_date, r.id);
INSERT INTO report_support (support_id, person_id, support_date, type_code, status, quantity,
  amount_vnd, prev_type_date, prev_any_date)
 SELECT s.id, r.person_id, s.support_date, s.type_code, s.status, s.quantity, s.amount_vnd,
  CASE WHEN s.status = 'provided' THEN lag(s.support_date) OVER (PARTITION BY r.person_id,
   s.status = 'provided', s.type_code ORDER BY s.support_date, s.id) END,
  CASE WHEN s.status = 'provided' THEN lag(s.support_date) OVER (PARTITION BY r.person_id,
   s.status = 'provided' ORDER BY s.support_date, s.id) END
 FROM support s JOIN reception r ON r.id = s.reception_id JOIN person p ON p.id = r.person_id
 WHERE r.person_id IN ({S})
  AND s.archived = 0 AND r.archived = 0 AND p.archived = 0;
INSERT INTO report_follow_up (follow_up_id, person_id, follow_up_date, prev_date)
 SELECT u.id, r.person_id, u.follow_up_date,
  lag(u.follow_up_date) OVER (PARTITION BY r.person_id ORDER BY u.follow_up_date, u.id)
 FROM follow_up u JOIN reception r ON r.id = u.reception_id JOIN person p ON p.id = r.person_id
 WHERE r.person_id IN ({F})
  AND u.archived = 0 AND r.archived = 0 AND p.archived = 0;
)sql";

} // namespace

QByteArray script(bool withParts)
{
    const QByteArray shares(kSharesTemplate);
    QByteArray script = QByteArray(shares).replace("{SIGN}", "-") + kFactsTemplate
                        + QByteArray(shares).replace("{SIGN}", "") + "{CLEAR}";
    const QByteArray all("SELECT person_id FROM report_dirty");
    if (withParts) {
        const auto part = [&](const char *name) {
            return all + " UNION SELECT person_id FROM report_dirty_part WHERE part = '" + name
                   + "'";
        };
        script.replace("{S}", part("support"));
        script.replace("{F}", part("follow_up"));
        script.replace("{CLEAR}", "DELETE FROM report_dirty; DELETE FROM report_dirty_part;");
    } else {
        script.replace("{S}", all);
        script.replace("{F}", all);
        script.replace("{CLEAR}", "DELETE FROM report_dirty;");
    }
    script.replace("{R}", all);
    return script;
}

} // namespace sr::storage::reportsummary
