//! NukeViet 3.x and 4.x news: every news instance ("virtual module") of a
//! dump.
//!
//! Instances come from the `{prefix}_{lang}_modules` rows whose
//! `module_file` is `news` when the dump has that table; otherwise every
//! table stem that has `_cat`, `_rows` and a body table (`_detail`, or
//! `_bodyhtml_N` / `_bodytext`) is one. Each instance is its own source
//! (`SourceKey::source` = the table stem), with the module's title as its
//! URL segment.
//!
//! The generation is decided per instance (see [`Generation`]): 4.x has
//! `_detail`; 3.x keeps bodies in `_bodyhtml_N` and names its category
//! order column `order` (4.0.00 to 4.0.28 also use `_bodyhtml_N`, but with
//! 4.x rows, categories and URLs). What differs in 3.x is in
//! [`status_from_nukeviet3`] and the `v3` module: statuses, home images,
//! URLs (`-<id>/`), the plain-text fallback body.

mod cycles;
mod laws;
pub(crate) mod names;
mod orphans;
mod stage;
mod terms;
pub mod urls;
mod v3;

pub use v3::status_from_nukeviet3;

use crate::error::Error;
use crate::{open_dump, Extractor, Progress, Summary};
use chrono::{DateTime, Utc};
use model::{
    ArticleStatus, Entity, FieldKind, ItemKind, Provenance, RawField, SourceItem, SourceKey,
};
use names::{bodyhtml_table_no, modules_table, news_table, split_stem, users_table, NewsTable};
use sqldump::{RawRow, RawValue};
use sqlx::Row;
use stage::{Stage, Val};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::ControlFlow;
use std::path::PathBuf;
use std::sync::Arc;

/// The NukeViet news extractor (3.x and 4.x) over one or more dump files (a
/// schema file and a data file, say), read in the order given.
pub struct NukeVietNews {
    paths: Vec<PathBuf>,
    on_site: Option<SiteHook>,
}

/// Called once with the old site's modules and categories, before the first
/// item (see [`NukeVietNews::on_site`]).
type SiteHook = Box<dyn FnMut(urls::Site) + Send>;

impl NukeVietNews {
    /// An extractor over `paths`.
    pub fn new(paths: Vec<PathBuf>) -> NukeVietNews {
        NukeVietNews {
            paths,
            on_site: None,
        }
    }

    /// Has `f` called with the old site (its news modules and their
    /// category aliases) once the dump is scanned, before any item is
    /// emitted: body links name items that may come later in the dump.
    pub fn on_site(mut self, f: impl FnMut(urls::Site) + Send + 'static) -> NukeVietNews {
        self.on_site = Some(Box::new(f));
        self
    }
}

/// A news module found in the `_modules` table.
#[derive(Clone, Debug)]
struct Module {
    title: String,
    upload: String,
}

/// What the scan learnt besides the staged rows.
#[derive(Default)]
struct Scan {
    rows_read: u64,
    /// Every news table seen, by stem.
    tables: BTreeMap<String, BTreeSet<&'static str>>,
    /// `prefix_lang` -> (module_data -> module), for dumps with a modules table.
    modules: BTreeMap<String, BTreeMap<String, Module>>,
    /// Column names per table, carried from one file to the next.
    columns: HashMap<String, Arc<sqldump::Table>>,
    /// eGovernment `laws` instances.
    laws: laws::LawsScan,
}

/// Reads a column as bytes (NULL and missing columns read as empty).
pub(crate) fn bytes<'r>(row: &'r RawRow, table: &sqldump::Table, name: &str) -> &'r [u8] {
    let v = match table.column_index(name) {
        Some(i) => row.get(i),
        None => None,
    };
    match v {
        Some(RawValue::Bytes(b)) | Some(RawValue::Number(b)) => b,
        _ => b"",
    }
}

/// Reads a column as an integer; NukeViet quotes some numbers, so strings
/// are parsed too. Anything unparsable reads as 0, NukeViet's own default.
pub(crate) fn int(row: &RawRow, table: &sqldump::Table, name: &str) -> i64 {
    std::str::from_utf8(bytes(row, table, name))
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or(0)
}

