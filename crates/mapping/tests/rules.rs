//! Matchers, conditions, includes and site sections, with Vietnamese
//! configuration read from an in-memory file set.

use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use mapping::{CategoryRef, Decision, Error, ItemFacts, Kind, Mapping, UnmappedOutcome};

const TAXONOMY: &str = r#"[[section]]
slug = "tin-tuc-su-kien"
name = "Tin tức - Sự kiện"

[[section]]
slug = "van-ban"
name = "Văn bản chỉ đạo điều hành"

[[section]]
slug = "thong-bao"
name = "Thông báo"
parent = "tin-tuc-su-kien"

[[section]]
slug = "tuyen-dung"
name = "Tuyển dụng"
"#;

/// Files by path; the mapping itself is `site/mapping.toml`.
fn files(list: &[(&str, &str)]) -> HashMap<PathBuf, String> {
    let mut map: HashMap<PathBuf, String> = list
        .iter()
        .map(|(p, t)| (PathBuf::from(p), (*t).to_owned()))
        .collect();
    map.entry(PathBuf::from("site/taxonomy.toml"))
        .or_insert_with(|| TAXONOMY.to_owned());
    map
}

fn load(mapping: &str, others: &[(&str, &str)]) -> Result<Mapping, Error> {
    let fs = files(others);
    Mapping::parse(mapping, Path::new("site/mapping.toml"), |p| {
        fs.get(p)
            .cloned()
            .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "No such file or directory"))
    })
}

fn ok(mapping: &str, others: &[(&str, &str)]) -> Mapping {
    load(mapping, others).unwrap_or_else(|e| panic!("{e}"))
}

fn err(mapping: &str, others: &[(&str, &str)]) -> String {
    match load(mapping, others) {
        Ok(_) => panic!("expected an error"),
        Err(e) => e.to_string(),
    }
}

const HEAD: &str = "taxonomy = \"taxonomy.toml\"\n";

fn article<'a>(title: &'a str, body_text: &'a str) -> ItemFacts<'a> {
    ItemFacts {
        source: "news",
        kind: Kind::Article,
        title,
        body_text,
        authors: &[],
        published_on: None,
        old_url: "",
    }
}

fn cat<'a>(id: i64, alias: &'a str, title: &'a str, old_url: &'a str) -> CategoryRef<'a> {
    CategoryRef {
        id,
        alias,
        title,
        old_url,
    }
}

