//! The normal form texts are compared in.

use unicode_normalization::UnicodeNormalization;

/// `s` in NFC, lower-cased, every run of whitespace a single space, trimmed.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.nfc().flat_map(char::to_lowercase) {
        if c.is_whitespace() {
            space = !out.is_empty();
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    out
}

/// The syllables (words between non-alphanumeric characters) of folded
/// text, in order. Vietnamese writes one syllable per space-separated unit,
/// so these are the language's natural tokens.
pub fn syllables(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_form_and_space() {
        assert_eq!(fold("  TUYỂN   Dụng\n"), "tuyển dụng");
        // Decomposed input (NFD tone marks) folds to the same text.
        assert_eq!(fold("Tuye\u{302}\u{309}n"), "tuyển");
        assert_eq!(fold("ĐẢNG ỦY"), "đảng ủy");
    }

    #[test]
    fn syllables_split_on_punctuation() {
        let f = fold("Quyết định số 12/2024/QĐ-UBND, ngày 5.");
        let s: Vec<&str> = syllables(&f).collect();
        assert_eq!(
            s,
            ["quyết", "định", "số", "12", "2024", "qđ", "ubnd", "ngày", "5"]
        );
    }
}
