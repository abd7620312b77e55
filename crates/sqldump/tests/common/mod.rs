//! Shared test helpers: run a dump through the reader under several chunkings and
//! check that everything observable is the same.
#![allow(dead_code)]

use std::io::{self, Read};

use sqldump::{Options, Position, RawRow, RawValue, Reader};

/// An owned copy of a value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum V {
    Null,
    Num(Vec<u8>),
    Str(Vec<u8>),
}

impl From<RawValue<'_>> for V {
    fn from(v: RawValue<'_>) -> V {
        match v {
            RawValue::Null => V::Null,
            RawValue::Number(b) => V::Num(b.to_vec()),
            RawValue::Bytes(b) => V::Str(b.to_vec()),
        }
    }
}

pub fn s(b: impl AsRef<[u8]>) -> V {
    V::Str(b.as_ref().to_vec())
}

pub fn n(b: &str) -> V {
    V::Num(b.as_bytes().to_vec())
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub table: String,
    pub columns: Vec<String>,
    pub values: Vec<V>,
    pub pos: Position,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub rows: Vec<Row>,
    /// Display of the error and its position.
    pub error: Option<(String, Position)>,
    pub tables: Vec<(String, Vec<String>)>,
    pub set_names: Option<String>,
    pub end: Position,
}

impl Outcome {
    pub fn rows_of(&self, table: &str) -> Vec<&Row> {
        self.rows.iter().filter(|r| r.table == table).collect()
    }
    pub fn values(&self) -> Vec<Vec<V>> {
        self.rows.iter().map(|r| r.values.clone()).collect()
    }
    pub fn ok(self) -> Outcome {
        assert!(self.error.is_none(), "unexpected error: {:?}", self.error);
        self
    }
    pub fn err(&self) -> (String, Position) {
        self.error.clone().expect("an error was expected")
    }
}

pub fn run<R: Read>(mut rdr: Reader<R>) -> Outcome {
    let mut row = RawRow::new();
    let mut rows = Vec::new();
    let mut error = None;
    loop {
        match rdr.read_row(&mut row) {
            Ok(true) => rows.push(Row {
                table: row.table().name.clone(),
                columns: row.table().columns.clone(),
                values: row.iter().map(V::from).collect(),
                pos: row.position(),
            }),
            Ok(false) => break,
            Err(e) => {
                error = Some((e.to_string(), e.position()));
                // After an error the reader is finished.
                assert!(!rdr.read_row(&mut row).expect("no second error"));
                break;
            }
        }
    }
    Outcome {
        rows,
        error,
        tables: rdr
            .tables()
            .map(|t| (t.name.clone(), t.columns.clone()))
            .collect(),
        set_names: rdr.set_names().map(str::to_string),
        end: rdr.position(),
    }
}

/// Gives one byte per `read` call.
pub struct OneByte<'a>(pub &'a [u8]);

impl Read for OneByte<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match (self.0.split_first(), buf.first_mut()) {
            (Some((&b, rest)), Some(slot)) => {
                *slot = b;
                self.0 = rest;
                Ok(1)
            }
            _ => Ok(0),
        }
    }
}

/// Gives pseudo-random chunk sizes (1..=max), and sometimes `Interrupted`.
pub struct RandomChunks<'a> {
    pub data: &'a [u8],
    pub state: u64,
    pub max: usize,
}

impl RandomChunks<'_> {
    fn next(&mut self) -> u64 {
        // xorshift64
        self.state ^= self.state << 13;
        self.state ^= self.state >> 7;
        self.state ^= self.state << 17;
        self.state
    }
}

impl Read for RandomChunks<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let r = self.next();
        if r.is_multiple_of(11) {
            return Err(io::Error::new(io::ErrorKind::Interrupted, "try again"));
        }
        let want = 1 + (r as usize % self.max);
        let k = want.min(buf.len()).min(self.data.len());
        buf[..k].copy_from_slice(&self.data[..k]);
        self.data = &self.data[k..];
        Ok(k)
    }
}

/// Parses `input` whole, byte by byte, in random chunks and with a tiny internal
/// buffer, asserts that all give the same outcome, and returns it.
pub fn parse_opts(input: &[u8], opts: Options) -> Outcome {
    let whole = run(Reader::with_options(input, opts));
    let one = run(Reader::with_options(OneByte(input), opts));
    assert_eq!(whole, one, "byte-by-byte reading differs");
    for seed in 1..=4u64 {
        let rc = RandomChunks {
            data: input,
            state: seed.wrapping_mul(0x9E37_79B9_7F4A_7C15),
            max: [3, 17, 200, 5000][seed as usize - 1],
        };
        let got = run(Reader::with_options(rc, opts));
        assert_eq!(whole, got, "random chunks (seed {seed}) differ");
    }
    let tiny = run(Reader::with_capacity(16, OneByte(input), opts));
    assert_eq!(whole, tiny, "16-byte buffer differs");
    let tiny = run(Reader::with_capacity(
        17,
        RandomChunks {
            data: input,
            state: 77,
            max: 40,
        },
        opts,
    ));
    assert_eq!(whole, tiny, "17-byte buffer with random chunks differs");
    whole
}

pub fn parse(input: &[u8]) -> Outcome {
    parse_opts(input, Options::default())
}