/// The rule id that placed the item, or the unmapped outcome's label.
fn rule_of(d: Decision<'_>) -> String {
    match d {
        Decision::Mapped { rule_id, .. } => rule_id.to_owned(),
        Decision::Unmapped(UnmappedOutcome::KeepIn(s)) => format!("keep-in {s}"),
        Decision::Unmapped(UnmappedOutcome::Skip) => "skip".to_owned(),
        Decision::Unmapped(UnmappedOutcome::Fail) => "fail".to_owned(),
    }
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

// ---- matchers ------------------------------------------------------------

#[test]
fn old_url_prefix_compares_paths_case_insensitively() {
    let m = ok(
        &format!(
            "{HEAD}[[rule]]\nid = \"thong-bao\"\nold_url_prefix = \"https://soyte.example.vn/vi/Thong-Bao/\"\nsection = \"thong-bao\"\n\n\
             [[rule]]\nid = \"tin\"\nold_url_prefix = \"vi/news/\"\nsection = \"tin-tuc-su-kien\"\n"
        ),
        &[],
    );
    let item = article("Thông báo lịch tiếp công dân", "");
    let tb = cat(
        3,
        "thong-bao-chung",
        "Thông báo chung",
        "/vi/thong-bao/thong-bao-chung/",
    );
    let news = cat(4, "y-te", "Y tế", "/vi/news/y-te/");
    let other = cat(5, "gop-y", "Góp ý", "/vi/gop-y/");
    assert_eq!(rule_of(m.decide(&item, &[tb])), "thong-bao");
    assert_eq!(rule_of(m.decide(&item, &[news])), "tin");
    assert_eq!(rule_of(m.decide(&item, &[other])), "keep-in unmapped");
    // An item without a category is tried on its own old URL.
    let lone = ItemFacts {
        old_url: "/VI/NEWS/bai-viet-12.html",
        ..item
    };
    assert_eq!(rule_of(m.decide(&lone, &[])), "tin");
    assert_eq!(
        m.rules[0].selector.as_ref().map(ToString::to_string),
        Some("old_url_prefix = \"/vi/Thong-Bao/\"".to_owned())
    );
}

#[test]
fn rule_without_category_matcher_applies_at_every_level() {
    let m = ok(
        &format!(
            "{HEAD}[[rule]]\nid = \"tin-cha\"\ncategory_id = 1\nsection = \"tin-tuc-su-kien\"\n\n\
             [[rule]]\nid = \"tuyen-dung-theo-tieu-de\"\ntitle_regex = '\\btuyển dụng\\b'\nsection = \"tuyen-dung\"\n"
        ),
        &[],
    );
    let parent = cat(1, "tin-tuc", "Tin tức", "");
    let child = cat(2, "hoat-dong", "Hoạt động", "");
    let hiring = article("THÔNG BÁO TUYỂN DỤNG viên chức năm 2024", "");
    // At the child's level the title rule matches before the parent's
    // category rule is reached, although the latter is first in the file.
    assert_eq!(
        m.decide(&hiring, &[child, parent]),
        Decision::Mapped {
            section: "tuyen-dung",
            rule_id: "tuyen-dung-theo-tieu-de",
            matched_category: Some(2),
        }
    );
    // For the parent's own articles, the parent's rule is first.
    assert_eq!(rule_of(m.decide(&hiring, &[parent])), "tin-cha");
    // No category at all: only rules without a category matcher apply.
    assert_eq!(
        m.decide(&hiring, &[]),
        Decision::Mapped {
            section: "tuyen-dung",
            rule_id: "tuyen-dung-theo-tieu-de",
            matched_category: None,
        }
    );
    let plain = article("Hội nghị tổng kết công tác y tế", "");
    assert_eq!(rule_of(m.decide(&plain, &[child, parent])), "tin-cha");
    assert_eq!(rule_of(m.decide(&plain, &[])), "keep-in unmapped");
}

#[test]
fn source_alone_is_a_selector() {
    let m = ok(
        &format!("{HEAD}[[rule]]\nid = \"laws\"\nsource = \"van-ban\"\nsection = \"van-ban\"\n"),
        &[],
    );
    let doc = ItemFacts {
        source: "VAN-BAN",
        kind: Kind::Document,
        ..article("Quyết định số 12/2023/QĐ-UBND", "")
    };
    assert_eq!(rule_of(m.decide(&doc, &[])), "laws");
    assert_eq!(
        rule_of(m.decide(&article("x", ""), &[])),
        "keep-in unmapped"
    );
    // Rules without a category matcher are not reported as unused.
    assert!(m.unused_selectors(&[]).is_empty());
}

// ---- conditions ----------------------------------------------------------

const CONDITIONS: &str = r#"taxonomy = "taxonomy.toml"

[[rule]]
id = "quyet-dinh"
category_alias = "tin-tuc"
body_regex = '\d+/\d{4}/QĐ-UBND'
kind = "article"
section = "van-ban"

[[rule]]
id = "tin-2021"
category_alias = "tin-tuc"
kind = ["article", "Document"]
published_from = "2021-01-01"
published_until = 2021-12-31
section = "thong-bao"

[[rule]]
id = "phong-vien"
category_alias = "tin-tuc"
author = ["Nguyễn Thị Hằng", "BAN BIÊN TẬP"]
section = "tuyen-dung"

[[rule]]
id = "con-lai"
category_alias = "tin-tuc"
section = "tin-tuc-su-kien"
"#;

#[test]
fn conditions_must_all_hold() {
    let m = ok(CONDITIONS, &[]);
    let path = [cat(7, "tin-tuc", "Tin tức", "/vi/news/tin-tuc/")];
    let body = "Căn cứ Quyết định số 1234/2022/qđ-ubnd ngày 5 tháng 3 của Ủy ban nhân dân tỉnh";
    // body_regex is case-insensitive (ĐĐ/đ too).
    assert_eq!(
        rule_of(m.decide(&article("Tin", body), &path)),
        "quyet-dinh"
    );
    // ... but kind must hold as well.
    let doc = ItemFacts {
        kind: Kind::Document,
        ..article("Tin", body)
    };
    assert_eq!(rule_of(m.decide(&doc, &path)), "con-lai");

    // Dates: inclusive at both ends; no date fails a date condition.
    for (day, want) in [
        (date(2020, 12, 31), "con-lai"),
        (date(2021, 1, 1), "tin-2021"),
        (date(2021, 12, 31), "tin-2021"),
        (date(2022, 1, 1), "con-lai"),
        (None, "con-lai"),
    ] {
        let item = ItemFacts {
            published_on: day,
            ..article("Lễ hội", "")
        };
        assert_eq!(rule_of(m.decide(&item, &path)), want, "{day:?}");
    }
    let doc_2021 = ItemFacts {
        kind: Kind::Document,
        published_on: date(2021, 6, 1),
        ..article("Công văn", "")
    };
    assert_eq!(rule_of(m.decide(&doc_2021, &path)), "tin-2021");
    let cat_item = ItemFacts {
        kind: Kind::Category,
        published_on: date(2021, 6, 1),
        ..article("Tin tức", "")
    };
    assert_eq!(rule_of(m.decide(&cat_item, &path)), "con-lai");

    // Author: NFC and case-insensitive, the field or any contributor.
    let nfd = "Nguye\u{302}\u{303}n thi\u{323} ha\u{306}\u{300}ng";
    for (authors, want) in [
        (vec![nfd], "phong-vien"),
        (vec!["Trần Văn Đức", "Ban biên tập"], "phong-vien"),
        (vec!["Nguyễn Thị Hàng"], "con-lai"),
        (vec![], "con-lai"),
    ] {
        let item = ItemFacts {
            authors: &authors,
            ..article("Khai giảng năm học mới", "")
        };
        assert_eq!(rule_of(m.decide(&item, &path)), want, "{authors:?}");
    }
    assert!(m.needs_authors());
    assert_eq!(m.rules[1].conditions.kinds, [Kind::Article, Kind::Document]);
}

#[test]
fn title_regex_is_case_insensitive_on_vietnamese() {
    let m = ok(
        &format!(
            "{HEAD}[[rule]]\nid = \"td\"\ncategory_id = 9\ntitle_regex = \"^thông báo tuyển dụng\"\nsection = \"tuyen-dung\"\n"
        ),
        &[],
    );
    let path = [cat(9, "thong-bao", "Thông báo", "")];
    assert_eq!(
        rule_of(m.decide(&article("THÔNG BÁO TUYỂN DỤNG công chức", ""), &path)),
        "td"
    );
    assert_eq!(
        rule_of(m.decide(&article("Kết quả tuyển dụng", ""), &path)),
        "keep-in unmapped"
    );
    assert!(!m.needs_authors());
}

#[test]
fn unmapped_policies_apply_after_conditions_fail() {
    for (policy, want) in [
        ("policy = \"skip\"", "skip"),
        ("policy = \"fail\"", "fail"),
        (
            "policy = \"keep-in\"\nsection = \"thong-bao\"",
            "keep-in thong-bao",
        ),
    ] {
        let m = ok(
            &format!(
                "{HEAD}[unmapped]\n{policy}\n\n[[rule]]\nid = \"a\"\ncategory_id = 1\ntitle_regex = \"Đảng\"\nsection = \"van-ban\"\n"
            ),
            &[],
        );
        let path = [cat(1, "x", "X", "")];
        assert_eq!(rule_of(m.decide(&article("Ủy ban", ""), &path)), want);
        assert_eq!(rule_of(m.decide(&article("đảng ủy", ""), &path)), "a");
    }
}

// ---- condition errors ------------------------------------------------------

fn rule_err(body: &str) -> String {
    err(
        &format!("{HEAD}[[rule]]\nid = \"r\"\n{body}section = \"van-ban\"\n"),
        &[],
    )
}

#[test]
fn error_bad_regex() {
    let e = rule_err("category_id = 1\ntitle_regex = \"(Văn bản\"\n");
    assert!(
        e.starts_with("site/mapping.toml:5:15: `title_regex` value `(Văn bản` is not a valid regular expression: unclosed group (at character 1 of the pattern)"),
        "{e}"
    );
    let e = rule_err("body_regex = '(?<=Điều)\\s1'\n");
    assert!(
        e.starts_with("site/mapping.toml:4:14: `body_regex` value `(?<=Điều)\\s1` is not a valid"),
        "{e}"
    );
}

#[test]
fn error_bad_date() {
    let e = rule_err("category_id = 1\npublished_from = \"01/07/2021\"\n");
    assert_eq!(
        e,
        "site/mapping.toml:5:18: `published_from` value `01/07/2021` is not a date (write YYYY-MM-DD, e.g. \"2021-07-01\")"
    );
    let e = rule_err("category_id = 1\npublished_until = \"2021-02-30\"\n");
    assert!(
        e.starts_with("site/mapping.toml:5:19: `published_until` value `2021-02-30` is not a date"),
        "{e}"
    );
    let e = rule_err("category_id = 1\npublished_until = 2021\n");
    assert!(
        e.starts_with("site/mapping.toml:5:19: `published_until` value `2021` is not a date"),
        "{e}"
    );
    let e = rule_err(
        "category_id = 1\npublished_from = \"2022-01-01\"\npublished_until = \"2021-12-31\"\n",
    );
    assert_eq!(
        e,
        "site/mapping.toml:6:19: `published_until` 2021-12-31 is before `published_from` 2022-01-01 (no item could match; swap them)"
    );
}

#[test]
fn error_unknown_kind_points_at_the_entry() {
    let e = rule_err("category_id = 1\nkind = [\"article\", \"bài viết\", \"documnet\"]\n");
    assert_eq!(
        e,
        "site/mapping.toml:5:20: unknown kind `bài viết` (use \"article\", \"document\" or \"category\", or a list of them)"
    );
    let e = rule_err("category_id = 1\nkind = \"documnet\"\n");
    assert_eq!(
        e,
        "site/mapping.toml:5:8: unknown kind `documnet` (use \"article\", \"document\" or \"category\", or a list of them; did you mean `document`?)"
    );
    let e = rule_err("category_id = 1\nauthor = [\"Lê Văn Tám\", \" \"]\n");
    assert_eq!(
        e,
        "site/mapping.toml:5:25: `author` is empty (give it a value or remove the entry)"
    );
}

#[test]
fn error_two_category_matchers_with_url() {
    let e = rule_err("old_url_prefix = \"/vi/news/\"\ncategory_alias = \"tin-tuc\"\n");
    assert_eq!(
        e,
        "site/mapping.toml:5:18: rule `r` has a second category matcher `category_alias` besides `old_url_prefix` \
         (keep exactly one; write another rule for the other category)"
    );
}

// ---- includes ---------------------------------------------------------------

const SHARED: &str = r#"# Quy tắc dùng chung cho các sở
include = ["base/chung.toml"]

[[rule]]
id = "chung-thong-bao"
category_alias = "thong-bao"
section = "thong-bao"

[[rule]]
id = "chung-tin-tuc"
category_alias = "tin-tuc"
section = "tin-tuc-su-kien"
"#;

const BASE: &str = r#"[[rule]]
id = "chung-tuyen-dung"
category_title = "Tuyển dụng"
section = "tuyen-dung"

[[rule]]
id = "chung-tin-tuc-cu"
category_alias = "tin-tuc"
section = "van-ban"
"#;

fn with_includes() -> Mapping {
    ok(
        &format!(
            "{HEAD}include = [\"../shared/rules.toml\"]\n\n[[rule]]\nid = \"rieng-tin-tuc\"\ncategory_alias = \"tin-tuc\"\nsource = \"news\"\nsection = \"thong-bao\"\n"
        ),
        &[
            ("site/../shared/rules.toml", SHARED),
            ("site/../shared/base/chung.toml", BASE),
        ],
    )
}

#[test]
fn includes_come_after_own_rules_depth_first() {
    let m = with_includes();
    let ids: Vec<&str> = m.rules.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "rieng-tin-tuc",
            "chung-thong-bao",
            "chung-tin-tuc",
            "chung-tuyen-dung",
            "chung-tin-tuc-cu"
        ]
    );
    // The site's rule overrides the shared one for its source only.
    let tin = [cat(2, "tin-tuc", "Tin tức", "")];
    assert_eq!(rule_of(m.decide(&article("a", ""), &tin)), "rieng-tin-tuc");
    let other = ItemFacts {
        source: "thong-bao",
        ..article("a", "")
    };
    assert_eq!(rule_of(m.decide(&other, &tin)), "chung-tin-tuc");
    // Nested include reached.
    let td = [cat(3, "td", "TUYỂN DỤNG", "")];
    assert_eq!(
        rule_of(m.decide(&article("a", ""), &td)),
        "chung-tuyen-dung"
    );

    // Rules and audit references name their own file and line.
    assert_eq!(
        m.rule_ref("chung-tuyen-dung").map(|r| r.to_string()),
        Some("chung-tuyen-dung (site/../shared/base/chung.toml:1)".to_owned())
    );
    assert_eq!(
        m.rule_ref("rieng-tin-tuc").map(|r| r.to_string()),
        Some("rieng-tin-tuc (site/mapping.toml:4)".to_owned())
    );
    assert_eq!(
        m.includes,
        [
            PathBuf::from("site/../shared/rules.toml"),
            PathBuf::from("site/../shared/base/chung.toml")
        ]
    );
    // Unused-rule warnings name the included file too.
    let warnings = m.unused_selectors(&[("news", cat(2, "tin-tuc", "Tin tức", ""))]);
    let first = warnings
        .first()
        .map(ToString::to_string)
        .unwrap_or_default();
    assert!(
        first.starts_with("site/../shared/rules.toml:4: rule `chung-thong-bao` never matches"),
        "{first}"
    );
}

