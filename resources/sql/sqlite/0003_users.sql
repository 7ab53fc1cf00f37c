-- SafeReturn schema, version 3: user accounts (issue 6, "Users and roles").
-- Users are disabled, never deleted: the audit log names them. Passwords are stored as libsodium
-- crypto_pwhash_str strings ("$argon2id$v=19$m=...,t=...,p=1$salt$hash"), never in clear.
-- failed_attempts and locked_until keep the login lockout (5 failures → 15 minutes) across
-- restarts. User names are ASCII login names (letters, digits, '.', '_', '-'), unique without
-- regard to case.

CREATE TABLE app_user (
    id                   INTEGER PRIMARY KEY,
    uuid                 TEXT NOT NULL UNIQUE,
    user_name            TEXT NOT NULL COLLATE NOCASE UNIQUE,
    display_name         TEXT NOT NULL DEFAULT '',
    role                 TEXT NOT NULL
                         CHECK (role IN ('viewer', 'social_worker', 'manager', 'administrator')),
    password_hash        TEXT NOT NULL,
    disabled             INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    failed_attempts      INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until         TEXT,
    last_login_at        TEXT,
    created_at           TEXT NOT NULL,
    created_by           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    updated_by           TEXT NOT NULL,
    version              INTEGER NOT NULL DEFAULT 1
);

CREATE TRIGGER app_user_no_delete BEFORE DELETE ON app_user
BEGIN
    SELECT RAISE(ABORT, 'users are disabled, not deleted');
END;

-- Minutes of inactivity before the desktop application locks itself (administrators change it).
INSERT OR IGNORE INTO settings (key, value) VALUES ('idle_lock_minutes', '10');
