use crate::db::{args, Arg, Conn, Dialect, Exec};
use crate::error::{Error, QueryContext};
use crate::write::{Counts, SectionRow, Staged};
use audit::{Chain, SealedEvent};
use model::AuditEvent;
use serde::Serialize;
use sqlx::mysql::MySqlConnectOptions;
use sqlx::postgres::PgConnectOptions;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous};
use sqlx::ConnectOptions;
use std::str::FromStr;

// One schema, one folder of migrations per dialect; keep them in step.
static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");
static MYSQL_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/mysql");

/// Where the user info of a URL is: `scheme://USERINFO@host...`, as the
/// byte range of `USERINFO` (the last `@` before the query wins, so an
/// unescaped `@` in a password is still covered; with none there, the
/// last `@` at all, so an unescaped `?` or `#` in a password is too).
fn userinfo(url: &str) -> Option<std::ops::Range<usize>> {
    let start = url.find("://")? + 3;
    let rest = &url[start..];
    let end = rest.find(['?', '#']).unwrap_or(rest.len());
    let at = rest[..end].rfind('@').or_else(|| rest.rfind('@'))?;
    Some(start..start + at)
}

/// The password in a database URL, as written (still percent-encoded).
fn password(url: &str) -> Option<&str> {
    let info = &url[userinfo(url)?];
    info.split_once(':')
        .map(|(_, p)| p)
        .filter(|p| !p.is_empty())
}

/// Removes the password from a database URL, for messages and logs: the
/// one in the user info, and a `password=` query parameter.
pub fn redact_url(url: &str) -> String {
    let mut out = match (userinfo(url), password(url)) {
        (Some(r), Some(_)) => {
            let user = url[r.clone()].split_once(':').map_or("", |(u, _)| u);
            format!("{}{user}:***{}", &url[..r.start], &url[r.end..])
        }
        _ => url.to_string(),
    };
    if let Some(q) = out.find('?') {
        let query: Vec<String> = out[q + 1..]
            .split('&')
            .map(|kv| match kv.split_once('=') {
                Some((k, _)) if k.eq_ignore_ascii_case("password") => format!("{k}=***"),
                _ => kv.to_string(),
            })
            .collect();
        out = format!("{}?{}", &out[..q], query.join("&"));
    }
    out
}

/// The URL's password as written and percent-decoded, and any `password=`
/// query value: every form a driver might quote back.
fn secrets(url: &str) -> Vec<String> {
    password(url)
        .into_iter()
        .flat_map(|p| [p.to_string(), percent_decode(p)])
        .chain(url.split(['?', '&']).filter_map(|kv| {
            let (k, v) = kv.split_once('=')?;
            (k.eq_ignore_ascii_case("password") && !v.is_empty()).then(|| v.to_string())
        }))
        .filter(|s| !s.is_empty())
        .collect()
}

/// `text` with every occurrence of the URL's password replaced by `***`.
fn scrub_text(text: &str, url: &str) -> String {
    let mut clean = text.to_string();
    for s in secrets(url) {
        clean = clean.replace(s.as_str(), "***");
    }
    clean
}

/// `e` with every occurrence of the URL's password removed from its text,
/// in case a driver quotes what it was given.
fn scrub(e: sqlx::Error, url: &str) -> sqlx::Error {
    let text = e.to_string();
    let clean = scrub_text(&text, url);
    if clean == text {
        return e;
    }
    // The variant that shows its text as it is.
    sqlx::Error::InvalidArgument(clean)
}

/// Who connects where, as a server URL says (after the driver's own
/// defaults: port, user, `PGHOST`...), for messages.
struct Server {
    /// `host:port`, or the socket's path.
    at: String,
    user: String,
    host: String,
    port: u16,
    database: Option<String>,
}

fn server_of(dialect: Dialect, url: &str) -> Option<Server> {
    let (host, port, socket, user, database) = match dialect {
        Dialect::Sqlite => return None,
        Dialect::Postgres => {
            let o = PgConnectOptions::from_str(url).ok()?;
            (
                o.get_host().to_string(),
                o.get_port(),
                o.get_socket().cloned(),
                o.get_username().to_string(),
                o.get_database().map(str::to_string),
            )
        }
        Dialect::MySql => {
            let o = MySqlConnectOptions::from_str(url).ok()?;
            (
                o.get_host().to_string(),
                o.get_port(),
                o.get_socket().cloned(),
                o.get_username().to_string(),
                o.get_database().map(str::to_string),
            )
        }
    };
    let at = match &socket {
        Some(path) => path.display().to_string(),
        None if host.contains(':') => format!("[{host}]:{port}"),
        None => format!("{host}:{port}"),
    };
    Some(Server {
        at,
        user,
        host,
        port,
        database,
    })
}

/// How to create `db` on `s`, as a command to run.
fn create_command(dialect: Dialect, s: &Server, db: &str) -> String {
    match dialect {
        Dialect::MySql => format!(
            "`mysql -h {} -P {} -u {} -p -e 'CREATE DATABASE {db} CHARACTER SET utf8mb4 \
             COLLATE utf8mb4_bin'`",
            s.host, s.port, s.user
        ),
        _ => format!(
            "`createdb -h {} -p {} -U {} -E UTF8 -T template0 {db}`",
            s.host, s.port, s.user
        ),
    }
}

