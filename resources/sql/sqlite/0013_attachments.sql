-- SafeReturn schema, version 13: attachments (docs/attachments.md). Scanned papers and photos
-- kept with a case, described by a record (attachment) and stored, bytes and all, in the
-- database, so a backup, a restore and a server migration carry them and no file outside the
-- database holds them in clear. Written for PostgreSQL too
-- (resources/sql/postgresql/0013_attachments.sql).

-- The kinds of paper, a reference list an administrator edits. Fixed uuids: the same entries on
-- every engine.
CREATE TABLE attachment_type (
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
INSERT INTO attachment_type (uuid, code, name_vi, name_en, sort_order,
                           created_at, created_by, updated_at, updated_by)
VALUES
    ('9aad7324-7161-5f6e-9e1d-61985c96c59d', 'identification_decision', 'Quyết định xác định nạn nhân', 'Identification decision', 10, '2026-12-07T00:00:00Z', 'system', '2026-12-07T00:00:00Z', 'system'),
    ('60d5dfb4-b38c-5369-8c8f-9547ac633ade', 'reception_minutes', 'Biên bản tiếp nhận', 'Reception minutes', 20, '2026-12-07T00:00:00Z', 'system', '2026-12-07T00:00:00Z', 'system'),
    ('6bfa801f-601d-581a-bde7-ea188e355452', 'consent_form', 'Giấy đồng ý', 'Consent form', 30, '2026-12-07T00:00:00Z', 'system', '2026-12-07T00:00:00Z', 'system'),
    ('5105d4a7-9abc-5445-8b0c-d7e6a3393fb5', 'identity_paper', 'Giấy tờ tùy thân', 'Identity paper', 40, '2026-12-07T00:00:00Z', 'system', '2026-12-07T00:00:00Z', 'system'),
    ('1cae9bc7-d91a-53f8-8ebb-703b4d6d7c59', 'medical_record', 'Hồ sơ y tế', 'Medical record', 50, '2026-12-07T00:00:00Z', 'system', '2026-12-07T00:00:00Z', 'system'),
    ('b9d6eb38-fa81-51b2-93a5-4778031fa669', 'support_receipt', 'Biên nhận hỗ trợ', 'Support receipt', 60, '2026-12-07T00:00:00Z', 'system', '2026-12-07T00:00:00Z', 'system'),
    ('c65ddbb3-7c21-596b-9d62-8e1462738b89', 'photo', 'Ảnh', 'Photo', 70, '2026-12-07T00:00:00Z', 'system', '2026-12-07T00:00:00Z', 'system'),
    ('1b2b32d0-8ace-5466-a2bb-98b575906795', 'other', 'Khác', 'Other', 80, '2026-12-07T00:00:00Z', 'system', '2026-12-07T00:00:00Z', 'system');

-- An attachment belongs to the person, or to one of the person's receptions, supports or
-- follow-ups. Its file name is the one it had on the user's disk; its type was decided from its
-- content (src/exchange/AttachmentFile.cpp); size and SHA-256 are of the stored bytes.
CREATE TABLE attachment (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    person_id      INTEGER NOT NULL REFERENCES person (id),
    reception_id   INTEGER REFERENCES reception (id),
    support_id     INTEGER REFERENCES support (id),
    follow_up_id   INTEGER REFERENCES follow_up (id),
    document_type  TEXT NOT NULL REFERENCES attachment_type (code),
    document_date  TEXT NOT NULL DEFAULT '',
    note           TEXT NOT NULL DEFAULT '',
    file_name      TEXT NOT NULL,
    media_type     TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes     INTEGER NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 20971520),
    sha256         TEXT NOT NULL CHECK (length(sha256) = 64),
    converted_from TEXT NOT NULL DEFAULT '',
    archived       INTEGER NOT NULL DEFAULT 0,
    archive_reason TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1,
    CHECK ((reception_id IS NOT NULL) + (support_id IS NOT NULL) + (follow_up_id IS NOT NULL) <= 1)
);
CREATE INDEX attachment_person ON attachment (person_id, id);

-- The bytes, in chunks of at most 1 MiB (storage/AttachmentRepository.h): a row never holds a
-- whole 20 MB file, so reading one is a few page reads per chunk and the rows of the
-- description stay small. Chunks are written once, with their attachment, and never changed.
CREATE TABLE attachment_chunk (
    attachment_id  INTEGER NOT NULL REFERENCES attachment (id),
    seq            INTEGER NOT NULL CHECK (seq >= 0),
    data           BLOB NOT NULL,
    PRIMARY KEY (attachment_id, seq)
);

CREATE TRIGGER attachment_type_no_delete BEFORE DELETE ON attachment_type
BEGIN
    SELECT RAISE(ABORT, 'records are archived, not deleted');
END;
CREATE TRIGGER attachment_no_delete BEFORE DELETE ON attachment
BEGIN
    SELECT RAISE(ABORT, 'records are archived, not deleted');
END;
CREATE TRIGGER attachment_chunk_no_delete BEFORE DELETE ON attachment_chunk
BEGIN
    SELECT RAISE(ABORT, 'records are archived, not deleted');
END;
CREATE TRIGGER attachment_chunk_no_update BEFORE UPDATE ON attachment_chunk
BEGIN
    SELECT RAISE(ABORT, 'an attachment''s bytes never change');
END;
