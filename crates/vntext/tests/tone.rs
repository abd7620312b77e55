//! Tone-mark placement and publishing normalisation (`vntext::tone`).

use std::borrow::Cow;

use proptest::prelude::*;
use unicode_normalization::{is_nfc, UnicodeNormalization};
use vnenc::syllable::is_vietnamese_syllable;
use vntext::tone::{normalize, place_tone, Changes, ToneStyle};

const STYLES: [ToneStyle; 3] = [ToneStyle::Traditional, ToneStyle::Modern, ToneStyle::Keep];
const TONES: [char; 5] = ['\u{0300}', '\u{0301}', '\u{0303}', '\u{0309}', '\u{0323}'];

fn trad(s: &str) -> String {
    normalize(s, ToneStyle::Traditional).0.into_owned()
}

fn modern(s: &str) -> String {
    normalize(s, ToneStyle::Modern).0.into_owned()
}

/// `letters` with `tone` after the letter at `at` (a char index), NFC.
fn with_tone(letters: &str, at: usize, tone: char) -> String {
    let mut s = String::new();
    for (i, c) in letters.chars().enumerate() {
        s.push(c);
        if i == at {
            s.push(tone);
        }
    }
    s.nfc().collect()
}

fn cases(s: &str) -> [String; 3] {
    let mut cap = String::new();
    for (i, c) in s.chars().enumerate() {
        if i == 0 {
            cap.extend(c.to_uppercase());
        } else {
            cap.push(c);
        }
    }
    [s.to_owned(), cap, s.to_uppercase()]
}

/// Onsets the syllable model accepts before the glides o and u (c, k, gh,
/// ngh refuse them; qu and gi are tested on their own).
const GLIDE_ONSETS: &[&str] = &[
    "", "b", "ch", "d", "đ", "g", "h", "kh", "l", "m", "n", "ng", "nh", "p", "ph", "r", "s", "t",
    "th", "tr", "v", "x",
];

#[test]
fn every_open_oa_oe_uy_syllable_round_trips() {
    let mut checked = 0;
    for onset in GLIDE_ONSETS {
        for rhyme in ["oa", "oe", "uy"] {
            let o = onset.chars().count();
            let letters = format!("{onset}{rhyme}");
            for tone in TONES {
                let old = with_tone(&letters, o, tone);
                let new = with_tone(&letters, o + 1, tone);
                for (old, new) in cases(&old).into_iter().zip(cases(&new)) {
                    assert!(is_vietnamese_syllable(&old), "{old}");
                    assert!(is_vietnamese_syllable(&new), "{new}");
                    let p = |w: &str, s| place_tone(w, s);
                    assert_eq!(p(&old, ToneStyle::Modern).as_deref(), Some(&*new), "{old}");
                    assert_eq!(p(&new, ToneStyle::Traditional).as_deref(), Some(&*old));
                    assert_eq!(p(&old, ToneStyle::Traditional), None, "{old}");
                    assert_eq!(p(&new, ToneStyle::Modern), None, "{new}");
                    assert_eq!(p(&old, ToneStyle::Keep), None);
                    assert_eq!(p(&new, ToneStyle::Keep), None);

                    let (m, ch) = normalize(&old, ToneStyle::Modern);
                    assert_eq!(m, new);
                    assert_eq!(ch.tone_marks, 1);
                    let (t, ch) = normalize(&m, ToneStyle::Traditional);
                    assert_eq!(t, old, "Traditional∘Modern of {old}");
                    assert_eq!(ch.tone_marks, 1);
                    assert!(matches!(
                        normalize(&old, ToneStyle::Traditional).0,
                        Cow::Borrowed(_)
                    ));
                    checked += 1;
                }
            }
            // Without a tone mark there is nothing to place.
            for w in cases(&letters) {
                for style in STYLES {
                    assert_eq!(place_tone(&w, style), None);
                }
            }
        }
    }
    assert_eq!(checked, GLIDE_ONSETS.len() * 3 * 5 * 3);
}

