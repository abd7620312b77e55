//! Plain text: cleaning plain fields and flattening HTML bodies to text.
//!
//! Both share one whitespace model ([`TextBuilder`]) so a lead cleaned with
//! [`clean_plain`] and a body flattened with [`html_to_text`] look alike:
//!
//! * every run of horizontal whitespace (space, tab, NBSP, other Unicode
//!   spaces) becomes one ASCII space;
//! * lines are trimmed; there is at most one blank line in a row;
//! * the whole text is trimmed;
//! * control characters other than `\n` and `\t` are removed (`\t` then folds
//!   like any other space);
//! * the result is NFC.

use std::borrow::Cow;

use markup5ever_rcdom::{Handle, NodeData};
use unicode_normalization::{is_nfc_quick, IsNormalized};

use crate::dom;
use crate::entities::decode_entities;
use crate::nfc::nfc;

/// A break between two pieces of text. Ordered so merging two adjacent
/// block boundaries keeps the stronger one (`</div><div>` is one line break,
/// `</div><p>` a blank line).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Break {
    None,
    Line,
    Paragraph,
}

/// Accumulates text while folding whitespace lazily: separators are only
/// written when the next visible character arrives, which trims lines and
/// the whole text for free.
#[derive(Debug, Default)]
struct TextBuilder {
    out: String,
    pending_break: Option<Break>,
    pending_space: bool,
}

impl TextBuilder {
    /// Appends text. With `newlines_break`, `\n` (and `\r\n`, `\r`) are line
    /// breaks; otherwise they are ordinary whitespace, as in HTML source.
    fn text(&mut self, s: &str, newlines_break: bool) {
        let mut prev_cr = false;
        for c in s.chars() {
            let was_cr = std::mem::replace(&mut prev_cr, c == '\r');
            if newlines_break && (c == '\n' || c == '\r') {
                // `\r\n` is one line break, not two.
                if !(c == '\n' && was_cr) {
                    self.line_break();
                }
            } else if c.is_whitespace() {
                self.pending_space = true;
            } else if c.is_control() {
                // Dropped without separating words: stray controls come
                // from broken encodings inside words, not between them.
            } else {
                self.push_visible(c);
            }
        }
    }

    /// Records a block boundary of strength `b`.
    fn block(&mut self, b: Break) {
        if b == Break::None {
            // Inline elements must not swallow the space before them.
            return;
        }
        let current = self.pending_break.unwrap_or(Break::None);
        self.pending_break = Some(current.max(b));
        self.pending_space = false;
    }

    /// A hard line break (`<br>`, or `\n` in plain text): unlike block
    /// boundaries, two in a row make a blank line.
    fn line_break(&mut self) {
        self.pending_break = Some(match self.pending_break {
            None | Some(Break::None) => Break::Line,
            Some(Break::Line | Break::Paragraph) => Break::Paragraph,
        });
        self.pending_space = false;
    }

    fn push_visible(&mut self, c: char) {
        if !self.out.is_empty() {
            match self.pending_break {
                Some(Break::Paragraph) => self.out.push_str("\n\n"),
                Some(Break::Line) => self.out.push('\n'),
                None | Some(Break::None) => {
                    if self.pending_space {
                        self.out.push(' ');
                    }
                }
            }
        }
        self.pending_break = None;
        self.pending_space = false;
        self.out.push(c);
    }

    fn finish(self) -> String {
        match nfc(&self.out) {
            Cow::Borrowed(_) => self.out,
            Cow::Owned(s) => s,
        }
    }
}

/// Cleans a plain (non-HTML) field such as a title, alias or lead.
///
/// Entities are decoded once, the text is NFC-normalised, control
/// characters other than `\n`/`\t` are removed and whitespace is trimmed
/// and folded (see the module docs; line breaks survive, at most one blank
/// line). Borrows when the input is already clean.
pub fn clean_plain(s: &str) -> Cow<'_, str> {
    if is_already_clean(s) {
        return Cow::Borrowed(s);
    }
    let decoded = decode_entities(s);
    let mut builder = TextBuilder::default();
    builder.text(&decoded, true);
    let cleaned = builder.finish();
    if cleaned == s {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(cleaned)
    }
}

