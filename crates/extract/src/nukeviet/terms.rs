//! Topics, tags, sources and author profiles of a news instance, and what
//! an article says about them.
//!
//! Facts from the 3.4 and 4.5 schemas:
//!
//! - `_topics` (`topicid`, `title`, `alias`, `image`, `description`,
//!   `weight`), an article's `topicid`; both generations.
//! - `_sources` (`sourceid`, `title`, `link`, `logo`, `weight`), an
//!   article's `sourceid`; both generations. The free-text `sourcetext`
//!   (a name or a URL) is in `_detail` (4.x) or `_bodyhtml_N` (3.x).
//! - `_tags` (`tid`, `title`, `alias`, `image`, `description`) and
//!   `_tags_id` (`id` = article, `tid`, `keyword`): 4.x only; 3.x keeps
//!   `keywords` on the row, which becomes the article's keywords.
//! - `_author` (`id`, `uid` -> users, `alias`, `pseudonym`, `image`,
//!   `description`) and `_authorlist` (`id` = article, `aid`): 4.5.
//! - `admin_id` names the account that posted the article:
//!   `{prefix}_users.userid`. Only the username is carried: e-mail
//!   addresses, names and password hashes of the old site's users are not
//!   the new portal's business.

use super::names::NewsTable;
use super::stage::{Stage, Val};
use super::urls::url_segment;
use super::{blob, bytes, int, provenance, Generation, Instance};
use crate::error::Error;
use model::{FieldKind, ItemKind, RawField, SourceItem, SourceKey, Vocabulary};
use sqldump::RawRow;
use sqlx::Row;
use std::collections::{BTreeSet, HashMap};
use std::ops::ControlFlow;
use std::path::PathBuf;

/// The staged tables of this module.
pub(crate) const SCHEMA: &str = "
CREATE TABLE term (stem TEXT NOT NULL, vocab TEXT NOT NULL, id INTEGER NOT NULL,
    name BLOB NOT NULL, alias BLOB NOT NULL, description BLOB NOT NULL, image BLOB NOT NULL,
    link BLOB NOT NULL, uid INTEGER NOT NULL, weight INTEGER NOT NULL, keywords BLOB NOT NULL,
    file INTEGER, byte INTEGER, line INTEGER, tbl TEXT,
    PRIMARY KEY (stem, vocab, id));
CREATE TABLE term_link (stem TEXT NOT NULL, vocab TEXT NOT NULL, article INTEGER NOT NULL,
    term INTEGER NOT NULL, name BLOB NOT NULL,
    file INTEGER, byte INTEGER, line INTEGER, tbl TEXT,
    PRIMARY KEY (stem, vocab, article, term));
CREATE TABLE users (prefix TEXT NOT NULL, userid INTEGER NOT NULL, username BLOB NOT NULL,
    PRIMARY KEY (prefix, userid));
";

/// The staged values of a term table's row (`term` or `term_link`), or
/// `None` when `kind` is not one; the caller appends the origin columns.
pub(crate) fn stage_values(
    kind: NewsTable,
    stem: &str,
    row: &RawRow,
    t: &sqldump::Table,
) -> Option<(&'static str, Vec<Val>)> {
    let blob = |c: &str| Val::Blob(bytes(row, t, c).to_vec());
    let num = |c: &str| Val::Int(int(row, t, c));
    let stem = Val::Text(stem.to_string());
    let term = |vocab: Vocabulary, id: &str, name: &str, image: &str, link: Option<&str>| {
        vec![
            stem.clone(),
            Val::Text(vocab.as_str().into()),
            num(id),
            blob(name),
            blob("alias"),
            blob("description"),
            blob(image),
            link.map_or(Val::Blob(Vec::new()), blob),
            num("uid"),
            num("weight"),
            blob("keywords"),
        ]
    };
    let link = |vocab: Vocabulary, term: &str, name: &str| {
        vec![
            stem.clone(),
            Val::Text(vocab.as_str().into()),
            num("id"),
            num(term),
            blob(name),
        ]
    };
    Some(match kind {
        NewsTable::Topics => (
            "term",
            term(Vocabulary::Topic, "topicid", "title", "image", None),
        ),
        NewsTable::Sources => (
            "term",
            term(
                Vocabulary::Source,
                "sourceid",
                "title",
                "logo",
                Some("link"),
            ),
        ),
        NewsTable::Tags => ("term", term(Vocabulary::Tag, "tid", "title", "image", None)),
        NewsTable::Author => (
            "term",
            term(Vocabulary::Author, "id", "pseudonym", "image", None),
        ),
        NewsTable::TagsId => ("term_link", link(Vocabulary::Tag, "tid", "keyword")),
        NewsTable::AuthorList => ("term_link", link(Vocabulary::Author, "aid", "pseudonym")),
        _ => return None,
    })
}

