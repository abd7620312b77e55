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
