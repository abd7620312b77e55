//! Per-field decision: generate candidate readings, score them, pick one.

use std::borrow::Cow;

use crate::charset::{Charset, Family};
use crate::entities::{decode_entities_where, has_letter_entities};
use crate::legacy::{decode_legacy, non_canonical_bytes, restore_case, Legacy};
use crate::mojibake::{char_to_latin1, evidence_len_at, is_reversible_char, peel, peel_cp1258};
use crate::prior::ColumnPrior;
use crate::syllable::{score, Score};
use crate::viqr::decode_viqr;

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

/// A reading of bytes that are not UTF-8 must make at least this share of
/// its non-ASCII words valid Vietnamese syllables, and none garbage;
/// otherwise the field fits no charset and is [`Undecodable`] (with the best
/// reading attached for the technician).
pub const MIN_FIT: f32 = 0.5;

/// One field, decoded.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded<'a> {
    /// The text. Borrowed from the input for ASCII and clean UTF-8 (byte for
    /// byte the input: never normalised, never "repaired"); owned otherwise
    /// (legacy readings are NFC).
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
    /// Letter case was guessed: the charset (TCVN3, VPS) cannot write some
    /// toned capitals, and at least one was restored from context (see
    /// [`crate::legacy::restore_case`]).
    pub guessed_case: bool,
    /// HTML numeric or named character references for non-ASCII letters
    /// (`&#7879;`, `&ecirc;`) were decoded before the charset was decided:
    /// the field carried an entity layer. Other references (`&amp;`,
    /// `&lt;`) are left for the text layer.
    pub entities: bool,
}

impl Decoded<'_> {
    /// The whole decision as one name for reports: the charset, prefixed by
    /// `ncr+` when an entity layer was undone (`"ncr"` alone for ASCII text
    /// whose only non-ASCII letters were entities).
    pub fn label(&self) -> String {
        match (self.entities, self.charset) {
            (false, c) => c.name(),
            (true, Charset::Ascii) => "ncr".into(),
            (true, c) => format!("ncr+{c}"),
        }
    }
}

/// The field cannot be turned into trustworthy text.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("{reason}")]
pub struct Undecodable {
    /// What is wrong, for a technician.
    pub reason: String,
    /// Byte offset of the first offending byte in the field, when it is one.
    pub first_bad_byte: Option<usize>,
    /// The best reading found, when there was one, with its (low)
    /// confidence: what the field most likely says, for the quarantine
    /// report. Never to be loaded as if it were right.
    pub best: Option<(Charset, String, f32)>,
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
    /// Another encoding: a legacy charset, VIQR, UTF-16.
    Other(Charset),
    /// [`decode_field`] would return [`Undecodable`].
    Undecodable,
}

/// Why a field failed; turned into an [`Undecodable`] only when asked, so
/// [`classify`] formats nothing.
#[derive(Debug)]
enum Failure {
    Nul {
        at: usize,
    },
    Replacement {
        at: usize,
    },
    ReplacementAfterRepair {
        layers: u8,
    },
    /// Not UTF-8, and no legacy charset gives Vietnamese.
    NoFit {
        at: usize,
        byte: u8,
        truncated: bool,
        best: Option<(Charset, String, f32)>,
    },
    BadUtf16 {
        at: usize,
    },
    /// Valid UTF-16 after a byte-order mark, but not text.
    NoFitUtf16 {
        best: (Charset, String, f32),
    },
}

