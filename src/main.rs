//! `portmig`: moves the content of an old Vietnamese government portal into a
//! new one. This binary parses the command line and dispatches; the work is
//! in the crates under `crates/`.

mod cmd;
mod config;
mod progress;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

// The transform allocates and frees many small strings and DOM nodes per
// article on every rayon worker at once; glibc's malloc spent about a fifth
// of a run's CPU on them (docs/BENCHMARKS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Exit codes, documented in `--help` and README.md.
pub mod exit {
    /// Everything asked was done.
    pub const OK: u8 = 0;
    /// The input was damaged part-way: everything before the damage was
    /// loaded, the rest was not. Fix or re-export the dump and run again.
    pub const PARTIAL: u8 = 1;
    /// A check asked for failed (`audit coverage --fail-on-empty`: a
    /// mandatory section is empty; `verify`: something does not reconcile).
    pub const CHECK_FAILED: u8 = 1;
    /// Nothing more could be done: bad arguments, a missing file, an error
    /// in a mapping file, the target failed.
    pub const ERROR: u8 = 2;
    /// `portmig run` was stopped by Ctrl-C after a batch (128 + SIGINT, as
    /// shells report it): run the same command again to resume.
    pub const INTERRUPTED: u8 = 130;
}

const ABOUT: &str =
    "Moves the content of an old Vietnamese government web portal into a new one:\n\
extract a dump, decode its text, normalise, map old categories to the new sections,\n\
load into the new portal's database, and audit every decision.";

const AFTER_HELP: &str = "Examples:\n  \
portmig init samples/nukeviet45/portal.sql --out tinh-mau\n  \
portmig inspect samples/nukeviet45/portal.sql\n  \
portmig run --source samples/nukeviet45/portal.sql --mapping samples/nukeviet45/mapping.toml\n  \
portmig run --source old.sql --mapping mapping.toml --target sqlite://new-portal.db --json\n  \
portmig run --source old.sql --mapping edited.toml --dry-run\n  \
portmig export redirects --format nginx -o redirects.conf\n  \
portmig audit misplaced\n  \
portmig audit coverage --basis 42/2022\n  \
portmig verify --source samples/nukeviet45/portal.sql\n  \
portmig rollback --dry-run\n\n\
Exit codes: 0 done; 1 the dump is damaged part-way (what came before was loaded), or an\n\
audit check failed (--fail-on-empty), or verify found a problem; 2 error.";

#[derive(Parser)]
#[command(name = "portmig", version, about = ABOUT, after_help = AFTER_HELP)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Show what a dump holds: tables, NukeViet modules, old categories, charsets per column.
    Inspect(cmd::inspect::Args),
    /// Start a project from a dump: portmig.toml and a mapping suggesting a section per old category.
    Init(cmd::init::Args),
    /// Convert text between Vietnamese charsets, stdin to stdout.
    Convert(cmd::convert::Args),
    /// Migrate a dump into the new portal's database (idempotent: re-run after fixing mappings).
    // Boxed: its arguments are many times the size of the other commands'.
    Run(Box<cmd::run::Args>),
    /// Write what the target holds for other tools: redirects as nginx or Apache rules, or CSV.
    Export(cmd::export::Args),
    /// Reports for auditors: misplaced articles of a run, coverage of the mandated sections.
    Audit(cmd::audit::Args),
    /// Reconcile the target with the dump: every item loaded, quarantined or skipped, rows as written, audit chain intact.
    Verify(cmd::verify::Args),
    /// Undo a run: what it inserted removed, what it updated or moved restored; audited.
    Rollback(cmd::rollback::Args),
}

/// The error and its causes, `: `-joined as `{:#}` does, but without a
/// cause whose text is already shown: sqlx and the loader's errors quote
/// their cause in their own text.
fn chain_text(err: &anyhow::Error) -> String {
    let mut out = String::new();
    for cause in err.chain() {
        let text = cause.to_string();
        if out.contains(&text) {
            continue;
        }
        if !out.is_empty() {
            out.push_str(": ");
        }
        out.push_str(&text);
    }
    out
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Convert(a) => cmd::convert::run(a),
        Command::Inspect(a) => cmd::inspect::run(a),
        Command::Init(a) => cmd::init::run(a),
        Command::Run(a) => cmd::run::run(*a),
        Command::Export(a) => cmd::export::run(a),
        Command::Audit(a) => cmd::audit::run(a),
        Command::Verify(a) => cmd::verify::run(a),
        Command::Rollback(a) => cmd::rollback::run(a),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            // A closed pipe (`portmig inspect x | head`) is not an error.
            if err
                .chain()
                .filter_map(|e| e.downcast_ref::<std::io::Error>())
                .any(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            {
                return ExitCode::from(exit::OK);
            }
            eprintln!("portmig: error: {}", chain_text(&err));
            ExitCode::from(exit::ERROR)
        }
    }
}
