//! Bad input: each case gives a clear message naming the file and the
//! place, loses nothing that came before, and never panics.

mod common;
use common::*;
use std::path::Path;

fn run_raw(dir: &Path, source: &Path, mapping: &Path) -> std::process::Output {
    run(source, mapping, &dir.join("t.db"), &[])
}

fn no_panic(o: &std::process::Output) {
    assert!(!stderr(o).contains("panicked"), "{}", stderr(o));
}

/// Copies the sample's mapping and taxonomy into `dir`, with `edit` applied
/// to the mapping text.
fn mapping_copy(dir: &Path, edit: impl Fn(&str) -> String) -> std::path::PathBuf {
    std::fs::copy(sample("taxonomy.toml"), dir.join("taxonomy.toml")).unwrap();
    let text = std::fs::read_to_string(sample("mapping.toml")).unwrap();
    let p = dir.join("mapping.toml");
    std::fs::write(&p, edit(&text)).unwrap();
    p
}

#[test]
fn a_dump_truncated_inside_a_row_loads_what_came_before_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let dump = std::fs::read(sample("portal.sql")).unwrap();
    // Cut in the middle of the 5th row of the articles table.
    let text = String::from_utf8_lossy(&dump);
    let insert = text.find("INSERT INTO `nv4_vi_news_rows`").unwrap();
    let mut row_starts = text[insert..]
        .match_indices("\n(")
        .map(|(i, _)| insert + i + 1);
    let fifth = row_starts.nth(4).unwrap();
    let cut = fifth + 20;
    let line = text[..cut].matches('\n').count() + 1;
    let truncated = dir.path().join("truncated.sql");
    std::fs::write(&truncated, &dump[..cut]).unwrap();

    let o = run_raw(
        dir.path(),
        &truncated,
        &mapping_copy(dir.path(), |t| t.to_string()),
    );
    no_panic(&o);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("truncated.sql"), "{err}");
    assert!(
        err.contains(&format!("byte {cut}")),
        "no byte offset {cut} in: {err}"
    );
    assert!(
        err.contains(&format!("line {line}")),
        "no line {line} in: {err}"
    );
    // The four complete rows before the cut were loaded or quarantined, and counted.
    let db = dir.path().join("t.db");
    let loaded =
        count(&db, "SELECT COUNT(*) FROM articles") + count(&db, "SELECT COUNT(*) FROM quarantine");
    assert_eq!(loaded, 4, "{}", stdout(&o));
    assert!(stdout(&o).contains("inserted"), "{}", stdout(&o));
    let json = run_json(
        &truncated,
        &dir.path().join("mapping.toml"),
        &dir.path().join("again.db"),
        1,
    );
    assert_eq!(json["extracted"]["articles"], 4, "{json:#}");
    assert!(
        json["input_error"]
            .as_str()
            .unwrap()
            .contains(&format!("byte {cut}")),
        "{json:#}"
    );
    assert_eq!(query(&db, "SELECT status FROM runs")[0][0], "failed");
}

#[test]
fn a_mapping_syntax_error_names_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let m = mapping_copy(dir.path(), |t| {
        t.replacen("section = \"tuyen-dung\"", "section = \"tuyen-dung", 1)
    });
    let bad_line = std::fs::read_to_string(&m)
        .unwrap()
        .lines()
        .position(|l| l == "section = \"tuyen-dung")
        .unwrap()
        + 1;
    let o = run_raw(dir.path(), &sample("portal.sql"), &m);
    no_panic(&o);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains(&format!("mapping.toml:{bad_line}:")), "{err}");
    assert!(
        !dir.path().join("t.db").exists()
            || count(&dir.path().join("t.db"), "SELECT COUNT(*) FROM articles") == 0
    );
}

#[test]
fn a_rule_for_a_category_that_does_not_exist_warns_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let m = mapping_copy(dir.path(), |t| {
        format!("{t}\n[[rule]]\nid = \"khong-ton-tai\"\ncategory_alias = \"chuyen-muc-khong-co\"\nsection = \"tin-tuc-su-kien\"\n")
    });
    let o = run_raw(dir.path(), &sample("portal.sql"), &m);
    no_panic(&o);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("warning") && err.contains("khong-ton-tai"),
        "{err}"
    );
    assert!(count(&dir.path().join("t.db"), "SELECT COUNT(*) FROM articles") > 0);
    assert_eq!(
        count(&dir.path().join("t.db"), "SELECT COUNT(*) FROM audit_events WHERE kind = 'WARNING' AND event LIKE '%khong-ton-tai%'"),
        1
    );
}

#[test]
fn a_missing_file_is_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let o = run_raw(
        dir.path(),
        &dir.path().join("khong-co.sql"),
        &sample("mapping.toml"),
    );
    no_panic(&o);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("khong-co.sql") && stderr(&o).contains("no such file"),
        "{}",
        stderr(&o)
    );

    let o = run_raw(
        dir.path(),
        &sample("portal.sql"),
        &dir.path().join("khong-co.toml"),
    );
    no_panic(&o);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("khong-co.toml"), "{}", stderr(&o));

    let o = portmig(
        &["inspect", dir.path().join("khong-co.sql").to_str().unwrap()],
        dir.path(),
    );
    no_panic(&o);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("khong-co.sql"), "{}", stderr(&o));
}
