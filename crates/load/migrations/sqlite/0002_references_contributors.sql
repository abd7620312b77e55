-- Documents an article cites, and the people credited for it: the facts the
-- seed reports say earlier conversions lost (legal documents re-typed by
-- hand; bylines, hence royalty statistics).

ALTER TABLE articles ADD COLUMN source TEXT NOT NULL DEFAULT '';

CREATE TABLE article_references (
    article_id  INTEGER NOT NULL REFERENCES articles(id),
    position    INTEGER NOT NULL,
    kind        TEXT NOT NULL,                    -- QĐ, NĐ, TT, CV, ...
    number      TEXT,
    year        INTEGER,
    symbol      TEXT,                             -- 1209/QĐ-UBND
    issuer_code TEXT,
    issuer      TEXT,
    issued_on   TEXT,                             -- ISO 8601 date
    title       TEXT,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX article_references_symbol ON article_references(symbol);

CREATE TABLE article_contributors (
    article_id  INTEGER NOT NULL REFERENCES articles(id),
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    role        TEXT NOT NULL,                    -- text, photo, text_and_photo, ...
    affiliation TEXT,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX article_contributors_name ON article_contributors(name);
