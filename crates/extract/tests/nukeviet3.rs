//! NukeViet 3.x news through the extractor: bodies joined from
//! `_bodyhtml_N` / `_bodytext` whatever the table order or the file split,
//! 3.x statuses, home images and URLs, per-category copies ignored, and the
//! generation told apart from 4.0.x dumps that share the body tables.

use extract::nukeviet::NukeVietNews;
use extract::{Extractor, Summary};
use model::{ArticleStatus, ItemKind, SourceItem};
use std::ops::ControlFlow;
use std::path::PathBuf;

const CAT3: &str =
    "CREATE TABLE `nv3_vi_news_cat` (`catid` int, `parentid` int, `title` varchar(255), \
    `alias` varchar(255), `weight` int, `order` int, `lev` int, `who_view` int);\n";
const ROWS3: &str = "CREATE TABLE `nv3_vi_news_rows` (`id` int, `catid` int, `listcatid` varchar(255), \
    `author` varchar(255), `addtime` int, `edittime` int, `status` int, `publtime` int, `exptime` int, \
    `archive` int, `title` varchar(255), `alias` varchar(255), `hometext` text, \
    `homeimgfile` varchar(255), `homeimgalt` varchar(255), `homeimgthumb` varchar(255));\n";

fn cats3() -> String {
    format!(
        "{CAT3}INSERT INTO `nv3_vi_news_cat` VALUES \
         (1,0,'Tin tức','tin-tuc',1,1,0,0),(2,1,'Thông báo','thong-bao',1,2,1,2);\n"
    )
}

fn rows3(table: &str) -> String {
    format!(
        "{}INSERT INTO `{table}` VALUES \
         (7,2,'2,1','',1300000000,1300000000,0,1300000000,0,0,'Chờ duyệt','cho-duyet','','','',''),\
         (2000,1,'1','',1300000000,1300000000,1,1300000000,0,0,'Hai nghìn','hai-nghin','', \
           '2011_01/a.jpg','','thumb/a.jpg|block/a.jpg'),\
         (2001,2,'2','',1300000000,1300000000,3,1300000000,1310000000,1,'Hết hạn','het-han','', \
           '','','thumb/b.jpg|block/b.jpg'),\
         (2002,1,'1','',1300000000,1300000000,2,1900000000,0,0,'Hẹn giờ','hen-gio','', \
           'http://x.example.vn/c.jpg','',''),\
         (2003,1,'1','',1300000000,1300000000,22,1300000000,0,0,'Mã lạ','ma-la','','','','');\n",
        ROWS3.replace("nv3_vi_news_rows", table)
    )
}

fn body(n: u32, rows: &str) -> String {
    format!(
        "CREATE TABLE `nv3_vi_news_bodyhtml_{n}` (`id` int, `bodyhtml` longtext, `sourcetext` varchar(255));\n\
         INSERT INTO `nv3_vi_news_bodyhtml_{n}` VALUES {rows};\n"
    )
}

const BODYTEXT: &str = "CREATE TABLE `nv3_vi_news_bodytext` (`id` int, `bodytext` mediumtext);\n\
    INSERT INTO `nv3_vi_news_bodytext` VALUES (7,'Chỉ văn bản'),(2000,'Văn bản 2000'),\
    (2003,'Dòng một\\r\\nDòng hai & <ba>');\n";

fn write(dir: &tempfile::TempDir, name: &str, text: &str) -> PathBuf {
    let p = dir.path().join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn extract(paths: Vec<PathBuf>) -> (Vec<SourceItem>, Summary) {
    let mut items = Vec::new();
    let summary = NukeVietNews::new(paths)
        .extract(
            &mut |i| {
                items.push(i);
                ControlFlow::Continue(())
            },
            &mut |_| {},
        )
        .unwrap();
    (items, summary)
}

fn field<'a>(i: &'a SourceItem, name: &str) -> (&'a str, String) {
    let f = i.field(name).unwrap();
    (
        f.column.as_str(),
        String::from_utf8(f.bytes.clone()).unwrap(),
    )
}

