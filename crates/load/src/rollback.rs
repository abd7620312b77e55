//! Undoing a run: `portmig rollback`.
//!
//! Before a run first changes something, the loader stores that thing's
//! state as it was (`run_changes`, in the transaction of the change): for
//! an item, its row, the rows that hang off it (an article's categories,
//! attachments, references, contributors, tags, authors, document and
//! links), its id-map entry, its quarantine row and its redirects; for a
//! redirect another item's write takes over, that redirect; for a section,
//! its row. A thing that did not exist is stored as empty lists. Only the
//! first change per run is stored: that is the state before the run.
//!
//! Rolling back run N puts every stored state back, newest change first,
//! in one transaction: what N inserted goes (dependants first), what it
//! updated or moved gets its old row back, id-map hashes included (so a
//! later run compares against the old state and writes again). Nothing
//! else is touched. N is marked `rolled-back` and a `ROLLED_BACK` event
//! joins the audit chain. A later run that is not rolled back and changed
//! one of the same things depends on N: the rollback is refused, naming
//! those runs, unless they are rolled back first (`cascade`).
//!
//! Media files are content-addressed and may be shared by other runs'
//! articles: they stay in the media folder.

use crate::db::{args, Arg, Conflict, Dialect, Exec, NewRow};
use crate::error::{Error, QueryContext};
use crate::target::{insert_events, now, Target};
use audit::SealedEvent;
use model::{AuditEvent, EventKind};
use serde::Serialize;
use serde_json::{Map, Value};

#[derive(Clone, Copy)]
enum Ty {
    Int,
    Text,
    Bool,
}
use Ty::{Bool, Int, Text};

/// A table as rollback stores it: its columns and the column a stored
/// state is found by.
struct Table {
    name: &'static str,
    by: &'static str,
    cols: &'static [(&'static str, Ty)],
}

// The column lists follow the migrations: a column added to one of these
// tables must be added here, or a rollback would restore it to its default.
const ARTICLES: Table = Table {
    name: "articles",
    by: "id",
    cols: &[
        ("id", Int),
        ("source_key", Text),
        ("kind", Text),
        ("title", Text),
        ("slug", Text),
        ("summary", Text),
        ("body_html", Text),
        ("body_text", Text),
        ("author", Text),
        ("status", Text),
        ("published_at", Text),
        ("created_at", Text),
        ("updated_at", Text),
        ("expires_at", Text),
        ("category_id", Int),
        ("section", Text),
        ("home_image", Text),
        ("old_url", Text),
        ("new_url", Text),
        ("source", Text),
        ("source_text", Text),
        ("posted_by", Text),
        ("seo_title", Text),
        ("seo_description", Text),
        ("keywords", Text),
        ("home_image_alt", Text),
        ("external_link", Bool),
        ("topic_id", Int),
        ("source_id", Int),
    ],
};

/// The rows that hang off an article, by `article_id`.
const ARTICLE_DEPENDANTS: &[Table] = &[
    Table {
        name: "article_categories",
        by: "article_id",
        cols: &[("article_id", Int), ("category_id", Int), ("position", Int)],
    },
    Table {
        name: "attachments",
        by: "article_id",
        cols: &[
            ("id", Int),
            ("article_id", Int),
            ("role", Text),
            ("path", Text),
            ("old_ref", Text),
            ("stored_path", Text),
            ("sha256", Text),
            ("size", Int),
            ("mime", Text),
            ("status", Text),
        ],
    },
    Table {
        name: "article_references",
        by: "article_id",
        cols: &[
            ("article_id", Int),
            ("position", Int),
            ("kind", Text),
            ("number", Text),
            ("year", Int),
            ("symbol", Text),
            ("issuer_code", Text),
            ("issuer", Text),
            ("issued_on", Text),
            ("title", Text),
        ],
    },
    Table {
        name: "article_contributors",
        by: "article_id",
        cols: &[
            ("article_id", Int),
            ("position", Int),
            ("name", Text),
            ("role", Text),
            ("affiliation", Text),
        ],
    },
    Table {
        name: "article_tags",
        by: "article_id",
        cols: &[("article_id", Int), ("tag_id", Int), ("position", Int)],
    },
    Table {
        name: "article_authors",
        by: "article_id",
        cols: &[("article_id", Int), ("author_id", Int), ("position", Int)],
    },
    Table {
        name: "documents",
        by: "article_id",
        cols: &[
            ("id", Int),
            ("article_id", Int),
            ("symbol", Text),
            ("doc_type", Text),
            ("issuer", Text),
            ("signer", Text),
            ("examiner", Text),
            ("issued_on", Text),
            ("effective_from", Text),
            ("expires_on", Text),
            ("summary", Text),
            ("fields", Text),
            ("subjects", Text),
        ],
    },
    Table {
        name: "article_links",
        by: "article_id",
        cols: &[
            ("article_id", Int),
            ("position", Int),
            ("old_href", Text),
            ("target_key", Text),
            ("current_href", Text),
            ("status", Text),
        ],
    },
];

