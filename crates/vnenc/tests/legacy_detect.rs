//! Detection of the legacy charsets, VIQR, UTF-16, entity layers and the
//! Windows-1258 double encoding by `decode_field`, with Vietnamese text.

mod common;

use common::SENTENCES;
use vnenc::legacy::Legacy;
use vnenc::{decode_field, encode, Charset, ColumnPrior};

fn none() -> ColumnPrior {
    ColumnPrior::new()
}

fn legacy(cs: Legacy, layers: u8) -> Charset {
    Charset::Legacy {
        charset: cs,
        layers,
    }
}

/// Own test sentences: titles and sentences as a provincial portal writes
/// them, all six tones, capitals, đ.
const TEXTS: &[&str] = &[
    "Chương trình hành động thực hiện Nghị quyết của Tỉnh ủy",
    "Hội nghị tổng kết công tác phòng, chống thiên tai năm 2023",
    "Nông dân xã Mường Chiên thu hoạch lúa xuân sớm hơn mọi năm",
    "Đoàn công tác của Bộ Y tế kiểm tra tiến độ tiêm vắc xin sởi",
    "Trường Tiểu học Quỳnh Nhai tổ chức lễ khai giảng năm học mới",
    "Những điều cần biết về thủ tục cấp giấy chứng nhận quyền sử dụng đất",
    "Phát huy vai trò của người có uy tín trong đồng bào dân tộc thiểu số",
    "Tăng cường kiểm soát tải trọng phương tiện trên các tuyến đường huyện",
    "Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư bản Híp",
    "Sở Giáo dục và Đào tạo hướng dẫn tuyển sinh vào lớp 10 năm học 2024-2025",
];

#[track_caller]
fn assert_detects(s: &str, cs: Charset) {
    let b = encode(s, cs).unwrap_or_else(|| panic!("{s:?} not writable in {cs}"));
    let d = decode_field(&b, &none()).unwrap_or_else(|e| panic!("{s:?} in {cs}: {e}"));
    assert_eq!(d.charset, cs, "{s:?}: read as {} {:?}", d.charset, d.text);
    let lossy_case = matches!(cs.legacy(), Some(Legacy::Tcvn3 | Legacy::Vps));
    if lossy_case {
        assert_eq!(d.text.to_lowercase(), s.to_lowercase(), "{cs}");
    } else {
        assert_eq!(d.text, s, "{cs}");
    }
    assert!(d.confidence >= 0.6, "{s:?} in {cs}: {d:?}");
}

#[test]
fn every_legacy_charset_raw_and_through_latin1() {
    for cs in Legacy::ALL {
        for layers in [0, 1] {
            for s in TEXTS.iter().chain(SENTENCES.iter()) {
                assert_detects(s, legacy(cs, layers));
            }
        }
    }
}

#[test]
fn windows_1258_double_encoding() {
    let mut specific = 0;
    for s in TEXTS.iter().chain(SENTENCES.iter()) {
        let b = encode(s, Charset::Utf8ViaCp1258).unwrap();
        if Some(&b) == encode(s, Charset::Utf8ViaLatin1 { layers: 1 }).as_ref() {
            // No byte where cp1258 and latin1 differ: the same mojibake.
            let d = decode_field(&b, &none()).unwrap();
            assert_eq!(d.text, *s);
            continue;
        }
        specific += 1;
        assert_detects(s, Charset::Utf8ViaCp1258);
    }
    assert!(specific >= 8, "{specific}");
    // "Thông" read as cp1258: Ă where cp1252 would show Ã.
    let b = encode("Thông báo", Charset::Utf8ViaCp1258).unwrap();
    assert_eq!(String::from_utf8(b).unwrap(), "ThĂ´ng bĂ¡o");
}

