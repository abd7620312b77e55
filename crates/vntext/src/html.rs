//! Cleaning article bodies: [`clean_html`] (with [`CleanOptions`]) and its
//! short form [`sanitize_html`] against an allowlist ([`HtmlPolicy`]).
//!
//! Bodies from old portals were written by many people with many editors
//! over fifteen years; they contain `<script>` counters, `onclick` handlers,
//! Word markup, inline styles, embeds from anywhere and, when pages were
//! copied from other portals, the chrome of those pages. The new portal must
//! be able to render them verbatim, so everything not on the allowlist goes.
//!
//! [`clean_html`] works in three passes:
//!
//! 1. **Before sanitising**, on the parsed body (after the nesting guard,
//!    see below): Word junk is removed (conditional comments, `<xml>`,
//!    `<w:…>`/`<m:…>`/`<v:…>`/`<o:…>` blocks with their content, `<o:p>`,
//!    smart tags and `<font>` unwrapped, `Mso…` classes, `mso-` styles and
//!    `lang` attributes dropped); the chrome rules ([`crate::chrome`]) are
//!    applied while `class` and `id` are still there; the caller's URL
//!    rewriter sees `a[href]`, `img[src]` and `iframe[src]`.
//! 2. **Sanitising** with ammonia and the policy below; a rewritten URL is
//!    checked like any other.
//! 3. **After sanitising**: iframes that lost their `src` are removed,
//!    empty blocks (`<p>&nbsp;</p>`, `<p><br></p>`, empty `div`s, ...) are
//!    removed, text and attribute values are made NFC.
//!
//! Decisions (the default policy; `docs/HTML.md` has the full list):
//!
//! * **Elements kept**: `p br div blockquote strong em b i u sub sup hr
//!   pre code figure figcaption h1–h6 ul ol li dl dt dd a img iframe table
//!   caption colgroup col thead tbody tfoot tr th td`. Other elements are
//!   unwrapped (their text stays), `span` and `font` included: with no
//!   attribute left they mean nothing. `script style object embed applet
//!   textarea select noscript noembed noframes title xml` are removed
//!   *with* their content.
//! * **Attributes kept**: `a[href title target]`, `img[src alt width height
//!   title]`, `iframe[src width height title allowfullscreen]`,
//!   `td/th[colspan rowspan]`, `th[scope]`, `col/colgroup[span]`,
//!   `ol[start]`. No `class`, `style`, `id` or event handler (`on*`)
//!   survives: the new portal styles content itself, and `text-align`
//!   (the only style worth keeping) is an accepted loss for now.
//! * **Links**: every `<a>` gets `rel="noopener noreferrer"`; `target` is
//!   kept only if it is `_blank`, `_self`, `_parent` or `_top`.
//! * **URL schemes**: `http https mailto tel ftp`, plus relative URLs, which
//!   are passed through untouched unless the caller's rewriter changes
//!   them. `javascript:`, `vbscript:` and all others are dropped.
//! * **`data:` URLs** are allowed only as `img src` with a raster image type
//!   (`png jpeg gif webp bmp`): editors pasted screenshots that way, and
//!   dropping them would lose content; SVG is refused (it can carry script)
//!   and `data:` anywhere else (links, iframes) is refused.
//! * **Iframes** are kept only when `src` is an `http(s)` URL whose host is
//!   exactly one of the policy's hosts (default: `youtube.com`,
//!   `www.youtube.com`, `youtube-nocookie.com`, `www.youtube-nocookie.com` —
//!   the host YouTube's privacy mode actually embeds from — and
//!   `player.vimeo.com`); otherwise the whole iframe is removed.
//!   Protocol-relative sources (`//www.youtube.com/...`) are upgraded to
//!   `https:`. Their fallback content is dropped.
//! * **Comments** are removed.
//!
//! The output's text and attribute values are NFC. We normalise the text
//! nodes, not the serialised string: NFC composes `>` followed by U+0338 into
//! `≯`, which would corrupt markup.
//!
//! **Nesting guard.** html5ever is quadratic on tens of thousands of
//! unclosed `<div>`s and similar; every parse first cuts start tags that
//! would nest deeper than 256 elements (their content stays), and the
//! parsed body is flattened to that depth, so such input is cleaned in
//! milliseconds. [`CleanReport::flattened_tags`] counts the cuts.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::rc::Rc;

use html5ever::ns;
use markup5ever_rcdom::{Handle, NodeData};
use url::Url;

use crate::chrome::{self, ChromeRules};
use crate::dom;
use crate::nfc::nfc;
use crate::Error;

/// Iframe hosts allowed by [`HtmlPolicy::default`].
pub const DEFAULT_IFRAME_HOSTS: &[&str] = &[
    "youtube.com",
    "www.youtube.com",
    "youtube-nocookie.com",
    "www.youtube-nocookie.com",
    "player.vimeo.com",
];

