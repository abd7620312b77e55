//! Deciding sections for items, and checking rules against the source.

use std::fmt;
use std::path::PathBuf;

use serde::Serialize;

use chrono::NaiveDate;

use crate::fold::titles_equal;
use crate::mapping::{url_path, Conditions, Kind, Mapping, Rule, Selector, UnmappedPolicy};

/// What the mapper sees of an old category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CategoryRef<'a> {
    /// Old numeric id.
    pub id: i64,
    /// Old URL alias.
    pub alias: &'a str,
    /// Old title (as cleaned upstream; compared after NFC anyway).
    pub title: &'a str,
    /// The category's URL path on the old site (may be empty).
    pub old_url: &'a str,
}

/// What the mapper sees of the item being placed, for rule conditions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ItemFacts<'a> {
    /// The source (NukeViet module) the item comes from.
    pub source: &'a str,
    /// What the item is.
    pub kind: Kind,
    /// Its title, decoded and normalised.
    pub title: &'a str,
    /// Its body as plain text (empty for categories).
    pub body_text: &'a str,
    /// Its author field and contributor names (bylines), as decoded;
    /// only consulted when a rule has an `author` condition
    /// ([`Mapping::needs_authors`]).
    pub authors: &'a [&'a str],
    /// Its publication date in the site's calendar (Viet Nam: UTC+7).
    pub published_on: Option<NaiveDate>,
    /// Its own URL path on the old site; `old_url_prefix` is tried on it
    /// when the item has no category.
    pub old_url: &'a str,
}

/// The outcome of [`Mapping::decide`], borrowing from the mapping.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Decision<'m> {
    /// A rule matched.
    Mapped {
        /// Target section slug.
        section: &'m str,
        /// The matching rule's id (see [`Mapping::rule_ref`] for file:line).
        rule_id: &'m str,
        /// Id of the category on the path at whose level the rule matched
        /// (differs from the item's own category when the mapping went via
        /// an ancestor); `None` for an item with no category.
        matched_category: Option<i64>,
    },
    /// No rule matched; the mapping's unmapped policy says what to do.
    Unmapped(UnmappedOutcome<'m>),
}

/// The unmapped policy applied to one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum UnmappedOutcome<'m> {
    /// Put the item into this section.
    KeepIn(&'m str),
    /// Leave the item out.
    Skip,
    /// Stop the run.
    Fail,
}

impl Decision<'_> {
    /// The section the item goes to, if it goes anywhere.
    pub fn section(&self) -> Option<&str> {
        match self {
            Decision::Mapped { section, .. }
            | Decision::Unmapped(UnmappedOutcome::KeepIn(section)) => Some(section),
            Decision::Unmapped(UnmappedOutcome::Skip | UnmappedOutcome::Fail) => None,
        }
    }
}

impl Rule {
    /// Whether the rule's source restriction admits items from `source`.
    pub fn applies_to_source(&self, source: &str) -> bool {
        self.source
            .as_deref()
            .is_none_or(|s| s.eq_ignore_ascii_case(source))
    }

    /// Whether the rule places `item` when tried at the level of
    /// `category` (`None`: the item has no category): source, category
    /// matcher and every condition hold.
    pub fn matches(&self, item: &ItemFacts<'_>, category: Option<&CategoryRef<'_>>) -> bool {
        let selected = match (&self.selector, category) {
            (None, _) => true,
            (Some(s), Some(c)) => s.matches(c),
            (Some(Selector::OldUrlPrefix(p)), None) => path_starts_with(item.old_url, p),
            (Some(_), None) => false,
        };
        selected && self.applies_to_source(item.source) && self.conditions.hold(item)
    }
}

impl Conditions {
    /// Whether every condition that is set holds for `item`. An item
    /// without a publication date fails a date condition.
    pub fn hold(&self, item: &ItemFacts<'_>) -> bool {
        (self.kinds.is_empty() || self.kinds.contains(&item.kind))
            && self
                .published_from
                .is_none_or(|from| item.published_on.is_some_and(|d| d >= from))
            && self
                .published_until
                .is_none_or(|until| item.published_on.is_some_and(|d| d <= until))
            && (self.authors.is_empty()
                || self
                    .authors
                    .iter()
                    .any(|wanted| item.authors.iter().any(|a| titles_equal(wanted, a, false))))
            && self
                .title_regex
                .as_ref()
                .is_none_or(|p| p.is_match(item.title))
            && self
                .body_regex
                .as_ref()
                .is_none_or(|p| p.is_match(item.body_text))
    }
}

