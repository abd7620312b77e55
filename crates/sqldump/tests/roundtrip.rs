//! Property: rows of arbitrary byte strings, written as a dump with any of the
//! ways MySQL tools escape them, read back as the same bytes, whatever the chunking.

mod common;

use common::{parse_opts, V};
use proptest::prelude::*;
use sqldump::{BackslashEscapes, Options};

#[derive(Clone, Debug)]
enum Cell {
    Null,
    Int(i64),
    Bytes(Vec<u8>),
}

/// How a byte string is written.
#[derive(Clone, Copy, Debug)]
enum Style {
    /// mysqldump: backslash escapes in single quotes.
    Backslash,
    /// Doubled quotes only (valid under NO_BACKSLASH_ESCAPES too, if no backslash).
    Doubled,
    /// Double quotes with backslash escapes.
    DoubleQuoted,
    /// `0x...` (mysqldump --hex-blob).
    Hex,
    /// `_binary '...'`.
    Binary,
}

fn escape_backslash(b: &[u8], quote: u8, out: &mut Vec<u8>) {
    out.push(quote);
    for &c in b {
        match c {
            0 => out.extend_from_slice(b"\\0"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            0x1a => out.extend_from_slice(b"\\Z"),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\'' => out.extend_from_slice(b"\\'"),
            b'"' => out.extend_from_slice(b"\\\""),
            c => out.push(c),
        }
    }
    out.push(quote);
}

fn write_cell(cell: &Cell, style: Style, no_backslash: bool, out: &mut Vec<u8>) {
    match cell {
        Cell::Null => out.extend_from_slice(b"NULL"),
        Cell::Int(i) => out.extend_from_slice(i.to_string().as_bytes()),
        Cell::Bytes(b) if no_backslash => {
            // Under NO_BACKSLASH_ESCAPES only quote doubling exists.
            out.push(b'\'');
            for &c in b {
                if c == b'\'' {
                    out.push(b'\'');
                }
                out.push(c);
            }
            out.push(b'\'');
        }
        Cell::Bytes(b) => match style {
            Style::Backslash => escape_backslash(b, b'\'', out),
            Style::DoubleQuoted => escape_backslash(b, b'"', out),
            Style::Binary => {
                out.extend_from_slice(b"_binary ");
                escape_backslash(b, b'\'', out)
            }
            Style::Doubled => {
                out.push(b'\'');
                for &c in b {
                    match c {
                        b'\'' => out.extend_from_slice(b"''"),
                        b'\\' => out.extend_from_slice(b"\\\\"),
                        c => out.push(c),
                    }
                }
                out.push(b'\'');
            }
            Style::Hex => {
                if b.is_empty() {
                    out.extend_from_slice(b"X''");
                } else {
                    out.extend_from_slice(b"0x");
                    for c in b {
                        out.extend_from_slice(format!("{c:02X}").as_bytes());
                    }
                }
            }
        },
    }
}

fn cell() -> impl Strategy<Value = Cell> {
    prop_oneof![
        1 => Just(Cell::Null),
        1 => any::<i64>().prop_map(Cell::Int),
        // Bias towards the bytes that matter to the lexer.
        6 => prop::collection::vec(
            prop_oneof![
                3 => any::<u8>(),
                2 => prop::sample::select(b"'\"\\\n\r\0,();`*/-# ".to_vec()),
            ],
            0..40
        )
        .prop_map(Cell::Bytes),
    ]
}

fn style() -> impl Strategy<Value = Style> {
    prop::sample::select(vec![
        Style::Backslash,
        Style::Doubled,
        Style::DoubleQuoted,
        Style::Hex,
        Style::Binary,
    ])
}

fn expected(cell: &Cell) -> V {
    match cell {
        Cell::Null => V::Null,
        Cell::Int(i) => V::Num(i.to_string().into_bytes()),
        Cell::Bytes(b) => V::Str(b.clone()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn rows_round_trip(
        rows in prop::collection::vec(prop::collection::vec(cell(), 1..6), 1..8),
        styles in prop::collection::vec(style(), 8),
        per_insert in 1usize..4,
        sep in prop::sample::select(vec![",", ",\n", ", \r\n", " ,\t"]),
        no_backslash in any::<bool>(),
    ) {
        let mut dump = Vec::new();
        if no_backslash {
            dump.extend_from_slice(b"/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO,NO_BACKSLASH_ESCAPES' */;\n");
        }
        dump.extend_from_slice(b"CREATE TABLE `t` (`a` text);\n");
        for (i, row) in rows.iter().enumerate() {
            if i % per_insert == 0 {
                if i > 0 {
                    dump.extend_from_slice(b";\n");
                }
                dump.extend_from_slice(b"INSERT INTO `t` VALUES ");
            } else {
                dump.extend_from_slice(sep.as_bytes());
            }
            dump.push(b'(');
            for (j, c) in row.iter().enumerate() {
                if j > 0 {
                    dump.push(b',');
                }
                write_cell(c, styles[(i + j) % styles.len()], no_backslash, &mut dump);
            }
            dump.push(b')');
        }
        dump.extend_from_slice(b";\n");

        let out = parse_opts(&dump, Options { backslash_escapes: BackslashEscapes::Auto });
        prop_assert!(out.error.is_none(), "{:?}\n{}", out.error, dump.escape_ascii());
        let want: Vec<Vec<V>> = rows.iter().map(|r| r.iter().map(expected).collect()).collect();
        prop_assert_eq!(out.values(), want);
    }
}

/// Pieces of SQL that exercise the lexer's states, for garbage generation.
const PIECES: &[&[u8]] = &[
    b"INSERT INTO ",
    b"`t`",
    b" VALUES ",
    b"(",
    b")",
    b",",
    b";",
    b"'",
    b"\"",
    b"\\",
    b"`",
    b"--",
    b" ",
    b"\n",
    b"\r\n",
    b"#",
    b"/*",
    b"*/",
    b"/*!40101 ",
    b"/*M!999999",
    b"NULL",
    b"0x4",
    b"X'",
    b"_binary",
    b"-1.5e3",
    b"CREATE TABLE ",
    b"SET NAMES ",
    b"SQL_MODE=",
    b"'NO_BACKSLASH_ESCAPES'",
    b"DELIMITER ;;\n",
    b"DELIMITER ;\n",
    b"ON DUPLICATE KEY UPDATE",
    b"\xb8\xe3",
    b"Tin t\xe1\xbb\xa9c",
    b"abc",
    b"12",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// Whatever the input, the reader does not panic, terminates, and gives the
    /// same rows, positions and errors under every chunking (checked by parse_opts).
    #[test]
    fn garbage_is_handled_the_same_under_any_chunking(
        parts in prop::collection::vec(
            prop_oneof![
                3 => prop::sample::select(PIECES.to_vec()).prop_map(<[u8]>::to_vec),
                1 => prop::collection::vec(any::<u8>(), 0..4),
            ],
            0..40,
        )
    ) {
        let dump = parts.concat();
        let out = parse_opts(&dump, Options::default());
        if out.error.is_none() {
            prop_assert_eq!(out.end.byte, dump.len() as u64);
        } else {
            prop_assert!(out.error.as_ref().is_some_and(|(_, p)| p.byte <= dump.len() as u64));
        }
    }
}
