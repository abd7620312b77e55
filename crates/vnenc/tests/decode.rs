//! End-to-end tests of `decode_field` / `classify` with Vietnamese text.

mod common;

use std::borrow::Cow;

use common::{letters, SENTENCES};
use vnenc::{classify, decode_field, mojibake, Charset, Classification, ColumnPrior};

fn cp(layers: u8) -> Charset {
    Charset::Utf8ViaCp1252 { layers }
}
fn l1(layers: u8) -> Charset {
    Charset::Utf8ViaLatin1 { layers }
}
fn none() -> ColumnPrior {
    ColumnPrior::new()
}

/// Clean UTF-8 must come back borrowed, unchanged, as utf-8.
#[track_caller]
fn assert_clean(s: &str) {
    let d = decode_field(s.as_bytes(), &none()).unwrap_or_else(|e| panic!("{s:?}: {e}"));
    assert_eq!(d.text, s);
    assert!(matches!(d.text, Cow::Borrowed(_)), "{s:?} not borrowed");
    let expect = if s.is_ascii() {
        Charset::Ascii
    } else {
        Charset::Utf8
    };
    assert_eq!(d.charset, expect, "{s:?}");
    assert!(!d.decided_by_prior);
    assert!(!d.guessed_case);
}

#[track_caller]
fn assert_repairs(s: &str, via: Charset) {
    let bytes = mojibake(s, via).unwrap_or_else(|| panic!("{s:?} not representable via {via}"));
    let d = decode_field(&bytes, &none()).unwrap_or_else(|e| panic!("{s:?} via {via}: {e}"));
    assert_eq!(d.text, s, "via {via}");
    assert_eq!(
        d.charset.layers(),
        via.layers(),
        "{s:?} via {via}: {:?}",
        d.charset
    );
    assert!(d.charset.is_double_encoded());
    assert!(d.confidence >= 0.9, "{s:?} via {via}: {d:?}");
    assert!(!d.decided_by_prior);
    assert_eq!(
        classify(&bytes, &none()),
        Classification::DoubleEncoded(d.charset)
    );
}

#[test]
fn there_are_134_non_ascii_letters() {
    let l = letters();
    assert_eq!(l.len(), 146);
    assert_eq!(l.iter().filter(|c| !c.is_ascii()).count(), 134);
}

#[test]
fn every_letter_as_utf8_is_unchanged() {
    for c in letters() {
        assert_clean(&c.to_string());
    }
    let all: String = letters().into_iter().collect();
    assert_clean(&all);
    let spaced: String = letters().iter().map(|c| format!("{c} ")).collect();
    assert_clean(&spaced);
}

#[test]
fn sentences_as_utf8_are_unchanged() {
    for s in SENTENCES {
        assert_clean(s);
        assert_eq!(classify(s.as_bytes(), &none()), Classification::Utf8);
    }
}

#[test]
fn every_letter_double_encoded_latin1() {
    for c in letters().into_iter().filter(|c| !c.is_ascii()) {
        for layers in 1..=3 {
            // Alone, and inside a word, and inside a sentence.
            assert_repairs(&c.to_string(), l1(layers));
            assert_repairs(&format!("x{c}n"), l1(layers));
            assert_repairs(&format!("Chữ {c} trong câu"), l1(layers));
        }
    }
}

#[test]
fn every_letter_double_encoded_cp1252() {
    let mut refused = Vec::new();
    for c in letters().into_iter().filter(|c| !c.is_ascii()) {
        let s = c.to_string();
        if mojibake(&s, cp(1)).is_none() {
            refused.push(c);
            continue;
        }
        for layers in 1..=3 {
            // Deeper layers may hit an undefined byte in an intermediate
            // layer (e.g. "ỗ" at layer 3); those cannot exist via cp1252.
            if mojibake(&s, cp(layers)).is_none() {
                assert!(mojibake(&s, l1(layers)).is_some());
                continue;
            }
            assert_repairs(&s, cp(layers));
            assert_repairs(&format!("Chữ {c} trong câu"), cp(layers));
        }
    }
    // Their UTF-8 contains 0x81/0x8D/0x8F/0x90/0x9D, undefined in cp1252.
    refused.sort();
    assert_eq!(refused, vec!['Á', 'Í', 'Ý', 'Đ', 'ề', 'ọ', 'ỏ', 'Ố', 'ờ']);
}

