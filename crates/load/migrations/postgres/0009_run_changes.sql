-- What each run changed, for `portmig rollback`: ../sqlite/0009_run_changes.sql
-- describes it.

CREATE TABLE run_changes (
    seq        BIGSERIAL PRIMARY KEY,
    run_id     BIGINT NOT NULL REFERENCES runs(id),
    kind       TEXT NOT NULL,
    source_key TEXT NOT NULL,
    entity     TEXT NOT NULL,
    action     TEXT NOT NULL,
    previous   TEXT NOT NULL
);
CREATE UNIQUE INDEX run_changes_key ON run_changes(run_id, kind, source_key);
CREATE INDEX run_changes_source_key ON run_changes(source_key);
