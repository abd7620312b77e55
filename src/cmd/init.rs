//! `portmig init`: a migration project to start from.
//!
//! Usage: portmig init [--out DIR] [--target URL] [--taxonomy FILE] [--force] <DUMP>...
//!
//! Reads the dump once, streaming, and writes into DIR:
//!
//! * `portmig.toml`: the dumps, the mapping, the target and every option of
//!   `portmig run`, commented in Vietnamese and English;
//! * `mapping.toml`: one rule per old category (tree order, grouped by
//!   module), each with its article count, a few sample titles, a
//!   suggested section and the reason for it; ready for `portmig run` as
//!   it is, and for a person to correct;
//! * `portal-sections.toml`: the default taxonomy, for the site to edit
//!   (not with `--taxonomy`, whose file the mapping names where it is).
//!
//! A suggestion comes from, in this order: the category's title or alias
//! naming a section's old name (`Tuyển dụng`); the content cues of the
//! section found in most of the category's sampled articles; the parent
//! category's suggestion. A category with none of these goes to the
//! `unmapped` section with a `CHECK` comment: putting it into "news" would
//! look finished and be wrong, which is how old migrations came to have
//! content "not in the right sections".

use crate::progress::RunBar;
use anyhow::{bail, Context};
use classify::{fold, Cues, SectionCues};
use extract::Extractor;
use mapping::Taxonomy;
use model::{ItemKind, SourceItem, SourceKey};
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::ops::ControlFlow;
use std::path::{Component, Path, PathBuf};

const EXAMPLES: &str = "Examples:\n  \
portmig init samples/nukeviet45/portal.sql --out tinh-mau\n  \
portmig init schema.sql data.sql --out du-an --target postgres://portal@db.local/portal\n  \
portmig init old.sql --taxonomy site-sections.toml --force\n\n\
Then review mapping.toml (search for CHECK) and run `portmig run` in that folder\n\
(or `portmig run --config DIR/portmig.toml`).";

/// The default taxonomy, written beside the mapping so the site can edit it.
const DEFAULT_TAXONOMY: &str = include_str!("../../mappings/portal-sections.toml");
const TAXONOMY_FILE: &str = "portal-sections.toml";
const MAPPING_FILE: &str = "mapping.toml";

/// Sample titles shown per category.
const SAMPLE_TITLES: usize = 3;
/// Articles per category whose text is matched against the cues: enough
/// for a majority to mean something, few enough that a category of 100,000
/// articles costs no more than one of 20.
const SAMPLE_TEXTS: u32 = 20;
/// Characters of an article's text matched against the cues: cues are
/// typical of a text's opening (trích yếu, "Kính gửi") or close ("Nơi
/// nhận:"); the middle of a long report adds time, not evidence.
const TEXT_BUDGET: usize = 8000;
/// Share of a category's sampled articles that must read like one section
/// for the cues to suggest it. Below half, the category mixes content and
/// a person must choose.
const CUE_MAJORITY: f64 = 0.5;

/// Arguments of `portmig init`.
#[derive(clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// Dump files (a schema file first, then data files, if the dump is split).
    #[arg(required = true, value_name = "DUMP")]
    dumps: Vec<PathBuf>,
    /// Folder to write portmig.toml, mapping.toml and portal-sections.toml into
    /// (created if missing).
    #[arg(long, short = 'o', value_name = "DIR", default_value = ".")]
    out: PathBuf,
    /// Target database URL written into portmig.toml [default: sqlite://portmig.db,
    /// beside portmig.toml]. Give no password in it: `portmig run
    /// --target-password-file` reads one.
    #[arg(long, short = 't', value_name = "URL")]
    target: Option<String>,
    /// Taxonomy (the new portal's sections) to suggest from, instead of the
    /// built-in one; the mapping refers to it where it is.
    #[arg(long, value_name = "FILE")]
    taxonomy: Option<PathBuf>,
    /// Overwrite files that already exist.
    #[arg(long)]
    force: bool,
}

/// What the survey keeps of one old category: counters and a bounded
/// sample, whatever the number of its articles.
struct Cat {
    key: SourceKey,
    parent: Option<SourceKey>,
    module: String,
    id: i64,
    title: String,
    alias: String,
    weight: i64,
    enabled: bool,
    articles: u64,
    samples: Vec<String>,
    /// Articles whose text was matched against the cues.
    scored: u32,
    /// Per section (taxonomy order): sampled articles whose cue hits
    /// favour it.
    votes: Vec<u32>,
    /// `(section, cue)` -> occurrences in the articles that voted for it.
    cue_hits: BTreeMap<(usize, String), usize>,
    /// The sampled articles' keys and texts, for the classifier (at most
    /// [`SAMPLE_TEXTS`] of [`TEXT_BUDGET`] bytes each).
    texts: Vec<(String, String)>,
    /// Per section: sampled articles the classifier reads as that section
    /// (empty when it could not be trained).
    nb_votes: Vec<u32>,
}

/// Everything the dump told about its categories.
#[derive(Default)]
struct Survey {
    cats: Vec<Cat>,
    index: HashMap<SourceKey, usize>,
    /// Source instances (table stems) in the order met, with their module.
    sources: Vec<(String, String)>,
    /// Articles and documents per source whose category is not in the dump.
    uncategorised: BTreeMap<String, u64>,
}

impl Survey {
    fn note_source(&mut self, source: &str, module: &str) {
        if !self.sources.iter().any(|(s, _)| s == source) {
            self.sources.push((source.to_string(), module.to_string()));
        }
    }

