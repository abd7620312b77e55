//! `portmig rollback`: the target's content after rolling a run back is
//! what it was before the run, for an insert-only run, an update run and a
//! move run; a run later runs depend on is refused unless `--cascade`; the
//! rollback is on the audit chain. On SQLite always, on PostgreSQL and
//! MySQL/MariaDB when `PORTMIG_TEST_PG_URL` / `PORTMIG_TEST_MYSQL_URL` name
//! a server (skipped, saying so, when unset; each test in its own database).

mod common;
#[path = "../crates/load/tests/support/mod.rs"]
mod support;

use common::{block_on, portmig, sample, stderr, stdout};
use serde_json::Value;
use std::path::{Path, PathBuf};
use support::{query_blocking as query, ScratchDb, Server};

struct Paths {
    dir: PathBuf,
    dump: PathBuf,
    mapping: PathBuf,
}

impl Paths {
    fn new(dir: &Path) -> Paths {
        for f in ["portal.sql", "mapping.toml", "taxonomy.toml"] {
            std::fs::copy(sample(f), dir.join(f)).unwrap();
        }
        Paths {
            dir: dir.to_path_buf(),
            dump: dir.join("portal.sql"),
            mapping: dir.join("mapping.toml"),
        }
    }

    /// `portmig run --json` of the (possibly edited) sample with its
    /// uploads into `url`.
    fn run(&self, url: &str) -> Value {
        let uploads = sample("uploads");
        let o = portmig(
            &[
                "run",
                "--json",
                "--source",
                self.dump.to_str().unwrap(),
                "--mapping",
                self.mapping.to_str().unwrap(),
                "--target",
                url,
                "--uploads",
                uploads.to_str().unwrap(),
                "--media-dir",
                self.dir.join("media").to_str().unwrap(),
                "--audit-log",
                self.dir.join("audit.jsonl").to_str().unwrap(),
            ],
            &self.dir,
        );
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        serde_json::from_str(&stdout(&o)).unwrap()
    }

    /// `portmig rollback ARGS --target url`, the process output.
    fn rollback(&self, url: &str, args: &[&str]) -> std::process::Output {
        let log = self.dir.join("audit.jsonl");
        let mut all = vec!["rollback"];
        all.extend_from_slice(args);
        all.extend_from_slice(&["--target", url, "--audit-log", log.to_str().unwrap()]);
        portmig(&all, &self.dir)
    }

    fn rollback_json(&self, url: &str, args: &[&str]) -> Value {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let o = self.rollback(url, &all);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        serde_json::from_str(&stdout(&o)).unwrap()
    }

    /// Edits article 1's title in the articles table of the dump (one
    /// letter made a capital: `tỉnh` → `Tỉnh`), or puts it back.
    fn edit_title(&self, back: bool) {
        // Bytes: the dump holds other charsets besides UTF-8.
        let bytes = std::fs::read(&self.dump).unwrap();
        let find = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).position(|w| w == needle);
        let rows = find(&bytes, b"INSERT INTO `nv4_vi_news_rows`").unwrap();
        let (from, to) = if back {
            ("Tỉnh", "tỉnh")
        } else {
            ("tỉnh", "Tỉnh")
        };
        let at =
            rows + find(&bytes[rows..], from.as_bytes()).expect("the sample's titles say tỉnh");
        let mut edited = bytes.clone();
        edited.splice(at..at + from.len(), to.bytes());
        std::fs::write(&self.dump, edited).unwrap();
    }

    /// The admin's edit (or its undoing): the `y-te` category's articles
    /// go to "Chỉ đạo, điều hành".
    fn edit_mapping(&self, back: bool) {
        let (a, b) = (
            "category_alias = \"y-te\"\nsection = \"y-te\"",
            "category_alias = \"y-te\"\nsection = \"chi-dao-dieu-hanh\"",
        );
        let (from, to) = if back { (b, a) } else { (a, b) };
        let text = std::fs::read_to_string(&self.mapping).unwrap();
        let edited = text.replace(from, to);
        assert_ne!(edited, text, "the sample has the y-te rule");
        std::fs::write(&self.mapping, edited).unwrap();
    }
}

