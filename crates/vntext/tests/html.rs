//! `clean_html`: URL rewriting, empty blocks, Word junk, tables, the
//! nesting guard and the report.

use std::sync::Mutex;
use std::time::Instant;

use html5ever::tendril::TendrilSink;
use html5ever::{local_name, ns, parse_fragment, ParseOpts, QualName};
use markup5ever_rcdom::{NodeData, RcDom};
use vntext::{
    clean_html, html_to_text, sanitize_html, CleanOptions, CleanReport, HtmlPolicy, UrlAttr, UrlRef,
};

fn clean(html: &str) -> (String, CleanReport) {
    let policy = HtmlPolicy::default();
    let out = clean_html(html, &CleanOptions::new(&policy));
    (out.html, out.report)
}

/// Depth of the deepest element of `html` parsed as a fragment.
fn depth(html: &str) -> usize {
    let dom = parse_fragment(
        RcDom::default(),
        ParseOpts::default(),
        QualName::new(None, ns!(html), local_name!("div")),
        Vec::new(),
        false,
    )
    .one(html);
    let root = dom.document.children.borrow()[0].clone();
    let mut deepest = 0;
    let mut stack = vec![(root, 0usize)];
    while let Some((node, d)) = stack.pop() {
        deepest = deepest.max(d);
        for child in node.children.borrow().iter() {
            if matches!(child.data, NodeData::Element { .. }) {
                stack.push((child.clone(), d + 1));
            }
        }
    }
    deepest
}

// --- URL rewriting ---------------------------------------------------------

/// The kind of rewriter a loader has: old paths and the old domain to the
/// new site, a CMS placeholder expanded, everything else kept.
fn loader_rewrite(u: &UrlRef<'_>) -> Option<String> {
    let url = u.url;
    if let Some(rest) = url.strip_prefix("{{NV_BASE_SITEURL}}") {
        return Some(format!("https://cdn.tinh.gov.vn/{rest}"));
    }
    if url.starts_with("/uploads/") {
        return Some(format!("https://cdn.tinh.gov.vn{url}"));
    }
    for old in [
        "http://old.tinh.gov.vn",
        "https://old.tinh.gov.vn",
        "//old.tinh.gov.vn",
    ] {
        if let Some(path) = url.strip_prefix(old) {
            if u.element == "iframe" && path.starts_with("/video/") {
                return Some("https://www.youtube.com/embed/abc123".to_owned());
            }
            return Some(path.trim_end_matches(".html").to_owned());
        }
    }
    None
}

#[test]
fn urls_go_through_the_callers_rewriter() {
    let policy = HtmlPolicy::default();
    let options = CleanOptions::new(&policy).with_url_rewriter(&loader_rewrite);
    let html = "<p><a href=\"http://old.tinh.gov.vn/tin-tuc/hoi-nghi-123.html\">Hội nghị</a> \
                <a href=\"../van-ban/qd-15.doc\">Quyết định</a> \
                <a href=\"mailto:vanphong@tinh.gov.vn\">Thư</a> \
                <a href=\"https://chinhphu.vn/\">Cổng Chính phủ</a></p>\
                <p><img src=\"/uploads/news/2020/anh-1.jpg\" alt=\"Ảnh\"> \
                <img src=\" {{NV_BASE_SITEURL}}uploads/news/anh-2.png \"></p>\
                <iframe src=\"http://old.tinh.gov.vn/video/7\"></iframe>\
                <iframe src=\"//www.youtube.com/embed/xyz\"></iframe>";
    let out = clean_html(html, &options);
    assert_eq!(
        out.html,
        "<p><a href=\"/tin-tuc/hoi-nghi-123\" rel=\"noopener noreferrer\">Hội nghị</a> \
         <a href=\"../van-ban/qd-15.doc\" rel=\"noopener noreferrer\">Quyết định</a> \
         <a href=\"mailto:vanphong@tinh.gov.vn\" rel=\"noopener noreferrer\">Thư</a> \
         <a href=\"https://chinhphu.vn/\" rel=\"noopener noreferrer\">Cổng Chính phủ</a></p>\
         <p><img src=\"https://cdn.tinh.gov.vn/uploads/news/2020/anh-1.jpg\" alt=\"Ảnh\"> \
         <img src=\"https://cdn.tinh.gov.vn/uploads/news/anh-2.png\"></p>\
         <iframe src=\"https://www.youtube.com/embed/abc123\"></iframe>\
         <iframe src=\"https://www.youtube.com/embed/xyz\"></iframe>"
    );
    assert_eq!(out.report.urls_rewritten, 4);
}

