//! Bylines: who wrote, photographed, filmed, drew or translated an article.
//!
//! Earlier conversions of the old portals lost the `author` field of many
//! articles, so royalty (nhuận bút) statistics went wrong. The byline is
//! usually still in the body — "Tin: Thu Hà. Ảnh: Quốc Tuấn" as the last
//! paragraph — or in NukeViet's free-text `author` field. This module reads
//! both into [`Byline`]s ([`Author`]s with a [`Role`], plus the source an
//! article was taken from) and removes the recognised byline block from the
//! body.
//!
//! **Precision first.** A wrong author costs someone money and removing a
//! real sentence corrupts an article, while a byline we miss only stays in
//! the body as it was. So a block is recognised only when *all* of it
//! parses:
//!
//! * role labels (`Tin:`, `Bài và ảnh:`, `Đồ họa:` …, see [`Role`]) and
//!   source labels (`Nguồn:`, `Theo`) from fixed tables;
//! * names of 1–5 capitalised Vietnamese syllables (checked with
//!   [`vnenc::syllable::is_vietnamese_syllable`]) or initials (`N.V.Hùng`,
//!   `P.V`), no function words ("của", "và", "được" …); a name alone on a
//!   line needs two syllables (or initials), a labelled one may have one;
//!   all-capitals names only after a label or in the `author` field;
//! * desk designations (`PV`, `CTV`, `BBT`, `Nhóm PV` …), news agencies
//!   (`TTXVN`), organisations (`Trung tâm …`, `Phòng …`, `UBND …`) and
//!   outlets (`Báo …`, `Cổng TTĐT …`, domains) from keyword tables.
//!
//! A line longer than 80 characters is not a byline unless it starts with a
//! role or source label. Anything else on the line — a lower-case word, a
//! colon that is not a label, a digit in a name, a `!` — and nothing is
//! recognised. A name alone on the last line is also refused when the line
//! before it looks like a signature block (`CHỦ TỊCH`, `KT. GIÁM ĐỐC`,
//! `(Đã ký)`, any all-capitals line), is itself a name (a list of names),
//! or ends with a colon (the name answers a field: "Địa điểm: / Hà Nội").
//!
//! **Blocks.** [`extract_from_html`] looks at the last non-empty block of
//! the body (a paragraph, a `div`, or a line ended by `<br>`). Up to two
//! blocks before it are added when they are bylines too ("Tin: …" / "Ảnh:
//! …" as two paragraphs, a name followed by "(Theo Báo …)"). When the end of
//! the body is not a byline, the first block is tried, but only if it has an
//! explicit label ("Bài và ảnh: …", "Nguồn: …"): a bare name at the top of
//! an article is too often something else. Blocks inside tables, lists,
//! `pre` and `figure`, and blocks holding images or embeds, are never taken.
//!
//! The body is parsed with the crate's html5ever DOM (via [`html_to_text`]
//! and `crate::dom`) to get each block's text and formatting. Because the
//! rest of the body must stay byte for byte as it was, the block's position
//! in the source is found with a small tag scanner (tag boundaries only, no
//! tree building), and the cut is then verified with the DOM: the text of
//! the remaining body must be exactly the text of the original minus the
//! byline, and the cut must not leave a tag unbalanced; otherwise nothing is
//! removed and `None` is returned.
//!
//! **Datelines.** "Hà Nội (TTXVN) – Sáng nay, …" opens a paragraph of the
//! article itself, so no block is removed for it; [`parse_dateline`] reads
//! the place and agency and gives the range of the prefix, for the caller to
//! use as the source when the byline has none.
//!
//! Everything returned is NFC, with whitespace folded; names, affiliations
//! and sources are kept as written (academic titles and ranks such as
//! "ThS." or "Thiếu tá" and desk prefixes such as "CTV" are dropped from the
//! name; the latter become the role).

use std::fmt;
use std::ops::Range;
use std::str::FromStr;

use markup5ever_rcdom::{Handle, NodeData};
use vnenc::syllable::is_vietnamese_syllable;

use crate::text::fold_spaces;
use crate::{clean_plain, dom, html_to_text, nfc};

// ---------------------------------------------------------------------------
// Public types

/// What an author did for the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// Wrote the text: "Tin:", "Bài:", "Tác giả:", "Bài viết:", "Nội dung:".
    Text,
    /// Took the photos: "Ảnh:", "Hình ảnh:".
    Photo,
    /// Both: "Bài và ảnh:", "Tin và ảnh:", "Tin, ảnh:", "Bài/ảnh:".
    TextAndPhoto,
    /// "Video:", "Clip:", "Quay phim:".
    Video,
    /// "Đồ họa:", "Infographic:", "Thiết kế:", "Minh họa:".
    Graphics,
    /// "Dịch:", "Lược dịch:", "Biên dịch:", "(lược dịch)".
    Translation,
    /// "Tổng hợp:", "(tổng hợp)", "(st)" (sưu tầm), "Biên soạn:".
    Compiled,
    /// "Thực hiện:", "Nhóm thực hiện:", "Sản xuất:".
    Production,
    /// A collaborator: "CTV", "Cộng tác viên", "(CTV)", "CTV Lan Hương".
    Collaborator,
    /// The newsroom or a staff reporter: "PV", "Phóng viên", "BBT", "Ban
    /// Biên tập", "Nhóm PV", an agency signing alone ("TTXVN"), an office
    /// signing as a whole.
    Desk,
    /// Signed without a role: a name alone at the end of the article.
    Unknown,
}

impl Role {
    /// Every role, in declaration order.
    pub const ALL: [Role; 11] = [
        Role::Text,
        Role::Photo,
        Role::TextAndPhoto,
        Role::Video,
        Role::Graphics,
        Role::Translation,
        Role::Compiled,
        Role::Production,
        Role::Collaborator,
        Role::Desk,
        Role::Unknown,
    ];

    /// Stable snake_case code, for reports and test data ("text_and_photo").
    pub fn code(self) -> &'static str {
        match self {
            Role::Text => "text",
            Role::Photo => "photo",
            Role::TextAndPhoto => "text_and_photo",
            Role::Video => "video",
            Role::Graphics => "graphics",
            Role::Translation => "translation",
            Role::Compiled => "compiled",
            Role::Production => "production",
            Role::Collaborator => "collaborator",
            Role::Desk => "desk",
            Role::Unknown => "unknown",
        }
    }

    /// The usual Vietnamese label ("Bài và ảnh").
    pub fn label_vi(self) -> &'static str {
        match self {
            Role::Text => "Bài",
            Role::Photo => "Ảnh",
            Role::TextAndPhoto => "Bài và ảnh",
            Role::Video => "Video",
            Role::Graphics => "Đồ họa",
            Role::Translation => "Dịch",
            Role::Compiled => "Tổng hợp",
            Role::Production => "Thực hiện",
            Role::Collaborator => "Cộng tác viên",
            Role::Desk => "Phóng viên / Ban Biên tập",
            Role::Unknown => "(không ghi)",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A string that is not one of the [`Role::code`]s.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownRole(pub String);

impl fmt::Display for UnknownRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown byline role `{}`", self.0)
    }
}

impl std::error::Error for UnknownRole {}

impl FromStr for Role {
    type Err = UnknownRole;

    /// Parses a [`Role::code`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|r| r.code() == s)
            .ok_or_else(|| UnknownRole(s.to_owned()))
    }
}

/// One credited person (or desk, or office).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Author {
    /// The name as signed (NFC, whitespace folded; academic titles, ranks
    /// and desk prefixes removed): "Nguyễn Văn Hùng", "N.V.Hùng", "PV".
    pub name: String,
    /// What they did.
    pub role: Role,
    /// Where they work, when the byline says so: "Trung tâm VHTT huyện",
    /// "TTXVN".
    pub affiliation: Option<String>,
}

impl Author {
    /// `true` when the name is only a desk designation ("PV", "P.V",
    /// "Phóng viên", "CTV", "BBT", "Ban Biên tập", "Nhóm PV", or an agency
    /// such as "TTXVN" signing alone): a pseudonym of the newsroom, not a
    /// person royalties can be paid to by name.
    pub fn is_role_only(&self) -> bool {
        desk_word(&self.name).is_some()
            || self.affiliation.as_deref().is_some_and(|a| a == self.name)
    }
}

/// The credits of one article.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Byline {
    /// Authors in the order the byline names them.
    pub authors: Vec<Author>,
    /// Where the article was taken from ("Báo Sơn La", "TTXVN",
    /// "baochinhphu.vn"), when it says so.
    pub source: Option<String>,
}

impl Byline {
    /// No author and no source.
    pub fn is_empty(&self) -> bool {
        self.authors.is_empty() && self.source.is_none()
    }
}

/// A dateline opening an article: "Hà Nội (TTXVN) – …".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// "Hà Nội"; `None` for "(TTXVN) – …".
    pub place: Option<String>,
    /// "TTXVN", "VOV", "Chinhphu.vn", "PV".
    pub agency: String,
    /// Byte range of the prefix in the text given, from the place up to and
    /// including the dash and the spaces after it.
    pub range: Range<usize>,
}

// ---------------------------------------------------------------------------
// Public functions

/// Finds the byline of an HTML body.
///
/// Looks at the last non-empty block (plus up to two byline blocks right
/// before it), or, when that is not a byline, the first block if it carries
/// an explicit label. Returns the byline and the body with exactly that
/// block (or run of blocks) removed — every other byte is kept as it was,
/// including the whitespace around the block; a `<br>` that separated the
/// removed line from the text before it goes with it. Returns `None`, and
/// the body is to be left untouched, when no block is recognised or the
/// block cannot be cut out cleanly.
pub fn extract_from_html(html: &str) -> Option<(Byline, String)> {
    let mut toks = lex(html);
    mark_blank(html, &mut toks);
    let units = html_units(html, &toks);
    // Text of the last few non-empty units and of the first, computed
    // lazily: each is a DOM parse of a small slice.
    let mut tail: Vec<(usize, UnitInfo)> = Vec::new();
    for (i, u) in units.iter().enumerate().rev() {
        if tail.len() == TAIL_UNITS {
            break;
        }
        if let Some(info) = unit_info(html, &toks, u) {
            tail.push((i, info));
        }
    }
    tail.reverse();
    let first_tail = tail.first().map_or(usize::MAX, |(i, _)| *i);
    let mut head: Option<(usize, UnitInfo)> = None;
    for (i, u) in units
        .iter()
        .enumerate()
        .take_while(|(i, _)| *i < first_tail)
    {
        if let Some(info) = unit_info(html, &toks, u) {
            head = Some((i, info));
            break;
        }
    }
    // No non-empty unit before the tail: the tail starts at the first one.
    let tail_complete = head.is_none();
    let head = head.or_else(|| tail.first().cloned());
    let tail_infos: Vec<UnitInfo> = tail.iter().map(|(_, i)| i.clone()).collect();
    let picked = pick(head.as_ref().map(|(_, i)| i), &tail_infos, tail_complete)?;
    let (first, last, at_start) = match picked.place {
        Place::Tail(lo, hi) => (tail[lo].0, tail[hi].0, false),
        Place::Head => {
            let i = head.as_ref()?.0;
            (i, i, true)
        }
    };
    let (a, b) = removal_span(&toks, &units[first], &units[last], at_start)?;
    // Never remove media or tables together with a byline.
    if toks[a..b].iter().any(|t| {
        matches!(t.kind, TokKind::Open | TokKind::Close) && MEDIA.contains(&t.name.as_str())
    }) {
        return None;
    }
    let range = toks[a].start..toks[b - 1].end;
    let mut rest = String::with_capacity(html.len());
    rest.push_str(&html[..range.start]);
    rest.push_str(&html[range.end..]);
    // Verification with the DOM: the text removed is exactly the byline's,
    // and the remaining body reads as the original minus the byline.
    let removed = squash(&picked.texts.concat());
    if squash(&html_to_text(&html[range])) != removed {
        return None;
    }
    let full_text = html_to_text(html);
    let rest_text = html_to_text(&rest);
    let ok = if at_start {
        full_text.ends_with(&rest_text)
            && squash(&full_text[..full_text.len() - rest_text.len()]) == removed
    } else {
        full_text.starts_with(&rest_text) && squash(&full_text[rest_text.len()..]) == removed
    };
    ok.then_some((picked.byline, rest))
}