const CATEGORIES: Table = Table {
    name: "categories",
    by: "id",
    cols: &[
        ("id", Int),
        ("source_key", Text),
        ("parent_id", Int),
        ("slug", Text),
        ("name", Text),
        ("section", Text),
        ("enabled", Bool),
        ("weight", Int),
        ("old_url", Text),
    ],
};

const TERM_COLS: &[(&str, Ty)] = &[
    ("id", Int),
    ("source_key", Text),
    ("name", Text),
    ("slug", Text),
    ("description", Text),
    ("image", Text),
    ("link", Text),
    ("account", Text),
    ("weight", Int),
    ("old_url", Text),
    ("new_url", Text),
];

const TERMS: [Table; 4] = [
    Table {
        name: "topics",
        by: "id",
        cols: TERM_COLS,
    },
    Table {
        name: "tags",
        by: "id",
        cols: TERM_COLS,
    },
    Table {
        name: "sources",
        by: "id",
        cols: TERM_COLS,
    },
    Table {
        name: "authors",
        by: "id",
        cols: TERM_COLS,
    },
];

const ID_MAP: Table = Table {
    name: "id_map",
    by: "source_key",
    cols: &[
        ("source_key", Text),
        ("entity", Text),
        ("target_id", Int),
        ("content_hash", Text),
        ("decision_hash", Text),
        ("first_run", Int),
        // Migration 0008: the row as portmig wrote it, so a rolled-back
        // row is not taken for one edited by hand.
        ("row_hash", Text),
    ],
};

const QUARANTINE: Table = Table {
    name: "quarantine",
    by: "source_key",
    cols: &[
        ("source_key", Text),
        ("run_id", Int),
        ("reason", Text),
        ("provenance", Text),
        ("raw", Text),
    ],
};

const REDIRECTS_BY_KEY: Table = Table {
    name: "redirects",
    by: "source_key",
    cols: REDIRECT_COLS,
};

const REDIRECT_COLS: &[(&str, Ty)] = &[
    ("old_url", Text),
    ("new_url", Text),
    ("status", Int),
    ("source_key", Text),
];

const REDIRECTS_BY_URL: Table = Table {
    name: "redirects",
    by: "old_url",
    cols: REDIRECT_COLS,
};

const SECTIONS: Table = Table {
    name: "sections",
    by: "slug",
    cols: &[
        ("slug", Text),
        ("parent", Text),
        ("name", Text),
        ("name_en", Text),
        ("weight", Int),
        ("basis", Text),
        ("required", Bool),
    ],
};

/// The table of an item's own row, by the id map's entity name.
fn main_table(entity: &str) -> Option<&'static Table> {
    match entity {
        "article" => Some(&ARTICLES),
        "category" => Some(&CATEGORIES),
        "topic" => Some(&TERMS[0]),
        "tag" => Some(&TERMS[1]),
        "source" => Some(&TERMS[2]),
        "author" => Some(&TERMS[3]),
        _ => None,
    }
}

