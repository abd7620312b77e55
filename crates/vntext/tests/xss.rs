//! Every vector of `tests/data/xss-vectors.txt` goes through `clean_html`;
//! the output is parsed with html5ever and its tree inspected: only
//! allowlisted HTML elements and attributes, no event handler, no
//! `javascript:`/`vbscript:`/`data:` (except raster images) URL, no iframe
//! from elsewhere than the allowed hosts, no comment.

use std::collections::HashMap;

use html5ever::tendril::TendrilSink;
use html5ever::{local_name, ns, parse_fragment, ParseOpts, QualName};
use markup5ever_rcdom::{Handle, NodeData, RcDom, SerializableHandle};
use vntext::chrome::ChromeRules;
use vntext::{clean_html, sanitize_html, CleanOptions, HtmlPolicy, UrlRef};

const VECTORS: &str = include_str!("data/xss-vectors.txt");

/// The allowlist of docs/HTML.md: element → attributes.
const ALLOWED: &[(&str, &[&str])] = &[
    ("a", &["href", "title", "target", "rel"]),
    ("b", &[]),
    ("blockquote", &[]),
    ("br", &[]),
    ("caption", &[]),
    ("code", &[]),
    ("col", &["span"]),
    ("colgroup", &["span"]),
    ("dd", &[]),
    ("div", &[]),
    ("dl", &[]),
    ("dt", &[]),
    ("em", &[]),
    ("figcaption", &[]),
    ("figure", &[]),
    ("h1", &[]),
    ("h2", &[]),
    ("h3", &[]),
    ("h4", &[]),
    ("h5", &[]),
    ("h6", &[]),
    ("hr", &[]),
    ("i", &[]),
    (
        "iframe",
        &["src", "width", "height", "title", "allowfullscreen"],
    ),
    ("img", &["src", "alt", "width", "height", "title"]),
    ("li", &[]),
    ("ol", &["start"]),
    ("p", &[]),
    ("pre", &[]),
    ("strong", &[]),
    ("sub", &[]),
    ("sup", &[]),
    ("table", &[]),
    ("tbody", &[]),
    ("td", &["colspan", "rowspan"]),
    ("tfoot", &[]),
    ("th", &["colspan", "rowspan", "scope"]),
    ("thead", &[]),
    ("tr", &[]),
    ("u", &[]),
    ("ul", &[]),
];

/// Decodes the escapes of the vector file.
fn unescape(line: &str) -> String {
    let mut out = String::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('0') => out.push('\0'),
            Some('\\') => out.push('\\'),
            Some('x') => {
                let hex: String = chars.by_ref().take(2).collect();
                let byte = u8::from_str_radix(&hex, 16).expect("\\xNN escape");
                out.push(char::from(byte));
            }
            other => panic!("unknown escape \\{other:?} in {line}"),
        }
    }
    out
}

fn vectors() -> Vec<String> {
    VECTORS
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(unescape)
        .collect()
}

fn parse(html: &str) -> RcDom {
    parse_fragment(
        RcDom::default(),
        ParseOpts::default(),
        QualName::new(None, ns!(html), local_name!("div")),
        Vec::new(),
        false,
    )
    .one(html)
}

fn serialize(dom: &RcDom) -> String {
    let root = dom.document.children.borrow()[0].clone();
    let mut out = Vec::new();
    let opts = html5ever::serialize::SerializeOpts {
        traversal_scope: html5ever::serialize::TraversalScope::ChildrenOnly(None),
        ..Default::default()
    };
    html5ever::serialize::serialize(&mut out, &SerializableHandle::from(root), opts)
        .expect("serialize");
    String::from_utf8(out).expect("utf-8")
}

/// A URL attribute value is safe: no scheme but the allowed ones, `data:`
/// only as a raster `img src`, iframes only from the allowed hosts.
fn check_url(element: &str, attr: &str, value: &str) -> Result<(), String> {
    // Browsers ignore ASCII tabs and newlines in URLs and strip leading
    // control characters and spaces: judge what they would see.
    let seen: String = value
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect::<String>()
        .to_ascii_lowercase();
    for bad in [
        "javascript:",
        "vbscript:",
        "livescript:",
        "data:text",
        "data:image/svg",
    ] {
        if seen.starts_with(bad) {
            return Err(format!("{element}[{attr}] = {value:?}"));
        }
    }
    if seen.starts_with("data:") && !(element == "img" && attr == "src") {
        return Err(format!("data: URL in {element}[{attr}]"));
    }
    match url::Url::parse(&seen) {
        Ok(u) if !["http", "https", "mailto", "tel", "ftp", "data"].contains(&u.scheme()) => {
            return Err(format!("scheme {} in {element}[{attr}]", u.scheme()))
        }
        Ok(u) if element == "iframe" => {
            let host = u.host_str().unwrap_or("");
            if !vntext::DEFAULT_IFRAME_HOSTS.contains(&host) || u.scheme() != "https" {
                return Err(format!("iframe from {value:?}"));
            }
        }
        Err(_) if element == "iframe" => return Err(format!("relative iframe src {value:?}")),
        _ => {}
    }
    Ok(())
}