impl Failure {
    fn into_undecodable(self) -> Undecodable {
        match self {
            Failure::NoFit {
                at,
                byte,
                truncated,
                best,
            } => {
                let what = if truncated {
                    "incomplete UTF-8 sequence at the end of the field (cut mid-character?) at byte"
                } else {
                    "invalid UTF-8 at byte"
                };
                let mut reason = format!("{what} {at} (0x{byte:02X}), and ");
                match &best {
                    Some((cs, _, conf)) => reason.push_str(&format!(
                        "no Vietnamese charset (TCVN3, VNI, VISCII, VPS, Windows-1258) gives \
                         Vietnamese text: the best reading, {cs}, is {:.0}% sure",
                        conf * 100.0
                    )),
                    None => reason.push_str(
                        "no Vietnamese charset (TCVN3, VNI, VISCII, VPS, Windows-1258) \
                         defines these bytes",
                    ),
                }
                Undecodable {
                    reason,
                    first_bad_byte: Some(at),
                    best,
                }
            }
            Failure::Nul { at } => Undecodable {
                reason: format!(
                    "NUL character at byte {at}: a text column never holds NUL; \
                     the field is binary data or was corrupted"
                ),
                first_bad_byte: Some(at),
                best: None,
            },
            Failure::Replacement { at } => Undecodable {
                reason: format!(
                    "U+FFFD replacement character at byte {at}: an earlier conversion \
                     already replaced undecodable characters; the original text is lost"
                ),
                first_bad_byte: Some(at),
                best: None,
            },
            Failure::ReplacementAfterRepair { layers } => Undecodable {
                reason: format!(
                    "U+FFFD replacement character after undoing {layers} layer(s) of double \
                     encoding: an earlier conversion already lost the original characters"
                ),
                first_bad_byte: None,
                best: None,
            },
            Failure::NoFitUtf16 { best } => Undecodable {
                reason: format!(
                    "starts with a UTF-16 byte-order mark ({}), but the UTF-16 reading is \
                     not Vietnamese text: binary data?",
                    best.0
                ),
                first_bad_byte: Some(0),
                best: Some(best),
            },
            Failure::BadUtf16 { at } => Undecodable {
                reason: format!(
                    "starts with a UTF-16 byte-order mark but is not valid UTF-16 \
                     (odd length or unpaired surrogate at byte {at})"
                ),
                first_bad_byte: Some(at),
                best: None,
            },
        }
    }
}

/// Decodes one field (one column value).
///
/// Pure and thread-safe; borrows (no allocation) when the field is ASCII or
/// clean UTF-8. Decision, in order:
///
/// 1. A UTF-16 byte-order mark → UTF-16.
/// 2. NUL or U+FFFD → [`Undecodable`]: data was already lost.
/// 3. Entity references for non-ASCII letters are decoded first (and
///    [`Decoded::entities`] says so); the rest is decided on the result.
/// 4. ASCII: kept, unless it is strict VIQR ("Vie^.t Nam": modifier marks
///    inside words, every changed word a Vietnamese syllable).
/// 5. Valid UTF-8 whose non-ASCII words are all Vietnamese syllables and
///    which holds no double-encoding sequence: **clean, returned as is.**
/// 6. Other valid UTF-8: candidates are the text as is, each undone layer
///    of double encoding (when a mojibake sequence is present), UTF-8 read as
///    Windows-1258, and the legacy charsets read through latin1 ("Ch­¬ng"
///    is TCVN3); all are scored ([`crate::syllable::score`]) and the best
///    wins — unless the two best are within [`CLOSE_MARGIN`], where the
///    column prior decides, and without a usable prior the text is kept as
///    is. A changed reading must make every non-ASCII word Vietnamese.
/// 7. Not UTF-8: each legacy charset's reading is scored; the best wins
///    (close calls: column prior, then the charset more common on old
///    portals: TCVN3, VNI, Windows-1258, VISCII, VPS). If even the best
///    has garbage or fewer than [`MIN_FIT`] Vietnamese words, the field is
///    [`Undecodable`] and carries that best reading.
///
/// TCVN3 and VPS readings get their lost capitals back where context shows
/// them ([`Decoded::guessed_case`]).
pub fn decode_field<'a>(bytes: &'a [u8], prior: &ColumnPrior) -> Result<Decoded<'a>, Undecodable> {
    analyze(bytes, prior).map_err(Failure::into_undecodable)
}

/// Same decision as [`decode_field`], reported as a [`Classification`]
/// (no error message is formatted).
pub fn classify(bytes: &[u8], prior: &ColumnPrior) -> Classification {
    match analyze(bytes, prior) {
        Ok(d) => match d.charset {
            Charset::Ascii => Classification::Ascii,
            Charset::Utf8 => Classification::Utf8,
            c if c.is_double_encoded() => Classification::DoubleEncoded(c),
            c => Classification::Other(c),
        },
        Err(_) => Classification::Undecodable,
    }
}