fn text(row: &RawRow, table: &sqldump::Table, name: &str) -> String {
    String::from_utf8_lossy(bytes(row, table, name)).into_owned()
}

impl NukeVietNews {
    fn scan(
        &self,
        stage: &mut Stage,
        scan: &mut Scan,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<(), Error> {
        let mut row = RawRow::new();
        for (file_no, path) in self.paths.iter().enumerate() {
            let (mut rdr, total) = open_dump(path)?;
            let mut last_report = 0u64;
            let result = loop {
                match rdr.read_row(&mut row) {
                    Ok(true) => {}
                    Ok(false) => break Ok(()),
                    Err(source) => {
                        break Err(Error::Dump {
                            path: path.clone(),
                            source,
                        })
                    }
                }
                scan.rows_read += 1;
                let pos = rdr.position().byte;
                if pos - last_report > 1 << 20 {
                    last_report = pos;
                    progress(Progress::Reading { bytes: pos, total });
                }
                if let Err(e) = self.stage_row(stage, scan, &row, file_no as u32, path) {
                    break Err(e);
                }
            };
            // Tables declared without rows still tell which instances exist;
            // their column names serve the files after this one.
            for t in rdr.tables() {
                scan.laws.see_table(&t.name);
                if let Some((stem, kind)) = news_table(&t.name) {
                    scan.tables
                        .entry(stem.to_string())
                        .or_default()
                        .insert(kind.kind());
                }
                if !t.columns.is_empty() {
                    scan.columns
                        .entry(t.name.clone())
                        .or_insert_with(|| t.clone());
                }
            }
            result?;
            progress(Progress::Reading {
                bytes: rdr.position().byte,
                total,
            });
        }
        stage.flush()
    }

    fn stage_row(
        &self,
        stage: &mut Stage,
        scan: &mut Scan,
        row: &RawRow,
        file: u32,
        path: &std::path::Path,
    ) -> Result<(), Error> {
        let name = row.table().name.as_str();
        let news = news_table(name);
        let modules = modules_table(name);
        let users = users_table(name);
        let laws = laws::laws_table(name);
        if news.is_none() && modules.is_none() && users.is_none() && laws.is_none() {
            return Ok(());
        }
        // Column names: this row's own, else those of an earlier file.
        let table: Arc<sqldump::Table> = if !row.table().columns.is_empty() {
            row.table().clone()
        } else if let Some(t) = scan.columns.get(name) {
            t.clone()
        } else {
            return Err(Error::NoColumns {
                path: path.to_path_buf(),
                table: name.to_string(),
            });
        };
        let t = table.as_ref();
        let pos = row.position();
        let origin = |vals: &mut Vec<Val>| {
            vals.push(Val::Int(file as i64));
            vals.push(Val::Int(pos.byte as i64));
            vals.push(Val::Int(pos.line as i64));
            vals.push(Val::Text(name.to_string()));
        };
        if let Some((stem, kind)) = laws {
            if laws::stage_row(stage, stem, kind, row, t, file)? {
                return Ok(());
            }
        }
        if let Some(pl) = modules {
            scan.laws.module_row(pl, row, t);
            if bytes(row, t, "module_file") == b"news" {
                let data = text(row, t, "module_data");
                let title = text(row, t, "title");
                // 3.x has no `module_upload`: uploads go under the title.
                let upload = match text(row, t, "module_upload") {
                    u if u.is_empty() => title.clone(),
                    u => u,
                };
                // Few rows: kept in memory, not staged.
                scan.modules
                    .entry(pl.to_string())
                    .or_default()
                    .insert(data, Module { title, upload });
            }
            return Ok(());
        }
        if let Some(prefix) = users {
            return stage.push("users", terms::user_values(prefix, row, t));
        }
        let Some((stem, kind)) = news else {
            return Ok(());
        };
        if let Some((table, mut vals)) = terms::stage_values(kind, stem, row, t) {
            origin(&mut vals);
            return stage.push(table, vals);
        }
        let stem = Val::Text(stem.to_string());
        let blob = |c: &str| Val::Blob(bytes(row, t, c).to_vec());
        let num = |c: &str| Val::Int(int(row, t, c));
        let has = |c: &str| t.column_index(c).is_some();
        let mut vals = match kind {
            NewsTable::Cat => vec![
                stem,
                num("catid"),
                num("parentid"),
                blob("title"),
                blob("alias"),
                // 3.x and 4.0.x have no `status`: every category is shown.
                if has("status") {
                    num("status")
                } else {
                    Val::Int(1)
                },
                num("weight"),
                // The tree order: `sort` in 4.x, `order` in 3.x.
                if has("sort") {
                    num("sort")
                } else {
                    num("order")
                },
                num("who_view"),
            ],
            NewsTable::Rows => vec![
                stem,
                num("id"),
                num("catid"),
                Val::Text(text(row, t, "listcatid")),
                blob("author"),
                num("addtime"),
                num("edittime"),
                num("publtime"),
                num("exptime"),
                num("status"),
                blob("title"),
                blob("alias"),
                blob("hometext"),
                blob("homeimgfile"),
                // A number in 4.x, `thumb/x.jpg|block/x.jpg` in 3.x.
                num("homeimgthumb"),
                blob("homeimgthumb"),
                num("topicid"),
                num("sourceid"),
                num("admin_id"),
                num("external_link"),
                blob("homeimgalt"),
                // 3.x keeps keywords on the row, 4.x in `_detail`.
                blob("keywords"),
            ],
            NewsTable::Detail => vec![
                stem,
                num("id"),
                blob("bodyhtml"),
                blob("titlesite"),
                blob("description"),
                blob("keywords"),
                blob("sourcetext"),
                blob("files"),
            ],
            NewsTable::BodyHtml(n) => vec![
                stem,
                num("id"),
                Val::Int(n as i64),
                blob("bodyhtml"),
                blob("sourcetext"),
            ],
            NewsTable::BodyText => vec![stem, num("id"), blob("bodytext")],
            // Staged by `terms` above.
            _ => return Ok(()),
        };
        origin(&mut vals);
        let table = match kind {
            NewsTable::Cat => "cat",
            NewsTable::Rows => "row",
            NewsTable::Detail => "detail",
            NewsTable::BodyHtml(_) => "body",
            NewsTable::BodyText => "bodytext",
            _ => return Ok(()),
        };
        stage.push(table, vals)
    }
}

/// Items emitted so far, of all.
struct Count {
    done: u64,
    total: u64,
}

/// The NukeViet generation of a news instance: what its status codes,
/// home image columns, category columns and URLs mean.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Generation {
    /// NukeViet 3.x: statuses 0-3 ([`status_from_nukeviet3`]),
    /// `homeimgthumb` = `thumb/x|block/x`, categories ordered by `order`,
    /// article URLs ending in `-<id>/`.
    V3,
    /// NukeViet 4.x (from 4.0.00): statuses of
    /// [`model::ArticleStatus::from_nukeviet4`], `homeimgthumb` a number,
    /// article URLs ending in `-<id>.html`.
    V4,
}

