//! Small helpers around html5ever's reference-counted DOM, and the nesting
//! guard every parse goes through.
//!
//! The DOM (`markup5ever_rcdom`) uses `Rc`/`RefCell` and is therefore neither
//! `Send` nor `Sync`; it never leaves the function that parsed it, so the
//! public API stays thread-safe. We use the same html5ever version as ammonia
//! (0.40) so the workspace builds one HTML parser, and we parse exactly the
//! way ammonia does (a fragment in a `<div>` context) so both see one tree.
//!
//! # The nesting guard
//!
//! html5ever's tree builder is quadratic on some hostile or broken inputs:
//! tens of thousands of unclosed `<div>`s or `<li>`s (each start tag scans
//! the whole stack of open elements), or thousands of unclosed `<font>`s
//! with different attributes (each one scans the list of active formatting
//! elements). 20,000 unclosed `<font color=N>` take about 13 s to parse.
//!
//! [`limit_nesting`] therefore runs before every parse. It scans the markup
//! with a small tokenizer (tags with quoted attributes, comments, raw-text
//! elements) and mirrors html5ever's tree builder: the stack of open
//! elements with the rules that close elements implicitly (`p`, `li`,
//! `dt`/`dd`, headings, implied end tags, table sections, rows and cells,
//! `select`/`option`, ruby parts, `button`, `form`), the adoption agency's
//! effect on formatting elements, the list of active formatting elements
//! (reopened after a block closed them, at most three identical ones), and
//! SVG/MathML content with its breakout tags and integration points. A
//! start tag that would take the mirror beyond [`MAX_DEPTH`] open elements
//! (counting formatting elements the parser will reopen), beyond
//! [`MAX_FORMATTING`] active formatting elements, or that carries more than
//! [`MAX_ATTRIBUTES`] attributes is cut out of the markup, together with the
//! end tag that closes it: the element is *flattened*, its content stays in
//! place. Documents within the limits are returned untouched, without
//! copying.
//!
//! The mirror is close, not exact (the adoption agency with a "furthest
//! block" and foster parenting are approximated). Fuzzing with random soups
//! of up to 300,000 tags drawn from 130 kinds found parsed depths at most a
//! few levels over the cap, rarely up to about 50 in mixes of misnested
//! formatting elements and headings, never growing with the input's
//! length, and parsing stayed linear. [`flatten_deeper_than`] then enforces
//! the cap on the parsed tree.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;

use html5ever::serialize::{serialize, SerializeOpts, TraversalScope};
use html5ever::tendril::TendrilSink;
use html5ever::{local_name, ns, parse_fragment, ParseOpts, QualName};
use markup5ever_rcdom::{Handle, Node, NodeData, RcDom, SerializableHandle};

/// A parsed HTML fragment. Keeps the whole DOM alive: rcdom's `Drop` empties
/// the child lists of every descendant when the document goes away, even of
/// nodes still referenced elsewhere, so handles must not outlive this value.
pub(crate) struct Fragment {
    dom: RcDom,
    flattened: usize,
}

impl Fragment {
    /// Parses `html` as the children of a `<div>`, after [`limit_nesting`].
    pub(crate) fn parse(html: &str) -> Self {
        let (html, flattened) = limit_nesting(html);
        let dom = parse_fragment(
            RcDom::default(),
            ParseOpts::default(),
            QualName::new(None, ns!(html), local_name!("div")),
            Vec::new(),
            false,
        )
        .one(&*html);
        Fragment { dom, flattened }
    }

    /// Number of start tags the nesting guard cut out before parsing.
    pub(crate) fn flattened(&self) -> usize {
        self.flattened
    }

    /// The synthetic `<html>` element html5ever puts the fragment's nodes
    /// under (Document > html > fragment nodes).
    pub(crate) fn root(&self) -> Option<Handle> {
        self.dom.document.children.borrow().first().cloned()
    }
}

/// Serialises the children of `root` back to HTML.
pub(crate) fn serialize_children(root: &Handle) -> String {
    let mut out = Vec::new();
    let opts = SerializeOpts {
        traversal_scope: TraversalScope::ChildrenOnly(None),
        ..SerializeOpts::default()
    };
    // Writing into a Vec cannot fail, and the serializer only emits UTF-8
    // built from our (UTF-8) tree; fall back to lossy decoding rather than
    // panicking should either assumption ever break.
    if serialize(&mut out, &SerializableHandle::from(root.clone()), opts).is_err() {
        out.clear();
    }
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Value of attribute `attr` on element `node`.
pub(crate) fn attribute(node: &Handle, attr: &str) -> Option<String> {
    match &node.data {
        NodeData::Element { attrs, .. } => attrs
            .borrow()
            .iter()
            .find(|a| &*a.name.local == attr)
            .map(|a| a.value.to_string()),
        _ => None,
    }
}

/// Removes `node` from its parent's child list.
pub(crate) fn detach(node: &Handle) {
    let parent = node.parent.take().and_then(|weak| weak.upgrade());
    if let Some(parent) = parent {
        parent
            .children
            .borrow_mut()
            .retain(|child| !Rc::ptr_eq(child, node));
    }
}

/// Local name of `node` if it is an HTML element (not SVG/MathML).
pub(crate) fn html_name(node: &Handle) -> Option<&str> {
    match &node.data {
        NodeData::Element { name, .. } if name.ns == ns!(html) => Some(&name.local),
        _ => None,
    }
}

/// Replaces `node` by its children in its parent's child list.
pub(crate) fn unwrap(node: &Handle) {
    let Some(parent) = node.parent.take().and_then(|weak| weak.upgrade()) else {
        return;
    };
    let children = std::mem::take(&mut *node.children.borrow_mut());
    for child in &children {
        child.parent.set(Some(Rc::downgrade(&parent)));
    }
    let mut siblings = parent.children.borrow_mut();
    if let Some(at) = siblings.iter().position(|c| Rc::ptr_eq(c, node)) {
        siblings.splice(at..=at, children);
    }
}

/// Concatenated text of the descendants of `node`.
pub(crate) fn text_content(node: &Handle) -> String {
    let mut out = String::new();
    let mut stack = vec![node.clone()];
    while let Some(n) = stack.pop() {
        if let NodeData::Text { contents } = &n.data {
            out.push_str(&contents.borrow());
        }
        stack.extend(n.children.borrow().iter().rev().cloned());
    }
    out
}

/// Replaces `node` by an empty `<br>`.
pub(crate) fn replace_with_br(node: &Handle) {
    let Some(parent) = node.parent.take().and_then(|weak| weak.upgrade()) else {
        return;
    };
    let br = Node::new(NodeData::Element {
        name: QualName::new(None, ns!(html), local_name!("br")),
        attrs: RefCell::new(Vec::new()),
        template_contents: RefCell::new(None),
        mathml_annotation_xml_integration_point: false,
    });
    br.parent.set(Some(Rc::downgrade(&parent)));
    let mut siblings = parent.children.borrow_mut();
    if let Some(at) = siblings.iter().position(|c| Rc::ptr_eq(c, node)) {
        siblings[at] = br;
    }
}

/// Removes all children of `node`.
pub(crate) fn clear_children(node: &Handle) {
    for child in std::mem::take(&mut *node.children.borrow_mut()) {
        child.parent.set(None);
    }
}

/// Unwraps every element deeper than `max` below `root` (the children of
/// `root` are at depth 1). A safety net behind [`limit_nesting`], whose
/// mirror of the parser is close but not exact; returns the number of
/// elements unwrapped.
pub(crate) fn flatten_deeper_than(root: &Handle, max: usize) -> usize {
    let mut too_deep = Vec::new();
    let mut stack = vec![(root.clone(), 0usize)];
    while let Some((node, depth)) = stack.pop() {
        for child in node.children.borrow().iter() {
            if matches!(child.data, NodeData::Element { .. }) {
                if depth + 1 > max {
                    too_deep.push(child.clone());
                }
                stack.push((child.clone(), depth + 1));
            }
        }
    }
    // Innermost first, so each unwrap moves already flat content.
    for node in too_deep.iter().rev() {
        unwrap(node);
    }
    too_deep.len()
}

/// Most elements open at once after [`limit_nesting`] (not counting the
/// fragment's own root).
pub(crate) const MAX_DEPTH: usize = 256;

/// Most active formatting elements (`b`, `font`, `a`, ...) open or waiting
/// to be reopened at once after [`limit_nesting`].
pub(crate) const MAX_FORMATTING: usize = 48;

/// Start tags with more attributes than this are flattened.
pub(crate) const MAX_ATTRIBUTES: usize = 256;

/// Cuts start tags (and their end tags) out of `html` where the tree
/// builder would otherwise go beyond [`MAX_DEPTH`] open elements, beyond
/// [`MAX_FORMATTING`] active formatting elements, or meet a tag with more
/// than [`MAX_ATTRIBUTES`] attributes. Returns the markup to parse and the
/// number of start tags cut. Borrows when nothing is cut.
pub(crate) fn limit_nesting(html: &str) -> (Cow<'_, str>, usize) {
    if !html.contains('<') {
        return (Cow::Borrowed(html), 0);
    }
    let mut guard = NestingGuard::new();
    guard.scan(html.as_bytes());
    if guard.cuts.is_empty() {
        return (Cow::Borrowed(html), 0);
    }
    let mut out = String::with_capacity(html.len());
    let mut at = 0;
    for cut in &guard.cuts {
        // Cuts are whole tags, in order, on ASCII boundaries (`<`, `>`).
        out.push_str(&html[at..cut.start]);
        at = cut.end;
    }
    out.push_str(&html[at..]);
    (Cow::Owned(out), guard.flattened)
}

// Properties of a tag name, as bit flags.
const SPECIAL: u16 = 1;
const SCOPE: u16 = 1 << 1;
const FORMATTING: u16 = 1 << 2;
const MARKER: u16 = 1 << 3;
const VOID: u16 = 1 << 4;
const RAW_TEXT: u16 = 1 << 5;
const CLOSES_P: u16 = 1 << 6;
const FOREIGN_ROOT: u16 = 1 << 7;
const IGNORED: u16 = 1 << 8;
/// Leaves SVG/MathML content (a "breakout" tag).
const BREAKOUT: u16 = 1 << 9;
/// In SVG, an element whose content is HTML again (and a scope boundary).
const SVG_INTEGRATION: u16 = 1 << 10;
/// In MathML, an element whose content is HTML again (and a scope
/// boundary).
const MATH_INTEGRATION: u16 = 1 << 11;
/// MathML `annotation-xml`: HTML content with an HTML `encoding`.
const ANNOTATION: u16 = 1 << 12;
/// A void element the parser inserts after reopening the active formatting
/// elements (`img`, `br`, `input`, ...).
const INLINE_VOID: u16 = 1 << 13;
/// Ruby parts: inserted without reopening the active formatting elements.
const RUBY_PART: u16 = 1 << 14;
/// Closed by "generate implied end tags" (`p`, `li`, `option`, ...).
const IMPLIED_END: u16 = 1 << 15;

/// Tag names the tree builder treats specially in ways the mirror follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Other,
    A,
    AddressDivP,
    Button,
    Br,
    Caption,
    Col,
    Colgroup,
    Font,
    Math,
    DdDt,
    Form,
    Heading,
    Hr,
    HtmlTemplate,
    Input,
    Li,
    Option,
    Optgroup,
    OlUl,
    P,
    Plaintext,
    Rb,
    RpRt,
    Rtc,
    Ruby,
    Select,
    Table,
    TableSection,
    TdTh,
    Tr,
}

