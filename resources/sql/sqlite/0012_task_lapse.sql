-- SafeReturn schema, version 12: a rule's task that is already long overdue when it is made (a
-- handover of years ago entered or imported today) is made "lapsed" instead of open, so that
-- history does not bury the worker's day under tasks nobody can do any more (docs/case-work.md,
-- "Tasks made for old records"). How long is long is data of each rule: task_rule.lapse_days
-- (0: never). On the way: two redundant task indexes go, the shipped goal rule is renamed and the
-- caseload index is led by the case status (each explained where it is done below). Written for
-- PostgreSQL too (resources/sql/postgresql/0012_task_lapse.sql).

ALTER TABLE task_rule ADD COLUMN lapse_days INTEGER NOT NULL DEFAULT 90
    CHECK (lapse_days >= 0 AND lapse_days <= 3650);

-- SQLite cannot change a CHECK constraint in place: the task table is rebuilt with the new
-- status, its rows copied as they are (ids kept; nothing references task), then its indexes and
-- its trigger made again as resources/sql/sqlite/0009_case_work.sql and 0010_case_work_indexes.sql
-- made them, except two that step 10's indexes made redundant and that every task written (an
-- import writes thousands) still had to keep: task_assigned, a prefix of task_work once the
-- queries name archived = 0, and task_status_due, of task_overdue.
CREATE TABLE task_new (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    person_id        INTEGER NOT NULL REFERENCES person (id),
    reception_id     INTEGER REFERENCES reception (id),
    title            TEXT NOT NULL DEFAULT '',
    notes            TEXT NOT NULL DEFAULT '',
    due_date         TEXT NOT NULL,
    assigned_user_id INTEGER REFERENCES app_user (id),
    status           TEXT NOT NULL CHECK (status IN ('open', 'done', 'cancelled', 'lapsed')),
    done_date        TEXT NOT NULL DEFAULT '',
    done_by          TEXT NOT NULL DEFAULT '',
    rule_code        TEXT NOT NULL DEFAULT '',
    source_key       TEXT UNIQUE, -- "<rule>:<table>:<uuid>": a rule never makes a task twice
    archived         INTEGER NOT NULL DEFAULT 0,
    archive_reason   TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1
);
INSERT INTO task_new (id, uuid, person_id, reception_id, title, notes, due_date, assigned_user_id,
                      status, done_date, done_by, rule_code, source_key, archived, archive_reason,
                      created_at, created_by, updated_at, updated_by, version)
SELECT id, uuid, person_id, reception_id, title, notes, due_date, assigned_user_id, status,
       done_date, done_by, rule_code, source_key, archived, archive_reason, created_at, created_by,
       updated_at, updated_by, version
  FROM task;
DROP TABLE task;
ALTER TABLE task_new RENAME TO task;

CREATE INDEX task_person ON task (person_id, due_date);
CREATE INDEX task_reception ON task (reception_id) WHERE reception_id IS NOT NULL;
CREATE INDEX task_rule_due ON task (rule_code, due_date) WHERE rule_code <> '';
CREATE INDEX task_work ON task (assigned_user_id, status, archived, due_date, person_id);
CREATE INDEX task_overdue ON task (status, archived, due_date, assigned_user_id, person_id);
CREATE TRIGGER task_no_delete BEFORE DELETE ON task
BEGIN
    SELECT RAISE(ABORT, 'records are archived, not deleted');
END;

-- The open rule tasks made before this version as the rule now decides: those that were
-- already overdue by more than their rule's lapse days on the day they were made (the day in
-- Vietnam, UTC+7, as domain/Clock.h's todayInVietnam()).
UPDATE task
   SET status = 'lapsed',
       version = version + 1,
       updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'),
       updated_by = 'system'
 WHERE status = 'open'
   AND archived = 0
   AND rule_code <> ''
   AND EXISTS (SELECT 1 FROM task_rule r
                WHERE r.code = task.rule_code
                  AND r.lapse_days > 0
                  AND task.due_date < date(task.created_at, '+7 hours',
                                           '-' || r.lapse_days || ' days'));

-- The goal rules' pending tasks name their goal from now on (services/TaskRules.cpp keeps the
-- goal's text in the title); the ones made before get it here rather than at their case's next
-- save.
UPDATE task
   SET title = COALESCE((SELECT g.goal FROM plan_goal g
                          WHERE g.uuid = substr(task.source_key,
                                                instr(task.source_key, ':plan_goal:') + 11)), ''),
       version = version + 1,
       updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'),
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