fn analyze<'a>(bytes: &'a [u8], prior: &ColumnPrior) -> Result<Decoded<'a>, Failure> {
    if let Some(d) = utf16(bytes)? {
        return Ok(d);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => {
            if has_letter_entities(bytes) {
                // Letters written as references are the evidence; once
                // there, every non-ASCII reference belongs to the layer
                // ("&#225;&#187;&#135;" is "á»‡", mojibake of "ệ"). ASCII
                // ones (&amp; &lt;) stay for the HTML/text layer.
                let plain = decode_entities_where(text, |c| !c.is_ascii());
                if let Cow::Owned(plain) = plain {
                    let mut d = analyze_text(&plain, prior)?;
                    // "Vi&#7879;t" is ASCII on disk: report it as such.
                    if bytes.is_ascii() && d.charset == Charset::Utf8 {
                        d.charset = Charset::Ascii;
                    }
                    return Ok(Decoded {
                        text: Cow::Owned(d.text.into_owned()),
                        entities: true,
                        ..d
                    });
                }
            }
            analyze_text(text, prior)
        }
        Err(e) => not_utf8(bytes, e, prior),
    }
}

/// UTF-16 announced by a byte-order mark.
fn utf16(bytes: &[u8]) -> Result<Option<Decoded<'static>>, Failure> {
    let (charset, from): (Charset, fn([u8; 2]) -> u16) = match bytes {
        [0xFF, 0xFE, ..] => (Charset::Utf16Le, u16::from_le_bytes),
        [0xFE, 0xFF, ..] => (Charset::Utf16Be, u16::from_be_bytes),
        _ => return Ok(None),
    };
    let body = &bytes[2..];
    if body.len() % 2 == 1 {
        return Err(Failure::BadUtf16 {
            at: bytes.len() - 1,
        });
    }
    let units = body.chunks_exact(2).map(|p| from([p[0], p[1]]));
    let mut text = String::with_capacity(body.len());
    for (i, r) in char::decode_utf16(units).enumerate() {
        match r {
            Ok('\0') => return Err(Failure::Nul { at: 2 + 2 * i }),
            Ok(c) => text.push(c),
            Err(_) => return Err(Failure::BadUtf16 { at: 2 + 2 * i }),
        }
    }
    let d = Decoded {
        text: Cow::Owned(text),
        charset,
        confidence: 1.0,
        runner_up: None,
        decided_by_prior: false,
        guessed_case: false,
        entities: false,
    };
    // A byte-order mark is two bytes any binary blob may start with.
    fits(d)
        .map(Some)
        .map_err(|best| Failure::NoFitUtf16 { best })
}

