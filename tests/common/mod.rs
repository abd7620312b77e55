//! Helpers for the end-to-end tests: run the real binary, read the real
//! SQLite target it wrote.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn sample(name: &str) -> PathBuf {
    root().join("samples/nukeviet45").join(name)
}

/// What a bundled sample's generator expects (`samples/<dir>/expected.json`,
/// written by scripts/gen-samples.py).
pub fn expected_of(dir: &str) -> serde_json::Value {
    let path = root().join("samples").join(dir).join("expected.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap()
}

/// `tin-tuc/3` (module/id, as expected.json names items) to the source key.
pub fn key(exp: &serde_json::Value, module_id: &str, entity: &str) -> String {
    let (module, id) = module_id.split_once('/').unwrap();
    let inst = exp["instances"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["module"] == module)
        .unwrap_or_else(|| panic!("no instance `{module}` in expected.json"));
    format!("{}/{entity}/{id}", inst["source"].as_str().unwrap())
}

/// A file of ../shared/data, which CI always has beside the checkout.
/// Outside CI a missing file skips the test (returns None), saying so.
pub fn shared(rel: &str) -> Option<PathBuf> {
    let p = root().join("../shared/data").join(rel);
    if p.exists() {
        return Some(p);
    }
    if std::env::var_os("CI").is_some() {
        panic!(
            "{} is missing: CI must have ../shared beside the checkout",
            p.display()
        );
    }
    eprintln!(
        "skipped: {} not found (../shared is not beside this checkout)",
        p.display()
    );
    None
}

pub fn portmig(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_portmig"))
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("the portmig binary runs")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// `portmig run` of `source` with `mapping` into the SQLite file `db`,
/// in `db`'s folder, with `extra` arguments.
pub fn run(source: &Path, mapping: &Path, db: &Path, extra: &[&str]) -> Output {
    let target = format!("sqlite://{}", db.display());
    let mut args = vec![
        "run",
        "--source",
        source.to_str().unwrap(),
        "--mapping",
        mapping.to_str().unwrap(),
        "--target",
        &target,
    ];
    args.extend_from_slice(extra);
    portmig(&args, db.parent().unwrap())
}

/// `portmig run --json` into `db`, asserting the exit code; returns the
/// outcome JSON.
pub fn run_json(source: &Path, mapping: &Path, db: &Path, expect_code: i32) -> serde_json::Value {
    let o = run(source, mapping, db, &["--json"]);
    assert_eq!(
        o.status.code(),
        Some(expect_code),
        "stdout:\n{}\nstderr:\n{}",
        stdout(&o),
        stderr(&o)
    );
    serde_json::from_str(&stdout(&o)).unwrap_or_else(|e| panic!("not JSON ({e}): {}", stdout(&o)))
}

/// Runs SQL against the SQLite target and returns every row as strings.
pub fn query(db: &Path, sql: &str) -> Vec<Vec<String>> {
    use sqlx::{Connection, Row, ValueRef};
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let mut conn = sqlx::SqliteConnection::connect(&format!("sqlite://{}", db.display()))
            .await
            .unwrap();
        let rows = sqlx::query(sql).fetch_all(&mut conn).await.unwrap();
        rows.iter()
            .map(|r| {
                (0..r.columns().len())
                    .map(|i| {
                        let raw = r.try_get_raw(i).unwrap();
                        if raw.is_null() {
                            return "NULL".to_string();
                        }
                        r.try_get::<String, _>(i)
                            .or_else(|_| r.try_get::<i64, _>(i).map(|v| v.to_string()))
                            .or_else(|_| r.try_get::<f64, _>(i).map(|v| v.to_string()))
                            .unwrap_or_default()
                    })
                    .collect()
            })
            .collect()
    })
}

pub fn count(db: &Path, sql: &str) -> i64 {
    query(db, sql)[0][0].parse().unwrap()
}

/// The target's content, canonical: every table a portal reads, ordered,
/// without run ids and timestamps of the run itself.
pub fn canonical(db: &Path) -> Vec<Vec<String>> {
    canonical_with(
        db,
        "SELECT source_key, reason, provenance, raw FROM quarantine ORDER BY source_key",
    )
}

fn canonical_with(db: &Path, quarantine_sql: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for sql in [
        "SELECT slug, parent, name, name_en, weight FROM sections ORDER BY slug",
        "SELECT source_key, parent_id, slug, name, section, enabled, weight, old_url FROM categories ORDER BY source_key",
        "SELECT source_key, kind, title, slug, summary, body_html, body_text, author, status, published_at, created_at, updated_at, expires_at, category_id, section, home_image, old_url, new_url FROM articles ORDER BY source_key",
        "SELECT article_id, category_id, position FROM article_categories ORDER BY article_id, category_id",
        "SELECT article_id, role, path FROM attachments ORDER BY article_id, role, path",
        "SELECT old_url, new_url, status, source_key FROM redirects ORDER BY old_url",
        "SELECT source_key, entity, target_id, content_hash, decision_hash FROM id_map ORDER BY source_key",
        quarantine_sql,
    ] {
        out.extend(query(db, sql));
        out.push(vec!["--".into()]);
    }
    out
}

