//! VIQR ("VIetnamese Quoted-Readable", RFC 1456): Vietnamese written in
//! 7-bit ASCII, as on Usenet and in e-mail of the 1990s.
//!
//! A letter is its ASCII base followed by at most one *modifier* and then at
//! most one *tone* (never the other way round):
//!
//! | mark | meaning | example |
//! |---|---|---|
//! | `(` | breve | `a(` ă |
//! | `^` | circumflex | `a^` â, `e^` ê, `o^` ô |
//! | `+` | horn | `o+` ơ, `u+` ư |
//! | `'` `` ` `` `?` `~` `.` | sắc, huyền, hỏi, ngã, nặng | `a'` á, `e^.` ệ |
//! | `dd` `DD` | đ Đ (`Dd`, `dD` are read as Đ too) | `ddi` đi |
//! | `\` | the next mark is literal | `to^i\.` "tôi." |
//!
//! [`encode_viqr`] writes exactly vnconv's (UniKey's) convention: modifier
//! before tone, `dd`/`DD`, uppercase letters with the same marks. `d-` is
//! *not* read as đ: RFC 1456 does not define it and "d-" is common in
//! ordinary text.
//!
//! # Reading is conservative
//!
//! RFC 1456 reads any mark that can combine with the letter before it.
//! Applied blindly to ASCII that is not VIQR, that turns "so?" into "sỏ" and
//! "e.g." into "ẹg.", so [`decode_viqr`] works word by word (a word is a run
//! of letters and digits together with the marks that follow its vowels) and
//! only converts a word when the result is believable Vietnamese:
//!
//! * a word of several letters is converted only if the result is one
//!   Vietnamese syllable ([`is_vietnamese_syllable`]) in a regular letter
//!   case (lower, Capitalised, ALL CAPS). "Vie^.t" → "Việt", but "e.g",
//!   "U.S", "you're", "idea(s)" and "a^2" stay as written. When the word
//!   only fails because its last letter took a mark that is really
//!   punctuation ("to^i?" would be "tôỉ", "No^.i." would carry two tones),
//!   that last mark is left as punctuation ("tôi?", "Nội.");
//! * a lone vowel with marks is converted (RFC rule: "a." → "ạ"), so every
//!   letter survives a round trip on its own;
//! * `dd` is đ only where đ can be: starting a word that is a syllable
//!   ("ddi"), alone ("100.000 dd" → "100.000 đ"), or inside an all-caps
//!   abbreviation without vowels ("QDD-UBND" → "QĐ-UBND", "HDDND"). "add",
//!   "address", "odd", "DDoS" stay as they are;
//! * whitespace-separated tokens containing `://`, `@` or `www.` (URLs and
//!   e-mail addresses) are never touched;
//! * `\` is an escape only right after a vowel (before a mark or another
//!   `\`) or right after a `d` (before `d`, `D` or `\`), where VIQR needs
//!   it; elsewhere a backslash is an ordinary character.
//!
//! [`ViqrReading`] counts the conversions as `strong` evidence (a modifier,
//! a `dd` starting a word, a tone mark followed by more of the word) or
//! `weak` evidence (a tone mark ending a word on a plain vowel, which may
//! just be punctuation — "so?", "the.", "do'" — and the `dd` of an
//! abbreviation or a lone `dd`). Deciding whether a field *is* VIQR is left
//! to the caller.
//!
//! # Round trip
//!
//! [`encode_viqr`] escapes every literal mark that would otherwise join the
//! vowel before it, every `d` that would form `dd`, and backslashes where
//! they could be read as escapes, so `decode_viqr(&encode_viqr(s)).text ==
//! nfc(s)` for all ASCII text and for Vietnamese text whose words are
//! syllables (or lone letters) separated from other words by spaces or
//! punctuation. What VIQR cannot express is, of course, not restored: a word
//! that is not a syllable ("ađ", "fạ"), or a word ending in a tone on a
//! letter where no tone can be ("tôỉ", indistinguishable from "tôi?").
//! URL-like tokens are copied unchanged, non-ASCII and all.
//!
//! ```
//! use vnenc::viqr::{decode_viqr, encode_viqr};
//!
//! let r = decode_viqr("DDa` Na(~ng, Vie^.t Nam");
//! assert_eq!(r.text, "Đà Nẵng, Việt Nam");
//! assert_eq!((r.strong, r.weak, r.words_changed), (5, 1, 3));
//! assert_eq!(decode_viqr("Anh ddi dda^u\\?").text, "Anh đi đâu?");
//! assert_eq!(encode_viqr("Đà Nẵng, Việt Nam."), "DDa` Na(~ng, Vie^.t Nam.");
//! assert_eq!(encode_viqr("Đi đâu?"), "DDi dda^u\\?");
//! assert_eq!(decode_viqr("Really? See e.g. http://a.b/c?d=1").text, "Really? See e.g. http://a.b/c?d=1");
//! ```

