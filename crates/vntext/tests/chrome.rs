//! Chrome removal: every rule kind, the guard, a site rules file extending
//! the default one, rules-file errors, and the whole thing inside
//! `clean_html`.

use vntext::chrome::{ChromeRules, RulesError};
use vntext::{clean_html, CleanOptions, Cleaned, HtmlPolicy};

fn clean_with(html: &str, rules: &ChromeRules) -> Cleaned {
    let policy = HtmlPolicy::default();
    clean_html(html, &CleanOptions::new(&policy).with_chrome(rules))
}

fn rules(toml: &str) -> ChromeRules {
    ChromeRules::from_toml(toml).unwrap_or_else(|e| panic!("{e}"))
}

/// A paragraph of article text: well over the guard's 20 words.
const ARTICLE: &str = "<p>Sáng ngày 14 tháng 4, Ủy ban nhân dân huyện tổ chức hội nghị sơ kết \
    công tác chuyển đổi số quý I, đánh giá kết quả triển khai các nhiệm vụ trọng tâm và \
    bàn giải pháp thực hiện trong thời gian tới.</p>";

// --- each rule kind --------------------------------------------------------

#[test]
fn exact_phrases() {
    let r = rules("[[rule]]\nid = \"top\"\nexact = [\"Về đầu trang\", \"Go top\"]");
    let out = clean_with(
        "<p>Nội dung.</p><p><a href=\"#top\">Về đầu trang</a></p><div>↑ GO TOP ↑</div>\
         <p>Về đầu trang web của tỉnh</p><div>1007 Go top</div>",
        &r,
    );
    assert_eq!(out.html, "<p>Nội dung.</p><p>Về đầu trang web của tỉnh</p>");
    assert_eq!(out.report.chrome_removed["top"], 3);
}

#[test]
fn prefix_phrases_need_a_separator_or_links() {
    let r = rules(
        "[[rule]]\nid = \"views\"\nprefix = [\"lượt xem\"]\n\
                   [[rule]]\nid = \"share\"\nprefix = [\"chia sẻ\"]",
    );
    let out = clean_with(
        "<p>Tin chính.</p><span>Lượt xem: 2.315</span><div>LƯỢT XEM (1.234)</div>\
         <div>Chia sẻ <a href=\"https://facebook.com/x\">Facebook</a> <a href=\"https://zalo.me/x\">Zalo</a></div>\
         <p>Chia sẻ với phóng viên, ông Nguyễn Văn B cho biết tỉnh sẽ tiếp tục đầu tư.</p>\
         <p>Lượt xem tăng mạnh nhờ chuyên mục mới.</p>",
        &r,
    );
    assert_eq!(
        out.html,
        "<p>Tin chính.</p>\
         <p>Chia sẻ với phóng viên, ông Nguyễn Văn B cho biết tỉnh sẽ tiếp tục đầu tư.</p>\
         <p>Lượt xem tăng mạnh nhờ chuyên mục mới.</p>"
    );
    assert_eq!(out.report.chrome_removed["views"], 2);
    assert_eq!(out.report.chrome_removed["share"], 1);
}

#[test]
fn class_or_id_tokens() {
    let r = rules("[[rule]]\nid = \"widgets\"\nclass_or_id = [\"share\", \"HitCount\"]");
    let out = clean_with(
        &format!(
            "{ARTICLE}<div class=\"box social-Share-top\"><a href=\"x\">f</a> <a href=\"y\">t</a></div>\
             <span id=\"newsHitCounter\">2.315</span>"
        ),
        &r,
    );
    assert_eq!(out.html, sanitize(ARTICLE));
    assert_eq!(out.report.chrome_removed["widgets"], 2);
}

#[test]
fn tags() {
    let r = rules("[[rule]]\nid = \"forms\"\ntags = [\"form\", \"nav\"]");
    let out = clean_with(
        &format!(
            "<nav><a href=\"/\">Trang chủ</a></nav>{ARTICLE}\
             <form action=\"/gui\">Họ tên: <input name=ten> Nội dung: <textarea></textarea><button>Gửi</button></form>"
        ),
        &r,
    );
    assert_eq!(out.html, sanitize(ARTICLE));
    assert_eq!(out.report.chrome_removed["forms"], 2);
}

