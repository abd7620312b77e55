//! `portmig verify`: the dump reconciles with the target after a run; a
//! row deleted, an id-map entry removed, a title edited by hand or an
//! audit event tampered with is found and listed (exit 1). A row edited by
//! hand is left alone by the next run unless `--force`. The edit scenario
//! runs on PostgreSQL and MySQL/MariaDB too when `PORTMIG_TEST_PG_URL` /
//! `PORTMIG_TEST_MYSQL_URL` name a server (skipped, saying so, when unset;
//! each test in its own database).

mod common;
#[path = "../crates/load/tests/support/mod.rs"]
mod support;
use common::*;
use support::{query_blocking, ScratchDb, Server};

use std::path::{Path, PathBuf};
use std::process::Output;

/// The sample copied into `dir` and migrated once: (dump, mapping, db).
fn migrated(dir: &Path) -> (PathBuf, PathBuf, PathBuf) {
    for f in ["portal.sql", "mapping.toml", "taxonomy.toml"] {
        std::fs::copy(sample(f), dir.join(f)).unwrap();
    }
    let p = (
        dir.join("portal.sql"),
        dir.join("mapping.toml"),
        dir.join("t.db"),
    );
    run_json(&p.0, &p.1, &p.2, 0);
    p
}

fn verify(dump: &Path, db: &Path, extra: &[&str]) -> Output {
    let target = format!("sqlite://{}", db.display());
    let mut args = vec![
        "verify",
        "--source",
        dump.to_str().unwrap(),
        "--target",
        &target,
    ];
    args.extend_from_slice(extra);
    portmig(&args, db.parent().unwrap())
}

fn verify_json(dump: &Path, db: &Path, code: i32) -> serde_json::Value {
    let o = verify(dump, db, &["--json"]);
    assert_eq!(
        o.status.code(),
        Some(code),
        "stdout:\n{}\nstderr:\n{}",
        stdout(&o),
        stderr(&o)
    );
    serde_json::from_str(&stdout(&o)).unwrap()
}

/// Runs statements on the SQLite target the way a person with a database
/// client would: foreign keys not enforced.
fn exec(db: &Path, sql: &str) {
    use sqlx::sqlite::SqliteConnectOptions;
    use sqlx::{ConnectOptions, Executor};
    use std::str::FromStr;
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let mut c = SqliteConnectOptions::from_str(&format!("sqlite://{}", db.display()))
            .unwrap()
            .foreign_keys(false)
            .connect()
            .await
            .unwrap();
        c.execute(sql).await.unwrap();
    });
}

fn problems<'a>(report: &'a serde_json::Value, kind: &str) -> Vec<&'a serde_json::Value> {
    report["problems"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["kind"] == kind)
        .collect()
}

#[test]
fn a_run_reconciles() {
    let dir = tempfile::tempdir().unwrap();
    let (dump, _, db) = migrated(dir.path());
    let o = verify(&dump, &db, &[]);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    assert!(stdout(&o).trim_end().ends_with("OK"), "{}", stdout(&o));

    let r = verify_json(&dump, &db, 0);
    assert_eq!(r["ok"], true);
    assert_eq!(r["problem_count"], 0);
    assert_eq!(r["inputs"][0]["same_as_last_run"], true, "{r:#}");
    // The counts are the dump's, by the product and by the test's own
    // reading of the dump.
    let exp = expected_of("nukeviet45");
    let keys = sample_keys(&exp, &dump);
    reconcile(&db, &keys);
    let in_dump: u64 = r["by_entity"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["in_dump"].as_u64().unwrap())
        .sum();
    assert_eq!(in_dump, keys.len() as u64, "{r:#}");
    let articles = r["by_entity"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["source"] == "nv4_vi_news" && t["entity"] == "article")
        .unwrap();
    // The sample's undecodable title is quarantined, not lost.
    assert_eq!(articles["quarantined"], 1, "{r:#}");
    assert_eq!(articles["lost"], 0);
    assert_eq!(
        articles["in_dump"].as_u64().unwrap(),
        articles["loaded"].as_u64().unwrap() + 1
    );
    assert!(r["by_category"].as_array().unwrap().len() > 1);
    assert_eq!(r["audit"]["error"], serde_json::Value::Null);
}

#[test]
fn a_deleted_row_and_a_removed_id_map_entry_are_lost() {
    let dir = tempfile::tempdir().unwrap();
    let (dump, _, db) = migrated(dir.path());
    let gone = "nv4_vi_news/article/3";
    let unmapped = "nv4_vi_news/article/5";
    exec(
        &db,
        &format!(
            "DELETE FROM articles WHERE source_key = '{gone}'; \
             DELETE FROM id_map WHERE source_key = '{unmapped}';"
        ),
    );
    let r = verify_json(&dump, &db, 1);
    let lost: Vec<&str> = problems(&r, "LOST")
        .iter()
        .map(|p| p["key"].as_str().unwrap())
        .collect();
    assert_eq!(lost, [gone, unmapped], "{r:#}");
    assert_eq!(r["ok"], false);

    let o = verify(&dump, &db, &[]);
    assert_eq!(o.status.code(), Some(1));
    let text = stdout(&o);
    assert!(text.contains(&format!("LOST     {gone}")), "{text}");
    assert!(text.contains("2 problem(s)"), "{text}");
}

