//! Re-running: a changed mapping rule moves exactly the affected articles
//! (each with a MOVED event), changed content updates exactly the changed
//! article, and the thread count never changes the result.

mod common;
use common::*;

use std::path::{Path, PathBuf};

/// Copies the sample into `dir`, migrates it once, and returns the
/// (dump, mapping, target) paths for the test to edit and re-run.
fn migrated_copy(dir: &Path) -> (PathBuf, PathBuf, PathBuf) {
    for f in ["portal.sql", "mapping.toml", "taxonomy.toml"] {
        std::fs::copy(sample(f), dir.join(f)).unwrap();
    }
    let paths = (
        dir.join("portal.sql"),
        dir.join("mapping.toml"),
        dir.join("t.db"),
    );
    run_json(&paths.0, &paths.1, &paths.2, 0);
    paths
}

#[test]
fn a_changed_rule_moves_only_the_affected_articles() {
    let dir = tempfile::tempdir().unwrap();
    let (dump, mapping, db) = migrated_copy(dir.path());

    // The admin sends the `y-te` category's articles to another section.
    let text = std::fs::read_to_string(&mapping).unwrap();
    let rule = text
        .find("id = \"y-te\"")
        .expect("the sample has a y-te rule");
    let sec = rule + text[rule..].find("section = \"").unwrap();
    let end = sec + text[sec + 11..].find('"').unwrap() + 11;
    let old_section = text[sec + 11..end].to_string();
    let edited = format!(
        "{}section = \"chi-dao-dieu-hanh{}",
        &text[..sec],
        &text[end..]
    );
    std::fs::write(&mapping, edited).unwrap();
    let affected = count(
        &db,
        &format!("SELECT COUNT(*) FROM articles WHERE section = '{old_section}'"),
    );
    assert!(affected > 0);

    let out = run_json(&dump, &mapping, &db, 0);
    let a = &out["counts"]["articles"];
    assert_eq!(a["moved"], affected, "{out:#}");
    assert_eq!(a["updated"], 0, "{out:#}");
    assert_eq!(a["inserted"], 0, "{out:#}");
    let total = count(&db, "SELECT COUNT(*) FROM articles");
    assert_eq!(
        a["unchanged"].as_i64().unwrap(),
        total - affected,
        "{out:#}"
    );
    assert_eq!(
        count(
            &db,
            &format!("SELECT COUNT(*) FROM articles WHERE section = '{old_section}'")
        ),
        0
    );
    let run: i64 = out["run_id"].as_i64().unwrap();
    assert_eq!(
        count(&db, &format!("SELECT COUNT(*) FROM audit_events WHERE kind = 'MOVED' AND run_id = {run} AND source_key LIKE '%/article/%'")),
        affected
    );
    // Redirects follow the move.
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM articles a JOIN redirects r ON r.old_url = a.old_url AND r.new_url = a.new_url"),
        total
    );
}

#[test]
fn changed_content_updates_only_that_article() {
    let dir = tempfile::tempdir().unwrap();
    let (dump, mapping, db) = migrated_copy(dir.path());
    let title = query(
        &db,
        "SELECT title FROM articles WHERE source_key = 'nv4_vi_news/article/1'",
    )[0][0]
        .clone();
    let bytes = std::fs::read(&dump).unwrap();
    let text = String::from_utf8_lossy(&bytes).into_owned();
    assert!(
        text.contains(&title),
        "the sample stores article 1's title as clean UTF-8"
    );
    let edited = title.replacen("tỉnh", "Tỉnh", 1);
    assert_ne!(edited, title);
    let mut out_bytes = bytes.clone();
    // In the articles table, not in the per-category copies before it.
    let rows = text.find("INSERT INTO `nv4_vi_news_rows`").unwrap();
    let at = rows
        + bytes[rows..]
            .windows(title.len())
            .position(|w| w == title.as_bytes())
            .unwrap();
    out_bytes.splice(at..at + title.len(), edited.bytes());
    std::fs::write(&dump, out_bytes).unwrap();

    let out = run_json(&dump, &mapping, &db, 0);
    assert_eq!(out["counts"]["articles"]["updated"], 1, "{out:#}");
    assert_eq!(out["counts"]["articles"]["moved"], 0, "{out:#}");
    assert_eq!(out["counts"]["articles"]["inserted"], 0, "{out:#}");
    assert_eq!(
        query(
            &db,
            "SELECT title FROM articles WHERE source_key = 'nv4_vi_news/article/1'"
        )[0][0],
        edited
    );
}

#[test]
fn the_result_does_not_depend_on_threads_or_batch_size() {
    let dir = tempfile::tempdir().unwrap();
    let mut dumps = Vec::new();
    for (threads, batch) in [("1", "500"), ("4", "3")] {
        let db = dir.path().join(format!("t{threads}.db"));
        let target = format!("sqlite://{}", db.display());
        let o = portmig(
            &[
                "run",
                "--source",
                sample("portal.sql").to_str().unwrap(),
                "--mapping",
                sample("mapping.toml").to_str().unwrap(),
                "--target",
                &target,
                "--threads",
                threads,
                "--batch-size",
                batch,
            ],
            dir.path(),
        );
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        dumps.push(canonical(&db));
    }
    assert_eq!(dumps[0], dumps[1]);
}
