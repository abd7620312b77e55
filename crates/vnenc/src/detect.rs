//! Per-field decision: generate candidate readings, score them, pick one.

use std::borrow::Cow;

use crate::charset::{Charset, Family};
use crate::mojibake::{evidence_len_at, is_reversible_char, peel};
use crate::prior::ColumnPrior;
use crate::syllable::{score, Score};

/// Two readings whose scores differ by less than this are "too close to
/// call" and the column prior decides. A real mojibake/clean contrast moves
/// each affected word from garbage (−3) to a syllable (+1), i.e. by ≥ 1.0 in
/// a short field; 0.15 is less than one neutral ASCII word's worth (0.5) in
/// a three-to-four-word field — names and titles, where ambiguity lives.
pub const CLOSE_MARGIN: f32 = 0.15;

/// At most this many double-encoding layers are undone. Three covers every
/// case seen in the wild (dump → import → re-dump through latin1 links);
/// each layer roughly doubles the field, so deeper is never legitimate text.
pub const MAX_LAYERS: u8 = 3;

/// Confidence factor when the chosen text holds C0 controls (other than tab,
/// LF, CR), DEL or C1 controls: it is text, but something mangled it.
pub const CONTROL_PENALTY: f32 = 0.5;

/// Confidence cap for clean UTF-8 that nonetheless contains double-encoded
/// sequences it cannot undo as a whole (partially double-encoded fields:
/// part of the text was fixed by hand, or two sources were concatenated).
pub const PARTIAL_MOJIBAKE_CONFIDENCE: f32 = 0.4;

/// Confidence floor for a *decisive* win: the chosen reading has no bad word
/// while the other has some. A long field with a single broken word may win
/// by a small score margin, yet the repair is certain.
pub const DECISIVE_CONFIDENCE: f32 = 0.9;

/// One field, decoded.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded<'a> {
    /// The text. Borrowed from the input for ASCII and clean UTF-8 (byte for
    /// byte the input: never normalised, never "repaired"); owned when a
    /// double encoding was undone.
    pub text: Cow<'a, str>,
    /// The reading chosen.
    pub charset: Charset,
    /// 0..=1. 1.0 when there was no competing reading. With competition it
    /// is `0.5 + (winner − runner-up score)`, clamped, i.e. the share of
    /// belief between the two best readings (≥ 0.9 for decisive wins). Caps
    /// and factors: [`PARTIAL_MOJIBAKE_CONFIDENCE`], [`CONTROL_PENALTY`].
    pub confidence: f32,
    /// The best other reading and its share of belief (`1 − confidence`
    /// before penalties), if another reading was possible.
    pub runner_up: Option<(Charset, f32)>,
    /// The scores were within [`CLOSE_MARGIN`] and the column's majority
    /// picked the reading.
    pub decided_by_prior: bool,
    /// Letter case was guessed (legacy charsets without capitals, e.g.
    /// TCVN3). Always `false` for now.
    pub guessed_case: bool,
}

/// The field cannot be turned into trustworthy text.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("{reason}")]
pub struct Undecodable {
    /// What is wrong, for a technician.
    pub reason: String,
    /// Byte offset of the first offending byte in the field, when it is one.
    pub first_bad_byte: Option<usize>,
}

/// Cheap classification of a field, for statistics.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub enum Classification {
    /// Pure ASCII.
    Ascii,
    /// Clean UTF-8.
    Utf8,
    /// Double-encoded UTF-8 (the [`Charset`] says how).
    DoubleEncoded(Charset),
    /// [`decode_field`] would return [`Undecodable`].
    Undecodable,
}

/// Why a field failed; turned into an [`Undecodable`] only when asked, so
/// [`classify`] formats nothing.
#[derive(Debug)]
enum Failure {
    InvalidUtf8 {
        at: usize,
        byte: u8,
        truncated: bool,
        hint: Option<&'static str>,
    },
    Nul {
        at: usize,
    },
    Replacement {
        at: usize,
    },
    ReplacementAfterRepair {
        layers: u8,
    },
}

const LEGACY_NOTE: &str =
    "not double-encoded UTF-8; legacy charsets (TCVN3, VNI, ...) are not decoded yet";

impl Failure {
    fn invalid_utf8(bytes: &[u8], e: std::str::Utf8Error) -> Failure {
        let at = e.valid_up_to();
        let hint = if bytes.starts_with(&[0xFF, 0xFE]) {
            Some("starts with FF FE: looks like UTF-16LE")
        } else if bytes.starts_with(&[0xFE, 0xFF]) {
            Some("starts with FE FF: looks like UTF-16BE")
        } else if bytes.contains(&0) {
            Some("contains NUL bytes: binary data?")
        } else {
            None
        };
        Failure::InvalidUtf8 {
            at,
            byte: bytes.get(at).copied().unwrap_or(0),
            truncated: e.error_len().is_none(),
            hint,
        }
    }

