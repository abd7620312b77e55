//! `portmig rollback`: undo a run.
//!
//! Usage: portmig rollback [RUN] [--cascade] [--dry-run] [--json] [--audit-log FILE]
//!                         [--target URL] [--target-password-file FILE]
//!                         [--config portmig.toml]
//!
//! Restores the target to its state before run RUN (the latest run not
//! rolled back when none is given): what the run inserted is removed, what
//! it updated or moved is put back as it was, quarantine rows and redirects
//! included, and nothing else is touched. One transaction; the run is then
//! `rolled-back` and a `ROLLED_BACK` event is on the audit chain (and in
//! the JSONL mirror, when it exists). A later run that changed the same
//! rows depends on it: refused, naming those runs, unless `--cascade`
//! rolls them back first, newest first. `--dry-run` prints the same
//! summary and writes nothing. Media files stay: they are
//! content-addressed, and other runs' articles may share them.

use anyhow::Context;

const EXAMPLES: &str = "Examples:\n  \
portmig rollback --dry-run          # what rolling back the latest run would do\n  \
portmig rollback                    # roll back the latest run\n  \
portmig rollback 3 --cascade        # run 3, and the later runs that changed the same rows\n  \
portmig rollback 3 --target postgres://portal@db.tinh.gov.vn/portal --target-password-file pw.txt";

/// Arguments of `portmig rollback`.
#[derive(clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// The run to roll back [default: the latest run not rolled back].
    #[arg(value_name = "RUN")]
    run: Option<i64>,
    /// Roll back first the later runs that changed rows this run changed.
    #[arg(long)]
    cascade: bool,
    /// Print what would be rolled back, and write nothing.
    #[arg(long)]
    dry_run: bool,
    /// Print the outcome as JSON.
    #[arg(long)]
    json: bool,
    /// The JSONL mirror of the audit log the runs wrote, to extend
    /// [default: the project file's `audit_log`, else beside a SQLite
    /// target, `<name>.audit.jsonl`]; left alone when it does not exist.
    #[arg(long, value_name = "FILE")]
    audit_log: Option<std::path::PathBuf>,
    #[command(flatten)]
    target: crate::cmd::run::TargetArgs,
}

pub fn run(args: Args) -> anyhow::Result<u8> {
    let project = args.target.project()?;
    let target = args.target.existing()?;
    let shown = load::redact_url(&target);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let what = match args.run {
        Some(n) => format!("rolling back run {n} of {shown}"),
        None => format!("rolling back the latest run of {shown}"),
    };
    let (outcome, sealed) = rt
        .block_on(async {
            let mut t = load::Target::connect(&target).await?;
            let done = t.rollback(args.run, args.cascade, args.dry_run).await;
            t.close().await?;
            done
        })
        .context(what)?;
    if !sealed.is_empty() {
        let log = args
            .audit_log
            .clone()
            .or_else(|| project.audit_log.clone())
            .unwrap_or_else(|| crate::cmd::run::default_audit_log(&target));
        // The mirror is a copy of the target's log: extended where a run
        // wrote one, never started here (it would begin mid-chain).
        if log.exists() {
            audit::JsonlLog::append(&log)
                .and_then(|mut l| l.write(&sealed))
                .with_context(|| format!("appending to the audit log {}", log.display()))?;
        }
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&outcome)?);
        return Ok(crate::exit::OK);
    }
    let verb = if outcome.dry_run {
        "would roll back"
    } else {
        "rolled back"
    };
    for r in &outcome.runs {
        println!(
            "run {}: {verb}: {} item(s) removed, {} restored to their state before the run, \
             {} quarantine row(s) restored; {} shared redirect(s) and {} section(s) restored",
            r.run, r.removed, r.restored, r.quarantine, r.redirects, r.sections
        );
    }
    if outcome.dry_run {
        println!("dry run: nothing was written");
    } else {
        println!(
            "media files stay in the media folder (content-addressed, possibly shared by \
             other runs)"
        );
    }
    Ok(crate::exit::OK)
}