impl Generation {
    /// `3.x` or `4.x`, as `portmig inspect` reports it.
    pub fn as_str(self) -> &'static str {
        match self {
            Generation::V3 => "3.x",
            Generation::V4 => "4.x",
        }
    }
}

/// Where an instance keeps its article bodies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Bodies {
    /// `_detail` (4.0.29+).
    Detail,
    /// `_bodyhtml_N`, with `_bodytext` as the plain-text copy (3.x up to
    /// 4.0.28).
    BodyHtml,
}

/// The generation and body storage of an instance, from the kinds of its
/// tables (`cat`, `rows`, `detail`, `bodyhtml`, `bodytext`) and the
/// columns of its `_cat` table when known.
///
/// `_detail` means 4.0.29 or later. `_bodyhtml_N` / `_bodytext` mean 3.x,
/// unless `_cat` has 4.x's `sort` column instead of 3.x's `order` (4.0.00
/// to 4.0.28 kept the 3.x body tables). With no body table at all, a
/// 3.x `_cat` still tells.
pub(crate) fn detect(
    tables: &BTreeSet<&str>,
    cat: Option<&sqldump::Table>,
) -> (Generation, Bodies) {
    if tables.contains("detail") {
        return (Generation::V4, Bodies::Detail);
    }
    let cat_is_v3 = cat
        .filter(|t| !t.columns.is_empty())
        .map(|t| t.column_index("sort").is_none() && t.column_index("order").is_some());
    let body_tables = tables.contains("bodyhtml") || tables.contains("bodytext");
    match (body_tables, cat_is_v3) {
        (true, Some(false)) => (Generation::V4, Bodies::BodyHtml),
        (true, _) | (false, Some(true)) => (Generation::V3, Bodies::BodyHtml),
        (false, _) => (Generation::V4, Bodies::Detail),
    }
}