#[test]
fn rhymes_with_a_coda_mark_the_last_vowel_in_both_styles() {
    // glide + nucleus, and codas the syllable model accepts after them.
    let rhymes: &[(&str, &[&str])] = &[
        ("oa", &["c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "y"]),
        ("oă", &["c", "m", "n", "ng", "t"]),
        ("oe", &["n", "t", "o"]),
        ("uâ", &["n", "ng", "t", "y"]),
        ("uê", &["ch", "n", "nh", "u"]),
        ("uy", &["ch", "n", "nh", "p", "t", "u"]),
        ("uyê", &["n", "t"]),
    ];
    let mut checked = 0;
    for onset in ["", "h", "kh", "l", "t", "th", "ng", "x", "tr", "ch"] {
        for (rhyme, codas) in rhymes {
            for coda in *codas {
                let letters = format!("{onset}{rhyme}{coda}");
                let o = onset.chars().count();
                let last = o + rhyme.chars().count() - 1;
                for tone in TONES {
                    let stop = matches!(*coda, "c" | "ch" | "p" | "t");
                    if stop && !matches!(tone, '\u{0301}' | '\u{0323}') {
                        continue;
                    }
                    // oai, oay, oeo, uây, uêu, uyu: the middle vowel (for
                    // uây and uêu also the shaped one); else the last.
                    let right = if matches!(*coda, "i" | "y" | "o" | "u") {
                        o + 1
                    } else {
                        last
                    };
                    let right_word = with_tone(&letters, right, tone);
                    if !is_vietnamese_syllable(&right_word) {
                        continue;
                    }
                    for w in cases(&right_word) {
                        for style in STYLES {
                            assert_eq!(place_tone(&w, style), None, "{w} {style}");
                            assert!(matches!(normalize(&w, style).0, Cow::Borrowed(_)));
                        }
                    }
                    // The mark on the glide is a mistaken placement: moved
                    // in both styles.
                    let wrong = with_tone(&letters, o, tone);
                    if is_vietnamese_syllable(&wrong) {
                        for (w, r) in cases(&wrong).into_iter().zip(cases(&right_word)) {
                            assert_eq!(place_tone(&w, ToneStyle::Traditional), Some(r.clone()));
                            assert_eq!(place_tone(&w, ToneStyle::Modern), Some(r));
                            assert_eq!(place_tone(&w, ToneStyle::Keep), None);
                        }
                    }
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 1000, "{checked}");
}

#[test]
fn qu_and_gi_are_onsets() {
    let words = [
        "quý",
        "quỳ",
        "quà",
        "qua",
        "quả",
        "quạ",
        "quở",
        "quỹ",
        "quỷ",
        "quỵ",
        "quyết",
        "quyền",
        "quốc",
        "quận",
        "quẻ",
        "quét",
        "quạt",
        "quỳnh",
        "quầy",
        "quày",
        "quái",
        "quéo",
        "gia",
        "già",
        "giá",
        "giả",
        "giữa",
        "giỏi",
        "giờ",
        "giường",
        "giếng",
        "gì",
        "gìn",
        "giúp",
        "giữ",
        "giàu",
        "giặt",
        "giọng",
    ];
    for w in words {
        for c in cases(w) {
            assert!(is_vietnamese_syllable(&c), "{c}");
            for style in STYLES {
                assert_eq!(place_tone(&c, style), None, "{c} {style}");
                assert!(matches!(normalize(&c, style).0, Cow::Borrowed(_)), "{c}");
            }
        }
    }
    // A mark on the onset's vowel is a typo the model rejects: left alone.
    for w in ["qúy", "qùy", "qủa", "gìa", "gía", "gịot", "Gìa", "QÙY"] {
        assert!(!is_vietnamese_syllable(w), "{w}");
        for style in STYLES {
            assert_eq!(place_tone(w, style), None, "{w}");
            assert_eq!(normalize(w, style).0, w);
        }
    }
}

#[test]
fn u_glide_with_a_shaped_nucleus_marks_the_nucleus_in_both_styles() {
    for w in [
        "thuở", "huế", "thuế", "khuê", "huơ", "khuấy", "tuần", "thuộc", "luật",
    ] {
        for style in STYLES {
            assert_eq!(place_tone(w, style), None, "{w}");
        }
    }
    for (wrong, right) in [
        ("thủơ", "thuở"),
        ("Thủơ", "Thuở"),
        ("húê", "huế"),
        ("thúê", "thuế"),
        ("khúây", "khuấy"),
        ("HÚÊ", "HUẾ"),
    ] {
        assert!(is_vietnamese_syllable(wrong), "{wrong}");
        assert_eq!(
            place_tone(wrong, ToneStyle::Traditional).as_deref(),
            Some(right)
        );
        assert_eq!(place_tone(wrong, ToneStyle::Modern).as_deref(), Some(right));
        assert_eq!(place_tone(wrong, ToneStyle::Keep), None);
    }
}

#[test]
fn mistaken_placements_inside_the_rhyme_are_moved() {
    for (wrong, right) in [
        ("hòan", "hoàn"),
        ("tòan", "toàn"),
        ("khỏang", "khoảng"),
        ("hóac", "hoác"),
        ("hoạc", "hoạc"),
        ("muà", "mùa"),
        ("cuả", "của"),
        ("miá", "mía"),
        ("mưả", "mửa"),
        ("tìên", "tiền"),
        ("ngòai", "ngoài"),
        ("xóay", "xoáy"),
        ("khủyu", "khuỷu"),
        ("ngóeo", "ngoéo"),
        ("sóoc", "soóc"),
        ("NGÒAI", "NGOÀI"),
    ] {
        if wrong == right {
            assert_eq!(place_tone(wrong, ToneStyle::Traditional), None);
            continue;
        }
        for style in [ToneStyle::Traditional, ToneStyle::Modern] {
            assert_eq!(
                place_tone(wrong, style).as_deref(),
                Some(right),
                "{wrong} {style}"
            );
            let (out, ch) = normalize(wrong, style);
            assert_eq!((out.as_ref(), ch.tone_marks), (right, 1));
        }
        assert_eq!(place_tone(wrong, ToneStyle::Keep), None);
        assert_eq!(normalize(wrong, ToneStyle::Keep).0, wrong);
    }
    // Marks on a coda or on the onset: not syllables, not touched.
    for w in ["baì", "lơị", "hoaì", "ngoaì", "tạị"] {
        assert!(!is_vietnamese_syllable(w), "{w}");
        assert_eq!(trad(w), w);
        assert_eq!(modern(w), w);
    }
}

#[test]
fn letter_case_is_kept_letter_by_letter() {
    assert_eq!(
        place_tone("HOÀ", ToneStyle::Traditional).as_deref(),
        Some("HÒA")
    );
    assert_eq!(place_tone("HÒA", ToneStyle::Modern).as_deref(), Some("HOÀ"));
    assert_eq!(
        place_tone("Hoà", ToneStyle::Traditional).as_deref(),
        Some("Hòa")
    );
    assert_eq!(place_tone("Hòa", ToneStyle::Modern).as_deref(), Some("Hoà"));
    assert_eq!(place_tone("ỦY", ToneStyle::Modern).as_deref(), Some("UỶ"));
    assert_eq!(
        place_tone("Uỷ", ToneStyle::Traditional).as_deref(),
        Some("Ủy")
    );
    // Irregular case is moved as is, each letter keeping its case.
    assert_eq!(
        place_tone("hOà", ToneStyle::Traditional).as_deref(),
        Some("hÒa")
    );
    assert_eq!(
        place_tone("HoÀ", ToneStyle::Traditional).as_deref(),
        Some("HòA")
    );
}

#[test]
fn nfd_input_is_composed_then_placed() {
    assert_eq!(
        place_tone("hoa\u{0300}", ToneStyle::Traditional).as_deref(),
        Some("hòa")
    );
    assert_eq!(
        place_tone("ho\u{0300}a", ToneStyle::Modern).as_deref(),
        Some("hoà")
    );
    // Already right but decomposed: place_tone leaves it, normalize composes.
    assert_eq!(place_tone("ho\u{0300}a", ToneStyle::Traditional), None);
    let (out, ch) = normalize("ho\u{0300}a Vie\u{0323}\u{0302}t", ToneStyle::Traditional);
    assert_eq!((out.as_ref(), ch), ("hòa Việt", Changes::default()));
    assert!(matches!(out, Cow::Owned(_)));
}

#[test]
fn urls_emails_code_and_foreign_words_are_untouched() {
    for s in [
        "Hoang",
        "Hoa Thuy Khoe",
        "toa.vn",
        "https://hoa.gov.vn/hoà",
        "http://thuỷ.vn/khoẻ?a=hoà",
        "hoa.gov.vn/thuỷ",
        "www.hoà.vn",
        "/tin-tuc/hoà-bình",
        "C:\\Tài liệu\\hoà.doc",
        "thuỷ@mail.vn",
        "@hoà",
        "#khoẻ",
        "khoẻ_mạnh",
        "hoà=1",
        "<b>hoà</b>",
        "{thuỷ}",
        "`hoà`",
        "hoà.pdf",
        "Thuỷ.docx",
        "hoà2",
        "2hoà",
        "Café José Zoë naïve Ðað",
        "Ðorđe QÐ-UBND Ð",
    ] {
        for style in STYLES {
            let (out, ch) = normalize(s, style);
            assert_eq!(out, s, "{s} {style}");
            assert!(matches!(out, Cow::Borrowed(_)));
            assert_eq!(ch, Changes::default());
        }
    }
    // Vietnamese words next to such chunks are still normalised.
    assert_eq!(
        trad("Xem https://hoa.gov.vn/hoà về thuỷ lợi"),
        "Xem https://hoa.gov.vn/hoà về thủy lợi"
    );
    // Address abbreviations are not host names; "và/hoặc"-style pairs are
    // words.
    assert_eq!(trad("TP.Hoà Bình, P.Thuỷ Xuân"), "TP.Hòa Bình, P.Thủy Xuân");
    assert_eq!(trad("hoà/thuỷ"), "hòa/thủy");
    assert_eq!(
        trad("(hoà) “khoẻ” 'tuỳ' Hoà-Bình"),
        "(hòa) “khỏe” 'tùy' Hòa-Bình"
    );
}

#[test]
fn eth_becomes_d_bar_in_vietnamese_words_only() {
    let (out, ch) = normalize("Ðà Nẵng, ÐỒNG NAI, ðường", ToneStyle::Keep);
    assert_eq!(out, "Đà Nẵng, ĐỒNG NAI, đường");
    assert_eq!(ch.d_bar, 3);
    assert_eq!(ch.tone_marks, 0);
    let (out, ch) = normalize("bông Ðoá", ToneStyle::Traditional);
    assert_eq!(out, "bông Đóa");
    assert_eq!((ch.d_bar, ch.tone_marks), (1, 1));
    let (out, ch) = normalize("bông Ðoá", ToneStyle::Modern);
    assert_eq!(out, "bông Đoá");
    assert_eq!((ch.d_bar, ch.tone_marks), (1, 0));
    // Not Vietnamese after the replacement: kept.
    for s in ["Ðorđe", "QÐ", "Ð", "ðað", "Ðx", "https://ðà.vn"] {
        assert_eq!(trad(s), s);
    }
    // place_tone handles tone marks only.
    assert_eq!(place_tone("Ðoà", ToneStyle::Traditional), None);
}

#[test]
fn invisible_and_control_characters_are_removed() {
    let (out, ch) = normalize(
        "\u{FEFF}Ủy\u{200B} ban\u{200C}\u{200D} nhân\u{2060} dân",
        ToneStyle::Keep,
    );
    assert_eq!(out, "Ủy ban nhân dân");
    assert_eq!(ch.invisible, 5);
    assert_eq!(ch.spaces, 0);
    let (out, ch) = normalize("a\u{0}b\u{1B}c\u{7F}d\u{85}e\u{9F}f\tg", ToneStyle::Keep);
    assert_eq!(out, "abcdef\tg");
    assert_eq!(ch.invisible, 5);
    // A zero-width character between words does not separate them...
    assert_eq!(trad("Hoà\u{200B}Bình"), "HoàBình");
    // ...but one inside a word no longer hides it from the syllable model.
    assert_eq!(trad("tỉnh Hoà\u{200B} Bình"), "tỉnh Hòa Bình");
    assert_eq!(trad("Ho\u{200B}à"), "Hòa");
    // A zero-width joiner between a letter and a mark: NFC after removal.
    assert_eq!(trad("a\u{200D}\u{0300}"), "à");
}

#[test]
fn spaces_and_line_breaks() {
    let s = "một  hai\u{A0}ba \u{A0} bốn\u{2009}năm\u{3000}sáu";
    let (out, ch) = normalize(s, ToneStyle::Keep);
    assert_eq!(out, "một hai ba bốn năm sáu");
    assert_eq!(ch.spaces, 5);
    let (out, ch) = normalize(
        "dòng 1  \r\ndòng 2\rdòng 3 \ndòng 4\u{2028}x",
        ToneStyle::Keep,
    );
    assert_eq!(out, "dòng 1\ndòng 2\ndòng 3\ndòng 4\nx");
    assert_eq!(ch.spaces, 5); // trimmed, CRLF, CR, trimmed, U+2028
                              // Not across newlines, blank lines kept, indentation folded to one.
    assert_eq!(trad("a\n\n   b\n \n"), "a\n\n b\n\n");
    // Vertical tab and form feed separate words like spaces.
    assert_eq!(trad("a\u{B}b\u{C}c"), "a b c");
    // Tabs, smart quotes and dashes are kept.
    let s = "“Hòa bình” – ‘thủy chung’ — cột\tcột";
    assert!(matches!(
        normalize(s, ToneStyle::Traditional).0,
        Cow::Borrowed(_)
    ));
}

#[test]
fn text_node_edges_keep_one_space() {
    // "Ủy ban <b>nhân dân</b> tỉnh": each text node on its own.
    assert!(matches!(
        normalize("Ủy ban ", ToneStyle::Traditional).0,
        Cow::Borrowed(_)
    ));
    assert!(matches!(
        normalize(" tỉnh", ToneStyle::Traditional).0,
        Cow::Borrowed(_)
    ));
    assert!(matches!(
        normalize(" ", ToneStyle::Traditional).0,
        Cow::Borrowed(_)
    ));
    assert_eq!(trad("  Uỷ ban  "), " Ủy ban ");
    assert_eq!(trad("\u{A0}"), " ");
    assert_eq!(trad(""), "");
}

#[test]
fn borrows_and_counts_nothing_when_clean() {
    let clean = "Ủy ban nhân dân tỉnh Hòa Bình thông báo: ngày 12/3/2024, \
                 Sở Y tế Thanh Hóa kiểm tra sức khỏe tại https://soyte.gov.vn.";
    let (out, ch) = normalize(clean, ToneStyle::Traditional);
    assert!(matches!(out, Cow::Borrowed(_)));
    assert_eq!(ch, Changes::default());
    assert!(ch.is_empty());
    let (out, _) = normalize("plain ASCII text, with punctuation!", ToneStyle::Modern);
    assert!(matches!(out, Cow::Borrowed(_)));
}

#[test]
fn changes_add_up() {
    let mut total = Changes::default();
    total += normalize("Hoà  Bình", ToneStyle::Traditional).1;
    total += normalize("Ðà\u{200B}", ToneStyle::Traditional).1;
    assert_eq!(
        total,
        Changes {
            tone_marks: 1,
            d_bar: 1,
            invisible: 1,
            spaces: 1
        }
    );
    assert_eq!(total.total(), 4);
}

#[test]
fn tone_style_parses_and_defaults_to_traditional() {
    assert_eq!(ToneStyle::default(), ToneStyle::Traditional);
    for (s, style) in [
        ("traditional", ToneStyle::Traditional),
        ("old", ToneStyle::Traditional),
        (" Traditional ", ToneStyle::Traditional),
        ("modern", ToneStyle::Modern),
        ("NEW", ToneStyle::Modern),
        ("keep", ToneStyle::Keep),
    ] {
        assert_eq!(s.parse::<ToneStyle>(), Ok(style));
    }
    for style in STYLES {
        assert_eq!(style.to_string().parse::<ToneStyle>(), Ok(style));
    }
    let err = "mới".parse::<ToneStyle>().unwrap_err();
    assert!(err.to_string().contains("mới"));
}

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('\\') {
        out.push_str(&rest[..i]);
        let tail = &rest[i + 1..];
        if let Some(hex) = tail.strip_prefix("u{") {
            let end = hex.find('}').expect("closing brace");
            let c = u32::from_str_radix(&hex[..end], 16).expect("hex");
            out.push(char::from_u32(c).expect("scalar"));
            rest = &hex[end + 1..];
        } else {
            let c = tail.chars().next().expect("escape");
            out.push(match c {
                't' => '\t',
                'r' => '\r',
                'n' => '\n',
                _ => panic!("unknown escape \\{c}"),
            });
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    out
}

#[test]
fn table_of_cases() {
    let table = include_str!("data/tone-cases.tsv");
    let mut rows = 0;
    for line in table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 4, "{line:?}");
        let input = unescape(cols[0]);
        for (style, want) in [
            (ToneStyle::Traditional, cols[1]),
            (ToneStyle::Modern, cols[2]),
        ] {
            let want = unescape(want);
            let (got, _) = normalize(&input, style);
            assert_eq!(got, want, "{style}: {} ({})", cols[0], cols[3]);
            // Idempotent.
            assert!(matches!(normalize(&got, style).0, Cow::Borrowed(_)));
        }
        rows += 1;
    }
    assert!(rows >= 30);
}

// ---------------------------------------------------------------------------
// Properties

const ONSETS: &[&str] = &[
    "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
    "nh", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
];

/// Rhymes (glide, nucleus, coda) as letters; the tone goes on one of the
/// vowels at random, so many combinations are mistaken or not Vietnamese.
const RHYMES: &[&str] = &[
    "a", "ai", "ao", "au", "ay", "an", "ang", "anh", "ac", "at", "ă", "ăn", "ăng", "âu", "ây",
    "ân", "e", "eo", "en", "ê", "êu", "ênh", "i", "ia", "iu", "in", "iêu", "iên", "iêt", "o", "oi",
    "on", "ong", "ô", "ôi", "ông", "ơ", "ơi", "ơn", "u", "ua", "ui", "un", "ung", "uôi", "uôn",
    "ư", "ưa", "ưi", "ưu", "ươi", "ương", "ươu", "y", "oa", "oai", "oay", "oan", "oang", "oanh",
    "oac", "oăn", "oăc", "oe", "oeo", "oen", "oet", "uâ", "uân", "uây", "uê", "uêch", "uênh", "uơ",
    "uy", "uya", "uyu", "uyn", "uynh", "uyt", "uyên", "uyêt", "oo", "oong",
];

fn syllable() -> impl Strategy<Value = String> {
    (
        prop::sample::select(ONSETS),
        prop::sample::select(RHYMES),
        0usize..6,
        0usize..4,
        0u8..3,
    )
        .prop_map(|(onset, rhyme, tone, vowel, case)| {
            let mut s = String::from(onset);
            let vowels: Vec<usize> = rhyme
                .char_indices()
                .filter(|(_, c)| "aăâeêioôơuưy".contains(*c))
                .map(|(i, _)| i)
                .collect();
            let at = vowels.get(vowel % vowels.len().max(1)).copied();
            for (i, c) in rhyme.char_indices() {
                s.push(c);
                if tone > 0 && Some(i) == at {
                    s.push(TONES[tone - 1]);
                }
            }
            let s: String = s.nfc().collect();
            match case {
                0 => s,
                1 => cases(&s)[1].clone(),
                _ => s.to_uppercase(),
            }
        })
}

fn separator() -> impl Strategy<Value = &'static str> {
    prop::sample::select(&[" ", " ", " ", ", ", ". ", "\n", " – ", " “", "” ", "-", "/"][..])
}

fn vietnamese_text() -> impl Strategy<Value = String> {
    prop::collection::vec((syllable(), separator()), 0..16).prop_map(|v| {
        v.into_iter()
            .map(|(w, sep)| format!("{w}{sep}"))
            .collect::<String>()
            .trim_end()
            .to_owned()
    })
}

/// Everything normalize has an opinion about.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        syllable(),
        syllable(),
        syllable(),
        syllable(),
        Just(" ".to_owned()),
        Just("  ".to_owned()),
        Just("\u{A0}".to_owned()),
        Just("\u{2009}".to_owned()),
        Just("\t".to_owned()),
        Just("\n".to_owned()),
        Just("\r\n".to_owned()),
        Just("\r".to_owned()),
        Just("\u{2028}".to_owned()),
        Just("\u{B}".to_owned()),
        Just("\u{200B}".to_owned()),
        Just("\u{200D}".to_owned()),
        Just("\u{FEFF}".to_owned()),
        Just("\u{0}".to_owned()),
        Just("\u{85}".to_owned()),
        Just("Ð".to_owned()),
        Just("ð".to_owned()),
        Just("\u{0300}".to_owned()),
        Just("\u{0323}\u{0302}".to_owned()),
        Just("https://".to_owned()),
        Just("@".to_owned()),
        Just(".".to_owned()),
        Just("/".to_owned()),
        Just("_".to_owned()),
        Just("“".to_owned()),
        Just("—".to_owned()),
        "[a-zA-Z0-9.,;:!?()'\"-]{1,6}",
        "[àáạảãăằắặẳẵâầấậẩẫèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđĐÐð]{1,3}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..24).prop_map(|v| v.concat())
}

fn assert_clean(s: &str) {
    assert!(is_nfc(s), "not NFC: {s:?}");
    assert!(!s.contains("  ") && !s.contains(" \n"), "not folded: {s:?}");
    assert!(
        !s.chars().any(|c| (c.is_control() && c != '\t' && c != '\n')
            || matches!(
                c,
                '\u{A0}' | '\u{200B}' | '\u{200D}' | '\u{FEFF}' | '\u{2028}'
            )),
        "invisible left: {s:?}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn normalize_is_idempotent(s in text(), style in prop::sample::select(&STYLES[..])) {
        let (once, _) = normalize(&s, style);
        assert_clean(&once);
        let (twice, ch) = normalize(&once, style);
        prop_assert_eq!(&twice, &once);
        prop_assert!(matches!(twice, Cow::Borrowed(_)));
        prop_assert_eq!(ch, Changes::default());
        // The style only moves marks: the other styles agree on everything
        // but tone marks.
        let strip = |t: &str| -> String {
            t.nfd().filter(|c| !matches!(c, '\u{0300}' | '\u{0301}' | '\u{0303}' | '\u{0309}' | '\u{0323}')).collect()
        };
        let (keep, _) = normalize(&s, ToneStyle::Keep);
        prop_assert_eq!(strip(&once), strip(&keep));
    }

    #[test]
    fn traditional_after_modern_round_trips(s in vietnamese_text()) {
        let (t, _) = normalize(&s, ToneStyle::Traditional);
        let (m, to_modern) = normalize(&t, ToneStyle::Modern);
        let (back, to_trad) = normalize(&m, ToneStyle::Traditional);
        prop_assert_eq!(&back, &t);
        prop_assert_eq!(to_modern.tone_marks, to_trad.tone_marks);
        // And the other way round.
        let (m2, _) = normalize(&s, ToneStyle::Modern);
        prop_assert_eq!(&m2, &m);
        let (t2, _) = normalize(&m2, ToneStyle::Traditional);
        let (m3, _) = normalize(&t2, ToneStyle::Modern);
        prop_assert_eq!(&m3, &m2);
    }

    #[test]
    fn words_are_only_changed_to_vietnamese_syllables(w in syllable(), style in prop::sample::select(&STYLES[..])) {
        match place_tone(&w, style) {
            Some(p) => {
                prop_assert!(is_vietnamese_syllable(&w));
                prop_assert!(is_vietnamese_syllable(&p));
                prop_assert_ne!(&p, &w);
                prop_assert_eq!(p.to_lowercase().nfd().filter(|c| c.is_alphabetic()).collect::<String>(),
                    w.to_lowercase().nfd().filter(|c| c.is_alphabetic()).collect::<String>());
                prop_assert_eq!(place_tone(&p, style), None);
            }
            None => {
                let (out, _) = normalize(&w, style);
                prop_assert_eq!(out.as_ref(), w.as_str());
            }
        }
    }
}
