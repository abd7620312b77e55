//! VIQR: vnconv's encoding convention, round trips of every letter and of
//! real sentences, conservative reading of text that is not VIQR, and the
//! strong/weak evidence counts.

mod common;

use std::path::PathBuf;
use std::sync::OnceLock;

use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;
use vnenc::syllable::is_vietnamese_syllable;
use vnenc::viqr::{decode_viqr, encode_viqr, ViqrReading};

fn nfc(s: &str) -> String {
    s.nfc().collect()
}

#[track_caller]
fn assert_round_trip(s: &str) {
    let encoded = encode_viqr(s);
    let back = decode_viqr(&encoded);
    assert_eq!(back.text, nfc(s), "{s:?} encoded as {encoded:?}");
}

/// `(text, strong, weak, words_changed)` of a reading.
fn reading(s: &str) -> (String, u32, u32, u32) {
    let ViqrReading {
        text,
        strong,
        weak,
        words_changed,
    } = decode_viqr(s);
    (text, strong, weak, words_changed)
}

#[track_caller]
fn assert_unchanged(s: &str) {
    assert_eq!(reading(s), (s.to_string(), 0, 0, 0), "{s:?}");
}

// ---------------------------------------------------------------------------
// Letters

#[test]
fn every_letter_round_trips_alone_and_in_ascii() {
    let letters = common::letters();
    assert_eq!(letters.iter().filter(|c| !c.is_ascii()).count(), 134);
    for c in letters {
        let s = c.to_string();
        let encoded = encode_viqr(&s);
        assert!(encoded.is_ascii(), "{c} -> {encoded:?}");
        assert_round_trip(&s);
        // With punctuation that is also a VIQR mark right after it.
        for p in [
            ".", "?", "'", "`", "~", "(", "^", "+", "\\", "..", "?!", "\\.",
        ] {
            assert_round_trip(&format!("{c}{p}"));
            assert_round_trip(&format!("({c}){p} {p}{c}"));
        }
    }
}

#[test]
fn every_letter_in_a_spaced_list() {
    let all: Vec<String> = common::letters().iter().map(char::to_string).collect();
    assert_round_trip(&all.join(" "));
    assert_round_trip(&all.join(", "));
    assert_round_trip(&all.join("\n"));
}

#[test]
fn encoding_follows_vnconv() {
    // Modifier before tone, `dd`/`DD`, capitals with the same marks.
    for (letter, viqr) in [
        ("ấ", "a^'"),
        ("Ặ", "A(."),
        ("ẵ", "a(~"),
        ("ệ", "e^."),
        ("Ể", "E^?"),
        ("ờ", "o+`"),
        ("Ợ", "O+."),
        ("ữ", "u+~"),
        ("Ư", "U+"),
        ("ỷ", "y?"),
        ("Ì", "I`"),
        ("đ", "dd"),
        ("Đ", "DD"),
    ] {
        assert_eq!(encode_viqr(letter), viqr);
        assert_eq!(decode_viqr(viqr).text, letter);
    }
    // Decomposed input is normalised first.
    assert_eq!(encode_viqr("Vi\u{65}\u{323}\u{302}t"), "Vie^.t");
}

const DATA_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/charsets");

/// vnconv's VIQR table, when the reference data is there (as in CI).
fn reference_table() -> Option<String> {
    let path = PathBuf::from(DATA_DIR).join("VIQR.tsv");
    match std::fs::read_to_string(&path) {
        Ok(s) => Some(s),
        Err(e) if std::env::var_os("CI").is_some() => {
            panic!(
                "VIQR reference table missing at {} (CI is set): {e}",
                path.display()
            )
        }
        Err(_) => {
            println!("skipped: no VIQR reference table at {}", path.display());
            None
        }
    }
}

#[test]
fn every_letter_matches_the_reference_table() {
    let Some(table) = reference_table() else {
        return;
    };
    let mut letters = 0;
    for line in table.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [code, hex, ..] = cols[..] else {
            panic!("bad row {line:?}");
        };
        let bytes: Vec<u8> = (0..hex.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
            .collect();
        // The table's tail is cp1252 symbols vnconv passes through as bytes:
        // not VIQR, and not representable in a `str` API anyway.
        if !bytes.is_ascii() {
            continue;
        }
        let c = char::from_u32(u32::from_str_radix(code, 16).unwrap()).unwrap();
        let viqr = String::from_utf8(bytes).unwrap();
        assert_eq!(encode_viqr(&c.to_string()), viqr, "{c}");
        assert_eq!(decode_viqr(&viqr).text, c.to_string(), "{viqr}");
        letters += 1;
    }
    assert_eq!(letters, 186);
}

