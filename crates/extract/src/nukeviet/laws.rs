//! NukeViet eGovernment `laws` (văn bản pháp quy): legal documents.
//!
//! Facts from the 4.4 eGovernment schema and the `laws` module:
//!
//! - Instances: `{prefix}_{lang}_modules` rows with `module_file = 'laws'`
//!   (`module_data` = table infix, `title` = URL segment, `module_upload` =
//!   upload folder); without that table, every stem with a `_row` table.
//! - `_row`: `id`, `title`, `alias` (saved as `<title-slug>-<id>`), `code`
//!   (số ký hiệu), `cid` -> `_cat` (document type: Quyết định, Công văn...),
//!   `sid` -> `_subject` (cơ quan ban hành: the module calls the issuing body
//!   its "subject"), `eid` -> `_examine` (cơ quan thẩm tra), `sgid` ->
//!   `_signer` (`title` = name, `positions`), `introtext` (trích yếu, with
//!   `<br />` for newlines), `bodytext` (HTML), `files` (CSV: paths under
//!   `uploads/<module_upload>/`, or URLs), `status` (1 shown, 0 suspended),
//!   `publtime` (issue date), `startvalid` (effective date), `exptime`
//!   (expiry; 0 = none). The admin form saves the three dates as midnight
//!   of the site's time zone (`mktime(0, 0, 0, ...)`).
//! - Fields (lĩnh vực): `_row_area` (`row_id`, `area_id`) -> `_area`; later
//!   versions also keep them as a CSV in `_row.area_ids`.
//! - `_cat` and `_area` are trees (`parentid`), ordered by `weight`.
//! - URLs: documents `/<lang>/<module>/detail/<alias>/` (the `detail` op
//!   reads the id after the alias's last `-`); types `/<lang>/<module>/<cat
//!   alias>/`.
//!
//! A laws `_cat` is told from a news one by its key column (`id`, where
//! news has `catid`), so the news reader never stages it; a laws stem has no
//! `_rows` table, so it never becomes a news instance.

use super::stage::{Stage, Val};
use super::urls::{category_urls, document_urls};
use super::{blob, bytes, epoch, field, int, provenance, split_stem, Generation};
use crate::error::Error;
use crate::Summary;
use chrono::NaiveDate;
use model::{ArticleStatus, Entity, FieldKind, ItemKind, SourceItem, SourceKey};
use sqldump::RawRow;
use sqlx::Row;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::ControlFlow;
use std::path::PathBuf;

/// The staged laws tables; listed in the staging database's schemas.
pub(crate) const SCHEMA: &str = "
CREATE TABLE laws_cat (stem TEXT NOT NULL, id INTEGER NOT NULL, parentid INTEGER NOT NULL,
    title BLOB NOT NULL, alias BLOB NOT NULL, weight INTEGER NOT NULL,
    file INTEGER, byte INTEGER, line INTEGER, tbl TEXT, PRIMARY KEY (stem, id));
CREATE TABLE laws_row (stem TEXT NOT NULL, id INTEGER NOT NULL, title BLOB NOT NULL,
    alias BLOB NOT NULL, code BLOB NOT NULL, cid INTEGER NOT NULL, sid INTEGER NOT NULL,
    eid INTEGER NOT NULL, sgid INTEGER NOT NULL, introtext BLOB NOT NULL, bodytext BLOB NOT NULL,
    files BLOB NOT NULL, status INTEGER NOT NULL, addtime INTEGER NOT NULL,
    edittime INTEGER NOT NULL, publtime INTEGER NOT NULL, startvalid INTEGER NOT NULL,
    exptime INTEGER NOT NULL, area_ids TEXT NOT NULL,
    file INTEGER, byte INTEGER, line INTEGER, tbl TEXT, PRIMARY KEY (stem, id));
CREATE TABLE laws_row_area (stem TEXT NOT NULL, row_id INTEGER NOT NULL, area_id INTEGER NOT NULL,
    PRIMARY KEY (stem, row_id, area_id));
