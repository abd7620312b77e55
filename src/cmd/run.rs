//! `portmig run`: the migration.
//!
//! Usage: portmig run [--config portmig.toml] [--source <DUMP>...] [--mapping <FILE>]
//!                    [--target <URL>] [--target-password-file <FILE>]
//!                    [--audit-log <FILE>] [--batch-size N]
//!                    [--threads N] [--uploads DIR] [--old-base-url URL]
//!                    [--media-dir DIR] [--media-url PREFIX] [--dry-run] [--force] [--json]
//!                    [--no-review] [--misplaced-margin X]
//!
//! Settings come from the project file (`--config`, or `portmig.toml` in the
//! current directory when present; see `src/config.rs` for its keys) and the
//! command line, which wins. The target is `--target`, else
//! `$PORTMIG_TARGET`, else the file's `target` (see [`TargetArgs`] for the
//! order and the password file).
//!
//! Reads the dump, decodes and normalises every text field, maps every old
//! category and article to a section of the new portal, and writes them to
//! the target with a redirect from each old URL, recording every decision
//! in the audit log (in the target, and mirrored to a JSONL file).
//!
//! With `--uploads`, the files articles refer to (home images, the bodies'
//! images and links to files) are copied from the old site's uploads folder
//! into the media folder under content-addressed names and the references
//! rewritten to them; unsafe references are refused and logged. Without it,
//! nothing is copied, but `{{NV_BASE_SITEURL}}`, relative paths and the old
//! domain's URLs (`--old-base-url`) are still normalised to `/uploads/...`.
//!
//! Re-running is safe: unchanged items are left alone, changed ones are
//! updated, items whose section changed (after a mapping edit) are moved,
//! and listed with their old and new section. Nothing is ever duplicated.
//! A row of `articles` or `categories` changed or deleted by hand since
//! portmig last wrote it is left as it is (a warning lists it) unless
//! `--force`.
//!
//! After the load, every article is scored against every section (its
//! taxonomy cues and a classifier trained on the portal's own mapped
//! articles, docs/MISPLACED.md); one that reads like another section is
//! flagged `MISPLACED` with the evidence, and never moved.
//!
//! `--dry-run` does all of it and writes nothing: the target's changes are
//! made inside one transaction that is rolled back, no file is copied, no
//! audit line is written; the summary says what a run would insert, update,
//! move and leave unchanged. A SQLite target that does not exist is not
//! created (everything would be inserted). A MySQL/MariaDB target must have
//! an up-to-date schema (its schema changes cannot be rolled back).

use crate::progress::RunBar;
use anyhow::Context;
use std::path::{Path, PathBuf};

const EXAMPLES: &str = "Examples:\n  \
portmig run --source samples/nukeviet45/portal.sql --mapping samples/nukeviet45/mapping.toml\n  \
portmig run --source schema.sql --source data.sql --mapping site.toml --target sqlite://portal.db\n  \
portmig run --source old.sql --mapping site.toml --json > result.json\n  \
PORTMIG_TARGET=postgres://portal@db.tinh.gov.vn/portal portmig run --target-password-file pw.txt\n  \
portmig run --source old.sql --mapping edited.toml --dry-run   # what would move, writing nothing\n  \
portmig run --source old.sql --mapping site.toml --uploads old-site/uploads \\\n      \
--old-base-url https://www.tinh.gov.vn   # files copied into media/ beside portmig.db\n  \
portmig run                       # with a portmig.toml here: sources, mapping, target, [text]\n\n\
portmig.toml keys: sources, mapping, target, audit_log, batch_size, threads, uploads,\n\
old_base_url, media_dir, media_url, [text]\n\
tone_style (traditional | modern | keep), chrome_rules, iframe_hosts, legal_references, bylines,\n\
and [review] enabled, margin, folds, cue_weight.\n\n\
Exit codes: 0 done; 1 the dump is damaged part-way (everything before the damage was\n\
loaded: fix the dump and run again); 2 error (nothing more could be done); 130 stopped by\n\
Ctrl-C after a batch.\n\n\
A run that was killed, crashed, or stopped by Ctrl-C or a lost connection resumes when the\n\
same command runs again: what was committed stays and nothing is duplicated.\n\n\
Environment: PORTMIG_TARGET (the target, as --target); PORTMIG_CONNECT_TIMEOUT (seconds a\n\
database server may take to answer a connection, default 30).";

