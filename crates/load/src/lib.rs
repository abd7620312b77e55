//! The target: the new portal's schema, written through sqlx.
//!
//! One [`Target`] owns one connection and is the only writer of a run. It
//! writes each batch of [`Staged`] records in one transaction together with
//! the audit events that describe them, sealed onto the hash chain
//! (`audit` crate), so the log and the rows can never disagree.
//!
//! Identity and idempotence come from the `id_map` table: every source item
//! ([`model::SourceKey`]) maps to one target row plus two hashes, one of its
//! content and one of its placement decision (its section). A re-run compares
//! hashes: equal means `UNCHANGED` (nothing written), a new content hash means
//! `UPDATED`, a new decision hash means `MOVED`. A row is never duplicated.
//!
//! The URL scheme picks the backend: SQLite (`sqlite://FILE`, created if
//! missing), PostgreSQL (`postgres://`) or MySQL/MariaDB (`mysql://`). Each
//! has its own migrations (`migrations/<dialect>`, embedded), one schema in
//! three dialects; the loader's statements are written once and adapted by
//! [`Dialect`] (placeholders, upserts, ids of new rows).
#![deny(missing_docs)]

mod ahead;
mod attachments;
mod checkpoint;
mod db;
mod document;
mod error;
mod filter;
mod links;
mod redirects;
mod report;
mod review;
mod rollback;
mod slug;
mod stored;
mod target;
mod terms;
mod verify;
mod write;

pub use db::Dialect;
pub use error::Error;
pub use links::LinkCounts;
pub use redirects::Redirect;
pub use report::SectionCount;
pub use review::ReviewRow;
pub use rollback::{Rollback, RunRollback, RunRow};
pub use slug::slugify;
pub use target::{
    is_transient, redact_url, DryRun, InputFile, Retry, RetryNote, RunInfo, RunStatus, Target,
};
pub use verify::{
    reconcile, Loaded, Problem, ProblemKind, ReasonCount, Reconciliation, RowCheck, RunInputs,
    SourceEntry, Tally, TargetState,
};
pub use write::{BasisRow, Counts, EntityCounts, Quarantined, Record, SectionRow, Staged};
