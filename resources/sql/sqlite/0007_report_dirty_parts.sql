-- SafeReturn schema, version 7: a written support or follow-up recomputes only its own kind of
-- report facts (docs/performance.md, "Import of a full export").
--
-- Until version 6 every written support noted its person in report_dirty, and the upkeep
-- before COMMIT recomputed all of that person's facts: receptions, supports and follow-ups,
-- and every share of report_month they add to. A support does not change a reception fact,
-- nor a follow-up a support fact (report_reception, report_support and report_follow_up are
-- computed from their own records and from the archive flags and attributes of the reception
-- and the person, whose changes still note the person in report_dirty). So supports and
-- follow-ups now note their person in report_dirty_part with the part they change, and the
-- upkeep (src/storage/sqlite/SqliteReportSummary.cpp) recomputes only those facts and shares.

CREATE TABLE IF NOT EXISTS report_dirty_part (
    person_id INTEGER NOT NULL,
    part      TEXT NOT NULL CHECK (part IN ('support', 'follow_up')),
    PRIMARY KEY (person_id, part)
) WITHOUT ROWID;

DROP TRIGGER IF EXISTS report_dirty_support_insert;
DROP TRIGGER IF EXISTS report_dirty_support_update;
DROP TRIGGER IF EXISTS report_dirty_follow_up_insert;
DROP TRIGGER IF EXISTS report_dirty_follow_up_update;

CREATE TRIGGER report_dirty_support_insert AFTER INSERT ON support
BEGIN
    INSERT OR IGNORE INTO report_dirty_part (person_id, part)
        SELECT person_id, 'support' FROM reception WHERE id = NEW.reception_id;
END;
CREATE TRIGGER report_dirty_support_update AFTER UPDATE ON support
BEGIN
    INSERT OR IGNORE INTO report_dirty_part (person_id, part)
        SELECT person_id, 'support' FROM reception WHERE id IN (OLD.reception_id, NEW.reception_id);
END;
CREATE TRIGGER report_dirty_follow_up_insert AFTER INSERT ON follow_up
BEGIN
    INSERT OR IGNORE INTO report_dirty_part (person_id, part)
        SELECT person_id, 'follow_up' FROM reception WHERE id = NEW.reception_id;
END;
CREATE TRIGGER report_dirty_follow_up_update AFTER UPDATE ON follow_up
BEGIN
    INSERT OR IGNORE INTO report_dirty_part (person_id, part)
        SELECT person_id, 'follow_up' FROM reception WHERE id IN (OLD.reception_id, NEW.reception_id);
END;
