//! The staging database: the tables the news extractor joins, spilled to a
//! temporary SQLite file so that memory does not grow with the dump.

use crate::error::{Error, StagingContext};
use futures_util::TryStreamExt;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous};
use sqlx::{ConnectOptions, Connection, Row, SqliteConnection};
use tokio::runtime::Runtime;

/// A value bound into the staging database.
#[derive(Clone)]
pub(crate) enum Val {
    Int(i64),
    Text(String),
    Blob(Vec<u8>),
}

/// Rows per INSERT statement: at most 20 binds each, below SQLite's
/// 32766 binds per statement.
const ROWS_PER_STATEMENT: usize = 500;

/// How many staged rows go into one transaction.
const FLUSH_ROWS: usize = 2000;

pub(crate) struct Stage {
    rt: Runtime,
    conn: SqliteConnection,
    pending: Vec<(&'static str, Vec<Val>)>,
    _dir: tempfile::TempDir,
}

const SCHEMA: &str = "
CREATE TABLE cat (stem TEXT NOT NULL, catid INTEGER NOT NULL, parentid INTEGER NOT NULL,
    title BLOB NOT NULL, alias BLOB NOT NULL, status INTEGER NOT NULL, weight INTEGER NOT NULL,
    sort INTEGER NOT NULL, who_view INTEGER NOT NULL,
    file INTEGER, byte INTEGER, line INTEGER, tbl TEXT,
    PRIMARY KEY (stem, catid));
CREATE TABLE row (stem TEXT NOT NULL, id INTEGER NOT NULL, catid INTEGER NOT NULL,
    listcatid TEXT NOT NULL, author BLOB NOT NULL, addtime INTEGER NOT NULL, edittime INTEGER NOT NULL,
    publtime INTEGER NOT NULL, exptime INTEGER NOT NULL, status INTEGER NOT NULL,
    title BLOB NOT NULL, alias BLOB NOT NULL, hometext BLOB NOT NULL, homeimgfile BLOB NOT NULL,
    homeimgthumb INTEGER NOT NULL, homeimgthumb_raw BLOB NOT NULL,
    topicid INTEGER NOT NULL, sourceid INTEGER NOT NULL, admin_id INTEGER NOT NULL,
    external_link INTEGER NOT NULL, homeimgalt BLOB NOT NULL, keywords BLOB NOT NULL,
    file INTEGER, byte INTEGER, line INTEGER, tbl TEXT,
    PRIMARY KEY (stem, id));
CREATE TABLE detail (stem TEXT NOT NULL, id INTEGER NOT NULL, bodyhtml BLOB NOT NULL,
    titlesite BLOB NOT NULL, description BLOB NOT NULL, keywords BLOB NOT NULL,
    sourcetext BLOB NOT NULL, files BLOB NOT NULL,
    file INTEGER, byte INTEGER, line INTEGER, tbl TEXT, PRIMARY KEY (stem, id));
CREATE TABLE body (stem TEXT NOT NULL, id INTEGER NOT NULL, n INTEGER NOT NULL,
    bodyhtml BLOB NOT NULL, sourcetext BLOB NOT NULL,
    file INTEGER, byte INTEGER, line INTEGER, tbl TEXT,
    PRIMARY KEY (stem, id, n));
CREATE TABLE bodytext (stem TEXT NOT NULL, id INTEGER NOT NULL, bodytext BLOB NOT NULL,
    file INTEGER, byte INTEGER, line INTEGER, tbl TEXT, PRIMARY KEY (stem, id));
";

/// The staged tables of other modules of the crate, created with
/// [`SCHEMA`]: each module that stages rows declares its own tables here.
const MORE_SCHEMAS: &[&str] = &[super::terms::SCHEMA, super::laws::SCHEMA];

impl Stage {
    /// A fresh staging database in a temporary folder, deleted on drop.
    pub(crate) fn new() -> Result<Stage, Error> {
        let dir = tempfile::Builder::new()
            .prefix("portmig-stage")
            .tempdir()
            .map_err(|source| Error::Io {
                path: std::env::temp_dir(),
                source,
            })?;
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|source| Error::Io {
                path: dir.path().to_path_buf(),
                source,
            })?;
        let opts = SqliteConnectOptions::new()
            .filename(dir.path().join("stage.db"))
            .create_if_missing(true)
            // A scratch file: durability buys nothing here.
            .journal_mode(SqliteJournalMode::Off)
            .synchronous(SqliteSynchronous::Off)
            .disable_statement_logging();
        let conn = rt.block_on(async {
            let mut conn = opts.connect().await?;
            for schema in std::iter::once(SCHEMA).chain(MORE_SCHEMAS.iter().copied()) {
                sqlx::raw_sql(schema).execute(&mut conn).await?;
            }
            Ok::<_, sqlx::Error>(conn)
        });
        let conn = conn.staging("creating")?;
        Ok(Stage {
            rt,
            conn,
            pending: Vec::new(),
            _dir: dir,
        })
    }

