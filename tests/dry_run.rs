//! `portmig run --dry-run`: it computes everything and writes nothing, and
//! its list of moves is what the real run then does.
//!
//! The sample is migrated (with its uploads), the mapping edited so that a
//! category moves to another section and the unmapped one gets a rule; a
//! dry run lists the moves and leaves the target, the media folder and the
//! JSONL audit log as they were; the real run's MOVED events are the same
//! set; a third dry run moves nothing. On SQLite always, on PostgreSQL and
//! MySQL/MariaDB when `PORTMIG_TEST_PG_URL` / `PORTMIG_TEST_MYSQL_URL` name
//! a server (skipped, saying so, when unset; each test in its own database).

mod common;
#[path = "../crates/load/tests/support/mod.rs"]
mod support;

use common::{block_on, expected_of, portmig, sample, stderr, stdout};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use support::{query_blocking as query, ScratchDb, Server};

/// A move as (key, from, to).
type MoveSet = BTreeSet<(String, String, String)>;

struct Paths {
    dir: PathBuf,
    mapping: PathBuf,
    media: PathBuf,
    log: PathBuf,
}

impl Paths {
    fn new(dir: &Path) -> Paths {
        for f in ["mapping.toml", "taxonomy.toml"] {
            std::fs::copy(sample(f), dir.join(f)).unwrap();
        }
        Paths {
            dir: dir.to_path_buf(),
            mapping: dir.join("mapping.toml"),
            media: dir.join("media"),
            log: dir.join("audit.jsonl"),
        }
    }

    /// `portmig run` of the sample with its uploads into `url`, `extra`
    /// added; the process output.
    fn run(&self, url: &str, extra: &[&str]) -> std::process::Output {
        let (dump, uploads) = (sample("portal.sql"), sample("uploads"));
        let mut args = vec![
            "run",
            "--source",
            dump.to_str().unwrap(),
            "--mapping",
            self.mapping.to_str().unwrap(),
            "--target",
            url,
            "--uploads",
            uploads.to_str().unwrap(),
            "--media-dir",
            self.media.to_str().unwrap(),
            "--audit-log",
            self.log.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        portmig(&args, &self.dir)
    }

    fn run_json(&self, url: &str, extra: &[&str]) -> Value {
        let mut args = vec!["--json"];
        args.extend_from_slice(extra);
        let o = self.run(url, &args);
        assert_eq!(
            o.status.code(),
            Some(0),
            "stdout:\n{}\nstderr:\n{}",
            stdout(&o),
            stderr(&o)
        );
        serde_json::from_str(&stdout(&o))
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", stdout(&o)))
    }

    /// The admin's edit: the `y-te` category's articles go to "Chỉ đạo,
    /// điều hành", and the unmapped "Hỏi đáp" category gets a rule.
    fn edit_mapping(&self) {
        let text = std::fs::read_to_string(&self.mapping).unwrap();
        let edited = text.replace(
            "category_alias = \"y-te\"\nsection = \"y-te\"",
            "category_alias = \"y-te\"\nsection = \"chi-dao-dieu-hanh\"",
        );
        assert_ne!(edited, text, "the sample has the y-te rule");
        let edited = format!(
            "{edited}\n# Hỏi đáp: từ nay vào mục Thông báo.\n[[rule]]\nid = \"hoi-dap\"\n\
             category_title = \"Hỏi đáp\"\nsection = \"thong-bao\"\n"
        );
        std::fs::write(&self.mapping, edited).unwrap();
    }
}

/// Every file under `dir` with its size, relative; empty when `dir` is not
/// there.
fn listing(dir: &Path) -> Vec<(String, u64)> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, u64)>) {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                let rel = p.strip_prefix(root).unwrap().display().to_string();
                out.push((rel, e.metadata().unwrap().len()));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

/// What must not change: the target's content, its runs and audit events
/// (count and last hash), the media folder, the JSONL mirror.
fn snapshot(url: &str, p: &Paths) -> Vec<String> {
    let mut out: Vec<String> = block_on(support::canonical(url))
        .into_iter()
        .map(|r| r.join("\u{1f}"))
        .collect();
    for sql in [
        "SELECT COUNT(*), MAX(id) FROM runs",
        "SELECT COUNT(*), MAX(seq) FROM audit_events",
        "SELECT hash FROM audit_events ORDER BY seq DESC LIMIT 1",
        "SELECT COUNT(*) FROM quarantine",
    ] {
        out.extend(query(url, sql).into_iter().map(|r| r.join(",")));
    }
    out.extend(
        listing(&p.media)
            .into_iter()
            .map(|(f, n)| format!("media {f} {n}")),
    );
    let log = std::fs::read(&p.log).unwrap_or_default();
    out.push(format!("log {} bytes", log.len()));
    out
}

fn moves_of(outcome: &Value) -> MoveSet {
    assert_eq!(outcome["moves_not_listed"], 0, "--json lists every move");
    outcome["moves"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let s = |k: &str| m[k].as_str().unwrap_or("").to_string();
            (s("key"), s("from"), s("to"))
        })
        .collect()
}

