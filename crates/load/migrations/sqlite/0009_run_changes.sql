-- What each run changed, so that `portmig rollback` can undo exactly that
-- run (crates/load/src/rollback.rs). One row per thing a run first touched:
-- an item (`source_key` of the id map), a shared redirect (`redirect`, its
-- old URL) or a section (`section`, its slug). `previous` is the state
-- before the run as JSON: every row of the thing (the item's row, its
-- dependants, its id-map entry, its quarantine row and redirects), empty
-- lists for what did not exist. Written in the transaction of the change.
-- runs.status gains `rolled-back` (a text column: no schema change).

CREATE TABLE run_changes (
    seq        INTEGER PRIMARY KEY,
    run_id     INTEGER NOT NULL REFERENCES runs(id),
    kind       TEXT NOT NULL,                     -- item | redirect | section
    source_key TEXT NOT NULL,
    entity     TEXT NOT NULL,                     -- article, category, topic, ... (items)
    action     TEXT NOT NULL,                     -- inserted | updated | quarantined
    previous   TEXT NOT NULL                      -- JSON: table -> [row]
);
CREATE UNIQUE INDEX run_changes_key ON run_changes(run_id, kind, source_key);
CREATE INDEX run_changes_source_key ON run_changes(source_key);