    /// Queues one row for `table`, one of the staged tables (`cat`, `row`,
    /// `detail`, `body`, `bodytext`, and those of [`MORE_SCHEMAS`]); the
    /// values in the order of its columns.
    pub(crate) fn push(&mut self, table: &'static str, vals: Vec<Val>) -> Result<(), Error> {
        self.pending.push((table, vals));
        if self.pending.len() >= FLUSH_ROWS {
            self.flush()?;
        }
        Ok(())
    }

    /// Writes queued rows.
    pub(crate) fn flush(&mut self) -> Result<(), Error> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let pending = std::mem::take(&mut self.pending);
        let conn = &mut self.conn;
        self.rt
            .block_on(async {
                let mut tx = conn.begin().await?;
                // Multi-row INSERTs: each statement is a round trip to
                // sqlx's SQLite worker thread, which dominates otherwise.
                let mut rest = pending.as_slice();
                while let Some((table, _)) = rest.first() {
                    let run = rest
                        .iter()
                        .take(ROWS_PER_STATEMENT)
                        .take_while(|(t, _)| t == table)
                        .count();
                    let (chunk, tail) = rest.split_at(run);
                    rest = tail;
                    // `table` is one of this crate's static names, never input.
                    let mut qb = sqlx::QueryBuilder::<sqlx::Sqlite>::new(format!(
                        "INSERT OR REPLACE INTO {table} "
                    ));
                    qb.push_values(chunk, |mut b, (_, vals)| {
                        for v in vals {
                            match v {
                                Val::Int(i) => b.push_bind(*i),
                                Val::Text(s) => b.push_bind(s.clone()),
                                Val::Blob(x) => b.push_bind(x.clone()),
                            };
                        }
                    });
                    qb.build().execute(&mut *tx).await?;
                }
                tx.commit().await
            })
            .staging("writing rows")
    }

    /// Runs `sql` and calls `f` for each row, streaming.
    pub(crate) fn each<F>(&mut self, sql: &str, binds: &[&str], mut f: F) -> Result<(), Error>
    where
        F: FnMut(&sqlx::sqlite::SqliteRow) -> std::ops::ControlFlow<()>,
    {
        let conn = &mut self.conn;
        self.rt
            .block_on(async {
                let mut q = sqlx::query(sql);
                for b in binds {
                    q = q.bind(*b);
                }
                let mut rows = q.fetch(&mut *conn);
                while let Some(row) = rows.try_next().await? {
                    if f(&row).is_break() {
                        break;
                    }
                }
                Ok::<_, sqlx::Error>(())
            })
            .staging("reading staged rows")
    }

    /// One integer from `sql`.
    pub(crate) fn count(&mut self, sql: &str, binds: &[&str]) -> Result<i64, Error> {
        let mut n = 0;
        self.each(sql, binds, |r| {
            n = r.try_get::<i64, _>(0).unwrap_or(0);
            std::ops::ControlFlow::Break(())
        })?;
        Ok(n)
    }
}