/// Finds the byline of a plain-text body (lines separated by `\n` or
/// `\r\n`): the last non-empty line (plus up to two byline lines right
/// before it), or the first line when it has an explicit label. Returns the
/// byline and the byte range of the recognised line(s) in `text`, from the
/// first non-blank character to the last (surrounding whitespace and line
/// breaks are not included).
pub fn extract_from_text(text: &str) -> Option<(Byline, Range<usize>)> {
    let mut lines: Vec<(Range<usize>, UnitInfo)> = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let end = start + line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        let lead = content.len() - content.trim_start().len();
        let trimmed = content.trim();
        if !trimmed.is_empty() {
            let r = start + lead..start + lead + trimmed.len();
            lines.push((
                r,
                UnitInfo {
                    text: trimmed.to_owned(),
                    usable: true,
                    emphasised: false,
                },
            ));
        }
        start = end;
    }
    let tail_from = lines.len().saturating_sub(TAIL_UNITS);
    let tail: Vec<UnitInfo> = lines[tail_from..].iter().map(|(_, u)| u.clone()).collect();
    let head = lines.first().map(|(_, u)| u.clone());
    let picked = pick(head.as_ref(), &tail, tail_from == 0)?;
    let range = match picked.place {
        Place::Tail(lo, hi) => lines[tail_from + lo].0.start..lines[tail_from + hi].0.end,
        Place::Head => lines[0].0.clone(),
    };
    Some((picked.byline, range))
}

/// Reads NukeViet's free-text `author` field.
///
/// The same grammar as a byline in the body, but more lenient, since the
/// field is known to hold a credit: entities are decoded, single-syllable and
/// all-capitals names and organisations ("Hội Nông dân xã") are accepted,
/// and text that does not parse is kept whole as one author with
/// [`Role::Unknown`] ("thuytrang"). System accounts ("admin", "webmaster",
/// "quản trị") and "Sưu tầm"/"Internet" give an empty byline.
pub fn parse_author_field(s: &str) -> Byline {
    let cleaned = clean_plain(s);
    let one_line = fold_spaces(&cleaned);
    let k = key(&one_line);
    if one_line.is_empty()
        || SYSTEM_ACCOUNTS.contains(&k.as_str())
        || NON_PERSON.contains(&k.as_str())
    {
        return Byline::default();
    }
    let ctx = Ctx {
        field: true,
        emphasised: false,
    };
    if let Some(p) = parse_line(&one_line, ctx) {
        return p.byline;
    }
    let chars = one_line.chars().count();
    if chars <= MAX_LINE && one_line.chars().any(char::is_alphabetic) {
        let name = trim_terminators(&one_line).to_owned();
        return Byline {
            authors: vec![Author {
                name,
                role: Role::Unknown,
                affiliation: None,
            }],
            source: None,
        };
    }
    Byline::default()
}

/// Merges the byline found in the body with the `author` field: the body's
/// authors first, in order; the field adds the authors the body lacks (no
/// duplicates by NFC-casefolded name, dots and spacing ignored, so "P.V" and
/// "PV" are one), fills the role of a body author signed without one and an
/// affiliation the body did not give, and the source when the body has none.
pub fn merge(body: Option<Byline>, field: Byline) -> Byline {
    let mut out = body.unwrap_or_default();
    for a in field.authors {
        let k = name_key(&a.name);
        if let Some(e) = out.authors.iter_mut().find(|e| name_key(&e.name) == k) {
            if e.role == Role::Unknown && a.role != Role::Unknown {
                e.role = a.role;
            }
            if e.affiliation.is_none() {
                e.affiliation = a.affiliation;
            }
        } else {
            out.authors.push(a);
        }
    }
    if out.source.is_none() {
        out.source = field.source;
    }
    out
}

/// Reads a dateline at the start of the first non-empty line of `text`:
/// "Hà Nội (TTXVN) – Sáng 12/3, …", "TP Hồ Chí Minh (VOV) - …",
/// "(Chinhphu.vn) - …". The place must be 1–6 capitalised syllables or
/// abbreviations (optionally followed by ", 12/3"), the agency an agency,
/// outlet, domain, acronym or desk word, and the dash (or colon) must be
/// followed by the article's text.
pub fn parse_dateline(text: &str) -> Option<Dateline> {
    let lead = text.len() - text.trim_start().len();
    let line_end = text[lead..].find('\n').map_or(text.len(), |i| lead + i);
    let line = &text[lead..line_end];
    let open = line.find('(')?;
    if open > 60 {
        return None;
    }
    let close = open + line[open..].find(')')?;
    let place_raw = line[..open].trim();
    let agency = line[open + 1..close].trim();
    let after = &line[close + 1..];
    let after_trim = after.trim_start();
    let dash = after_trim.chars().next()?;
    if !matches!(dash, '-' | '–' | '—' | ':') {
        return None;
    }
    let rest = &after_trim[dash.len_utf8()..];
    let rest_trim = rest.trim_start();
    if rest_trim.is_empty() || rest.len() == rest_trim.len() {
        return None;
    }
    let place = if place_raw.is_empty() {
        None
    } else {
        let p = match place_raw.split_once(',') {
            Some((p, date))
                if date
                    .trim()
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == '/' || c == '-') =>
            {
                p.trim()
            }
            _ => place_raw,
        };
        let toks: Vec<&str> = p.split_whitespace().collect();
        let ok = !toks.is_empty()
            && toks.len() <= 6
            && toks.iter().all(|t| {
                let t = t.trim_end_matches('.');
                (is_title_case(t) && is_vietnamese_syllable(t) && !is_stop(t))
                    || is_acronym(t)
                    || t.split('.').all(|p| !p.is_empty() && is_acronym(p))
            });
        if !ok {
            return None;
        }
        Some(nfc(p).into_owned())
    };
    let agency_ok = agency_name(agency)
        || outlet(agency)
        || is_domain(agency)
        || is_acronym(agency)
        || desk_word(agency).is_some();
    if !agency_ok {
        return None;
    }
    let prefix_end = line.len() - rest_trim.len();
    Some(Dateline {
        place,
        agency: nfc(agency).into_owned(),
        range: lead..lead + prefix_end,
    })
}

// ---------------------------------------------------------------------------
// Choosing blocks

/// How many non-empty blocks at the end are looked at: a run of up to three
/// plus the two before it (to tell a signature from a list of names).
const TAIL_UNITS: usize = 5;
/// The longest run of byline blocks.
const MAX_RUN: usize = 3;
/// A line longer than this (in characters) is a byline only when it starts
/// with a label.
const MAX_LINE: usize = 80;
/// Hard limit even with a label.
const MAX_LABELLED_LINE: usize = 200;

#[derive(Debug, Clone)]
struct UnitInfo {
    text: String,
    /// Not inside a table, list, `pre` or `figure`.
    usable: bool,
    /// Right-aligned, or all of its text bold/italic.
    emphasised: bool,
}

enum Place {
    /// Indices into the tail, inclusive.
    Tail(usize, usize),
    Head,
}

struct Picked {
    place: Place,
    byline: Byline,
    texts: Vec<String>,
}

fn pick(head: Option<&UnitInfo>, tail: &[UnitInfo], tail_complete: bool) -> Option<Picked> {
    if let Some(p) = pick_tail(tail, tail_complete) {
        return Some(p);
    }
    let h = head?;
    if !h.usable {
        return None;
    }
    // The first block alone, and only with an explicit label.
    let p = parse_unit(h)?;
    if p.kind != LineKind::Labelled {
        return None;
    }
    // A one-block body: its only block is both first and last, and the tail
    // already refused it.
    if tail.len() == 1 && tail_complete {
        return None;
    }
    Some(Picked {
        place: Place::Head,
        byline: p.byline,
        texts: vec![h.text.clone()],
    })
}

fn parse_unit(u: &UnitInfo) -> Option<Parsed> {
    parse_line(
        &u.text,
        Ctx {
            field: false,
            emphasised: u.emphasised,
        },
    )
}

fn pick_tail(tail: &[UnitInfo], tail_complete: bool) -> Option<Picked> {
    let n = tail.len();
    let last = tail.last()?;
    if !last.usable {
        return None;
    }
    let p = parse_unit(last)?;
    if p.kind == LineKind::Bare && !bare_ok(tail, n - 1, tail_complete) {
        return None;
    }
    let mut run = vec![p];
    let mut lo = n - 1;
    while lo > 0 && run.len() < MAX_RUN {
        let u = &tail[lo - 1];
        if !u.usable {
            break;
        }
        let Some(q) = parse_unit(u) else { break };
        if q.kind == LineKind::Bare {
            // A bare name only directly above a labelled or source line, and
            // it ends the run.
            if run[0].kind == LineKind::Bare || !bare_ok(tail, lo - 1, tail_complete) {
                break;
            }
            run.insert(0, q);
            lo -= 1;
            break;
        }
        run.insert(0, q);
        lo -= 1;
    }
    let mut byline = Byline::default();
    for p in run {
        for a in p.byline.authors {
            push_author(&mut byline.authors, a);
        }
        if byline.source.is_none() {
            byline.source = p.byline.source;
        }
    }
    Some(Picked {
        place: Place::Tail(lo, n - 1),
        byline,
        texts: tail[lo..].iter().map(|u| u.text.clone()).collect(),
    })
}

