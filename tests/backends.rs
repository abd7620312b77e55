//! The sample migrates the same on every backend: SQLite always, PostgreSQL
//! and MySQL/MariaDB when `PORTMIG_TEST_PG_URL` / `PORTMIG_TEST_MYSQL_URL`
//! name a server (CI sets both; unset, those tests are skipped, saying so).
//! Each server test makes its own database and drops it, even on failure.
//!
//! On each backend the real binary runs the sample twice and the target is
//! checked against samples/nukeviet45/expected.json; then the content of
//! the three targets, ids and times aside, must be identical.

mod common;
#[path = "../crates/load/tests/support/mod.rs"]
mod support;

use common::*;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use support::{query_blocking as query, ScratchDb, Server};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Backend {
    Sqlite,
    Postgres,
    MySql,
}

/// `portmig run ... --target <url> --json` in `dir`; the outcome JSON.
fn run_into(url: &str, dir: &Path) -> Value {
    let o = portmig(
        &[
            "run",
            "--source",
            sample("portal.sql").to_str().unwrap(),
            "--mapping",
            sample("mapping.toml").to_str().unwrap(),
            "--target",
            url,
            "--json",
        ],
        dir,
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "{url}\nstdout:\n{}\nstderr:\n{}",
        stdout(&o),
        stderr(&o)
    );
    serde_json::from_str(&stdout(&o)).unwrap_or_else(|e| panic!("not JSON ({e}): {}", stdout(&o)))
}

fn count(url: &str, sql: &str) -> i64 {
    query(url, sql)[0][0].parse().unwrap()
}

/// Runs the sample twice into `url` (the JSONL mirror lands in `log`),
/// checks everything, and returns the target's canonical content.
fn end_to_end(url: &str, dir: &Path, log: &Path) -> Vec<Vec<String>> {
    let exp = expected_of("nukeviet45");
    let out = run_into(url, dir);
    let c = &out["counts"];
    assert_eq!(
        c["categories"]["inserted"], exp["categories_loaded"],
        "{out:#}"
    );
    assert_eq!(c["articles"]["inserted"], exp["articles_loaded"], "{out:#}");
    assert_eq!(c["quarantined"], exp["quarantined"], "{out:#}");
    let articles = exp["articles_loaded"].as_i64().unwrap();
    assert_eq!(count(url, "SELECT COUNT(*) FROM articles"), articles);
    assert_eq!(
        count(url, "SELECT COUNT(*) FROM categories"),
        exp["categories_loaded"].as_i64().unwrap()
    );

    // The quarantined article, with its raw bytes.
    let q = &exp["quarantined_key"];
    let qkey = key(
        &exp,
        &format!("{}/{}", q["module"].as_str().unwrap(), q["id"]),
        "article",
    );
    let rows = query(url, "SELECT source_key, raw FROM quarantine");
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0][0], qkey);
    let raw: Value = serde_json::from_str(&rows[0][1]).unwrap();
    assert!(!raw["title"].as_str().unwrap().is_empty(), "raw bytes kept");

    // Titles, repaired and NFC, byte for byte.
    for (mid, title) in exp["titles"].as_object().unwrap() {
        let k = key(&exp, mid, "article");
        if k == qkey {
            continue;
        }
        let rows = query(
            url,
            &format!("SELECT title FROM articles WHERE source_key = '{k}'"),
        );
        assert_eq!(rows.len(), 1, "{k} not loaded");
        assert_eq!(rows[0][0], title.as_str().unwrap(), "{k} title");
    }

    // Redirects: every old URL of every article to its new URL, of every
    // mapped category to its section.
    assert_eq!(
        count(
            url,
            "SELECT COUNT(*) FROM articles a JOIN redirects r \
             ON r.old_url = a.old_url AND r.new_url = a.new_url"
        ),
        articles
    );
    let mapped_categories = count(
        url,
        "SELECT COUNT(*) FROM categories WHERE section IS NOT NULL AND old_url <> ''",
    );
    // And the pages of topics, tags and author profiles.
    let term_pages: i64 = ["topics", "tags", "authors"]
        .iter()
        .map(|t| {
            count(
                url,
                &format!("SELECT COUNT(*) FROM {t} WHERE old_url <> ''"),
            )
        })
        .sum();
    assert_eq!(
        count(url, "SELECT COUNT(DISTINCT source_key) FROM redirects"),
        articles + mapped_categories + term_pages
    );

    // A second run changes nothing.
    let again = run_into(url, dir);
    let c = &again["counts"];
    assert_eq!(
        c["articles"]["unchanged"], exp["articles_loaded"],
        "{again:#}"
    );
    assert_eq!(
        c["categories"]["unchanged"], exp["categories_loaded"],
        "{again:#}"
    );
    for e in ["categories", "articles"] {
        for n in ["inserted", "updated", "moved"] {
            assert_eq!(c[e][n], 0, "{e} {n}: {again:#}");
        }
    }
    assert_eq!(c["quarantined"], exp["quarantined"], "{again:#}");
    assert_eq!(count(url, "SELECT COUNT(*) FROM articles"), articles);

    // The audit log: the table and the JSONL mirror hold the same events,
    // and the chain verifies in both.
    let mirrored = audit::read_jsonl(log).unwrap();
    assert!(audit::verify(mirrored.clone()).is_ok());
    assert_eq!(
        count(url, "SELECT COUNT(*) FROM audit_events"),
        mirrored.len() as i64
    );
    let stored: Vec<audit::SealedEvent> =
        query(url, "SELECT seq, event FROM audit_events ORDER BY seq")
            .iter()
            .map(|r| serde_json::from_str(&r[1]).unwrap())
            .collect();
    assert_eq!(
        audit::verify(stored.clone()).unwrap(),
        mirrored.len() as u64
    );
    assert_eq!(stored, mirrored);

    block_on(support::canonical(url))
}