/// Arguments of `portmig run`.
#[derive(clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    #[command(flatten)]
    target: TargetArgs,
    /// Dump file; repeat for a schema file followed by data files.
    #[arg(long = "source", short = 's', value_name = "DUMP")]
    sources: Vec<PathBuf>,
    /// Mapping file (TOML): old categories to new sections.
    #[arg(long, short = 'm', value_name = "FILE")]
    mapping: Option<PathBuf>,
    /// JSONL mirror of the audit log [default: beside a SQLite target, `<name>.audit.jsonl`].
    #[arg(long, value_name = "FILE")]
    audit_log: Option<PathBuf>,
    /// Items per transaction [default: 500]. Larger batches load large
    /// dumps faster and take more memory: 2000 loaded 100,000 articles
    /// about a tenth faster, with about twice the memory at its peak
    /// (530 MB instead of 250 MB).
    #[arg(long, value_name = "N")]
    batch_size: Option<usize>,
    /// Retries of a batch after a transient database fault (connection
    /// lost, server restarting, deadlock), waiting 0.5 s, 1 s, 2 s... between
    /// them [default: 5].
    #[arg(long, value_name = "N")]
    retries: Option<u32>,
    /// Worker threads for decoding and mapping [default: one per core].
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// The old site's `uploads` folder (the one holding `news/`, ...): the
    /// files articles refer to are copied from it into the media folder and
    /// their references rewritten. Without it nothing is copied, but
    /// references are still normalised to `/uploads/...` paths.
    #[arg(long, value_name = "DIR")]
    uploads: Option<PathBuf>,
    /// The old site's address (`https://www.tinh.gov.vn`): its absolute URLs
    /// in bodies are read as its own (links to old articles, files; scheme
    /// and `www.` ignored).
    #[arg(long, value_name = "URL")]
    old_base_url: Option<String>,
    /// Where files are copied [default: `media/` beside a SQLite target;
    /// required with --uploads for a server target].
    #[arg(long, value_name = "DIR")]
    media_dir: Option<PathBuf>,
    /// The URL the new portal serves the media folder at [default: /media].
    #[arg(long, value_name = "PREFIX")]
    media_url: Option<String>,
    /// Compute everything and write nothing: print what would be inserted,
    /// updated, moved (with old and new section) and left unchanged.
    #[arg(long)]
    dry_run: bool,
    /// Overwrite rows changed or deleted by hand in the target since
    /// portmig last wrote them (by default they are left as they are and
    /// listed as warnings).
    #[arg(long)]
    force: bool,
    /// Print the outcome as JSON (with every move, not the first 1000).
    #[arg(long)]
    json: bool,
    /// Skip the misplacement review after the load.
    #[arg(long)]
    no_review: bool,
    /// How far another section must score ahead of an article's own to flag
    /// it MISPLACED [default: 0.4; docs/MISPLACED.md].
    #[arg(long, value_name = "X")]
    misplaced_margin: Option<f64>,
}

/// The file of a SQLite target (`sqlite://dir/portal.db` gives
/// `dir/portal.db`); `None` for a server or an in-memory database.
fn sqlite_file(target: &str) -> Option<&str> {
    target
        .strip_prefix("sqlite://")
        .or_else(|| target.strip_prefix("sqlite:"))
        .map(|p| p.split('?').next().unwrap_or(p))
        .filter(|p| !p.is_empty() && *p != ":memory:")
}

/// `sqlite://dir/portal.db` gives `dir/media`; an in-memory database,
/// `media` here; a server target has no default (its files go wherever the
/// new portal serves them from).
fn default_media_dir(target: &str) -> Option<PathBuf> {
    if let Some(p) = sqlite_file(target) {
        return Some(Path::new(p).parent().unwrap_or(Path::new("")).join("media"));
    }
    target
        .starts_with("sqlite:")
        .then(|| PathBuf::from("media"))
}