/// `WHERE` on `table.by`: on MySQL, URLs are found through their hash
/// (the only index a long text can have, see its migrations).
fn where_by(dialect: Dialect, t: &Table) -> String {
    match (dialect, t.name, t.by) {
        (Dialect::MySql, "redirects", "old_url") => "old_url_hash = UNHEX(SHA2(?, 256))".into(),
        _ => format!("{} = ?", t.by),
    }
}

async fn read_rows(db: &mut Exec<'_>, t: &Table, by: Arg<'_>) -> Result<Vec<Value>, Error> {
    let cols: Vec<&str> = t.cols.iter().map(|(c, _)| *c).collect();
    let sql = format!(
        "SELECT {} FROM {} WHERE {}",
        cols.join(", "),
        t.name,
        where_by(db.dialect(), t)
    );
    let doing = || format!("reading {} for the rollback record", t.name);
    let rows = db.fetch_all(&sql, &[by]).await.doing(doing)?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let mut obj = Map::new();
        for (i, (c, ty)) in t.cols.iter().enumerate() {
            let v = match ty {
                Int => r.opt_int(i).doing(doing)?.map(Value::from),
                Text => r.opt_text(i).doing(doing)?.map(Value::from),
                Bool => Some(Value::from(r.bool(i).doing(doing)?)),
            };
            obj.insert((*c).to_string(), v.unwrap_or(Value::Null));
        }
        out.push(Value::Object(obj));
    }
    Ok(out)
}

fn arg_of(ty: Ty, v: &Value) -> Arg<'static> {
    match ty {
        Int => Arg::Int(v.as_i64()),
        Text => Arg::from(v.as_str().map(str::to_string)),
        Bool => Arg::Bool(v.as_bool().unwrap_or(false)),
    }
}

async fn delete_rows(db: &mut Exec<'_>, t: &Table, by: Arg<'_>) -> Result<u64, Error> {
    let sql = format!("DELETE FROM {} WHERE {}", t.name, where_by(db.dialect(), t));
    db.execute(&sql, &[by])
        .await
        .doing(|| format!("rolling back {}", t.name))
}

async fn insert_rows(db: &mut Exec<'_>, t: &Table, rows: &[Value]) -> Result<(), Error> {
    let cols: Vec<&str> = t.cols.iter().map(|(c, _)| *c).collect();
    let sql = format!(
        "INSERT INTO {} ({}) VALUES ({})",
        t.name,
        cols.join(", "),
        vec!["?"; cols.len()].join(", ")
    );
    for row in rows {
        let binds: Vec<Arg<'_>> = t.cols.iter().map(|(c, ty)| arg_of(*ty, &row[*c])).collect();
        db.execute(&sql, &binds)
            .await
            .doing(|| format!("restoring {} of the rollback record", t.name))?;
    }
    Ok(())
}

/// Puts a row other rows may refer to back in place (an `UPDATE`, since
/// deleting it would break their references), or inserts it if gone.
async fn put_back(db: &mut Exec<'_>, t: &Table, row: &Value) -> Result<(), Error> {
    let set: Vec<String> = t
        .cols
        .iter()
        .filter(|(c, _)| *c != t.by)
        .map(|(c, _)| format!("{c} = ?"))
        .collect();
    let sql = format!(
        "UPDATE {} SET {} WHERE {} = ?",
        t.name,
        set.join(", "),
        t.by
    );
    let mut binds: Vec<Arg<'_>> = t
        .cols
        .iter()
        .filter(|(c, _)| *c != t.by)
        .map(|(c, ty)| arg_of(*ty, &row[*c]))
        .collect();
    let by_ty = t.cols.iter().find(|(c, _)| *c == t.by).map_or(Int, |x| x.1);
    binds.push(arg_of(by_ty, &row[t.by]));
    let n = db
        .execute(&sql, &binds)
        .await
        .doing(|| format!("restoring {} of the rollback record", t.name))?;
    if n == 0 {
        insert_rows(db, t, std::slice::from_ref(row)).await?;
    }
    Ok(())
}