#[test]
fn fingerprint_covers_included_files() {
    let a = with_includes().fingerprint;
    let head = format!("{HEAD}include = [\"../shared/rules.toml\"]\n\n[[rule]]\nid = \"rieng-tin-tuc\"\ncategory_alias = \"tin-tuc\"\nsource = \"news\"\nsection = \"thong-bao\"\n");
    let b = ok(
        &head,
        &[
            ("site/../shared/rules.toml", SHARED),
            (
                "site/../shared/base/chung.toml",
                &BASE.replace("van-ban", "tin-tuc-su-kien"),
            ),
        ],
    )
    .fingerprint;
    assert_ne!(a, b);
    assert_eq!(a, with_includes().fingerprint);
}

#[test]
fn a_file_included_twice_without_a_loop_counts_once() {
    let m = ok(
        &format!("{HEAD}include = [\"a.toml\", \"b.toml\"]\n"),
        &[
            ("site/a.toml", "include = [\"chung.toml\"]\n"),
            ("site/b.toml", "include = [\"./chung.toml\"]\n"),
            (
                "site/chung.toml",
                "[[rule]]\nid = \"c\"\ncategory_id = 1\nsection = \"van-ban\"\n",
            ),
        ],
    );
    assert_eq!(m.rules.len(), 1);
    assert_eq!(m.includes.len(), 3);
}