#[test]
fn viqr_strict() {
    for s in TEXTS {
        assert_detects(s, Charset::Viqr);
    }
    let d = decode_field(b"Vie^.t Nam", &none()).unwrap();
    assert_eq!((d.text.as_ref(), d.charset), ("Việt Nam", Charset::Viqr));
    // English and ordinary punctuation stay ASCII.
    for s in [
        "Is it so? Yes. I'd say it is.",
        "See www.example.com/a.b?x=1 (page 2).",
        "a+b (c^2) = d",
        "Tel. 0912 345 678",
        "Ho Chi Minh City",
        "Dd",
    ] {
        let d = decode_field(s.as_bytes(), &none()).unwrap();
        assert_eq!((d.text.as_ref(), d.charset), (s, Charset::Ascii), "{s}");
    }
}

#[test]
fn tcvn3_capitals_guessed_from_context() {
    let tcvn3 = legacy(Legacy::Tcvn3, 0);
    // All-caps title: every lost capital comes back.
    let b = encode("THÔNG BÁO KẾT QUẢ TUYỂN DỤNG", tcvn3).unwrap();
    let d = decode_field(&b, &none()).unwrap();
    assert_eq!(d.text, "THÔNG BÁO KẾT QUẢ TUYỂN DỤNG");
    assert!(d.guessed_case);
    // Sentence start; a name in mid-sentence cannot be known.
    let b = encode("Ánh sáng mới. Ấp Bắc và ông Ánh", tcvn3).unwrap();
    let d = decode_field(&b, &none()).unwrap();
    assert_eq!(d.text, "Ánh sáng mới. Ấp Bắc và ông ánh");
    assert!(d.guessed_case);
    // Nothing lost: nothing guessed.
    let b = encode("Chương trình", tcvn3).unwrap();
    assert!(!decode_field(&b, &none()).unwrap().guessed_case);
}

#[test]
fn entity_layer() {
    let d = decode_field(b"Vi&#7879;t Nam &amp; &#x110;&agrave; N&#7861;ng", &none()).unwrap();
    assert_eq!(d.text, "Việt Nam &amp; Đà Nẵng");
    assert!(d.entities);
    assert_eq!(d.label(), "ncr");
    // Entities on top of double encoding.
    let d = decode_field("Vi&#225;&#187;&#135;t Nam".as_bytes(), &none()).unwrap();
    assert_eq!(d.text, "Việt Nam");
    assert_eq!(d.label(), "ncr+utf-8+cp1252");
}

#[test]
fn utf16_with_byte_order_mark() {
    for cs in [Charset::Utf16Le, Charset::Utf16Be] {
        for s in TEXTS {
            assert_detects(s, cs);
        }
    }
    let e = decode_field(b"\xff\xfeV\x00i", &none()).unwrap_err();
    assert!(e.reason.contains("UTF-16"), "{}", e.reason);
}

#[test]
fn clean_utf8_stays_clean_next_to_legacy_columns() {
    let mut prior = ColumnPrior::new();
    for _ in 0..50 {
        prior.record(legacy(Legacy::Tcvn3, 1));
    }
    for s in TEXTS.iter().chain(SENTENCES.iter()) {
        let d = decode_field(s.as_bytes(), &prior).unwrap();
        assert_eq!((d.text.as_ref(), d.charset), (*s, Charset::Utf8));
    }
    for s in [
        "Café",
        "naïve résumé",
        "Müller",
        "© 2020 UBND",
        "Crème brûlée",
    ] {
        let d = decode_field(s.as_bytes(), &prior).unwrap();
        assert_eq!(d.text, s);
    }
}

#[test]
fn bytes_that_fit_no_charset_are_undecodable_with_the_best_reading() {
    // A TCVN3 fragment, a UTF-8 fragment and bytes no Vietnamese encoding
    // produces.
    let b = b"Th\xf4ng b\xb8o kh\xe1\xba\xa9n c\xff\xfe\xc0\xafp v\x81\x90 m\x9d\x8d a l\xfe\xff";
    let e = decode_field(b, &none()).unwrap_err();
    assert_eq!(e.first_bad_byte, Some(2));
    let (_, _, conf) = e.best.clone().expect("a best reading");
    assert!(conf < 0.5, "{e:?}");
    assert!(e.reason.contains("no Vietnamese charset"), "{}", e.reason);
    // Random binary never panics and never passes as text with confidence.
    let b: Vec<u8> = (0u8..=255).rev().collect();
    assert!(decode_field(&b, &none()).is_err());
}