// ---------------------------------------------------------------------------
// Sentences

/// Written for these tests.
const SENTENCES: [&str; 8] = [
    "Trường Trung học cơ sở Nguyễn Du tổ chức hội thi giáo viên dạy giỏi cấp huyện.",
    "Đường Lê Lợi sẽ tạm ngừng lưu thông từ 22 giờ đến 5 giờ sáng mai!",
    "Hồ sơ gồm: đơn đề nghị, bản sao giấy khai sinh và hai ảnh 3x4 (mới chụp).",
    "Ông ấy tên gì? Bà ấy ở đâu? Chúng tôi không biết.",
    "ĐỀ ÁN PHÁT TRIỂN DU LỊCH TỈNH QUẢNG NGÃI GIAI ĐOẠN 2021-2025",
    "Quyết định số 152/QĐ-UBND về việc khen thưởng tập thể, cá nhân.",
    "Người dân phản ánh: nước sinh hoạt bị đục, có mùi lạ... Xin hỏi xử lý ra sao?",
    "Liên hệ: phòng Văn hóa - Thông tin, điện thoại 0203 3851 234, thư điện tử vanhoa@example.gov.vn",
];

#[test]
fn sentences_round_trip() {
    for s in SENTENCES {
        assert_round_trip(s);
        let upper = s.to_uppercase();
        assert_round_trip(&upper);
    }
}

#[test]
fn sentences_encode_to_readable_ascii() {
    assert_eq!(
        encode_viqr(SENTENCES[3]),
        "O^ng a^'y te^n gi`? Ba` a^'y o+? dda^u\\? Chu'ng to^i kho^ng bie^'t."
    );
    assert_eq!(
        encode_viqr(SENTENCES[5]),
        "Quye^'t ddi.nh so^' 152/QDD-UBND ve^` vie^.c khen thu+o+?ng ta^.p the^?, ca' nha^n."
    );
    // The e-mail address is copied, the rest is ASCII.
    let contact = encode_viqr(SENTENCES[7]);
    assert!(contact.ends_with(" vanhoa@example.gov.vn"));
    assert!(contact.is_ascii());
}

#[test]
fn reads_hand_written_viqr() {
    assert_eq!(reading("Vie^.t Nam"), ("Việt Nam".to_string(), 2, 0, 1));
    // dd + tone on the last letter (weak); breve + mid-word tone (strong).
    assert_eq!(reading("DDa` Na(~ng"), ("Đà Nẵng".to_string(), 3, 1, 2));
    assert_eq!(
        decode_viqr("Co^ng ba'o: UBND xa~ Ta^n Phu' to^? chu+'c tie^m chu?ng va('c-xin.").text,
        "Công báo: UBND xã Tân Phú tổ chức tiêm chủng vắc-xin."
    );
    assert_eq!(
        decode_viqr("THO^NG BA'O KHA^'N: MU+A LO+'N DDE^'N CHIE^`U NAY").text,
        "THÔNG BÁO KHẤN: MƯA LỚN ĐẾN CHIỀU NAY"
    );
    // Old-style and new-style tone placement are both read.
    assert_eq!(
        decode_viqr("ho`a hoa` thu?y thuy?").text,
        "hòa hoà thủy thuỷ"
    );
    // Uppercase letters take the same marks; `Dd` is Đ too.
    assert_eq!(decode_viqr("Ddi DDI ddi").text, "Đi ĐI đi");
}

#[test]
fn unescaped_sentence_punctuation_after_a_word() {
    // Writers often forget the escape at the end of a sentence. Where the
    // mark cannot be a tone of the word, it stays punctuation.
    assert_eq!(
        reading("Anh ddi dda^u? To^i o+? Ha` No^.i."),
        ("Anh đi đâu? Tôi ở Hà Nội.".to_string(), 8, 1, 6)
    );
    assert_eq!(decode_viqr("nga`y mai?").text, "ngày mai?");
    // Where it can be, RFC 1456 reads it as a tone: only the escape helps.
    assert_eq!(decode_viqr("ddi ra.").text, "đi rạ");
    assert_eq!(decode_viqr("ddi ra\\.").text, "đi ra.");
}

// ---------------------------------------------------------------------------
// Escapes