/// A failed connection as the user can act on it: server unreachable,
/// credentials refused, no such database; anything else as it came, all
/// without the password.
fn connect_error(dialect: Dialect, url: &str, e: sqlx::Error) -> Error {
    let generic = |e| Error::Connect {
        url: redact_url(url),
        source: scrub(e, url),
    };
    let Some(server) = server_of(dialect, url) else {
        return generic(e);
    };
    match &e {
        sqlx::Error::Io(io) => Error::Unreachable {
            server: server.at,
            cause: scrub_text(&io.to_string(), url),
        },
        sqlx::Error::Database(db) => {
            let code = db.code();
            let number = db
                .try_downcast_ref::<sqlx::mysql::MySqlDatabaseError>()
                .map(|m| m.number());
            // PostgreSQL: 28P01 wrong password, 28000 no such role or not
            // allowed by pg_hba.conf; MySQL: 1045 access denied.
            let auth = matches!(code.as_deref(), Some("28P01" | "28000")) && number.is_none()
                || number == Some(1045);
            // PostgreSQL 3D000 and MySQL 1049: no database of that name.
            let missing =
                code.as_deref() == Some("3D000") && number.is_none() || number == Some(1049);
            if auth {
                Error::Authentication {
                    user: server.user.clone(),
                    server: server.at,
                    cause: scrub_text(db.message(), url),
                }
            } else if missing {
                let database = server.database.clone().unwrap_or_default();
                Error::NoDatabase {
                    create: create_command(dialect, &server, &database),
                    database,
                    server: server.at,
                }
            } else {
                generic(e)
            }
        }
        _ => generic(e),
    }
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match (
            b[i],
            b.get(i + 1).copied().and_then(hex),
            b.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (c, _, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// One input file of a run, fingerprinted.
#[derive(Clone, Debug, Serialize)]
pub struct InputFile {
    /// The path as the user gave it.
    pub file: String,
    /// SHA-256 of its bytes, hex.
    pub sha256: String,
    /// Its size.
    pub bytes: u64,
}

/// What a run records about itself when it starts.
#[derive(Clone, Debug, Serialize)]
pub struct RunInfo {
    /// Input files with fingerprints.
    pub inputs: Vec<InputFile>,
    /// The mapping's fingerprint (mapping + taxonomy bytes).
    pub mapping_fingerprint: String,
    /// The options in force, as JSON.
    pub options: serde_json::Value,
}

/// How a run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RunStatus {
    /// Every item was processed.
    Done,
    /// The run stopped on an error; what was committed stays.
    Failed,
    /// The run was stopped between batches (Ctrl-C), or found `running`
    /// by a later run (killed, crashed): what was committed stays, and
    /// running again resumes.
    Interrupted,
}

impl RunStatus {
    fn as_str(self) -> &'static str {
        match self {
            RunStatus::Done => "done",
            RunStatus::Failed => "failed",
            RunStatus::Interrupted => "interrupted",
        }
    }
}

/// How a batch is retried after a transient database fault (connection
/// lost, server restarting, deadlock): reconnected and written again,
/// `retries` times at most, waiting `first_delay`, then twice as long each
/// time (0.5 s, 1 s, 2 s, 4 s, 8 s by default).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Retry {
    /// Retries after the first attempt (0: fail at the first fault).
    pub retries: u32,
    /// The wait before the first retry.
    pub first_delay: std::time::Duration,
}

impl Default for Retry {
    fn default() -> Self {
        Retry {
            retries: 5,
            first_delay: std::time::Duration::from_millis(500),
        }
    }
}

/// A retry about to happen, for the user to see.
#[derive(Debug)]
pub struct RetryNote<'a> {
    /// This retry's number, from 1.
    pub attempt: u32,
    /// Retries allowed in all.
    pub of: u32,
    /// The wait before it.
    pub delay: std::time::Duration,
    /// The fault.
    pub error: &'a Error,
}

/// Whether `e` is a fault that may pass: the connection was lost or
/// refused, the server is shutting down or restarting, the transaction lost
/// a deadlock or a serialisation conflict. Anything else (a constraint, a
/// bad value, a missing table) fails the same way every time.
pub fn is_transient(e: &Error) -> bool {
    match e {
        Error::Unreachable { .. } => true,
        Error::Query { source, .. } | Error::Connect { source, .. } => transient_sqlx(source),
        _ => false,
    }
}

fn transient_sqlx(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::Io(_) | sqlx::Error::PoolTimedOut | sqlx::Error::WorkerCrashed => true,
        sqlx::Error::Database(db) => {
            if let Some(m) = db.try_downcast_ref::<sqlx::mysql::MySqlDatabaseError>() {
                // Lock wait timeout, deadlock, server gone away, connection
                // lost during a query.
                return matches!(m.number(), 1205 | 1213 | 2006 | 2013);
            }
            if db
                .try_downcast_ref::<sqlx::postgres::PgDatabaseError>()
                .is_none()
            {
                // SQLite: busy or locked by another process.
                return matches!(db.code().as_deref(), Some("5" | "6" | "261" | "517"));
            }
            // Admin or crash shutdown, cannot connect now, connection
            // exceptions (08xxx), serialisation failure, deadlock.
            let code = db.code().unwrap_or_default();
            matches!(&*code, "57P01" | "57P02" | "57P03" | "40001" | "40P01")
                || code.starts_with("08")
        }
        _ => false,
    }
}

/// Test hook, read only by the crash tests (tests/crash.rs): with
/// `PORTMIG_CRASH_IN_BATCH=N` the process aborts inside the N-th batch
/// transaction of the process, after its rows and events were written and
/// before the commit, as a SIGKILL there would.
pub(crate) fn crash_hook_before_commit() {
    use std::sync::atomic::{AtomicU64, Ordering};
    static BATCHES: AtomicU64 = AtomicU64::new(0);
    let n = BATCHES.fetch_add(1, Ordering::SeqCst) + 1;
    if std::env::var("PORTMIG_CRASH_IN_BATCH")
        .ok()
        .and_then(|v| v.parse().ok())
        == Some(n)
    {
        std::process::abort();
    }
}

/// How a dry run sees its target: everything a run does is done, inside
/// one outer transaction that is rolled back at the end, so nothing stays.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DryRun {
    /// The target exists: the run works on it, in a transaction that is
    /// rolled back.
    Existing,
    /// The SQLite file does not exist: an empty in-memory database stands
    /// in for it (creating the file would be a write).
    NewFile,
}