/// `sqlite://dir/portal.db` gives `dir/portal.audit.jsonl`.
pub(crate) fn default_audit_log(target: &str) -> PathBuf {
    if let Some(p) = sqlite_file(target) {
        return Path::new(p).with_extension("audit.jsonl");
    }
    // A server target: named after host and database, so two targets run
    // from one directory do not share (and break) one chain.
    let server = target
        .split_once("://")
        .map(|(_, rest)| rest.rsplit_once('@').map_or(rest, |(_, h)| h))
        .map(|rest| rest.split('?').next().unwrap_or(rest))
        .filter(|rest| rest.contains('/'))
        .map(|rest| {
            rest.chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() || c == '-' {
                        c
                    } else {
                        '_'
                    }
                })
                .collect::<String>()
        });
    match server {
        Some(name) => PathBuf::from(format!("portmig-{name}.audit.jsonl")),
        None => PathBuf::from("portmig.audit.jsonl"),
    }
}

/// How every command that opens a target (run, export, audit, verify)
/// names it: flatten this into the command's arguments.
///
/// The target is `--target`, else `$PORTMIG_TARGET`, else the project
/// file's `target`, else `sqlite://portmig.db`. The environment comes
/// before the project file because the file is written once per portal
/// and shared (often in version control, with a local SQLite target),
/// while the environment belongs to the session or the deployment: it
/// points the same project at a real server without writing the server's
/// URL, or its password, into the file. This is the order Cargo and git
/// give their settings; a note on standard error says when the
/// environment overrides the file, so a stale variable cannot go unseen.
#[derive(clap::Args, Clone, Debug, Default)]
pub struct TargetArgs {
    /// Target database URL [default: $PORTMIG_TARGET, then portmig.toml, then sqlite://portmig.db].
    #[arg(long, short = 't', value_name = "URL")]
    pub target: Option<String>,
    /// File holding the target's password on its first line, for a URL
    /// without one: so it is in no URL, shell history or process list.
    #[arg(long, value_name = "FILE")]
    pub target_password_file: Option<PathBuf>,
    /// Project file [default: portmig.toml in the current directory, if any].
    #[arg(long, short = 'c', value_name = "FILE")]
    pub config: Option<PathBuf>,
}

impl TargetArgs {
    /// The project file these arguments name (or an empty one).
    pub fn project(&self) -> anyhow::Result<crate::config::Project> {
        project_file(self.config.as_deref())
    }

    /// The URL to connect to, given the project file: the password from
    /// `--target-password-file` put in. Never print it: show
    /// `load::redact_url` of it.
    pub fn url(&self, project: &crate::config::Project) -> anyhow::Result<String> {
        let env = std::env::var("PORTMIG_TARGET")
            .ok()
            .filter(|t| !t.is_empty());
        if let (None, Some(env), Some(file)) = (&self.target, &env, &project.target) {
            if env != file {
                eprintln!(
                    "portmig: note: the target is $PORTMIG_TARGET ({}), not the project \
                     file's ({}); unset PORTMIG_TARGET or give --target to choose",
                    load::redact_url(env),
                    load::redact_url(file)
                );
            }
        }
        if let (None, None, Some(file)) = (&self.target, &env, &project.target) {
            if load::redact_url(file) != *file {
                eprintln!(
                    "portmig: note: the project file's target holds a password, which anyone \
                     reading the file reads: remove it from the URL and give \
                     --target-password-file FILE"
                );
            }
        }
        let url = target_url(self.target.clone(), env, project.target.clone());
        match &self.target_password_file {
            Some(f) => with_password(&url, f),
            None => Ok(url),
        }
    }

    /// The target of a reading command (export, audit, verify). A SQLite
    /// file must exist: opening one creates it, and a typo would then
    /// read an empty database.
    pub fn existing(&self) -> anyhow::Result<String> {
        let target = self.url(&self.project()?)?;
        if let Some(file) = sqlite_file(&target) {
            if !Path::new(file).exists() {
                anyhow::bail!(
                    "{file}: no such database (run `portmig run` first, or give --target)"
                );
            }
        }
        Ok(target)
    }
}

