-- Documents an article cites, and the people credited for it (MySQL /
-- MariaDB dialect of ../sqlite/0002_references_contributors.sql; the
-- translation rules are in 0001_init.sql).

-- No DEFAULT: MySQL before 8.0.13 allows none on a TEXT column. Adding a
-- NOT NULL column gives existing rows '' all the same, and the loader
-- always writes it.
ALTER TABLE articles ADD COLUMN source LONGTEXT NOT NULL;

CREATE TABLE article_references (
    article_id  BIGINT NOT NULL,
    position    BIGINT NOT NULL,
    kind        LONGTEXT NOT NULL,                -- QĐ, NĐ, TT, CV, ...
    number      LONGTEXT,
    year        BIGINT,
    symbol      LONGTEXT,                         -- 1209/QĐ-UBND
    issuer_code LONGTEXT,
    issuer      LONGTEXT,
    issued_on   LONGTEXT,                         -- ISO 8601 date
    title       LONGTEXT,
    PRIMARY KEY (article_id, position),
    KEY article_references_symbol (symbol(191)),
    CONSTRAINT article_references_article FOREIGN KEY (article_id) REFERENCES articles(id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE article_contributors (
    article_id  BIGINT NOT NULL,
    position    BIGINT NOT NULL,
    name        LONGTEXT NOT NULL,
    role        LONGTEXT NOT NULL,                -- text, photo, text_and_photo, ...
    affiliation LONGTEXT,
    PRIMARY KEY (article_id, position),
    KEY article_contributors_name (name(191)),
    CONSTRAINT article_contributors_article FOREIGN KEY (article_id) REFERENCES articles(id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