/// A connection to the new portal's database, and the only writer of a run.
pub struct Target {
    pub(crate) conn: Conn,
    pub(crate) chain: Chain,
    pub(crate) run_id: i64,
    pub(crate) quarantined: std::collections::HashSet<String>,
    pub(crate) known_ids: std::collections::HashMap<String, i64>,
    /// Overwrite rows changed outside portmig ([`Target::set_force`]).
    pub(crate) force: bool,
    dialect: Dialect,
    url: String,
    /// The URL as given, password and all: only to reconnect.
    open_url: String,
    dry_run: Option<DryRun>,
    /// Runs found `running` by [`Target::begin_run`] and marked
    /// interrupted.
    interrupted: Vec<i64>,
    /// SQLite: the database file, locked while a run writes to it.
    #[allow(dead_code)]
    file_lock: Option<std::fs::File>,
    /// SQLite in WAL mode, while a run writes: the second connection that
    /// checkpoints after each batch.
    pub(crate) checkpointer: Option<crate::checkpoint::Checkpointer>,
    /// The old URLs, id-map keys and article slugs the target may hold:
    /// read before the first batch, kept as batches write; `None` to read
    /// again.
    pub(crate) known: Option<crate::filter::Known>,
}

/// How long a server may take to accept a connection and answer its
/// handshake (`PORTMIG_CONNECT_TIMEOUT`, seconds, default 30): a firewall
/// that drops packets silently would otherwise leave a run waiting for the
/// system's TCP timeout, minutes, saying nothing.
fn connect_timeout() -> std::time::Duration {
    let secs = std::env::var("PORTMIG_CONNECT_TIMEOUT")
        .ok()
        .and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s > 0.0)
        .unwrap_or(30.0);
    std::time::Duration::from_secs_f64(secs)
}

/// `connect` within [`connect_timeout`]; past it, an I/O error saying so
/// (reported as an unreachable server, with host and port).
async fn within_timeout<C>(
    connect: impl std::future::Future<Output = Result<C, sqlx::Error>>,
) -> Result<C, sqlx::Error> {
    let limit = connect_timeout();
    match tokio::time::timeout(limit, connect).await {
        Ok(r) => r,
        Err(_) => Err(sqlx::Error::Io(std::io::Error::new(
            std::io::ErrorKind::TimedOut,
            format!(
                "no answer within {} s (PORTMIG_CONNECT_TIMEOUT sets the wait)",
                limit.as_secs_f64()
            ),
        ))),
    }
}

/// Opens a connection of the URL's dialect (no migrations yet).
async fn open(dialect: Dialect, url: &str) -> Result<Conn, sqlx::Error> {
    Ok(match dialect {
        Dialect::Sqlite => {
            let opts = SqliteConnectOptions::from_str(url)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                // 32 MiB of page cache instead of SQLite's 2 MiB: a run
                // writes keys and old URLs all over indexes that outgrow
                // 2 MiB after a few thousand articles. 64 MiB was no faster
                // once the filters (filter.rs) spared most lookups, and held
                // 32 MB more.
                .pragma("cache_size", "-32768")
                // A multi-row INSERT inside a batch keeps the pages it
                // changes in a statement journal, to undo itself alone on
                // an error; SQLite spills that journal past 64 KiB to a
                // temporary file, created, written and truncated again for
                // each statement (a sixth of the writer's time on a large
                // load). In memory it is a copy.
                .pragma("temp_store", "memory")
                .foreign_keys(true)
                .disable_statement_logging();
            Conn::Sqlite(opts.connect().await?)
        }
        Dialect::Postgres => {
            // A run's tables grow from empty inside one session, and sqlx
            // keeps its prepared statements: PostgreSQL's generic plan, made
            // while a table was empty, scans it whole for ever after (the
            // redirect lookup made a 10,000-article load quadratic). Plan each
            // execution for its values instead; planning costs microseconds.
            let opts = PgConnectOptions::from_str(url)?
                .application_name("portmig")
                .options([("plan_cache_mode", "force_custom_plan")])
                .disable_statement_logging();
            Conn::Postgres(within_timeout(opts.connect()).await?)
        }
        Dialect::MySql => {
            // sqlx sets utf8mb4 and UTC on connect. Strict mode on top of the
            // server's own: a value too long for its column is an error, as
            // in the other backends, never silently cut.
            let opts = MySqlConnectOptions::from_str(url)?
                .charset("utf8mb4")
                .disable_statement_logging();
            let mut conn = Conn::MySql(within_timeout(opts.connect()).await?);
            conn.exec()
                .execute(
                    "SET SESSION sql_mode = TRIM(BOTH ',' FROM \
                     CONCAT(@@SESSION.sql_mode, ',STRICT_ALL_TABLES'))",
                    &[],
                )
                .await?;
            conn
        }
    })
}

impl Target {
    /// Opens the target named by `url` and brings its schema up to date.
    ///
    /// `sqlite://FILE` (the file is created if missing),
    /// `postgres://[user[:password]@]host[:port]/database` (or
    /// `postgresql://`), `mysql://...` (or `mariadb://`); the database must
    /// exist on a server. Errors name the URL without its password.
    pub async fn connect(url: &str) -> Result<Target, Error> {
        Target::open_target(url, false).await
    }

    /// Opens the target named by `url` for a dry run: the run computes and
    /// writes everything as usual, but inside one outer transaction (each
    /// of the loader's own transactions becomes a savepoint in it) that
    /// [`Target::close`] rolls back. Schema migrations run inside it too,
    /// on SQLite and PostgreSQL, whose DDL is transactional.
    ///
    /// A SQLite file that does not exist is not created: an empty in-memory
    /// database stands in for it ([`DryRun::NewFile`]). MySQL/MariaDB
    /// commit DDL at once, so a target whose schema is not up to date is
    /// refused ([`Error::DryRunSchema`]). Sequences (PostgreSQL) and
    /// AUTO_INCREMENT counters (MySQL) are not transactional: a dry run
    /// may leave a gap in the ids later rows get, never a row.
    pub async fn connect_dry_run(url: &str) -> Result<Target, Error> {
        Target::open_target(url, true).await
    }