/// Inspects the parsed tree of `output`.
fn check_tree(output: &str) -> Result<(), String> {
    let allowed: HashMap<&str, &[&str]> = ALLOWED.iter().copied().collect();
    let dom = parse(output);
    let root: Handle = dom.document.children.borrow()[0].clone();
    let mut stack = vec![root.clone()];
    while let Some(node) = stack.pop() {
        for child in node.children.borrow().iter() {
            match &child.data {
                NodeData::Element { name, attrs, .. } => {
                    if name.ns != ns!(html) {
                        return Err(format!("foreign element {:?}", name.local));
                    }
                    let tag: &str = &name.local;
                    let Some(ok_attrs) = allowed.get(tag) else {
                        return Err(format!("element <{tag}>"));
                    };
                    for a in attrs.borrow().iter() {
                        let attr: &str = &a.name.local;
                        if attr.starts_with("on") || !ok_attrs.contains(&attr) {
                            return Err(format!("attribute {tag}[{attr}]"));
                        }
                        if attr == "href" || attr == "src" {
                            check_url(tag, attr, &a.value)?;
                        }
                    }
                    if tag == "iframe" && !child.children.borrow().is_empty() {
                        return Err("iframe with content".into());
                    }
                    stack.push(child.clone());
                }
                NodeData::Comment { .. } => return Err("comment".into()),
                NodeData::ProcessingInstruction { .. } | NodeData::Doctype { .. } => {
                    return Err("doctype or processing instruction".into())
                }
                _ => {}
            }
        }
    }
    // Markup (not text: `<` in text is always `&lt;`) never names these.
    let lower = output.to_ascii_lowercase();
    for tag in [
        "<script",
        "<style",
        "<svg",
        "<math",
        "<object",
        "<embed",
        "<base",
        "<meta",
        "<form",
        "<link",
        "<template",
        "<noscript",
        "<frame",
        "<applet",
        "<input",
        "<button",
    ] {
        if lower.contains(tag) {
            return Err(format!("markup {tag}"));
        }
    }
    // What the browser parses is what we inspected (no mutation on
    // re-parse).
    if serialize(&dom) != output {
        return Err(format!("re-parse changes the output: {}", serialize(&dom)));
    }
    Ok(())
}

#[test]
fn vector_file_is_big_enough() {
    let v = vectors();
    assert!(v.len() >= 100, "only {} vectors", v.len());
    assert!(v.iter().any(|s| s.contains('\0')));
    assert!(v.iter().any(|s| s.contains('\t')));
}

#[test]
fn no_vector_survives() {
    let policy = HtmlPolicy::default();
    let options = CleanOptions::new(&policy);
    let mut failures = Vec::new();
    for vector in vectors() {
        let out = clean_html(&vector, &options).html;
        if let Err(e) = check_tree(&out) {
            failures.push(format!("{vector:?}\n  -> {out:?}\n  {e}"));
        }
        // Cleaning clean output changes nothing.
        let again = sanitize_html(&out, &policy);
        if again != out {
            failures.push(format!("{vector:?}: not idempotent: {out:?} -> {again:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn no_vector_survives_chrome_rules_and_a_hostile_rewriter() {
    // A loader bug that rewrites every URL into script must not get through
    // either: rewritten URLs are sanitised like the others.
    let hostile = |u: &UrlRef<'_>| {
        Some(if u.element == "iframe" {
            "javascript:alert(1)".to_owned()
        } else {
            " java\tscript:alert(document.domain)".to_owned()
        })
    };
    let policy = HtmlPolicy::default();
    let rules = ChromeRules::default();
    let options = CleanOptions::new(&policy)
        .with_chrome(&rules)
        .with_url_rewriter(&hostile);
    let mut failures = Vec::new();
    for vector in vectors() {
        let out = clean_html(&vector, &options).html;
        if let Err(e) = check_tree(&out) {
            failures.push(format!("{vector:?}\n  -> {out:?}\n  {e}"));
        }
    }
    let out = clean_html(
        "<a href=\"/tin/1.html\">Tin</a><img src=\"/uploads/a.jpg\">",
        &options,
    );
    assert_eq!(
        out.html, "<a rel=\"noopener noreferrer\">Tin</a><img>",
        "the hostile rewrites are dropped"
    );
    assert_eq!(out.report.urls_rewritten, 2);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_checker_catches_what_it_should() {
    for bad in [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\" java&#9;script:alert(1)\">x</a>",
        "<iframe src=\"https://evil.example/\"></iframe>",
        "<iframe srcdoc=\"x\"></iframe>",
        "<svg></svg>",
        "<p style=\"x\">a</p>",
        "<img src=\"data:image/svg+xml,x\">",
        "<!-- c -->",
        "<form></form>",
    ] {
        assert!(check_tree(bad).is_err(), "{bad}");
    }
    for good in [
        "<p>Việt &lt;script&gt;</p>",
        "<a href=\"https://chinhphu.vn/\" rel=\"noopener noreferrer\">x</a>",
        "<img src=\"data:image/png;base64,iVBORw0KGgo=\">",
        "<iframe src=\"https://www.youtube.com/embed/x\"></iframe>",
    ] {
        assert_eq!(check_tree(good), Ok(()), "{good}");
    }
}
