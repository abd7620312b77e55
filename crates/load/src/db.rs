//! The three backends behind one small interface, so that the loader's logic
//! is written once.
//!
//! Statements are written once, in the SQL the three dialects share, with
//! `?` placeholders; [`Dialect`] turns them into the backend's own text
//! (`$1, $2 ...` for PostgreSQL) and builds the few statements that differ
//! (upserts, getting the id of a new row). Values are bound through [`Arg`],
//! rows are read through [`Row`]; both cover the handful of types the schema
//! uses (integers, booleans, text), in each backend's native types.
//!
//! Why not `sqlx::Any`: in sqlx 0.8 it cannot read MySQL `TEXT` columns as
//! strings nor `BOOLEAN` (`TINYINT(1)`) at all, cannot set SQLite's
//! connection options, and does not translate placeholders either.

use sqlx::mysql::{MySqlConnection, MySqlRow};
use sqlx::postgres::{PgConnection, PgRow};
use sqlx::sqlite::{SqliteConnection, SqliteRow};
use sqlx::{Connection, Row as _};
use std::borrow::Cow;

/// The SQL dialect of a target, chosen from its URL's scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Dialect {
    /// `sqlite://FILE` (or `sqlite:FILE`).
    Sqlite,
    /// `postgres://` or `postgresql://`.
    Postgres,
    /// `mysql://` or `mariadb://`.
    MySql,
}

impl Dialect {
    /// The dialect a target URL names, `None` for an unknown scheme.
    pub fn from_url(url: &str) -> Option<Dialect> {
        let (scheme, _) = url.split_once(':')?;
        match scheme.to_ascii_lowercase().as_str() {
            "sqlite" => Some(Dialect::Sqlite),
            "postgres" | "postgresql" => Some(Dialect::Postgres),
            "mysql" | "mariadb" => Some(Dialect::MySql),
            _ => None,
        }
    }

    /// A short name for messages.
    pub fn name(self) -> &'static str {
        match self {
            Dialect::Sqlite => "SQLite",
            Dialect::Postgres => "PostgreSQL",
            Dialect::MySql => "MySQL/MariaDB",
        }
    }

    /// `sql` with its `?` placeholders in this dialect's form. Question
    /// marks inside quoted literals are left alone.
    pub(crate) fn sql(self, sql: &str) -> Cow<'_, str> {
        if self != Dialect::Postgres || !sql.contains('?') {
            return Cow::Borrowed(sql);
        }
        let mut out = String::with_capacity(sql.len() + 16);
        let mut n = 0;
        let mut quoted = false;
        for c in sql.chars() {
            match c {
                '\'' => {
                    quoted = !quoted;
                    out.push(c);
                }
                '?' if !quoted => {
                    n += 1;
                    out.push('$');
                    out.push_str(&n.to_string());
                }
                c => out.push(c),
            }
        }
        Cow::Owned(out)
    }

    /// `insert` (an `INSERT ... VALUES (...)`) made an upsert: on a clash
    /// on `key` (the table's only unique key), the columns `set` take the
    /// new row's values.
    pub(crate) fn upsert(self, insert: &str, key: &str, set: &[&str]) -> String {
        let assign = |f: &dyn Fn(&str) -> String| -> String {
            set.iter()
                .map(|c| format!("{c} = {}", f(c)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match self {
            Dialect::Sqlite | Dialect::Postgres => format!(
                "{insert} ON CONFLICT ({key}) DO UPDATE SET {}",
                assign(&|c| format!("excluded.{c}"))
            ),
            // Every unique key counts here, hence "the table's only one".
            // `VALUES(c)` rather than a row alias: MariaDB has no aliases.
            Dialect::MySql => format!(
                "{insert} ON DUPLICATE KEY UPDATE {}",
                assign(&|c| format!("VALUES({c})"))
            ),
        }
    }
}

/// `rows` groups of `cols` placeholders, for a multi-row `VALUES`.
pub(crate) fn value_rows(rows: usize, cols: usize) -> String {
    let one = format!("({})", vec!["?"; cols].join(", "));
    vec![one; rows].join(", ")
}

/// A value to bind.
#[derive(Clone, Debug)]
pub(crate) enum Arg<'a> {
    Int(Option<i64>),
    Bool(bool),
    Text(Option<Cow<'a, str>>),
}

impl From<i64> for Arg<'_> {
    fn from(v: i64) -> Self {
        Arg::Int(Some(v))
    }
}
impl From<Option<i64>> for Arg<'_> {
    fn from(v: Option<i64>) -> Self {
        Arg::Int(v)
    }
}
impl From<bool> for Arg<'_> {
    fn from(v: bool) -> Self {
        Arg::Bool(v)
    }
}
impl<'a> From<&'a str> for Arg<'a> {
    fn from(v: &'a str) -> Self {
        Arg::Text(Some(Cow::Borrowed(v)))
    }
}
impl<'a> From<&'a String> for Arg<'a> {
    fn from(v: &'a String) -> Self {
        Arg::Text(Some(Cow::Borrowed(v)))
    }
}
impl From<String> for Arg<'_> {
    fn from(v: String) -> Self {
        Arg::Text(Some(Cow::Owned(v)))
    }
}
impl<'a> From<&'a Option<String>> for Arg<'a> {
    fn from(v: &'a Option<String>) -> Self {
        Arg::Text(v.as_deref().map(Cow::Borrowed))
    }
}
impl From<Option<String>> for Arg<'_> {
    fn from(v: Option<String>) -> Self {
        Arg::Text(v.map(Cow::Owned))
    }
}

