//! Loading, validating and deciding with realistic Vietnamese configuration.

use std::io;
use std::path::Path;

use mapping::{
    CategoryRef, Decision, Error, ItemFacts, Kind, Mapping, Selector, Taxonomy, UnmappedOutcome,
    UnmappedPolicy,
};

const TAXONOMY: &str = r#"# Chuyên mục của cổng mới
[[section]]
slug = "gioi-thieu"
name = "Giới thiệu"
name_en = "About"

[[section]]
slug = "tin-tuc-su-kien"
name = "Tin tức - Sự kiện"
name_en = "News and events"

[[section]]
slug = "hoat-dong-lanh-dao"
name = "Hoạt động của lãnh đạo"
parent = "tin-tuc-su-kien"

[[section]]
slug = "van-ban"
name = "Văn bản chỉ đạo điều hành"
"#;

const MAPPING: &str = r#"taxonomy = "taxonomy.toml"

[[rule]]
id = "lanh-dao"
category_id = 12
section = "hoat-dong-lanh-dao"

[[rule]]
id = "tin-tuc"
category_alias = "Tin-tuc"
section = "tin-tuc-su-kien"

[[rule]]
id = "van-ban-by-title"
category_title = "Văn bản"
source = "news"
section = "van-ban"

[[rule]]
id = "gioi-thieu"
category_title = "Gioi thieu chung"
tone_insensitive = true
section = "gioi-thieu"

[[rule]]
id = "tin-tuc-again"
category_alias = "tin-tuc"
section = "van-ban"
"#;

fn taxonomy_reader(path: &Path) -> io::Result<String> {
    assert_eq!(path, Path::new("mappings/taxonomy.toml"));
    Ok(TAXONOMY.to_owned())
}

fn good() -> Mapping {
    match Mapping::parse(MAPPING, Path::new("mappings/site.toml"), taxonomy_reader) {
        Ok(m) => m,
        Err(e) => panic!("{e}"),
    }
}

fn parse_err(mapping: &str, taxonomy: &str) -> String {
    let taxonomy = taxonomy.to_owned();
    match Mapping::parse(mapping, Path::new("mappings/site.toml"), move |_| {
        Ok(taxonomy.clone())
    }) {
        Ok(_) => panic!("expected an error"),
        Err(e) => e.to_string(),
    }
}

fn cat<'a>(id: i64, alias: &'a str, title: &'a str) -> CategoryRef<'a> {
    CategoryRef {
        id,
        alias,
        title,
        old_url: "",
    }
}

/// An article from `source` with nothing else known.
fn item(source: &str) -> ItemFacts<'_> {
    ItemFacts {
        source,
        kind: Kind::Article,
        title: "",
        body_text: "",
        authors: &[],
        published_on: None,
        old_url: "",
    }
}

fn mapped(d: Decision<'_>) -> (&str, &str, Option<i64>) {
    match d {
        Decision::Mapped {
            section,
            rule_id,
            matched_category,
        } => (section, rule_id, matched_category),
        Decision::Unmapped(u) => panic!("unmapped: {u:?}"),
    }
}

#[test]
fn parses_good_mapping_and_taxonomy() {
    let m = good();
    let slugs: Vec<&str> = m.taxonomy.slugs().collect();
    assert_eq!(
        slugs,
        [
            "gioi-thieu",
            "tin-tuc-su-kien",
            "hoat-dong-lanh-dao",
            "van-ban",
            "unmapped"
        ]
    );
    let unmapped = m
        .taxonomy
        .get("unmapped")
        .map(|s| (s.name.as_str(), s.name_en.as_deref()));
    assert_eq!(unmapped, Some(("Chưa phân loại", Some("Unmapped"))));
    assert_eq!(
        m.taxonomy
            .get("hoat-dong-lanh-dao")
            .and_then(|s| s.parent.as_deref()),
        Some("tin-tuc-su-kien")
    );
    assert_eq!(m.unmapped, UnmappedPolicy::KeepIn("unmapped".into()));
    assert_eq!(m.rules.len(), 5);
    assert_eq!(m.rules[0].selector, Some(Selector::CategoryId(12)));
    assert_eq!(m.rules[0].line, 3);
    assert_eq!(m.rules[2].source.as_deref(), Some("news"));
    assert_eq!(
        m.rules[3].selector,
        Some(Selector::CategoryTitle {
            title: "Gioi thieu chung".into(),
            tone_insensitive: true
        })
    );
    assert_eq!(m.fingerprint.len(), 64);
    assert_eq!(m.taxonomy.file, Path::new("mappings/taxonomy.toml"));

    let r = m.rule_ref("tin-tuc").map(|r| r.to_string());
    assert_eq!(r.as_deref(), Some("tin-tuc (mappings/site.toml:8)"));
    let json = serde_json::to_string(&m.rule_ref("tin-tuc")).unwrap_or_default();
    assert_eq!(
        json,
        r#"{"rule_id":"tin-tuc","file":"mappings/site.toml","line":8}"#
    );
}