    async fn open_target(url: &str, dry: bool) -> Result<Target, Error> {
        let shown = redact_url(url);
        let Some(dialect) = Dialect::from_url(url) else {
            return Err(Error::UnsupportedUrl { url: shown });
        };
        let connect_err = |e| connect_error(dialect, url, e);
        let mut dry_run = dry.then_some(DryRun::Existing);
        let mut open_url = url;
        if dry && dialect == Dialect::Sqlite {
            let opts = SqliteConnectOptions::from_str(url).map_err(connect_err)?;
            if !opts.get_filename().exists() {
                open_url = "sqlite::memory:";
                dry_run = Some(DryRun::NewFile);
            }
        }
        let mut conn = open(dialect, open_url).await.map_err(connect_err)?;
        let migrator = match dialect {
            Dialect::Sqlite => &SQLITE_MIGRATIONS,
            Dialect::Postgres => &POSTGRES_MIGRATIONS,
            Dialect::MySql => &MYSQL_MIGRATIONS,
        };
        let applied = applied_migrations(&mut conn)
            .await
            .doing(|| "reading which migrations the target has".into())?;
        // Before anything is written: a newer schema may mean anything to
        // this binary's statements.
        newer_schema(&applied, migrator)?;
        if dry {
            if dialect == Dialect::MySql {
                let pending = pending_migrations(&applied, migrator);
                if !pending.is_empty() {
                    return Err(Error::DryRunSchema {
                        url: shown,
                        pending,
                    });
                }
            }
            conn.begin_outer()
                .await
                .doing(|| "starting the dry run's transaction".into())?;
        }
        let migrated = match &mut conn {
            Conn::Sqlite(c) => SQLITE_MIGRATIONS.run(c).await,
            Conn::Postgres(c) => POSTGRES_MIGRATIONS.run(c).await,
            // Checked above: the migrator's own `CREATE TABLE IF NOT
            // EXISTS` would commit the dry run's transaction.
            Conn::MySql(_) if dry => Ok(()),
            Conn::MySql(c) => MYSQL_MIGRATIONS.run(c).await,
        };
        migrated.map_err(|source| match source {
            // Checked above; kept for a schema changed in between.
            sqlx::migrate::MigrateError::VersionMissing(v) => Error::NewerSchema {
                unknown: vec![v],
                target_newest: applied.iter().map(|(a, _)| *a).max().unwrap_or(v).max(v),
                known_newest: newest(migrator),
            },
            source => Error::Migrate {
                url: shown.clone(),
                source,
            },
        })?;
        let mut db = conn.exec();
        let tip = db
            .fetch_optional(
                "SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1",
                &[],
            )
            .await
            .and_then(|r| r.map(|r| Ok((r.int(0)?, r.text(1)?))).transpose())
            .doing(|| "reading the audit log's last event".into())?;
        let chain = match tip {
            Some((seq, hash)) => Chain::resume(seq, hash),
            None => Chain::genesis(),
        };
        let quarantined = db
            .fetch_all("SELECT source_key FROM quarantine", &[])
            .await
            .and_then(|rows| rows.iter().map(|r| r.text(0)).collect())
            .doing(|| "reading the quarantine".into())?;
        Ok(Target {
            conn,
            chain,
            run_id: 0,
            quarantined,
            known_ids: Default::default(),
            force: false,
            dialect,
            url: shown,
            open_url: open_url.to_string(),
            dry_run,
            interrupted: Vec::new(),
            file_lock: None,
            checkpointer: None,
            known: None,
        })
    }

    /// `Some` when opened by [`Target::connect_dry_run`]: nothing written
    /// through this target stays.
    pub fn dry_run(&self) -> Option<DryRun> {
        self.dry_run
    }

    /// Whether rows changed or deleted outside portmig since it last wrote
    /// them are overwritten (re-created). By default they are left as they
    /// are, each with a `WARNING` event, and counted in
    /// [`Counts::modified_outside`]; forced, the warning says so.
    pub fn set_force(&mut self, force: bool) {
        self.force = force;
    }

    /// The target URL without its password.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The target's SQL dialect.
    pub fn dialect(&self) -> Dialect {
        self.dialect
    }

    /// The current run's id (0 before [`Target::begin_run`]).
    pub fn run_id(&self) -> i64 {
        self.run_id
    }

    /// Runs that [`Target::begin_run`] found still `running` and marked
    /// `interrupted`: the run now going resumes after the last of them.
    pub fn interrupted_runs(&self) -> &[i64] {
        &self.interrupted
    }

    /// Takes the target's run lock, held until the connection closes, so
    /// that a run found `running` is known to be dead rather than going on
    /// beside this one: on PostgreSQL a session advisory lock, on
    /// MySQL/MariaDB a named lock per database (both end with their
    /// session, so a killed run or a dropped connection releases them), on
    /// SQLite an OS lock on the database file (`flock`, which does not
    /// touch SQLite's own `fcntl` locks). Not on other systems, where a run
    /// beside another would mark it interrupted (its own end then marks it
    /// done again).
    pub(crate) async fn lock_run(&mut self) -> Result<(), Error> {
        let held = match self.dialect {
            Dialect::Sqlite => {
                self.file_lock = None;
                match lock_sqlite(&self.open_url) {
                    Ok(f) => {
                        self.file_lock = f;
                        true
                    }
                    Err(()) => false,
                }
            }
            Dialect::Postgres => {
                let r = self
                    .conn
                    .exec()
                    .fetch_one("SELECT pg_try_advisory_lock(hashtext('portmig run'))", &[])
                    .await
                    .doing(|| "taking the run lock".into())?;
                r.bool(0).doing(|| "taking the run lock".into())?
            }
            Dialect::MySql => {
                let r = self
                    .conn
                    .exec()
                    .fetch_one(
                        "SELECT GET_LOCK(CONCAT('portmig run ', DATABASE()), 0)",
                        &[],
                    )
                    .await
                    .doing(|| "taking the run lock".into())?;
                r.int(0).doing(|| "taking the run lock".into())? == 1
            }
        };
        if !held {
            return Err(Error::RunInProgress {
                url: self.url.clone(),
            });
        }
        Ok(())
    }

