//! The values of one row: `(` value, value, ... `)`, written straight into the
//! reused [`RawRow`] buffer.

use std::io::Read;

use crate::error::{describe_word, ErrorKind};
use crate::lexer::{is_word_byte, LResult, Lexer};
use crate::row::{Kind, RawRow};

/// Reads the values of a row whose `(` has been consumed, up to and including `)`.
pub(crate) fn read_values<R: Read>(
    lex: &mut Lexer<R>,
    row: &mut RawRow,
    word: &mut Vec<u8>,
) -> LResult<()> {
    lex.skip_ws()?;
    // `()` is valid SQL (all columns take their defaults).
    if lex.peek()? == Some(b')') {
        lex.bump();
        return Ok(());
    }
    loop {
        read_value(lex, row, word, true)?;
        lex.skip_ws()?;
        match lex.peek()? {
            Some(b',') => {
                lex.bump();
                lex.skip_ws()?;
            }
            Some(b')') => {
                lex.bump();
                return Ok(());
            }
            None => return lex.eof("row"),
            Some(_) => return lex.unexpected("`,` or `)` after a value"),
        }
    }
}

/// Reads one value at the current position (whitespace already skipped).
fn read_value<R: Read>(
    lex: &mut Lexer<R>,
    row: &mut RawRow,
    word: &mut Vec<u8>,
    allow_introducer: bool,
) -> LResult<()> {
    let Some(b) = lex.peek()? else {
        return lex.eof("row");
    };
    match b {
        b'\'' | b'"' => {
            lex.bump();
            lex.read_string(b, row.buf(), true)?;
            row.push_end(Kind::Bytes);
        }
        b'0' if matches!(lex.peek_at(1)?, Some(b'x' | b'X')) => {
            lex.input.consume(2);
            read_radix_digits(lex, row.buf(), Radix::Hex)?;
            row.push_end(Kind::Bytes);
        }
        b'0' if matches!(lex.peek_at(1)?, Some(b'b' | b'B')) => {
            lex.input.consume(2);
            read_radix_digits(lex, row.buf(), Radix::Bit)?;
            row.push_end(Kind::Bytes);
        }
        b'0'..=b'9' | b'-' | b'+' | b'.' => {
            read_number(lex, row.buf())?;
            row.push_end(Kind::Number);
        }
        b if is_word_byte(b) => {
            lex.read_word(word)?;
            read_word_value(lex, row, word, allow_introducer)?;
        }
        _ => return lex.unexpected("a value"),
    }
    Ok(())
}

/// A value starting with a word: `NULL`, `TRUE`/`FALSE`, `X'..'`, `B'..'`,
/// `N'..'`, or a charset introducer (`_binary`, `_utf8mb4`, ...) before a literal.
fn read_word_value<R: Read>(
    lex: &mut Lexer<R>,
    row: &mut RawRow,
    word: &mut Vec<u8>,
    allow_introducer: bool,
) -> LResult<()> {
    let next_is_quote = lex.peek()? == Some(b'\'');
    if word.eq_ignore_ascii_case(b"NULL") {
        row.push_end(Kind::Null);
    } else if word.eq_ignore_ascii_case(b"TRUE") {
        row.buf().push(b'1');
        row.push_end(Kind::Number);
    } else if word.eq_ignore_ascii_case(b"FALSE") {
        row.buf().push(b'0');
        row.push_end(Kind::Number);
    } else if next_is_quote && word.eq_ignore_ascii_case(b"X") {
        lex.bump();
        read_radix_digits(lex, row.buf(), Radix::Hex)?;
        close_quote(lex)?;
        row.push_end(Kind::Bytes);
    } else if next_is_quote && word.eq_ignore_ascii_case(b"B") {
        lex.bump();
        read_radix_digits(lex, row.buf(), Radix::Bit)?;
        close_quote(lex)?;
        row.push_end(Kind::Bytes);
    } else if next_is_quote && word.eq_ignore_ascii_case(b"N") {
        lex.bump();
        lex.read_string(b'\'', row.buf(), true)?;
        row.push_end(Kind::Bytes);
    } else if allow_introducer && word.len() > 1 && word.first() == Some(&b'_') {
        // The introducer only names the charset of the bytes that follow; the
        // bytes are the value (decoding is not this crate's business).
        lex.skip_ws()?;
        read_value(lex, row, word, false)?;
    } else {
        return Err(ErrorKind::Syntax {
            expected: "a value",
            found: describe_word(word),
        });
    }
    Ok(())
}

fn close_quote<R: Read>(lex: &mut Lexer<R>) -> LResult<()> {
    match lex.peek()? {
        Some(b'\'') => {
            lex.bump();
            Ok(())
        }
        None => lex.eof("row"),
        Some(_) => lex.unexpected("`'` closing a hex or bit literal"),
    }
}