#[test]
fn fingerprint_covers_both_files() {
    let a = good().fingerprint;
    let edited_taxonomy = TAXONOMY.replace("About", "About us");
    let b = Mapping::parse(MAPPING, Path::new("mappings/site.toml"), |_| {
        Ok(edited_taxonomy.clone())
    })
    .map(|m| m.fingerprint)
    .unwrap_or_default();
    let c = Mapping::parse(
        &MAPPING.replace("= 12", "= 13"),
        Path::new("mappings/site.toml"),
        taxonomy_reader,
    )
    .map(|m| m.fingerprint)
    .unwrap_or_default();
    assert!(a != b && a != c && b != c && !b.is_empty() && !c.is_empty());
    assert_eq!(a, good().fingerprint);
}

#[test]
fn decides_by_id_alias_and_title() {
    let m = good();
    assert_eq!(
        mapped(m.decide(&item("news"), &[cat(12, "x", "Lãnh đạo")])),
        ("hoat-dong-lanh-dao", "lanh-dao", Some(12))
    );
    // Alias: ASCII case-insensitive.
    assert_eq!(
        mapped(m.decide(&item("news"), &[cat(3, "TIN-TUC", "Tin")])).1,
        "tin-tuc"
    );
    // Title: NFD in the data, NFC in the rule; case-insensitive.
    assert_eq!(
        mapped(m.decide(&item("news"), &[cat(4, "vb", "VA\u{306}N BA\u{309}N")])).1,
        "van-ban-by-title"
    );
    // Without tone_insensitive, a title without marks does not match.
    assert!(matches!(
        m.decide(&item("news"), &[cat(4, "vb", "Van ban")]),
        Decision::Unmapped(_)
    ));
    // Tone-insensitive: "Gioi thieu chung" matches "Giới thiệu chung".
    assert_eq!(
        mapped(m.decide(&item("news"), &[cat(5, "gt", "Giới thiệu chung")])).1,
        "gioi-thieu"
    );
}

#[test]
fn most_specific_category_wins_then_parent_fallback() {
    let m = good();
    let child = cat(40, "hoi-nghi", "Hội nghị");
    let parent = cat(12, "lanh-dao", "Lãnh đạo");
    let grandparent = cat(2, "tin-tuc", "Tin tức");
    // The child has no rule: its parent's rule applies, not the grandparent's.
    assert_eq!(
        mapped(m.decide(&item("news"), &[child, parent, grandparent])),
        ("hoat-dong-lanh-dao", "lanh-dao", Some(12))
    );
    // A rule for the item's own category beats one for its parent even if
    // the parent's rule comes first in the file.
    assert_eq!(
        mapped(m.decide(&item("news"), &[grandparent, parent])),
        ("tin-tuc-su-kien", "tin-tuc", Some(2))
    );
}

#[test]
fn first_matching_rule_in_file_order_wins() {
    let m = good();
    // Both "tin-tuc" and "tin-tuc-again" select alias tin-tuc.
    assert_eq!(
        mapped(m.decide(&item("news"), &[cat(2, "tin-tuc", "")])).1,
        "tin-tuc"
    );
}

#[test]
fn source_restriction() {
    let m = good();
    let vb = [cat(4, "vb", "Văn bản")];
    assert_eq!(mapped(m.decide(&item("NEWS"), &vb)).1, "van-ban-by-title");
    assert_eq!(
        m.decide(&item("laws"), &vb),
        Decision::Unmapped(UnmappedOutcome::KeepIn("unmapped"))
    );
}