/// Valid UTF-8 text (steps 4-6 of [`decode_field`]).
fn analyze_text<'a>(text: &'a str, prior: &ColumnPrior) -> Result<Decoded<'a>, Failure> {
    if text.is_ascii() {
        let mut controls = false;
        for (at, &b) in text.as_bytes().iter().enumerate() {
            match b {
                0 => return Err(Failure::Nul { at }),
                b'\t' | b'\n' | b'\r' => {}
                0x01..=0x1F | 0x7F => controls = true,
                _ => {}
            }
        }
        if let Some(d) = viqr(text, controls, prior) {
            return Ok(d);
        }
        if controls {
            // VISCII keeps six capitals (Ẳ Ẵ Ẫ Ỷ Ỹ Ỵ) in C0 positions.
            let as_is = Candidate::new(Cow::Borrowed(text), Charset::Ascii, score(text));
            let mut cands = vec![as_is];
            legacy_candidate(text.as_bytes(), Legacy::Viscii, 0, &mut cands, true);
            if cands.len() > 1 {
                return Ok(decide(cands, prior, true, controls));
            }
        }
        return Ok(single(text, Charset::Ascii, controls, false));
    }
    let scan = scan(text)?;
    let as_is = score(text);
    let clean = as_is.other == 0 && as_is.bad() == 0;
    if clean && !scan.evidence {
        return Ok(single(text, Charset::Utf8, scan.controls, false));
    }

    let mut cands = vec![Candidate::new(Cow::Borrowed(text), Charset::Utf8, as_is)];
    // A double-encoded reading is only considered with positive evidence: the
    // whole field reverses, and it holds at least one sequence real mojibake
    // produces.
    if scan.reversible && scan.evidence {
        double_encoded(text, prior, &mut cands)?;
    }
    if !clean {
        if let Some(t) = peel_cp1258(text) {
            push_strict(&mut cands, Cow::Owned(t), Charset::Utf8ViaCp1258);
        }
        // Bytes that are valid UTF-8 are explained by double encoding
        // (above): legacy text almost never forms valid UTF-8 sequences,
        // since its letter bytes (>= 0xC0 mostly) are followed by ASCII.
        // When it does, the UTF-8 reading shows letters of scripts no
        // Vietnamese portal writes ("nÜ§c" is VPS "nước"; as UTF-8, DC A7
        // is a Syriac letter).
        let exotic_double = cands[1..].iter().any(|c| has_exotic(&c.text));
        // A lone symbol is evidence only in a column that is legacy text
        // through latin1 already ("®" there is TCVN3 "đ"... or VPS "Ợ").
        let legacy_column = matches!(prior.majority(), Some(Charset::Legacy { layers: 1, .. }))
            && !text.trim().contains(char::is_whitespace);
        if scan.reversible && (legacy_evidence(text) || legacy_column) {
            // Legacy bytes read as latin1 and stored as UTF-8.
            let raw: Option<Vec<u8>> = text.chars().map(char_to_latin1).collect();
            if let Some(raw) = raw.filter(|r| exotic_double || std::str::from_utf8(r).is_err()) {
                for cs in Legacy::ALL {
                    legacy_candidate(&raw, cs, 1, &mut cands, true);
                }
            }
        }
        // Raw legacy bytes that are valid UTF-8 by chance (short VISCII
        // words: "n߾c" is "nước"): same sign, and only when nothing
        // Vietnamese would be lost.
        if as_is.vietnamese == 0 && has_exotic(text) {
            for cs in Legacy::ALL {
                legacy_candidate(text.as_bytes(), cs, 0, &mut cands, true);
            }
        }
    }
    if cands.len() == 1 {
        return Ok(single(text, Charset::Utf8, scan.controls, scan.partial));
    }
    Ok(decide(cands, prior, true, scan.controls))
}

/// Letters of Latin Extended-B (but Ơ ơ Ư ư) and of the scripts between
/// IPA and Mongolian (U+0180–U+1DFF, except the combining diacritics): what
/// two-byte UTF-8 sequences formed by chance from legacy bytes decode to
/// (VPS "đ" is 0xC7, so "đớp" is "ǧp"), and what no Vietnamese portal
/// writes.
fn has_exotic(text: &str) -> bool {
    text.chars().any(|c| {
        ('\u{180}'..='\u{1DFF}').contains(&c)
            && !('\u{300}'..='\u{36F}').contains(&c)
            && !matches!(c, 'Ơ' | 'ơ' | 'Ư' | 'ư')
    })
}