/// May the bare (unlabelled) byline `tail[i]` be a signature?
fn bare_ok(tail: &[UnitInfo], i: usize, tail_complete: bool) -> bool {
    if i == 0 {
        // Nothing before it that we know of: a body that is only a name is
        // not an article with a byline.
        return !tail_complete;
    }
    let prev = fold_spaces(&tail[i - 1].text);
    if prev.ends_with(':') || looks_like_signer(&prev) {
        return false;
    }
    // A name under a name is a list, not a signature.
    !matches!(parse_unit(&tail[i - 1]), Some(p) if p.kind == LineKind::Bare && !p.byline.authors.is_empty())
}

/// A line of a signature block of an official document.
fn looks_like_signer(line: &str) -> bool {
    if line.chars().count() > 60 {
        return false;
    }
    let letters: Vec<char> = line.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) {
        return true;
    }
    let k = key(line);
    SIGNER_MARKERS.iter().any(|m| k.contains(m))
}

// ---------------------------------------------------------------------------
// Parsing one line

#[derive(Debug, Clone, Copy)]
struct Ctx {
    /// NukeViet's `author` field: lenient.
    field: bool,
    /// Right-aligned or bold block: an organisation alone is a signature.
    emphasised: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineKind {
    /// Has a role or source label ("Tin:", "Nguồn:") or is a bracketed
    /// source ("(Theo Báo …)").
    Labelled,
    /// "Theo X" without brackets.
    Source,
    /// Names only.
    Bare,
}

#[derive(Debug)]
struct Parsed {
    byline: Byline,
    kind: LineKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LabelKind {
    Roles([Option<Role>; 3]),
    Source,
}

#[derive(Debug)]
struct Label {
    start: usize,
    value_start: usize,
    kind: LabelKind,
}

fn parse_line(raw: &str, ctx: Ctx) -> Option<Parsed> {
    let folded = fold_spaces(raw);
    let mut s = strip_decorations(&folded);
    let mut bracketed = false;
    if let Some(inner) = unbracket(s) {
        s = strip_decorations(inner);
        bracketed = true;
    }
    if s.is_empty() {
        return None;
    }
    let chars = s.chars().count();
    let labels = find_labels(s)?;
    let starts_with_label = labels.first().is_some_and(|l| l.start == 0);
    let source_word = starts_with_source_word(s).is_some();
    if chars > MAX_LABELLED_LINE || (chars > MAX_LINE && !starts_with_label && !source_word) {
        return None;
    }
    let mut out = Byline::default();
    let pre_end = labels.first().map_or(s.len(), |l| l.start);
    let pre = trim_seps(&s[..pre_end]);
    let mut kind = if labels.is_empty() {
        LineKind::Bare
    } else {
        LineKind::Labelled
    };
    if !pre.is_empty() {
        if labels.is_empty() {
            if let Some(rest) = starts_with_source_word(pre) {
                out.source = Some(parse_source(rest, Strictness::Strict)?);
                kind = if bracketed {
                    LineKind::Labelled
                } else {
                    LineKind::Source
                };
            } else {
                parse_people(pre, None, ctx, &mut out)?;
            }
        } else {
            parse_people(pre, None, ctx, &mut out)?;
        }
    }
    for (i, l) in labels.iter().enumerate() {
        let end = labels.get(i + 1).map_or(s.len(), |n| n.start);
        let value = trim_seps(&s[l.value_start..end]);
        match l.kind {
            LabelKind::Source => {
                let src = parse_source(value, Strictness::Liberal)?;
                if out.source.is_none() {
                    out.source = Some(src);
                }
            }
            LabelKind::Roles(roles) => {
                if value.is_empty() {
                    return None;
                }
                for role in roles.into_iter().flatten() {
                    parse_people(value, Some(role), ctx, &mut out)?;
                }
            }
        }
    }
    if out.is_empty() {
        return None;
    }
    if bracketed && kind == LineKind::Bare && out.authors.is_empty() {
        kind = LineKind::Labelled;
    }
    Some(Parsed { byline: out, kind })
}

/// Finds the role and source labels of a line (a label is a known phrase
/// followed by a colon). `None` when a colon outside brackets is not a label
/// (e.g. "Xem thêm:", "Địa chỉ:").
fn find_labels(s: &str) -> Option<Vec<Label>> {
    let mut labels: Vec<Label> = Vec::new();
    let mut depth = 0i32;
    for (pos, c) in s.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ':' if depth <= 0 => {
                if labels.last().is_some_and(|l| l.kind == LabelKind::Source) {
                    // URLs and titles inside a source.
                    break;
                }
                let seg_start = labels.last().map_or(0, |l| l.value_start);
                let (rel, kind) = label_before(&s[seg_start..pos])?;
                labels.push(Label {
                    start: seg_start + rel,
                    value_start: pos + 1,
                    kind,
                });
            }
            _ => {}
        }
    }
    Some(labels)
}

/// The longest label phrase ending `text` (which ends right before a
/// colon), as its start offset and kind.
fn label_before(text: &str) -> Option<(usize, LabelKind)> {
    let text = text.trim_end();
    let mut best = None;
    let floor = text.len().saturating_sub(48);
    for (p, c) in text.char_indices() {
        if p < floor || !c.is_alphabetic() {
            continue;
        }
        let boundary = text[..p]
            .chars()
            .next_back()
            .is_none_or(|b| b.is_whitespace() || ".,;|-–—/(+&".contains(b));
        if !boundary {
            continue;
        }
        if let Some(kind) = label_kind(&text[p..]) {
            best = Some((p, kind));
            break; // scanning left to right: the first hit is the longest
        }
    }
    best
}

/// Recognises a label phrase ("Tin", "Bài và ảnh", "Tin, ảnh", "Nguồn").
fn label_kind(phrase: &str) -> Option<LabelKind> {
    if phrase
        .chars()
        .any(|c| !(c.is_alphabetic() || c.is_whitespace() || ".,/+&-–—".contains(c)))
    {
        return None;
    }
    let k = key(&phrase.replace('.', ""));
    if SOURCE_LABELS.contains(&k.as_str()) {
        return Some(LabelKind::Source);
    }
    let spaced: String = k
        .chars()
        .map(|c| if ",/+&-–—".contains(c) { '+' } else { c })
        .collect();
    let spaced = spaced.replace('+', " + ");
    let mut groups: Vec<String> = vec![String::new()];
    for w in spaced.split_whitespace() {
        if w == "+" || w == "và" {
            groups.push(String::new());
        } else {
            let g = groups.last_mut()?;
            if !g.is_empty() {
                g.push(' ');
            }
            g.push_str(w);
        }
    }
    if groups.iter().any(String::is_empty) || groups.len() > 3 {
        return None;
    }
    let mut roles: Vec<Role> = Vec::new();
    for g in &groups {
        let r = role_label(g)?;
        if !roles.contains(&r) {
            roles.push(r);
        }
    }
    if roles.contains(&Role::Text) && roles.contains(&Role::Photo) {
        roles.retain(|r| *r != Role::Text && *r != Role::Photo);
        roles.insert(0, Role::TextAndPhoto);
    }
    let mut out = [None; 3];
    for (slot, r) in out.iter_mut().zip(roles) {
        *slot = Some(r);
    }
    Some(LabelKind::Roles(out))
}

fn role_label(k: &str) -> Option<Role> {
    ROLE_LABELS.iter().find(|(w, _)| *w == k).map(|(_, r)| *r)
}