#[test]
fn unmapped_policies() {
    let m = good();
    let none = [cat(99, "khac", "Khác")];
    assert_eq!(
        m.decide(&item("news"), &none),
        Decision::Unmapped(UnmappedOutcome::KeepIn("unmapped"))
    );
    assert_eq!(m.decide(&item("news"), &[]).section(), Some("unmapped"));

    let parse = |extra: &str| {
        let text = format!("taxonomy = \"t.toml\"\n{extra}");
        Mapping::parse(&text, Path::new("site.toml"), |_| Ok(TAXONOMY.to_owned()))
    };
    let skip = parse("[unmapped]\npolicy = \"skip\"\n")
        .map(|m| m.decide(&item("news"), &none).section().map(str::to_owned));
    assert_eq!(skip.ok(), Some(None));
    let fail = parse("[unmapped]\npolicy = \"fail\"\n");
    assert!(matches!(fail.map(|m| m.unmapped), Ok(UnmappedPolicy::Fail)));
    // keep-in an existing section: no section is auto-created.
    let keep = parse("[unmapped]\npolicy = \"keep-in\"\nsection = \"gioi-thieu\"\n");
    let keep = keep.map(|m| {
        (
            m.decide(&item("news"), &none).section().map(str::to_owned),
            m.taxonomy.sections.len(),
        )
    });
    assert_eq!(keep.ok(), Some((Some("gioi-thieu".to_owned()), 4)));
}

#[test]
fn warnings_for_rules_naming_missing_categories() {
    let m = good();
    // "Văn bản" exists, but in another module than the rule's `source`.
    let known = [
        ("news", cat(12, "lanh-dao", "Lãnh đạo")),
        ("news", cat(2, "tin-tuc", "Tin tức")),
        ("news", cat(5, "gioi-thieu", "Giới thiệu chung")),
        ("thong-bao", cat(7, "van-ban", "Văn bản")),
    ];
    let warnings = m.unused_selectors(&known);
    let ids: Vec<&str> = warnings.iter().map(|w| w.rule_id.as_str()).collect();
    assert_eq!(ids, ["van-ban-by-title"]);
    assert_eq!(warnings[0].line, 13);
    assert_eq!(
        warnings[0].to_string(),
        "mappings/site.toml:13: rule `van-ban-by-title` never matches: no old category in source `news` has \
         category_title = \"Văn bản\" (check the spelling and the source, or remove the rule)"
    );
    let json = serde_json::to_value(&warnings[0]).unwrap_or_default();
    assert_eq!(json["selector"], "category_title = \"Văn bản\"");
    // In the rule's own module it is found.
    let known = [
        ("news", cat(12, "lanh-dao", "Lãnh đạo")),
        ("news", cat(2, "tin-tuc", "Tin tức")),
        ("news", cat(5, "gioi-thieu", "Giới thiệu chung")),
        ("news", cat(7, "van-ban", "Văn bản")),
    ];
    assert!(m.unused_selectors(&known).is_empty());
}

#[test]
fn types_are_send_sync() {
    fn check<T: Send + Sync>() {}
    check::<Mapping>();
    check::<Decision<'static>>();
    check::<Error>();
}

// ---- errors, each with its exact position -------------------------------

const HEAD: &str = "taxonomy = \"taxonomy.toml\"\n";

#[test]
fn error_toml_syntax() {
    let e = parse_err(&format!("{HEAD}[[rule]\nid = \"a\"\n"), TAXONOMY);
    assert!(
        e.starts_with("mappings/site.toml:2:7: invalid table header"),
        "{e}"
    );
    assert!(e.ends_with("(in `[[rule]`)"), "{e}");
}

#[test]
fn error_unknown_key() {
    let e = parse_err(
        &format!("{HEAD}[[rule]]\nid = \"a\"\ncategory_id = 1\nsectoin = \"van-ban\"\n"),
        TAXONOMY,
    );
    assert!(
        e.starts_with("mappings/site.toml:5:1: unknown field `sectoin`, expected one of"),
        "{e}"
    );
    let e = parse_err(&format!("{HEAD}[unmapped]\npolicy = \"drop\"\n"), TAXONOMY);
    assert!(
        e.starts_with("mappings/site.toml:3:10: unknown variant `drop`"),
        "{e}"
    );
}