    fn into_undecodable(self) -> Undecodable {
        match self {
            Failure::InvalidUtf8 {
                at,
                byte,
                truncated,
                hint,
            } => {
                let what = if truncated {
                    "incomplete UTF-8 sequence at the end of the field (cut mid-character?), at byte"
                } else {
                    "invalid UTF-8 at byte"
                };
                let mut reason = format!("{what} {at} (0x{byte:02X}); {LEGACY_NOTE}");
                if let Some(h) = hint {
                    reason.push_str("; ");
                    reason.push_str(h);
                }
                Undecodable {
                    reason,
                    first_bad_byte: Some(at),
                }
            }
            Failure::Nul { at } => Undecodable {
                reason: format!(
                    "NUL character at byte {at}: a text column never holds NUL; \
                     the field is binary data or was corrupted"
                ),
                first_bad_byte: Some(at),
            },
            Failure::Replacement { at } => Undecodable {
                reason: format!(
                    "U+FFFD replacement character at byte {at}: an earlier conversion \
                     already replaced undecodable characters; the original text is lost"
                ),
                first_bad_byte: Some(at),
            },
            Failure::ReplacementAfterRepair { layers } => Undecodable {
                reason: format!(
                    "U+FFFD replacement character after undoing {layers} layer(s) of double \
                     encoding: an earlier conversion already lost the original characters"
                ),
                first_bad_byte: None,
            },
        }
    }
}

/// Decodes one field (one column value).
///
/// Pure and thread-safe; borrows (no allocation) when the field is ASCII or
/// clean UTF-8. Decision, in order:
///
/// 1. ASCII → [`Charset::Ascii`] (NUL → [`Undecodable`]).
/// 2. Invalid UTF-8 → [`Undecodable`] (legacy charsets come later).
/// 3. NUL or U+FFFD → [`Undecodable`]: data was already lost.
/// 4. If every char maps back to a latin1/cp1252 byte, the text holds at
///    least one sequence real mojibake produces (not merely an accented
///    capital before punctuation, as in "CAFÉ…"), and those bytes are valid
///    UTF-8, each such layer (up to [`MAX_LAYERS`]) is a candidate
///    next to the text as is; all are scored with
///    [`crate::syllable::score`] and the best wins — unless the two best are
///    within [`CLOSE_MARGIN`], where the column prior decides, and without a
///    usable prior the text is kept as is.
/// 5. Otherwise the text is clean UTF-8 and returned unchanged.
pub fn decode_field<'a>(bytes: &'a [u8], prior: &ColumnPrior) -> Result<Decoded<'a>, Undecodable> {
    analyze(bytes, prior).map_err(Failure::into_undecodable)
}

/// Same decision as [`decode_field`], reported as a [`Classification`]
/// (no error message is formatted; output strings are only built where the
/// decision itself needs them, i.e. for double-encoded candidates).
pub fn classify(bytes: &[u8], prior: &ColumnPrior) -> Classification {
    match analyze(bytes, prior) {
        Ok(d) => match d.charset {
            Charset::Ascii => Classification::Ascii,
            Charset::Utf8 => Classification::Utf8,
            c => Classification::DoubleEncoded(c),
        },
        Err(_) => Classification::Undecodable,
    }
}

fn analyze<'a>(bytes: &'a [u8], prior: &ColumnPrior) -> Result<Decoded<'a>, Failure> {
    let text = std::str::from_utf8(bytes).map_err(|e| Failure::invalid_utf8(bytes, e))?;
    if bytes.is_ascii() {
        let mut controls = false;
        for (at, &b) in bytes.iter().enumerate() {
            match b {
                0 => return Err(Failure::Nul { at }),
                b'\t' | b'\n' | b'\r' => {}
                0x01..=0x1F | 0x7F => controls = true,
                _ => {}
            }
        }
        return Ok(single(text, Charset::Ascii, controls, false));
    }
    let scan = scan(text)?;
    // A double-encoded reading is only considered with positive evidence: the
    // whole field reverses, and it holds at least one sequence real mojibake
    // produces. Without evidence the field is clean by definition.
    if scan.reversible && scan.evidence {
        if let Some(d) = compete(text, scan.controls, prior)? {
            return Ok(d);
        }
    }
    Ok(single(text, Charset::Utf8, scan.controls, scan.partial))
}