/// "Theo X", "Nguồn X" (without a colon): the rest.
fn starts_with_source_word(s: &str) -> Option<&str> {
    for w in ["theo ", "nguồn "] {
        if s.len() > w.len() && s.is_char_boundary(w.len()) && s[..w.len()].to_lowercase() == w {
            return Some(s[w.len()..].trim());
        }
    }
    None
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Strictness {
    /// After "Nguồn:": anything with a letter.
    Liberal,
    /// After "Theo": an outlet, agency, organisation, domain or a short
    /// capitalised name ("VnExpress", "Tuổi Trẻ") — "Theo kế hoạch, …" is
    /// a sentence.
    Strict,
}

fn parse_source(x: &str, strictness: Strictness) -> Option<String> {
    let x = trim_terminators(trim_seps(x));
    let x = unbracket(x).map_or(x, |i| trim_terminators(i.trim()));
    if x.is_empty() || x.chars().count() > 100 || !x.chars().any(char::is_alphabetic) {
        return None;
    }
    if strictness == Strictness::Liberal {
        return Some(x.to_owned());
    }
    if x.contains([',', ';', ':', '!', '?']) {
        return None;
    }
    if is_domain(x) || agency_name(x) || outlet(x) || org(x) {
        return Some(x.to_owned());
    }
    let toks: Vec<&str> = x.split_whitespace().collect();
    let ok = !toks.is_empty()
        && toks.len() <= 6
        && toks.iter().all(|t| {
            let first_upper = t.chars().next().is_some_and(char::is_uppercase);
            first_upper && t.chars().all(char::is_alphabetic) && !is_stop(t)
        });
    ok.then(|| x.to_owned())
}

// ---------------------------------------------------------------------------
// People

/// State while reading the names of one value.
struct PeopleState {
    /// Indices (into `out.authors`) of authors waiting for an affiliation.
    pending: Vec<usize>,
    /// An affiliation or organisation author may continue in the next piece
    /// ("Phòng Văn hóa - Thông tin huyện"): (author index, start of the
    /// text, is an affiliation rather than a name).
    open: Option<(Vec<usize>, usize, bool)>,
    /// The last author added came from a real name (not a desk word).
    last_real: Option<usize>,
}

fn parse_people(value: &str, role: Option<Role>, ctx: Ctx, out: &mut Byline) -> Option<()> {
    let mut st = PeopleState {
        pending: Vec::new(),
        open: None,
        last_real: None,
    };
    let mut local: Vec<Author> = Vec::new();
    for piece in split_strong(value) {
        let text = trim_terminators(trim_seps(&value[piece.clone()]));
        if text.is_empty() {
            continue;
        }
        // An organisation continuing across a dash.
        if let Some((idx, start, is_aff)) = st.open.clone() {
            let first_item = split_weak(text).into_iter().next();
            let continues = match classify(text) {
                Entity::Org | Entity::None => first_item
                    .map(|r| !looks_like_person(&text[r], role, ctx))
                    .unwrap_or(false),
                _ => false,
            };
            if continues {
                let whole = trim_terminators(trim_seps(&value[start..piece.end])).to_owned();
                for i in idx {
                    if is_aff {
                        local[i].affiliation = Some(whole.clone());
                    } else {
                        local[i].name = whole.clone();
                    }
                }
                continue;
            }
            st.open = None;
        }
        if let Some(rest) = starts_with_source_word(text) {
            let src = parse_source(rest, Strictness::Strict)?;
            out.source.get_or_insert(src);
            continue;
        }
        let entity = if desk_word(text).is_some() {
            Entity::None
        } else {
            classify(text)
        };
        match entity {
            Entity::Agency => {
                if !st.pending.is_empty() {
                    for &i in &st.pending {
                        local[i].affiliation = Some(text.to_owned());
                    }
                    st.pending.clear();
                } else {
                    local.push(Author {
                        name: text.to_owned(),
                        role: role.unwrap_or(Role::Desk),
                        affiliation: Some(text.to_owned()),
                    });
                    st.last_real = None;
                }
                continue;
            }
            Entity::Outlet => {
                if !st.pending.is_empty() {
                    let idx = std::mem::take(&mut st.pending);
                    for &i in &idx {
                        local[i].affiliation = Some(text.to_owned());
                    }
                    st.open = Some((idx, piece.start, true));
                } else if matches!(role, None | Some(Role::Text | Role::TextAndPhoto)) {
                    out.source.get_or_insert_with(|| text.to_owned());
                }
                continue;
            }
            Entity::Org => {
                if !st.pending.is_empty() {
                    let idx = std::mem::take(&mut st.pending);
                    for &i in &idx {
                        local[i].affiliation = Some(text.to_owned());
                    }
                    st.open = Some((idx, piece.start, true));
                } else if role.is_some() || ctx.field || (ctx.emphasised && !is_all_caps_text(text))
                {
                    local.push(Author {
                        name: text.to_owned(),
                        role: role.unwrap_or(Role::Desk),
                        affiliation: None,
                    });
                    st.open = Some((vec![local.len() - 1], piece.start, false));
                    st.last_real = None;
                } else {
                    return None;
                }
                continue;
            }
            Entity::NonPerson => {
                if role.is_some() {
                    continue;
                }
                return None;
            }
            Entity::None => {}
        }
        let items = split_weak(text);
        for (k, item) in items.iter().enumerate() {
            let it = trim_terminators(trim_seps(&text[item.clone()]));
            if it.is_empty() {
                continue;
            }
            let ent = classify(it);
            let pos_ok = position(it);
            if !st.pending.is_empty()
                && k > 0
                && (matches!(ent, Entity::Org | Entity::Outlet | Entity::Agency) || pos_ok)
            {
                let aff = trim_terminators(trim_seps(&text[item.start..])).to_owned();
                let idx = std::mem::take(&mut st.pending);
                for &i in &idx {
                    local[i].affiliation = Some(aff.clone());
                }
                let abs_start = piece.start + (item.start);
                st.open = Some((idx, abs_start, true));
                break;
            }
            if !st.pending.is_empty() && pos_ok {
                // "Quang Dũng - Chuyên viên Phòng Tư pháp"
                let aff = trim_terminators(trim_seps(&text[item.start..])).to_owned();
                let idx = std::mem::take(&mut st.pending);
                for &i in &idx {
                    local[i].affiliation = Some(aff.clone());
                }
                st.open = Some((idx, piece.start + item.start, true));
                break;
            }
            // "Hoàng Lan - tổng hợp", "Quốc Huy - CTV": a role for the name
            // before.
            if let Some(r) = role_suffix(it) {
                if let Some(i) = st.last_real {
                    local[i].role = r;
                    continue;
                }
            }
            let mut source = None;
            let people = person(it, role, ctx, &mut source)?;
            if let Some(src) = source {
                out.source.get_or_insert(src);
            }
            for a in people {
                let real = !a.is_role_only();
                let has_aff = a.affiliation.is_some();
                local.push(a);
                let i = local.len() - 1;
                st.last_real = real.then_some(i);
                if has_aff {
                    // "Quang Minh - Hồng Nhung (TTXVN)": the agency is the
                    // whole group's.
                    let aff = local[i].affiliation.clone();
                    for &p in &st.pending {
                        local[p].affiliation = aff.clone();
                    }
                    st.pending.clear();
                } else {
                    st.pending.push(i);
                }
            }
        }
    }
    if local.is_empty() && out.source.is_none() && role.is_none() {
        return None;
    }
    // "Hải Yến - Thu Hà (tổng hợp)": compiling or translating describes the
    // work of the whole group, so a note on the last name covers the names
    // before it that have no role of their own. (CTV, PV stay personal.)
    if let Some(last) = local.last() {
        let r = last.role;
        if matches!(r, Role::Compiled | Role::Translation) && role != Some(r) {
            let plain = role.unwrap_or(Role::Unknown);
            for a in local.iter_mut() {
                if a.role == plain && !a.is_role_only() {
                    a.role = r;
                }
            }
        }
    }
    for a in local {
        push_author(&mut out.authors, a);
    }
    Some(())
}

/// Adds an author, folding duplicates: the same name with the same role
/// once; "Tin: X. Ảnh: X" becomes one [`Role::TextAndPhoto`].
fn push_author(list: &mut Vec<Author>, a: Author) {
    let k = name_key(&a.name);
    for e in list.iter_mut() {
        if name_key(&e.name) != k {
            continue;
        }
        let fused = matches!(
            (e.role, a.role),
            (Role::Text, Role::Photo) | (Role::Photo, Role::Text)
        );
        if e.role == a.role || fused || a.role == Role::TextAndPhoto && e.role == Role::Text {
            if fused || a.role == Role::TextAndPhoto {
                e.role = Role::TextAndPhoto;
            }
            if e.affiliation.is_none() {
                e.affiliation = a.affiliation;
            }
            return;
        }
    }
    list.push(a);
}

/// Would `s` read as a person (so it does not continue an organisation)?
fn looks_like_person(s: &str, role: Option<Role>, ctx: Ctx) -> bool {
    let mut src = None;
    person(s, role, ctx, &mut src).is_some()
}

/// "tổng hợp", "st", "CTV" after a name.
fn role_suffix(s: &str) -> Option<Role> {
    let k = key(&s.replace('.', ""));
    if let Some(r) = desk_word(s) {
        return Some(r);
    }
    if !s.chars().next().is_some_and(char::is_lowercase) {
        return None;
    }
    match role_label(&k)? {
        r @ (Role::Compiled | Role::Translation) => Some(r),
        _ => None,
    }
}

/// One item: a name (with prefixes, titles and bracketed notes) or desk
/// designation(s).
fn person(
    item: &str,
    role: Option<Role>,
    ctx: Ctx,
    source: &mut Option<String>,
) -> Option<Vec<Author>> {
    let (core, notes) = split_notes(item)?;
    let core = core.trim();
    if core.is_empty() {
        return None;
    }
    let mut authors = Vec::new();
    if let Some(desk) = desk_word(core) {
        authors.push(Author {
            name: core.to_owned(),
            role: role.unwrap_or(desk),
            affiliation: None,
        });
    } else if core.contains('-') && !core.contains(' ') {
        // "PV-CTV"
        for part in core.split('-') {
            let desk = desk_word(part)?;
            authors.push(Author {
                name: part.to_owned(),
                role: role.unwrap_or(desk),
                affiliation: None,
            });
        }
    } else {
        let (prefix_role, rest) = strip_desk_prefix(core);
        let rest = strip_titles(rest);
        // "Thu Hà tổng hợp", "Minh Tuấn lược dịch".
        let (rest, suffix_role) = strip_role_suffix(rest);
        if !valid_name(rest, role.is_some(), ctx) {
            return None;
        }
        authors.push(Author {
            name: rest.to_owned(),
            role: suffix_role
                .or(prefix_role)
                .or(role)
                .unwrap_or(Role::Unknown),
            affiliation: None,
        });
    }
    for note in notes {
        apply_note(&mut authors, note, source)?;
    }
    Some(authors)
}

/// A bracketed note after a name: a role, a source, or an affiliation.
fn apply_note(authors: &mut [Author], note: &str, source: &mut Option<String>) -> Option<()> {
    let note = trim_terminators(note.trim());
    let k = key(&note.replace('.', ""));
    if let Some(r) = role_label(&k).or_else(|| desk_word(note)) {
        for a in authors.iter_mut() {
            a.role = r;
        }
        return Some(());
    }
    if let Some(rest) = starts_with_source_word(note) {
        *source = Some(parse_source(rest, Strictness::Liberal)?);
        return Some(());
    }
    if let Some(rest) = note
        .strip_prefix("Nguồn:")
        .or_else(|| note.strip_prefix("nguồn:"))
    {
        *source = Some(parse_source(rest, Strictness::Liberal)?);
        return Some(());
    }
    // "lược dịch theo AFP", "tổng hợp từ Báo Nhân Dân"
    for sep in [" theo ", " từ ", " nguồn "] {
        if let Some(at) = note.to_lowercase().find(sep) {
            // `to_lowercase` keeps byte lengths for Vietnamese letters, but
            // check the boundary rather than assume it.
            if !note.is_char_boundary(at) || !note.is_char_boundary(at + sep.len()) {
                continue;
            }
            let r = role_label(&key(&note[..at]))?;
            let src = parse_source(&note[at + sep.len()..], Strictness::Liberal)?;
            for a in authors.iter_mut() {
                a.role = r;
            }
            *source = Some(src);
            return Some(());
        }
    }
    match classify(note) {
        Entity::Agency | Entity::Outlet | Entity::Org => {}
        _ if is_acronym(note) || position(note) => {}
        _ => return None,
    }
    for a in authors.iter_mut() {
        a.affiliation = Some(note.to_owned());
    }
    Some(())
}

/// Splits trailing bracketed notes off an item: "Thu Hà (TTXVN) (CTV)".
fn split_notes(item: &str) -> Option<(&str, Vec<&str>)> {
    let mut notes = Vec::new();
    let mut core = item.trim_end();
    while core.ends_with(')') {
        let mut depth = 0;
        let mut open = None;
        for (i, c) in core.char_indices().rev() {
            match c {
                ')' => depth += 1,
                '(' => {
                    depth -= 1;
                    if depth == 0 {
                        open = Some(i);
                        break;
                    }
                }
                _ => {}
            }
        }
        let open = open?;
        notes.push(&core[open + 1..core.len() - 1]);
        core = core[..open].trim_end();
    }
    if core.contains(['(', ')', '[', ']']) {
        return None;
    }
    notes.reverse();
    Some((core, notes))
}

/// A lower-case work role after a name: "tổng hợp", "lược dịch", "st".
fn strip_role_suffix(s: &str) -> (&str, Option<Role>) {
    let toks: Vec<&str> = s.split_whitespace().collect();
    for n in [2usize, 1] {
        if toks.len() <= n {
            continue;
        }
        let tail = &toks[toks.len() - n..];
        if !tail[0].chars().next().is_some_and(char::is_lowercase) {
            continue;
        }
        if let Some(r @ (Role::Compiled | Role::Translation)) = role_label(&key(&tail.join(" "))) {
            let at = s.rfind(tail[0]).unwrap_or(s.len());
            return (s[..at].trim_end(), Some(r));
        }
    }
    (s, None)
}

fn strip_desk_prefix(s: &str) -> (Option<Role>, &str) {
    for (p, r) in DESK_PREFIXES {
        let n = p.split(' ').count();
        let mut it = s.split_whitespace();
        let head: Vec<&str> = it.by_ref().take(n).collect();
        if head.len() == n && key(&head.join(" ").replace('.', "")) == *p {
            // Offset of the rest.
            let mut off = 0;
            for h in &head {
                off = s[off..].find(h).map_or(off, |i| off + i + h.len());
            }
            let rest = s[off..].trim_start();
            if !rest.is_empty() {
                return (*r, rest);
            }
        }
    }
    (None, s)
}

fn strip_titles(mut s: &str) -> &str {
    loop {
        let mut changed = false;
        for n in [2usize, 1] {
            let toks: Vec<&str> = s.split_whitespace().take(n).collect();
            if toks.len() < n {
                continue;
            }
            let k = key(&toks.join(" ").replace('.', ""));
            if TITLES.contains(&k.as_str()) {
                let last = toks[n - 1];
                let off = s.find(last).map_or(0, |i| i + last.len());
                let rest = s[off..].trim_start();
                if !rest.is_empty() {
                    s = rest;
                    changed = true;
                    break;
                }
            }
        }
        if !changed {
            return s;
        }
    }
}

/// A personal name: 1–5 capitalised syllables or initials.
fn valid_name(s: &str, labelled: bool, ctx: Ctx) -> bool {
    let toks: Vec<&str> = s.split_whitespace().collect();
    if toks.is_empty() || toks.len() > 5 {
        return false;
    }
    let lenient = labelled || ctx.field;
    let k = key(s);
    if !lenient && PLACES.contains(&k.as_str()) {
        return false;
    }
    // Courtesy formulas typed in capitals: "Trân Trọng Kính Mời".
    if FORMULAS.iter().any(|f| k.contains(f)) {
        return false;
    }
    let all_caps = toks.iter().all(|t| is_all_caps_text(t));
    let mut syllables = 0;
    let mut initials = 0;
    for t in &toks {
        if t.contains('.') {
            if !initials_token(t) {
                return false;
            }
            initials += 1;
            continue;
        }
        let mut cs = t.chars();
        if let (Some(c), None) = (cs.next(), cs.next()) {
            if c.is_uppercase() && c.is_alphabetic() {
                // "Nguyễn Văn B"
                continue;
            }
            return false;
        }
        let cased = is_title_case(t) || (all_caps && lenient && is_all_caps_text(t));
        if !cased || !is_vietnamese_syllable(t) || is_stop(t) {
            return false;
        }
        syllables += 1;
    }
    if syllables == 0 && initials == 0 {
        return false;
    }
    if !lenient && toks.len() == 1 && initials == 0 {
        return false;
    }
    true
}

/// "N.V.Hùng", "P.V", "N.H", "Ng.Thắng", "T.Hà".
fn initials_token(t: &str) -> bool {
    let mut body: Vec<&str> = t.split('.').collect();
    // A trailing dot ("P.V.").
    if body.last() == Some(&"") {
        body.pop();
    }
    if body.len() < 2 || body.iter().any(|p| p.is_empty()) {
        return false;
    }
    body.iter().all(|p| {
        let mut cs = p.chars();
        let single = matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase());
        single
            || ONSET_ABBREVIATIONS.contains(p)
            || (is_title_case(p) && is_vietnamese_syllable(p) && !is_stop(p))
    })
}

