//! Windows-1252 / MySQL latin1 byte tables, producing double-encoded UTF-8
//! ([`mojibake`]) and undoing one layer of it.

use crate::charset::Charset;

/// cp1252 bytes 0x80..=0x9F. `None` = undefined in cp1252 (0x81 0x8D 0x8F
/// 0x90 0x9D); MySQL latin1 maps exactly those five to the C1 control with
/// the same number, which is the only difference between the two.
const CP1252_80_9F: [Option<char>; 32] = [
    Some('\u{20AC}'), // 80 €
    None,             // 81
    Some('\u{201A}'), // 82 ‚
    Some('\u{0192}'), // 83 ƒ
    Some('\u{201E}'), // 84 „
    Some('\u{2026}'), // 85 …
    Some('\u{2020}'), // 86 †
    Some('\u{2021}'), // 87 ‡
    Some('\u{02C6}'), // 88 ˆ
    Some('\u{2030}'), // 89 ‰
    Some('\u{0160}'), // 8A Š
    Some('\u{2039}'), // 8B ‹
    Some('\u{0152}'), // 8C Œ
    None,             // 8D
    Some('\u{017D}'), // 8E Ž
    None,             // 8F
    None,             // 90
    Some('\u{2018}'), // 91 ‘
    Some('\u{2019}'), // 92 ’
    Some('\u{201C}'), // 93 “
    Some('\u{201D}'), // 94 ”
    Some('\u{2022}'), // 95 •
    Some('\u{2013}'), // 96 –
    Some('\u{2014}'), // 97 —
    Some('\u{02DC}'), // 98 ˜
    Some('\u{2122}'), // 99 ™
    Some('\u{0161}'), // 9A š
    Some('\u{203A}'), // 9B ›
    Some('\u{0153}'), // 9C œ
    None,             // 9D
    Some('\u{017E}'), // 9E ž
    Some('\u{0178}'), // 9F Ÿ
];

/// Decodes one byte as Windows-1252 (Microsoft's table, as Python's
/// `cp1252`): `None` for the five undefined bytes 0x81 0x8D 0x8F 0x90 0x9D.
pub fn cp1252_to_char(b: u8) -> Option<char> {
    match b {
        0x80..=0x9F => CP1252_80_9F[usize::from(b - 0x80)],
        _ => Some(char::from(b)),
    }
}

/// Decodes one byte as MySQL's `latin1`: cp1252, except that the five bytes
/// cp1252 leaves undefined become the C1 controls U+0081 U+008D U+008F U+0090
/// U+009D. Total: every byte has a char.
pub fn latin1_to_char(b: u8) -> char {
    match cp1252_to_char(b) {
        Some(c) => c,
        None => char::from(b),
    }
}

/// Inverse of [`cp1252_to_char`]: the cp1252 byte of `c`, if it has one.
pub fn char_to_cp1252(c: char) -> Option<u8> {
    let u = u32::from(c);
    if u < 0x80 || (0xA0..=0xFF).contains(&u) {
        return u8::try_from(u).ok();
    }
    Some(match c {
        '\u{20AC}' => 0x80,
        '\u{201A}' => 0x82,
        '\u{0192}' => 0x83,
        '\u{201E}' => 0x84,
        '\u{2026}' => 0x85,
        '\u{2020}' => 0x86,
        '\u{2021}' => 0x87,
        '\u{02C6}' => 0x88,
        '\u{2030}' => 0x89,
        '\u{0160}' => 0x8A,
        '\u{2039}' => 0x8B,
        '\u{0152}' => 0x8C,
        '\u{017D}' => 0x8E,
        '\u{2018}' => 0x91,
        '\u{2019}' => 0x92,
        '\u{201C}' => 0x93,
        '\u{201D}' => 0x94,
        '\u{2022}' => 0x95,
        '\u{2013}' => 0x96,
        '\u{2014}' => 0x97,
        '\u{02DC}' => 0x98,
        '\u{2122}' => 0x99,
        '\u{0161}' => 0x9A,
        '\u{203A}' => 0x9B,
        '\u{0153}' => 0x9C,
        '\u{017E}' => 0x9E,
        '\u{0178}' => 0x9F,
        _ => return None,
    })
}