#[test]
fn the_rewriter_sees_relative_and_http_urls_only() {
    let seen = Mutex::new(Vec::new());
    let record = |u: &UrlRef<'_>| {
        seen.lock()
            .expect("lock")
            .push((u.attr, u.element.to_owned(), u.url.to_owned()));
        None
    };
    let policy = HtmlPolicy::default();
    let options = CleanOptions::new(&policy).with_url_rewriter(&record);
    let html = "<a href=\"javascript:alert(1)\">a</a><a href=\"java\tscript:x\">b</a>\
                <a href=\"mailto:a@b.vn\">c</a><a href=\"tel:0912\">d</a><a href=\"\">e</a>\
                <a href=\"  /a  \">f</a><img src=\"data:image/png;base64,AA==\">\
                <img src=\"anh.jpg\"><iframe src=\"https://www.youtube.com/embed/q\"></iframe>\
                <a href=\"?id=5\">g</a><a href=\"#muc-2\">h</a><video src=\"/v.mp4\"></video>\
                <svg><a href=\"/in-svg\">i</a></svg>";
    let out = clean_html(html, &options);
    // Returning `None` keeps every URL.
    assert!(out.html.contains("href=\"  /a  \""), "{}", out.html);
    assert_eq!(out.report.urls_rewritten, 0);
    assert_eq!(
        seen.into_inner().expect("lock"),
        vec![
            (UrlAttr::Href, "a".to_owned(), "/a".to_owned()),
            (UrlAttr::Src, "img".to_owned(), "anh.jpg".to_owned()),
            (
                UrlAttr::Src,
                "iframe".to_owned(),
                "https://www.youtube.com/embed/q".to_owned()
            ),
            (UrlAttr::Href, "a".to_owned(), "?id=5".to_owned()),
            (UrlAttr::Href, "a".to_owned(), "#muc-2".to_owned()),
        ]
    );
}

#[test]
fn rewritten_urls_are_still_sanitised() {
    let to_script = |_: &UrlRef<'_>| Some("javascript:alert(1)".to_owned());
    let to_evil_iframe = |_: &UrlRef<'_>| Some("https://evil.example/embed".to_owned());
    let policy = HtmlPolicy::default();
    let out = clean_html(
        "<a href=\"/a\">a</a>",
        &CleanOptions::new(&policy).with_url_rewriter(&to_script),
    );
    assert_eq!(out.html, "<a rel=\"noopener noreferrer\">a</a>");
    let out = clean_html(
        "<p>x</p><iframe src=\"https://www.youtube.com/embed/q\"></iframe>",
        &CleanOptions::new(&policy).with_url_rewriter(&to_evil_iframe),
    );
    assert_eq!(out.html, "<p>x</p>");
    assert_eq!(out.report.sanitizer_dropped_elements, 1);
}

// --- empty blocks ----------------------------------------------------------

#[test]
fn empty_paragraphs_and_divs_are_removed() {
    let cases = [
        (
            "<p>Một</p><p>&nbsp;</p><p>Hai</p>",
            "<p>Một</p><p>Hai</p>",
            1,
        ),
        ("<p>Một</p><p><br></p><p><br/><br></p>", "<p>Một</p>", 2),
        ("<p><span> </span></p><p>Hai</p>", "<p>Hai</p>", 1),
        (
            "<div> </div><div>\u{A0}\u{200B}\n</div><p>Ba</p>",
            "<p>Ba</p>",
            2,
        ),
        (
            "<div><p>&nbsp;</p><div><br></div></div><p>Bốn</p>",
            "<p>Bốn</p>",
            3,
        ),
        ("<h2> </h2><p><strong>&nbsp;</strong><em></em></p>", "", 2),
        (
            "<ul><li>Một</li><li>&nbsp;</li></ul>",
            "<ul><li>Một</li></ul>",
            1,
        ),
        ("<p><a href=\"/x\"></a></p><p>Năm</p>", "<p>Năm</p>", 1),
        // Content that is not text keeps its block.
        (
            "<p><img src=\"/a.jpg\"></p><div><hr></div><p>\u{A0}<br>Sáu</p>",
            "<p><img src=\"/a.jpg\"></p><div><hr></div><p>\u{A0}<br>Sáu</p>",
            0,
        ),
        // An empty block between two runs of text still separates them.
        ("Dòng một<p>&nbsp;</p>Dòng hai", "Dòng một<br>Dòng hai", 1),
        ("Dòng một<div></div><p>Hai</p>", "Dòng một<p>Hai</p>", 1),
    ];
    for (input, expected, removed) in cases {
        let (out, report) = clean(input);
        assert_eq!(out.replace("&nbsp;", "\u{A0}"), expected, "{input}");
        assert_eq!(report.empty_blocks_removed, removed, "{input}");
    }
}