/// Whether run `run` already stored the state of `(kind, key)`.
async fn stored(db: &mut Exec<'_>, run: i64, kind: &str, key: &str) -> Result<bool, Error> {
    let by = match db.dialect() {
        Dialect::MySql => "key_hash = UNHEX(SHA2(?, 256))",
        _ => "source_key = ?",
    };
    let sql = format!("SELECT 1 FROM run_changes WHERE run_id = ? AND kind = ? AND {by}");
    Ok(db
        .fetch_optional(&sql, &args![run, kind, key])
        .await
        .doing(|| format!("reading the rollback record of `{key}`"))?
        .is_some())
}

async fn store(
    db: &mut Exec<'_>,
    run: i64,
    (kind, key, entity, action): (&str, &str, &str, &str),
    previous: Map<String, Value>,
) -> Result<(), Error> {
    db.insert(NewRow {
        table: "run_changes",
        columns: "run_id, kind, source_key, entity, action, previous",
        values: args![
            run,
            kind,
            key,
            entity,
            action,
            Value::Object(previous).to_string()
        ]
        .into(),
        // A thing already stored by this run keeps its first state.
        conflict: Conflict::Ignore {
            key: "run_id, kind, source_key",
            mysql_noop: "seq",
        },
        key: Some(format!("{run}\u{1f}{kind}\u{1f}{key}")),
        what: format!("the state of `{key}` before this run"),
    })
    .await
}

/// Stores item `key`'s state before run `run` changes it, unless the run
/// stored it already. `id` is its row's id when the id map has it (`None`
/// for a new item: nothing but a quarantine row can exist then);
/// `quarantined` says whether the quarantine holds it. Call before the
/// first write of the item, in the same transaction.
pub(crate) async fn before_item(
    db: &mut Exec<'_>,
    run: i64,
    key: &str,
    entity: &str,
    id: Option<i64>,
    quarantined: bool,
) -> Result<(), Error> {
    if run == 0 {
        // Written outside a run: no run to roll back.
        return Ok(());
    }
    let mut prev = Map::new();
    let mut entity = entity.to_string();
    let action = match id {
        Some(_) if stored(db, run, "item", key).await? => return Ok(()),
        Some(id) => {
            let id_map = read_rows(db, &ID_MAP, key.into()).await?;
            // The id map's name for it (a legal document is an article).
            if let Some(e) = id_map.first().and_then(|r| r["entity"].as_str()) {
                entity = e.to_string();
            }
            if let Some(t) = main_table(&entity) {
                prev.insert(t.name.into(), read_rows(db, t, Arg::from(id)).await?.into());
                if t.name == "articles" {
                    for t in ARTICLE_DEPENDANTS {
                        prev.insert(t.name.into(), read_rows(db, t, Arg::from(id)).await?.into());
                    }
                }
            }
            prev.insert("id_map".into(), id_map.into());
            prev.insert(
                "redirects".into(),
                read_rows(db, &REDIRECTS_BY_KEY, key.into()).await?.into(),
            );
            "updated"
        }
        None => "inserted",
    };
    let q = if quarantined {
        read_rows(db, &QUARANTINE, key.into()).await?
    } else {
        Vec::new()
    };
    prev.insert("quarantine".into(), q.into());
    store(db, run, ("item", key, &entity, action), prev).await
}

/// Whether quarantining `key` with these fields changes anything but the
/// row's run: an item set aside again, as it was, is no change (else every
/// run would depend on the last through its quarantine).
pub(crate) async fn quarantine_changes(
    db: &mut Exec<'_>,
    key: &str,
    reason: &str,
    provenance: &str,
    raw: &str,
) -> Result<bool, Error> {
    let now = read_rows(db, &QUARANTINE, key.into()).await?;
    Ok(!now
        .first()
        .is_some_and(|r| r["reason"] == reason && r["provenance"] == provenance && r["raw"] == raw))
}

