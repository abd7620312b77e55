//! Removing portal chrome (view counters, "Go top", share buttons, related
//! article lists, comment forms, ...) from article bodies, with rules kept
//! in a data file.
//!
//! [`ChromeRules::default`] holds the rules of `data/chrome.toml`, compiled
//! into the crate ([`DEFAULT_RULES`]); a site profile adds its own file with
//! [`ChromeRules::from_toml`] and [`ChromeRules::extend`]. The rules are
//! applied by [`crate::clean_html`] (through
//! [`crate::CleanOptions::with_chrome`]) *before* sanitising, while `class`
//! and `id` attributes are still there. `docs/HTML.md` documents the file
//! format with examples.
//!
//! A rule matches an element (or, inside a block, a run of text between
//! `<br>`s and blocks) in one of four ways:
//!
//! * `exact` — its folded text is one of the phrases;
//! * `prefix` — its folded text starts with a phrase, followed by nothing,
//!   a separator (`:`, `|`, `-`, `»`, `(`, a digit, ...) or link text only;
//! * `class_or_id` — its `class` or `id` contains one of the tokens (ASCII
//!   case-insensitive substring);
//! * `tags` — it is one of these elements.
//!
//! Folding is Unicode NFC, lower case, whitespace runs (NBSP included) as
//! one space, and anything that is not a letter stripped from both ends, so
//! `» Các tin khác:` folds to `các tin khác` and `1007 Go top` to `go top`.
//!
//! `remove = "block"` (the default) removes the match; a table cell is
//! emptied instead so its table keeps its shape. `remove = "block-and-rest"`
//! also removes everything after the match in the body.
//!
//! **The guard.** A rule does not fire on a block holding more than
//! `max_other_words` words (default [`DEFAULT_MAX_OTHER_WORDS`] = 20)
//! besides its phrase, counting only text outside links and only tokens
//! with a letter (numbers, dates and counters do not count). A
//! `block-and-rest` rule also does not fire when what it would remove after
//! the block holds more than `max_tail_words` (default
//! [`DEFAULT_MAX_TAIL_WORDS`] = 80) such words. Chrome is short and made of
//! links; article text is neither, so a rule matching it by accident stays
//! silent. Vietnamese words are counted by syllable, so 20 words is about
//! one short sentence.

use std::cell::OnceCell;
use std::collections::{BTreeMap, HashSet};
use std::ops::Range;
use std::rc::Rc;
use std::sync::OnceLock;

use markup5ever_rcdom::{Handle, NodeData};
use serde::Deserialize;
use toml::Spanned;

use crate::dom;
use crate::text::{fold_spaces, is_invisible};

/// The default rules file (`data/chrome.toml`), compiled in.
pub const DEFAULT_RULES: &str = include_str!("../data/chrome.toml");

/// Guard used when a rules file does not set `max_other_words`.
pub const DEFAULT_MAX_OTHER_WORDS: usize = 20;

/// Guard used when a rules file does not set `max_tail_words`.
pub const DEFAULT_MAX_TAIL_WORDS: usize = 80;

/// A set of chrome rules (see the module documentation).
///
/// `Send + Sync`; build it once per run and share it by reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChromeRules {
    rules: Vec<Rule>,
    max_other_words: Option<usize>,
    max_tail_words: Option<usize>,
}

/// An error in a chrome rules file, with the position it refers to.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}, column {column}: {message}")]
pub struct RulesError {
    line: usize,
    column: usize,
    message: String,
}

impl RulesError {
    /// 1-based line of the error.
    pub fn line(&self) -> usize {
        self.line
    }

    /// 1-based column (in characters) of the error.
    pub fn column(&self) -> usize {
        self.column
    }

    /// What is wrong, without the position.
    pub fn message(&self) -> &str {
        &self.message
    }