/// `url` with the password read from `file` (its first line, without the
/// line break, percent-encoded) put into the user part:
/// `postgres://u@h/db` becomes `postgres://u:PASSWORD@h/db`. Errors name
/// the file, never what it holds.
fn with_password(url: &str, file: &Path) -> anyhow::Result<String> {
    let shown = load::redact_url(url);
    if url.starts_with("sqlite:") {
        anyhow::bail!(
            "--target-password-file {}: the target {shown} is a SQLite file, which has no \
             password; give a server URL (postgres://USER@HOST/DATABASE) or drop the option",
            file.display()
        );
    }
    if shown != url {
        anyhow::bail!(
            "--target-password-file {} gives a password, but the target URL {shown} has one \
             already: remove the password from the URL (or do not give the file)",
            file.display()
        );
    }
    let needs_user = || {
        anyhow::anyhow!(
            "--target-password-file {}: the target URL {shown} names no user to give the \
             password to; write it as postgres://USER@HOST/DATABASE or \
             mysql://USER@HOST/DATABASE",
            file.display()
        )
    };
    let (scheme, rest) = url.split_once("://").ok_or_else(needs_user)?;
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (user, host) = rest[..authority_end]
        .rsplit_once('@')
        .filter(|(u, _)| !u.is_empty())
        .ok_or_else(needs_user)?;
    // `user:@host` has an empty password: the file's takes its place.
    let user = user.strip_suffix(':').unwrap_or(user);
    let text = std::fs::read(file).map_err(|e| {
        anyhow::anyhow!(
            "cannot read the target password file {}: {e} (it should hold the password \
             on its first line)",
            file.display()
        )
    })?;
    let text = String::from_utf8(text).map_err(|_| {
        anyhow::anyhow!(
            "the target password file {} is not UTF-8 text: save it as UTF-8",
            file.display()
        )
    })?;
    let password = text.lines().next().unwrap_or("");
    if password.is_empty() {
        anyhow::bail!(
            "the target password file {} has an empty first line: put the password there",
            file.display()
        );
    }
    let encoded: String = password
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    Ok(format!(
        "{scheme}://{user}:{encoded}@{host}{}",
        &rest[authority_end..]
    ))
}

/// The target URL: `arg` (`--target`), else `env` (`$PORTMIG_TARGET`),
/// else `project` (the project file's `target`), else
/// `sqlite://portmig.db`; see [`TargetArgs`] for why in this order.
fn target_url(arg: Option<String>, env: Option<String>, project: Option<String>) -> String {
    arg.or(env)
        .or(project)
        .unwrap_or_else(|| "sqlite://portmig.db".to_string())
}

/// The project file named, or `portmig.toml` here if it exists.
pub fn project_file(config: Option<&Path>) -> anyhow::Result<crate::config::Project> {
    match config {
        Some(p) => crate::config::Project::load(p),
        None if Path::new(crate::config::DEFAULT_FILE).exists() => {
            crate::config::Project::load(Path::new(crate::config::DEFAULT_FILE))
        }
        None => Ok(crate::config::Project::default()),
    }
}

/// The dumps to read: `--source` if given, else the project file's
/// `sources`; each must exist.
pub fn sources(
    given: &[PathBuf],
    project: &crate::config::Project,
) -> anyhow::Result<Vec<PathBuf>> {
    let sources = if given.is_empty() {
        project.sources.clone()
    } else {
        given.to_vec()
    };
    if sources.is_empty() {
        anyhow::bail!("no dump given: use --source <DUMP> (or `sources = [...]` in portmig.toml)");
    }
    for s in &sources {
        if !s.exists() {
            anyhow::bail!(
                "{}: no such file (give the path of the .sql dump)",
                s.display()
            );
        }
    }
    Ok(sources)
}

