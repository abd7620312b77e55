//! The [`Reader`]: walks the statements of a dump, keeps what it learns (tables,
//! `SET NAMES`, `sql_mode`), skips what it does not need, and yields INSERT rows.

use std::io::Read;
use std::sync::Arc;

use crate::error::{Error, ErrorKind};
use crate::input::{Input, CHUNK};
use crate::lexer::{is_word_byte, LResult, Lexer, Tok};
use crate::row::{RawRow, Table};
use crate::schema::{self, describe_tok, Created, Registry};
use crate::values::read_values;
use crate::{BackslashEscapes, Options, Position};

enum State {
    /// Between statements.
    Between,
    /// Inside the VALUES of an INSERT into `table`; `first` until its first row.
    Rows { table: Arc<Table>, first: bool },
    /// End of input, or after an error.
    Done,
}

/// A streaming reader of a MySQL/MariaDB dump. See the crate documentation.
pub struct Reader<R> {
    lex: Lexer<R>,
    mode: BackslashEscapes,
    tables: Registry,
    set_names: Option<String>,
    statement: u64,
    state: State,
    /// Scratch for words and identifiers, reused.
    word: Vec<u8>,
    /// The table of the statement being read, to name it in errors.
    context: Option<String>,
}

impl<R: Read> Reader<R> {
    /// A reader with default [`Options`]. It buffers `rdr` itself (64 KiB), so `rdr`
    /// need not be buffered.
    pub fn new(rdr: R) -> Reader<R> {
        Reader::with_options(rdr, Options::default())
    }

    /// A reader with the given options.
    pub fn with_options(rdr: R, opts: Options) -> Reader<R> {
        Reader::with_capacity(CHUNK, rdr, opts)
    }

    /// A reader with an internal buffer of `capacity` bytes (at least 16). Memory use
    /// is this buffer plus the largest row; the default (64 KiB) is a good choice.
    pub fn with_capacity(capacity: usize, rdr: R, opts: Options) -> Reader<R> {
        let backslash = opts.backslash_escapes != BackslashEscapes::Off;
        Reader {
            lex: Lexer::new(Input::new(rdr, capacity), backslash),
            mode: opts.backslash_escapes,
            tables: Registry::default(),
            set_names: None,
            statement: 0,
            state: State::Between,
            word: Vec::new(),
            context: None,
        }
    }

    /// Reads the next row into `row`.
    ///
    /// `Ok(true)`: `row` holds the next row. `Ok(false)`: end of input. `Err`: the
    /// error carries the [`Position`] where it happened (and the table, if known);
    /// rows returned before stay valid, and later calls return `Ok(false)`.
    pub fn read_row(&mut self, row: &mut RawRow) -> Result<bool, Error> {
        match self.read_row_inner(row) {
            Ok(more) => Ok(more),
            Err(kind) => {
                self.state = State::Done;
                Err(Error::new(kind, self.position(), self.context.take()))
            }
        }
    }

    /// The charset of the last `SET NAMES x` seen (also inside `/*!40101 ... */`),
    /// e.g. `"utf8mb4"`. Only what the dump says: Vietnamese dumps often lie.
    pub fn set_names(&self) -> Option<&str> {
        self.set_names.as_deref()
    }

    /// The current position: the next byte to read, its line, and the index of the
    /// current statement.
    pub fn position(&self) -> Position {
        Position {
            byte: self.lex.input.offset(),
            line: self.lex.input.line,
            statement: self.statement,
        }
    }

    /// Every table seen so far (by CREATE TABLE or INSERT), in order of first
    /// appearance, including tables without rows. A table created again keeps its
    /// place and takes its new columns.
    pub fn tables(&self) -> impl Iterator<Item = &Arc<Table>> {
        self.tables.iter()
    }

    /// The table named `name` (exact match), if seen so far.
    pub fn table(&self, name: &str) -> Option<&Arc<Table>> {
        self.tables.get(name)
    }

    /// Whether a backslash currently starts an escape in string literals (false
    /// under `NO_BACKSLASH_ESCAPES`, set by the options or detected in the dump).
    pub fn backslash_escapes(&self) -> bool {
        self.lex.backslash
    }

    fn read_row_inner(&mut self, row: &mut RawRow) -> LResult<bool> {
        loop {
            match self.state {
                State::Done => return Ok(false),
                State::Rows { .. } => {
                    if self.next_row(row)? {
                        return Ok(true);
                    }
                    self.end_statement();
                }
                State::Between => {
                    if !self.next_statement()? {
                        self.state = State::Done;
                        return Ok(false);
                    }
                }
            }
        }
    }

    fn end_statement(&mut self) {
        self.statement += 1;
        self.state = State::Between;
        self.context = None;
    }

