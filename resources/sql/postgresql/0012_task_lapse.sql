-- SafeReturn schema for PostgreSQL, version 12: a rule's task already long overdue when it is
-- made is made "lapsed" (task_rule.lapse_days, 0: never), as
-- resources/sql/sqlite/0012_task_lapse.sql explains, with the same changes of indexes and of the
-- goal rule's name.

ALTER TABLE task_rule ADD COLUMN lapse_days integer NOT NULL DEFAULT 90
    CHECK (lapse_days >= 0 AND lapse_days <= 3650);

-- Two indexes step 10 made redundant (resources/sql/sqlite/0012_task_lapse.sql says why).
DROP INDEX task_assigned;
DROP INDEX task_status_due;

ALTER TABLE task DROP CONSTRAINT task_status_check;
ALTER TABLE task ADD CONSTRAINT task_status_check
    CHECK (status IN ('open', 'done', 'cancelled', 'lapsed'));

-- The open rule tasks made before this version as the rule now decides.
UPDATE task
   SET status = 'lapsed',
       version = version + 1,
       updated_at = to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
       updated_by = 'system'
 WHERE status = 'open'
   AND archived = 0
   AND rule_code <> ''
   AND EXISTS (SELECT 1 FROM task_rule r
                WHERE r.code = task.rule_code
                  AND r.lapse_days > 0
                  -- the day it was made in Vietnam (UTC+7), as domain/Clock.h
                  AND task.due_date < to_char((task.created_at::timestamptz AT TIME ZONE 'UTC'
                                               + interval '7 hours')::date - r.lapse_days,
                                              'YYYY-MM-DD'));

-- The goal rules' pending tasks name their goal (resources/sql/sqlite/0012_task_lapse.sql).
UPDATE task
   SET title = COALESCE((SELECT g.goal FROM plan_goal g
                          WHERE g.uuid = split_part(task.source_key, ':plan_goal:', 2)), ''),
       version = version + 1,
       updated_at = to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
       updated_by = 'system'
 WHERE status IN ('open', 'lapsed')
   AND title = ''
   AND source_key LIKE '%:plan_goal:%';

-- The shipped goal rule's name said "past its target date" of tasks that fall due on it; renamed
-- where an administrator has not edited it.
UPDATE task_rule
   SET name_vi = 'Rà soát mục tiêu đến ngày dự kiến',
       name_en = 'Review a goal at its target date'
 WHERE code = 'goal_review' AND created_by = 'system' AND version = 1;

-- The caseloads (storage/CaseAssignmentRepository.cpp) were counted through step 11's partial
-- index while it led with the responsible worker; at a million persons SQLite preferred an
-- equality search on last_case_status in person_open_work and read 160,000 person rows. Led by
-- the status the query names, the partial index is searched and covers the count.
DROP INDEX person_caseload;
CREATE INDEX person_caseload ON person (last_case_status, responsible_user_id, archived)
    WHERE last_case_status = 'open';
