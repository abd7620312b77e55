//! The types every portmig stage shares.
//!
//! Data moves through the pipeline in three shapes:
//!
//! 1. [`SourceItem`]: what an extractor read, with every text field still as
//!    raw bytes ([`RawField`]), because the charset of each field is decided
//!    later, per field, by `vnenc`. Each item knows where it came from
//!    ([`Provenance`]) and has a stable identity ([`SourceKey`]).
//! 2. [`Category`] / [`Article`]: decoded, normalised and mapped text, ready
//!    for a target.
//! 3. [`AuditEvent`]: every decision any stage makes about an item.
//!
//! The crate holds data and the small helpers that interpret it (status codes,
//! keys); it does no I/O.
#![deny(missing_docs)]

mod audit;
mod item;
mod key;

pub use audit::{AuditEvent, EventKind};
pub use item::{
    Article, ArticleKind, ArticleMeta, ArticleStatus, Attachment, AttachmentRole, AttachmentStatus,
    Category, Contributor, DocumentInfo, FieldKind, ItemKind, LegalReference, OldLink, RawField,
    SourceItem, Term, TextField, Vocabulary,
};
pub use key::{Entity, Provenance, SourceKey};