/// A numeric literal as written: sign, digits, point, exponent.
fn read_number<R: Read>(lex: &mut Lexer<R>, out: &mut Vec<u8>) -> LResult<()> {
    let start = out.len();
    loop {
        let buf = lex.input.buffered();
        let n = buf
            .iter()
            .position(|&c| !matches!(c, b'0'..=b'9' | b'.' | b'e' | b'E' | b'+' | b'-'))
            .unwrap_or(buf.len());
        if let Some(b) = buf.get(..n) {
            out.extend_from_slice(b);
        }
        let whole = n == buf.len();
        lex.input.consume(n);
        if !whole || !lex.input.ensure()? {
            break;
        }
        if out.len() - start > 1024 {
            return Err(ErrorKind::TooLong {
                what: "number",
                limit: 1024,
            });
        }
    }
    if !out
        .get(start..)
        .unwrap_or(&[])
        .iter()
        .any(u8::is_ascii_digit)
    {
        let found = describe_word(out.get(start..).unwrap_or(&[]));
        out.truncate(start);
        return Err(ErrorKind::Syntax {
            expected: "a number",
            found,
        });
    }
    Ok(())
}

#[derive(Clone, Copy)]
enum Radix {
    Hex,
    Bit,
}

/// Reads hex or binary digits and appends the bytes they stand for. An odd number
/// of hex digits (or a bit count that is not a multiple of 8) is padded on the left,
/// as MySQL does (`0x123` is `0x0123`).
fn read_radix_digits<R: Read>(lex: &mut Lexer<R>, out: &mut Vec<u8>, radix: Radix) -> LResult<()> {
    let start = out.len();
    let is_digit = |c: u8| match radix {
        Radix::Hex => c.is_ascii_hexdigit(),
        Radix::Bit => c == b'0' || c == b'1',
    };
    // First collect the digits as they are (blobs dumped with --hex-blob can be
    // megabytes: take whole buffers), then decode in place.
    loop {
        let buf = lex.input.buffered();
        let n = buf.iter().position(|&c| !is_digit(c)).unwrap_or(buf.len());
        if let Some(b) = buf.get(..n) {
            out.extend_from_slice(b);
        }
        let whole = n == buf.len();
        lex.input.consume(n);
        if !whole || !lex.input.ensure()? {
            break;
        }
    }
    let digits = out.len() - start;
    if digits == 0 && matches!(lex.peek()?, Some(c) if is_word_byte(c)) {
        return lex.unexpected("hex or binary digits");
    }
    let (per_byte, shift) = match radix {
        Radix::Hex => (2, 4),
        Radix::Bit => (8, 1),
    };
    let first = match digits % per_byte {
        0 => per_byte,
        r => r,
    };
    // Writing never overtakes reading: each output byte uses at least one digit.
    let mut w = start;
    let mut r = start;
    let mut take = first;
    while r < start + digits {
        let mut v = 0u8;
        for _ in 0..take {
            let d = out.get(r).copied().unwrap_or(b'0');
            let d = match d {
                b'0'..=b'9' => d - b'0',
                b'a'..=b'f' => d - b'a' + 10,
                b'A'..=b'F' => d - b'A' + 10,
                _ => 0,
            };
            v = (v << shift) | d;
            r += 1;
        }
        if let Some(slot) = out.get_mut(w) {
            *slot = v;
        }
        w += 1;
        take = per_byte;
    }
    out.truncate(w);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::Input;

    fn radix(s: &[u8], r: Radix) -> Vec<u8> {
        let mut lex = Lexer::new(Input::new(s, 16), true);
        let mut out = b"prefix".to_vec();
        read_radix_digits(&mut lex, &mut out, r).unwrap();
        assert_eq!(&out[..6], b"prefix");
        out.split_off(6)
    }

    #[test]
    fn hex_and_bits_decode_in_place() {
        assert_eq!(radix(b"4142,", Radix::Hex), b"AB");
        assert_eq!(radix(b"123", Radix::Hex), b"\x01\x23");
        assert_eq!(radix(b"fFaA00", Radix::Hex), b"\xff\xaa\x00");
        assert_eq!(radix(b")", Radix::Hex), b"");
        assert_eq!(radix(b"1", Radix::Bit), b"\x01");
        assert_eq!(radix(b"111111111", Radix::Bit), b"\x01\xff");
        assert_eq!(radix(b"10000000'", Radix::Bit), b"\x80");
        let long: Vec<u8> = b"0123456789abcdef".repeat(100);
        assert_eq!(radix(&long, Radix::Hex).len(), 800);
    }
}