/// Cheap allocation-free test that [`clean_plain`] would return `s`
/// unchanged; most titles in a dump are already clean.
fn is_already_clean(s: &str) -> bool {
    if s.contains('&') || is_nfc_quick(s.chars()) != IsNormalized::Yes {
        return false;
    }
    let mut prev: Option<char> = None;
    let mut newline_run = 0;
    for c in s.chars() {
        match c {
            ' ' => {
                if matches!(prev, None | Some(' ' | '\n')) {
                    return false;
                }
            }
            '\n' => {
                newline_run += 1;
                if newline_run > 2 || matches!(prev, None | Some(' ')) {
                    return false;
                }
            }
            c if c.is_whitespace() || c.is_control() => return false,
            _ => {}
        }
        if c != '\n' {
            newline_run = 0;
        }
        prev = Some(c);
    }
    !matches!(prev, Some(' ' | '\n'))
}

/// Flattens an HTML body to plain text for search and summaries.
///
/// Parsed with html5ever (so entities are decoded exactly once and broken
/// markup is repaired the way browsers do). Tags are removed; `script`,
/// `style`, `template`, `noscript`, `iframe`, `object`, `textarea` and
/// `select` contribute no text. Paragraph-like blocks (`p`, `h1`–`h6`,
/// `blockquote`, `pre`, lists, tables, `figure`, `hr`) are separated by a
/// blank line; `div`, `li`, `tr`, `dt`, `dd`, captions and `br` end a line
/// (two `br` in a row make a blank line); table cells are separated by a
/// space. Newlines inside `pre` are kept. Whitespace is folded as described
/// in the module docs and the result is NFC.
pub fn html_to_text(html: &str) -> String {
    let fragment = dom::Fragment::parse(html);
    let Some(root) = fragment.root() else {
        return String::new();
    };
    let mut builder = TextBuilder::default();
    // Explicit stack instead of recursion: deeply nested markup (thousands
    // of unclosed <div>s are not rare in pasted content) must not overflow.
    enum Step {
        Enter(Handle),
        Leave(Break, bool),
    }
    let mut pre_depth = 0usize;
    let mut stack: Vec<Step> = root
        .children
        .borrow()
        .iter()
        .rev()
        .cloned()
        .map(Step::Enter)
        .collect();
    while let Some(step) = stack.pop() {
        let node = match step {
            Step::Enter(node) => node,
            Step::Leave(b, is_pre) => {
                builder.block(b);
                if is_pre {
                    pre_depth = pre_depth.saturating_sub(1);
                }
                continue;
            }
        };
        match &node.data {
            NodeData::Text { contents } => builder.text(&contents.borrow(), pre_depth > 0),
            NodeData::Element { name, .. } => {
                let tag: &str = &name.local;
                if SKIPPED.contains(&tag) {
                    continue;
                }
                if tag == "br" {
                    builder.line_break();
                    continue;
                }
                let brk = block_break(tag);
                if tag == "td" || tag == "th" {
                    builder.text(" ", false);
                }
                builder.block(brk);
                let is_pre = tag == "pre" || tag == "listing" || tag == "textarea";
                if is_pre {
                    pre_depth += 1;
                }
                stack.push(Step::Leave(brk, is_pre));
                stack.extend(
                    node.children
                        .borrow()
                        .iter()
                        .rev()
                        .cloned()
                        .map(Step::Enter),
                );
            }
            // Comments, doctypes, processing instructions carry no text.
            _ => {}
        }
    }
    builder.finish()
}

/// Elements whose content is never visible article text.
const SKIPPED: &[&str] = &[
    "script", "style", "template", "noscript", "iframe", "object", "embed", "textarea", "select",
    "head", "title",
];