/// The staged values of a `{prefix}_users` row.
pub(crate) fn user_values(prefix: &str, row: &RawRow, t: &sqldump::Table) -> Vec<Val> {
    vec![
        Val::Text(prefix.to_string()),
        Val::Int(int(row, t, "userid")),
        Val::Blob(bytes(row, t, "username").to_vec()),
    ]
}

/// The URL segment NukeViet gives a vocabulary's pages (`op=topic/...`);
/// sources have no page.
fn url_op(v: Vocabulary) -> Option<&'static str> {
    match v {
        Vocabulary::Topic => Some("topic"),
        Vocabulary::Tag => Some("tag"),
        Vocabulary::Author => Some("author"),
        Vocabulary::Source => None,
    }
}

/// The ids of each vocabulary's terms in an instance, to tell an article's
/// dangling references.
#[derive(Default)]
pub(crate) struct Known {
    ids: HashMap<Vocabulary, BTreeSet<i64>>,
}

impl Known {
    fn has(&self, v: Vocabulary, id: i64) -> bool {
        self.ids.get(&v).is_some_and(|s| s.contains(&id))
    }
}

/// Emits the terms of `inst`, vocabulary by vocabulary, in id order.
pub(crate) fn emit(
    stage: &mut Stage,
    paths: &[PathBuf],
    inst: &Instance,
    sink: &mut dyn FnMut(SourceItem) -> ControlFlow<()>,
    emitted: &mut u64,
) -> Result<(ControlFlow<()>, Known), Error> {
    let stem = inst.stem.as_str();
    let mut known = Known::default();
    let mut flow = ControlFlow::Continue(());
    for vocab in Vocabulary::ALL {
        let ids = known.ids.entry(vocab).or_default();
        stage.each(
            "SELECT term.*, u.username AS account, \
               (SELECT l.name FROM term_link l WHERE l.stem = term.stem AND l.vocab = term.vocab \
                 AND l.term = term.id AND l.name <> '' ORDER BY l.rowid LIMIT 1) AS link_name \
             FROM term \
             LEFT JOIN users u ON u.prefix = substr(term.stem, 1, instr(term.stem, '_') - 1) \
               AND u.userid = term.uid AND term.uid > 0 \
             WHERE term.stem = ? AND term.vocab = ? ORDER BY term.id",
            &[stem, vocab.as_str()],
            |r| {
                let id: i64 = r.try_get("id").unwrap_or(0);
                ids.insert(id);
                let prov = provenance(paths, r);
                let table = prov.table.clone();
                let alias = blob(r, "alias");
                let end = match inst.generation {
                    Generation::V3 => "/",
                    Generation::V4 => "",
                };
                let old_url = url_op(vocab)
                    .filter(|_| !alias.is_empty())
                    .map(|op| {
                        format!(
                            "/{}/{}/{op}/{}{end}",
                            inst.lang,
                            inst.module,
                            url_segment(&alias)
                        )
                    })
                    .unwrap_or_default();
                // A 4.x tag's `title` is usually empty: NukeViet shows its
                // `keywords` (the keyword with spaces), which `_tags_id`
                // repeats per article.
                let own = if vocab == Vocabulary::Author {
                    "pseudonym"
                } else {
                    "title"
                };
                let (name_column, name) = [
                    (own, "name"),
                    ("keywords", "keywords"),
                    ("keyword", "link_name"),
                ]
                .into_iter()
                .map(|(column, c)| (column, blob(r, c)))
                .find(|(_, b)| !b.trim_ascii().is_empty())
                .unwrap_or((own, Vec::new()));
                let name_table = if name_column == "keyword" {
                    format!("{stem}_tags_id")
                } else {
                    table.clone()
                };
                let lossy = |c: &str| String::from_utf8_lossy(&blob(r, c)).into_owned();
                let item = SourceItem {
                    key: SourceKey::new(stem, vocab.entity(), id),
                    provenance: prov,
                    fields: vec![
                        raw("name", &name_table, name_column, FieldKind::Plain, name),
                        raw("alias", &table, "alias", FieldKind::Plain, alias),
                        raw(
                            "description",
                            &table,
                            "description",
                            FieldKind::Summary,
                            blob(r, "description"),
                        ),
                    ],
                    kind: ItemKind::Term {
                        vocabulary: vocab,
                        image: lossy("image"),
                        link: lossy("link"),
                        account: lossy("account"),
                        weight: r.try_get("weight").unwrap_or(0),
                        old_url,
                    },
                    warnings: Vec::new(),
                };
                *emitted += 1;
                flow = sink(item);
                flow
            },
        )?;
        if flow.is_break() {
            break;
        }
    }
    Ok((flow, known))
}

