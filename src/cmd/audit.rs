//! `portmig audit`: reports an auditor reads from the target.
//!
//! Usage: portmig audit misplaced [--target URL] [--config FILE] [--run N]
//!                                [--target-password-file FILE]
//!                                [--format table|csv|json]
//!        portmig audit coverage  [--target URL] [--config FILE] [--basis DECREE]
//!                                [--lang vi|en] [--format table|csv|json] [--all]
//!                                [--fail-on-empty]
//!
//! `misplaced` lists the `MISPLACED` events of a run (default: the latest
//! finished run that has any): articles whose content points to another
//! section than the one their mapping gave, with the evidence (scores,
//! margin, cues and words). Nothing is ever moved by this: the admin edits
//! the mapping and runs again (`portmig run --dry-run` first shows what
//! would move).
//!
//! `coverage` lists, for each section the chosen legal basis makes
//! mandatory (`--basis 42/2022`; default: the newest basis the target's
//! sections cite), how many news and document articles the new portal has
//! in it and its subsections, and flags the empty ones. Vietnamese by
//! default, English with `--lang en`. `--all` lists the other sections
//! after the mandatory ones. `--fail-on-empty` exits 1 when a mandatory
//! section is empty, for an auditor's CI.
//!
//! The target is `--target`, else `$PORTMIG_TARGET`, else the project
//! file's `target`, else `sqlite://portmig.db`, as for `portmig run`.
//! CSV starts with a byte-order mark, so that Excel reads it as UTF-8.

use anyhow::Context;
use model::EventKind;
use serde::Serialize;
use serde_json::Value;
use std::path::PathBuf;

const EXAMPLES: &str = "Examples:\n  \
portmig audit misplaced                         # the latest run with flags, as a table\n  \
portmig audit misplaced --run 3 --format csv > misplaced.csv\n  \
portmig audit coverage                          # mandated sections, newest legal basis\n  \
portmig audit coverage --basis 43/2011 --lang en\n  \
portmig audit coverage --fail-on-empty --format json\n\n\
Exit codes: 0 done; 1 --fail-on-empty and a mandatory section is empty; 2 error.";

/// Arguments of `portmig audit`.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    what: What,
}

#[derive(clap::Subcommand)]
enum What {
    /// Articles whose content points to another section (MISPLACED events of a run).
    #[command(after_help = EXAMPLES)]
    Misplaced(MisplacedArgs),
    /// For each mandated section under a legal basis, how many articles the new portal has.
    #[command(after_help = EXAMPLES)]
    Coverage(CoverageArgs),
}

/// The output format of a report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// Aligned columns for a terminal.
    Table,
    /// CSV with a header (and a byte-order mark, for Excel).
    Csv,
    /// JSON.
    Json,
}

/// The language of headings and flags.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum Lang {
    /// Tiếng Việt.
    Vi,
    /// English.
    En,
}

#[derive(clap::Args)]
struct MisplacedArgs {
    #[command(flatten)]
    target: crate::cmd::run::TargetArgs,
    /// The run [default: the latest finished run with MISPLACED events].
    #[arg(long, value_name = "N")]
    run: Option<i64>,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value = "table")]
    format: Format,
}

#[derive(clap::Args)]
struct CoverageArgs {
    #[command(flatten)]
    target: crate::cmd::run::TargetArgs,
    /// The legal basis, as the taxonomy names it (43/2011, 42/2022, 224/2026)
    /// [default: the newest the target's sections cite].
    #[arg(long, value_name = "DECREE")]
    basis: Option<String>,
    /// Language of headings and flags.
    #[arg(long, value_enum, default_value = "vi")]
    lang: Lang,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value = "table")]
    format: Format,
    /// Also list the sections that are not mandatory under the basis.
    #[arg(long)]
    all: bool,
    /// Exit with status 1 when a mandatory section has no article.
    #[arg(long)]
    fail_on_empty: bool,
}

/// Opens the target the arguments name, runs `f` on it, closes it.
fn with_target<T>(
    args: &crate::cmd::run::TargetArgs,
    f: impl for<'a> FnOnce(
        &'a mut load::Target,
    ) -> std::pin::Pin<
        Box<dyn std::future::Future<Output = Result<T, load::Error>> + 'a>,
    >,
) -> anyhow::Result<T> {
    let target = args.existing()?;
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let shown = load::redact_url(&target);
    rt.block_on(async {
        let mut t = load::Target::connect(&target).await?;
        let out = f(&mut t).await?;
        t.close().await?;
        Ok::<_, load::Error>(out)
    })
    .with_context(|| format!("reading {shown}"))
}

