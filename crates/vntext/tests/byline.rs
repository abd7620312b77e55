//! `vntext::byline`: evaluation on our own corpus of article endings
//! (`tests/data/bylines.tsv`) and the byte-exactness of byline removal.

use std::collections::HashMap;
use std::str::FromStr;

use proptest::prelude::*;

use vntext::byline::{
    extract_from_html, extract_from_text, merge, parse_author_field, parse_dateline, Author,
    Byline, Role,
};
use vntext::html_to_text;

// ---------------------------------------------------------------------------
// Corpus

#[derive(Debug)]
struct Case {
    id: String,
    kind: String,
    positive: bool,
    input: String,
    authors: Vec<(String, Role, Option<String>)>,
    source: Option<String>,
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('\\') => out.push('\\'),
            other => panic!("bad escape \\{other:?} in {s:?}"),
        }
    }
    out
}

fn load() -> Vec<Case> {
    let data = include_str!("data/bylines.tsv");
    let mut cases = Vec::new();
    for line in data.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 6, "bad row: {line}");
        let authors = if cols[4] == "-" {
            Vec::new()
        } else {
            cols[4]
                .split(" ; ")
                .map(|a| {
                    let f: Vec<&str> = a.split('|').collect();
                    let role = Role::from_str(f[1]).unwrap_or_else(|e| panic!("{}: {e}", cols[0]));
                    (f[0].to_owned(), role, f.get(2).map(|s| s.to_string()))
                })
                .collect()
        };
        cases.push(Case {
            id: cols[0].to_owned(),
            kind: cols[1].to_owned(),
            positive: match cols[2] {
                "byline" => true,
                "none" => false,
                e => panic!("{}: expect {e}", cols[0]),
            },
            input: unescape(cols[3]),
            authors,
            source: (cols[5] != "-").then(|| cols[5].to_owned()),
        });
    }
    cases
}

/// Runs the function the case is for; for bodies also checks what was
/// removed. Returns the byline found (an empty byline counts as none).
fn run(case: &Case) -> Option<Byline> {
    match case.kind.as_str() {
        "text" => {
            let (b, r) = extract_from_text(&case.input)?;
            let removed = &case.input[r.clone()];
            assert_eq!(removed, removed.trim(), "{}: range not trimmed", case.id);
            assert!(
                case.input[r.end..].trim().is_empty() || case.input[..r.start].trim().is_empty(),
                "{}: byline neither at the end nor at the start",
                case.id
            );
            Some(b)
        }
        "html" => {
            let (b, rest) = extract_from_html(&case.input)?;
            assert!(
                rest.len() < case.input.len(),
                "{}: nothing removed",
                case.id
            );
            // Exactly one contiguous cut: a common prefix and suffix cover
            // everything that is left.
            let prefix = common_prefix(&case.input, &rest);
            let suffix = common_suffix(&case.input[prefix..], &rest[prefix..]);
            assert_eq!(
                prefix + suffix,
                rest.len(),
                "{}: more than one cut",
                case.id
            );
            let full = html_to_text(&case.input);
            let left = html_to_text(&rest);
            assert!(
                full.starts_with(&left) || full.ends_with(&left),
                "{}: text changed: {left:?}",
                case.id
            );
            Some(b)
        }
        "field" => {
            let b = parse_author_field(&case.input);
            (!b.is_empty()).then_some(b)
        }
        k => panic!("{}: kind {k}", case.id),
    }
}

/// Length in bytes of the longest common prefix, on a char boundary.
fn common_prefix(a: &str, b: &str) -> usize {
    let mut n = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    while !a.is_char_boundary(n) || !b.is_char_boundary(n) {
        n -= 1;
    }
    n
}

/// Length in bytes of the longest common suffix, on a char boundary.
fn common_suffix(a: &str, b: &str) -> usize {
    let mut n = a
        .bytes()
        .rev()
        .zip(b.bytes().rev())
        .take_while(|(x, y)| x == y)
        .count();
    while !a.is_char_boundary(a.len() - n) || !b.is_char_boundary(b.len() - n) {
        n -= 1;
    }
    n
}

#[derive(Default, Debug, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Figures of one part of the corpus.
#[derive(Default)]
struct Report {
    cases: usize,
    positives: usize,
    negatives: usize,
    recognised: usize,
    total: Counts,
    by_kind: HashMap<String, Counts>,
    by_role: HashMap<Role, Counts>,
    aff: (usize, usize, usize),
    src: (usize, usize, usize),
    misses: Vec<String>,
    false_alarms: Vec<String>,
}

