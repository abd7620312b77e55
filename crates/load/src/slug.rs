use unicode_normalization::UnicodeNormalization;

/// A URL slug from any text: Vietnamese letters folded to ASCII (`đ` to `d`,
/// tone and vowel marks dropped), lowercase, runs of anything else turned
/// into one `-`. Returns `"bai-viet"` ("article") for text with no letters or
/// digits, so a slug is never empty.
pub fn slugify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut dash = false;
    for c in text.nfd() {
        let c = match c {
            'đ' | 'Đ' | 'Ð' => 'd',
            c if unicode_normalization::char::is_combining_mark(c) => continue,
            c => c.to_ascii_lowercase(),
        };
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c);
        } else {
            dash = true;
        }
    }
    if out.is_empty() {
        out.push_str("bai-viet");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::slugify;

    #[test]
    fn vietnamese_folds_to_ascii() {
        assert_eq!(
            slugify("Hội nghị tổng kết công tác năm 2023 của UBND tỉnh Đắk Lắk"),
            "hoi-nghi-tong-ket-cong-tac-nam-2023-cua-ubnd-tinh-dak-lak"
        );
        assert_eq!(slugify("Tin-tuc"), "tin-tuc");
        assert_eq!(slugify("  Thông báo!!  "), "thong-bao");
        assert_eq!(slugify("—"), "bai-viet");
    }
}
