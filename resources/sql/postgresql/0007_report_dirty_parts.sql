-- SafeReturn schema for PostgreSQL, version 7: nothing to do.
-- 0001_initial.sql already holds what resources/sql/sqlite/0007_report_dirty_parts.sql adds
-- (no server database was ever made at an earlier version); the step keeps its number so that
-- both engines count the same versions.
SELECT 1;
