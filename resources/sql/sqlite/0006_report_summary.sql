-- SafeReturn schema, version 6: the period report read from summaries kept in the same
-- transaction as the records (issue 7, docs/performance.md).
--
-- report_reception, report_support, report_follow_up ("facts") hold one narrow row per active
-- reception, support and follow-up (neither it, its reception nor its person archived), with
-- the person's attributes the report groups by and, per person, the date of the previous and
-- next such record (previous provided support of the same type / of any type). A record is
-- the first of its person in a range [from, to] exactly when its previous date is before
-- `from` (or there is none), and the last when its next date is after `to`: distinct-person
-- counts become sums.
--
-- report_month adds the facts up per month and grouping ("dim", "code") and per month of the
-- previous (outcomes: next) date, "other" ('' when none). A report over whole months reads
-- only these rows, whose number does not grow with the number of persons; days before the
-- first or after the last whole month are read from the facts (src/storage/ReportQueries.cpp).
--
-- Upkeep: triggers note the person of every written reception, support and follow-up (and of a
-- person whose archive flag or reported attributes change) in report_dirty; the outermost
-- storage::Transaction recomputes the facts of those persons and adjusts report_month before
-- its COMMIT (src/storage/ReportSummary.cpp), so every write path keeps them, in the same
-- transaction. These are derived tables: their rows are replaced, records never are. The
-- script can run again on a database that has them (IF NOT EXISTS; noted persons are
-- recomputed, not added twice).

