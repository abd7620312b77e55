//! Errors: what went wrong, where in the dump, and in which table.

use std::fmt;

use crate::Position;

/// An error while reading a dump.
///
/// It carries the [`Position`] where it happened and, when the reader knew it, the
/// table whose statement was being read, so that a technician can open the dump at
/// the right line. Its `Display` reads like
/// `line 1142, byte 53120: the dump ends inside a string literal of table `nv4_vi_news_rows` (truncated file?)`.
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
    pos: Position,
    table: Option<String>,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, pos: Position, table: Option<String>) -> Error {
        Error { kind, pos, table }
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// Where it went wrong. For [`ErrorKind::UnexpectedEof`] this is the end of the
    /// input (byte = number of bytes read); for syntax errors it is the offending byte.
    pub fn position(&self) -> Position {
        self.pos
    }

    /// The table whose statement was being read, if known.
    pub fn table(&self) -> Option<&str> {
        self.table.as_deref()
    }

    /// Consumes the error, returning its kind (e.g. to get at the `io::Error`).
    pub fn into_kind(self) -> ErrorKind {
        self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}, byte {}: ", self.pos.line, self.pos.byte)?;
        // The table name goes in the middle of the sentence, so each kind places it.
        let of_table = |f: &mut fmt::Formatter<'_>, word: &str| match &self.table {
            Some(t) => write!(f, " {word} table `{t}`"),
            None => Ok(()),
        };
        match &self.kind {
            ErrorKind::UnexpectedEof { inside } => {
                write!(f, "the dump ends inside {} {inside}", article(inside))?;
                of_table(f, "of")?;
                f.write_str(" (truncated file?)")
            }
            ErrorKind::Syntax { expected, found } => {
                write!(f, "expected {expected}, found {found}")?;
                of_table(f, "in")
            }
            ErrorKind::TooLong { what, limit } => {
                write!(f, "{what} longer than {limit} bytes")?;
                of_table(f, "in")
            }
            ErrorKind::Io(e) => {
                f.write_str("read error")?;
                of_table(f, "in")?;
                write!(f, ": {e}")
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Io(e) => Some(e),
            _ => None,
        }
    }
}

fn article(noun: &str) -> &'static str {
    match noun.as_bytes().first() {
        Some(b'a' | b'e' | b'i' | b'o' | b'u' | b'I' | b'A' | b'E' | b'O' | b'U') => "an",
        _ => "a",
    }
}

/// The kinds of [`Error`].
#[non_exhaustive]
#[derive(Debug, thiserror::Error)]
pub enum ErrorKind {
    /// The underlying reader failed.
    #[error("read error: {0}")]
    Io(#[from] std::io::Error),
    /// The input ended in the middle of something (usually a truncated dump).
    #[error("the dump ends inside {} {inside} (truncated file?)", article(inside))]
    UnexpectedEof {
        /// What was being read: "string literal", "row", "comment",
        /// "INSERT statement", "CREATE TABLE statement", "statement", ...
        inside: &'static str,
    },
    /// Something that is not valid where it appears.
    #[error("expected {expected}, found {found}")]
    Syntax {
        /// What the reader expected, e.g. "`,` or `)` after a value".
        expected: &'static str,
        /// What it found, already made printable: a quoted character, a byte in hex,
        /// or the beginning of a word.
        found: String,
    },
    /// An identifier or keyword longer than the reader accepts (such a thing is not
    /// SQL; refusing it keeps memory bounded on garbage input).
    #[error("{what} longer than {limit} bytes")]
    TooLong {
        /// What was too long, e.g. "identifier".
        what: &'static str,
        /// The limit in bytes.
        limit: usize,
    },
}

/// Makes input bytes printable for an error message: `'x'` for a visible ASCII
/// character, `byte 0xNN` otherwise, `end of input` for `None`.
pub(crate) fn describe_byte(b: Option<u8>) -> String {
    match b {
        None => "end of input".to_string(),
        Some(b) if b.is_ascii_graphic() => format!("'{}'", b as char),
        Some(b' ') => "a space".to_string(),
        Some(b'\n') => "end of line".to_string(),
        Some(b) => format!("byte 0x{b:02X}"),
    }
}

/// Makes a word printable for an error message (lossy, at most 40 characters).
pub(crate) fn describe_word(w: &[u8]) -> String {
    let s = String::from_utf8_lossy(w);
    let mut out: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    format!("`{out}`")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages() {
        let pos = Position {
            byte: 53120,
            line: 1142,
            statement: 3,
        };
        let e = Error::new(
            ErrorKind::UnexpectedEof {
                inside: "string literal",
            },
            pos,
            Some("nv4_vi_news_rows".into()),
        );
        assert_eq!(
            e.to_string(),
            "line 1142, byte 53120: the dump ends inside a string literal of table `nv4_vi_news_rows` (truncated file?)"
        );
        let e = Error::new(
            ErrorKind::UnexpectedEof {
                inside: "INSERT statement",
            },
            pos,
            None,
        );
        assert_eq!(
            e.to_string(),
            "line 1142, byte 53120: the dump ends inside an INSERT statement (truncated file?)"
        );
        assert_eq!(describe_byte(Some(0xb8)), "byte 0xB8");
        assert_eq!(describe_byte(Some(b'(')), "'('");
        assert_eq!(describe_word(&[b'a'; 50]).chars().count(), 43);
    }
}
