-- SafeReturn schema for PostgreSQL, version 3: nothing to do.
-- 0001_initial.sql already holds what resources/sql/sqlite/0003_users.sql adds
-- (no server database was ever made at an earlier version); the step keeps its number so that
-- both engines count the same versions.
SELECT 1;