/// The break an element puts around its content.
fn block_break(tag: &str) -> Break {
    match tag {
        "p" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "blockquote" | "pre" | "listing" | "ul"
        | "ol" | "dl" | "table" | "figure" | "hr" | "address" | "article" | "section" | "aside"
        | "header" | "footer" | "nav" | "main" | "fieldset" => Break::Paragraph,
        "div" | "li" | "tr" | "dt" | "dd" | "caption" | "figcaption" | "center" | "form"
        | "legend" | "details" | "summary" | "option" => Break::Line,
        _ => Break::None,
    }
}

/// Characters with no glyph that editors leave inside words: soft hyphen,
/// zero-width space/joiners, word joiner, BOM.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// Text folded for comparing lines and phrases: NFC, invisible characters
/// dropped, every whitespace run one space, no space at either end.
pub(crate) fn fold_spaces(s: &str) -> String {
    let n = nfc(s);
    let mut out = String::with_capacity(n.len());
    let mut space = false;
    for c in n.chars() {
        if is_invisible(c) {
            continue;
        }
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_plain_decodes_normalises_and_folds() {
        assert_eq!(
            clean_plain("  Sở GD&amp;ĐT&nbsp;&nbsp;tỉnh  Vie\u{0323}\u{0302}t\t"),
            "Sở GD&ĐT tỉnh Việt"
        );
        assert_eq!(clean_plain("a\u{0}b\u{7}c\u{1b}"), "abc");
        assert_eq!(
            clean_plain("Dòng 1 \r\n  Dòng 2\n\n\n\nDòng 3\n"),
            "Dòng 1\nDòng 2\n\nDòng 3"
        );
        assert_eq!(clean_plain("&amp;amp;"), "&amp;");
        assert_eq!(clean_plain(" \u{A0}\t\n"), "");
    }

    #[test]
    fn clean_plain_borrows_clean_input() {
        for s in ["Tin tức - Sự kiện", "Dòng 1\nDòng 2\n\nDòng 3", "", "a b"] {
            assert!(matches!(clean_plain(s), Cow::Borrowed(_)), "{s:?}");
            assert!(is_already_clean(s), "{s:?}");
        }
        for s in [
            " a", "a ", "a  b", "a\n b", "a \nb", "a\n\n\nb", "a\tb", "\na", "a\n", "a\u{A0}b",
        ] {
            assert!(!is_already_clean(s), "{s:?}");
            assert_ne!(clean_plain(s), s, "{s:?}");
        }
    }

    #[test]
    fn html_to_text_blocks_and_breaks() {
        let html = "<div><div><h2>Thông báo</h2><p>Sở Giáo dục&nbsp;và   Đào tạo\n thông báo:</p>\
                    <ul><li>Mục 1</li><li>Mục <b>2</b></li></ul><p>Dòng một<br />Dòng hai<br><br><br>Dòng ba</p>\
                    </div><div>Liên hệ</div><div>GD&amp;ĐT &amp;amp;</div></div>";
        assert_eq!(
            html_to_text(html),
            "Thông báo\n\nSở Giáo dục và Đào tạo thông báo:\n\nMục 1\nMục 2\n\n\
             Dòng một\nDòng hai\n\nDòng ba\n\nLiên hệ\nGD&ĐT &amp;"
        );
    }

    #[test]
    fn html_to_text_skips_invisible_and_handles_tables_pre() {
        let html = "<script>alert('x')</script><style>p{}</style><!-- c -->\
                    <table><tr><th>STT</th><th>Họ tên</th></tr><tr><td>1</td><td>Nguyễn Văn A</td></tr></table>\
                    <pre>a  b\nc</pre><iframe src=x>không</iframe>Vie\u{0323}\u{0302}t";
        assert_eq!(
            html_to_text(html),
            "STT Họ tên\n1 Nguyễn Văn A\n\na b\nc\n\nViệt"
        );
    }

    #[test]
    fn html_to_text_survives_deep_nesting_and_garbage() {
        let deep = "<div>".repeat(5_000) + "sâu";
        assert_eq!(html_to_text(&deep), "sâu");
        assert_eq!(html_to_text(""), "");
        assert_eq!(html_to_text("<p>a</b></i>b<p"), "ab");
        assert_eq!(html_to_text("x < y &lt; z"), "x < y < z");
    }
}