    /// Opens the connection again after a fault, with the same options and
    /// the run lock, and re-reads what the loader remembers from the
    /// target: the audit chain's tip (a commit whose acknowledgment was lost
    /// did write its events) and the quarantine; the ids it learnt are
    /// forgotten (a failed batch's died with its transaction).
    pub async fn reconnect(&mut self) -> Result<(), Error> {
        self.known_ids.clear();
        let conn = open(self.dialect, &self.open_url)
            .await
            .map_err(|e| connect_error(self.dialect, &self.open_url, e))?;
        let old = std::mem::replace(&mut self.conn, conn);
        drop(old);
        if let (Conn::Sqlite(c), Some(_)) = (&mut self.conn, &self.checkpointer) {
            crate::checkpoint::Checkpointer::adopt(c)
                .await
                .doing(|| "turning automatic checkpoints off".into())?;
        }
        if self.run_id != 0 && self.dialect != Dialect::Sqlite {
            self.lock_run().await?;
        }
        let tip = self
            .conn
            .exec()
            .fetch_optional(
                "SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1",
                &[],
            )
            .await
            .and_then(|r| r.map(|r| Ok((r.int(0)?, r.text(1)?))).transpose())
            .doing(|| "reading the audit log's last event".into())?;
        self.chain = match tip {
            Some((seq, hash)) => Chain::resume(seq, hash),
            None => Chain::genesis(),
        };
        self.quarantined = self
            .conn
            .exec()
            .fetch_all("SELECT source_key FROM quarantine", &[])
            .await
            .and_then(|rows| rows.iter().map(|r| r.text(0)).collect())
            .doing(|| "reading the quarantine".into())?;
        Ok(())
    }