use std::borrow::Cow;

use unicode_normalization::char::{compose, decompose_canonical};
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use crate::syllable::{is_vietnamese_syllable, regular_case};

/// Result of reading ASCII text as VIQR.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ViqrReading {
    /// The text with every accepted VIQR sequence replaced by its letter and
    /// escapes removed; everything else as in the input. NFC.
    pub text: String,
    /// Conversions that are unambiguous VIQR evidence: a modifier (`( ^ +`)
    /// after a vowel it applies to, `dd`/`DD` starting a word before a
    /// vowel, a tone mark followed by more of the word (`Vie^.t`) or right
    /// after a modifier (`mo^~`).
    pub strong: u32,
    /// Conversions that could be ordinary punctuation or ordinary letters: a
    /// tone mark ending a word after a plain vowel ("so?", "the.", "do'"),
    /// the two English look-alikes "I'm" and "a.m."-style dotted
    /// abbreviations, and `dd`/`DD` in a word without vowels ("QDD", a lone
    /// "dd").
    pub weak: u32,
    /// Words in which at least one conversion was made.
    pub words_changed: u32,
}

const BREVE: u8 = b'(';
const CIRCUMFLEX: u8 = b'^';
const HORN: u8 = b'+';
const ESCAPE: u8 = b'\\';

fn is_tone(b: u8) -> bool {
    matches!(b, b'\'' | b'`' | b'?' | b'~' | b'.')
}

fn is_mark(b: u8) -> bool {
    matches!(b, BREVE | CIRCUMFLEX | HORN) || is_tone(b)
}

fn is_vowel(b: u8) -> bool {
    matches!(
        b.to_ascii_lowercase(),
        b'a' | b'e' | b'i' | b'o' | b'u' | b'y'
    )
}

fn is_d(b: u8) -> bool {
    b == b'd' || b == b'D'
}

/// Whether modifier `m` makes a Vietnamese letter of vowel `base`.
fn modifier_applies(base: u8, m: u8) -> bool {
    matches!(
        (base.to_ascii_lowercase(), m),
        (b'a', BREVE) | (b'a' | b'e' | b'o', CIRCUMFLEX) | (b'o' | b'u', HORN)
    )
}

/// The combining character a VIQR mark stands for.
fn combining(mark: u8) -> Option<char> {
    Some(match mark {
        BREVE => '\u{306}',
        CIRCUMFLEX => '\u{302}',
        HORN => '\u{31B}',
        b'\'' => '\u{301}',
        b'`' => '\u{300}',
        b'?' => '\u{309}',
        b'~' => '\u{303}',
        b'.' => '\u{323}',
        _ => return None,
    })
}

