-- SafeReturn schema, version 4: indexes for the case list and the report's joins (issue 7,
-- docs/performance.md).
-- person_list_date: the case list's default order (latest reception first) among active or
-- archived persons; a page at any offset and the count are read from this index alone
-- (src/storage/CaseListQuery.cpp pages ids first, then reads the wide rows of one page).
CREATE INDEX IF NOT EXISTS person_list_date ON person (archived, last_reception_date, id);

-- reception_id_report: supports and follow-ups of a period find their reception's person and
-- archive flag in this narrow index instead of the wide reception rows (ReportQueries.cpp).
CREATE INDEX IF NOT EXISTS reception_id_report ON reception (id, archived, person_id);