const TAGS: &[&str] = &[
    "a",
    "b",
    "blockquote",
    "br",
    "caption",
    "code",
    "col",
    "colgroup",
    "dd",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "iframe",
    "img",
    "li",
    "ol",
    "p",
    "pre",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
];

/// Removed together with everything inside them.
const CLEAN_CONTENT_TAGS: &[&str] = &[
    "script", "style", "object", "embed", "applet", "textarea", "select", "noscript", "noembed",
    "noframes", "title", "xml",
];

const TAG_ATTRIBUTES: &[(&str, &[&str])] = &[
    ("a", &["href", "title", "target"]),
    ("img", &["src", "alt", "width", "height", "title"]),
    (
        "iframe",
        &["src", "width", "height", "title", "allowfullscreen"],
    ),
    ("td", &["colspan", "rowspan"]),
    ("th", &["colspan", "rowspan", "scope"]),
    ("col", &["span"]),
    ("colgroup", &["span"]),
    ("ol", &["start"]),
];

const URL_SCHEMES: &[&str] = &["http", "https", "mailto", "tel", "ftp", "data"];

/// `data:` media types accepted for `img src`.
const DATA_IMAGE_TYPES: &[&str] = &[
    "image/png",
    "image/jpeg",
    "image/jpg",
    "image/gif",
    "image/webp",
    "image/bmp",
];

/// The HTML allowlist used by [`sanitize_html`].
///
/// Build it once and share it: it is `Send + Sync` and sanitising takes
/// `&self`. The module documentation lists what the default allows.
pub struct HtmlPolicy {
    iframe_hosts: Vec<String>,
    cleaner: ammonia::Builder<'static>,
}

impl Default for HtmlPolicy {
    fn default() -> Self {
        let hosts = DEFAULT_IFRAME_HOSTS
            .iter()
            .map(|h| (*h).to_owned())
            .collect();
        Self::from_hosts(hosts)
    }
}

impl Clone for HtmlPolicy {
    fn clone(&self) -> Self {
        // The ammonia builder holds a boxed closure and is not `Clone`;
        // rebuild it from the configuration instead.
        Self::from_hosts(self.iframe_hosts.clone())
    }
}

impl fmt::Debug for HtmlPolicy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HtmlPolicy")
            .field("iframe_hosts", &self.iframe_hosts)
            .finish_non_exhaustive()
    }
}

impl HtmlPolicy {
    /// The default policy, but allowing iframes only from `hosts` (exact host
    /// names such as `www.youtube.com`; compared case-insensitively; no
    /// wildcard, so list `www.` variants explicitly). An empty list forbids
    /// iframes altogether.
    ///
    /// Fails with [`Error::InvalidIframeHost`] when an entry is not a bare
    /// host name (a URL, a path, a port or an empty string), since such an
    /// entry would silently never match.
    pub fn with_iframe_hosts<I, S>(hosts: I) -> Result<Self, Error>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut normalized = Vec::new();
        for (index, host) in hosts.into_iter().enumerate() {
            let host = host.as_ref();
            let lower = host.trim().to_ascii_lowercase();
            let valid = !lower.is_empty()
                && lower
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
                && !lower.starts_with('.')
                && !lower.ends_with('.');
            if !valid {
                return Err(Error::InvalidIframeHost {
                    index,
                    host: host.to_owned(),
                });
            }
            normalized.push(lower);
        }
        Ok(Self::from_hosts(normalized))
    }

    /// Host names iframes may be embedded from.
    pub fn iframe_hosts(&self) -> &[String] {
        &self.iframe_hosts
    }

    /// Whether an iframe with this `src` is allowed.
    pub fn allows_iframe_src(&self, src: &str) -> bool {
        iframe_src_allowed(&self.iframe_hosts, src)
    }

    fn from_hosts(iframe_hosts: Vec<String>) -> Self {
        let mut cleaner = ammonia::Builder::empty();
        let tag_attributes: HashMap<&'static str, HashSet<&'static str>> = TAG_ATTRIBUTES
            .iter()
            .map(|(tag, attrs)| (*tag, attrs.iter().copied().collect()))
            .collect();
        let filter_hosts = iframe_hosts.clone();
        cleaner
            .tags(TAGS.iter().copied().collect())
            .clean_content_tags(CLEAN_CONTENT_TAGS.iter().copied().collect())
            .tag_attributes(tag_attributes)
            .generic_attributes(HashSet::new())
            .url_schemes(URL_SCHEMES.iter().copied().collect())
            .url_relative(ammonia::UrlRelative::PassThrough)
            .link_rel(Some("noopener noreferrer"))
            .strip_comments(true)
            .attribute_filter(move |element, attribute, value| {
                filter_attribute(&filter_hosts, element, attribute, value)
            });
        Self {
            iframe_hosts,
            cleaner,
        }
    }
}

