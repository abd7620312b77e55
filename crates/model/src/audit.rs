use crate::key::{Provenance, SourceKey};
use serde::{Deserialize, Serialize};

/// The decisions the audit log records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EventKind {
    /// A run began (options, input fingerprints).
    RunStarted,
    /// A run ended (counts, status).
    RunFinished,
    /// An item was read from a source.
    Extracted,
    /// An item's fields were decoded; data names the charset per field.
    Decoded,
    /// Normalisation changed an item: one event per change class applied
    /// (`class` and `count`, never the text).
    Normalized,
    /// Legal documents an article cites (kind, symbol, date per reference).
    Referenced,
    /// Contributors credited by an article's byline or `author` field.
    Credited,
    /// A mapping rule placed an item in a section.
    Mapped,
    /// No rule matched; data names the policy applied.
    Unmapped,
    /// An item could not be processed and was set aside with its raw data.
    Quarantined,
    /// An item was deliberately not loaded (e.g. unmapped policy `skip`).
    Skipped,
    /// A new row was written to the target.
    Inserted,
    /// An existing row's content changed.
    Updated,
    /// An existing row's section changed because the mapping changed.
    Moved,
    /// An item was already in the target, identical.
    Unchanged,
    /// Something the user should look at; the run continued.
    Warning,
    /// A file an item refers to is not in the uploads folder (reference,
    /// resolved path, role).
    MissingFile,
    /// A file reference was refused as unsafe and never opened (reference,
    /// reason).
    RefusedPath,
    /// A body link to an old URL now points at the linked item's new URL.
    LinkRewritten,
    /// A body link to an old URL names no item the target holds; it was
    /// left as it was.
    LinkUnresolved,
    /// An article reads like another section than the one it was mapped
    /// to: mapped and suggested section, both scores, the cues and words
    /// that decided. Only a flag: the article is never moved.
    Misplaced,
    /// A run was rolled back: what it inserted removed, what it updated or
    /// moved restored (`portmig rollback`); data names the run and counts.
    RolledBack,
}

impl EventKind {
    /// The name as stored (`MAPPED`, `QUARANTINED`...).
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::RunStarted => "RUN_STARTED",
            EventKind::RunFinished => "RUN_FINISHED",
            EventKind::Extracted => "EXTRACTED",
            EventKind::Decoded => "DECODED",
            EventKind::Normalized => "NORMALIZED",
            EventKind::Referenced => "REFERENCED",
            EventKind::Credited => "CREDITED",
            EventKind::Mapped => "MAPPED",
            EventKind::Unmapped => "UNMAPPED",
            EventKind::Quarantined => "QUARANTINED",
            EventKind::Skipped => "SKIPPED",
            EventKind::Inserted => "INSERTED",
            EventKind::Updated => "UPDATED",
            EventKind::Moved => "MOVED",
            EventKind::Unchanged => "UNCHANGED",
            EventKind::Warning => "WARNING",
            EventKind::MissingFile => "MISSING_FILE",
            EventKind::RefusedPath => "REFUSED_PATH",
            EventKind::LinkRewritten => "LINK_REWRITTEN",
            EventKind::LinkUnresolved => "LINK_UNRESOLVED",
            EventKind::Misplaced => "MISPLACED",
            EventKind::RolledBack => "ROLLED_BACK",
        }
    }
}

/// One decision about one item (or about the run, when `key` is `None`).
///
/// Stages create events unsealed; the loader numbers them, chains their
/// hashes and writes them in the same transaction as the rows they describe.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuditEvent {
    /// What was decided.
    pub kind: EventKind,
    /// The item it is about.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<SourceKey>,
    /// Where the item is in the input.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provenance: Option<Provenance>,
    /// Decision details (charset, rule id, reason, counts...).
    pub data: serde_json::Value,
}

impl AuditEvent {
    /// An event about an item.
    pub fn item(
        kind: EventKind,
        key: &SourceKey,
        provenance: Option<&Provenance>,
        data: serde_json::Value,
    ) -> AuditEvent {
        AuditEvent {
            kind,
            key: Some(key.clone()),
            provenance: provenance.cloned(),
            data,
        }
    }

    /// An event about the run as a whole.
    pub fn run(kind: EventKind, data: serde_json::Value) -> AuditEvent {
        AuditEvent {
            kind,
            key: None,
            provenance: None,
            data,
        }
    }
}