#[test]
fn error_include_cycle_names_the_chain() {
    let e = err(
        &format!("{HEAD}include = [\"a.toml\"]\n"),
        &[
            ("site/a.toml", "include = [\"sub/b.toml\"]\n"),
            (
                "site/sub/b.toml",
                "# vòng lặp\ninclude = [\"../mapping.toml\"]\n",
            ),
        ],
    );
    assert_eq!(
        e,
        "site/sub/b.toml:2:12: include cycle site/mapping.toml -> site/a.toml -> site/sub/b.toml -> site/mapping.toml \
         (remove this include, or the one that leads back here)"
    );
    let e = err(
        &format!("{HEAD}include = [\"a.toml\"]\n"),
        &[("site/a.toml", "include = [\"a.toml\"]\n")],
    );
    assert!(
        e.starts_with(
            "site/a.toml:1:12: include cycle site/mapping.toml -> site/a.toml -> site/a.toml"
        ),
        "{e}"
    );
}

#[test]
fn error_duplicate_id_across_files() {
    let e = err(
        &format!("{HEAD}include = [\"chung.toml\"]\n[[rule]]\nid = \"tin-tuc\"\ncategory_id = 1\nsection = \"van-ban\"\n"),
        &[("site/chung.toml", "\n[[rule]]\nid = \"tin-tuc\"\ncategory_id = 2\nsection = \"van-ban\"\n")],
    );
    assert_eq!(
        e,
        "site/chung.toml:3:6: duplicate rule id `tin-tuc` (already used at site/mapping.toml:4:6; rule ids must be \
         unique across the mapping and its includes: rename one)"
    );
}

