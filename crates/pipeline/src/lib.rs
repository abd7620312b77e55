//! One migration run, end to end.
//!
//! ```text
//! extractor thread ──batches──▶ rayon: decode ▸ normalise ▸ map ──▶ loader (one connection)
//! ```
//!
//! The extractor reads on its own thread and sends batches of raw items
//! through a bounded channel (so a fast reader cannot fill memory). Each
//! batch is processed on the rayon pool by [`stage::process`], a pure
//! function of the item and of state fixed for the whole batch (column
//! priors, known categories); results keep the batch's order. The loader
//! then writes the batch and its audit events in one transaction. Because
//! state only changes between batches, the output is the same whatever the
//! number of threads.
#![deny(missing_docs)]

mod attach;
mod error;
mod fields;
mod links;
mod mirror;
mod review;
mod stage;
mod text;

pub use attach::{Media, MediaCounts};
pub use error::Error;
pub use fields::FieldReader;
pub use review::{MisplacedNote, ReviewOutcome};
pub use stage::{CategoryContext, Context};
pub use text::TextOptions;

use extract::Extractor;
use load::{Counts, InputFile, RunInfo, RunStatus, Staged, Target};
use model::{AuditEvent, EventKind, SourceItem};
use rayon::prelude::*;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::io::Read;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::time::Instant;

/// What a run needs.
pub struct Config {
    /// Dump files, read in this order (schema before data).
    pub sources: Vec<PathBuf>,
    /// The mapping (with its taxonomy).
    pub mapping: mapping::Mapping,
    /// Target database URL (`sqlite://portmig.db`).
    pub target: String,
    /// The JSONL mirror of the audit log; `None` writes none.
    pub audit_log: Option<PathBuf>,
    /// Items per batch (one transaction each).
    pub batch_size: usize,
    /// Worker threads; `None` lets rayon choose.
    pub threads: Option<usize>,
    /// Text options (HTML allowlist, legal references, ...).
    pub text: TextOptions,
    /// The old site's `uploads` folder: files articles refer to are copied
    /// from it into `media_dir`. `None` copies nothing (references are
    /// still normalised to root-relative `/uploads/...` paths).
    pub uploads: Option<PathBuf>,
    /// The old site's address (`https://www.tinh.gov.vn`): its absolute
    /// URLs in bodies are its own paths (links to old articles, files).
    pub old_base_url: Option<String>,
    /// Where files are copied; required with `uploads`.
    pub media_dir: Option<PathBuf>,
    /// The public URL prefix of `media_dir` on the new portal.
    pub media_url: String,
    /// Compute everything, write nothing: the target's changes are rolled
    /// back ([`load::Target::connect_dry_run`]), no file is copied, no
    /// JSONL line is written. The outcome says what a real run would do.
    pub dry_run: bool,
    /// How many moves the outcome lists ([`Outcome::moves`]); `None` lists
    /// every one.
    pub moves_listed: Option<usize>,
    /// The misplacement review after the load ([`review`]); `None` skips
    /// it.
    pub review: Option<classify::ReviewConfig>,
    /// Overwrite rows changed outside portmig since it last wrote them
    /// ([`load::Target::set_force`]).
    pub force: bool,
    /// How a batch is retried after a transient database fault.
    pub retry: load::Retry,
    /// Set (by a Ctrl-C handler) to stop the run after the batch being
    /// written: the run ends `interrupted`, and running again resumes.
    pub stop: Option<Arc<AtomicBool>>,
}

impl Config {
    /// A config with the defaults for everything optional.
    pub fn new(sources: Vec<PathBuf>, mapping: mapping::Mapping, target: String) -> Config {
        Config {
            sources,
            mapping,
            target,
            audit_log: None,
            batch_size: DEFAULT_BATCH_SIZE,
            threads: None,
            text: TextOptions::default(),
            uploads: None,
            old_base_url: None,
            media_dir: None,
            media_url: "/media".into(),
            dry_run: false,
            moves_listed: Some(LISTED),
            review: Some(classify::ReviewConfig::default()),
            force: false,
            retry: load::Retry::default(),
            stop: None,
        }
    }
}

