//! A streaming reader of MySQL/MariaDB dump files (mysqldump, mariadb-dump,
//! phpMyAdmin exports, NukeViet's admin backup).
//!
//! It yields, per table, the column names and the rows of every `INSERT`/`REPLACE`
//! as raw byte values:
//!
//! ```
//! use sqldump::{RawRow, RawValue, Reader};
//!
//! let dump = b"CREATE TABLE `nv4_vi_news_cat` (\n  `catid` int NOT NULL,\n  `title` varchar(250) NOT NULL DEFAULT ''\n);\nINSERT INTO `nv4_vi_news_cat` VALUES (1,'Tin t\xe1\xbb\xa9c'),(2,NULL);\n";
//! let mut rdr = Reader::new(&dump[..]);
//! let mut row = RawRow::new();
//! let mut titles = Vec::new();
//! while rdr.read_row(&mut row)? {
//!     assert_eq!(row.table().name, "nv4_vi_news_cat");
//!     titles.push(row.get_by_name("title").and_then(|v| v.as_bytes()).map(<[u8]>::to_vec));
//! }
//! assert_eq!(titles, [Some("Tin tức".as_bytes().to_vec()), None]);
//! # Ok::<(), sqldump::Error>(())
//! ```
//!
//! # Design
//!
//! As in `csv`/`csv-core`, the work is split in layers over byte buffers:
//!
//! - an input layer reads the underlying [`std::io::Read`] into one fixed buffer
//!   (64 KiB) and tracks the byte offset and line of the next byte;
//! - a tokenizer works on that buffer: whitespace, comments, words, quoted
//!   identifiers, string literals (found with whole-buffer `memchr` scans, since
//!   string bytes are most of a dump), with the lexical modes a dump can switch:
//!   backslash escapes on or off, `DELIMITER`, and `/*!NNNNN ... */` conditional
//!   comments, whose body is SQL that the server runs (`SET NAMES`, `SET SQL_MODE`);
//! - the [`Reader`] walks statements: it learns column names from `CREATE TABLE`,
//!   the charset from `SET NAMES`, the escaping mode from `SET sql_mode`, skips
//!   everything else statement by statement, and parses the rows of INSERTs one at
//!   a time into a reused [`RawRow`].
//!
//! [`open`] opens a dump file, gunzipping it if needed (`.sql.gz`).
//!
//! Memory is bounded by the buffer plus the largest single row, not by the
//! statement or the file: a 50 MB single-line INSERT is read row by row. The
//! tokenizer needs at most a few bytes of lookahead, so results (rows, positions,
//! errors) do not depend on how the underlying reader splits its input.
//!
//! # Bytes, not strings
//!
//! Values are never decoded. Vietnamese portal dumps mix charsets: `SET NAMES
//! latin1` over UTF-8 bytes, UTF-8 encoded twice through latin1, legacy TCVN3/VNI
//! bytes. Deciding what the bytes mean needs the whole field and heuristics, which
//! is another crate's job; this one gives the exact bytes the dump holds after SQL
//! unescaping. [`Reader::set_names`] reports what the dump claims. Only table and
//! column names, which are used for lookup, become (lossy) `String`s.
//!
//! # Positions
//!
//! A [`Position`] has a byte offset from 0, a line number from 1 (a `\r\n` counts
//! as one line end, since only `\n` is counted) and a statement index from 0 (the
//! statements terminated by the delimiter; empty statements and `DELIMITER`
//! commands are not counted). A row's position is that of its opening `(`. An
//! error's position is the offending byte, or, for an input that ends too early
//! ([`ErrorKind::UnexpectedEof`]), the end of the input.
//!
//! # What is accepted
//!
//! `--`, `#` and `/* */` comments; conditional comments (MariaDB's
//! `/*M!999999\- enable the sandbox mode */` first line is a plain comment);
//! `INSERT [LOW_PRIORITY|DELAYED|HIGH_PRIORITY] [IGNORE] [INTO]` and `REPLACE` with
//! an optional column list (in force for that statement's rows), any number of rows
//! per statement and any layout of lines, a tail after the rows (`ON DUPLICATE KEY
//! UPDATE ...`) skipped; values `NULL`, numbers, `'...'` and `"..."` strings with
//! MySQL escapes or doubled quotes, `0x..`, `X'..'`, `b'..'`, `0b..`, charset
//! introducers (`_binary '...'`), `TRUE`/`FALSE`. `INSERT ... SELECT` and
//! `INSERT ... SET` carry no rows of literals and are skipped.

#![deny(missing_docs)]

mod error;
mod file;
mod input;
mod lexer;
mod reader;
mod row;
mod schema;
mod values;

pub use error::{Error, ErrorKind};
pub use file::{open, open_with_options, DynRead};
pub use reader::Reader;
pub use row::{RawRow, RawValue, Table};

/// A place in the dump. Byte offsets start at 0, line numbers at 1, statement
/// index at 0.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Position {
    /// Offset in bytes from the start of the input.
    pub byte: u64,
    /// Line number, from 1.
    pub line: u64,
    /// Index of the statement, from 0.
    pub statement: u64,
}

/// Whether a backslash starts an escape in string literals.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum BackslashEscapes {
    /// Yes, until a `SET sql_mode='...'` in the dump says otherwise
    /// (`NO_BACKSLASH_ESCAPES` in the literal turns escapes off; a literal without it
    /// turns them back on).
    #[default]
    Auto,
    /// Always (ignore `sql_mode` in the dump).
    On,
    /// Never: a backslash is an ordinary byte, as under `NO_BACKSLASH_ESCAPES`.
    Off,
}

/// Options of a [`Reader`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Whether a backslash starts an escape in string literals.
    pub backslash_escapes: BackslashEscapes,
}