/// The target's content: every table a portal reads, canonical (ids as
/// the source keys they stand for), without the runs table (a rolled-back
/// run stays, marked).
fn content(url: &str) -> Vec<String> {
    block_on(support::canonical(url))
        .into_iter()
        .map(|r| r.join("\u{1f}"))
        .take_while(|r| !r.starts_with("-- SELECT status, counts"))
        .collect()
}

fn status_of(url: &str, run: i64) -> String {
    query(url, &format!("SELECT status FROM runs WHERE id = {run}"))[0][0].clone()
}

fn chain_verifies(url: &str) -> u64 {
    block_on(async {
        let mut t = load::Target::connect(url).await.unwrap();
        let n = t.verify_audit().await.unwrap();
        t.close().await.unwrap();
        n
    })
}

fn scenario(url: &str, p: &Paths) {
    // An empty target (the schema only).
    block_on(async { load::Target::connect(url).await.unwrap().close().await }).unwrap();
    let empty = content(url);

    // Insert-only: everything goes, sections included.
    let first = p.run(url);
    let loaded = first["counts"]["articles"]["inserted"].as_u64().unwrap();
    assert!(loaded > 0, "{first:#}");
    assert_ne!(content(url), empty);
    let out = p.rollback_json(url, &[]);
    assert_eq!(out["runs"][0]["run"], 1, "{out:#}");
    assert!(
        out["runs"][0]["removed"].as_u64().unwrap() > loaded,
        "{out:#}"
    );
    assert_eq!(content(url), empty);
    assert_eq!(status_of(url, 1), "rolled-back");
    // Nothing is left to be told "unchanged": all of it loads again.
    let again = p.run(url);
    assert_eq!(again["counts"]["articles"]["inserted"], loaded, "{again:#}");
    let base = content(url);

    // Update: one title changed, and rolled back.
    p.edit_title(false);
    let upd = p.run(url);
    assert_eq!(upd["counts"]["articles"]["updated"], 1, "{upd:#}");
    assert_eq!(upd["counts"]["articles"]["inserted"], 0, "{upd:#}");
    let updated = content(url);
    assert_ne!(updated, base);
    // A dry run writes nothing.
    let events = query(url, "SELECT COUNT(*) FROM audit_events");
    let dry = p.rollback(url, &["--dry-run"]);
    assert_eq!(dry.status.code(), Some(0), "{}", stderr(&dry));
    assert!(
        stdout(&dry).contains("run 3: would roll back: 0 item(s) removed, 1 restored"),
        "{}",
        stdout(&dry)
    );
    assert_eq!(content(url), updated);
    assert_eq!(query(url, "SELECT COUNT(*) FROM audit_events"), events);
    assert_eq!(status_of(url, 3), "done");
    let out = p.rollback_json(url, &["3"]);
    assert_eq!(out["runs"][0]["restored"], 1, "{out:#}");
    assert_eq!(content(url), base);
    // The id map's hashes are the old ones: the same edit updates again.
    let upd = p.run(url);
    assert_eq!(upd["counts"]["articles"]["updated"], 1, "{upd:#}");
    p.rollback_json(url, &[]);
    assert_eq!(content(url), base);
    p.edit_title(true);

    // Move: a mapping edit moves a category and its articles.
    p.edit_mapping(false);
    let mv = p.run(url);
    let moved = mv["counts"]["articles"]["moved"].as_u64().unwrap()
        + mv["counts"]["categories"]["moved"].as_u64().unwrap();
    assert!(moved >= 2, "{mv:#}");
    assert_ne!(content(url), base);
    let run = mv["run_id"].as_i64().unwrap();
    let out = p.rollback_json(url, &[]);
    assert_eq!(out["runs"][0]["run"], run, "{out:#}");
    assert_eq!(out["runs"][0]["restored"], moved, "{out:#}");
    assert_eq!(content(url), base);

    // A later run that moves the same rows back depends on the move.
    let mv = p.run(url);
    let moving = mv["run_id"].as_i64().unwrap();
    p.edit_mapping(true);
    let back = p.run(url);
    let later = back["run_id"].as_i64().unwrap();
    assert_eq!(content(url), base);
    let refused = p.rollback(url, &[&moving.to_string()]);
    assert_eq!(refused.status.code(), Some(2));
    let err = stderr(&refused);
    assert!(
        err.contains(&format!(
            "run {moving} cannot be rolled back alone: later run(s) {later} changed rows it changed"
        )),
        "{err}"
    );
    assert!(
        err.contains("--cascade") && err.contains("nothing was written"),
        "{err}"
    );
    assert_eq!(status_of(url, moving), "done");
    let out = p.rollback_json(url, &[&moving.to_string(), "--cascade"]);
    let order: Vec<i64> = out["runs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["run"].as_i64().unwrap())
        .collect();
    assert_eq!(order, vec![later, moving], "{out:#}");
    assert_eq!(content(url), base);
    assert_eq!(status_of(url, later), "rolled-back");

    // Every rollback is on the chain, which still verifies.
    let rolled = query(
        url,
        "SELECT run_id FROM audit_events WHERE kind = 'ROLLED_BACK' ORDER BY seq",
    );
    let rolled: Vec<&str> = rolled.iter().map(|r| r[0].as_str()).collect();
    let expect = ["1", "3", "4", "5"]
        .into_iter()
        .map(String::from)
        .chain([later.to_string(), moving.to_string()])
        .collect::<Vec<_>>();
    assert_eq!(rolled, expect);
    assert!(chain_verifies(url) > 0);
    let again = p.rollback(url, &[&moving.to_string()]);
    assert_eq!(again.status.code(), Some(2));
    assert!(
        stderr(&again).contains(&format!("run {moving} was rolled back already")),
        "{}",
        stderr(&again)
    );
}

#[test]
fn sqlite_rollback_restores_the_state_before_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let p = Paths::new(dir.path());
    let url = format!("sqlite://{}", dir.path().join("portal.db").display());
    scenario(&url, &p);
    // The JSONL mirror got the rollbacks too, and verifies.
    let events = audit::read_jsonl(&dir.path().join("audit.jsonl")).unwrap();
    assert!(events
        .iter()
        .any(|e| e.event.kind == model::EventKind::RolledBack));
    audit::verify(events).unwrap();
}