#[test]
fn block_and_rest_truncates_the_body() {
    let r =
        rules("[[rule]]\nid = \"other\"\nprefix = [\"các tin khác\"]\nremove = \"block-and-rest\"");
    let out = clean_with(
        &format!(
            "<div class=\"content\">{ARTICLE}<p><b>Minh Anh</b></p>\
             <h3>» Các tin khác:</h3>\
             <ul><li><a href=\"/tin/1\">Hội nghị tổng kết công tác năm 2021</a> (12/01/2022)</li>\
             <li><a href=\"/tin/2\">Triển khai kế hoạch cải cách hành chính</a> (05/01/2022)</li></ul></div>\
             <div class=\"footer\"><a href=\"/lien-he\">Liên hệ</a></div>"
        ),
        &r,
    );
    assert_eq!(
        out.html,
        format!("<div>{}<p><b>Minh Anh</b></p></div>", sanitize(ARTICLE))
    );
    assert_eq!(out.report.chrome_removed["other"], 1);
}

#[test]
fn text_runs_between_line_breaks() {
    let r = ChromeRules::default();
    let out = clean_with(
        "Nội dung chính của bài.<br>Lượt xem: 1.234<br>Tác giả: Minh Anh\
         <div>Ngày đăng: 15/04/2022<br>Lượt xem: 2.315</div>",
        &r,
    );
    assert_eq!(
        out.html,
        "Nội dung chính của bài.<br>Tác giả: Minh Anh<div>Ngày đăng: 15/04/2022</div>"
    );
    assert_eq!(out.report.chrome_removed["view-counter"], 2);
}

#[test]
fn table_cells_are_emptied_not_removed() {
    let r = ChromeRules::default();
    let out = clean_with(
        "<table><tr><td>Số 1</td><td><a href=\"#\">In bài viết</a></td></tr></table>",
        &r,
    );
    assert_eq!(
        out.html,
        "<table><tbody><tr><td>Số 1</td><td></td></tr></tbody></table>"
    );
}

fn sanitize(html: &str) -> String {
    vntext::sanitize_html(html, &HtmlPolicy::default())
}

// --- the guard -------------------------------------------------------------

#[test]
fn the_guard_keeps_blocks_that_are_mostly_text() {
    let r = ChromeRules::default();
    // A prefix match followed by a separator, but a whole sentence of
    // article text after it.
    let opinion = "<p>Bình luận: theo đánh giá của Sở Thông tin và Truyền thông, \
                   việc cung cấp thông tin trên cổng đã cơ bản đáp ứng yêu cầu của \
                   người dân và doanh nghiệp trong tỉnh.</p>";
    // The article itself sits in a container whose class contains a token.
    let wrapped = format!(
        "<div class=\"news-content-related\">{ARTICLE}\
         <div class=\"share\"><a href=\"x\">Facebook</a></div></div>"
    );
    let out = clean_with(&format!("{opinion}{wrapped}"), &r);
    assert_eq!(
        out.html,
        format!("{}<div>{}</div>", sanitize(opinion), sanitize(ARTICLE)),
        "the article stays, the share box inside it goes"
    );
    assert_eq!(out.report.chrome_removed["widget-class"], 1);
    assert_eq!(out.report.chrome_blocks_removed(), 1);

    // The same rule set with a tighter guard from a site file.
    let mut tight = ChromeRules::default();
    tight.extend(rules("max_other_words = 0"));
    let out = clean_with("<div>Lượt xem: 12 lượt</div>", &tight);
    assert_eq!(out.html, "<div>Lượt xem: 12 lượt</div>");
}

#[test]
fn the_tail_guard_keeps_article_text_after_a_heading() {
    let r = ChromeRules::default();
    let html = format!("<h3>Tin liên quan</h3>{ARTICLE}{ARTICLE}{ARTICLE}");
    let out = clean_with(&html, &r);
    assert_eq!(out.html, sanitize(&html), "80+ words of text follow");
    assert!(out.report.chrome_removed.is_empty());
    // Links and dates only: it fires.
    let list = "<h3>Tin liên quan</h3><ul><li><a href=\"/1\">Tin một về hội nghị tổng kết năm</a> \
                (01/02/2022)</li><li><a href=\"/2\">Tin hai</a></li></ul>";
    let out = clean_with(&format!("{ARTICLE}{list}"), &r);
    assert_eq!(out.html, sanitize(ARTICLE));
}

