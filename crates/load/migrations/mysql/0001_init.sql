-- The new portal schema (MySQL 8 / MariaDB 10.5+ dialect): the tables,
-- columns and constraints of ../sqlite/0001_init.sql, translated. Keep the
-- three dialects in step (docs/ARCHITECTURE.md describes each table).
--
-- Translation:
-- * INTEGER PRIMARY KEY -> BIGINT AUTO_INCREMENT (ids the loader supplies,
--   like audit_events.seq, stay plain BIGINT); other INTEGER -> BIGINT;
--   0/1 flags -> BOOLEAN.
-- * Every table is utf8mb4 with the utf8mb4_bin collation: text compares
--   byte for byte, as in SQLite and PostgreSQL (the default collations
--   would make `Tin-Tuc` and `tin-tuc` the same key).
-- * TEXT -> LONGTEXT (TEXT holds only 64 KiB), except where a column is a
--   key or indexed, which TEXT cannot be: source keys and slugs are
--   VARCHAR(512) (4 bytes a character: 2048 of InnoDB's 3072 index bytes),
--   section slugs VARCHAR(255), short codes in a key VARCHAR(64).
-- * URLs and paths can be longer than any index allows: their uniqueness
--   is on a SHA-256 of the value, a stored generated column
--   (`old_url_hash`, `path_hash`), which the loader never writes.
-- * Non-unique indexes on free text index a prefix.
-- * Foreign keys are table constraints: MySQL ignores REFERENCES written
--   in a column definition.
-- * Times stay RFC 3339 text in UTC, as in SQLite.

CREATE TABLE runs (
    id                  BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    started_at          LONGTEXT NOT NULL,
    finished_at         LONGTEXT,
    status              LONGTEXT NOT NULL,        -- running | done | failed
    inputs              LONGTEXT NOT NULL,        -- JSON: [{file, sha256, bytes}]
    mapping_fingerprint LONGTEXT NOT NULL,
    options             LONGTEXT NOT NULL,        -- JSON
    counts              LONGTEXT                  -- JSON, when finished
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE sections (
    slug    VARCHAR(255) NOT NULL PRIMARY KEY,
    parent  VARCHAR(255),
    name    LONGTEXT NOT NULL,
    name_en LONGTEXT,
    weight  BIGINT NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE categories (
    id         BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source_key VARCHAR(512) NOT NULL,
    parent_id  BIGINT,
    slug       VARCHAR(512) NOT NULL,
    name       LONGTEXT NOT NULL,
    section    VARCHAR(255),
    enabled    BOOLEAN NOT NULL,
    weight     BIGINT NOT NULL,
    old_url    LONGTEXT NOT NULL,
    UNIQUE KEY categories_source_key (source_key),
    CONSTRAINT categories_parent FOREIGN KEY (parent_id) REFERENCES categories(id),
    CONSTRAINT categories_section FOREIGN KEY (section) REFERENCES sections(slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE articles (
    id           BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source_key   VARCHAR(512) NOT NULL,
    kind         LONGTEXT NOT NULL,               -- news | document | page
    title        LONGTEXT NOT NULL,
    slug         VARCHAR(512) NOT NULL,
    summary      LONGTEXT NOT NULL,
    body_html    LONGTEXT NOT NULL,
    body_text    LONGTEXT NOT NULL,
    author       LONGTEXT NOT NULL,
    status       LONGTEXT NOT NULL,               -- published | draft | scheduled | expired
    published_at LONGTEXT,
    created_at   LONGTEXT,
    updated_at   LONGTEXT,
    expires_at   LONGTEXT,
    category_id  BIGINT,
    section      VARCHAR(255) NOT NULL,
    home_image   LONGTEXT NOT NULL,
    old_url      LONGTEXT NOT NULL,
    new_url      LONGTEXT NOT NULL,
    UNIQUE KEY articles_source_key (source_key),
    UNIQUE KEY articles_slug (slug),
    KEY articles_section (section),
    CONSTRAINT articles_category FOREIGN KEY (category_id) REFERENCES categories(id),
    CONSTRAINT articles_section FOREIGN KEY (section) REFERENCES sections(slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE article_categories (
    article_id  BIGINT NOT NULL,
    category_id BIGINT NOT NULL,
    position    BIGINT NOT NULL,
    PRIMARY KEY (article_id, category_id),
    CONSTRAINT article_categories_article FOREIGN KEY (article_id) REFERENCES articles(id),
    CONSTRAINT article_categories_category FOREIGN KEY (category_id) REFERENCES categories(id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE attachments (
    id         BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    article_id BIGINT NOT NULL,
    role       VARCHAR(64) NOT NULL,              -- home_image | file
    path       LONGTEXT NOT NULL,
    path_hash  BINARY(32) AS (UNHEX(SHA2(path, 256))) STORED,
    UNIQUE KEY attachments_unique (article_id, role, path_hash),
    CONSTRAINT attachments_article FOREIGN KEY (article_id) REFERENCES articles(id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The key is `old_url`: unique through its hash (the loader's upsert
-- relies on this being the table's only unique key).
CREATE TABLE redirects (
    old_url      LONGTEXT NOT NULL,
    old_url_hash BINARY(32) AS (UNHEX(SHA2(old_url, 256))) STORED,
    new_url      LONGTEXT NOT NULL,
    status       BIGINT NOT NULL DEFAULT 301,
    source_key   VARCHAR(512) NOT NULL,
    UNIQUE KEY redirects_old_url (old_url_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE id_map (
    source_key    VARCHAR(512) NOT NULL PRIMARY KEY,
    entity        LONGTEXT NOT NULL,
    target_id     BIGINT NOT NULL,
    content_hash  LONGTEXT NOT NULL,
    decision_hash LONGTEXT NOT NULL,
    first_run     BIGINT NOT NULL,
    CONSTRAINT id_map_first_run FOREIGN KEY (first_run) REFERENCES runs(id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE quarantine (
    source_key VARCHAR(512) NOT NULL PRIMARY KEY,
    run_id     BIGINT NOT NULL,
    reason     LONGTEXT NOT NULL,
    provenance LONGTEXT NOT NULL,                 -- JSON
    raw        LONGTEXT NOT NULL,                 -- JSON: field -> raw bytes (hex)
    CONSTRAINT quarantine_run FOREIGN KEY (run_id) REFERENCES runs(id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE audit_events (
    seq        BIGINT NOT NULL PRIMARY KEY,
    run_id     BIGINT NOT NULL,
    at         LONGTEXT NOT NULL,
    kind       LONGTEXT NOT NULL,
    source_key VARCHAR(512),
    event      LONGTEXT NOT NULL,                 -- the sealed event as JSON
    prev_hash  LONGTEXT NOT NULL,
    hash       LONGTEXT NOT NULL,
    KEY audit_events_key (source_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