    /// In the VALUES of an INSERT: reads the next row, or the end of the statement
    /// (returns false).
    fn next_row(&mut self, row: &mut RawRow) -> LResult<bool> {
        let State::Rows { table, first } = &mut self.state else {
            return Ok(false);
        };
        let lex = &mut self.lex;
        lex.skip_ws()?;
        if !*first {
            match lex.peek()? {
                Some(b',') => {
                    lex.bump();
                    lex.skip_ws()?;
                }
                None => return lex.eof("INSERT statement"),
                Some(b) => {
                    if lex.at_delimiter()? {
                        lex.consume_delimiter();
                        return Ok(false);
                    }
                    if is_word_byte(b) {
                        // ON DUPLICATE KEY UPDATE ..., AS alias ..., RETURNING ...:
                        // nothing more to read.
                        lex.read_word(&mut self.word)?;
                        let w = &self.word;
                        if ["ON", "AS", "RETURNING"]
                            .iter()
                            .any(|k| w.eq_ignore_ascii_case(k.as_bytes()))
                        {
                            lex.skip_statement("INSERT statement")?;
                            return Ok(false);
                        }
                        return Err(ErrorKind::Syntax {
                            expected: "`,` or `;` after a row",
                            found: crate::error::describe_word(w),
                        });
                    }
                    return lex.unexpected("`,` or `;` after a row");
                }
            }
        }
        match lex.peek()? {
            Some(b'(') => {}
            None => return lex.eof("INSERT statement"),
            Some(_) => return lex.unexpected("`(` starting a row"),
        }
        let pos = Position {
            byte: lex.input.offset(),
            line: lex.input.line,
            statement: self.statement,
        };
        lex.bump();
        row.clear(table, pos);
        *first = false;
        read_values(lex, row, &mut self.word)?;
        Ok(true)
    }

    /// Reads statements until an INSERT's rows start (true) or the input ends (false).
    fn next_statement(&mut self) -> LResult<bool> {
        loop {
            self.context = None;
            self.lex.skip_ws()?;
            let Some(b) = self.lex.peek()? else {
                return Ok(false);
            };
            if self.lex.at_delimiter()? {
                // An empty statement.
                self.lex.consume_delimiter();
                continue;
            }
            if !is_word_byte(b) {
                self.lex.skip_statement("statement")?;
                self.statement += 1;
                continue;
            }
            self.lex.read_word(&mut self.word)?;
            let w = &self.word;
            if w.eq_ignore_ascii_case(b"INSERT") || w.eq_ignore_ascii_case(b"REPLACE") {
                if self.insert_header()? {
                    return Ok(true);
                }
            } else if w.eq_ignore_ascii_case(b"CREATE") {
                self.create()?;
            } else if w.eq_ignore_ascii_case(b"SET") {
                self.set()?;
            } else if w.eq_ignore_ascii_case(b"DELIMITER") {
                // A mysql client command, not a statement: it ends at the line end.
                self.lex.read_delimiter_command()?;
                continue;
            } else {
                // DROP, LOCK/UNLOCK TABLES, USE, ALTER, CREATE DATABASE, triggers...
                self.lex.skip_statement("statement")?;
            }
            self.statement += 1;
        }
    }