    /// [`Target::write_batch`], retried on transient faults as `retry`
    /// says (see [`Target::retrying`]): each retry writes the whole batch
    /// again (a batch is one transaction, so nothing of a failed attempt
    /// stays; a commit whose acknowledgment was lost is found `UNCHANGED`).
    pub async fn write_batch_retrying(
        &mut self,
        batch: Vec<Staged>,
        retry: Retry,
        on_retry: &mut dyn FnMut(&RetryNote<'_>),
    ) -> Result<(Counts, Vec<SealedEvent>), Error> {
        self.retrying(retry, on_retry, async |t: &mut Target| {
            t.write_batch(&batch).await
        })
        .await
    }

    /// Runs `op`, and on a transient fault reconnects and runs it again, up
    /// to `retry.retries` times with doubling waits; `on_retry` is told
    /// before each wait. `op` must be one transaction, or safe to run again
    /// (rewriting body links is). A dry run is not retried: its outer
    /// transaction is gone with the connection.
    pub async fn retrying<T>(
        &mut self,
        retry: Retry,
        on_retry: &mut dyn FnMut(&RetryNote<'_>),
        mut op: impl AsyncFnMut(&mut Target) -> Result<T, Error>,
    ) -> Result<T, Error> {
        let mut attempt = 0;
        let mut delay = retry.first_delay;
        loop {
            let last = attempt >= retry.retries || self.dry_run.is_some();
            let err = match op(self).await {
                Ok(done) => return Ok(done),
                Err(e) => e,
            };
            if last || !is_transient(&err) {
                return Err(err);
            }
            attempt += 1;
            on_retry(&RetryNote {
                attempt,
                of: retry.retries,
                delay,
                error: &err,
            });
            // The loader is the only task on its runtime: nothing else
            // waits on this thread.
            std::thread::sleep(delay);
            delay *= 2;
            if let Err(e) = self.reconnect().await {
                if !is_transient(&e) || attempt >= retry.retries {
                    return Err(e);
                }
            }
        }
    }

    /// Test hook for tests/crash.rs: has the server end this target's
    /// connection, from another connection, as an administrator or a
    /// restart would (`pg_terminate_backend`, `KILL`). Does nothing on
    /// SQLite.
    #[doc(hidden)]
    pub async fn terminate_connection_for_test(&mut self) -> Result<(), Error> {
        let doing = || "ending the connection (test hook)".to_string();
        let sql = match self.dialect {
            Dialect::Sqlite => return Ok(()),
            Dialect::Postgres => "SELECT CAST(pg_backend_pid() AS BIGINT)",
            Dialect::MySql => "SELECT CAST(CONNECTION_ID() AS SIGNED)",
        };
        let pid = self.conn.exec().fetch_one(sql, &[]).await.doing(doing)?;
        let pid = pid.int(0).doing(doing)?;
        let mut other = open(self.dialect, &self.open_url)
            .await
            .map_err(|e| connect_error(self.dialect, &self.open_url, e))?;
        let kill = match self.dialect {
            Dialect::Postgres => format!("SELECT pg_terminate_backend({pid})"),
            _ => format!("KILL {pid}"),
        };
        other.exec().execute(&kill, &[]).await.doing(doing)?;
        other.close().await.doing(doing)
    }

    /// Records a new run and its `RUN_STARTED` event; returns the events
    /// written, for the JSONL mirror.
    ///
    /// Takes the run lock first (another live run is refused with
    /// [`Error::RunInProgress`]); holding it, any run still `running` is
    /// dead (killed, crashed, its connection lost): it is marked
    /// `interrupted`, with a `RUN_FINISHED` event of its own saying so, and
    /// listed by [`Target::interrupted_runs`]. A dry run neither locks nor
    /// marks.
    pub async fn begin_run(&mut self, info: &RunInfo) -> Result<Vec<SealedEvent>, Error> {
        if self.dry_run.is_none() {
            self.lock_run().await?;
            if let (Conn::Sqlite(c), None) = (&mut self.conn, &self.checkpointer) {
                self.checkpointer = crate::checkpoint::Checkpointer::start(&self.open_url, c).await;
            }
        }
        let now = now();
        let mut tx = self.conn.begin().await.doing(|| "starting a run".into())?;
        let mut db = tx.exec();
        let mut chain = self.chain.clone();
        let mut sealed = Vec::new();
        let mut interrupted = Vec::new();
        if self.dry_run.is_none() {
            let doing = || "marking interrupted runs".to_string();
            let rows = db
                .fetch_all(
                    "SELECT id FROM runs WHERE status = 'running' ORDER BY id",
                    &[],
                )
                .await
                .doing(doing)?;
            for r in rows {
                let id = r.int(0).doing(doing)?;
                db.execute(
                    "UPDATE runs SET status = 'interrupted', finished_at = ? WHERE id = ?",
                    &args![&now, id],
                )
                .await
                .doing(doing)?;
                let ev = AuditEvent::run(
                    model::EventKind::RunFinished,
                    serde_json::json!({
                        "status": "interrupted",
                        "counts": null,
                        "error": "the run stopped without finishing (killed, crashed or its                                   connection lost); what it committed stays, the next run                                   resumes after it",
                    }),
                );
                sealed.push(chain.seal(id, &now, ev));
                interrupted.push(id);
            }
        }
        let id = db
            .insert_id(
                "INSERT INTO runs (started_at, status, inputs, mapping_fingerprint, options) \
                 VALUES (?, 'running', ?, ?, ?)",
                &args![
                    &now,
                    serde_json::to_string(&info.inputs).unwrap_or_default(),
                    &info.mapping_fingerprint,
                    info.options.to_string(),
                ],
            )
            .await
            .doing(|| "recording the run".into())?;
        let ev = AuditEvent::run(
            model::EventKind::RunStarted,
            serde_json::to_value(info).unwrap_or_default(),
        );
        sealed.push(chain.seal(id, &now, ev));
        insert_events(&mut db, &sealed).await?;
        tx.commit().await.doing(|| "starting a run".into())?;
        self.run_id = id;
        self.chain = chain;
        self.interrupted = interrupted;
        Ok(sealed)
    }

    /// Makes the target's `sections` table equal to the taxonomy (sections
    /// no longer in the taxonomy stay if articles still use them).
    pub async fn sync_sections(&mut self, sections: &[SectionRow]) -> Result<(), Error> {
        let mut tx = self
            .conn
            .begin()
            .await
            .doing(|| "syncing sections".into())?;
        let mut db = tx.exec();
        let sql = db.dialect().upsert(
            "INSERT INTO sections (slug, parent, name, name_en, weight, basis, required) \
             VALUES (?, ?, ?, ?, ?, ?, ?)",
            "slug",
            &["parent", "name", "name_en", "weight", "basis", "required"],
        );
        for (i, s) in sections.iter().enumerate() {
            let basis = serde_json::to_string(&s.basis).unwrap_or_else(|_| "[]".into());
            let new = crate::rollback::section_value(s, i as i64, &basis);
            crate::rollback::before_section(&mut db, self.run_id, &s.slug, new).await?;
            db.execute(
                &sql,
                &args![&s.slug, &s.parent, &s.name, &s.name_en, i as i64, basis, s.required],
            )
            .await
            .doing(|| format!("writing section `{}`", s.slug))?;
        }
        tx.commit().await.doing(|| "syncing sections".into())
    }

    /// Records the end of the run with its counts and a `RUN_FINISHED` event.
    pub async fn finish_run(
        &mut self,
        status: RunStatus,
        counts: &Counts,
        error: Option<&str>,
    ) -> Result<Vec<SealedEvent>, Error> {
        let now = now();
        let counts_json = serde_json::to_value(counts).unwrap_or_default();
        let mut tx = self
            .conn
            .begin()
            .await
            .doing(|| "finishing the run".into())?;
        let mut db = tx.exec();
        db.execute(
            "UPDATE runs SET finished_at = ?, status = ?, counts = ? WHERE id = ?",
            &args![&now, status.as_str(), counts_json.to_string(), self.run_id],
        )
        .await
        .doing(|| "finishing the run".into())?;
        let ev = AuditEvent::run(
            model::EventKind::RunFinished,
            serde_json::json!({"status": status.as_str(), "counts": counts_json, "error": error}),
        );
        let mut chain = self.chain.clone();
        let sealed = vec![chain.seal(self.run_id, &now, ev)];
        insert_events(&mut db, &sealed).await?;
        tx.commit().await.doing(|| "finishing the run".into())?;
        self.chain = chain;
        Ok(sealed)
    }

    /// Writes events that concern the run rather than one item (warnings
    /// found after extraction, say), in their own transaction.
    pub async fn log(&mut self, events: Vec<AuditEvent>) -> Result<Vec<SealedEvent>, Error> {
        let now = now();
        let mut chain = self.chain.clone();
        let sealed: Vec<SealedEvent> = events
            .into_iter()
            .map(|ev| chain.seal(self.run_id, &now, ev))
            .collect();
        let mut tx = self
            .conn
            .begin()
            .await
            .doing(|| "writing run events".into())?;
        insert_events(&mut tx.exec(), &sealed).await?;
        tx.commit().await.doing(|| "writing run events".into())?;
        self.chain = chain;
        Ok(sealed)
    }

    /// Reads the whole audit log from the target, in order.
    pub async fn audit_events(&mut self) -> Result<Vec<SealedEvent>, Error> {
        self.sealed_events("SELECT event FROM audit_events ORDER BY seq", &[], || {
            "reading the audit log".to_string()
        })
        .await
    }

    /// The sealed events a query's first column holds (`SELECT event FROM
    /// audit_events ...`), parsed back.
    pub(crate) async fn sealed_events(
        &mut self,
        sql: &str,
        args: &[Arg<'_>],
        doing: impl Fn() -> String,
    ) -> Result<Vec<SealedEvent>, Error> {
        let rows = self.conn.exec().fetch_all(sql, args).await.doing(&doing)?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let text = r.text(0).doing(&doing)?;
            let ev = serde_json::from_str(&text)
                .map_err(|e| sqlx::Error::Decode(Box::new(e)))
                .doing(&doing)?;
            out.push(ev);
        }
        Ok(out)
    }

    /// The audit log's events after `seq`, in order (to bring a JSONL
    /// mirror up to date).
    pub async fn audit_events_after(&mut self, seq: i64) -> Result<Vec<SealedEvent>, Error> {
        self.sealed_events(
            "SELECT event FROM audit_events WHERE seq > ? ORDER BY seq",
            &args![seq],
            || "reading the audit log".to_string(),
        )
        .await
    }

    /// Checks the audit log's hash chain; returns the number of events.
    pub async fn verify_audit(&mut self) -> Result<u64, Error> {
        let events = self.audit_events().await?;
        Ok(audit::verify(events)?)
    }

    /// Closes the connection cleanly (on SQLite, checkpoints the WAL). A
    /// dry run's transaction is rolled back first: nothing it wrote stays.
    pub async fn close(mut self) -> Result<(), Error> {
        if self.dry_run.is_some() {
            self.conn
                .rollback_outer()
                .await
                .doing(|| "rolling back the dry run".into())?;
        }
        let closed = self
            .conn
            .close()
            .await
            .doing(|| "closing the target".into());
        // After the writer: the last connection to close finishes the
        // checkpoint and removes the `-wal` file.
        if let Some(c) = self.checkpointer.take() {
            c.close().await;
        }
        closed
    }
}

/// The SQLite file of `url`, opened and locked for as long as the handle
/// lives: `Ok(None)` when there is nothing to lock (not a file, a system
/// without `flock`), `Err(())` when another process holds the lock.
fn lock_sqlite(url: &str) -> Result<Option<std::fs::File>, ()> {
    if !cfg!(unix) {
        return Ok(None);
    }
    let Ok(opts) = SqliteConnectOptions::from_str(url) else {
        return Ok(None);
    };
    let Ok(f) = std::fs::File::open(opts.get_filename()) else {
        return Ok(None);
    };
    match f.try_lock() {
        Ok(()) => Ok(Some(f)),
        Err(std::fs::TryLockError::WouldBlock) => Err(()),
        Err(std::fs::TryLockError::Error(_)) => Ok(None),
    }
}

/// The migrations the target has recorded, as (version, applied without
/// failing); none when it has no migrations table yet. Reads only.
async fn applied_migrations(conn: &mut Conn) -> sqlx::Result<Vec<(i64, bool)>> {
    let mut db = conn.exec();
    // Unqualified, as the migrator names it: found where it would be.
    let exists = match db.dialect() {
        Dialect::Sqlite => {
            "SELECT COUNT(*) FROM sqlite_master \
             WHERE type = 'table' AND name = '_sqlx_migrations'"
        }
        Dialect::Postgres => {
            "SELECT COUNT(*) FROM (SELECT to_regclass('_sqlx_migrations') AS t) x \
             WHERE t IS NOT NULL"
        }
        Dialect::MySql => {
            "SELECT COUNT(*) FROM information_schema.tables \
             WHERE table_schema = DATABASE() AND table_name = '_sqlx_migrations'"
        }
    };
    if db.fetch_one(exists, &[]).await?.int(0)? == 0 {
        return Ok(Vec::new());
    }
    db.fetch_all(
        "SELECT version, success FROM _sqlx_migrations ORDER BY version",
        &[],
    )
    .await?
    .iter()
    .map(|r| Ok((r.int(0)?, r.bool(1)?)))
    .collect()
}

/// The newest migration `migrator` has.
fn newest(migrator: &sqlx::migrate::Migrator) -> i64 {
    migrator.iter().map(|m| m.version).max().unwrap_or(0)
}

/// Refuses a target holding migrations `migrator` does not have.
fn newer_schema(applied: &[(i64, bool)], migrator: &sqlx::migrate::Migrator) -> Result<(), Error> {
    let unknown: Vec<i64> = applied
        .iter()
        .map(|(v, _)| *v)
        .filter(|v| !migrator.iter().any(|m| m.version == *v))
        .collect();
    match unknown.iter().max() {
        None => Ok(()),
        Some(_) => Err(Error::NewerSchema {
            target_newest: applied.iter().map(|(v, _)| *v).max().unwrap_or(0),
            known_newest: newest(migrator),
            unknown,
        }),
    }
}

/// The versions of `migrator`'s migrations not successfully applied.
fn pending_migrations(applied: &[(i64, bool)], migrator: &sqlx::migrate::Migrator) -> Vec<i64> {
    migrator
        .iter()
        .filter(|m| !m.migration_type.is_down_migration())
        .map(|m| m.version)
        .filter(|v| !applied.contains(&(*v, true)))
        .collect()
}

pub(crate) fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// Writes sealed events as held rows (see [`Exec::insert`]): many per
/// statement, `COPY` on PostgreSQL, where there is never a conflict.
pub(crate) async fn insert_events(db: &mut Exec<'_>, events: &[SealedEvent]) -> Result<(), Error> {
    db.bulk();
    for ev in events {
        db.insert(crate::db::NewRow {
            table: "audit_events",
            columns: "seq, run_id, at, kind, source_key, event, prev_hash, hash",
            values: args![
                ev.seq,
                ev.run_id,
                &ev.at,
                ev.event.kind.as_str(),
                ev.event.key.as_ref().map(|k| k.to_string()),
                ev.to_json(),
                &ev.prev_hash,
                &ev.hash,
            ]
            .into(),
            conflict: crate::db::Conflict::Fail,
            key: None,
            what: format!("audit event {}", ev.seq),
        })
        .await?;
    }
    db.flush().await
}

#[cfg(test)]
mod tests {
    use super::redact_url;

    /// The session setting that keeps PostgreSQL from reusing a plan made
    /// while a table was empty (a load that grew quadratically without it).
    #[test]
    fn postgres_sessions_plan_every_execution() {
        let Some(url) = std::env::var("PORTMIG_TEST_PG_URL")
            .ok()
            .filter(|u| !u.is_empty())
        else {
            eprintln!("skipped: PORTMIG_TEST_PG_URL not set");
            return;
        };
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        let mode = rt.block_on(async {
            let mut conn = super::open(super::Dialect::Postgres, &url)
                .await
                .expect("connecting to PORTMIG_TEST_PG_URL");
            let row = conn
                .exec()
                .fetch_one("SELECT current_setting('plan_cache_mode')", &[])
                .await
                .expect("reading plan_cache_mode");
            row.text(0).expect("text")
        });
        assert_eq!(mode, "force_custom_plan");
    }

    /// The SQLite session settings a load relies on for its speed: WAL, a
    /// large page cache, statement journals in memory.
    #[test]
    fn sqlite_sessions_keep_their_temporary_files_in_memory() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("cổng.db").display());
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        let got = rt.block_on(async {
            let mut conn = super::open(super::Dialect::Sqlite, &url).await.unwrap();
            let mut got = Vec::new();
            for p in ["journal_mode", "cache_size", "temp_store"] {
                let row = conn
                    .exec()
                    .fetch_one(&format!("PRAGMA {p}"), &[])
                    .await
                    .unwrap();
                got.push(match p {
                    "journal_mode" => row.text(0).unwrap(),
                    _ => row.int(0).unwrap().to_string(),
                });
            }
            got
        });
        // temp_store 2 is MEMORY.
        assert_eq!(got, ["wal", "-32768", "2"]);
    }