/// Per-attribute checks ammonia cannot express with sets alone. Returning
/// `None` drops the attribute.
fn filter_attribute<'v>(
    hosts: &[String],
    element: &str,
    attribute: &str,
    value: &'v str,
) -> Option<Cow<'v, str>> {
    let trimmed = value.trim();
    if has_scheme(trimmed, "data") {
        let allowed = element == "img" && attribute == "src" && is_raster_data_url(trimmed);
        return allowed.then_some(Cow::Borrowed(value));
    }
    match (element, attribute) {
        ("iframe", "src") => {
            if !iframe_src_allowed(hosts, trimmed) {
                // Drops the src; the iframe itself is removed afterwards.
                return None;
            }
            Some(match trimmed.strip_prefix("//") {
                Some(rest) => Cow::Owned(format!("https://{rest}")),
                None => Cow::Borrowed(value),
            })
        }
        ("a", "target") => {
            let ok = ["_blank", "_self", "_parent", "_top"]
                .iter()
                .any(|t| trimmed.eq_ignore_ascii_case(t));
            ok.then(|| Cow::Owned(trimmed.to_ascii_lowercase()))
        }
        _ => Some(Cow::Borrowed(value)),
    }
}

/// ASCII case-insensitive `scheme:` prefix test.
fn has_scheme(url: &str, scheme: &str) -> bool {
    url.len() > scheme.len()
        && url.as_bytes()[scheme.len()] == b':'
        && url[..scheme.len()].eq_ignore_ascii_case(scheme)
}

fn is_raster_data_url(url: &str) -> bool {
    let Some(rest) = url.get("data:".len()..) else {
        return false;
    };
    let media_type = rest.split([';', ',']).next().unwrap_or("").trim();
    DATA_IMAGE_TYPES
        .iter()
        .any(|t| media_type.eq_ignore_ascii_case(t))
}

fn iframe_src_allowed(hosts: &[String], src: &str) -> bool {
    let src = src.trim();
    // Old embed codes are often protocol-relative; judge them as https.
    let absolute: Cow<'_, str> = match src.strip_prefix("//") {
        Some(rest) => Cow::Owned(format!("https://{rest}")),
        None => Cow::Borrowed(src),
    };
    let Ok(url) = Url::parse(&absolute) else {
        return false;
    };
    if !matches!(url.scheme(), "http" | "https") {
        return false;
    }
    // `url` lower-cases domain names and decodes punycode-irrelevant
    // escapes, so a plain comparison is exact.
    url.host_str()
        .is_some_and(|host| hosts.iter().any(|h| h == host))
}

/// Which attribute a URL was found in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UrlAttr {
    /// `a[href]`.
    Href,
    /// `img[src]` or `iframe[src]`.
    Src,
}

/// A URL in a body, offered to the caller's rewriter (see
/// [`CleanOptions::with_url_rewriter`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UrlRef<'a> {
    /// The attribute it came from.
    pub attr: UrlAttr,
    /// The element (`a`, `img` or `iframe`).
    pub element: &'a str,
    /// The URL as written (entities decoded, surrounding whitespace
    /// trimmed): relative (`/uploads/a.jpg`, `../x.html`, `?id=3`),
    /// protocol-relative (`//old.gov.vn/x`), a CMS placeholder
    /// (`{{NV_BASE_SITEURL}}uploads/a.jpg`) or absolute `http(s)`.
    pub url: &'a str,
}

/// The rewriter a loader supplies: `Some(new)` replaces the URL, `None`
/// keeps it. `Sync` so one [`CleanOptions`] can be shared by worker threads.
pub type UrlRewriter<'a> = dyn Fn(&UrlRef<'_>) -> Option<String> + Sync + 'a;

/// What [`clean_html`] does besides sanitising.
///
/// Cheap to build (three references); `Send + Sync`.
#[derive(Clone, Copy)]
pub struct CleanOptions<'a> {
    /// The allowlist.
    pub policy: &'a HtmlPolicy,
    /// Chrome rules to apply before sanitising; `None` removes no chrome.
    pub chrome: Option<&'a ChromeRules>,
    /// URL rewriter; `None` keeps URLs as they are.
    pub rewrite_url: Option<&'a UrlRewriter<'a>>,
}

impl<'a> CleanOptions<'a> {
    /// Sanitising (with Word-junk and empty-block removal) only: no chrome
    /// rules, no URL rewriting. This is what [`sanitize_html`] does.
    pub fn new(policy: &'a HtmlPolicy) -> Self {
        CleanOptions {
            policy,
            chrome: None,
            rewrite_url: None,
        }
    }

    /// Also removes the chrome `rules` find.
    pub fn with_chrome(self, rules: &'a ChromeRules) -> Self {
        CleanOptions {
            chrome: Some(rules),
            ..self
        }
    }

