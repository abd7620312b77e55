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
    /// Nothing answered at the server's address: the server is down, a
    /// firewall drops the connection, or the URL names the wrong host or
    /// port.
    #[error(
        "cannot reach the database server at {server}: {cause}; check that the server \
         is running and listens on {server}, that no firewall blocks the way from this \
         machine, and that the host and port in the target URL are right"
    )]
    Unreachable {
        /// `host:port`, or the socket's path.
        server: String,
        /// The system's reason (connection refused, no such host...).
        cause: String,
    },
    /// The server refused the user name or password.
    #[error(
        "authentication failed for user `{user}` on {server}: {cause}; check the user \
         name in the target URL and the password (give it with --target-password-file \
         FILE, or in $PORTMIG_TARGET), and that this user may connect from this machine"
    )]
    Authentication {
        /// The user the URL names.
        user: String,
        /// `host:port`, or the socket's path.
        server: String,
        /// The server's words (never holding the password).
        cause: String,
    },
    /// The server is up but has no database of the URL's name.
    #[error(
        "database `{database}` does not exist on {server}; create it first (as a user \
         allowed to), e.g. {create}, or fix the database name in the target URL"
    )]
    NoDatabase {
        /// The database the URL names.
        database: String,
        /// `host:port`, or the socket's path.
        server: String,
        /// How to create it, as a command the user can run.
        create: String,
    },
    /// The target's schema has migrations this portmig does not know: a
    /// newer portmig wrote it. Refused before anything is written.
    #[error(
        "the target's schema was written by a newer portmig: it has migration(s) \
         {unknown:?}, which this portmig does not know (the target's newest migration \
         is {target_newest}, this portmig's newest is {known_newest}); upgrade portmig \
         to the version that last ran on this target, or newer, and run again \
         (nothing was written)"
    )]
    NewerSchema {
        /// The versions in the target unknown to this binary.
        unknown: Vec<i64>,
        /// The newest migration the target has.
        target_newest: i64,
        /// The newest migration this binary has.
        known_newest: i64,
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
    /// `portmig rollback N`: the target has no run N.
    #[error(
        "the target has no run {run}; runs that can be rolled back: {}",
        list_runs(runs)
    )]
    NoSuchRun {
        /// The run asked for.
        run: i64,
        /// The runs not rolled back.
        runs: Vec<i64>,
    },
    /// `portmig rollback`: a row the run inserted is referred to by a row
    /// it did not write (an article the new portal's editors added to a
    /// migrated category, say). Refused; nothing was written.
    #[error(
        "run {run} cannot be rolled back: rows it did not write refer to rows it inserted \
         (found while {doing}): rows added since into what run {run} created, by a later \
         run (roll that run back first) or by the new portal's editors or by hand (move or \
         delete them first); nothing was written"
    )]
    RunReferenced {
        /// The run being rolled back.
        run: i64,
        /// What the rollback was removing when the reference stopped it.
        doing: Doing,
    },
    /// `portmig rollback N`: run N was rolled back already.
    #[error("run {run} was rolled back already; nothing to do")]
    AlreadyRolledBack {
        /// The run asked for.
        run: i64,
    },
    /// `portmig rollback` on a target whose runs are all rolled back.
    #[error("the target has no run to roll back (none, or all rolled back already)")]
    NoRunToRollBack,
    /// Later runs changed what the run to roll back changed: rolling it
    /// back alone would undo their work too, or restore states they rely
    /// on. Refused; nothing was written.
    #[error(
        "run {run} cannot be rolled back alone: later run(s) {} changed rows it changed; \
         roll those back first, or add --cascade to roll back {} and then run {run} \
         (nothing was written)",
        list_runs(later),
        list_runs(later)
    )]
    RunDepended {
        /// The run asked for.
        run: i64,
        /// The later runs that depend on it, oldest first.
        later: Vec<i64>,
    },
    /// Another `portmig run` holds the target's run lock.
    #[error(
        "another portmig run is writing to `{url}` (it holds the run lock); wait for it to \
         finish, or stop it, then run again"
    )]
    RunInProgress {
        /// The URL, password removed.
        url: String,
    },
    /// The audit log in the target does not verify.
    #[error("audit log: {0}")]
    Audit(#[from] audit::Error),
}

fn list_runs(runs: &[i64]) -> String {
    if runs.is_empty() {
        return "none".into();
    }
    runs.iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(", ")
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