fn evaluate<'a>(cases: impl Iterator<Item = &'a Case>) -> Report {
    let mut rep = Report::default();
    for case in cases {
        rep.cases += 1;
        let got = run(case);
        if !case.positive {
            rep.negatives += 1;
            if let Some(b) = got {
                rep.false_alarms
                    .push(format!("{} {:?} -> {b:?}", case.id, case.input));
            }
            continue;
        }
        rep.positives += 1;
        if got.is_some() {
            rep.recognised += 1;
        }
        let got = got.unwrap_or_default();
        let mut expected = case.authors.clone();
        let mut c = Counts::default();
        for a in &got.authors {
            if let Some(i) = expected
                .iter()
                .position(|(n, r, _)| *n == a.name && *r == a.role)
            {
                let (_, role, aff) = expected.remove(i);
                c.tp += 1;
                rep.by_role.entry(role).or_default().tp += 1;
                match (&aff, &a.affiliation) {
                    (Some(e), Some(g)) if e == g => {
                        rep.aff.0 += 1;
                        rep.aff.1 += 1;
                    }
                    (Some(e), g) => {
                        rep.aff.1 += 1;
                        rep.misses
                            .push(format!("{} affiliation {g:?}, expected {e:?}", case.id));
                    }
                    (None, Some(g)) => {
                        rep.aff.2 += 1;
                        rep.misses
                            .push(format!("{} spurious affiliation {g:?}", case.id));
                    }
                    (None, None) => {}
                }
            } else {
                c.fp += 1;
                rep.by_role.entry(a.role).or_default().fp += 1;
                rep.misses
                    .push(format!("{} extra {} ({})", case.id, a.name, a.role));
            }
        }
        for (n, r, _) in &expected {
            c.fn_ += 1;
            rep.by_role.entry(*r).or_default().fn_ += 1;
            rep.misses
                .push(format!("{} missed {n} ({r}) in {:?}", case.id, case.input));
        }
        match (&case.source, &got.source) {
            (Some(e), Some(g)) if e == g => {
                rep.src.0 += 1;
                rep.src.1 += 1;
            }
            (Some(e), g) => {
                rep.src.1 += 1;
                rep.misses
                    .push(format!("{} source {g:?}, expected {e:?}", case.id));
            }
            (None, Some(g)) => {
                rep.src.2 += 1;
                rep.misses
                    .push(format!("{} spurious source {g:?}", case.id));
            }
            (None, None) => {}
        }
        let k = rep.by_kind.entry(case.kind.clone()).or_default();
        k.tp += c.tp;
        k.fp += c.fp;
        k.fn_ += c.fn_;
        rep.total.tp += c.tp;
        rep.total.fp += c.fp;
        rep.total.fn_ += c.fn_;
    }
    rep
}

fn print_report(name: &str, rep: &Report, detail: bool) {
    let t = rep.total;
    println!(
        "[{name}] {} cases ({} bylines, {} negatives)",
        rep.cases, rep.positives, rep.negatives
    );
    println!(
        "[{name}] authors (name + role): tp {} fp {} fn {} | precision {:.3} recall {:.3} F1 {:.3}",
        t.tp,
        t.fp,
        t.fn_,
        t.precision(),
        t.recall(),
        t.f1()
    );
    println!(
        "[{name}] bylines recognised {}/{} | affiliations {}/{} correct, {} spurious | sources {}/{} correct, {} spurious | negatives recognised {}/{}",
        rep.recognised,
        rep.positives,
        rep.aff.0,
        rep.aff.1,
        rep.aff.2,
        rep.src.0,
        rep.src.1,
        rep.src.2,
        rep.false_alarms.len(),
        rep.negatives
    );
    if detail {
        let mut kinds: Vec<_> = rep.by_kind.iter().collect();
        kinds.sort_by_key(|(k, _)| k.as_str());
        for (k, c) in kinds {
            println!(
                "[{name}]   {k:5}: tp {:3} fp {:2} fn {:2} | P {:.3} R {:.3} F1 {:.3}",
                c.tp,
                c.fp,
                c.fn_,
                c.precision(),
                c.recall(),
                c.f1()
            );
        }
        for r in Role::ALL {
            if let Some(c) = rep.by_role.get(&r) {
                println!(
                    "[{name}]   role {:15} tp {:3} fp {:2} fn {:2}",
                    r.code(),
                    c.tp,
                    c.fp,
                    c.fn_
                );
            }
        }
    }
    for m in &rep.misses {
        println!("[{name}]   miss: {m}");
    }
    for f in &rep.false_alarms {
        println!("[{name}]   FALSE ALARM: {f}");
    }
}

