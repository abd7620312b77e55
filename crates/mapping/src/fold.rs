//! Text keys for comparing category titles.
//!
//! Titles are compared through lazily built character streams rather than
//! precomputed strings, so [`crate::Mapping::decide`] allocates nothing:
//!
//! * exact mode: NFC, Unicode lower-case, whitespace runs folded to one space;
//! * tone-insensitive mode: additionally every combining mark is dropped after
//!   NFD (tones *and* vowel marks: `ư`→`u`, `â`→`a`) and `đ`→`d`, so an
//!   admin can write `Tin tuc` for `Tin tức`.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Whether two titles are equal under the chosen mode.
pub(crate) fn titles_equal(a: &str, b: &str, tone_insensitive: bool) -> bool {
    if tone_insensitive {
        fold_spaces(toneless(a)).eq(fold_spaces(toneless(b)))
    } else {
        fold_spaces(cased(a)).eq(fold_spaces(cased(b)))
    }
}

fn cased(s: &str) -> impl Iterator<Item = char> + '_ {
    s.trim().chars().nfc().flat_map(char::to_lowercase)
}

fn toneless(s: &str) -> impl Iterator<Item = char> + '_ {
    s.trim()
        .chars()
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            // `đ` has no decomposition, so NFD cannot strip it.
            'đ' | 'Đ' => 'd',
            c => c,
        })
        .flat_map(char::to_lowercase)
}

/// Folds whitespace runs to one space (input is already trimmed).
fn fold_spaces(chars: impl Iterator<Item = char>) -> impl Iterator<Item = char> {
    chars
        .scan(false, |previous_was_space, c| {
            let is_space = c.is_whitespace();
            let out = if is_space && *previous_was_space {
                None
            } else if is_space {
                Some(' ')
            } else {
                Some(c)
            };
            *previous_was_space = is_space;
            Some(out)
        })
        .flatten()
}

/// NFC copy of `s`.
pub(crate) fn nfc_owned(s: &str) -> String {
    s.nfc().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_mode_is_nfc_and_case_insensitive() {
        assert!(titles_equal("Tin tức", "TIN TỨC", false));
        assert!(titles_equal("Tin tư\u{301}c", "Tin tức", false));
        assert!(titles_equal("  Tin   tức ", "Tin tức", false));
        assert!(!titles_equal("Tin tuc", "Tin tức", false));
        assert!(!titles_equal("Tin tức", "Tin tức mới", false));
    }

    #[test]
    fn tone_insensitive_mode_drops_all_marks_and_stroke() {
        assert!(titles_equal("Tin tuc", "Tin tức", true));
        assert!(titles_equal("DANG UY", "Đảng ủy", true));
        assert!(titles_equal("Đảng uỷ", "Đảng ủy", true));
        assert!(!titles_equal("Tin tuc", "Tin tuc khac", true));
    }
}