#[test]
fn empty_cells_stay_so_tables_keep_their_shape() {
    let (out, report) = clean(
        "<table><tr><td>&nbsp;</td><td><p>&nbsp;</p></td></tr><tr><td>1</td><td></td></tr></table>",
    );
    assert_eq!(
        out,
        "<table><tbody><tr><td>&nbsp;</td><td></td></tr><tr><td>1</td><td></td></tr></tbody></table>"
    );
    assert_eq!(report.empty_blocks_removed, 1);
}

// --- Word junk -------------------------------------------------------------

/// A paragraph pasted from Word the way old portal editors did it.
const WORD_PASTE: &str = r#"<!--[if gte mso 9]><xml>
 <o:DocumentProperties><o:Author>Nguyen Van Binh</o:Author><o:Company>UBND</o:Company></o:DocumentProperties>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom><w:Compatibility><w:BreakWrappedTables/></w:Compatibility></w:WordDocument>
</xml><![endif]--><style>
<!--
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal {mso-style-parent:""; margin:0cm; font-size:12.0pt;}
-->
</style>
<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;mso-line-height-alt:14.0pt"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif;mso-fareast-font-family:&quot;Times New Roman&quot;">Thực hiện Kế hoạch số 15/KH-UBND, Ủy ban nhân dân huyện đã tổ chức hội nghị tổng kết công tác năm 2020.<o:p></o:p></span></p>
<p class="MsoNormal"><span lang="VI" style="font-size:14.0pt"><o:p>&nbsp;</o:p></span></p>
<p class="MsoListParagraphCxSpFirst" style="margin-left:36pt;mso-list:l0 level1 lfo1"><![if !supportLists]><span style="mso-list:Ignore">-<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp; </span></span><![endif]><span lang="VI"><font face="Times New Roman">Tổng số đại biểu tham dự: 120 người;</font></span></p>
<p class=MsoNormal align=right><st1:place w:st="on">Hà Nội</st1:place>, ngày 12 tháng 3 năm 2021</p>
<xml><w:LatentStyles DefLockedState="false"><w:LsdException Locked="false" Name="Normal"/></w:LatentStyles></xml>"#;

#[test]
fn word_junk_goes_and_the_text_stays() {
    let (out, report) = clean(WORD_PASTE);
    assert_eq!(
        out.trim(),
        "<p>Thực hiện Kế hoạch số 15/KH-UBND, Ủy ban nhân dân huyện đã tổ chức hội nghị tổng kết công tác năm 2020.</p>\n\n\
         <p>-&nbsp;&nbsp; Tổng số đại biểu tham dự: 120 người;</p>\n\
         <p>Hà Nội, ngày 12 tháng 3 năm 2021</p>"
    );
    assert_eq!(report.empty_blocks_removed, 1);
    // 2 conditional comments, the Mso style sheet, 2 downlevel-revealed
    // `<![if]>`/`<![endif]>`, the bare `<xml>`, 2 `<o:p>`, 1 `<font>`, the
    // smart tag, 4 `Mso…` classes, 4 `mso-` styles, 3 `lang`s.
    assert_eq!(
        report.word_junk_removed,
        2 + 1 + 2 + 1 + 2 + 1 + 1 + 4 + 4 + 3
    );
    let text = html_to_text(&out);
    assert!(
        !text.contains("Normal") && !text.contains("Nguyen Van Binh"),
        "{text}"
    );
}

#[test]
fn office_blocks_outside_comments_are_removed_with_their_content() {
    let (out, _) = clean(
        "<o:DocumentProperties><o:Author>Tran Thi C</o:Author></o:DocumentProperties>\
         <v:shape><v:imagedata src=\"x.png\"/></v:shape><m:mathPr><m:brkBin m:val=\"before\"/></m:mathPr>\
         <p>Nội dung<o:p></o:p></p>",
    );
    assert_eq!(out, "<p>Nội dung</p>");
}

// --- tables ----------------------------------------------------------------