/// Inverse of [`latin1_to_char`]: the MySQL latin1 byte of `c`, if it has one.
pub fn char_to_latin1(c: char) -> Option<u8> {
    char_to_cp1252(c).or(match c {
        '\u{81}' => Some(0x81),
        '\u{8D}' => Some(0x8D),
        '\u{8F}' => Some(0x8F),
        '\u{90}' => Some(0x90),
        '\u{9D}' => Some(0x9D),
        _ => None,
    })
}

/// The five C1 controls only latin1 (not cp1252) produces.
fn is_latin1_only(c: char) -> bool {
    matches!(c, '\u{81}' | '\u{8D}' | '\u{8F}' | '\u{90}' | '\u{9D}')
}

/// Produces what a broken connection stores: the UTF-8 bytes of `s`, read
/// as the 8-bit charset of `via` and re-encoded as UTF-8, `via.layers()`
/// times (Python: `s.encode("utf-8").decode("cp1252").encode("utf-8")`).
///
/// [`Charset::Utf8`] returns the UTF-8 bytes unchanged; [`Charset::Ascii`]
/// does the same but only for ASCII input. Returns `None` when a byte has no
/// char in the charset: with [`Charset::Utf8ViaCp1252`] that happens for any
/// letter whose UTF-8 contains 0x81 0x8D 0x8F 0x90 or 0x9D — in Vietnamese
/// `Á` (C3 81), `Í` (C3 8D), `Ý` (C3 9D), `Đ` (C4 90), `ề` (E1 BB 81),
/// `ọ` (E1 BB 8D), `ỏ` (E1 BB 8F), `Ố` (E1 BB 90), `ờ` (E1 BB 9D) — and, at
/// deeper layers, for more letters whose intermediate mojibake hits them.
/// [`Charset::Utf8ViaLatin1`] always succeeds.
pub fn mojibake(s: &str, via: Charset) -> Option<Vec<u8>> {
    let (layers, latin1) = match via {
        Charset::Ascii if !s.is_ascii() => return None,
        Charset::Ascii | Charset::Utf8 => (0, false),
        Charset::Utf8ViaCp1252 { layers } => (layers, false),
        Charset::Utf8ViaLatin1 { layers } => (layers, true),
        Charset::Utf8ViaCp1258 => {
            let mut out = String::with_capacity(s.len() * 2);
            for &b in s.as_bytes() {
                out.push(cp1258_to_char(b)?);
            }
            return Some(out.into_bytes());
        }
        _ => return None,
    };
    reread_latin1(s.as_bytes().to_vec(), layers, latin1)
}

/// `bytes` read as latin1 (or strict cp1252) and re-encoded as UTF-8,
/// `layers` times.
pub(crate) fn reread_latin1(mut bytes: Vec<u8>, layers: u8, latin1: bool) -> Option<Vec<u8>> {
    for _ in 0..layers {
        let mut out = String::with_capacity(bytes.len() * 2);
        for &b in &bytes {
            let c = if latin1 {
                latin1_to_char(b)
            } else {
                cp1252_to_char(b)?
            };
            out.push(c);
        }
        bytes = out.into_bytes();
    }
    Some(bytes)
}

/// One byte as Windows-1258 on its own (combining tone marks stay
/// uncombined); `None` for the four bytes cp1258 leaves undefined.
fn cp1258_to_char(b: u8) -> Option<char> {
    let cp = crate::legacy::tables::CP1258_DECODE[usize::from(b)];
    if cp == 0 && b != 0 {
        return None;
    }
    char::from_u32(u32::from(cp))
}

