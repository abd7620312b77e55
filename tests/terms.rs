//! Topics, tags, sources, author profiles and the posting account of the
//! bundled sample arrive linked to their articles, with nothing of the old
//! site's user records beyond the username, and with a warning for each
//! link to something the dump does not have.

mod common;
use common::*;
use serde_json::Value;

fn article_key(exp: &Value, module_id: &str) -> String {
    key(exp, module_id, "article")
}

#[test]
fn topics_tags_authors_and_accounts_arrive_linked() {
    let exp = expected_of("nukeviet45");
    let t = &exp["terms"];
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("sample.db");
    let out = run_json(&sample("portal.sql"), &sample("mapping.toml"), &db, 0);
    let sources: i64 = t["sources"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_i64().unwrap())
        .sum();
    let terms = t["topics"].as_i64().unwrap()
        + t["tags"].as_i64().unwrap()
        + t["authors"].as_i64().unwrap()
        + sources;
    assert_eq!(out["counts"]["terms"]["inserted"], terms, "{out:#}");
    for (table, n) in [
        ("topics", t["topics"].as_i64().unwrap()),
        ("tags", t["tags"].as_i64().unwrap()),
        ("authors", t["authors"].as_i64().unwrap()),
        ("sources", sources),
    ] {
        assert_eq!(
            count(&db, &format!("SELECT COUNT(*) FROM {table}")),
            n,
            "{table}"
        );
    }

    // Topics of the articles that name one the dump has.
    for (a, topic) in t["article_topics"].as_object().unwrap() {
        let got = query(
            &db,
            &format!(
                "SELECT tp.source_key FROM articles a JOIN topics tp ON tp.id = a.topic_id \
                 WHERE a.source_key = '{}'",
                article_key(&exp, a)
            ),
        );
        assert_eq!(
            got,
            [[format!("{}/topic/{topic}", t["source"].as_str().unwrap())]],
            "{a}"
        );
    }

    // Tags, in the old site's order; names from `keywords` with their
    // diacritics, slugs folded to ASCII.
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM article_tags"),
        t["article_tags"].as_i64().unwrap()
    );
    for (a, tids) in t["tags_of"].as_object().unwrap() {
        let got: Vec<String> = query(
            &db,
            &format!(
                "SELECT tg.source_key FROM article_tags x JOIN tags tg ON tg.id = x.tag_id \
                 JOIN articles a ON a.id = x.article_id WHERE a.source_key = '{}' \
                 ORDER BY x.position",
                article_key(&exp, a)
            ),
        )
        .into_iter()
        .map(|r| r[0].clone())
        .collect();
        let want: Vec<String> = tids
            .as_array()
            .unwrap()
            .iter()
            .map(|id| format!("{}/tag/{id}", t["source"].as_str().unwrap()))
            .collect();
        assert_eq!(got, want, "{a}");
    }
    assert_eq!(
        query(
            &db,
            "SELECT name, slug FROM tags WHERE slug = 'chuyen-doi-so'"
        ),
        [["chuyển đổi số", "chuyen-doi-so"]]
    );
    // A tag page's old URL (alias with diacritics, percent-encoded) goes to
    // its new page.
    assert_eq!(
        query(
            &db,
            "SELECT r.new_url FROM redirects r JOIN tags tg ON tg.old_url = r.old_url \
             WHERE tg.slug = 'chuyen-doi-so'"
        ),
        [["/tags/chuyen-doi-so"]]
    );

    // Author profiles, in the order the site saved them; the account
    // behind a profile by username.
    for (a, names) in t["authors_of"].as_object().unwrap() {
        let got: Vec<String> = query(
            &db,
            &format!(
                "SELECT au.name FROM article_authors x JOIN authors au ON au.id = x.author_id \
                 JOIN articles a ON a.id = x.article_id WHERE a.source_key = '{}' \
                 ORDER BY x.position",
                article_key(&exp, a)
            ),
        )
        .into_iter()
        .map(|r| r[0].clone())
        .collect();
        let want: Vec<&str> = names
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n.as_str().unwrap())
            .collect();
        assert_eq!(got, want, "{a}");
    }
    assert_eq!(
        query(&db, "SELECT account FROM authors WHERE slug = 'thu-ha'"),
        [[t["usernames"]["3"].as_str().unwrap()]]
    );

    // Who posted each article: the username of `admin_id`, or nothing when
    // the account is gone.
    for (id, a) in exp["articles"].as_object().unwrap() {
        if !id.starts_with("tin-tuc/") || a["title"].is_null() {
            continue;
        }
        let admin = a["admin_id"].as_i64();
        let want = admin
            .and_then(|u| t["usernames"][u.to_string()].as_str())
            .unwrap_or("");
        let got = query(
            &db,
            &format!(
                "SELECT posted_by FROM articles WHERE source_key = '{}'",
                article_key(&exp, id)
            ),
        );
        if let Some(row) = got.first() {
            if admin.is_some() {
                assert_eq!(row[0], want, "{id}");
            }
        }
    }
    // No e-mail address or personal name of the old site's users anywhere.
    for email in t["emails"].as_array().unwrap() {
        let e = email.as_str().unwrap();
        for (table, column) in [
            ("articles", "posted_by"),
            ("articles", "body_html"),
            ("authors", "account"),
            ("audit_events", "event"),
        ] {
            assert_eq!(
                count(
                    &db,
                    &format!("SELECT COUNT(*) FROM {table} WHERE {column} LIKE '%{e}%'")
                ),
                0,
                "{e} in {table}.{column}"
            );
        }
    }

    // The article whose title opened its source's page.
    for a in t["external_link"].as_array().unwrap() {
        let k = article_key(&exp, a.as_str().unwrap());
        assert_eq!(
            count(
                &db,
                &format!(
                    "SELECT COUNT(*) FROM articles WHERE source_key = '{k}' AND external_link"
                )
            ),
            1,
            "{k}"
        );
    }

    // Links to a topic and a tag the dump does not have: the article is
    // loaded without them, and a WARNING says which.
    for (what, v) in t["missing"].as_object().unwrap() {
        let a = article_key(&exp, v[0].as_str().unwrap());
        let id = v[1].as_i64().unwrap();
        let warned = count(
            &db,
            &format!(
                "SELECT COUNT(*) FROM audit_events WHERE kind = 'WARNING' AND source_key = '{a}' \
                 AND event LIKE '%{what} {id}%not in the dump%'"
            ),
        );
        assert_eq!(warned, 1, "{what} {id} of {a}");
    }

    // A second run: every term unchanged.
    let again = run_json(&sample("portal.sql"), &sample("mapping.toml"), &db, 0);
    assert_eq!(again["counts"]["terms"]["unchanged"], terms, "{again:#}");
}
