-- SafeReturn schema, version 9: case work over time (docs/case-work.md): the responsible worker
-- of a case and its history, the support plan's goals per reception, tasks with due dates and
-- the rules that make them, and managers' approvals. Written for PostgreSQL too
-- (resources/sql/postgresql/0009_case_work.sql).

-- Teams: a manager sees the cases of the workers of their team when record-level access is on.
ALTER TABLE app_user ADD COLUMN team TEXT NOT NULL DEFAULT '';

-- The case's responsible worker: written when the person is inserted (by default the user who
-- created the case), then only by an assignment (storage/CaseAssignmentRepository.h).
-- Existing cases take the account of their creator, when there is one; the others stay
-- unassigned until a manager assigns them.
ALTER TABLE person ADD COLUMN responsible_user_id INTEGER REFERENCES app_user (id);
UPDATE person
   SET responsible_user_id = (SELECT u.id FROM app_user u WHERE u.user_name = person.created_by)
 WHERE EXISTS (SELECT 1 FROM app_user u WHERE u.user_name = person.created_by);
CREATE INDEX person_responsible ON person (responsible_user_id, last_reception_date, id);
-- The period report counts the cases closed in the period.
CREATE INDEX reception_closed ON reception (closed_date) WHERE closed_date <> '';

CREATE TABLE case_assignment (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    person_id        INTEGER NOT NULL REFERENCES person (id),
    user_id          INTEGER REFERENCES app_user (id),
    previous_user_id INTEGER REFERENCES app_user (id),
    reason           TEXT NOT NULL DEFAULT '',
    archived         INTEGER NOT NULL DEFAULT 0,
    archive_reason   TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX case_assignment_person ON case_assignment (person_id, id);
CREATE INDEX case_assignment_user ON case_assignment (user_id, created_at);

CREATE TABLE plan_goal (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    reception_id   INTEGER NOT NULL REFERENCES reception (id),
    area           TEXT NOT NULL CHECK (area IN ('health', 'psychological', 'family', 'legal',
                                                 'education', 'vocational', 'economic', 'safety')),
    goal           TEXT NOT NULL,
    actions        TEXT NOT NULL DEFAULT '',
    target_date    TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'achieved', 'dropped')),
    review_notes   TEXT NOT NULL DEFAULT '',
    archived       INTEGER NOT NULL DEFAULT 0,
    archive_reason TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX plan_goal_reception ON plan_goal (reception_id);