#[test]
fn errors_in_included_files_point_into_them() {
    let inc = |text: &str| {
        err(
            &format!("{HEAD}include = [\"chung.toml\"]\n"),
            &[("site/chung.toml", text)],
        )
    };
    let e = inc("[[rule]]\nid = \"a\"\ncategory_id = 1\nsection = \"tin-tuc\"\n");
    assert_eq!(
        e,
        "site/chung.toml:4:11: unknown section `tin-tuc` (sections are defined in site/taxonomy.toml; did you mean `tin-tuc-su-kien`?)"
    );
    let e = inc(
        "[[rule]]\nid = \"a\"\ncategory_id = 1\ntitle_regex = \"[Đ-\"\nsection = \"van-ban\"\n",
    );
    assert!(
        e.starts_with("site/chung.toml:4:15: `title_regex` value `[Đ-`"),
        "{e}"
    );
    // Included files hold rules only.
    let e = inc("taxonomy = \"taxonomy.toml\"\n");
    assert!(
        e.starts_with(
            "site/chung.toml:1:1: unknown field `taxonomy`, expected `include` or `rule`"
        ),
        "{e}"
    );
    let e = err(&format!("{HEAD}\ninclude = [\"khong-co.toml\"]\n"), &[]);
    assert_eq!(
        e,
        "site/mapping.toml:3:12: cannot read included file `khong-co.toml` (resolved to site/khong-co.toml): No such \
         file or directory (include paths are relative to the folder of the file that includes them)"
    );
}

