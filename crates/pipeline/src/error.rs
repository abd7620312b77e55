use std::path::PathBuf;

/// Why a run stopped.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Reading the input failed before any row (missing file, no NukeViet
    /// content...).
    #[error(transparent)]
    Extract(#[from] extract::Error),
    /// The target failed.
    #[error(transparent)]
    Load(#[from] load::Error),
    /// The audit log's JSONL mirror failed.
    #[error(transparent)]
    Audit(#[from] audit::Error),
    /// The JSONL mirror of the audit log is not a copy of this target's
    /// log (another target's file, or edited).
    #[error("{}: {message}", path.display())]
    Mirror {
        /// The mirror file.
        path: PathBuf,
        /// What is wrong and what to do.
        message: String,
    },
    /// A file could not be read.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// An item matched no rule and the mapping's policy is `fail`.
    #[error("{key} ({provenance}) matches no mapping rule and the unmapped policy is `fail`: add a rule for its category `{category}` to {mapping}")]
    Unmapped {
        /// The item.
        key: String,
        /// Where it is in the dump.
        provenance: String,
        /// Its category as the old site named it.
        category: String,
        /// The mapping file.
        mapping: String,
    },
    /// The uploads or media folder cannot be used.
    #[error(transparent)]
    Media(#[from] media::Error),
    /// A run option is invalid; the text says which and what to give.
    #[error("{0}")]
    Options(String),
    /// The old site's address (`old_base_url`) is not usable.
    #[error("{0}")]
    OldBaseUrl(String),
    /// The worker pool could not start.
    #[error("worker threads: {0}")]
    Threads(String),
}
