//! Reconciliation (`portmig verify`): what the target says became of each
//! source item, each row checked against what portmig last wrote into it,
//! compared with the keys the dump holds.
//!
//! An item is accounted for when it is loaded (in the id map, with its
//! row), quarantined (with a reason) or skipped (a `SKIPPED` event with a
//! reason). A key of the dump in none of them is `LOST`; a key of the
//! target that the dump lacks is `EXTRA` (an older dump, another site).
//! Rows of `articles` and `categories` are hashed as stored and compared
//! with `id_map.row_hash` (see `stored`): a difference is a row changed
//! outside portmig. Term rows (topics, tags, sources, authors) have no row
//! hash: only their presence is checked.

use crate::db::args;
use crate::error::{Error, QueryContext};
use crate::stored::{self, StoredRow};
use crate::target::Target;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// The tables of the entities the id map records, as `id_map.entity`
/// names them (documents are `article` rows).
const TABLES: [(&str, &str); 6] = [
    ("article", "articles"),
    ("category", "categories"),
    ("topic", "topics"),
    ("tag", "tags"),
    ("source", "sources"),
    ("author", "authors"),
];

/// Rows read per statement while hashing a table (bodies can be large).
const PAGE: i64 = 500;

/// How a loaded item's row stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RowCheck {
    /// It hashes to what portmig last wrote.
    AsWritten,
    /// It no longer does: changed outside portmig.
    Modified,
    /// The id map names a row that is not there.
    Missing,
    /// Present, but no row hash to compare with (written before row hashes
    /// were kept).
    NotRecorded,
}

/// An id-map entry, checked against its row.
#[derive(Clone, Debug, Serialize)]
pub struct Loaded {
    /// `id_map.entity`.
    pub entity: String,
    /// The table its row is in.
    pub table: String,
    /// The row's id.
    pub target_id: i64,
    /// How the row stands.
    pub row: RowCheck,
}

/// What the target records about source items.
#[derive(Clone, Debug, Default)]
pub struct TargetState {
    /// The id map, by source key.
    pub loaded: BTreeMap<String, Loaded>,
    /// The quarantine: source key to reason.
    pub quarantined: BTreeMap<String, String>,
    /// Items with a `SKIPPED` event: source key to the last event's reason
    /// (empty when the event gives none).
    pub skipped: BTreeMap<String, String>,
    /// Rows whose `source_key` the id map lacks: key to (table, id).
    pub untracked: BTreeMap<String, (String, i64)>,
}

/// The input files a run recorded.
#[derive(Clone, Debug, Serialize)]
pub struct RunInputs {
    /// The run.
    pub run_id: i64,
    /// `(file as given, sha256)` per input file.
    pub files: Vec<(String, String)>,
}