#[test]
fn escapes() {
    assert_eq!(
        decode_viqr("To^i te^n la` Thu.y\\.").text,
        "Tôi tên là Thụy."
    );
    assert_eq!(
        decode_viqr("a\\( e\\^ o\\+ a\\' a\\` a\\? a\\~ a\\.").text,
        "a( e^ o+ a' a` a? a~ a."
    );
    assert_eq!(decode_viqr("a\\\\.").text, "a\\.");
    assert_eq!(decode_viqr("d\\do D\\Da d\\\\").text, "ddo DDa d\\");
    // A backslash VIQR does not need stays: paths, code, after consonants.
    assert_unchanged("C:\\Windows\\Temp \\n x\\.y ?\\? 1\\.");
    assert_unchanged("Nam\\. ba\\n");
    // Encoding escapes exactly where reading would join.
    assert_eq!(
        encode_viqr("tôi. thơ' a^b e( dd \\"),
        "to^i\\. tho+\\' a\\^b e( d\\d \\"
    );
    assert_eq!(encode_viqr("a\\. d\\d"), "a\\\\. d\\\\d");
    for s in ["a\\. d\\d", "ạ.\\?", "Ted\\dy", "\\\\\\", "e\\^"] {
        assert_round_trip(s);
    }
}

// ---------------------------------------------------------------------------
// Text that is not VIQR

#[test]
fn urls_and_addresses_are_untouched() {
    for s in [
        "http://example.com/a.b?x=1",
        "https://so.example.gov.vn/tin-tuc/a.b?id=12&p=ca'c~",
        "www.ubnd.example.vn/ddi.html",
        "WWW.Example.com/so?",
        "lien.he@example.gov.vn",
        "ftp://files.example.org/~user/do.c",
    ] {
        assert_unchanged(s);
        assert_eq!(encode_viqr(s), s);
    }
    assert_eq!(
        decode_viqr("Xem http://example.com/a.b?x=1 hoa(.c www.example.vn/ba.n").text,
        "Xem http://example.com/a.b?x=1 hoặc www.example.vn/ba.n"
    );
    // Non-ASCII in an address is copied by the encoder, so it comes back.
    assert_round_trip("Trang https://example.vn/tin-tức?ngày=1 của sở");
}

#[test]
fn english_is_left_alone() {
    for s in [
        "The U.S. economy grew 2.5% in 2010 (see e.g. page 3).",
        "Are you sure? You're right, it's fine; we'll see.",
        "What's up? Nothing much.",
        "Add the address of an odd DDoS target to the list.",
        "Let a^2 + b^2 = c^2, idea(s), f(x), x+y, C++ and o+1.",
        "Version 1.2.3, No.5, i.e. the default; O'Brien's car.",
        "Ma'am, Hawai'i is far away!",
        "Really? Yes. See you at ten.",
    ] {
        assert_unchanged(s);
    }
}

#[test]
fn english_look_alikes_are_weak_evidence() {
    // Punctuation at the end of a word that makes a syllable.
    assert_eq!(
        reading("Is it so? I think so."),
        ("Is it sỏ I think sọ".to_string(), 0, 2, 2)
    );
    assert_eq!(reading("Call me."), ("Call mẹ".to_string(), 0, 1, 1));
    // Mid-word, but English: "I'm" and dotted abbreviations.
    assert_eq!(reading("I'm"), ("Ím".to_string(), 0, 1, 1));
    assert_eq!(reading("at 8 a.m. sharp").1, 0);
    assert_eq!(reading("the U.N. said").1, 0);
}

// ---------------------------------------------------------------------------
// đ

#[test]
fn dd_is_read_only_where_d_bar_can_be() {
    // Starting a word before a vowel: strong.
    assert_eq!(reading("ddi"), ("đi".to_string(), 1, 0, 1));
    assert_eq!(reading("DDo^`ng"), ("Đồng".to_string(), 3, 0, 1));
    // Abbreviations without vowels and a lone dd: weak.
    assert_eq!(
        reading("So^' 12/QDD-UBND cu?a HDDND, DDHQG; 100.000 dd"),
        (
            "Số 12/QĐ-UBND của HĐND, ĐHQG; 100.000 đ".to_string(),
            3,
            4,
            6
        )
    );
    // Not inside words, not in mixed-case abbreviations, not in "DDD".
    assert_unchanged("add odd Eddie middle sudden DDoS Ddd DDD QDd ddr");
    // `d-` is not đ (RFC 1456 does not define it).
    assert_unchanged("d-i D-a");
}

#[test]
fn digits_and_letters_that_cannot_follow_keep_marks_literal() {
    assert_unchanged("a.1 o+2 e^3 a'b u+v a(x e.g");
    assert_unchanged("file.mp4 readme.txt so.gov.vn index.php?id=5");
}