#[test]
fn column_prior_decides_between_close_legacy_readings() {
    // A single short word can read as Vietnamese in two charsets; a column
    // that was VNI so far decides for VNI and says so.
    let mut vni = ColumnPrior::new();
    for _ in 0..20 {
        vni.record(legacy(Legacy::Vni, 0));
    }
    let mut decided = 0;
    for s in ["Hòa", "bà", "cá", "lá", "mẹ", "đi", "ở", "ủy", "tổ", "xã"] {
        let b = encode(s, legacy(Legacy::Vni, 0)).unwrap();
        let d = decode_field(&b, &vni).unwrap();
        assert_eq!(d.text, s);
        decided += usize::from(d.decided_by_prior);
    }
    eprintln!("{decided} of 10 short VNI words needed the column prior");
}

/// Every charset and layer writes and reads back all 134 Vietnamese letters
/// (both cases, all tones) and ASCII with the fixed-charset codec; the
/// lossy ones (TCVN3, VPS capitals) come back lowercase, and the strict
/// cp1252/cp1258 double encodings refuse the letters whose UTF-8 they cannot
/// hold.
#[test]
fn fixed_codec_round_trips_every_letter_in_every_charset() {
    let mut all = vec![
        Charset::Utf8,
        Charset::Utf8ViaCp1258,
        Charset::Viqr,
        Charset::Utf16Le,
        Charset::Utf16Be,
    ];
    for layers in 1..=3 {
        all.push(Charset::Utf8ViaCp1252 { layers });
        all.push(Charset::Utf8ViaLatin1 { layers });
    }
    for cs in Legacy::ALL {
        all.push(legacy(cs, 0));
        all.push(legacy(cs, 1));
    }
    let ascii: String = (0x20u8..0x7F).map(char::from).collect();
    for cs in all {
        let mut refused = 0;
        for c in common::letters() {
            let s = format!("{c}");
            let Some(bytes) = encode(&s, cs) else {
                refused += 1;
                continue;
            };
            let back = vnenc::decode_as(&bytes, cs).unwrap_or_else(|e| panic!("{c} in {cs}: {e}"));
            let lossy = match cs.legacy() {
                Some(Legacy::Tcvn3) => c.is_uppercase() && !"ĂÂÊÔƠƯĐ".contains(c) && !c.is_ascii(),
                Some(Legacy::Vps) => "ẠẪẬẶẸỆỊỌỘỢỤỮỰỴ".contains(c),
                _ => false,
            };
            if lossy {
                assert_eq!(back, c.to_lowercase().to_string(), "{c} in {cs}");
            } else {
                assert_eq!(back, s, "{c} in {cs}");
            }
        }
        // cp1252 and cp1258 leave some bytes undefined: letters whose UTF-8
        // holds one cannot have gone through them.
        let strict = matches!(cs, Charset::Utf8ViaCp1252 { .. } | Charset::Utf8ViaCp1258);
        assert!(strict || refused == 0, "{cs} refused {refused} letters");
        if cs != Charset::Viqr {
            let b = encode(&ascii, cs).unwrap();
            assert_eq!(vnenc::decode_as(&b, cs).unwrap(), ascii, "{cs}");
        }
    }
}

#[test]
fn tcvn3_title_case_is_not_mistaken_for_capitals() {
    let tcvn3 = legacy(Legacy::Tcvn3, 0);
    for s in ["lãnh đạo tỉnh Hà Giang đề nghị", "Hà Nội", "ông Hồ Văn Ánh"] {
        let b = encode(s, tcvn3).unwrap();
        let d = decode_field(&b, &none()).unwrap();
        assert_eq!(d.text.to_lowercase(), s.to_lowercase());
        assert!(
            !d.text.contains("HÀ") && !d.text.contains("HỒ"),
            "{}",
            d.text
        );
    }
    let b = encode("UBND TỈNH HÀ GIANG", tcvn3).unwrap();
    assert_eq!(
        decode_field(&b, &none()).unwrap().text,
        "UBND TỈNH HÀ GIANG"
    );
}
