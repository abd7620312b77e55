//! Property tests: double encoding of random Vietnamese text is undone
//! exactly, and clean text is never touched.

mod common;

use proptest::prelude::*;
use vnenc::{decode_field, mojibake, Charset, ColumnPrior};

/// Characters for random "Vietnamese" strings: all Vietnamese letters,
/// ASCII letters and digits, spaces and ASCII punctuation. No cp1252
/// symbols: random text that already contains mojibake-like symbol runs is
/// not what the property is about.
fn alphabet(exclude_cp1252_undefined: bool) -> Vec<char> {
    let mut v = common::letters();
    v.extend('a'..='z');
    v.extend('A'..='Z');
    v.extend('0'..='9');
    v.extend([' ', ' ', ' ', ',', '.', '-', '/', '(', ')', ':']);
    if exclude_cp1252_undefined {
        v.retain(|&c| mojibake(&c.to_string(), Charset::Utf8ViaCp1252 { layers: 1 }).is_some());
    }
    v
}

fn text(exclude: bool) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(alphabet(exclude)), 0..40)
        .prop_map(|v| v.into_iter().collect())
}

/// Realistic text: words made of real syllables.
fn sentence() -> impl Strategy<Value = String> {
    let words = [
        "Ủy",
        "ban",
        "nhân",
        "dân",
        "tỉnh",
        "Sơn",
        "La",
        "Quyết",
        "định",
        "số",
        "Nghị",
        "Trường",
        "Tiểu",
        "học",
        "Hòa",
        "Bình",
        "tổ",
        "chức",
        "lễ",
        "khai",
        "giảng",
        "năm",
        "mới",
        "Việt",
        "Nam",
        "Đà",
        "Nẵng",
        "Hồ",
        "Chí",
        "Minh",
        "Hà",
        "Nội",
        "và",
        "của",
        "được",
        "người",
        "Nguyễn",
        "Thị",
        "Ánh",
        "Ông",
        "Đỗ",
        "Văn",
        "Hùng",
        "ỦY",
        "BAN",
        "NHÂN",
        "DÂN",
        "2011",
        "UBND",
        "QĐ",
        "NĐ-CP",
        "à",
        "ơi",
        "ạ",
        "Ý",
        "Ở",
    ];
    prop::collection::vec(prop::sample::select(words.to_vec()), 1..15).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn cp1252_one_layer_roundtrip(s in text(true)) {
        let b = mojibake(&s, Charset::Utf8ViaCp1252 { layers: 1 }).unwrap();
        let d = decode_field(&b, &ColumnPrior::new()).unwrap();
        prop_assert_eq!(d.text.as_ref(), s.as_str());
    }

    #[test]
    fn latin1_any_layers_roundtrip(s in text(false), layers in 1u8..=3) {
        let b = mojibake(&s, Charset::Utf8ViaLatin1 { layers }).unwrap();
        let d = decode_field(&b, &ColumnPrior::new()).unwrap();
        prop_assert_eq!(d.text.as_ref(), s.as_str());
        if !s.is_ascii() {
            prop_assert_eq!(d.charset.layers(), layers);
        }
    }

    #[test]
    fn sentences_roundtrip_any_prior(s in sentence(), layers in 1u8..=3, prior_utf8 in any::<bool>()) {
        let mut prior = ColumnPrior::new();
        if prior_utf8 {
            for _ in 0..100 { prior.record(Charset::Utf8); }
        }
        let b = mojibake(&s, Charset::Utf8ViaLatin1 { layers }).unwrap();
        let d = decode_field(&b, &prior).unwrap();
        prop_assert_eq!(d.text.as_ref(), s.as_str());
        prop_assert!(d.confidence >= 0.9);
        prop_assert!(!d.decided_by_prior);
    }

    // Random letters are not Vietnamese: a string of Latin-1 letters only
    // ("uù") is just as well VNI bytes read through latin1 ("ú"), and the
    // detector may read it so. Clean text here therefore holds at least
    // one character outside Latin-1, as almost every Vietnamese field does;
    // real syllables of any kind are checked with `sentence()` below.
    #[test]
    fn clean_text_is_never_touched(
        s in text(false).prop_filter("a char outside Latin-1", |s| s.chars().any(|c| u32::from(c) > 0xFF)),
        prior_broken in any::<bool>(),
    ) {
        let mut prior = ColumnPrior::new();
        if prior_broken {
            for _ in 0..100 { prior.record(Charset::Utf8ViaLatin1 { layers: 1 }); }
        }
        let d = decode_field(s.as_bytes(), &prior).unwrap();
        prop_assert_eq!(d.text.as_ref(), s.as_str());
        prop_assert!(matches!(d.text, std::borrow::Cow::Borrowed(_)));
        prop_assert!(!d.charset.is_double_encoded());
    }

    #[test]
    fn clean_sentences_are_never_touched(s in sentence(), prior_broken in any::<bool>()) {
        let mut prior = ColumnPrior::new();
        if prior_broken {
            for _ in 0..100 { prior.record(Charset::Utf8ViaLatin1 { layers: 1 }); }
        }
        let d = decode_field(s.as_bytes(), &prior).unwrap();
        prop_assert_eq!(d.text.as_ref(), s.as_str());
        prop_assert!(matches!(d.text, std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn arbitrary_bytes_never_panic(b in prop::collection::vec(any::<u8>(), 0..64)) {
        let prior = ColumnPrior::new();
        match decode_field(&b, &prior) {
            Ok(d) => prop_assert!((0.0..=1.0).contains(&d.confidence)),
            Err(e) => prop_assert!(!e.reason.is_empty()),
        }
        let _ = vnenc::classify(&b, &prior);
    }
}
