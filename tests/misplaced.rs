//! Misplacement detection end to end: the labelled corpus as a NukeViet
//! site (samples/misplaced, `gen-samples.py misplaced`) with 5 % of its
//! articles filed in a wrong category. `portmig run` must flag them
//! (`MISPLACED`, with evidence) and move nothing.

mod common;
use common::*;

use std::collections::BTreeSet;

#[test]
fn misfiled_articles_are_flagged_with_evidence_and_left_where_they_were() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let exp = expected_of("misplaced");
    let out = run_json(
        &root().join("samples/misplaced/portal.sql"),
        &root().join("samples/misplaced/mapping.toml"),
        &db,
        0,
    );

    let injected: BTreeSet<String> = exp["injected"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["key"].as_str().unwrap().to_string())
        .collect();
    let events = query(
        &db,
        "SELECT source_key, event FROM audit_events WHERE kind = 'MISPLACED' ORDER BY seq",
    );
    let flagged: BTreeSet<String> = events.iter().map(|r| r[0].clone()).collect();
    assert_eq!(flagged.len(), events.len(), "one flag per article");

    let hits = flagged.intersection(&injected).count() as f64;
    let precision = hits / (flagged.len().max(1) as f64);
    let recall = hits / (injected.len().max(1) as f64);
    let f1 = if hits == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    eprintln!(
        "misplaced sample: {} articles, {} misfiled, {} flagged: precision {precision:.3}, \
         recall {recall:.3}, F1 {f1:.3}",
        exp["articles"],
        injected.len(),
        flagged.len()
    );
    assert!(f1 >= 0.8, "F1 {f1:.3} below the 0.8 floor");
    assert_eq!(
        out["review"]["misplaced"].as_array().unwrap().len(),
        flagged.len().min(1000)
    );

    // The evidence names the sections, the scores and what decided.
    for r in &events {
        let ev: serde_json::Value = serde_json::from_str(&r[1]).unwrap();
        let d = &ev["data"];
        assert_ne!(d["section"], d["suggested"], "{d}");
        assert!(d["margin"].as_f64().unwrap() > 0.0, "{d}");
        assert!(
            !d["words"].as_array().unwrap().is_empty() || !d["cues"].as_array().unwrap().is_empty(),
            "a flag without evidence: {d}"
        );
        assert!(!d["title"].as_str().unwrap().is_empty());
    }

    // Flags never move: each flagged article is in the section its
    // category maps to.
    for i in exp["injected"].as_array().unwrap() {
        let key = i["key"].as_str().unwrap();
        let section = query(
            &db,
            &format!("SELECT section FROM articles WHERE source_key = '{key}'"),
        );
        assert_eq!(section[0][0], i["filed_in"].as_str().unwrap(), "{key}");
    }
}