/// The VIQR mark of a combining character.
fn mark_of(c: char) -> Option<u8> {
    Some(match c {
        '\u{306}' => BREVE,
        '\u{302}' => CIRCUMFLEX,
        '\u{31B}' => HORN,
        '\u{301}' => b'\'',
        '\u{300}' => b'`',
        '\u{309}' => b'?',
        '\u{303}' => b'~',
        '\u{323}' => b'.',
        _ => return None,
    })
}

/// The precomposed letter for a base vowel and its marks.
fn letter(base: u8, modifier: Option<u8>, tone: Option<u8>) -> Option<char> {
    let compose_all = |marks: [Option<u8>; 2]| {
        marks
            .into_iter()
            .flatten()
            .try_fold(char::from(base), |c, m| compose(c, combining(m)?))
    };
    // Unicode composes in canonical order, which is not always VIQR's: the
    // dot below comes before a circumflex or breve (ệ = ẹ + ◌̂) but after a
    // horn (ợ = ơ + ◌̣).
    compose_all([modifier, tone]).or_else(|| compose_all([tone, modifier]))
}

/// A Vietnamese vowel letter split into ASCII base, modifier and tone; `None`
/// for anything else (including Latin letters VIQR cannot write, "ǎ", "ĕ").
fn vowel_parts(c: char) -> Option<(u8, Option<u8>, Option<u8>)> {
    if c.is_ascii() {
        let b = c as u8;
        return is_vowel(b).then_some((b, None, None));
    }
    let mut base = None;
    let mut modifier = None;
    let mut tone = None;
    let mut ok = true;
    decompose_canonical(c, |d| {
        if base.is_none() {
            match u8::try_from(d) {
                Ok(b) if is_vowel(b) => base = Some(b),
                _ => ok = false,
            }
            return;
        }
        match mark_of(d) {
            Some(m) if is_tone(m) && tone.is_none() => tone = Some(m),
            Some(m) if !is_tone(m) && modifier.is_none() => modifier = Some(m),
            _ => ok = false,
        }
    });
    let base = base.filter(|_| ok)?;
    if modifier.is_some_and(|m| !modifier_applies(base, m)) {
        return None;
    }
    Some((base, modifier, tone))
}

/// Splits `s` into maximal runs of whitespace and of non-whitespace, in
/// order: `(run, is_whitespace)`.
fn runs(s: &str) -> impl Iterator<Item = (&str, bool)> {
    let mut rest = s;
    std::iter::from_fn(move || {
        let first = rest.chars().next()?;
        let space = first.is_whitespace();
        let end = rest
            .char_indices()
            .find(|&(_, c)| c.is_whitespace() != space)
            .map_or(rest.len(), |(i, _)| i);
        let (run, tail) = rest.split_at(end);
        rest = tail;
        Some((run, space))
    })
}

/// URLs and e-mail addresses: their `?`, `.` and `~` are syntax, and a
/// domain or path is not Vietnamese even when it happens to spell a syllable.
fn is_address(token: &str) -> bool {
    token.contains("://")
        || token.contains('@')
        || token
            .as_bytes()
            .windows(4)
            .any(|w| w.eq_ignore_ascii_case(b"www."))
}

// ---------------------------------------------------------------------------
// Decoding

#[derive(Clone, Copy, Debug)]
enum Kind {
    /// An ASCII vowel with the marks that follow it and apply to it.
    Vowel {
        base: u8,
        modifier: Option<u8>,
        tone: Option<u8>,
    },
    /// Two `d`/`D` in a row.
    DPair { first: u8, second: u8 },
    /// Any other letter or digit. `raw_d`: an unescaped single `d`/`D`,
    /// after which `\d` is an escape.
    Letter { raw_d: bool },
    /// Not part of a word: punctuation, symbols, escaped marks.
    Gap,
}

/// One unit of a token: `token[lit..end]` is its text when not converted
/// (`lit` skips the backslash of an escape).
#[derive(Clone, Copy, Debug)]
struct Item {
    kind: Kind,
    lit: usize,
    end: usize,
}

