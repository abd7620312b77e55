//! The NukeViet 3.4 sample (samples/nukeviet34, written by
//! `scripts/gen-samples.py sample34` with its expectations in expected.json)
//! migrates as expected: bodies from the right `_bodyhtml_N` (and one rebuilt
//! from `_bodytext`), 3.x statuses, 3.x home images, old URLs in the 3.x
//! form (`-<id>/`), redirects for all of them, per-category copies ignored,
//! and a re-run changes nothing. `portmig inspect` calls the dump 3.x.

mod common;
use common::*;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::PathBuf;

fn sample34(name: &str) -> PathBuf {
    root().join("samples/nukeviet34").join(name)
}

fn utc(local: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(local)
        .unwrap()
        .with_timezone(&chrono::Utc)
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

#[test]
fn the_3x_sample_migrates_as_its_generator_expects() {
    let exp = expected_of("nukeviet34");
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("sample34.db");
    let out = run_json(&sample34("portal.sql"), &sample34("mapping.toml"), &db, 0);
    let c = &out["counts"];
    assert_eq!(
        c["categories"]["inserted"], exp["categories_loaded"],
        "{out:#}"
    );
    assert_eq!(c["articles"]["inserted"], exp["articles_loaded"], "{out:#}");
    assert_eq!(c["quarantined"], exp["quarantined"], "{out:#}");
    assert_eq!(
        out["extracted"]["sources"],
        serde_json::json!([exp["instances"][0]["source"]]),
        "{out:#}"
    );
    reconcile(&db, &sample_keys(&exp, &sample34("portal.sql")));

    // Every article: title (double-encoded and TCVN3 fields repaired),
    // section, 3.x old URL, 3.x status, times in UTC, byline, home image,
    // and the body from the table NukeViet kept it in.
    for (mid, a) in exp["articles"].as_object().unwrap() {
        let k = key(&exp, mid, "article");
        let rows = query(
            &db,
            &format!(
                "SELECT title, section, old_url, status, published_at, expires_at, author, \
                 home_image, body_html, body_text, new_url, id FROM articles WHERE source_key = '{k}'"
            ),
        );
        assert_eq!(rows.len(), 1, "{k} not loaded");
        let r = &rows[0];
        assert_eq!(r[0], a["title"].as_str().unwrap(), "{k} title");
        assert_eq!(r[1], a["section"].as_str().unwrap(), "{k} section");
        let old_url = a["old_url"].as_str().unwrap();
        assert_eq!(r[2], old_url, "{k} old url");
        let id = mid.split_once('/').unwrap().1;
        assert!(
            old_url.ends_with(&format!("-{id}/")) && !old_url.contains(".html"),
            "{k}: not a 3.x URL: {old_url}"
        );
        assert_eq!(r[3], a["status_name"].as_str().unwrap(), "{k} status");
        assert_eq!(
            r[4],
            utc(a["published_at"].as_str().unwrap()),
            "{k} published_at"
        );
        match a["expires_at"].as_str() {
            Some(t) => assert_eq!(r[5], utc(t), "{k} expires_at"),
            None => assert_eq!(r[5], "NULL", "{k} expires_at"),
        }
        assert_eq!(r[6], a["author"].as_str().unwrap(), "{k} author");
        assert_eq!(r[7], a["home_image"].as_str().unwrap(), "{k} home image");
        let (html, text) = (&r[8], &r[9]);
        assert!(!html.is_empty(), "{k}: empty body");
        for m in a["body_markers"].as_array().unwrap() {
            let m = m.as_str().unwrap();
            assert!(
                text.contains(m),
                "{k}: body from {} should contain {m:?}; got {text:?}",
                a["body_table"]
            );
        }
        // Redirect: the 3.x URL to the new one.
        let redirect = query(
            &db,
            &format!("SELECT new_url, status FROM redirects WHERE old_url = '{old_url}'"),
        );
        assert_eq!(
            redirect,
            vec![vec![r[10].clone(), "301".to_string()]],
            "{k} redirect"
        );
        // The home image is an attachment too.
        let attached = query(
            &db,
            &format!(
                "SELECT path FROM attachments WHERE article_id = {} AND role = 'home_image'",
                r[11]
            ),
        );
        let want: Vec<Vec<String>> = match a["home_image"].as_str().unwrap() {
            "" => Vec::new(),
            p => vec![vec![p.to_string()]],
        };
        assert_eq!(attached, want, "{k} attachments");
    }

    // The body rebuilt from `_bodytext`: paragraphs, the text's `&` and `<`
    // escaped (and shown as text again).
    for id in exp["bodytext_only"].as_array().unwrap() {
        let k = format!(
            "{}/article/{id}",
            exp["instances"][0]["source"].as_str().unwrap()
        );
        let rows = query(
            &db,
            &format!("SELECT body_html FROM articles WHERE source_key = '{k}'"),
        );
        let html = &rows[0][0];
        assert!(
            html.starts_with("<p>") && html.matches("<p>").count() >= 3,
            "{html}"
        );
        assert!(html.contains("&amp;") && html.contains("&lt;"), "{html}");
    }

    // Categories: names (a double-encoded one repaired), enabled (3.x has no
    // status: all shown), 3.x URLs and their redirects.
    for (mid, cat) in exp["categories_by_key"].as_object().unwrap() {
        let k = key(&exp, mid, "category");
        let rows = query(
            &db,
            &format!(
                "SELECT name, slug, section, enabled, old_url FROM categories WHERE source_key = '{k}'"
            ),
        );
        assert_eq!(rows.len(), 1, "{k}");
        let r = &rows[0];
        assert_eq!(r[0], cat["title"].as_str().unwrap(), "{k}");
        assert_eq!(r[3], "1", "{k} enabled");
        assert_eq!(r[4], cat["old_url"].as_str().unwrap(), "{k}");
        // A category a rule names itself; those mapped through an ancestor:
        // see `child_categories_inherit_their_parents_section` below.
        let own_id: i64 = mid.split_once('/').unwrap().1.parse().unwrap();
        if cat["rule_matched_category"].as_i64().unwrap_or(own_id) == own_id {
            assert_eq!(r[2], cat["section"].as_str().unwrap(), "{k} section");
        }
        assert_eq!(
            count(
                &db,
                &format!(
                    "SELECT COUNT(*) FROM redirects WHERE old_url = '{}'",
                    cat["old_url"].as_str().unwrap()
                )
            ),
            1,
            "{k} redirect"
        );
    }
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM redirects"),
        exp["redirects"].as_i64().unwrap()
    );

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
    let mut statuses = BTreeMap::new();
    for r in query(&db, "SELECT status, COUNT(*) FROM articles GROUP BY status") {
        statuses.insert(r[0].clone(), Value::from(r[1].parse::<i64>().unwrap()));
    }
    assert_eq!(
        Value::Object(statuses.into_iter().collect()),
        exp["status_counts"]["loaded"]
    );

    // Per-category copy tables are ignored, with the orphan they hold.
    let total = exp["articles_loaded"].as_i64().unwrap();
    assert_eq!(count(&db, "SELECT COUNT(*) FROM articles"), total);
    for o in exp["orphan_rows_in_copy_tables"].as_array().unwrap() {
        let k = format!(
            "{}/article/{}",
            exp["instances"][0]["source"].as_str().unwrap(),
            o["id"]
        );
        assert_eq!(
            count(
                &db,
                &format!("SELECT COUNT(*) FROM id_map WHERE source_key = '{k}'")
            ),
            0,
            "{k} from a copy table was loaded"
        );
    }
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM articles WHERE body_html LIKE '%<script%'"
        ),
        0
    );

    // The audit log verifies; the extractor's notes are WARNING events; the
    // encoded fields were read as the generator wrote them.
    let log = dir.path().join("sample34.audit.jsonl");
    let events = audit::read_jsonl(&log).unwrap();
    assert!(audit::verify(events.clone()).is_ok());
    let key_of = |e: &audit::SealedEvent| e.event.key.as_ref().map(|k| k.to_string());
    for w in exp["warnings"].as_array().unwrap() {
        let k = w["key"].as_str().unwrap();
        assert!(
            events
                .iter()
                .any(|e| e.event.kind.as_str() == "WARNING" && key_of(e).as_deref() == Some(k)),
            "no WARNING for {k} ({})",
            w["about"]
        );
    }
    let warned = events
        .iter()
        .filter(|e| e.event.kind.as_str() == "WARNING" && key_of(e).is_some())
        .count();
    assert_eq!(
        warned,
        exp["warnings"].as_array().unwrap().len(),
        "extra warnings"
    );
    for f in exp["encoded_fields"].as_array().unwrap() {
        let entity = if f["table"].as_str().unwrap().ends_with("_cat") {
            "category"
        } else {
            "article"
        };
        let k = format!(
            "{}/{entity}/{}",
            exp["instances"][0]["source"].as_str().unwrap(),
            f["id"]
        );
        let decoded = events
            .iter()
            .find(|e| e.event.kind.as_str() == "DECODED" && key_of(e).as_deref() == Some(&k))
            .unwrap_or_else(|| panic!("no DECODED event for {k}"));
        let field = match f["column"].as_str().unwrap() {
            "hometext" => "summary",
            "bodyhtml" => "body",
            c => c,
        };
        assert_eq!(
            decoded.event.data["fields"][field]["charset"], f["charset"],
            "{k} {field}: {}",
            decoded.event.data
        );
    }

    // Re-run: nothing changes.
    let before = canonical(&db);
    let again = run_json(&sample34("portal.sql"), &sample34("mapping.toml"), &db, 0);
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
    assert_eq!(canonical(&db), before);
    assert!(audit::verify(audit::read_jsonl(&log).unwrap()).is_ok());
}