impl Target {
    /// Reads the id map, the quarantine and the skipped items, and checks
    /// every row the id map names (present; as written where a row hash
    /// was kept).
    pub async fn verify_state(&mut self) -> Result<TargetState, Error> {
        let mut st = TargetState::default();
        let db = &mut self.conn.exec();

        // Each table's rows: id -> (source key, hash as stored, if hashed).
        let mut rows: HashMap<&str, HashMap<i64, (String, Option<String>)>> = HashMap::new();
        for (entity, table) in TABLES {
            let hashed = stored::table_of(entity);
            let cols = hashed.map_or(String::new(), |t| {
                format!(", {}", stored::select_list(t, "t"))
            });
            let doing = || format!("reading the {table} table");
            let mut after = i64::MIN;
            let map = rows.entry(table).or_default();
            loop {
                let page = db
                    .fetch_all(
                        &format!(
                            "SELECT t.id, t.source_key{cols} FROM {table} t WHERE t.id > ? \
                             ORDER BY t.id LIMIT {PAGE}"
                        ),
                        &args![after],
                    )
                    .await
                    .doing(doing)?;
                for r in &page {
                    let id = r.int(0).doing(doing)?;
                    let key = r.text(1).doing(doing)?;
                    let hash = match hashed {
                        Some(t) => Some(
                            StoredRow {
                                cells: stored::read_cells(t, r, 2).doing(doing)?,
                            }
                            .hash(),
                        ),
                        None => None,
                    };
                    map.insert(id, (key, hash));
                    after = id;
                }
                if (page.len() as i64) < PAGE {
                    break;
                }
            }
        }

        let doing = || "reading the id map".to_string();
        for r in db
            .fetch_all(
                "SELECT source_key, entity, target_id, row_hash FROM id_map ORDER BY source_key",
                &[],
            )
            .await
            .doing(doing)?
        {
            let key = r.text(0).doing(doing)?;
            let entity = r.text(1).doing(doing)?;
            let target_id = r.int(2).doing(doing)?;
            let recorded = r.opt_text(3).doing(doing)?;
            let table = TABLES
                .iter()
                .find(|(e, _)| *e == entity)
                .map_or(entity.as_str(), |(_, t)| t)
                .to_string();
            let row = match rows
                .get_mut(table.as_str())
                .and_then(|m| m.remove(&target_id))
            {
                None => RowCheck::Missing,
                Some((_, Some(h))) if recorded.as_ref().is_some_and(|r| *r == h) => {
                    RowCheck::AsWritten
                }
                Some((_, Some(_))) if recorded.is_some() => RowCheck::Modified,
                Some(_) => RowCheck::NotRecorded,
            };
            st.loaded.insert(
                key,
                Loaded {
                    entity,
                    table,
                    target_id,
                    row,
                },
            );
        }
        for (table, map) in rows {
            for (id, (key, _)) in map {
                st.untracked.insert(key, (table.to_string(), id));
            }
        }

        let doing = || "reading the quarantine".to_string();
        for r in db
            .fetch_all("SELECT source_key, reason FROM quarantine", &[])
            .await
            .doing(doing)?
        {
            st.quarantined
                .insert(r.text(0).doing(doing)?, r.text(1).doing(doing)?);
        }

        let doing = || "reading the SKIPPED events".to_string();
        for r in db
            .fetch_all(
                "SELECT source_key, event FROM audit_events \
                 WHERE kind = 'SKIPPED' AND source_key IS NOT NULL ORDER BY seq",
                &[],
            )
            .await
            .doing(doing)?
        {
            let ev: serde_json::Value =
                serde_json::from_str(&r.text(1).doing(doing)?).unwrap_or_default();
            let reason = ev["data"]["reason"].as_str().unwrap_or("").to_string();
            st.skipped.insert(r.text(0).doing(doing)?, reason);
        }
        Ok(st)
    }

    /// The input files of the last run that started (`None` before any).
    pub async fn last_run_inputs(&mut self) -> Result<Option<RunInputs>, Error> {
        let doing = || "reading the last run".to_string();
        let row = self
            .conn
            .exec()
            .fetch_optional("SELECT id, inputs FROM runs ORDER BY id DESC LIMIT 1", &[])
            .await
            .doing(doing)?;
        let Some(r) = row else {
            return Ok(None);
        };
        let inputs: serde_json::Value =
            serde_json::from_str(&r.text(1).doing(doing)?).unwrap_or_default();
        let files = inputs
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|f| {
                        let s = |k: &str| f[k].as_str().unwrap_or("").to_string();
                        (s("file"), s("sha256"))
                    })
                    .collect()
            })
            .unwrap_or_default();
        Ok(Some(RunInputs {
            run_id: r.int(0).doing(doing)?,
            files,
        }))
    }
}

/// One item of the dump, as reconciliation counts it.
#[derive(Clone, Debug)]
pub struct SourceEntry {
    /// Its key.
    pub key: model::SourceKey,
    /// Its old (primary) category's key, for articles and documents.
    pub category: Option<String>,
}