impl Item {
    fn is_word(&self) -> bool {
        !matches!(self.kind, Kind::Gap)
    }
}

/// Whether `\` followed by `next` is an escape after `prev`. Only where VIQR
/// needs one: a backslash elsewhere (Windows paths, "\n" in pasted code) is
/// kept, which is also what lets [`encode_viqr`] leave it alone there.
fn is_escape(prev: Option<&Item>, next: Option<u8>) -> bool {
    let Some(n) = next else {
        return false;
    };
    match prev.map(|p| p.kind) {
        Some(Kind::Vowel { .. }) => is_mark(n) || n == ESCAPE,
        Some(Kind::DPair { .. } | Kind::Letter { raw_d: true }) => is_d(n) || n == ESCAPE,
        _ => false,
    }
}

/// Splits a token into [`Item`]s. Marks join a vowel greedily (modifier,
/// then tone) whatever follows; whether they are *converted* is decided per
/// word later, so the split itself never depends on context to the right
/// and the encoder can predict it exactly.
fn parse(token: &str, items: &mut Vec<Item>) {
    items.clear();
    let b = token.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let (kind, lit, end) = if c == ESCAPE && is_escape(items.last(), b.get(i + 1).copied()) {
            let kind = if is_d(b[i + 1]) {
                Kind::Letter { raw_d: false }
            } else {
                Kind::Gap
            };
            (kind, i + 1, i + 2)
        } else if is_vowel(c) {
            let mut j = i + 1;
            let modifier = b.get(j).copied().filter(|&m| modifier_applies(c, m));
            j += usize::from(modifier.is_some());
            let tone = b.get(j).copied().filter(|&t| is_tone(t));
            j += usize::from(tone.is_some());
            (
                Kind::Vowel {
                    base: c,
                    modifier,
                    tone,
                },
                i,
                j,
            )
        } else if is_d(c) {
            match b.get(i + 1) {
                Some(&n) if is_d(n) => (
                    Kind::DPair {
                        first: c,
                        second: n,
                    },
                    i,
                    i + 2,
                ),
                _ => (Kind::Letter { raw_d: true }, i, i + 1),
            }
        } else if c.is_ascii() {
            let kind = if c.is_ascii_alphanumeric() {
                Kind::Letter { raw_d: false }
            } else {
                Kind::Gap
            };
            (kind, i, i + 1)
        } else {
            // `i` is always a char boundary: we only step over ASCII bytes
            // and whole chars.
            let Some(ch) = token[i..].chars().next() else {
                break;
            };
            let kind = if ch.is_alphanumeric() {
                Kind::Letter { raw_d: false }
            } else {
                Kind::Gap
            };
            (kind, i, i + ch.len_utf8())
        };
        items.push(Item { kind, lit, end });
        i = end;
    }
}

/// How a word is converted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Plan {
    /// Every mark, and a `dd` starting the word; with `detach`, the tone of
    /// the last letter stays as punctuation.
    Syllable { detach: bool },
    /// A word without vowels: every `dd` (abbreviation or lone `dd`).
    DPairs,
}

fn dpair_letter(first: u8, second: u8) -> char {
    if first == b'd' && second == b'd' {
        'đ'
    } else {
        'Đ'
    }
}

/// Writes `word` converted by `plan` to `out`.
fn render(token: &str, word: &[Item], plan: Plan, out: &mut String) {
    let last = word.len() - 1;
    for (k, it) in word.iter().enumerate() {
        let lit = &token[it.lit..it.end];
        match (it.kind, plan) {
            (
                Kind::Vowel {
                    base,
                    modifier,
                    tone,
                },
                Plan::Syllable { detach },
            ) => {
                let detached = if detach && k == last { tone } else { None };
                let tone = tone.filter(|_| detached.is_none());
                match letter(base, modifier, tone) {
                    Some(c) => out.push(c),
                    None => out.push_str(lit),
                }
                if let Some(t) = detached {
                    out.push(char::from(t));
                }
            }
            (Kind::DPair { first, second }, Plan::DPairs) => out.push(dpair_letter(first, second)),
            (Kind::DPair { first, second }, Plan::Syllable { .. }) if k == 0 => {
                out.push(dpair_letter(first, second))
            }
            _ => out.push_str(lit),
        }
    }
}