#[test]
fn error_no_selector() {
    let e = parse_err(
        &format!("{HEAD}\n[[rule]]\nid = \"a\"\nsection = \"van-ban\"\n"),
        TAXONOMY,
    );
    assert_eq!(
        e,
        "mappings/site.toml:3:1: rule `a` matches everything: it has no category matcher (`category_id`, \
         `category_alias`, `category_title`, `old_url_prefix`), no `source` and no condition (add one; to \
         place every unmatched item in one section, use `[unmapped]` with `policy = \"keep-in\"` instead)"
    );
}

#[test]
fn error_two_selectors() {
    let e = parse_err(
        &format!("{HEAD}[[rule]]\nid = \"a\"\ncategory_title = \"Tin tức\"\ncategory_id = 7\nsection = \"van-ban\"\n"),
        TAXONOMY,
    );
    assert_eq!(
        e,
        "mappings/site.toml:5:15: rule `a` has a second category matcher `category_id` besides `category_title` (keep exactly one; write another rule for the other category)"
    );
}

#[test]
fn error_duplicate_rule_id() {
    let rule = "[[rule]]\nid = \"tin-tuc\"\ncategory_id = 1\nsection = \"van-ban\"\n";
    let e = parse_err(&format!("{HEAD}{rule}{rule}"), TAXONOMY);
    assert_eq!(
        e,
        "mappings/site.toml:7:6: duplicate rule id `tin-tuc` (already used at mappings/site.toml:3:6; \
         rule ids must be unique across the mapping and its includes: rename one)"
    );
}

#[test]
fn error_unknown_section_with_suggestion() {
    let e = parse_err(
        &format!("{HEAD}[[rule]]\nid = \"a\"\ncategory_id = 1\nsection = \"tin-tuc\"\n"),
        TAXONOMY,
    );
    assert_eq!(
        e,
        "mappings/site.toml:5:11: unknown section `tin-tuc` (sections are defined in mappings/taxonomy.toml; did you mean `tin-tuc-su-kien`?)"
    );
    let e = parse_err(&format!("{HEAD}[unmapped]\nsection = \"khac\"\n"), TAXONOMY);
    assert_eq!(
        e,
        "mappings/site.toml:3:11: unknown section `khac` (sections are defined in mappings/taxonomy.toml)"
    );
}

#[test]
fn error_misplaced_keys() {
    let e = parse_err(
        &format!("{HEAD}[unmapped]\npolicy = \"skip\"\nsection = \"van-ban\"\n"),
        TAXONOMY,
    );
    assert!(
        e.starts_with(
            "mappings/site.toml:4:11: `section` only applies with `policy = \"keep-in\"`"
        ),
        "{e}"
    );
    let e = parse_err(
        &format!("{HEAD}[[rule]]\nid = \"a\"\ncategory_id = 1\ntone_insensitive = true\nsection = \"van-ban\"\n"),
        TAXONOMY,
    );
    assert!(
        e.starts_with("mappings/site.toml:5:20: `tone_insensitive` only applies"),
        "{e}"
    );
    let e = parse_err(
        &format!("{HEAD}[[rule]]\nid = \"  \"\ncategory_id = 1\nsection = \"van-ban\"\n"),
        TAXONOMY,
    );
    assert_eq!(
        e,
        "mappings/site.toml:3:6: `id` is empty (give it a value or remove the entry)"
    );
}

#[test]
fn error_taxonomy_missing() {
    let err = Mapping::parse(
        "# cấu hình\ntaxonomy = \"../samples/taxonomy.toml\"\n",
        Path::new("mappings/site.toml"),
        |_| {
            Err(io::Error::new(
                io::ErrorKind::NotFound,
                "No such file or directory",
            ))
        },
    );
    let e = err.map(|_| ()).map_err(|e| e.to_string());
    assert_eq!(
        e,
        Err("mappings/site.toml:2:12: cannot read taxonomy file `../samples/taxonomy.toml` (resolved to \
             mappings/../samples/taxonomy.toml): No such file or directory (paths are relative to the \
             mapping file's folder)"
            .to_owned())
    );
}

