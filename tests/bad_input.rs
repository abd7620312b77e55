//! Bad input: each case gives a clear message naming the file and the
//! place, loses nothing that came before, and never panics.

mod common;
use common::*;
use std::path::Path;

fn run_raw(dir: &Path, source: &Path, mapping: &Path) -> std::process::Output {
    run(source, mapping, &dir.join("t.db"), &[])
}

fn no_panic(o: &std::process::Output) {
    assert!(!stderr(o).contains("panicked"), "{}", stderr(o));
}

/// Copies the sample's mapping and taxonomy into `dir`, with `edit` applied
/// to the mapping text.
fn mapping_copy(dir: &Path, edit: impl Fn(&str) -> String) -> std::path::PathBuf {
    std::fs::copy(sample("taxonomy.toml"), dir.join("taxonomy.toml")).unwrap();
    let text = std::fs::read_to_string(sample("mapping.toml")).unwrap();
    let p = dir.join("mapping.toml");
    std::fs::write(&p, edit(&text)).unwrap();
    p
}

#[test]
fn a_dump_truncated_inside_a_row_loads_what_came_before_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let dump = std::fs::read(sample("portal.sql")).unwrap();
    // Cut in the middle of the 5th row of the articles table.
    let text = String::from_utf8_lossy(&dump);
    let insert = text.find("INSERT INTO `nv4_vi_news_rows`").unwrap();
    let mut row_starts = text[insert..]
        .match_indices("\n(")
        .map(|(i, _)| insert + i + 1);
    let fifth = row_starts.nth(4).unwrap();
    let cut = fifth + 20;
    let line = text[..cut].matches('\n').count() + 1;
    let truncated = dir.path().join("truncated.sql");
    std::fs::write(&truncated, &dump[..cut]).unwrap();

    let o = run_raw(
        dir.path(),
        &truncated,
        &mapping_copy(dir.path(), |t| t.to_string()),
    );
    no_panic(&o);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("truncated.sql"), "{err}");
    assert!(
        err.contains(&format!("byte {cut}")),
        "no byte offset {cut} in: {err}"
    );
    assert!(
        err.contains(&format!("line {line}")),
        "no line {line} in: {err}"
    );
    // The four complete rows before the cut were loaded or quarantined, and counted.
    let db = dir.path().join("t.db");
    let loaded =
        count(&db, "SELECT COUNT(*) FROM articles") + count(&db, "SELECT COUNT(*) FROM quarantine");
    assert_eq!(loaded, 4, "{}", stdout(&o));
    assert!(stdout(&o).contains("inserted"), "{}", stdout(&o));
    let json = run_json(
        &truncated,
        &dir.path().join("mapping.toml"),
        &dir.path().join("again.db"),
        1,
    );
    assert_eq!(json["extracted"]["articles"], 4, "{json:#}");
    assert!(
        json["input_error"]
            .as_str()
            .unwrap()
            .contains(&format!("byte {cut}")),
        "{json:#}"
    );
    assert_eq!(query(&db, "SELECT status FROM runs")[0][0], "failed");
}

#[test]
fn a_mapping_syntax_error_names_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let m = mapping_copy(dir.path(), |t| {
        t.replacen("section = \"tuyen-dung\"", "section = \"tuyen-dung", 1)
    });
    let bad_line = std::fs::read_to_string(&m)
        .unwrap()
        .lines()
        .position(|l| l == "section = \"tuyen-dung")
        .unwrap()
        + 1;
    let o = run_raw(dir.path(), &sample("portal.sql"), &m);
    no_panic(&o);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains(&format!("mapping.toml:{bad_line}:")), "{err}");
    assert!(
        !dir.path().join("t.db").exists()
            || count(&dir.path().join("t.db"), "SELECT COUNT(*) FROM articles") == 0
    );
}

#[test]
fn a_rule_for_a_category_that_does_not_exist_warns_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let m = mapping_copy(dir.path(), |t| {
        format!("{t}\n[[rule]]\nid = \"khong-ton-tai\"\ncategory_alias = \"chuyen-muc-khong-co\"\nsection = \"tin-tuc-su-kien\"\n")
    });
    let o = run_raw(dir.path(), &sample("portal.sql"), &m);
    no_panic(&o);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("warning") && err.contains("khong-ton-tai"),
        "{err}"
    );
    assert!(count(&dir.path().join("t.db"), "SELECT COUNT(*) FROM articles") > 0);
    assert_eq!(
        count(&dir.path().join("t.db"), "SELECT COUNT(*) FROM audit_events WHERE kind = 'WARNING' AND event LIKE '%khong-ton-tai%'"),
        1
    );
}