/// Stores the redirect of `old_url` before run `run` gives it to item
/// `key`, when another item holds it (files and term pages share
/// redirects: the last writer wins). One the item holds already is part
/// of the item's own stored state.
pub(crate) async fn before_redirect(
    db: &mut Exec<'_>,
    run: i64,
    old_url: &str,
    key: &str,
    now: Option<&crate::ahead::RedirectRow>,
) -> Result<(), Error> {
    let Some(now) = now.filter(|r| run != 0 && r.source_key != key) else {
        return Ok(());
    };
    // As `read_rows(REDIRECTS_BY_URL)` would give it. Stored once per run:
    // the record keeps its first state.
    let row = serde_json::json!({
        "old_url": old_url,
        "new_url": now.new_url,
        "status": now.status,
        "source_key": now.source_key,
    });
    let mut prev = Map::new();
    prev.insert("redirects".into(), vec![row].into());
    store(db, run, ("redirect", old_url, "redirect", "updated"), prev).await
}

/// Stores section `slug` before run `run` writes `new` over it, when the
/// two differ (a run that leaves the sections as they were depends on no
/// earlier run through them).
pub(crate) async fn before_section(
    db: &mut Exec<'_>,
    run: i64,
    slug: &str,
    new: Value,
) -> Result<(), Error> {
    if run == 0 {
        return Ok(());
    }
    let rows = read_rows(db, &SECTIONS, slug.into()).await?;
    if rows.first() == Some(&new) || stored(db, run, "section", slug).await? {
        return Ok(());
    }
    let action = if rows.is_empty() {
        "inserted"
    } else {
        "updated"
    };
    let mut prev = Map::new();
    prev.insert("sections".into(), rows.into());
    store(db, run, ("section", slug, "section", action), prev).await
}

/// A section row as [`before_section`] compares it.
pub(crate) fn section_value(s: &crate::SectionRow, weight: i64, basis: &str) -> Value {
    serde_json::json!({
        "slug": s.slug, "parent": s.parent, "name": s.name, "name_en": s.name_en,
        "weight": weight, "basis": basis, "required": s.required,
    })
}

/// One stored change, read back.
struct Change {
    kind: String,
    key: String,
    entity: String,
    previous: Map<String, Value>,
}

fn rows_of<'a>(prev: &'a Map<String, Value>, table: &str) -> &'a [Value] {
    prev.get(table)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// Undoes one stored change: the thing as it is now goes, the stored state
/// comes back.
async fn undo(db: &mut Exec<'_>, c: &Change, tally: &mut RunRollback) -> Result<(), Error> {
    let prev = &c.previous;
    match c.kind.as_str() {
        "redirect" => {
            delete_rows(db, &REDIRECTS_BY_URL, c.key.as_str().into()).await?;
            insert_rows(db, &REDIRECTS_BY_URL, rows_of(prev, "redirects")).await?;
            tally.redirects += 1;
        }
        "section" => {
            match rows_of(prev, "sections").first() {
                Some(row) => put_back(db, &SECTIONS, row).await?,
                None => {
                    delete_rows(db, &SECTIONS, c.key.as_str().into()).await?;
                }
            }
            tally.sections += 1;
        }
        _ => {
            let now = db
                .fetch_optional(
                    "SELECT target_id FROM id_map WHERE source_key = ?",
                    &args![&c.key],
                )
                .await
                .and_then(|r| r.map(|r| r.int(0)).transpose())
                .doing(|| format!("looking up `{}` in the id map", c.key))?;
            let table = main_table(&c.entity);
            let old_row = table.and_then(|t| rows_of(prev, t.name).first());
            if let (Some(id), Some(t)) = (now, table) {
                if t.name == "articles" {
                    for d in ARTICLE_DEPENDANTS {
                        delete_rows(db, d, Arg::from(id)).await?;
                    }
                }
                if old_row.is_none() {
                    // Rows of later items of the run that referred to it
                    // were undone first (newest change first).
                    delete_rows(db, t, Arg::from(id)).await?;
                }
            }
            delete_rows(db, &ID_MAP, c.key.as_str().into()).await?;
            delete_rows(db, &QUARANTINE, c.key.as_str().into()).await?;
            delete_rows(db, &REDIRECTS_BY_KEY, c.key.as_str().into()).await?;
            if let (Some(t), Some(row)) = (table, old_row) {
                put_back(db, t, row).await?;
                if t.name == "articles" {
                    for d in ARTICLE_DEPENDANTS {
                        insert_rows(db, d, rows_of(prev, d.name)).await?;
                    }
                }
            }
            insert_rows(db, &ID_MAP, rows_of(prev, "id_map")).await?;
            insert_rows(db, &QUARANTINE, rows_of(prev, "quarantine")).await?;
            insert_rows(db, &REDIRECTS_BY_KEY, rows_of(prev, "redirects")).await?;
            match (old_row, now) {
                (Some(_), _) => tally.restored += 1,
                (None, Some(_)) => tally.removed += 1,
                (None, None) => tally.quarantine += 1,
            }
        }
    }
    Ok(())
}

