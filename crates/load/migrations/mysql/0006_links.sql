-- Links of article bodies to other items of the dump by old URL (MySQL /
-- MariaDB dialect of ../sqlite/0006_links.sql; the translation rules are in
-- 0001_init.sql).

CREATE TABLE article_links (
    article_id   BIGINT NOT NULL,
    position     BIGINT NOT NULL,
    old_href     LONGTEXT NOT NULL,               -- as in the old body
    target_key   VARCHAR(512) NOT NULL,           -- source key of the linked item
    current_href LONGTEXT NOT NULL,
    status       VARCHAR(16) NOT NULL,            -- pending | rewritten | unresolved
    PRIMARY KEY (article_id, position),
    KEY article_links_target (target_key),
    CONSTRAINT article_links_article FOREIGN KEY (article_id) REFERENCES articles(id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
