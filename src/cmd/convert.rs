//! `portmig convert`: charset conversion of a one-off file, stdin to stdout.
//!
//! Usage: portmig convert [--from CHARSET|auto] [--to CHARSET] [--per-line] [--json] [--lossy]
//!
//! CHARSET (case-insensitive): utf-8, utf-16 (utf-16le, utf-16be), tcvn3
//! (abc), vni, viscii, vps, cp1258 (windows-1258), viqr, ascii; also the
//! names `inspect` and the audit log print, e.g. `tcvn3+latin1` (TCVN3 read
//! through latin1 into UTF-8) or `utf-8+latin1x2`.
//!
//! `--from auto` (the default) detects the charset with the same per-field
//! decision the pipeline uses: on the whole input (decided on its first
//! lines with non-ASCII bytes, then applied to all), or with `--per-line`
//! on each line, a column majority breaking near-ties as in a dump column.
//!
//! Invalid input stops with the line number and exit code 2 (per line: the
//! other lines are converted, exit code 1), unless `--lossy`: then bytes
//! that do not fit become U+FFFD (the best reading for `auto`) and
//! characters the output charset cannot write become `?`.

use anyhow::{bail, Context};
use std::io::{BufRead, BufWriter, Read, Write};
use vnenc::{decode_as, decode_field, encode, Charset, ColumnPrior, CHARSET_NAMES};

const EXAMPLES: &str = "Examples:\n  \
portmig convert --from tcvn3 < old.txt > new.txt\n  \
portmig convert --from vni --to utf-8 < bai-viet.txt\n  \
portmig convert --to viscii < utf8.txt > viscii.txt\n  \
portmig convert --per-line --json < mixed.txt\n  \
portmig convert --from auto --lossy < damaged.txt";

/// Arguments of `portmig convert`.
#[derive(clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// Charset of the input, or `auto`.
    #[arg(long, default_value = "auto", value_name = "CHARSET")]
    from: String,
    /// Charset of the output.
    #[arg(long, default_value = "utf-8", value_name = "CHARSET")]
    to: String,
    /// Decide and convert each line on its own.
    #[arg(long)]
    per_line: bool,
    /// With --per-line: one JSON object per line {line, charset, confidence, text}.
    #[arg(long, requires = "per_line")]
    json: bool,
    /// Convert what can be converted: U+FFFD for undecodable bytes, `?` for
    /// characters the output charset cannot write; exit 0.
    #[arg(long)]
    lossy: bool,
}

/// Lines of non-ASCII input `--from auto` looks at before deciding for the
/// whole input: enough for the syllable model to be sure, small enough to
/// hold in memory.
const SAMPLE_BYTES: usize = 256 * 1024;

fn parse_charset(label: &str) -> anyhow::Result<Option<Charset>> {
    if label.trim().eq_ignore_ascii_case("auto") {
        return Ok(None);
    }
    match Charset::from_name(label) {
        Some(c) => Ok(Some(c)),
        None => bail!(
            "unknown charset `{}`; valid charsets: auto, {CHARSET_NAMES}",
            label.trim()
        ),
    }
}

pub fn run(args: Args) -> anyhow::Result<u8> {
    let from = parse_charset(&args.from)?;
    let Some(to) = parse_charset(&args.to)? else {
        bail!("--to auto makes no sense; valid charsets: {CHARSET_NAMES}");
    };
    let mut out = BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let input = std::io::stdin().lock();
    let code = match (args.per_line, from) {
        (true, _) => per_line(input, from, to, &args, &mut out)?,
        (false, Some(cs)) => whole(input, cs, to, args.lossy, &mut out)?,
        (false, None) => auto(input, to, args.lossy, &mut out)?,
    };
    out.flush()?;
    Ok(code)
}

/// Writes `text` in `to`; with `lossy`, unwritable characters become `?`.
fn write_encoded(out: &mut impl Write, text: &str, to: Charset, lossy: bool) -> anyhow::Result<()> {
    if to == Charset::Utf8 {
        out.write_all(text.as_bytes())?;
        return Ok(());
    }
    if let Some(b) = encode(text, to) {
        out.write_all(&b)?;
        return Ok(());
    }
    let bad = text
        .chars()
        .find(|c| encode(&c.to_string(), to).is_none())
        .unwrap_or('?');
    if !lossy {
        bail!(
            "{to} cannot write the character {bad:?} (U+{:04X}); use --lossy to write `?` instead",
            u32::from(bad)
        );
    }
    let mut buf = [0u8; 4];
    for c in text.chars() {
        match encode(c.encode_utf8(&mut buf), to) {
            Some(b) => out.write_all(&b)?,
            None => out.write_all(b"?")?,
        }
    }
    Ok(())
}

/// 1-based line and byte-in-line of byte `at` of `chunk`, whose first line
/// is `first_line`.
fn locate(chunk: &[u8], at: usize, first_line: usize) -> (usize, usize) {
    let before = &chunk[..at.min(chunk.len())];
    let line = first_line + before.iter().filter(|&&b| b == b'\n').count();
    let col = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(at, |nl| at - nl - 1);
    (line, col + 1)
}