    #[test]
    fn lost_connections_are_transient_and_bad_statements_are_not() {
        let query = |source| super::Error::Query {
            doing: crate::error::Doing("writing a batch".into()),
            source,
        };
        let reset = std::io::Error::from(std::io::ErrorKind::ConnectionReset);
        assert!(super::is_transient(&query(sqlx::Error::Io(reset))));
        assert!(super::is_transient(&query(sqlx::Error::PoolTimedOut)));
        assert!(!super::is_transient(&query(sqlx::Error::RowNotFound)));
        assert!(!super::is_transient(&query(sqlx::Error::ColumnNotFound(
            "tiêu_đề".into()
        ))));
        assert!(!super::is_transient(&super::Error::RunInProgress {
            url: "sqlite://cổng.db".into()
        }));
    }

    #[test]
    fn passwords_never_show() {
        assert_eq!(
            redact_url("postgres://portal:s3cret@db.local:5432/cms"),
            "postgres://portal:***@db.local:5432/cms"
        );
        assert_eq!(redact_url("sqlite://portmig.db"), "sqlite://portmig.db");
        assert_eq!(
            redact_url("mysql://root@localhost/x"),
            "mysql://root@localhost/x"
        );
        assert_eq!(
            redact_url("mariadb://root:p@ss:w/rd@db:3306/cms?ssl-mode=required"),
            "mariadb://root:***@db:3306/cms?ssl-mode=required"
        );
        assert_eq!(
            redact_url("postgresql://u@h/db?sslmode=disable&password=s3cret"),
            "postgresql://u@h/db?sslmode=disable&password=***"
        );
        assert_eq!(redact_url("sqlite:portmig.db"), "sqlite:portmig.db");
        // Unescaped `?` and `#` in a password: still all hidden.
        assert_eq!(
            redact_url("postgres://cổng:mật?khẩu#Đà@db.local/cms"),
            "postgres://cổng:***@db.local/cms"
        );
        assert_eq!(
            redact_url("postgres://db.local/cms?sslrootcert=/etc/a@b.pem"),
            "postgres://db.local/cms?sslrootcert=/etc/a@b.pem"
        );
    }