    fn at(text: &str, offset: usize, message: impl Into<String>) -> Self {
        let offset = offset.min(text.len());
        // Spans from the TOML parser fall on character boundaries; back off
        // to one should that ever not hold.
        let offset = (0..=offset)
            .rev()
            .find(|&o| text.is_char_boundary(o))
            .unwrap_or(0);
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        RulesError {
            line,
            column,
            message: message.into(),
        }
    }
}

/// What a rule removes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scope {
    Block,
    BlockAndRest,
}

/// A phrase, folded, with its word count.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Phrase {
    text: String,
    words: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Rule {
    id: String,
    exact: Vec<Phrase>,
    prefix: Vec<Phrase>,
    class_or_id: Vec<String>,
    tags: Vec<String>,
    scope: Scope,
    max_other_words: Option<usize>,
    enabled: bool,
}

impl Rule {
    fn has_text(&self) -> bool {
        !self.exact.is_empty() || !self.prefix.is_empty()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    max_other_words: Option<usize>,
    max_tail_words: Option<usize>,
    #[serde(default)]
    rule: Vec<RawRule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: Spanned<String>,
    #[serde(default)]
    exact: Vec<Spanned<String>>,
    #[serde(default)]
    prefix: Vec<Spanned<String>>,
    #[serde(default)]
    class_or_id: Vec<Spanned<String>>,
    #[serde(default)]
    tags: Vec<Spanned<String>>,
    remove: Option<Spanned<String>>,
    max_other_words: Option<usize>,
    enabled: Option<bool>,
}

impl Default for ChromeRules {
    /// The rules of `data/chrome.toml` ([`DEFAULT_RULES`]).
    fn default() -> Self {
        static DEFAULT: OnceLock<ChromeRules> = OnceLock::new();
        DEFAULT
            .get_or_init(|| {
                // The embedded file is checked by the tests; a broken one is
                // a build defect, not bad input.
                ChromeRules::from_toml(DEFAULT_RULES)
                    .unwrap_or_else(|e| panic!("data/chrome.toml is invalid: {e}"))
            })
            .clone()
    }
}

impl ChromeRules {
    /// No rules at all (the guard settings at their defaults).
    pub fn empty() -> Self {
        ChromeRules {
            rules: Vec::new(),
            max_other_words: None,
            max_tail_words: None,
        }
    }

