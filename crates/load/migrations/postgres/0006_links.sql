-- Links of article bodies to other items of the dump by old URL
-- (PostgreSQL dialect of ../sqlite/0006_links.sql).

CREATE TABLE article_links (
    article_id   BIGINT NOT NULL REFERENCES articles(id),
    position     BIGINT NOT NULL,
    old_href     TEXT NOT NULL,                   -- as in the old body
    target_key   TEXT NOT NULL,                   -- source key of the linked item
    current_href TEXT NOT NULL,
    status       TEXT NOT NULL,                   -- pending | rewritten | unresolved
    PRIMARY KEY (article_id, position)
);
CREATE INDEX article_links_target ON article_links(target_key);