fn believable(word: &str) -> bool {
    regular_case(word) && is_vietnamese_syllable(word)
}

/// Decides whether and how to convert one word (`None`: leave it as
/// written). `buf` is scratch space.
fn plan(token: &str, word: &[Item], buf: &mut String) -> Option<Plan> {
    let has_vowel = word.iter().any(|it| matches!(it.kind, Kind::Vowel { .. }));
    if !has_vowel {
        return dpair_plan(token, word);
    }
    let marked = |it: &Item| match it.kind {
        Kind::Vowel { modifier, tone, .. } => modifier.is_some() || tone.is_some(),
        _ => false,
    };
    let starts_dd = matches!(word[0].kind, Kind::DPair { .. });
    if !starts_dd && !word.iter().any(marked) {
        return None;
    }
    if word.len() == 1 {
        // A lone letter: nothing to check it against, and refusing it would
        // make single letters ("ơ", "ắ") impossible to write.
        return Some(Plan::Syllable { detach: false });
    }
    buf.clear();
    render(token, word, Plan::Syllable { detach: false }, buf);
    if believable(buf) {
        return Some(Plan::Syllable { detach: false });
    }
    let last = word.len() - 1;
    let last_toned = matches!(word[last].kind, Kind::Vowel { tone: Some(_), .. });
    // Detaching must leave something converted, else the word is unchanged.
    let more = starts_dd
        || word[..last].iter().any(marked)
        || matches!(
            word[last].kind,
            Kind::Vowel {
                modifier: Some(_),
                ..
            }
        );
    if last_toned && more {
        buf.clear();
        render(token, word, Plan::Syllable { detach: true }, buf);
        buf.pop(); // the detached tone mark, ASCII
        if believable(buf) {
            return Some(Plan::Syllable { detach: true });
        }
    }
    None
}

/// A word without vowels converts only if it is a lone `dd` or an all-caps
/// abbreviation with `DD` ("QDD", "HDDND", "DDHQG"). Not "DDD": which pair
/// is the đ is unknowable.
fn dpair_plan(token: &str, word: &[Item]) -> Option<Plan> {
    let pairs = word
        .iter()
        .filter(|it| matches!(it.kind, Kind::DPair { .. }))
        .count();
    if pairs == 0 {
        return None;
    }
    if word.len() == 1 {
        return Some(Plan::DPairs);
    }
    let abbreviation = word.iter().all(|it| {
        let text = &token.as_bytes()[it.lit..it.end];
        text.iter().all(u8::is_ascii_uppercase)
    }) && !token.as_bytes()[word[0].lit..word[word.len() - 1].end]
        .windows(3)
        .any(|w| w == b"DDD");
    abbreviation.then_some(Plan::DPairs)
}

/// The English look-alikes whose mid-word tone is not strong evidence:
/// "I'm", and a dotted abbreviation like "a.m." / "U.N." (vowel, dot,
/// consonant, dot).
fn english_look_alike(token: &str, word: &[Item]) -> bool {
    let [Item {
        kind:
            Kind::Vowel {
                base,
                modifier: None,
                tone: Some(tone),
            },
        ..
    }, second @ Item {
        kind: Kind::Letter { .. },
        ..
    }] = word
    else {
        return false;
    };
    let b = token.as_bytes();
    let consonant = b[second.lit..second.end]
        .first()
        .copied()
        .filter(u8::is_ascii_alphabetic);
    let Some(consonant) = consonant else {
        return false;
    };
    let im =
        *tone == b'\'' && base.eq_ignore_ascii_case(&b'i') && consonant.eq_ignore_ascii_case(&b'm');
    let dotted = *tone == b'.' && b.get(second.end) == Some(&b'.');
    im || dotted
}

