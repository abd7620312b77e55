//! Reads lines from stdin and writes them normalised with
//! `vntext::tone::normalize`, one output line per input line (a line ends at
//! `\n` or `\r\n`; invalid UTF-8 is replaced by U+FFFD).
//!
//! Usage: `cargo run --release -p vntext --example tone-lines -- [STYLE] [--stats] [--time]`
//! where STYLE is `traditional` (default), `modern` or `keep`. `--stats`
//! writes the summed change counts to stderr at the end; `--time` reads all
//! of stdin first and writes `{"lines": N, "seconds": S}` to stderr, S being
//! the time spent in `normalize` alone. Used by `scripts/bench-tone`.

use std::borrow::Cow;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;
use std::time::Instant;

use vntext::tone::{normalize, Changes, ToneStyle};

fn main() -> ExitCode {
    let mut style = ToneStyle::default();
    let mut stats = false;
    let mut time = false;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--stats" => stats = true,
            "--time" => time = true,
            _ => match arg.parse() {
                Ok(s) => style = s,
                Err(e) => {
                    eprintln!("tone-lines: {e}");
                    return ExitCode::from(2);
                }
            },
        }
    }
    let result = if time {
        timed(style, stats)
    } else {
        streamed(style, stats)
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tone-lines: {e}");
            ExitCode::FAILURE
        }
    }
}

fn streamed(style: ToneStyle, stats: bool) -> io::Result<()> {
    let mut input = io::BufReader::with_capacity(1 << 16, io::stdin().lock());
    let mut out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
    let mut total = Changes::default();
    let mut buf = Vec::new();
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        if buf.last() == Some(&b'\n') {
            buf.pop();
            if buf.last() == Some(&b'\r') {
                buf.pop();
            }
        }
        let line = match std::str::from_utf8(&buf) {
            Ok(s) => Cow::Borrowed(s),
            Err(_) => String::from_utf8_lossy(&buf),
        };
        let (text, changes) = normalize(&line, style);
        total += changes;
        out.write_all(text.as_bytes())?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    if stats {
        eprintln!("{total:?}");
    }
    Ok(())
}

fn timed(style: ToneStyle, stats: bool) -> io::Result<()> {
    let mut raw = Vec::new();
    io::stdin().lock().read_to_end(&mut raw)?;
    let text = String::from_utf8_lossy(&raw);
    let lines: Vec<&str> = text.lines().collect();
    let mut outputs = Vec::with_capacity(lines.len());
    let mut total = Changes::default();
    let start = Instant::now();
    for line in &lines {
        let (text, changes) = normalize(line, style);
        total += changes;
        outputs.push(text);
    }
    let seconds = start.elapsed().as_secs_f64();
    let mut out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
    for text in &outputs {
        out.write_all(text.as_bytes())?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    if stats {
        eprintln!("{total:?}");
    }
    eprintln!("{{\"lines\": {}, \"seconds\": {seconds:.6}}}", lines.len());
    Ok(())
}