/// The backend's checked canonical content, computed once per test binary
/// (the identity test reuses what the per-backend tests made); `None` when
/// its server is not configured.
fn checked(b: Backend) -> Option<&'static Vec<Vec<String>>> {
    static CELLS: [OnceLock<Option<Vec<Vec<String>>>>; 3] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let cell = &CELLS[b as usize];
    cell.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        match b {
            Backend::Sqlite => {
                let db = dir.path().join("portal.db");
                let url = format!("sqlite://{}", db.display());
                let log = dir.path().join("portal.audit.jsonl");
                Some(end_to_end(&url, dir.path(), &log))
            }
            Backend::Postgres | Backend::MySql => {
                let server = if b == Backend::Postgres {
                    Server::Postgres
                } else {
                    Server::MySql
                };
                let db = ScratchDb::create(server)?;
                // Server targets have no file to sit beside: the mirror goes
                // to the current directory, named after host and database.
                let rest = db.url.split_once("://").unwrap().1;
                let name: String = rest
                    .rsplit_once('@')
                    .map_or(rest, |(_, h)| h)
                    .split('?')
                    .next()
                    .unwrap()
                    .chars()
                    .map(|c| {
                        if c.is_ascii_alphanumeric() || c == '-' {
                            c
                        } else {
                            '_'
                        }
                    })
                    .collect();
                let log: PathBuf = dir.path().join(format!("portmig-{name}.audit.jsonl"));
                Some(end_to_end(&db.url, dir.path(), &log))
            }
        }
    })
    .as_ref()
}

#[test]
fn sqlite() {
    assert!(checked(Backend::Sqlite).is_some());
}

#[test]
fn postgres() {
    checked(Backend::Postgres);
}

#[test]
fn mysql() {
    checked(Backend::MySql);
}

#[test]
fn the_three_backends_hold_identical_content() {
    let reference = checked(Backend::Sqlite).unwrap();
    assert!(reference.len() > 50, "{reference:?}");
    for b in [Backend::Postgres, Backend::MySql] {
        let Some(dump) = checked(b) else { continue };
        assert_eq!(dump.len(), reference.len(), "{b:?}");
        for (a, d) in reference.iter().zip(dump) {
            assert_eq!(a, d, "{b:?} differs from SQLite");
        }
    }
}

#[test]
fn a_server_target_error_never_shows_the_password() {
    let Some(admin) = Server::Postgres.admin_url() else {
        return;
    };
    let url = support::with_database(&admin, "portmig_test_no_such_database");
    let (scheme, rest) = url.split_once("://").unwrap();
    let host = rest.rsplit_once('@').map_or(rest, |(_, h)| h);
    let url = format!("{scheme}://postgres:s3cret-pw@{host}");
    let dir = tempfile::tempdir().unwrap();
    let o = portmig(
        &[
            "run",
            "--source",
            sample("portal.sql").to_str().unwrap(),
            "--mapping",
            sample("mapping.toml").to_str().unwrap(),
            "--target",
            &url,
        ],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let (out, err) = (stdout(&o), stderr(&o));
    assert!(
        !out.contains("s3cret-pw") && !err.contains("s3cret-pw"),
        "{err}"
    );
    assert!(err.contains("postgres:***@"), "{err}");
}

/// `PORTMIG_TARGET` names the server and `--target-password-file` gives
/// the password: the run works, and the password is in no output, no audit
/// event and no run record.
#[test]
fn target_from_the_environment_with_a_password_file() {
    let Some(db) = ScratchDb::create(Server::Postgres) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let pw = dir.path().join("password");
    std::fs::write(&pw, "s3cret-pw\n").unwrap();
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_portmig"))
        .current_dir(dir.path())
        .env("PORTMIG_TARGET", &db.url)
        .args([
            "run",
            "--source",
            sample("portal.sql").to_str().unwrap(),
            "--mapping",
            sample("mapping.toml").to_str().unwrap(),
            "--target-password-file",
            pw.to_str().unwrap(),
            "--json",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let out: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(out["counts"]["articles"]["inserted"].as_u64().unwrap() > 0);
    assert!(!stdout(&o).contains("s3cret") && !stderr(&o).contains("s3cret"));
    for table in ["audit_events", "runs"] {
        let rows = query(&db.url, &format!("SELECT * FROM {table}"));
        assert!(
            rows.iter().flatten().all(|v| !v.contains("s3cret")),
            "{table} holds the password"
        );
    }
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().is_some_and(|e| e == "jsonl") {
            assert!(!std::fs::read_to_string(&p).unwrap().contains("s3cret"));
        }
    }
}