// ---------------------------------------------------------------------------
// Organisations, outlets, agencies

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Entity {
    Agency,
    Outlet,
    Org,
    NonPerson,
    None,
}

fn classify(s: &str) -> Entity {
    let k = key(s);
    if NON_PERSON.contains(&k.as_str()) {
        Entity::NonPerson
    } else if agency_name(s) {
        Entity::Agency
    } else if outlet(s) || is_domain(s) {
        Entity::Outlet
    } else if org(s) {
        Entity::Org
    } else {
        Entity::None
    }
}

fn agency_name(s: &str) -> bool {
    AGENCIES.contains(&key(s).as_str())
}

/// A newspaper, portal, broadcaster: "Báo Sơn La", "Cổng TTĐT Chính phủ".
fn outlet(s: &str) -> bool {
    let k = key(s);
    if OUTLET_NAMES.contains(&k.as_str()) {
        return true;
    }
    if !phrase_ok(s) {
        return false;
    }
    if let Some(rest) = s
        .strip_prefix("Báo ")
        .or_else(|| s.strip_prefix("báo "))
        .or_else(|| s.strip_prefix("BÁO "))
    {
        // "Báo Sơn La", "Báo Điện tử …"; not "báo cáo".
        return rest
            .split_whitespace()
            .next()
            .is_some_and(|w| is_title_case(w) || is_acronym(w) || is_all_caps_text(w));
    }
    OUTLET_HEADS
        .iter()
        .any(|h| k == *h || k.strip_prefix(h).is_some_and(|r| r.starts_with(' ')))
}

/// An organisation: "Trung tâm VHTT huyện", "Phòng GD&ĐT", "UBND xã".
fn org(s: &str) -> bool {
    if !phrase_ok(s) {
        return false;
    }
    let toks: Vec<&str> = s.split_whitespace().collect();
    let k = key(s);
    let head = ORG_HEADS
        .iter()
        .find(|h| k == **h || k.strip_prefix(**h).is_some_and(|r| r.starts_with(' ')));
    if let Some(h) = head {
        if matches!(*h, "đoàn" | "trường") {
            // Also a surname and a given name ("Đoàn Thị Hương", "Xuân
            // Trường"): an organisation only when some later word is not
            // capitalised like a name ("Đoàn Thanh niên", "Trường THCS").
            return toks.iter().skip(1).any(|w| {
                w.chars().next().is_some_and(char::is_lowercase)
                    || is_acronym(w)
                    || SCHOOL_WORDS.contains(&key(w).as_str())
            });
        }
        return true;
    }
    // "UBND huyện", "VH-TT": an acronym first, but not a word in capitals
    // ("NGUYỄN VĂN BẢY").
    toks.first().is_some_and(|w| {
        is_acronym(w) && !is_vietnamese_syllable(w) && desk_word(w).is_none() && !agency_name(w)
    })
}

/// A job title starting an affiliation: "Phó Chánh Văn phòng UBND huyện".
fn position(s: &str) -> bool {
    if !phrase_ok(s) {
        return false;
    }
    let k = key(s);
    POSITION_HEADS
        .iter()
        .any(|h| k.strip_prefix(h).is_some_and(|r| r.starts_with(' ')))
}

/// Common checks for organisation-like phrases: short, no sentence
/// punctuation, no lower-case word that only occurs in sentences.
fn phrase_ok(s: &str) -> bool {
    let toks: Vec<&str> = s.split_whitespace().collect();
    if toks.is_empty() || toks.len() > 14 || s.contains(['!', '?', ':', ';', '"', '“', '”']) {
        return false;
    }
    let lower: Vec<String> = toks
        .iter()
        .filter(|t| t.chars().next().is_some_and(char::is_lowercase))
        .map(|t| key(t.trim_matches(|c: char| !c.is_alphanumeric())))
        .collect();
    if lower.iter().any(|w| SENTENCE_WORDS.contains(&w.as_str())) {
        return false;
    }
    let joined = key(s);
    !SENTENCE_BIGRAMS.iter().any(|b| joined.contains(b))
}

fn is_domain(s: &str) -> bool {
    let s = s.trim();
    if s.contains(char::is_whitespace) {
        return false;
    }
    let lower = s.to_ascii_lowercase();
    let host = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .unwrap_or(&lower);
    let host = host.split('/').next().unwrap_or("");
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && ["vn", "com", "net", "org", "gov", "info", "edu", "int"]
            .contains(labels.last().unwrap_or(&""))
}

/// "UBND", "VH-TT", "GD&ĐT", "THCS": two or more capitals, nothing
/// lower-case.
fn is_acronym(s: &str) -> bool {
    let caps = s.chars().filter(|c| c.is_uppercase()).count();
    caps >= 2
        && s.chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || "&-/".contains(c))
}

/// A desk designation: "PV", "P.V", "Phóng viên", "CTV", "BBT", "Nhóm PV".
fn desk_word(s: &str) -> Option<Role> {
    let k = key(&s.replace('.', ""));
    DESK_WORDS.iter().find(|(w, _)| *w == k).map(|(_, r)| *r)
}

// ---------------------------------------------------------------------------
// Text helpers

/// Strips leading bullets/dashes and trailing sentence punctuation
/// ("./.", "/.", ".", ";", ","), dashes and spaces.
fn strip_decorations(s: &str) -> &str {
    let s = s.trim_start_matches(|c: char| c.is_whitespace() || "-–—*•+".contains(c));
    let s = trim_terminators(s);
    s.trim_end_matches(|c: char| c.is_whitespace() || "-–—".contains(c))
}

fn trim_terminators(mut s: &str) -> &str {
    loop {
        let t = s.trim_end();
        let next = t
            .strip_suffix("./.")
            .or_else(|| t.strip_suffix("/."))
            .or_else(|| t.strip_suffix('.'))
            .or_else(|| t.strip_suffix(';'))
            .or_else(|| t.strip_suffix(','))
            .unwrap_or(t);
        if next.len() == s.len() {
            return s;
        }
        s = next;
    }
}

/// Trims whitespace and separator punctuation at both ends.
fn trim_seps(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || ".,;|-–—/+&".contains(c))
}

/// The inside of "(…)" or "[…]" when the brackets enclose the whole text.
fn unbracket(s: &str) -> Option<&str> {
    let (open, close) = match s.chars().next()? {
        '(' => ('(', ')'),
        '[' => ('[', ']'),
        _ => return None,
    };
    if !s.ends_with(close) {
        return None;
    }
    let mut depth = 0;
    for (i, c) in s.char_indices() {
        if c == open {
            depth += 1;
        } else if c == close {
            depth -= 1;
            if depth == 0 && i + c.len_utf8() != s.len() {
                return None;
            }
        }
    }
    Some(s[1..s.len() - 1].trim())
}

/// Splits a value at the separators between authors or between an author
/// and an affiliation: `;`, `|`, spaced `-`, `–`, `—`, and `/` (except
/// between capitals: "TTXVN/VNA"). Brackets are respected.
fn split_strong(s: &str) -> Vec<Range<usize>> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (j, &(i, c)) in chars.iter().enumerate() {
        let prev = j.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(j + 1).map(|n| n.1);
        let cut = match c {
            '(' | '[' => {
                depth += 1;
                false
            }
            ')' | ']' => {
                depth -= 1;
                false
            }
            _ if depth > 0 => false,
            ';' | '|' | '–' | '—' => true,
            '-' => prev.is_some_and(char::is_whitespace) || next.is_some_and(char::is_whitespace),
            '/' => {
                let capsish =
                    |c: Option<char>| c.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
                !(capsish(prev) && capsish(next)) && prev != Some('/') && next != Some('/')
            }
            _ => false,
        };
        if cut {
            push_trimmed(s, start..i, &mut out);
            start = i + c.len_utf8();
        }
    }
    push_trimmed(s, start..s.len(), &mut out);
    out
}