/// One news instance to emit.
struct Instance {
    stem: String,
    lang: String,
    /// URL segment.
    module: String,
    /// Upload folder name.
    upload: String,
    generation: Generation,
    bodies: Bodies,
}

fn instances(scan: &Scan) -> Vec<Instance> {
    let mut out = Vec::new();
    for (stem, tables) in &scan.tables {
        let Some((prefix, lang, data)) = split_stem(stem) else {
            continue;
        };
        let pl = format!("{prefix}_{lang}");
        let module = match scan.modules.get(&pl) {
            // The dump lists its modules: only those running the news code.
            Some(mods) => match mods.get(data) {
                Some(m) => m.clone(),
                None => continue,
            },
            None => {
                let bodies = ["detail", "bodyhtml", "bodytext"]
                    .iter()
                    .any(|t| tables.contains(t));
                if !(tables.contains("cat") && tables.contains("rows") && bodies) {
                    continue;
                }
                Module {
                    title: data.to_string(),
                    upload: data.to_string(),
                }
            }
        };
        let cat = scan.columns.get(&format!("{stem}_cat")).map(|t| t.as_ref());
        let (generation, bodies) = detect(tables, cat);
        out.push(Instance {
            stem: stem.clone(),
            lang: lang.to_string(),
            module: module.title,
            upload: module.upload,
            generation,
            bodies,
        });
    }
    out
}

/// The calendar day `t` falls on at the site: NukeViet sites are in
/// Viet Nam, which has kept UTC+7 without daylight saving since 1975.
/// Days an admin typed (a document's issue date, a mapping rule's date
/// range) are such days.
pub fn site_day(t: DateTime<Utc>) -> chrono::NaiveDate {
    let zone = chrono::FixedOffset::east_opt(7 * 3600).expect("UTC+7 is a valid offset");
    t.with_timezone(&zone).date_naive()
}

fn epoch(t: i64) -> Option<DateTime<Utc>> {
    // NukeViet stores PHP time(): seconds since the epoch, an absolute
    // instant (the site's time zone only affects how it was displayed).
    if t <= 0 {
        None
    } else {
        DateTime::from_timestamp(t, 0)
    }
}

/// Who a category's `who_view` (3.x to 4.0.x) let see it, when not everyone.
fn restricted_to(who_view: i64) -> Option<&'static str> {
    match who_view {
        0 => None,
        1 => Some("signed-in members"),
        2 => Some("administrators"),
        3 => Some("some user groups"),
        _ => Some("a restricted audience"),
    }
}

struct CatInfo {
    alias: Vec<u8>,
}

fn provenance(paths: &[PathBuf], r: &sqlx::sqlite::SqliteRow) -> Provenance {
    let file: i64 = r.try_get("file").unwrap_or(0);
    Provenance {
        file: paths
            .get(file as usize)
            .map(|p| p.display().to_string())
            .unwrap_or_default(),
        byte: r.try_get::<i64, _>("byte").unwrap_or(0) as u64,
        line: r.try_get::<i64, _>("line").unwrap_or(0) as u64,
        table: r.try_get("tbl").unwrap_or_default(),
    }
}

fn blob(r: &sqlx::sqlite::SqliteRow, c: &str) -> Vec<u8> {
    r.try_get::<Vec<u8>, _>(c).unwrap_or_default()
}

fn field(
    name: &'static str,
    table: &str,
    column: &str,
    kind: FieldKind,
    bytes: Vec<u8>,
) -> RawField {
    RawField {
        name,
        column: format!("{table}.{column}"),
        kind,
        bytes,
    }
}