/// Counts of one source and entity (and old category, in
/// [`Reconciliation::by_category`]).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    /// The source instance (`nv4_vi_news`).
    pub source: String,
    /// `category`, `article`, `document`, `topic`...
    pub entity: String,
    /// The old category's key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Items in the dump.
    pub in_dump: u64,
    /// Loaded, their row present.
    pub loaded: u64,
    /// In the quarantine.
    pub quarantined: u64,
    /// Skipped with a reason.
    pub skipped: u64,
    /// In the dump, accounted for nowhere.
    pub lost: u64,
    /// In the target, not in the dump.
    pub extra: u64,
}

impl Tally {
    /// Whether the counts reconcile: in the dump = loaded + quarantined +
    /// skipped, nothing extra.
    pub fn reconciles(&self) -> bool {
        self.lost == 0
            && self.extra == 0
            && self.in_dump == self.loaded + self.quarantined + self.skipped
    }
}

/// What does not reconcile.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ProblemKind {
    /// A key of the dump accounted for nowhere (or whose row is gone).
    Lost,
    /// A row changed outside portmig since portmig wrote it.
    Modified,
    /// A key in the target that the dump lacks.
    Extra,
}

/// One finding.
#[derive(Clone, Debug, Serialize)]
pub struct Problem {
    /// What.
    pub kind: ProblemKind,
    /// The item's source key.
    pub key: String,
    /// The table of its row, if it has one.
    pub table: Option<String>,
    /// The row's id.
    pub target_id: Option<i64>,
    /// What is wrong, for a person.
    pub detail: String,
}

/// How many items ended quarantined or skipped for one reason.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct ReasonCount {
    /// `quarantined` or `skipped`.
    pub outcome: &'static str,
    /// The reason given.
    pub reason: String,
    /// Items.
    pub count: u64,
}

/// The dump compared with the target.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Reconciliation {
    /// Per source and entity.
    pub by_entity: Vec<Tally>,
    /// Per source, entity and old category (articles and documents).
    pub by_category: Vec<Tally>,
    /// Quarantined and skipped items per reason.
    pub reasons: Vec<ReasonCount>,
    /// Every finding, lost first.
    pub problems: Vec<Problem>,
    /// Loaded rows that could not be compared with what was written (rows
    /// written before row hashes were kept).
    pub rows_not_hashed: u64,
}