#[test]
fn corpus_precision_recall_f1() {
    let cases = load();
    let dev = evaluate(cases.iter().filter(|c| c.id.starts_with('c')));
    let held = evaluate(cases.iter().filter(|c| c.id.starts_with('h')));
    let fresh = evaluate(cases.iter().filter(|c| c.id.starts_with('f')));
    let all = evaluate(cases.iter());
    print_report("dev", &dev, false);
    print_report("held-out", &held, false);
    print_report("fresh", &fresh, false);
    print_report("all", &all, true);
    assert!(all.positives >= 150, "corpus has {} bylines", all.positives);
    assert!(
        all.negatives >= 50,
        "corpus has {} negatives",
        all.negatives
    );
    assert!(
        all.false_alarms.is_empty(),
        "negatives recognised: {:#?}",
        all.false_alarms
    );
    assert!(all.total.f1() >= 0.95, "F1 {:.3} < 0.95", all.total.f1());
    assert!(
        held.total.f1() >= 0.95,
        "held-out F1 {:.3} < 0.95",
        held.total.f1()
    );
}

// ---------------------------------------------------------------------------
// Removal is byte-exact

#[test]
fn html_removal_keeps_everything_else_byte_for_byte() {
    let head = "<p class=\"MsoNormal\">Hội nghị&nbsp;đã thống nhất <b>các</b> giải pháp./.</p>\r\n";
    let block =
        "<p style=\"text-align: right;\"><strong>Tin: Minh Khôi. Ảnh: Hồng Nhung</strong></p>";
    let tail = "\r\n<p>&nbsp;</p>\r\n";
    let html = format!("{head}{block}{tail}");
    let (b, rest) = extract_from_html(&html).expect("byline");
    assert_eq!(rest, format!("{head}{tail}"));
    assert_eq!(
        b.authors,
        vec![
            Author {
                name: "Minh Khôi".into(),
                role: Role::Text,
                affiliation: None
            },
            Author {
                name: "Hồng Nhung".into(),
                role: Role::Photo,
                affiliation: None
            },
        ]
    );
}

#[test]
fn html_removal_of_a_br_line_takes_its_br() {
    let html = "<div>Đoàn công tác đề nghị địa phương khắc phục tồn tại.<br />\n<em>Thanh Hương</em></div>";
    let (b, rest) = extract_from_html(html).expect("byline");
    // The <br> and the whitespace between it and the line go with the line.
    assert_eq!(
        rest,
        "<div>Đoàn công tác đề nghị địa phương khắc phục tồn tại.</div>"
    );
    assert_eq!(b.authors[0].name, "Thanh Hương");
    assert_eq!(b.authors[0].role, Role::Unknown);
}

#[test]
fn html_removal_of_two_blocks_and_the_first_block() {
    let html = "<p>Nội dung bài viết.</p><p>Tin: Quỳnh Anh</p>\n<p>Ảnh: Bá Tùng</p><p></p>";
    let (b, rest) = extract_from_html(html).expect("byline");
    assert_eq!(rest, "<p>Nội dung bài viết.</p><p></p>");
    assert_eq!(b.authors.len(), 2);

    let html =
        "<p><strong>Bài và ảnh: Phạm Tuyết</strong></p>\n<p>Nội dung <a href=\"/x\">bài</a>.</p>";
    let (b, rest) = extract_from_html(html).expect("byline");
    assert_eq!(rest, "\n<p>Nội dung <a href=\"/x\">bài</a>.</p>");
    assert_eq!(b.authors[0].role, Role::TextAndPhoto);
}

