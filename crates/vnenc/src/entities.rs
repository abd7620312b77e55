//! Decoding of HTML character references, exactly once.
//!
//! NukeViet runs titles, aliases and leads through PHP's `htmlspecialchars`
//! (and editors paste `&agrave;`-style text from old WYSIWYG tools), so plain
//! fields arrive entity-encoded. We decode one layer only: a field that was
//! encoded twice (`&amp;amp;`) is usually the author literally writing
//! `&amp;`, and decoding repeatedly would also turn text about HTML into markup.
//!
//! Recognised forms (all require the terminating `;` — without it we cannot
//! tell `&copy` in a URL query from a reference, so we leave such text alone):
//!
//! * `&#DDDD;` decimal and `&#xHHHH;` / `&#XHHHH;` hexadecimal;
//! * `&name;` for the full HTML 4 set (252 names) plus `&apos;`, case-sensitive
//!   as in HTML (`&Agrave;` ≠ `&agrave;`).
//!
//! Numeric references to U+0080..U+009F are remapped through Windows-1252 as
//! HTML5 browsers do (`&#150;` → `–`), because that is what the old pages
//! displayed. References to U+0000, surrogates or beyond U+10FFFF, unknown
//! names and anything malformed are kept exactly as written.
//!
//! Two users share this parser: `vntext` decodes every reference of a plain
//! field ([`decode_entities`]), while charset detection only undoes an
//! "entity layer" of *letters* ([`decode_letter_entities`]: "Vi&#7879;t",
//! "Vi&ecirc;&#803;t") and must leave `&amp; &lt; &quot; &nbsp;` alone, so
//! that the same field can still be HTML afterwards.
//! [`has_letter_entities`] is the allocation-free pre-check for raw bytes.
//!
//! ```
//! use vnenc::entities::{decode_entities, decode_letter_entities, has_letter_entities};
//!
//! assert_eq!(decode_entities("Sở GD&amp;ĐT"), "Sở GD&ĐT");
//! let s = "Vi&#7879;t &amp; Nam &lt;b&gt;";
//! assert!(has_letter_entities(s.as_bytes()));
//! assert_eq!(decode_letter_entities(s), "Việt &amp; Nam &lt;b&gt;");
//! ```

use std::borrow::Cow;

/// Longest HTML 4 entity name (`thetasym`); lets us stop scanning early.
const MAX_NAME_LEN: usize = 8;
/// `&#x10FFFF;` has 6 hex / 7 decimal digits; allow leading zeros up to this
/// many digits (`&#x002F;` is common) without risking overflow.
const MAX_DIGITS: usize = 16;

/// Decodes HTML character references exactly once.
///
/// `"&amp;amp;"` becomes `"&amp;"`, `"GD&amp;ĐT"` becomes `"GD&ĐT"`,
/// `"&#x002F;"` becomes `"/"`. Unknown or malformed references stay as
/// written. Borrows the input when nothing was decoded.
pub fn decode_entities(s: &str) -> Cow<'_, str> {
    decode_entities_where(s, |_| true)
}

/// Decodes, exactly once, only the references whose character satisfies
/// `keep`; every other reference (and everything malformed) stays as
/// written. Borrows the input when nothing was decoded.
///
/// A reference that is not kept is skipped whole: in `"&amp;ecirc;"` the
/// `&amp;` is not decoded, so no `&ecirc;` appears either.
pub fn decode_entities_where(s: &str, keep: impl Fn(char) -> bool) -> Cow<'_, str> {
    let Some(first) = s.find('&') else {
        return Cow::Borrowed(s);
    };
    let bytes = s.as_bytes();
    let mut out: Option<String> = None;
    // `copied` = end of the prefix of `s` already reflected in `out`.
    let mut copied = 0;
    let mut pos = first;
    while let Some(rel) = s[pos..].find('&') {
        let amp = pos + rel;
        match parse_reference(&bytes[amp..]) {
            Some((ch, len)) if keep(ch) => {
                let buf = out.get_or_insert_with(|| String::with_capacity(s.len()));
                buf.push_str(&s[copied..amp]);
                buf.push(ch);
                copied = amp + len;
                pos = copied;
            }
            _ => pos = amp + 1,
        }
    }
    match out {
        Some(mut buf) => {
            buf.push_str(&s[copied..]);
            Cow::Owned(buf)
        }
        None => Cow::Borrowed(s),
    }
}