CREATE TABLE IF NOT EXISTS report_reception (
    reception_id          INTEGER PRIMARY KEY,
    person_id             INTEGER NOT NULL,
    reception_date        TEXT NOT NULL,
    prev_date             TEXT,
    next_date             TEXT,
    country_code          TEXT NOT NULL,
    agency_code           TEXT NOT NULL,
    route                 TEXT NOT NULL,
    identification_status TEXT NOT NULL,
    outcome_code          TEXT NOT NULL,
    age_years             INTEGER,
    age_band              TEXT NOT NULL,
    sex                   TEXT NOT NULL,
    nationality           TEXT NOT NULL,
    ethnicity             TEXT NOT NULL,
    residence_province    TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS report_reception_person ON report_reception (person_id);
CREATE INDEX IF NOT EXISTS report_reception_date ON report_reception (reception_date);
CREATE INDEX IF NOT EXISTS report_reception_prev ON report_reception (prev_date) WHERE prev_date IS NOT NULL;
CREATE INDEX IF NOT EXISTS report_reception_next ON report_reception (next_date) WHERE next_date IS NOT NULL;

CREATE TABLE IF NOT EXISTS report_support (
    support_id     INTEGER PRIMARY KEY,
    person_id      INTEGER NOT NULL,
    support_date   TEXT NOT NULL,
    type_code      TEXT NOT NULL,
    status         TEXT NOT NULL,
    quantity       INTEGER NOT NULL,
    amount_vnd     INTEGER NOT NULL,
    prev_type_date TEXT, -- provided only: the person's previous provided support of this type
    prev_any_date  TEXT  -- provided only: the person's previous provided support
);
CREATE INDEX IF NOT EXISTS report_support_person ON report_support (person_id);
CREATE INDEX IF NOT EXISTS report_support_date ON report_support (support_date);
CREATE INDEX IF NOT EXISTS report_support_prev_type ON report_support (prev_type_date)
    WHERE prev_type_date IS NOT NULL;
CREATE INDEX IF NOT EXISTS report_support_prev_any ON report_support (prev_any_date)
    WHERE prev_any_date IS NOT NULL;

CREATE TABLE IF NOT EXISTS report_follow_up (
    follow_up_id   INTEGER PRIMARY KEY,
    person_id      INTEGER NOT NULL,
    follow_up_date TEXT NOT NULL,
    prev_date      TEXT
);
CREATE INDEX IF NOT EXISTS report_follow_up_person ON report_follow_up (person_id);
CREATE INDEX IF NOT EXISTS report_follow_up_date ON report_follow_up (follow_up_date);
CREATE INDEX IF NOT EXISTS report_follow_up_prev ON report_follow_up (prev_date) WHERE prev_date IS NOT NULL;

-- Every grouping of the report as (dim, code), per fact, with the date that decides whether the
-- fact is its person's first (outcome: last) in a range.
CREATE VIEW IF NOT EXISTS report_fact AS
    SELECT person_id, 'total' AS dim, reception_date AS date, '' AS code,
           prev_date AS other_date, 0 AS quantity, 0 AS amount_vnd FROM report_reception
    UNION ALL SELECT person_id, 'country', reception_date, country_code, prev_date, 0, 0
        FROM report_reception
    UNION ALL SELECT person_id, 'agency', reception_date, agency_code, prev_date, 0, 0
        FROM report_reception
    UNION ALL SELECT person_id, 'route', reception_date, route, prev_date, 0, 0
        FROM report_reception
    UNION ALL SELECT person_id, 'status', reception_date, identification_status, prev_date, 0, 0
        FROM report_reception
    UNION ALL SELECT person_id, 'sex_age', reception_date, sex || '|' || age_band, prev_date, 0, 0
        FROM report_reception
    UNION ALL SELECT person_id, 'age', reception_date,
           CASE WHEN age_years < 16 THEN 'under_16' WHEN age_years < 18 THEN 'under_18' ELSE '' END,
           prev_date, 0, 0 FROM report_reception
    UNION ALL SELECT person_id, 'nationality', reception_date, nationality, prev_date, 0, 0
        FROM report_reception
    UNION ALL SELECT person_id, 'ethnicity', reception_date, ethnicity, prev_date, 0, 0
        FROM report_reception
    UNION ALL SELECT person_id, 'province', reception_date, residence_province, prev_date, 0, 0
        FROM report_reception
    UNION ALL SELECT person_id, 'outcome', reception_date, outcome_code, next_date, 0, 0
        FROM report_reception
    UNION ALL SELECT person_id, 'support', support_date, type_code || '|' || status, NULL,
           quantity, amount_vnd FROM report_support
    UNION ALL SELECT person_id, 'support_person', support_date, type_code, prev_type_date, 0, 0
        FROM report_support WHERE status = 'provided'
    UNION ALL SELECT person_id, 'supported', support_date, '', prev_any_date, 0, 0
        FROM report_support WHERE status = 'provided'
    UNION ALL SELECT person_id, 'follow_up', follow_up_date, '', prev_date, 0, 0
        FROM report_follow_up;

CREATE TABLE IF NOT EXISTS report_month (
    month      TEXT NOT NULL,    -- YYYY-MM of the fact's date
    dim        TEXT NOT NULL,
    code       TEXT NOT NULL,
    other      TEXT NOT NULL,    -- YYYY-MM of the previous (outcome: next) date, '' when none
    n          INTEGER NOT NULL,
    quantity   INTEGER NOT NULL,
    amount_vnd INTEGER NOT NULL,
    PRIMARY KEY (month, dim, code, other)
) WITHOUT ROWID;

-- The CSV export's support totals per reception (src/storage/ExportQueries.cpp) from index pages.
-- It starts with reception_id, so it also serves every lookup of support_reception, which goes
-- (one index fewer to write per support).
CREATE INDEX IF NOT EXISTS support_export
    ON support (reception_id, archived, status, type_code, amount_vnd);
DROP INDEX IF EXISTS support_reception;

CREATE TABLE IF NOT EXISTS report_dirty (person_id INTEGER PRIMARY KEY);

CREATE TRIGGER IF NOT EXISTS report_dirty_reception_insert AFTER INSERT ON reception
BEGIN
    INSERT OR IGNORE INTO report_dirty (person_id) VALUES (NEW.person_id);
END;
CREATE TRIGGER IF NOT EXISTS report_dirty_reception_update AFTER UPDATE ON reception
BEGIN
    INSERT OR IGNORE INTO report_dirty (person_id) VALUES (OLD.person_id);
    INSERT OR IGNORE INTO report_dirty (person_id) VALUES (NEW.person_id);
END;
CREATE TRIGGER IF NOT EXISTS report_dirty_support_insert AFTER INSERT ON support
BEGIN
    INSERT OR IGNORE INTO report_dirty (person_id)
        SELECT person_id FROM reception WHERE id = NEW.reception_id;
END;
CREATE TRIGGER IF NOT EXISTS report_dirty_support_update AFTER UPDATE ON support
BEGIN
    INSERT OR IGNORE INTO report_dirty (person_id)
        SELECT person_id FROM reception WHERE id IN (OLD.reception_id, NEW.reception_id);
END;
CREATE TRIGGER IF NOT EXISTS report_dirty_follow_up_insert AFTER INSERT ON follow_up
BEGIN
    INSERT OR IGNORE INTO report_dirty (person_id)
        SELECT person_id FROM reception WHERE id = NEW.reception_id;
END;
CREATE TRIGGER IF NOT EXISTS report_dirty_follow_up_update AFTER UPDATE ON follow_up
BEGIN
    INSERT OR IGNORE INTO report_dirty (person_id)
        SELECT person_id FROM reception WHERE id IN (OLD.reception_id, NEW.reception_id);
END;
CREATE TRIGGER IF NOT EXISTS report_dirty_person_update
    AFTER UPDATE OF archived, sex, nationality, ethnicity, residence_province ON person
BEGIN
    INSERT OR IGNORE INTO report_dirty (person_id) VALUES (NEW.id);
END;

-- Every existing person: the facts and summaries are computed before this migration commits.
INSERT OR IGNORE INTO report_dirty (person_id) SELECT id FROM person;