// --- the default rules on a whole page ---------------------------------------

#[test]
fn a_page_with_the_usual_chrome() {
    let page = format!(
        "<div class=\"breadcrumb\"><a href=\"/\">Trang chủ</a> » <a href=\"/tin-tuc\">Tin tức</a></div>\
         <h1>Huyện sơ kết công tác chuyển đổi số quý I</h1>\
         <div class=\"date\">Ngày đăng: 15/04/2022<br>Lượt xem: 2.315</div>\
         {ARTICLE}\
         <p style=\"text-align:right\"><strong>Minh Anh</strong></p>\
         <div><a href=\"javascript:window.print()\">In bài viết</a> | <a href=\"/gui-email\">Gửi email</a></div>\
         <div>Chia sẻ: <a href=\"https://facebook.com/x\">Facebook</a></div>\
         <div>Đánh giá bài viết: ★★★★☆ (12 lượt)</div>\
         <p><a href=\"#top\">Về đầu trang</a></p>\
         <form action=\"/y-kien\"><h3>Ý kiến bạn đọc</h3>Họ tên: <input name=ten><button>Gửi</button></form>\
         <h3>Các tin khác</h3>\
         <ul><li><a href=\"/tin/1\">Hội nghị tổng kết năm 2021</a> (12/01/2022)</li></ul>\
         <div>Số lượt truy cập: 1.234.567</div>"
    );
    let out = clean_with(&page, &ChromeRules::default());
    assert_eq!(
        out.html,
        format!(
            "<h1>Huyện sơ kết công tác chuyển đổi số quý I</h1><div>Ngày đăng: 15/04/2022</div>{}\
             <p><strong>Minh Anh</strong></p>",
            sanitize(ARTICLE)
        )
    );
    let removed = &out.report.chrome_removed;
    assert_eq!(removed["widget-class"], 1, "{removed:?}"); // breadcrumb
    assert_eq!(removed["view-counter"], 1, "{removed:?}");
    assert_eq!(removed["article-tools"], 1, "{removed:?}");
    assert_eq!(removed["share"], 1, "{removed:?}");
    assert_eq!(removed["rating"], 1, "{removed:?}");
    assert_eq!(removed["back-to-top"], 1, "{removed:?}");
    assert_eq!(removed["widget-tag"], 1, "{removed:?}"); // the comment form
    assert_eq!(removed["related-articles"], 1, "{removed:?}");
    assert_eq!(out.report.chrome_blocks_removed(), 8);
}

#[test]
fn no_rules_no_removal() {
    let page = "<div class=\"share\">Chia sẻ</div><p>Lượt xem: 1</p>";
    let policy = HtmlPolicy::default();
    let out = clean_html(page, &CleanOptions::new(&policy));
    assert_eq!(out.html, "<div>Chia sẻ</div><p>Lượt xem: 1</p>");
    let out = clean_with(page, &ChromeRules::empty());
    assert_eq!(out.html, "<div>Chia sẻ</div><p>Lượt xem: 1</p>");
}

// --- a site's own rules file ---------------------------------------------------

const SITE_RULES: &str = r#"
# Rules of one provincial portal, on top of the default ones.
max_other_words = 25

[[rule]]
id = "hotline"
exact = ["Đường dây nóng"]

[[rule]]
id = "keywords"      # keyword lists are content on this site
enabled = false

[[rule]]
id = "back-to-top"   # this site wrote "Lên trên" only
exact = ["Lên trên"]

[[rule]]
id = "site-widgets"
class_or_id = ["tinlienquan"]
remove = "block-and-rest"
"#;