struct Scan {
    /// Every char has a latin1 byte: a double-encoded reading may exist.
    reversible: bool,
    controls: bool,
    /// Contains a sequence that is evidence of double encoding
    /// ([`evidence_len_at`]).
    evidence: bool,
    /// Same, other than the ambiguous "Ã"/"Â" + no-break space, which
    /// legitimate all-caps text produces ("XÃ" + NBSP): used to flag partial
    /// double encoding.
    partial: bool,
}

/// One allocation-free pass over valid UTF-8.
fn scan(text: &str) -> Result<Scan, Failure> {
    let mut s = Scan {
        reversible: true,
        controls: false,
        evidence: false,
        partial: false,
    };
    for (at, c) in text.char_indices() {
        match c {
            '\0' => return Err(Failure::Nul { at }),
            '\u{FFFD}' => return Err(Failure::Replacement { at }),
            '\t' | '\n' | '\r' => {}
            c if c.is_control() => s.controls = true,
            _ => {}
        }
        if c.is_ascii() {
            continue;
        }
        if s.reversible && !is_reversible_char(c) {
            s.reversible = false;
        }
        if !s.partial {
            if let Some(len) = evidence_len_at(&text[at..]) {
                s.evidence = true;
                let nbsp_pair = matches!(c, 'Ã' | 'Â') && text[at..at + len].ends_with('\u{A0}');
                s.partial = !nbsp_pair;
            }
        }
    }
    Ok(s)
}

fn has_controls(text: &str) -> bool {
    text.chars()
        .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
}

/// The only reading: confidence 1 unless damaged.
fn single(text: &str, charset: Charset, controls: bool, partial: bool) -> Decoded<'_> {
    let mut confidence = 1.0;
    if partial {
        confidence = PARTIAL_MOJIBAKE_CONFIDENCE;
    }
    if controls {
        confidence *= CONTROL_PENALTY;
    }
    Decoded {
        text: Cow::Borrowed(text),
        charset,
        confidence,
        runner_up: None,
        decided_by_prior: false,
        guessed_case: false,
    }
}

struct Candidate<'a> {
    text: Cow<'a, str>,
    layers: u8,
    /// One of the five latin1-only bytes was needed in some layer.
    used_c1: bool,
    score: Score,
}

/// What [`choose`] needs to know about a candidate.
#[derive(Clone, Copy, Debug)]
struct Rank {
    value: f32,
    bad: u32,
    layers: u8,
}

#[derive(Debug, PartialEq)]
struct Choice {
    winner: usize,
    other: Option<usize>,
    by_prior: bool,
    decisive: bool,
}

/// Builds the double-encoded candidates; `None` if there is none.
fn compete<'a>(
    text: &'a str,
    controls: bool,
    prior: &ColumnPrior,
) -> Result<Option<Decoded<'a>>, Failure> {
    let Some((first, c1)) = peel(text) else {
        return Ok(None);
    };
    let mut cands: Vec<Candidate<'a>> = Vec::with_capacity(usize::from(MAX_LAYERS) + 1);
    cands.push(Candidate {
        text: Cow::Borrowed(text),
        layers: 0,
        used_c1: false,
        score: score(text),
    });
    let mut next = Some((first, c1));
    let mut used_c1 = false;
    for layers in 1..=MAX_LAYERS {
        let Some((t, c1)) = next.take() else { break };
        // "ï¿½" is a double-encoded U+FFFD: the text was damaged before it
        // was double-encoded; no reading of it is trustworthy.
        if t.contains('\u{FFFD}') {
            return Err(Failure::ReplacementAfterRepair { layers });
        }
        used_c1 |= c1;
        if layers < MAX_LAYERS {
            next = peel(&t);
        }
        let score = score(&t);
        cands.push(Candidate {
            text: Cow::Owned(t),
            layers,
            used_c1,
            score,
        });
    }

    let ranks: Vec<Rank> = cands
        .iter()
        .map(|c| Rank {
            value: c.score.value(),
            bad: c.score.bad(),
            layers: c.layers,
        })
        .collect();
    let choice = choose(&ranks, || prior.majority_family());

    let label = |c: &Candidate<'_>| -> Charset {
        if c.layers == 0 {
            Charset::Utf8
        } else if c.used_c1 || prior.prefers_latin1() {
            Charset::Utf8ViaLatin1 { layers: c.layers }
        } else {
            Charset::Utf8ViaCp1252 { layers: c.layers }
        }
    };

    let (mut confidence, runner_up) = match choice.other {
        Some(o) => {
            let margin = ranks[choice.winner].value - ranks[o].value;
            let mut conf = (0.5 + margin).clamp(0.0, 1.0);
            if choice.decisive {
                conf = conf.max(DECISIVE_CONFIDENCE);
            }
            (conf, Some((label(&cands[o]), 1.0 - conf)))
        }
        None => (1.0, None),
    };
    let winner = cands.swap_remove(choice.winner);
    let charset = label(&winner);
    let controls = if winner.layers == 0 {
        controls
    } else {
        has_controls(&winner.text)
    };
    if controls {
        confidence *= CONTROL_PENALTY;
    }
    Ok(Some(Decoded {
        text: winner.text,
        charset,
        confidence,
        runner_up,
        decided_by_prior: choice.by_prior,
        guessed_case: false,
    }))
}