// ---- site sections ------------------------------------------------------------

const SITE_SECTIONS: &str = r#"taxonomy = "taxonomy.toml"

# Giữ các chuyên mục chủ đề cũ dưới Tin tức - Sự kiện.
[[section]]
slug = "y-te"
name = "Y tế"
name_en = "Health"
parent = "tin-tuc-su-kien"
cues = ["tiêm chủng", "bệnh viện"]

[[section]]
slug = "giao-duc"
name = "Giáo dục"
parent = "tin-tuc-su-kien"

[[section]]
slug = "the-thao"
name = "Thể thao"
parent = "tin-tuc-su-kien"

[[rule]]
id = "y-te"
category_title = "Y te"
tone_insensitive = true
section = "y-te"
"#;

#[test]
fn site_sections_are_appended_to_the_taxonomy() {
    let m = ok(SITE_SECTIONS, &[]);
    let slugs: Vec<&str> = m.taxonomy.slugs().collect();
    assert_eq!(
        slugs,
        [
            "tin-tuc-su-kien",
            "van-ban",
            "thong-bao",
            "tuyen-dung",
            "y-te",
            "giao-duc",
            "the-thao",
            "unmapped"
        ]
    );
    let yte = m.taxonomy.get("y-te");
    assert_eq!(yte.map(|s| s.cues.len()), Some(2));
    assert_eq!(
        yte.and_then(|s| s.parent.as_deref()),
        Some("tin-tuc-su-kien")
    );
    let d = m.decide(&article("a", ""), &[cat(8, "yte", "Y tế", "")]);
    assert_eq!(d.section(), Some("y-te"));
}

