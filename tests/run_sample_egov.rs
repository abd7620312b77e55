//! The eGovernment sample (samples/egov44, written by scripts/gen-samples.py
//! egov with its expectations in expected.json): legal documents of the
//! `laws` module become document articles with their documents row, files
//! and redirects; every document of the dump is in the target or has a
//! logged reason; a re-run changes nothing. And the real eGovernment dump in
//! ../shared (schema and taxonomies, no documents) runs without error.

mod common;
use common::*;
use serde_json::Value;
use std::path::PathBuf;

fn egov(name: &str) -> PathBuf {
    root().join("samples/egov44").join(name)
}

fn s(v: &Value) -> String {
    match v {
        Value::Null => "NULL".into(),
        Value::String(x) => x.clone(),
        other => other.to_string(),
    }
}

/// Every `id` of `table` in the dump's INSERTs (first value of each row).
fn dump_ids(table: &str) -> Vec<String> {
    // Lossy: one field is TCVN3 bytes on purpose; ids are ASCII.
    let bytes = std::fs::read(egov("portal.sql")).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    let start = format!("INSERT INTO `{table}` VALUES");
    let mut ids = Vec::new();
    let mut inside = false;
    for line in text.lines() {
        if line.starts_with(&start) {
            inside = true;
            continue;
        }
        if inside {
            let id: String = line[1..].chars().take_while(char::is_ascii_digit).collect();
            ids.push(id);
            if line.ends_with(';') {
                break;
            }
        }
    }
    ids
}

#[test]
fn the_egov_sample_migrates_as_its_generator_expects() {
    let exp = expected_of("egov44");
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("egov.db");
    let out = run_json(&egov("portal.sql"), &egov("mapping.toml"), &db, 0);
    let c = &out["counts"];
    let docs = exp["documents"].as_i64().unwrap();
    let news = exp["articles"].as_i64().unwrap();
    assert_eq!(c["categories"]["inserted"], exp["categories"], "{out:#}");
    assert_eq!(c["documents"]["inserted"], docs, "{out:#}");
    assert_eq!(c["articles"]["inserted"], docs + news, "{out:#}");
    assert_eq!(c["quarantined"], 0, "{out:#}");
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM categories"),
        exp["categories"].as_i64().unwrap()
    );
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM articles WHERE kind = 'news'"),
        news
    );
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM articles WHERE kind = 'document'"),
        docs
    );
    assert_eq!(count(&db, "SELECT COUNT(*) FROM documents"), docs);
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM attachments WHERE role = 'file'"),
        exp["attachments"].as_i64().unwrap()
    );
    // Every item with an old page has its redirects (each in every form
    // NukeViet answered: see tests/redirects.rs).
    assert_eq!(
        count(&db, "SELECT COUNT(DISTINCT source_key) FROM redirects"),
        exp["redirects"].as_i64().unwrap()
    );

    // Each document: its facts, its page, its files, its redirect.
    for (mid, d) in exp["documents_by_key"].as_object().unwrap() {
        let k = key(&exp, mid, "document");
        let rows = query(
            &db,
            &format!(
                "SELECT d.symbol, d.doc_type, d.issuer, d.signer, d.examiner, d.issued_on, \
                 d.effective_from, d.expires_on, d.summary, d.fields, a.title, a.section, \
                 a.status, a.old_url, a.new_url, a.kind, d.subjects \
                 FROM documents d JOIN articles a ON a.id = d.article_id \
                 WHERE a.source_key = '{k}'"
            ),
        );
        assert_eq!(rows.len(), 1, "{k} not loaded");
        let r = &rows[0];
        let want = [
            "symbol",
            "doc_type",
            "issuer",
            "signer",
            "examiner",
            "issued_on",
            "effective_from",
            "expires_on",
            "summary",
        ];
        for (i, f) in want.iter().enumerate() {
            assert_eq!(r[i], s(&d[*f]), "{k} {f}");
        }
        let fields: Value = serde_json::from_str(&r[9]).unwrap();
        assert_eq!(fields, d["fields"], "{k} fields");
        assert_eq!(r[10], s(&d["title"]), "{k} title");
        assert_eq!(r[11], s(&d["section"]), "{k} section");
        assert_eq!(r[12], s(&d["status"]), "{k} status");
        assert_eq!(r[13], s(&d["old_url"]), "{k} old url");
        assert_eq!(r[15], "document");
        let subjects: Value = serde_json::from_str(&r[16]).unwrap();
        assert_eq!(subjects, serde_json::json!([d["issuer"]]), "{k} subjects");
        let redirect = query(
            &db,
            &format!("SELECT new_url FROM redirects WHERE old_url = '{}'", r[13]),
        );
        assert_eq!(redirect, [[r[14].clone()]], "{k} redirect");
        let files: Vec<String> = query(
            &db,
            &format!(
                "SELECT t.path FROM attachments t JOIN articles a ON a.id = t.article_id \
                 WHERE a.source_key = '{k}' AND t.role = 'file' ORDER BY t.id"
            ),
        )
        .into_iter()
        .map(|r| r[0].clone())
        .collect();
        let want: Vec<String> = d["files"].as_array().unwrap().iter().map(s).collect();
        assert_eq!(files, want, "{k} files");
    }

    // The TCVN3 trích yếu: decoded, and the audit log says from what.
    for e in exp["encoded_fields"].as_array().unwrap() {
        let k = key(&exp, e["key"].as_str().unwrap(), "document");
        let summary = query(
            &db,
            &format!(
                "SELECT d.summary, a.summary FROM documents d JOIN articles a \
                 ON a.id = d.article_id WHERE a.source_key = '{k}'"
            ),
        );
        assert_eq!(summary[0][0], s(&e["expected"]));
        assert_eq!(summary[0][1], s(&e["expected"]));
        let decoded = query(
            &db,
            &format!(
                "SELECT event FROM audit_events WHERE kind = 'DECODED' AND source_key = '{k}'"
            ),
        );
        let ev: Value = serde_json::from_str(&decoded[0][0]).unwrap();
        assert_eq!(
            ev["data"]["fields"]["summary"]["charset"], e["charset"],
            "{ev:#}"
        );
    }

    // The document's own symbol is not listed among what it cites; what
    // it cites is.
    let k1 = key(&exp, "van-ban/1", "document");
    let refs = query(
        &db,
        &format!(
            "SELECT r.symbol FROM article_references r JOIN articles a ON a.id = r.article_id \
             WHERE a.source_key = '{k1}' AND r.symbol IS NOT NULL"
        ),
    );
    assert!(refs.is_empty(), "{refs:?}");
    let k4 = key(&exp, "van-ban/4", "document");
    let refs = query(
        &db,
        &format!(
            "SELECT r.symbol FROM article_references r JOIN articles a ON a.id = r.article_id \
             WHERE a.source_key = '{k4}'"
        ),
    );
    assert_eq!(refs, [["125/QĐ-UBND"]]);

    // Warnings the sample plants, in the audit log.
    for (mid, about) in exp["warnings"].as_object().unwrap() {
        let k = key(&exp, mid, "document");
        let w = query(
            &db,
            &format!(
                "SELECT event FROM audit_events WHERE kind = 'WARNING' AND source_key = '{k}'"
            ),
        );
        assert!(
            w.iter().any(|r| r[0].contains(about.as_str().unwrap())),
            "{k}: no warning about {about}: {w:?}"
        );
    }

    // Reconciliation: every `_laws_row` of the dump is loaded, or the log
    // says why not.
    let ids = dump_ids("nv4_vi_laws_row");
    assert_eq!(ids.len() as i64, docs);
    for id in ids {
        let k = format!("nv4_vi_laws/document/{id}");
        let loaded = count(
            &db,
            &format!("SELECT COUNT(*) FROM articles WHERE source_key = '{k}'"),
        );
        let explained = count(
            &db,
            &format!(
                "SELECT COUNT(*) FROM audit_events WHERE source_key = '{k}' \
                 AND kind IN ('QUARANTINED', 'SKIPPED')"
            ),
        );
        assert!(
            loaded == 1 || explained > 0,
            "{k}: neither loaded nor explained"
        );
    }

    // A second run: all unchanged.
    let before = canonical(&db);
    let again = run_json(&egov("portal.sql"), &egov("mapping.toml"), &db, 0);
    let c = &again["counts"];
    for what in ["categories", "articles", "documents"] {
        assert_eq!(c[what]["inserted"], 0, "{again:#}");
        assert_eq!(c[what]["updated"], 0, "{again:#}");
        assert_eq!(c[what]["moved"], 0, "{again:#}");
    }
    assert_eq!(c["documents"]["unchanged"], docs, "{again:#}");
    assert_eq!(canonical(&db), before);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM documents"), docs);
}