/// One MISPLACED event, as listed.
#[derive(Debug, Serialize)]
struct Flag {
    key: String,
    title: String,
    section: String,
    suggested: String,
    scores: Value,
    margin: f64,
    cues: Vec<Value>,
    words: Vec<String>,
}

impl Flag {
    /// From a MISPLACED event (its data shape is the pipeline's: section,
    /// suggested, scores {mapped, suggested}, margin, cues [{section, cue,
    /// count}], words, title).
    fn of(ev: &audit::SealedEvent) -> Flag {
        let d = &ev.event.data;
        let text = |k: &str| d[k].as_str().unwrap_or("").to_string();
        Flag {
            key: ev
                .event
                .key
                .as_ref()
                .map(|k| k.to_string())
                .unwrap_or_default(),
            title: text("title"),
            section: text("section"),
            suggested: text("suggested"),
            scores: d["scores"].clone(),
            margin: d["margin"].as_f64().unwrap_or(0.0),
            cues: d["cues"].as_array().cloned().unwrap_or_default(),
            words: d["words"]
                .as_array()
                .map(|w| {
                    w.iter()
                        .filter_map(|v| v.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default(),
        }
    }

    /// Cues as `thi tuyển ×3 (tuyen-dung)`.
    fn cue_text(&self) -> String {
        self.cues
            .iter()
            .map(|c| {
                format!(
                    "{} ×{} ({})",
                    c["cue"].as_str().unwrap_or(""),
                    c["count"].as_u64().unwrap_or(0),
                    c["section"].as_str().unwrap_or("")
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn score(&self, which: &str) -> String {
        self.scores[which]
            .as_f64()
            .map(|v| format!("{v:.2}"))
            .unwrap_or_default()
    }
}

/// `s` cut to `n` characters, with `…` when cut.
fn cut(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    let mut out: String = s.chars().take(n.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Rows as columns padded to their widest cell (by characters: the text is
/// NFC, one character per column for Vietnamese letters).
fn table(rows: &[Vec<String>]) -> String {
    let cols = rows.iter().map(Vec::len).max().unwrap_or(0);
    let width: Vec<usize> = (0..cols)
        .map(|i| {
            rows.iter()
                .filter_map(|r| r.get(i))
                .map(|c| c.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for r in rows {
        let mut line = String::new();
        for (i, c) in r.iter().enumerate() {
            line.push_str(c);
            if i + 1 < r.len() {
                let pad = width[i] - c.chars().count() + 2;
                line.extend(std::iter::repeat_n(' ', pad));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn csv(rows: &[Vec<String>]) -> String {
    let mut out = String::from("\u{feff}");
    for r in rows {
        let cells: Vec<String> = r.iter().map(|c| crate::cmd::export::csv_field(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

fn misplaced(args: MisplacedArgs) -> anyhow::Result<u8> {
    let wanted = args.run;
    let (run, events) = with_target(&args.target, |t| {
        Box::pin(async move {
            let run = match wanted {
                Some(n) if t.has_run(n).await? => Some(n),
                Some(_) => None,
                None => t.latest_run_with(EventKind::Misplaced).await?,
            };
            let events = match run {
                Some(n) => t.run_events(n, EventKind::Misplaced).await?,
                None => Vec::new(),
            };
            Ok((run, events))
        })
    })?;
    let run = match (run, wanted) {
        (Some(r), _) => r,
        (None, Some(n)) => {
            anyhow::bail!("run {n} is not in the target (`portmig audit misplaced` without --run takes the latest)")
        }
        (None, None) => {
            eprintln!(
                "portmig: no finished run has MISPLACED events: no article was flagged \
                 (or no run used a taxonomy with cues)"
            );
            if args.format == Format::Json {
                println!("{}", serde_json::json!({"run": null, "misplaced": []}));
            }
            return Ok(crate::exit::OK);
        }
    };
    let flags: Vec<Flag> = events.iter().map(Flag::of).collect();
    match args.format {
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&serde_json::json!({"run": run, "misplaced": flags}))?
        ),
        Format::Csv => {
            let mut rows = vec![[
                "run",
                "key",
                "title",
                "section",
                "suggested",
                "score_mapped",
                "score_suggested",
                "margin",
                "cues",
                "words",
            ]
            .map(String::from)
            .to_vec()];
            for f in &flags {
                rows.push(vec![
                    run.to_string(),
                    f.key.clone(),
                    f.title.clone(),
                    f.section.clone(),
                    f.suggested.clone(),
                    f.score("mapped"),
                    f.score("suggested"),
                    format!("{:.2}", f.margin),
                    f.cue_text(),
                    f.words.join("; "),
                ]);
            }
            print!("{}", csv(&rows));
        }
        Format::Table => {
            println!("run {run}: {} article(s) flagged MISPLACED", flags.len());
            let mut rows = vec![["KEY", "TITLE", "MAPPED → SUGGESTED", "MARGIN", "EVIDENCE"]
                .map(String::from)
                .to_vec()];
            for f in &flags {
                let mut evidence = f.cue_text();
                if !f.words.is_empty() {
                    if !evidence.is_empty() {
                        evidence.push_str(" | ");
                    }
                    evidence.push_str(&f.words.join(", "));
                }
                rows.push(vec![
                    f.key.clone(),
                    cut(&f.title, 40),
                    format!("{} → {}", f.section, f.suggested),
                    format!("{:.2}", f.margin),
                    evidence,
                ]);
            }
            print!("{}", table(&rows));
        }
    }
    Ok(crate::exit::OK)
}

/// One line of the coverage report.
#[derive(Debug, Serialize)]
struct Covered {
    slug: String,
    name: String,
    mandatory: bool,
    /// The provisions of the chosen basis that name the section.
    articles: Vec<String>,
    /// Mandatory whatever the basis says (the taxonomy's `required`).
    required: bool,
    /// News and documents in the section and its subsections.
    count: u64,
    /// In the section itself.
    own: u64,
    empty: bool,
}

/// The target's section as the mapping crate's type, so that which
/// sections are mandatory is decided in one place
/// ([`mapping::Section::mandatory_under`]).
fn section_of(row: &load::SectionRow) -> anyhow::Result<mapping::Section> {
    let mut basis = Vec::with_capacity(row.basis.len());
    for b in &row.basis {
        let confidence: mapping::Confidence =
            serde_json::from_value(Value::String(b.confidence.clone())).map_err(|_| {
                anyhow::anyhow!(
                    "section `{}` in the target: unknown confidence `{}` in its legal basis \
                     (low, medium, medium-high or high); run again with a valid taxonomy",
                    row.slug,
                    b.confidence
                )
            })?;
        basis.push(mapping::Basis {
            decree: b.decree.clone(),
            article: b.article.clone(),
            confidence,
            note: b.note.clone(),
        });
    }
    Ok(mapping::Section {
        slug: row.slug.clone(),
        name: row.name.clone(),
        name_en: row.name_en.clone(),
        parent: row.parent.clone(),
        basis,
        required: row.required,
        old_names: Vec::new(),
        cues: Vec::new(),
        patterns: Vec::new(),
    })
}

fn coverage(args: CoverageArgs) -> anyhow::Result<u8> {
    let counts = with_target(&args.target, |t| Box::pin(t.section_counts()))?;
    let taxonomy = mapping::Taxonomy {
        sections: counts
            .iter()
            .map(|c| section_of(&c.section))
            .collect::<anyhow::Result<_>>()?,
        file: PathBuf::from("the target"),
    };
    let decrees = taxonomy.decrees();
    let basis = match &args.basis {
        Some(b) if decrees.contains(&b.as_str()) => b.clone(),
        Some(b) if decrees.is_empty() => anyhow::bail!(
            "--basis {b}: the target's sections cite no legal basis; run `portmig run` with a \
             taxonomy whose sections have [[section.basis]] entries"
        ),
        Some(b) => anyhow::bail!(
            "--basis {b}: the target's sections cite no such basis; they cite: {}",
            decrees.join(", ")
        ),
        None => match decrees.last() {
            Some(d) => d.to_string(),
            None => anyhow::bail!(
                "the target's sections cite no legal basis: run `portmig run` with a taxonomy \
                 whose sections have [[section.basis]] entries (decree, article, confidence)"
            ),
        },
    };
    let en = args.lang == Lang::En;
    let mut lines: Vec<Covered> = counts
        .iter()
        .zip(&taxonomy.sections)
        .map(|(c, s)| {
            let name = match (en, &s.name_en) {
                (true, Some(n)) => n.clone(),
                _ => s.name.clone(),
            };
            let mandatory = s.mandatory_under(&basis);
            Covered {
                slug: s.slug.clone(),
                name,
                mandatory,
                articles: s
                    .basis
                    .iter()
                    .filter(|b| b.decree == basis)
                    .map(|b| b.article.clone())
                    .collect(),
                required: s.required,
                count: c.total,
                own: c.own,
                empty: mandatory && c.total == 0,
            }
        })
        .collect();
    // Mandatory first, each group in taxonomy order.
    lines.sort_by_key(|l| !l.mandatory);
    if !args.all {
        lines.retain(|l| l.mandatory);
    }
    let mandatory = lines.iter().filter(|l| l.mandatory).count();
    let empty = lines.iter().filter(|l| l.empty).count();
    let (flag, required_text, not_mandatory) = if en {
        ("EMPTY", "required by the taxonomy", "not mandatory")
    } else {
        ("THIẾU", "bắt buộc theo danh mục", "không bắt buộc")
    };
    let basis_of = |l: &Covered| -> String {
        if !l.mandatory {
            not_mandatory.to_string()
        } else if l.articles.is_empty() && l.required {
            required_text.to_string()
        } else {
            l.articles.join("; ")
        }
    };
    match args.format {
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&serde_json::json!({
                "basis": basis,
                "bases": decrees,
                "mandatory": mandatory,
                "empty": empty,
                "sections": lines,
            }))?
        ),
        Format::Csv => {
            let head = if en {
                [
                    "slug",
                    "section",
                    "mandatory",
                    "basis",
                    "articles",
                    "own_articles",
                    "flag",
                ]
            } else {
                [
                    "slug",
                    "muc",
                    "bat_buoc",
                    "can_cu",
                    "so_bai",
                    "so_bai_rieng",
                    "canh_bao",
                ]
            };
            let mut rows = vec![head.map(String::from).to_vec()];
            for l in &lines {
                rows.push(vec![
                    l.slug.clone(),
                    l.name.clone(),
                    (l.mandatory as u8).to_string(),
                    basis_of(l),
                    l.count.to_string(),
                    l.own.to_string(),
                    if l.empty { flag.into() } else { String::new() },
                ]);
            }
            print!("{}", csv(&rows));
        }
        Format::Table => {
            if en {
                println!("Coverage under {basis}: {mandatory} mandatory section(s), {empty} empty");
            } else {
                println!(
                    "Độ phủ theo căn cứ {basis}: {mandatory} mục bắt buộc, {empty} mục chưa có bài"
                );
            }
            let head = if en {
                ["SECTION", "SLUG", "BASIS", "ARTICLES", ""]
            } else {
                ["MỤC", "SLUG", "CĂN CỨ", "SỐ BÀI", ""]
            };
            let mut rows = vec![head.map(String::from).to_vec()];
            for l in &lines {
                rows.push(vec![
                    cut(&l.name, 40),
                    l.slug.clone(),
                    basis_of(l),
                    l.count.to_string(),
                    if l.empty { flag.into() } else { String::new() },
                ]);
            }
            print!("{}", table(&rows));
        }
    }
    if args.fail_on_empty && empty > 0 {
        return Ok(crate::exit::CHECK_FAILED);
    }
    Ok(crate::exit::OK)
}

pub fn run(args: Args) -> anyhow::Result<u8> {
    match args.what {
        What::Misplaced(a) => misplaced(a),
        What::Coverage(a) => coverage(a),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_titles_are_cut_by_characters() {
        assert_eq!(cut("Thông báo tuyển dụng", 40), "Thông báo tuyển dụng");
        assert_eq!(cut("Thông báo tuyển dụng", 10), "Thông báo…");
    }

    #[test]
    fn columns_line_up_with_vietnamese_letters() {
        let t = table(&[
            vec!["MỤC".into(), "SỐ BÀI".into()],
            vec!["Thủ tục hành chính".into(), "0".into()],
        ]);
        assert_eq!(t, "MỤC                 SỐ BÀI\nThủ tục hành chính  0\n");
    }
}
