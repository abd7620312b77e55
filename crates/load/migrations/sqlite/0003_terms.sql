-- Topics, tags, sources and author profiles of the old site, and what an
-- article says about them (its topic, tags, authors, outlet, SEO fields).
-- The four vocabularies share one shape.
CREATE TABLE topics (
    id          INTEGER PRIMARY KEY,
    source_key  TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    slug        TEXT NOT NULL,
    description TEXT NOT NULL,
    image       TEXT NOT NULL,               -- path on the old site, as stored
    link        TEXT NOT NULL,               -- website (sources)
    account     TEXT NOT NULL,               -- user account (authors)
    weight      INTEGER NOT NULL,
    old_url     TEXT NOT NULL,
    new_url     TEXT NOT NULL
);
CREATE INDEX topics_slug ON topics(slug);

CREATE TABLE tags (
    id          INTEGER PRIMARY KEY,
    source_key  TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    slug        TEXT NOT NULL,
    description TEXT NOT NULL,
    image       TEXT NOT NULL,               -- path on the old site, as stored
    link        TEXT NOT NULL,               -- website (sources)
    account     TEXT NOT NULL,               -- user account (authors)
    weight      INTEGER NOT NULL,
    old_url     TEXT NOT NULL,
    new_url     TEXT NOT NULL
);
CREATE INDEX tags_slug ON tags(slug);

CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    source_key  TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    slug        TEXT NOT NULL,
    description TEXT NOT NULL,
    image       TEXT NOT NULL,               -- path on the old site, as stored
    link        TEXT NOT NULL,               -- website (sources)
    account     TEXT NOT NULL,               -- user account (authors)
    weight      INTEGER NOT NULL,
    old_url     TEXT NOT NULL,
    new_url     TEXT NOT NULL
);
CREATE INDEX sources_slug ON sources(slug);

CREATE TABLE authors (
    id          INTEGER PRIMARY KEY,
    source_key  TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    slug        TEXT NOT NULL,
    description TEXT NOT NULL,
    image       TEXT NOT NULL,               -- path on the old site, as stored
    link        TEXT NOT NULL,               -- website (sources)
    account     TEXT NOT NULL,               -- user account (authors)
    weight      INTEGER NOT NULL,
    old_url     TEXT NOT NULL,
    new_url     TEXT NOT NULL
);
CREATE INDEX authors_slug ON authors(slug);

ALTER TABLE articles ADD COLUMN source_text TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN posted_by TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN seo_title TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN seo_description TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN keywords TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN home_image_alt TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN external_link INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN topic_id INTEGER REFERENCES topics(id);
ALTER TABLE articles ADD COLUMN source_id INTEGER REFERENCES sources(id);

CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    tag_id     INTEGER NOT NULL REFERENCES tags(id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (article_id, tag_id)
);
CREATE INDEX article_tags_tag ON article_tags(tag_id);

CREATE TABLE article_authors (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    author_id  INTEGER NOT NULL REFERENCES authors(id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (article_id, author_id)
);
CREATE INDEX article_authors_author ON article_authors(author_id);
