//! Table names and column lists: the registry of tables seen, and the parsing of
//! `CREATE TABLE` and of qualified table names.

use std::collections::HashMap;
use std::io::Read;
use std::sync::Arc;

use crate::error::{describe_word, ErrorKind};
use crate::lexer::{LResult, Lexer, Tok};
use crate::row::Table;

/// Every table seen, in order of first appearance.
#[derive(Default)]
pub(crate) struct Registry {
    tables: Vec<Arc<Table>>,
    index: HashMap<String, usize>,
}

impl Registry {
    pub(crate) fn iter(&self) -> std::slice::Iter<'_, Arc<Table>> {
        self.tables.iter()
    }

    pub(crate) fn get(&self, name: &str) -> Option<&Arc<Table>> {
        self.tables.get(*self.index.get(name)?)
    }

    /// Records a table definition. A table defined again (DROP + CREATE, or an
    /// INSERT seen before its CREATE) keeps its place in the order.
    pub(crate) fn define(&mut self, table: Table) -> Arc<Table> {
        let table = Arc::new(table);
        match self
            .index
            .get(&table.name)
            .and_then(|&i| self.tables.get_mut(i))
        {
            Some(slot) => *slot = Arc::clone(&table),
            None => {
                self.index.insert(table.name.clone(), self.tables.len());
                self.tables.push(Arc::clone(&table));
            }
        }
        table
    }

    /// The table an INSERT into `name` with the column list `columns` (empty if
    /// none) writes to, registering it if it is new.
    pub(crate) fn for_insert(&mut self, name: &str, columns: Vec<String>) -> Arc<Table> {
        match self.get(name) {
            Some(t) if columns.is_empty() || t.columns == columns => Arc::clone(t),
            // The statement's own column list is in force for its rows; it becomes
            // the table's known columns only if none were known.
            Some(t) if !t.columns.is_empty() => Arc::new(Table {
                name: name.to_string(),
                columns,
            }),
            _ => self.define(Table {
                name: name.to_string(),
                columns,
            }),
        }
    }
}

/// Keywords that start a table element that is not a column.
const NOT_COLUMNS: &[&str] = &[
    "PRIMARY",
    "KEY",
    "UNIQUE",
    "INDEX",
    "CONSTRAINT",
    "FULLTEXT",
    "SPATIAL",
    "FOREIGN",
    "CHECK",
    "PERIOD",
];

/// Reads a possibly qualified table name (`t`, `` `t` ``, `db.t`, `` `db`.`t` ``)
/// starting with the token `first` (text in `buf`), and returns the table part.
pub(crate) fn read_table_name<R: Read>(
    lex: &mut Lexer<R>,
    first: Tok,
    buf: &mut Vec<u8>,
) -> LResult<String> {
    let mut name = match first {
        Tok::Ident => String::from_utf8_lossy(buf).into_owned(),
        // A bare `db.t` is one word; keep what follows the last dot.
        Tok::Word => {
            let last = buf.rsplit(|&b| b == b'.').next().unwrap_or(buf);
            String::from_utf8_lossy(last).into_owned()
        }
        Tok::Eof => return lex.eof("statement"),
        _ => {
            return Err(ErrorKind::Syntax {
                expected: "a table name",
                found: describe_tok(first, buf),
            })
        }
    };
    // `db`.`t`, or `db`.t: the dot may stand alone or start the next word.
    loop {
        lex.skip_ws()?;
        if lex.peek()? != Some(b'.') {
            return Ok(name);
        }
        lex.bump();
        lex.skip_ws()?;
        match lex.next_token(buf)? {
            Tok::Ident | Tok::Word => {
                let last = buf.rsplit(|&b| b == b'.').next().unwrap_or(buf);
                name = String::from_utf8_lossy(last).into_owned();
            }
            Tok::Eof => return lex.eof("statement"),
            t => {
                return Err(ErrorKind::Syntax {
                    expected: "a table name after `.`",
                    found: describe_tok(t, buf),
                })
            }
        }
    }
}

/// What the reader found after `CREATE`.
pub(crate) enum Created {
    /// A table definition (the statement has been read to its end).
    Table(Table),
    /// `CREATE TABLE a LIKE b`: copy b's columns (statement read to its end).
    Like { name: String, like: String },
    /// Something else (database, view, trigger, ...); the statement is not yet skipped.
    Other,
}