/// `bytes` as `cs`, or with `lossy` as much as fits (U+FFFD for the rest).
fn decode_lossy(bytes: &[u8], cs: Charset) -> String {
    let mut out = String::new();
    let mut rest = bytes;
    loop {
        match decode_as(rest, cs) {
            Ok(t) => {
                out.push_str(&t);
                return out;
            }
            Err(e) => {
                let Some(at) = e.first_bad_byte.filter(|&at| at < rest.len()) else {
                    out.push_str(&String::from_utf8_lossy(rest));
                    return out;
                };
                if let Ok(t) = decode_as(&rest[..at], cs) {
                    out.push_str(&t);
                }
                out.push('\u{FFFD}');
                rest = &rest[at + 1..];
            }
        }
    }
}

/// A fixed charset over the whole input, streamed in chunks of whole lines.
fn whole(
    mut input: impl BufRead,
    cs: Charset,
    to: Charset,
    lossy: bool,
    out: &mut impl Write,
) -> anyhow::Result<u8> {
    if matches!(cs, Charset::Utf16Le | Charset::Utf16Be) {
        // Line breaks are two bytes in UTF-16: decode it in one piece.
        let mut all = Vec::new();
        input
            .read_to_end(&mut all)
            .context("reading standard input")?;
        return convert_chunk(&all, cs, to, lossy, 1, out).map(|_| crate::exit::OK);
    }
    let mut line = 1;
    let mut pending: Vec<u8> = Vec::new();
    loop {
        let buf = input.fill_buf().context("reading standard input")?;
        if buf.is_empty() {
            if !pending.is_empty() {
                convert_chunk(&pending, cs, to, lossy, line, out)?;
            }
            return Ok(crate::exit::OK);
        }
        let n = buf.len();
        match buf.iter().rposition(|&b| b == b'\n') {
            Some(nl) if pending.is_empty() => {
                line = convert_chunk(&buf[..=nl], cs, to, lossy, line, out)?;
                input.consume(nl + 1);
            }
            Some(nl) => {
                pending.extend_from_slice(&buf[..=nl]);
                input.consume(nl + 1);
                line = convert_chunk(&pending, cs, to, lossy, line, out)?;
                pending.clear();
            }
            None => {
                pending.extend_from_slice(buf);
                input.consume(n);
            }
        }
    }
}

/// Converts whole lines; returns the number of the line after them.
fn convert_chunk(
    chunk: &[u8],
    cs: Charset,
    to: Charset,
    lossy: bool,
    first_line: usize,
    out: &mut impl Write,
) -> anyhow::Result<usize> {
    let text = match decode_as(chunk, cs) {
        Ok(t) => t,
        Err(_) if lossy => decode_lossy(chunk, cs),
        Err(e) => {
            let msg = match e.first_bad_byte {
                Some(at) => {
                    let (l, c) = locate(chunk, at, first_line);
                    format!("line {l}, byte {c}: {}", e.reason)
                }
                None => format!("line {first_line}: {}", e.reason),
            };
            bail!("{msg}; the input is not {cs} (try --from auto, or --lossy)");
        }
    };
    write_encoded(out, &text, to, lossy)?;
    Ok(first_line + chunk.iter().filter(|&&b| b == b'\n').count())
}

/// `--from auto` on the whole input: decided on a sample of its non-ASCII
/// lines, then converted as that charset.
fn auto(
    mut input: impl BufRead,
    to: Charset,
    lossy: bool,
    out: &mut impl Write,
) -> anyhow::Result<u8> {
    let mut head: Vec<u8> = Vec::new();
    let mut sample: Vec<u8> = Vec::new();
    let mut line = Vec::new();
    while sample.len() < SAMPLE_BYTES {
        line.clear();
        if input
            .read_until(b'\n', &mut line)
            .context("reading standard input")?
            == 0
        {
            break;
        }
        if !line.is_ascii() || line.windows(2).any(|w| w == b"&#") {
            sample.extend_from_slice(&line);
        }
        head.extend_from_slice(&line);
    }
    let probe = if sample.is_empty() { &head } else { &sample };
    let cs = match decode_field(probe, &ColumnPrior::new()) {
        Ok(d) if d.entities => {
            // Entities need the detector on every piece: decide per line.
            let rest = std::io::Cursor::new(head).chain(input);
            let args = PerLine {
                from: None,
                to,
                json: false,
                lossy,
            };
            return per_line_inner(rest, &args, out);
        }
        Ok(d) => d.charset,
        Err(e) => match e.best.as_ref() {
            Some((cs, _, _)) if lossy => *cs,
            _ if lossy => Charset::Utf8,
            _ => bail!(
                "cannot tell the charset of the input: {e}; try --per-line to see which lines \
                 are damaged, or --lossy"
            ),
        },
    };
    let cs = if cs == Charset::Ascii {
        Charset::Utf8
    } else {
        cs
    };
    eprintln!("portmig: input is {cs}");
    let rest = std::io::Cursor::new(head).chain(input);
    whole(
        std::io::BufReader::with_capacity(1 << 18, rest),
        cs,
        to,
        lossy,
        out,
    )
}