impl NukeVietNews {
    fn emit(
        &self,
        stage: &mut Stage,
        inst: &Instance,
        summary: &mut Summary,
        sink: &mut dyn FnMut(SourceItem) -> ControlFlow<()>,
        progress: &mut dyn FnMut(Progress),
        count: &mut Count,
    ) -> Result<ControlFlow<()>, Error> {
        let stem = inst.stem.as_str();
        // Categories are few: hold them, and emit parents before children.
        struct Cat {
            id: i64,
            parent: i64,
            item: SourceItem,
        }
        let mut cats: Vec<Cat> = Vec::new();
        let mut info: HashMap<i64, CatInfo> = HashMap::new();
        stage.each(
            "SELECT * FROM cat WHERE stem = ? ORDER BY catid",
            &[stem],
            |r| {
                let id: i64 = r.try_get("catid").unwrap_or(0);
                let parent: i64 = r.try_get("parentid").unwrap_or(0);
                let alias = blob(r, "alias");
                let status: i64 = r.try_get("status").unwrap_or(0);
                let who_view: i64 = r.try_get("who_view").unwrap_or(0);
                let mut warnings = Vec::new();
                if let Some(who) = restricted_to(who_view) {
                    warnings.push(format!(
                        "the old site showed this category only to {who} (`who_view` = {who_view})"
                    ));
                }
                let prov = provenance(&self.paths, r);
                let table = prov.table.clone();
                let urls = urls::category_urls(&inst.lang, &inst.module, &alias, inst.generation);
                info.insert(
                    id,
                    CatInfo {
                        alias: alias.clone(),
                    },
                );
                cats.push(Cat {
                    id,
                    parent,
                    item: SourceItem {
                        key: SourceKey::new(stem, Entity::Category, id),
                        provenance: prov,
                        fields: vec![
                            field("title", &table, "title", FieldKind::Plain, blob(r, "title")),
                            field("alias", &table, "alias", FieldKind::Plain, alias),
                        ],
                        kind: ItemKind::Category {
                            parent: (parent > 0)
                                .then(|| SourceKey::new(stem, Entity::Category, parent)),
                            enabled: matches!(status, 1 | 2),
                            weight: r.try_get("sort").unwrap_or(0),
                            old_url: urls.canonical,
                            module: inst.module.clone(),
                            old_urls: urls.alternates,
                        },
                        warnings,
                    },
                });
                ControlFlow::Continue(())
            },
        )?;
        let cats = cats.into_iter().map(|c| (c.id, c.parent, c.item)).collect();
        for item in cycles::parents_first(cats, "category") {
            summary.categories += 1;
            count.done += 1;
            if sink(item).is_break() {
                return Ok(ControlFlow::Break(()));
            }
        }

        let (terms_flow, known_terms) =
            terms::emit(stage, &self.paths, inst, sink, &mut summary.terms)?;
        if terms_flow.is_break() {
            return Ok(terms_flow);
        }
        let (sql, any_body) = match inst.bodies {
            Bodies::Detail => (
                format!(
                    "SELECT row.*, detail.bodyhtml AS bodyhtml, detail.tbl AS body_tbl, \
                     detail.id IS NOT NULL AS has_body, detail.titlesite AS seo_title, \
                     detail.description AS seo_description, detail.keywords AS detail_keywords, \
                     detail.sourcetext AS sourcetext, detail.files AS files, {} \
                     FROM row LEFT JOIN detail ON detail.stem = row.stem AND detail.id = row.id \
                     WHERE row.stem = ? ORDER BY row.id",
                    terms::ARTICLE_COLUMNS
                ),
                stage.count("SELECT COUNT(*) FROM detail WHERE stem = ?", &[stem])? > 0,
            ),
            // The body in the `_bodyhtml_N` NukeViet reads (N = ceil(id /
            // 2000)); failing that, in any other N; the plain text beside.
            Bodies::BodyHtml => (
                format!(
                    "SELECT row.*, b.bodyhtml AS bodyhtml, b.tbl AS body_tbl, b.n AS body_n, \
                     b.id IS NOT NULL AS has_body, b.sourcetext AS sourcetext, \
                     t.bodytext AS bodytext, t.tbl AS text_tbl, t.id IS NOT NULL AS has_text, {} \
                     FROM row \
                     LEFT JOIN body b ON b.stem = row.stem AND b.id = row.id AND b.n = ( \
                       SELECT x.n FROM body x WHERE x.stem = b.stem AND x.id = b.id \
                       ORDER BY x.n = (x.id + 1999) / 2000 DESC, x.n LIMIT 1) \
                     LEFT JOIN bodytext t ON t.stem = row.stem AND t.id = row.id \
                     WHERE row.stem = ? ORDER BY row.id",
                    terms::ARTICLE_COLUMNS
                ),
                stage.count(
                    "SELECT (SELECT COUNT(*) FROM body WHERE stem = ?1) \
                     + (SELECT COUNT(*) FROM bodytext WHERE stem = ?1)",
                    &[stem],
                )? > 0,
            ),
        };
        let mut flow = ControlFlow::Continue(());
        stage.each(&sql, &[stem], |r| {
            let id: i64 = r.try_get("id").unwrap_or(0);
            let catid: i64 = r.try_get("catid").unwrap_or(0);
            let prov = provenance(&self.paths, r);
            let table = prov.table.clone();
            let mut warnings = Vec::new();
            let mut categories = Vec::new();
            let listcatid: String = r.try_get("listcatid").unwrap_or_default();
            for c in std::iter::once(catid)
                .chain(listcatid.split(',').filter_map(|s| s.trim().parse().ok()))
            {
                if c <= 0 {
                    continue;
                }
                let k = SourceKey::new(stem, Entity::Category, c);
                if !categories.contains(&k) {
                    if !info.contains_key(&c) {
                        warnings.push(format!("category {c} is not in the dump"));
                    }
                    categories.push(k);
                }
            }
            let alias = blob(r, "alias");
            let cat_alias = info.get(&catid).map(|c| c.alias.as_slice()).unwrap_or(b"");
            let urls = urls::article_urls(
                &inst.lang,
                &inst.module,
                cat_alias,
                &alias,
                id,
                inst.generation,
            );
            let body = match inst.bodies {
                Bodies::Detail => detail_body(r, stem, any_body),
                Bodies::BodyHtml => bodyhtml_body(r, stem, id, any_body),
            };
            warnings.extend(body.warning);
            let body_table = body.table.clone();
            let meta = terms::meta(r, stem, &known_terms, &mut warnings);
            // 4.x keeps keywords in `_detail`, 3.x on the row.
            let keywords = match blob(r, "detail_keywords") {
                k if k.is_empty() => field(
                    "keywords",
                    &table,
                    "keywords",
                    FieldKind::Plain,
                    blob(r, "keywords"),
                ),
                k => field("keywords", &body_table, "keywords", FieldKind::Plain, k),
            };
            let (image, image_column) = match inst.generation {
                Generation::V3 => {
                    let (image, note) = v3::home_image(
                        &blob(r, "homeimgfile"),
                        &blob(r, "homeimgthumb_raw"),
                        &inst.upload,
                    );
                    let column = if note.is_some() {
                        "homeimgthumb"
                    } else {
                        "homeimgfile"
                    };
                    warnings.extend(note);
                    (image, column)
                }
                Generation::V4 => (
                    home_image(
                        &blob(r, "homeimgfile"),
                        r.try_get("homeimgthumb").unwrap_or(0),
                        &inst.upload,
                    ),
                    "homeimgfile",
                ),
            };
            let status: i64 = r.try_get("status").unwrap_or(0);
            let status = match inst.generation {
                Generation::V3 => status_from_nukeviet3(status),
                Generation::V4 => ArticleStatus::from_nukeviet4(status),
            };
            let item = SourceItem {
                key: SourceKey::new(stem, Entity::Article, id),
                provenance: prov,
                fields: vec![
                    field("title", &table, "title", FieldKind::Plain, blob(r, "title")),
                    field("alias", &table, "alias", FieldKind::Plain, alias),
                    field(
                        "summary",
                        &table,
                        "hometext",
                        FieldKind::Summary,
                        blob(r, "hometext"),
                    ),
                    field(
                        "body",
                        &body.table,
                        body.column,
                        FieldKind::Html,
                        body.bytes,
                    ),
                    field(
                        "author",
                        &table,
                        "author",
                        FieldKind::Plain,
                        blob(r, "author"),
                    ),
                    field("home_image", &table, image_column, FieldKind::Plain, image),
                    field(
                        "home_image_alt",
                        &table,
                        "homeimgalt",
                        FieldKind::Plain,
                        blob(r, "homeimgalt"),
                    ),
                    field(
                        "source_text",
                        &body_table,
                        "sourcetext",
                        FieldKind::Plain,
                        blob(r, "sourcetext"),
                    ),
                    field(
                        "seo_title",
                        &body_table,
                        "titlesite",
                        FieldKind::Plain,
                        blob(r, "seo_title"),
                    ),
                    field(
                        "seo_description",
                        &body_table,
                        "description",
                        FieldKind::Summary,
                        blob(r, "seo_description"),
                    ),
                    keywords,
                    field(
                        "posted_by",
                        &format!("{}_users", stem.split('_').next().unwrap_or_default()),
                        "username",
                        FieldKind::Plain,
                        blob(r, "posted_by"),
                    ),
                ],
                kind: ItemKind::Article {
                    category: (catid > 0).then(|| SourceKey::new(stem, Entity::Category, catid)),
                    categories,
                    status,
                    added_at: epoch(r.try_get("addtime").unwrap_or(0)),
                    edited_at: epoch(r.try_get("edittime").unwrap_or(0)),
                    published_at: epoch(r.try_get("publtime").unwrap_or(0)),
                    expires_at: epoch(r.try_get("exptime").unwrap_or(0)),
                    old_url: urls.canonical,
                    module: inst.module.clone(),
                    meta,
                    old_urls: urls.alternates,
                },
                warnings,
            };
            summary.articles += 1;
            count.done += 1;
            if count.done.is_multiple_of(1000) {
                progress(Progress::Emitting {
                    done: count.done,
                    total: count.total,
                });
            }
            flow = sink(item);
            flow
        })?;
        Ok(flow)
    }
}