/// What rolling back one run did (or, for a dry run, would do).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct RunRollback {
    /// The run.
    pub run: i64,
    /// Items the run inserted, now removed.
    pub removed: u64,
    /// Items the run updated or moved, now as they were before it.
    pub restored: u64,
    /// Items the run only quarantined (not loaded before nor by it): their
    /// quarantine rows as before the run.
    pub quarantine: u64,
    /// Redirects the run gave to another item, given back.
    pub redirects: u64,
    /// Sections the run added or changed, as they were.
    pub sections: u64,
}

/// What [`Target::rollback`] did, newest run first.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Rollback {
    /// One entry per run rolled back: the one asked for last, the later
    /// runs that depended on it (with `cascade`) before it.
    pub runs: Vec<RunRollback>,
    /// Nothing was written (`dry_run`).
    pub dry_run: bool,
}

/// A run as `portmig rollback` lists it.
#[derive(Clone, Debug, Serialize)]
pub struct RunRow {
    /// Its id.
    pub id: i64,
    /// `running`, `done`, `failed` or `rolled-back`.
    pub status: String,
    /// When it started (RFC 3339, UTC).
    pub started_at: String,
}

impl Target {
    /// Every run of the target, oldest first.
    pub async fn runs(&mut self) -> Result<Vec<RunRow>, Error> {
        let doing = || "reading the runs".to_string();
        let rows = self
            .conn
            .exec()
            .fetch_all("SELECT id, status, started_at FROM runs ORDER BY id", &[])
            .await
            .doing(doing)?;
        rows.iter()
            .map(|r| {
                Ok(RunRow {
                    id: r.int(0).doing(doing)?,
                    status: r.text(1).doing(doing)?,
                    started_at: r.text(2).doing(doing)?,
                })
            })
            .collect()
    }

    /// Rolls back run `run` (the latest run not rolled back when `None`):
    /// see the module docs. Refused ([`Error::RunDepended`]) when later
    /// runs not rolled back changed what it changed, unless `cascade`:
    /// then those are rolled back first, newest first. With `dry_run`,
    /// everything is done and then rolled back: the counts are what a
    /// rollback would do. One transaction; returns the sealed events for
    /// the JSONL mirror.
    pub async fn rollback(
        &mut self,
        run: Option<i64>,
        cascade: bool,
        dry_run: bool,
    ) -> Result<(Rollback, Vec<SealedEvent>), Error> {
        // Not beside a live run: it could be writing the rows undone here,
        // and a run found `running` must be a dead one.
        self.lock_run().await?;
        let runs = self.runs().await?;
        let live = |r: &&RunRow| r.status != "rolled-back";
        let run = match run {
            Some(n) => {
                let r = runs
                    .iter()
                    .find(|r| r.id == n)
                    .ok_or_else(|| Error::NoSuchRun {
                        run: n,
                        runs: runs.iter().filter(live).map(|r| r.id).collect(),
                    })?;
                if r.status == "rolled-back" {
                    return Err(Error::AlreadyRolledBack { run: n });
                }
                n
            }
            None => runs
                .iter()
                .filter(live)
                .map(|r| r.id)
                .max()
                .ok_or(Error::NoRunToRollBack)?,
        };
        let at = now();
        let mut chain = self.chain.clone();
        let mut tx = self
            .conn
            .begin()
            .await
            .doing(|| format!("starting the rollback of run {run}"))?;
        let db = &mut tx.exec();
        // Later runs that changed what `run` changed, and theirs in turn.
        let mut order = vec![run];
        let mut i = 0;
        while i < order.len() {
            for later in dependants(db, order[i]).await? {
                if !order.contains(&later) {
                    order.push(later);
                }
            }
            i += 1;
        }
        if order.len() > 1 && !cascade {
            let mut later = order[1..].to_vec();
            later.sort_unstable();
            return Err(Error::RunDepended { run, later });
        }
        order.sort_unstable_by(|a, b| b.cmp(a));
        let mut out = Rollback {
            runs: Vec::new(),
            dry_run,
        };
        let mut sealed = Vec::new();
        for r in order {
            let tally = undo_run(db, r).await.map_err(|e| referenced(e, r))?;
            db.execute(
                "UPDATE runs SET status = 'rolled-back' WHERE id = ?",
                &args![r],
            )
            .await
            .doing(|| format!("marking run {r} rolled back"))?;
            let ev = AuditEvent::run(
                EventKind::RolledBack,
                serde_json::to_value(&tally).unwrap_or_default(),
            );
            sealed.push(chain.seal(r, &at, ev));
            out.runs.push(tally);
        }
        insert_events(db, &sealed).await?;
        if dry_run {
            // Dropped uncommitted: rolled back.
            return Ok((out, Vec::new()));
        }
        tx.commit()
            .await
            .doing(|| format!("committing the rollback of run {run}"))?;
        self.chain = chain;
        self.quarantined.clear();
        self.known_ids.clear();
        // What it restored is not in them.
        self.known = None;
        Ok((out, sealed))
    }
}