#[test]
fn error_site_section_duplicates_the_taxonomy() {
    let e = err(
        &format!("{HEAD}\n[[section]]\nslug = \"thong-bao\"\nname = \"Thông báo của Sở\"\n"),
        &[],
    );
    assert_eq!(
        e,
        "site/mapping.toml:4:8: duplicate section slug `thong-bao` (already defined at site/taxonomy.toml:10:8; slugs \
         must be unique across the taxonomy and the mapping's own sections: rename one, or drop the copy)"
    );
    let e = err(
        &format!("{HEAD}\n[[section]]\nslug = \"y-te\"\nname = \"Y tế\"\nparent = \"tin-tuc\"\n"),
        &[],
    );
    assert!(
        e.starts_with("site/mapping.toml:6:10: section `y-te` has unknown parent `tin-tuc`"),
        "{e}"
    );
}

// ---- taxonomy validation --------------------------------------------------------

fn taxonomy_err(text: &str) -> String {
    match mapping::Taxonomy::parse(text, Path::new("mappings/portal-sections.toml")) {
        Ok(_) => panic!("expected an error"),
        Err(e) => e.to_string(),
    }
}

const SECTION: &str = "[[section]]\nslug = \"van-ban\"\nname = \"Văn bản\"\n";

#[test]
fn error_taxonomy_basis_and_patterns() {
    let e = taxonomy_err(&format!(
        "{SECTION}[[section.basis]]\ndecree = \" \"\narticle = \"Điều 4\"\nconfidence = \"high\"\n"
    ));
    assert_eq!(
        e,
        "mappings/portal-sections.toml:5:10: `decree` is empty (give it a value or remove the entry)"
    );
    let e = taxonomy_err(&format!(
        "{SECTION}[[section.basis]]\ndecree = \"42/2022\"\narticle = \"\"\nconfidence = \"high\"\n"
    ));
    assert!(
        e.starts_with("mappings/portal-sections.toml:6:11: `article` is empty"),
        "{e}"
    );
    let e = taxonomy_err(&format!(
        "{SECTION}[[section.basis]]\ndecree = \"42/2022\"\narticle = \"Art. 4(1)\"\nconfidence = \"very-high\"\n"
    ));
    assert!(
        e.starts_with("mappings/portal-sections.toml:7:14: unknown variant `very-high`, expected one of `low`, `medium`, `medium-high`, `high`"),
        "{e}"
    );
    let e = taxonomy_err(&format!(
        "{SECTION}patterns = ['Nơi nhận\\s*:', 'KT\\.\\s*(CHỦ TỊCH']\n"
    ));
    assert!(
        e.starts_with("mappings/portal-sections.toml:4:29: `patterns` value `KT\\.\\s*(CHỦ TỊCH` is not a valid regular expression"),
        "{e}"
    );
    let e = taxonomy_err(&format!("{SECTION}cues = [\"quyết định\", \"\"]\n"));
    assert!(
        e.starts_with("mappings/portal-sections.toml:4:23: `cues` is empty"),
        "{e}"
    );
}

// ---- the shipped default taxonomy -----------------------------------------------