/// An article's body as found, with the table and column it came from.
struct Body {
    bytes: Vec<u8>,
    table: String,
    column: &'static str,
    warning: Option<String>,
}

/// The body of a 4.0.29+ article: its `_detail` row.
fn detail_body(r: &sqlx::sqlite::SqliteRow, stem: &str, any_body: bool) -> Body {
    let has: bool = r.try_get("has_body").unwrap_or(false);
    Body {
        bytes: blob(r, "bodyhtml"),
        table: r
            .try_get("body_tbl")
            .unwrap_or_else(|_| format!("{stem}_detail")),
        column: "bodyhtml",
        warning: (!has).then(|| {
            if any_body {
                "no `_detail` row for this article: body is empty".to_string()
            } else {
                "the dump has no `_detail` rows for this module: body is empty".to_string()
            }
        }),
    }
}

/// The body of a 3.x (or 4.0.00 to 4.0.28) article: its `_bodyhtml_N`
/// row; when there is none or it is blank, the plain text of `_bodytext`
/// made into paragraphs.
fn bodyhtml_body(r: &sqlx::sqlite::SqliteRow, stem: &str, id: i64, any_body: bool) -> Body {
    let want = bodyhtml_table_no(id);
    let want_table = format!("{stem}_bodyhtml_{want}");
    let has_html: bool = r.try_get("has_body").unwrap_or(false);
    let html = blob(r, "bodyhtml");
    if has_html && !html.trim_ascii().is_empty() {
        let n: i64 = r.try_get("body_n").unwrap_or(want);
        let table: String = r.try_get("body_tbl").unwrap_or_else(|_| want_table.clone());
        let warning = (n != want).then(|| {
            format!(
                "body found in `{table}`, but NukeViet reads article {id} from `{want_table}` \
                 (N = ceil(id / 2000)): the old site did not show it"
            )
        });
        return Body {
            bytes: html,
            table,
            column: "bodyhtml",
            warning,
        };
    }
    let why = if has_html {
        format!("the HTML body in `{want_table}` is blank")
    } else {
        format!("no `{want_table}` row for this article")
    };
    let has_text: bool = r.try_get("has_text").unwrap_or(false);
    let text = blob(r, "bodytext");
    if has_text && !text.trim_ascii().is_empty() {
        let table: String = r
            .try_get("text_tbl")
            .unwrap_or_else(|_| format!("{stem}_bodytext"));
        return Body {
            bytes: v3::plain_to_html(&text),
            warning: Some(format!(
                "{why}: body rebuilt from the plain text in `{table}` \
                 (paragraphs only: formatting, links and images are lost)"
            )),
            table,
            column: "bodytext",
        };
    }
    Body {
        bytes: Vec::new(),
        table: want_table,
        column: "bodyhtml",
        warning: Some(if any_body {
            format!("{why} and no text in `{stem}_bodytext`: body is empty")
        } else {
            "the dump has no `_bodyhtml_N` or `_bodytext` rows for this module: body is empty"
                .to_string()
        }),
    }
}