/// Decodes only references to letters outside ASCII (`&#7879;`, `&#x1EC7;`,
/// `&ecirc;`, `&Agrave;`) and to combining diacritics U+0300..U+036F
/// (`&#803;`, used for decomposed Vietnamese). `&amp; &lt; &gt; &quot;
/// &nbsp; &copy;` and references to ASCII stay as written, so the result is
/// as safe to treat as HTML as the input was. Not normalised: `"e&#803;"`
/// gives `"e\u{323}"`.
pub fn decode_letter_entities(s: &str) -> Cow<'_, str> {
    decode_entities_where(s, is_letter_char)
}

/// `true` if `s` holds a reference [`decode_letter_entities`] would decode.
/// Works on raw bytes (any encoding that keeps ASCII as ASCII) without
/// allocating, so it can guard the decoding of every field.
pub fn has_letter_entities(s: &[u8]) -> bool {
    let mut pos = 0;
    while let Some(rel) = s[pos..].iter().position(|&b| b == b'&') {
        let amp = pos + rel;
        if parse_reference(&s[amp..]).is_some_and(|(c, _)| is_letter_char(c)) {
            return true;
        }
        pos = amp + 1;
    }
    false
}

/// What [`decode_letter_entities`] decodes: a non-ASCII letter or a
/// combining diacritic.
fn is_letter_char(c: char) -> bool {
    (!c.is_ascii() && c.is_alphabetic()) || ('\u{300}'..='\u{36F}').contains(&c)
}

/// Parses a reference at the start of `s` (which starts with `&`). Returns the
/// decoded character and the byte length of the reference, `;` included.
///
/// Works on bytes because a reference is pure ASCII: the same parser serves
/// `&str` fields and raw, not yet decoded bytes.
fn parse_reference(s: &[u8]) -> Option<(char, usize)> {
    let rest = s.strip_prefix(b"&")?;
    if let Some(num) = rest.strip_prefix(b"#") {
        let (radix, digits_start) = match num.first() {
            Some(b'x' | b'X') => (16, 1),
            _ => (10, 0),
        };
        let digits = &num[digits_start..];
        let len = digits
            .iter()
            .take_while(|b| (**b as char).is_digit(radix))
            .count();
        if len == 0 || len > MAX_DIGITS || digits.get(len) != Some(&b';') {
            return None;
        }
        // At most 16 digits: fits in u64 for both radixes.
        let value = digits[..len].iter().fold(0u64, |acc, &b| {
            acc * u64::from(radix) + u64::from((b as char).to_digit(radix).unwrap_or(0))
        });
        let ch = numeric_char(u32::try_from(value).ok()?)?;
        // "&#" + optional x + digits + ";"
        Some((ch, 2 + digits_start + len + 1))
    } else {
        let len = rest
            .iter()
            .take(MAX_NAME_LEN + 1)
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if len == 0 || len > MAX_NAME_LEN || rest.get(len) != Some(&b';') {
            return None;
        }
        let ch = named_char(&rest[..len])?;
        Some((ch, 1 + len + 1))
    }
}

/// Maps a numeric reference's code point to the character HTML5 shows.
fn numeric_char(value: u32) -> Option<char> {
    if (0x80..=0x9F).contains(&value) {
        // Index into the Windows-1252 C1 replacement table; unassigned slots
        // (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep their C1 code point like browsers.
        let mapped = WINDOWS_1252_C1[(value - 0x80) as usize];
        return char::from_u32(if mapped == 0 { value } else { mapped });
    }
    if value == 0 {
        return None;
    }
    // `from_u32` rejects surrogates and values beyond U+10FFFF.
    char::from_u32(value)
}

/// Looks a named reference up in [`NAMED`] (ASCII bytes compare like the
/// names' `str` order).
fn named_char(name: &[u8]) -> Option<char> {
    NAMED
        .binary_search_by(|(n, _)| n.as_bytes().cmp(name))
        .ok()
        .map(|i| NAMED[i].1)
}

/// HTML5's remapping of numeric references 0x80..=0x9F (0 = not remapped).
const WINDOWS_1252_C1: [u32; 32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
    0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
];

