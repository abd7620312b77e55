//! `portmig convert`: charset conversion of a one-off file, stdin to stdout.
//!
//! Usage: portmig convert [--from CHARSET|auto] [--to CHARSET] [--per-line] [--json]
//!
//! CHARSET (case-insensitive): tcvn3 (abc), vni, viscii, vps, cp1258
//! (windows-1258), utf-8. `--from auto` (the default) decides per line
//! between UTF-8 and double-encoded UTF-8 for now; the legacy charsets are
//! converted when named with `--from`.

use anyhow::{bail, Context};
use std::io::{BufRead, Read, Write};
use vnenc::legacy::{decode_legacy, encode_legacy, Legacy};

const EXAMPLES: &str = "Examples:\n  \
portmig convert --from tcvn3 < old.txt > new.txt\n  \
portmig convert --from vni --to utf-8 < bai-viet.txt\n  \
portmig convert --to viscii < utf8.txt > viscii.txt\n  \
portmig convert --per-line --json < mixed.txt";

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
}

/// A charset as users name it.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Named {
    Auto,
    Utf8,
    Legacy(Legacy),
}

const VALID: &str =
    "auto, utf-8 (utf8), tcvn3 (abc), vni (vni-win), viscii, vps, cp1258 (windows-1258)";

fn parse_charset(label: &str) -> anyhow::Result<Named> {
    Ok(match label.trim().to_ascii_lowercase().as_str() {
        "auto" => Named::Auto,
        "utf-8" | "utf8" => Named::Utf8,
        "tcvn3" | "abc" | "tcvn" => Named::Legacy(Legacy::Tcvn3),
        "vni" | "vni-win" | "vni-windows" => Named::Legacy(Legacy::Vni),
        "viscii" => Named::Legacy(Legacy::Viscii),
        "vps" => Named::Legacy(Legacy::Vps),
        "cp1258" | "windows-1258" | "win1258" => Named::Legacy(Legacy::Cp1258),
        other => bail!("unknown charset `{other}`; valid charsets: {VALID}"),
    })
}

/// Decodes one piece of input; returns the text, the charset name and a
/// confidence.
fn decode(
    bytes: &[u8],
    from: Named,
    prior: &vnenc::ColumnPrior,
) -> anyhow::Result<(String, String, f32)> {
    match from {
        Named::Auto => {
            let d = vnenc::decode_field(bytes, prior).map_err(|e| anyhow::anyhow!("{e}"))?;
            Ok((d.text.into_owned(), d.charset.name(), d.confidence))
        }
        Named::Utf8 => {
            let s = std::str::from_utf8(bytes).map_err(|e| anyhow::anyhow!("not UTF-8: {e}"))?;
            Ok((s.to_string(), "utf-8".into(), 1.0))
        }
        Named::Legacy(cs) => match decode_legacy(bytes, cs) {
            Some(s) => Ok((s, cs.name().to_string(), 1.0)),
            None => bail!("bytes that {} does not define", cs.name()),
        },
    }
}

fn encode(text: &str, to: Named) -> anyhow::Result<Vec<u8>> {
    match to {
        Named::Auto => bail!("--to auto makes no sense; valid charsets: {VALID}"),
        Named::Utf8 => Ok(text.as_bytes().to_vec()),
        Named::Legacy(cs) => encode_legacy(text, cs)
            .with_context(|| format!("the text has characters {} cannot write", cs.name())),
    }
}

pub fn run(args: Args) -> anyhow::Result<u8> {
    let from = parse_charset(&args.from)?;
    let to = parse_charset(&args.to)?;
    if to == Named::Auto {
        encode("", to)?;
    }
    let stdin = std::io::stdin();
    let mut out = std::io::stdout().lock();
    if !args.per_line {
        let mut bytes = Vec::new();
        stdin
            .lock()
            .read_to_end(&mut bytes)
            .context("reading standard input")?;
        let (text, _, _) =
            decode(&bytes, from, &vnenc::ColumnPrior::new()).context("decoding standard input")?;
        out.write_all(&encode(&text, to)?)?;
        return Ok(crate::exit::OK);
    }
    let mut prior = vnenc::ColumnPrior::new();
    let mut failed = false;
    for (i, line) in stdin.lock().split(b'\n').enumerate() {
        let mut line = line.context("reading standard input")?;
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        let n = i + 1;
        match decode(&line, from, &prior) {
            Ok((text, charset, confidence)) => {
                if args.json {
                    let v = serde_json::json!({"line": n, "charset": charset, "confidence": confidence, "text": text});
                    writeln!(out, "{v}")?;
                } else {
                    out.write_all(&encode(&text, to).with_context(|| format!("line {n}"))?)?;
                    out.write_all(b"\n")?;
                }
                if from == Named::Auto && !line.is_ascii() {
                    if let Ok(d) = vnenc::decode_field(&line, &prior) {
                        prior.record(d.charset);
                    }
                }
            }
            Err(e) => {
                failed = true;
                if args.json {
                    let v = serde_json::json!({"line": n, "error": e.to_string()});
                    writeln!(out, "{v}")?;
                } else {
                    eprintln!("portmig: line {n}: {e:#}");
                }
            }
        }
    }
    Ok(if failed {
        crate::exit::PARTIAL
    } else {
        crate::exit::OK
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charset_names_as_users_write_them() {
        assert_eq!(parse_charset("ABC").unwrap(), Named::Legacy(Legacy::Tcvn3));
        assert_eq!(
            parse_charset("Windows-1258").unwrap(),
            Named::Legacy(Legacy::Cp1258)
        );
        assert_eq!(parse_charset("UTF8").unwrap(), Named::Utf8);
        let err = parse_charset("koi8-r").unwrap_err().to_string();
        assert!(err.contains("koi8-r") && err.contains("viscii"), "{err}");
    }
}
