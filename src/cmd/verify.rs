//! `portmig verify`: reconciles the target with the dump.
//!
//! Usage: portmig verify [--config portmig.toml] [--source <DUMP>...] [--target <URL>]
//!                       [--target-password-file FILE] [--json]
//!
//! Reads the dump again (the same `--source`/project-file inputs as `run`;
//! a file whose SHA-256 differs from what the last run read is warned
//! about) and counts its items per source, entity and old category. Each
//! must be loaded (in the id map, its row present), quarantined or skipped
//! (each with its reason); a key in none of them is LOST, a key of the
//! target the dump lacks is EXTRA. Rows of articles and categories are
//! hashed as stored and compared with what portmig last wrote (MODIFIED:
//! changed outside portmig). The audit log's hash chain is checked.
//!
//! Prints a table per source and entity, then per old category, the
//! reasons of quarantined and skipped items, and the problems (the first
//! 1000; `--json` lists every one). Exit 0 when everything reconciles, 1
//! on any problem, 2 on an error.

use anyhow::Context;
use load::{ProblemKind, Reconciliation, SourceEntry, Tally};
use serde::Serialize;
use std::ops::ControlFlow;
use std::path::PathBuf;

const EXAMPLES: &str = "Examples:\n  \
portmig verify --source samples/nukeviet45/portal.sql --target sqlite://portmig.db\n  \
portmig verify                    # with a portmig.toml here: its sources and target\n  \
portmig verify --json > verify.json\n\n\
Exit codes: 0 everything reconciles; 1 a problem was found (listed); 2 error.";

/// How many problems the text output lists.
const LISTED: usize = 1000;

/// Arguments of `portmig verify`.
#[derive(clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// Dump file, as given to `portmig run`; repeat for a schema file
    /// followed by data files.
    #[arg(long = "source", short = 's', value_name = "DUMP")]
    sources: Vec<PathBuf>,
    #[command(flatten)]
    target: crate::cmd::run::TargetArgs,
    /// Print the report as JSON (every problem, not the first 1000).
    #[arg(long)]
    json: bool,
}

/// One input file, fingerprinted, against the last run's.
#[derive(Debug, Serialize)]
struct Input {
    file: String,
    sha256: String,
    /// Whether the last run read a file with these bytes.
    same_as_last_run: Option<bool>,
}

/// The audit chain's state.
#[derive(Debug, Serialize)]
struct AuditCheck {
    /// Events that verify (all of them when `error` is `None`).
    events: u64,
    /// The first break in the chain.
    error: Option<String>,
}

#[derive(Debug, Serialize)]
struct Report {
    target: String,
    inputs: Vec<Input>,
    last_run: Option<i64>,
    #[serde(flatten)]
    reconciliation: Reconciliation,
    audit: AuditCheck,
    /// Problems, the audit chain's break included.
    problem_count: u64,
    ok: bool,
}

/// The dump's items, read with the extractor a run uses.
fn source_entries(sources: &[PathBuf]) -> anyhow::Result<Vec<SourceEntry>> {
    use extract::Extractor;
    let mut entries = Vec::new();
    let mut ex = extract::nukeviet::NukeVietNews::new(sources.to_vec());
    ex.extract(
        &mut |item| {
            let category = match &item.kind {
                model::ItemKind::Article { category, .. }
                | model::ItemKind::Document { category, .. } => {
                    Some(category.as_ref().map_or("(none)".into(), |c| c.to_string()))
                }
                _ => None,
            };
            entries.push(SourceEntry {
                key: item.key,
                category,
            });
            ControlFlow::Continue(())
        },
        &mut |_| {},
    )
    .context("reading the dump (verify needs all of it: fix or re-export it, as for `run`)")?;
    Ok(entries)
}