/// `[Arg::from(a), Arg::from(b), ...]`.
macro_rules! args {
    ($($a:expr),* $(,)?) => { [$($crate::db::Arg::from($a)),*] };
}
pub(crate) use args;

type Query<'q, DB> = sqlx::query::Query<'q, DB, <DB as sqlx::Database>::Arguments<'q>>;

fn bind<'q, DB>(mut q: Query<'q, DB>, args: &'q [Arg<'_>]) -> Query<'q, DB>
where
    DB: sqlx::Database,
    Option<i64>: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    bool: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    Option<&'q str>: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
{
    for a in args {
        q = match a {
            Arg::Int(v) => q.bind(*v),
            Arg::Bool(v) => q.bind(*v),
            Arg::Text(v) => q.bind(v.as_deref()),
        };
    }
    q
}

/// A row read from any backend.
pub(crate) enum Row {
    Sqlite(SqliteRow),
    Postgres(PgRow),
    MySql(MySqlRow),
}

impl Row {
    pub(crate) fn int(&self, i: usize) -> sqlx::Result<i64> {
        match self {
            Row::Sqlite(r) => r.try_get(i),
            Row::Postgres(r) => r.try_get(i),
            Row::MySql(r) => r.try_get(i),
        }
    }

    pub(crate) fn text(&self, i: usize) -> sqlx::Result<String> {
        self.opt_text(i)?.ok_or_else(|| sqlx::Error::ColumnDecode {
            index: i.to_string(),
            source: "unexpected NULL".into(),
        })
    }

    pub(crate) fn opt_int(&self, i: usize) -> sqlx::Result<Option<i64>> {
        match self {
            Row::Sqlite(r) => r.try_get(i),
            Row::Postgres(r) => r.try_get(i),
            Row::MySql(r) => r.try_get(i),
        }
    }

    pub(crate) fn bool(&self, i: usize) -> sqlx::Result<bool> {
        match self {
            Row::Sqlite(r) => r.try_get(i),
            Row::Postgres(r) => r.try_get(i),
            Row::MySql(r) => r.try_get(i),
        }
    }

    pub(crate) fn opt_text(&self, i: usize) -> sqlx::Result<Option<String>> {
        match self {
            Row::Sqlite(r) => r.try_get(i),
            Row::Postgres(r) => r.try_get(i),
            // The schema's columns are `utf8mb4_bin` (byte-exact, as in
            // SQLite), which MySQL flags BINARY; sqlx then refuses them as
            // strings although they hold UTF-8 text. Decoding still checks
            // that the bytes are UTF-8.
            Row::MySql(r) => r.try_get_unchecked(i),
        }
    }
}

/// One open connection.
pub(crate) enum Conn {
    Sqlite(SqliteConnection),
    Postgres(PgConnection),
    MySql(MySqlConnection),
}