/// Picks the winner among scored candidates. Ties in score go to fewer
/// layers. A win is *decisive* when the best reading has no bad word and the
/// runner-up has some; otherwise two readings within [`CLOSE_MARGIN`] are
/// settled by the column's majority family, and without one the text is
/// kept as it is (layer 0) — clean UTF-8 is never repaired on a hunch.
fn choose(r: &[Rank], majority: impl FnOnce() -> Option<Family>) -> Choice {
    let better =
        |a: &Rank, b: &Rank| a.value > b.value || (a.value == b.value && a.layers < b.layers);
    let mut best = 0;
    for (i, x) in r.iter().enumerate() {
        if better(x, &r[best]) {
            best = i;
        }
    }
    let mut second: Option<usize> = None;
    for (i, x) in r.iter().enumerate() {
        if i == best {
            continue;
        }
        match second {
            Some(s) if !better(x, &r[s]) => {}
            _ => second = Some(i),
        }
    }
    let Some(second) = second else {
        return Choice {
            winner: best,
            other: None,
            by_prior: false,
            decisive: false,
        };
    };
    let decisive = r[best].bad == 0 && r[second].bad > 0;
    let close = !decisive && r[best].value - r[second].value < CLOSE_MARGIN;
    if close {
        if let Some(fam) = majority() {
            for (w, o) in [(best, second), (second, best)] {
                if Family::of_layers(r[w].layers) == fam {
                    return Choice {
                        winner: w,
                        other: Some(o),
                        by_prior: true,
                        decisive: false,
                    };
                }
            }
        }
        if r[second].layers == 0 {
            return Choice {
                winner: second,
                other: Some(best),
                by_prior: false,
                decisive: false,
            };
        }
    }
    Choice {
        winner: best,
        other: Some(second),
        by_prior: false,
        decisive,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rk(value: f32, bad: u32, layers: u8) -> Rank {
        Rank { value, bad, layers }
    }

    #[test]
    fn clear_win() {
        let c = choose(&[rk(-3.0, 2, 0), rk(1.0, 0, 1)], || None);
        assert_eq!(c.winner, 1);
        assert!(c.decisive);
    }

    #[test]
    fn close_without_prior_keeps_original() {
        let c = choose(&[rk(-1.0, 1, 0), rk(-0.9, 1, 1)], || None);
        assert_eq!(c.winner, 0);
        assert!(!c.by_prior);
    }

    #[test]
    fn close_with_prior() {
        let c = choose(&[rk(-1.0, 1, 0), rk(-0.9, 1, 1)], || {
            Some(Family::Double(1))
        });
        assert_eq!((c.winner, c.by_prior), (1, true));
        let c = choose(&[rk(-1.0, 1, 0), rk(-0.9, 1, 1)], || Some(Family::Utf8));
        assert_eq!((c.winner, c.by_prior), (0, true));
        // A majority that matches neither close candidate does not decide.
        let c = choose(&[rk(-1.0, 1, 0), rk(-0.9, 1, 1)], || {
            Some(Family::Double(2))
        });
        assert_eq!((c.winner, c.by_prior), (0, false));
    }

    #[test]
    fn dilute_but_decisive() {
        // Long field, one broken word: small margin, still decisive.
        let c = choose(&[rk(0.42, 1, 0), rk(0.5, 0, 1)], || Some(Family::Utf8));
        assert_eq!((c.winner, c.by_prior, c.decisive), (1, false, true));
    }

    #[test]
    fn deepest_layer() {
        let c = choose(&[rk(-3.0, 3, 0), rk(-2.0, 2, 1), rk(1.0, 0, 2)], || None);
        assert_eq!((c.winner, c.other), (2, Some(1)));
    }
}
