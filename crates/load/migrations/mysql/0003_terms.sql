-- Topics, tags, sources and author profiles (MySQL / MariaDB dialect of
-- ../sqlite/0003_terms.sql; the translation rules are in 0001_init.sql).
-- No DEFAULT on the LONGTEXT columns (see 0002): existing rows get ''.
CREATE TABLE topics (
    id          BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source_key  VARCHAR(512) NOT NULL,
    name        LONGTEXT NOT NULL,
    slug        VARCHAR(512) NOT NULL,
    description LONGTEXT NOT NULL,
    image       LONGTEXT NOT NULL,               -- path on the old site, as stored
    link        LONGTEXT NOT NULL,               -- website (sources)
    account     LONGTEXT NOT NULL,               -- user account (authors)
    weight      BIGINT NOT NULL,
    old_url     LONGTEXT NOT NULL,
    new_url     LONGTEXT NOT NULL,
    UNIQUE KEY topics_source_key (source_key),
    KEY topics_slug (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE tags (
    id          BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source_key  VARCHAR(512) NOT NULL,
    name        LONGTEXT NOT NULL,
    slug        VARCHAR(512) NOT NULL,
    description LONGTEXT NOT NULL,
    image       LONGTEXT NOT NULL,               -- path on the old site, as stored
    link        LONGTEXT NOT NULL,               -- website (sources)
    account     LONGTEXT NOT NULL,               -- user account (authors)
    weight      BIGINT NOT NULL,
    old_url     LONGTEXT NOT NULL,
    new_url     LONGTEXT NOT NULL,
    UNIQUE KEY tags_source_key (source_key),
    KEY tags_slug (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE sources (
    id          BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source_key  VARCHAR(512) NOT NULL,
    name        LONGTEXT NOT NULL,
    slug        VARCHAR(512) NOT NULL,
    description LONGTEXT NOT NULL,
    image       LONGTEXT NOT NULL,               -- path on the old site, as stored
    link        LONGTEXT NOT NULL,               -- website (sources)
    account     LONGTEXT NOT NULL,               -- user account (authors)
    weight      BIGINT NOT NULL,
    old_url     LONGTEXT NOT NULL,
    new_url     LONGTEXT NOT NULL,
    UNIQUE KEY sources_source_key (source_key),
    KEY sources_slug (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE authors (
    id          BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source_key  VARCHAR(512) NOT NULL,
    name        LONGTEXT NOT NULL,
    slug        VARCHAR(512) NOT NULL,
    description LONGTEXT NOT NULL,
    image       LONGTEXT NOT NULL,               -- path on the old site, as stored
    link        LONGTEXT NOT NULL,               -- website (sources)
    account     LONGTEXT NOT NULL,               -- user account (authors)
    weight      BIGINT NOT NULL,
    old_url     LONGTEXT NOT NULL,
    new_url     LONGTEXT NOT NULL,
    UNIQUE KEY authors_source_key (source_key),
    KEY authors_slug (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

ALTER TABLE articles ADD COLUMN source_text LONGTEXT NOT NULL;
ALTER TABLE articles ADD COLUMN posted_by LONGTEXT NOT NULL;
ALTER TABLE articles ADD COLUMN seo_title LONGTEXT NOT NULL;
ALTER TABLE articles ADD COLUMN seo_description LONGTEXT NOT NULL;
ALTER TABLE articles ADD COLUMN keywords LONGTEXT NOT NULL;
ALTER TABLE articles ADD COLUMN home_image_alt LONGTEXT NOT NULL;
ALTER TABLE articles ADD COLUMN external_link BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE articles ADD COLUMN topic_id BIGINT, ADD CONSTRAINT articles_topic FOREIGN KEY (topic_id) REFERENCES topics(id);
ALTER TABLE articles ADD COLUMN source_id BIGINT, ADD CONSTRAINT articles_source FOREIGN KEY (source_id) REFERENCES sources(id);

CREATE TABLE article_tags (
    article_id BIGINT NOT NULL,
    tag_id     BIGINT NOT NULL,
    position   BIGINT NOT NULL,
    PRIMARY KEY (article_id, tag_id),
    KEY article_tags_tag (tag_id),
    CONSTRAINT article_tags_article FOREIGN KEY (article_id) REFERENCES articles(id),
    CONSTRAINT article_tags_tag FOREIGN KEY (tag_id) REFERENCES tags(id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE article_authors (
    article_id BIGINT NOT NULL,
    author_id  BIGINT NOT NULL,
    position   BIGINT NOT NULL,
    PRIMARY KEY (article_id, author_id),
    KEY article_authors_author (author_id),
    CONSTRAINT article_authors_article FOREIGN KEY (article_id) REFERENCES articles(id),
    CONSTRAINT article_authors_author FOREIGN KEY (author_id) REFERENCES authors(id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
