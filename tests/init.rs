//! `portmig init`: the project it writes is accepted by `portmig run` as it
//! is, has a rule for every old category, and suggests the obvious
//! sections.

mod common;
use common::*;
use std::path::{Path, PathBuf};

/// `portmig init <dump> --out <dir>/du-an`, asserting success; returns the
/// project folder.
fn init(dump: &Path, dir: &Path) -> PathBuf {
    let out = dir.join("du-an");
    let o = portmig(
        &[
            "init",
            dump.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
        dir,
    );
    assert!(
        o.status.success(),
        "stdout:\n{}\nstderr:\n{}",
        stdout(&o),
        stderr(&o)
    );
    for f in ["portmig.toml", "mapping.toml", "portal-sections.toml"] {
        assert!(out.join(f).is_file(), "{f} not written");
    }
    assert!(
        stdout(&o).contains("portmig run --config"),
        "says what to run next: {}",
        stdout(&o)
    );
    out
}

/// `portmig run --json` in the project folder with no options at all.
fn run_here(out: &Path) -> serde_json::Value {
    let o = portmig(&["run", "--json"], out);
    assert_eq!(
        o.status.code(),
        Some(0),
        "stdout:\n{}\nstderr:\n{}",
        stdout(&o),
        stderr(&o)
    );
    serde_json::from_str(&stdout(&o)).unwrap()
}

/// `(source, category_id) -> section` of the written mapping, checked by
/// the mapping crate itself.
fn rules(out: &Path) -> Vec<(String, i64, String)> {
    let m = mapping::Mapping::load(&out.join("mapping.toml")).unwrap();
    m.rules
        .iter()
        .map(|r| match r.selector {
            Some(mapping::Selector::CategoryId(id)) => {
                (r.source.clone().unwrap_or_default(), id, r.section.clone())
            }
            ref s => panic!("rule {} selects by {s:?}, not by id", r.id),
        })
        .collect()
}

/// Runs init and run on a sample and checks what every sample must show:
/// one rule per old category, each category placed by its rule (none
/// falls to the unmapped policy), no rule that matches nothing.
fn init_and_run(dump: &Path) -> (PathBuf, tempfile::TempDir, Vec<(String, i64, String)>) {
    let dir = tempfile::tempdir().unwrap();
    let out = init(dump, dir.path());
    let outcome = run_here(&out);
    let rules = rules(&out);
    let db = out.join("portmig.db");
    let categories = count(&db, "SELECT COUNT(*) FROM categories");
    assert!(categories > 0);
    assert_eq!(rules.len() as i64, categories, "one rule per old category");
    assert_eq!(
        outcome["extracted"]["categories"].as_i64(),
        Some(categories),
        "{outcome:#}"
    );
    let mut seen = std::collections::BTreeSet::new();
    for (source, id, _) in &rules {
        assert!(seen.insert((source, id)), "two rules for {source} {id}");
    }
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM audit_events WHERE kind = 'UNMAPPED' AND source_key LIKE '%/category/%'"
        ),
        0,
        "every category is placed by its own rule"
    );
    let warnings = outcome["warnings"].as_array().unwrap();
    assert!(
        !warnings
            .iter()
            .any(|w| w.as_str().unwrap().contains("never matches")),
        "{warnings:#?}"
    );
    (out, dir, rules)
}

fn section_of<'a>(rules: &'a [(String, i64, String)], source: &str, id: i64) -> &'a str {
    rules
        .iter()
        .find(|(s, i, _)| s == source && *i == id)
        .map(|r| r.2.as_str())
        .unwrap_or_else(|| panic!("no rule for {source} {id}: {rules:#?}"))
}

#[test]
fn nukeviet45_sample_obvious_categories_are_suggested_and_run_accepts_the_project() {
    let (out, _dir, rules) = init_and_run(&sample("portal.sql"));
    // Tin tức (1), Tuyển dụng (9) of module tin-tuc; Tuyển dụng (2) of
    // module thong-bao.
    assert_eq!(section_of(&rules, "tin-tuc", 1), "tin-tuc-su-kien");
    assert_eq!(section_of(&rules, "tin-tuc", 9), "tuyen-dung");
    assert_eq!(section_of(&rules, "thong-bao", 2), "tuyen-dung");
    let db = out.join("portmig.db");
    assert_eq!(
        query(
            &db,
            "SELECT section FROM categories WHERE source_key = 'nv4_vi_news/category/9'"
        ),
        vec![vec!["tuyen-dung".to_string()]]
    );

    // The file reads as promised: tree paths, counts, decoded sample
    // titles and a reason per rule, in tree order, grouped by module.
    let text = std::fs::read_to_string(out.join("mapping.toml")).unwrap();
    assert!(
        text.contains("# Tin tức › Hoạt động của UBND › Kinh tế - Xã hội"),
        "{text}"
    );
    assert!(
        text.contains("#   - Thông báo tuyển dụng viên chức"),
        "{text}"
    );
    assert_eq!(
        text.matches("# lý do / reason:").count(),
        rules.len(),
        "{text}"
    );
    let news = text.find("Module `tin-tuc`").unwrap();
    let notices = text.find("Module `thong-bao`").unwrap();
    let child = text.find("id = \"tin-tuc/kinh-te-xa-hoi\"").unwrap();
    let parent = text.find("id = \"tin-tuc/hoat-dong-cua-ubnd\"").unwrap();
    assert!(news < parent && parent < child && child < notices);
    // The project file is what `run` read: a relative target beside it.
    let project = std::fs::read_to_string(out.join("portmig.toml")).unwrap();
    assert!(
        project.contains("target = \"sqlite://portmig.db\""),
        "{project}"
    );
}