/// The home image as a path on the old site: NukeViet's `homeimgthumb`
/// says where `homeimgfile` lives (1, 2: under `uploads/<module_upload>/`;
/// 3: an absolute URL; 0: none).
fn home_image(file: &[u8], thumb: i64, upload: &str) -> Vec<u8> {
    if file.is_empty() {
        return Vec::new();
    }
    match thumb {
        1 | 2 => {
            let mut p = format!("/uploads/{upload}/").into_bytes();
            p.extend_from_slice(file);
            p
        }
        _ => file.to_vec(),
    }
}

impl Extractor for NukeVietNews {
    fn extract(
        &mut self,
        sink: &mut dyn FnMut(SourceItem) -> ControlFlow<()>,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<Summary, Error> {
        let mut stage = Stage::new()?;
        let mut scan = Scan::default();
        // A dump error still lets us emit what was read before it.
        let scanned = self.scan(&mut stage, &mut scan, progress);
        stage.flush()?;
        let insts = instances(&scan);
        let laws_insts = laws::instances(&scan.laws);
        if let Some(f) = self.on_site.as_mut() {
            f(urls::site(&insts, &mut stage)?);
        }
        let mut summary = Summary {
            rows_read: scan.rows_read,
            sources: insts
                .iter()
                .map(|i| i.stem.clone())
                .chain(laws_insts.iter().map(|i| i.stem.clone()))
                .collect(),
            ..Summary::default()
        };
        if insts.is_empty() && laws_insts.is_empty() && scanned.is_ok() {
            return Err(Error::NothingFound {
                what: format!(
                    "{}: no NukeViet news or laws module found (looked for `<prefix>_<lang>_modules` rows with module_file='news' or 'laws', \
                     for `<prefix>_<lang>_<module>_cat` and `_rows` tables with `_detail` (4.x) or `_bodyhtml_N` (3.x), and for `_row` tables of `laws`); run `portmig inspect` to see the tables",
                    self.paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
                ),
            });
        }
        let total = stage.count(
            "SELECT (SELECT COUNT(*) FROM cat) + (SELECT COUNT(*) FROM row)",
            &[],
        )? as u64;
        let mut count = Count { done: 0, total };
        let mut flow = ControlFlow::Continue(());
        for inst in &insts {
            flow = self.emit(&mut stage, inst, &mut summary, sink, progress, &mut count)?;
            if flow.is_break() {
                break;
            }
        }
        // A dump cut short has bodies whose rows were never read: not orphans.
        if flow.is_continue() && scanned.is_ok() {
            for i in &insts {
                let paths = &self.paths;
                flow = orphans::emit(&mut stage, &i.stem, &i.module, i.bodies, paths, sink)?;
                if flow.is_break() {
                    break;
                }
            }
        }
        if flow.is_continue() {
            laws::emit(&self.paths, &mut stage, &laws_insts, &mut summary, sink)?;
        }
        progress(Progress::Emitting {
            done: count.done,
            total,
        });
        scanned.map(|()| summary)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn home_images_resolve_to_upload_paths() {
        assert_eq!(
            home_image(b"2023_03/a.jpg", 1, "news"),
            b"/uploads/news/2023_03/a.jpg"
        );
        assert_eq!(
            home_image(b"https://x.vn/a.jpg", 3, "news"),
            b"https://x.vn/a.jpg"
        );
        assert!(home_image(b"", 1, "news").is_empty());
    }
}