/// Progress reports, for a progress bar.
#[derive(Clone, Copy, Debug)]
pub enum Progress {
    /// Reading the dump.
    Reading {
        /// Bytes read of the current file.
        bytes: u64,
        /// Its size.
        total: Option<u64>,
    },
    /// Items loaded of all.
    Loading {
        /// Items written.
        done: u64,
        /// Items expected (0 while unknown).
        total: u64,
    },
    /// Runs before this one did not finish (killed, crashed): they were
    /// marked interrupted and this run resumes after the last of them.
    Resuming {
        /// The last interrupted run.
        after: i64,
    },
    /// Articles reviewed for misplacement, of all.
    Reviewing {
        /// Articles scored.
        done: u64,
        /// Articles to score.
        total: u64,
    },
}

/// An item set aside, for the summary.
#[derive(Clone, Debug, Serialize)]
pub struct QuarantineNote {
    /// The item's key.
    pub key: String,
    /// Where it is in the dump.
    pub provenance: String,
    /// Why.
    pub reason: String,
}

/// An item whose section changed (a `MOVED` event of the run).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Move {
    /// The item's source key (a category or an article).
    pub key: String,
    /// Its title.
    pub title: String,
    /// The section it was in (`None`: an unmapped category).
    pub from: Option<String>,
    /// The section it is in now.
    pub to: Option<String>,
}

/// What a run did (for a dry run: what a run would do).
#[derive(Clone, Debug, Serialize)]
pub struct Outcome {
    /// `Some` for a dry run: nothing was written.
    pub dry_run: Option<load::DryRun>,
    /// The run's id in the target (in a dry run, the id it would have had).
    pub run_id: i64,
    /// Outcome counts.
    pub counts: Counts,
    /// Items read per kind.
    pub extracted: extract::Summary,
    /// Items set aside, with reasons: the first [`LISTED`] (all are in the
    /// quarantine table and the audit log).
    pub quarantined: Vec<QuarantineNote>,
    /// Items set aside beyond those listed.
    pub quarantined_not_listed: u64,
    /// Warnings: the first [`LISTED`] (all are `WARNING` events in the
    /// audit log).
    pub warnings: Vec<String>,
    /// Warnings beyond those listed.
    pub warnings_not_listed: u64,
    /// Set when the input was damaged part-way: everything before this
    /// point was loaded.
    pub input_error: Option<String>,
    /// Files stored, reused, missing, refused.
    pub media: MediaCounts,
    /// What became of the body links to old URLs.
    pub links: load::LinkCounts,
    /// Categories and articles whose section changed, in the order they
    /// were written: the first [`Config::moves_listed`] (every one is a
    /// `MOVED` event in the audit log).
    pub moves: Vec<Move>,
    /// Moves beyond those listed.
    pub moves_not_listed: u64,
    /// What the misplacement review flagged.
    pub review: ReviewOutcome,
    /// Runs found unfinished when this one started (marked interrupted):
    /// this run resumed after them.
    pub resumed_after: Vec<i64>,
    /// `Some(items)` when [`Config::stop`] stopped the run after `items`
    /// items were written: the run is `interrupted`, the links and the
    /// review were not done, and running again resumes.
    pub interrupted_after: Option<u64>,
    /// Where the time went.
    pub seconds: Timings,
}

/// Where a run's time went, in seconds of wall clock.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Timings {
    /// The whole run, from reading the inputs' fingerprints to the end.
    pub total: f64,
    /// Writing batches into the target (with their reads ahead and
    /// retries). The next batch is transformed meanwhile.
    pub writing: f64,
    /// Waiting for the next transformed batch: the reading and
    /// transforming that writing did not hide.
    pub waiting: f64,
    /// Rewriting body links after the last batch.
    pub links: f64,
    /// The misplacement review.
    pub review: f64,
}