    /// Reads a rules file (format in the module documentation and
    /// `docs/HTML.md`). Errors name the line and column: TOML syntax, an
    /// unknown key, a missing or duplicate `id`, a phrase or token that is
    /// empty once folded, a `remove` other than `block` and
    /// `block-and-rest`, a rule with nothing to match.
    pub fn from_toml(text: &str) -> Result<Self, RulesError> {
        let raw: RawFile = toml::from_str(text).map_err(|e| {
            let offset = e.span().map_or(0, |s| s.start);
            // One line: the parser's messages continue on further lines.
            let message: Vec<&str> = e
                .message()
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect();
            RulesError::at(text, offset, message.join(": "))
        })?;
        let mut seen = HashSet::new();
        let mut rules = Vec::with_capacity(raw.rule.len());
        for r in raw.rule {
            let id_span = r.id.span();
            let id = r.id.into_inner();
            let valid_id = !id.is_empty()
                && id
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
            if !valid_id {
                return Err(RulesError::at(
                    text,
                    id_span.start,
                    format!("rule id `{id}` must be ASCII letters, digits, `-`, `_` or `.`"),
                ));
            }
            if !seen.insert(id.clone()) {
                return Err(RulesError::at(
                    text,
                    id_span.start,
                    format!("duplicate rule id `{id}`"),
                ));
            }
            let exact = phrases(text, r.exact)?;
            let prefix = phrases(text, r.prefix)?;
            let class_or_id = tokens(text, r.class_or_id, "class_or_id", |t| {
                !t.is_empty() && !t.contains(char::is_whitespace)
            })?;
            let tags = tokens(text, r.tags, "tags", |t| {
                !t.is_empty()
                    && t.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b':'))
            })?;
            let scope = match &r.remove {
                None => Scope::Block,
                Some(s) => match s.get_ref().as_str() {
                    "block" => Scope::Block,
                    "block-and-rest" => Scope::BlockAndRest,
                    other => {
                        return Err(RulesError::at(
                            text,
                            s.span().start,
                            format!(
                                "`remove = \"{other}\"`: expected \"block\" or \"block-and-rest\""
                            ),
                        ))
                    }
                },
            };
            let enabled = r.enabled.unwrap_or(true);
            let rule = Rule {
                id,
                exact,
                prefix,
                class_or_id,
                tags,
                scope,
                max_other_words: r.max_other_words,
                enabled,
            };
            if enabled && !rule.has_text() && rule.class_or_id.is_empty() && rule.tags.is_empty() {
                return Err(RulesError::at(
                    text,
                    id_span.start,
                    format!(
                        "rule `{}` has nothing to match: give `exact`, `prefix`, `class_or_id` or `tags` (or `enabled = false`)",
                        rule.id
                    ),
                ));
            }
            rules.push(rule);
        }
        Ok(ChromeRules {
            rules,
            max_other_words: raw.max_other_words,
            max_tail_words: raw.max_tail_words,
        })
    }

    /// Adds the rules of `other` (typically a site profile's file) to these.
    /// A rule whose id is already here replaces the existing rule in place
    /// (so a site can change a default rule, or switch it off with
    /// `enabled = false`); other rules are appended. Guard settings given in
    /// `other` override these.
    pub fn extend(&mut self, other: ChromeRules) {
        for rule in other.rules {
            match self.rules.iter_mut().find(|r| r.id == rule.id) {
                Some(existing) => *existing = rule,
                None => self.rules.push(rule),
            }
        }
        if other.max_other_words.is_some() {
            self.max_other_words = other.max_other_words;
        }
        if other.max_tail_words.is_some() {
            self.max_tail_words = other.max_tail_words;
        }
    }

    /// Number of rules (switched-off ones included).
    pub fn len(&self) -> usize {
        self.rules.len()
    }

    /// Whether there are no rules.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// Ids of the rules, in order (switched-off ones included).
    pub fn rule_ids(&self) -> impl Iterator<Item = &str> {
        self.rules.iter().map(|r| r.id.as_str())
    }

    /// The block guard: most words besides the phrase a block may hold for
    /// a rule to fire on it (rules can override it).
    pub fn max_other_words(&self) -> usize {
        self.max_other_words.unwrap_or(DEFAULT_MAX_OTHER_WORDS)
    }

    /// The tail guard of `block-and-rest` rules.
    pub fn max_tail_words(&self) -> usize {
        self.max_tail_words.unwrap_or(DEFAULT_MAX_TAIL_WORDS)
    }

    fn active(&self) -> impl Iterator<Item = &Rule> {
        self.rules.iter().filter(|r| r.enabled)
    }
}

fn phrases(text: &str, raw: Vec<Spanned<String>>) -> Result<Vec<Phrase>, RulesError> {
    raw.into_iter()
        .map(|p| {
            let folded = fold(p.get_ref());
            if folded.is_empty() {
                return Err(RulesError::at(
                    text,
                    p.span().start,
                    format!("phrase `{}` has no letters", p.get_ref()),
                ));
            }
            Ok(Phrase {
                words: count_words(&folded),
                text: folded,
            })
        })
        .collect()
}

fn tokens(
    text: &str,
    raw: Vec<Spanned<String>>,
    key: &str,
    valid: impl Fn(&str) -> bool,
) -> Result<Vec<String>, RulesError> {
    raw.into_iter()
        .map(|t| {
            let lower = t.get_ref().trim().to_ascii_lowercase();
            if valid(&lower) {
                Ok(lower)
            } else {
                Err(RulesError::at(
                    text,
                    t.span().start,
                    format!("`{}` is not a valid `{key}` entry", t.get_ref()),
                ))
            }
        })
        .collect()
}