#[test]
fn load_reads_files_relative_to_the_mapping() {
    let dir = std::env::temp_dir().join(format!("mapping-test-{}", std::process::id()));
    let sub = dir.join("mappings");
    std::fs::create_dir_all(&sub).unwrap_or_default();
    std::fs::write(sub.join("taxonomy.toml"), TAXONOMY).unwrap_or_default();
    std::fs::write(sub.join("site.toml"), MAPPING).unwrap_or_default();
    let loaded = Mapping::load(&sub.join("site.toml"));
    assert_eq!(loaded.map(|m| m.rules.len()).ok(), Some(5));
    let tax = Taxonomy::load(&sub.join("taxonomy.toml"));
    assert_eq!(tax.map(|t| t.sections.len()).ok(), Some(4));
    std::fs::remove_file(sub.join("taxonomy.toml")).unwrap_or_default();
    let e = Mapping::load(&sub.join("site.toml"))
        .map(|_| ())
        .unwrap_err();
    assert!(matches!(e, Error::TaxonomyUnreadable { .. }), "{e}");
    assert_eq!(e.location().map(|l| (l.line, l.column)), Some((1, 12)));
    let e = Mapping::load(&dir.join("absent.toml"))
        .map(|_| ())
        .unwrap_err();
    assert!(
        matches!(e, Error::Read { .. }) && e.location().is_none(),
        "{e}"
    );
    std::fs::remove_dir_all(&dir).unwrap_or_default();
}

fn taxonomy_err(text: &str) -> String {
    match Taxonomy::parse(text, Path::new("samples/taxonomy.toml")) {
        Ok(_) => panic!("expected an error"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn error_duplicate_section() {
    let e = taxonomy_err(&format!(
        "{TAXONOMY}\n[[section]]\nslug = \"van-ban\"\nname = \"Văn bản 2\"\n"
    ));
    assert_eq!(
        e,
        "samples/taxonomy.toml:22:8: duplicate section slug `van-ban` (already defined at \
         samples/taxonomy.toml:18:8; slugs must be unique across the taxonomy and the mapping's own \
         sections: rename one, or drop the copy)"
    );
}

#[test]
fn error_unknown_parent() {
    let e = taxonomy_err(&format!("{TAXONOMY}\n[[section]]\nslug = \"thong-bao\"\nname = \"Thông báo\"\nparent = \"tin-tuc-su-kie\"\n"));
    assert_eq!(
        e,
        "samples/taxonomy.toml:24:10: section `thong-bao` has unknown parent `tin-tuc-su-kie` (a parent must be another section's slug; did you mean `tin-tuc-su-kien`?)"
    );
}

#[test]
fn error_parent_cycle() {
    let e = taxonomy_err(
        "[[section]]\nslug = \"a\"\nname = \"A\"\nparent = \"b\"\n[[section]]\nslug = \"b\"\nname = \"B\"\nparent = \"a\"\n",
    );
    assert_eq!(
        e,
        "samples/taxonomy.toml:4:10: section `a` is its own ancestor (a -> b -> a) (remove one of these `parent` keys)"
    );
}

#[test]
fn error_invalid_slug() {
    let e = taxonomy_err("[[section]]\nslug = \"Tin_tức\"\nname = \"Tin tức\"\n");
    assert_eq!(
        e,
        "samples/taxonomy.toml:2:8: invalid slug `Tin_tức` (use only lower-case ASCII letters, digits and `-`, e.g. `tin-tuc-su-kien`)"
    );
    let e = taxonomy_err("[[section]]\nslug = \"a\"\nname = \"A\"\ncolor = \"red\"\n");
    assert!(
        e.starts_with("samples/taxonomy.toml:4:1: unknown field `color`"),
        "{e}"
    );
    let e = taxonomy_err("[[section]]\nslug = \"a\"\n");
    assert!(
        e.starts_with("samples/taxonomy.toml:1:1: missing field `name`"),
        "{e}"
    );
}

#[test]
fn taxonomy_errors_surface_through_mapping() {
    let e = parse_err(HEAD, "[[section]]\nslug = \"x y\"\nname = \"X\"\n");
    assert!(
        e.starts_with("mappings/taxonomy.toml:2:8: invalid slug `x y`"),
        "{e}"
    );
}