/// Evidence that valid UTF-8 may be legacy bytes read as latin1: a word
/// that is no Vietnamese syllable (in a regular letter case) where letters
/// and other characters are glued together: ASCII letters with non-ASCII
/// ones ("Ch­¬ng", "tr×nh", "lÔ"), or at least two non-ASCII characters
/// ("®ç"). Standalone symbols ("©", "½", "–") and lone accented letters
/// ("â") are not evidence: legacy charsets put letters on those bytes, and
/// reading them so would turn legitimate symbols into letters.
fn legacy_evidence(text: &str) -> bool {
    text.split(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
        .any(|w| {
            !w.is_ascii()
                && (w.bytes().any(|b| b.is_ascii_alphabetic()) || w.chars().nth(1).is_some())
                && !(crate::syllable::is_vietnamese_syllable(w) && crate::syllable::regular_case(w))
        })
}

/// Not UTF-8: the legacy charsets' readings compete (step 7).
fn not_utf8<'a>(
    bytes: &'a [u8],
    e: std::str::Utf8Error,
    prior: &ColumnPrior,
) -> Result<Decoded<'a>, Failure> {
    let at = e.valid_up_to();
    if let Some(nul) = bytes.iter().position(|&b| b == 0) {
        return Err(Failure::Nul { at: nul });
    }
    if let Some(d) = column_reading(bytes, prior) {
        return Ok(d);
    }
    let mut cands = Vec::with_capacity(Legacy::ALL.len());
    for cs in Legacy::ALL {
        legacy_candidate(bytes, cs, 0, &mut cands, false);
    }
    let no_fit = |best| Failure::NoFit {
        at,
        byte: bytes[at],
        truncated: e.error_len().is_none(),
        best,
    };
    if cands.is_empty() {
        return Err(no_fit(None));
    }
    let d = decide(cands, prior, false, false);
    fits(d).map_err(|best| no_fit(Some(best)))
}

/// A reading of bytes that are not UTF-8 must look like text: no garbage
/// word, no control character, and at least [`MIN_FIT`] of its non-ASCII
/// words Vietnamese. Otherwise returns it as the best (low-confidence)
/// guess for the quarantine report.
fn fits(d: Decoded<'_>) -> Result<Decoded<'_>, (Charset, String, f32)> {
    let s = score(&d.text);
    let non_ascii = s.vietnamese + s.other + s.bad();
    let fit = if non_ascii == 0 {
        1.0
    } else {
        s.vietnamese as f32 / non_ascii as f32
    };
    if s.garbage > 0 || fit < MIN_FIT || has_controls(&d.text) {
        let conf = d.confidence.min(fit * 0.5);
        return Err((d.charset, d.text.into_owned(), conf));
    }
    Ok(d)
}

/// The column's majority charset, when its reading of `bytes` is flawless
/// Vietnamese: every non-ASCII word a syllable, no byte the charset would
/// never write, no control character. No other reading could then win:
/// the best any reading can score is within [`CLOSE_MARGIN`] of this one,
/// where the column decides anyway, so the competition is skipped (most
/// fields of a legacy column take this path).
fn column_reading<'a>(bytes: &[u8], prior: &ColumnPrior) -> Option<Decoded<'a>> {
    let Some(Charset::Legacy {
        charset: cs,
        layers: 0,
    }) = prior.majority()
    else {
        return None;
    };
    let mut cands = Vec::with_capacity(1);
    legacy_candidate(bytes, cs, 0, &mut cands, false);
    let c = cands.pop()?;
    let flawless = c.score.vietnamese > 0
        && c.score.other == 0
        && c.score.bad() == 0
        && c.penalty == 0.0
        && !has_controls(&c.text);
    flawless.then_some(Decoded {
        text: c.text,
        charset: c.charset,
        confidence: DECISIVE_CONFIDENCE,
        runner_up: None,
        decided_by_prior: false,
        guessed_case: c.guessed_case,
        entities: false,
    })
}

/// Adds the reading of `bytes` in `cs` (with lost capitals restored) when
/// `cs` defines every byte. `strict`: only a fully Vietnamese reading is
/// admitted (readings that would change valid UTF-8).
fn legacy_candidate<'a>(
    bytes: &[u8],
    cs: Legacy,
    layers: u8,
    cands: &mut Vec<Candidate<'a>>,
    strict: bool,
) {
    let Some(mut t) = decode_legacy(bytes, cs) else {
        return;
    };
    let mut guessed = false;
    if let Some(r) = restore_case(&t, cs) {
        t = r;
        guessed = true;
    }
    let charset = Charset::Legacy {
        charset: cs,
        layers,
    };
    let before = cands.len();
    if strict {
        push_strict(cands, Cow::Owned(t), charset);
    } else {
        let s = score(&t);
        cands.push(Candidate::new(Cow::Owned(t), charset, s));
    }
    if cands.len() > before {
        let c = cands.last_mut().expect("just pushed");
        c.guessed_case = guessed;
        // Each byte the charset would never write costs as much as a word
        // that is no syllable.
        let odd = non_canonical_bytes(bytes, cs);
        c.penalty = odd as f32 / c.score.words.max(1) as f32;
    }
}