/// Later runs, not rolled back, that stored a state of something `run`
/// changed.
async fn dependants(db: &mut Exec<'_>, run: i64) -> Result<Vec<i64>, Error> {
    let same = match db.dialect() {
        Dialect::MySql => "b.key_hash = a.key_hash",
        _ => "b.source_key = a.source_key",
    };
    let sql = format!(
        "SELECT DISTINCT b.run_id FROM run_changes a \
         JOIN run_changes b ON b.kind = a.kind AND {same} AND b.run_id > a.run_id \
         JOIN runs r ON r.id = b.run_id \
         WHERE a.run_id = ? AND r.status <> 'rolled-back' ORDER BY b.run_id"
    );
    db.fetch_all(&sql, &args![run])
        .await
        .and_then(|rows| rows.iter().map(|r| r.int(0)).collect())
        .doing(|| format!("finding the runs after run {run} that depend on it"))
}

async fn undo_run(db: &mut Exec<'_>, run: i64) -> Result<RunRollback, Error> {
    let doing = || format!("reading what run {run} changed");
    let rows = db
        .fetch_all(
            "SELECT kind, source_key, entity, previous FROM run_changes \
             WHERE run_id = ? ORDER BY seq DESC",
            &args![run],
        )
        .await
        .doing(doing)?;
    let mut tally = RunRollback {
        run,
        ..Default::default()
    };
    for r in rows {
        let text = r.text(3).doing(doing)?;
        let previous = match serde_json::from_str(&text) {
            Ok(Value::Object(m)) => m,
            _ => {
                return Err(sqlx::Error::Decode(
                    format!(
                        "the stored state of `{}` is not a JSON object",
                        r.text(1).doing(doing)?
                    )
                    .into(),
                ))
                .doing(doing)
            }
        };
        let c = Change {
            kind: r.text(0).doing(doing)?,
            key: r.text(1).doing(doing)?,
            entity: r.text(2).doing(doing)?,
            previous,
        };
        undo(db, &c, &mut tally).await?;
    }
    Ok(tally)
}

/// A foreign key stopping the removal of a row the run inserted means a
/// row written outside the run refers to it: said as such, instead of the
/// database's constraint message.
fn referenced(e: Error, run: i64) -> Error {
    match e {
        Error::Query { doing, source }
            if source
                .as_database_error()
                .is_some_and(|d| d.is_foreign_key_violation()) =>
        {
            Error::RunReferenced { run, doing }
        }
        e => e,
    }
}
