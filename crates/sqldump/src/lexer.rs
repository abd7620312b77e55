//! The tokenizer: whitespace, comments, words, quoted identifiers and string
//! literals over an [`Input`], with the lexical modes a dump can switch
//! (backslash escapes, `DELIMITER`, being inside a `/*! ... */` conditional comment).
//!
//! Every function here leaves the input positioned just after what it read, or, on
//! a syntax error, at the offending byte (so the error position points at it). On
//! a premature end of input the remaining bytes are consumed first, so that the
//! error position is the end of the input.

use std::io::Read;

use crate::error::{describe_byte, ErrorKind};
use crate::input::Input;

pub(crate) type LResult<T> = Result<T, ErrorKind>;

/// Longest identifier or keyword accepted (MySQL's limit is 64 characters; this
/// only guards memory against garbage input).
pub(crate) const MAX_WORD: usize = 64 * 1024;

/// A statement-level token. Its text, when it has one, is in the buffer passed to
/// [`Lexer::next_token`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tok {
    /// End of input.
    Eof,
    /// The statement delimiter (`;` unless changed by `DELIMITER`).
    Delim,
    /// A bare word: keyword, identifier, number, `@var`, `@@sys.var`, `db.table`.
    Word,
    /// A backquoted identifier (quotes removed, doubled backquotes undone).
    Ident,
    /// A string literal (quotes removed, escapes resolved).
    Str,
    /// Any other single byte.
    Punct(u8),
}

pub(crate) struct Lexer<R> {
    pub(crate) input: Input<R>,
    /// Whether `\` starts an escape in string literals (off under NO_BACKSLASH_ESCAPES).
    pub(crate) backslash: bool,
    /// Inside a `/*!NNNNN ... */` comment, whose body is SQL: the next `*/` outside
    /// quotes closes it and counts as whitespace.
    in_cond: bool,
    /// The statement delimiter, `;` unless a `DELIMITER` command changed it.
    delim: Vec<u8>,
}

/// Bytes of bare words. Bytes >= 0x80 are allowed because MySQL accepts non-ASCII
/// letters in unquoted identifiers; `@` and `.` so that `@@session.sql_mode` and
/// `db.table` are one word each.
#[inline]
pub(crate) fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'$' | b'@' | b'.') || b >= 0x80
}

#[inline]
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n' | 0x0B | 0x0C)
}

impl<R: Read> Lexer<R> {
    pub(crate) fn new(input: Input<R>, backslash: bool) -> Lexer<R> {
        Lexer {
            input,
            backslash,
            in_cond: false,
            delim: vec![b';'],
        }
    }

    #[inline]
    pub(crate) fn peek(&mut self) -> LResult<Option<u8>> {
        Ok(self.input.peek()?)
    }

    #[inline]
    pub(crate) fn peek_at(&mut self, k: usize) -> LResult<Option<u8>> {
        Ok(self.input.peek_at(k)?)
    }

    #[inline]
    pub(crate) fn bump(&mut self) {
        self.input.bump()
    }

    /// Consumes the rest of the input and returns the end-of-input error.
    #[cold]
    pub(crate) fn eof<T>(&mut self, inside: &'static str) -> LResult<T> {
        self.input.drain()?;
        Err(ErrorKind::UnexpectedEof { inside })
    }

    /// A syntax error at the next byte (not consumed).
    #[cold]
    pub(crate) fn unexpected<T>(&mut self, expected: &'static str) -> LResult<T> {
        let found = describe_byte(self.peek()?);
        Err(ErrorKind::Syntax { expected, found })
    }

    pub(crate) fn set_delimiter(&mut self, d: &[u8]) {
        if !d.is_empty() {
            self.delim.clear();
            self.delim.extend_from_slice(d);
        }
    }

