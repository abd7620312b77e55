//! Resume after a crash, Ctrl-C and database faults (issue 8, items 3 and
//! 4): the real binary runs in a child process and dies at chosen points
//! (the test hooks `PORTMIG_CRASH_AFTER_BATCHES`, after a commit and before
//! the JSONL mirror has it, and `PORTMIG_CRASH_IN_BATCH`, inside a batch's
//! transaction), then runs again; the target must equal an uninterrupted
//! run's, with no duplicate rows, every item's `INSERTED` event exactly
//! once, the audit chain valid and the mirror equal to the table.
//! SQLite always; PostgreSQL and MySQL/MariaDB when `PORTMIG_TEST_PG_URL`
//! / `PORTMIG_TEST_MYSQL_URL` name a server. Unix only: the hooks abort
//! the child and the Ctrl-C test sends it SIGINT.
#![cfg(unix)]

mod common;
#[path = "../crates/load/tests/support/mod.rs"]
mod support;

use common::*;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use support::{query_blocking as query, ScratchDb, Server};

fn dir_sample(dir: &str, file: &str) -> PathBuf {
    root().join("samples").join(dir).join(file)
}

/// `portmig run` of `samples/<dir>` into `url` with `batch` items per
/// batch, the mirror in `log`, and test hooks from `env`.
fn run_with(url: &str, dir: &str, batch: usize, log: &Path, env: &[(&str, &str)]) -> Output {
    let batch = batch.to_string();
    Command::new(env!("CARGO_BIN_EXE_portmig"))
        .args([
            "run",
            "--source",
            dir_sample(dir, "portal.sql").to_str().unwrap(),
            "--mapping",
            dir_sample(dir, "mapping.toml").to_str().unwrap(),
            "--target",
            url,
            "--audit-log",
            log.to_str().unwrap(),
            "--batch-size",
            &batch,
        ])
        .envs(env.iter().copied())
        .current_dir(log.parent().unwrap())
        .output()
        .expect("the portmig binary runs")
}

fn ok(o: &Output) {
    assert_eq!(
        o.status.code(),
        Some(0),
        "stdout:\n{}\nstderr:\n{}",
        stdout(o),
        stderr(o)
    );
}

/// The child died of the hook's abort, not of anything else.
fn aborted(o: &Output) {
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(
        o.status.signal(),
        Some(6),
        "expected SIGABRT from the crash hook; status {:?}\nstdout:\n{}\nstderr:\n{}",
        o.status,
        stdout(o),
        stderr(o)
    );
}

/// What must be equal between an uninterrupted run and a crashed, resumed
/// one: every table a portal reads, ids and times aside (not the `runs`
/// table: the crashed run is in it), the keys with an `INSERTED` event, and
/// what the last run's misplacement review flagged.
fn content(url: &str) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = block_on(support::canonical(url))
        .into_iter()
        .take_while(|r| !r[0].starts_with("-- SELECT status,"))
        .collect();
    let mut inserted = query(
        url,
        "SELECT source_key FROM audit_events WHERE kind = 'INSERTED'",
    );
    inserted.sort();
    out.push(vec!["-- inserted".into()]);
    out.extend(inserted);
    let mut flagged: Vec<Vec<String>> = query(
        url,
        "SELECT source_key, event FROM audit_events WHERE kind = 'MISPLACED' \
         AND run_id = (SELECT MAX(id) FROM runs)",
    )
    .into_iter()
    .map(|r| {
        let ev: serde_json::Value = serde_json::from_str(&r[1]).unwrap();
        vec![r[0].clone(), ev["event"]["data"].to_string()]
    })
    .collect();
    flagged.sort();
    out.push(vec!["-- misplaced".into()]);
    out.extend(flagged);
    out
}

