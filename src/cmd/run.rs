//! `portmig run`: the migration.
//!
//! Usage: portmig run --source <DUMP>... --mapping <FILE> [--target <URL>]
//!                    [--audit-log <FILE>] [--batch-size N] [--threads N] [--json]
//!
//! Reads the dump, decodes and normalises every text field, maps every old
//! category and article to a section of the new portal, and writes them to
//! the target with a redirect from each old URL, recording every decision
//! in the audit log (in the target, and mirrored to a JSONL file).
//!
//! Re-running is safe: unchanged items are left alone, changed ones are
//! updated, items whose section changed (after a mapping edit) are moved.
//! Nothing is ever duplicated.

use crate::progress::RunBar;
use anyhow::Context;
use std::path::{Path, PathBuf};

const EXAMPLES: &str = "Examples:\n  \
portmig run --source samples/nukeviet45/portal.sql --mapping samples/nukeviet45/mapping.toml\n  \
portmig run --source schema.sql --source data.sql --mapping site.toml --target sqlite://portal.db\n  \
portmig run --source old.sql --mapping site.toml --json > result.json\n\n\
Exit codes: 0 done; 1 the dump is damaged part-way (everything before the damage was\n\
loaded: fix the dump and run again); 2 error (nothing more could be done).";

/// Arguments of `portmig run`.
#[derive(clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// Dump file; repeat for a schema file followed by data files.
    #[arg(long = "source", short = 's', required = true, value_name = "DUMP")]
    sources: Vec<PathBuf>,
    /// Mapping file (TOML): old categories to new sections.
    #[arg(long, short = 'm', value_name = "FILE")]
    mapping: PathBuf,
    /// Target database URL.
    #[arg(
        long,
        short = 't',
        default_value = "sqlite://portmig.db",
        value_name = "URL"
    )]
    target: String,
    /// JSONL mirror of the audit log [default: beside a SQLite target, `<name>.audit.jsonl`].
    #[arg(long, value_name = "FILE")]
    audit_log: Option<PathBuf>,
    /// Items per transaction.
    #[arg(long, default_value_t = 500, value_name = "N")]
    batch_size: usize,
    /// Worker threads for decoding and mapping [default: one per core].
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// Print the outcome as JSON.
    #[arg(long)]
    json: bool,
}

/// `sqlite://dir/portal.db` gives `dir/portal.audit.jsonl`.
fn default_audit_log(target: &str) -> PathBuf {
    let path = target
        .strip_prefix("sqlite://")
        .or_else(|| target.strip_prefix("sqlite:"))
        .map(|p| p.split('?').next().unwrap_or(p))
        .filter(|p| !p.is_empty() && *p != ":memory:");
    match path {
        Some(p) => Path::new(p).with_extension("audit.jsonl"),
        None => PathBuf::from("portmig.audit.jsonl"),
    }
}

pub fn run(args: Args) -> anyhow::Result<u8> {
    for s in &args.sources {
        if !s.exists() {
            anyhow::bail!(
                "{}: no such file (give the path of the .sql dump)",
                s.display()
            );
        }
    }
    let mapping = mapping::Mapping::load(&args.mapping)?;
    let mut cfg = pipeline::Config::new(args.sources.clone(), mapping, args.target.clone());
    cfg.audit_log = Some(
        args.audit_log
            .clone()
            .unwrap_or_else(|| default_audit_log(&args.target)),
    );
    cfg.batch_size = args.batch_size;
    cfg.threads = args.threads;
    let bar = RunBar::new(args.json);
    let outcome = pipeline::run(&cfg, &|p| bar.update(p));
    bar.finish();
    let outcome =
        outcome.with_context(|| format!("migrating into {}", load::redact_url(&args.target)))?;
    for w in &outcome.warnings {
        eprintln!("portmig: warning: {w}");
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&outcome)?);
    } else {
        let c = &outcome.counts;
        println!(
            "run {} into {}",
            outcome.run_id,
            load::redact_url(&args.target)
        );
        for (name, e) in [("categories", &c.categories), ("articles", &c.articles)] {
            println!(
                "  {name:<11} {} inserted, {} updated, {} moved, {} unchanged",
                e.inserted, e.updated, e.moved, e.unchanged
            );
        }
        println!("  quarantined {}", c.quarantined);
        println!("  skipped     {}", c.skipped);
        for q in &outcome.quarantined {
            println!(
                "    quarantined {} at {}: {}",
                q.key, q.provenance, q.reason
            );
        }
        if let Some(p) = &cfg.audit_log {
            println!(
                "  audit log   {} (and the target's audit_events table)",
                p.display()
            );
        }
    }
    if let Some(e) = &outcome.input_error {
        eprintln!(
            "portmig: error: the dump is damaged: {e}\n  everything before that point was loaded; fix or re-export the dump and run again"
        );
        return Ok(crate::exit::PARTIAL);
    }
    Ok(crate::exit::OK)
}

#[cfg(test)]
mod tests {
    use super::default_audit_log;
    use std::path::PathBuf;

    #[test]
    fn the_audit_log_sits_beside_a_sqlite_target() {
        assert_eq!(
            default_audit_log("sqlite://out/portal.db"),
            PathBuf::from("out/portal.audit.jsonl")
        );
        assert_eq!(
            default_audit_log("sqlite::memory:"),
            PathBuf::from("portmig.audit.jsonl")
        );
        assert_eq!(
            default_audit_log("postgres://u:p@h/db"),
            PathBuf::from("portmig.audit.jsonl")
        );
    }
}
