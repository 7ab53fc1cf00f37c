-- SafeReturn schema, version 14: the centre's work beyond cases (docs/centre-work.md): the hotline's call log,
-- the shelters, their rooms and the stays in them, prevention activities and clubs.
-- Written for SQLite; resources/sql/postgresql/0014_centre_work.sql is the same step for PostgreSQL.

-- == Hotline ==
-- The call log of the centre's free 24/7 line (docs/centre-work.md, "Hotline"). A call belongs
-- to no case; an emergency call that became one links to its person and, when known, to the
-- reception it led to (the case timeline shows it). Codes are src/domain/HotlineRecord.cpp's;
-- actions is a comma-separated list of them. The date and time are the centre's local time as
-- the worker on duty wrote them (call_time "HH:MM"). Anonymous calls hold no caller's name or
-- phone: the CHECK keeps it so whatever writes the row.
CREATE TABLE hotline_call (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    call_date      TEXT NOT NULL,
    call_time      TEXT NOT NULL DEFAULT '',
    duration_minutes INTEGER NOT NULL DEFAULT 0 CHECK (duration_minutes >= 0),
    line           TEXT NOT NULL DEFAULT '18001769',
    caller_type    TEXT NOT NULL CHECK (caller_type IN ('person_concerned', 'family', 'community',
                                                        'authority', 'anonymous')),
    caller_name    TEXT NOT NULL DEFAULT '',
    caller_phone   TEXT NOT NULL DEFAULT '',
    reason         TEXT NOT NULL CHECK (reason IN ('advice', 'trafficking_report', 'violence_abuse',
                                                   'emergency_help', 'policy_information', 'other')),
    sex            TEXT NOT NULL DEFAULT 'unknown',
    age_band       TEXT NOT NULL DEFAULT 'unknown',
    province_code  TEXT,
    urgency        TEXT NOT NULL DEFAULT 'normal' CHECK (urgency IN ('normal', 'urgent', 'emergency')),
    actions        TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    person_id      INTEGER REFERENCES person (id),
    reception_id   INTEGER REFERENCES reception (id),
    archived       INTEGER NOT NULL DEFAULT 0,
    archive_reason TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1,
    CHECK (caller_type <> 'anonymous' OR (caller_name = '' AND caller_phone = '')),
    CHECK (reception_id IS NULL OR person_id IS NOT NULL)
);
-- The register and the period report walk calls by date; the case timeline finds a person's.
CREATE INDEX hotline_call_date ON hotline_call (call_date, call_time);
CREATE INDEX hotline_call_person ON hotline_call (person_id) WHERE person_id IS NOT NULL;

CREATE TRIGGER hotline_call_no_delete BEFORE DELETE ON hotline_call
BEGIN
    SELECT RAISE(ABORT, 'records are archived, not deleted');
END;