    fn add(&mut self, item: SourceItem, reader: &mut pipeline::FieldReader, cues: &Cues) {
        match &item.kind {
            ItemKind::Category {
                parent,
                enabled,
                weight,
                module,
                ..
            } => {
                self.note_source(&item.key.source, module);
                let text = |reader: &mut pipeline::FieldReader, name| {
                    reader.text(&item, name).unwrap_or_else(|| {
                        // Undecodable: shown as the bytes allow, so the
                        // person can still recognise the category.
                        item.field(name)
                            .map(|f| String::from_utf8_lossy(&f.bytes).into_owned())
                            .unwrap_or_default()
                    })
                };
                let cat = Cat {
                    key: item.key.clone(),
                    parent: parent.clone(),
                    module: module.clone(),
                    id: item.key.old_id.parse().unwrap_or(0),
                    title: text(reader, "title"),
                    alias: text(reader, "alias"),
                    weight: *weight,
                    enabled: *enabled,
                    articles: 0,
                    samples: Vec::new(),
                    scored: 0,
                    votes: vec![0; cues.slugs().len()],
                    cue_hits: BTreeMap::new(),
                    texts: Vec::new(),
                    nb_votes: Vec::new(),
                };
                self.index.insert(item.key.clone(), self.cats.len());
                self.cats.push(cat);
            }
            ItemKind::Article {
                category, module, ..
            }
            | ItemKind::Document {
                category, module, ..
            } => {
                self.note_source(&item.key.source, module);
                let Some(&i) = category.as_ref().and_then(|c| self.index.get(c)) else {
                    *self
                        .uncategorised
                        .entry(item.key.source.clone())
                        .or_default() += 1;
                    return;
                };
                let cat = &mut self.cats[i];
                cat.articles += 1;
                // An item the extractor set aside is quarantined by a run:
                // counted, not read.
                if extract::set_aside_reason(&item).is_some() {
                    return;
                }
                if cat.samples.len() < SAMPLE_TITLES {
                    if let Some(t) = reader.text(&item, "title").filter(|t| !t.is_empty()) {
                        cat.samples.push(t);
                    }
                }
                if cat.scored < SAMPLE_TEXTS {
                    let mut text = String::new();
                    for name in ["title", "summary", "body"] {
                        if let Some(t) = reader.text(&item, name) {
                            text.push_str(&t);
                            text.push('\n');
                        }
                    }
                    let text = truncate(&text, TEXT_BUDGET);
                    vote(cat, cues, text);
                    cat.texts.push((item.key.to_string(), text.to_string()));
                }
            }
            ItemKind::Term { .. } => {}
        }
    }
}

/// Matches one sampled article against the cues: it votes for the
/// section with the most hits (the first in taxonomy order on a tie).
fn vote(cat: &mut Cat, cues: &Cues, text: &str) {
    cat.scored += 1;
    let hits = cues.hits(text, &fold(text));
    let mut per_section = vec![0usize; cat.votes.len()];
    for h in &hits {
        per_section[h.section] += h.count;
    }
    let Some((best, &n)) = per_section
        .iter()
        .enumerate()
        .rev()
        .max_by_key(|(_, n)| **n)
    else {
        return;
    };
    if n == 0 {
        return;
    }
    cat.votes[best] += 1;
    for h in hits.into_iter().filter(|h| h.section == best) {
        *cat.cue_hits.entry((best, h.cue)).or_default() += h.count;
    }
}