#[test]
fn postgres_rollback_restores_the_state_before_the_run() {
    let Some(db) = ScratchDb::create(Server::Postgres) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    scenario(&db.url, &Paths::new(dir.path()));
}

#[test]
fn mysql_rollback_restores_the_state_before_the_run() {
    let Some(db) = ScratchDb::create(Server::MySql) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    scenario(&db.url, &Paths::new(dir.path()));
}

#[test]
fn a_target_without_runs_has_nothing_to_roll_back() {
    let dir = tempfile::tempdir().unwrap();
    let p = Paths::new(dir.path());
    let url = format!("sqlite://{}", dir.path().join("portal.db").display());
    block_on(async { load::Target::connect(&url).await.unwrap().close().await }).unwrap();
    let o = p.rollback(&url, &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no run to roll back"), "{}", stderr(&o));
    let o = p.rollback(&url, &["7"]);
    assert!(
        stderr(&o).contains("the target has no run 7; runs that can be rolled back: none"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_run_whose_rows_others_refer_to_is_not_rolled_back() {
    let dir = tempfile::tempdir().unwrap();
    let p = Paths::new(dir.path());
    let db = dir.path().join("portal.db");
    let url = format!("sqlite://{}", db.display());
    p.run(&url);
    // The new portal's editors add an article to a migrated category.
    block_on(async {
        use sqlx::Connection;
        let mut c = sqlx::SqliteConnection::connect(&url).await.unwrap();
        sqlx::query(
            "INSERT INTO articles (source_key, kind, title, slug, summary, body_html, body_text, \
             author, status, category_id, section, home_image, old_url, new_url) \
             SELECT 'editor/article/1', kind, 'Bài mới của biên tập viên', slug || '-moi', \
             summary, body_html, body_text, author, status, category_id, section, home_image, \
             '', new_url || '-moi' FROM articles WHERE category_id IS NOT NULL LIMIT 1",
        )
        .execute(&mut c)
        .await
        .unwrap();
        c.close().await.unwrap();
    });
    let before = content(&url);
    let o = p.rollback(&url, &[]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains(
            "run 1 cannot be rolled back: rows it did not write refer to rows it inserted"
        ),
        "{err}"
    );
    assert!(err.contains("nothing was written"), "{err}");
    assert_eq!(content(&url), before);
    assert_eq!(status_of(&url, 1), "done");
}