    /// Also passes every `a[href]`, `img[src]` and `iframe[src]` that is
    /// relative, protocol-relative or `http(s)` to `rewrite` (other schemes,
    /// such as `mailto:` or `javascript:`, never reach it). A rewritten URL
    /// is then checked by the sanitiser like any other: a rewriter cannot
    /// smuggle in a `javascript:` link or an iframe from a host the policy
    /// does not allow.
    pub fn with_url_rewriter(self, rewrite: &'a UrlRewriter<'a>) -> Self {
        CleanOptions {
            rewrite_url: Some(rewrite),
            ..self
        }
    }
}

impl fmt::Debug for CleanOptions<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CleanOptions")
            .field("policy", self.policy)
            .field("chrome", &self.chrome.map(|c| c.len()))
            .field("rewrite_url", &self.rewrite_url.is_some())
            .finish()
    }
}

/// A cleaned body and what was done to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cleaned {
    /// The clean HTML.
    pub html: String,
    /// Counts of what was removed or changed.
    pub report: CleanReport,
}

/// Counts of what [`clean_html`] did to one body, for the audit log
/// (serialises to a JSON object with these field names).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct CleanReport {
    /// Chrome removed, per rule id (a removed block or text run, or a
    /// truncation by a `block-and-rest` rule, counts once).
    pub chrome_removed: BTreeMap<String, usize>,
    /// Empty blocks removed after sanitising (`<p>&nbsp;</p>`,
    /// `<p><br></p>`, `<div> </div>`, ...); nested empty blocks count one
    /// each.
    pub empty_blocks_removed: usize,
    /// Word junk removed before sanitising: conditional comments, `<xml>`
    /// and Office-namespace blocks, `<o:p>`, smart tags, `<font>`, `Mso…`
    /// classes, `mso-` styles and `lang` attributes (one per element or
    /// attribute).
    pub word_junk_removed: usize,
    /// URLs the rewriter replaced (with a different value).
    pub urls_rewritten: usize,
    /// Elements the sanitiser dropped (unwrapped or removed with their
    /// content, rejected iframes included). Computed by counting elements
    /// before and after, so approximate when re-parsing splits or merges
    /// misnested elements.
    pub sanitizer_dropped_elements: usize,
    /// Attributes the sanitiser dropped (same method).
    pub sanitizer_dropped_attributes: usize,
    /// Start tags cut by the nesting guard (elements flattened because they
    /// nested deeper than 256 levels).
    pub flattened_tags: usize,
}

impl CleanReport {
    /// Chrome removals over all rules.
    pub fn chrome_blocks_removed(&self) -> usize {
        self.chrome_removed.values().sum()
    }

    /// Whether nothing at all was changed beyond normalisation.
    pub fn is_empty(&self) -> bool {
        *self == CleanReport::default()
    }
}

/// Cleans an HTML body: Word junk, chrome (if rules are given) and empty
/// blocks removed, URLs rewritten (if a rewriter is given), sanitised
/// against the policy, text and attribute values NFC. See the module
/// documentation for the passes and `docs/HTML.md` for the details.
///
/// Never fails and never panics on input; safe for any input size (see the
/// nesting guard).
pub fn clean_html(html: &str, options: &CleanOptions<'_>) -> Cleaned {
    let mut report = CleanReport::default();
    let prepared = prepare(html, options, &mut report);
    let sanitized = options.policy.cleaner.clean(&prepared.html).to_string();
    let html = finish(&sanitized, &prepared, &mut report);
    Cleaned { html, report }
}

/// Sanitises an HTML body against `policy` (see the module documentation
/// for what survives): [`clean_html`] with [`CleanOptions::new`], so Word
/// junk and empty blocks go too, but no chrome and no URL is rewritten.
/// The text and attribute values of the result are NFC.
pub fn sanitize_html(html: &str, policy: &HtmlPolicy) -> String {
    clean_html(html, &CleanOptions::new(policy)).html
}

/// The body after the first pass, and its element and attribute counts.
struct Prepared {
    html: String,
    elements: usize,
    attributes: usize,
}

/// The first pass: parse (with the nesting guard), Word junk, chrome, URL
/// rewriting.
fn prepare(html: &str, options: &CleanOptions<'_>, report: &mut CleanReport) -> Prepared {
    let fragment = dom::Fragment::parse(html);
    report.flattened_tags = fragment.flattened();
    let Some(root) = fragment.root() else {
        return Prepared {
            html: String::new(),
            elements: 0,
            attributes: 0,
        };
    };
    report.flattened_tags += dom::flatten_deeper_than(&root, dom::MAX_DEPTH);
    report.word_junk_removed = remove_word_junk(&root);
    if let Some(rules) = options.chrome {
        chrome::remove_chrome(&root, rules, &mut report.chrome_removed);
    }
    if let Some(rewrite) = options.rewrite_url {
        report.urls_rewritten = rewrite_urls(&root, rewrite);
    }
    let (elements, attributes) = count_markup(&root);
    Prepared {
        html: dom::serialize_children(&root),
        elements,
        attributes,
    }
}