/// Adds a reading that would change valid UTF-8 only if it is Vietnamese
/// text: no bad word, no control, and at least four in five of its
/// non-ASCII words Vietnamese syllables (the fifth may be an abbreviation
/// such as "QĐ"). Clean UTF-8 with a foreign word ("Café") is never
/// "repaired" into something else on a partial match.
fn push_strict<'a>(cands: &mut Vec<Candidate<'a>>, text: Cow<'a, str>, charset: Charset) {
    let s = score(&text);
    if s.vietnamese > 0 && s.other * 4 <= s.vietnamese && s.bad() == 0 && !has_controls(&text) {
        cands.push(Candidate::new(text, charset, s));
    }
}

/// ASCII text that reads as strict VIQR.
fn viqr<'a>(text: &'a str, controls: bool, prior: &ColumnPrior) -> Option<Decoded<'a>> {
    if !looks_like_viqr(text.as_bytes()) {
        return None;
    }
    let r = decode_viqr(text);
    // One strong mark ("ddi", "dde") is also plain ASCII often enough: it
    // takes a second one, or a column that is VIQR already.
    let column_viqr = prior.majority() == Some(Charset::Viqr);
    if r.strong == 0 || (r.strong < 2 && !column_viqr) || r.text == text {
        return None;
    }
    let s = score(&r.text);
    // Every changed word must be a syllable; a stray "so?" may ride along,
    // but English with punctuation must not turn Vietnamese.
    if s.other > 0 || s.bad() > 0 || s.vietnamese == 0 {
        return None;
    }
    let as_is = Candidate::new(Cow::Borrowed(text), Charset::Ascii, score(text));
    let read = Candidate::new(Cow::Owned(r.text), Charset::Viqr, s);
    let mut d = decide(vec![as_is, read], prior, true, controls);
    if d.charset == Charset::Viqr && r.strong < 2 && r.weak > r.strong {
        // One strong mark among many punctuation-like ones: still VIQR, but
        // say it is a guess.
        d.confidence = d.confidence.min(0.6);
    }
    Some(d)
}

/// Cheap pre-check on ASCII bytes: a modifier (`^ ( +`) right after a vowel
/// it applies to, a tone mark between two letters, or `dd` starting a word
/// before a vowel. Ordinary English hardly has any of these.
fn looks_like_viqr(b: &[u8]) -> bool {
    let vowel = |c: u8| b"aeiouyAEIOUY".contains(&c);
    b.windows(2).enumerate().any(|(i, w)| {
        let (x, y) = (w[0], w[1]);
        let modifier = match y {
            b'^' => b"aeoAEO".contains(&x),
            b'(' => x == b'a' || x == b'A',
            b'+' => b"ouOU".contains(&x),
            _ => false,
        };
        let tone_inside = vowel(x)
            && b"'`?~.".contains(&y)
            && b.get(i + 2).is_some_and(|c| c.is_ascii_alphabetic());
        let dd = (w == b"dd" || w == b"DD" || w == b"Dd")
            && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
            && b.get(i + 2).is_some_and(|&c| vowel(c));
        modifier || tone_inside || dd
    })
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
        entities: false,
    }
}

struct Candidate<'a> {
    text: Cow<'a, str>,
    charset: Charset,
    score: Score,
    /// Subtracted from the score's value (see [`legacy_candidate`]).
    penalty: f32,
    guessed_case: bool,
}