CREATE TABLE laws_named (stem TEXT NOT NULL, kind TEXT NOT NULL, id INTEGER NOT NULL,
    title BLOB NOT NULL, tbl TEXT NOT NULL, PRIMARY KEY (stem, kind, id));
";

/// The `laws` tables portmig reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LawsTable {
    /// `_row`: documents.
    Row,
    /// `_cat`: document types.
    Cat,
    /// `_row_area`: document -> field.
    RowArea,
    /// `_area`: fields (lĩnh vực).
    Area,
    /// `_signer`: signers.
    Signer,
    /// `_subject`: issuing bodies.
    Subject,
    /// `_examine`: examining bodies.
    Examine,
}

impl LawsTable {
    /// The `kind` of a `laws_named` row.
    fn named(self) -> Option<&'static str> {
        match self {
            LawsTable::Area => Some("area"),
            LawsTable::Signer => Some("signer"),
            LawsTable::Subject => Some("subject"),
            LawsTable::Examine => Some("examine"),
            _ => None,
        }
    }
}

/// Splits a laws table name into its stem (`nv4_vi_laws`) and suffix.
pub(crate) fn laws_table(name: &str) -> Option<(&str, LawsTable)> {
    // `_row_area` before `_area` and `_row`.
    for (suffix, t) in [
        ("_row_area", LawsTable::RowArea),
        ("_row", LawsTable::Row),
        ("_cat", LawsTable::Cat),
        ("_area", LawsTable::Area),
        ("_signer", LawsTable::Signer),
        ("_subject", LawsTable::Subject),
        ("_examine", LawsTable::Examine),
    ] {
        if let Some(stem) = name.strip_suffix(suffix) {
            if split_stem(stem).is_some() {
                return Some((stem, t));
            }
        }
    }
    None
}

/// A laws module of the `_modules` table.
#[derive(Clone, Debug)]
struct Module {
    title: String,
    upload: String,
}

/// What the scan learnt of laws instances.
#[derive(Default)]
pub(crate) struct LawsScan {
    /// Stems with a `_row` table (declared or with rows).
    row_tables: BTreeSet<String>,
    /// `prefix_lang` of every `_modules` table with rows.
    module_tables: BTreeSet<String>,
    /// `prefix_lang` -> (module_data -> module), `module_file = 'laws'`.
    modules: BTreeMap<String, BTreeMap<String, Module>>,
}

impl LawsScan {
    /// Notes a table the dump declares or fills.
    pub(crate) fn see_table(&mut self, name: &str) {
        if let Some((stem, LawsTable::Row)) = laws_table(name) {
            self.row_tables.insert(stem.to_string());
        }
    }

    /// Reads one `{prefix}_{lang}_modules` row.
    pub(crate) fn module_row(&mut self, pl: &str, row: &RawRow, t: &sqldump::Table) {
        self.module_tables.insert(pl.to_string());
        if bytes(row, t, "module_file") != b"laws" {
            return;
        }
        let text = |c: &str| String::from_utf8_lossy(bytes(row, t, c)).into_owned();
        let title = text("title");
        let upload = match text("module_upload") {
            u if u.is_empty() => title.clone(),
            u => u,
        };
        self.modules
            .entry(pl.to_string())
            .or_default()
            .insert(text("module_data"), Module { title, upload });
    }
}

