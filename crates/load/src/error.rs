use std::fmt;

/// Everything that can go wrong talking to a target.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The target URL names a database this version cannot write to.
    #[error(
        "unsupported target `{url}`: use sqlite://FILE, postgres://USER@HOST/DATABASE \
         or mysql://USER@HOST/DATABASE"
    )]
    UnsupportedUrl {
        /// The URL, password removed.
        url: String,
    },
    /// Connecting or migrating failed.
    #[error("cannot open target `{url}`: {source}")]
    Connect {
        /// The URL, password removed.
        url: String,
        /// The cause.
        source: sqlx::Error,
    },
    /// Applying the schema migrations failed.
    #[error("cannot migrate target `{url}`: {source}")]
    Migrate {
        /// The URL, password removed.
        url: String,
        /// The cause.
        source: sqlx::migrate::MigrateError,
    },
    /// A dry run was asked of a MySQL/MariaDB target whose schema lacks
    /// migrations: applying them would commit at once (MySQL has no
    /// transactional DDL), so the dry run would write.
    #[error(
        "cannot dry-run into `{url}`: its schema lacks migration(s) {pending:?}, and \
         MySQL/MariaDB commit schema changes at once, so applying them would write; \
         run `portmig run` without --dry-run once to bring the schema up to date, \
         or dry-run against a copy of the database"
    )]
    DryRunSchema {
        /// The URL, password removed.
        url: String,
        /// The versions of the migrations not applied.
        pending: Vec<i64>,
    },
    /// A statement failed.
    #[error("target database error while {doing}: {source}")]
    Query {
        /// What the loader was doing (names the item when there is one).
        doing: Doing,
        /// The cause.
        source: sqlx::Error,
    },
    /// The audit log in the target does not verify.
    #[error("audit log: {0}")]
    Audit(#[from] audit::Error),
}

/// What the loader was doing when a statement failed.
#[derive(Debug)]
pub struct Doing(pub String);

impl fmt::Display for Doing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

pub(crate) trait QueryContext<T> {
    fn doing(self, what: impl FnOnce() -> String) -> Result<T, Error>;
}

impl<T> QueryContext<T> for Result<T, sqlx::Error> {
    fn doing(self, what: impl FnOnce() -> String) -> Result<T, Error> {
        self.map_err(|source| Error::Query {
            doing: Doing(what()),
            source,
        })
    }
}