#[test]
fn a_missing_file_is_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let o = run_raw(
        dir.path(),
        &dir.path().join("khong-co.sql"),
        &sample("mapping.toml"),
    );
    no_panic(&o);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("khong-co.sql") && stderr(&o).contains("no such file"),
        "{}",
        stderr(&o)
    );

    let o = run_raw(
        dir.path(),
        &sample("portal.sql"),
        &dir.path().join("khong-co.toml"),
    );
    no_panic(&o);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("khong-co.toml"), "{}", stderr(&o));

    let o = portmig(
        &["inspect", dir.path().join("khong-co.sql").to_str().unwrap()],
        dir.path(),
    );
    no_panic(&o);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("khong-co.sql"), "{}", stderr(&o));
}

// ---------------------------------------------------------------------------
// Broken NukeViet data: each case is a small dump written here, and each
// problem is logged with a reason while everything else loads.
// ---------------------------------------------------------------------------

/// A small NukeViet 4.x news dump (`nv4_vi_news`, no `_modules` table) with
/// the columns the extractor reads; rows are SQL tuples.
fn news45(cats: &[String], rows: &[String], details: &[String]) -> String {
    let mut out = String::from("/*!40101 SET NAMES utf8mb4 */;\n");
    for (table, columns, values) in [
        (
            "nv4_vi_news_cat",
            "`catid` smallint(5) unsigned NOT NULL, `parentid` smallint(5) unsigned NOT NULL, \
             `title` varchar(250) NOT NULL, `alias` varchar(250) NOT NULL, \
             `weight` smallint(5) NOT NULL, `sort` smallint(5) NOT NULL, `status` smallint(4) NOT NULL",
            cats,
        ),
        (
            "nv4_vi_news_detail",
            "`id` int(11) unsigned NOT NULL, `bodyhtml` longtext NOT NULL",
            details,
        ),
        (
            "nv4_vi_news_rows",
            "`id` int(11) unsigned NOT NULL, `catid` smallint(5) unsigned NOT NULL, \
             `listcatid` varchar(255) NOT NULL, `status` tinyint(4) NOT NULL, \
             `publtime` int(11) unsigned NOT NULL, `title` varchar(250) NOT NULL, \
             `alias` varchar(250) NOT NULL, `hometext` text NOT NULL",
            rows,
        ),
    ] {
        out.push_str(&format!("CREATE TABLE `{table}` (\n  {columns}\n);\n"));
        if !values.is_empty() {
            out.push_str(&format!(
                "INSERT INTO `{table}` VALUES\n{};\n",
                values.join(",\n")
            ));
        }
    }
    out
}

fn cat(id: i64, parent: i64, title: &str, alias: &str) -> String {
    format!("({id},{parent},'{title}','{alias}',{id},{id},1)")
}

fn article(id: i64, catid: i64, title: &str, alias: &str) -> String {
    format!("({id},{catid},'{catid}',1,1700000000,'{title}','{alias}','Tóm tắt bài {id}')")
}

fn body(id: i64, html: &str) -> String {
    format!("({id},'{html}')")
}

/// Runs `dump` (written to `dir`) with a mapping that keeps everything in
/// `unmapped`; returns the target and the run's JSON outcome.
fn run_dump(dir: &Path, dump: &str) -> (std::path::PathBuf, serde_json::Value) {
    let src = dir.join("dump.sql");
    std::fs::write(&src, dump).unwrap();
    let mapping = dir.join("mapping.toml");
    std::fs::write(
        &mapping,
        format!(
            "taxonomy = {:?}\n[unmapped]\npolicy = \"keep-in\"\nsection = \"unmapped\"\n",
            root().join("mappings/basic-sections.toml")
        ),
    )
    .unwrap();
    let db = dir.join("t.db");
    let out = run_json(&src, &mapping, &db, 0);
    (db, out)
}

