-- Attachments as files (PostgreSQL dialect of ../sqlite/0005_media.sql).

ALTER TABLE attachments
    ADD COLUMN old_ref     TEXT NOT NULL DEFAULT '',
    ADD COLUMN stored_path TEXT,
    ADD COLUMN sha256      TEXT,
    ADD COLUMN size        BIGINT,
    ADD COLUMN mime        TEXT,
    ADD COLUMN status      TEXT NOT NULL DEFAULT 'linked'; -- stored | missing | refused | external | linked

CREATE INDEX attachments_sha256 ON attachments(sha256);
