-- What each run changed, for `portmig rollback`: ../sqlite/0009_run_changes.sql
-- describes it. A redirect's key is its old URL, which can be longer than
-- an index allows: the unique key is on its SHA-256 (`key_hash`).

CREATE TABLE run_changes (
    seq        BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    run_id     BIGINT NOT NULL,
    kind       VARCHAR(64) NOT NULL,
    source_key LONGTEXT NOT NULL,
    entity     VARCHAR(64) NOT NULL,
    action     VARCHAR(64) NOT NULL,
    previous   LONGTEXT NOT NULL,
    key_hash   BINARY(32) AS (UNHEX(SHA2(source_key, 256))) STORED,
    UNIQUE KEY run_changes_key (run_id, kind, key_hash),
    KEY run_changes_source_key (key_hash),
    CONSTRAINT run_changes_run FOREIGN KEY (run_id) REFERENCES runs(id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