/// Splits a piece between authors of one group: `,`, ` và `, ` & `, ` + `.
fn split_weak(s: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    let mut i = 0;
    'scan: while let Some(c) = s[i..].chars().next() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            _ => {}
        }
        if depth <= 0 {
            if c == ',' {
                push_trimmed(s, start..i, &mut out);
                start = i + 1;
            } else {
                for sep in [" và ", " & ", " + "] {
                    if s[i..].starts_with(sep) {
                        push_trimmed(s, start..i, &mut out);
                        start = i + sep.len();
                        i = start;
                        continue 'scan;
                    }
                }
            }
        }
        i += c.len_utf8();
    }
    push_trimmed(s, start..s.len(), &mut out);
    out
}

fn push_trimmed(s: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let piece = &s[r.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let t = piece.trim();
    if !t.is_empty() {
        out.push(r.start + lead..r.start + lead + t.len());
    }
}

fn is_title_case(t: &str) -> bool {
    let mut cs = t.chars();
    cs.next()
        .is_some_and(|c| c.is_uppercase() && c.is_alphabetic())
        && cs.all(|c| c.is_lowercase() && c.is_alphabetic())
}

fn is_all_caps_text(t: &str) -> bool {
    t.chars().any(char::is_alphabetic) && !t.chars().any(char::is_lowercase)
}

fn is_stop(t: &str) -> bool {
    NAME_STOP.contains(&key(t).as_str())
}

/// Lower case, NFC, one tone-mark placement for the open syllables where
/// both are written ("hoà" → "hòa", "thuỷ" → "thủy"; "đoàn", "quý" are
/// left alone), whitespace folded: the form the keyword tables are written
/// in.
fn key(s: &str) -> String {
    let lower = nfc(s).to_lowercase();
    let mut out = String::with_capacity(lower.len());
    for w in lower.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&old_style_tone(w));
    }
    out
}

/// Moves the tone of a word-final "oa/oe/uy" to the first vowel.
fn old_style_tone(w: &str) -> std::borrow::Cow<'_, str> {
    let chars: Vec<char> = w.chars().collect();
    let n = chars.len();
    // The pair may be followed by punctuation ("hoà," "uỷ.").
    let end = chars
        .iter()
        .rposition(|c| c.is_alphabetic())
        .map_or(0, |i| i + 1);
    if end < 2 || chars.get(end.wrapping_sub(3)) == Some(&'q') {
        return std::borrow::Cow::Borrowed(w);
    }
    let pair: String = chars[end - 2..end].iter().collect();
    match TONE_PLACEMENT.iter().find(|(new, _)| *new == pair) {
        Some((_, old)) => {
            let mut out: String = chars[..end - 2].iter().collect();
            out.push_str(old);
            out.extend(&chars[end..n]);
            std::borrow::Cow::Owned(out)
        }
        None => std::borrow::Cow::Borrowed(w),
    }
}

/// The identity of a name for de-duplication: [`key`] without dots and
/// spaces ("P.V" = "PV", "N. H" = "N.H").
fn name_key(s: &str) -> String {
    key(s)
        .chars()
        .filter(|c| *c != '.' && !c.is_whitespace())
        .collect()
}

/// Text without any whitespace, for comparing texts laid out differently.
fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

// ---------------------------------------------------------------------------
// HTML: a tag scanner for byte offsets (the DOM has none)

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TokKind {
    Open,
    Close,
    Text,
    /// Comments, doctypes, processing instructions, raw text of `script`
    /// and `style`.
    Other,
}

#[derive(Debug, Clone)]
struct Tok {
    kind: TokKind,
    start: usize,
    end: usize,
    /// Lower-case tag name (empty for text).
    name: String,
}

/// Elements that end a line of text (the byline's block boundaries).
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "td",
    "th",
    "caption",
    "blockquote",
    "pre",
    "section",
    "article",
    "header",
    "footer",
    "aside",
    "main",
    "nav",
    "figure",
    "figcaption",
    "hr",
    "br",
    "address",
    "center",
    "form",
    "fieldset",
    "legend",
    "details",
    "summary",
    "listing",
];
/// Containers whose lines are never bylines.
const FORBIDDEN: &[&str] = &[
    "table", "ul", "ol", "dl", "pre", "figure", "listing", "select", "textarea",
];
/// Never removed together with a byline.
const MEDIA: &[&str] = &[
    "img", "iframe", "video", "audio", "object", "embed", "svg", "canvas", "picture", "source",
    "table", "math",
];
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
];

fn lex(html: &str) -> Vec<Tok> {
    let b = html.as_bytes();
    let mut toks = Vec::new();
    let mut i = 0;
    let mut text_start = 0;
    let flush = |toks: &mut Vec<Tok>, from: usize, to: usize| {
        if from < to {
            toks.push(Tok {
                kind: TokKind::Text,
                start: from,
                end: to,
                name: String::new(),
            });
        }
    };
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        let next = b.get(i + 1).copied();
        let (kind, end, name) = if html[i..].starts_with("<!--") {
            let end = html[i + 4..].find("-->").map_or(b.len(), |e| i + 4 + e + 3);
            (TokKind::Other, end, String::new())
        } else if matches!(next, Some(b'!' | b'?')) {
            let end = html[i..].find('>').map_or(b.len(), |e| i + e + 1);
            (TokKind::Other, end, String::new())
        } else if next == Some(b'/') && b.get(i + 2).is_some_and(u8::is_ascii_alphabetic) {
            let name = tag_name(&html[i + 2..]);
            let end = html[i..].find('>').map_or(b.len(), |e| i + e + 1);
            (TokKind::Close, end, name)
        } else if next.is_some_and(|c| c.is_ascii_alphabetic()) {
            let name = tag_name(&html[i + 1..]);
            let end = tag_end(b, i + 1 + name.len());
            (TokKind::Open, end, name)
        } else {
            i += 1;
            continue;
        };
        flush(&mut toks, text_start, i);
        toks.push(Tok {
            kind,
            start: i,
            end,
            name: name.clone(),
        });
        i = end;
        text_start = end;
        if kind == TokKind::Open && RAW_TEXT.contains(&name.as_str()) {
            let close = format!("</{name}");
            let stop = find_ascii_ci(&b[i..], close.as_bytes()).map_or(b.len(), |e| i + e);
            if stop > i {
                toks.push(Tok {
                    kind: TokKind::Other,
                    start: i,
                    end: stop,
                    name: String::new(),
                });
            }
            i = stop;
            text_start = stop;
        }
    }
    flush(&mut toks, text_start, b.len());
    toks
}

/// Position of `needle` (lower-case ASCII) in `hay`, ignoring ASCII case.
fn find_ascii_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    (0..=hay.len() - needle.len()).find(|&i| {
        hay[i..i + needle.len()]
            .iter()
            .zip(needle)
            .all(|(h, n)| h.to_ascii_lowercase() == *n)
    })
}

fn tag_name(s: &str) -> String {
    s.bytes()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == b':' || *c == b'-')
        .map(|c| c.to_ascii_lowercase() as char)
        .collect()
}

/// End (exclusive) of a start tag whose attributes begin at `i`, respecting
/// quoted attribute values.
fn tag_end(b: &[u8], mut i: usize) -> usize {
    let mut quote: Option<u8> = None;
    while i < b.len() {
        let c = b[i];
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == b'"' || c == b'\'' => {
                // Only a quote right after `=` opens a value.
                let before = b[..i].iter().rev().find(|c| !c.is_ascii_whitespace());
                if before == Some(&b'=') {
                    quote = Some(c);
                }
            }
            None if c == b'>' => return i + 1,
            None => {}
        }
        i += 1;
    }
    b.len()
}

/// A line of an HTML body: the tokens between two block boundaries.
#[derive(Debug, Clone)]
struct HUnit {
    /// Token range, boundaries excluded.
    lo: usize,
    hi: usize,
    usable: bool,
}

fn html_units(html: &str, toks: &[Tok]) -> Vec<HUnit> {
    let mut units = Vec::new();
    let mut forbidden: Vec<String> = Vec::new();
    let mut start = 0;
    for (i, t) in toks.iter().enumerate() {
        let boundary =
            matches!(t.kind, TokKind::Open | TokKind::Close) && BLOCKS.contains(&t.name.as_str());
        if !boundary {
            continue;
        }
        push_unit(html, toks, start, i, forbidden.is_empty(), &mut units);
        start = i + 1;
        if FORBIDDEN.contains(&t.name.as_str()) {
            match t.kind {
                TokKind::Open => forbidden.push(t.name.clone()),
                TokKind::Close => {
                    if let Some(p) = forbidden.iter().rposition(|n| *n == t.name) {
                        forbidden.truncate(p);
                    }
                }
                _ => {}
            }
        }
    }
    push_unit(
        html,
        toks,
        start,
        toks.len(),
        forbidden.is_empty(),
        &mut units,
    );
    units
}

fn push_unit(html: &str, toks: &[Tok], lo: usize, hi: usize, usable: bool, out: &mut Vec<HUnit>) {
    let has_text = toks[lo..hi]
        .iter()
        .any(|t| t.kind == TokKind::Text && !html[t.start..t.end].trim().is_empty());
    if has_text {
        out.push(HUnit { lo, hi, usable });
    }
}

/// The text and formatting of a unit, `None` when it shows no text.
fn unit_info(html: &str, toks: &[Tok], u: &HUnit) -> Option<UnitInfo> {
    let (a, b) = core_span(toks, u.lo, u.hi)?;
    let slice = &html[toks[a].start..toks[b - 1].end];
    let text = html_to_text(slice);
    if text.is_empty() {
        return None;
    }
    // Formatting: the unit's own tags plus the blocks wrapping it alone.
    let (wa, wb) = wrap(toks, a, b);
    let emphasised = emphasis(&html[toks[wa].start..toks[wb - 1].end]);
    Some(UnitInfo {
        text,
        usable: u.usable,
        emphasised,
    })
}

fn is_void(t: &Tok) -> bool {
    VOID.contains(&t.name.as_str())
}

/// The token range to remove for the units `first..=last`.
fn removal_span(
    toks: &[Tok],
    first: &HUnit,
    last: &HUnit,
    at_start: bool,
) -> Option<(usize, usize)> {
    let (a0, _) = core_span(toks, first.lo, first.hi)?;
    let (_, b0) = core_span(toks, last.lo, last.hi)?;
    if !balanced(&toks[a0..b0]) {
        return None;
    }
    Some((a0, b0)).map(|(a, b)| {
        let (wa, wb) = wrap(toks, a, b);
        if (wa, wb) != (a, b) {
            return (wa, wb);
        }
        // A line ended (or started) by <br>: take the <br>s that separated
        // it from the text it followed (or preceded).
        if at_start {
            let mut n = b;
            let mut end = b;
            while n < toks.len()
                && (is_br(&toks[n]) || toks[n].kind == TokKind::Text && toks[n].name == " ")
            {
                n += 1;
                if is_br(&toks[n - 1]) {
                    end = n;
                }
            }
            (a, end)
        } else {
            let mut p = a;
            let mut start = a;
            while p > 0
                && (is_br(&toks[p - 1])
                    || toks[p - 1].kind == TokKind::Text && toks[p - 1].name == " ")
            {
                p -= 1;
                if is_br(&toks[p]) {
                    start = p;
                }
            }
            (start, b)
        }
    })
}