/// The messages of the WARNING events about `key`.
fn warnings_of(db: &Path, key: &str) -> Vec<String> {
    query(
        db,
        &format!(
            "SELECT event FROM audit_events WHERE kind = 'WARNING' AND source_key = '{key}' ORDER BY seq"
        ),
    )
    .into_iter()
    .map(|r| {
        let ev: serde_json::Value = serde_json::from_str(&r[0]).unwrap();
        ev["data"]["message"].as_str().unwrap().to_string()
    })
    .collect()
}

#[test]
fn a_detail_row_without_its_rows_row_is_quarantined_with_its_body() {
    let dir = tempfile::tempdir().unwrap();
    let orphan = "<p>Nội dung bài đã bị xóa khỏi bảng chính.</p>";
    let dump = news45(
        &[cat(1, 0, "Tin tức", "tin-tuc")],
        &[article(1, 1, "Họp báo quý I", "hop-bao-quy-i")],
        &[body(1, "<p>Thân bài.</p>"), body(9, orphan)],
    );
    let (db, out) = run_dump(dir.path(), &dump);
    assert_eq!(out["counts"]["articles"]["inserted"], 1, "{out:#}");
    assert_eq!(out["counts"]["quarantined"], 1, "{out:#}");

    let rows = query(
        &db,
        "SELECT source_key, reason, provenance, raw FROM quarantine",
    );
    assert_eq!(rows.len(), 1, "{rows:?}");
    let r = &rows[0];
    assert_eq!(r[0], "nv4_vi_news/article/9");
    assert_eq!(r[1], "a `_detail` row without its `_rows` row");
    let prov: serde_json::Value = serde_json::from_str(&r[2]).unwrap();
    assert_eq!(prov["table"], "nv4_vi_news_detail");
    assert!(
        prov["file"].as_str().unwrap().ends_with("dump.sql"),
        "{prov}"
    );
    let at = dump.find("(9,'").unwrap();
    assert_eq!(prov["byte"], at, "{prov}");
    assert_eq!(prov["line"], dump[..at].matches('\n').count() + 1, "{prov}");
    // The raw body is kept, byte for byte (hex).
    let raw: serde_json::Value = serde_json::from_str(&r[3]).unwrap();
    let hex: String = orphan.bytes().map(|b| format!("{b:02x}")).collect();
    assert_eq!(raw, serde_json::json!({ "body": hex }));
    // The audit log says so, with the place in the dump.
    let ev = query(
        &db,
        "SELECT event FROM audit_events WHERE kind = 'QUARANTINED' AND source_key = 'nv4_vi_news/article/9'",
    );
    assert_eq!(ev.len(), 1);
    let ev: serde_json::Value = serde_json::from_str(&ev[0][0]).unwrap();
    assert_eq!(
        ev["data"]["reason"],
        "a `_detail` row without its `_rows` row"
    );
    assert_eq!(ev["provenance"]["table"], "nv4_vi_news_detail");
    // Every id of the dump is accounted for.
    reconcile(
        &db,
        &source_keys(&[&dir.path().join("dump.sql")], &["nv4_vi_news"]),
    );

    // A re-run keeps it quarantined and changes nothing else.
    let again = run_json(
        &dir.path().join("dump.sql"),
        &dir.path().join("mapping.toml"),
        &db,
        0,
    );
    assert_eq!(again["counts"]["quarantined"], 1, "{again:#}");
    assert_eq!(again["counts"]["articles"]["unchanged"], 1, "{again:#}");
    assert_eq!(count(&db, "SELECT COUNT(*) FROM quarantine"), 1);
}

#[test]
fn a_rows_row_without_its_detail_row_loads_with_an_empty_body_and_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let dump = news45(
        &[cat(1, 0, "Tin tức", "tin-tuc")],
        &[
            article(1, 1, "Họp báo quý I", "hop-bao-quy-i"),
            article(2, 1, "Lịch tiếp công dân", "lich-tiep-cong-dan"),
        ],
        &[body(1, "<p>Thân bài.</p>")],
    );
    let (db, out) = run_dump(dir.path(), &dump);
    assert_eq!(out["counts"]["articles"]["inserted"], 2, "{out:#}");
    assert_eq!(
        query(
            &db,
            "SELECT title, body_html FROM articles WHERE source_key = 'nv4_vi_news/article/2'"
        ),
        vec![vec!["Lịch tiếp công dân".to_string(), String::new()]]
    );
    assert_eq!(
        warnings_of(&db, "nv4_vi_news/article/2"),
        ["no `_detail` row for this article: body is empty"]
    );
    assert!(warnings_of(&db, "nv4_vi_news/article/1").is_empty());
    reconcile(
        &db,
        &source_keys(&[&dir.path().join("dump.sql")], &["nv4_vi_news"]),
    );
}