/// Folds text for comparison: NFC, lower case, whitespace runs as one
/// space, invisible characters dropped, non-letters stripped from both
/// ends.
fn fold(s: &str) -> String {
    let out = fold_spaces(&s.to_lowercase());
    let trimmed = out.trim_matches(|c: char| !c.is_alphabetic());
    if trimmed.len() == out.len() {
        out
    } else {
        trimmed.to_owned()
    }
}

/// Tokens with at least one letter.
fn count_words(s: &str) -> usize {
    s.split(|c: char| c.is_whitespace() || is_invisible(c))
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count()
}

/// Elements whose content is never visible text.
const INVISIBLE: &[&str] = &[
    "script", "style", "template", "noscript", "iframe", "object", "embed", "head", "title",
    "textarea", "select", "xml",
];

/// Elements that start a new line: they separate text runs, and their
/// boundaries separate words.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "iframe",
    "legend",
    "li",
    "listing",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

fn is_block(node: &Handle) -> bool {
    matches!(&node.data, NodeData::Element { name, .. } if BLOCKS.contains(&&*name.local))
}

/// The text of a candidate, as much as matching needs.
struct Gathered {
    /// Raw text (block boundaries as spaces), cut after `char_limit` bytes.
    text: String,
    /// Whether `text` is all of it.
    text_complete: bool,
    /// Words outside links (see [`count_words`]), counted up to
    /// `word_limit + 1`.
    words: usize,
    /// `text` folded (see [`fold`]), once the first text rule needs it.
    folded: OnceCell<String>,
}

impl Gathered {
    fn folded(&self) -> &str {
        self.folded.get_or_init(|| fold(&self.text))
    }
}

/// How much of a candidate's text to look at.
#[derive(Clone, Copy)]
struct Limits {
    chars: usize,
    words: usize,
}

/// Gathers the text of `nodes` (and their descendants).
fn gather(nodes: &[Handle], limits: Limits) -> Gathered {
    let mut g = Gathered {
        text: String::new(),
        text_complete: true,
        words: 0,
        folded: OnceCell::new(),
    };
    // (node, inside a link below the candidate, leaving a block)
    let mut stack: Vec<(Handle, bool, bool)> = nodes
        .iter()
        .rev()
        .map(|n| (n.clone(), false, false))
        .collect();
    while let Some((node, in_link, leaving)) = stack.pop() {
        if leaving {
            g.text.push(' ');
            continue;
        }
        if g.words > limits.words && g.text.len() > limits.chars {
            g.text_complete = false;
            break;
        }
        match &node.data {
            NodeData::Text { contents } => {
                let text = contents.borrow();
                if !in_link {
                    g.words += count_words(&text);
                }
                if g.text.len() <= limits.chars {
                    g.text.push_str(&text);
                } else {
                    g.text_complete = false;
                }
            }
            NodeData::Element { name, .. } => {
                let tag: &str = &name.local;
                if INVISIBLE.contains(&tag) {
                    continue;
                }
                let block = BLOCKS.contains(&tag) || tag == "br" || tag == "img";
                if block {
                    g.text.push(' ');
                    stack.push((node.clone(), in_link, true));
                }
                let link = in_link || tag == "a";
                stack.extend(
                    node.children
                        .borrow()
                        .iter()
                        .rev()
                        .map(|c| (c.clone(), link, false)),
                );
            }
            _ => {}
        }
    }
    g
}

/// The compiled view of a rule set used while walking one body.
struct Matcher<'r> {
    rules: Vec<&'r Rule>,
    max_other_words: usize,
    max_tail_words: usize,
    limits: Limits,
}

/// A rule that matched, with what it asks for.
struct Hit<'r> {
    rule: &'r Rule,
}