#[test]
fn nothing_removed_when_not_recognised() {
    for html in [
        "<p>Nội dung.</p><p>Hội nghị kết thúc trong không khí phấn khởi.</p>",
        "<p>Nội dung.</p><p style=\"text-align:right\"><strong>Trân trọng cảm ơn!</strong></p>",
        "<p>Nội dung.</p><table><tr><td>Nguyễn Văn An</td></tr></table>",
        "<p>Nội dung.</p><p><img src=\"/a.jpg\"> Thanh Hà</p>",
        "<p>Thanh Hà</p>",
        "",
        "<p>Nội dung.</p><p>Xem thêm: <a href=\"/a\">Kế hoạch</a></p>",
    ] {
        assert_eq!(extract_from_html(html), None, "{html}");
    }
    for text in [
        "Nội dung.\n\nTags: chuyển đổi số",
        "Thanh Hà",
        "Nội dung.\n\nCHỦ TỊCH\n\nNguyễn Văn Thành",
        "",
    ] {
        assert_eq!(extract_from_text(text), None, "{text}");
    }
}

#[test]
fn text_range_is_the_byline_line() {
    let text = "Nội dung bài viết./.\r\n\r\n   Tin, ảnh: Hoàng Lan  \r\n";
    let (b, r) = extract_from_text(text).expect("byline");
    assert_eq!(&text[r.clone()], "Tin, ảnh: Hoàng Lan");
    assert_eq!(&text[..r.start], "Nội dung bài viết./.\r\n\r\n   ");
    assert_eq!(&text[r.end..], "  \r\n");
    assert_eq!(b.authors[0].role, Role::TextAndPhoto);

    let text = "Cầm Thị Hoa là giáo viên.\n\nCầm Thị Hoa\n(Theo Báo Điện Biên Phủ)";
    let (b, r) = extract_from_text(text).expect("byline");
    assert_eq!(&text[r], "Cầm Thị Hoa\n(Theo Báo Điện Biên Phủ)");
    assert_eq!(b.source.as_deref(), Some("Báo Điện Biên Phủ"));
}

// ---------------------------------------------------------------------------
// Field, merge, dateline, role-only

#[test]
fn author_field_and_merge() {
    let field = parse_author_field("Nguyễn Thị Bình, Văn phòng UBND");
    assert_eq!(
        field.authors,
        vec![Author {
            name: "Nguyễn Thị Bình".into(),
            role: Role::Unknown,
            affiliation: Some("Văn phòng UBND".into())
        }]
    );
    let body =
        extract_from_text("Nội dung.\n\nTin: Nguyễn Thị Bình. Ảnh: Quốc Bảo").map(|(b, _)| b);
    let merged = merge(body, field);
    assert_eq!(merged.authors.len(), 2, "{merged:?}");
    assert_eq!(merged.authors[0].role, Role::Text);
    assert_eq!(
        merged.authors[0].affiliation.as_deref(),
        Some("Văn phòng UBND")
    );

    // Dots, case and Unicode form do not make a second author.
    let body = extract_from_text("Nội dung.\n\nP.V").map(|(b, _)| b);
    let merged = merge(body, parse_author_field("pv"));
    assert_eq!(merged.authors.len(), 1);
    let decomposed = "Thu Ha\u{300}";
    let merged = merge(
        Some(parse_author_field("Thu Hà")),
        parse_author_field(decomposed),
    );
    assert_eq!(merged.authors.len(), 1);

    // The field fills the source and a role the body did not give.
    let body = extract_from_text("Nội dung.\n\nMinh Anh - Lê Hằng").map(|(b, _)| b);
    let merged = merge(
        body,
        parse_author_field("Tin: Minh Anh (Theo Báo Lai Châu)"),
    );
    assert_eq!(merged.authors[0].role, Role::Text);
    assert_eq!(merged.source.as_deref(), Some("Báo Lai Châu"));
    assert_eq!(merge(None, Byline::default()), Byline::default());

    assert!(parse_author_field("admin").is_empty());
    assert!(parse_author_field("  ").is_empty());
}

#[test]
fn role_only_authors_are_flagged() {
    for s in ["PV", "P.V", "Phóng viên", "CTV", "BBT", "Nhóm PV", "TTXVN"] {
        let b = parse_author_field(s);
        assert_eq!(b.authors.len(), 1, "{s}");
        assert!(b.authors[0].is_role_only(), "{s}");
    }
    let b = parse_author_field("Thu Hà (TTXVN)");
    assert!(!b.authors[0].is_role_only());
    assert_eq!(b.authors[0].affiliation.as_deref(), Some("TTXVN"));
}