// ---------------------------------------------------------------------------
// Properties

/// Onsets, vowel runs and codas to build candidate syllables from; the
/// syllable model keeps the real ones.
const ONSETS: [&str; 28] = [
    "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
    "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
];
const BASES: [char; 12] = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TRIPLES: [&str; 13] = [
    "oai", "oay", "oao", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyê", "uyu", "iêu", "yêu",
];
const CODAS: [&str; 9] = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];
const TONES: [char; 5] = ['\u{300}', '\u{301}', '\u{309}', '\u{303}', '\u{323}'];

/// Every syllable (lowercase, with every tone on every vowel the model
/// accepts) buildable from the lists above.
fn syllables() -> &'static [String] {
    static POOL: OnceLock<Vec<String>> = OnceLock::new();
    POOL.get_or_init(|| {
        let mut runs: Vec<Vec<char>> = BASES.iter().map(|&c| vec![c]).collect();
        for a in BASES {
            for b in BASES {
                runs.push(vec![a, b]);
            }
        }
        runs.extend(TRIPLES.iter().map(|t| t.chars().collect()));
        let mut pool = Vec::new();
        for onset in ONSETS {
            for run in &runs {
                for coda in CODAS {
                    let plain: String = format!("{onset}{}{coda}", run.iter().collect::<String>());
                    if !is_vietnamese_syllable(&plain) {
                        continue;
                    }
                    for pos in 0..run.len() {
                        for tone in TONES {
                            let mut toned = String::from(onset);
                            for (i, &v) in run.iter().enumerate() {
                                toned.push(v);
                                if i == pos {
                                    toned.push(tone);
                                }
                            }
                            toned.push_str(coda);
                            let toned = nfc(&toned);
                            if is_vietnamese_syllable(&toned) {
                                pool.push(toned);
                            }
                        }
                    }
                    pool.push(plain);
                }
            }
        }
        pool.sort();
        pool.dedup();
        pool
    })
}

#[test]
fn syllable_pool_is_rich() {
    let pool = syllables();
    assert!(pool.len() > 2000, "{}", pool.len());
    for s in ["nghiêng", "quyết", "được", "khuỷu", "đường", "gì", "ươu"] {
        assert!(pool.binary_search(&s.to_string()).is_ok(), "{s}");
    }
}

#[test]
fn every_pool_syllable_round_trips_in_every_case() {
    for s in syllables() {
        for case in 0..3 {
            let w = recase(s, case);
            assert_round_trip(&w);
            assert_round_trip(&format!("{w}. {w}? {w}' ({w})"));
        }
    }
}

fn recase(s: &str, case: u8) -> String {
    match case {
        0 => s.to_string(),
        1 => {
            let mut c = s.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        }
        _ => s.to_uppercase(),
    }
}

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => (prop::sample::select(syllables()), 0..3u8).prop_map(|(s, case)| recase(&s, case)),
        1 => prop::sample::select(common::letters()).prop_map(String::from),
        // Any printable ASCII, marks, backslashes, `dd` and `@` included.
        2 => "[ -~]{0,8}",
    ]
}

/// Punctuation and space between words: words never touch each other.
fn separator() -> impl Strategy<Value = String> {
    "[ \n.,;:!?'`~()^+\\\\/\"-]{1,2}"
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec((word(), separator()), 0..10)
        .prop_map(|v| v.into_iter().map(|(w, s)| w + &s).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn ascii_round_trips(s in "[ -~\t\n]{0,40}") {
        prop_assert_eq!(decode_viqr(&encode_viqr(&s)).text, s);
    }

    #[test]
    fn ascii_marks_round_trip(s in "[aeouyAdD(^+'`?~.\\\\ ]{0,24}") {
        prop_assert_eq!(decode_viqr(&encode_viqr(&s)).text, s);
    }

    #[test]
    fn vietnamese_text_round_trips(s in text()) {
        let encoded = encode_viqr(&s);
        prop_assert_eq!(decode_viqr(&encoded).text, nfc(&s), "encoded: {:?}", encoded);
        let has_address = s.split_whitespace().any(|t| {
            t.contains("://") || t.contains('@') || t.to_ascii_lowercase().contains("www.")
        });
        prop_assert!(has_address || encoded.is_ascii(), "encoded: {:?}", encoded);
    }

    #[test]
    fn reading_is_total_and_nfc(s in "\\PC{0,40}") {
        let r = decode_viqr(&s);
        prop_assert_eq!(nfc(&r.text), r.text.clone());
        prop_assert!(r.words_changed <= r.strong + r.weak);
    }
}