#[test]
fn nukeviet34_sample_children_without_evidence_follow_their_parent() {
    let (out, _dir, rules) = init_and_run(&root().join("samples/nukeviet34/portal.sql"));
    assert_eq!(section_of(&rules, "tin-tuc", 1), "tin-tuc-su-kien");
    assert_eq!(section_of(&rules, "tin-tuc", 10), "tuyen-dung");
    // "Tài liệu nội bộ" names no section and has one article: whatever that
    // article's cues suggest, one article is thin evidence, left to a person
    // (marked CHECK).
    let _ = section_of(&rules, "tin-tuc", 13);
    let text = std::fs::read_to_string(out.join("mapping.toml")).unwrap();
    let rule = text.find("category_id = 13\n").unwrap();
    let before = &text[..rule];
    let block = &before[before.rfind("\n\n").unwrap()..];
    assert!(block.contains("# CHECK:"), "{block}");
    assert!(block.contains("Tài liệu nội bộ"), "{block}");
}

#[test]
fn egov44_sample_document_types_get_rules_too() {
    let (out, _dir, rules) = init_and_run(&root().join("samples/egov44/portal.sql"));
    // 6 document types of module van-ban, 2 news categories.
    assert_eq!(rules.iter().filter(|r| r.0 == "van-ban").count(), 6);
    assert_eq!(rules.iter().filter(|r| r.0 == "tin-tuc").count(), 2);
    // Document van-ban/7 names type 42, which is not in the dump: said
    // under its module, since no rule can name it.
    let text = std::fs::read_to_string(out.join("mapping.toml")).unwrap();
    let module = text.find("Module `van-ban`").unwrap();
    let note = text
        .find("# 1 items name no category of the dump: they go to `unmapped`.")
        .unwrap();
    assert!(module < note && note < text.find("[[rule]]\nid = \"van-ban/").unwrap());
}

#[test]
fn shared_nukeviet45_dump_init_then_run_succeeds() {
    let Some(dump) = shared("dumps/nukeviet_news_4.5_vi.mysqldump.sql") else {
        return;
    };
    let (out, _dir, rules) = init_and_run(&dump);
    assert_eq!(rules.len(), 7);
    let db = out.join("portmig.db");
    assert_eq!(count(&db, "SELECT COUNT(*) FROM articles"), 15);
}

#[test]
fn existing_files_are_not_overwritten_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let out = init(&sample("portal.sql"), dir.path());
    let edited = "# sửa tay / edited by hand\n";
    std::fs::write(out.join("mapping.toml"), edited).unwrap();
    let args = |force: bool| {
        let mut a = vec![
            "init".to_string(),
            sample("portal.sql").display().to_string(),
            "--out".into(),
            out.display().to_string(),
        ];
        if force {
            a.push("--force".into());
        }
        a
    };
    let a = args(false);
    let o = portmig(
        &a.iter().map(String::as_str).collect::<Vec<_>>(),
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(e.contains("portmig.toml already exists"), "{e}");
    assert!(e.contains("--force"), "{e}");
    assert_eq!(
        std::fs::read_to_string(out.join("mapping.toml")).unwrap(),
        edited
    );

    let a = args(true);
    let o = portmig(
        &a.iter().map(String::as_str).collect::<Vec<_>>(),
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(std::fs::read_to_string(out.join("mapping.toml"))
        .unwrap()
        .contains("[[rule]]"));
}

#[test]
fn a_missing_dump_is_named_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let o = portmig(&["init", "khong-co-tep.sql", "--out", "du-an"], dir.path());
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(e.contains("khong-co-tep.sql: no such file"), "{e}");
    assert!(!dir.path().join("du-an").exists());
}

#[test]
fn a_dump_without_categories_is_refused_with_a_hint() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("khac.sql");
    std::fs::write(
        &dump,
        "CREATE TABLE `bai_viet` (`id` int, `tieu_de` text);\n\
         INSERT INTO `bai_viet` VALUES (1,'Chào mừng Quốc khánh 2/9');\n",
    )
    .unwrap();
    let o = portmig(
        &["init", dump.to_str().unwrap(), "--out", "du-an"],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(e.contains("khac.sql"), "{e}");
    assert!(e.contains("portmig inspect"), "{e}");
    assert!(!dir.path().join("du-an/mapping.toml").exists());
}

#[test]
fn a_site_taxonomy_is_used_where_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("chung");
    std::fs::create_dir_all(&site).unwrap();
    // A site's own taxonomy, with no old names: a category called like a
    // section ("Y tế") still finds it.
    std::fs::copy(sample("taxonomy.toml"), site.join("muc-cua-tinh.toml")).unwrap();
    let o = portmig(
        &[
            "init",
            sample("portal.sql").to_str().unwrap(),
            "--out",
            "du-an",
            "--taxonomy",
            "chung/muc-cua-tinh.toml",
        ],
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = dir.path().join("du-an");
    assert!(!out.join("portal-sections.toml").exists());
    let text = std::fs::read_to_string(out.join("mapping.toml")).unwrap();
    assert!(
        text.contains("taxonomy = \"../chung/muc-cua-tinh.toml\""),
        "{text}"
    );
    run_here(&out);
    assert_eq!(section_of(&rules(&out), "tin-tuc", 5), "y-te");
}