#[test]
fn a_site_file_extends_the_default_rules() {
    let default = ChromeRules::default();
    let mut site = ChromeRules::default();
    site.extend(rules(SITE_RULES));
    assert_eq!(site.len(), default.len() + 2);
    assert_eq!(site.max_other_words(), 25);
    assert_eq!(site.max_tail_words(), default.max_tail_words());
    let ids: Vec<&str> = site.rule_ids().collect();
    assert_eq!(&ids[ids.len() - 2..], ["hotline", "site-widgets"]);

    let html = format!(
        "{ARTICLE}<p>Đường dây nóng</p><p>Từ khóa: <a href=\"/tag/so\">chuyển đổi số</a></p>\
         <p>Go top</p><p>Lên trên</p><div id=\"TinLienQuan\"><a href=\"/1\">Tin 1</a></div><p>Hết</p>"
    );
    let out = clean_with(&html, &site);
    assert_eq!(
        out.html,
        format!(
            "{}<p>Từ khóa: <a href=\"/tag/so\" rel=\"noopener noreferrer\">chuyển đổi số</a></p><p>Go top</p>",
            sanitize(ARTICLE)
        )
    );
    assert_eq!(out.report.chrome_removed["hotline"], 1);
    assert_eq!(out.report.chrome_removed["back-to-top"], 1);
    assert_eq!(out.report.chrome_removed["site-widgets"], 1);
    // The default set alone treats the same page differently.
    let out = clean_with(&html, &default);
    assert!(out.html.contains("Đường dây nóng") && !out.html.contains("Từ khóa"));
}

// --- rules-file errors -------------------------------------------------------------

fn error(toml: &str) -> RulesError {
    ChromeRules::from_toml(toml).expect_err("invalid rules")
}

#[test]
fn errors_name_line_and_column() {
    let e = error("[[rule]]\nid = \"a\"\nexact = [\"x\" \"y\"]\n");
    assert_eq!((e.line(), e.column()), (3, 14), "{e}");
    assert_eq!(
        e.to_string(),
        "line 3, column 14: invalid array: expected `]`"
    );

    let e = error("[[rule]]\nid = \"a\"\nexcat = [\"x\"]\n");
    assert_eq!((e.line(), e.column()), (3, 1), "{e}");
    assert!(e.message().contains("unknown field `excat`"), "{e}");
    assert!(e.to_string().starts_with("line 3, column 1: "), "{e}");

    let e =
        error("[[rule]]\nid = \"a\"\nexact = [\"x\"]\n\n[[rule]]\nid = \"a\"\nexact = [\"y\"]\n");
    assert_eq!((e.line(), e.column()), (6, 6), "{e}");
    assert_eq!(e.message(), "duplicate rule id `a`");

    let e = error("[[rule]]\nid = \"a\"\nprefix = [\"tin\"]\nremove = \"everything\"\n");
    assert_eq!((e.line(), e.column()), (4, 10), "{e}");
    assert!(
        e.message().contains("\"block\" or \"block-and-rest\""),
        "{e}"
    );

    let e = error("[[rule]]\nid = \"a\"\nprefix = [\"tin khác\", \" 123 \"]\n");
    assert_eq!((e.line(), e.column()), (3, 23), "{e}");
    assert_eq!(e.message(), "phrase ` 123 ` has no letters");

    let e = error("[[rule]]\nid = \"lonely\"\n");
    assert_eq!((e.line(), e.column()), (2, 6), "{e}");
    assert!(e.message().contains("nothing to match"), "{e}");

    let e = error("max_other_words = \"nhiều\"\n");
    assert_eq!(e.line(), 1, "{e}");

    let e = error("[[rule]]\nid = \"a\"\nclass_or_id = [\"share box\"]\n");
    assert_eq!((e.line(), e.column()), (3, 16), "{e}");

    let e = error("[[rule]]\nid = \"có dấu\"\nexact = [\"x\"]\n");
    assert_eq!((e.line(), e.column()), (2, 6), "{e}");

    // Columns count characters, not bytes.
    let e = error("[[rule]]\nid = \"a\"\nexact = [\"Về đầu\", \"…\"]\n");
    assert_eq!((e.line(), e.column()), (3, 20), "{e}");
}

#[test]
fn the_default_file_is_valid_and_documented_values_hold() {
    let r = ChromeRules::from_toml(vntext::chrome::DEFAULT_RULES).expect("valid");
    assert_eq!(r, ChromeRules::default());
    assert_eq!(r.max_other_words(), vntext::chrome::DEFAULT_MAX_OTHER_WORDS);
    assert_eq!(r.max_tail_words(), vntext::chrome::DEFAULT_MAX_TAIL_WORDS);
    assert!(ChromeRules::from_toml("").expect("empty file").is_empty());
}
