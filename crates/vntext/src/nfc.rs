//! Unicode NFC normalisation.
//!
//! Vietnamese can be written precomposed (`ệ` = U+1EC7) or decomposed
//! (`e` + U+0323 + U+0302); old portals mix both, often inside one article,
//! because content was typed with different input methods (Unikey's
//! "Unicode dựng sẵn" vs "Unicode tổ hợp"). Search, aliases and equality only
//! work on one form, and NFC is the one the web and the new portal use.

use std::borrow::Cow;

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Returns `s` in Unicode Normalization Form C.
///
/// Borrows when the input is already NFC, which the quick check proves
/// without allocating for nearly all real text.
pub fn nfc(s: &str) -> Cow<'_, str> {
    match is_nfc_quick(s.chars()) {
        IsNormalized::Yes => Cow::Borrowed(s),
        // `Maybe` needs the full algorithm; keep borrowing if it changed nothing.
        IsNormalized::Maybe | IsNormalized::No => {
            let normalized: String = s.nfc().collect();
            if normalized == s {
                Cow::Borrowed(s)
            } else {
                Cow::Owned(normalized)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn composes_decomposed_vietnamese() {
        assert_eq!(nfc("Vie\u{0323}\u{0302}t Nam"), "Việt Nam");
        // Same letters, marks in the other canonical order.
        assert_eq!(nfc("Vie\u{0302}\u{0323}t"), "Việt");
        assert_eq!(nfc("Ho\u{0300}a Bi\u{0300}nh"), "Hòa Bình");
    }

    #[test]
    fn borrows_nfc_input() {
        assert!(matches!(nfc("Thành phố Hồ Chí Minh"), Cow::Borrowed(_)));
        assert!(matches!(nfc(""), Cow::Borrowed(_)));
        assert!(matches!(nfc("Vie\u{0323}\u{0302}t"), Cow::Owned(_)));
    }
}
