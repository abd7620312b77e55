-- Attachments as files: every file an article refers to (home image, the
-- body's images and links, listed files), with what the migration did with
-- it. `path` stays the old site's path of the file; `stored_path` is its
-- name in the media folder (`ab/ab12....jpg`), content-addressed.
-- SQLite adds one column per statement.

ALTER TABLE attachments ADD COLUMN old_ref TEXT NOT NULL DEFAULT '';
ALTER TABLE attachments ADD COLUMN stored_path TEXT;
ALTER TABLE attachments ADD COLUMN sha256 TEXT;
ALTER TABLE attachments ADD COLUMN size INTEGER;
ALTER TABLE attachments ADD COLUMN mime TEXT;
-- stored | missing | refused | external | linked (rows written before this
-- migration were never looked at: linked)
ALTER TABLE attachments ADD COLUMN status TEXT NOT NULL DEFAULT 'linked';

CREATE INDEX attachments_sha256 ON attachments(sha256);