impl<'r> Matcher<'r> {
    fn new(rules: &'r ChromeRules) -> Self {
        let active: Vec<&Rule> = rules.active().collect();
        let max_other_words = rules.max_other_words();
        let longest = active
            .iter()
            .flat_map(|r| r.exact.iter().chain(&r.prefix))
            .map(|p| (p.text.len(), p.words))
            .fold((0, 0), |(c, w), (pc, pw)| (c.max(pc), w.max(pw)));
        let most_words = active
            .iter()
            .filter_map(|r| r.max_other_words)
            .fold(max_other_words, usize::max);
        Matcher {
            rules: active,
            max_other_words,
            max_tail_words: rules.max_tail_words(),
            limits: Limits {
                chars: longest.0 + 64,
                words: most_words + longest.1 + 1,
            },
        }
    }

    fn guard(&self, rule: &Rule) -> usize {
        rule.max_other_words.unwrap_or(self.max_other_words)
    }

    /// The first rule matching element `node`.
    fn match_element(&self, node: &Handle) -> Option<Hit<'r>> {
        let tag = dom::html_name(node)?;
        let mut gathered: Option<Gathered> = None;
        for &rule in &self.rules {
            let by_markup = rule.tags.iter().any(|t| t == tag)
                || (!rule.class_or_id.is_empty() && class_or_id_matches(node, &rule.class_or_id));
            if !by_markup && !rule.has_text() {
                continue;
            }
            let g = gathered.get_or_insert_with(|| gather(std::slice::from_ref(node), self.limits));
            if by_markup && g.words <= self.guard(rule) {
                return Some(Hit { rule });
            }
            if self.text_matches(rule, g) {
                return Some(Hit { rule });
            }
        }
        None
    }

    /// The first text rule matching a run of inline nodes.
    fn match_run(&self, run: &[Handle]) -> Option<Hit<'r>> {
        let g = gather(run, self.limits);
        self.rules
            .iter()
            .find(|r| r.has_text() && self.text_matches(r, &g))
            .map(|&rule| Hit { rule })
    }

    fn text_matches(&self, rule: &Rule, g: &Gathered) -> bool {
        let text = g.folded();
        if text.is_empty() {
            return false;
        }
        let guard = self.guard(rule);
        let exact = g.text_complete
            && rule
                .exact
                .iter()
                .any(|p| p.text == text && g.words.saturating_sub(p.words) <= guard);
        exact
            || rule.prefix.iter().any(|p| {
                let other = g.words.saturating_sub(p.words);
                other <= guard && prefix_matches(text, &p.text, other)
            })
    }
}

/// Whether folded `text` starts with `phrase` as a whole: followed by
/// nothing, a separator, or (when `other_words` is 0, i.e. the rest is link
/// text) anything.
fn prefix_matches(text: &str, phrase: &str, other_words: usize) -> bool {
    let Some(rest) = text.strip_prefix(phrase) else {
        return false;
    };
    let mut chars = rest.chars();
    let Some(first) = chars.next() else {
        return true;
    };
    if first.is_alphanumeric() {
        // The phrase ends inside a word.
        return false;
    }
    let next = if first == ' ' {
        chars.next()
    } else {
        Some(first)
    };
    match next {
        None => true,
        Some(c) if c.is_alphabetic() => other_words == 0,
        Some(c) => !matches!(
            c,
            ',' | '.' | ';' | '!' | '?' | '…' | '"' | '\'' | '“' | '”' | '‘' | '’'
        ),
    }
}

fn class_or_id_matches(node: &Handle, tokens: &[String]) -> bool {
    let NodeData::Element { attrs, .. } = &node.data else {
        return false;
    };
    attrs.borrow().iter().any(|a| {
        let name: &str = &a.name.local;
        (name == "class" || name == "id") && {
            let value = a.value.to_ascii_lowercase();
            tokens.iter().any(|t| value.contains(t.as_str()))
        }
    })
}

/// Non-link words in everything after `node` in document order (up to
/// `root`), counted up to `limit + 1`.
fn words_after(node: &Handle, root: &Handle, limit: usize) -> usize {
    let mut words = 0;
    let mut current = node.clone();
    while !Rc::ptr_eq(&current, root) {
        let Some(parent) = current.parent.take().and_then(|w| w.upgrade()) else {
            break;
        };
        current.parent.set(Some(Rc::downgrade(&parent)));
        let following = following_siblings(&parent, &current);
        let limits = Limits {
            chars: 0,
            words: limit.saturating_sub(words),
        };
        words += gather(&following, limits).words;
        if words > limit {
            break;
        }
        current = parent;
    }
    words
}

