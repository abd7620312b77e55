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
//!   rule names an existing section and has exactly one selector.
//! * **Deciding is cheap.** [`Mapping::decide`] walks the item's category
//!   chain from the most specific category up, trying rules in file order,
//!   and returns a [`Decision`] borrowing from the mapping; it allocates
//!   nothing (titles are compared as normalised character streams).
//! * **Reproducible runs.** [`Mapping::fingerprint`] hashes both files so
//!   a run records exactly which configuration it used.
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
