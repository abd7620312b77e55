//! The must-show of the first slice: the real NukeViet 4.5 dump in
//! ../shared goes all the way into SQLite, and a second run changes nothing.

mod common;
use common::*;
use unicode_normalization::is_nfc;

#[test]
fn nukeviet45_demo_dump_loads_completely_and_reruns_unchanged() {
    let Some(dump) = shared("dumps/nukeviet_news_4.5_vi.mysqldump.sql") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("portal.db");
    let mapping = root().join("tests/fixtures/shared-news45.toml");

    let first = run_json(&dump, &mapping, &db, 0);
    assert_eq!(first["counts"]["categories"]["inserted"], 7, "{first:#}");
    assert_eq!(first["counts"]["articles"]["inserted"], 15, "{first:#}");
    assert_eq!(first["counts"]["quarantined"], 0, "{first:#}");
    assert_eq!(count(&db, "SELECT COUNT(*) FROM categories"), 7);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM articles"), 15);
    // Every category, article, topic, tag and source of the dump is
    // accounted for.
    let keys = source_keys(&[&dump], &["nv4_vi_news"]);
    assert_eq!(keys.len(), 7 + 15 + 1 + 42 + 4, "{keys:?}");
    reconcile(&db, &keys);

    // A redirect for each article's old URL, pointing at its new URL.
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM articles a JOIN redirects r ON r.old_url = a.old_url AND r.new_url = a.new_url"
        ),
        15
    );
    for row in query(&db, "SELECT old_url FROM articles") {
        let url = &row[0];
        assert!(
            url.starts_with("/vi/news/") && url.ends_with(".html"),
            "{url}"
        );
    }

    // Titles: NFC UTF-8, entities decoded once, no mojibake, Vietnamese letters intact.
    let titles: Vec<String> = query(&db, "SELECT title FROM articles")
        .into_iter()
        .map(|r| r[0].clone())
        .collect();
    let vietnamese = titles
        .iter()
        .filter(|t| {
            t.chars().any(|c| {
                "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
                    .contains(c.to_lowercase().next().unwrap())
            })
        })
        .count();
    assert!(vietnamese >= 10, "{titles:#?}");
    for t in &titles {
        assert!(is_nfc(t), "{t}");
        assert!(
            !t.contains("&#") && !t.contains("&amp;"),
            "entity left in {t}"
        );
        assert!(!t.contains('Ã') && !t.contains("á»"), "mojibake in {t}");
    }

    let second = run_json(&dump, &mapping, &db, 0);
    assert_eq!(second["counts"]["articles"]["inserted"], 0, "{second:#}");
    assert_eq!(second["counts"]["articles"]["updated"], 0, "{second:#}");
    assert_eq!(second["counts"]["articles"]["unchanged"], 15, "{second:#}");
    assert_eq!(second["counts"]["categories"]["unchanged"], 7, "{second:#}");
    assert_eq!(count(&db, "SELECT COUNT(*) FROM articles"), 15);
    // Every form of a 4.x URL: 12 per article, 10 per category, none shared
    // (one news module); the topic's page and the tags' pages.
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM redirects"),
        15 * 12 + 7 * 10 + 1 + 42
    );
    assert_eq!(
        second["counts"]["terms"]["unchanged"],
        1 + 42 + 4,
        "{second:#}"
    );
}

#[test]
fn nukeviet45_topics_tags_and_sources_arrive_linked() {
    let Some(dump) = shared("dumps/nukeviet_news_4.5_vi.mysqldump.sql") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("portal.db");
    let mapping = root().join("tests/fixtures/shared-news45.toml");
    let out = run_json(&dump, &mapping, &db, 0);
    assert_eq!(out["counts"]["terms"]["inserted"], 1 + 42 + 4, "{out:#}");
    assert_eq!(count(&db, "SELECT COUNT(*) FROM topics"), 1);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM tags"), 42);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM sources"), 4);
    // Every `_tags_id` row of the dump links an article to a tag.
    assert_eq!(count(&db, "SELECT COUNT(*) FROM article_tags"), 71);
    // 4.5 leaves tag titles empty; the name comes from `keywords`, with
    // its diacritics, and the slug is folded to ASCII.
    assert_eq!(count(&db, "SELECT COUNT(*) FROM tags WHERE name = ''"), 0);
    assert_eq!(
        query(&db, "SELECT name, slug FROM tags WHERE slug = 'nguon-mo'"),
        [["nguồn mở", "nguon-mo"]]
    );
    // Sources keep their websites; articles that cite one link to it.
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM sources WHERE link LIKE 'http%'"),
        4
    );
    assert!(
        count(
            &db,
            "SELECT COUNT(*) FROM articles WHERE source_id IS NOT NULL"
        ) > 0
    );
    // Tag pages redirect to the new tag pages.
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM tags t JOIN redirects r ON r.old_url = t.old_url AND r.new_url = t.new_url"
        ),
        42
    );
}