/// No row twice, every item inserted once, the chain valid in the table
/// and in the mirror, the mirror equal to the table.
fn sound(url: &str, log: &Path) {
    for (table, key) in [
        ("articles", "source_key"),
        ("categories", "source_key"),
        ("id_map", "source_key"),
        ("redirects", "old_url"),
    ] {
        let r = query(
            url,
            &format!("SELECT COUNT(*), COUNT(DISTINCT {key}) FROM {table}"),
        );
        assert_eq!(r[0][0], r[0][1], "duplicates in {table}");
    }
    let twice = query(
        url,
        "SELECT source_key FROM audit_events WHERE kind = 'INSERTED' \
         GROUP BY source_key HAVING COUNT(*) > 1",
    );
    assert!(twice.is_empty(), "inserted twice: {twice:?}");
    let stored: Vec<audit::SealedEvent> =
        query(url, "SELECT seq, event FROM audit_events ORDER BY seq")
            .iter()
            .map(|r| serde_json::from_str(&r[1]).unwrap())
            .collect();
    assert_eq!(
        audit::verify(stored.clone()).unwrap(),
        stored.len() as u64,
        "the table's chain"
    );
    let mirrored = audit::read_jsonl(log).unwrap();
    assert!(
        audit::verify(mirrored.clone()).is_ok(),
        "the mirror's chain"
    );
    assert!(mirrored == stored, "the mirror is not the table");
}

fn statuses(url: &str) -> Vec<String> {
    query(url, "SELECT status FROM runs ORDER BY id")
        .into_iter()
        .map(|r| r[0].clone())
        .collect()
}

/// A fresh target in a folder: its URL, and what keeps it alive (a
/// server's scratch database is dropped with it).
type NewTarget<'a> = &'a mut dyn FnMut(&Path) -> (String, Box<dyn std::any::Any>);

/// Crashes at each of `points` (one hook each, one fresh target each),
/// resumes, and compares with an uninterrupted run of the same sample.
fn crash_and_resume(new_target: NewTarget<'_>) {
    let tmp = tempfile::tempdir().unwrap();
    let sample = "nukeviet45";
    let reference = {
        let dir = tmp.path().join("reference");
        std::fs::create_dir(&dir).unwrap();
        let (url, _keep) = new_target(&dir);
        let log = dir.join("audit.jsonl");
        ok(&run_with(&url, sample, 3, &log, &[]));
        sound(&url, &log);
        content(&url)
    };
    let points: &[&[(&str, &str)]] = &[
        &[("PORTMIG_CRASH_AFTER_BATCHES", "1")],
        &[("PORTMIG_CRASH_AFTER_BATCHES", "9")],
        &[("PORTMIG_CRASH_IN_BATCH", "1")],
        &[("PORTMIG_CRASH_IN_BATCH", "6")],
    ];
    for (i, hook) in points.iter().enumerate() {
        let dir = tmp.path().join(format!("crash{i}"));
        std::fs::create_dir(&dir).unwrap();
        let (url, _keep) = new_target(&dir);
        let log = dir.join("audit.jsonl");
        aborted(&run_with(&url, sample, 3, &log, hook));
        assert_eq!(statuses(&url), ["running"], "{hook:?}");
        let again = run_with(&url, sample, 3, &log, &[]);
        ok(&again);
        assert!(
            stderr(&again).contains("resuming after run 1"),
            "{hook:?}: {}",
            stderr(&again)
        );
        assert_eq!(statuses(&url), ["interrupted", "done"], "{hook:?}");
        sound(&url, &log);
        assert!(
            content(&url) == reference,
            "{hook:?}: differs from an uninterrupted run"
        );
    }
    // Crashed twice (in the resumed run too), then finished.
    let dir = tmp.path().join("twice");
    std::fs::create_dir(&dir).unwrap();
    let (url, _keep) = new_target(&dir);
    let log = dir.join("audit.jsonl");
    aborted(&run_with(
        &url,
        sample,
        3,
        &log,
        &[("PORTMIG_CRASH_AFTER_BATCHES", "4")],
    ));
    aborted(&run_with(
        &url,
        sample,
        3,
        &log,
        &[("PORTMIG_CRASH_IN_BATCH", "8")],
    ));
    ok(&run_with(&url, sample, 3, &log, &[]));
    assert_eq!(statuses(&url), ["interrupted", "interrupted", "done"]);
    sound(&url, &log);
    assert!(content(&url) == reference, "crashed twice: differs");
}