/// `(strong, weak)` conversions of a word converted by `plan`.
fn evidence(token: &str, word: &[Item], plan: Plan) -> (u32, u32) {
    let detach = match plan {
        Plan::DPairs => {
            let pairs = word
                .iter()
                .filter(|it| matches!(it.kind, Kind::DPair { .. }))
                .count();
            return (0, pairs as u32);
        }
        Plan::Syllable { detach } => detach,
    };
    let (mut strong, mut weak) = (0, 0);
    if matches!(word[0].kind, Kind::DPair { .. }) {
        strong += 1;
    }
    let last = word.len() - 1;
    for (k, it) in word.iter().enumerate() {
        let Kind::Vowel { modifier, tone, .. } = it.kind else {
            continue;
        };
        if modifier.is_some() {
            strong += 1;
        }
        if tone.is_none() || (detach && k == last) {
            continue;
        }
        let is_strong = if k < last {
            !english_look_alike(token, word)
        } else {
            modifier.is_some()
        };
        if is_strong {
            strong += 1;
        } else {
            weak += 1;
        }
    }
    (strong, weak)
}

/// Reads `s` as VIQR, converting only what is believably Vietnamese (see the
/// [module documentation](self)). Text that is not VIQR mostly comes back
/// unchanged, and what changes is counted in [`ViqrReading::weak`].
pub fn decode_viqr(s: &str) -> ViqrReading {
    let mut r = ViqrReading {
        text: String::with_capacity(s.len()),
        ..ViqrReading::default()
    };
    let mut items = Vec::new();
    let mut scratch = String::new();
    for (token, space) in runs(s) {
        let candidate = !space
            && token.bytes().any(|b| is_mark(b) || is_d(b) || b == ESCAPE)
            && !is_address(token);
        if !candidate {
            r.text.push_str(token);
            continue;
        }
        parse(token, &mut items);
        let mut i = 0;
        while i < items.len() {
            if !items[i].is_word() {
                r.text.push_str(&token[items[i].lit..items[i].end]);
                i += 1;
                continue;
            }
            let len = items[i..].iter().take_while(|it| it.is_word()).count();
            let word = &items[i..i + len];
            match plan(token, word, &mut scratch) {
                Some(p) => {
                    render(token, word, p, &mut r.text);
                    let (strong, weak) = evidence(token, word, p);
                    r.strong += strong;
                    r.weak += weak;
                    r.words_changed += 1;
                }
                None => {
                    for it in word {
                        r.text.push_str(&token[it.lit..it.end]);
                    }
                }
            }
            i += len;
        }
    }
    if is_nfc_quick(r.text.chars()) != IsNormalized::Yes {
        r.text = r.text.nfc().collect();
    }
    r
}

// ---------------------------------------------------------------------------
// Encoding

/// What the decoder's [`parse`] will have just read, as far as the next
/// character's meaning depends on it.
#[derive(Clone, Copy)]
enum Prev {
    /// A vowel; `modifier`/`tone`: whether it already has one.
    Vowel {
        base: u8,
        modifier: bool,
        tone: bool,
    },
    /// An unescaped `d`/`D` (alone or the second of `dd`).
    D,
    Other,
}