pub fn run(args: Args) -> anyhow::Result<u8> {
    let project = args.target.project()?;
    let sources = sources(&args.sources, &project)?;
    let Some(mapping_file) = args.mapping.clone().or(project.mapping.clone()) else {
        anyhow::bail!(
            "no mapping given: use --mapping <FILE> (or `mapping = \"...\"` in portmig.toml)"
        );
    };
    let target = args.target.url(&project)?;
    let mapping = mapping::Mapping::load(&mapping_file)?;
    let mut cfg = pipeline::Config::new(sources, mapping, target.clone());
    cfg.audit_log = Some(
        args.audit_log
            .clone()
            .or(project.audit_log.clone())
            .unwrap_or_else(|| default_audit_log(&target)),
    );
    cfg.batch_size = args
        .batch_size
        .or(project.batch_size)
        .unwrap_or(pipeline::DEFAULT_BATCH_SIZE);
    cfg.threads = args.threads.or(project.threads);
    if let Some(n) = args.retries {
        cfg.retry.retries = n;
    }
    if !cfg.dry_run {
        cfg.stop = Some(stop_on_ctrl_c());
    }
    cfg.uploads = args.uploads.clone().or(project.uploads.clone());
    cfg.old_base_url = args
        .old_base_url
        .clone()
        .or(project.old_base_url.as_ref().map(|u| u.get_ref().clone()));
    cfg.media_dir = args
        .media_dir
        .clone()
        .or(project.media_dir.clone())
        .or_else(|| default_media_dir(&target));
    if let Some(u) = args.media_url.clone().or(project.media_url.clone()) {
        cfg.media_url = u;
    }
    cfg.dry_run = args.dry_run;
    cfg.review = review_config(&args, &project.review)?;
    cfg.force = args.force;
    if args.json {
        cfg.moves_listed = None;
    }
    if cfg.uploads.is_some() && cfg.media_dir.is_none() {
        anyhow::bail!(
            "--uploads with a server target needs --media-dir <DIR> (or `media_dir = \"...\"` in \
             portmig.toml): the folder the new portal serves {} from",
            cfg.media_url
        );
    }
    cfg.text.legal_references = project.text.legal_references;
    cfg.text.bylines = project.text.bylines;
    for file in &project.text.chrome_rules {
        let text = std::fs::read_to_string(file)
            .with_context(|| format!("reading the chrome rules {}", file.display()))?;
        let rules = vntext::chrome::ChromeRules::from_toml(&text).map_err(|e| {
            anyhow::anyhow!(
                "{}:{}:{}: {}",
                file.display(),
                e.line(),
                e.column(),
                e.message()
            )
        })?;
        cfg.text.chrome.extend(rules);
    }
    cfg.text.tone = project.text.tone_style.parse().map_err(|e| {
        anyhow::anyhow!("[text] tone_style in the project file: {e} (traditional, modern or keep)")
    })?;
    if let Some(hosts) = &project.text.iframe_hosts {
        cfg.text.html = vntext::HtmlPolicy::with_iframe_hosts(hosts)
            .context("[text] iframe_hosts in the project file")?;
    }
    let bar = RunBar::new(args.json);
    let outcome = pipeline::run(&cfg, &|p| bar.update(p));
    bar.finish();
    if let Err(pipeline::Error::Load(e)) = &outcome {
        if load::is_transient(e) && !cfg.dry_run {
            eprintln!(
                "portmig: the target kept failing ({} retries): the run is marked failed \
                 if the server could be reached; what was committed stays: run the same \
                 command again to resume (nothing is duplicated)",
                cfg.retry.retries
            );
        }
    }
    let outcome =
        outcome.with_context(|| format!("migrating into {}", load::redact_url(&target)))?;
    for w in &outcome.warnings {
        eprintln!("portmig: warning: {w}");
    }
    if outcome.warnings_not_listed > 0 {
        let where_ = if outcome.dry_run.is_some() {
            "a real run logs every one as a WARNING event"
        } else {
            "every one is a WARNING event in the audit log"
        };
        eprintln!(
            "portmig: warning: ... and {} more warnings: {where_}",
            outcome.warnings_not_listed
        );
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&outcome)?);
    } else {
        let c = &outcome.counts;
        let shown = load::redact_url(&target);
        // Said first and plainly: a dry run's numbers look like a run's.
        let would = match outcome.dry_run {
            None => {
                println!("run {} into {shown}", outcome.run_id);
                ""
            }
            Some(how) => {
                println!("dry run: nothing was written");
                match how {
                    load::DryRun::NewFile => println!(
                        "  {shown} does not exist: compared with an empty database \
                         (a run would create it)"
                    ),
                    load::DryRun::Existing => {
                        println!("  against {shown}; every change was rolled back")
                    }
                }
                "would be "
            }
        };
        for (name, e) in [
            ("categories", &c.categories),
            ("articles", &c.articles),
            ("documents", &c.documents),
            // Topics, tags, sources and author profiles.
            ("terms", &c.terms),
        ] {
            println!(
                "  {name:<11} {} {would}inserted, {} {would}updated, {} {would}moved, {} unchanged",
                e.inserted, e.updated, e.moved, e.unchanged
            );
        }
        let m = &outcome.media;
        match (&cfg.uploads, &cfg.media_dir) {
            (Some(_), Some(dir)) => println!(
                "  files       {} {would}stored, {} reused, {} missing, {} refused (into {})",
                m.stored,
                m.reused,
                m.missing,
                m.refused,
                dir.display()
            ),
            _ => println!(
                "  files       not copied (no --uploads); {} refused",
                m.refused
            ),
        }
        if c.modified_outside > 0 {
            let done = if args.force {
                "overwritten (--force)"
            } else {
                "left as they are: --force overwrites them"
            };
            println!(
                "  changed by hand {} rows since portmig wrote them, {done} (listed as warnings)",
                c.modified_outside
            );
        }
        println!("  quarantined {}", c.quarantined);
        println!("  skipped     {}", c.skipped);
        println!(
            "  body links  {} rewritten, {} unresolved (LINK_UNRESOLVED in the audit log)",
            outcome.links.rewritten, outcome.links.unresolved
        );
        for q in &outcome.quarantined {
            println!(
                "    quarantined {} at {}: {}",
                q.key, q.provenance, q.reason
            );
        }
        if outcome.quarantined_not_listed > 0 {
            println!(
                "    ... and {} more: the quarantine table has every one, with its reason",
                outcome.quarantined_not_listed
            );
        }
        print_moves(&outcome);
        if cfg.review.is_some() {
            print_review(&outcome);
        }
        let t = &outcome.seconds;
        println!(
            "  time        {:.1} s: writing {:.1} s, waiting for transformed batches {:.1} s, \
             body links {:.1} s, review {:.1} s",
            t.total, t.writing, t.waiting, t.links, t.review
        );
        match &cfg.audit_log {
            _ if outcome.dry_run.is_some() => {
                println!("  audit log   nothing written (dry run)")
            }
            Some(p) => println!(
                "  audit log   {} (and the target's audit_events table)",
                p.display()
            ),
            None => {}
        }
    }
    if let Some(n) = outcome.interrupted_after {
        eprintln!(
            "portmig: interrupted after {n} items (run {}); run the same command again to \
             resume (nothing is duplicated)",
            outcome.run_id
        );
        return Ok(crate::exit::INTERRUPTED);
    }
    if let Some(e) = &outcome.input_error {
        eprintln!(
            "portmig: error: the dump is damaged: {e}\n  everything before that point was loaded; fix or re-export the dump and run again"
        );
        return Ok(crate::exit::PARTIAL);
    }
    Ok(crate::exit::OK)
}