/// Elements and attributes under `root`.
fn count_markup(root: &Handle) -> (usize, usize) {
    let mut elements = 0;
    let mut attributes = 0;
    let mut stack = vec![root.clone()];
    while let Some(node) = stack.pop() {
        for child in node.children.borrow().iter() {
            if let NodeData::Element { attrs, .. } = &child.data {
                elements += 1;
                attributes += attrs.borrow().len();
                stack.push(child.clone());
            }
        }
    }
    (elements, attributes)
}

/// Office XML namespaces whose elements carry document properties and
/// settings, never text: removed with their content.
const OFFICE_BLOCK_PREFIXES: &[&str] = &["w:", "m:", "v:", "o:"];

/// What happens to an element in the Word-junk pass.
enum Junk {
    Remove,
    Unwrap,
}

fn word_junk_element(tag: &str) -> Option<Junk> {
    if tag == "o:p" || tag == "font" || is_smart_tag(tag) {
        Some(Junk::Unwrap)
    } else if tag == "xml" || OFFICE_BLOCK_PREFIXES.iter().any(|p| tag.starts_with(p)) {
        Some(Junk::Remove)
    } else {
        None
    }
}

/// Word's smart tags: `st1:place`, `st2:city`, ... (their text is content).
fn is_smart_tag(tag: &str) -> bool {
    tag.strip_prefix("st").is_some_and(|rest| {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        digits > 0 && rest[digits..].starts_with(':')
    })
}

/// Removes Word junk under `root`; returns how many pieces went.
fn remove_word_junk(root: &Handle) -> usize {
    let mut count = 0;
    let mut remove = Vec::new();
    let mut unwrap = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(node) = stack.pop() {
        for child in node.children.borrow().iter() {
            match &child.data {
                NodeData::Comment { contents } => {
                    let text = contents.trim_start().to_ascii_lowercase();
                    // `<!--[if gte mso 9]>...<![endif]-->` and the
                    // downlevel-revealed `<![if !supportLists]>` /
                    // `<![endif]>` (bogus comments to the parser).
                    if text.starts_with("[if") || text.starts_with("[endif") {
                        remove.push(child.clone());
                    }
                }
                NodeData::Element { name, attrs, .. } => {
                    let tag: &str = &name.local;
                    if name.ns == ns!(html) {
                        match word_junk_element(tag) {
                            Some(Junk::Remove) => {
                                remove.push(child.clone());
                                continue;
                            }
                            Some(Junk::Unwrap) => unwrap.push(child.clone()),
                            None => {}
                        }
                        if tag == "style" && {
                            let text = dom::text_content(child);
                            text.contains("mso-") || text.contains("Mso")
                        } {
                            remove.push(child.clone());
                            continue;
                        }
                    }
                    let mut attrs = attrs.borrow_mut();
                    let before = attrs.len();
                    attrs.retain(|a| !is_word_attribute(&a.name.local, &a.value));
                    count += before - attrs.len();
                    stack.push(child.clone());
                }
                _ => {}
            }
        }
    }
    count += remove.len() + unwrap.len();
    for node in &remove {
        dom::detach(node);
    }
    // Innermost first is not needed: unwrapping moves children up, and an
    // element unwrapped later still has a parent.
    for node in &unwrap {
        dom::unwrap(node);
    }
    count
}

/// `class="MsoNormal"`, `style="mso-…"`, `lang="EN-US"`.
fn is_word_attribute(name: &str, value: &str) -> bool {
    match name {
        "lang" | "xml:lang" => true,
        "class" => value
            .split_ascii_whitespace()
            .any(|c| c.len() >= 3 && c[..3].eq_ignore_ascii_case("mso")),
        "style" => value.to_ascii_lowercase().contains("mso-"),
        _ => false,
    }
}

/// Offers the URLs under `root` to `rewrite`; returns how many changed.
fn rewrite_urls(root: &Handle, rewrite: &UrlRewriter<'_>) -> usize {
    let mut count = 0;
    let mut stack = vec![root.clone()];
    while let Some(node) = stack.pop() {
        for child in node.children.borrow().iter() {
            let NodeData::Element { name, attrs, .. } = &child.data else {
                continue;
            };
            stack.push(child.clone());
            if name.ns != ns!(html) {
                continue;
            }
            let element: &str = &name.local;
            let (wanted, attr) = match element {
                "a" => ("href", UrlAttr::Href),
                "img" | "iframe" => ("src", UrlAttr::Src),
                _ => continue,
            };
            let mut attrs = attrs.borrow_mut();
            for a in attrs.iter_mut().filter(|a| &*a.name.local == wanted) {
                let url = a.value.trim();
                if url.is_empty() || !rewritable(url) {
                    continue;
                }
                let found = UrlRef { attr, element, url };
                if let Some(new) = rewrite(&found) {
                    if new != url {
                        a.value = new.into();
                        count += 1;
                    }
                }
            }
        }
    }
    count
}

