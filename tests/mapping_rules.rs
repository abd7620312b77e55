//! Mapping conditions and includes through a real run: the pipeline gives
//! `decide` each item's title, kind, publication day, authors and the old
//! category URLs, and the audit names the file a rule came from.

mod common;

use common::*;

#[test]
fn conditions_and_includes_place_the_sample_articles() {
    let dir = tempfile::tempdir().unwrap();
    let taxonomy = root().join("samples/nukeviet45/taxonomy.toml");
    std::fs::write(
        dir.path().join("mapping.toml"),
        format!(
            r#"taxonomy = {taxonomy:?}
include = ["chung/quy-tac.toml"]

# Quyết định đăng như tin tức: về văn bản.
[[rule]]
id = "quyet-dinh"
source = "tin-tuc"
kind = "article"
title_regex = '\d+/QĐ-UBND'
section = "van-ban-phap-luat"

# Bài Giáo dục đến hết ngày 20/11/2021 (giờ Việt Nam).
[[rule]]
id = "giao-duc-cu"
category_alias = "giao-duc"
published_until = 2021-11-20
section = "thong-bao"

# Ảnh của Quốc Tuấn (ghi trong trường tác giả "Tin: ... Ảnh: ...").
[[rule]]
id = "anh-quoc-tuan"
author = "QUỐC TUẤN"
section = "chi-dao-dieu-hanh"
"#
        ),
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("chung")).unwrap();
    std::fs::write(
        dir.path().join("chung/quy-tac.toml"),
        r#"[[rule]]
id = "kinh-te"
old_url_prefix = "https://cong.example.vn/VI/tin-tuc/kinh-te-xa-hoi/"
section = "tuyen-truyen-pho-bien-phap-luat"

[[rule]]
id = "tin-tuc-con-lai"
source = "tin-tuc"
section = "tin-tuc-su-kien"

[[rule]]
id = "thong-bao"
source = "thong-bao"
section = "thong-bao"
"#,
    )
    .unwrap();
    let exp = expected_of("nukeviet45");
    let db = dir.path().join("t.db");
    let out = run_json(
        &sample("portal.sql"),
        &dir.path().join("mapping.toml"),
        &db,
        0,
    );
    assert!(out["input_error"].is_null(), "{out}");
    assert_eq!(out["counts"]["articles"]["inserted"], 19, "{out}");

    let section_of = |id: &str| {
        let k = key(&exp, id, "article");
        let rows = query(
            &db,
            &format!("SELECT section FROM articles WHERE source_key = '{k}'"),
        );
        assert_eq!(rows.len(), 1, "{k}");
        rows[0][0].clone()
    };
    // title_regex + kind.
    assert_eq!(section_of("tin-tuc/6"), "van-ban-phap-luat");
    // Published 2021-11-20 14:00 +07: the last day, inclusive.
    assert_eq!(section_of("tin-tuc/5"), "thong-bao");
    assert_eq!(section_of("tin-tuc/4"), "tin-tuc-su-kien");
    // A contributor parsed from the author field, before the category's
    // URL rule (a rule without a category matcher competes at the first level).
    assert_eq!(section_of("tin-tuc/2"), "chi-dao-dieu-hanh");
    // The old category URL, from an included file.
    assert_eq!(section_of("tin-tuc/3"), "tuyen-truyen-pho-bien-phap-luat");
    assert_eq!(section_of("thong-bao/1"), "thong-bao");

    // The audit names the included file and line of the rule.
    let k = key(&exp, "tin-tuc/3", "article");
    let events = query(
        &db,
        &format!("SELECT event FROM audit_events WHERE kind = 'MAPPED' AND source_key = '{k}'"),
    );
    assert_eq!(events.len(), 1, "{events:?}");
    let event: serde_json::Value = serde_json::from_str(&events[0][0]).unwrap();
    let data = if event.get("data").is_some() {
        &event["data"]
    } else {
        &event
    };
    assert_eq!(data["rule"], "kinh-te", "{event}");
    assert!(
        data["rule_file"]
            .as_str()
            .unwrap_or("")
            .ends_with("chung/quy-tac.toml"),
        "{event}"
    );
    assert_eq!(data["rule_line"], 1, "{event}");
}