fn article(items: &[SourceItem], id: i64) -> &SourceItem {
    items
        .iter()
        .find(|i| matches!(i.kind, ItemKind::Article { .. }) && i.key.old_id == id.to_string())
        .unwrap_or_else(|| panic!("article {id} not emitted"))
}

fn status_and_url(i: &SourceItem) -> (ArticleStatus, &str) {
    match &i.kind {
        ItemKind::Article {
            status, old_url, ..
        } => (*status, old_url.as_str()),
        _ => unreachable!(),
    }
}

/// The same 3.x site in several table orders and file splits gives the
/// same items.
#[test]
fn a_3x_dump_gives_the_same_items_in_any_order() {
    let dir = tempfile::tempdir().unwrap();
    let parts = [
        cats3(),
        // A per-category copy with an article `_rows` no longer has.
        rows3("nv3_vi_news_1").replace("(7,2,", "(99,2,"),
        rows3("nv3_vi_news_rows"),
        // Article 2001 in the table NukeViet reads, and a stale copy of it
        // in table 1; 2000 is the last one of table 1.
        body(
            1,
            "(2000,'<p>Thân bài 2000</p>',''),(2001,'<p>Bản cũ</p>','')",
        ),
        body(
            2,
            "(2001,'<p>Thân bài 2001</p>',''),(2002,'<p>Thân bài 2002</p>','')",
        ),
        BODYTEXT.to_string(),
    ];
    let mut runs = Vec::new();
    for (k, order) in [
        vec![0, 1, 2, 3, 4, 5],
        vec![5, 4, 3, 2, 1, 0],
        vec![3, 5, 2, 4, 0, 1],
    ]
    .into_iter()
    .enumerate()
    {
        let text: String = order.iter().map(|&i| parts[i].as_str()).collect();
        let one = write(&dir, &format!("one{k}.sql"), &text);
        runs.push(extract(vec![one]));
        // Split in two files, the schema of each table with its rows.
        let (a, b) = order.split_at(3);
        let fa = write(
            &dir,
            &format!("a{k}.sql"),
            &a.iter().map(|&i| parts[i].as_str()).collect::<String>(),
        );
        let fb = write(
            &dir,
            &format!("b{k}.sql"),
            &b.iter().map(|&i| parts[i].as_str()).collect::<String>(),
        );
        runs.push(extract(vec![fa, fb]));
    }
    let strip = |items: &[SourceItem]| {
        items
            .iter()
            .map(|i| {
                (
                    i.key.to_string(),
                    i.fields.clone(),
                    i.kind.clone(),
                    i.warnings.clone(),
                )
            })
            .collect::<Vec<_>>()
    };
    for (items, _) in &runs[1..] {
        assert_eq!(strip(items), strip(&runs[0].0));
    }
    let (items, summary) = &runs[0];
    assert_eq!(summary.sources, vec!["nv3_vi_news".to_string()]);
    assert_eq!((summary.categories, summary.articles), (2, 5));
    assert!(
        items.iter().all(|i| i.key.old_id != "99"),
        "copy table read"
    );

    // Categories: no `status` column: shown; `who_view` 2 warned about.
    let cat2 = items
        .iter()
        .find(|i| i.key.to_string() == "nv3_vi_news/category/2")
        .unwrap();
    match &cat2.kind {
        ItemKind::Category {
            enabled,
            weight,
            old_url,
            ..
        } => {
            assert!(*enabled);
            assert_eq!(*weight, 2, "3.x `order`");
            assert_eq!(old_url, "/vi/news/thong-bao/");
        }
        _ => unreachable!(),
    }
    assert!(
        cat2.warnings[0].contains("administrators"),
        "{:?}",
        cat2.warnings
    );

    // 7: no `_bodyhtml_1` row: the plain text stands in.
    let a = article(items, 7);
    assert_eq!(
        field(a, "body"),
        (
            "nv3_vi_news_bodytext.bodytext",
            "<p>Chỉ văn bản</p>".to_string()
        )
    );
    assert!(a
        .warnings
        .iter()
        .any(|w| w.contains("nv3_vi_news_bodyhtml_1")));
    assert_eq!(
        status_and_url(a),
        (ArticleStatus::Draft, "/vi/news/thong-bao/cho-duyet-7/")
    );
    // 2000: the HTML wins over the text; last article of table 1.
    let a = article(items, 2000);
    assert_eq!(
        field(a, "body"),
        (
            "nv3_vi_news_bodyhtml_1.bodyhtml",
            "<p>Thân bài 2000</p>".to_string()
        )
    );
    assert_eq!(field(a, "home_image").1, "/uploads/news/2011_01/a.jpg");
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
    assert_eq!(
        status_and_url(a),
        (ArticleStatus::Published, "/vi/news/tin-tuc/hai-nghin-2000/")
    );
    // 2001: from table 2, not the stale copy in table 1; only thumbnails.
    let a = article(items, 2001);
    assert_eq!(
        field(a, "body"),
        (
            "nv3_vi_news_bodyhtml_2.bodyhtml",
            "<p>Thân bài 2001</p>".to_string()
        )
    );
    assert_eq!(field(a, "home_image").1, "/files/news/thumb/b.jpg");
    assert_eq!(a.warnings.len(), 1, "{:?}", a.warnings);
    assert_eq!(status_and_url(a).0, ArticleStatus::Expired);
    match &a.kind {
        ItemKind::Article { expires_at, .. } => assert!(expires_at.is_some()),
        _ => unreachable!(),
    }
    // 2002: scheduled; absolute image URL kept.
    let a = article(items, 2002);
    assert_eq!(status_and_url(a).0, ArticleStatus::Scheduled);
    assert_eq!(field(a, "home_image").1, "http://x.example.vn/c.jpg");
    // 2003: a 4.x code in a 3.x dump is not published; text body escaped.
    let a = article(items, 2003);
    assert_eq!(status_and_url(a).0, ArticleStatus::Draft);
    assert_eq!(
        field(a, "body").1,
        "<p>Dòng một</p>\n<p>Dòng hai &amp; &lt;ba&gt;</p>"
    );
}

