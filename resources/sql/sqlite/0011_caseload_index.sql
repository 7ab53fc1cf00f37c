-- SafeReturn schema, version 11: the caseloads of the case list's Responsible filter
-- (storage/CaseAssignmentRepository.h, caseloads()) counted from a narrow partial index of the
-- open cases instead of the person rows. Written for PostgreSQL too
-- (resources/sql/postgresql/0011_caseload_index.sql). The query names the same literal
-- condition (SQLite uses a partial index only when the query's WHERE implies the index's) and
-- writes "+archived = 0", so that SQLite does not walk person_list_date (archived, ...) instead.
CREATE INDEX person_caseload ON person (responsible_user_id, archived)
    WHERE last_case_status = 'open';