/// Compares the dump's items with what the target records.
pub fn reconcile(source: &[SourceEntry], st: &TargetState) -> Reconciliation {
    let mut by_entity: BTreeMap<(String, String), Tally> = BTreeMap::new();
    let mut by_category: BTreeMap<(String, String, String), Tally> = BTreeMap::new();
    let mut reasons: BTreeMap<(&'static str, String), u64> = BTreeMap::new();
    let mut problems = Vec::new();
    let mut in_dump = std::collections::HashSet::new();
    for item in source {
        let k = item.key.to_string();
        if !in_dump.insert(k.clone()) {
            continue;
        }
        // Each count goes to the entity's tally and to its category's.
        let mut apply = |f: &dyn Fn(&mut Tally)| {
            let (s, e) = (
                item.key.source.clone(),
                item.key.entity.as_str().to_string(),
            );
            f(by_entity
                .entry((s.clone(), e.clone()))
                .or_insert_with(|| Tally {
                    source: s.clone(),
                    entity: e.clone(),
                    ..Tally::default()
                }));
            if let Some(c) = &item.category {
                f(by_category
                    .entry((s.clone(), e.clone(), c.clone()))
                    .or_insert_with(|| Tally {
                        source: s,
                        entity: e,
                        category: Some(c.clone()),
                        ..Tally::default()
                    }));
            }
        };
        apply(&|t| t.in_dump += 1);
        let lost = |detail: String, table: Option<String>, id: Option<i64>| Problem {
            kind: ProblemKind::Lost,
            key: k.clone(),
            table,
            target_id: id,
            detail,
        };
        match st.loaded.get(&k) {
            Some(l) if l.row != RowCheck::Missing => apply(&|t| t.loaded += 1),
            Some(l) => {
                apply(&|t| t.lost += 1);
                problems.push(lost(
                    format!(
                        "the id map names {} row {}, which is not there (deleted outside \
                         portmig?): `portmig run --force` re-creates it",
                        l.table, l.target_id
                    ),
                    Some(l.table.clone()),
                    Some(l.target_id),
                ));
            }
            None => match (st.quarantined.get(&k), st.skipped.get(&k)) {
                (Some(reason), _) => {
                    apply(&|t| t.quarantined += 1);
                    *reasons.entry(("quarantined", reason.clone())).or_default() += 1;
                }
                (None, Some(reason)) if !reason.is_empty() => {
                    apply(&|t| t.skipped += 1);
                    *reasons.entry(("skipped", reason.clone())).or_default() += 1;
                }
                (None, skipped) => {
                    apply(&|t| t.lost += 1);
                    let (detail, table, id) = match (st.untracked.get(&k), skipped) {
                        (Some((table, id)), _) => (
                            format!(
                                "{table} row {id} holds it, but the id map has no entry for it \
                                 (removed outside portmig?): restore the id map from a backup, \
                                 or delete the row and run `portmig run` again"
                            ),
                            Some(table.clone()),
                            Some(*id),
                        ),
                        (None, Some(_)) => (
                            "skipped without a reason in its SKIPPED event".into(),
                            None,
                            None,
                        ),
                        (None, None) => (
                            "not loaded, quarantined or skipped: run `portmig run` with this \
                             dump, or look for the item in the run's errors"
                                .into(),
                            None,
                            None,
                        ),
                    };
                    problems.push(lost(detail, table, id));
                }
            },
        }
    }

    let mut rows_not_hashed = 0;
    for (k, l) in &st.loaded {
        match l.row {
            RowCheck::Modified => problems.push(Problem {
                kind: ProblemKind::Modified,
                key: k.clone(),
                table: Some(l.table.clone()),
                target_id: Some(l.target_id),
                detail: format!(
                    "{} row {} was changed outside portmig since portmig wrote it: \
                     `portmig run` leaves it so, `portmig run --force` overwrites it",
                    l.table, l.target_id
                ),
            }),
            RowCheck::NotRecorded => rows_not_hashed += 1,
            _ => {}
        }
    }

    let extra = st
        .loaded
        .iter()
        .map(|(k, l)| (k, "in the id map", Some((l.table.clone(), l.target_id))))
        .chain(
            st.quarantined
                .keys()
                .map(|k| (k, "in the quarantine", None)),
        )
        .chain(
            st.untracked
                .iter()
                .map(|(k, (t, id))| (k, "a row without an id-map entry", Some((t.clone(), *id)))),
        );
    for (k, where_, row) in extra {
        if in_dump.contains(k) {
            continue;
        }
        if let Some(key) = model::SourceKey::parse(k) {
            let t = by_entity
                .entry((key.source.clone(), key.entity.as_str().to_string()))
                .or_insert_with(|| Tally {
                    source: key.source.clone(),
                    entity: key.entity.as_str().to_string(),
                    ..Tally::default()
                });
            t.extra += 1;
        }
        problems.push(Problem {
            kind: ProblemKind::Extra,
            key: k.clone(),
            table: row.as_ref().map(|r| r.0.clone()),
            target_id: row.map(|r| r.1),
            detail: format!("{where_}, but not in the dump (an older dump, or another site?)"),
        });
    }
    problems.sort_by(|a, b| (a.kind, &a.key).cmp(&(b.kind, &b.key)));
    Reconciliation {
        by_entity: by_entity.into_values().collect(),
        by_category: by_category.into_values().collect(),
        reasons: reasons
            .into_iter()
            .map(|((outcome, reason), count)| ReasonCount {
                outcome,
                reason,
                count,
            })
            .collect(),
        problems,
        rows_not_hashed,
    }
}