fn raw(name: &'static str, table: &str, column: &str, kind: FieldKind, b: Vec<u8>) -> RawField {
    super::field(name, table, column, kind, b)
}

/// The SQL columns the article query adds for [`meta`]: the tags and
/// authors of the row in the old site's order (the link tables have no
/// order column; the dump's row order is the order they were saved in),
/// and the posting account's username.
pub(crate) const ARTICLE_COLUMNS: &str = "\
    (SELECT group_concat(l.term, ',' ORDER BY l.rowid) FROM term_link l \
      WHERE l.stem = row.stem AND l.vocab = 'tag' AND l.article = row.id) AS tag_ids, \
    (SELECT group_concat(l.term, ',' ORDER BY l.rowid) FROM term_link l \
      WHERE l.stem = row.stem AND l.vocab = 'author' AND l.article = row.id) AS author_ids, \
    (SELECT u.username FROM users u \
      WHERE u.prefix = substr(row.stem, 1, instr(row.stem, '_') - 1) \
        AND u.userid = row.admin_id AND row.admin_id > 0) AS posted_by";

/// An article's topic, tags, authors and source outlet as keys, with a
/// warning for each one the dump does not have; the flags of the row.
pub(crate) fn meta(
    r: &sqlx::sqlite::SqliteRow,
    stem: &str,
    known: &Known,
    warnings: &mut Vec<String>,
) -> model::ArticleMeta {
    let mut one = |vocab: Vocabulary, column: &str| -> Option<SourceKey> {
        let id: i64 = r.try_get(column).unwrap_or(0);
        if id <= 0 {
            return None;
        }
        if !known.has(vocab, id) {
            warnings.push(format!(
                "{} {id} (`{column}`) is not in the dump: not linked",
                vocab.as_str()
            ));
            return None;
        }
        Some(SourceKey::new(stem, vocab.entity(), id))
    };
    let topic = one(Vocabulary::Topic, "topicid");
    let source = one(Vocabulary::Source, "sourceid");
    let mut list = |vocab: Vocabulary, column: &str| -> Vec<SourceKey> {
        let ids: String = r.try_get(column).unwrap_or_default();
        let mut out = Vec::new();
        for id in ids.split(',').filter_map(|s| s.trim().parse::<i64>().ok()) {
            if known.has(vocab, id) {
                out.push(SourceKey::new(stem, vocab.entity(), id));
            } else {
                warnings.push(format!(
                    "{} {id} is linked to this article but is not in the dump: not linked",
                    vocab.as_str()
                ));
            }
        }
        out
    };
    let tags = list(Vocabulary::Tag, "tag_ids");
    let authors = list(Vocabulary::Author, "author_ids");
    model::ArticleMeta {
        topic,
        tags,
        authors,
        source,
        external_link: r.try_get::<i64, _>("external_link").unwrap_or(0) != 0,
        ..model::ArticleMeta::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_topics_tags_and_authors_have_pages() {
        assert_eq!(url_op(Vocabulary::Tag), Some("tag"));
        assert_eq!(url_op(Vocabulary::Source), None);
    }
}