/// Whether URL path `path` starts with `prefix`, ASCII case-insensitive,
/// a leading `/` optional on either.
fn path_starts_with(path: &str, prefix: &str) -> bool {
    let path = url_path(path.trim());
    let path = path.strip_prefix('/').unwrap_or(path).as_bytes();
    let prefix = prefix.strip_prefix('/').unwrap_or(prefix).as_bytes();
    path.len() >= prefix.len() && path[..prefix.len()].eq_ignore_ascii_case(prefix)
}

impl Selector {
    /// Whether the selector names `category`.
    pub fn matches(&self, category: &CategoryRef<'_>) -> bool {
        match self {
            Selector::CategoryId(id) => *id == category.id,
            Selector::CategoryAlias(alias) => alias.eq_ignore_ascii_case(category.alias.trim()),
            Selector::CategoryTitle {
                title,
                tone_insensitive,
            } => titles_equal(title, category.title, *tone_insensitive),
            Selector::OldUrlPrefix(prefix) => path_starts_with(category.old_url, prefix),
        }
    }
}

impl Mapping {
    /// Decides the section for `item`, whose category chain is `path` (its
    /// primary category first, then that category's parent, grandparent,
    /// ...; for a category item, the category itself first).
    ///
    /// The most specific category wins: all rules are tried in order
    /// against `path[0]`, and only if none matches against `path[1]`, and
    /// so on; the first match wins. A rule without a category matcher
    /// matches at every level (so at the first), and also for an item with
    /// an empty path. Without a match the unmapped policy applies.
    /// Allocation-free.
    pub fn decide(&self, item: &ItemFacts<'_>, path: &[CategoryRef<'_>]) -> Decision<'_> {
        let levels: &mut dyn Iterator<Item = Option<&CategoryRef<'_>>> = if path.is_empty() {
            &mut std::iter::once(None)
        } else {
            &mut path.iter().map(Some)
        };
        for category in levels {
            if let Some(rule) = self.rules.iter().find(|r| r.matches(item, category)) {
                return Decision::Mapped {
                    section: &rule.section,
                    rule_id: &rule.id,
                    matched_category: category.map(|c| c.id),
                };
            }
        }
        Decision::Unmapped(match &self.unmapped {
            UnmappedPolicy::KeepIn(section) => UnmappedOutcome::KeepIn(section),
            UnmappedPolicy::Skip => UnmappedOutcome::Skip,
            UnmappedPolicy::Fail => UnmappedOutcome::Fail,
        })
    }

    /// Rules whose category matcher names no category among `known` (every
    /// old category, with the source it belongs to). A rule restricted to a
    /// source only counts that source's categories; rules without a
    /// category matcher are not checked. Such rules are probably typos or
    /// written for another site; the run continues, and these are
    /// reported.
    pub fn unused_selectors(&self, known: &[(&str, CategoryRef<'_>)]) -> Vec<Warning> {
        self.rules
            .iter()
            .filter_map(|rule| Some((rule, rule.selector.as_ref()?)))
            .filter(|(rule, selector)| {
                !known
                    .iter()
                    .any(|(src, c)| rule.applies_to_source(src) && selector.matches(c))
            })
            .map(|(rule, selector)| Warning {
                rule_id: rule.id.clone(),
                file: rule.file.clone(),
                line: rule.line,
                selector: selector.to_string(),
                source: rule.source.clone(),
            })
            .collect()
    }
}

/// A rule that can never match (see [`Mapping::unused_selectors`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    /// The rule's id.
    pub rule_id: String,
    /// The file the rule is written in.
    pub file: PathBuf,
    /// Line of the rule's `[[rule]]` header.
    pub line: u32,
    /// The selector as written, e.g. `category_alias = "Tin-tuc"`.
    pub selector: String,
    /// The rule's `source` restriction, if it has one.
    pub source: Option<String>,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let within = match &self.source {
            Some(s) => format!(" in source `{s}`"),
            None => String::new(),
        };
        write!(
            f,
            "{}:{}: rule `{}` never matches: no old category{within} has {} (check the spelling{}, or remove the rule)",
            self.file.display(),
            self.line,
            self.rule_id,
            self.selector,
            if self.source.is_some() { " and the source" } else { "" },
        )
    }
}
