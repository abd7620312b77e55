//! What is in a dump: tables, row counts, NukeViet instances, old
//! categories with article counts, and per text column how its values
//! decode. The report `portmig inspect` prints.

use crate::error::Error;
use crate::nukeviet::names::{news_table, split_stem, NewsTable};
use crate::nukeviet::{bytes, detect, int};
use crate::open_dump;
use serde::Serialize;
use sqldump::{RawRow, RawValue};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::Arc;

/// How the values of one text column decode.
#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub struct ColumnStats {
    /// Column name.
    pub column: String,
    /// Pure ASCII values.
    pub ascii: u64,
    /// Valid UTF-8 with non-ASCII letters.
    pub utf8: u64,
    /// UTF-8 double-encoded (through cp1252, latin1 or cp1258).
    pub double_encoded: u64,
    /// In another encoding: a legacy charset (raw or read through latin1),
    /// VIQR, UTF-16, or with an entity layer.
    pub legacy: u64,
    /// Bytes no charset turns into Vietnamese: the pipeline quarantines them.
    pub undecodable: u64,
    /// Values per detected charset, by the name the audit log uses
    /// ("utf-8", "tcvn3+latin1", "ncr", ...; "undecodable").
    pub charsets: BTreeMap<String, u64>,
}

impl ColumnStats {
    fn count(&mut self, bytes: &[u8], prior: &mut vnenc::ColumnPrior) {
        let label = match vnenc::decode_field(bytes, prior) {
            Ok(d) => {
                match d.charset {
                    vnenc::Charset::Ascii if !d.entities => self.ascii += 1,
                    vnenc::Charset::Utf8 if !d.entities => self.utf8 += 1,
                    c if c.is_double_encoded() && !d.entities => self.double_encoded += 1,
                    _ => self.legacy += 1,
                }
                prior.record(d.charset);
                d.label()
            }
            Err(_) => {
                self.undecodable += 1;
                "undecodable".to_string()
            }
        };
        *self.charsets.entry(label).or_default() += 1;
    }
}

/// One table.
#[derive(Clone, Debug, Default, Serialize)]
pub struct TableReport {
    /// Table name.
    pub name: String,
    /// Rows in the dump.
    pub rows: u64,
    /// Text columns with at least one non-empty value.
    pub text_columns: Vec<ColumnStats>,
}

/// An old category with its article count.
#[derive(Clone, Debug, Serialize)]
pub struct CategoryReport {
    /// Old id.
    pub id: i64,
    /// Parent id, 0 at the root.
    pub parent: i64,
    /// Title, decoded as well as this report can.
    pub title: String,
    /// URL alias.
    pub alias: String,
    /// Articles whose primary category this is.
    pub articles: u64,
}

/// One NukeViet news instance.
#[derive(Clone, Debug, Serialize)]
pub struct InstanceReport {
    /// Table stem, the source name in keys (`nv4_vi_news`).
    pub source: String,
    /// Table prefix (`nv4`).
    pub prefix: String,
    /// Language (`vi`).
    pub lang: String,
    /// Module data name (`news`).
    pub module_data: String,
    /// Tables of the instance that are present.
    pub tables: Vec<String>,
    /// NukeViet generation of the instance (`3.x`, `4.x`), when its tables
    /// tell: `_detail` is 4.x; `_bodyhtml_N` / `_bodytext` are 3.x unless
    /// `_cat` has 4.x's `sort` column (4.0.00 to 4.0.28).
    pub version: Option<String>,
    /// Categories in tree order, with article counts.
    pub categories: Vec<CategoryReport>,
    /// Articles in `_rows`.
    pub articles: u64,
}

