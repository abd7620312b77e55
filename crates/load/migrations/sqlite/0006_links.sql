-- Links of article bodies to other items of the dump by old URL. The
-- loader records them with each article and, after the last batch,
-- rewrites each to the linked item's new URL (crates/load/src/links.rs).
-- `current_href` is what the body holds now: the old href until the link is
-- rewritten, the new URL after, so a later move rewrites it again.

CREATE TABLE article_links (
    article_id   INTEGER NOT NULL REFERENCES articles(id),
    position     INTEGER NOT NULL,
    old_href     TEXT NOT NULL,                   -- as in the old body
    target_key   TEXT NOT NULL,                   -- source key of the linked item
    current_href TEXT NOT NULL,
    status       TEXT NOT NULL,                   -- pending | rewritten | unresolved
    PRIMARY KEY (article_id, position)
);
CREATE INDEX article_links_target ON article_links(target_key);
