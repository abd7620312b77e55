//! The Vietnamese syllable model.

mod common;

use vnenc::syllable::{is_vietnamese_syllable as ok, score};

#[test]
fn valid_syllables() {
    for w in [
        // from the brief
        "nghiêng",
        "khuỷu",
        "quốc",
        "gìn",
        "giữ",
        "thuở",
        "oẳn",
        "ượp",
        "hoàng",
        "hòang",
        "được",
        "đươc",
        "ạch",
        // onsets, glides, diphthongs, triphthongs
        "a",
        "ở",
        "yêu",
        "yên",
        "uyên",
        "khuya",
        "người",
        "rượu",
        "chuối",
        "ngoài",
        "xoay",
        "khuấy",
        "ngoẹo",
        "huỳnh",
        "huỵch",
        "quyết",
        "quyền",
        "quý",
        "quýt",
        "quân",
        "quê",
        "qua",
        "nguyễn",
        "trường",
        "tiểu",
        "học",
        "hòa",
        "hoà",
        "bình",
        "khỏe",
        "khoẻ",
        "kỹ",
        "kỷ",
        "kìa",
        "ghế",
        "ghi",
        "nghĩ",
        "giặc",
        "gì",
        "già",
        "giếng",
        "xoong",
        "bệnh",
        "ếch",
        "thích",
        "ướt",
        "uống",
        "ỉa",
        "mua",
        "của",
        "mưa",
        "tuần",
        "huế",
        "chiều",
        "năm",
        "gửi",
        "hưu",
        "oái",
        "Việt",
        "VIỆT",
        "Nam",
        "Đắk",
        "Lắk",
    ] {
        assert!(ok(w), "{w} should be valid");
    }
}

#[test]
fn invalid_syllables() {
    for w in [
        "ngie",      // ng before i (should be ngh), and "ie" needs a circumflex
        "kăm",       // k only before e ê i y
        "cá\u{301}", // two tone marks
        "tiếnǵ",     // tone mark on a consonant, and a second tone
        "xyz",
        "ảch",  // stop coda with hỏi
        "ầc",   // stop coda with huyền
        "tiễp", // stop coda with ngã
        "ghan", // gh only before e ê i
        "cê",   // c before ê (should be k)
        "iên",  // iê needs an onset (yên)
        "tyên", // yê takes no onset
        "ă",    // ă needs a coda
        "caf",
        "Café",
        "naïve",
        "wifi",
        "ăă",
        "ngườii",
        "QĐ",
        "",
        "123",
        "hoaì", // tone on the coda
        "Ã©",
        "Ä‘i",
        "á»‡",
    ] {
        assert!(!ok(w), "{w} should be invalid");
    }
}

#[test]
fn all_tone_forms_of_open_syllables() {
    // Every vowel letter with every tone, as a one-letter syllable where the
    // vowel can stand alone (ă and â need a coda: tested with "m").
    for forms in common::VOWELS {
        for c in forms.chars() {
            let base = forms.chars().next().unwrap_or(c);
            let w = if base == 'ă' || base == 'â' {
                format!("{c}m")
            } else {
                c.to_string()
            };
            assert!(ok(&w), "{w}");
            assert!(ok(&w.to_uppercase()), "{w}");
        }
    }
}

#[test]
fn scoring_separates_readings() {
    let good = score("Trường Tiểu học Hòa Bình tổ chức lễ khai giảng");
    assert_eq!(good.vietnamese + good.ascii, good.words);
    assert_eq!(good.garbage, 0);
    let bad = score("TrÆ°á»\u{9d}ng Tiá»ƒu há»\u{8d}c HÃ²a BÃ¬nh");
    assert_eq!(bad.garbage, bad.words);
    assert!(good.value() > 0.5 && bad.value() < -2.0);
    assert_eq!(good.clamped(), good.value().min(1.0));
    assert_eq!(bad.clamped(), 0.0);
}

#[test]
fn suspect_words() {
    // "và" as "vÃ" + NBSP: a valid-looking syllable starting a sequence.
    let s = score("vÃ\u{a0}");
    assert_eq!((s.words, s.suspect), (1, 1));
    // Lone "Ã": a Vietnamese syllable (ã), not garbage.
    assert_eq!(score("Ã").vietnamese, 1);
    // Symbols without letters are not garbage.
    assert_eq!(score("© 2020").garbage, 0);
    assert_eq!(score("Â©").garbage, 1);
}
