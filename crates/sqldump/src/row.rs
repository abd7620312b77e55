//! Tables, values and the reusable row record.

use std::fmt;
use std::sync::Arc;

use crate::Position;

/// A table's name and column names.
///
/// Columns come from `CREATE TABLE`, or from an `INSERT`'s column list; they are
/// empty if neither was seen. Names that are not valid UTF-8 (backquoted identifiers
/// may hold any bytes) are converted lossily, since they are only used to find things.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Table {
    /// The table name without any database qualifier (`db`.`t` gives `t`).
    pub name: String,
    /// The column names, in order.
    pub columns: Vec<String>,
}

impl Table {
    /// The index of `column`: an exact match first, then an ASCII case-insensitive
    /// one (MySQL column names are case-insensitive).
    pub fn column_index(&self, column: &str) -> Option<usize> {
        self.columns.iter().position(|c| c == column).or_else(|| {
            self.columns
                .iter()
                .position(|c| c.eq_ignore_ascii_case(column))
        })
    }
}

/// One value as written in the dump.
///
/// The bytes are exactly what the dump holds after SQL unescaping: no character set
/// is assumed (see the crate docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RawValue<'a> {
    /// `NULL`.
    Null,
    /// A numeric literal as written, e.g. `-12`, `3.5`, `1e10`, `+1`
    /// (`TRUE`/`FALSE` give `1`/`0`).
    Number(&'a [u8]),
    /// A string literal with its escapes resolved; also hex (`0x4142`, `X'4142'`) and
    /// bit (`b'0101'`) literals decoded to bytes. A charset introducer
    /// (`_binary`, `_utf8mb4`, ...) is dropped.
    Bytes(&'a [u8]),
}

impl<'a> RawValue<'a> {
    /// The bytes of a number or string; `None` for `NULL`.
    pub fn as_bytes(&self) -> Option<&'a [u8]> {
        match *self {
            RawValue::Null => None,
            RawValue::Number(b) | RawValue::Bytes(b) => Some(b),
        }
    }

    /// Whether this is `NULL`.
    pub fn is_null(&self) -> bool {
        matches!(self, RawValue::Null)
    }
}

/// What kind of value each slot of a [`RawRow`] holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Null,
    Number,
    Bytes,
}

/// One row, reused from call to call by [`Reader::read_row`](crate::Reader::read_row)
/// like `csv::ByteRecord`: all values live in one byte buffer plus the end offset of
/// each, so reading a row allocates nothing once the buffers have grown.
#[derive(Clone)]
pub struct RawRow {
    table: Arc<Table>,
    bytes: Vec<u8>,
    ends: Vec<usize>,
    kinds: Vec<Kind>,
    pos: Position,
}

impl Default for RawRow {
    fn default() -> Self {
        RawRow::new()
    }
}

impl RawRow {
    /// An empty row (of an unnamed table with no columns).
    pub fn new() -> RawRow {
        RawRow {
            table: Arc::new(Table::default()),
            bytes: Vec::new(),
            ends: Vec::new(),
            kinds: Vec::new(),
            pos: Position::default(),
        }
    }

    /// The table of this row, with the column list in force for its `INSERT` (the
    /// statement's own column list if it had one, else the `CREATE TABLE` columns).
    pub fn table(&self) -> &Arc<Table> {
        &self.table
    }

    /// The number of values.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether the row has no values (`()` is legal SQL for "all defaults").
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The `i`-th value (from 0).
    pub fn get(&self, i: usize) -> Option<RawValue<'_>> {
        let kind = *self.kinds.get(i)?;
        let end = *self.ends.get(i)?;
        let start = if i == 0 { 0 } else { *self.ends.get(i - 1)? };
        let bytes = self.bytes.get(start..end)?;
        Some(match kind {
            Kind::Null => RawValue::Null,
            Kind::Number => RawValue::Number(bytes),
            Kind::Bytes => RawValue::Bytes(bytes),
        })
    }

    /// The value of `column` (see [`Table::column_index`]); `None` if the column is
    /// unknown or the row has fewer values.
    pub fn get_by_name(&self, column: &str) -> Option<RawValue<'_>> {
        self.get(self.table.column_index(column)?)
    }

    /// The position of the row's opening `(`, with the index of its statement.
    pub fn position(&self) -> Position {
        self.pos
    }

    /// The values in order.
    pub fn iter(&self) -> impl Iterator<Item = RawValue<'_>> + '_ {
        (0..self.len()).filter_map(move |i| self.get(i))
    }

    // --- building, used by the reader ---

    pub(crate) fn clear(&mut self, table: &Arc<Table>, pos: Position) {
        if !Arc::ptr_eq(&self.table, table) {
            self.table = Arc::clone(table);
        }
        self.bytes.clear();
        self.ends.clear();
        self.kinds.clear();
        self.pos = pos;
    }

    /// The buffer the value being parsed is appended to.
    pub(crate) fn buf(&mut self) -> &mut Vec<u8> {
        &mut self.bytes
    }

    /// Ends the value being parsed (everything appended since the previous one).
    pub(crate) fn push_end(&mut self, kind: Kind) {
        self.ends.push(self.bytes.len());
        self.kinds.push(kind);
    }
}

impl fmt::Debug for RawRow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct V<'a>(RawValue<'a>);
        impl fmt::Debug for V<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self.0 {
                    RawValue::Null => f.write_str("NULL"),
                    RawValue::Number(b) => f.write_str(&String::from_utf8_lossy(b)),
                    RawValue::Bytes(b) => write!(f, "{:?}", b.escape_ascii().to_string()),
                }
            }
        }
        f.debug_struct("RawRow")
            .field("table", &self.table.name)
            .field("pos", &self.pos)
            .field("values", &self.iter().map(V).collect::<Vec<_>>())
            .finish()
    }
}
