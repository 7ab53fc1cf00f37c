-- SafeReturn schema, version 5: tamper evidence for the audit log (issue 6).
-- Every audit row carries hash = hex(BLAKE2b-256(previous row's hash, this row's id, at, actor,
-- action, entity, entity_id, changes)), computed by the SQL function sr_audit_hash() that
-- storage registers on every connection it opens (src/storage/AuditLog.cpp, which also defines
-- the exact encoding). The first row chains from no hash. `safereturn check` recomputes the
-- chain and names the first row whose hash does not match (docs/security.md).
-- Rows written before this version are chained here, inside this migration's transaction, so
-- the chain covers the whole log of an upgraded database.

ALTER TABLE audit_log ADD COLUMN hash TEXT;

DROP TRIGGER audit_log_no_update;

CREATE TEMP TABLE audit_chain_seed AS
WITH RECURSIVE chain (id, hash) AS (
    SELECT a.id, sr_audit_hash(NULL, a.id, a.at, a.actor, a.action, a.entity, a.entity_id,
                               a.changes)
    FROM audit_log a
    WHERE a.id = (SELECT min(id) FROM audit_log)
    UNION ALL
    SELECT a.id, sr_audit_hash(chain.hash, a.id, a.at, a.actor, a.action, a.entity, a.entity_id,
                               a.changes)
    FROM chain
    JOIN audit_log a ON a.id = (SELECT min(id) FROM audit_log WHERE id > chain.id)
)
SELECT id, hash FROM chain;

UPDATE audit_log
SET hash = (SELECT s.hash FROM temp.audit_chain_seed s WHERE s.id = audit_log.id);

DROP TABLE temp.audit_chain_seed;

-- Still append-only: the one update allowed is the chain trigger below filling the hash of the
-- row just inserted (hash NULL → value, every other column unchanged).
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (OLD.hash IS NULL AND NEW.hash IS NOT NULL
          AND NEW.id = OLD.id AND NEW.at IS OLD.at AND NEW.actor IS OLD.actor
          AND NEW.action IS OLD.action AND NEW.entity IS OLD.entity
          AND NEW.entity_id IS OLD.entity_id AND NEW.changes IS OLD.changes)
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- Chains every new row in the statement that inserts it (same transaction): every writer of
-- the audit log (AuditLog::append, RecordStore) is covered. A row inserted with a hash of its
-- own is refused by the trigger above.
CREATE TRIGGER audit_log_chain AFTER INSERT ON audit_log
BEGIN
    UPDATE audit_log
    SET hash = sr_audit_hash((SELECT p.hash FROM audit_log p WHERE p.id < NEW.id
                              ORDER BY p.id DESC LIMIT 1),
                             NEW.id, NEW.at, NEW.actor, NEW.action, NEW.entity, NEW.entity_id,
                             NEW.changes)
    WHERE id = NEW.id;
END;