fn sqlite_target(dir: &Path) -> (String, Box<dyn std::any::Any>) {
    (
        format!("sqlite://{}", dir.join("portal.db").display()),
        Box::new(()),
    )
}

#[test]
fn sqlite_resumes_after_a_crash_anywhere() {
    crash_and_resume(&mut sqlite_target);
}

#[test]
fn postgres_resumes_after_a_crash_anywhere() {
    if ScratchDb::create(Server::Postgres).is_none() {
        return;
    }
    crash_and_resume(&mut |_| {
        let db = ScratchDb::create(Server::Postgres).unwrap();
        (db.url.clone(), Box::new(db))
    });
}

#[test]
fn mysql_resumes_after_a_crash_anywhere() {
    if ScratchDb::create(Server::MySql).is_none() {
        return;
    }
    crash_and_resume(&mut |_| {
        let db = ScratchDb::create(Server::MySql).unwrap();
        (db.url.clone(), Box::new(db))
    });
}

/// A mirror with a torn last line (killed while writing it) is cut and
/// completed from the table; another target's mirror is refused, saying
/// so, before anything is written.
#[test]
fn the_mirror_is_repaired_from_the_table_and_never_mixed() {
    let tmp = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", tmp.path().join("cổng-tỉnh.db").display());
    let log = tmp.path().join("nhật-ký.jsonl");
    aborted(&run_with(
        &url,
        "nukeviet45",
        3,
        &log,
        &[("PORTMIG_CRASH_AFTER_BATCHES", "2")],
    ));
    let mut f = std::fs::OpenOptions::new().append(true).open(&log).unwrap();
    f.write_all("{\"seq\":99,\"run_id\":1,\"at\":\"Đà Nẵng".as_bytes())
        .unwrap();
    drop(f);
    ok(&run_with(&url, "nukeviet45", 3, &log, &[]));
    sound(&url, &log);

    let other = format!("sqlite://{}", tmp.path().join("khác.db").display());
    let o = run_with(&other, "nukeviet45", 3, &log, &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("is not in") && stderr(&o).contains("belongs to another target"),
        "{}",
        stderr(&o)
    );
    assert!(
        query(&other, "SELECT id FROM runs").is_empty(),
        "nothing written"
    );
}

/// A crash after the last batch, before the links and the misplacement
/// review: the resumed run does both, and flags what an uninterrupted run
/// flags.
#[test]
fn the_steps_after_the_load_are_done_by_the_resumed_run() {
    let tmp = tempfile::tempdir().unwrap();
    let reference = {
        let log = tmp.path().join("reference.jsonl");
        let url = format!("sqlite://{}", tmp.path().join("reference.db").display());
        ok(&run_with(&url, "misplaced", 100, &log, &[]));
        content(&url)
    };
    let flagged = reference
        .iter()
        .skip_while(|r| r[0] != "-- misplaced")
        .count()
        - 1;
    assert!(flagged > 0, "the sample has misfiled articles");
    let log = tmp.path().join("crashed.jsonl");
    let url = format!("sqlite://{}", tmp.path().join("crashed.db").display());
    let exp = expected_of("misplaced");
    let items = query(
        &url.replace("crashed", "reference"),
        "SELECT COUNT(*) FROM id_map",
    )[0][0]
        .parse::<usize>()
        .unwrap()
        + exp["quarantined"].as_u64().unwrap_or(0) as usize;
    // The last batch that holds an item: every item committed, nothing
    // after the load done.
    let last = items.div_ceil(100).to_string();
    aborted(&run_with(
        &url,
        "misplaced",
        100,
        &log,
        &[("PORTMIG_CRASH_AFTER_BATCHES", &last)],
    ));
    assert_eq!(
        query(
            &url,
            "SELECT COUNT(*) FROM audit_events WHERE kind = 'MISPLACED'"
        )[0][0],
        "0"
    );
    ok(&run_with(&url, "misplaced", 100, &log, &[]));
    sound(&url, &log);
    assert!(
        content(&url) == reference,
        "differs from an uninterrupted run"
    );
}