fn is_br(t: &Tok) -> bool {
    t.kind == TokKind::Open && t.name == "br"
}

/// Trims a unit's token range to its content: no leading closing tags or
/// trailing opening tags (they belong to the surrounding markup), no
/// whitespace or comments at the edges. Whitespace-only text tokens are
/// recognised by the mark [`mark_blank`] leaves (name " ").
fn core_span(toks: &[Tok], mut a: usize, mut b: usize) -> Option<(usize, usize)> {
    let blank = |t: &Tok| t.kind == TokKind::Other || (t.kind == TokKind::Text && t.name == " ");
    while a < b && (toks[a].kind == TokKind::Close || blank(&toks[a])) {
        a += 1;
    }
    while b > a
        && (toks[b - 1].kind == TokKind::Open && !is_void(&toks[b - 1]) || blank(&toks[b - 1]))
    {
        b -= 1;
    }
    (a < b).then_some((a, b))
}

/// Extends a token range over elements that contain nothing else
/// (`<p …><strong>X</strong></p>` for the range of `<strong>X</strong>`).
fn wrap(toks: &[Tok], mut a: usize, mut b: usize) -> (usize, usize) {
    let blank = |t: &Tok| t.kind == TokKind::Text && t.name == " ";
    loop {
        let mut p = a;
        while p > 0 && blank(&toks[p - 1]) {
            p -= 1;
        }
        let mut n = b;
        while n < toks.len() && blank(&toks[n]) {
            n += 1;
        }
        let (Some(open), Some(close)) = (p.checked_sub(1).map(|i| &toks[i]), toks.get(n)) else {
            return (a, b);
        };
        if open.kind == TokKind::Open
            && !is_void(open)
            && close.kind == TokKind::Close
            && open.name == close.name
        {
            a = p - 1;
            b = n + 1;
        } else {
            return (a, b);
        }
    }
}

/// Marks whitespace-only text tokens (name " ") so later passes need not
/// look at the source.
fn mark_blank(html: &str, toks: &mut [Tok]) {
    for t in toks.iter_mut() {
        if t.kind == TokKind::Text && html[t.start..t.end].trim().is_empty() {
            t.name = " ".to_owned();
        }
    }
}

/// Can `toks` be cut out without unbalancing the markup around them? Every
/// element opened inside is closed inside, except a run of closings followed
/// by the same openings in reverse (`</p><p>` between two lines).
fn balanced(toks: &[Tok]) -> bool {
    let mut stack: Vec<&str> = Vec::new();
    let mut closes: Vec<&str> = Vec::new();
    for t in toks {
        if is_void(t) {
            continue;
        }
        match t.kind {
            TokKind::Open => stack.push(&t.name),
            TokKind::Close => {
                if stack.last() == Some(&t.name.as_str()) {
                    stack.pop();
                } else if stack.is_empty() {
                    closes.push(&t.name);
                } else {
                    return false;
                }
            }
            _ => {}
        }
    }
    closes.len() == stack.len() && closes.iter().rev().eq(stack.iter())
}

/// Right-aligned (`style="text-align:right"`, `align="right"`) or all text
/// inside `strong`/`b`/`em`/`i`.
fn emphasis(fragment_html: &str) -> bool {
    let fragment = dom::Fragment::parse(fragment_html);
    let Some(root) = fragment.root() else {
        return false;
    };
    let mut right = false;
    let mut plain_text = false;
    let mut any_text = false;
    let mut stack: Vec<(Handle, bool)> = root
        .children
        .borrow()
        .iter()
        .map(|c| (c.clone(), false))
        .collect();
    while let Some((node, in_bold)) = stack.pop() {
        match &node.data {
            NodeData::Text { contents } if !contents.borrow().trim().is_empty() => {
                any_text = true;
                if !in_bold {
                    plain_text = true;
                }
            }
            NodeData::Element { name, .. } => {
                let style = dom::attribute(&node, "style")
                    .unwrap_or_default()
                    .to_ascii_lowercase()
                    .replace(' ', "");
                let align = dom::attribute(&node, "align").unwrap_or_default();
                if style.contains("text-align:right") || align.eq_ignore_ascii_case("right") {
                    right = true;
                }
                let bold = in_bold || matches!(&*name.local, "strong" | "b" | "em" | "i");
                for c in node.children.borrow().iter() {
                    stack.push((c.clone(), bold));
                }
            }
            _ => {}
        }
    }
    right || (any_text && !plain_text)
}

// ---------------------------------------------------------------------------
// Tables (lower case, NFC, old-style tone placement: see `key`)

const TONE_PLACEMENT: &[(&str, &str)] = &[
    ("oà", "òa"),
    ("oá", "óa"),
    ("oả", "ỏa"),
    ("oã", "õa"),
    ("oạ", "ọa"),
    ("oè", "òe"),
    ("oé", "óe"),
    ("oẻ", "ỏe"),
    ("oẽ", "õe"),
    ("oẹ", "ọe"),
    ("uỳ", "ùy"),
    ("uý", "úy"),
    ("uỷ", "ủy"),
    ("uỹ", "ũy"),
    ("uỵ", "ụy"),
];

/// Role labels (one group of a label: "bài và ảnh" is "bài" + "ảnh").
const ROLE_LABELS: &[(&str, Role)] = &[
    ("tin", Role::Text),
    ("bài", Role::Text),
    ("tác giả", Role::Text),
    ("bài viết", Role::Text),
    ("tin bài", Role::Text),
    ("người viết", Role::Text),
    ("viết", Role::Text),
    ("viết bài", Role::Text),
    ("nội dung", Role::Text),
    ("ảnh", Role::Photo),
    ("hình", Role::Photo),
    ("hình ảnh", Role::Photo),
    ("ảnh minh họa", Role::Photo),
    ("chụp ảnh", Role::Photo),
    ("ảnh chụp", Role::Photo),
    ("nguồn ảnh", Role::Photo),
    ("photo", Role::Photo),
    ("video", Role::Video),
    ("clip", Role::Video),
    ("video clip", Role::Video),
    ("quay phim", Role::Video),
    ("dựng phim", Role::Video),
    ("camera", Role::Video),
    ("đồ họa", Role::Graphics),
    ("infographic", Role::Graphics),
    ("thiết kế", Role::Graphics),
    ("minh họa", Role::Graphics),
    ("trình bày", Role::Graphics),
    ("dịch", Role::Translation),
    ("lược dịch", Role::Translation),
    ("biên dịch", Role::Translation),
    ("người dịch", Role::Translation),
    ("dịch giả", Role::Translation),
    ("chuyển ngữ", Role::Translation),
    ("tổng hợp", Role::Compiled),
    ("sưu tầm", Role::Compiled),
    ("st", Role::Compiled),
    ("biên soạn", Role::Compiled),
    ("thực hiện", Role::Production),
    ("nhóm thực hiện", Role::Production),
    ("sản xuất", Role::Production),
    ("ctv", Role::Collaborator),
    ("cộng tác viên", Role::Collaborator),
    ("pv", Role::Desk),
    ("phóng viên", Role::Desk),
    ("bbt", Role::Desk),
    ("biên tập", Role::Desk),
    ("btv", Role::Desk),
    ("biên tập viên", Role::Desk),
];

const SOURCE_LABELS: &[&str] = &[
    "nguồn",
    "theo",
    "nguồn tin",
    "trích nguồn",
    "nguồn bài",
    "nguồn bài viết",
    "xuất xứ",
];

/// Names that are desk designations (dots removed).
const DESK_WORDS: &[(&str, Role)] = &[
    ("pv", Role::Desk),
    ("phóng viên", Role::Desk),
    ("bbt", Role::Desk),
    ("ban biên tập", Role::Desk),
    ("nhóm pv", Role::Desk),
    ("nhóm phóng viên", Role::Desk),
    ("btv", Role::Desk),
    ("biên tập viên", Role::Desk),
    ("phóng viên thường trú", Role::Desk),
    ("ctv", Role::Collaborator),
    ("cộng tác viên", Role::Collaborator),
    ("nhóm ctv", Role::Collaborator),
    ("nhóm cộng tác viên", Role::Collaborator),
];

/// Prefixes of a name that give its role ("CTV Lan Hương"); `None`: a
/// title without a role ("Nhà báo").
const DESK_PREFIXES: &[(&str, Option<Role>)] = &[
    ("phóng viên", Some(Role::Desk)),
    ("cộng tác viên", Some(Role::Collaborator)),
    ("biên tập viên", Some(Role::Desk)),
    ("pv", Some(Role::Desk)),
    ("ctv", Some(Role::Collaborator)),
    ("btv", Some(Role::Desk)),
];

/// Academic titles and ranks dropped from names (dots removed).
const TITLES: &[&str] = &[
    "ths",
    "ts",
    "pgs",
    "gs",
    "pgsts",
    "gsts",
    "bs",
    "bsck",
    "bscki",
    "bsckii",
    "ks",
    "ls",
    "cn",
    "ncs",
    "ds",
    "nsưt",
    "nsnd",
    "ngưt",
    "đ/c",
    "nhà báo",
    "nhà giáo",
    "nhà văn",
    "nhà thơ",
    "nghệ nhân",
    "thạc sĩ",
    "tiến sĩ",
    "bác sĩ",
    "luật sư",
    "kỹ sư",
    "đại tá",
    "thượng tá",
    "trung tá",
    "thiếu tá",
    "đại úy",
    "thượng úy",
    "trung úy",
    "thiếu úy",
    "đồng chí",
];

/// Abbreviated onsets in initials ("Ng.Thắng").
const ONSET_ABBREVIATIONS: &[&str] = &[
    "Ch", "Gh", "Gi", "Kh", "Ng", "Ngh", "Nh", "Ph", "Qu", "Th", "Tr",
];

const AGENCIES: &[&str] = &[
    "ttxvn",
    "vna",
    "ttxvn/vna",
    "ttx",
    "thông tấn xã việt nam",
    "ttxvn - vna",
];

/// Outlets known by a bare name.
const OUTLET_NAMES: &[&str] = &[
    "vov",
    "vtv",
    "vtc",
    "htv",
    "vov.vn",
    "vtv.vn",
    "vnexpress",
    "dân trí",
    "tuổi trẻ",
    "thanh niên",
    "nhân dân",
    "quân đội nhân dân",
    "công an nhân dân",
    "lao động",
    "tiền phong",
    "vietnamplus",
    "zing",
    "vietnamnet",
];

/// Heads of outlet names.
const OUTLET_HEADS: &[&str] = &[
    "báo điện tử",
    "tạp chí",
    "cổng thông tin",
    "cổng ttđt",
    "cổng tt",
    "cổng tt-đt",
    "trang thông tin",
    "trang ttđt",
    "trang tin",
    "đài phát thanh",
    "đài truyền hình",
    "đài truyền thanh",
    "đài pt",
    "đài ptth",
    "đài pt-th",
    "đài tt-th",
    "đài tiếng nói",
    "đài tnvn",
    "thông tấn",
    "kênh",
    "website",
    "tạp san",
    "bản tin",
    "truyền hình",
];