/// The HTML 4 named character references plus `apos`, sorted by name (byte
/// order) for binary search. Generated from the HTML 4.01 entity sets.
const NAMED: &[(&str, char)] = &[
    ("AElig", '\u{00C6}'),
    ("Aacute", '\u{00C1}'),
    ("Acirc", '\u{00C2}'),
    ("Agrave", '\u{00C0}'),
    ("Alpha", '\u{0391}'),
    ("Aring", '\u{00C5}'),
    ("Atilde", '\u{00C3}'),
    ("Auml", '\u{00C4}'),
    ("Beta", '\u{0392}'),
    ("Ccedil", '\u{00C7}'),
    ("Chi", '\u{03A7}'),
    ("Dagger", '\u{2021}'),
    ("Delta", '\u{0394}'),
    ("ETH", '\u{00D0}'),
    ("Eacute", '\u{00C9}'),
    ("Ecirc", '\u{00CA}'),
    ("Egrave", '\u{00C8}'),
    ("Epsilon", '\u{0395}'),
    ("Eta", '\u{0397}'),
    ("Euml", '\u{00CB}'),
    ("Gamma", '\u{0393}'),
    ("Iacute", '\u{00CD}'),
    ("Icirc", '\u{00CE}'),
    ("Igrave", '\u{00CC}'),
    ("Iota", '\u{0399}'),
    ("Iuml", '\u{00CF}'),
    ("Kappa", '\u{039A}'),
    ("Lambda", '\u{039B}'),
    ("Mu", '\u{039C}'),
    ("Ntilde", '\u{00D1}'),
    ("Nu", '\u{039D}'),
    ("OElig", '\u{0152}'),
    ("Oacute", '\u{00D3}'),
    ("Ocirc", '\u{00D4}'),
    ("Ograve", '\u{00D2}'),
    ("Omega", '\u{03A9}'),
    ("Omicron", '\u{039F}'),
    ("Oslash", '\u{00D8}'),
    ("Otilde", '\u{00D5}'),
    ("Ouml", '\u{00D6}'),
    ("Phi", '\u{03A6}'),
    ("Pi", '\u{03A0}'),
    ("Prime", '\u{2033}'),
    ("Psi", '\u{03A8}'),
    ("Rho", '\u{03A1}'),
    ("Scaron", '\u{0160}'),
    ("Sigma", '\u{03A3}'),
    ("THORN", '\u{00DE}'),
    ("Tau", '\u{03A4}'),
    ("Theta", '\u{0398}'),
    ("Uacute", '\u{00DA}'),
    ("Ucirc", '\u{00DB}'),
    ("Ugrave", '\u{00D9}'),
    ("Upsilon", '\u{03A5}'),
    ("Uuml", '\u{00DC}'),
    ("Xi", '\u{039E}'),
    ("Yacute", '\u{00DD}'),
    ("Yuml", '\u{0178}'),
    ("Zeta", '\u{0396}'),
    ("aacute", '\u{00E1}'),
    ("acirc", '\u{00E2}'),
    ("acute", '\u{00B4}'),
    ("aelig", '\u{00E6}'),
    ("agrave", '\u{00E0}'),
    ("alefsym", '\u{2135}'),
    ("alpha", '\u{03B1}'),
    ("amp", '\u{0026}'),
    ("and", '\u{2227}'),
    ("ang", '\u{2220}'),
    ("apos", '\u{0027}'),
    ("aring", '\u{00E5}'),
    ("asymp", '\u{2248}'),
    ("atilde", '\u{00E3}'),
    ("auml", '\u{00E4}'),
    ("bdquo", '\u{201E}'),
    ("beta", '\u{03B2}'),
    ("brvbar", '\u{00A6}'),
    ("bull", '\u{2022}'),
    ("cap", '\u{2229}'),
    ("ccedil", '\u{00E7}'),
    ("cedil", '\u{00B8}'),
    ("cent", '\u{00A2}'),
    ("chi", '\u{03C7}'),
    ("circ", '\u{02C6}'),
    ("clubs", '\u{2663}'),
    ("cong", '\u{2245}'),
    ("copy", '\u{00A9}'),
    ("crarr", '\u{21B5}'),
    ("cup", '\u{222A}'),
    ("curren", '\u{00A4}'),
    ("dArr", '\u{21D3}'),
    ("dagger", '\u{2020}'),
    ("darr", '\u{2193}'),
    ("deg", '\u{00B0}'),
    ("delta", '\u{03B4}'),
    ("diams", '\u{2666}'),
    ("divide", '\u{00F7}'),
    ("eacute", '\u{00E9}'),
    ("ecirc", '\u{00EA}'),
    ("egrave", '\u{00E8}'),
    ("empty", '\u{2205}'),
    ("emsp", '\u{2003}'),
    ("ensp", '\u{2002}'),
    ("epsilon", '\u{03B5}'),
    ("equiv", '\u{2261}'),
    ("eta", '\u{03B7}'),
    ("eth", '\u{00F0}'),
    ("euml", '\u{00EB}'),
    ("euro", '\u{20AC}'),
    ("exist", '\u{2203}'),
    ("fnof", '\u{0192}'),
    ("forall", '\u{2200}'),
    ("frac12", '\u{00BD}'),
    ("frac14", '\u{00BC}'),
    ("frac34", '\u{00BE}'),
    ("frasl", '\u{2044}'),
    ("gamma", '\u{03B3}'),
    ("ge", '\u{2265}'),
    ("gt", '\u{003E}'),
    ("hArr", '\u{21D4}'),
    ("harr", '\u{2194}'),
    ("hearts", '\u{2665}'),
    ("hellip", '\u{2026}'),
    ("iacute", '\u{00ED}'),
    ("icirc", '\u{00EE}'),
    ("iexcl", '\u{00A1}'),
    ("igrave", '\u{00EC}'),
    ("image", '\u{2111}'),
    ("infin", '\u{221E}'),
    ("int", '\u{222B}'),
    ("iota", '\u{03B9}'),
    ("iquest", '\u{00BF}'),
    ("isin", '\u{2208}'),
    ("iuml", '\u{00EF}'),
    ("kappa", '\u{03BA}'),
    ("lArr", '\u{21D0}'),
    ("lambda", '\u{03BB}'),
    ("lang", '\u{2329}'),
    ("laquo", '\u{00AB}'),
    ("larr", '\u{2190}'),
    ("lceil", '\u{2308}'),
    ("ldquo", '\u{201C}'),
    ("le", '\u{2264}'),
    ("lfloor", '\u{230A}'),
    ("lowast", '\u{2217}'),
    ("loz", '\u{25CA}'),
    ("lrm", '\u{200E}'),
    ("lsaquo", '\u{2039}'),
    ("lsquo", '\u{2018}'),
    ("lt", '\u{003C}'),
    ("macr", '\u{00AF}'),
    ("mdash", '\u{2014}'),
    ("micro", '\u{00B5}'),
    ("middot", '\u{00B7}'),
    ("minus", '\u{2212}'),
    ("mu", '\u{03BC}'),
    ("nabla", '\u{2207}'),
    ("nbsp", '\u{00A0}'),
    ("ndash", '\u{2013}'),
    ("ne", '\u{2260}'),
    ("ni", '\u{220B}'),
    ("not", '\u{00AC}'),
    ("notin", '\u{2209}'),
    ("nsub", '\u{2284}'),
    ("ntilde", '\u{00F1}'),
    ("nu", '\u{03BD}'),
    ("oacute", '\u{00F3}'),
    ("ocirc", '\u{00F4}'),
    ("oelig", '\u{0153}'),
    ("ograve", '\u{00F2}'),
    ("oline", '\u{203E}'),
    ("omega", '\u{03C9}'),
    ("omicron", '\u{03BF}'),
    ("oplus", '\u{2295}'),
    ("or", '\u{2228}'),
    ("ordf", '\u{00AA}'),
    ("ordm", '\u{00BA}'),
    ("oslash", '\u{00F8}'),
    ("otilde", '\u{00F5}'),
    ("otimes", '\u{2297}'),
    ("ouml", '\u{00F6}'),
    ("para", '\u{00B6}'),
    ("part", '\u{2202}'),
    ("permil", '\u{2030}'),
    ("perp", '\u{22A5}'),
    ("phi", '\u{03C6}'),
    ("pi", '\u{03C0}'),
    ("piv", '\u{03D6}'),
    ("plusmn", '\u{00B1}'),
    ("pound", '\u{00A3}'),
    ("prime", '\u{2032}'),
    ("prod", '\u{220F}'),
    ("prop", '\u{221D}'),
    ("psi", '\u{03C8}'),
    ("quot", '\u{0022}'),
    ("rArr", '\u{21D2}'),
    ("radic", '\u{221A}'),
    ("rang", '\u{232A}'),
    ("raquo", '\u{00BB}'),
    ("rarr", '\u{2192}'),
    ("rceil", '\u{2309}'),
    ("rdquo", '\u{201D}'),
    ("real", '\u{211C}'),
    ("reg", '\u{00AE}'),
    ("rfloor", '\u{230B}'),
    ("rho", '\u{03C1}'),
    ("rlm", '\u{200F}'),
    ("rsaquo", '\u{203A}'),
    ("rsquo", '\u{2019}'),
    ("sbquo", '\u{201A}'),
    ("scaron", '\u{0161}'),
    ("sdot", '\u{22C5}'),
    ("sect", '\u{00A7}'),
    ("shy", '\u{00AD}'),
    ("sigma", '\u{03C3}'),
    ("sigmaf", '\u{03C2}'),
    ("sim", '\u{223C}'),
    ("spades", '\u{2660}'),
    ("sub", '\u{2282}'),
    ("sube", '\u{2286}'),
    ("sum", '\u{2211}'),
    ("sup", '\u{2283}'),
    ("sup1", '\u{00B9}'),
    ("sup2", '\u{00B2}'),
    ("sup3", '\u{00B3}'),
    ("supe", '\u{2287}'),
    ("szlig", '\u{00DF}'),
    ("tau", '\u{03C4}'),
    ("there4", '\u{2234}'),
    ("theta", '\u{03B8}'),
    ("thetasym", '\u{03D1}'),
    ("thinsp", '\u{2009}'),
    ("thorn", '\u{00FE}'),
    ("tilde", '\u{02DC}'),
    ("times", '\u{00D7}'),
    ("trade", '\u{2122}'),
    ("uArr", '\u{21D1}'),
    ("uacute", '\u{00FA}'),
    ("uarr", '\u{2191}'),
    ("ucirc", '\u{00FB}'),
    ("ugrave", '\u{00F9}'),
    ("uml", '\u{00A8}'),
    ("upsih", '\u{03D2}'),
    ("upsilon", '\u{03C5}'),
    ("uuml", '\u{00FC}'),
    ("weierp", '\u{2118}'),
    ("xi", '\u{03BE}'),
    ("yacute", '\u{00FD}'),
    ("yen", '\u{00A5}'),
    ("yuml", '\u{00FF}'),
    ("zeta", '\u{03B6}'),
    ("zwj", '\u{200D}'),
    ("zwnj", '\u{200C}'),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_for_binary_search() {
        assert!(NAMED.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(NAMED.len(), 253);
        assert!(NAMED.iter().all(|(n, _)| n.len() <= MAX_NAME_LEN));
    }

    #[test]
    fn nukeviet_numeric_references() {
        assert_eq!(
            decode_entities("Hãy trở thành nhà cung cấp dịch vụ của NukeViet&#33;"),
            "Hãy trở thành nhà cung cấp dịch vụ của NukeViet!"
        );
        assert_eq!(decode_entities("a&#x002F;b"), "a/b");
        assert_eq!(decode_entities("&#91;Thông báo&#93;"), "[Thông báo]");
        assert_eq!(decode_entities("&#X41;"), "A");
    }

    #[test]
    fn named_references_decode_once() {
        assert_eq!(decode_entities("Sở GD&amp;ĐT"), "Sở GD&ĐT");
        assert_eq!(decode_entities("&amp;amp;"), "&amp;");
        assert_eq!(decode_entities("&amp;#33;"), "&#33;");
        assert_eq!(decode_entities("a&nbsp;b"), "a\u{A0}b");
        assert_eq!(
            decode_entities("&quot;x&quot; &lt;b&gt; &apos;y&apos;"),
            "\"x\" <b> 'y'"
        );
        assert_eq!(
            decode_entities("Vi&ecirc;&#803;t Nam &agrave; &ocirc; &acirc; &uacute; &Agrave;"),
            "Viê\u{323}t Nam à ô â ú À"
        );
    }

    #[test]
    fn windows_1252_range_like_browsers() {
        assert_eq!(
            decode_entities("&#147;Hà Nội&#148; &#150; 2010"),
            "“Hà Nội” – 2010"
        );
        assert_eq!(decode_entities("&#129;"), "\u{81}");
    }

    #[test]
    fn unknown_and_malformed_stay_as_written() {
        for s in [
            "&",
            "&;",
            "&#;",
            "&#x;",
            "&#33",
            "&amp",
            "&nosuch;",
            "&AMP;",
            "&#0;",
            "&#xD800;",
            "&#x110000;",
            "&#99999999999999999999;",
            "a & b",
            "?a=1&b=2",
            "&verylongname;",
            "&#x2F",
            "&&#",
            "Tôi &amp yêu",
        ] {
            assert_eq!(decode_entities(s), s, "{s:?}");
        }
        assert!(matches!(decode_entities("R&D; a&b"), Cow::Borrowed(_)));
    }

    #[test]
    fn borrows_when_unchanged_and_keeps_surroundings() {
        assert!(matches!(decode_entities("Việt Nam"), Cow::Borrowed(_)));
        assert_eq!(decode_entities("x &lt;&gt; y &"), "x <> y &");
        assert_eq!(decode_entities("&&amp;"), "&&");
        assert_eq!(decode_entities("&#0000000033;"), "!");
    }

    #[test]
    fn where_decodes_only_kept_references() {
        let digits_only = |s| decode_entities_where(s, |c: char| c.is_ascii_digit());
        assert_eq!(digits_only("&#49;&amp;&#50;"), "1&amp;2");
        assert!(matches!(digits_only("&amp; &lt;"), Cow::Borrowed(_)));
        // A skipped reference is skipped whole, not re-read from its middle.
        assert_eq!(digits_only("&amp;#49;"), "&amp;#49;");
    }

    #[test]
    fn letter_entities_decode_letters_only() {
        assert_eq!(
            decode_letter_entities("Vi&#7879;t Nam &amp; Vi&#x1EC7;t &lt;b&gt;"),
            "Việt Nam &amp; Việt &lt;b&gt;"
        );
        assert_eq!(
            decode_letter_entities("Vi&ecirc;&#803;t &Agrave; &agrave;"),
            "Viê\u{323}t À à"
        );
        assert_eq!(decode_letter_entities("&#272;&#7885;c"), "Đọc");
        for kept in [
            "&amp;",
            "&lt;",
            "&gt;",
            "&quot;",
            "&apos;",
            "&nbsp;",
            "&copy;",
            "&#33;",
            "&#65;",
            "&#x41;",
            "&#150;",
            "&hellip;",
            "&#8203;",
            "&ndash;",
            "&amp;ecirc;",
        ] {
            assert_eq!(decode_letter_entities(kept), kept, "{kept}");
            assert!(!has_letter_entities(kept.as_bytes()), "{kept}");
        }
    }

    #[test]
    fn letter_entity_check_on_raw_bytes() {
        assert!(has_letter_entities(b"Vi&#7879;t"));
        assert!(has_letter_entities(b"&ocirc;"));
        assert!(has_letter_entities(b"e&#803;"));
        assert!(has_letter_entities(b"\xff\xfe & &#x1ec7;"));
        assert!(!has_letter_entities(b""));
        assert!(!has_letter_entities(b"R&D; &&amp; &#7879 &ecirc"));
        assert!(!has_letter_entities("Việt Nam".as_bytes()));
    }

    proptest::proptest! {
        /// The byte check agrees with the decoder on every input.
        #[test]
        fn letter_check_agrees_with_decoder(
            s in "([a-z ;#&]|&#[0-9]{1,5};|&#x[0-9A-Fa-f]{1,5};|&(amp|ecirc|Agrave|nbsp|lt|alpha|copy);)*"
        ) {
            let decoded = decode_letter_entities(&s);
            proptest::prop_assert_eq!(
                has_letter_entities(s.as_bytes()),
                matches!(decoded, Cow::Owned(_))
            );
            let all = decode_entities(&s);
            proptest::prop_assert!(all.len() <= s.len());
        }
    }
}
