//! The bundled sample (samples/nukeviet45, written by scripts/gen-samples.py
//! with its expectations in expected.json) migrates as expected: mixed
//! encodings repaired, the undecodable article quarantined with its place in
//! the dump, everything else loaded, and a re-run changes nothing.

mod common;
use common::*;
use serde_json::Value;
use std::collections::BTreeMap;

fn status_name(real: &str) -> &str {
    // NukeViet's "stopped" (0) is not visible on the new portal: draft.
    if real == "stopped" {
        "draft"
    } else {
        real
    }
}

#[test]
fn the_sample_migrates_as_its_generator_expects() {
    let exp = expected_of("nukeviet45");
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("sample.db");
    let out = run_json(&sample("portal.sql"), &sample("mapping.toml"), &db, 0);
    let c = &out["counts"];
    assert_eq!(
        c["categories"]["inserted"], exp["categories_loaded"],
        "{out:#}"
    );
    assert_eq!(c["articles"]["inserted"], exp["articles_loaded"], "{out:#}");
    assert_eq!(c["quarantined"], exp["quarantined"], "{out:#}");
    reconcile(&db, &sample_keys(&exp, &sample("portal.sql")));

    // The undecodable article: quarantined with file, byte offset, line and reason.
    let q = &exp["quarantined_key"];
    let qkey = key(
        &exp,
        &format!("{}/{}", q["module"].as_str().unwrap(), q["id"]),
        "article",
    );
    let rows = query(
        &db,
        "SELECT source_key, reason, provenance, raw FROM quarantine",
    );
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0][0], qkey);
    assert!(
        rows[0][1].contains("title") && rows[0][1].contains("byte"),
        "{}",
        rows[0][1]
    );
    let prov: Value = serde_json::from_str(&rows[0][2]).unwrap();
    assert!(prov["file"].as_str().unwrap().ends_with("portal.sql"));
    assert!(
        prov["byte"].as_u64().unwrap() > 0 && prov["line"].as_u64().unwrap() > 1,
        "{prov}"
    );
    assert_eq!(prov["table"], q["table"]);
    let raw: Value = serde_json::from_str(&rows[0][3]).unwrap();
    assert!(!raw["title"].as_str().unwrap().is_empty(), "raw bytes kept");
    assert!(stdout(&portmig(&["--help"], dir.path())).contains("Exit codes"));

    // Every loaded article: title (double-encoded ones repaired, NFD made
    // NFC), section, old URL, status, publication time in UTC.
    for (mid, a) in exp["articles"].as_object().unwrap() {
        let k = key(&exp, mid, "article");
        if k == qkey {
            continue;
        }
        let rows = query(
            &db,
            &format!("SELECT title, section, old_url, status, published_at, author FROM articles WHERE source_key = '{k}'"),
        );
        assert_eq!(rows.len(), 1, "{k} not loaded");
        let r = &rows[0];
        assert_eq!(r[0], a["title"].as_str().unwrap(), "{k} title");
        assert_eq!(r[1], a["section"].as_str().unwrap(), "{k} section");
        assert_eq!(r[2], a["old_url"].as_str().unwrap(), "{k} old url");
        assert_eq!(
            r[3],
            status_name(a["status_name"].as_str().unwrap()),
            "{k} status"
        );
        let local =
            chrono::DateTime::parse_from_rfc3339(a["published_at"].as_str().unwrap()).unwrap();
        let utc = local
            .with_timezone(&chrono::Utc)
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        assert_eq!(r[4], utc, "{k} published_at");
        assert_eq!(r[5], a["author"].as_str().unwrap(), "{k} author");
    }
    for (mid, cat) in exp["categories_by_key"].as_object().unwrap() {
        let k = key(&exp, mid, "category");
        let rows = query(
            &db,
            &format!("SELECT name, slug, section FROM categories WHERE source_key = '{k}'"),
        );
        assert_eq!(rows.len(), 1, "{k}");
        assert_eq!(rows[0][0], cat["title"].as_str().unwrap(), "{k}");
        assert_eq!(rows[0][2], cat["section"].as_str().unwrap(), "{k}");
    }
    let mut sections = BTreeMap::new();
    for r in query(
        &db,
        "SELECT section, COUNT(*) FROM articles GROUP BY section",
    ) {
        sections.insert(r[0].clone(), Value::from(r[1].parse::<i64>().unwrap()));
    }
    assert_eq!(
        Value::Object(sections.into_iter().collect()),
        exp["section_counts"]
    );

    // No script survives sanitising; the per-category copy tables are ignored.
    assert_eq!(count(&db, "SELECT COUNT(*) FROM articles WHERE body_html LIKE '%<script%' OR body_html LIKE '%onclick%'"), 0);
    let total: i64 = exp["articles_loaded"].as_i64().unwrap();
    assert_eq!(count(&db, "SELECT COUNT(*) FROM articles"), total);

    // The audit log verifies, in the table and in the JSONL mirror.
    let log = dir.path().join("sample.audit.jsonl");
    let events = audit::read_jsonl(&log).unwrap();
    assert!(audit::verify(events.clone()).is_ok());
    let kinds: Vec<&str> = events.iter().map(|e| e.event.kind.as_str()).collect();
    for k in [
        "RUN_STARTED",
        "EXTRACTED",
        "DECODED",
        "MAPPED",
        "UNMAPPED",
        "QUARANTINED",
        "INSERTED",
        "RUN_FINISHED",
    ] {
        assert!(kinds.contains(&k), "no {k} event");
    }
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM audit_events"),
        events.len() as i64
    );
    // Documents cited by the decision article are listed with it.
    let cited = query(
        &db,
        "SELECT r.symbol, r.issued_on FROM article_references r JOIN articles a ON a.id = r.article_id \
         WHERE a.title LIKE 'Quyết định số 1234/QĐ-UBND%' ORDER BY r.position",
    );
    assert!(
        cited
            .iter()
            .any(|r| r[0] == "1234/QĐ-UBND" && r[1] == "2023-03-15")
            && cited.iter().any(|r| r[0] == "2150/QĐ-UBND"),
        "{cited:?}"
    );
    assert!(kinds.contains(&"REFERENCED"));

    // Bylines: "Tin, ảnh: Hoàng Lan" closes a body; it is credited and
    // taken out of the body, and the `author` field adds Minh Anh.
    let credited = query(
        &db,
        "SELECT c.name, c.role, a.body_html FROM article_contributors c \
         JOIN articles a ON a.id = c.article_id WHERE a.source_key = 'nv4_vi_news/article/1' \
         ORDER BY c.position",
    );
    let names: Vec<(&str, &str)> = credited
        .iter()
        .map(|r| (r[0].as_str(), r[1].as_str()))
        .collect();
    assert_eq!(
        names,
        vec![("Hoàng Lan", "text_and_photo"), ("Minh Anh", "unknown")],
        "{credited:?}"
    );
    assert!(!credited[0][2].contains("Hoàng Lan"), "{}", credited[0][2]);
    assert!(kinds.contains(&"CREDITED"));

    // The quarantined field's bytes are in the audit log as hex, with the
    // best (wrong-looking) reading for the technician.
    let q_event = events
        .iter()
        .find(|e| e.event.kind.as_str() == "QUARANTINED")
        .expect("a QUARANTINED event");
    let hex = q_event.event.data["bytes_hex"].as_str().unwrap();
    assert!(hex.starts_with("5468"), "{hex}"); // "Th"
    assert_eq!(hex.len() % 2, 0);
    let best = &q_event.event.data["best_reading"];
    assert!(best["confidence"].as_f64().unwrap() < 0.5, "{best}");
    assert!(best["text"].as_str().unwrap().starts_with("Th"), "{best}");

    // Every field the generator wrote in a legacy charset, a double encoding
    // or entities: the DECODED event names the charset it was read as.
    let encoded = exp["encoded_fields"].as_array().unwrap();
    assert!(encoded.len() >= 8, "{encoded:?}");
    for f in encoded {
        let mid = format!("{}/{}", f["module"].as_str().unwrap(), f["id"]);
        let entity = if f["table"].as_str().unwrap().ends_with("_cat") {
            "category"
        } else {
            "article"
        };
        let k = key(&exp, &mid, entity);
        let decoded = events
            .iter()
            .find(|e| {
                e.event.kind.as_str() == "DECODED"
                    && e.event.key.as_ref().map(|k| k.to_string()).as_deref() == Some(k.as_str())
            })
            .unwrap_or_else(|| panic!("no DECODED event for {k}"));
        let column = f["column"].as_str().unwrap();
        let field = match column {
            "hometext" => "summary",
            "bodyhtml" => "body",
            c => c,
        };
        assert_eq!(
            decoded.event.data["fields"][field]["charset"], f["charset"],
            "{k} {column}: {}",
            decoded.event.data
        );
    }

    // Re-run: nothing changes.
    let again = run_json(&sample("portal.sql"), &sample("mapping.toml"), &db, 0);
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
    assert_eq!(c["quarantined"], 1);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM articles"), total);
    assert!(audit::verify(audit::read_jsonl(&log).unwrap()).is_ok());
}