pub fn run(args: Args) -> anyhow::Result<u8> {
    let project = args.target.project()?;
    let sources = crate::cmd::run::sources(&args.sources, &project)?;
    let target = args.target.existing()?;
    let shown = load::redact_url(&target);
    let mut inputs = Vec::new();
    for s in &sources {
        let f = pipeline::fingerprint(s)?;
        inputs.push(Input {
            file: f.file,
            sha256: f.sha256,
            same_as_last_run: None,
        });
    }
    let entries = source_entries(&sources)?;

    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let (state, last_run, audit) = rt
        .block_on(async {
            let mut t = load::Target::connect(&target).await?;
            let state = t.verify_state().await?;
            let last = t.last_run_inputs().await?;
            let audit = match t.verify_audit().await {
                Ok(n) => AuditCheck {
                    events: n,
                    error: None,
                },
                Err(load::Error::Audit(e)) => AuditCheck {
                    events: 0,
                    error: Some(e.to_string()),
                },
                Err(e) => return Err(e),
            };
            t.close().await?;
            Ok::<_, load::Error>((state, last, audit))
        })
        .with_context(|| format!("reading {shown}"))?;

    if let Some(last) = &last_run {
        for i in &mut inputs {
            let same = last.files.iter().any(|(_, sha)| *sha == i.sha256);
            i.same_as_last_run = Some(same);
            if !same {
                let read: Vec<String> = last.files.iter().map(|(f, _)| f.clone()).collect();
                eprintln!(
                    "portmig: warning: {}: its bytes (sha256 {}) are not those run {} read \
                     ({}): counts compare this file with what that run loaded",
                    i.file,
                    &i.sha256[..12],
                    last.run_id,
                    read.join(", ")
                );
            }
        }
    }

    let rec = load::reconcile(&entries, &state);
    let problem_count = rec.problems.len() as u64 + u64::from(audit.error.is_some());
    let report = Report {
        target: shown,
        inputs,
        last_run: last_run.map(|r| r.run_id),
        reconciliation: rec,
        audit,
        problem_count,
        ok: problem_count == 0,
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print_text(&report);
    }
    Ok(if report.ok {
        crate::exit::OK
    } else {
        crate::exit::CHECK_FAILED
    })
}

fn print_tallies(title: &str, first: &str, rows: &[Tally], name: impl Fn(&Tally) -> String) {
    let w = rows
        .iter()
        .map(|t| name(t).chars().count())
        .max()
        .unwrap_or(0);
    let w = w.max(first.chars().count());
    println!("{title}");
    println!(
        "  {first:<w$}  {:>8} {:>8} {:>11} {:>8} {:>6} {:>6}",
        "in dump", "loaded", "quarantined", "skipped", "lost", "extra"
    );
    for t in rows {
        let mark = if t.reconciles() { "" } else { "  ✗" };
        println!(
            "  {:<w$}  {:>8} {:>8} {:>11} {:>8} {:>6} {:>6}{mark}",
            name(t),
            t.in_dump,
            t.loaded,
            t.quarantined,
            t.skipped,
            t.lost,
            t.extra
        );
    }
}

fn print_text(r: &Report) {
    let rec = &r.reconciliation;
    println!(
        "verify {} against {} dump file(s)",
        r.target,
        r.inputs.len()
    );
    print_tallies(
        "per source and entity:",
        "source / entity",
        &rec.by_entity,
        |t| format!("{} / {}", t.source, t.entity),
    );
    if !rec.by_category.is_empty() {
        print_tallies(
            "per old category (articles and documents):",
            "category / entity",
            &rec.by_category,
            |t| format!("{} / {}", t.category.as_deref().unwrap_or(""), t.entity),
        );
    }
    for c in &rec.reasons {
        println!("  {} {}: {}", c.count, c.outcome, c.reason);
    }
    if rec.rows_not_hashed > 0 {
        println!(
            "  {} loaded rows present but not compared with what portmig wrote (topics, tags, \
             sources, authors; rows written before row hashes were kept)",
            rec.rows_not_hashed
        );
    }
    match &r.audit.error {
        None => println!(
            "audit log: {} events, the hash chain verifies",
            r.audit.events
        ),
        Some(e) => println!("audit log: BROKEN: {e}"),
    }
    if !rec.problems.is_empty() {
        println!("problems:");
        for p in rec.problems.iter().take(LISTED) {
            let kind = match p.kind {
                ProblemKind::Lost => "LOST",
                ProblemKind::Modified => "MODIFIED",
                ProblemKind::Extra => "EXTRA",
            };
            println!("  {kind:<8} {}: {}", p.key, p.detail);
        }
        if rec.problems.len() > LISTED {
            println!(
                "  ... and {} more: --json lists every one",
                rec.problems.len() - LISTED
            );
        }
    }
    if r.ok {
        println!("OK");
    } else {
        println!("{} problem(s)", r.problem_count);
    }
}