/// Migrate, edit, dry-run, run, dry-run again, on the target `url`.
fn scenario(url: &str, p: &Paths) {
    let exp = expected_of("nukeviet45");
    let first = p.run_json(url, &[]);
    assert_eq!(first["dry_run"], Value::Null);
    assert_eq!(
        first["counts"]["articles"]["inserted"],
        exp["articles_loaded"]
    );
    assert!(first["media"]["stored"].as_u64().unwrap() > 0, "{first:#}");
    p.edit_mapping();

    let before = snapshot(url, p);
    let dry = p.run_json(url, &["--dry-run"]);
    assert_eq!(dry["dry_run"], "existing", "{dry:#}");
    assert_eq!(snapshot(url, p), before, "the dry run wrote something");
    let planned = moves_of(&dry);
    // The y-te category and its articles, the Hỏi đáp category and its.
    let to = |s: &str| planned.iter().filter(|m| m.2 == s).count();
    assert!(to("chi-dao-dieu-hanh") >= 2, "{planned:#?}");
    assert!(to("thong-bao") >= 2, "{planned:#?}");
    assert!(
        planned
            .iter()
            .any(|m| m.0.contains("/category/") && m.1 == "y-te" && m.2 == "chi-dao-dieu-hanh"),
        "{planned:#?}"
    );
    assert!(
        planned
            .iter()
            .any(|m| m.0.contains("/category/") && m.1 == "unmapped" && m.2 == "thong-bao"),
        "{planned:#?}"
    );
    let c = &dry["counts"];
    let moved =
        c["articles"]["moved"].as_u64().unwrap() + c["categories"]["moved"].as_u64().unwrap();
    assert_eq!(moved as usize, planned.len(), "{dry:#}");
    assert_eq!(c["articles"]["inserted"], 0, "{dry:#}");
    // Files are already in the media folder: reused, none would be stored.
    assert_eq!(dry["media"]["stored"], 0, "{dry:#}");
    assert_eq!(
        dry["media"]["reused"],
        first["media"]["reused"].as_u64().unwrap() + first["media"]["stored"].as_u64().unwrap(),
        "{dry:#}"
    );

    // The real run does exactly what the dry run said.
    let real = p.run_json(url, &[]);
    let run = real["run_id"].as_i64().unwrap();
    let logged: MoveSet = query(
        url,
        &format!(
            "SELECT source_key, event FROM audit_events WHERE run_id = {run} AND kind = 'MOVED'"
        ),
    )
    .iter()
    .map(|r| {
        let ev: Value = serde_json::from_str(&r[1]).unwrap();
        let s = |v: &Value| v.as_str().unwrap_or("").to_string();
        (r[0].clone(), s(&ev["data"]["from"]), s(&ev["data"]["to"]))
    })
    .collect();
    assert_eq!(logged, planned);
    assert_eq!(moves_of(&real), planned);
    assert_eq!(real["counts"], dry["counts"]);
    assert_eq!(real["links"], dry["links"]);

    // Nothing left to move.
    let before = snapshot(url, p);
    let again = p.run_json(url, &["--dry-run"]);
    assert_eq!(snapshot(url, p), before, "the dry run wrote something");
    assert!(moves_of(&again).is_empty(), "{again:#}");
    for e in ["categories", "articles"] {
        for n in ["inserted", "updated", "moved"] {
            assert_eq!(again["counts"][e][n], 0, "{e} {n}: {again:#}");
        }
    }
}

