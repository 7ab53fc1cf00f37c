-- SafeReturn schema, version 14: the centre's work beyond cases (docs/centre-work.md): the hotline's call log,
-- the shelters, their rooms and the stays in them, prevention activities and clubs.
-- Written for PostgreSQL too (resources/sql/postgresql/0014_centre_work.sql).

-- == Shelter ==
-- The centre's temporary shelter rooms and the Sunshine House (Ngôi nhà Ánh Dương): reference
-- lists an administrator edits, seeded with fixed uuids (the same entries on every engine).
-- A stay (shelter_stay) puts a person's reception in a room from its admission day until the
-- day the person left; the capacity, overlap and date checks are made by
-- services/ShelterService.cpp inside the transaction that writes the stay.
CREATE TABLE shelter (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    code           TEXT NOT NULL UNIQUE,
    name_vi        TEXT NOT NULL,
    name_en        TEXT NOT NULL DEFAULT '',
    sort_order     INTEGER NOT NULL DEFAULT 0,
    archived       INTEGER NOT NULL DEFAULT 0,
    archive_reason TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1
);
INSERT INTO shelter (uuid, code, name_vi, name_en, sort_order,
                     created_at, created_by, updated_at, updated_by)
VALUES
    ('825e7d19-29dd-5f4a-a3e5-b038b981cc69', 'ctxh', 'Trung tâm Công tác xã hội', 'Social Work Centre', 10, '2026-12-07T00:00:00Z', 'system', '2026-12-07T00:00:00Z', 'system'),
    ('fe49dddd-176a-582c-b1a9-6f8a6bc2c5b0', 'anh_duong', 'Ngôi nhà Ánh Dương', 'Sunshine House', 20, '2026-12-07T00:00:00Z', 'system', '2026-12-07T00:00:00Z', 'system');

-- capacity: the beds of the room; a stay is refused when the room is full on any of its days.
CREATE TABLE shelter_room (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    code           TEXT NOT NULL UNIQUE,
    shelter_code   TEXT NOT NULL REFERENCES shelter (code),
    name_vi        TEXT NOT NULL,
    name_en        TEXT NOT NULL DEFAULT '',
    capacity       INTEGER NOT NULL DEFAULT 1 CHECK (capacity >= 0),
    sort_order     INTEGER NOT NULL DEFAULT 0,
    archived       INTEGER NOT NULL DEFAULT 0,
    archive_reason TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1
);
INSERT INTO shelter_room (uuid, code, shelter_code, name_vi, name_en, capacity, sort_order,
                          created_at, created_by, updated_at, updated_by)
