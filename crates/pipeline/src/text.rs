//! What the pipeline does to text beyond decoding: the options a project
//! sets (`[text]` in portmig.toml), normalisation with a count per change
//! class for the audit log, and the facts taken from an article's text for
//! the new portal: the legal documents it cites.

use model::{FieldKind, LegalReference};
use std::collections::{BTreeMap, BTreeSet, HashSet};
use vntext::tone::ToneStyle;

/// Text options of a run.
#[derive(Clone, Debug)]
pub struct TextOptions {
    /// What HTML bodies may keep.
    pub html: vntext::HtmlPolicy,
    /// Find the legal documents articles cite.
    pub legal_references: bool,
    /// One tone-mark placement for the whole run.
    pub tone: ToneStyle,
    /// Find bylines (the body's signature line, the `author` field).
    pub bylines: bool,
    /// Page chrome to remove from bodies (view counters, "Các tin cùng
    /// chuyên mục", share bars...): the built-in rules plus a site's own.
    pub chrome: vntext::chrome::ChromeRules,
}

impl Default for TextOptions {
    fn default() -> Self {
        TextOptions {
            html: vntext::HtmlPolicy::default(),
            legal_references: true,
            tone: ToneStyle::default(),
            bylines: true,
            chrome: vntext::chrome::ChromeRules::default(),
        }
    }
}

/// What normalisation did to one item: a count per change class, and the
/// fields each class touched.
#[derive(Debug, Default)]
pub(crate) struct Changes {
    counts: BTreeMap<&'static str, (u64, BTreeSet<&'static str>)>,
    changed: BTreeSet<&'static str>,
}

impl Changes {
    fn add(&mut self, class: &'static str, n: u64, field: &'static str) {
        if n > 0 {
            let e = self.counts.entry(class).or_default();
            e.0 += n;
            e.1.insert(field);
        }
    }

    fn add_tone(&mut self, c: vntext::tone::Changes, field: &'static str) {
        self.add("tone_marks", c.tone_marks.into(), field);
        self.add("d_bar", c.d_bar.into(), field);
        self.add("invisible_characters", c.invisible.into(), field);
        self.add("spaces", c.spaces.into(), field);
    }

    fn add_report(&mut self, r: &vntext::CleanReport, field: &'static str) {
        self.add("chrome_removed", r.chrome_blocks_removed() as u64, field);
        self.add("empty_blocks", r.empty_blocks_removed as u64, field);
        self.add("word_junk", r.word_junk_removed as u64, field);
        self.add("urls_rewritten", r.urls_rewritten as u64, field);
        self.add(
            "unsafe_elements",
            r.sanitizer_dropped_elements as u64,
            field,
        );
        self.add(
            "unsafe_attributes",
            r.sanitizer_dropped_attributes as u64,
            field,
        );
        self.add("flattened_tags", r.flattened_tags as u64, field);
    }

    /// A field whose text changed (by any class, or by plain cleaning).
    pub(crate) fn field_changed(&mut self, field: &'static str) {
        self.changed.insert(field);
    }

    /// `(class, count, fields)` for every class applied, plus `cleaned` for
    /// fields changed by the basic cleaning (NFC, entities, sanitising)
    /// alone.
    pub(crate) fn classes(&self) -> Vec<(&'static str, u64, Vec<&'static str>)> {
        let mut out: Vec<_> = self
            .counts
            .iter()
            .map(|(k, (n, f))| (*k, *n, f.iter().copied().collect()))
            .collect();
        let by_class: BTreeSet<&str> = self
            .counts
            .values()
            .flat_map(|(_, f)| f.iter().copied())
            .collect();
        let other: Vec<&'static str> = self
            .changed
            .iter()
            .copied()
            .filter(|f| !by_class.contains(f))
            .collect();
        if !other.is_empty() {
            out.push(("cleaned", other.len() as u64, other));
        }
        out
    }
}