/// Tag names the mirror knows something about.
const KNOWN_TAGS: &[(&str, u16, Kind)] = &[
    ("a", FORMATTING, Kind::A),
    ("address", SPECIAL | CLOSES_P, Kind::AddressDivP),
    ("annotation-xml", ANNOTATION, Kind::Other),
    ("applet", SPECIAL | SCOPE | MARKER, Kind::Other),
    ("area", SPECIAL | VOID | INLINE_VOID, Kind::Other),
    ("article", SPECIAL | CLOSES_P, Kind::Other),
    ("aside", SPECIAL | CLOSES_P, Kind::Other),
    ("b", FORMATTING | BREAKOUT, Kind::Other),
    ("base", SPECIAL | VOID, Kind::Other),
    ("basefont", SPECIAL | VOID, Kind::Other),
    ("bgsound", SPECIAL | VOID, Kind::Other),
    ("big", FORMATTING | BREAKOUT, Kind::Other),
    ("blockquote", SPECIAL | CLOSES_P | BREAKOUT, Kind::Other),
    ("body", SPECIAL | IGNORED | BREAKOUT, Kind::Other),
    ("br", SPECIAL | VOID | BREAKOUT | INLINE_VOID, Kind::Br),
    ("button", SPECIAL, Kind::Button),
    ("caption", SPECIAL | SCOPE | MARKER, Kind::Caption),
    ("center", SPECIAL | CLOSES_P | BREAKOUT, Kind::Other),
    ("code", FORMATTING | BREAKOUT, Kind::Other),
    ("col", SPECIAL | VOID, Kind::Col),
    ("colgroup", SPECIAL, Kind::Colgroup),
    ("dd", SPECIAL | BREAKOUT | IMPLIED_END, Kind::DdDt),
    ("desc", SVG_INTEGRATION, Kind::Other),
    ("details", SPECIAL | CLOSES_P, Kind::Other),
    ("dialog", CLOSES_P, Kind::Other),
    ("dir", SPECIAL | CLOSES_P, Kind::Other),
    ("div", SPECIAL | CLOSES_P | BREAKOUT, Kind::AddressDivP),
    ("dl", SPECIAL | CLOSES_P | BREAKOUT, Kind::Other),
    ("dt", SPECIAL | BREAKOUT | IMPLIED_END, Kind::DdDt),
    ("em", FORMATTING | BREAKOUT, Kind::Other),
    (
        "embed",
        SPECIAL | VOID | BREAKOUT | INLINE_VOID,
        Kind::Other,
    ),
    ("fieldset", SPECIAL | CLOSES_P, Kind::Other),
    ("figcaption", SPECIAL | CLOSES_P, Kind::Other),
    ("figure", SPECIAL | CLOSES_P, Kind::Other),
    ("font", FORMATTING, Kind::Font),
    ("footer", SPECIAL | CLOSES_P, Kind::Other),
    ("foreignobject", SVG_INTEGRATION, Kind::Other),
    ("form", SPECIAL | CLOSES_P, Kind::Form),
    ("frame", SPECIAL | IGNORED, Kind::Other),
    ("frameset", SPECIAL | IGNORED, Kind::Other),
    ("h1", SPECIAL | CLOSES_P | BREAKOUT, Kind::Heading),
    ("h2", SPECIAL | CLOSES_P | BREAKOUT, Kind::Heading),
    ("h3", SPECIAL | CLOSES_P | BREAKOUT, Kind::Heading),
    ("h4", SPECIAL | CLOSES_P | BREAKOUT, Kind::Heading),
    ("h5", SPECIAL | CLOSES_P | BREAKOUT, Kind::Heading),
    ("h6", SPECIAL | CLOSES_P | BREAKOUT, Kind::Heading),
    ("head", SPECIAL | IGNORED | BREAKOUT, Kind::Other),
    ("header", SPECIAL | CLOSES_P, Kind::Other),
    ("hgroup", SPECIAL | CLOSES_P, Kind::Other),
    ("hr", SPECIAL | VOID | CLOSES_P | BREAKOUT, Kind::Hr),
    ("html", SPECIAL | SCOPE | IGNORED, Kind::HtmlTemplate),
    ("i", FORMATTING | BREAKOUT, Kind::Other),
    ("iframe", SPECIAL | RAW_TEXT, Kind::Other),
    ("image", VOID | INLINE_VOID, Kind::Other),
    ("img", SPECIAL | VOID | BREAKOUT | INLINE_VOID, Kind::Other),
    ("input", SPECIAL | VOID | INLINE_VOID, Kind::Input),
    ("keygen", SPECIAL | VOID | INLINE_VOID, Kind::Other),
    ("li", SPECIAL | BREAKOUT | IMPLIED_END, Kind::Li),
    ("link", SPECIAL | VOID, Kind::Other),
    ("listing", SPECIAL | CLOSES_P | BREAKOUT, Kind::Other),
    ("main", SPECIAL | CLOSES_P, Kind::Other),
    ("marquee", SPECIAL | SCOPE | MARKER, Kind::Other),
    ("math", FOREIGN_ROOT, Kind::Math),
    ("menu", SPECIAL | CLOSES_P | BREAKOUT, Kind::Other),
    ("meta", SPECIAL | VOID | BREAKOUT, Kind::Other),
    ("mi", MATH_INTEGRATION, Kind::Other),
    ("mn", MATH_INTEGRATION, Kind::Other),
    ("mo", MATH_INTEGRATION, Kind::Other),
    ("ms", MATH_INTEGRATION, Kind::Other),
    ("mtext", MATH_INTEGRATION, Kind::Other),
    ("nav", SPECIAL | CLOSES_P, Kind::Other),
    ("nobr", FORMATTING | BREAKOUT, Kind::A),
    ("noembed", SPECIAL | RAW_TEXT, Kind::Other),
    ("noframes", SPECIAL | RAW_TEXT, Kind::Other),
    ("noscript", SPECIAL | RAW_TEXT, Kind::Other),
    ("object", SPECIAL | SCOPE | MARKER, Kind::Other),
    ("ol", SPECIAL | CLOSES_P | BREAKOUT, Kind::OlUl),
    ("optgroup", IMPLIED_END, Kind::Optgroup),
    ("option", IMPLIED_END, Kind::Option),
    ("p", SPECIAL | CLOSES_P | BREAKOUT | IMPLIED_END, Kind::P),
    ("param", SPECIAL | VOID, Kind::Other),
    ("plaintext", SPECIAL | CLOSES_P, Kind::Plaintext),
    ("pre", SPECIAL | CLOSES_P | BREAKOUT, Kind::Other),
    ("s", FORMATTING | BREAKOUT, Kind::Other),
    ("script", SPECIAL | RAW_TEXT, Kind::Other),
    ("search", SPECIAL | CLOSES_P, Kind::Other),
    ("section", SPECIAL | CLOSES_P, Kind::Other),
    ("select", SPECIAL | SCOPE, Kind::Select),
    ("small", FORMATTING | BREAKOUT, Kind::Other),
    ("source", SPECIAL | VOID, Kind::Other),
    ("strike", FORMATTING | BREAKOUT, Kind::Other),
    ("strong", FORMATTING | BREAKOUT, Kind::Other),
    ("style", SPECIAL | RAW_TEXT, Kind::Other),
    ("summary", SPECIAL | CLOSES_P, Kind::Other),
    ("svg", FOREIGN_ROOT, Kind::Other),
    ("table", SPECIAL | SCOPE | CLOSES_P | BREAKOUT, Kind::Table),
    ("tbody", SPECIAL, Kind::TableSection),
    ("td", SPECIAL | SCOPE | MARKER, Kind::TdTh),
    ("template", SPECIAL | SCOPE | MARKER, Kind::HtmlTemplate),
    ("textarea", SPECIAL | RAW_TEXT, Kind::Other),
    ("tfoot", SPECIAL, Kind::TableSection),
    ("th", SPECIAL | SCOPE | MARKER, Kind::TdTh),
    ("thead", SPECIAL, Kind::TableSection),
    ("title", SPECIAL | RAW_TEXT | SVG_INTEGRATION, Kind::Other),
    ("tr", SPECIAL, Kind::Tr),
    ("track", SPECIAL | VOID, Kind::Other),
    ("tt", FORMATTING | BREAKOUT, Kind::Other),
    ("u", FORMATTING | BREAKOUT, Kind::Other),
    ("ul", SPECIAL | CLOSES_P | BREAKOUT, Kind::OlUl),
    ("wbr", SPECIAL | VOID | INLINE_VOID, Kind::Other),
    ("xmp", SPECIAL | CLOSES_P | RAW_TEXT, Kind::Other),
    ("rb", RUBY_PART | IMPLIED_END, Kind::Rb),
    ("rp", RUBY_PART | IMPLIED_END, Kind::RpRt),
    ("rt", RUBY_PART | IMPLIED_END, Kind::RpRt),
    ("rtc", RUBY_PART | IMPLIED_END, Kind::Rtc),
    ("ruby", BREAKOUT, Kind::Ruby),
    ("span", BREAKOUT, Kind::Other),
    ("sub", BREAKOUT, Kind::Other),
    ("sup", BREAKOUT, Kind::Other),
    ("var", BREAKOUT, Kind::Other),
];

