-- SafeReturn schema, version 1.
-- Run by the storage layer inside one transaction; PRAGMA user_version is set by the runner.
-- Conventions: dates are ISO text (YYYY-MM-DD), timestamps ISO UTC text with 'Z';
-- codes are the stable codes of docs/architecture.md; amounts are integer đồng.
-- Every record carries uuid, created_at/by, updated_at/by, version, archived.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Reference lists ------------------------------------------------------------

CREATE TABLE country (
    code    TEXT PRIMARY KEY CHECK (length(code) = 2),
    name_vi TEXT NOT NULL,
    name_en TEXT NOT NULL,
    alpha3  TEXT,
    numeric_code TEXT
) WITHOUT ROWID;

CREATE TABLE ethnic_group (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    other_names TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

CREATE TABLE province (
    era       TEXT NOT NULL CHECK (era IN ('pre_2025', 'from_2025')),
    code      TEXT NOT NULL,
    name      TEXT NOT NULL,
    full_name TEXT NOT NULL,
    PRIMARY KEY (era, code)
) WITHOUT ROWID;

CREATE TABLE commune (
    era           TEXT NOT NULL CHECK (era IN ('pre_2025', 'from_2025')),
    code          TEXT NOT NULL,
    province_code TEXT NOT NULL,
    name          TEXT NOT NULL,
    full_name     TEXT NOT NULL,
    district_name TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (era, code),
    FOREIGN KEY (era, province_code) REFERENCES province (era, code)
) WITHOUT ROWID;

CREATE TABLE agency (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    code           TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL,
    name_en        TEXT NOT NULL DEFAULT '',
    kind           TEXT NOT NULL,
    province_code  TEXT NOT NULL DEFAULT '',
    archived       INTEGER NOT NULL DEFAULT 0,
    archive_reason TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE border_gate (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    code           TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL,
    name_en        TEXT NOT NULL DEFAULT '',
    country_code   TEXT REFERENCES country (code),
    archived       INTEGER NOT NULL DEFAULT 0,
    archive_reason TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE support_type (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT NOT NULL UNIQUE,
    code               TEXT NOT NULL UNIQUE,
    name_vi            TEXT NOT NULL,
    name_en            TEXT NOT NULL DEFAULT '',
    default_amount_vnd INTEGER NOT NULL DEFAULT 0 CHECK (default_amount_vnd >= 0),
    legal_regime       INTEGER NOT NULL DEFAULT 0,
    sort_order         INTEGER NOT NULL DEFAULT 0,
    archived           INTEGER NOT NULL DEFAULT 0,
    archive_reason     TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    created_by         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    updated_by         TEXT NOT NULL,
    version            INTEGER NOT NULL DEFAULT 1
);

-- Case records ---------------------------------------------------------------

CREATE TABLE handover_batch (
    id                    INTEGER PRIMARY KEY,
    uuid                  TEXT NOT NULL UNIQUE,
    batch_date            TEXT NOT NULL,
    border_gate_code      TEXT REFERENCES border_gate (code),
    foreign_agency        TEXT NOT NULL DEFAULT '',
    receiving_agency_code TEXT REFERENCES agency (code),
    persons_total         INTEGER NOT NULL DEFAULT 0 CHECK (persons_total >= 0),
    persons_male          INTEGER NOT NULL DEFAULT 0 CHECK (persons_male >= 0),
    persons_female        INTEGER NOT NULL DEFAULT 0 CHECK (persons_female >= 0),
    persons_children      INTEGER NOT NULL DEFAULT 0 CHECK (persons_children >= 0),
    classified            INTEGER NOT NULL DEFAULT 0,
    persons_verified      INTEGER NOT NULL DEFAULT 0 CHECK (persons_verified >= 0),
    cases_identified      INTEGER NOT NULL DEFAULT 0 CHECK (cases_identified >= 0),
    victims_identified    INTEGER NOT NULL DEFAULT 0 CHECK (victims_identified >= 0),
    notes                 TEXT NOT NULL DEFAULT '',
    archived              INTEGER NOT NULL DEFAULT 0,
    archive_reason        TEXT NOT NULL DEFAULT '',
    created_at            TEXT NOT NULL,
    created_by            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    updated_by            TEXT NOT NULL,
    version               INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX handover_batch_date ON handover_batch (batch_date);

CREATE TABLE person (
    id                     INTEGER PRIMARY KEY,
    uuid                   TEXT NOT NULL UNIQUE,
    case_code              TEXT NOT NULL UNIQUE,
    full_name              TEXT NOT NULL,
    other_names            TEXT NOT NULL DEFAULT '',
    name_folded            TEXT NOT NULL,          -- foldForSearch(full_name), duplicate check
    sex                    TEXT NOT NULL CHECK (sex IN ('male', 'female', 'unknown')),
    birth_date             TEXT NOT NULL DEFAULT '', -- PartialDate ISO: YYYY, YYYY-MM or YYYY-MM-DD
    birth_year             INTEGER,                -- derived from birth_date or the estimate
    estimated_age_years    INTEGER,
    estimated_age_as_of    TEXT NOT NULL DEFAULT '',
    nationality            TEXT NOT NULL REFERENCES country (code),
    ethnicity              TEXT NOT NULL REFERENCES ethnic_group (code),
    document_type          TEXT NOT NULL DEFAULT 'none',
    document_number        TEXT NOT NULL DEFAULT '',
    residence_era          TEXT NOT NULL DEFAULT 'from_2025',
    residence_province     TEXT NOT NULL DEFAULT '',
    residence_commune      TEXT NOT NULL DEFAULT '',
    residence_commune_text TEXT NOT NULL DEFAULT '',
    address_line           TEXT NOT NULL DEFAULT '',
    phone                  TEXT NOT NULL DEFAULT '',
    family_contact         TEXT NOT NULL DEFAULT '',
    consent_services       INTEGER NOT NULL DEFAULT 0,
    consent_sharing        INTEGER NOT NULL DEFAULT 0,
    consent_statistics     INTEGER NOT NULL DEFAULT 0,
    notes                  TEXT NOT NULL DEFAULT '',
    -- Summary of the latest reception, kept by the storage layer in the same transaction,
    -- so the case list sorts and filters through indexes at a million persons.
    last_reception_id      INTEGER,
    last_reception_date    TEXT NOT NULL DEFAULT '',
    last_agency_code       TEXT NOT NULL DEFAULT '',
    last_country_code      TEXT NOT NULL DEFAULT '',
    last_identification_status TEXT NOT NULL DEFAULT '',
    last_case_status       TEXT NOT NULL DEFAULT '',
    archived               INTEGER NOT NULL DEFAULT 0,
    archive_reason         TEXT NOT NULL DEFAULT '',
    created_at             TEXT NOT NULL,
    created_by             TEXT NOT NULL,
    updated_at             TEXT NOT NULL,
    updated_by             TEXT NOT NULL,
    version                INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX person_name_folded ON person (name_folded, birth_year);
CREATE INDEX person_document ON person (document_number) WHERE document_number <> '';
CREATE INDEX person_last_reception_date ON person (last_reception_date, id);

CREATE TABLE reception (
    id                         INTEGER PRIMARY KEY,
    uuid                       TEXT NOT NULL UNIQUE,
    person_id                  INTEGER NOT NULL REFERENCES person (id),
    reception_date             TEXT NOT NULL,
    agency_code                TEXT NOT NULL REFERENCES agency (code),
    batch_id                   INTEGER REFERENCES handover_batch (id),
    country_code               TEXT NOT NULL REFERENCES country (code),
    route                      TEXT NOT NULL,
    exploitation               TEXT NOT NULL DEFAULT '', -- comma-separated codes
    identification_status      TEXT NOT NULL,
    identification_agency_code TEXT REFERENCES agency (code),
    identification_date        TEXT NOT NULL DEFAULT '',
    identification_basis       TEXT NOT NULL DEFAULT '',
    case_status                TEXT NOT NULL CHECK (case_status IN ('open', 'closed')),
    outcome                    TEXT NOT NULL DEFAULT '',
    closed_date                TEXT NOT NULL DEFAULT '',
    age_years                  INTEGER,          -- age at reception, derived, kept in sync
    age_band                   TEXT NOT NULL DEFAULT 'unknown',
    notes                      TEXT NOT NULL DEFAULT '',
    archived                   INTEGER NOT NULL DEFAULT 0,
    archive_reason             TEXT NOT NULL DEFAULT '',
    created_at                 TEXT NOT NULL,
    created_by                 TEXT NOT NULL,
    updated_at                 TEXT NOT NULL,
    updated_by                 TEXT NOT NULL,
    version                    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX reception_person ON reception (person_id, reception_date);
CREATE INDEX reception_date ON reception (reception_date);
CREATE INDEX reception_batch ON reception (batch_id) WHERE batch_id IS NOT NULL;

CREATE TABLE support (
    id                   INTEGER PRIMARY KEY,
    uuid                 TEXT NOT NULL UNIQUE,
    reception_id         INTEGER NOT NULL REFERENCES reception (id),
    type_code            TEXT NOT NULL REFERENCES support_type (code),
    support_date         TEXT NOT NULL,
    provider_agency_code TEXT REFERENCES agency (code),
    amount_vnd           INTEGER NOT NULL DEFAULT 0 CHECK (amount_vnd >= 0),
    quantity             INTEGER NOT NULL DEFAULT 1 CHECK (quantity >= 0),
    status               TEXT NOT NULL,
    notes                TEXT NOT NULL DEFAULT '',
    archived             INTEGER NOT NULL DEFAULT 0,
    archive_reason       TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    created_by           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    updated_by           TEXT NOT NULL,
    version              INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX support_reception ON support (reception_id);
CREATE INDEX support_date ON support (support_date);

CREATE TABLE follow_up (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    reception_id   INTEGER NOT NULL REFERENCES reception (id),
    follow_up_date TEXT NOT NULL,
    kind           TEXT NOT NULL,
    health         TEXT NOT NULL DEFAULT 'unknown',
    housing        TEXT NOT NULL DEFAULT 'unknown',
    work           TEXT NOT NULL DEFAULT 'unknown',
    schooling      TEXT NOT NULL DEFAULT 'unknown',
    notes          TEXT NOT NULL DEFAULT '',
    archived       INTEGER NOT NULL DEFAULT 0,
    archive_reason TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX follow_up_reception ON follow_up (reception_id);
CREATE INDEX follow_up_date ON follow_up (follow_up_date);

-- Search index: folded names, other names, case code and document number of each person
-- (rowid = person.id). Text is folded by the application (đ → d) before it is written.
CREATE VIRTUAL TABLE person_search USING fts5 (
    content,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- Audit log: append-only (the triggers below refuse UPDATE and DELETE). changes is JSON
-- {"field": [old, new], ...}; it lives only inside this protected file, never in log files.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL DEFAULT '',
    entity_id INTEGER,
    changes   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_at ON audit_log (at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- Case records are archived, never deleted.
CREATE TRIGGER person_no_delete BEFORE DELETE ON person
BEGIN
    SELECT RAISE(ABORT, 'records are archived, not deleted');
END;
CREATE TRIGGER reception_no_delete BEFORE DELETE ON reception
BEGIN
    SELECT RAISE(ABORT, 'records are archived, not deleted');
END;
CREATE TRIGGER support_no_delete BEFORE DELETE ON support
BEGIN
    SELECT RAISE(ABORT, 'records are archived, not deleted');
END;
CREATE TRIGGER follow_up_no_delete BEFORE DELETE ON follow_up
BEGIN
    SELECT RAISE(ABORT, 'records are archived, not deleted');
END;
CREATE TRIGGER handover_batch_no_delete BEFORE DELETE ON handover_batch
BEGIN
    SELECT RAISE(ABORT, 'records are archived, not deleted');
END;