#[test]
fn a_changed_signer_is_an_update() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("egov.db");
    run_json(&egov("portal.sql"), &egov("mapping.toml"), &db, 0);
    // The same dump with one signer renamed (a correction on the old site).
    let text = std::fs::read(egov("portal.sql")).unwrap();
    let from = "(2,'Lê Thị Hoa'".as_bytes();
    let at = text
        .windows(from.len())
        .position(|w| w == from)
        .expect("signer 2 in the sample");
    let mut edited = text[..at].to_vec();
    edited.extend_from_slice("(2,'Lê Thị Hòa Bình'".as_bytes());
    edited.extend_from_slice(&text[at + from.len()..]);
    let dump = dir.path().join("edited.sql");
    std::fs::write(&dump, edited).unwrap();
    let out = run_json(&dump, &egov("mapping.toml"), &db, 0);
    // Signer 2 signed two documents.
    assert_eq!(out["counts"]["documents"]["updated"], 2, "{out:#}");
    assert_eq!(out["counts"]["documents"]["unchanged"], 6, "{out:#}");
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM documents WHERE signer = 'Lê Thị Hòa Bình'"
        ),
        2
    );
}

#[test]
fn the_shared_egov_dump_runs_without_error() {
    let Some(dump) = shared("dumps/nukeviet_egov_laws_organs_4.4_vi.mysqldump.sql") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("egov.db");
    let mapping = root().join("tests/fixtures/shared-egov44.toml");
    let out = run_json(&dump, &mapping, &db, 0);
    // Its nine document types, no documents (the dump has none), no news.
    assert_eq!(out["counts"]["categories"]["inserted"], 9, "{out:#}");
    assert_eq!(out["counts"]["articles"]["inserted"], 0, "{out:#}");
    assert_eq!(out["counts"]["documents"]["inserted"], 0, "{out:#}");
    let decisions = query(
        &db,
        "SELECT name, section, old_url FROM categories WHERE source_key = 'nv4_vi_laws/category/3'",
    );
    assert_eq!(
        decisions,
        [["Quyết định", "quyet-dinh", "/vi/laws/Quyet-dinh/"]]
    );
    let again = run_json(&dump, &mapping, &db, 0);
    assert_eq!(again["counts"]["categories"]["unchanged"], 9, "{again:#}");
}