/// The namespace of a mirrored element, as far as the tree builder cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ns {
    Html,
    Svg,
    MathMl,
    /// An SVG/MathML element whose content is parsed as HTML again
    /// (`foreignObject`, `mi`, ...).
    Integration,
    /// MathML `annotation-xml` with an HTML encoding: its start tags and
    /// text are HTML, but it does not stop a breakout tag.
    Annotation,
}

/// An element on the mirrored stack of open elements.
#[derive(Debug, Clone, Copy)]
struct Open {
    name: u32,
    id: u32,
    ns: Ns,
}

/// An entry of the mirrored list of active formatting elements.
#[derive(Debug, Clone, Copy)]
enum Active {
    Marker,
    Formatting {
        name: u32,
        signature: u64,
        id: u32,
        on_stack: bool,
    },
}

/// What the adoption agency does to an active formatting element.
enum Adoption {
    /// Elements move around; the depth does not grow.
    Nothing,
    /// It is not open: it is forgotten.
    Forget,
    /// It is open at this stack position with nothing special above: the
    /// stack is popped down to it (the formatting elements above stay
    /// active).
    PopTo(usize),
}

/// The effect of a start tag: forget the active formatting element at
/// `remove` (an `<a>` closing the open one), truncate the stack to `keep`
/// elements, then open `push` elements (the tag itself, after any wrapper
/// the parser adds, e.g. `tbody` and `tr` for a `td` directly in a
/// `table`).
struct Plan {
    remove: Option<usize>,
    keep: usize,
    /// Elements the parser adds first (`tbody`, `tr`).
    wrappers: Vec<u32>,
    /// Whether the tag itself opens an element (`<select>` inside a
    /// `select` only closes it).
    push_self: bool,
}

impl Plan {
    fn push_one(keep: usize) -> Plan {
        Plan {
            remove: None,
            keep,
            wrappers: Vec::new(),
            push_self: true,
        }
    }

    fn pushes(&self) -> usize {
        self.wrappers.len() + usize::from(self.push_self)
    }
}

/// A mirror of html5ever's tree-builder state, coarse but never shallower
/// than the real one (see the module documentation).
struct NestingGuard {
    /// Ids of names outside [`KNOWN_TAGS`] met in this document (the known
    /// ones come from [`known_names`], built once: every parse makes a guard).
    names: HashMap<Vec<u8>, u32>,
    props: Vec<(u16, Kind)>,
    stack: Vec<Open>,
    active: Vec<Active>,
    /// Active formatting elements not on the stack, which the parser
    /// reopens before the next text.
    off_stack: usize,
    next_id: u32,
    /// Per tag name, start tags cut whose end tag has not been seen.
    excess: HashMap<u32, usize>,
    cuts: Vec<Range<usize>>,
    flattened: usize,
    lower: Vec<u8>,
    /// The parser's form element pointer is set (a `<form>` is ignored).
    form_open: bool,
    /// Name ids of the wrappers the parser adds to tables.
    tbody: u32,
    tr: u32,
}

/// [`KNOWN_TAGS`] by name, their ids being their positions.
fn known_names() -> &'static HashMap<&'static [u8], u32> {
    static NAMES: std::sync::OnceLock<HashMap<&'static [u8], u32>> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        KNOWN_TAGS
            .iter()
            .enumerate()
            .map(|(id, &(name, _, _))| (name.as_bytes(), id as u32))
            .collect()
    })
}