/// The whole report.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Report {
    /// Input files.
    pub files: Vec<String>,
    /// Format, as far as the reader can tell.
    pub format: String,
    /// `SET NAMES` the dump declares (it may lie: bytes are decided per field).
    pub set_names: Option<String>,
    /// NukeViet generation, when recognised (`4.x` has `_detail` tables,
    /// `3.x` has `_bodyhtml_N`): the instances' common version, or
    /// `mixed: 3.x, 4.x` when they differ.
    pub nukeviet_version: Option<String>,
    /// Every table, in dump order.
    pub tables: Vec<TableReport>,
    /// News instances.
    pub nukeviet_news: Vec<InstanceReport>,
    /// Set when the dump ends in an error: what was read before it is
    /// reported.
    pub error: Option<String>,
}

/// catid -> (parent, title bytes, alias bytes).
type Cats = BTreeMap<i64, (i64, Vec<u8>, Vec<u8>)>;

#[derive(Default)]
struct TableAcc {
    rows: u64,
    columns: BTreeMap<usize, (String, ColumnStats, vnenc::ColumnPrior)>,
}

/// Reads the dumps and builds the report. A dump error ends the reading;
/// the report then holds what came before it and the error.
pub fn inspect(paths: &[PathBuf]) -> Result<Report, Error> {
    let mut report = Report {
        files: paths.iter().map(|p| p.display().to_string()).collect(),
        format: "MySQL/MariaDB dump".into(),
        ..Report::default()
    };
    let mut order: Vec<String> = Vec::new();
    let mut acc: HashMap<String, TableAcc> = HashMap::new();
    // stem -> catid -> (parent, title bytes, alias bytes)
    let mut cats: BTreeMap<String, Cats> = BTreeMap::new();
    // stem -> catid -> articles
    let mut counts: HashMap<String, HashMap<i64, u64>> = HashMap::new();
    // `_cat` table definitions: their columns tell 3.x from 4.x.
    let mut cat_tables: HashMap<String, Arc<sqldump::Table>> = HashMap::new();
    let mut row = RawRow::new();
    for path in paths {
        let (mut rdr, _) = open_dump(path)?;
        let res = loop {
            match rdr.read_row(&mut row) {
                Ok(true) => {}
                Ok(false) => break Ok(()),
                Err(e) => break Err(e),
            }
            let table = row.table().clone();
            let a = acc.entry(table.name.clone()).or_insert_with(|| {
                order.push(table.name.clone());
                TableAcc::default()
            });
            a.rows += 1;
            for (i, v) in row.iter().enumerate() {
                let RawValue::Bytes(b) = v else { continue };
                if b.is_empty() {
                    continue;
                }
                let name = table
                    .columns
                    .get(i)
                    .cloned()
                    .unwrap_or_else(|| format!("#{}", i + 1));
                let (_, stats, prior) = a.columns.entry(i).or_insert_with(|| {
                    (
                        name.clone(),
                        ColumnStats {
                            column: name,
                            ..Default::default()
                        },
                        vnenc::ColumnPrior::new(),
                    )
                });
                stats.count(b, prior);
            }
            if let Some((stem, kind)) = news_table(&table.name) {
                let get = |c: &str| bytes(&row, &table, c);
                let int = |c: &str| int(&row, &table, c);
                match kind {
                    NewsTable::Cat => {
                        cats.entry(stem.to_string()).or_default().insert(
                            int("catid"),
                            (
                                int("parentid"),
                                get("title").to_vec(),
                                get("alias").to_vec(),
                            ),
                        );
                    }
                    NewsTable::Rows => {
                        *counts
                            .entry(stem.to_string())
                            .or_default()
                            .entry(int("catid"))
                            .or_default() += 1;
                    }
                    _ => {}
                }
            }
        };
        if report.set_names.is_none() {
            report.set_names = rdr.set_names().map(str::to_string);
        }
        // Tables without rows belong in the report too.
        for t in rdr.tables() {
            if !t.columns.is_empty() && t.name.ends_with("_cat") {
                cat_tables
                    .entry(t.name.clone())
                    .or_insert_with(|| t.clone());
            }
            if !acc.contains_key(&t.name) {
                order.push(t.name.clone());
                acc.insert(t.name.clone(), TableAcc::default());
            }
        }
        if let Err(e) = res {
            report.error = Some(format!("{}: {e}", path.display()));
            break;
        }
    }
    let mut stems: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut kinds: BTreeMap<String, BTreeSet<&'static str>> = BTreeMap::new();
    let mut bodyhtml = false;
    let mut versions = BTreeSet::new();
    for name in &order {
        if let Some((stem, kind)) = news_table(name) {
            stems
                .entry(stem.to_string())
                .or_default()
                .push(name.clone());
            kinds
                .entry(stem.to_string())
                .or_default()
                .insert(kind.kind());
        }
        if name.contains("_bodyhtml_") {
            bodyhtml = true;
        }
    }
    for (stem, tables) in stems {
        let has = |s: &str| tables.iter().any(|t| t.ends_with(s));
        if !(has("_rows") && has("_cat")) {
            continue;
        }
        let Some((prefix, lang, data)) = split_stem(&stem) else {
            continue;
        };
        let kinds = kinds.remove(&stem).unwrap_or_default();
        let cat = cat_tables.get(&format!("{stem}_cat")).map(|t| t.as_ref());
        let (generation, _) = detect(&kinds, cat);
        // Only body tables or a 3.x `_cat` make `_cat` + `_rows` news.
        let evidence = ["detail", "bodyhtml", "bodytext"]
            .iter()
            .any(|k| kinds.contains(k))
            || generation == crate::nukeviet::Generation::V3;
        let version = evidence.then(|| generation.as_str().to_string());
        if let Some(v) = &version {
            versions.insert(v.clone());
        }
        let n = counts.get(&stem);
        let mut categories = Vec::new();
        if let Some(cs) = cats.get(&stem) {
            tree_order(cs, 0, &mut categories, n, 0);
        }
        report.nukeviet_news.push(InstanceReport {
            source: stem.clone(),
            prefix: prefix.into(),
            lang: lang.into(),
            module_data: data.into(),
            tables,
            version,
            categories,
            articles: n.map(|m| m.values().sum()).unwrap_or(0),
        });
    }
    report.nukeviet_version = match versions.len() {
        0 => None,
        1 => versions.into_iter().next(),
        _ => Some(format!(
            "mixed: {}",
            versions.into_iter().collect::<Vec<_>>().join(", ")
        )),
    };
    if report.nukeviet_version.is_none() && bodyhtml {
        report.nukeviet_version = Some("3.x".into());
    }
    report.tables = order
        .into_iter()
        .map(|name| {
            let a = acc.remove(&name).unwrap_or_default();
            TableReport {
                name,
                rows: a.rows,
                text_columns: a.columns.into_values().map(|(_, s, _)| s).collect(),
            }
        })
        .collect();
    Ok(report)
}

fn tree_order(
    cats: &Cats,
    parent: i64,
    out: &mut Vec<CategoryReport>,
    counts: Option<&HashMap<i64, u64>>,
    depth: usize,
) {
    // Guards against parentid cycles in damaged dumps.
    if depth > 32 {
        return;
    }
    for (&id, (p, title, alias)) in cats {
        let orphan = parent == 0 && *p != 0 && !cats.contains_key(p);
        if *p != parent && !orphan {
            continue;
        }
        let prior = vnenc::ColumnPrior::new();
        let title = match vnenc::decode_field(title, &prior) {
            Ok(d) => d.text.into_owned(),
            Err(_) => String::from_utf8_lossy(title).into_owned(),
        };
        out.push(CategoryReport {
            id,
            parent: *p,
            title,
            alias: String::from_utf8_lossy(alias).into_owned(),
            articles: counts.and_then(|c| c.get(&id)).copied().unwrap_or(0),
        });
        if id != parent {
            tree_order(cats, id, out, counts, depth + 1);
        }
    }
}