/// The target's content, canonical, comparable between runs over different
/// files that hold the same rows (another dump layout, a schema + data
/// pair): [`canonical`] with each quarantined item's provenance reduced to
/// its table (bytes and lines differ between layouts), followed by the item
/// events of the audit log in order (kind, key, data: no times, runs,
/// hashes or provenance).
pub fn canonical_content(db: &Path) -> Vec<Vec<String>> {
    let mut out = canonical_with(
        db,
        "SELECT source_key, reason, json_extract(provenance, '$.table'), raw FROM quarantine \
         ORDER BY source_key",
    );
    for r in query(
        db,
        "SELECT kind, source_key, event FROM audit_events WHERE source_key IS NOT NULL ORDER BY seq",
    ) {
        let ev: serde_json::Value = serde_json::from_str(&r[2]).unwrap();
        out.push(vec![r[0].clone(), r[1].clone(), ev["data"].to_string()]);
    }
    out
}

/// The source keys of the news instances `stems` (`nv4_vi_news`) in
/// `dumps`, read in order with the dump reader itself: every `_cat` row's
/// `catid` (`<stem>/category/<id>`) and every `_rows` and `_detail` row's
/// `id` (`<stem>/article/<id>`). Per-category copies and other tables are
/// not items.
pub fn source_keys(dumps: &[&Path], stems: &[&str]) -> std::collections::BTreeSet<String> {
    let mut keys = std::collections::BTreeSet::new();
    for dump in dumps {
        let mut rdr = sqldump::open(dump).unwrap_or_else(|e| panic!("{}: {e}", dump.display()));
        let mut row = sqldump::RawRow::new();
        while rdr
            .read_row(&mut row)
            .unwrap_or_else(|e| panic!("{}: {e}", dump.display()))
        {
            let table = row.table().name.clone();
            for stem in stems {
                let (entity, column) = match table.strip_prefix(stem) {
                    Some("_cat") => ("category", "catid"),
                    Some("_rows") | Some("_detail") => ("article", "id"),
                    Some("_topics") => ("topic", "topicid"),
                    Some("_sources") => ("source", "sourceid"),
                    Some("_tags") => ("tag", "tid"),
                    Some("_author") => ("author", "id"),
                    _ => continue,
                };
                let id = row
                    .get_by_name(column)
                    .and_then(|v| v.as_bytes())
                    .map(|b| String::from_utf8_lossy(b).into_owned())
                    .unwrap_or_else(|| panic!("{table}: a row without `{column}`"));
                keys.insert(format!("{stem}/{entity}/{id}"));
            }
        }
    }
    keys
}

/// Reconciles a run with its input: every key of `keys` (see
/// [`source_keys`]) is in the id map (loaded), in the quarantine, or has a
/// `SKIPPED` event with a reason; and the id map and the quarantine hold
/// nothing else. Panics listing what does not reconcile.
pub fn reconcile(db: &Path, keys: &std::collections::BTreeSet<String>) {
    use std::collections::BTreeSet;
    let col = |sql: &str| -> BTreeSet<String> {
        query(db, sql)
            .into_iter()
            .map(|mut r| r.remove(0))
            .collect()
    };
    let loaded = col("SELECT source_key FROM id_map");
    let quarantined = col("SELECT source_key FROM quarantine");
    let skipped: BTreeSet<String> = query(
        db,
        "SELECT source_key, event FROM audit_events WHERE kind = 'SKIPPED' AND source_key IS NOT NULL",
    )
    .into_iter()
    .filter(|r| {
        let ev: serde_json::Value = serde_json::from_str(&r[1]).unwrap();
        ev["data"]["reason"].as_str().is_some_and(|s| !s.is_empty())
    })
    .map(|mut r| r.remove(0))
    .collect();
    let missing: Vec<&String> = keys
        .iter()
        .filter(|k| !loaded.contains(*k) && !quarantined.contains(*k) && !skipped.contains(*k))
        .collect();
    let unknown: Vec<&String> = loaded
        .iter()
        .chain(&quarantined)
        .filter(|k| !keys.contains(*k))
        .collect();
    assert!(
        missing.is_empty() && unknown.is_empty(),
        "{} of {} source ids not accounted for (not loaded, quarantined or skipped): {missing:?}; \
         in the target but not in the dump: {unknown:?}",
        missing.len(),
        keys.len()
    );
}

/// [`source_keys`] of a bundled sample's dump, for the instances its
/// expected.json lists.
pub fn sample_keys(exp: &serde_json::Value, dump: &Path) -> std::collections::BTreeSet<String> {
    let stems: Vec<&str> = exp["instances"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["source"].as_str().unwrap())
        .collect();
    let keys = source_keys(&[dump], &stems);
    let want = exp["categories"].as_u64().unwrap() + exp["articles_total"].as_u64().unwrap();
    let items = keys
        .iter()
        .filter(|k| k.contains("/category/") || k.contains("/article/"))
        .count();
    assert_eq!(items as u64, want, "{keys:?}");
    keys
}

/// Runs a future to completion on a fresh current-thread runtime (for the
/// tests that open a target through the `load` crate).
pub fn block_on<T>(f: impl std::future::Future<Output = T>) -> T {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(f)
}
