//! Mapping of an old portal's categories onto the new portal's sections.
//!
//! Admins edit two TOML files: the **taxonomy** (the new sections) and the
//! **mapping** (rules from old categories to sections, plus a policy for
//! items no rule covers). This crate loads both, validates them up front and
//! answers "which section does this item go to?" during the run.
//!
//! Design:
//!
//! * **Errors point into the files.** Raw structures deserialise with
//!   `deny_unknown_fields` and `toml::Spanned` values, so every [`Error`]
//!   carries `file:line:column` (1-based, columns in characters), the
//!   offending text and a hint — a migration is configured by people who
//!   should not need to read Rust to fix a typo.
//! * **Validated once, then immutable.** [`Mapping`] is plain owned data
//!   (`Send + Sync`), built by [`Mapping::load`]/[`Mapping::parse`]; every
//!   rule names an existing section, has at most one category matcher and
//!   selects something; regular expressions are compiled here, once.
//! * **Deciding is cheap.** [`Mapping::decide`] returns a [`Decision`]
//!   borrowing from the mapping and allocates nothing (titles are compared
//!   as normalised character streams).
//! * **Reproducible runs.** [`Mapping::fingerprint`] hashes the mapping,
//!   the taxonomy and every included file, so a run records exactly which
//!   configuration it used.
//!
//! Rule semantics ([`Mapping::decide`]; the reference for admins is
//! `docs/MAPPING.md`):
//!
//! * The item's category path is walked from the most specific category
//!   up (its own category, then the parent, ...). At each level the rules
//!   are tried in order and the first match wins; only when no rule matches
//!   at one level is the next level tried.
//! * A rule matches at a level when its category matcher (at most one of
//!   `category_id`, `category_alias`, `category_title`, `old_url_prefix`)
//!   names that level's category, its `source` admits the item's module, and
//!   all its conditions on the item ([`ItemFacts`]: `title_regex`,
//!   `body_regex`, `kind`, `published_from`/`published_until`, `author`)
//!   hold. A rule without a category matcher matches at every level, so it
//!   competes at the first, and is the only kind that can place an item
//!   with no category. A rule with no matcher, no source and no condition is
//!   an error: that is what `[unmapped]` is for.
//! * Rule order: the mapping file's own rules, then each `include`d file's
//!   rules (depth first, in the order listed). With first-match-wins, a
//!   site's own rules therefore override the shared defaults it includes.
//! * A mapping file may add `[[section]]`s, appended to the taxonomy's.
//!
//! The unmapped section: with the default `keep-in` policy and the default
//! slug `unmapped`, a missing section is created (`Chưa phân loại` /
//! `Unmapped`, appended to [`Taxonomy::sections`]); any other missing slug is
//! an error, since it is more likely a typo.

#![deny(missing_docs)]

mod decide;
mod error;
mod fold;
mod mapping;
pub mod schema;
mod taxonomy;

pub use decide::{CategoryRef, Decision, ItemFacts, UnmappedOutcome, Warning};
pub use error::{Error, Location};
pub use mapping::{
    Conditions, Kind, Mapping, Pattern, Rule, RuleRef, Selector, UnmappedPolicy,
    DEFAULT_UNMAPPED_SECTION,
};
pub use taxonomy::{Basis, Confidence, Section, Taxonomy};