/// A transaction on a [`Conn`]; rolled back if dropped uncommitted.
pub(crate) enum Tx<'c> {
    Sqlite(sqlx::Transaction<'c, sqlx::Sqlite>),
    Postgres(sqlx::Transaction<'c, sqlx::Postgres>),
    MySql(sqlx::Transaction<'c, sqlx::MySql>),
}

/// Where statements run: a connection or the inside of a transaction.
pub(crate) enum Exec<'c> {
    Sqlite(&'c mut SqliteConnection),
    Postgres(&'c mut PgConnection),
    MySql(&'c mut MySqlConnection),
}

impl Conn {
    pub(crate) fn exec(&mut self) -> Exec<'_> {
        match self {
            Conn::Sqlite(c) => Exec::Sqlite(c),
            Conn::Postgres(c) => Exec::Postgres(c),
            Conn::MySql(c) => Exec::MySql(c),
        }
    }

    pub(crate) async fn begin(&mut self) -> sqlx::Result<Tx<'_>> {
        Ok(match self {
            Conn::Sqlite(c) => Tx::Sqlite(c.begin().await?),
            Conn::Postgres(c) => Tx::Postgres(c.begin().await?),
            Conn::MySql(c) => Tx::MySql(c.begin().await?),
        })
    }

    /// Starts a transaction that no `Tx` owns: every later
    /// [`Conn::begin`] is a savepoint inside it, whose commit only
    /// releases the savepoint. Ended by [`Conn::rollback_outer`]. Not a
    /// `sqlx::Transaction`, which would borrow the connection for as long
    /// as it lives (the whole run).
    pub(crate) async fn begin_outer(&mut self) -> sqlx::Result<()> {
        use sqlx::{Database, TransactionManager};
        match self {
            Conn::Sqlite(c) => <sqlx::Sqlite as Database>::TransactionManager::begin(c, None).await,
            Conn::Postgres(c) => {
                <sqlx::Postgres as Database>::TransactionManager::begin(c, None).await
            }
            Conn::MySql(c) => <sqlx::MySql as Database>::TransactionManager::begin(c, None).await,
        }
    }

    /// Rolls back the transaction [`Conn::begin_outer`] started.
    pub(crate) async fn rollback_outer(&mut self) -> sqlx::Result<()> {
        use sqlx::{Database, TransactionManager};
        match self {
            Conn::Sqlite(c) => <sqlx::Sqlite as Database>::TransactionManager::rollback(c).await,
            Conn::Postgres(c) => {
                <sqlx::Postgres as Database>::TransactionManager::rollback(c).await
            }
            Conn::MySql(c) => <sqlx::MySql as Database>::TransactionManager::rollback(c).await,
        }
    }

    pub(crate) async fn close(self) -> sqlx::Result<()> {
        match self {
            Conn::Sqlite(c) => c.close().await,
            Conn::Postgres(c) => c.close().await,
            Conn::MySql(c) => c.close().await,
        }
    }
}

impl Tx<'_> {
    pub(crate) fn exec(&mut self) -> Exec<'_> {
        match self {
            Tx::Sqlite(t) => Exec::Sqlite(t),
            Tx::Postgres(t) => Exec::Postgres(t),
            Tx::MySql(t) => Exec::MySql(t),
        }
    }

    pub(crate) async fn commit(self) -> sqlx::Result<()> {
        match self {
            Tx::Sqlite(t) => t.commit().await,
            Tx::Postgres(t) => t.commit().await,
            Tx::MySql(t) => t.commit().await,
        }
    }
}

/// Runs `$body` with `$c` bound to the backend's connection and `$wrap` to
/// the [`Row`] variant of that backend.
macro_rules! on_backend {
    ($exec:expr, |$c:ident, $wrap:ident| $body:expr) => {
        match $exec {
            Exec::Sqlite($c) => {
                #[allow(unused_variables)]
                let $wrap = Row::Sqlite;
                $body
            }
            Exec::Postgres($c) => {
                #[allow(unused_variables)]
                let $wrap = Row::Postgres;
                $body
            }
            Exec::MySql($c) => {
                #[allow(unused_variables)]
                let $wrap = Row::MySql;
                $body
            }
        }
    };
}

