//! [`crate::tone::normalize`] applied to the text of an HTML body: text
//! nodes only (never tags, attributes or URLs), and not inside `pre`,
//! `code`, `script`, `style` or `textarea`, whose spacing is content.

use std::borrow::Cow;

use markup5ever_rcdom::{Handle, NodeData};

use crate::dom;
use crate::tone::{normalize, Changes, ToneStyle};

/// Elements whose text is left exactly as it is.
const VERBATIM: &[&str] = &["pre", "code", "script", "style", "textarea"];

/// Normalises the text nodes of `html` (see the module docs). Borrows when
/// nothing changed; the HTML is re-serialised only when something did.
pub fn normalize_html(html: &str, style: ToneStyle) -> (Cow<'_, str>, Changes) {
    let mut total = Changes::default();
    // ASCII text has no tone marks, Ð or invisible characters; its runs of
    // spaces are collapsed by every browser anyway.
    if html.is_ascii() {
        return (Cow::Borrowed(html), total);
    }
    let fragment = dom::Fragment::parse(html);
    let Some(root) = fragment.root() else {
        return (Cow::Borrowed(html), total);
    };
    walk(&root, style, &mut total);
    if total.is_empty() {
        return (Cow::Borrowed(html), total);
    }
    (Cow::Owned(dom::serialize_children(&root)), total)
}

fn walk(node: &Handle, style: ToneStyle, total: &mut Changes) {
    for child in node.children.borrow().iter() {
        match &child.data {
            NodeData::Text { contents } => {
                let text = contents.borrow().to_string();
                let (new, c) = normalize(&text, style);
                if let Cow::Owned(new) = new {
                    *contents.borrow_mut() = new.into();
                    *total += c;
                }
            }
            NodeData::Element { name, .. } if VERBATIM.contains(&&*name.local) => {}
            NodeData::Element { .. } => walk(child, style, total),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_nodes_only() {
        let html = "<p title=\"hoà\">Tỉnh Hoà Bình <a href=\"/hoà-bình\">thuỷ lợi</a></p>\
                    <pre>hoà   giải</pre>";
        let (out, c) = normalize_html(html, ToneStyle::Traditional);
        assert_eq!(
            out,
            "<p title=\"hoà\">Tỉnh Hòa Bình <a href=\"/hoà-bình\">thủy lợi</a></p>\
             <pre>hoà   giải</pre>"
        );
        assert_eq!(c.tone_marks, 2);
    }

    #[test]
    fn text_touching_tags() {
        let (out, _) = normalize_html("<p>Hoà</p><p><b>Thuỷ</b>,lợi</p>", ToneStyle::Traditional);
        assert_eq!(out, "<p>Hòa</p><p><b>Thủy</b>,lợi</p>");
    }

    #[test]
    fn clean_html_is_borrowed() {
        let html = "<p>Tỉnh Hòa Bình</p>";
        assert!(matches!(
            normalize_html(html, ToneStyle::Traditional).0,
            Cow::Borrowed(_)
        ));
    }
}