#[test]
fn a_missing_bodyhtml_table_falls_back_to_bodytext_with_a_warning() {
    // NukeViet 3.x: article 2001 belongs in `_bodyhtml_2`, which the dump
    // does not have; its plain text is in `_bodytext`.
    let dir = tempfile::tempdir().unwrap();
    let dump = "CREATE TABLE `nv3_vi_news_cat` (`catid` int NOT NULL, `parentid` int NOT NULL, \
         `title` varchar(255) NOT NULL, `alias` varchar(255) NOT NULL, `order` int NOT NULL, \
         `weight` int NOT NULL);\n\
         INSERT INTO `nv3_vi_news_cat` VALUES (1,0,'Tin tức','tin-tuc',1,1);\n\
         CREATE TABLE `nv3_vi_news_bodyhtml_1` (`id` int NOT NULL, `bodyhtml` longtext NOT NULL);\n\
         INSERT INTO `nv3_vi_news_bodyhtml_1` VALUES (1,'<p>Thân bài đầy đủ.</p>');\n\
         CREATE TABLE `nv3_vi_news_bodytext` (`id` int NOT NULL, `bodytext` longtext NOT NULL);\n\
         INSERT INTO `nv3_vi_news_bodytext` VALUES (1,'Thân bài đầy đủ.'),\
         (2001,'Đoạn một của bài.\\n\\nĐoạn hai: giá lúa & ngô.');\n\
         CREATE TABLE `nv3_vi_news_rows` (`id` int NOT NULL, `catid` int NOT NULL, \
         `listcatid` varchar(255) NOT NULL, `status` int NOT NULL, `publtime` int NOT NULL, \
         `title` varchar(255) NOT NULL, `alias` varchar(255) NOT NULL, `hometext` text NOT NULL, \
         `homeimgthumb` varchar(255) NOT NULL);\n\
         INSERT INTO `nv3_vi_news_rows` VALUES \
         (1,1,'1',1,1300000000,'Bài cũ','bai-cu','Tóm tắt',''),\
         (2001,1,'1',1,1400000000,'Giá nông sản tuần này','gia-nong-san','Tóm tắt','');\n";
    let (db, out) = run_dump(dir.path(), dump);
    assert_eq!(out["counts"]["articles"]["inserted"], 2, "{out:#}");
    let html = &query(
        &db,
        "SELECT body_html FROM articles WHERE source_key = 'nv3_vi_news/article/2001'",
    )[0][0];
    assert!(
        html.contains("<p>Đoạn một của bài.</p>") && html.contains("Đoạn hai: giá lúa &amp; ngô."),
        "{html}"
    );
    let w = warnings_of(&db, "nv3_vi_news/article/2001");
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(
        w[0].contains("no `nv3_vi_news_bodyhtml_2` row")
            && w[0].contains("rebuilt from the plain text in `nv3_vi_news_bodytext`"),
        "{w:?}"
    );
    // Article 1 has its HTML body and no warning.
    assert!(warnings_of(&db, "nv3_vi_news/article/1").is_empty());
    reconcile(
        &db,
        &source_keys(&[&dir.path().join("dump.sql")], &["nv3_vi_news"]),
    );
}

