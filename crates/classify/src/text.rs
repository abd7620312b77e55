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

/// 64-bit FNV-1a of `bytes`: a fixed, portable hash, so that feature
/// buckets and folds are the same on every run and machine (std's
/// `RandomState` is seeded per process).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The splitmix64 finaliser: spreads every input bit over every output
/// bit. [`fnv1a`] of keys that differ only in their last characters
/// (`tin-tuc/14`, `tin-tuc/15`) differ mostly in low bits; mixed, they can
/// be sorted or reduced modulo a small number without clustering.
pub fn mix64(mut h: u64) -> u64 {
    h ^= h >> 30;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^ (h >> 31)
}

/// [`fnv1a`] as a [`std::hash::Hasher`], for maps whose layout must not
/// vary between runs.
#[derive(Debug, Clone, Copy)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
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
    fn fnv1a_is_the_published_function() {
        // Test vectors of the FNV reference (draft-eastlake-fnv).
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a("tuyển".as_bytes()), fnv1a(fold("TUYỂN").as_bytes()));
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