/// The flag Ctrl-C sets: the run stops after the batch being written. A
/// second Ctrl-C quits at once (the batch's transaction is then rolled
/// back by the database; the next run resumes all the same).
fn stop_on_ctrl_c() -> std::sync::Arc<std::sync::atomic::AtomicBool> {
    use std::sync::atomic::AtomicBool;
    use std::sync::{Arc, OnceLock};
    static STOP: OnceLock<Arc<AtomicBool>> = OnceLock::new();
    let flag = STOP
        .get_or_init(|| Arc::new(AtomicBool::new(false)))
        .clone();
    #[cfg(unix)]
    {
        extern "C" fn on_sigint(_: libc::c_int) {
            use std::sync::atomic::Ordering;
            const MSG: &[u8] =
                b"\nportmig: stopping after the current batch (Ctrl-C again to quit at once)\n";
            if let Some(stop) = STOP.get() {
                if stop.swap(true, Ordering::SeqCst) {
                    // SAFETY: `_exit` is async-signal-safe.
                    unsafe { libc::_exit(130) };
                }
            }
            // SAFETY: `write` is async-signal-safe; MSG outlives the call.
            unsafe { libc::write(2, MSG.as_ptr().cast(), MSG.len()) };
        }
        // SAFETY: the handler only touches an atomic and async-signal-safe
        // calls.
        unsafe {
            libc::signal(
                libc::SIGINT,
                on_sigint as extern "C" fn(libc::c_int) as libc::sighandler_t,
            )
        };
    }
    flag
}