fn following_siblings(parent: &Handle, node: &Handle) -> Vec<Handle> {
    let children = parent.children.borrow();
    match children.iter().position(|c| Rc::ptr_eq(c, node)) {
        Some(i) => children[i + 1..].to_vec(),
        None => Vec::new(),
    }
}

/// Detaches everything after `node` in document order, up to `root`.
fn truncate_after(node: &Handle, root: &Handle) {
    let mut current = node.clone();
    while !Rc::ptr_eq(&current, root) {
        let Some(parent) = current.parent.take().and_then(|w| w.upgrade()) else {
            break;
        };
        current.parent.set(Some(Rc::downgrade(&parent)));
        for sibling in following_siblings(&parent, &current) {
            dom::detach(&sibling);
        }
        current = parent;
    }
}

/// Whether a block can go: cells are emptied instead of removed.
fn remove_block(node: &Handle) {
    match dom::html_name(node) {
        Some("td" | "th") => dom::clear_children(node),
        _ => dom::detach(node),
    }
}

/// Removes the chrome `rules` find under `root`, counting removals per rule
/// id into `removed`.
pub(crate) fn remove_chrome(
    root: &Handle,
    rules: &ChromeRules,
    removed: &mut BTreeMap<String, usize>,
) {
    let matcher = Matcher::new(rules);
    if matcher.rules.is_empty() {
        return;
    }
    let mut stack = vec![root.clone()];
    while let Some(node) = stack.pop() {
        let is_root = Rc::ptr_eq(&node, root);
        if !is_root {
            let Some(tag) = dom::html_name(&node) else {
                continue;
            };
            if INVISIBLE.contains(&tag) {
                continue;
            }
            if let Some(hit) = matcher.match_element(&node) {
                let rest = hit.rule.scope == Scope::BlockAndRest;
                if rest && words_after(&node, root, matcher.max_tail_words) > matcher.max_tail_words
                {
                    // Too much text would go with it: keep looking inside.
                } else {
                    *removed.entry(hit.rule.id.clone()).or_insert(0) += 1;
                    if rest {
                        truncate_after(&node, root);
                        stack.clear();
                    }
                    remove_block(&node);
                    continue;
                }
            }
        }
        let truncated = remove_runs(&node, is_root, root, &matcher, removed);
        if truncated {
            stack.clear();
        }
        let children: Vec<Handle> = node.children.borrow().clone();
        stack.extend(
            children
                .into_iter()
                .rev()
                .filter(|c| matches!(c.data, NodeData::Element { .. })),
        );
    }
}