VALUES
    ('8bd823ef-b70c-5a39-80a2-7f7971a312c8', 'ctxh_01', 'ctxh', 'Phòng 1', 'Room 1', 4, 10, '2026-12-07T00:00:00Z', 'system', '2026-12-07T00:00:00Z', 'system'),
    ('5e1fb22b-8aea-58c4-bccb-895d644a26f2', 'ctxh_02', 'ctxh', 'Phòng 2', 'Room 2', 4, 20, '2026-12-07T00:00:00Z', 'system', '2026-12-07T00:00:00Z', 'system'),
    ('3160459d-3e38-5de9-a09b-10d29bfb5e95', 'ctxh_03', 'ctxh', 'Phòng 3', 'Room 3', 4, 30, '2026-12-07T00:00:00Z', 'system', '2026-12-07T00:00:00Z', 'system'),
    ('2479d811-24a2-5629-99d0-b56a0410383f', 'ctxh_04', 'ctxh', 'Phòng 4', 'Room 4', 4, 40, '2026-12-07T00:00:00Z', 'system', '2026-12-07T00:00:00Z', 'system'),
    ('b85cd758-aa98-5208-8eb2-36d44496057e', 'ctxh_05', 'ctxh', 'Phòng 5', 'Room 5', 4, 50, '2026-12-07T00:00:00Z', 'system', '2026-12-07T00:00:00Z', 'system'),
    ('9afa4d17-250b-515a-be8f-d12f62e12bfc', 'ctxh_06', 'ctxh', 'Phòng 6', 'Room 6', 4, 60, '2026-12-07T00:00:00Z', 'system', '2026-12-07T00:00:00Z', 'system'),
    ('f8d4defb-ea3f-5dd7-bdca-fd1d59f28aa7', 'ctxh_07', 'ctxh', 'Phòng 7', 'Room 7', 2, 70, '2026-12-07T00:00:00Z', 'system', '2026-12-07T00:00:00Z', 'system'),
    ('a97d8176-a69c-5f73-a863-5287eae61796', 'ctxh_08', 'ctxh', 'Phòng 8', 'Room 8', 2, 80, '2026-12-07T00:00:00Z', 'system', '2026-12-07T00:00:00Z', 'system'),
    ('b7ae9739-e8fd-51cb-aeef-82cc528c7747', 'ctxh_09', 'ctxh', 'Phòng 9', 'Room 9', 2, 90, '2026-12-07T00:00:00Z', 'system', '2026-12-07T00:00:00Z', 'system'),
    ('79bf0520-7c05-508b-8466-f4af08ec6eda', 'ctxh_10', 'ctxh', 'Phòng 10', 'Room 10', 2, 100, '2026-12-07T00:00:00Z', 'system', '2026-12-07T00:00:00Z', 'system'),
    ('8dddde27-bfb2-5066-95d8-4c9b2d6657be', 'ad_01', 'anh_duong', 'Phòng 1', 'Room 1', 3, 10, '2026-12-07T00:00:00Z', 'system', '2026-12-07T00:00:00Z', 'system'),
    ('0b4ba8c9-9113-5d5f-ba7c-b42793c03df5', 'ad_02', 'anh_duong', 'Phòng 2', 'Room 2', 3, 20, '2026-12-07T00:00:00Z', 'system', '2026-12-07T00:00:00Z', 'system'),
    ('5b816957-61fe-5273-b45a-60defac60628', 'ad_03', 'anh_duong', 'Phòng 3', 'Room 3', 2, 30, '2026-12-07T00:00:00Z', 'system', '2026-12-07T00:00:00Z', 'system');

-- left_date is '' while the person stays; a stay covers the days admitted_date <= d < left_date
-- (the day of leaving is not a shelter day: docs/centre-work.md). supports_through is the last
-- shelter day already turned into essential-needs supports ('' when none), so converting twice
-- never pays a day twice.
CREATE TABLE shelter_stay (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    reception_id   INTEGER NOT NULL REFERENCES reception (id),
    room_code      TEXT NOT NULL REFERENCES shelter_room (code),
    admitted_date  TEXT NOT NULL,
    left_date      TEXT NOT NULL DEFAULT '',
    leaving_reason TEXT NOT NULL DEFAULT '',
    supports_through TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    archived       INTEGER NOT NULL DEFAULT 0,
    archive_reason TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1,
    CHECK (left_date = '' OR left_date >= admitted_date)
);
CREATE INDEX shelter_stay_room ON shelter_stay (room_code, admitted_date);
CREATE INDEX shelter_stay_reception ON shelter_stay (reception_id);
CREATE INDEX shelter_stay_admitted ON shelter_stay (admitted_date);

-- The essential-needs support is given per shelter day (docs/centre-work.md): the amount of one
-- day, 0 for a support type that is not given per day.
ALTER TABLE support_type ADD COLUMN per_day_amount_vnd INTEGER NOT NULL DEFAULT 0
    CHECK (per_day_amount_vnd >= 0);
UPDATE support_type SET per_day_amount_vnd = 50000 WHERE code = 'essential_needs';

CREATE TRIGGER shelter_no_delete BEFORE DELETE ON shelter
BEGIN
    SELECT RAISE(ABORT, 'records are archived, not deleted');
END;
CREATE TRIGGER shelter_room_no_delete BEFORE DELETE ON shelter_room
BEGIN
    SELECT RAISE(ABORT, 'records are archived, not deleted');
END;
CREATE TRIGGER shelter_stay_no_delete BEFORE DELETE ON shelter_stay
BEGIN
    SELECT RAISE(ABORT, 'records are archived, not deleted');
END;

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
