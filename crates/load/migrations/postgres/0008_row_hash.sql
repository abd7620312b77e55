-- What portmig last wrote into each row (PostgreSQL dialect of
-- ../sqlite/0008_row_hash.sql).

ALTER TABLE id_map ADD COLUMN row_hash TEXT;
