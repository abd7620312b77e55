-- What portmig last wrote into each row, so that a row changed by hand
-- between runs is noticed (the next run leaves it alone unless --force;
-- `portmig verify` lists it). `content_hash` cannot be recomputed from the
-- row: it covers what the row does not hold (the old alias, child rows).
-- `row_hash` is a hash of the row's own columns as written
-- (crates/load/src/stored.rs lists them); NULL for rows written before
-- this migration and for rows of tables it does not cover.

ALTER TABLE id_map ADD COLUMN row_hash TEXT;
