//! Every dump layout a NukeViet site hands over (samples/layouts, written
//! by `scripts/gen-samples.py layouts` from the rows of the 4.5 sample)
//! migrates to the same target as the mariadb-dump layout: same categories,
//! articles, links, redirects, quarantine, id-map hashes and audit
//! decisions.

mod common;
use common::*;
use std::path::PathBuf;
use std::sync::OnceLock;

fn layout(name: &str) -> PathBuf {
    root().join("samples/layouts").join(name)
}

/// Runs `files` (read in this order) into a fresh SQLite target and returns
/// its canonical content.
fn migrate(files: &[&str]) -> Vec<Vec<String>> {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let target = format!("sqlite://{}", db.display());
    let mapping = sample("mapping.toml");
    let mut args = vec!["run", "--json"];
    let paths: Vec<String> = files
        .iter()
        .map(|f| layout(f).to_str().unwrap().to_string())
        .collect();
    for p in &paths {
        args.extend(["--source", p.as_str()]);
    }
    args.extend(["--mapping", mapping.to_str().unwrap(), "--target", &target]);
    let o = portmig(&args, dir.path());
    assert_eq!(
        o.status.code(),
        Some(0),
        "{files:?}\nstdout:\n{}\nstderr:\n{}",
        stdout(&o),
        stderr(&o)
    );
    // The rows of the sample: what its generator expects loaded.
    let exp = expected_of("nukeviet45");
    let out: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let c = &out["counts"];
    assert_eq!(
        c["categories"]["inserted"], exp["categories_loaded"],
        "{files:?}: {out:#}"
    );
    assert_eq!(
        c["articles"]["inserted"], exp["articles_loaded"],
        "{files:?}: {out:#}"
    );
    assert_eq!(c["quarantined"], exp["quarantined"], "{files:?}: {out:#}");
    canonical_content(&db)
}

fn reference() -> &'static Vec<Vec<String>> {
    static REF: OnceLock<Vec<Vec<String>>> = OnceLock::new();
    REF.get_or_init(|| migrate(&["mariadb-dump.sql"]))
}

/// The layout's target equals the reference's, row for row; on a
/// difference, the first differing row of each is shown.
fn same_as_reference(files: &[&str]) {
    let got = migrate(files);
    let want = reference();
    if let Some(i) = (0..got.len().max(want.len())).find(|&i| got.get(i) != want.get(i)) {
        panic!(
            "{files:?} differs from mariadb-dump.sql at canonical row {i}:\n  got:  {:?}\n  want: {:?}",
            got.get(i),
            want.get(i)
        );
    }
}

#[test]
fn the_reference_holds_the_escapes_text() {
    // The body the generator added backslashes, line ends and quotes to is
    // loaded with them: the layouts really exercise their escaping.
    let want = reference();
    assert!(
        want.iter()
            .flatten()
            .any(|v| v.contains(r"\\may-chu\ho-so\2024\")
                && v.contains("'tháng 6'")
                && v.contains("HS-2024-06")),
        "no article body holds the escapes text"
    );
}

#[test]
fn oracle_mysqldump_extended_insert() {
    same_as_reference(&["mysqldump-extended.sql"]);
}

#[test]
fn skip_extended_insert() {
    same_as_reference(&["skip-extended-insert.sql"]);
}

#[test]
fn phpmyadmin_export() {
    same_as_reference(&["phpmyadmin.sql"]);
}

#[test]
fn nukeviet_admin_backup() {
    same_as_reference(&["nukeviet-backup.sql"]);
}

#[test]
fn no_backslash_escapes() {
    same_as_reference(&["no-backslash-escapes.sql"]);
}

#[test]
fn hex_literals_and_introducers() {
    same_as_reference(&["hex-introducers.sql"]);
}

#[test]
fn crlf_line_ends() {
    same_as_reference(&["crlf.sql"]);
}

#[test]
fn gzip() {
    same_as_reference(&["mariadb-dump.sql.gz"]);
}

#[test]
fn schema_file_then_data_file() {
    same_as_reference(&["schema.sql", "data.sql"]);
}