/// Checks the text runs among the children of `container` (inline content
/// between `<br>`s and blocks) against the text rules and removes those
/// that match. Returns whether a `block-and-rest` rule truncated the body.
fn remove_runs(
    container: &Handle,
    is_root: bool,
    root: &Handle,
    matcher: &Matcher<'_>,
    removed: &mut BTreeMap<String, usize>,
) -> bool {
    let children: Vec<Handle> = container.children.borrow().clone();
    let mut runs: Vec<Range<usize>> = Vec::new();
    let mut start = None;
    for (i, child) in children.iter().enumerate() {
        let separator = is_block(child) || dom::html_name(child) == Some("br");
        match (separator, start) {
            (true, Some(s)) => {
                runs.push(s..i);
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        runs.push(s..children.len());
    }
    for run in runs {
        let nodes = &children[run.clone()];
        let whole = run.start == 0 && run.end == children.len();
        let single_element = nodes.len() == 1 && matches!(nodes[0].data, NodeData::Element { .. });
        let has_text = nodes.iter().any(|n| match &n.data {
            NodeData::Text { contents } => !contents.borrow().trim().is_empty(),
            _ => false,
        });
        if single_element || (whole && !is_root) || !has_text {
            continue;
        }
        let Some(hit) = matcher.match_run(nodes) else {
            continue;
        };
        let last = &nodes[nodes.len() - 1];
        if hit.rule.scope == Scope::BlockAndRest {
            if words_after(last, root, matcher.max_tail_words) > matcher.max_tail_words {
                continue;
            }
            *removed.entry(hit.rule.id.clone()).or_insert(0) += 1;
            truncate_after(last, root);
            for n in nodes {
                dom::detach(n);
            }
            return true;
        }
        *removed.entry(hit.rule.id.clone()).or_insert(0) += 1;
        // The line break that ended the run goes with it (or, for the last
        // line of a block, the one before it).
        let is_br = |n: &&Handle| dom::html_name(n) == Some("br");
        let after = children.get(run.end).filter(is_br);
        let before = run
            .start
            .checked_sub(1)
            .and_then(|i| children.get(i))
            .filter(is_br);
        let last_line = children[run.end..].iter().all(|n| match &n.data {
            NodeData::Text { contents } => contents.borrow().trim().is_empty(),
            _ => is_br(&n),
        });
        if let Some(br) = if last_line { before.or(after) } else { after } {
            dom::detach(br);
        }
        for n in nodes {
            dom::detach(n);
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strip(html: &str, rules: &ChromeRules) -> (String, BTreeMap<String, usize>) {
        let fragment = dom::Fragment::parse(html);
        let root = fragment.root().expect("root");
        let mut removed = BTreeMap::new();
        remove_chrome(&root, rules, &mut removed);
        (dom::serialize_children(&root), removed)
    }

    #[test]
    fn default_rules_parse() {
        let rules = ChromeRules::default();
        assert!(rules.len() >= 10);
        assert_eq!(rules.max_other_words(), 20);
        assert_eq!(rules.max_tail_words(), 80);
        assert!(rules.rule_ids().any(|id| id == "related-articles"));
    }

    #[test]
    fn folding() {
        assert_eq!(fold("  » Các\u{A0}tin   KHÁC: "), "các tin khác");
        assert_eq!(fold("1007 Go top"), "go top");
        assert_eq!(fold("Vie\u{0323}\u{0302}t"), "việt");
        assert_eq!(fold("12 345"), "");
        assert_eq!(count_words("lượt xem: 1.234 (12/03/2019) ★"), 2);
    }

    #[test]
    fn prefix_boundaries() {
        assert!(prefix_matches("chia sẻ", "chia sẻ", 0));
        assert!(prefix_matches("chia sẻ: facebook", "chia sẻ", 0));
        assert!(prefix_matches("lượt xem 1234", "lượt xem", 0));
        assert!(prefix_matches("tin mới hơn hội nghị", "tin mới hơn", 0));
        assert!(!prefix_matches("chia sẻ với báo chí", "chia sẻ", 4));
        assert!(!prefix_matches("chia sẻ, ông a nói", "chia sẻ", 4));
        assert!(!prefix_matches("printer", "print", 0));
    }

    #[test]
    fn element_run_and_cell_removal() {
        let rules = ChromeRules::default();
        let (out, removed) = strip(
            "<p>Nội dung bài viết.</p><p>Lượt xem: 1.234 | <a href='#'>In bài viết</a></p>\
             <table><tr><td>Ô 1</td><td>Chia sẻ: <a href=x>Facebook</a></td></tr></table>\
             <div>Đoạn cuối.<br>Về đầu trang<br>Tác giả</div>",
            &rules,
        );
        assert_eq!(
            out,
            "<p>Nội dung bài viết.</p><table><tbody><tr><td>Ô 1</td><td></td></tr></tbody></table>\
             <div>Đoạn cuối.<br>Tác giả</div>"
        );
        assert_eq!(removed["view-counter"], 1);
        assert_eq!(removed["share"], 1);
        assert_eq!(removed["back-to-top"], 1);
    }
}