#[test]
fn a_title_edited_by_hand_is_kept_reported_and_forced() {
    let dir = tempfile::tempdir().unwrap();
    let (dump, mapping, db) = migrated(dir.path());
    let key = "nv4_vi_news/article/4";
    let written = query(
        &db,
        &format!("SELECT title FROM articles WHERE source_key = '{key}'"),
    )[0][0]
        .clone();
    let edited = "Ủy ban tỉnh ĐIỀU CHỈNH kế hoạch — sửa tay";
    exec(
        &db,
        &format!("UPDATE articles SET title = '{edited}' WHERE source_key = '{key}'"),
    );
    let title = || {
        query(
            &db,
            &format!("SELECT title FROM articles WHERE source_key = '{key}'"),
        )[0][0]
            .clone()
    };

    let r = verify_json(&dump, &db, 1);
    let modified = problems(&r, "MODIFIED");
    assert_eq!(modified.len(), 1, "{r:#}");
    assert_eq!(modified[0]["key"], key);
    assert_eq!(modified[0]["table"], "articles");

    // A re-run leaves the edit alone and says so.
    let o = run(&dump, &mapping, &db, &["--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(out["counts"]["modified_outside"], 1, "{out:#}");
    assert!(
        out["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|w| w.as_str().unwrap().starts_with(key)
                && w.as_str().unwrap().contains("changed outside portmig")),
        "{out:#}"
    );
    assert_eq!(title(), edited);
    // Still reported, by the next verify too.
    assert_eq!(problems(&verify_json(&dump, &db, 1), "MODIFIED").len(), 1);

    // --force puts the dump's version back, with an event saying so.
    let o = run(&dump, &mapping, &db, &["--force", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(out["counts"]["articles"]["updated"], 1, "{out:#}");
    assert_eq!(title(), written);
    let forced = query(
        &db,
        &format!(
            "SELECT event FROM audit_events WHERE kind = 'WARNING' AND source_key = '{key}' \
             ORDER BY seq DESC LIMIT 1"
        ),
    );
    let ev: serde_json::Value = serde_json::from_str(&forced[0][0]).unwrap();
    assert_eq!(ev["data"]["overwritten"], true, "{ev:#}");
    assert_eq!(verify_json(&dump, &db, 0)["ok"], true);
}

/// A tag renamed by hand in the target: term rows are hashed too, so the
/// edit is found by verify, kept by a re-run and undone by `--force`.
#[test]
fn a_tag_renamed_by_hand_is_kept_reported_and_forced() {
    let dir = tempfile::tempdir().unwrap();
    let (dump, mapping, db) = migrated(dir.path());
    let tag = |sql: &str| query(&db, sql)[0][0].clone();
    let key = tag("SELECT source_key FROM tags ORDER BY id LIMIT 1");
    let written = tag(&format!("SELECT name FROM tags WHERE source_key = '{key}'"));
    let edited = "Chuyển đổi số — sửa tay";
    exec(
        &db,
        &format!("UPDATE tags SET name = '{edited}' WHERE source_key = '{key}'"),
    );
    let name = || tag(&format!("SELECT name FROM tags WHERE source_key = '{key}'"));

    let r = verify_json(&dump, &db, 1);
    let modified = problems(&r, "MODIFIED");
    assert_eq!(modified.len(), 1, "{r:#}");
    assert_eq!(modified[0]["key"], key.as_str());
    assert_eq!(modified[0]["table"], "tags");

    let o = run(&dump, &mapping, &db, &["--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(out["counts"]["modified_outside"], 1, "{out:#}");
    assert_eq!(name(), edited);

    let o = run(&dump, &mapping, &db, &["--force", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(out["counts"]["terms"]["updated"], 1, "{out:#}");
    assert_eq!(name(), written);
    assert_eq!(verify_json(&dump, &db, 0)["ok"], true);
}

#[test]
fn a_tampered_audit_event_breaks_the_chain() {
    let dir = tempfile::tempdir().unwrap();
    let (dump, _, db) = migrated(dir.path());
    exec(
        &db,
        "UPDATE audit_events SET event = replace(event, '\"INSERTED\"', '\"UNCHANGED\"') \
         WHERE seq = (SELECT MIN(seq) FROM audit_events WHERE kind = 'INSERTED')",
    );
    let r = verify_json(&dump, &db, 1);
    assert!(r["audit"]["error"].is_string(), "{r:#}");
    assert_eq!(r["problem_count"], 1);
    let o = verify(&dump, &db, &[]);
    assert!(stdout(&o).contains("audit log: BROKEN"), "{}", stdout(&o));
}

#[test]
fn skipped_items_are_counted_with_their_reason() {
    let dir = tempfile::tempdir().unwrap();
    for f in ["portal.sql", "mapping.toml", "taxonomy.toml"] {
        std::fs::copy(sample(f), dir.path().join(f)).unwrap();
    }
    let mapping = dir.path().join("mapping.toml");
    let text = std::fs::read_to_string(&mapping).unwrap();
    let skip = text.replace(
        "[unmapped]\npolicy = \"keep-in\"\nsection = \"unmapped\"",
        "[unmapped]\npolicy = \"skip\"",
    );
    assert_ne!(skip, text, "the sample's [unmapped] table changed");
    std::fs::write(&mapping, skip).unwrap();
    let dump = dir.path().join("portal.sql");
    let db = dir.path().join("t.db");
    let out = run_json(&dump, &mapping, &db, 0);
    let skipped = out["counts"]["skipped"].as_u64().unwrap();
    assert!(skipped > 0, "{out:#}");

    let r = verify_json(&dump, &db, 0);
    let total: u64 = r["by_entity"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["skipped"].as_u64().unwrap())
        .sum();
    assert_eq!(total, skipped, "{r:#}");
    let reasons = r["reasons"].as_array().unwrap();
    assert!(
        reasons
            .iter()
            .any(|c| c["outcome"] == "skipped" && c["reason"] == "unmapped, policy skip"),
        "{r:#}"
    );
    assert!(reasons.iter().any(|c| c["outcome"] == "quarantined"));
}

#[test]
fn a_dump_other_than_the_runs_is_warned_about() {
    let dir = tempfile::tempdir().unwrap();
    let (dump, _, db) = migrated(dir.path());
    // The same items in other bytes (a comment added): another file.
    let mut bytes = std::fs::read(&dump).unwrap();
    bytes.extend_from_slice("\n-- bản sao lưu khác của cổng thông tin\n".as_bytes());
    let other = dir.path().join("older.sql");
    std::fs::write(&other, bytes).unwrap();
    let o = verify(&other, &db, &["--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("are not those run 1 read"),
        "{}",
        stderr(&o)
    );
    let r: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(r["inputs"][0]["same_as_last_run"], false);
}

/// On a server: run, verify OK; a title edited by hand is MODIFIED, kept
/// by a re-run, overwritten by `--force`; verify OK again.
fn server_scenario(server: Server) {
    let Some(db) = ScratchDb::create(server) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    for f in ["portal.sql", "mapping.toml", "taxonomy.toml"] {
        std::fs::copy(sample(f), dir.path().join(f)).unwrap();
    }
    let dump = dir.path().join("portal.sql");
    let mapping = dir.path().join("mapping.toml");
    let (dump_s, mapping_s) = (dump.to_str().unwrap(), mapping.to_str().unwrap());
    let run = |extra: &[&str]| -> serde_json::Value {
        let mut args = vec![
            "run",
            "--source",
            dump_s,
            "--mapping",
            mapping_s,
            "--target",
            &db.url,
            "--json",
        ];
        args.extend_from_slice(extra);
        let o = portmig(&args, dir.path());
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        serde_json::from_str(&stdout(&o)).unwrap()
    };
    let verify = |code: i32| -> serde_json::Value {
        let o = portmig(
            &["verify", "--source", dump_s, "--target", &db.url, "--json"],
            dir.path(),
        );
        assert_eq!(o.status.code(), Some(code), "{}{}", stdout(&o), stderr(&o));
        serde_json::from_str(&stdout(&o)).unwrap()
    };
    run(&[]);
    assert_eq!(verify(0)["ok"], true);
    let key = "nv4_vi_news/article/4";
    query_blocking(
        &db.url,
        &format!("UPDATE articles SET title = 'Đã sửa tay ở máy chủ' WHERE source_key = '{key}'"),
    );
    let r = verify(1);
    let modified = problems(&r, "MODIFIED");
    assert_eq!(modified.len(), 1, "{r:#}");
    assert_eq!(modified[0]["key"], key);
    assert_eq!(run(&[])["counts"]["modified_outside"], 1);
    let title = || {
        query_blocking(
            &db.url,
            &format!("SELECT title FROM articles WHERE source_key = '{key}'"),
        )[0][0]
            .clone()
    };
    assert_eq!(title(), "Đã sửa tay ở máy chủ");
    run(&["--force"]);
    assert_ne!(title(), "Đã sửa tay ở máy chủ");
    assert_eq!(verify(0)["ok"], true);
}

#[test]
fn postgres_verify_finds_a_row_edited_by_hand() {
    server_scenario(Server::Postgres);
}

#[test]
fn mysql_verify_finds_a_row_edited_by_hand() {
    server_scenario(Server::MySql);
}
