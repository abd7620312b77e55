//! `portmig run` driven by a project file (`portmig.toml`): paths relative
//! to it, `[text]` options applied, errors with file, line and column.

mod common;
use common::*;

fn write_project(dir: &std::path::Path, text: &str) -> std::path::PathBuf {
    let f = dir.join("portmig.toml");
    let body = format!(
        "sources = [{:?}]\nmapping = {:?}\ntarget = \"sqlite://p.db\"\n{text}",
        sample("portal.sql").display().to_string(),
        sample("mapping.toml").display().to_string(),
    );
    std::fs::write(&f, body).unwrap();
    f
}

#[test]
fn a_project_file_in_the_current_directory_is_enough() {
    let dir = tempfile::tempdir().unwrap();
    write_project(dir.path(), "[text]\ntone_style = \"modern\"\n");
    let o = portmig(&["run", "--json"], dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let out: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(out["counts"]["articles"]["inserted"].as_u64().unwrap() > 0);
    let db = dir.path().join("p.db");
    assert!(db.exists(), "target relative to the project file");

    // The modern style moved the tone mark of "Hòa" in every field it is in,
    // and the audit log says so per change class, with counts only.
    let rows = query(
        &db,
        "SELECT summary FROM articles WHERE summary LIKE '%Tân Ho%'",
    );
    assert!(!rows.is_empty());
    for r in &rows {
        assert!(
            r[0].contains("Tân Hoà") && !r[0].contains("Tân Hòa"),
            "{}",
            r[0]
        );
    }
    let events = query(
        &db,
        "SELECT event FROM audit_events WHERE kind = 'NORMALIZED'",
    );
    let tone: Vec<serde_json::Value> = events
        .iter()
        .map(|r| serde_json::from_str::<serde_json::Value>(&r[0]).unwrap()["data"].clone())
        .filter(|d| d["class"] == "tone_marks")
        .collect();
    assert!(!tone.is_empty(), "{events:?}");
    assert!(tone
        .iter()
        .all(|d| d["count"].as_u64().unwrap() >= 1 && d.get("text").is_none()));
}

#[test]
fn project_file_errors_name_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let f = write_project(dir.path(), "[text]\ntone_style = \"sideways\"\n");
    let o = portmig(&["run", "--config", f.to_str().unwrap()], dir.path());
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("tone_style"), "{}", stderr(&o));
    write_project(dir.path(), "[text]\ntone = \"modern\"\n");
    let o = portmig(&["run"], dir.path());
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("portmig.toml:5:1"), "{}", stderr(&o));
}

#[test]
fn a_site_chrome_rules_file_adds_to_the_built_in_rules() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("site-chrome.toml"),
        "[[rule]]\nid = \"full-text-link\"\nremove = \"block\"\nprefix = [\"tải toàn văn\"]\n",
    )
    .unwrap();
    write_project(
        dir.path(),
        "[text]\nchrome_rules = [\"site-chrome.toml\"]\n",
    );
    let o = portmig(&["run", "--json"], dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let db = dir.path().join("p.db");
    let body = query(
        &db,
        "SELECT body_html FROM articles WHERE title LIKE 'Quyết định số 1234/QĐ-UBND%'",
    );
    assert!(!body[0][0].contains("Tải toàn văn"), "{}", body[0][0]);
    assert!(body[0][0].contains("Mục tiêu"), "the article text stays");
    let events = query(
        &db,
        "SELECT event FROM audit_events WHERE kind = 'NORMALIZED'",
    );
    assert!(events.iter().any(|r| r[0].contains("\"chrome_removed\"")));

    // A broken rules file is named with its line.
    std::fs::write(
        dir.path().join("site-chrome.toml"),
        "[[rule]]\nid = \"x\"\nbogus = 1\n",
    )
    .unwrap();
    let o = portmig(&["run"], dir.path());
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("site-chrome.toml:"), "{}", stderr(&o));
}