#[test]
fn inspect_calls_the_sample_3x() {
    let exp = expected_of("nukeviet34");
    let dir = tempfile::tempdir().unwrap();
    let o = portmig(
        &[
            "inspect",
            sample34("portal.sql").to_str().unwrap(),
            "--json",
        ],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let r: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(r["nukeviet_version"], "3.x");
    let insts = r["nukeviet_news"].as_array().unwrap();
    // `_block_cat` and the per-category copies are not instances.
    assert_eq!(insts.len(), 1, "{insts:#?}");
    let i = &insts[0];
    assert_eq!(i["source"], exp["instances"][0]["source"]);
    assert_eq!(i["version"], "3.x");
    assert_eq!(i["articles"], exp["articles_total"]);
    assert_eq!(
        i["categories"].as_array().unwrap().len() as u64,
        exp["categories"].as_u64().unwrap()
    );
    let tables: Vec<&str> = i["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap())
        .collect();
    for t in exp["body_tables"].as_object().unwrap().keys() {
        assert!(tables.contains(&t.as_str()), "{t} not in {tables:?}");
    }
    for t in exp["ignored_tables"].as_array().unwrap() {
        assert!(!tables.contains(&t.as_str().unwrap()), "{t} in {tables:?}");
    }
    // The double-encoded category title is shown repaired.
    let cats = i["categories"].as_array().unwrap();
    assert!(cats.iter().any(|c| c["title"] == "Giáo dục"), "{cats:#?}");
}

/// A category without a rule of its own takes the section of its nearest
/// ancestor that has one (`Mapping::decide` walks the path), whatever the
/// batch size: categories of one batch are decided one by one, parents
/// first.
#[test]
fn child_categories_inherit_their_parents_section() {
    let exp = expected_of("nukeviet34");
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("inherit.db");
    run_json(&sample34("portal.sql"), &sample34("mapping.toml"), &db, 0);
    for (mid, cat) in exp["categories_by_key"].as_object().unwrap() {
        let k = key(&exp, mid, "category");
        let rows = query(
            &db,
            &format!("SELECT section FROM categories WHERE source_key = '{k}'"),
        );
        assert_eq!(rows[0][0], cat["section"].as_str().unwrap(), "{k}");
    }
}

#[test]
fn the_3x_topics_sources_and_accounts_arrive() {
    let exp = expected_of("nukeviet34");
    let t = &exp["terms"];
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("v3.db");
    let out = run_json(&sample34("portal.sql"), &sample34("mapping.toml"), &db, 0);
    let topics = t["topics"].as_i64().unwrap();
    let sources = t["sources"].as_i64().unwrap();
    assert_eq!(
        out["counts"]["terms"]["inserted"],
        topics + sources,
        "{out:#}"
    );
    assert_eq!(count(&db, "SELECT COUNT(*) FROM topics"), topics);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM sources"), sources);
    // 3.x topic pages end in `/` like the rest of its URLs.
    for r in query(&db, "SELECT old_url, new_url FROM topics") {
        assert!(r[0].starts_with("/vi/") && r[0].ends_with('/'), "{r:?}");
        assert_eq!(
            query(
                &db,
                &format!("SELECT new_url FROM redirects WHERE old_url = '{}'", r[0])
            ),
            [[r[1].clone()]]
        );
    }
    let source = exp["instances"][0]["source"].as_str().unwrap();
    for (id, topic) in t["article_topics"].as_object().unwrap() {
        assert_eq!(
            query(
                &db,
                &format!(
                    "SELECT tp.source_key FROM articles a JOIN topics tp ON tp.id = a.topic_id \
                     WHERE a.source_key = '{source}/article/{id}'"
                )
            ),
            [[format!("{source}/topic/{topic}")]],
            "article {id}"
        );
    }
    // Posted by: the username of `admin_id` (3.x `_users`), never its
    // e-mail or full name.
    let usernames = t["usernames"].as_object().unwrap();
    let posted: Vec<String> = query(&db, "SELECT DISTINCT posted_by FROM articles")
        .into_iter()
        .map(|r| r[0].clone())
        .filter(|p| !p.is_empty())
        .collect();
    assert!(!posted.is_empty());
    for p in &posted {
        assert!(usernames.values().any(|u| u == p), "{p}");
    }
    for e in t["emails"].as_array().unwrap() {
        let e = e.as_str().unwrap();
        assert_eq!(
            count(
                &db,
                &format!("SELECT COUNT(*) FROM audit_events WHERE event LIKE '%{e}%'")
            ),
            0
        );
        assert_eq!(
            count(
                &db,
                &format!("SELECT COUNT(*) FROM articles WHERE posted_by LIKE '%{e}%'")
            ),
            0
        );
    }
}