/// Writes one character of a non-address token and returns the new state.
fn encode_char(c: char, prev: Prev, out: &mut String) -> Prev {
    if let Some((base, modifier, tone)) = vowel_parts(c) {
        out.push(char::from(base));
        for m in [modifier, tone].into_iter().flatten() {
            out.push(char::from(m));
        }
        return Prev::Vowel {
            base,
            modifier: modifier.is_some(),
            tone: tone.is_some(),
        };
    }
    match c {
        'đ' => out.push_str("dd"),
        'Đ' => out.push_str("DD"),
        'd' | 'D' => {
            if matches!(prev, Prev::D) {
                // "dd" would read as đ.
                out.push('\\');
                out.push(c);
                return Prev::Other;
            }
            out.push(c);
        }
        '\\' => {
            // After a vowel or a d, a single backslash could start an escape.
            if !matches!(prev, Prev::Other) {
                out.push('\\');
            }
            out.push('\\');
            return Prev::Other;
        }
        _ => {
            if let (
                Ok(m),
                Prev::Vowel {
                    base,
                    modifier,
                    tone,
                },
            ) = (u8::try_from(c), prev)
            {
                let joins = if is_tone(m) {
                    !tone
                } else {
                    is_mark(m) && !modifier && !tone && modifier_applies(base, m)
                };
                if joins {
                    out.push('\\');
                }
            }
            out.push(c);
            return Prev::Other;
        }
    }
    Prev::D
}

/// Writes `s` (normalised to NFC first) as VIQR: every Vietnamese letter as
/// base + modifier + tone, đ as `dd`, with `\` before each literal mark that
/// would otherwise join the vowel before it (`"tôi."` → `"to^i\."`) and
/// before a literal `d` that would form `dd`. Tokens that look like URLs or
/// e-mail addresses, and characters VIQR has no spelling for, are copied
/// unchanged, so the output is ASCII only when the input's letters are.
pub fn encode_viqr(s: &str) -> String {
    let s: Cow<'_, str> = if is_nfc_quick(s.chars()) == IsNormalized::Yes {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.nfc().collect())
    };
    let mut out = String::with_capacity(s.len() + s.len() / 2);
    for (token, space) in runs(&s) {
        if space || is_address(token) {
            out.push_str(token);
            continue;
        }
        let mut prev = Prev::Other;
        for c in token.chars() {
            prev = encode_char(c, prev, &mut out);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(token: &str) -> Vec<(Kind, String)> {
        let mut v = Vec::new();
        parse(token, &mut v);
        v.iter()
            .map(|it| (it.kind, token[it.lit..it.end].to_string()))
            .collect()
    }

    #[test]
    fn parse_joins_marks_greedily_modifier_first() {
        let v = items("a^'a'^e(d\\dd\\.");
        let lits: Vec<&str> = v.iter().map(|(_, s)| s.as_str()).collect();
        assert_eq!(lits, ["a^'", "a'", "^", "e", "(", "d", "d", "d", "\\", "."]);
        // The `\.` after a plain `d` is not an escape; `\d` after `d` is.
        assert!(matches!(v[6].0, Kind::Letter { raw_d: false }));
    }

    #[test]
    fn letters_compose_and_split() {
        assert_eq!(letter(b'a', Some(b'^'), Some(b'.')), Some('ậ'));
        assert_eq!(letter(b'O', Some(b'+'), Some(b'`')), Some('Ờ'));
        assert_eq!(vowel_parts('ậ'), Some((b'a', Some(b'^'), Some(b'.'))));
        assert_eq!(vowel_parts('Ữ'), Some((b'U', Some(b'+'), Some(b'~'))));
        assert_eq!(vowel_parts('ǎ'), None);
        assert_eq!(vowel_parts('ĕ'), None);
        assert_eq!(vowel_parts('é'), Some((b'e', None, Some(b'\''))));
        assert_eq!(vowel_parts('b'), None);
    }

    #[test]
    fn runs_split_on_whitespace() {
        let v: Vec<_> = runs(" a b\t\nc ").collect();
        assert_eq!(
            v,
            [
                (" ", true),
                ("a", false),
                (" ", true),
                ("b", false),
                ("\t\n", true),
                ("c", false),
                (" ", true)
            ]
        );
        assert_eq!(runs("").count(), 0);
    }
}