/// Parses what follows `CREATE`, up to and including the statement delimiter if it
/// is a table. `on_name` is called with the table name as soon as it is known, so
/// that later errors can name the table.
pub(crate) fn parse_create<R: Read>(
    lex: &mut Lexer<R>,
    buf: &mut Vec<u8>,
    on_name: &mut dyn FnMut(&str),
) -> LResult<Created> {
    // CREATE [OR REPLACE] [TEMPORARY] TABLE [IF NOT EXISTS] name
    loop {
        let t = lex.next_token(buf)?;
        if t != Tok::Word {
            return Ok(Created::Other);
        }
        if buf.eq_ignore_ascii_case(b"TABLE") {
            break;
        }
        if !(buf.eq_ignore_ascii_case(b"OR")
            || buf.eq_ignore_ascii_case(b"REPLACE")
            || buf.eq_ignore_ascii_case(b"TEMPORARY"))
        {
            return Ok(Created::Other);
        }
    }
    let mut t = lex.next_token(buf)?;
    if t == Tok::Word && buf.eq_ignore_ascii_case(b"IF") {
        lex.next_token(buf)?; // NOT
        lex.next_token(buf)?; // EXISTS
        t = lex.next_token(buf)?;
    }
    let name = read_table_name(lex, t, buf)?;
    on_name(&name);
    match lex.next_token(buf)? {
        Tok::Punct(b'(') => {}
        Tok::Word if buf.eq_ignore_ascii_case(b"LIKE") => {
            let t = lex.next_token(buf)?;
            let like = read_table_name(lex, t, buf)?;
            lex.skip_statement("CREATE TABLE statement")?;
            return Ok(Created::Like { name, like });
        }
        Tok::Eof => return lex.eof("CREATE TABLE statement"),
        Tok::Delim => {
            return Ok(Created::Table(Table {
                name,
                columns: Vec::new(),
            }))
        }
        _ => {
            // CREATE TABLE t AS SELECT ..., or options only: no columns to learn.
            lex.skip_statement("CREATE TABLE statement")?;
            return Ok(Created::Table(Table {
                name,
                columns: Vec::new(),
            }));
        }
    }
    let columns = parse_table_elements(lex, buf)?;
    lex.skip_statement("CREATE TABLE statement")?;
    Ok(Created::Table(Table { name, columns }))
}

/// After the `(` of `CREATE TABLE t (`: reads the elements up to the matching `)`
/// and returns the column names. An element is a column unless it starts with one
/// of [`NOT_COLUMNS`]; the rest of each element (types, defaults, comments, enum
/// values, which may hold `,` and `)` inside quotes) is skipped token by token.
fn parse_table_elements<R: Read>(lex: &mut Lexer<R>, buf: &mut Vec<u8>) -> LResult<Vec<String>> {
    let mut columns = Vec::new();
    loop {
        // Start of an element.
        match lex.next_token(buf)? {
            Tok::Ident => columns.push(String::from_utf8_lossy(buf).into_owned()),
            Tok::Word => {
                let is_column = !NOT_COLUMNS
                    .iter()
                    .any(|k| buf.eq_ignore_ascii_case(k.as_bytes()));
                if is_column {
                    columns.push(String::from_utf8_lossy(buf).into_owned());
                }
            }
            Tok::Punct(b')') => return Ok(columns), // `()` or a trailing comma
            Tok::Eof => return lex.eof("CREATE TABLE statement"),
            Tok::Delim => {
                return Err(ErrorKind::Syntax {
                    expected: "`)` closing the column list",
                    found: "the end of the statement".into(),
                })
            }
            _ => {}
        }
        // Rest of the element.
        let mut depth = 0usize;
        loop {
            match lex.next_token(buf)? {
                Tok::Punct(b'(') => depth += 1,
                Tok::Punct(b')') if depth == 0 => return Ok(columns),
                Tok::Punct(b')') => depth -= 1,
                Tok::Punct(b',') if depth == 0 => break,
                Tok::Eof => return lex.eof("CREATE TABLE statement"),
                Tok::Delim => {
                    return Err(ErrorKind::Syntax {
                        expected: "`)` closing the column list",
                        found: "the end of the statement".into(),
                    })
                }
                _ => {}
            }
        }
    }
}

pub(crate) fn describe_tok(t: Tok, buf: &[u8]) -> String {
    match t {
        Tok::Eof => "end of input".into(),
        Tok::Delim => "the end of the statement".into(),
        Tok::Word | Tok::Ident => describe_word(buf),
        Tok::Str => format!("the string {}", describe_word(buf)),
        Tok::Punct(b) => crate::error::describe_byte(Some(b)),
    }
}