/// What a run says before it retries `what` after a transient fault.
fn retrying(what: &str) -> impl FnMut(&load::RetryNote<'_>) + '_ {
    move |r| {
        eprintln!(
            "portmig: {}; transient, retrying {what} in {:.1} s (retry {} of {})",
            r.error,
            r.delay.as_secs_f64(),
            r.attempt,
            r.of
        )
    }
}

/// Test hooks, read only by the crash tests (tests/crash.rs), never set
/// otherwise: abort after this many committed batches, before the JSONL
/// mirror has them (`PORTMIG_CRASH_AFTER_BATCHES`, as a SIGKILL there
/// would), and have the server end the target's connection after this many
/// (`PORTMIG_TEST_DROP_CONNECTION_AFTER_BATCHES`), and pause after this
/// many until a line comes on stdin (`PORTMIG_TEST_PAUSE_AFTER_BATCHES`:
/// the test sends SIGINT, or starts a second run, at a known point), and
/// end the connection after the last batch, before the body links are
/// rewritten (`PORTMIG_TEST_DROP_CONNECTION_BEFORE_LINKS=1`).
struct Hooks {
    crash_after_batches: Option<u64>,
    drop_connection_after_batches: Option<u64>,
    drop_connection_before_links: bool,
    pause_after_batches: Option<u64>,
}

impl Hooks {
    fn from_env() -> Hooks {
        let n = |v: &str| std::env::var(v).ok().and_then(|v| v.parse().ok());
        Hooks {
            crash_after_batches: n("PORTMIG_CRASH_AFTER_BATCHES"),
            drop_connection_after_batches: n("PORTMIG_TEST_DROP_CONNECTION_AFTER_BATCHES"),
            drop_connection_before_links: n("PORTMIG_TEST_DROP_CONNECTION_BEFORE_LINKS") == Some(1),
            pause_after_batches: n("PORTMIG_TEST_PAUSE_AFTER_BATCHES"),
        }
    }
}

/// How many warnings and quarantined items an [`Outcome`] lists. A dump can
/// hold a warning per article (a site that reused one alias for years):
/// listing them all would grow memory with the dump; the audit log has
/// every one.
pub const LISTED: usize = 1000;

/// The first [`LISTED`] (or `cap`) of a kind of note, and how many more
/// there were.
struct Listed<T> {
    items: Vec<T>,
    more: u64,
    cap: usize,
}

impl<T> Listed<T> {
    fn new() -> Self {
        Listed::with_cap(LISTED)
    }

    fn with_cap(cap: usize) -> Self {
        Listed {
            items: Vec::new(),
            more: 0,
            cap,
        }
    }

    fn push(&mut self, t: T) {
        if self.items.len() < self.cap {
            self.items.push(t);
        } else {
            self.more += 1;
        }
    }
}

/// SHA-256 of the file's bytes as stored (compressed or not), as a run
/// records its inputs.
pub fn fingerprint(path: &Path) -> Result<InputFile, Error> {
    let mut rdr = std::fs::File::open(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    let mut n = 0u64;
    loop {
        let k = rdr.read(&mut buf).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        if k == 0 {
            break;
        }
        n += k as u64;
        h.update(&buf[..k]);
    }
    Ok(InputFile {
        file: path.display().to_string(),
        sha256: hex::encode(h.finalize()),
        bytes: n,
    })
}

/// Runs one migration. Returns `Err` only when the run could not go on
/// (target unreachable, unmapped item under policy `fail`...); a damaged
/// dump is reported in [`Outcome::input_error`] after loading everything
/// before the damage.
pub fn run(cfg: &Config, progress: &(dyn Fn(Progress) + Sync)) -> Result<Outcome, Error> {
    let started = Instant::now();
    let mut seconds = Timings::default();
    let media = media_of(cfg)?;
    // A bad address is the user's to fix before anything is written.
    if let Some(u) = &cfg.old_base_url {
        extract::nukeviet::urls::Site::default()
            .with_old_base_url(u)
            .map_err(Error::OldBaseUrl)?;
    }
    let inputs = cfg
        .sources
        .iter()
        .map(|p| fingerprint(p))
        .collect::<Result<Vec<_>, _>>()?;
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|source| Error::Io {
            path: PathBuf::from("tokio runtime"),
            source,
        })?;
    let pool = {
        let mut b = rayon::ThreadPoolBuilder::new().start_handler(|_| yield_to_the_writer());
        if let Some(n) = cfg.threads {
            b = b.num_threads(n);
        }
        b.build().map_err(|e| Error::Threads(e.to_string()))?
    };
    let mut target = if cfg.dry_run {
        rt.block_on(Target::connect_dry_run(&cfg.target))?
    } else {
        rt.block_on(Target::connect(&cfg.target))?
    };
    target.set_force(cfg.force);
    let info = RunInfo {
        inputs,
        mapping_fingerprint: cfg.mapping.fingerprint.clone(),
        options: serde_json::json!({
            "mapping": cfg.mapping.file.display().to_string(),
            "batch_size": cfg.batch_size,
            "uploads": cfg.uploads.as_ref().map(|p| p.display().to_string()),
            "media_dir": media.store_dir().map(|p| p.display().to_string()),
            "old_base_url": cfg.old_base_url,
            "force": cfg.force,
        }),
    };
    // A run killed between a commit and the mirror's write left the mirror
    // behind the table: brought up to date before anything is added.
    if let (Some(path), false) = (&cfg.audit_log, cfg.dry_run) {
        rt.block_on(mirror::sync(path, &mut target))?;
    }
    // Opened only now: a target that cannot be reached leaves no empty
    // file behind. A dry run's events are rolled back with the rest: no
    // mirror lines.
    let mut jsonl = match &cfg.audit_log {
        Some(p) if !cfg.dry_run => Some(audit::JsonlLog::append(p)?),
        _ => None,
    };
    let mut mirror = |events: &[audit::SealedEvent]| -> Result<(), Error> {
        if let Some(j) = jsonl.as_mut() {
            j.write(events)?;
        }
        Ok(())
    };
    mirror(&rt.block_on(target.begin_run(&info))?)?;
    let resumed_after = target.interrupted_runs().to_vec();
    if let Some(&after) = resumed_after.last() {
        progress(Progress::Resuming { after });
    }
    let hooks = Hooks::from_env();
    let mut batches = 0u64;
    let mut interrupted_after = None;
    rt.block_on(target.sync_sections(&stage::section_rows(&cfg.mapping)))?;

    let mut ctx = Context::new(&cfg.mapping, &cfg.text).with_media(&media);
    let mut counts = Counts::default();
    let mut link_counts = load::LinkCounts::default();
    let mut outcome_quarantine = Listed::new();
    let mut warnings = Listed::new();
    let mut moves = Listed::with_cap(cfg.moves_listed.unwrap_or(usize::MAX));

    // One batch read ahead: the reader is many times faster than the
    // transform, and every batch waiting here is memory (a 20,000-article
    // run peaked 26 MB lower with one than with four, no slower).
    let (tx, rx) = mpsc::sync_channel::<Vec<SourceItem>>(1);
    let sources = cfg.sources.clone();
    let batch_size = cfg.batch_size.max(1);
    let (ptx, prx) = mpsc::channel::<extract::Progress>();
    // The extractor describes the old site once, before the first item;
    // the batches it sends after that see it.
    let site = std::sync::Arc::new(std::sync::OnceLock::new());
    let site_in = site.clone();
    let reader = std::thread::spawn(move || {
        let mut ex = extract::nukeviet::NukeVietNews::new(sources).on_site(move |s| {
            let _ = site_in.set(s);
        });
        let mut batch = Vec::with_capacity(batch_size);
        let res = ex.extract(
            &mut |item| {
                batch.push(item);
                if batch.len() >= batch_size {
                    let full = std::mem::replace(&mut batch, Vec::with_capacity(batch_size));
                    if tx.send(full).is_err() {
                        return ControlFlow::Break(());
                    }
                }
                ControlFlow::Continue(())
            },
            &mut |p| {
                let _ = ptx.send(p);
            },
        );
        if !batch.is_empty() {
            let _ = tx.send(batch);
        }
        res
    });

    let mut done = 0u64;
    let mut total = 0u64;
    let mut failure: Option<Error> = None;
    // Batch N+1 is decoded, normalised and mapped on the rayon pool while
    // batch N is written: the writer mostly waits on the database, and the
    // two took about as long as each other one after the other.
    let (stx, srx) = mpsc::sync_channel::<(u64, Result<Vec<Staged>, Error>)>(1);
    let transform = || {
        // Owned, so that the writer's loop ends when this thread does.
        let stx = stx;
        let mut seen = extract::Summary::default();
        for batch in rx {
            let n = batch.len() as u64;
            // Counted here too, so a run cut short by a damaged dump still
            // reports what it read.
            for item in &batch {
                match item.kind {
                    model::ItemKind::Category { .. } => seen.categories += 1,
                    model::ItemKind::Article { .. } => seen.articles += 1,
                    model::ItemKind::Term { .. } => seen.terms += 1,
                    model::ItemKind::Document { .. } => seen.documents += 1,
                }
                if !seen.sources.contains(&item.key.source) {
                    seen.sources.push(item.key.source.clone());
                }
            }
            if !ctx.has_site() {
                if let Some(s) = site.get() {
                    match &cfg.old_base_url {
                        Some(u) => match s.clone().with_old_base_url(u) {
                            Ok(s) => ctx.set_site(s),
                            Err(e) => {
                                let _ = stx.send((n, Err(Error::OldBaseUrl(e))));
                                break;
                            }
                        },
                        None => ctx.set_site(s.clone()),
                    }
                }
            }
            let staged = process_batch(&pool, &mut ctx, batch);
            let failed = staged.is_err();
            // A send fails when the writer stopped: so does this thread
            // (and, dropping `rx`, the reader).
            if stx.send((n, staged)).is_err() || failed {
                break;
            }
        }
        seen
    };
    let seen = std::thread::scope(|scope| -> Result<extract::Summary, Error> {
        let transformer = scope.spawn(transform);
        // Owned, and dropped before the join below: a transformer blocked on
        // a full channel then sees the writer gone.
        let srx = srx;
        loop {
            let waited = Instant::now();
            let Ok((n, staged)) = srx.recv() else {
                break;
            };
            seconds.waiting += waited.elapsed().as_secs_f64();
            for p in prx.try_iter() {
                match p {
                    extract::Progress::Reading { bytes, total } => {
                        progress(Progress::Reading { bytes, total })
                    }
                    extract::Progress::Emitting { total: t, .. } => total = t,
                }
            }
            let staged = match staged {
                Ok(s) => s,
                Err(e) => {
                    failure = Some(e);
                    break;
                }
            };
            for s in &staged {
                if let load::Record::Quarantined(q) = &s.record {
                    outcome_quarantine.push(QuarantineNote {
                        key: q.key.to_string(),
                        provenance: q.provenance.to_string(),
                        reason: q.reason.clone(),
                    });
                }
            }
            let writing = Instant::now();
            let written = rt.block_on(target.write_batch_retrying(
                staged,
                cfg.retry,
                &mut retrying("the batch"),
            ));
            seconds.writing += writing.elapsed().as_secs_f64();
            match written {
                Ok((c, sealed)) => {
                    batches += 1;
                    if hooks.crash_after_batches == Some(batches) {
                        std::process::abort();
                    }
                    counts.add(&c);
                    // From the sealed events: the loader warns too (slug clashes).
                    for ev in sealed.iter().map(|s| &s.event) {
                        if ev.kind == EventKind::Moved {
                            moves.push(move_of(ev));
                        }
                        if ev.kind == EventKind::Warning {
                            let key = ev.key.as_ref().map(|k| k.to_string()).unwrap_or_default();
                            let msg = ev
                                .data
                                .get("message")
                                .and_then(|m| m.as_str())
                                .unwrap_or("");
                            warnings.push(format!("{key}: {msg}"));
                        }
                    }
                    mirror(&sealed)?;
                }
                Err(e) => {
                    failure = Some(e.into());
                    break;
                }
            }
            done += n;
            progress(Progress::Loading {
                done,
                total: total.max(done),
            });
            if hooks.drop_connection_after_batches == Some(batches) {
                rt.block_on(target.terminate_connection_for_test())?;
            }
            if hooks.pause_after_batches == Some(batches) {
                eprintln!("portmig: test hook: paused after batch {batches}");
                let _ = std::io::stdin().read_line(&mut String::new());
            }
            if cfg.stop.as_ref().is_some_and(|s| s.load(Ordering::SeqCst)) {
                interrupted_after = Some(done);
                break;
            }
        }
        drop(srx);
        transformer
            .join()
            .map_err(|_| Error::Threads("the transform thread panicked".into()))
    })?;
    // Dropping the receiver stops the reader if we broke out early.
    let extracted = reader
        .join()
        .map_err(|_| Error::Threads("the reader thread panicked".into()))?;

    // Ctrl-C after the last batch: the steps after the load are left to
    // the next run too.
    if failure.is_none()
        && interrupted_after.is_none()
        && cfg.stop.as_ref().is_some_and(|s| s.load(Ordering::SeqCst))
    {
        interrupted_after = Some(done);
    }
    // The fault may have taken the connection: a new one (if the server
    // answers) records the run's end; if none, the next run finds the run
    // `running` and marks it interrupted.
    if let Some(Error::Load(l)) = &failure {
        if load::is_transient(l) && !cfg.dry_run {
            let _ = rt.block_on(target.reconnect());
        }
    }

    // Body links, once every item they may name is loaded.
    let finishing = failure.is_none() && interrupted_after.is_none();
    let links = Instant::now();
    if finishing && hooks.drop_connection_before_links {
        rt.block_on(target.terminate_connection_for_test())?;
    }
    if finishing {
        let mut on_retry = retrying("the body-link rewrite");
        let rewrite = target.retrying(cfg.retry, &mut on_retry, async |t: &mut Target| {
            t.rewrite_links().await
        });
        match rt.block_on(rewrite) {
            Ok((links, sealed)) => {
                mirror(&sealed)?;
                link_counts = links;
            }
            Err(e) => failure = Some(e.into()),
        }
    }

    seconds.links = links.elapsed().as_secs_f64();

    // Misplacement, once every article is in place to learn from.
    let review_started = Instant::now();
    let mut reviewed = ReviewOutcome::default();
    if let (true, None, Some(rc)) = (finishing, &failure, &cfg.review) {
        let mut log = |t: &mut Target, events: Vec<AuditEvent>| -> Result<(), Error> {
            let sealed = rt.block_on(t.log(events))?;
            mirror(&sealed)
        };
        match review::review(&rt, &mut target, &cfg.mapping, rc, progress, &mut log) {
            Ok(r) => reviewed = r,
            Err(e) => failure = Some(e),
        }
    }
    seconds.review = review_started.elapsed().as_secs_f64();

    let mut run_events = Vec::new();
    for w in ctx.unused_rule_warnings() {
        warnings.push(w.clone());
        run_events.push(AuditEvent::run(
            EventKind::Warning,
            serde_json::json!({"message": w}),
        ));
    }
    if !run_events.is_empty() {
        match rt.block_on(target.log(run_events)) {
            Ok(sealed) => mirror(&sealed)?,
            // The run's own error says more than a second one.
            Err(_) if failure.is_some() => {}
            Err(e) => return Err(e.into()),
        }
    }

    let (summary, input_error) = match extracted {
        Ok(s) => (s, None),
        Err(e @ extract::Error::Dump { .. }) => (seen, Some(e.to_string())),
        Err(e) if failure.is_none() => {
            failure = Some(e.into());
            (seen, None)
        }
        Err(_) => (seen, None),
    };
    let status = if failure.is_some() || input_error.is_some() {
        RunStatus::Failed
    } else if interrupted_after.is_some() {
        RunStatus::Interrupted
    } else {
        RunStatus::Done
    };
    let err_text = failure
        .as_ref()
        .map(|e| e.to_string())
        .or_else(|| input_error.clone());
    let run_id = target.run_id();
    let dry_run = target.dry_run();
    if let Some(e) = failure {
        if let Ok(sealed) = rt.block_on(target.finish_run(status, &counts, err_text.as_deref())) {
            mirror(&sealed)?;
        }
        let _ = rt.block_on(target.close());
        return Err(e);
    }
    let finished = match rt.block_on(target.finish_run(status, &counts, err_text.as_deref())) {
        // Everything is loaded; the connection may have dropped since:
        // recording the end is worth one more connection.
        Err(e) if load::is_transient(&e) && !cfg.dry_run => {
            eprintln!("portmig: {e}; transient, reconnecting to record the run's end");
            rt.block_on(target.reconnect())?;
            rt.block_on(target.finish_run(status, &counts, err_text.as_deref()))?
        }
        r => r?,
    };
    mirror(&finished)?;
    rt.block_on(target.close())?;
    Ok(Outcome {
        dry_run,
        run_id,
        counts,
        extracted: summary,
        quarantined: outcome_quarantine.items,
        quarantined_not_listed: outcome_quarantine.more,
        warnings: warnings.items,
        warnings_not_listed: warnings.more,
        input_error,
        media: media.counts(),
        links: link_counts,
        moves: moves.items,
        moves_not_listed: moves.more,
        review: reviewed,
        resumed_after,
        interrupted_after,
        seconds: Timings {
            total: started.elapsed().as_secs_f64(),
            ..seconds
        },
    })
}

/// The move a `MOVED` event records (`write.rs` writes `from`, `to` and
/// `title` into its data).
fn move_of(ev: &AuditEvent) -> Move {
    let text = |k: &str| ev.data.get(k).and_then(|v| v.as_str()).map(str::to_string);
    Move {
        key: ev.key.as_ref().map(|k| k.to_string()).unwrap_or_default(),
        title: text("title").unwrap_or_default(),
        from: text("from"),
        to: text("to"),
    }
}

/// The run's file handling from its options.
fn media_of(cfg: &Config) -> Result<Media, Error> {
    let site = media::OldSite::new(cfg.old_base_url.as_deref())
        .map_err(|e| Error::Options(format!("--old-base-url {e}")))?;
    let store = match (&cfg.uploads, &cfg.media_dir) {
        (None, _) => None,
        (Some(u), Some(m)) if cfg.dry_run => {
            Some(media::Store::open_dry_run(u, m, &cfg.media_url)?)
        }
        (Some(u), Some(m)) => Some(media::Store::open(u, m, &cfg.media_url)?),
        (Some(_), None) => {
            return Err(Error::Options(
                "--uploads needs a media folder to copy into: give --media-dir".into(),
            ))
        }
    };
    Ok(Media::new(site, store))
}

/// Lowers the calling thread's scheduling priority (a rayon worker's).
///
/// The writer and the database take turns on one batch while the workers
/// transform the next, and the writing is the slower half: with as many
/// workers as cores, the scheduler shared the cores evenly among all of them
/// and the writing got less than one (a 20,000-article load into SQLite on
/// two cores: 10.6 s, 9.1 s with the workers yielding). Workers still take
/// every cycle the writer leaves. Linux sets niceness per thread; elsewhere
/// it would lower the whole process, so this does nothing there.
fn yield_to_the_writer() {
    #[cfg(target_os = "linux")]
    // SAFETY: setpriority reads no memory of ours; on Linux `who = 0` with
    // PRIO_PROCESS names the calling thread. Failure leaves the priority as
    // it was, which is harmless.
    unsafe {
        libc::setpriority(libc::PRIO_PROCESS, 0, 10);
    }
}

/// Items per batch (one transaction each) unless the user says otherwise.
///
/// A trade between memory and speed. Each commit writes every page its
/// batch touched, and a batch's old URLs, keys and slugs land all over the
/// indexes: larger batches write those pages less often (100,000 articles
/// into SQLite, alone on a 2-core machine: 52.6 s in batches of 500, 47 to
/// 49 s in batches of 2,000; docs/BENCHMARKS.md). But a few batches are in
/// memory at once (read, transformed, written), and peak memory grows with
/// them: for 100,000 articles about 250 MB at 500, 530 MB at 2,000. The
/// default keeps memory down; `--batch-size 2000` is for large loads on a
/// machine with memory to spare.
pub const DEFAULT_BATCH_SIZE: usize = 500;

/// Processes one batch: categories first (articles of the same batch are
/// mapped through them), each group in parallel, results in input order.
fn process_batch(
    pool: &rayon::ThreadPool,
    ctx: &mut Context,
    batch: Vec<SourceItem>,
) -> Result<Vec<Staged>, Error> {
    let (cats, arts): (Vec<SourceItem>, Vec<SourceItem>) = batch
        .into_iter()
        .partition(|i| matches!(i.kind, model::ItemKind::Category { .. }));
    let mut out = Vec::with_capacity(cats.len() + arts.len());
    // Categories one by one, each learnt before the next: they come parents
    // first, and a child without a rule of its own takes the section its
    // parent was just given. There are few of them; articles, which only
    // read what the categories taught, run in parallel.
    for item in cats {
        let p = stage::process(ctx, item);
        ctx.learn(&p);
        if let Some(e) = p.fatal {
            return Err(e);
        }
        out.push(p.staged);
    }
    for group in [arts] {
        if group.is_empty() {
            continue;
        }
        let frozen: &Context = ctx;
        let results: Vec<stage::Processed> = pool.install(|| {
            group
                .into_par_iter()
                .map(|item| stage::process(frozen, item))
                .collect()
        });
        for p in results {
            ctx.learn(&p);
            if let Some(e) = p.fatal {
                return Err(e);
            }
            out.push(p.staged);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_beyond_the_listed_ones_are_counted_not_kept() {
        let mut l = Listed::new();
        for i in 0..LISTED + 5 {
            l.push(i);
        }
        assert_eq!(l.items.len(), LISTED);
        assert_eq!(l.items[LISTED - 1], LISTED - 1);
        assert_eq!(l.more, 5);
    }
}