/// URLs the rewriter sees: relative (placeholders included) and `http(s)`.
/// The scheme is judged the way the sanitiser judges it (tabs and newlines
/// inside the URL are ignored, as browsers do).
fn rewritable(url: &str) -> bool {
    match Url::parse(url) {
        Ok(u) => matches!(u.scheme(), "http" | "https"),
        Err(url::ParseError::RelativeUrlWithoutBase) => true,
        Err(_) => false,
    }
}

/// The last pass over the sanitiser's output: counts what it dropped,
/// removes iframes whose `src` the filter dropped (and any iframe fallback
/// content), removes empty blocks and NFC-normalises text and attribute
/// values node by node.
///
/// Re-parsing sanitised output is safe here because the allowlist contains
/// no SVG/MathML or raw-text elements other than `iframe` (emptied here),
/// so parse → serialise → parse round-trips to the same tree.
fn finish(sanitized: &str, prepared: &Prepared, report: &mut CleanReport) -> String {
    let fragment = dom::Fragment::parse(sanitized);
    let Some(root) = fragment.root() else {
        return String::new();
    };
    let mut elements = 0;
    let mut attributes = 0;
    let mut links = 0;
    let mut rejected_iframes = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(node) = stack.pop() {
        match &node.data {
            NodeData::Text { contents } => {
                let normalized = match nfc(&contents.borrow()) {
                    Cow::Owned(s) => Some(s),
                    Cow::Borrowed(_) => None,
                };
                if let Some(s) = normalized {
                    *contents.borrow_mut() = s.into();
                }
            }
            NodeData::Element { name, attrs, .. } => {
                if !Rc::ptr_eq(&node, &root) {
                    elements += 1;
                    attributes += attrs.borrow().len();
                    let tag: &str = &name.local;
                    if tag == "a" {
                        links += 1;
                    }
                    if tag == "iframe" {
                        dom::clear_children(&node);
                        if dom::attribute(&node, "src").is_none() {
                            rejected_iframes.push(node.clone());
                            continue;
                        }
                    }
                }
                for attr in attrs.borrow_mut().iter_mut() {
                    if let Cow::Owned(s) = nfc(&attr.value) {
                        attr.value = s.into();
                    }
                }
            }
            _ => {}
        }
        stack.extend(node.children.borrow().iter().cloned());
    }
    for node in &rejected_iframes {
        dom::detach(node);
    }
    // Every link got a `rel` from the sanitiser.
    let attributes = attributes.saturating_sub(links);
    report.sanitizer_dropped_elements =
        prepared.elements.saturating_sub(elements) + rejected_iframes.len();
    report.sanitizer_dropped_attributes = prepared.attributes.saturating_sub(attributes);
    report.empty_blocks_removed = remove_empty_blocks(&root);
    dom::serialize_children(&root)
}

/// Blocks removed when they hold no visible content.
const REMOVABLE_WHEN_EMPTY: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "figure",
    "figcaption",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
];

/// Elements that are content even without text.
const EMBEDDED: &[&str] = &[
    "img", "iframe", "hr", "table", "video", "audio", "embed", "object", "svg", "math",
];

/// Block-level elements of the sanitised output (a removed empty block
/// between two pieces of inline content becomes a `<br>`, so the two do
/// not run together).
const BLOCK_LEVEL: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "figure",
    "figcaption",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "hr",
    "table",
    "caption",
    "colgroup",
    "col",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
    "iframe",
];

fn is_blank_text(s: &str) -> bool {
    s.chars().all(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
            )
    })
}

/// Removes blocks with no visible content (only whitespace, `&nbsp;`,
/// `<br>`s, empty inline elements), innermost first; returns how many went.
fn remove_empty_blocks(root: &Handle) -> usize {
    enum Step {
        Enter(Handle),
        Leave(Handle),
    }
    let mut removed = 0;
    // Elements known to hold content (by address).
    let mut has_content: HashSet<*const markup5ever_rcdom::Node> = HashSet::new();
    let mut stack = vec![Step::Enter(root.clone())];
    while let Some(step) = stack.pop() {
        match step {
            Step::Enter(node) => {
                stack.push(Step::Leave(node.clone()));
                for child in node.children.borrow().iter().rev() {
                    if matches!(child.data, NodeData::Element { .. }) {
                        stack.push(Step::Enter(child.clone()));
                    }
                }
            }
            Step::Leave(node) => {
                let tag = match &node.data {
                    NodeData::Element { name, .. } => name.local.to_string(),
                    _ => continue,
                };
                let content = EMBEDDED.contains(&tag.as_str())
                    || node.children.borrow().iter().any(|c| match &c.data {
                        NodeData::Text { contents } => !is_blank_text(&contents.borrow()),
                        NodeData::Element { .. } => has_content.contains(&Rc::as_ptr(c)),
                        _ => false,
                    });
                if content {
                    has_content.insert(Rc::as_ptr(&node));
                } else if REMOVABLE_WHEN_EMPTY.contains(&tag.as_str()) && !Rc::ptr_eq(&node, root) {
                    remove_empty(&node);
                    removed += 1;
                }
            }
        }
    }
    removed
}

