//! Sanitising article bodies against an allowlist ([`HtmlPolicy`]).
//!
//! Bodies from old portals were written by many people with many editors
//! over fifteen years; they contain `<script>` counters, `onclick` handlers,
//! Word markup, inline styles and embeds from anywhere. The new portal must
//! be able to render them verbatim, so everything not on the allowlist goes.
//!
//! Decisions (the default policy):
//!
//! * **Elements kept**: `p br div span blockquote strong em b i u sub sup hr
//!   pre code figure figcaption h1–h6 ul ol li dl dt dd a img iframe table
//!   caption colgroup col thead tbody tfoot tr th td`. Other elements are
//!   unwrapped (their text stays); `script style object embed applet
//!   textarea select` are removed *with* their content.
//! * **Attributes kept**: `a[href title target]`, `img[src alt width height
//!   title]`, `iframe[src width height title allowfullscreen]`,
//!   `td/th[colspan rowspan]`, `th[scope]`, `col/colgroup[span]`,
//!   `ol[start]`. No `class`, `style`, `id` or event handler (`on*`)
//!   survives: the new portal styles content itself, and `text-align`
//!   (the only style worth keeping) is an accepted loss for now.
//! * **Links**: every `<a>` gets `rel="noopener noreferrer"`; `target` is
//!   kept only if it is `_blank`, `_self`, `_parent` or `_top`.
//! * **URL schemes**: `http https mailto tel ftp`, plus relative URLs, which
//!   are passed through untouched so the pipeline can rewrite
//!   `/uploads/...` paths later. `javascript:`, `vbscript:` and all others
//!   are dropped.
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
//!   `https:`.
//! * **Comments** are removed.
//!
//! The output's text and attribute values are NFC. We normalise the text
//! nodes, not the serialised string: NFC composes `>` followed by U+0338 into
//! `≯`, which would corrupt markup.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::fmt;

use markup5ever_rcdom::NodeData;
use unicode_normalization::{is_nfc_quick, IsNormalized};
use url::Url;

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
    "span",
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
    "script", "style", "object", "embed", "applet", "textarea", "select",
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

/// Sanitises an HTML body against `policy` (see the module documentation
/// for what survives). The text and attribute values of the result are NFC.
pub fn sanitize_html(html: &str, policy: &HtmlPolicy) -> String {
    let cleaned = policy.cleaner.clean(html).to_string();
    // Fast path: nothing to normalise and no iframe to inspect, which is
    // most bodies; otherwise one more parse of the (already safe) output.
    let needs_nfc = is_nfc_quick(cleaned.chars()) != IsNormalized::Yes;
    if !needs_nfc && !cleaned.contains("<iframe") {
        return cleaned;
    }
    finish_dom(&cleaned).unwrap_or(cleaned)
}

/// Post-pass over ammonia's output: removes iframes whose `src` the filter
/// dropped and NFC-normalises text and attribute values node by node.
///
/// Re-parsing sanitised output is safe here because the allowlist contains
/// no SVG/MathML or raw-text elements other than `iframe`, so
/// parse → serialise → parse round-trips to the same tree.
fn finish_dom(cleaned: &str) -> Option<String> {
    let fragment = dom::Fragment::parse(cleaned);
    let root = fragment.root()?;
    let mut stack = vec![root.clone()];
    let mut doomed = Vec::new();
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
                if &*name.local == "iframe" && dom::attribute(&node, "src").is_none() {
                    doomed.push(node.clone());
                    continue;
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
    for node in &doomed {
        dom::detach(node);
    }
    Some(dom::serialize_children(&root))
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
            "<p><span>Việt</span></p>"
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