/// A body only in the wrong `_bodyhtml_N` is used, with a warning (the old
/// site did not show it).
#[test]
fn a_misplaced_body_is_used_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!(
        "{}{}{}",
        cats3(),
        rows3("nv3_vi_news_rows"),
        body(1, "(2002,'<p>Lạc chỗ</p>','')")
    );
    let (items, _) = extract(vec![write(&dir, "d.sql", &text)]);
    let a = article(&items, 2002);
    assert_eq!(
        field(a, "body"),
        (
            "nv3_vi_news_bodyhtml_1.bodyhtml",
            "<p>Lạc chỗ</p>".to_string()
        )
    );
    assert!(
        a.warnings
            .iter()
            .any(|w| w.contains("nv3_vi_news_bodyhtml_2")),
        "{:?}",
        a.warnings
    );
    // No body anywhere: empty, said so.
    let a = article(&items, 2000);
    assert!(a.field("body").unwrap().bytes.is_empty());
    assert!(a.warnings.iter().any(|w| w.contains("body is empty")));
}

/// 3.x `_modules` has no `module_upload`: uploads live under the module
/// title, which is also the URL segment.
#[test]
fn a_3x_module_uploads_under_its_title() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!(
        "CREATE TABLE `nv3_vi_modules` (`title` varchar(55), `module_file` varchar(55), \
         `module_data` varchar(55), `custom_title` varchar(255));\n\
         INSERT INTO `nv3_vi_modules` VALUES ('about','about','about','Giới thiệu'),\
         ('tin-tuc','news','news','Tin tức');\n{}{}{}",
        cats3(),
        rows3("nv3_vi_news_rows"),
        body(1, "(2000,'<p>x</p>','')")
    );
    let (items, _) = extract(vec![write(&dir, "m.sql", &text)]);
    let a = article(&items, 2000);
    assert_eq!(field(a, "home_image").1, "/uploads/tin-tuc/2011_01/a.jpg");
    assert_eq!(status_and_url(a).1, "/vi/tin-tuc/tin-tuc/hai-nghin-2000/");
}