impl NestingGuard {
    fn new() -> Self {
        let mut guard = NestingGuard {
            names: HashMap::new(),
            props: KNOWN_TAGS
                .iter()
                .map(|&(_, props, kind)| (props, kind))
                .collect(),
            stack: Vec::new(),
            active: Vec::new(),
            off_stack: 0,
            next_id: 0,
            excess: HashMap::new(),
            cuts: Vec::new(),
            flattened: 0,
            lower: Vec::new(),
            form_open: false,
            tbody: 0,
            tr: 0,
        };
        guard.tbody = guard.intern(b"tbody");
        guard.tr = guard.intern(b"tr");
        guard
    }

    fn intern(&mut self, raw: &[u8]) -> u32 {
        self.lower.clear();
        self.lower.extend(raw.iter().map(u8::to_ascii_lowercase));
        if let Some(&id) = known_names().get(self.lower.as_slice()) {
            return id;
        }
        if let Some(&id) = self.names.get(&self.lower) {
            return id;
        }
        let id = self.props.len() as u32;
        self.names.insert(self.lower.clone(), id);
        self.props.push((0, Kind::Other));
        id
    }

    fn props(&self, id: u32) -> u16 {
        self.props.get(id as usize).map_or(0, |p| p.0)
    }

    fn kind(&self, id: u32) -> Kind {
        self.props.get(id as usize).map_or(Kind::Other, |p| p.1)
    }

    /// Kind of stack entry `i` (foreign elements have none).
    fn kind_at(&self, i: usize) -> Kind {
        match self.stack[i].ns {
            Ns::Html => self.kind(self.stack[i].name),
            _ => Kind::Other,
        }
    }

    /// Properties of stack entry `i`: integration points are special and
    /// bound scopes; other foreign elements are neither.
    fn entry_props(&self, i: usize) -> u16 {
        match self.stack[i].ns {
            Ns::Html => self.props(self.stack[i].name),
            Ns::Integration => SPECIAL | SCOPE,
            Ns::Svg | Ns::MathMl | Ns::Annotation => 0,
        }
    }

    /// Stack length once the SVG/MathML elements at the top are closed.
    fn html_content_len(&self) -> usize {
        (0..self.stack.len())
            .rev()
            .find(|&i| matches!(self.stack[i].ns, Ns::Html | Ns::Integration))
            .map_or(0, |i| i + 1)
    }

    /// Position of the table whose table-mode rules apply to the next tag:
    /// the nearest table context from the top of the stack (`table`,
    /// `tbody`/`thead`/`tfoot`, `tr`, `colgroup`) belongs to it; `None`
    /// when a cell, a caption, a template or nothing comes first (the body
    /// rules apply).
    fn table_mode(&self, len: usize) -> Option<usize> {
        for i in (0..len).rev() {
            match self.kind_at(i) {
                Kind::TdTh | Kind::HtmlTemplate | Kind::Caption => return None,
                Kind::Table | Kind::TableSection | Kind::Tr | Kind::Colgroup => {
                    return (0..=i).rev().find(|&j| self.kind_at(j) == Kind::Table);
                }
                _ => {}
            }
        }
        None
    }

    /// Whether start tags and text are SVG/MathML content: the current node
    /// is SVG/MathML and no integration point.
    fn in_foreign(&self) -> bool {
        self.stack
            .last()
            .is_some_and(|o| matches!(o.ns, Ns::Svg | Ns::MathMl))
    }

    /// Runs the tokenizer over `b`, feeding the mirror.
    fn scan(&mut self, b: &[u8]) {
        let mut pos = 0;
        while pos < b.len() {
            let Some(lt) = b[pos..].iter().position(|&c| c == b'<') else {
                return;
            };
            let start = pos + lt;
            if lt > 0 {
                self.text();
            }
            pos = match b.get(start + 1).copied() {
                Some(b'!') if b[start..].starts_with(b"<!--") => comment_end(b, start + 4),
                Some(b'!' | b'?') => find_byte(b, start + 2, b'>'),
                Some(b'/') => match b.get(start + 2) {
                    Some(c) if c.is_ascii_alphabetic() => {
                        let name_end = name_end_of(b, start + 2);
                        let Some(attrs) = scan_attributes(b, name_end) else {
                            return;
                        };
                        self.end_tag(&b[start + 2..name_end], start..attrs.end);
                        attrs.end
                    }
                    Some(b'>') => start + 3,
                    Some(_) => find_byte(b, start + 2, b'>'),
                    None => return,
                },
                Some(c) if c.is_ascii_alphabetic() => {
                    let name_end = name_end_of(b, start + 1);
                    let Some(attrs) = scan_attributes(b, name_end) else {
                        return;
                    };
                    let raw_name = &b[start + 1..name_end];
                    let name = self.intern(raw_name);
                    let kept = self.start_tag(name, &attrs, start..attrs.end);
                    let html_content = kept
                        && self
                            .stack
                            .last()
                            .is_some_and(|o| o.name == name && o.ns == Ns::Html);
                    if html_content && self.props(name) & RAW_TEXT != 0 {
                        // Skip the raw text to the matching end tag, which is
                        // handled as an ordinary end tag on the next round.
                        match find_end_tag(b, attrs.end, raw_name) {
                            Some(p) => p,
                            None => return,
                        }
                    } else if html_content && self.kind(name) == Kind::Plaintext {
                        return;
                    } else {
                        attrs.end
                    }
                }
                _ => {
                    self.text();
                    start + 1
                }
            };
        }
    }

    /// Text: in HTML content, the parser first reopens the active
    /// formatting elements that are not open.
    fn text(&mut self) {
        if !self.in_foreign() {
            self.reconstruct();
        }
    }

    /// Reopens the active formatting elements after the last marker that
    /// are not on the stack (as clones, in order).
    fn reconstruct(&mut self) {
        if self.off_stack == 0 {
            return;
        }
        let first = self
            .active
            .iter()
            .rposition(|a| matches!(a, Active::Marker))
            .map_or(0, |i| i + 1);
        let mut next = self.next_id;
        let mut reopened = Vec::new();
        for entry in &mut self.active[first..] {
            if let Active::Formatting {
                name, id, on_stack, ..
            } = entry
            {
                if !*on_stack {
                    *on_stack = true;
                    *id = next;
                    next = next.wrapping_add(1);
                    reopened.push(Open {
                        name: *name,
                        id: *id,
                        ns: Ns::Html,
                    });
                }
            }
        }
        self.next_id = next;
        self.off_stack -= reopened.len();
        self.stack.extend(reopened);
    }

