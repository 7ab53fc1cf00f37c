-- SafeReturn schema, version 10: indexes of the worker's start page and the manager's overview
-- (storage/CaseWorkQueries.h, docs/case-work.md), so both answer from index ranges at a million
-- persons. Written for PostgreSQL too (resources/sql/postgresql/0010_case_work_indexes.sql).

-- The start page: a user's open, active tasks in due date order (overdue, due this week), with
-- the case to join, read from the index alone when counting.
CREATE INDEX IF NOT EXISTS task_work
    ON task (assigned_user_id, status, archived, due_date, person_id);
-- The overview: overdue tasks by worker, read from the index alone.
CREATE INDEX IF NOT EXISTS task_overdue
    ON task (status, archived, due_date, assigned_user_id, person_id);
-- The overview: open cases by identification status and age of the latest reception, read from
-- the index alone (the open cases are a small part of the persons).
CREATE INDEX IF NOT EXISTS person_open_work
    ON person (last_case_status, archived, last_identification_status, last_reception_date);