#[test]
fn tables_keep_their_structure() {
    let html = "<table class=\"MsoTableGrid\" border=\"1\" cellspacing=\"0\" style=\"border-collapse:collapse\">\
                <caption>Bảng 1. Kết quả</caption>\
                <thead><tr><th rowspan=\"2\" style=\"width:30pt\">STT</th><th colspan=\"2\">Nội dung</th></tr>\
                <tr><th>Có</th><th>Không</th></tr></thead>\
                <tbody><tr><td><p class=MsoNormal align=center>1</p></td><td>x</td><td>&nbsp;</td></tr>\
                <tr><td>2</td><td></td><td><font color=red>x</font></td></tr></tbody>\
                <tfoot><tr><td colspan=\"3\">Tổng: 2</td></tr></tfoot></table>";
    let (out, _) = clean(html);
    assert_eq!(
        out,
        "<table><caption>Bảng 1. Kết quả</caption>\
         <thead><tr><th rowspan=\"2\">STT</th><th colspan=\"2\">Nội dung</th></tr>\
         <tr><th>Có</th><th>Không</th></tr></thead>\
         <tbody><tr><td><p>1</p></td><td>x</td><td>&nbsp;</td></tr>\
         <tr><td>2</td><td></td><td>x</td></tr></tbody>\
         <tfoot><tr><td colspan=\"3\">Tổng: 2</td></tr></tfoot></table>"
    );
}

// --- the nesting guard -----------------------------------------------------

#[test]
fn deeply_nested_unclosed_tags_are_flattened() {
    // 50,000 unclosed `<div>`s take html5ever's tree builder seconds
    // (quadratic); the guard cuts what is deeper than 256 levels.
    let html = "<div>".repeat(50_000) + "Nội dung sâu";
    let start = Instant::now();
    let (out, report) = clean(&html);
    let elapsed = start.elapsed();
    assert!(depth(&out) <= 256, "depth {}", depth(&out));
    assert_eq!(html_to_text(&out), "Nội dung sâu");
    assert!(report.flattened_tags >= 50_000 - 256, "{report:?}");
    // Informative only (the structural assertions above are the test).
    eprintln!("50,000 unclosed divs cleaned in {elapsed:?}");

    // Thousands of distinct unclosed formatting elements (quadratic in the
    // parser's list of active formatting elements).
    let fonts: String = (0..5_000)
        .map(|i| format!("<font color=\"#{i:06}\"><b class=\"c{i}\">"))
        .collect();
    let (out, report) = clean(&(fonts + "Chữ"));
    assert!(depth(&out) <= 256);
    assert_eq!(html_to_text(&out), "Chữ");
    assert!(report.flattened_tags > 0);

    let lists = "<ul><li>Mục".repeat(5_000);
    let (out, _) = clean(&lists);
    assert!(depth(&out) <= 256);
    assert_eq!(html_to_text(&out).matches("Mục").count(), 5_000);
}

#[test]
fn ordinary_bodies_are_not_flattened() {
    let body = "<p>Đoạn <b>một</b></p><ul><li>a<li>b</ul>".repeat(2_000);
    let (_, report) = clean(&body);
    assert_eq!(report.flattened_tags, 0);
}

// --- compatibility and the report ------------------------------------------

#[test]
fn sanitize_html_is_clean_html_without_options() {
    let policy = HtmlPolicy::default();
    let html = "<p class=MsoNormal onclick=x()>Tin <span>mới</span></p><p>&nbsp;</p>";
    assert_eq!(sanitize_html(html, &policy), "<p>Tin mới</p>");
    assert_eq!(
        sanitize_html(html, &policy),
        clean_html(html, &CleanOptions::new(&policy)).html
    );
}

#[test]
fn the_report_counts_sanitiser_drops() {
    let (out, report) = clean(
        "<p id=a style=\"color:red\" onclick=x()>Một <span>hai</span> <script>x</script></p>\
         <img src=\"/a.jpg\" onerror=\"y()\" width=\"10\">",
    );
    assert_eq!(out, "<p>Một hai </p><img src=\"/a.jpg\" width=\"10\">");
    // span and script; id, style, onclick, onerror.
    assert_eq!(report.sanitizer_dropped_elements, 2);
    assert_eq!(report.sanitizer_dropped_attributes, 4);
    assert_eq!(report.chrome_blocks_removed(), 0);
    assert!(!report.is_empty());
    assert!(clean("<p>Sạch</p>").1.is_empty());
}

#[test]
fn the_report_serialises_with_stable_field_names() {
    let (_, report) = clean("<p>&nbsp;</p><font>x</font>");
    let text = toml::to_string(&report).expect("serialisable");
    for field in [
        "empty_blocks_removed = 1",
        "word_junk_removed = 1",
        "urls_rewritten = 0",
        "sanitizer_dropped_elements = 0",
        "sanitizer_dropped_attributes = 0",
        "flattened_tags = 0",
        "[chrome_removed]",
    ] {
        assert!(text.contains(field), "{field} in {text}");
    }
}

#[test]
fn options_are_shareable_between_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<CleanOptions<'static>>();
    assert_send_sync::<vntext::chrome::ChromeRules>();
}