    /// Processes a start tag; returns whether it stays in the markup.
    fn start_tag(&mut self, name: u32, attrs: &Attrs, range: Range<usize>) -> bool {
        let props = self.props(name);
        if attrs.count > MAX_ATTRIBUTES {
            self.cut_start(name, range);
            return false;
        }
        // `<font>` leaves SVG/MathML content only with one of these.
        let breakout =
            props & BREAKOUT != 0 || (self.kind(name) == Kind::Font && attrs.font_breakout);
        let in_foreign = self.in_foreign();
        if self.kind(name) == Kind::Col && !in_foreign {
            // In a table, `<col>` opens an implied `colgroup`.
            let len = self.stack.len();
            if let Some(t) = self.table_mode(len) {
                if self.kind_at(len - 1) != Kind::Colgroup {
                    let popped_formatting = (t + 1..len)
                        .filter(|&i| self.entry_props(i) & FORMATTING != 0)
                        .count();
                    if t + 2 + self.off_stack + popped_formatting > MAX_DEPTH {
                        self.cut_start(name, range);
                        return false;
                    }
                    self.pop_to(t + 1);
                    let colgroup = self.intern(b"colgroup");
                    let id = self.fresh_id();
                    self.stack.push(Open {
                        name: colgroup,
                        id,
                        ns: Ns::Html,
                    });
                }
            }
            return true;
        }
        if props & (VOID | IGNORED) != 0 && (breakout || !in_foreign) {
            if in_foreign {
                let keep = self.html_content_len();
                self.pop_to(keep);
            }
            let len = self.stack.len();
            match self.kind(name) {
                Kind::Hr => {
                    let mut keep = self.close_p(len);
                    if self.in_scope(keep, Kind::Select).is_some() {
                        keep = self.implied_end(keep, &[]);
                    }
                    self.pop_to(keep);
                }
                Kind::Input => {
                    if let Some(i) = self.in_scope(len, Kind::Select) {
                        self.pop_to(i);
                    }
                }
                _ => {}
            }
            if props & INLINE_VOID != 0 {
                self.reconstruct();
            }
            return true;
        }
        let len = self.stack.len();
        let push_one = Plan::push_one(len);
        let (plan, ns) = if in_foreign && !breakout {
            if attrs.self_closing {
                return true;
            }
            let parent = self.stack.last().map_or(Ns::Svg, |o| o.ns);
            let ns = if parent == Ns::Svg && props & SVG_INTEGRATION != 0
                || parent == Ns::MathMl && props & MATH_INTEGRATION != 0
            {
                Ns::Integration
            } else if parent == Ns::MathMl && props & ANNOTATION != 0 && attrs.html_encoding {
                Ns::Annotation
            } else {
                parent
            };
            (push_one, ns)
        } else if props & FOREIGN_ROOT != 0 {
            if attrs.self_closing {
                self.reconstruct();
                return true;
            }
            let ns = if self.kind(name) == Kind::Math {
                Ns::MathMl
            } else {
                Ns::Svg
            };
            (push_one, ns)
        } else {
            // A breakout tag first closes the SVG/MathML content.
            let keep = if in_foreign {
                self.html_content_len()
            } else {
                len
            };
            match self.plan(name, props, keep) {
                Some(plan) => (plan, Ns::Html),
                // Near SVG/MathML the mirror does not know the insertion
                // mode well enough to ignore tags: it counts an anonymous
                // element instead, which no later tag can close.
                None if self.stack.iter().any(|o| o.ns != Ns::Html) => {
                    return self.push_anonymous(range);
                }
                // The parser ignores this tag here (e.g. `<td>` outside a
                // table).
                None => return true,
            }
        };
        // Depth after the tag: the stack as planned, plus the formatting
        // elements (already off the stack or popped by the plan) that the
        // parser will reopen.
        let popped_formatting = (plan.keep..len)
            .filter(|&i| self.entry_props(i) & FORMATTING != 0)
            .count();
        // The element an `<a>` closes is popped (counted above) or waiting
        // to be reopened; either way it no longer counts.
        let depth = (plan.keep + plan.pushes() + self.off_stack + popped_formatting)
            .saturating_sub(usize::from(plan.remove.is_some()));
        let too_many_formatting =
            props & FORMATTING != 0 && self.active_formatting() >= MAX_FORMATTING;
        if depth > MAX_DEPTH || too_many_formatting {
            self.cut_start(name, range);
            return false;
        }
        self.apply(name, ns, plan, attrs.signature);
        true
    }

    /// Counts an element no tag refers to, or cuts the tag when that would
    /// go too deep.
    fn push_anonymous(&mut self, range: Range<usize>) -> bool {
        if self.stack.len() + 1 + self.off_stack > MAX_DEPTH {
            self.cuts.push(range);
            self.flattened += 1;
            return false;
        }
        let id = self.fresh_id();
        self.stack.push(Open {
            name: u32::MAX,
            id,
            ns: Ns::Html,
        });
        true
    }

    fn cut_start(&mut self, name: u32, range: Range<usize>) {
        self.cuts.push(range);
        self.flattened += 1;
        *self.excess.entry(name).or_insert(0) += 1;
    }

    /// Active formatting elements after the last marker.
    fn active_formatting(&self) -> usize {
        self.active
            .iter()
            .rev()
            .take_while(|a| !matches!(a, Active::Marker))
            .count()
    }

    /// Stack length after closing an open `<p>` in button scope.
    fn close_p(&self, len: usize) -> usize {
        for i in (0..len).rev() {
            match self.kind_at(i) {
                Kind::P => return i,
                Kind::Button => break,
                _ if self.entry_props(i) & SCOPE != 0 => break,
                _ => {}
            }
        }
        len
    }

    /// Stack length after an `<li>` (or `<dd>`/`<dt>`) closes the open one.
    fn close_list_item(&self, len: usize, target: Kind) -> usize {
        for i in (0..len).rev() {
            let kind = self.kind_at(i);
            if kind == target {
                return i;
            }
            let passable = matches!(kind, Kind::AddressDivP | Kind::P);
            if self.entry_props(i) & SPECIAL != 0 && !passable {
                break;
            }
        }
        len
    }

    /// Topmost element of one of `targets` in table scope.
    fn in_table_scope(&self, len: usize, targets: &[Kind]) -> Option<usize> {
        (0..len)
            .rev()
            .take_while(|&i| self.kind_at(i) != Kind::HtmlTemplate)
            .find(|&i| targets.contains(&self.kind_at(i)))
    }

    /// What a start tag does to the stack, or `None` when the parser
    /// ignores it.
    fn plan(&self, name: u32, props: u16, mut keep: usize) -> Option<Plan> {
        let mut remove = None;
        let mut wrappers = Vec::new();
        let mut push_self = true;
        match self.kind(name) {
            // A form while another is open is ignored.
            Kind::Form if self.form_open => return None,
            Kind::Li => keep = self.close_p(self.close_list_item(keep, Kind::Li)),
            Kind::DdDt => keep = self.close_p(self.close_list_item(keep, Kind::DdDt)),
            Kind::Heading => {
                keep = self.close_p(keep);
                if keep > 0 && self.kind_at(keep - 1) == Kind::Heading {
                    keep -= 1;
                }
            }
            // An `<a>` (`<nobr>`) closes the open one.
            Kind::A => {
                if let Some(i) = self.active_entry(name) {
                    match self.adoption(i) {
                        Adoption::Nothing => {}
                        Adoption::Forget => remove = Some(i),
                        Adoption::PopTo(r) => {
                            remove = Some(i);
                            keep = keep.min(r);
                        }
                    }
                }
            }
            // In table modes, a `<table>` closes the open one.
            Kind::Table if self.table_mode(keep).is_some() => {
                keep = self.table_mode(keep).unwrap_or(keep);
            }
            Kind::TdTh => {
                let targets = [Kind::Tr, Kind::TableSection, Kind::Table];
                let i = self.in_table_scope(keep, &targets)?;
                keep = i + 1;
                wrappers = match self.kind_at(i) {
                    Kind::Table => vec![self.tbody, self.tr],
                    Kind::TableSection => vec![self.tr],
                    _ => Vec::new(),
                };
            }
            Kind::Tr => {
                let i = self.in_table_scope(keep, &[Kind::TableSection, Kind::Table])?;
                keep = i + 1;
                if self.kind_at(i) == Kind::Table {
                    wrappers = vec![self.tbody];
                }
            }
            Kind::TableSection | Kind::Caption | Kind::Colgroup => {
                keep = self.in_table_scope(keep, &[Kind::Table])? + 1;
            }
            Kind::Option | Kind::Optgroup if self.in_scope(keep, Kind::Select).is_some() => {
                let except: &[Kind] = if self.kind(name) == Kind::Option {
                    &[Kind::Optgroup]
                } else {
                    &[]
                };
                keep = self.implied_end(keep, except);
            }
            Kind::Option | Kind::Optgroup if keep > 0 && self.kind_at(keep - 1) == Kind::Option => {
                keep -= 1;
            }
            // A `<select>` inside a select closes it.
            Kind::Select => {
                if let Some(i) = self.in_scope(keep, Kind::Select) {
                    keep = i;
                    push_self = false;
                }
            }
            Kind::Rb | Kind::Rtc if self.in_scope(keep, Kind::Ruby).is_some() => {
                keep = self.implied_end(keep, &[]);
            }
            Kind::RpRt if self.in_scope(keep, Kind::Ruby).is_some() => {
                keep = self.implied_end(keep, &[Kind::Rtc]);
            }
            Kind::Button => {
                for i in (0..keep).rev() {
                    if self.kind_at(i) == Kind::Button {
                        keep = i;
                        break;
                    }
                    if self.entry_props(i) & SCOPE != 0 {
                        break;
                    }
                }
            }
            _ if props & CLOSES_P != 0 => keep = self.close_p(keep),
            _ => {}
        }
        Some(Plan {
            remove,
            keep,
            wrappers,
            push_self,
        })
    }