/// Stages one row of a laws table. Returns `false` when the row is not a
/// laws row after all (a news `_cat`), for the news reader to take.
pub(crate) fn stage_row(
    stage: &mut Stage,
    stem: &str,
    kind: LawsTable,
    row: &RawRow,
    t: &sqldump::Table,
    file: u32,
) -> Result<bool, Error> {
    if kind == LawsTable::Cat
        && (t.column_index("catid").is_some() || t.column_index("id").is_none())
    {
        return Ok(false);
    }
    let s = || Val::Text(stem.to_string());
    let b = |c: &str| Val::Blob(bytes(row, t, c).to_vec());
    let n = |c: &str| Val::Int(int(row, t, c));
    let pos = row.position();
    let origin = [
        Val::Int(file as i64),
        Val::Int(pos.byte as i64),
        Val::Int(pos.line as i64),
        Val::Text(t.name.clone()),
    ];
    let (table, vals): (&'static str, Vec<Val>) = match kind {
        LawsTable::Cat => (
            "laws_cat",
            vec![
                s(),
                n("id"),
                n("parentid"),
                b("title"),
                b("alias"),
                n("weight"),
            ]
            .into_iter()
            .chain(origin)
            .collect(),
        ),
        LawsTable::Row => (
            "laws_row",
            vec![
                s(),
                n("id"),
                b("title"),
                b("alias"),
                b("code"),
                n("cid"),
                n("sid"),
                n("eid"),
                n("sgid"),
                b("introtext"),
                b("bodytext"),
                b("files"),
                n("status"),
                n("addtime"),
                n("edittime"),
                n("publtime"),
                n("startvalid"),
                n("exptime"),
                Val::Text(String::from_utf8_lossy(bytes(row, t, "area_ids")).into_owned()),
            ]
            .into_iter()
            .chain(origin)
            .collect(),
        ),
        LawsTable::RowArea => ("laws_row_area", vec![s(), n("row_id"), n("area_id")]),
        other => {
            let Some(k) = other.named() else {
                return Ok(false);
            };
            (
                "laws_named",
                vec![
                    s(),
                    Val::Text(k.to_string()),
                    n("id"),
                    b("title"),
                    Val::Text(t.name.clone()),
                ],
            )
        }
    };
    stage.push(table, vals)?;
    Ok(true)
}

/// One laws instance to emit.
#[derive(Clone, Debug)]
pub(crate) struct LawsInstance {
    /// Table stem, the items' source.
    pub(crate) stem: String,
    lang: String,
    /// URL segment.
    module: String,
    /// Upload folder.
    upload: String,
}

/// The laws instances of the dump: from the `_modules` table when it lists
/// any module for the stem's prefix and language, else every stem with a
/// `_row` table.
pub(crate) fn instances(scan: &LawsScan) -> Vec<LawsInstance> {
    let mut out = Vec::new();
    for stem in &scan.row_tables {
        let Some((prefix, lang, data)) = split_stem(stem) else {
            continue;
        };
        let pl = format!("{prefix}_{lang}");
        let module = if scan.module_tables.contains(&pl) {
            match scan.modules.get(&pl).and_then(|m| m.get(data)) {
                Some(m) => m.clone(),
                None => continue,
            }
        } else {
            Module {
                title: data.to_string(),
                upload: data.to_string(),
            }
        };
        out.push(LawsInstance {
            stem: stem.clone(),
            lang: lang.to_string(),
            module: module.title,
            upload: module.upload,
        });
    }
    out
}

/// The admin form saves dates as local midnight: the site's day.
fn site_date(t: i64) -> Option<NaiveDate> {
    epoch(t).map(super::site_day)
}

/// The attached files as paths on the old site: a URL as stored, anything
/// else under `/uploads/<upload>/`.
fn file_paths(files: &[u8], upload: &str) -> Vec<Vec<u8>> {
    files
        .split(|&c| c == b',')
        .map(|f| f.trim_ascii())
        .filter(|f| !f.is_empty())
        .map(|f| {
            let lower = f.to_ascii_lowercase();
            if lower.starts_with(b"http://") || lower.starts_with(b"https://") {
                f.to_vec()
            } else {
                let f = f.strip_prefix(b"/").unwrap_or(f);
                let mut p = format!("/uploads/{upload}/").into_bytes();
                p.extend_from_slice(f);
                p
            }
        })
        .collect()
}

fn lines(values: &[Vec<u8>]) -> Vec<u8> {
    values.join(&b'\n')
}