    #[test]
    fn errors_lose_the_password() {
        let url = "postgres://u:p%40ss@h/db";
        let e = super::scrub(
            sqlx::Error::Configuration("cannot use p@ss or p%40ss here".into()),
            url,
        );
        assert_eq!(
            e.to_string(),
            "error with configuration: cannot use *** or *** here"
        );
        let kept = super::scrub(sqlx::Error::RowNotFound, url);
        assert!(matches!(kept, sqlx::Error::RowNotFound));
    }

    #[tokio::test]
    async fn unreachable_servers_do_not_show_the_password() {
        // Port 1 on the loopback: nothing listens, the connection is refused.
        for url in [
            "postgres://portal:s3cret@127.0.0.1:1/cms",
            "mysql://portal:s3cret@127.0.0.1:1/cms",
            "oracle://portal:s3cret@127.0.0.1:1/cms",
        ] {
            let err = match super::Target::connect(url).await {
                Ok(_) => panic!("{url} connected"),
                Err(e) => e.to_string(),
            };
            assert!(!err.contains("s3cret"), "{err}");
            if url.starts_with("oracle") {
                assert!(err.contains("portal:***@127.0.0.1:1/cms"), "{err}");
            } else {
                assert!(
                    err.contains("cannot reach the database server at 127.0.0.1:1:"),
                    "{err}"
                );
                assert!(err.contains("the server is running"), "{err}");
            }
        }
    }
}