CREATE TABLE task_rule (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    code           TEXT NOT NULL UNIQUE,
    name_vi        TEXT NOT NULL,
    name_en        TEXT NOT NULL DEFAULT '',
    kind           TEXT NOT NULL CHECK (kind IN ('follow_up_after_handover', 'identification_pending',
                                                 'support_referred', 'goal_overdue')),
    offset_months  INTEGER NOT NULL DEFAULT 0 CHECK (offset_months >= 0),
    offset_days    INTEGER NOT NULL DEFAULT 0 CHECK (offset_days >= 0),
    archived       INTEGER NOT NULL DEFAULT 0,
    archive_reason TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE task (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    person_id        INTEGER NOT NULL REFERENCES person (id),
    reception_id     INTEGER REFERENCES reception (id),
    title            TEXT NOT NULL DEFAULT '',
    notes            TEXT NOT NULL DEFAULT '',
    due_date         TEXT NOT NULL,
    assigned_user_id INTEGER REFERENCES app_user (id),
    status           TEXT NOT NULL CHECK (status IN ('open', 'done', 'cancelled')),
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
CREATE INDEX task_assigned ON task (assigned_user_id, status, due_date);
CREATE INDEX task_status_due ON task (status, due_date);
CREATE INDEX task_person ON task (person_id, due_date);
CREATE INDEX task_reception ON task (reception_id) WHERE reception_id IS NOT NULL;
-- The period report counts a rule's tasks due in the period (follow-ups due and done).
CREATE INDEX task_rule_due ON task (rule_code, due_date) WHERE rule_code <> '';

CREATE TABLE approval (
    id                   INTEGER PRIMARY KEY,
    uuid                 TEXT NOT NULL UNIQUE,
    reception_id         INTEGER NOT NULL REFERENCES reception (id),
    kind                 TEXT NOT NULL CHECK (kind IN ('closure', 'plan')),
    status               TEXT NOT NULL CHECK (status IN ('requested', 'approved', 'returned',
                                                         'withdrawn')),
    requested_by_user_id INTEGER NOT NULL REFERENCES app_user (id),
    request_note         TEXT NOT NULL DEFAULT '',
    proposed_outcome     TEXT NOT NULL DEFAULT '',
    proposed_closed_date TEXT NOT NULL DEFAULT '',
    decided_by_user_id   INTEGER REFERENCES app_user (id),
    decided_date         TEXT NOT NULL DEFAULT '',
    decision_comment     TEXT NOT NULL DEFAULT '',
    archived             INTEGER NOT NULL DEFAULT 0,
    archive_reason       TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    created_by           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    updated_by           TEXT NOT NULL,
    version              INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX approval_reception ON approval (reception_id, id);
CREATE INDEX approval_status ON approval (status, kind);

CREATE TRIGGER case_assignment_no_delete BEFORE DELETE ON case_assignment
BEGIN
    SELECT RAISE(ABORT, 'records are archived, not deleted');
END;
CREATE TRIGGER plan_goal_no_delete BEFORE DELETE ON plan_goal
BEGIN
    SELECT RAISE(ABORT, 'records are archived, not deleted');
END;
CREATE TRIGGER task_no_delete BEFORE DELETE ON task
BEGIN
    SELECT RAISE(ABORT, 'records are archived, not deleted');
END;
CREATE TRIGGER approval_no_delete BEFORE DELETE ON approval
BEGIN
    SELECT RAISE(ABORT, 'records are archived, not deleted');
END;

-- The rules that make tasks (docs/case-work.md): data an administrator edits in the reference
-- lists, never code. One rule per follow-up offset after a handover to the family; an
-- identification decision pending, a referred support without its outcome and a goal past its
-- target date after offset_days. Fixed uuids: the same entries on every engine.
INSERT INTO task_rule (uuid, code, name_vi, name_en, kind, offset_months, offset_days,
                       created_at, created_by, updated_at, updated_by)
VALUES
    ('cc35a6b8-a1f0-54cb-8733-994cff13b80e', 'follow_up_1m', 'Liên hệ theo dõi 1 tháng sau khi bàn giao về gia đình', 'Follow-up contact 1 month after handover to the family', 'follow_up_after_handover', 1, 0, '2026-12-07T00:00:00Z', 'system', '2026-12-07T00:00:00Z', 'system'),
    ('c198af77-cc44-5c0e-b970-a9d4083eba3e', 'follow_up_3m', 'Liên hệ theo dõi 3 tháng sau khi bàn giao về gia đình', 'Follow-up contact 3 months after handover to the family', 'follow_up_after_handover', 3, 0, '2026-12-07T00:00:00Z', 'system', '2026-12-07T00:00:00Z', 'system'),
    ('8eb42d9f-62ae-5b41-b0e2-11fcb51ebd89', 'follow_up_6m', 'Liên hệ theo dõi 6 tháng sau khi bàn giao về gia đình', 'Follow-up contact 6 months after handover to the family', 'follow_up_after_handover', 6, 0, '2026-12-07T00:00:00Z', 'system', '2026-12-07T00:00:00Z', 'system'),
    ('acd80f19-10b7-5d4e-b00a-283bd2dc0f0f', 'follow_up_12m', 'Liên hệ theo dõi 12 tháng sau khi bàn giao về gia đình', 'Follow-up contact 12 months after handover to the family', 'follow_up_after_handover', 12, 0, '2026-12-07T00:00:00Z', 'system', '2026-12-07T00:00:00Z', 'system'),
    ('8c22b887-47e0-5287-8e14-843c7e5ca895', 'identification_decision', 'Ra quyết định xác định nạn nhân', 'Decide on identification as a victim', 'identification_pending', 0, 30, '2026-12-07T00:00:00Z', 'system', '2026-12-07T00:00:00Z', 'system'),
    ('367b8a18-179d-5cd6-8654-d341c688a658', 'referral_outcome', 'Ghi kết quả hỗ trợ đã chuyển gửi', 'Record the outcome of a referred support', 'support_referred', 0, 14, '2026-12-07T00:00:00Z', 'system', '2026-12-07T00:00:00Z', 'system'),
    ('7250030e-d4aa-5826-a515-8eff2982ced9', 'goal_review', 'Xem lại mục tiêu đã quá hạn', 'Review a goal past its target date', 'goal_overdue', 0, 0, '2026-12-07T00:00:00Z', 'system', '2026-12-07T00:00:00Z', 'system');

-- Organisation settings (an administrator changes them): whether closing a case and approving a
-- support plan need a manager's approval, and whether a social worker sees only their own cases.
INSERT OR IGNORE INTO settings (key, value) VALUES ('approvals_required', '0');
INSERT OR IGNORE INTO settings (key, value) VALUES ('record_level_access', '0');