#[test]
fn sentences_double_encoded() {
    for s in SENTENCES {
        for layers in 1..=3 {
            assert_repairs(s, l1(layers));
            match mojibake(s, cp(layers)) {
                Some(_) => assert_repairs(s, cp(layers)),
                // Đ (QĐ, NĐ) and ọ (học) cannot go through strict cp1252.
                None => assert!(s.contains('Đ') || s.contains('ọ'), "{s}"),
            }
        }
    }
    // The all-caps motto has none of the five bytes: cp1252 works 3 deep.
    assert_repairs(SENTENCES[3], cp(3));
}

#[test]
fn cp1252_versus_latin1_labels() {
    // "Việt" needs none of the five latin1-only bytes: the smallest
    // explanation, cp1252, is reported.
    let b = mojibake("Việt Nam", l1(1)).unwrap();
    assert_eq!(decode_field(&b, &none()).unwrap().charset, cp(1));
    // "Đ" needs U+0090: only latin1 explains it.
    let b = mojibake("Đà Nẵng", l1(1)).unwrap();
    let d = decode_field(&b, &none()).unwrap();
    assert_eq!((d.text.as_ref(), d.charset), ("Đà Nẵng", l1(1)));
    // A latin1 column labels the ambiguous fields latin1 as well.
    let mut prior = ColumnPrior::new();
    prior.record(l1(1));
    let b = mojibake("Việt Nam", l1(1)).unwrap();
    let d = decode_field(&b, &prior).unwrap();
    assert_eq!(d.charset, l1(1));
    assert!(!d.decided_by_prior, "label only, the text was not in doubt");
}

#[test]
fn known_python_bytes() {
    // "Việt Nam".encode("utf-8").decode("cp1252").encode("utf-8")
    let d = decode_field(b"Vi\xc3\xa1\xc2\xbb\xe2\x80\xa1t Nam", &none()).unwrap();
    assert_eq!(d.text, "Việt Nam");
    assert_eq!(d.charset, cp(1));
    assert_eq!(d.runner_up.map(|r| r.0), Some(Charset::Utf8));
    assert!(d.confidence > 0.99);
}

#[test]
fn latin1_looking_text_stays() {
    for s in [
        "Café",
        "Bùi Thị Ánh",
        "Ông Đỗ Văn Hùng",
        "naïve résumé",
        "© 2020 UBND",
        "Giá 50.000đ",
        "ÂM NHẠC",
        "Ấp Ông Đồn",
        "Ã",
        "Â",
        "Ý",
        "À Á",
        "£5",
        "Müller Straße",
        "Crème brûlée à la française",
        "Tel. 0912 345 678 – Fax: 024 3825 1234",
        "“Việt Nam”",
        "là”",
        "Hà\u{a0}Nội",
        "Bà",
        "Ô tô",
        "Chị Ánh",
        "Ý kiến",
    ] {
        assert_clean(s);
    }
}

#[test]
fn single_words_where_mojibake_reading_is_plausible() {
    // Real Vietnamese words whose mojibake is short and could pass for
    // Latin-1 text: all repaired.
    for s in [
        "đi", "và", "à", "ơn", "ư", "bà", "Ở", "xã", "Ý", "Ò", "é", "Ấp",
    ] {
        assert_repairs(s, l1(1));
    }
    // "Ã©" is mojibake of "é" (U+00E9) — repaired even though not Vietnamese.
    let d = decode_field("Ã©".as_bytes(), &none()).unwrap();
    assert_eq!(d.text, "é");
    // Non-Vietnamese mojibake is repaired too: garbage beats nothing.
    assert_repairs("Café", cp(1));
    assert_repairs("naïve résumé", cp(2));
    assert_repairs("© 2020 UBND", cp(1));
}