/// NukeViet 4.0.00 to 4.0.28 keep bodies in `_bodyhtml_N` too, but their
/// rows, categories and URLs are 4.x: `_cat.sort` tells them apart.
#[test]
fn a_4_0_dump_with_bodyhtml_tables_stays_4x() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!(
        "CREATE TABLE `nv4_vi_news_cat` (`catid` int, `parentid` int, `title` varchar(255), \
         `alias` varchar(255), `weight` int, `sort` int, `lev` int);\n\
         INSERT INTO `nv4_vi_news_cat` VALUES (1,0,'Tin tức','tin-tuc',1,1,0);\n\
         CREATE TABLE `nv4_vi_news_rows` (`id` int, `catid` int, `listcatid` varchar(255), \
         `status` int, `publtime` int, `title` varchar(255), `alias` varchar(255), \
         `homeimgfile` varchar(255), `homeimgthumb` tinyint);\n\
         INSERT INTO `nv4_vi_news_rows` VALUES (5,1,'1',22,1400000000,'Bài','bai','2014_01/a.jpg',1);\n\
         {}",
        body(1, "(5,'<p>Bốn chấm không</p>','')").replace("nv3_", "nv4_")
    );
    let (items, _) = extract(vec![write(&dir, "v40.sql", &text)]);
    let a = article(&items, 5);
    assert_eq!(
        status_and_url(a),
        // 22 = locked by its category, really 1 (4.x).
        (ArticleStatus::Published, "/vi/news/tin-tuc/bai-5.html")
    );
    assert_eq!(field(a, "home_image").1, "/uploads/news/2014_01/a.jpg");
    assert_eq!(field(a, "body").1, "<p>Bốn chấm không</p>");
    // The category has no `status` column (4.0.x): shown.
    let c = items
        .iter()
        .find(|i| matches!(i.kind, ItemKind::Category { .. }))
        .unwrap();
    assert!(matches!(c.kind, ItemKind::Category { enabled: true, .. }));

    let report = extract::inspect::inspect(&[dir.path().join("v40.sql")]).unwrap();
    assert_eq!(report.nukeviet_version.as_deref(), Some("4.x"));
    assert_eq!(report.nukeviet_news[0].version.as_deref(), Some("4.x"));
}

/// `inspect` names the generation per instance, and the dump's when they
/// agree.
#[test]
fn inspect_tells_3x_from_4x() {
    let dir = tempfile::tempdir().unwrap();
    let p3 = write(
        &dir,
        "v3.sql",
        &format!(
            "{}{}{}",
            cats3(),
            rows3("nv3_vi_news_rows"),
            body(1, "(7,'<p>x</p>','')")
        ),
    );
    let r = extract::inspect::inspect(std::slice::from_ref(&p3)).unwrap();
    assert_eq!(r.nukeviet_version.as_deref(), Some("3.x"));
    assert_eq!(r.nukeviet_news.len(), 1);
    assert_eq!(r.nukeviet_news[0].version.as_deref(), Some("3.x"));
    assert_eq!(r.nukeviet_news[0].articles, 5);

    let p4 = write(
        &dir,
        "v4.sql",
        "CREATE TABLE `nv4_vi_news_cat` (`catid` int, `parentid` int, `title` varchar(9), \
         `alias` varchar(9), `sort` int, `status` int);\n\
         CREATE TABLE `nv4_vi_news_rows` (`id` int, `catid` int);\n\
         CREATE TABLE `nv4_vi_news_detail` (`id` int, `bodyhtml` text);\n",
    );
    let r = extract::inspect::inspect(&[p3, p4]).unwrap();
    assert_eq!(r.nukeviet_version.as_deref(), Some("mixed: 3.x, 4.x"));
}
