use crate::db::{args, value_rows, Arg, Conn, Dialect, Exec};
use crate::error::{Error, QueryContext};
use crate::write::{Counts, SectionRow};
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
}

impl RunStatus {
    fn as_str(self) -> &'static str {
        match self {
            RunStatus::Done => "done",
            RunStatus::Failed => "failed",
        }
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
    dry_run: Option<DryRun>,
}

/// Opens a connection of the URL's dialect (no migrations yet).
async fn open(dialect: Dialect, url: &str) -> Result<Conn, sqlx::Error> {
    Ok(match dialect {
        Dialect::Sqlite => {
            let opts = SqliteConnectOptions::from_str(url)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .foreign_keys(true)
                .disable_statement_logging();
            Conn::Sqlite(opts.connect().await?)
        }
        Dialect::Postgres => {
            let opts = PgConnectOptions::from_str(url)?
                .application_name("portmig")
                .disable_statement_logging();
            Conn::Postgres(opts.connect().await?)
        }
        Dialect::MySql => {
            // sqlx sets utf8mb4 and UTC on connect. Strict mode on top of the
            // server's own: a value too long for its column is an error, as
            // in the other backends, never silently cut.
            let opts = MySqlConnectOptions::from_str(url)?
                .charset("utf8mb4")
                .disable_statement_logging();
            let mut conn = Conn::MySql(opts.connect().await?);
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
            dry_run,
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

    /// Records a new run and its `RUN_STARTED` event; returns the events
    /// written, for the JSONL mirror.
    pub async fn begin_run(&mut self, info: &RunInfo) -> Result<Vec<SealedEvent>, Error> {
        let now = now();
        let mut tx = self.conn.begin().await.doing(|| "starting a run".into())?;
        let mut db = tx.exec();
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
        self.run_id = id;
        let ev = AuditEvent::run(
            model::EventKind::RunStarted,
            serde_json::to_value(info).unwrap_or_default(),
        );
        let mut chain = self.chain.clone();
        let sealed = vec![chain.seal(id, &now, ev)];
        insert_events(&mut db, &sealed).await?;
        tx.commit().await.doing(|| "starting a run".into())?;
        self.chain = chain;
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
        let doing = || "reading the audit log".to_string();
        let rows = self
            .conn
            .exec()
            .fetch_all("SELECT event FROM audit_events ORDER BY seq", &[])
            .await
            .doing(doing)?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let text = r.text(0).doing(doing)?;
            let ev = serde_json::from_str(&text)
                .map_err(|e| sqlx::Error::Decode(Box::new(e)))
                .doing(doing)?;
            out.push(ev);
        }
        Ok(out)
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
        self.conn
            .close()
            .await
            .doing(|| "closing the target".into())
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

/// Events per INSERT statement: 8 binds each, far below the limits on
/// binds per statement (SQLite 32766, PostgreSQL and MySQL 65535).
const EVENTS_PER_STATEMENT: usize = 200;

pub(crate) async fn insert_events(db: &mut Exec<'_>, events: &[SealedEvent]) -> Result<(), Error> {
    for chunk in events.chunks(EVENTS_PER_STATEMENT) {
        let sql = format!(
            "INSERT INTO audit_events (seq, run_id, at, kind, source_key, event, prev_hash, hash) \
             VALUES {}",
            value_rows(chunk.len(), 8)
        );
        let mut binds: Vec<Arg<'_>> = Vec::with_capacity(chunk.len() * 8);
        for ev in chunk {
            binds.extend(args![
                ev.seq,
                ev.run_id,
                &ev.at,
                ev.event.kind.as_str(),
                ev.event.key.as_ref().map(|k| k.to_string()),
                serde_json::to_string(ev).unwrap_or_default(),
                &ev.prev_hash,
                &ev.hash,
            ]);
        }
        let first = chunk.first().map(|e| e.seq).unwrap_or(0);
        db.execute(&sql, &binds)
            .await
            .doing(|| format!("writing audit events from {first}"))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::redact_url;

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