/// A `_subject`, `_signer`, `_area` or `_examine` entry.
struct Named {
    title: Vec<u8>,
    table: String,
}

/// Emits every laws instance: its document types (parents first), then its
/// documents in id order; stops when the sink says so.
pub(crate) fn emit(
    paths: &[PathBuf],
    stage: &mut Stage,
    insts: &[LawsInstance],
    summary: &mut Summary,
    sink: &mut dyn FnMut(SourceItem) -> ControlFlow<()>,
) -> Result<(), Error> {
    for inst in insts {
        if emit_one(paths, stage, inst, summary, sink)?.is_break() {
            break;
        }
    }
    Ok(())
}

fn emit_one(
    paths: &[PathBuf],
    stage: &mut Stage,
    inst: &LawsInstance,
    summary: &mut Summary,
    sink: &mut dyn FnMut(SourceItem) -> ControlFlow<()>,
) -> Result<ControlFlow<()>, Error> {
    let stem = inst.stem.as_str();
    // Document types: few, held to order them parents first.
    struct Cat {
        id: i64,
        parent: i64,
        title: Vec<u8>,
        table: String,
        item: SourceItem,
    }
    let mut cats: Vec<Cat> = Vec::new();
    stage.each(
        "SELECT * FROM laws_cat WHERE stem = ? ORDER BY weight, id",
        &[stem],
        |r| {
            let id: i64 = r.try_get("id").unwrap_or(0);
            let parent: i64 = r.try_get("parentid").unwrap_or(0);
            let alias = blob(r, "alias");
            let prov = provenance(paths, r);
            let table = prov.table.clone();
            let urls = category_urls(&inst.lang, &inst.module, &alias, Generation::V4);
            cats.push(Cat {
                id,
                parent,
                title: blob(r, "title"),
                table: table.clone(),
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
                        enabled: true,
                        weight: r.try_get("weight").unwrap_or(0),
                        old_url: urls.canonical,
                        module: inst.module.clone(),
                        old_urls: urls.alternates,
                    },
                    warnings: Vec::new(),
                },
            });
            ControlFlow::Continue(())
        },
    )?;
    let types: HashMap<i64, Named> = cats
        .iter()
        .map(|c| {
            (
                c.id,
                Named {
                    title: c.title.clone(),
                    table: c.table.clone(),
                },
            )
        })
        .collect();
    let cats = cats.into_iter().map(|c| (c.id, c.parent, c.item)).collect();
    for item in super::cycles::parents_first(cats, "document type") {
        summary.categories += 1;
        if sink(item).is_break() {
            return Ok(ControlFlow::Break(()));
        }
    }

    // Signers, issuing bodies, fields, examining bodies: few, held.
    let mut named: HashMap<(String, i64), Named> = HashMap::new();
    stage.each(
        "SELECT kind, id, title, tbl FROM laws_named WHERE stem = ?",
        &[stem],
        |r| {
            let kind: String = r.try_get("kind").unwrap_or_default();
            let id: i64 = r.try_get("id").unwrap_or(0);
            named.insert(
                (kind, id),
                Named {
                    title: blob(r, "title"),
                    table: r.try_get("tbl").unwrap_or_default(),
                },
            );
            ControlFlow::Continue(())
        },
    )?;
    let look = |kind: &str, id: i64| named.get(&(kind.to_string(), id));

    let mut flow = ControlFlow::Continue(());
    stage.each(
        "SELECT r.*, (SELECT group_concat(area_id) FROM (SELECT a.area_id FROM laws_row_area a \
         WHERE a.stem = r.stem AND a.row_id = r.id ORDER BY a.area_id)) AS row_areas \
         FROM laws_row r WHERE r.stem = ? ORDER BY r.id",
        &[stem],
        |r| {
            let id: i64 = r.try_get("id").unwrap_or(0);
            let prov = provenance(paths, r);
            let table = prov.table.clone();
            let mut warnings = Vec::new();
            let default_table = |suffix: &str| format!("{stem}_{suffix}");
            let cid: i64 = r.try_get("cid").unwrap_or(0);
            let (doc_type, type_table) = match types.get(&cid) {
                Some(t) => (t.title.clone(), t.table.clone()),
                None => {
                    if cid > 0 {
                        warnings.push(format!(
                            "document type `cid` = {cid} is not in `{stem}_cat`: the document \
                             has no type and is mapped as uncategorised"
                        ));
                    } else {
                        warnings.push(
                            "the document has no type (`cid` = 0): mapped as uncategorised"
                                .to_string(),
                        );
                    }
                    (Vec::new(), format!("{stem}_cat"))
                }
            };
            // One reference to a taxonomy table: its title, or a warning.
            let mut one = |what: &str, kind: &str, suffix: &str, id_col: &str, n: i64| {
                if n <= 0 {
                    return (Vec::new(), default_table(suffix));
                }
                match look(kind, n) {
                    Some(x) => (x.title.clone(), x.table.clone()),
                    None => {
                        warnings.push(format!(
                            "{what} `{id_col}` = {n} is not in `{}`: left empty",
                            default_table(suffix)
                        ));
                        (Vec::new(), default_table(suffix))
                    }
                }
            };
            let (issuer, issuer_table) = one(
                "issuing body",
                "subject",
                "subject",
                "sid",
                r.try_get("sid").unwrap_or(0),
            );
            let (signer, signer_table) = one(
                "signer",
                "signer",
                "signer",
                "sgid",
                r.try_get("sgid").unwrap_or(0),
            );
            let (examiner, examine_table) = one(
                "examining body",
                "examine",
                "examine",
                "eid",
                r.try_get("eid").unwrap_or(0),
            );
            // Fields: `_row_area`, and `_row.area_ids` where the version
            // has it; in id order, each once.
            let row_areas: String = r.try_get("row_areas").unwrap_or_default();
            let area_ids: String = r.try_get("area_ids").unwrap_or_default();
            let ids: BTreeSet<i64> = row_areas
                .split(',')
                .chain(area_ids.split(','))
                .filter_map(|s| s.trim().parse().ok())
                .filter(|&n: &i64| n > 0)
                .collect();
            let mut areas = Vec::new();
            let mut area_table = default_table("area");
            for a in ids {
                match look("area", a) {
                    Some(x) => {
                        areas.push(x.title.clone());
                        area_table = x.table.clone();
                    }
                    None => warnings.push(format!(
                        "field (lĩnh vực) {a} of `{stem}_row_area` is not in `{stem}_area`: left out"
                    )),
                }
            }
            let files = file_paths(&blob(r, "files"), &inst.upload);
            let alias = blob(r, "alias");
            let urls = document_urls(&inst.lang, &inst.module, &alias, id);
            let status: i64 = r.try_get("status").unwrap_or(0);
            let status = if status == 1 {
                ArticleStatus::Published
            } else {
                ArticleStatus::Draft
            };
            let publtime: i64 = r.try_get("publtime").unwrap_or(0);
            let startvalid: i64 = r.try_get("startvalid").unwrap_or(0);
            let exptime: i64 = r.try_get("exptime").unwrap_or(0);
            let item = SourceItem {
                key: SourceKey::new(stem, Entity::Document, id),
                provenance: prov,
                fields: vec![
                    field("title", &table, "title", FieldKind::Plain, blob(r, "title")),
                    field("alias", &table, "alias", FieldKind::Plain, alias.clone()),
                    field(
                        "summary",
                        &table,
                        "introtext",
                        FieldKind::Summary,
                        blob(r, "introtext"),
                    ),
                    field(
                        "body",
                        &table,
                        "bodytext",
                        FieldKind::Html,
                        blob(r, "bodytext"),
                    ),
                    field("symbol", &table, "code", FieldKind::Plain, blob(r, "code")),
                    field("doc_type", &type_table, "title", FieldKind::Plain, doc_type),
                    field("issuer", &issuer_table, "title", FieldKind::Plain, issuer),
                    field("signer", &signer_table, "title", FieldKind::Plain, signer),
                    field("examiner", &examine_table, "title", FieldKind::Plain, examiner),
                    field("fields", &area_table, "title", FieldKind::Lines, lines(&areas)),
                    field("files", &table, "files", FieldKind::Lines, lines(&files)),
                ],
                kind: ItemKind::Document {
                    category: (cid > 0).then(|| SourceKey::new(stem, Entity::Category, cid)),
                    status,
                    added_at: epoch(r.try_get("addtime").unwrap_or(0)),
                    edited_at: epoch(r.try_get("edittime").unwrap_or(0)),
                    published_at: epoch(publtime),
                    issued_on: site_date(publtime),
                    effective_from: site_date(startvalid),
                    expires_on: site_date(exptime),
                    old_url: urls.canonical,
                    module: inst.module.clone(),
                    old_urls: urls.alternates,
                },
                warnings,
            };
            summary.documents += 1;
            flow = sink(item);
            flow
        },
    )?;
    Ok(flow)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nukeviet::names::news_table;
    use crate::nukeviet::NukeVietNews;
    use crate::Extractor;
    use model::RawField;
    use std::io::Write;

    fn raw<'a>(item: &'a SourceItem, name: &str) -> &'a RawField {
        item.field(name)
            .unwrap_or_else(|| panic!("no field {name}"))
    }

    #[test]
    fn table_names() {
        assert_eq!(
            laws_table("nv4_vi_laws_row"),
            Some(("nv4_vi_laws", LawsTable::Row))
        );
        assert_eq!(
            laws_table("nv4_vi_laws_row_area"),
            Some(("nv4_vi_laws", LawsTable::RowArea))
        );
        assert_eq!(
            laws_table("nv4_vi_van_ban_area"),
            Some(("nv4_vi_van_ban", LawsTable::Area))
        );
        assert_eq!(
            laws_table("nv4_vi_laws_subject"),
            Some(("nv4_vi_laws", LawsTable::Subject))
        );
        assert_eq!(laws_table("nv4_vi_laws_config"), None);
        assert_eq!(laws_table("nv4_vi_news_rows"), None);
        // The news reader sees the laws `_cat` as a news `_cat`: the laws
        // reader takes it first (by its `id` column), and the stem has no
        // `_rows`, so no news instance comes of it (see the test below).
        assert!(news_table("nv4_vi_laws_cat").is_some());
    }

    #[test]
    fn dates_are_the_sites_calendar_days() {
        // 2024-03-15 00:00 in Hà Nội is 2024-03-14 17:00 UTC.
        assert_eq!(
            site_date(1_710_435_600),
            NaiveDate::from_ymd_opt(2024, 3, 15)
        );
        assert_eq!(site_date(0), None);
    }

    #[test]
    fn urls_and_files() {
        assert_eq!(
            document_urls("vi", "van-ban", b"quyet-dinh-ve-viec-12", 12).canonical,
            "/vi/van-ban/detail/quyet-dinh-ve-viec-12/"
        );
        assert_eq!(
            document_urls("vi", "laws", b"quyet-dinh", 12).canonical,
            "/vi/laws/detail/quyet-dinh-12/"
        );
        assert_eq!(
            file_paths(b"2024_03/qd-125.pdf, https://x.gov.vn/a.doc,,", "van-ban"),
            vec![
                b"/uploads/van-ban/2024_03/qd-125.pdf".to_vec(),
                b"https://x.gov.vn/a.doc".to_vec()
            ]
        );
    }

    const DUMP: &str = "\
CREATE TABLE `nv4_vi_modules` (`title` varchar(50), `module_file` varchar(50), `module_data` varchar(50), `module_upload` varchar(50));
INSERT INTO `nv4_vi_modules` VALUES ('van-ban','laws','laws','vanban'),('tin-tuc','news','news','news');
CREATE TABLE `nv4_vi_laws_cat` (`id` int, `parentid` int, `alias` varchar(99), `title` varchar(99), `weight` int);
INSERT INTO `nv4_vi_laws_cat` VALUES (2,1,'Quyet-dinh-UBND','Quyết định của UBND',1),(1,0,'Quyet-dinh','Quyết định',1);
CREATE TABLE `nv4_vi_laws_area` (`id` int, `parentid` int, `alias` varchar(99), `title` varchar(99));
INSERT INTO `nv4_vi_laws_area` VALUES (1,0,'Giao-duc','Giáo dục'),(2,0,'Y-te','Y tế');
CREATE TABLE `nv4_vi_laws_row_area` (`row_id` int, `area_id` int);
INSERT INTO `nv4_vi_laws_row_area` VALUES (5,2),(5,1),(5,9);
CREATE TABLE `nv4_vi_laws_signer` (`id` int, `title` varchar(99), `offices` varchar(99), `positions` varchar(99));
INSERT INTO `nv4_vi_laws_signer` VALUES (1,'Trần Văn Bình','','Chủ tịch');
CREATE TABLE `nv4_vi_laws_subject` (`id` int, `alias` varchar(99), `title` varchar(99));
INSERT INTO `nv4_vi_laws_subject` VALUES (3,'UBND-tinh','UBND tỉnh');
CREATE TABLE `nv4_vi_laws_row` (`id` int, `title` varchar(99), `alias` varchar(99), `code` varchar(50), `cid` int, `sid` int, `eid` int, `sgid` int, `introtext` text, `bodytext` text, `files` text, `status` int, `addtime` int, `edittime` int, `publtime` int, `startvalid` int, `exptime` int);
INSERT INTO `nv4_vi_laws_row` VALUES (5,'Quyết định phê duyệt','quyet-dinh-phe-duyet-5','125/QĐ-UBND',2,3,0,1,'Về việc phê duyệt<br />kế hoạch','<p>Nội dung</p>','2024_03/qd.pdf',1,1710435600,1710435600,1710435600,1710522000,0),(6,'Văn bản lạc','van-ban-lac-6','7/TB',9,8,0,4,'','','',0,0,0,0,0,0);
CREATE TABLE `nv4_vi_news_cat` (`catid` int, `parentid` int, `title` varchar(99), `alias` varchar(99), `status` int, `weight` int, `sort` int);
INSERT INTO `nv4_vi_news_cat` VALUES (1,0,'Tin','tin',1,1,1);
CREATE TABLE `nv4_vi_news_rows` (`id` int, `catid` int, `listcatid` varchar(9), `title` varchar(99), `alias` varchar(99), `status` int);
INSERT INTO `nv4_vi_news_rows` VALUES (1,1,'1','Tin một','tin-mot',1);
CREATE TABLE `nv4_vi_news_detail` (`id` int, `bodyhtml` text);
INSERT INTO `nv4_vi_news_detail` VALUES (1,'<p>x</p>');
";

    fn extract(dump: &str) -> (Vec<SourceItem>, Summary) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.sql");
        std::fs::File::create(&path)
            .unwrap()
            .write_all(dump.as_bytes())
            .unwrap();
        let mut items = Vec::new();
        let summary = NukeVietNews::new(vec![path])
            .extract(
                &mut |i| {
                    items.push(i);
                    ControlFlow::Continue(())
                },
                &mut |_| {},
            )
            .unwrap();
        (items, summary)
    }

    #[test]
    fn documents_with_their_types_signers_bodies_and_fields() {
        let (items, summary) = extract(DUMP);
        // Only the news module is a news instance; the laws stem is its own.
        assert_eq!(summary.sources, vec!["nv4_vi_news", "nv4_vi_laws"]);
        assert_eq!(
            (summary.categories, summary.articles, summary.documents),
            (3, 1, 2)
        );
        let keys: Vec<String> = items.iter().map(|i| i.key.to_string()).collect();
        assert_eq!(
            keys,
            [
                "nv4_vi_news/category/1",
                "nv4_vi_news/article/1",
                // Parents first.
                "nv4_vi_laws/category/1",
                "nv4_vi_laws/category/2",
                "nv4_vi_laws/document/5",
                "nv4_vi_laws/document/6",
            ]
        );
        let cat = &items[3];
        assert!(
            matches!(&cat.kind, ItemKind::Category { parent: Some(p), module, old_url, .. }
            if p.old_id == "1" && module == "van-ban" && old_url == "/vi/van-ban/Quyet-dinh-UBND/")
        );

        let d = &items[4];
        assert_eq!(raw(d, "symbol").bytes, "125/QĐ-UBND".as_bytes());
        assert_eq!(raw(d, "doc_type").bytes, "Quyết định của UBND".as_bytes());
        assert_eq!(raw(d, "doc_type").column, "nv4_vi_laws_cat.title");
        assert_eq!(raw(d, "issuer").bytes, "UBND tỉnh".as_bytes());
        assert_eq!(raw(d, "signer").bytes, "Trần Văn Bình".as_bytes());
        assert_eq!(raw(d, "fields").bytes, "Giáo dục\nY tế".as_bytes());
        assert_eq!(raw(d, "fields").kind, FieldKind::Lines);
        assert_eq!(raw(d, "files").bytes, b"/uploads/vanban/2024_03/qd.pdf");
        assert_eq!(raw(d, "summary").column, "nv4_vi_laws_row.introtext");
        match &d.kind {
            ItemKind::Document {
                category,
                status,
                issued_on,
                effective_from,
                expires_on,
                old_url,
                published_at,
                ..
            } => {
                assert_eq!(
                    category.as_ref().unwrap().to_string(),
                    "nv4_vi_laws/category/2"
                );
                assert_eq!(*status, ArticleStatus::Published);
                assert_eq!(*issued_on, NaiveDate::from_ymd_opt(2024, 3, 15));
                assert_eq!(*effective_from, NaiveDate::from_ymd_opt(2024, 3, 16));
                assert_eq!(*expires_on, None);
                assert_eq!(old_url, "/vi/van-ban/detail/quyet-dinh-phe-duyet-5/");
                assert_eq!(published_at.unwrap().timestamp(), 1_710_435_600);
            }
            k => panic!("{k:?}"),
        }
        assert_eq!(d.warnings.len(), 1, "{:?}", d.warnings);
        assert!(d.warnings[0].contains("lĩnh vực) 9"), "{:?}", d.warnings);

        // Unknown type, issuing body and signer: warned, left empty.
        let lost = &items[5];
        assert!(matches!(
            lost.kind,
            ItemKind::Document {
                status: ArticleStatus::Draft,
                ..
            }
        ));
        assert_eq!(lost.warnings.len(), 3, "{:?}", lost.warnings);
        assert!(lost.warnings[0].contains("`cid` = 9"));
        assert!(raw(lost, "doc_type").bytes.is_empty());
    }

    #[test]
    fn a_laws_dump_alone_is_no_news_instance_and_no_error() {
        // Table names only (no `_modules`), as the shared eGovernment dump.
        let dump: String = DUMP
            .lines()
            .filter(|l| !l.contains("_modules") && !l.contains("nv4_vi_news"))
            .map(|l| format!("{l}\n"))
            .collect();
        let (items, summary) = extract(&dump);
        assert_eq!(summary.sources, vec!["nv4_vi_laws"]);
        assert_eq!(summary.articles, 0);
        assert!(items
            .iter()
            .all(|i| !matches!(i.kind, ItemKind::Article { .. })));
        // Without `_modules`, the URL segment and upload folder are the
        // table infix.
        let d = items
            .iter()
            .find(|i| i.key.old_id == "5" && matches!(i.kind, ItemKind::Document { .. }))
            .unwrap();
        assert_eq!(raw(d, "files").bytes, b"/uploads/laws/2024_03/qd.pdf");
    }
}