    /// Whether the input continues with the statement delimiter.
    #[inline]
    pub(crate) fn at_delimiter(&mut self) -> LResult<bool> {
        let Some(b) = self.peek()? else {
            return Ok(false);
        };
        let first = self.delim.first().copied().unwrap_or(b';');
        if b != first {
            return Ok(false);
        }
        for k in 1..self.delim.len() {
            let want = self.delim.get(k).copied();
            if self.peek_at(k)? != want {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Consumes the delimiter (after [`Lexer::at_delimiter`] said it is there).
    pub(crate) fn consume_delimiter(&mut self) {
        let n = self.delim.len();
        self.input.consume(n);
    }

    /// Skips whitespace and comments, and the `*/` that closes a conditional comment.
    /// Opening `/*!NNNNN` is skipped too, leaving its body to be read as SQL.
    pub(crate) fn skip_ws(&mut self) -> LResult<()> {
        loop {
            let Some(b) = self.peek()? else {
                return if self.in_cond {
                    self.eof("conditional comment /*! ... */")
                } else {
                    Ok(())
                };
            };
            match b {
                b if is_space(b) => {
                    let n = self
                        .input
                        .buffered()
                        .iter()
                        .position(|&c| !is_space(c))
                        .unwrap_or(self.input.buffered().len());
                    self.input.consume(n);
                }
                b'#' => self.skip_line()?,
                // MySQL needs whitespace or a control character after `--`
                // (`1--1` is arithmetic); end of input counts too.
                b'-' if self.peek_at(1)? == Some(b'-')
                    && self.peek_at(2)?.is_none_or(|c| c <= b' ') =>
                {
                    self.skip_line()?
                }
                b'/' if self.peek_at(1)? == Some(b'*') => self.comment()?,
                b'*' if self.in_cond && self.peek_at(1)? == Some(b'/') => {
                    self.input.consume(2);
                    self.in_cond = false;
                }
                _ => return Ok(()),
            }
        }
    }

    /// Skips to the end of the line (a `--` or `#` comment).
    fn skip_line(&mut self) -> LResult<()> {
        while self.input.ensure()? {
            let buf = self.input.buffered();
            match memchr::memchr(b'\n', buf) {
                Some(i) => {
                    self.input.consume(i + 1);
                    return Ok(());
                }
                None => {
                    let n = buf.len();
                    self.input.consume(n);
                }
            }
        }
        Ok(())
    }

    /// At `/*`: a plain comment is skipped whole; a conditional one only has its
    /// opening `/*!NNNNN` (or MariaDB's `/*M!NNNNNN`) skipped, as its body is SQL.
    fn comment(&mut self) -> LResult<()> {
        let c2 = self.peek_at(2)?;
        let (prefix, mariadb) = match c2 {
            Some(b'!') => (3, false),
            Some(b'M') if self.peek_at(3)? == Some(b'!') => (4, true),
            _ => {
                self.input.consume(2);
                return self.skip_block_comment();
            }
        };
        self.input.consume(prefix);
        let mut version = 0u64;
        while let Some(d) = self.peek()?.filter(u8::is_ascii_digit) {
            version = version
                .saturating_mul(10)
                .saturating_add(u64::from(d - b'0'));
            self.bump();
        }
        // mariadb-dump's first line `/*M!999999\- enable the sandbox mode */` is
        // meant for no server at all (the client reads it); its body is not SQL.
        if mariadb && version >= 999_999 {
            return self.skip_block_comment();
        }
        self.in_cond = true;
        Ok(())
    }

    /// Skips to just after the next `*/`.
    fn skip_block_comment(&mut self) -> LResult<()> {
        loop {
            if !self.input.ensure()? {
                return self.eof("comment");
            }
            let buf = self.input.buffered();
            match memchr::memchr(b'*', buf) {
                Some(i) => {
                    self.input.consume(i);
                    if self.peek_at(1)? == Some(b'/') {
                        self.input.consume(2);
                        return Ok(());
                    }
                    self.input.consume(1);
                }
                None => {
                    let n = buf.len();
                    self.input.consume(n);
                }
            }
        }
    }

    /// Reads a bare word (the next byte must be a word byte) into `out`.
    pub(crate) fn read_word(&mut self, out: &mut Vec<u8>) -> LResult<()> {
        out.clear();
        let custom_delim = self.delim.len() != 1 || self.delim.first() != Some(&b';');
        loop {
            let buf = self.input.buffered();
            let n = buf
                .iter()
                .position(|&c| !is_word_byte(c))
                .unwrap_or(buf.len());
            let mut take = n;
            if custom_delim {
                // A delimiter like `$$` may follow a word without a space.
                let d0 = self.delim.first().copied().unwrap_or(b';');
                if let Some(i) = buf.get(..n).and_then(|b| memchr::memchr(d0, b)) {
                    take = i;
                }
            }
            if let Some(b) = buf.get(..take) {
                out.extend_from_slice(b);
            }
            self.input.consume(take);
            if out.len() > MAX_WORD {
                return Err(ErrorKind::TooLong {
                    what: "word",
                    limit: MAX_WORD,
                });
            }
            if take < n {
                // Stopped at a possible delimiter start.
                if self.at_delimiter()? {
                    return Ok(());
                }
                out.push(self.peek()?.unwrap_or(0));
                self.bump();
                continue;
            }
            if self.input.buffered().is_empty() {
                if !self.input.ensure()? {
                    return Ok(());
                }
                continue;
            }
            return Ok(());
        }
    }

    /// Reads a backquoted identifier whose opening backquote has been consumed.
    pub(crate) fn read_quoted_ident(&mut self, out: &mut Vec<u8>) -> LResult<()> {
        out.clear();
        loop {
            if !self.input.ensure()? {
                return self.eof("quoted identifier");
            }
            let buf = self.input.buffered();
            match memchr::memchr(b'`', buf) {
                Some(i) => {
                    if let Some(b) = buf.get(..i) {
                        out.extend_from_slice(b);
                    }
                    self.input.consume(i);
                    // `` doubled `` is a backquote in the name.
                    if self.peek_at(1)? == Some(b'`') {
                        out.push(b'`');
                        self.input.consume(2);
                    } else {
                        self.input.consume(1);
                        return Ok(());
                    }
                }
                None => {
                    out.extend_from_slice(buf);
                    let n = buf.len();
                    self.input.consume(n);
                }
            }
            if out.len() > MAX_WORD {
                return Err(ErrorKind::TooLong {
                    what: "quoted identifier",
                    limit: MAX_WORD,
                });
            }
        }
    }

    /// Reads a string literal whose opening `quote` has been consumed, appending
    /// its bytes (escapes resolved) to `out` if `store`, else only skipping it.
    ///
    /// This is where most of a dump's bytes go through, hence the whole-buffer
    /// scans for the only two bytes that matter.
    pub(crate) fn read_string(&mut self, quote: u8, out: &mut Vec<u8>, store: bool) -> LResult<()> {
        loop {
            if !self.input.ensure()? {
                return self.eof("string literal");
            }
            let buf = self.input.buffered();
            let hit = if self.backslash {
                memchr::memchr2(quote, b'\\', buf)
            } else {
                memchr::memchr(quote, buf)
            };
            let Some(i) = hit else {
                if store {
                    out.extend_from_slice(buf);
                }
                let n = buf.len();
                self.input.consume(n);
                continue;
            };
            let special = buf.get(i).copied();
            if store {
                if let Some(b) = buf.get(..i) {
                    out.extend_from_slice(b);
                }
            }
            self.input.consume(i);
            if special == Some(quote) {
                // A doubled quote stands for one quote; otherwise the literal ends.
                // At end of input the literal has ended properly.
                if self.peek_at(1)? == Some(quote) {
                    if store {
                        out.push(quote);
                    }
                    self.input.consume(2);
                } else {
                    self.input.consume(1);
                    return Ok(());
                }
            } else {
                let Some(e) = self.peek_at(1)? else {
                    return self.eof("string literal");
                };
                self.input.consume(2);
                if store {
                    unescape(e, out);
                }
            }
        }
    }

    /// The next statement-level token, its text (if any) in `out`.
    pub(crate) fn next_token(&mut self, out: &mut Vec<u8>) -> LResult<Tok> {
        self.skip_ws()?;
        out.clear();
        let Some(b) = self.peek()? else {
            return Ok(Tok::Eof);
        };
        if self.at_delimiter()? {
            self.consume_delimiter();
            return Ok(Tok::Delim);
        }
        match b {
            b'\'' | b'"' => {
                self.bump();
                self.read_string(b, out, true)?;
                Ok(Tok::Str)
            }
            b'`' => {
                self.bump();
                self.read_quoted_ident(out)?;
                Ok(Tok::Ident)
            }
            b if is_word_byte(b) => {
                self.read_word(out)?;
                Ok(Tok::Word)
            }
            b => {
                self.bump();
                Ok(Tok::Punct(b))
            }
        }
    }

    /// Skips to just after the delimiter that ends the current statement, stepping
    /// over quotes and comments. `what` names the statement for an end-of-input error.
    pub(crate) fn skip_statement(&mut self, what: &'static str) -> LResult<()> {
        let mut sink = Vec::new();
        loop {
            self.skip_ws()?;
            let Some(b) = self.peek()? else {
                return self.eof(what);
            };
            if self.at_delimiter()? {
                self.consume_delimiter();
                return Ok(());
            }
            match b {
                b'\'' | b'"' => {
                    self.bump();
                    self.read_string(b, &mut sink, false)?;
                }
                b'`' => {
                    self.bump();
                    self.read_quoted_ident(&mut sink)?;
                }
                _ => self.bump(),
            }
        }
    }

    /// After a `DELIMITER` keyword: reads the new delimiter (up to whitespace) and
    /// skips the rest of the line. The `mysql` client command ends at the line end.
    pub(crate) fn read_delimiter_command(&mut self) -> LResult<()> {
        while let Some(b' ' | b'\t') = self.peek()? {
            self.bump();
        }
        let mut d = Vec::new();
        while let Some(b) = self.peek()? {
            if is_space(b) {
                break;
            }
            d.push(b);
            self.bump();
            if d.len() > 16 {
                return Err(ErrorKind::TooLong {
                    what: "delimiter",
                    limit: 16,
                });
            }
        }
        self.skip_line()?;
        self.set_delimiter(&d);
        Ok(())
    }
}

/// Appends the meaning of `\e` in a MySQL string literal.
#[inline]
fn unescape(e: u8, out: &mut Vec<u8>) {
    match e {
        b'0' => out.push(0),
        b'b' => out.push(0x08),
        b'n' => out.push(b'\n'),
        b'r' => out.push(b'\r'),
        b't' => out.push(b'\t'),
        b'Z' => out.push(0x1A),
        // MySQL keeps these two escapes as written, for LIKE patterns.
        b'%' | b'_' => out.extend_from_slice(&[b'\\', e]),
        // `\\`, `\'`, `\"` and any other escaped byte stand for themselves.
        _ => out.push(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexer(s: &[u8]) -> Lexer<&[u8]> {
        Lexer::new(Input::new(s, 64), true)
    }

    fn tokens(s: &[u8]) -> Vec<(Tok, Vec<u8>)> {
        let mut lex = lexer(s);
        let mut buf = Vec::new();
        let mut out = Vec::new();
        loop {
            let t = lex.next_token(&mut buf).unwrap();
            out.push((t, buf.clone()));
            if t == Tok::Eof {
                return out;
            }
        }
    }

    #[test]
    fn double_dash_needs_whitespace() {
        let t = tokens(b"a--b -- c\nd--\te\nf --");
        let words: Vec<_> = t
            .iter()
            .filter(|(t, _)| *t == Tok::Word)
            .map(|(_, w)| w.clone())
            .collect();
        assert_eq!(words, [&b"a"[..], b"b", b"d", b"f"]);
    }

    #[test]
    fn conditional_comments() {
        let t = tokens(
            b"/*!40101 SET x */;/*M!999999\\- enable the sandbox mode */ /*M!100100 y */ /* z */",
        );
        assert_eq!(
            t,
            vec![
                (Tok::Word, b"SET".to_vec()),
                (Tok::Word, b"x".to_vec()),
                (Tok::Delim, vec![]),
                (Tok::Word, b"y".to_vec()),
                (Tok::Eof, vec![]),
            ]
        );
    }

    #[test]
    fn strings_and_identifiers() {
        let t = tokens(b"'a''b\\n' \"c\\\"\" `d``e` @@session.sql_mode");
        assert_eq!(t[0], (Tok::Str, b"a'b\n".to_vec()));
        assert_eq!(t[1], (Tok::Str, b"c\"".to_vec()));
        assert_eq!(t[2], (Tok::Ident, b"d`e".to_vec()));
        assert_eq!(t[3], (Tok::Word, b"@@session.sql_mode".to_vec()));
    }

    #[test]
    fn every_escape() {
        let mut out = Vec::new();
        for e in 0..=255u8 {
            unescape(e, &mut out);
        }
        // 256 escapes, two of which keep their backslash.
        assert_eq!(out.len(), 258);
        let mut o = Vec::new();
        for e in b"0'\"bnrtZ\\%_x" {
            unescape(*e, &mut o);
        }
        assert_eq!(o, b"\0'\"\x08\n\r\t\x1a\\\\%\\_x");
    }

    #[test]
    fn custom_delimiter() {
        let mut lex = lexer(b"DELIMITER $$\nEND$$ x;y$$");
        let mut buf = Vec::new();
        assert_eq!(lex.next_token(&mut buf).unwrap(), Tok::Word);
        lex.read_delimiter_command().unwrap();
        assert_eq!(lex.next_token(&mut buf).unwrap(), Tok::Word);
        assert_eq!(buf, b"END");
        assert_eq!(lex.next_token(&mut buf).unwrap(), Tok::Delim);
        lex.skip_statement("statement").unwrap();
        assert_eq!(lex.next_token(&mut buf).unwrap(), Tok::Eof);
    }

    #[test]
    fn no_backslash_escapes_mode() {
        let mut lex = lexer(b"'a\\'");
        lex.backslash = false;
        let mut buf = Vec::new();
        assert_eq!(lex.next_token(&mut buf).unwrap(), Tok::Str);
        assert_eq!(buf, b"a\\");
    }
}