/// One normalised field.
pub(crate) struct Normalised {
    /// The field's new text.
    pub text: String,
    /// For HTML: a plain-text copy.
    pub plain: Option<String>,
    /// For HTML: the byline found in (and removed from) the body.
    pub byline: Option<vntext::byline::Byline>,
}

/// Normalises one field: plain fields are cleaned (entities, NFC, controls,
/// spaces) and get the run's tone-mark style. An HTML body loses its page
/// chrome, Word junk and empty blocks and is sanitised; then its byline is
/// taken out (chrome first: a trailing view counter hides the signature),
/// its text nodes get the tone-mark style, and a plain copy is made. The
/// body's URLs are offered to `rewrite_url` while it is cleaned (the
/// article's files: see `attach.rs`).
pub(crate) fn normalise(
    kind: FieldKind,
    field: &'static str,
    text: &str,
    opts: &TextOptions,
    rewrite_url: Option<&vntext::UrlRewriter<'_>>,
    changes: &mut Changes,
) -> Normalised {
    let plain = |t: &str, changes: &mut Changes| {
        let clean = vntext::clean_plain(t);
        let (toned, c) = vntext::tone::normalize(&clean, opts.tone);
        changes.add_tone(c, field);
        toned.into_owned()
    };
    let only = |text: String| Normalised {
        text,
        plain: None,
        byline: None,
    };
    match kind {
        FieldKind::Plain => only(plain(text, changes)),
        FieldKind::Summary if text.contains('<') => {
            only(plain(&vntext::html_to_text(text), changes))
        }
        FieldKind::Summary => only(plain(text, changes)),
        FieldKind::Lines => {
            let mut out: Vec<String> = Vec::new();
            for line in text.lines() {
                let l = plain(line, changes);
                if !l.is_empty() {
                    out.push(l);
                }
            }
            only(out.join("\n"))
        }
        FieldKind::Html => {
            let mut options = vntext::CleanOptions::new(&opts.html).with_chrome(&opts.chrome);
            if let Some(r) = rewrite_url {
                options = options.with_url_rewriter(r);
            }
            let cleaned = vntext::clean_html(text, &options);
            changes.add_report(&cleaned.report, field);
            let mut body = cleaned.html;
            let mut byline = None;
            if opts.bylines {
                if let Some((b, rest)) = vntext::byline::extract_from_html(&body) {
                    changes.add("byline_removed", 1, field);
                    byline = Some(b);
                    body = rest;
                }
            }
            let (toned, c) = vntext::normalize_html(&body, opts.tone);
            changes.add_tone(c, field);
            let body = toned.into_owned();
            let plain = vntext::html_to_text(&body);
            Normalised {
                text: body,
                plain: Some(plain),
                byline,
            }
        }
    }
}

/// The contributors of an article: the body's byline first, then the
/// `author` field for what it adds; and the credited source.
pub(crate) fn contributors(
    body: Option<vntext::byline::Byline>,
    author_field: &str,
) -> (Vec<model::Contributor>, String) {
    let field = vntext::byline::parse_author_field(author_field);
    let merged = vntext::byline::merge(body, field);
    let people = merged
        .authors
        .into_iter()
        .map(|a| model::Contributor {
            name: a.name,
            role: a.role.code().to_string(),
            affiliation: a.affiliation,
        })
        .collect();
    (people, merged.source.unwrap_or_default())
}

/// What makes two mentions the same document: its symbol, or kind, number
/// and year when there is none.
type DocId = (String, Option<String>, Option<u16>, Option<String>);

fn doc_id(r: &LegalReference) -> DocId {
    match &r.symbol {
        Some(s) => (String::new(), None, None, Some(s.clone())),
        None => (r.kind.clone(), r.number.clone(), r.year, None),
    }
}

