//! The hash of a row as stored: what portmig last wrote into a row of
//! `articles`, `categories` or a term table, kept in `id_map.row_hash`, so that a row
//! changed by hand between runs is noticed (the loader then leaves it
//! alone unless forced; `portmig verify` lists it).
//!
//! `id_map.content_hash` cannot serve: it is a hash of the item as read
//! (the old alias, the legal references, attachments...), most of which
//! the row does not hold. The row hash covers exactly the columns listed
//! in [`ARTICLES`], [`CATEGORIES`] and the term tables, in that order, and nothing else
//! (not the child tables, not `source_key` or `id`). The loader computes it
//! from the values it binds, and every reader from the values it reads,
//! through the one [`hash`] below, so the two agree on every backend:
//! booleans count as integers 0/1 (SQLite stores them so), NULL is NULL
//! whatever the column's type.

use crate::db::{args, Arg, Exec, Row};
use crate::error::{Error, QueryContext};
use sha2::{Digest, Sha256};

/// How a column is read back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ty {
    Text,
    Int,
    Bool,
}

/// A table whose rows are hashed, and the columns the hash covers.
pub(crate) struct Table {
    pub name: &'static str,
    pub columns: &'static [(&'static str, Ty)],
}

/// The columns of `articles` the loader writes (the order of
/// `write::article_args`), then `slug`.
pub(crate) const ARTICLES: Table = Table {
    name: "articles",
    columns: &[
        ("kind", Ty::Text),
        ("title", Ty::Text),
        ("summary", Ty::Text),
        ("body_html", Ty::Text),
        ("body_text", Ty::Text),
        ("author", Ty::Text),
        ("status", Ty::Text),
        ("published_at", Ty::Text),
        ("created_at", Ty::Text),
        ("updated_at", Ty::Text),
        ("expires_at", Ty::Text),
        ("category_id", Ty::Int),
        ("section", Ty::Text),
        ("home_image", Ty::Text),
        ("old_url", Ty::Text),
        ("new_url", Ty::Text),
        ("source", Ty::Text),
        ("topic_id", Ty::Int),
        ("source_id", Ty::Int),
        ("source_text", Ty::Text),
        ("posted_by", Ty::Text),
        ("seo_title", Ty::Text),
        ("seo_description", Ty::Text),
        ("keywords", Ty::Text),
        ("home_image_alt", Ty::Text),
        ("external_link", Ty::Bool),
        ("slug", Ty::Text),
    ],
};

/// The columns of `categories` the loader writes.
pub(crate) const CATEGORIES: Table = Table {
    name: "categories",
    columns: &[
        ("parent_id", Ty::Int),
        ("slug", Ty::Text),
        ("name", Ty::Text),
        ("section", Ty::Text),
        ("enabled", Ty::Bool),
        ("weight", Ty::Int),
        ("old_url", Ty::Text),
    ],
};

/// The columns the loader writes of a term table: topics, tags, sources
/// and authors have one shape.
const TERM_COLUMNS: &[(&str, Ty)] = &[
    ("name", Ty::Text),
    ("slug", Ty::Text),
    ("description", Ty::Text),
    ("image", Ty::Text),
    ("link", Ty::Text),
    ("account", Ty::Text),
    ("weight", Ty::Int),
    ("old_url", Ty::Text),
    ("new_url", Ty::Text),
];

/// The term tables.
pub(crate) const TOPICS: Table = Table {
    name: "topics",
    columns: TERM_COLUMNS,
};
pub(crate) const TAGS: Table = Table {
    name: "tags",
    columns: TERM_COLUMNS,
};
pub(crate) const SOURCES: Table = Table {
    name: "sources",
    columns: TERM_COLUMNS,
};
pub(crate) const AUTHORS: Table = Table {
    name: "authors",
    columns: TERM_COLUMNS,
};

/// The hashed table of an `id_map.entity` (documents are `article` rows).
pub(crate) fn table_of(entity: &str) -> Option<&'static Table> {
    match entity {
        "article" => Some(&ARTICLES),
        "category" => Some(&CATEGORIES),
        "topic" => Some(&TOPICS),
        "tag" => Some(&TAGS),
        "source" => Some(&SOURCES),
        "author" => Some(&AUTHORS),
        _ => None,
    }
}