/// The review's settings: the command line over `[review]` over the
/// defaults; `None` when switched off.
fn review_config(
    args: &Args,
    project: &crate::config::Review,
) -> anyhow::Result<Option<classify::ReviewConfig>> {
    if args.no_review || project.enabled == Some(false) {
        return Ok(None);
    }
    let mut rc = classify::ReviewConfig::default();
    if let Some(m) = args.misplaced_margin.or(project.margin) {
        if !m.is_finite() || m < 0.0 {
            anyhow::bail!("the misplacement margin must be a number ≥ 0, not {m}");
        }
        rc.margin = m;
    }
    if let Some(f) = project.folds {
        if f < 2 {
            anyhow::bail!("[review] folds in the project file must be at least 2, not {f}");
        }
        rc.folds = f;
    }
    if let Some(w) = project.cue_weight {
        rc.cue_weight = w;
    }
    Ok(Some(rc))
}

/// What the misplacement review flagged: a count and the first few, the
/// rest through `portmig audit misplaced`.
fn print_review(outcome: &pipeline::Outcome) {
    const SHOWN: usize = 20;
    let r = &outcome.review;
    let flagged = r.misplaced.len() as u64 + r.misplaced_not_listed;
    println!(
        "  misplaced   {flagged} of {} articles read like another section (never moved: \
         MISPLACED in the audit log{})",
        r.reviewed,
        if flagged > 0 && outcome.dry_run.is_none() {
            "; `portmig audit misplaced` lists them with the evidence"
        } else {
            ""
        }
    );
    for m in r.misplaced.iter().take(SHOWN) {
        println!(
            "    {}  {}: in {}, reads like {} (margin {:.2})",
            m.key, m.title, m.section, m.suggested, m.margin
        );
    }
    if flagged > SHOWN as u64 {
        println!("    ... and {} more", flagged - SHOWN as u64);
    }
}

/// The moves of a run: key, title, old section → new section.
fn print_moves(outcome: &pipeline::Outcome) {
    let total = outcome.moves.len() as u64 + outcome.moves_not_listed;
    if total == 0 {
        return;
    }
    let verb = if outcome.dry_run.is_some() {
        "would move"
    } else {
        "moved"
    };
    println!("  {total} {verb} (key, title: old section → new section):");
    let section = |s: &Option<String>| s.clone().unwrap_or_else(|| "(none)".into());
    for m in &outcome.moves {
        println!(
            "    {}  {}: {} → {}",
            m.key,
            m.title,
            section(&m.from),
            section(&m.to)
        );
    }
    if outcome.moves_not_listed > 0 {
        let also = if outcome.dry_run.is_some() {
            ""
        } else {
            "; each is a MOVED event in the audit log"
        };
        println!(
            "    ... and {} more: --json lists every one{also}",
            outcome.moves_not_listed
        );
    }
}

#[cfg(test)]
mod tests {
    use super::{default_audit_log, default_media_dir};
    use std::path::PathBuf;