    /// Topmost element of `kind` in the default scope.
    fn in_scope(&self, len: usize, kind: Kind) -> Option<usize> {
        for i in (0..len).rev() {
            if self.kind_at(i) == kind {
                return Some(i);
            }
            if self.entry_props(i) & SCOPE != 0 {
                return None;
            }
        }
        None
    }

    /// Stack length after "generate implied end tags" (except `except`).
    fn implied_end(&self, mut len: usize, except: &[Kind]) -> usize {
        while len > 0
            && self.entry_props(len - 1) & IMPLIED_END != 0
            && !except.contains(&self.kind_at(len - 1))
        {
            len -= 1;
        }
        len
    }

    /// Position in the active list of the formatting element named `name`
    /// after the last marker.
    fn active_entry(&self, name: u32) -> Option<usize> {
        let i = self.active.iter().rposition(|a| match a {
            Active::Marker => true,
            Active::Formatting { name: n, .. } => *n == name,
        })?;
        matches!(self.active[i], Active::Formatting { .. }).then_some(i)
    }

    /// What the adoption agency does with the active formatting element
    /// at `i` of the list.
    fn adoption(&self, i: usize) -> Adoption {
        match self.active.get(i) {
            Some(&Active::Formatting {
                id, on_stack: true, ..
            }) => {
                let Some(r) = self.stack.iter().rposition(|o| o.id == id) else {
                    return Adoption::Nothing;
                };
                // With a special element (a "furthest block", or a scope
                // boundary) above it, the parser moves elements around,
                // keeping or shrinking the depth, or ignores the tag.
                let furthest_block =
                    (r + 1..self.stack.len()).any(|j| self.entry_props(j) & SPECIAL != 0);
                if furthest_block {
                    Adoption::Nothing
                } else {
                    Adoption::PopTo(r)
                }
            }
            Some(Active::Formatting { .. }) => Adoption::Forget,
            _ => Adoption::Nothing,
        }
    }

    /// Takes active entry `i` out of the list (the caller pops its element
    /// off the stack).
    fn forget_active(&mut self, i: usize) {
        if let Active::Formatting { on_stack, .. } = self.active.remove(i) {
            if !on_stack {
                self.off_stack -= 1;
            }
        }
    }

    fn apply(&mut self, name: u32, ns: Ns, plan: Plan, signature: u64) {
        if let Some(i) = plan.remove {
            self.forget_active(i);
        }
        self.pop_to(plan.keep);
        // Which HTML start tags the parser inserts after reopening the
        // active formatting elements: inline ones, `xmp`, `svg` and `math`;
        // not blocks, list items, table parts, raw-text elements or ruby
        // parts.
        let props = self.props(name);
        let reopen = if props & RAW_TEXT != 0 {
            props & CLOSES_P != 0
        } else {
            !props_of_block(props, self.kind(name)) && props & RUBY_PART == 0
        };
        if ns == Ns::Html && reopen || props & FOREIGN_ROOT != 0 {
            self.reconstruct();
        }
        // Wrappers the parser adds (`tbody`, `tr`).
        for &wrapper in &plan.wrappers {
            let id = self.fresh_id();
            self.stack.push(Open {
                name: wrapper,
                id,
                ns: Ns::Html,
            });
        }
        if !plan.push_self {
            return;
        }
        let id = self.fresh_id();
        let props = if ns == Ns::Html { self.props(name) } else { 0 };
        if props & FORMATTING != 0 {
            self.noahs_ark(name, signature);
            self.active.push(Active::Formatting {
                name,
                signature,
                id,
                on_stack: true,
            });
        }
        if props & MARKER != 0 {
            self.active.push(Active::Marker);
        }
        if ns == Ns::Html && self.kind(name) == Kind::Form {
            self.form_open = true;
        }
        self.stack.push(Open { name, id, ns });
    }

    fn fresh_id(&mut self) -> u32 {
        let id = self.next_id;
        self.next_id = self.next_id.wrapping_add(1);
        id
    }

    /// Pops the stack down to `len` elements.
    fn pop_to(&mut self, len: usize) {
        while self.stack.len() > len {
            if let Some(open) = self.stack.pop() {
                self.forget(open, true);
            }
        }
    }

    /// At most three identical active formatting elements after the last
    /// marker: the earliest goes.
    fn noahs_ark(&mut self, name: u32, signature: u64) {
        let mut same = Vec::new();
        for (i, a) in self.active.iter().enumerate().rev() {
            match a {
                Active::Marker => break,
                Active::Formatting {
                    name: n,
                    signature: s,
                    ..
                } if *n == name && *s == signature => same.push(i),
                _ => {}
            }
        }
        if same.len() >= 3 {
            if let Some(&earliest) = same.last() {
                if let Active::Formatting {
                    on_stack: false, ..
                } = self.active.remove(earliest)
                {
                    self.off_stack -= 1;
                }
            }
        }
    }

    /// Bookkeeping for an element leaving the stack. With `keep_active`, a
    /// formatting element stays active (the parser reopens it later).
    fn forget(&mut self, open: Open, keep_active: bool) {
        let props = if open.ns == Ns::Html {
            self.props(open.name)
        } else {
            0
        };
        if props & MARKER != 0 {
            while let Some(a) = self.active.pop() {
                match a {
                    Active::Marker => break,
                    Active::Formatting {
                        on_stack: false, ..
                    } => self.off_stack -= 1,
                    Active::Formatting { .. } => {}
                }
            }
        }
        if props & FORMATTING != 0 {
            let found = self.active.iter().rposition(
                |a| matches!(a, Active::Formatting { id, on_stack: true, .. } if *id == open.id),
            );
            if let Some(i) = found {
                if keep_active {
                    if let Active::Formatting { on_stack, .. } = &mut self.active[i] {
                        *on_stack = false;
                    }
                    self.off_stack += 1;
                } else {
                    self.active.remove(i);
                }
            }
        }
    }