/// Undoes UTF-8 read as Windows-1258: every char back to its cp1258 byte,
/// and the bytes must be valid UTF-8 that differs from a cp1252 reading
/// (otherwise the cp1252/latin1 family already covers it). `None` if
/// impossible.
pub(crate) fn peel_cp1258(s: &str) -> Option<String> {
    if s.is_ascii() {
        return None;
    }
    static INVERSE: std::sync::OnceLock<Vec<(char, u8)>> = std::sync::OnceLock::new();
    let inverse = INVERSE.get_or_init(|| {
        let mut v: Vec<(char, u8)> = (0x80..=0xFFu8)
            .filter_map(|b| cp1258_to_char(b).map(|c| (c, b)))
            .collect();
        v.sort();
        v
    });
    let mut out = Vec::with_capacity(s.len());
    let mut specific = false;
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c as u8);
            continue;
        }
        let k = inverse.binary_search_by_key(&c, |&(ch, _)| ch).ok()?;
        let b = inverse[k].1;
        specific |= latin1_to_char(b) != c;
        out.push(b);
    }
    if !specific {
        return None;
    }
    String::from_utf8(out).ok()
}

/// Undoes one layer of double encoding: maps every char of `s` back to its
/// latin1 byte (a superset of cp1252) and requires the bytes to be valid
/// UTF-8. Returns the text and whether one of the five latin1-only C1 chars
/// was needed. `None` when `s` is ASCII (nothing to undo), has a char with
/// no byte, or the bytes are not UTF-8.
pub(crate) fn peel(s: &str) -> Option<(String, bool)> {
    if s.is_ascii() {
        return None;
    }
    let mut out = Vec::with_capacity(s.len());
    let mut used_c1 = false;
    for c in s.chars() {
        out.push(char_to_latin1(c)?);
        used_c1 |= is_latin1_only(c);
    }
    String::from_utf8(out).ok().map(|t| (t, used_c1))
}

/// `true` if every char of `s` has a latin1 byte (cheap pre-check for
/// [`peel`], allocation-free).
pub(crate) fn is_reversible_char(c: char) -> bool {
    c.is_ascii() || char_to_latin1(c).is_some()
}

/// If the chars at the start of `s`, mapped back to latin1 bytes, form one
/// complete multi-byte UTF-8 sequence (e.g. "á»‡" → E1 BB 87 → "ệ"), returns
/// the number of bytes of `s` they span. This is the signature of double
/// encoding, independent of word boundaries (the continuation char can be a
/// no-break space or a curly quote).
#[cfg(test)]
pub(crate) fn seq_len_at(s: &str) -> Option<usize> {
    seq_at(s).map(|(len, _)| len)
}

/// Like [`seq_len_at`], but only sequences that are *evidence* of double
/// encoding. Legitimate Latin-1 text also forms sequences when an accented
/// letter is followed by typographic punctuation: "CAFÉ…" (C9 85), "Hà" +
/// two no-break spaces (E0 A0 A0). Such a sequence — every continuation char
/// is punctuation or a space — only counts when its lead is one that real
/// mojibake uses: `Â Ã Ä Å Æ` (U+0080–U+01BF: Latin-1, ă đ ĩ ũ ơ ư) or
/// `á â` (U+1E00–U+1EFF Vietnamese letters, U+2000–U+20FF punctuation).
/// Sequences with a letter or symbol continuation ("Ã©", "Ð¡") always count.
pub(crate) fn evidence_len_at(s: &str) -> Option<usize> {
    let (len, punct_only) = seq_at(s)?;
    if !punct_only {
        return Some(len);
    }
    let lead = s.chars().next()?;
    matches!(lead, 'Â' | 'Ã' | 'Ä' | 'Å' | 'Æ' | 'á' | 'â').then_some(len)
}

/// Typographic punctuation and spaces that legitimately follow a letter.
fn is_punct_like(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '‘' | '’' | '“' | '”' | '–' | '—' | '…' | '•' | '‚' | '„' | '‹' | '›'
        )
}

