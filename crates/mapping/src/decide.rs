//! Deciding sections for items, and checking rules against the source.

use std::fmt;
use std::path::PathBuf;

use serde::Serialize;

use crate::fold::titles_equal;
use crate::mapping::{Mapping, Rule, Selector, UnmappedPolicy};

/// What the mapper sees of an old category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CategoryRef<'a> {
    /// Old numeric id.
    pub id: i64,
    /// Old URL alias.
    pub alias: &'a str,
    /// Old title (as cleaned upstream; compared after NFC anyway).
    pub title: &'a str,
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
        /// Id of the category on the path that matched (differs from the
        /// item's own category when the mapping went via an ancestor).
        matched_category: i64,
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
        }
    }
}

impl Mapping {
    /// Decides the section for an item from `source` whose category chain is
    /// `path` (its primary category first, then that category's parent,
    /// grandparent, ...).
    ///
    /// The most specific category wins: all rules are tried in file order
    /// against `path[0]`, and only if none matches against `path[1]`, and so
    /// on; the first match wins. Without a match (or with an empty path) the
    /// unmapped policy applies. Allocation-free.
    pub fn decide(&self, source: &str, path: &[CategoryRef<'_>]) -> Decision<'_> {
        for category in path {
            let hit = self
                .rules
                .iter()
                .find(|rule| rule.applies_to_source(source) && rule.selector.matches(category));
            if let Some(rule) = hit {
                return Decision::Mapped {
                    section: &rule.section,
                    rule_id: &rule.id,
                    matched_category: category.id,
                };
            }
        }
        Decision::Unmapped(match &self.unmapped {
            UnmappedPolicy::KeepIn(section) => UnmappedOutcome::KeepIn(section),
            UnmappedPolicy::Skip => UnmappedOutcome::Skip,
            UnmappedPolicy::Fail => UnmappedOutcome::Fail,
        })
    }

    /// Rules whose selector names no category among `known` (every old
    /// category, with the source it belongs to). A rule restricted to a
    /// source only counts that source's categories. Such rules are probably
    /// typos or written for another site; the run continues, and these are
    /// reported.
    pub fn unused_selectors(&self, known: &[(&str, CategoryRef<'_>)]) -> Vec<Warning> {
        self.rules
            .iter()
            .filter(|rule| {
                !known
                    .iter()
                    .any(|(src, c)| rule.applies_to_source(src) && rule.selector.matches(c))
            })
            .map(|rule| Warning {
                rule_id: rule.id.clone(),
                file: self.file.clone(),
                line: rule.line,
                selector: rule.selector.to_string(),
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
    /// The mapping file.
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
