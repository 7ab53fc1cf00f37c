-- SafeReturn schema, version 2: covering indexes for the period summary report (issue 4).
-- The report reads receptions, supports and follow-ups of a date range and a few columns of
-- their persons (src/storage/ReportQueries.cpp). With these indexes SQLite answers from index
-- pages only ("USING COVERING INDEX"), never touching the wide person and reception rows that
-- hold names, notes and addresses. Plain date indexes alone made multi-year reports slower
-- (docs/architecture.md, quality bars).

CREATE INDEX IF NOT EXISTS reception_report ON reception (
    reception_date, archived, person_id, country_code, agency_code, route,
    identification_status, case_status, outcome, age_years, age_band);

CREATE INDEX IF NOT EXISTS person_report ON person (
    id, archived, sex, nationality, ethnicity, residence_province);

CREATE INDEX IF NOT EXISTS support_report ON support (
    support_date, archived, reception_id, status, type_code, amount_vnd, quantity);

CREATE INDEX IF NOT EXISTS follow_up_report ON follow_up (follow_up_date, archived, reception_id);