    fn end_tag(&mut self, raw_name: &[u8], range: Range<usize>) {
        let name = self.intern(raw_name);
        if let Some(n) = self.excess.get_mut(&name) {
            if *n > 0 {
                *n -= 1;
                self.cuts.push(range);
                return;
            }
        }
        let foreign_current = self.stack.last().is_some_and(|o| o.ns != Ns::Html);
        if foreign_current && matches!(self.kind(name), Kind::P | Kind::Br) {
            // `</p>` and `</br>` leave SVG/MathML content.
            let keep = self.html_content_len();
            self.pop_to(keep);
        } else if foreign_current {
            // Close the matching SVG/MathML element, unless an HTML element
            // comes first: then the HTML rules apply.
            let len = self.stack.len();
            let mut i = len;
            loop {
                if i == 0 {
                    return;
                }
                i -= 1;
                if i + 1 < len && self.stack[i].ns == Ns::Html {
                    break;
                }
                if self.stack[i].name == name {
                    self.pop_to(i);
                    return;
                }
            }
        }
        let len = self.stack.len();
        let props = self.props(name);
        if props & IGNORED != 0 {
            return;
        }
        if props & FORMATTING != 0 && self.end_formatting(name) {
            return;
        }
        let is_name = |i: usize| self.stack[i].name == name && self.stack[i].ns == Ns::Html;
        let found = match self.kind(name) {
            Kind::P => Some(self.close_p(len)).filter(|&i| i < len),
            // Any heading closes the open heading.
            Kind::Heading => (0..len)
                .rev()
                .take_while(|&i| {
                    self.kind_at(i) == Kind::Heading || self.entry_props(i) & SCOPE == 0
                })
                .find(|&i| self.kind_at(i) == Kind::Heading),
            // `</form>` closes what is implied, then takes the form out of
            // the stack, nothing else.
            Kind::Form => {
                if std::mem::take(&mut self.form_open) {
                    let at = (0..len)
                        .rev()
                        .take_while(|&i| is_name(i) || self.entry_props(i) & SCOPE == 0)
                        .find(|&i| is_name(i));
                    if let Some(i) = at {
                        let keep = self.implied_end(len, &[]).max(i + 1);
                        self.pop_to(keep);
                        // Still the tree parent of what is open above it:
                        // it keeps counting, as an entry no tag refers to.
                        if i + 1 == self.stack.len() {
                            self.stack.pop();
                        } else {
                            self.stack[i].name = u32::MAX;
                        }
                    }
                }
                return;
            }
            Kind::Li => (0..len)
                .rev()
                .take_while(|&i| {
                    is_name(i)
                        || (self.entry_props(i) & SCOPE == 0 && self.kind_at(i) != Kind::OlUl)
                })
                .find(|&i| is_name(i)),
            Kind::Table
            | Kind::TableSection
            | Kind::Tr
            | Kind::TdTh
            | Kind::Caption
            | Kind::Colgroup => (0..len)
                .rev()
                .take_while(|&i| {
                    is_name(i) || !matches!(self.kind_at(i), Kind::HtmlTemplate | Kind::Table)
                })
                .find(|&i| is_name(i)),
            _ if props & SPECIAL != 0 => (0..len)
                .rev()
                .take_while(|&i| is_name(i) || self.entry_props(i) & SCOPE == 0)
                .find(|&i| is_name(i)),
            // "Any other end tag": closes the element unless a special
            // element is open above it.
            _ => (0..len)
                .rev()
                .take_while(|&i| is_name(i) || self.entry_props(i) & SPECIAL == 0)
                .find(|&i| is_name(i)),
        };
        if let Some(i) = found {
            self.pop_to(i);
        }
    }

    /// The end tag of a formatting element: the adoption agency takes the
    /// element out of the stack and the active list; the mirror leaves
    /// everything else in place (the real parser may close more). Returns
    /// false when no such element is active.
    fn end_formatting(&mut self, name: u32) -> bool {
        // The current node of that name, no longer active (dropped by the
        // "three identical" rule), is simply closed.
        if let Some(top) = self.stack.last().copied() {
            let active = self.active.iter().any(
                |a| matches!(a, Active::Formatting { id, on_stack: true, .. } if *id == top.id),
            );
            if top.name == name && top.ns == Ns::Html && !active {
                self.stack.pop();
                return true;
            }
        }
        let Some(i) = self.active_entry(name) else {
            return false;
        };
        match self.adoption(i) {
            Adoption::Nothing => {}
            Adoption::Forget => self.forget_active(i),
            Adoption::PopTo(r) => {
                self.forget_active(i);
                self.pop_to(r);
            }
        }
        true
    }
}

/// Whether an HTML start tag is one the parser inserts without first
/// reopening the active formatting elements (blocks, list items, table
/// parts).
fn props_of_block(props: u16, kind: Kind) -> bool {
    props & CLOSES_P != 0
        || matches!(
            kind,
            Kind::Li
                | Kind::DdDt
                | Kind::Heading
                | Kind::Table
                | Kind::TableSection
                | Kind::Tr
                | Kind::TdTh
                | Kind::Caption
                | Kind::Colgroup
                | Kind::HtmlTemplate
        )
}

/// What the attribute scanner found in a tag.
struct Attrs {
    /// Index just after the tag's `>`.
    end: usize,
    count: usize,
    self_closing: bool,
    /// Has a `color`, `face` or `size` attribute (which makes a `<font>`
    /// leave SVG/MathML content).
    font_breakout: bool,
    /// Has an `encoding` of `text/html` or `application/xhtml+xml` (which
    /// makes an `annotation-xml` hold HTML).
    html_encoding: bool,
    /// Hash of the raw attribute text (for the "three identical formatting
    /// elements" rule; equal attributes written differently hash
    /// differently, which only makes the mirror deeper).
    signature: u64,
}

