use std::path::PathBuf;

/// Why an extraction failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// An input file cannot be opened or read.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The dump is malformed or truncated; items before this point were
    /// emitted.
    #[error("{}: {source}", path.display())]
    Dump {
        /// The file.
        path: PathBuf,
        /// The reader's error, with the byte offset and line.
        source: sqldump::Error,
    },
    /// The dump holds no content this extractor understands.
    #[error("{what}")]
    NothingFound {
        /// What was looked for, and a hint.
        what: String,
    },
    /// A table's column names are unknown (no CREATE TABLE and no column list).
    #[error("{}: table `{table}` has rows but no column names (no CREATE TABLE before it and no column list in its INSERT); give the schema file as an input before the data file", path.display())]
    NoColumns {
        /// The file.
        path: PathBuf,
        /// The table.
        table: String,
    },
    /// The temporary staging database failed.
    #[error("staging database ({doing}): {source}")]
    Staging {
        /// What the extractor was doing.
        doing: String,
        /// The cause.
        source: sqlx::Error,
    },
}

pub(crate) trait StagingContext<T> {
    fn staging(self, doing: &str) -> Result<T, Error>;
}

impl<T> StagingContext<T> for Result<T, sqlx::Error> {
    fn staging(self, doing: &str) -> Result<T, Error> {
        self.map_err(|source| Error::Staging {
            doing: doing.to_string(),
            source,
        })
    }
}