#[test]
fn partial_double_encoding_is_flagged_not_repaired() {
    // Clean "Việt Nam" followed by mojibake of the same words: the field
    // does not reverse as a whole, so it is returned unchanged (repairing
    // half a field could corrupt the clean half) with a low confidence so the
    // audit shows it.
    let s = "Việt Nam và Viá»‡t Nam";
    let d = decode_field(s.as_bytes(), &none()).unwrap();
    assert_eq!(d.text, s);
    assert!(matches!(d.text, Cow::Borrowed(_)));
    assert_eq!(d.charset, Charset::Utf8);
    assert!(d.confidence <= vnenc::PARTIAL_MOJIBAKE_CONFIDENCE);
    // Same when the clean part is Latin-1 only ("Café" + mojibake).
    let d = decode_field("Café Viá»‡t".as_bytes(), &none()).unwrap();
    assert_eq!(d.charset, Charset::Utf8);
    assert!(d.confidence <= vnenc::PARTIAL_MOJIBAKE_CONFIDENCE);
    // Clean text is not flagged.
    assert_eq!(
        decode_field("Việt Nam".as_bytes(), &none())
            .unwrap()
            .confidence,
        1.0
    );
}

#[test]
fn raw_tcvn3_is_decoded_not_quarantined() {
    let tcvn3 = Charset::Legacy {
        charset: vnenc::legacy::Legacy::Tcvn3,
        layers: 0,
    };
    let d = decode_field(b"Vi\xd6t Nam", &none()).unwrap();
    assert_eq!((d.text.as_ref(), d.charset), ("Việt Nam", tcvn3));
    assert_eq!(
        classify(b"Vi\xd6t Nam", &none()),
        Classification::Other(tcvn3)
    );
    // TCVN3 "đã" in the middle of an unaccented sentence.
    let d = decode_field(b"UBND tinh \xae\xb7 ban hanh", &none()).unwrap();
    assert_eq!(
        (d.text.as_ref(), d.charset),
        ("UBND tinh đã ban hanh", tcvn3)
    );
}

#[test]
fn undecodable_binary() {
    // A UTF-16 byte-order mark before bytes that are no text.
    let e = decode_field(b"\xff\xfe\x00\x01", &none()).unwrap_err();
    assert_eq!(e.first_bad_byte, Some(0));
    assert!(e.reason.contains("UTF-16"), "{}", e.reason);
    assert_eq!(
        classify(b"\xff\xfe\x00\x01", &none()),
        Classification::Undecodable
    );
    // Cut in the middle of "ệ": no charset reads "\xe1\xbb" as Vietnamese.
    let e = decode_field(b"Vi\xe1\xbb", &none()).unwrap_err();
    assert_eq!(e.first_bad_byte, Some(2));
    assert!(e.reason.contains("incomplete"), "{}", e.reason);
    assert!(e.best.is_some(), "{e:?}");
}

#[test]
fn undecodable_replacement_and_nul() {
    let s = "Vi\u{FFFD}t Nam";
    let e = decode_field(s.as_bytes(), &none()).unwrap_err();
    assert_eq!(e.first_bad_byte, Some(2));
    assert!(
        e.reason.contains("U+FFFD") && e.reason.contains("byte 2"),
        "{}",
        e.reason
    );

    let e = decode_field(b"abc\0def", &none()).unwrap_err();
    assert_eq!(e.first_bad_byte, Some(3));
    assert!(e.reason.contains("NUL"), "{}", e.reason);
    let e = decode_field("Việt\0".as_bytes(), &none()).unwrap_err();
    assert_eq!(e.first_bad_byte, Some(6));

    // "ï¿½" is a double-encoded U+FFFD: the loss happened before the
    // double encoding, still undecodable.
    let b = mojibake("Vi\u{FFFD}t", cp(1)).unwrap();
    let e = decode_field(&b, &none()).unwrap_err();
    assert!(e.reason.contains("after undoing 1 layer"), "{}", e.reason);
    assert_eq!(classify(&b, &none()), Classification::Undecodable);
}

#[test]
fn control_characters_lower_confidence() {
    let d = decode_field(b"abc\x01def", &none()).unwrap();
    assert_eq!(d.charset, Charset::Ascii);
    assert_eq!(d.confidence, vnenc::CONTROL_PENALTY);
    let d = decode_field("Việt\x1bNam".as_bytes(), &none()).unwrap();
    assert_eq!(d.charset, Charset::Utf8);
    assert!(d.confidence < 1.0);
    // Tab, LF, CR are fine.
    let d = decode_field("Việt\tNam\r\n".as_bytes(), &none()).unwrap();
    assert_eq!(d.confidence, 1.0);
}

#[test]
fn ascii_and_empty() {
    for s in ["", "UBND", "hello world 123", "Viet Nam"] {
        let d = decode_field(s.as_bytes(), &none()).unwrap();
        assert_eq!(d.charset, Charset::Ascii);
        assert_eq!(d.confidence, 1.0);
        assert!(matches!(d.text, Cow::Borrowed(_)));
        assert_eq!(classify(s.as_bytes(), &none()), Classification::Ascii);
    }
}