struct PerLine {
    from: Option<Charset>,
    to: Charset,
    json: bool,
    lossy: bool,
}

fn per_line(
    input: impl BufRead,
    from: Option<Charset>,
    to: Charset,
    args: &Args,
    out: &mut impl Write,
) -> anyhow::Result<u8> {
    let p = PerLine {
        from,
        to,
        json: args.json,
        lossy: args.lossy,
    };
    per_line_inner(input, &p, out)
}

/// Each line decided and converted on its own.
fn per_line_inner(input: impl BufRead, p: &PerLine, out: &mut impl Write) -> anyhow::Result<u8> {
    let mut prior = ColumnPrior::new();
    let mut failed = 0usize;
    for (i, line) in input.split(b'\n').enumerate() {
        let mut line = line.context("reading standard input")?;
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        let n = i + 1;
        let (result, runner_up) = match p.from {
            Some(cs) => (
                decode_as(&line, cs).map(|t| (t, cs.name(), 1.0f32, false)),
                None,
            ),
            None => match decode_field(&line, &prior) {
                Ok(d) => {
                    prior.record(d.charset);
                    let label = d.label();
                    let r = d.runner_up;
                    (
                        Ok((d.text.into_owned(), label, d.confidence, d.guessed_case)),
                        r,
                    )
                }
                Err(e) => (Err(e), None),
            },
        };
        let (text, charset, confidence, guessed) = match result {
            Ok(v) => v,
            Err(e) => {
                if p.lossy {
                    let (text, cs, conf) = match (&e.best, p.from) {
                        (Some((cs, t, c)), _) => (t.clone(), cs.name(), *c),
                        (None, Some(cs)) => (decode_lossy(&line, cs), cs.name(), 0.0),
                        (None, None) => (
                            String::from_utf8_lossy(&line).into_owned(),
                            "lossy".into(),
                            0.0,
                        ),
                    };
                    (text, cs, conf, false)
                } else {
                    failed += 1;
                    if p.json {
                        let mut v = serde_json::json!({"line": n, "error": e.reason});
                        if let Some((cs, t, c)) = &e.best {
                            v["best"] = serde_json::json!({"charset": cs.name(), "confidence": round3(*c), "text": t});
                        }
                        writeln!(out, "{v}")?;
                    } else {
                        eprintln!("portmig: line {n}: {}", e.reason);
                    }
                    continue;
                }
            }
        };
        if p.json {
            let mut v = serde_json::json!({"line": n, "charset": charset, "confidence": round3(confidence), "text": text});
            if let Some((cs, c)) = runner_up {
                v["runner_up"] = serde_json::json!({"charset": cs.name(), "confidence": round3(c)});
            }
            if guessed {
                v["guessed_case"] = serde_json::Value::Bool(true);
            }
            writeln!(out, "{v}")?;
        } else {
            write_encoded(out, &text, p.to, p.lossy).with_context(|| format!("line {n}"))?;
            out.write_all(b"\n")?;
        }
    }
    if failed > 0 {
        eprintln!(
            "portmig: {failed} line(s) could not be decoded (use --lossy to convert them anyway)"
        );
        return Ok(crate::exit::PARTIAL);
    }
    Ok(crate::exit::OK)
}

fn round3(x: f32) -> f64 {
    (f64::from(x) * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use vnenc::legacy::Legacy;

    #[test]
    fn charset_names_as_users_write_them() {
        let tcvn3 = Charset::Legacy {
            charset: Legacy::Tcvn3,
            layers: 0,
        };
        assert_eq!(parse_charset("ABC").unwrap(), Some(tcvn3));
        assert_eq!(parse_charset("Auto").unwrap(), None);
        assert_eq!(parse_charset("UTF-16").unwrap(), Some(Charset::Utf16Le));
        assert_eq!(parse_charset("viqr").unwrap(), Some(Charset::Viqr));
        let err = parse_charset("koi8-r").unwrap_err().to_string();
        assert!(
            err.contains("koi8-r") && err.contains("viscii") && err.contains("viqr"),
            "{err}"
        );
    }

    #[test]
    fn errors_locate_line_and_byte() {
        assert_eq!(locate(b"ab\ncd\nef", 7, 10), (12, 2));
        assert_eq!(locate(b"abc", 0, 1), (1, 1));
    }

    #[test]
    fn lossy_decoding_keeps_the_rest() {
        let vni = Charset::Legacy {
            charset: Legacy::Vni,
            layers: 0,
        };
        assert_eq!(decode_lossy(b"Vie\xe4t \xe4 Nam", vni), "Việt \u{FFFD} Nam");
    }
}