    /// After INSERT/REPLACE: reads up to VALUES and sets the state to read rows
    /// (true), or skips a statement without VALUES (INSERT ... SELECT / SET).
    fn insert_header(&mut self) -> LResult<bool> {
        let lex = &mut self.lex;
        let buf = &mut self.word;
        let mut t = lex.next_token(buf)?;
        while t == Tok::Word
            && ["LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "IGNORE", "INTO"]
                .iter()
                .any(|k| buf.eq_ignore_ascii_case(k.as_bytes()))
        {
            t = lex.next_token(buf)?;
        }
        let name = schema::read_table_name(lex, t, buf)?;
        self.context = Some(name.clone());
        let mut columns = Vec::new();
        loop {
            match lex.next_token(buf)? {
                Tok::Punct(b'(') => loop {
                    match lex.next_token(buf)? {
                        Tok::Ident | Tok::Word => {
                            columns.push(String::from_utf8_lossy(buf).into_owned())
                        }
                        Tok::Punct(b',') => {}
                        Tok::Punct(b')') => break,
                        Tok::Eof => return lex.eof("INSERT statement"),
                        t => {
                            return Err(ErrorKind::Syntax {
                                expected: "a column name",
                                found: describe_tok(t, buf),
                            })
                        }
                    }
                },
                Tok::Word
                    if buf.eq_ignore_ascii_case(b"VALUES")
                        || buf.eq_ignore_ascii_case(b"VALUE") =>
                {
                    break
                }
                Tok::Word if buf.eq_ignore_ascii_case(b"PARTITION") => {
                    // PARTITION (p0, p1): the next `(...)` is not a column list.
                    if lex.next_token(buf)? == Tok::Punct(b'(') {
                        loop {
                            match lex.next_token(buf)? {
                                Tok::Punct(b')') => break,
                                Tok::Eof => return lex.eof("INSERT statement"),
                                _ => {}
                            }
                        }
                    }
                }
                Tok::Eof => return lex.eof("INSERT statement"),
                Tok::Delim => return Ok(false),
                _ => {
                    // INSERT ... SELECT, INSERT ... SET: no literal rows to read.
                    lex.skip_statement("INSERT statement")?;
                    return Ok(false);
                }
            }
        }
        let table = self.tables.for_insert(&name, columns);
        self.state = State::Rows { table, first: true };
        Ok(true)
    }

    fn create(&mut self) -> LResult<()> {
        let context = &mut self.context;
        let created = schema::parse_create(&mut self.lex, &mut self.word, &mut |name| {
            *context = Some(name.to_string())
        })?;
        match created {
            Created::Table(t) => {
                self.tables.define(t);
            }
            Created::Like { name, like } => {
                let columns = self
                    .tables
                    .get(&like)
                    .map(|t| t.columns.clone())
                    .unwrap_or_default();
                self.tables.define(Table { name, columns });
            }
            Created::Other => self.lex.skip_statement("CREATE statement")?,
        }
        Ok(())
    }

    /// A SET statement: records `SET NAMES x`, and `sql_mode = '...'` in Auto mode.
    ///
    /// Only an assignment of a string literal to `sql_mode` changes the mode, so
    /// `SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO'` sets it from
    /// the literal and `SET SQL_MODE=@OLD_SQL_MODE` (which the reader cannot
    /// evaluate) leaves it as it is.
    fn set(&mut self) -> LResult<()> {
        let lex = &mut self.lex;
        let buf = &mut self.word;
        let mut expect_target = true;
        let mut sql_mode_target = false;
        let mut depth = 0usize;
        loop {
            let t = lex.next_token(buf)?;
            match t {
                Tok::Delim => return Ok(()),
                Tok::Eof => return lex.eof("SET statement"),
                Tok::Word if expect_target => {
                    expect_target = false;
                    if buf.eq_ignore_ascii_case(b"NAMES") {
                        match lex.next_token(buf)? {
                            Tok::Word | Tok::Str | Tok::Ident => {
                                self.set_names = Some(String::from_utf8_lossy(buf).into_owned())
                            }
                            Tok::Delim => return Ok(()),
                            Tok::Eof => return lex.eof("SET statement"),
                            _ => {}
                        }
                    } else if is_sql_mode_var(buf) {
                        sql_mode_target = true;
                    } else if ["SESSION", "GLOBAL", "LOCAL", "PERSIST"]
                        .iter()
                        .any(|k| buf.eq_ignore_ascii_case(k.as_bytes()))
                    {
                        expect_target = true;
                    }
                }
                Tok::Punct(b'=') if sql_mode_target => {
                    sql_mode_target = false;
                    match lex.next_token(buf)? {
                        Tok::Str if self.mode == BackslashEscapes::Auto => {
                            lex.backslash = !contains_ignore_case(buf, b"NO_BACKSLASH_ESCAPES");
                        }
                        Tok::Delim => return Ok(()),
                        Tok::Eof => return lex.eof("SET statement"),
                        _ => {}
                    }
                }
                Tok::Punct(b'(') => depth += 1,
                Tok::Punct(b')') => depth = depth.saturating_sub(1),
                Tok::Punct(b',') if depth == 0 => {
                    expect_target = true;
                    sql_mode_target = false;
                }
                _ => {}
            }
        }
    }
}

/// `sql_mode`, `@@sql_mode`, `@@session.sql_mode`, `@@GLOBAL.SQL_MODE`...
fn is_sql_mode_var(w: &[u8]) -> bool {
    let w = w.strip_prefix(b"@@").unwrap_or(w);
    let w = match w.iter().position(|&b| b == b'.') {
        Some(i) => w.get(i + 1..).unwrap_or(&[]),
        None => w,
    };
    w.eq_ignore_ascii_case(b"sql_mode")
}

fn contains_ignore_case(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sql_mode_variables() {
        for w in [
            "sql_mode",
            "SQL_MODE",
            "@@sql_mode",
            "@@SESSION.sql_mode",
            "@@global.SQL_MODE",
        ] {
            assert!(is_sql_mode_var(w.as_bytes()), "{w}");
        }
        for w in ["@OLD_SQL_MODE", "@sql_mode", "sql_modes", "NAMES"] {
            assert!(!is_sql_mode_var(w.as_bytes()), "{w}");
        }
        assert!(contains_ignore_case(
            b"ANSI,no_backslash_escapes",
            b"NO_BACKSLASH_ESCAPES"
        ));
        assert!(!contains_ignore_case(b"", b"NO_BACKSLASH_ESCAPES"));
    }
}
