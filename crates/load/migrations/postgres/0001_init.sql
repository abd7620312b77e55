-- The new portal schema (PostgreSQL dialect): the tables, columns and
-- constraints of ../sqlite/0001_init.sql, translated. Keep the three
-- dialects in step (docs/ARCHITECTURE.md describes each table).
--
-- Translation: INTEGER PRIMARY KEY -> BIGSERIAL (ids the loader supplies,
-- like audit_events.seq, stay plain BIGINT); other INTEGER -> BIGINT;
-- 0/1 flags -> BOOLEAN; TEXT stays TEXT. Times stay RFC 3339 text in UTC,
-- as in SQLite, so that every backend holds the same bytes.

CREATE TABLE runs (
    id                  BIGSERIAL PRIMARY KEY,
    started_at          TEXT NOT NULL,
    finished_at         TEXT,
    status              TEXT NOT NULL,            -- running | done | failed
    inputs              TEXT NOT NULL,            -- JSON: [{file, sha256, bytes}]
    mapping_fingerprint TEXT NOT NULL,
    options             TEXT NOT NULL,            -- JSON
    counts              TEXT                      -- JSON, when finished
);

CREATE TABLE sections (
    slug    TEXT PRIMARY KEY,
    parent  TEXT,
    name    TEXT NOT NULL,
    name_en TEXT,
    weight  BIGINT NOT NULL
);

CREATE TABLE categories (
    id         BIGSERIAL PRIMARY KEY,
    source_key TEXT NOT NULL UNIQUE,
    parent_id  BIGINT REFERENCES categories(id),
    slug       TEXT NOT NULL,
    name       TEXT NOT NULL,
    section    TEXT REFERENCES sections(slug),
    enabled    BOOLEAN NOT NULL,
    weight     BIGINT NOT NULL,
    old_url    TEXT NOT NULL
);

CREATE TABLE articles (
    id           BIGSERIAL PRIMARY KEY,
    source_key   TEXT NOT NULL UNIQUE,
    kind         TEXT NOT NULL,                   -- news | document | page
    title        TEXT NOT NULL,
    slug         TEXT NOT NULL UNIQUE,
    summary      TEXT NOT NULL,
    body_html    TEXT NOT NULL,
    body_text    TEXT NOT NULL,
    author       TEXT NOT NULL,
    status       TEXT NOT NULL,                   -- published | draft | scheduled | expired
    published_at TEXT,
    created_at   TEXT,
    updated_at   TEXT,
    expires_at   TEXT,
    category_id  BIGINT REFERENCES categories(id),
    section      TEXT NOT NULL REFERENCES sections(slug),
    home_image   TEXT NOT NULL,
    old_url      TEXT NOT NULL,
    new_url      TEXT NOT NULL
);
CREATE INDEX articles_section ON articles(section);

CREATE TABLE article_categories (
    article_id  BIGINT NOT NULL REFERENCES articles(id),
    category_id BIGINT NOT NULL REFERENCES categories(id),
    position    BIGINT NOT NULL,
    PRIMARY KEY (article_id, category_id)
);

CREATE TABLE attachments (
    id         BIGSERIAL PRIMARY KEY,
    article_id BIGINT NOT NULL REFERENCES articles(id),
    role       TEXT NOT NULL,                     -- home_image | file
    path       TEXT NOT NULL,
    UNIQUE (article_id, role, path)
);

CREATE TABLE redirects (
    old_url    TEXT PRIMARY KEY,
    new_url    TEXT NOT NULL,
    status     BIGINT NOT NULL DEFAULT 301,
    source_key TEXT NOT NULL
);

CREATE TABLE id_map (
    source_key    TEXT PRIMARY KEY,
    entity        TEXT NOT NULL,
    target_id     BIGINT NOT NULL,
    content_hash  TEXT NOT NULL,
    decision_hash TEXT NOT NULL,
    first_run     BIGINT NOT NULL REFERENCES runs(id)
);

CREATE TABLE quarantine (
    source_key TEXT PRIMARY KEY,
    run_id     BIGINT NOT NULL REFERENCES runs(id),
    reason     TEXT NOT NULL,
    provenance TEXT NOT NULL,                     -- JSON
    raw        TEXT NOT NULL                      -- JSON: field -> raw bytes (hex)
);

CREATE TABLE audit_events (
    seq        BIGINT PRIMARY KEY,
    run_id     BIGINT NOT NULL,
    at         TEXT NOT NULL,
    kind       TEXT NOT NULL,
    source_key TEXT,
    event      TEXT NOT NULL,                     -- the sealed event as JSON
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL
);
CREATE INDEX audit_events_key ON audit_events(source_key);