/// Removes an empty block, leaving a `<br>` when it separated two pieces
/// of inline content (`a<p></p>b` renders on two lines).
fn remove_empty(node: &Handle) {
    let Some(parent) = node.parent.take().and_then(|w| w.upgrade()) else {
        return;
    };
    node.parent.set(Some(Rc::downgrade(&parent)));
    let siblings: Vec<Handle> = parent.children.borrow().clone();
    let Some(at) = siblings.iter().position(|c| Rc::ptr_eq(c, node)) else {
        return;
    };
    let inline_neighbour = |candidates: &mut dyn Iterator<Item = &Handle>| {
        for c in candidates {
            match &c.data {
                NodeData::Text { contents } if is_blank_text(&contents.borrow()) => {}
                NodeData::Text { .. } => return true,
                NodeData::Element { name, .. } => {
                    return !BLOCK_LEVEL.contains(&&*name.local) && &*name.local != "br"
                }
                _ => {}
            }
        }
        false
    };
    let before = inline_neighbour(&mut siblings[..at].iter().rev());
    let after = inline_neighbour(&mut siblings[at + 1..].iter());
    if before && after {
        dom::replace_with_br(node);
    } else {
        dom::detach(node);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(html: &str) -> String {
        sanitize_html(html, &HtmlPolicy::default())
    }

    #[test]
    fn policy_is_send_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<HtmlPolicy>();
    }

    #[test]
    fn scripts_handlers_and_bad_urls_removed() {
        assert_eq!(
            clean("<p>Tin <script>alert(1)</script>mới</p><style>p{color:red}</style>"),
            "<p>Tin mới</p>"
        );
        assert_eq!(
            clean("<img src=\"/uploads/a.jpg\" onerror=\"alert(1)\" alt=\"Ảnh\">"),
            "<img src=\"/uploads/a.jpg\" alt=\"Ảnh\">"
        );
        assert_eq!(
            clean("<a href=\"javascript:alert(1)\" onclick=\"x()\">Bấm</a>"),
            "<a rel=\"noopener noreferrer\">Bấm</a>"
        );
        assert_eq!(
            clean("<a href=\" JaVaScRiPt:alert(1)\">x</a><a href=\"vbscript:msgbox\">y</a>"),
            "<a rel=\"noopener noreferrer\">x</a><a rel=\"noopener noreferrer\">y</a>"
        );
        assert_eq!(
            clean("<object data=\"x.swf\"><embed src=\"x.swf\">Flash</object><form action=\"/x\"><input name=q>Tìm</form>"),
            "Tìm"
        );
    }

    #[test]
    fn links_keep_href_title_target_and_get_rel() {
        assert_eq!(
            clean("<a href=\"https://chinhphu.vn/\" title=\"Cổng\" target=\"_BLANK\" class=\"x\" style=\"color:red\" id=\"k\">Chính phủ</a>"),
            "<a href=\"https://chinhphu.vn/\" title=\"Cổng\" target=\"_blank\" rel=\"noopener noreferrer\">Chính phủ</a>"
        );
        assert_eq!(
            clean("<a href=\"/van-ban/1.html\" target=\"evil\">x</a>"),
            "<a href=\"/van-ban/1.html\" rel=\"noopener noreferrer\">x</a>"
        );
    }

    #[test]
    fn data_urls_only_for_raster_images() {
        assert_eq!(
            clean("<img src=\"data:image/png;base64,iVBORw0KGgo=\">"),
            "<img src=\"data:image/png;base64,iVBORw0KGgo=\">"
        );
        assert_eq!(
            clean("<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">"),
            "<img>"
        );
        assert_eq!(
            clean("<a href=\"data:text/html,<script>alert(1)</script>\">x</a>"),
            "<a rel=\"noopener noreferrer\">x</a>"
        );
    }

    #[test]
    fn iframes_only_from_allowed_hosts() {
        assert_eq!(
            clean("<p>Video</p><iframe src=\"https://www.youtube.com/embed/x\" width=\"560\" height=\"315\" frameborder=\"0\" allowfullscreen></iframe>"),
            "<p>Video</p><iframe src=\"https://www.youtube.com/embed/x\" width=\"560\" height=\"315\" allowfullscreen=\"\"></iframe>"
        );
        assert_eq!(
            clean("<p>a</p><iframe src=\"https://evil.example/\"></iframe><p>b</p>"),
            "<p>a</p><p>b</p>"
        );
        assert_eq!(
            clean("<iframe src=\"https://www.youtube.com.evil.example/embed/x\"></iframe>"),
            ""
        );
        assert_eq!(clean("<iframe src=\"javascript:alert(1)\"></iframe>"), "");
        assert_eq!(clean("<iframe></iframe>"), "");
        assert_eq!(
            clean("<iframe src=\"//player.vimeo.com/video/1\"></iframe>"),
            "<iframe src=\"https://player.vimeo.com/video/1\"></iframe>"
        );
    }

    #[test]
    fn word_helpers() {
        assert!(is_smart_tag("st1:place") && is_smart_tag("st12:city"));
        assert!(!is_smart_tag("st:place") && !is_smart_tag("strong") && !is_smart_tag("stx1:a"));
        assert!(is_word_attribute("class", "x MsoNormal"));
        assert!(is_word_attribute("class", "msolistparagraph"));
        assert!(!is_word_attribute("class", "ms"));
        assert!(is_word_attribute(
            "style",
            "margin:0;MSO-bidi-font-size:12pt"
        ));
        assert!(!is_word_attribute("style", "color:red"));
        assert!(is_word_attribute("lang", "EN-US"));
        assert!(matches!(word_junk_element("o:p"), Some(Junk::Unwrap)));
        assert!(matches!(
            word_junk_element("o:documentproperties"),
            Some(Junk::Remove)
        ));
        assert!(matches!(
            word_junk_element("w:worddocument"),
            Some(Junk::Remove)
        ));
        assert!(word_junk_element("option").is_none());
    }

    #[test]
    fn which_urls_are_offered_for_rewriting() {
        for url in [
            "/uploads/a.jpg",
            "a.jpg",
            "../x.html",
            "?id=1",
            "#muc",
            "//old.gov.vn/x",
            "{{NV_BASE_SITEURL}}uploads/a.jpg",
            "http://old.gov.vn/x",
            "HTTPS://old.gov.vn/x",
        ] {
            assert!(rewritable(url), "{url}");
        }
        for url in [
            "javascript:alert(1)",
            "java\tscript:alert(1)",
            "mailto:a@b.vn",
            "tel:0912",
            "data:image/png;base64,AA==",
            "ftp://x.vn/a",
        ] {
            assert!(!rewritable(url), "{url}");
        }
    }

    #[test]
    fn custom_iframe_hosts() {
        let policy = HtmlPolicy::with_iframe_hosts(["TV.Gov.VN"]).expect("valid hosts");
        assert_eq!(policy.iframe_hosts(), ["tv.gov.vn"]);
        assert!(policy.allows_iframe_src("https://tv.gov.vn/live"));
        assert!(!policy.allows_iframe_src("https://www.youtube.com/embed/x"));
        let err = HtmlPolicy::with_iframe_hosts(["youtube.com", "https://vimeo.com/"]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "iframe host #2 `https://vimeo.com/` is not a bare host name (expected e.g. `www.youtube.com`)"
        );
        let clone = policy.clone();
        assert_eq!(
            format!("{clone:?}"),
            "HtmlPolicy { iframe_hosts: [\"tv.gov.vn\"], .. }"
        );
    }

    #[test]
    fn tables_kept_with_spans() {
        let html = "<table class=\"t\" style=\"width:100%\" border=\"1\"><caption>Bảng</caption><thead><tr><th colspan=\"2\" scope=\"col\">Họ và tên</th></tr></thead>\
                    <tbody><tr><td rowspan=\"2\" width=\"30\">1</td><td>Nguyễn Văn A</td></tr></tbody></table>";
        assert_eq!(
            clean(html),
            "<table><caption>Bảng</caption><thead><tr><th colspan=\"2\" scope=\"col\">Họ và tên</th></tr></thead>\
             <tbody><tr><td rowspan=\"2\">1</td><td>Nguyễn Văn A</td></tr></tbody></table>"
        );
    }

    #[test]
    fn word_markup_unwrapped_and_text_nfc() {
        assert_eq!(
            clean("<p class=MsoNormal><span style='font-family:Arial'><font face=Arial>Vie\u{0323}\u{0302}t</font></span><o:p></o:p></p>"),
            "<p>Việt</p>"
        );
        // Marks split from their base by an unwrapped tag compose too.
        assert_eq!(
            clean("<p>Vi<font>e\u{0323}</font>\u{0302}t</p>"),
            "<p>Việt</p>"
        );
        assert_eq!(
            clean("<img alt=\"Vie\u{0323}\u{0302}t\">"),
            "<img alt=\"Việt\">"
        );
        // NFC applies to text, never across markup: `>` + U+0338 stays apart.
        assert_eq!(clean("<b>x</b>\u{0338}y"), "<b>x</b>\u{0338}y");
        assert_eq!(clean("<!-- ghi chú --><p>a</p>"), "<p>a</p>");
    }
}