impl<'a> Candidate<'a> {
    fn new(text: Cow<'a, str>, charset: Charset, score: Score) -> Candidate<'a> {
        Candidate {
            text,
            charset,
            score,
            penalty: 0.0,
            guessed_case: false,
        }
    }
}

/// Pushes each undone layer of double encoding (up to [`MAX_LAYERS`]).
fn double_encoded<'a>(
    text: &str,
    prior: &ColumnPrior,
    cands: &mut Vec<Candidate<'a>>,
) -> Result<(), Failure> {
    let mut next = peel(text);
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
        // Labelled latin1 when a latin1-only byte was needed, or when the
        // column says so; cp1252 is otherwise the smallest explanation.
        let charset = if used_c1 || prior.prefers_latin1() {
            Charset::Utf8ViaLatin1 { layers }
        } else {
            Charset::Utf8ViaCp1252 { layers }
        };
        let s = score(&t);
        cands.push(Candidate::new(Cow::Owned(t), charset, s));
    }
    Ok(())
}

/// What [`choose`] needs to know about a candidate.
#[derive(Clone, Copy, Debug)]
struct Rank {
    value: f32,
    bad: u32,
    family: Family,
    /// Preference when scores tie: lower wins (the text as is, fewer
    /// layers, the charsets more common on old portals).
    order: u8,
}

fn order(c: Charset) -> u8 {
    match c {
        Charset::Ascii | Charset::Utf8 => 0,
        Charset::Utf8ViaCp1252 { layers } | Charset::Utf8ViaLatin1 { layers } => layers,
        Charset::Utf8ViaCp1258 => 4,
        Charset::Legacy { charset, layers } => {
            let popularity = match charset {
                Legacy::Tcvn3 => 0,
                Legacy::Vni => 1,
                Legacy::Cp1258 => 2,
                Legacy::Viscii => 3,
                _ => 4,
            };
            10 + 10 * layers + popularity
        }
        _ => 40,
    }
}

#[derive(Debug, PartialEq)]
struct Choice {
    winner: usize,
    other: Option<usize>,
    by_prior: bool,
    decisive: bool,
}

/// Chooses among scored candidates and builds the result.
/// `first_is_as_is`: candidate 0 is the bytes as they are, which wins close
/// calls that the prior does not settle.
fn decide<'a>(
    mut cands: Vec<Candidate<'a>>,
    prior: &ColumnPrior,
    first_is_as_is: bool,
    controls_as_is: bool,
) -> Decoded<'a> {
    let majority = prior.majority_family();
    let rank = |c: &Candidate<'_>| Rank {
        value: c.score.value_non_ascii() - c.penalty,
        bad: c.score.bad(),
        family: Family::of(c.charset),
        order: order(c.charset),
    };
    // Two readings that give the same text are one answer, not a doubt:
    // keep the better explanation of the bytes (no penalty), then the
    // column's, then the more common one.
    let key = |c: &Candidate<'_>| {
        let r = rank(c);
        (-r.value, Some(r.family) != majority, r.order)
    };
    let mut i = 0;
    while i < cands.len() {
        let dup = (0..cands.len()).find(|&j| {
            j != i && cands[j].text == cands[i].text && (key(&cands[j]), j) < (key(&cands[i]), i)
        });
        match dup {
            // The as-is reading stays first (index 0) when it is kept.
            Some(_) => {
                cands.remove(i);
            }
            None => i += 1,
        }
    }
    let first_is_as_is = first_is_as_is
        && cands
            .first()
            .is_some_and(|c| matches!(c.charset, Charset::Utf8 | Charset::Ascii));
    let ranks: Vec<Rank> = cands.iter().map(rank).collect();
    let choice = choose(&ranks, first_is_as_is, || majority);
    let (mut confidence, runner_up) = match choice.other {
        Some(o) => {
            let margin = ranks[choice.winner].value - ranks[o].value;
            let mut conf = (0.5 + margin).clamp(0.0, 1.0);
            if choice.decisive {
                conf = conf.max(DECISIVE_CONFIDENCE);
            }
            (conf, Some((cands[o].charset, 1.0 - conf)))
        }
        None => (1.0, None),
    };
    let winner = cands.swap_remove(choice.winner);
    let controls = if first_is_as_is && choice.winner == 0 {
        controls_as_is
    } else {
        has_controls(&winner.text)
    };
    if controls {
        confidence *= CONTROL_PENALTY;
    }
    Decoded {
        text: winner.text,
        charset: winner.charset,
        confidence,
        runner_up,
        decided_by_prior: choice.by_prior,
        guessed_case: winner.guessed_case,
        entities: false,
    }
}

