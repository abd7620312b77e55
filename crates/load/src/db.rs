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
        format!(
            "{insert}{}",
            self.on_conflict(&Conflict::Update { key, set })
        )
    }

    /// The clause an `INSERT` ends with for `c` (empty for none).
    pub(crate) fn on_conflict(self, c: &Conflict<'_>) -> String {
        let (key, set) = match *c {
            Conflict::Fail | Conflict::New { .. } => return String::new(),
            Conflict::Ignore { key, mysql_noop } => {
                return match self {
                    Dialect::MySql => {
                        format!(" ON DUPLICATE KEY UPDATE {mysql_noop} = {mysql_noop}")
                    }
                    _ => format!(" ON CONFLICT ({key}) DO NOTHING"),
                }
            }
            Conflict::Update { key, set } => (key, set),
        };
        let assign = |f: &dyn Fn(&str) -> String| -> String {
            set.iter()
                .map(|c| format!("{c} = {}", f(c)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match self {
            Dialect::Sqlite | Dialect::Postgres => format!(
                " ON CONFLICT ({key}) DO UPDATE SET {}",
                assign(&|c| format!("excluded.{c}"))
            ),
            // Every unique key counts here, hence "the table's only one".
            // `VALUES(c)` rather than a row alias: MariaDB has no aliases.
            Dialect::MySql => format!(
                " ON DUPLICATE KEY UPDATE {}",
                assign(&|c| format!("VALUES({c})"))
            ),
        }
    }
}

/// What an `INSERT` does when its row clashes with one the table holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Conflict<'s> {
    /// The statement fails.
    Fail,
    /// No row holds the row's `key` (the caller knows): a plain `INSERT`,
    /// `COPY` on PostgreSQL, which fails if one does. Held, the row is
    /// ordered and checked by its key like an upsert's: a row of the same
    /// table and key held in another statement is written before it.
    New { key: &'s str },
    /// The row already there stays (`key` is the unique key; MySQL, which
    /// has no `DO NOTHING`, assigns `mysql_noop` to itself).
    Ignore { key: &'s str, mysql_noop: &'s str },
    /// The columns `set` take the new row's values (`key`: the table's only
    /// unique key).
    Update { key: &'s str, set: &'s [&'s str] },
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
impl<'a> From<Cow<'a, str>> for Arg<'a> {
    fn from(v: Cow<'a, str>) -> Self {
        Arg::Text(Some(v))
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

impl Arg<'_> {
    /// The same value, owning its text.
    pub(crate) fn into_owned(self) -> Arg<'static> {
        match self {
            Arg::Int(v) => Arg::Int(v),
            Arg::Bool(v) => Arg::Bool(v),
            Arg::Text(v) => Arg::Text(v.map(|t| Cow::Owned(t.into_owned()))),
        }
    }

    /// Bytes of text, to bound what a held statement carries.
    fn weight(&self) -> usize {
        match self {
            Arg::Text(Some(t)) => t.len() + 8,
            _ => 8,
        }
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

/// Where statements run: a connection or the inside of a transaction,
/// with the rows of a bulk write held back (see [`Exec::insert`]).
pub(crate) struct Exec<'c> {
    link: Link<'c>,
    held: Option<Held>,
}

enum Link<'c> {
    Sqlite(&'c mut SqliteConnection),
    Postgres(&'c mut PgConnection),
    MySql(&'c mut MySqlConnection),
}

impl<'c> Link<'c> {
    fn exec(self) -> Exec<'c> {
        Exec {
            link: self,
            held: None,
        }
    }
}

impl Conn {
    pub(crate) fn exec(&mut self) -> Exec<'_> {
        match self {
            Conn::Sqlite(c) => Link::Sqlite(c).exec(),
            Conn::Postgres(c) => Link::Postgres(c).exec(),
            Conn::MySql(c) => Link::MySql(c).exec(),
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
            Tx::Sqlite(t) => Link::Sqlite(t).exec(),
            Tx::Postgres(t) => Link::Postgres(t).exec(),
            Tx::MySql(t) => Link::MySql(t).exec(),
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
            Link::Sqlite($c) => {
                #[allow(unused_variables)]
                let $wrap = Row::Sqlite;
                $body
            }
            Link::Postgres($c) => {
                #[allow(unused_variables)]
                let $wrap = Row::Postgres;
                $body
            }
            Link::MySql($c) => {
                #[allow(unused_variables)]
                let $wrap = Row::MySql;
                $body
            }
        }
    };
}

/// Rows of `INSERT`s held back by a bulk [`Exec`], to be written many per
/// statement: one round trip for a batch's attachments instead of one per
/// attachment. A statement that names a table with held rows writes them
/// first, so reads and writes see the same order as unbuffered ones.
#[derive(Default)]
struct Held {
    /// One per statement shape, in first-use order.
    stmts: Vec<HeldInsert>,
}

struct HeldInsert {
    table: &'static str,
    columns: &'static str,
    conflict: String,
    cols: usize,
    binds: Vec<Arg<'static>>,
    /// Conflict-key values held, so that a second row with the same key
    /// writes the first one before it (one statement may not touch a row
    /// twice; an `Ignore` row with a held key is dropped: the first stays).
    keys: std::collections::HashSet<String>,
    /// The conflict key's place among the columns, when it is one column:
    /// the rows are written in its order (below).
    key_col: Option<usize>,
    ignore: bool,
    /// Bytes of the bound values, to keep statements within packet limits.
    weight: usize,
    /// What the first and last held rows are, for errors.
    first: String,
    last: String,
}

/// Bind values per held statement: under SQLite's 32,766 and the 65,535
/// of PostgreSQL and MySQL.
const MAX_BINDS: usize = 30_000;
/// Bytes per held statement: well under MySQL's default 16 MB packet (a
/// rollback record holds whole article bodies).
const MAX_WEIGHT: usize = 4 << 20;

/// One row for [`Exec::insert`].
pub(crate) struct NewRow<'a> {
    /// The table, and its columns as the statement lists them.
    pub table: &'static str,
    pub columns: &'static str,
    pub values: Vec<Arg<'a>>,
    pub conflict: Conflict<'static>,
    /// The row's conflict-key value (as text), when `conflict` is not
    /// `Fail`.
    pub key: Option<String>,
    /// What the row is, for an error: `the attachments of `k``.
    pub what: String,
}

/// Rows (`cols` values each) ordered by their text in column `key`.
///
/// Keys held together are distinct (a repeated one writes the first
/// first), so the order of the rows of one statement changes nothing in
/// what it does; sorted, the database inserts into its index near where it
/// inserted last instead of all over it (a batch's old URLs and keys are in
/// no order of their own).
fn in_key_order(binds: Vec<Arg<'static>>, cols: usize, key: usize) -> Vec<Arg<'static>> {
    let rows = binds.len() / cols;
    let text = |r: usize| match &binds[r * cols + key] {
        Arg::Text(Some(t)) => Some(t.as_ref()),
        _ => None,
    };
    let mut order: Vec<usize> = (0..rows).collect();
    order.sort_by(|&a, &b| text(a).cmp(&text(b)));
    if order.iter().enumerate().all(|(i, &r)| i == r) {
        return binds;
    }
    let mut slots: Vec<Option<Arg<'static>>> = binds.into_iter().map(Some).collect();
    let mut out = Vec::with_capacity(slots.len());
    for r in order {
        out.extend(
            slots[r * cols..(r + 1) * cols]
                .iter_mut()
                .filter_map(Option::take),
        );
    }
    out
}

/// Rows for `COPY ... FROM STDIN` in PostgreSQL's text format: tab
/// between fields, newline after each row, `\N` for NULL, and backslash,
/// tab, newline and carriage return escaped in text.
fn copy_text(binds: &[Arg<'_>], cols: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(binds.iter().map(Arg::weight).sum());
    for row in binds.chunks(cols) {
        for (i, v) in row.iter().enumerate() {
            if i > 0 {
                out.push(b'\t');
            }
            match v {
                Arg::Int(None) | Arg::Text(None) => out.extend_from_slice(b"\\N"),
                Arg::Int(Some(n)) => out.extend_from_slice(n.to_string().as_bytes()),
                Arg::Bool(b) => out.push(if *b { b't' } else { b'f' }),
                Arg::Text(Some(t)) => {
                    for &b in t.as_bytes() {
                        match b {
                            b'\\' => out.extend_from_slice(b"\\\\"),
                            b'\t' => out.extend_from_slice(b"\\t"),
                            b'\n' => out.extend_from_slice(b"\\n"),
                            b'\r' => out.extend_from_slice(b"\\r"),
                            _ => out.push(b),
                        }
                    }
                }
            }
        }
        out.push(b'\n');
    }
    out
}

/// Runs `COPY ... FROM STDIN` with `data`, ending the copy either way (a
/// copy left open breaks the connection's next statement).
async fn copy_in(c: &mut PgConnection, copy: &str, data: Vec<u8>) -> sqlx::Result<()> {
    let mut copy = c.copy_in_raw(copy).await?;
    if let Err(e) = copy.send(data).await {
        let _ = copy.abort("portmig: sending the rows failed").await;
        return Err(e);
    }
    copy.finish().await.map(drop)
}

/// Whether `sql` names `table` as a whole word.
fn mentions(sql: &str, table: &str) -> bool {
    let word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    sql.match_indices(table).any(|(i, _)| {
        let before = sql[..i].chars().next_back().is_none_or(|c| !word(c));
        let after = sql[i + table.len()..]
            .chars()
            .next()
            .is_none_or(|c| !word(c));
        before && after
    })
}

impl Exec<'_> {
    pub(crate) fn dialect(&self) -> Dialect {
        match self.link {
            Link::Sqlite(_) => Dialect::Sqlite,
            Link::Postgres(_) => Dialect::Postgres,
            Link::MySql(_) => Dialect::MySql,
        }
    }

    /// From now on [`Exec::insert`] holds rows back until
    /// [`Exec::flush`] (or a statement naming their table). The caller
    /// must flush before committing.
    pub(crate) fn bulk(&mut self) {
        self.held.get_or_insert_with(Held::default);
    }

    /// Inserts one row: now, or (bulk) with others of the same shape in
    /// one multi-row statement later.
    pub(crate) async fn insert(&mut self, row: NewRow<'_>) -> Result<(), crate::Error> {
        use crate::error::QueryContext;
        let dialect = self.dialect();
        let conflict = dialect.on_conflict(&row.conflict);
        let Some(held) = &mut self.held else {
            let sql = format!(
                "INSERT INTO {} ({}) VALUES {}{conflict}",
                row.table,
                row.columns,
                value_rows(1, row.values.len())
            );
            let what = row.what;
            return self
                .execute(&sql, &row.values)
                .await
                .map(drop)
                .doing(|| format!("writing {what}"));
        };
        let key_col = match &row.conflict {
            Conflict::Ignore { key, .. } | Conflict::Update { key, .. } | Conflict::New { key } => {
                row.columns.split(',').position(|c| c.trim() == *key)
            }
            Conflict::Fail => None,
        };
        let at = held.stmts.iter().position(|h| {
            h.table == row.table
                && h.columns == row.columns
                && h.conflict == conflict
                && h.key_col == key_col
        });
        let at = match at {
            Some(i) => i,
            None => {
                held.stmts.push(HeldInsert {
                    table: row.table,
                    columns: row.columns,
                    conflict,
                    cols: row.values.len(),
                    binds: Vec::new(),
                    keys: Default::default(),
                    key_col,
                    ignore: matches!(row.conflict, Conflict::Ignore { .. }),
                    weight: 0,
                    first: String::new(),
                    last: String::new(),
                });
                held.stmts.len() - 1
            }
        };
        let h = &held.stmts[at];
        if let Some(k) = &row.key {
            if h.keys.contains(k) {
                if h.ignore {
                    return Ok(());
                }
                self.flush_at(at).await?;
            }
            // The same key held in another statement of the table (a new
            // row, then an upsert of it): that one goes first.
            let held = self.held.as_ref().expect("bulk");
            let other = (0..held.stmts.len()).find(|&i| {
                i != at && held.stmts[i].table == row.table && held.stmts[i].keys.contains(k)
            });
            if let Some(i) = other {
                self.flush_at(i).await?;
            }
        }
        let weight: usize = row.values.iter().map(Arg::weight).sum();
        let h = &self.held.as_ref().expect("bulk").stmts[at];
        if h.binds.len() + row.values.len() > MAX_BINDS || h.weight + weight > MAX_WEIGHT {
            self.flush_at(at).await?;
        }
        let h = &mut self.held.as_mut().expect("bulk").stmts[at];
        if h.binds.is_empty() {
            h.first = row.what.clone();
        }
        h.last = row.what;
        h.weight += weight;
        h.binds.extend(row.values.into_iter().map(Arg::into_owned));
        if let Some(k) = row.key {
            h.keys.insert(k);
        }
        Ok(())
    }

    /// Writes every held row.
    pub(crate) async fn flush(&mut self) -> Result<(), crate::Error> {
        let n = self.held.as_ref().map_or(0, |h| h.stmts.len());
        for i in 0..n {
            self.flush_at(i).await?;
        }
        Ok(())
    }

    async fn flush_at(&mut self, i: usize) -> Result<(), crate::Error> {
        use crate::error::QueryContext;
        let Some(held) = &mut self.held else {
            return Ok(());
        };
        let h = &mut held.stmts[i];
        if h.binds.is_empty() {
            return Ok(());
        }
        let mut binds = std::mem::take(&mut h.binds);
        h.keys.clear();
        h.weight = 0;
        let rows = binds.len() / h.cols;
        if let Some(k) = h.key_col {
            binds = in_key_order(binds, h.cols, k);
        }
        let what = if rows == 1 {
            h.first.clone()
        } else {
            format!("{rows} rows of {}: {} … {}", h.table, h.first, h.last)
        };
        // PostgreSQL's own bulk path where there is no conflict to settle.
        if let (Link::Postgres(c), true) = (&mut self.link, h.conflict.is_empty()) {
            let copy = format!("COPY {} ({}) FROM STDIN", h.table, h.columns);
            return copy_in(c, &copy, copy_text(&binds, h.cols))
                .await
                .doing(|| format!("writing {what}"));
        }
        let sql = format!(
            "INSERT INTO {} ({}) VALUES {}{}",
            h.table,
            h.columns,
            value_rows(rows, h.cols),
            h.conflict
        );
        let sql = self.dialect().sql(&sql).into_owned();
        // Not kept prepared on SQLite: each row count is a statement of its
        // own, compiled in this process to a program of a few opcodes per
        // value; cached (sqlx keeps 100 per connection), they held tens of
        // MB that rarely served again (valgrind massif, 3,000 articles: 38
        // of the 132 MB at the peak; a 20,000-article run peaked at 250 MB
        // instead of 340 MB, and ran no slower). The servers keep theirs:
        // re-parsing there cost more than it saved.
        let keep = !matches!(self.link, Link::Sqlite(_));
        on_backend!(&mut self.link, |c, _w| bind(
            sqlx::query(&sql).persistent(keep),
            &binds
        )
        .execute(&mut **c)
        .await
        .map(drop))
        .doing(|| format!("writing {what}"))
    }

    /// Writes the held rows of the tables `sql` names (an error is
    /// reported as the statement's own).
    async fn barrier(&mut self, sql: &str) -> sqlx::Result<()> {
        let Some(held) = &self.held else {
            return Ok(());
        };
        let due: Vec<usize> = (0..held.stmts.len())
            .filter(|&i| !held.stmts[i].binds.is_empty() && mentions(sql, held.stmts[i].table))
            .collect();
        for i in due {
            self.flush_at(i).await.map_err(|e| match e {
                crate::Error::Query { source, .. } => source,
                other => sqlx::Error::Protocol(other.to_string()),
            })?;
        }
        Ok(())
    }

    /// Runs a statement; returns the number of rows it touched.
    pub(crate) async fn execute(&mut self, sql: &str, args: &[Arg<'_>]) -> sqlx::Result<u64> {
        self.barrier(sql).await?;
        let sql = self.dialect().sql(sql);
        on_backend!(&mut self.link, |c, _w| Ok(bind(sqlx::query(&sql), args)
            .execute(&mut **c)
            .await?
            .rows_affected()))
    }

    pub(crate) async fn fetch_optional(
        &mut self,
        sql: &str,
        args: &[Arg<'_>],
    ) -> sqlx::Result<Option<Row>> {
        self.barrier(sql).await?;
        let sql = self.dialect().sql(sql);
        on_backend!(&mut self.link, |c, w| Ok(bind(sqlx::query(&sql), args)
            .fetch_optional(&mut **c)
            .await?
            .map(w)))
    }

    pub(crate) async fn fetch_one(&mut self, sql: &str, args: &[Arg<'_>]) -> sqlx::Result<Row> {
        self.barrier(sql).await?;
        let sql = self.dialect().sql(sql);
        on_backend!(&mut self.link, |c, w| Ok(w(bind(sqlx::query(&sql), args)
            .fetch_one(&mut **c)
            .await?)))
    }

    pub(crate) async fn fetch_all(
        &mut self,
        sql: &str,
        args: &[Arg<'_>],
    ) -> sqlx::Result<Vec<Row>> {
        self.barrier(sql).await?;
        let sql = self.dialect().sql(sql);
        on_backend!(&mut self.link, |c, w| Ok(bind(sqlx::query(&sql), args)
            .fetch_all(&mut **c)
            .await?
            .into_iter()
            .map(w)
            .collect()))
    }

    /// Hands each row of `sql` to `f` as it comes, none kept: for tables
    /// of millions of rows.
    pub(crate) async fn for_each_row(
        &mut self,
        sql: &str,
        mut f: impl FnMut(Row) -> sqlx::Result<()>,
    ) -> sqlx::Result<()> {
        use futures_util::TryStreamExt;
        self.barrier(sql).await?;
        let sql = self.dialect().sql(sql);
        on_backend!(&mut self.link, |c, w| {
            let mut rows = sqlx::query(&sql).fetch(&mut **c);
            while let Some(r) = rows.try_next().await? {
                f(w(r))?;
            }
            Ok(())
        })
    }

    /// Runs an `INSERT` of one row into a table whose key is `id`, and
    /// returns the new row's id (`RETURNING id`, or MySQL's
    /// `LAST_INSERT_ID()`, which has no `RETURNING`).
    pub(crate) async fn insert_id(&mut self, insert: &str, args: &[Arg<'_>]) -> sqlx::Result<i64> {
        self.barrier(insert).await?;
        if let Link::MySql(c) = &mut self.link {
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

    /// Held rows are reordered whole by their key column.
    #[test]
    fn held_rows_are_written_in_key_order() {
        let rows = [
            ("/vi/tin-tuc/ổn-định.html", 3i64),
            ("/index.php?nv=news", 1),
            ("/vi/an-ninh.html", 2),
        ];
        let binds: Vec<Arg<'static>> = rows
            .iter()
            .flat_map(|&(url, n)| [Arg::from(n), Arg::from(url.to_string()), Arg::Text(None)])
            .collect();
        let sorted = in_key_order(binds, 3, 1);
        let got: Vec<(i64, String)> = sorted
            .chunks(3)
            .map(|r| match (&r[0], &r[1], &r[2]) {
                (Arg::Int(Some(n)), Arg::Text(Some(u)), Arg::Text(None)) => (*n, u.to_string()),
                other => panic!("row broken: {other:?}"),
            })
            .collect();
        assert_eq!(
            got,
            [
                (1, "/index.php?nv=news".to_string()),
                (2, "/vi/an-ninh.html".to_string()),
                (3, "/vi/tin-tuc/ổn-định.html".to_string()),
            ]
        );
    }

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

    /// On SQLite the multi-row statements of held rows are not kept
    /// prepared: one per row count, each a large program, they filled
    /// sqlx's statement cache with memory that rarely served again.
    #[test]
    fn held_statements_are_not_kept_prepared_on_sqlite() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        rt.block_on(async {
            let mut conn = Conn::Sqlite(
                SqliteConnection::connect("sqlite::memory:")
                    .await
                    .expect("sqlite"),
            );
            {
                let mut db = conn.exec();
                db.execute("CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT NOT NULL)", &[])
                    .await
                    .expect("create");
                db.bulk();
                for rows in [3, 5, 8] {
                    for i in 0..rows {
                        let k = format!("/vi/tin-tức/{rows}-{i}.html");
                        db.insert(NewRow {
                            table: "t",
                            columns: "k, v",
                            values: vec![Arg::from(k.clone()), Arg::from("Hà Nội")],
                            conflict: Conflict::Update {
                                key: "k",
                                set: &["v"],
                            },
                            key: Some(k),
                            what: format!("row {i}"),
                        })
                        .await
                        .expect("insert");
                    }
                    db.flush().await.expect("flush");
                }
            }
            let Conn::Sqlite(c) = &mut conn else {
                unreachable!()
            };
            assert_eq!(
                c.cached_statements_size(),
                1,
                "only the CREATE TABLE is kept"
            );
            let n: i64 = sqlx::query_scalar("SELECT count(*) FROM t")
                .fetch_one(&mut *c)
                .await
                .expect("count");
            assert_eq!(n, 16);
        });
    }

    /// Held rows are written as if one at a time: the later of two rows
    /// with one key wins an upsert, the first stays under `Ignore`, a read
    /// sees every row held before it, thousands of rows split into
    /// statements within the bind limits, and a new row then an upsert of
    /// it, held in two statements, are written in that order.
    #[test]
    fn held_rows_read_as_if_written_one_at_a_time() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        let servers = [
            ("PORTMIG_TEST_PG_URL", Dialect::Postgres),
            ("PORTMIG_TEST_MYSQL_URL", Dialect::MySql),
        ];
        rt.block_on(async {
            let mut conns = vec![Conn::Sqlite(
                SqliteConnection::connect("sqlite::memory:")
                    .await
                    .expect("sqlite"),
            )];
            for (var, dialect) in servers {
                match std::env::var(var).ok().filter(|u| !u.is_empty()) {
                    Some(url) => conns.push(match dialect {
                        Dialect::Postgres => {
                            Conn::Postgres(PgConnection::connect(&url).await.expect("PostgreSQL"))
                        }
                        _ => Conn::MySql(MySqlConnection::connect(&url).await.expect("MySQL")),
                    }),
                    None => eprintln!("skipped on {}: {var} not set", dialect.name()),
                }
            }
            for mut conn in conns {
                held_rows_on(&mut conn).await;
            }
        });
    }

    async fn held_rows_on(conn: &mut Conn) {
        {
            let mut db = conn.exec();
            // Byte-exact keys on MySQL too, as the schema's columns are.
            let key_type = match db.dialect() {
                Dialect::MySql => "VARCHAR(40) COLLATE utf8mb4_bin",
                _ => "TEXT",
            };
            db.execute(
                &format!("CREATE TEMPORARY TABLE r (k {key_type} PRIMARY KEY, v TEXT NOT NULL)"),
                &[],
            )
            .await
            .expect("create");
            db.bulk();
            let row = |k: &str, v: &str, conflict| NewRow {
                table: "r",
                columns: "k, v",
                values: args![k.to_string(), v.to_string()].into(),
                conflict,
                key: Some(k.to_string()),
                what: format!("row {k}"),
            };
            let update = Conflict::Update {
                key: "k",
                set: &["v"],
            };
            let ignore = Conflict::Ignore {
                key: "k",
                mysql_noop: "k",
            };
            db.insert(row("hà-nội", "một", update)).await.expect("held");
            db.insert(row("hà-nội", "hai", update)).await.expect("held");
            db.insert(row("huế", "đầu", ignore)).await.expect("held");
            db.insert(row("huế", "sau", ignore)).await.expect("held");
            let seen = db
                .fetch_all("SELECT k, v FROM r ORDER BY k", &[])
                .await
                .expect("read");
            let seen: Vec<(String, String)> = seen
                .iter()
                .map(|r| (r.text(0).unwrap(), r.text(1).unwrap()))
                .collect();
            assert_eq!(
                seen,
                [
                    ("huế".to_string(), "đầu".to_string()),
                    ("hà-nội".to_string(), "hai".to_string())
                ]
            );
            for i in 0..20_000 {
                db.insert(row(&format!("x{i}"), "đà-nẵng", Conflict::Fail))
                    .await
                    .expect("held");
            }
            // Text that COPY's format must escape comes back as it went.
            let awkward = "dòng một\n\tdòng hai \\N \\ hết\r";
            db.insert(row("thoát", awkward, Conflict::Fail))
                .await
                .expect("held");
            // A new row, then an upsert of it: held in two statements, the
            // upsert's made first (flushed last without the rule), and
            // written in the order they came.
            let new = Conflict::New { key: "k" };
            db.insert(row("đà-lạt", "mới", new)).await.expect("held");
            db.insert(row("đà-lạt", "sửa", update)).await.expect("held");
            db.flush().await.expect("flush");
            let n = db
                .fetch_one("SELECT COUNT(*) FROM r", &[])
                .await
                .expect("count");
            assert_eq!(n.int(0).unwrap(), 20_004);
            let back = db
                .fetch_one("SELECT v FROM r WHERE k = 'đà-lạt'", &[])
                .await
                .expect("read back");
            assert_eq!(back.text(0).unwrap(), "sửa");
            let back = db
                .fetch_one("SELECT v FROM r WHERE k = 'thoát'", &[])
                .await
                .expect("read back");
            assert_eq!(back.text(0).unwrap(), awkward);
            // A clash held for later fails at the flush, naming the rows.
            db.insert(row("huế", "lần ba", Conflict::Fail))
                .await
                .expect("held");
            let err = db.flush().await.expect_err("duplicate key");
            assert!(err.to_string().contains("row huế"), "{err}");
        }
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