    #[test]
    fn a_password_file_goes_into_the_url_encoded() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("pw");
        std::fs::write(&f, "p@ss:w/rd\n").unwrap();
        assert_eq!(
            super::with_password("postgres://portal@db.local/portal", &f).unwrap(),
            "postgres://portal:p%40ss%3Aw%2Frd@db.local/portal"
        );
        assert!(super::with_password("sqlite://x.db", &f).is_err());
        // Only the first line, its line break (\r\n too) dropped; spaces kept.
        std::fs::write(&f, "Mật khẩu Đà Lạt \r\nsecond line\n").unwrap();
        assert_eq!(
            super::with_password("mysql://cổng@db.local:3306/portal?ssl-mode=disabled", &f)
                .unwrap(),
            "mysql://cổng:M%E1%BA%ADt%20kh%E1%BA%A9u%20%C4%90%C3%A0%20L%E1%BA%A1t%20@db.local:3306/portal?ssl-mode=disabled"
        );
        // An empty password in the URL is no password.
        assert_eq!(
            super::with_password("postgres://portal:@db.local/portal", &f).unwrap(),
            super::with_password("postgres://portal@db.local/portal", &f).unwrap()
        );
    }

    #[test]
    fn a_password_file_is_refused_beside_a_password_and_never_quoted() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("mật-khẩu.txt");
        std::fs::write(&f, "Bí-Mật-Quốc-Gia\n").unwrap();
        for url in [
            "postgres://portal:Khác@db.local/portal",
            "postgres://portal@db.local/portal?password=Khác",
            "postgres://db.local/portal",
        ] {
            let e = super::with_password(url, &f).unwrap_err().to_string();
            assert!(e.contains("mật-khẩu.txt"), "{e}");
            assert!(!e.contains("Bí-Mật") && !e.contains("Khác"), "{e}");
        }
        std::fs::write(&f, "\nBí-Mật-Quốc-Gia\n").unwrap();
        let e = super::with_password("postgres://portal@db.local/portal", &f)
            .unwrap_err()
            .to_string();
        assert!(e.contains("empty first line"), "{e}");
        assert!(!e.contains("Bí-Mật"), "{e}");
        let missing = dir.path().join("không-có.txt");
        let e = super::with_password("postgres://portal@db.local/portal", &missing)
            .unwrap_err()
            .to_string();
        assert!(e.contains("không-có.txt"), "{e}");
    }

    #[test]
    fn the_flag_beats_the_environment_which_beats_the_project_file() {
        let some = |s: &str| Some(s.to_string());
        assert_eq!(
            super::target_url(
                some("sqlite://a.db"),
                some("sqlite://b.db"),
                some("sqlite://c.db")
            ),
            "sqlite://a.db"
        );
        assert_eq!(
            super::target_url(None, some("sqlite://b.db"), some("sqlite://c.db")),
            "sqlite://b.db"
        );
        assert_eq!(
            super::target_url(None, None, some("sqlite://c.db")),
            "sqlite://c.db"
        );
        assert_eq!(super::target_url(None, None, None), "sqlite://portmig.db");
    }

    #[test]
    fn the_media_folder_sits_beside_a_sqlite_target() {
        assert_eq!(
            default_media_dir("sqlite://out/portal.db"),
            Some(PathBuf::from("out/media"))
        );
        assert_eq!(
            default_media_dir("sqlite:portal.db?mode=rwc"),
            Some(PathBuf::from("media"))
        );
        assert_eq!(
            default_media_dir("sqlite::memory:"),
            Some(PathBuf::from("media"))
        );
        assert_eq!(default_media_dir("postgres://u@h/db"), None);
        assert_eq!(default_media_dir("mysql://root@h/portal"), None);
    }

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
            PathBuf::from("portmig-h_db.audit.jsonl")
        );
        assert_eq!(
            default_audit_log("mysql://root@127.0.0.1:3306/portal?ssl-mode=disabled"),
            PathBuf::from("portmig-127_0_0_1_3306_portal.audit.jsonl")
        );
    }
}