/// Ctrl-C stops after the batch being written, says how to resume, exits
/// 130; the next run resumes. The child pauses after its second batch
/// (test hook `PORTMIG_TEST_PAUSE_AFTER_BATCHES`) until the test has sent
/// SIGINT, so the stop is where the test says.
#[test]
fn ctrl_c_stops_after_the_batch_and_the_next_run_resumes() {
    let tmp = tempfile::tempdir().unwrap();
    let reference = {
        let log = tmp.path().join("reference.jsonl");
        let url = format!("sqlite://{}", tmp.path().join("reference.db").display());
        ok(&run_with(&url, "nukeviet45", 3, &log, &[]));
        content(&url)
    };
    let log = tmp.path().join("stopped.jsonl");
    let url = format!("sqlite://{}", tmp.path().join("stopped.db").display());
    let mut child = Command::new(env!("CARGO_BIN_EXE_portmig"))
        .args([
            "run",
            "--source",
            dir_sample("nukeviet45", "portal.sql").to_str().unwrap(),
            "--mapping",
            dir_sample("nukeviet45", "mapping.toml").to_str().unwrap(),
            "--target",
            &url,
            "--audit-log",
            log.to_str().unwrap(),
            "--batch-size",
            "3",
        ])
        .env("PORTMIG_TEST_PAUSE_AFTER_BATCHES", "2")
        .current_dir(tmp.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut seen = String::new();
    loop {
        let mut line = String::new();
        assert!(err.read_line(&mut line).unwrap() > 0, "no pause: {seen}");
        seen.push_str(&line);
        if line.contains("paused after batch 2") {
            break;
        }
    }
    let sent = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    child.stdin.take().unwrap().write_all(b"\n").unwrap();
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut err, &mut rest).unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(130), "{seen}{rest}");
    assert!(
        rest.contains(
            "interrupted after 6 items (run 1); run the same command again to resume \
             (nothing is duplicated)"
        ),
        "{rest}"
    );
    assert_eq!(statuses(&url), ["interrupted"]);
    assert_eq!(
        query(&url, "SELECT COUNT(*) FROM id_map")[0][0],
        "6",
        "two batches of three, no more"
    );
    sound(&url, &log);
    let again = run_with(&url, "nukeviet45", 3, &log, &[]);
    ok(&again);
    // Marked interrupted by itself: nothing for the next run to notice.
    assert!(
        !stderr(&again).contains("resuming after"),
        "{}",
        stderr(&again)
    );
    assert_eq!(statuses(&url), ["interrupted", "done"]);
    sound(&url, &log);
    assert!(
        content(&url) == reference,
        "differs from an uninterrupted run"
    );
}