/// SHA-256 (hex) of `cells`, one per column of the table in order. Each
/// cell is written tagged and length-prefixed, so no two rows share an
/// encoding.
pub(crate) fn hash(cells: &[Arg<'_>]) -> String {
    let mut h = Sha256::new();
    for c in cells {
        match c {
            Arg::Int(None) | Arg::Text(None) => h.update(b"N"),
            Arg::Int(Some(v)) => {
                h.update(b"I");
                h.update(v.to_le_bytes());
            }
            Arg::Bool(b) => {
                h.update(b"I");
                h.update(i64::from(*b).to_le_bytes());
            }
            Arg::Text(Some(s)) => {
                h.update(b"T");
                h.update((s.len() as u64).to_le_bytes());
                h.update(s.as_bytes());
            }
        }
    }
    hex::encode(h.finalize())
}

/// A row as stored: its cells in the order of its [`Table`]'s columns.
pub(crate) struct StoredRow {
    pub cells: Vec<Arg<'static>>,
}

impl StoredRow {
    /// The row's hash.
    pub fn hash(&self) -> String {
        hash(&self.cells)
    }

    /// Sets column `name` to `text`.
    pub fn set(&mut self, table: &Table, name: &str, text: String) {
        if let Some(i) = table.columns.iter().position(|(c, _)| *c == name) {
            self.cells[i] = Arg::from(text);
        }
    }

    /// The text in column `name` (empty when NULL or not text).
    pub fn text(&self, table: &Table, name: &str) -> String {
        let i = table.columns.iter().position(|(c, _)| *c == name);
        match i.and_then(|i| self.cells.get(i)) {
            Some(Arg::Text(Some(s))) => s.to_string(),
            _ => String::new(),
        }
    }
}

/// `t.col1, t.col2, ...` for a SELECT.
pub(crate) fn select_list(table: &Table, alias: &str) -> String {
    table
        .columns
        .iter()
        .map(|(c, _)| format!("{alias}.{c}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Reads the table's columns from `row`, starting at column `first`.
pub(crate) fn read_cells(
    table: &Table,
    row: &Row,
    first: usize,
) -> sqlx::Result<Vec<Arg<'static>>> {
    let mut cells = Vec::with_capacity(table.columns.len());
    for (i, (_, ty)) in table.columns.iter().enumerate() {
        let at = first + i;
        cells.push(match ty {
            Ty::Text => Arg::from(row.opt_text(at)?),
            Ty::Int => Arg::from(row.opt_int(at)?),
            Ty::Bool => Arg::from(row.bool(at)?),
        });
    }
    Ok(cells)
}

/// The row `id` of `table` as stored, `None` when there is none.
pub(crate) async fn read(
    db: &mut Exec<'_>,
    table: &Table,
    id: i64,
) -> Result<Option<StoredRow>, Error> {
    let sql = format!(
        "SELECT {} FROM {} t WHERE t.id = ?",
        select_list(table, "t"),
        table.name
    );
    let doing = || format!("reading {} row {id}", table.name);
    let row = db.fetch_optional(&sql, &args![id]).await.doing(doing)?;
    match row {
        None => Ok(None),
        Some(r) => Ok(Some(StoredRow {
            cells: read_cells(table, &r, 0).doing(doing)?,
        })),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cell_and_its_kind_count() {
        let a = hash(&[Arg::from("Tin tức"), Arg::from(Some(3i64)), Arg::from(true)]);
        assert_eq!(
            a,
            hash(&[Arg::from("Tin tức"), Arg::from(Some(3i64)), Arg::from(1i64)]),
            "a boolean hashes as the integer SQLite stores"
        );
        assert_ne!(
            a,
            hash(&[
                Arg::from("Tin tức"),
                Arg::from(Some(3i64)),
                Arg::from(false)
            ])
        );
        assert_ne!(
            a,
            hash(&[Arg::from("Tin Tức"), Arg::from(Some(3i64)), Arg::from(true)])
        );
        assert_ne!(
            hash(&[Arg::from("ab"), Arg::from("c")]),
            hash(&[Arg::from("a"), Arg::from("bc")]),
            "cells are delimited"
        );
        assert_ne!(
            hash(&[Arg::Text(None)]),
            hash(&[Arg::from("")]),
            "NULL is not the empty text"
        );
    }
}