impl Exec<'_> {
    pub(crate) fn dialect(&self) -> Dialect {
        match self {
            Exec::Sqlite(_) => Dialect::Sqlite,
            Exec::Postgres(_) => Dialect::Postgres,
            Exec::MySql(_) => Dialect::MySql,
        }
    }

    /// Runs a statement; returns the number of rows it touched.
    pub(crate) async fn execute(&mut self, sql: &str, args: &[Arg<'_>]) -> sqlx::Result<u64> {
        let sql = self.dialect().sql(sql);
        on_backend!(self, |c, _w| Ok(bind(sqlx::query(&sql), args)
            .execute(&mut **c)
            .await?
            .rows_affected()))
    }

    pub(crate) async fn fetch_optional(
        &mut self,
        sql: &str,
        args: &[Arg<'_>],
    ) -> sqlx::Result<Option<Row>> {
        let sql = self.dialect().sql(sql);
        on_backend!(self, |c, w| Ok(bind(sqlx::query(&sql), args)
            .fetch_optional(&mut **c)
            .await?
            .map(w)))
    }

    pub(crate) async fn fetch_one(&mut self, sql: &str, args: &[Arg<'_>]) -> sqlx::Result<Row> {
        let sql = self.dialect().sql(sql);
        on_backend!(self, |c, w| Ok(w(bind(sqlx::query(&sql), args)
            .fetch_one(&mut **c)
            .await?)))
    }

    pub(crate) async fn fetch_all(
        &mut self,
        sql: &str,
        args: &[Arg<'_>],
    ) -> sqlx::Result<Vec<Row>> {
        let sql = self.dialect().sql(sql);
        on_backend!(self, |c, w| Ok(bind(sqlx::query(&sql), args)
            .fetch_all(&mut **c)
            .await?
            .into_iter()
            .map(w)
            .collect()))
    }

    /// Runs an `INSERT` of one row into a table whose key is `id`, and
    /// returns the new row's id (`RETURNING id`, or MySQL's
    /// `LAST_INSERT_ID()`, which has no `RETURNING`).
    pub(crate) async fn insert_id(&mut self, insert: &str, args: &[Arg<'_>]) -> sqlx::Result<i64> {
        if let Exec::MySql(c) = self {
            let done = bind(sqlx::query(insert), args).execute(&mut **c).await?;
            return i64::try_from(done.last_insert_id())
                .map_err(|e| sqlx::Error::Decode(Box::new(e)));
        }
        self.fetch_one(&format!("{insert} RETURNING id"), args)
            .await?
            .int(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schemes_pick_the_dialect() {
        for (url, d) in [
            ("sqlite://portmig.db", Some(Dialect::Sqlite)),
            ("sqlite::memory:", Some(Dialect::Sqlite)),
            ("postgres://u:p@h/db", Some(Dialect::Postgres)),
            ("postgresql://h/db", Some(Dialect::Postgres)),
            ("mysql://root@h/db", Some(Dialect::MySql)),
            ("MariaDB://root@h/db", Some(Dialect::MySql)),
            ("oracle://h/db", None),
            ("portmig.db", None),
        ] {
            assert_eq!(Dialect::from_url(url), d, "{url}");
        }
    }

    #[test]
    fn placeholders_are_numbered_for_postgres_only() {
        let sql = "UPDATE t SET a = ?, b = '?' WHERE id = ?";
        assert_eq!(Dialect::Sqlite.sql(sql), sql);
        assert_eq!(Dialect::MySql.sql(sql), sql);
        assert_eq!(
            Dialect::Postgres.sql(sql),
            "UPDATE t SET a = $1, b = '?' WHERE id = $2"
        );
        assert_eq!(value_rows(2, 3), "(?, ?, ?), (?, ?, ?)");
    }

    #[test]
    fn upserts_per_dialect() {
        let ins = "INSERT INTO t (k, a, b) VALUES (?, ?, ?)";
        assert_eq!(
            Dialect::Postgres.upsert(ins, "k", &["a", "b"]),
            format!("{ins} ON CONFLICT (k) DO UPDATE SET a = excluded.a, b = excluded.b")
        );
        assert_eq!(
            Dialect::MySql.upsert(ins, "k", &["a", "b"]),
            format!("{ins} ON DUPLICATE KEY UPDATE a = VALUES(a), b = VALUES(b)")
        );
    }
}
