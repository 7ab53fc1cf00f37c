-- SafeReturn schema, version 14: the centre's work beyond cases (docs/centre-work.md): the hotline's call log,
-- the shelters, their rooms and the stays in them, prevention activities and clubs.
-- Written for SQLite.

-- == prevention ==
-- Prevention and communication activities and the prevention clubs (docs/centre-work.md,
-- "## Prevention"). Neither belongs to a case; no person is named in them. A place is a commune
-- of the reference lists (commune), in the list of its era: before or after the 1/7/2025 merger.
CREATE TABLE prevention_club (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL,
    era            TEXT NOT NULL CHECK (era IN ('pre_2025', 'from_2025')),
    commune_code   TEXT,
    founded_date   TEXT NOT NULL DEFAULT '',
    members        INTEGER NOT NULL DEFAULT 0 CHECK (members >= 0),
    notes          TEXT NOT NULL DEFAULT '',
    archived       INTEGER NOT NULL DEFAULT 0,
    archive_reason TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1,
    FOREIGN KEY (era, commune_code) REFERENCES commune (era, code)
);

-- One activity: leaflets or booklets handed out, panels put up, media items published, a
-- training or conference, a community or club meeting, a decision or plan issued. quantity is
-- the copies, items, sessions or documents of its kind (domain/Prevention.h).
CREATE TABLE prevention_activity (
    id                      INTEGER PRIMARY KEY,
    uuid                    TEXT NOT NULL UNIQUE,
    kind                    TEXT NOT NULL,
    start_date              TEXT NOT NULL,
    end_date                TEXT NOT NULL DEFAULT '',
    era                     TEXT NOT NULL CHECK (era IN ('pre_2025', 'from_2025')),
    commune_code            TEXT,
    quantity                INTEGER NOT NULL DEFAULT 0 CHECK (quantity >= 0),
    participants_total      INTEGER NOT NULL DEFAULT 0 CHECK (participants_total >= 0),
    participants_women      INTEGER NOT NULL DEFAULT 0 CHECK (participants_women >= 0),
    participants_minorities INTEGER NOT NULL DEFAULT 0 CHECK (participants_minorities >= 0),
    target_groups           TEXT NOT NULL DEFAULT '',
    organiser               TEXT NOT NULL DEFAULT '',
    partner                 TEXT NOT NULL DEFAULT '',
    club_id                 INTEGER REFERENCES prevention_club (id),
    notes                   TEXT NOT NULL DEFAULT '',
    archived                INTEGER NOT NULL DEFAULT 0,
    archive_reason          TEXT NOT NULL DEFAULT '',
    created_at              TEXT NOT NULL,
    created_by              TEXT NOT NULL,
    updated_at              TEXT NOT NULL,
    updated_by              TEXT NOT NULL,
    version                 INTEGER NOT NULL DEFAULT 1,
    FOREIGN KEY (era, commune_code) REFERENCES commune (era, code)
);
CREATE INDEX prevention_activity_date ON prevention_activity (start_date, kind);
CREATE INDEX prevention_activity_club ON prevention_activity (club_id);

CREATE TRIGGER prevention_club_no_delete BEFORE DELETE ON prevention_club
BEGIN
    SELECT RAISE(ABORT, 'records are archived, not deleted');
END;
CREATE TRIGGER prevention_activity_no_delete BEFORE DELETE ON prevention_activity
BEGIN
    SELECT RAISE(ABORT, 'records are archived, not deleted');
END;