/// Picks the winner among scored candidates. Ties in score go to the lower
/// `order`. A win is *decisive* when the best reading has no bad word and
/// the runner-up has some; otherwise two readings within [`CLOSE_MARGIN`]
/// are settled by the column's majority family, and without one the text is
/// kept as it is (when `as_is`, candidate 0) — clean UTF-8 is never repaired
/// on a hunch — or the more common reading wins.
fn choose(r: &[Rank], as_is: bool, majority: impl FnOnce() -> Option<Family>) -> Choice {
    let better =
        |a: &Rank, b: &Rank| a.value > b.value || (a.value == b.value && a.order < b.order);
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
            // Any reading within the margin of the best may be the column's.
            let pick = (0..r.len())
                .filter(|&i| r[i].family == fam && r[best].value - r[i].value < CLOSE_MARGIN)
                .min_by_key(|&i| (i != best, r[i].order));
            if let Some(w) = pick {
                return Choice {
                    winner: w,
                    other: Some(if w == best { second } else { best }),
                    by_prior: true,
                    decisive: false,
                };
            }
        }
        if as_is && second == 0 {
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
        Rank {
            value,
            bad,
            family: if layers == 0 {
                Family::Utf8
            } else {
                Family::Double(layers)
            },
            order: layers,
        }
    }

    #[test]
    fn clear_win() {
        let c = choose(&[rk(-3.0, 2, 0), rk(1.0, 0, 1)], true, || None);
        assert_eq!(c.winner, 1);
        assert!(c.decisive);
    }

    #[test]
    fn close_without_prior_keeps_original() {
        let c = choose(&[rk(-1.0, 1, 0), rk(-0.9, 1, 1)], true, || None);
        assert_eq!(c.winner, 0);
        assert!(!c.by_prior);
        // Without an as-is reading the better score wins.
        let c = choose(&[rk(-1.0, 1, 0), rk(-0.9, 1, 1)], false, || None);
        assert_eq!(c.winner, 1);
    }

    #[test]
    fn close_with_prior() {
        let c = choose(&[rk(-1.0, 1, 0), rk(-0.9, 1, 1)], true, || {
            Some(Family::Double(1))
        });
        assert_eq!((c.winner, c.by_prior), (1, true));
        let c = choose(&[rk(-1.0, 1, 0), rk(-0.9, 1, 1)], true, || {
            Some(Family::Utf8)
        });
        assert_eq!((c.winner, c.by_prior), (0, true));
        // A majority that matches neither close candidate does not decide.
        let c = choose(&[rk(-1.0, 1, 0), rk(-0.9, 1, 1)], true, || {
            Some(Family::Double(2))
        });
        assert_eq!((c.winner, c.by_prior), (0, false));
    }

    #[test]
    fn dilute_but_decisive() {
        // Long field, one broken word: small margin, still decisive.
        let c = choose(&[rk(0.42, 1, 0), rk(0.5, 0, 1)], true, || {
            Some(Family::Utf8)
        });
        assert_eq!((c.winner, c.by_prior, c.decisive), (1, false, true));
    }

    #[test]
    fn deepest_layer() {
        let c = choose(
            &[rk(-3.0, 3, 0), rk(-2.0, 2, 1), rk(1.0, 0, 2)],
            true,
            || None,
        );
        assert_eq!((c.winner, c.other), (2, Some(1)));
    }

    #[test]
    fn viqr_precheck() {
        assert!(looks_like_viqr(b"Vie^.t Nam"));
        assert!(looks_like_viqr(b"DDa(k La(k"));
        assert!(looks_like_viqr(b"ddi"));
        assert!(!looks_like_viqr(b"Is it so? Yes."));
        assert!(!looks_like_viqr(b"address odd"));
    }
}