#[test]
fn datelines() {
    let text = "Hà Nội (TTXVN) – Sáng 12/3, Quốc hội tiếp tục phiên họp.";
    let d = parse_dateline(text).expect("dateline");
    assert_eq!(d.place.as_deref(), Some("Hà Nội"));
    assert_eq!(d.agency, "TTXVN");
    assert_eq!(&text[d.range], "Hà Nội (TTXVN) – ");
    let d =
        parse_dateline("(Chinhphu.vn) - Chiều nay, Thủ tướng chủ trì hội nghị.").expect("dateline");
    assert_eq!(d.place, None);
    assert_eq!(d.agency, "Chinhphu.vn");
    assert!(parse_dateline("Theo kế hoạch (dự kiến) - năm sau").is_none());
    assert!(parse_dateline("Hội nghị (lần thứ 5) – thành công").is_none());
    // A dateline is article text: the body extractors leave it alone.
    assert_eq!(
        extract_from_html(
            "<p>Hà Nội (TTXVN) – Sáng nay, Quốc hội họp.</p><p>Kết thúc phiên họp.</p>"
        ),
        None
    );
}

#[test]
fn roles_round_trip_their_codes() {
    for r in Role::ALL {
        assert_eq!(Role::from_str(r.code()), Ok(r));
        assert_eq!(r.to_string(), r.code());
    }
    assert!(Role::from_str("writer").is_err());
}

// ---------------------------------------------------------------------------
// Properties: never panics, one contiguous cut, ranges on char boundaries

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<p>".to_owned()),
        Just("</p>".to_owned()),
        Just("<p style=\"text-align:right\">".to_owned()),
        Just("<strong>".to_owned()),
        Just("</strong>".to_owned()),
        Just("<br>".to_owned()),
        Just("<div>".to_owned()),
        Just("</div>".to_owned()),
        Just("<table><tr><td>".to_owned()),
        Just("<img src=x>".to_owned()),
        Just("<!-- c -->".to_owned()),
        Just("<script>a<b</script>".to_owned()),
        Just("&nbsp;".to_owned()),
        Just("\n".to_owned()),
        Just("\r\n".to_owned()),
        Just(" ".to_owned()),
        Just("Tin: ".to_owned()),
        Just("Ảnh: ".to_owned()),
        Just("Bài và ảnh: ".to_owned()),
        Just("Nguồn: ".to_owned()),
        Just("Theo ".to_owned()),
        Just(" - ".to_owned()),
        Just(", ".to_owned()),
        Just("(".to_owned()),
        Just(")".to_owned()),
        Just("./.".to_owned()),
        Just("Thu Hà".to_owned()),
        Just("Nguyễn Văn Hùng".to_owned()),
        Just("TTXVN".to_owned()),
        Just("PV".to_owned()),
        Just("Trung tâm VHTT huyện".to_owned()),
        Just("Hội nghị kết thúc.".to_owned()),
        Just("Ho\u{300}a".to_owned()),
        "[a-zA-Z <>&;#/\"'=:().-]{0,8}",
        "[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễđĐ]{1,4}",
    ]
}

fn body() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..30).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(800))]

    #[test]
    fn html_extraction_cuts_one_block_and_keeps_the_rest(html in body()) {
        if let Some((b, rest)) = extract_from_html(&html) {
            prop_assert!(!b.is_empty());
            let prefix = common_prefix(&html, &rest);
            let suffix = common_suffix(&html[prefix..], &rest[prefix..]);
            prop_assert_eq!(prefix + suffix, rest.len());
            prop_assert!(rest.len() < html.len());
            let cut = &html[prefix..html.len() - suffix];
            prop_assert!(!cut.contains("<img"), "removed an image: {:?}", cut);
            let full = html_to_text(&html);
            let left = html_to_text(&rest);
            prop_assert!(full.starts_with(&left) || full.ends_with(&left));
        }
    }

    #[test]
    fn text_extraction_ranges_are_trimmed_slices(text in body()) {
        if let Some((b, r)) = extract_from_text(&text) {
            prop_assert!(!b.is_empty());
            let s = &text[r.clone()];
            prop_assert_eq!(s, s.trim());
            prop_assert!(!s.is_empty());
        }
        let _ = parse_author_field(&text);
        if let Some(d) = parse_dateline(&text) {
            prop_assert!(!text[d.range].is_empty());
        }
    }
}