/// `s` cut to at most `max` bytes, at a character boundary.
fn truncate(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// How well a category's title or alias names a section's old name.
#[derive(Clone, Debug, PartialEq)]
struct OldName {
    section: usize,
    name: String,
    /// The whole title (or alias) is the old name; else it contains it.
    exact: bool,
}

/// The section whose name or old names the category's title or alias names, best
/// first: a whole-title match beats one inside the title, a longer name a
/// shorter one (`Văn bản chỉ đạo` before `Văn bản`), the earlier section a
/// later one. Compared as slugs: case, tone marks and punctuation ignored,
/// since old titles were typed every way (`TIN TỨC`, `Tin tuc`).
fn old_name_match(tax: &Taxonomy, title: &str, alias: &str) -> Option<OldName> {
    let slug = |s: &str| {
        if s.chars().any(char::is_alphanumeric) {
            load::slugify(s)
        } else {
            String::new()
        }
    };
    let (t, a) = (slug(title), slug(alias));
    let mut best: Option<(bool, usize, OldName)> = None;
    for (i, s) in tax.sections.iter().enumerate() {
        // A category called like the section itself is the plainest case
        // of all, and a site's own taxonomy may list no old names.
        for name in std::iter::once(&s.name).chain(&s.old_names) {
            let n = slug(name);
            if n.is_empty() {
                continue;
            }
            let exact = t == n || a == n;
            let inside = !t.is_empty() && format!("-{t}-").contains(&format!("-{n}-"));
            if !exact && !inside {
                continue;
            }
            let better = best
                .as_ref()
                .is_none_or(|(e, len, _)| (exact, n.len()) > (*e, *len));
            if better {
                best = Some((
                    exact,
                    n.len(),
                    OldName {
                        section: i,
                        name: name.clone(),
                        exact,
                    },
                ));
            }
        }
    }
    best.map(|(_, _, m)| m)
}

/// Why a section was suggested.
enum Reason {
    OldName(OldName),
    Cues { section: usize },
    Classifier { section: usize },
    Inherited { parent: String },
    Nothing,
}

/// One category's suggestion.
struct Suggestion {
    section: String,
    reason: Reason,
    /// Things a person should look at.
    checks: Vec<String>,
}

/// The section the cues favour, with its votes: the one most sampled
/// articles voted for, if that is at least [`CUE_MAJORITY`] of them.
fn cue_winner(cat: &Cat) -> Option<(usize, u32)> {
    let (i, &v) = cat
        .votes
        .iter()
        .enumerate()
        .rev()
        .max_by_key(|(_, v)| **v)?;
    (v > 0 && f64::from(v) >= CUE_MAJORITY * f64::from(cat.scored)).then_some((i, v))
}

/// The section most sampled articles read as to the classifier, if that
/// is at least [`CUE_MAJORITY`] of them.
fn classifier_winner(cat: &Cat) -> Option<(usize, u32)> {
    let n: u32 = cat.nb_votes.iter().sum();
    let (i, &v) = cat
        .nb_votes
        .iter()
        .enumerate()
        .rev()
        .max_by_key(|(_, v)| **v)?;
    (v > 0 && f64::from(v) >= CUE_MAJORITY * f64::from(n)).then_some((i, v))
}

/// Votes the cues need to question a section the category's own name
/// gave: a title is strong evidence, and in a category of two articles
/// one that mentions "so với cùng kỳ" is chance, not a pattern.
const CONTRADICT_VOTES: u32 = 3;

/// The classifier's score for `section`: the share of the category's
/// sampled articles it reads as that section; `None` when it could not be
/// trained (see [`classify_samples`]).
fn classifier_score(cat: &Cat, section: usize) -> Option<f64> {
    let n: u32 = cat.nb_votes.iter().sum();
    (n > 0).then(|| f64::from(cat.nb_votes[section]) / f64::from(n))
}

/// Trains the misplacement classifier (`classify`, naive Bayes on syllable
/// n-grams) on the sampled articles of the categories whose name gave a
/// section (the portal's own words for its sections), then reads every
/// sampled article with it and counts, per category, which section each
/// reads as. Articles are scored with the folds that left them out, so a
/// category's own articles never confirm its own name. Only sections with
/// enough training articles can be read; with none, nothing is counted.
/// Returns how many articles it was trained on.
fn classify_samples(survey: &mut Survey, tax: &Taxonomy, cues: &Cues) -> u64 {
    let labels: Vec<String> = cues.slugs().to_vec();
    let cfg = classify::ReviewConfig::default();
    let mut trainer = classify::Trainer::new(labels.clone(), cfg.clone());
    let mut seeds: Vec<Option<usize>> = Vec::with_capacity(survey.cats.len());
    for c in &survey.cats {
        let seed = old_name_match(tax, &c.title, &c.alias).map(|m| m.section);
        if let Some(label) = seed {
            for (key, text) in &c.texts {
                trainer.add(key, label, "", text);
            }
        }
        seeds.push(seed);
    }
    let trained = trainer.articles();
    let model = trainer.finish();
    let usable: Vec<bool> = model
        .class_docs()
        .iter()
        .map(|&n| n >= cfg.min_class_docs)
        .collect();
    if !usable.contains(&true) {
        return 0;
    }
    for (c, seed) in survey.cats.iter_mut().zip(seeds) {
        let mut votes = vec![0u32; labels.len()];
        for (key, text) in &c.texts {
            // The label only matters for the verdict's flag, not read here.
            let v = model.review(key, seed.unwrap_or(0), "", text, cues);
            let best =
                v.nb.iter()
                    .enumerate()
                    .filter(|(i, _)| usable[*i])
                    .max_by(|a, b| a.1.total_cmp(b.1))
                    .map(|(i, _)| i);
            if let Some(b) = best {
                votes[b] += 1;
            }
        }
        c.nb_votes = votes;
    }
    trained
}

fn suggest(
    cat: &Cat,
    tax: &Taxonomy,
    parent: Option<(&str, &Suggestion)>,
    unmapped: &str,
) -> Suggestion {
    let slug = |i: usize| tax.sections[i].slug.clone();
    let by_cues = cue_winner(cat);
    if let Some(m) = old_name_match(tax, &cat.title, &cat.alias) {
        let mut checks = Vec::new();
        if let Some((c, v)) = by_cues
            .filter(|(c, v)| *c != m.section && *v >= CONTRADICT_VOTES && 2 * *v > cat.scored)
        {
            checks.push(format!(
                "{v} of {} sampled articles read like `{}` (cues {}); \
                 nội dung bài giống mục `{}`",
                cat.scored,
                slug(c),
                top_cues(cat, c),
                slug(c)
            ));
        }
        return Suggestion {
            section: slug(m.section),
            reason: Reason::OldName(m),
            checks,
        };
    }
    if let Some((c, v)) = by_cues {
        let mut checks = Vec::new();
        if v < CONTRADICT_VOTES {
            checks.push(format!(
                "thin evidence, {v} of {} sampled articles: confirm; ít căn cứ, hãy xác nhận",
                cat.scored
            ));
        }
        return Suggestion {
            section: slug(c),
            reason: Reason::Cues { section: c },
            checks,
        };
    }
    if let Some((c, v)) = classifier_winner(cat) {
        return Suggestion {
            section: slug(c),
            reason: Reason::Classifier { section: c },
            checks: vec![format!(
                "only the classifier suggests this ({v} of {} sampled articles), \
                 no name or cue does: confirm; chỉ bộ phân loại gợi ý, hãy xác nhận",
                cat.nb_votes.iter().sum::<u32>()
            )],
        };
    }
    match parent {
        Some((path, p)) if p.section != unmapped => Suggestion {
            section: p.section.clone(),
            reason: Reason::Inherited {
                parent: path.to_string(),
            },
            checks: Vec::new(),
        },
        _ => Suggestion {
            section: unmapped.to_string(),
            reason: Reason::Nothing,
            checks: vec![
                "no evidence for any section: choose one (it stays in `unmapped` until then); \
                 chưa đủ căn cứ để gợi ý: hãy chọn mục"
                    .to_string(),
            ],
        },
    }
}

/// A one-line TOML basic string (the `toml` crate writes a multi-line
/// string for text with a line break; a rule should stay one line a key).
fn toml_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Text safe inside a TOML comment (no line breaks or control
/// characters), at most `max` characters.
fn comment_text(s: &str, max: usize) -> String {
    let clean: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let clean = clean.split_whitespace().collect::<Vec<_>>().join(" ");
    if clean.chars().count() > max {
        let cut: String = clean.chars().take(max).collect();
        format!("{cut}…")
    } else {
        clean
    }
}

/// `path` relative to the folder `base` when they share a root (so the
/// project folder can move with its dumps), else absolute. `base` must
/// exist; `path`'s folder must exist.
fn relative_to(path: &Path, base: &Path) -> PathBuf {
    let abs = match (path.parent(), path.file_name()) {
        (Some(dir), Some(name)) => {
            let dir = if dir.as_os_str().is_empty() {
                Path::new(".")
            } else {
                dir
            };
            dir.canonicalize().map(|d| d.join(name))
        }
        _ => path.canonicalize(),
    };
    let (Ok(abs), Ok(base)) = (abs, base.canonicalize()) else {
        return path.to_path_buf();
    };
    let p: Vec<Component> = abs.components().collect();
    let b: Vec<Component> = base.components().collect();
    let common = p.iter().zip(&b).take_while(|(x, y)| x == y).count();
    // Only the root in common: an absolute path reads better than ../../..
    if common <= 1 {
        return abs;
    }
    let mut out = PathBuf::new();
    for _ in common..b.len() {
        out.push("..");
    }
    for c in &p[common..] {
        out.push(c);
    }
    out
}

/// A path for a TOML value, with `/` separators.
fn path_str(p: &Path) -> String {
    toml_str(&p.to_string_lossy().replace('\\', "/"))
}

/// The target as written into portmig.toml, whose relative paths are
/// relative to its folder: a SQLite file given relative to the current
/// folder is rewritten relative to `out`.
fn target_for(target: Option<&str>, out: &Path) -> anyhow::Result<String> {
    let Some(t) = target else {
        return Ok("sqlite://portmig.db".to_string());
    };
    if let Some((_, rest)) = t.split_once("://") {
        let authority = rest.split('/').next().unwrap_or("");
        if let Some((user, _)) = authority.rsplit_once('@') {
            if user.contains(':') {
                bail!(
                    "--target holds a password, which would be written into portmig.toml: \
                     give the URL without it, and run with `portmig run --target-password-file FILE`"
                );
            }
        }
    }
    if let Some(file) = t.strip_prefix("sqlite://") {
        let (f, query) = match file.split_once('?') {
            Some((f, q)) => (f, format!("?{q}")),
            None => (file, String::new()),
        };
        if !f.is_empty() && f != ":memory:" && Path::new(f).is_relative() {
            let rel = relative_to(Path::new(f), out);
            return Ok(format!(
                "sqlite://{}{query}",
                rel.to_string_lossy().replace('\\', "/")
            ));
        }
    }
    Ok(t.to_string())
}

fn project_text(dumps: &[PathBuf], out: &Path, target: &str) -> String {
    let sources: Vec<String> = dumps
        .iter()
        .map(|d| path_str(&relative_to(d, out)))
        .collect();
    format!(
        r#"# Dự án chuyển đổi cổng thông tin, do `portmig init` viết. Chạy `portmig run` trong
# thư mục này (hoặc `portmig run --config <thư mục>/portmig.toml`); tùy chọn trên dòng lệnh
# được ưu tiên hơn tệp này. Đường dẫn tính từ thư mục chứa tệp này.
# A portal migration project, written by `portmig init`. Run `portmig run` in this folder
# (or `portmig run --config <folder>/portmig.toml`); command-line options win over this
# file. Paths are relative to this file's folder.

# Các tệp dump của cổng cũ, đọc theo thứ tự (tệp cấu trúc trước tệp dữ liệu).
# The old portal's dump files, read in order (schema before data).
sources = [{sources}]

# Tệp ánh xạ chuyên mục cũ sang mục mới: xem lại các gợi ý trước khi chạy.
# The mapping of old categories to new sections: review its suggestions before running.
mapping = "{MAPPING_FILE}"

# Cơ sở dữ liệu của cổng mới (sqlite://, postgres://, mysql://). Không ghi mật khẩu ở
# đây: dùng `portmig run --target-password-file <tệp>`.
# The new portal's database. Keep passwords out of it: `portmig run --target-password-file`.
target = {target}

# Bản sao nhật ký kiểm toán (JSONL). Mặc định: cạnh tệp SQLite, <tên>.audit.jsonl.
# A JSONL copy of the audit log. Default: beside a SQLite target, <name>.audit.jsonl.
# audit_log = "portmig.audit.jsonl"

# Số mục ghi trong một giao dịch.
# Items written per transaction.
# batch_size = 500

# Số luồng giải mã và ánh xạ (mặc định: một luồng mỗi nhân).
# Worker threads for decoding and mapping (default: one per core).
# threads = 4

# Thư mục uploads của cổng cũ: tệp mà bài viết dùng được sao chép sang media_dir.
# The old site's uploads folder: files articles use are copied into media_dir.
# uploads = "old-site/uploads"

# Địa chỉ cổng cũ: các URL tuyệt đối tới địa chỉ này là liên kết nội bộ.
# The old site's address: absolute URLs to it are its own links and files.
# old_base_url = "https://www.tinh.gov.vn"

# Thư mục nhận tệp (mặc định: media/ cạnh tệp SQLite; bắt buộc với máy chủ CSDL).
# Where files are copied (default: media/ beside a SQLite target; required for a server).
# media_dir = "media"

# Địa chỉ mà cổng mới phục vụ media_dir.
# The URL the new portal serves media_dir at.
# media_url = "/media"

[text]
# Cách đặt dấu thanh: traditional (hòa, thủy) | modern (hoà, thuỷ) | keep (giữ nguyên).
# Tone-mark placement: traditional | modern | keep (as stored).
tone_style = "traditional"

# Tệp quy tắc bỏ phần khung trang (bộ đếm lượt xem, "Các tin khác"...), thêm vào bộ có sẵn.
# Page-chrome rules files (view counters, "other news" lists...), added to the built-in ones.
# chrome_rules = ["site-chrome.toml"]

# Các máy chủ được phép nhúng iframe (mặc định: YouTube, Vimeo...).
# Hosts iframes may come from (default: the built-in list).
# iframe_hosts = ["www.youtube.com", "youtube.com", "player.vimeo.com"]

# Tìm văn bản được trích dẫn (Quyết định số ...).
# Find the legal documents articles cite.
legal_references = true

# Tìm tác giả ở dòng ký tên cuối bài.
# Find authors in the body's signature line.
bylines = true
"#,
        sources = sources.join(", "),
        target = toml_str(target),
    )
}

/// Categories of one source in tree order: children after their parent,
/// siblings by weight then id; a category whose parent is unknown is a
/// root (the extractor already broke loops and said so).
fn tree_order(s: &Survey, source: &str) -> Vec<(usize, Vec<usize>)> {
    let mine: Vec<usize> = (0..s.cats.len())
        .filter(|&i| s.cats[i].key.source == source)
        .collect();
    let mut children: HashMap<Option<&SourceKey>, Vec<usize>> = HashMap::new();
    for &i in &mine {
        let parent = s.cats[i]
            .parent
            .as_ref()
            .filter(|p| s.index.contains_key(p));
        children.entry(parent).or_default().push(i);
    }
    for v in children.values_mut() {
        v.sort_by_key(|&i| (s.cats[i].weight, s.cats[i].id));
    }
    let mut out = Vec::new();
    let mut stack: Vec<(usize, Vec<usize>)> = children
        .get(&None)
        .map(|r| r.iter().rev().map(|&i| (i, Vec::new())).collect())
        .unwrap_or_default();
    let mut seen = std::collections::HashSet::new();
    while let Some((i, ancestors)) = stack.pop() {
        if !seen.insert(i) {
            continue;
        }
        if let Some(kids) = children.get(&Some(&s.cats[i].key)) {
            let mut path = ancestors.clone();
            path.push(i);
            for &k in kids.iter().rev() {
                stack.push((k, path.clone()));
            }
        }
        out.push((i, ancestors));
    }
    out
}

/// How many rules came from each kind of evidence.
#[derive(Default)]
struct Tally {
    old_name: usize,
    cues: usize,
    classifier: usize,
    inherited: usize,
    check: usize,
}

fn mapping_text(
    s: &Survey,
    tax: &Taxonomy,
    dumps: &[PathBuf],
    taxonomy_ref: &str,
) -> (String, Tally) {
    let unmapped = mapping::DEFAULT_UNMAPPED_SECTION;
    let files: Vec<String> = dumps
        .iter()
        .map(|d| {
            d.file_name().map_or_else(
                || d.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            )
        })
        .collect();
    let mut t = String::new();
    let _ = write!(
        t,
        r#"# Ánh xạ chuyên mục cũ sang mục của cổng mới, do `portmig init` viết từ {files}.
# Maps the old categories to sections of the new portal; written by `portmig init` from
# {files}.
#
# Mỗi chuyên mục cũ có một quy tắc (theo cây chuyên mục, nhóm theo module) với số bài,
# vài tiêu đề mẫu, mục được gợi ý và lý do. Sửa `section` nếu gợi ý chưa đúng; tìm "CHECK"
# để thấy các chuyên mục cần quyết định. Danh sách mục: {taxonomy_ref}.
# Every old category has one rule (tree order, grouped by module) with its article count,
# sample titles, a suggested section and why. Change `section` where the suggestion is
# wrong; search for "CHECK" to find the categories that need a decision. The sections are
# in {taxonomy_ref}.
#
# Quy tắc xét theo thứ tự, quy tắc đầu tiên khớp được áp dụng. `source` là tên module
# trên URL; số chuyên mục chỉ duy nhất trong một module.
# Rules are tried in order, the first match wins. `source` is the module's URL name;
# category ids are only unique inside one module.

taxonomy = {taxonomy}

# Bài không khớp quy tắc nào (ví dụ bài có chuyên mục không còn trong dump): vẫn chuyển,
# vào mục "Chưa phân loại" và được ghi nhật ký.
# Items no rule matches (an article whose category is not in the dump): kept, put in
# "unmapped" (Chưa phân loại), and logged.
[unmapped]
policy = "keep-in"
section = "{unmapped}"
"#,
        files = files.join(", "),
        taxonomy = toml_str(taxonomy_ref),
    );
    let mut tally = Tally::default();
    let mut ids: HashMap<String, usize> = HashMap::new();
    let mut modules: HashMap<&str, Vec<&str>> = HashMap::new();
    for (source, module) in &s.sources {
        modules.entry(module).or_default().push(source);
    }
    for (source, module) in &s.sources {
        let order = tree_order(s, source);
        let articles: u64 = order.iter().map(|(i, _)| s.cats[*i].articles).sum::<u64>()
            + s.uncategorised.get(source).copied().unwrap_or(0);
        let _ = write!(
            t,
            "\n\n# ═══ Module `{}` (bảng / tables {}_*): {} chuyên mục / categories, {} bài / items\n",
            comment_text(module, 60),
            comment_text(source, 60),
            order.len(),
            articles
        );
        if modules.get(module.as_str()).is_some_and(|v| v.len() > 1) {
            let _ = writeln!(
                t,
                "# CHECK: module name `{}` is shared by {}; rules with `source` and `category_id` \
                 apply to all of them, so a category id used in both goes by the first rule",
                comment_text(module, 60),
                modules[module.as_str()].join(", ")
            );
        }
        if let Some(n) = s.uncategorised.get(source) {
            let _ = writeln!(
                t,
                "# {n} bài không có chuyên mục trong dump: vào mục `{unmapped}`.\n\
                 # {n} items name no category of the dump: they go to `{unmapped}`."
            );
        }
        let mut suggestions: HashMap<usize, (String, Suggestion)> = HashMap::new();
        for (i, ancestors) in order {
            let c = &s.cats[i];
            let mut names: Vec<String> = ancestors
                .iter()
                .map(|&a| comment_text(&s.cats[a].title, 60))
                .collect();
            names.push(comment_text(&c.title, 80));
            let path = names.join(" › ");
            let parent = ancestors
                .last()
                .and_then(|p| suggestions.get(p))
                .map(|(path, sug)| (path.as_str(), sug));
            let sug = suggest(c, tax, parent, unmapped);
            write_rule(&mut t, c, &path, &sug, tax, &mut ids);
            match sug.reason {
                Reason::OldName(_) => tally.old_name += 1,
                Reason::Cues { .. } => tally.cues += 1,
                Reason::Classifier { .. } => tally.classifier += 1,
                Reason::Inherited { .. } => tally.inherited += 1,
                Reason::Nothing => {}
            }
            if !sug.checks.is_empty() {
                tally.check += 1;
            }
            suggestions.insert(i, (path, sug));
        }
    }
    (t, tally)
}

fn write_rule(
    t: &mut String,
    c: &Cat,
    path: &str,
    sug: &Suggestion,
    tax: &Taxonomy,
    ids: &mut HashMap<String, usize>,
) {
    let name_of = |slug: &str| {
        tax.get(slug)
            .map_or_else(|| "Chưa phân loại".to_string(), |s| s.name.clone())
    };
    let _ = writeln!(t);
    let disabled = if c.enabled {
        ""
    } else {
        " (đang tắt / disabled)"
    };
    let _ = writeln!(t, "# {path}  [{}]{disabled}", comment_text(&c.alias, 60));
    let _ = write!(t, "# {} bài / items", c.articles);
    if c.samples.is_empty() {
        let _ = writeln!(t);
    } else {
        let _ = writeln!(t, ", ví dụ / e.g.:");
        for title in &c.samples {
            let _ = writeln!(t, "#   - {}", comment_text(title, 100));
        }
    }
    let _ = writeln!(
        t,
        "# gợi ý / suggested: {} ({})",
        sug.section,
        name_of(&sug.section)
    );
    let reason = match &sug.reason {
        Reason::OldName(m) => {
            let s = &tax.sections[m.section];
            if m.exact {
                format!(
                    "tên chuyên mục là tên (cũ) \"{}\" của mục này / the category is named \"{}\" like the section",
                    comment_text(&m.name, 60),
                    comment_text(&m.name, 60)
                )
            } else {
                format!(
                    "tên chuyên mục chứa tên (cũ) \"{}\" của mục {} / the title contains the section's (old) name \"{}\"",
                    comment_text(&m.name, 60),
                    s.slug,
                    comment_text(&m.name, 60)
                )
            }
        }
        Reason::Cues { section } => format!(
            "nội dung bài có dấu hiệu của mục này ({}) / its articles carry the section's cues",
            top_cues(c, *section)
        ),
        Reason::Classifier { section } => format!(
            "bộ phân loại (học từ các chuyên mục đã khớp tên) đọc bài như mục này / the classifier \
             (trained on the categories matched by name) reads its articles as this section ({})",
            tax.sections[*section].slug
        ),
        Reason::Inherited { parent } => format!(
            "không có căn cứ riêng, theo chuyên mục cha / no evidence of its own, as its parent ({parent})"
        ),
        Reason::Nothing => "không có căn cứ / no evidence".to_string(),
    };
    let _ = writeln!(t, "# lý do / reason: {reason}");
    if let Some(i) = tax.sections.iter().position(|s| s.slug == sug.section) {
        let mut scores = Vec::new();
        if c.scored > 0 {
            scores.push(format!(
                "cues {:.2} ({}/{} articles)",
                f64::from(c.votes[i]) / f64::from(c.scored),
                c.votes[i],
                c.scored
            ));
        }
        if let Some(p) = classifier_score(c, i) {
            scores.push(format!("classifier {p:.2}"));
        }
        if !scores.is_empty() {
            let _ = writeln!(t, "# score: {}", scores.join(", "));
        }
    }
    for check in &sug.checks {
        let _ = writeln!(t, "# CHECK: {check}");
    }
    let _ = writeln!(t, "[[rule]]");
    let _ = writeln!(t, "id = {}", toml_str(&rule_id(c, ids)));
    if !c.module.is_empty() {
        let _ = writeln!(t, "source = {}", toml_str(&c.module));
    }
    let _ = writeln!(t, "category_id = {}", c.id);
    let _ = writeln!(t, "section = {}", toml_str(&sug.section));
}

/// The cues that decided, most frequent first.
fn top_cues(c: &Cat, section: usize) -> String {
    let mut hits: Vec<(&str, usize)> = c
        .cue_hits
        .iter()
        .filter(|((s, _), _)| *s == section)
        .map(|((_, cue), n)| (cue.as_str(), *n))
        .collect();
    hits.sort_by_key(|h| std::cmp::Reverse(h.1));
    hits.iter()
        .take(4)
        .map(|(cue, n)| format!("\"{}\" ×{n}", comment_text(cue, 40)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `module/alias`, unique in the file (the category id is added when
/// two categories share one, or the alias is empty).
fn rule_id(c: &Cat, ids: &mut HashMap<String, usize>) -> String {
    let module = if c.module.is_empty() {
        c.key.source.as_str()
    } else {
        c.module.as_str()
    };
    let alias = if c.alias.chars().any(char::is_alphanumeric) {
        load::slugify(&c.alias)
    } else {
        c.id.to_string()
    };
    let mut id = format!("{module}/{alias}");
    if ids.contains_key(&id) {
        id = format!("{module}/{alias}-{}", c.id);
    }
    // Still taken (alias `x-3` beside alias `x` with id 3): count up.
    let base = id.clone();
    let mut n = 2;
    while ids.contains_key(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    ids.insert(id.clone(), 1);
    id
}

pub fn run(args: Args) -> anyhow::Result<u8> {
    for d in &args.dumps {
        if !d.is_file() {
            bail!(
                "{}: no such file (give the path of the .sql dump{})",
                d.display(),
                if d.is_dir() { "; this is a folder" } else { "" }
            );
        }
    }
    let (tax, taxonomy_text) = match &args.taxonomy {
        Some(f) => (
            Taxonomy::load(f).with_context(|| format!("reading the taxonomy {}", f.display()))?,
            None,
        ),
        None => (
            Taxonomy::parse(DEFAULT_TAXONOMY, Path::new(TAXONOMY_FILE))
                .context("the built-in taxonomy")?,
            Some(DEFAULT_TAXONOMY),
        ),
    };
    let cues = Cues::new(
        &tax.sections
            .iter()
            .map(|s| SectionCues {
                slug: s.slug.clone(),
                phrases: s.cues.clone(),
                patterns: s.patterns.clone(),
            })
            .collect::<Vec<_>>(),
    )
    .with_context(|| format!("in the taxonomy {}", tax.file.display()))?;

    let out = &args.out;
    let project_file = out.join(crate::config::DEFAULT_FILE);
    let mapping_file = out.join(MAPPING_FILE);
    let taxonomy_file = out.join(TAXONOMY_FILE);
    let mut to_write = vec![&project_file, &mapping_file];
    if taxonomy_text.is_some() {
        to_write.push(&taxonomy_file);
    }
    if !args.force {
        for f in &to_write {
            if f.exists() {
                bail!(
                    "{} already exists: use --force to overwrite it, or --out <DIR> to write elsewhere",
                    f.display()
                );
            }
        }
    }
    std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    let target = target_for(args.target.as_deref(), out)?;

    // Read the dump.
    let mut survey = Survey::default();
    let mut reader = pipeline::FieldReader::new(pipeline::TextOptions::default());
    let bar = RunBar::new(false);
    let extracted = extract::nukeviet::NukeVietNews::new(args.dumps.clone()).extract(
        &mut |item| {
            survey.add(item, &mut reader, &cues);
            ControlFlow::Continue(())
        },
        &mut |p| {
            if let extract::Progress::Reading { bytes, total } = p {
                bar.update(pipeline::Progress::Reading { bytes, total });
            }
        },
    );
    bar.finish();
    classify_samples(&mut survey, &tax, &cues);
    let damaged = match extracted {
        Ok(_) => None,
        Err(e @ extract::Error::Dump { .. }) => Some(e),
        Err(e) => return Err(e).context("reading the dump"),
    };
    if survey.cats.is_empty() {
        bail!(
            "{}: no old categories found (no NukeViet news or laws module); \
             `portmig inspect` shows what the dump holds",
            args.dumps
                .iter()
                .map(|d| d.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }

    let taxonomy_ref = match &args.taxonomy {
        Some(f) => relative_to(f, out).to_string_lossy().replace('\\', "/"),
        None => TAXONOMY_FILE.to_string(),
    };
    let (mapping, tally) = mapping_text(&survey, &tax, &args.dumps, &taxonomy_ref);
    let write = |f: &Path, text: &str| {
        std::fs::write(f, text).with_context(|| format!("writing {}", f.display()))
    };
    write(&project_file, &project_text(&args.dumps, out, &target))?;
    write(&mapping_file, &mapping)?;
    if let Some(text) = taxonomy_text {
        write(&taxonomy_file, text)?;
    }

    println!("wrote {}", project_file.display());
    println!(
        "wrote {}: {} rules ({} from old names, {} from content cues, {} from the classifier, \
         {} as their parent, {} to CHECK)",
        mapping_file.display(),
        survey.cats.len(),
        tally.old_name,
        tally.cues,
        tally.classifier,
        tally.inherited,
        tally.check
    );
    if taxonomy_text.is_some() {
        println!("wrote {}", taxonomy_file.display());
    }
    println!(
        "\nnext: review {} (search for CHECK), then",
        mapping_file.display()
    );
    if out == Path::new(".") {
        println!("  portmig run");
    } else {
        println!("  portmig run --config {}", project_file.display());
    }
    if let Some(e) = damaged {
        eprintln!(
            "portmig: the dump is damaged: {e}\n  the mapping lists the categories read before that point; \
             fix or re-export the dump and run init again"
        );
        return Ok(crate::exit::PARTIAL);
    }
    Ok(crate::exit::OK)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn taxonomy() -> Taxonomy {
        Taxonomy::parse(DEFAULT_TAXONOMY, Path::new(TAXONOMY_FILE)).unwrap()
    }

    fn slug_of(tax: &Taxonomy, m: Option<OldName>) -> Option<(String, bool)> {
        m.map(|m| (tax.sections[m.section].slug.clone(), m.exact))
    }

    #[test]
    fn old_names_match_whatever_the_case_tones_and_punctuation() {
        let tax = taxonomy();
        let m = |title: &str, alias: &str| slug_of(&tax, old_name_match(&tax, title, alias));
        let want = |s: &str, exact| Some((s.to_string(), exact));
        assert_eq!(m("TUYỂN DỤNG", ""), want("tuyen-dung", true));
        assert_eq!(m("Tin tuc", ""), want("tin-tuc-su-kien", true));
        assert_eq!(m("Chuyên mục 9", "tuyen-dung"), want("tuyen-dung", true));
        assert_eq!(
            m("Thông báo tuyển dụng viên chức năm 2024", ""),
            want("tuyen-dung", false)
        );
        // Inside a title only at word boundaries: "Tin" is no old name,
        // and "tin tức" must not match "tin tứcx".
        assert_eq!(m("Tin tứcx", ""), None);
        assert_eq!(m("", ""), None);
    }

    #[test]
    fn a_longer_old_name_wins_over_a_shorter_one_inside_it() {
        let tax = Taxonomy::parse(
            "[[section]]\nslug = \"van-ban\"\nname = \"Văn bản\"\n\
             [[section]]\nslug = \"chi-dao-dieu-hanh\"\nname = \"Chỉ đạo, điều hành\"\n\
             old_names = [\"Văn bản chỉ đạo\"]\n",
            Path::new("t.toml"),
        )
        .unwrap();
        // Both "Văn bản" (van-ban) and "Văn bản chỉ đạo"
        // (chi-dao-dieu-hanh) are in the title; the longer names it.
        let m = old_name_match(&tax, "Văn bản chỉ đạo của UBND tỉnh", "").unwrap();
        assert_eq!(tax.sections[m.section].slug, "chi-dao-dieu-hanh");
    }

    fn cat(title: &str, votes: Vec<u32>, scored: u32) -> Cat {
        Cat {
            key: SourceKey::new("nv4_vi_news", model::Entity::Category, 7),
            parent: None,
            module: "tin-tuc".into(),
            id: 7,
            title: title.into(),
            alias: load::slugify(title),
            weight: 1,
            enabled: true,
            articles: u64::from(scored),
            samples: Vec::new(),
            scored,
            votes,
            cue_hits: BTreeMap::new(),
            texts: Vec::new(),
            nb_votes: Vec::new(),
        }
    }

    #[test]
    fn the_classifier_learns_from_named_categories_and_reads_an_unnamed_one() {
        // No cues at all: only the names and the articles' words.
        let tax = Taxonomy::parse(
            "[[section]]\nslug = \"tin-tuc-su-kien\"\nname = \"Tin tức\"\n\
             [[section]]\nslug = \"tuyen-dung\"\nname = \"Tuyển dụng\"\n",
            Path::new("t.toml"),
        )
        .unwrap();
        let cues = Cues::new(&[
            SectionCues {
                slug: "tin-tuc-su-kien".into(),
                ..Default::default()
            },
            SectionCues {
                slug: "tuyen-dung".into(),
                ..Default::default()
            },
        ])
        .unwrap();
        let news = "Sáng nay đoàn công tác của tỉnh đã đến thăm và làm việc với huyện, \
                    kiểm tra tiến độ xây dựng nông thôn mới, biểu dương các xã làm tốt, \
                    lễ khánh thành cầu mới diễn ra trang trọng với đông đảo bà con";
        let jobs = "Ứng viên nộp phiếu đăng ký dự tuyển kèm bằng tốt nghiệp, chứng chỉ ngoại \
                    ngữ và tin học; vòng hai phỏng vấn kiến thức chuyên ngành, thí sinh trúng \
                    tuyển ký hợp đồng làm việc, chỉ tiêu năm nay gồm mười hai vị trí việc làm";
        let mut survey = Survey::default();
        for (id, title, text, n) in [
            (1, "Tin tức", news, 12),
            (2, "Tuyển dụng", jobs, 12),
            (3, "Chuyên mục cũ", jobs, 4),
        ] {
            let mut c = cat(title, vec![0, 0], 0);
            c.id = id;
            c.texts = (0..n)
                .map(|i| {
                    (
                        format!("nv4_vi_news/article/{id}{i:03}"),
                        format!("{text} số {i}"),
                    )
                })
                .collect();
            survey.cats.push(c);
        }
        assert_eq!(classify_samples(&mut survey, &tax, &cues), 24);
        let unnamed = &survey.cats[2];
        assert_eq!(unnamed.nb_votes, vec![0, 4]);
        assert_eq!(classifier_score(unnamed, 1), Some(1.0));
        let s = suggest(unnamed, &tax, None, mapping::DEFAULT_UNMAPPED_SECTION);
        assert_eq!(s.section, "tuyen-dung");
        assert!(matches!(s.reason, Reason::Classifier { section: 1 }));
        assert_eq!(s.checks.len(), 1, "a classifier-only suggestion is checked");
        // A named category's own articles are read with the folds that left
        // them out, and still read as their own section.
        assert_eq!(survey.cats[1].nb_votes, vec![0, 12]);
    }

    #[test]
    fn evidence_goes_name_then_cues_then_parent_then_a_person() {
        let tax = Taxonomy::parse(
            "[[section]]\nslug = \"tin-tuc-su-kien\"\nname = \"Tin tức - Sự kiện\"\n\
             old_names = [\"Tin tức\"]\n\
             [[section]]\nslug = \"tuyen-dung\"\nname = \"Tuyển dụng\"\n",
            Path::new("t.toml"),
        )
        .unwrap();
        let s = |c: &Cat, parent: Option<(&str, &Suggestion)>| {
            suggest(c, &tax, parent, mapping::DEFAULT_UNMAPPED_SECTION)
        };
        // The name wins over cues; strong contrary cues earn a CHECK.
        let news = s(&cat("TIN TỨC", vec![0, 4], 5), None);
        assert_eq!(news.section, "tin-tuc-su-kien");
        assert_eq!(news.checks.len(), 1, "4 of 5 articles read otherwise");
        assert!(s(&cat("Tin tức", vec![0, 1], 2), None).checks.is_empty());
        // Cues alone: a majority of the sampled articles.
        let by_cues = s(&cat("Chuyên mục Đắk Lắk", vec![0, 3], 5), None);
        assert_eq!(by_cues.section, "tuyen-dung");
        assert!(matches!(by_cues.reason, Reason::Cues { section: 1 }));
        assert!(by_cues.checks.is_empty());
        let thin = s(&cat("Chuyên mục Đắk Lắk", vec![0, 1], 2), None);
        assert_eq!(
            (thin.section.as_str(), thin.checks.len()),
            ("tuyen-dung", 1)
        );
        // Nothing of its own: the parent's suggestion, said so.
        let child = s(
            &cat("Ảnh đẹp quê hương", vec![0, 1], 5),
            Some(("Tin tức", &news)),
        );
        assert_eq!(child.section, "tin-tuc-su-kien");
        assert!(matches!(&child.reason, Reason::Inherited { parent } if parent == "Tin tức"));
        // Nothing at all: unmapped, for a person to decide.
        let none = s(&cat("Ảnh đẹp quê hương", vec![0, 0], 5), None);
        assert_eq!(none.section, "unmapped");
        assert!(matches!(none.reason, Reason::Nothing));
        assert_eq!(none.checks.len(), 1);
        let orphan = s(&cat("Ảnh đẹp", vec![0, 0], 0), Some(("Khác", &none)));
        assert_eq!(orphan.section, "unmapped");
    }

    #[test]
    fn comments_hold_no_line_breaks() {
        assert_eq!(
            comment_text("Tin\ntức\r\n – Sự\u{7}kiện", 80),
            "Tin tức – Sự kiện"
        );
        assert_eq!(comment_text("Hội nghị tổng kết", 8), "Hội nghị…");
        let s = toml_str("Tin \"nóng\"\n\\ \u{1}");
        assert_eq!(s, r#""Tin \"nóng\"\n\\ \u0001""#);
        let v: toml::Value = toml::from_str(&format!("k = {s}")).unwrap();
        assert_eq!(v["k"].as_str(), Some("Tin \"nóng\"\n\\ \u{1}"));
    }

    #[test]
    fn paths_are_written_relative_to_the_project_folder() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("du-an");
        let dumps = dir.path().join("dumps");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::create_dir_all(&dumps).unwrap();
        std::fs::write(dumps.join("cổng-cũ.sql"), "").unwrap();
        assert_eq!(
            relative_to(&dumps.join("cổng-cũ.sql"), &out),
            Path::new("../dumps/cổng-cũ.sql")
        );
        assert_eq!(relative_to(&out.join("a.db"), &out), Path::new("a.db"));
    }

    #[test]
    fn a_target_with_a_password_is_refused() {
        let out = Path::new(".");
        let e = target_for(Some("postgres://portal:bí-mật@db/portal"), out).unwrap_err();
        assert!(e.to_string().contains("--target-password-file"), "{e}");
        assert_eq!(
            target_for(Some("postgres://portal@db/portal"), out).unwrap(),
            "postgres://portal@db/portal"
        );
        assert_eq!(target_for(None, out).unwrap(), "sqlite://portmig.db");
    }
}
