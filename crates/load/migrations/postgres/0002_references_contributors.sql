-- Documents an article cites, and the people credited for it (PostgreSQL
-- dialect of ../sqlite/0002_references_contributors.sql).

ALTER TABLE articles ADD COLUMN source TEXT NOT NULL DEFAULT '';

CREATE TABLE article_references (
    article_id  BIGINT NOT NULL REFERENCES articles(id),
    position    BIGINT NOT NULL,
    kind        TEXT NOT NULL,                    -- QĐ, NĐ, TT, CV, ...
    number      TEXT,
    year        BIGINT,
    symbol      TEXT,                             -- 1209/QĐ-UBND
    issuer_code TEXT,
    issuer      TEXT,
    issued_on   TEXT,                             -- ISO 8601 date
    title       TEXT,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX article_references_symbol ON article_references(symbol);

CREATE TABLE article_contributors (
    article_id  BIGINT NOT NULL REFERENCES articles(id),
    position    BIGINT NOT NULL,
    name        TEXT NOT NULL,
    role        TEXT NOT NULL,                    -- text, photo, text_and_photo, ...
    affiliation TEXT,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX article_contributors_name ON article_contributors(name);