#[test]
fn sqlite_dry_run_moves_what_the_run_then_moves() {
    let dir = tempfile::tempdir().unwrap();
    let p = Paths::new(dir.path());
    let db = dir.path().join("portal.db");
    let url = format!("sqlite://{}", db.display());

    // A target that does not exist is not created, nor the media folder,
    // nor the audit log.
    let fresh = p.run_json(&url, &["--dry-run"]);
    assert_eq!(fresh["dry_run"], "new_file", "{fresh:#}");
    let exp = expected_of("nukeviet45");
    assert_eq!(
        fresh["counts"]["articles"]["inserted"],
        exp["articles_loaded"]
    );
    assert!(fresh["media"]["stored"].as_u64().unwrap() > 0, "{fresh:#}");
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.ends_with(".toml"))
        .collect();
    assert!(left.is_empty(), "the dry run left {left:?}");

    scenario(&url, &p);
}

#[test]
fn the_summary_says_nothing_was_written_and_lists_the_moves() {
    let dir = tempfile::tempdir().unwrap();
    let p = Paths::new(dir.path());
    let url = format!("sqlite://{}", dir.path().join("portal.db").display());
    p.run_json(&url, &[]);
    p.edit_mapping();
    let o = p.run(&url, &["--dry-run"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("dry run: nothing was written\n"), "{out}");
    assert!(out.contains(" would be moved, "), "{out}");
    assert!(
        out.contains("would move (key, title: old section → new section):"),
        "{out}"
    );
    // The category by its title, with both sections.
    assert!(
        out.lines()
            .any(|l| l.contains("/category/") && l.contains("Y tế: y-te → chi-dao-dieu-hanh")),
        "{out}"
    );
    assert!(
        out.contains("audit log   nothing written (dry run)"),
        "{out}"
    );
    // The real run prints its moves the same way.
    let o = p.run(&url, &[]);
    let real = stdout(&o);
    assert!(real.starts_with("run 2 into "), "{real}");
    assert!(
        real.contains("moved (key, title: old section → new section):"),
        "{real}"
    );
    let lines = |s: &str| -> BTreeSet<String> {
        s.lines()
            .filter(|l| l.contains(" → ") && l.starts_with("    "))
            .map(str::to_string)
            .collect()
    };
    assert_eq!(lines(&out), lines(&real));
}

#[test]
fn postgres_dry_run_moves_what_the_run_then_moves() {
    let Some(db) = ScratchDb::create(Server::Postgres) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let p = Paths::new(dir.path());
    // An empty database: the schema is made inside the dry run's
    // transaction and rolled back with the rest.
    let fresh = p.run_json(&db.url, &["--dry-run"]);
    assert_eq!(fresh["dry_run"], "existing", "{fresh:#}");
    assert_eq!(
        query(
            &db.url,
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ),
        [["0"]]
    );
    assert!(listing(&p.media).is_empty());
    scenario(&db.url, &p);
}

#[test]
fn mysql_dry_run_needs_a_current_schema_then_moves_what_the_run_then_moves() {
    let Some(db) = ScratchDb::create(Server::MySql) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let p = Paths::new(dir.path());
    // MySQL commits schema changes at once: refused, saying why and what
    // to do, and nothing is created.
    let o = p.run(&db.url, &["--dry-run"]);
    assert_eq!(o.status.code(), Some(2), "{}", stdout(&o));
    let err = stderr(&o);
    assert!(err.contains("cannot dry-run into"), "{err}");
    assert!(err.contains("without --dry-run"), "{err}");
    assert_eq!(
        query(
            &db.url,
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
        ),
        [["0"]]
    );
    scenario(&db.url, &p);
}