/// The documents cited in `texts` (title, lead, body), in order of first
/// mention; a document cited twice is listed once, with what its later
/// mentions add (issuer, date, title).
pub(crate) fn references(texts: &[&str]) -> Vec<LegalReference> {
    let mut out: Vec<LegalReference> = Vec::new();
    let mut seen: HashSet<DocId> = HashSet::new();
    for t in texts {
        for r in vntext::legal::find_references(t) {
            let reference = LegalReference {
                kind: r.kind.abbr().unwrap_or(r.kind.name()).to_string(),
                number: r.number,
                year: r.year,
                symbol: r.symbol,
                issuer_code: r.issuer_code,
                issuer: r.issuer,
                issued_on: r.date.map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
                title: r.title,
            };
            let id = doc_id(&reference);
            if seen.insert(id.clone()) {
                out.push(reference);
            } else if let Some(prev) = out.iter_mut().find(|p| doc_id(p) == id) {
                prev.issuer = prev.issuer.take().or(reference.issuer);
                prev.issued_on = prev.issued_on.take().or(reference.issued_on);
                prev.title = prev.title.take().or(reference.title);
            }
        }
    }
    out
}

/// A document's số ký hiệu, canonical (`125/QD-UBND` -> `125/QĐ-UBND`),
/// when `vntext::legal` reads all of it as a symbol: after its type word
/// (`Công văn số 12/UBND-VP`: a công văn's symbol has no type code), else
/// on its own (`Số: 12/KH-UBND`). `None` when it does not parse.
pub(crate) fn document_symbol(doc_type: &str, code: &str) -> Option<String> {
    let code = code.trim();
    if code.is_empty() {
        return None;
    }
    let mut tries = Vec::new();
    if !doc_type.trim().is_empty() {
        tries.push(format!("{} số {code}", doc_type.trim()));
    }
    tries.push(format!("Số: {code}"));
    tries.into_iter().find_map(|text| {
        let r = vntext::legal::find_references(&text).into_iter().next()?;
        // All of the code, not a symbol inside other text.
        (r.span.end == text.len()).then_some(r.symbol).flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_symbols_parse_and_are_made_canonical() {
        for (ty, code, want) in [
            ("Quyết định", "125/QĐ-UBND", Some("125/QĐ-UBND")),
            ("Quyết định", " 125/QD-UBND ", Some("125/QĐ-UBND")),
            ("Nghị quyết", "10/2024/NQ-HĐND", Some("10/2024/NQ-HĐND")),
            ("Kế hoạch", "45/KH-UBND", Some("45/KH-UBND")),
            ("Thông báo", "12/TB-VPUB", Some("12/TB-VPUB")),
            ("Công văn", "1520/UBND-VX", Some("1520/UBND-VX")),
            ("", "45/KH-UBND", Some("45/KH-UBND")),
            ("Quyết định", "số mới", None),
            ("Quyết định", "", None),
        ] {
            assert_eq!(document_symbol(ty, code).as_deref(), want, "{ty} {code}");
        }
    }

    #[test]
    fn references_are_listed_once_with_their_details() {
        let title = "Triển khai Quyết định số 1209/QĐ-UBND";
        let body = "Ngày 17/3/2021, UBND tỉnh ban hành Quyết định số 1209/QĐ-UBND về việc \
                    phê duyệt kế hoạch; căn cứ Nghị định số 43/2011/NĐ-CP ngày 13 tháng 6 năm 2011 \
                    của Chính phủ. Quyết định 1209/QĐ-UBND có hiệu lực từ ngày ký.";
        let refs = references(&[title, body]);
        assert_eq!(refs.len(), 2, "{refs:#?}");
        assert_eq!(refs[0].symbol.as_deref(), Some("1209/QĐ-UBND"));
        assert_eq!(refs[0].kind, "QĐ");
        assert_eq!(refs[0].issued_on.as_deref(), Some("2021-03-17"));
        assert_eq!(refs[1].symbol.as_deref(), Some("43/2011/NĐ-CP"));
        assert_eq!(refs[1].year, Some(2011));
        assert_eq!(refs[1].issued_on.as_deref(), Some("2011-06-13"));
    }
}