fn is_space(c: u8) -> bool {
    matches!(c, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ')
}

/// Index just after the first `needle` at or after `from`; `b.len()` when
/// there is none (the construct runs to the end of the input).
fn find_byte(b: &[u8], from: usize, needle: u8) -> usize {
    b.get(from..)
        .and_then(|rest| rest.iter().position(|&c| c == needle))
        .map_or(b.len(), |p| from + p + 1)
}

/// End of a comment whose text starts at `from` (just after `<!--`).
fn comment_end(b: &[u8], from: usize) -> usize {
    let rest = b.get(from..).unwrap_or_default();
    if rest.starts_with(b">") {
        return from + 1;
    }
    if rest.starts_with(b"->") {
        return from + 2;
    }
    let mut i = 0;
    while i + 2 < rest.len() {
        if rest[i] == b'-' && rest[i + 1] == b'-' {
            if rest[i + 2] == b'>' {
                return from + i + 3;
            }
            if rest[i + 2] == b'!' && rest.get(i + 3) == Some(&b'>') {
                return from + i + 4;
            }
        }
        i += 1;
    }
    b.len()
}

/// End of a tag name starting at `from`.
fn name_end_of(b: &[u8], from: usize) -> usize {
    b[from..]
        .iter()
        .position(|&c| is_space(c) || c == b'/' || c == b'>')
        .map_or(b.len(), |p| from + p)
}

/// Scans the attributes of a tag from `from` (just after its name) to its
/// `>`, the way the HTML tokenizer does. `None` when the input ends inside
/// the tag (the tokenizer then drops the tag).
fn scan_attributes(b: &[u8], from: usize) -> Option<Attrs> {
    let mut i = from;
    let mut count = 0;
    let mut self_closing = false;
    let mut font_breakout = false;
    let mut html_encoding = false;
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    loop {
        while i < b.len() && (is_space(b[i]) || b[i] == b'/') {
            self_closing = b[i] == b'/';
            i += 1;
        }
        let &c = b.get(i)?;
        if c == b'>' {
            return Some(Attrs {
                end: i + 1,
                count,
                self_closing,
                font_breakout,
                html_encoding,
                signature: hash,
            });
        }
        self_closing = false;
        count += 1;
        let attr_start = i;
        // The first character may be `=`; the name runs to a separator.
        i += 1;
        while i < b.len() && !is_space(b[i]) && !matches!(b[i], b'/' | b'>' | b'=') {
            i += 1;
        }
        let attr_name = &b[attr_start..i];
        font_breakout |= [&b"color"[..], b"face", b"size"]
            .iter()
            .any(|n| attr_name.eq_ignore_ascii_case(n));
        let mut j = i;
        while j < b.len() && is_space(b[j]) {
            j += 1;
        }
        if b.get(j) == Some(&b'=') {
            j += 1;
            while j < b.len() && is_space(b[j]) {
                j += 1;
            }
            let value = match *b.get(j)? {
                q @ (b'"' | b'\'') => {
                    let close = b[j + 1..].iter().position(|&c| c == q)?;
                    let value = &b[j + 1..j + 1 + close];
                    j += close + 2;
                    value
                }
                _ => {
                    let from = j;
                    while j < b.len() && !is_space(b[j]) && b[j] != b'>' {
                        j += 1;
                    }
                    &b[from..j]
                }
            };
            html_encoding |= attr_name.eq_ignore_ascii_case(b"encoding")
                && (value.eq_ignore_ascii_case(b"text/html")
                    || value.eq_ignore_ascii_case(b"application/xhtml+xml"));
            i = j;
        }
        for &c in &b[attr_start..i] {
            hash = (hash ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3);
        }
        hash = (hash ^ 0xff).wrapping_mul(0x0100_0000_01b3);
    }
}

/// Start of the end tag `</name` (ASCII case-insensitive, followed by a
/// separator) at or after `from`.
fn find_end_tag(b: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut i = from;
    loop {
        let at = i + b.get(i..)?.windows(2).position(|w| w == b"</")?;
        let after = at + 2 + name.len();
        if after <= b.len()
            && b[at + 2..after].eq_ignore_ascii_case(name)
            && b.get(after)
                .is_none_or(|&c| is_space(c) || c == b'/' || c == b'>')
        {
            return Some(at);
        }
        i = at + 2;
    }
}

/// Depth of the deepest element under `root` (its children are at depth 1).
#[cfg(test)]
pub(crate) fn max_depth(root: &Handle) -> usize {
    let mut deepest = 0;
    let mut stack = vec![(root.clone(), 0usize)];
    while let Some((node, depth)) = stack.pop() {
        deepest = deepest.max(depth);
        for child in node.children.borrow().iter() {
            if matches!(child.data, NodeData::Element { .. }) {
                stack.push((child.clone(), depth + 1));
            }
        }
    }
    deepest
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth_after(html: &str) -> (usize, usize) {
        let fragment = Fragment::parse(html);
        let root = fragment.root().expect("root");
        (max_depth(&root), fragment.flattened())
    }

    #[test]
    fn unwrap_and_flatten() {
        let fragment = Fragment::parse("<div><p>a<b>b</b>c</p></div><span>d</span>");
        let root = fragment.root().expect("root");
        assert_eq!(flatten_deeper_than(&root, 2), 1);
        assert_eq!(
            serialize_children(&root),
            "<div><p>abc</p></div><span>d</span>"
        );
        let p = root.children.borrow()[0].children.borrow()[0].clone();
        unwrap(&p);
        assert_eq!(serialize_children(&root), "<div>abc</div><span>d</span>");
        let div = root.children.borrow()[0].clone();
        clear_children(&div);
        assert_eq!(serialize_children(&root), "<div></div><span>d</span>");
        assert_eq!(html_name(&div), Some("div"));
    }

    #[test]
    fn ordinary_markup_is_untouched() {
        let html = "<p>a<p>b<ul><li>1<li>2</ul><table><tr><td>x<td>y<tr><td>z</table>\
                    <div><b><i>c</b></i></div><a name=1>m<a name=2>n<!-- <div> --><script>'<div>'</script>";
        assert!(matches!(limit_nesting(html), (Cow::Borrowed(_), 0)));
        // Thousands of unclosed paragraphs, list items, cells, anchors and
        // identical formatting elements close themselves; nothing is cut.
        let many = "<p>x<li>y<a name=k>z<b>w</b>".repeat(3_000)
            + "<table>"
            + &"<tr><td>1<td>2".repeat(1_000)
            + "</table>"
            + &"<p><b>bold".repeat(1_000);
        assert!(matches!(limit_nesting(&many), (Cow::Borrowed(_), 0)));
        let (depth, flattened) = depth_after(&many);
        assert!(depth < 16, "{depth}");
        assert_eq!(flattened, 0);
    }

    #[test]
    fn deep_nesting_is_flattened_to_the_cap() {
        for unit in [
            "<div>",
            "<ul><li>",
            "<span>",
            "<b>",
            "<blockquote>",
            "<table><tr><td>",
            "<svg><g>",
            "<div/>",
        ] {
            let html = unit.repeat(3_000) + "sâu" + &"</div>".repeat(10);
            let (depth, flattened) = depth_after(&html);
            assert!(depth <= MAX_DEPTH, "{unit}: depth {depth}");
            assert!(flattened > 0, "{unit}");
            let text = crate::html_to_text(&html);
            assert_eq!(text, "sâu", "{unit}");
        }
    }

    #[test]
    fn many_distinct_formatting_elements_are_bounded() {
        let fonts: String = (0..3_000)
            .map(|i| format!("<font color=\"#{i:06}\">"))
            .collect();
        let (depth, flattened) = depth_after(&(fonts.clone() + "x"));
        assert!(depth <= MAX_FORMATTING, "{depth}");
        assert_eq!(flattened, 3_000 - MAX_FORMATTING);
        // Reopened in every paragraph: still bounded.
        let html = format!("<p>{fonts}x</p>") + &"<p>y</p>".repeat(100);
        let (depth, _) = depth_after(&html);
        assert!(depth <= MAX_FORMATTING + 1, "{depth}");
    }

    #[test]
    fn end_tags_of_flattened_elements_go_too() {
        let html = "<div>".repeat(300) + "x" + &"</div>".repeat(300) + "<p>sau</p>";
        let (cut, flattened) = limit_nesting(&html);
        assert_eq!(flattened, 300 - MAX_DEPTH);
        assert_eq!(cut.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(cut.matches("</div>").count(), MAX_DEPTH);
        assert!(cut.ends_with(&("x".to_owned() + &"</div>".repeat(MAX_DEPTH) + "<p>sau</p>")));
    }

    #[test]
    fn huge_attribute_lists_are_flattened() {
        let attrs: String = (0..1_000).map(|i| format!(" a{i}=1")).collect();
        let html = format!("<p{attrs}>nội dung</p>");
        let (cut, flattened) = limit_nesting(&html);
        assert_eq!(flattened, 1);
        assert_eq!(cut, "nội dung");
    }

    /// Random soups of tags that interact (implied ends, formatting
    /// elements, tables, SVG/MathML): the parsed depth stays at the cap
    /// (plus the void leaf and wrapper slack documented on the guard).
    #[test]
    fn random_tag_soups_stay_near_the_cap() {
        let vocabulary = [
            "<div>",
            "</div>",
            "<p>",
            "</p>",
            "<b>",
            "</b>",
            "<i id=1>",
            "</i>",
            "<a href=x>",
            "</a>",
            "<font color=1>",
            "<font size=3>",
            "</font>",
            "<li>",
            "</li>",
            "<ul>",
            "<table>",
            "</table>",
            "<tr>",
            "<td>",
            "</td>",
            "<th>",
            "<caption>",
            "<col>",
            "<tbody>",
            "<span>",
            "</span>",
            "<svg>",
            "</svg>",
            "<math>",
            "<mi>",
            "<g>",
            "</g>",
            "<path/>",
            "<foreignObject>",
            "<desc>",
            "<annotation-xml encoding=text/html>",
            "<nobr>",
            "<button>",
            "<select>",
            "<option>",
            "<optgroup>",
            "<h1>",
            "</h1>",
            "<h2>",
            "<dd>",
            "<dt>",
            "<form>",
            "</form>",
            "<object>",
            "</object>",
            "<template>",
            "<strike>",
            "<u>",
            "<tt>",
            "<br>",
            "<img>",
            "<head>",
            "x",
            "<title>t</title>",
            "<textarea>",
            "</textarea>",
            "<pre>",
            "<summary>",
            "<figure>",
            "<div/>",
        ];
        let mut seed: u64 = 0x5eed;
        let mut next = move || {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) as usize
        };
        for round in 0..24 {
            let subset: Vec<&str> = (0..2 + round % 10)
                .map(|_| vocabulary[next() % vocabulary.len()])
                .collect();
            let html: String = (0..2_000).map(|_| subset[next() % subset.len()]).collect();
            let (depth, _) = depth_after(&html);
            assert!(depth <= MAX_DEPTH + 8, "{subset:?}: {depth}");
        }
    }

    #[test]
    fn tokenizer_corner_cases() {
        assert_eq!(comment_end(b"<!---->x", 4), 7);
        assert_eq!(comment_end(b"<!-->x", 4), 5);
        assert_eq!(comment_end(b"<!-- a --!>x", 4), 11);
        assert_eq!(comment_end(b"<!-- a", 4), 6);
        assert_eq!(
            find_end_tag(b"a</scripts></SCRIPT >", 0, b"script"),
            Some(11)
        );
        assert_eq!(find_end_tag(b"a</scrip", 0, b"script"), None);
        let attrs = scan_attributes(b"<a href='x>y' b=\"\" c/>z", 2).expect("complete");
        assert_eq!((attrs.end, attrs.count, attrs.self_closing), (22, 3, true));
        assert!(scan_attributes(b"<a href='x", 2).is_none());
    }
}