/// The server ends the run's connection after its third batch (test hook
/// `PORTMIG_TEST_DROP_CONNECTION_AFTER_BATCHES`: `pg_terminate_backend`
/// or `KILL` from another connection): the loader reconnects, retries the
/// batch and finishes; the same before the body links are rewritten
/// (`PORTMIG_TEST_DROP_CONNECTION_BEFORE_LINKS`); with no retries allowed
/// the run fails clearly, is marked failed, and the next run completes it.
fn connection_lost_mid_run_is_retried(server: Server) {
    let Some(reference_db) = ScratchDb::create(server) else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let reference = {
        let log = tmp.path().join("reference.jsonl");
        ok(&run_with(&reference_db.url, "nukeviet45", 3, &log, &[]));
        content(&reference_db.url)
    };
    let hook = [("PORTMIG_TEST_DROP_CONNECTION_AFTER_BATCHES", "3")];

    let db = ScratchDb::create(server).unwrap();
    let log = tmp.path().join("retried.jsonl");
    let o = run_with(&db.url, "nukeviet45", 3, &log, &hook);
    ok(&o);
    assert!(
        stderr(&o).contains("transient, retrying the batch in 0.5 s (retry 1 of 5)"),
        "{}",
        stderr(&o)
    );
    assert_eq!(statuses(&db.url), ["done"]);
    sound(&db.url, &log);
    assert!(content(&db.url) == reference, "retried run differs");

    // Lost after the last batch: the body-link rewrite is retried too.
    let db = ScratchDb::create(server).unwrap();
    let log = tmp.path().join("links-retried.jsonl");
    let links_hook = [("PORTMIG_TEST_DROP_CONNECTION_BEFORE_LINKS", "1")];
    let o = run_with(&db.url, "nukeviet45", 3, &log, &links_hook);
    ok(&o);
    assert!(
        stderr(&o).contains("transient, retrying the body-link rewrite in 0.5 s (retry 1 of 5)"),
        "{}",
        stderr(&o)
    );
    assert_eq!(statuses(&db.url), ["done"]);
    sound(&db.url, &log);
    assert!(
        content(&db.url) == reference,
        "run with a retried link rewrite differs"
    );

    let db = ScratchDb::create(server).unwrap();
    let log = tmp.path().join("failed.jsonl");
    let o = Command::new(env!("CARGO_BIN_EXE_portmig"))
        .args([
            "run",
            "--source",
            dir_sample("nukeviet45", "portal.sql").to_str().unwrap(),
            "--mapping",
            dir_sample("nukeviet45", "mapping.toml").to_str().unwrap(),
            "--target",
            &db.url,
            "--audit-log",
            log.to_str().unwrap(),
            "--batch-size",
            "3",
            "--retries",
            "0",
        ])
        .envs(hook)
        .current_dir(tmp.path())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("run the same command again to resume"),
        "{err}"
    );
    assert_eq!(statuses(&db.url), ["failed"]);
    ok(&run_with(&db.url, "nukeviet45", 3, &log, &[]));
    assert_eq!(statuses(&db.url), ["failed", "done"]);
    sound(&db.url, &log);
    assert!(
        content(&db.url) == reference,
        "resumed after a failure differs"
    );
}

#[test]
fn postgres_connection_lost_mid_run_is_retried() {
    connection_lost_mid_run_is_retried(Server::Postgres);
}

#[test]
fn mysql_connection_lost_mid_run_is_retried() {
    connection_lost_mid_run_is_retried(Server::MySql);
}

/// A second run beside a live one is refused (the run lock), and does not
/// mark the live one interrupted.
#[test]
fn a_run_beside_a_live_one_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("portal.db");
    let url = format!("sqlite://{}", db.display());
    // A first run creates the file (nothing to lock before).
    ok(&run_with(
        &url,
        "nukeviet45",
        50,
        &tmp.path().join("a.jsonl"),
        &[],
    ));
    let mut live = Command::new(env!("CARGO_BIN_EXE_portmig"))
        .args([
            "run",
            "--source",
            dir_sample("nukeviet45", "portal.sql").to_str().unwrap(),
            "--mapping",
            dir_sample("nukeviet45", "mapping.toml").to_str().unwrap(),
            "--target",
            &url,
            "--batch-size",
            "3",
        ])
        .env("PORTMIG_TEST_PAUSE_AFTER_BATCHES", "1")
        .current_dir(tmp.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut err = BufReader::new(live.stderr.take().unwrap());
    let mut line = String::new();
    while !line.contains("paused after batch 1") {
        line.clear();
        assert!(err.read_line(&mut line).unwrap() > 0);
    }
    let o = run_with(&url, "nukeviet45", 3, &tmp.path().join("b.jsonl"), &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("another portmig run is writing to"),
        "{}",
        stderr(&o)
    );
    assert_eq!(statuses(&url), ["done", "running"]);
    // Nor is a rollback: it would undo rows the live run is writing.
    let o = Command::new(env!("CARGO_BIN_EXE_portmig"))
        .args(["rollback", "--target", &url])
        .current_dir(tmp.path())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("another portmig run is writing to"),
        "{}",
        stderr(&o)
    );
    assert_eq!(statuses(&url), ["done", "running"]);
    live.stdin.take().unwrap().write_all(b"\n").unwrap();
    std::io::Read::read_to_string(&mut err, &mut String::new()).unwrap();
    assert_eq!(live.wait().unwrap().code(), Some(0));
    assert_eq!(statuses(&url), ["done", "done"]);
}