#[test]
fn categories_with_a_missing_parent_or_in_a_parent_loop_go_to_the_root_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let dump = news45(
        &[
            cat(1, 0, "Tin tức", "tin-tuc"),
            cat(5, 99, "Mồ côi", "mo-coi"),
            cat(6, 7, "Vòng A", "vong-a"),
            cat(7, 6, "Vòng B", "vong-b"),
            cat(8, 8, "Tự làm cha", "tu-lam-cha"),
            cat(9, 6, "Con của vòng", "con-cua-vong"),
        ],
        &[article(1, 9, "Bài trong chuyên mục con", "bai-con")],
        &[body(1, "<p>Thân bài.</p>")],
    );
    let (db, out) = run_dump(dir.path(), &dump);
    assert_eq!(out["counts"]["categories"]["inserted"], 6, "{out:#}");
    let parent = |id: i64| {
        query(
            &db,
            &format!(
                "SELECT p.source_key FROM categories c LEFT JOIN categories p ON p.id = c.parent_id \
                 WHERE c.source_key = 'nv4_vi_news/category/{id}'"
            ),
        )[0][0]
            .clone()
    };
    for id in [1, 5, 6, 7, 8] {
        assert_eq!(parent(id), "NULL", "category {id} should be at the root");
    }
    assert_eq!(parent(9), "nv4_vi_news/category/6");
    let w = |id: i64| warnings_of(&db, &format!("nv4_vi_news/category/{id}"));
    assert_eq!(
        w(5),
        ["parent category 99 is not in the dump; placed at the root"]
    );
    for id in [6, 7] {
        assert_eq!(w(id).len(), 1, "{:?}", w(id));
        assert!(
            w(id)[0].contains("6 -> 7 -> 6") && w(id)[0].contains("placed at the root"),
            "{:?}",
            w(id)
        );
    }
    assert_eq!(w(8).len(), 1);
    assert!(w(8)[0].contains("its own parent"), "{:?}", w(8));
    assert!(w(1).is_empty() && w(9).is_empty());
    reconcile(
        &db,
        &source_keys(&[&dir.path().join("dump.sql")], &["nv4_vi_news"]),
    );
}

#[test]
fn duplicate_aliases_load_under_distinct_slugs_with_a_warning_naming_the_clash() {
    let dir = tempfile::tempdir().unwrap();
    // Two categories with one alias (a dump of a table that lost its
    // unique key), two articles with one alias in one category.
    let dump = news45(
        &[
            cat(1, 0, "Tin tức", "tin-tuc"),
            cat(2, 0, "Tin tức địa phương", "tin-tuc"),
        ],
        &[
            article(1, 1, "Họp báo", "hop-bao"),
            article(2, 1, "Họp báo (bổ sung)", "hop-bao"),
        ],
        &[body(1, "<p>Một.</p>"), body(2, "<p>Hai.</p>")],
    );
    let (db, out) = run_dump(dir.path(), &dump);
    assert_eq!(out["counts"]["categories"]["inserted"], 2, "{out:#}");
    assert_eq!(out["counts"]["articles"]["inserted"], 2, "{out:#}");
    let slugs = |table: &str| {
        query(
            &db,
            &format!("SELECT source_key, slug FROM {table} ORDER BY source_key"),
        )
    };
    assert_eq!(
        slugs("categories"),
        [
            ["nv4_vi_news/category/1", "tin-tuc"],
            ["nv4_vi_news/category/2", "tin-tuc-2"]
        ]
    );
    assert_eq!(
        slugs("articles"),
        [
            ["nv4_vi_news/article/1", "hop-bao"],
            ["nv4_vi_news/article/2", "hop-bao-2"]
        ]
    );
    // Same alias, same old URLs too: the first category keeps their
    // redirects, and the second says so in one warning.
    let w = warnings_of(&db, "nv4_vi_news/category/2");
    assert_eq!(w.len(), 2, "{w:?}");
    assert!(
        w[1].contains("old URL(s) of this item are also old URLs of `nv4_vi_news/category/1`"),
        "{w:?}"
    );
    assert!(
        w[0].contains("`tin-tuc`")
            && w[0].contains("nv4_vi_news/category/1")
            && w[0].contains("`tin-tuc-2`"),
        "{w:?}"
    );
    let w = warnings_of(&db, "nv4_vi_news/article/2");
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(
        w[0].contains("`hop-bao`")
            && w[0].contains("nv4_vi_news/article/1")
            && w[0].contains("`hop-bao-2`"),
        "{w:?}"
    );
    assert!(warnings_of(&db, "nv4_vi_news/article/1").is_empty());
    // The run's own list of warnings has them too.
    let listed = out["warnings"].as_array().unwrap();
    assert!(
        listed.iter().any(|m| m
            .as_str()
            .unwrap()
            .starts_with("nv4_vi_news/article/2: slug `hop-bao`")),
        "{listed:?}"
    );
    reconcile(
        &db,
        &source_keys(&[&dir.path().join("dump.sql")], &["nv4_vi_news"]),
    );
}