#[test]
fn column_prior_breaks_ties() {
    // "Xem thêm…" whose "…" was once read as ISO-8859-1 (U+0085, a C1
    // control), then double-encoded: "Xem thÃªmÂ…". Both readings carry the
    // control character, so both score the same: too close to call.
    let field = mojibake("Xem thêm\u{85}", l1(1)).unwrap();
    assert_eq!(field, "Xem thÃªmÂ…".as_bytes());

    // No prior: the bytes are kept as they are.
    let d = decode_field(&field, &none()).unwrap();
    assert_eq!(d.text, "Xem thÃªmÂ…");
    assert_eq!(d.charset, Charset::Utf8);
    assert!(!d.decided_by_prior);
    assert_eq!(d.runner_up.map(|r| r.0), Some(cp(1)));
    assert!(d.confidence <= 0.5 + vnenc::CLOSE_MARGIN);

    // A column whose other fields were double-encoded: repaired.
    let mut broken = ColumnPrior::new();
    for s in ["Sở Nội vụ", "Đắk Lắk", "Hội đồng nhân dân"] {
        let b = mojibake(s, l1(1)).unwrap();
        let d = decode_field(&b, &broken).unwrap();
        assert_eq!(d.text, s);
        broken.record(d.charset);
    }
    broken.record(Charset::Ascii); // does not vote
    let d = decode_field(&field, &broken).unwrap();
    assert_eq!(d.text, "Xem thêm\u{85}");
    assert!(d.charset.is_double_encoded());
    assert!(d.decided_by_prior);
    assert_eq!(d.runner_up.map(|r| r.0), Some(Charset::Utf8));
    assert_eq!(
        classify(&field, &broken),
        Classification::DoubleEncoded(d.charset)
    );

    // A clean column keeps it, and says the prior decided.
    let mut clean = ColumnPrior::new();
    for _ in 0..5 {
        clean.record(Charset::Utf8);
    }
    let d = decode_field(&field, &clean).unwrap();
    assert_eq!(d.text, "Xem thÃªmÂ…");
    assert!(d.decided_by_prior);

    // The prior never overrides a clear decision.
    let d = decode_field("Việt Nam".as_bytes(), &broken).unwrap();
    assert_eq!((d.charset, d.decided_by_prior), (Charset::Utf8, false));
    let b = mojibake("Việt Nam", cp(1)).unwrap();
    let d = decode_field(&b, &clean).unwrap();
    assert_eq!((d.text.as_ref(), d.decided_by_prior), ("Việt Nam", false));
}

#[test]
fn symbols_and_brands() {
    // Classic Western mojibake is repaired...
    for (broken, fixed) in [
        ("Â°C", "°C"),
        ("25Â°C", "25°C"),
        ("NestlÃ©Â®", "Nestlé®"),
        ("Cty TNHH ABCÂ®", "Cty TNHH ABC®"),
        ("â€œTrÆ°á»\u{9d}ng há»\u{8d}câ€\u{9d}", "“Trường học”"),
    ] {
        let d = decode_field(broken.as_bytes(), &none()).unwrap();
        assert_eq!(d.text, fixed, "{broken}");
    }
    // ...while accented capitals before typographic punctuation stay.
    for s in ["CAFÉ…", "Hà\u{a0}\u{a0}Nội", "“Ô”", "Ông…"] {
        let d = decode_field(s.as_bytes(), &none()).unwrap();
        assert_eq!(d.text, s);
        assert_eq!(d.confidence, 1.0, "{s:?}");
    }
}

#[test]
fn long_field_with_one_broken_word_is_repaired() {
    // Dilution: 30 ASCII words and one double-encoded name.
    let s = format!("{} Nguyễn", "meeting with the delegation ".repeat(8));
    assert_repairs(&s, cp(1));
}

#[test]
fn nfd_input_is_not_normalised() {
    // "Việt" in NFD: clean UTF-8, returned as is (no NFC).
    let nfd = "Vie\u{323}\u{302}t Nam";
    assert_clean(nfd);
    // ...and its double encoding comes back as NFD too.
    assert_repairs(nfd, cp(1));
}