/// Heads of organisation names.
const ORG_HEADS: &[&str] = &[
    "trung tâm",
    "phòng",
    "sở",
    "ban",
    "ubnd",
    "hđnd",
    "ủy ban",
    "văn phòng",
    "hội",
    "trường",
    "huyện ủy",
    "tỉnh ủy",
    "thành ủy",
    "thị ủy",
    "đảng ủy",
    "công an",
    "chi cục",
    "cục",
    "viện",
    "bệnh viện",
    "đoàn",
    "liên đoàn",
    "mặt trận",
    "mttq",
    "công ty",
    "tòa án",
    "tand",
    "vksnd",
    "viện kiểm sát",
    "kho bạc",
    "ngân hàng",
    "quỹ",
    "trạm",
    "hạt",
    "đội",
    "bch",
    "bộ chỉ huy",
    "ban chỉ huy",
    "bộ",
    "chi nhánh",
    "đồn",
    "đồn biên phòng",
    "lữ đoàn",
    "trung đoàn",
    "sư đoàn",
    "cơ quan",
    "hợp tác xã",
    "htx",
    "chi bộ",
    "nhà văn hóa",
    "thư viện",
    "bảo tàng",
    "bảo hiểm xã hội",
    "bhxh",
    "liên hiệp",
    "đài",
    "ủy ban nhân dân",
    "hội đồng",
    "thanh tra",
    "đơn vị",
    "xã",
    "phường",
    "thị trấn",
    "huyện",
    "tỉnh",
];

/// Words after "Trường" that make it a school rather than a name.
const SCHOOL_WORDS: &[&str] = &[
    "tiểu", "mầm", "đại", "cao", "trung", "chính", "phổ", "dân", "thcs", "thpt", "th", "mn",
];

/// Heads of a job title given as an affiliation.
const POSITION_HEADS: &[&str] = &[
    "phó",
    "chánh",
    "trưởng",
    "chủ tịch",
    "giám đốc",
    "bí thư",
    "cán bộ",
    "chuyên viên",
    "giáo viên",
    "hiệu trưởng",
    "công chức",
    "bác sĩ",
    "y sĩ",
    "kiểm lâm",
    "học sinh",
    "sinh viên",
    "hội viên",
    "đoàn viên",
    "nhân viên",
    "kế toán",
    "văn thư",
    "thư ký",
    "trợ lý",
];

/// Credits that are not people ("Ảnh: Internet").
const NON_PERSON: &[&str] = &[
    "internet",
    "sưu tầm",
    "st",
    "nguồn internet",
    "tư liệu",
    "ảnh tư liệu",
    "minh họa",
    "ảnh minh họa",
    "ảnh internet",
    "nguồn: internet",
];

/// Accounts of the old CMS, not people.
const SYSTEM_ACCOUNTS: &[&str] = &[
    "admin",
    "administrator",
    "webmaster",
    "quantri",
    "quản trị",
    "quản trị viên",
    "root",
    "editor",
    "user",
    "system",
    "guest",
];

/// Syllables that never occur in a signed name (function words, common
/// sentence words, titles of office).
const NAME_STOP: &[&str] = &[
    "của",
    "và",
    "các",
    "những",
    "được",
    "cho",
    "với",
    "trong",
    "là",
    "có",
    "không",
    "này",
    "đó",
    "đã",
    "sẽ",
    "đang",
    "cũng",
    "rất",
    "lại",
    "ra",
    "vào",
    "lên",
    "xuống",
    "thì",
    "mà",
    "nên",
    "để",
    "khi",
    "về",
    "đến",
    "tại",
    "theo",
    "nhưng",
    "hoặc",
    "nếu",
    "vì",
    "do",
    "bởi",
    "một",
    "xin",
    "xem",
    "thêm",
    "cảm",
    "ơn",
    "kết",
    "thúc",
    "mừng",
    "ngày",
    "tháng",
    "giờ",
    "phút",
    "tin",
    "bài",
    "ảnh",
    "nguồn",
    "hệ",
    "hết",
    "tiếp",
    "tục",
    "số",
    "chúng",
    "tôi",
    "bạn",
    "ông",
    "bà",
    "chị",
    "em",
    "cụ",
    "hãy",
    "phải",
    "cần",
    "nhằm",
    "đây",
    "kia",
    "nào",
    "gì",
    "sao",
    "ai",
    "ở",
    "trên",
    "dưới",
    "sau",
    "trước",
    "người",
    "việc",
    "điều",
    "cuộc",
    "sự",
    "chủ",
    "tịch",
    "giám",
    "đốc",
    "phó",
    "báo",
    "gửi",
    "nơi",
    "xã",
    "huyện",
    "tỉnh",
    "phường",
    "quận",
    "thôn",
    "hội",
    "ban",
    "phòng",
    "sở",
    "mới",
    "tết",
    "còn",
    "nữa",
    "ký",
];

/// Lower-case words that mark a sentence, not the name of an organisation.
const SENTENCE_WORDS: &[&str] = &[
    "sẽ", "đã", "được", "đang", "là", "có", "không", "cho", "với", "này", "đó", "khi", "nếu", "vì",
    "rất", "cũng", "một", "thì", "mà", "để", "tại", "lên", "xuống", "vào", "ra", "đến",
];

/// Word pairs of captions ("… phát biểu tại …").
const SENTENCE_BIGRAMS: &[&str] = &[
    "phát biểu",
    "trao đổi",
    "trao tặng",
    "trao quà",
    "tặng quà",
    "làm việc",
    "chúc mừng",
    "tham quan",
    "chủ trì",
    "kết luận",
    "chỉ đạo",
    "tham dự",
    "nói chuyện",
    "động viên",
    "thảo luận",
    "khai mạc",
    "bế mạc",
    "phát động",
    "kiểm tra",
];

/// Markers of a signature block of an official document.
const SIGNER_MARKERS: &[&str] = &[
    "chủ tịch",
    "giám đốc",
    "trưởng ban",
    "trưởng phòng",
    "bí thư",
    "thủ trưởng",
    "hiệu trưởng",
    "chánh văn phòng",
    "đã ký",
    "ký tên",
    "người ký",
    "thay mặt",
    "kt.",
    "tm.",
    "tl.",
    "tuq.",
];

/// Courtesy formulas: a "name" containing one is not a name.
const FORMULAS: &[&str] = &[
    "trân trọng",
    "kính mời",
    "kính gửi",
    "kính chào",
    "thân ái",
    "thân mến",
    "cảm ơn",
    "chúc mừng",
    "xin chào",
];

/// Place names, refused as a name alone on a line (not after a label).
const PLACES: &[&str] = &[
    "việt nam",
    "hà nội",
    "hồ chí minh",
    "sài gòn",
    "an giang",
    "bà rịa",
    "vũng tàu",
    "bạc liêu",
    "bắc giang",
    "bắc kạn",
    "bắc ninh",
    "bến tre",
    "bình dương",
    "bình định",
    "bình phước",
    "bình thuận",
    "cà mau",
    "cao bằng",
    "cần thơ",
    "đà nẵng",
    "đắk lắk",
    "đắk nông",
    "điện biên",
    "đồng nai",
    "đồng tháp",
    "gia lai",
    "hà giang",
    "hà nam",
    "hà tĩnh",
    "hải dương",
    "hải phòng",
    "hậu giang",
    "hòa bình",
    "hưng yên",
    "khánh hòa",
    "kiên giang",
    "kon tum",
    "lai châu",
    "lâm đồng",
    "lạng sơn",
    "lào cai",
    "long an",
    "nam định",
    "nghệ an",
    "ninh bình",
    "ninh thuận",
    "phú thọ",
    "phú yên",
    "quảng bình",
    "quảng nam",
    "quảng ngãi",
    "quảng ninh",
    "quảng trị",
    "sóc trăng",
    "sơn la",
    "tây ninh",
    "thái bình",
    "thái nguyên",
    "thanh hóa",
    "thừa thiên huế",
    "tiền giang",
    "trà vinh",
    "tuyên quang",
    "vĩnh long",
    "vĩnh phúc",
    "yên bái",
    "trường sa",
    "hoàng sa",
    "tây nguyên",
    "tây bắc",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        assert_eq!(
            label_kind("Tin, ảnh"),
            Some(LabelKind::Roles([Some(Role::TextAndPhoto), None, None]))
        );
        assert_eq!(label_kind("Nguồn"), Some(LabelKind::Source));
        assert_eq!(label_kind("Xem thêm"), None);
        assert_eq!(label_before("Thu Hà, ảnh").map(|(p, _)| p), Some(9));
    }

    #[test]
    fn tables_are_written_in_key_form() {
        let tables: &[&[&str]] = &[
            SOURCE_LABELS,
            TITLES,
            AGENCIES,
            OUTLET_NAMES,
            OUTLET_HEADS,
            ORG_HEADS,
            SCHOOL_WORDS,
            POSITION_HEADS,
            NON_PERSON,
            SYSTEM_ACCOUNTS,
            NAME_STOP,
            SENTENCE_WORDS,
            SENTENCE_BIGRAMS,
            SIGNER_MARKERS,
            FORMULAS,
            PLACES,
        ];
        let pairs = ROLE_LABELS
            .iter()
            .map(|(w, _)| *w)
            .chain(DESK_WORDS.iter().map(|(w, _)| *w))
            .chain(DESK_PREFIXES.iter().map(|(w, _)| *w));
        for e in tables.iter().flat_map(|t| t.iter().copied()).chain(pairs) {
            assert_eq!(key(e), e, "table entry not in key form");
        }
        assert_eq!(key("Hoà  BÌNH"), "hòa bình");
        assert_eq!(key("Đoàn Quý Thuỷ"), "đoàn quý thủy");
    }

    #[test]
    fn lexer_offsets() {
        let html = "<p a=\"x>y\">T<!-- c --><br/>U</p><script>if (a<b) {}</script>";
        let toks = lex(html);
        let kinds: Vec<TokKind> = toks.iter().map(|t| t.kind).collect();
        assert_eq!(
            kinds,
            [
                TokKind::Open,
                TokKind::Text,
                TokKind::Other,
                TokKind::Open,
                TokKind::Text,
                TokKind::Close,
                TokKind::Open,
                TokKind::Other,
                TokKind::Close
            ]
        );
        assert_eq!(&html[toks[0].start..toks[0].end], "<p a=\"x>y\">");
    }

    #[test]
    fn balance() {
        let toks = lex("</p><p>x");
        assert!(balanced(&toks));
        assert!(!balanced(&lex("</p><div>x")));
        assert!(balanced(&lex("<b>x</b>")));
        assert!(!balanced(&lex("x</b>")));
    }
}
