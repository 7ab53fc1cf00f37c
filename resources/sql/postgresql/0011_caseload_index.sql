-- SafeReturn schema, version 11 (PostgreSQL): the caseloads' partial index, as
-- resources/sql/sqlite/0011_caseload_index.sql.
CREATE INDEX person_caseload ON person (responsible_user_id, archived)
    WHERE last_case_status = 'open';
