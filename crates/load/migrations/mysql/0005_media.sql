-- Attachments as files (MySQL / MariaDB dialect of ../sqlite/0005_media.sql;
-- the translation rules are in 0001_init.sql).
--
-- No new unique key: uniqueness stays (article_id, role, path_hash), the
-- hash of the long `path` (0001). `sha256` is 64 hex characters, short
-- enough to index whole.

-- No DEFAULT on `old_ref`: MySQL before 8.0.13 allows none on a TEXT
-- column; existing rows get '' all the same, and the loader always writes it.
ALTER TABLE attachments
    ADD COLUMN old_ref     LONGTEXT NOT NULL,
    ADD COLUMN stored_path LONGTEXT,
    ADD COLUMN sha256      VARCHAR(64),
    ADD COLUMN size        BIGINT,
    ADD COLUMN mime        VARCHAR(255),
    ADD COLUMN status      VARCHAR(16) NOT NULL DEFAULT 'linked', -- stored | missing | refused | external | linked
    ADD KEY attachments_sha256 (sha256);