/// `(bytes spanned, every continuation char is punctuation/space)`.
fn seq_at(s: &str) -> Option<(usize, bool)> {
    let mut chars = s.chars();
    let c0 = chars.next()?;
    let b0 = char_to_latin1(c0)?;
    let n = match b0 {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return None,
    };
    let mut buf = [b0, 0, 0, 0];
    let mut len = c0.len_utf8();
    let mut punct_only = true;
    for slot in buf.iter_mut().take(n).skip(1) {
        let c = chars.next()?;
        let b = char_to_latin1(c)?;
        if !(0x80..=0xBF).contains(&b) {
            return None;
        }
        punct_only &= is_punct_like(c);
        *slot = b;
        len += c.len_utf8();
    }
    // from_utf8 also rejects overlongs (E0 80..9F), surrogates (ED A0..),
    // and > U+10FFFF (F4 90..).
    std::str::from_utf8(&buf[..n]).ok()?;
    Some((len, punct_only))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_roundtrip() {
        for b in 0u8..=255 {
            let c = latin1_to_char(b);
            assert_eq!(char_to_latin1(c), Some(b), "latin1 {b:#x}");
            if let Some(c) = cp1252_to_char(b) {
                assert_eq!(char_to_cp1252(c), Some(b), "cp1252 {b:#x}");
            } else {
                assert!([0x81, 0x8D, 0x8F, 0x90, 0x9D].contains(&b));
                assert_eq!(char_to_cp1252(char::from(b)), None);
            }
        }
        assert_eq!(char_to_latin1('\u{80}'), None);
        assert_eq!(char_to_latin1('ệ'), None);
    }

    #[test]
    fn matches_python() {
        // "Việt Nam".encode("utf-8").decode("cp1252").encode("utf-8"), and twice.
        let one = b"Vi\xc3\xa1\xc2\xbb\xe2\x80\xa1t Nam".to_vec();
        let two = b"Vi\xc3\x83\xc2\xa1\xc3\x82\xc2\xbb\xc3\xa2\xe2\x82\xac\xc2\xa1t Nam".to_vec();
        let c1 = Charset::Utf8ViaCp1252 { layers: 1 };
        let c2 = Charset::Utf8ViaCp1252 { layers: 2 };
        assert_eq!(mojibake("Việt Nam", c1), Some(one));
        assert_eq!(mojibake("Việt Nam", c2), Some(two));
    }

    #[test]
    fn cp1252_refuses_undefined_bytes() {
        let c1 = Charset::Utf8ViaCp1252 { layers: 1 };
        for s in ["Á", "Í", "Ý", "Đ", "ề", "ọ", "ỏ", "Ố", "ờ"] {
            assert_eq!(mojibake(s, c1), None, "{s}");
            assert!(mojibake(s, Charset::Utf8ViaLatin1 { layers: 1 }).is_some());
        }
    }

    #[test]
    fn peel_one_layer() {
        assert_eq!(peel("Viá»‡t"), Some(("Việt".to_string(), false)));
        assert_eq!(peel("Ä\u{90}"), Some(("Đ".to_string(), true)));
        assert_eq!(peel("Café"), None);
        assert_eq!(peel("abc"), None);
        assert_eq!(peel("Việt"), None);
    }

    #[test]
    fn sequences() {
        assert_eq!(seq_len_at("á»‡t"), Some("á»‡".len()));
        assert_eq!(seq_len_at("Ã\u{a0}x"), Some(4));
        assert_eq!(seq_len_at("é "), None);
        assert_eq!(seq_len_at("là”"), None); // E0 94: overlong prefix, not UTF-8
        assert_eq!(seq_len_at("Ã"), None);
        // Legit Latin-1 + punctuation: a sequence, but no evidence.
        assert_eq!(seq_len_at("É…"), Some(5));
        assert_eq!(evidence_len_at("É…"), None);
        assert_eq!(evidence_len_at("à\u{a0}\u{a0}"), None);
        // Real mojibake: "à" and "đ".
        assert_eq!(evidence_len_at("Ã\u{a0}"), Some(4));
        assert_eq!(evidence_len_at("Ä‘"), Some(5));
        assert_eq!(evidence_len_at("Ã©"), Some(4));
    }
}