#[test]
fn portal_sections_load_with_their_legal_basis() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../mappings/portal-sections.toml");
    let t = mapping::Taxonomy::load(&path).unwrap_or_else(|e| panic!("{e}"));
    let slugs: Vec<&str> = t.slugs().collect();
    assert_eq!(slugs.len(), 16, "{slugs:?}");
    for wanted in [
        "gioi-thieu",
        "tin-tuc-su-kien",
        "van-ban",
        "thu-tuc-hanh-chinh",
        "tuyen-dung",
    ] {
        assert!(slugs.contains(&wanted), "{wanted}");
    }
    assert_eq!(t.decrees(), ["LAI 2016", "43/2011", "42/2022", "224/2026"]);
    let get = |slug: &str| t.get(slug).unwrap_or_else(|| panic!("{slug}"));
    // News is customary: named by 43/2011, not by 42/2022.
    assert!(get("tin-tuc-su-kien").mandatory_under("43/2011"));
    assert!(!get("tin-tuc-su-kien").mandatory_under("42/2022"));
    assert!(get("van-ban").mandatory_under("42/2022"));
    assert!(!get("tuyen-dung").mandatory_under("42/2022"));
    for s in &t.sections {
        assert!(!s.cues.is_empty() && !s.old_names.is_empty(), "{}", s.slug);
        for c in &s.cues {
            assert_eq!(c, &c.to_lowercase(), "cues are lower-case: {c}");
        }
    }
    // The document patterns recognise a real-looking decision.
    let cues = classify::Cues::new(&[classify::SectionCues {
        slug: "van-ban".into(),
        phrases: Vec::new(),
        patterns: get("van-ban").patterns.clone(),
    }])
    .unwrap_or_else(|e| panic!("{e}"));
    let text = "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định số 15/2024/QĐ-UBND ...\nNơi nhận:\n- Như Điều 3;\nKT. CHỦ TỊCH";
    let hits = cues.hits(text, &classify::fold(text));
    assert!(hits.len() >= 4, "{hits:?}");
}

#[test]
fn example_site_mapping_places_items_as_documented() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../mappings/example-site.toml");
    let m = Mapping::load(&path).unwrap_or_else(|e| panic!("{e}"));
    let section = |item: &ItemFacts<'_>, path: &[CategoryRef<'_>]| {
        m.decide(item, path).section().unwrap_or("-").to_owned()
    };
    let thong_bao = [cat(6, "thong-bao", "Thông báo", "/vi/news/thong-bao/")];
    let news = |title| ItemFacts {
        published_on: date(2023, 5, 4),
        ..article(title, "")
    };
    // The shared include splits the announcements container.
    assert_eq!(
        section(&news("Thông báo mời thầu gói thầu số 3"), &thong_bao),
        "dau-tu-dau-thau-mua-sam"
    );
    assert_eq!(
        section(&news("Kết quả xét tuyển viên chức đợt 2"), &thong_bao),
        "tuyen-dung"
    );
    assert_eq!(
        section(&news("Lịch công tác tuần 19"), &thong_bao),
        "chi-dao-dieu-hanh"
    );
    assert_eq!(
        section(&news("Khai trương phòng khám"), &thong_bao),
        "tin-tuc-su-kien"
    );
    // The site's own title rule comes first, at every level.
    assert_eq!(
        section(
            &news("Quyết định 15/2024/QĐ-UBND về giá dịch vụ"),
            &thong_bao
        ),
        "van-ban"
    );
    // Site sections, by title, tone-insensitive title and URL prefix.
    assert_eq!(section(&news("a"), &[cat(2, "yt", "Y TẾ", "")]), "y-te");
    assert_eq!(
        section(&news("a"), &[cat(3, "gd", "Giáo dục", "")]),
        "giao-duc"
    );
    assert_eq!(
        section(
            &news("a"),
            &[cat(4, "tt", "Thể thao", "/VI/news/the-thao/")]
        ),
        "the-thao"
    );
    // Dates pick between two rules for one category.
    let lanh_dao = [cat(5, "lanh-dao", "Lãnh đạo", "")];
    let old = ItemFacts {
        published_on: date(2019, 12, 31),
        ..news("Tiểu sử")
    };
    assert_eq!(section(&old, &lanh_dao), "gioi-thieu");
    assert_eq!(
        section(&news("Chỉ đạo phòng chống dịch"), &lanh_dao),
        "chi-dao-dieu-hanh"
    );
    // Documents of the laws module.
    let doc = ItemFacts {
        source: "laws",
        kind: Kind::Document,
        ..news("Kế hoạch 12/KH-SYT")
    };
    assert_eq!(
        section(&doc, &[cat(1, "quyet-dinh", "Quyết định", "")]),
        "van-ban"
    );
    assert_eq!(m.includes.len(), 1);
}
