//! A Vietnamese syllable model and the text score built on it.
//!
//! Vietnamese is written one syllable per word, and syllables have a rigid
//! shape: `onset? glide? nucleus coda?` plus at most one tone mark, with a
//! handful of spelling rules. Almost no mojibake string fits that shape, and
//! almost every correctly decoded Vietnamese word does, so "how many words are
//! valid syllables" separates readings far better than a word list would.
//!
//! The model works on canonical decompositions (via `unicode-normalization`),
//! so NFC and NFD input are treated the same, and it never allocates.

use unicode_normalization::char::decompose_canonical;

use crate::mojibake::evidence_len_at;

/// Weight of a non-ASCII word that is a valid Vietnamese syllable: the
/// evidence we are looking for.
pub const VIETNAMESE_WEIGHT: f32 = 1.0;
/// Extra weight of a Vietnamese syllable that is among the few hundred
/// most frequent in portal text ([`is_common`]): breaks ties between two
/// charsets that both give valid syllables for a short field, where the
/// reading with everyday words ("của", "được") is the likelier one. Less
/// than [`crate::CLOSE_MARGIN`], so a column's majority still overrides it.
pub const COMMON_BONUS: f32 = 0.1;
/// Weight of a pure-ASCII word (English, codes, numbers, unaccented
/// Vietnamese): proof of readable text but identical in every reading, so
/// half a point — it dilutes, it does not decide.
pub const ASCII_WEIGHT: f32 = 0.5;
/// Weight of a non-ASCII word that is neither Vietnamese nor garbage
/// ("Café", "naïve", "Ð"): neutral.
pub const OTHER_WEIGHT: f32 = 0.0;
/// Weight of a word that spells a valid syllable but whose last letter starts
/// a double-encoded UTF-8 sequence across the separator (typically "và"
/// stored as "vÃ" + no-break space). Mildly negative: it is usually
/// mojibake, but "XÃ" + NBSP can be legitimate.
pub const SUSPECT_WEIGHT: f32 = -1.0;
/// Weight of a word with a mojibake-looking symbol (see the marker list in
/// the source: `Ä Å Æ º » ¡ ‡ € ™ © ® ° ...`) together with a non-ASCII
/// letter, but no actual double-encoded sequence: "NestlÃ©" is proof,
/// "Nestlé®" only looks odd. A hint, so less than [`GARBAGE_WEIGHT`], but
/// still clearly negative.
pub const MARKED_WEIGHT: f32 = -2.0;
/// Weight of a garbage word: contains a double-encoded UTF-8 sequence
/// ("Viá»‡t", "Ä‘i") or control characters (C0, DEL, C1 U+0080–U+009F) or
/// U+FFFD. Three times a good word so that one mojibake word outweighs a
/// couple of lucky valid ones: in a mojibake reading nearly every non-ASCII
/// word is garbage, and the repaired reading must win by a wide margin.
pub const GARBAGE_WEIGHT: f32 = -3.0;

/// Word counts of a text and the resulting score.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Score {
    /// All words.
    pub words: u32,
    /// Non-ASCII words that are valid Vietnamese syllables (in a regular
    /// letter case: lower, Capitalised or ALL CAPS).
    pub vietnamese: u32,
    /// Of those, syllables that are among the most frequent ([`is_common`]).
    pub common: u32,
    /// Pure-ASCII words.
    pub ascii: u32,
    /// Non-ASCII words that are neither Vietnamese nor garbage.
    pub other: u32,
    /// Valid-looking syllables that start a double-encoded sequence.
    pub suspect: u32,
    /// Words with mojibake-looking symbols next to non-ASCII letters.
    pub marked: u32,
    /// Garbage words (mojibake, controls, U+FFFD).
    pub garbage: u32,
}

impl Score {
    /// `(1·vietnamese + 0.1·common + 0.5·ascii + 0·other − 1·suspect
    /// − 2·marked − 3·garbage) / words`,
    /// 0 for a text without words. Ranges over −3..=1.1; higher is more
    /// plausibly correctly decoded Vietnamese.
    pub fn value(&self) -> f32 {
        if self.words == 0 {
            return 0.0;
        }
        let points = VIETNAMESE_WEIGHT * self.vietnamese as f32
            + COMMON_BONUS * self.common as f32
            + ASCII_WEIGHT * self.ascii as f32
            + OTHER_WEIGHT * self.other as f32
            + SUSPECT_WEIGHT * self.suspect as f32
            + MARKED_WEIGHT * self.marked as f32
            + GARBAGE_WEIGHT * self.garbage as f32;
        points / self.words as f32
    }

    /// Like [`Score::value`], but over the words that are not plain ASCII
    /// (ASCII words read the same in every candidate charset, so they only
    /// dilute the difference between two readings of a long field);
    /// [`ASCII_WEIGHT`] for a text of ASCII words only.
    pub fn value_non_ascii(&self) -> f32 {
        let n = self.words - self.ascii;
        if n == 0 {
            return ASCII_WEIGHT;
        }
        let points = VIETNAMESE_WEIGHT * self.vietnamese as f32
            + COMMON_BONUS * self.common as f32
            + OTHER_WEIGHT * self.other as f32
            + SUSPECT_WEIGHT * self.suspect as f32
            + MARKED_WEIGHT * self.marked as f32
            + GARBAGE_WEIGHT * self.garbage as f32;
        points / n as f32
    }

    /// [`Score::value`] clamped to 0..=1.
    pub fn clamped(&self) -> f32 {
        self.value().clamp(0.0, 1.0)
    }

    /// Words that look like double-encoding damage (suspect + marked +
    /// garbage).
    pub fn bad(&self) -> u32 {
        self.suspect + self.marked + self.garbage
    }
}

/// Characters that betray mojibake when they sit inside a word with
/// non-ASCII letters ("°C" and "ABC®" are fine, "Â°" and "Æ°" are not):
/// the Latin-1/cp1252 renderings of UTF-8 lead and continuation bytes
/// (`Ä Å Æ` lead ă đ ĩ ũ ơ ư; `º »` follow `á` for every U+1EA0–U+1EF9
/// letter; ...). `Ã` and `Â` are *not* listed although they lead most
/// mojibake: they are Vietnamese letters, so they are caught instead by the
/// sequence check ([`crate::mojibake`]), which only fires when the following
/// chars really complete a UTF-8 sequence.
fn is_marker(c: char) -> bool {
    matches!(
        c,
        'Æ' | 'Ä'
            | 'Å'
            | 'º'
            | '»'
            | '¡'
            | '‡'
            | '€'
            | '™'
            | 'œ'
            | 'ž'
            | 'Ÿ'
            | '¢'
            | '¤'
            | '¦'
            | '§'
            | '¨'
            | '©'
            | 'ª'
            | '«'
            | '¬'
            | '®'
            | '¯'
            | '°'
            | '±'
            | '²'
            | '³'
            | '´'
            | 'µ'
            | '¶'
            | '·'
            | '¸'
            | '¹'
            | '¼'
            | '½'
            | '¾'
            | '¿'
    )
}

/// Word separators: Unicode whitespace (including no-break space), ASCII
/// punctuation, and the typographic quotes/dashes common in Vietnamese Word
/// documents. Mojibake markers are deliberately *not* separators, so they
/// stay inside the word they damage.
fn is_separator(c: char) -> bool {
    // U+0085 (NEL) is Unicode whitespace but, in this data, a C1 control
    // left by a charset mix-up: it must stay inside its word as garbage.
    (c.is_whitespace() && c != '\u{85}')
        || c.is_ascii_punctuation()
        || matches!(c, '“' | '”' | '‘' | '’' | '–' | '—' | '…')
}

fn is_control(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{FFFD}'
}

#[derive(Default)]
struct Word {
    start: Option<usize>,
    non_ascii: bool,
    /// A non-ASCII letter (Ä, é, ...).
    accented: bool,
    marker: bool,
    control: bool,
    seq: bool,
}

/// Scores `text` (see [`Score::value`]). Linear time, no allocation.
pub fn score(text: &str) -> Score {
    let mut s = Score::default();
    let mut w = Word::default();
    for (i, c) in text.char_indices() {
        if is_separator(c) {
            finish(text, &mut w, i, &mut s);
            continue;
        }
        if w.start.is_none() {
            w.start = Some(i);
        }
        if is_control(c) {
            w.control = true;
        }
        if !c.is_ascii() {
            w.non_ascii = true;
            if is_letter(c) {
                w.accented = true;
            }
            if is_marker(c) {
                w.marker = true;
            }
            if !w.seq && evidence_len_at(&text[i..]).is_some() {
                w.seq = true;
            }
        }
    }
    finish(text, &mut w, text.len(), &mut s);
    s
}

fn finish(text: &str, w: &mut Word, end: usize, s: &mut Score) {
    let Some(start) = w.start else { return };
    let word = &text[start..end];
    s.words += 1;
    if w.control {
        s.garbage += 1;
    } else if !w.non_ascii {
        s.ascii += 1;
    } else if is_acronym(word) {
        // "QĐ", "NĐ-CP", "HĐND": as neutral as an ASCII abbreviation.
        s.ascii += 1;
    } else if w.seq {
        if syllable_info(word).0 {
            s.suspect += 1;
        } else {
            s.garbage += 1;
        }
    } else if w.marker && w.accented {
        s.marked += 1;
    } else if let (true, common) = syllable_info(word) {
        if regular_case(word) {
            s.vietnamese += 1;
            s.common += u32::from(common);
        } else {
            s.other += 1;
        }
    } else {
        s.other += 1;
    }
    *w = Word::default();
}

/// `(is a Vietnamese syllable, is common)` for `word`, remembered per
/// thread: a field is scored once per candidate charset and a column holds
/// the same few thousand syllables over and over, so the syllable model
/// runs once per distinct word. Keys are 64-bit FNV-1a hashes of the word
/// (a collision among the at most 2^16 words kept is vanishingly unlikely);
/// the cache is emptied when full.
fn syllable_info(word: &str) -> (bool, bool) {
    use std::cell::RefCell;
    use std::collections::HashMap;
    use std::hash::{BuildHasherDefault, Hasher};

    /// The key already is a hash.
    #[derive(Default)]
    struct Identity(u64);
    impl Hasher for Identity {
        fn finish(&self) -> u64 {
            self.0
        }
        fn write(&mut self, bytes: &[u8]) {
            for &b in bytes {
                self.0 = (self.0 << 8) | u64::from(b);
            }
        }
        fn write_u64(&mut self, n: u64) {
            self.0 = n;
        }
    }
    type Cache = HashMap<u64, (bool, bool), BuildHasherDefault<Identity>>;
    thread_local! {
        static CACHE: RefCell<Cache> = RefCell::new(Cache::default());
    }
    const CAPACITY: usize = 1 << 16;

    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in word.as_bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    CACHE.with(|cache| {
        if let Some(&v) = cache.borrow().get(&h) {
            return v;
        }
        let valid = is_vietnamese_syllable(word);
        let v = (valid, valid && is_common(word));
        let mut m = cache.borrow_mut();
        if m.len() >= CAPACITY {
            m.clear();
        }
        m.insert(h, v);
        v
    })
}

/// A Vietnamese administrative abbreviation with Đ: capitals A-Z and Đ
/// only, at least two letters ("QĐ", "HĐND", "BCĐ"); or "đ" alone.
fn is_acronym(word: &str) -> bool {
    // "đ" alone is the abbreviation of đồng ("110.500 đ/kg").
    if word == "đ" || word == "Đ" {
        return true;
    }
    word.chars().count() >= 2
        && word.contains('Đ')
        && word.chars().all(|c| c == 'Đ' || c.is_ascii_uppercase())
}

/// Lowercase, Capitalised or ALL CAPS: "Việt", "VIỆT", "việt", not "ViỆt"
/// (which a wrong charset produces when it maps a byte to a capital).
pub(crate) fn regular_case(word: &str) -> bool {
    let mut cased = word
        .chars()
        .filter(|c| c.is_lowercase() || c.is_uppercase());
    let Some(first) = cased.next() else {
        return true;
    };
    let mut rest_lower = true;
    let mut rest_upper = true;
    for c in cased {
        rest_lower &= c.is_lowercase();
        rest_upper &= c.is_uppercase();
    }
    rest_lower || (first.is_uppercase() && rest_upper)
}

/// The most frequent non-ASCII syllables of Vietnamese administrative
/// and news text (lowercase NFC, sorted by code point for binary search):
/// function words, administrative vocabulary, province and family names.
/// Written by hand for this crate; a frequency hint, not a dictionary.
const COMMON: &[&str] = &[
    "biên",
    "biển",
    "biểu",
    "bà",
    "bào",
    "bái",
    "bán",
    "báo",
    "bình",
    "bí",
    "bò",
    "bóng",
    "bùi",
    "bạc",
    "bản",
    "bảo",
    "bắc",
    "bằng",
    "bế",
    "bến",
    "bệnh",
    "bị",
    "bồi",
    "bộ",
    "bởi",
    "chiến",
    "chiều",
    "chuyển",
    "cháu",
    "châu",
    "chè",
    "chí",
    "chính",
    "chăn",
    "chương",
    "chất",
    "chỉ",
    "chị",
    "chống",
    "chợ",
    "chủ",
    "chức",
    "chữa",
    "cuối",
    "cà",
    "cá",
    "các",
    "cách",
    "cán",
    "cáo",
    "cây",
    "có",
    "cô",
    "công",
    "cùng",
    "cũ",
    "cũng",
    "cường",
    "cả",
    "cải",
    "cảnh",
    "cần",
    "cầu",
    "cống",
    "cổng",
    "cộng",
    "cục",
    "của",
    "cựu",
    "diễn",
    "dân",
    "dũng",
    "dương",
    "dưới",
    "dưỡng",
    "dẫn",
    "dịch",
    "dục",
    "dụng",
    "dữ",
    "dự",
    "dựng",
    "giá",
    "giám",
    "giáo",
    "giải",
    "giấy",
    "giới",
    "giờ",
    "giữa",
    "gà",
    "gì",
    "hiếu",
    "hiền",
    "hiểm",
    "hiện",
    "hiệu",
    "hoà",
    "hoàng",
    "hoá",
    "hoạch",
    "huyện",
    "huấn",
    "huế",
    "huỳnh",
    "hà",
    "hàng",
    "hành",
    "hát",
    "hình",
    "hòa",
    "hóa",
    "hôm",
    "hùng",
    "hơn",
    "hưng",
    "hương",
    "hướng",
    "hạnh",
    "hải",
    "hậu",
    "hằng",
    "hệ",
    "học",
    "họp",
    "hồ",
    "hội",
    "hợp",
    "hữu",
    "khiếu",
    "khoẻ",
    "khám",
    "khánh",
    "không",
    "khẩu",
    "khỏe",
    "kiên",
    "kiến",
    "kiểm",
    "kế",
    "kết",
    "kịp",
    "kỳ",
    "kỷ",
    "kỹ",
    "liêu",
    "liệu",
    "luật",
    "là",
    "làm",
    "làng",
    "lào",
    "lâm",
    "lê",
    "lên",
    "lúa",
    "lý",
    "lượng",
    "lạng",
    "lắk",
    "lắm",
    "lễ",
    "lịch",
    "lớn",
    "lớp",
    "lợi",
    "lợn",
    "miền",
    "mà",
    "môi",
    "mùa",
    "múa",
    "mạc",
    "mạng",
    "mạnh",
    "mầm",
    "mặt",
    "mềm",
    "mỗi",
    "một",
    "mới",
    "mời",
    "mục",
    "nghiêm",
    "nghiệp",
    "nghĩa",
    "nghề",
    "nghệ",
    "nghị",
    "nguyên",
    "nguyễn",
    "ngành",
    "ngày",
    "ngân",
    "ngãi",
    "ngô",
    "người",
    "ngưỡng",
    "ngọc",
    "nhiều",
    "nhà",
    "nhân",
    "như",
    "nhưng",
    "nhạc",
    "nhấn",
    "nhất",
    "nhận",
    "nhỏ",
    "những",
    "niên",
    "niệm",
    "nuôi",
    "nào",
    "này",
    "nâng",
    "nên",
    "nông",
    "núi",
    "năm",
    "nước",
    "nại",
    "nẵng",
    "nếu",
    "nội",
    "nữ",
    "phiên",
    "pháp",
    "phát",
    "phê",
    "phòng",
    "phó",
    "phú",
    "phúc",
    "phương",
    "phước",
    "phường",
    "phạm",
    "phải",
    "phản",
    "phần",
    "phố",
    "phổ",
    "phụ",
    "phủ",
    "quyết",
    "quá",
    "quân",
    "quả",
    "quảng",
    "quận",
    "quốc",
    "rất",
    "rịa",
    "rừng",
    "suối",
    "sách",
    "sáng",
    "sát",
    "sóc",
    "sông",
    "sơ",
    "sơn",
    "sạch",
    "sản",
    "sắn",
    "sẽ",
    "số",
    "sớm",
    "sở",
    "sức",
    "sử",
    "sự",
    "thiên",
    "thiểu",
    "thuận",
    "thuật",
    "thuế",
    "thuỷ",
    "thành",
    "thái",
    "tháng",
    "tháp",
    "thì",
    "thôn",
    "thông",
    "thơ",
    "thư",
    "thương",
    "thưởng",
    "thảo",
    "thấp",
    "thầy",
    "thắng",
    "thế",
    "thể",
    "thị",
    "thọ",
    "thống",
    "thời",
    "thủ",
    "thủy",
    "thứ",
    "thừa",
    "thực",
    "tiêm",
    "tiêu",
    "tiếp",
    "tiền",
    "tiểu",
    "toàn",
    "triển",
    "truyền",
    "trà",
    "trên",
    "trình",
    "trăng",
    "trước",
    "trường",
    "trưởng",
    "trạm",
    "trấn",
    "trần",
    "trận",
    "trẻ",
    "trị",
    "trồng",
    "trực",
    "tuyên",
    "tuyến",
    "tuyển",
    "tuấn",
    "tuần",
    "tài",
    "tàng",
    "tàu",
    "tác",
    "tây",
    "tình",
    "tích",
    "tín",
    "tôm",
    "tôn",
    "tùng",
    "tú",
    "túc",
    "tăng",
    "tĩnh",
    "tư",
    "tại",
    "tạo",
    "tải",
    "tất",
    "tập",
    "tặng",
    "tế",
    "tỉnh",
    "tịch",
    "tọa",
    "tố",
    "tối",
    "tốt",
    "tổ",
    "tổng",
    "tộc",
    "tới",
    "tờ",
    "tục",
    "từ",
    "tử",
    "viên",
    "việc",
    "viện",
    "việt",
    "và",
    "vàng",
    "vào",
    "vì",
    "vô",
    "võ",
    "vùng",
    "văn",
    "vĩnh",
    "vũ",
    "vũng",
    "vận",
    "vật",
    "vắc",
    "về",
    "vốn",
    "với",
    "vụ",
    "vừa",
    "xuất",
    "xuống",
    "xây",
    "xã",
    "xấu",
    "yên",
    "yêu",
    "án",
    "ánh",
    "âm",
    "ít",
    "ông",
    "ý",
    "đang",
    "đi",
    "điểm",
    "điện",
    "đoàn",
    "đua",
    "đà",
    "đàm",
    "đàn",
    "đào",
    "đánh",
    "đây",
    "đã",
    "đình",
    "đó",
    "đúng",
    "đường",
    "được",
    "đại",
    "đạo",
    "đạt",
    "đảng",
    "đất",
    "đầu",
    "đẩy",
    "đắk",
    "đẳng",
    "đặng",
    "đẹp",
    "đến",
    "đề",
    "để",
    "địch",
    "định",
    "đốc",
    "đồng",
    "đổi",
    "đỗ",
    "đội",
    "động",
    "đức",
    "ấy",
    "ở",
    "ủy",
    "ứng",
];

/// `char::is_alphabetic`, answered without Unicode tables for ASCII, the
/// Latin-1/Extended blocks and the Vietnamese block (the hot cases here).
pub(crate) fn is_letter(c: char) -> bool {
    match u32::from(c) {
        0..=0x7F => c.is_ascii_alphabetic(),
        0xC0..=0x24F => c != '×' && c != '÷',
        0x1EA0..=0x1EF9 => true,
        _ => c.is_alphabetic(),
    }
}

/// `true` if `word` (NFC, any case) is in [`COMMON`]. No allocation: the
/// lowercase form is built on the stack.
pub fn is_common(word: &str) -> bool {
    let mut buf = [0u8; 32];
    let mut len = 0;
    for c in word.chars().flat_map(char::to_lowercase) {
        let n = c.len_utf8();
        if len + n > buf.len() {
            return false;
        }
        c.encode_utf8(&mut buf[len..]);
        len += n;
    }
    let Ok(lower) = std::str::from_utf8(&buf[..len]) else {
        return false;
    };
    COMMON.binary_search(&lower).is_ok()
}

// ---------------------------------------------------------------------------
// Syllable model

/// Longest Vietnamese syllables have 7 letters ("nghiêng", "khuếch").
const MAX_LETTERS: usize = 8;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tone {
    Level, // ngang (no mark)
    Acute, // sắc
    Grave, // huyền
    Hook,  // hỏi
    Tilde, // ngã
    Dot,   // nặng
}

/// The word as base letters (lowercase, with ă â ê ô ơ ư đ precomposed) plus
/// the single tone and the index of the letter carrying it.
struct Letters {
    buf: [char; MAX_LETTERS],
    len: usize,
    tone: Tone,
    tone_at: usize,
}

impl Letters {
    fn parse(word: &str) -> Option<Letters> {
        let mut l = Letters {
            buf: ['\0'; MAX_LETTERS],
            len: 0,
            tone: Tone::Level,
            tone_at: 0,
        };
        for c in word.chars() {
            let ok = if c.is_ascii_alphabetic() {
                l.push(c.to_ascii_lowercase())
            } else if c == 'đ' || c == 'Đ' {
                l.push('đ')
            } else {
                let mut ok = true;
                decompose_canonical(c, |d| ok = ok && l.feed(d));
                ok
            };
            if !ok {
                return None;
            }
        }
        (l.len > 0).then_some(l)
    }

    fn push(&mut self, c: char) -> bool {
        // f j w z are not Vietnamese letters.
        if self.len == MAX_LETTERS || matches!(c, 'f' | 'j' | 'w' | 'z') {
            return false;
        }
        self.buf[self.len] = c;
        self.len += 1;
        true
    }

    /// One char of a canonical decomposition: a base letter or a mark that
    /// applies to the previous letter.
    fn feed(&mut self, d: char) -> bool {
        if d.is_ascii_alphabetic() {
            return self.push(d.to_ascii_lowercase());
        }
        match d {
            '\u{0300}' => self.set_tone(Tone::Grave),
            '\u{0301}' => self.set_tone(Tone::Acute),
            '\u{0303}' => self.set_tone(Tone::Tilde),
            '\u{0309}' => self.set_tone(Tone::Hook),
            '\u{0323}' => self.set_tone(Tone::Dot),
            '\u{0302}' => self.modify(|c| match c {
                'a' => Some('â'),
                'e' => Some('ê'),
                'o' => Some('ô'),
                _ => None,
            }),
            '\u{0306}' => self.modify(|c| (c == 'a').then_some('ă')),
            '\u{031B}' => self.modify(|c| match c {
                'o' => Some('ơ'),
                'u' => Some('ư'),
                _ => None,
            }),
            _ => false,
        }
    }

    fn set_tone(&mut self, t: Tone) -> bool {
        if self.tone != Tone::Level || self.len == 0 {
            return false; // two tone marks, or a mark with no letter
        }
        self.tone = t;
        self.tone_at = self.len - 1;
        true
    }

    fn modify(&mut self, f: impl Fn(char) -> Option<char>) -> bool {
        let Some(last) = self.len.checked_sub(1) else {
            return false;
        };
        match f(self.buf[last]) {
            Some(c) => {
                self.buf[last] = c;
                true
            }
            None => false,
        }
    }

    fn letters(&self) -> &[char] {
        &self.buf[..self.len]
    }
}

/// Onsets (initial consonants); "" = no onset. `gi` and `qu` are single
/// onsets in Vietnamese spelling.
const ONSETS: &[&str] = &[
    "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
    "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
];

/// `glide? nucleus` and the codas it accepts.
struct Rhyme {
    glide: &'static str,
    nucleus: &'static str,
    codas: &'static [&'static str],
}

const fn r(glide: &'static str, nucleus: &'static str, codas: &'static [&'static str]) -> Rhyme {
    Rhyme {
        glide,
        nucleus,
        codas,
    }
}

const A_CODAS: &[&str] = &[
    "", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "y", "o", "u",
];
// "o" for ngoao, ngoáo (onomatopoeia and "ngoáo ộp").
const OA_CODAS: &[&str] = &["", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "y", "o"];
const AW_CODAS: &[&str] = &["c", "m", "n", "ng", "p", "t"];
const OAW_CODAS: &[&str] = &["c", "m", "n", "ng", "t"];
const AA_CODAS: &[&str] = &["c", "m", "n", "ng", "p", "t", "u", "y"];
const UAA_CODAS: &[&str] = &["n", "ng", "t", "y"];
const E_CODAS: &[&str] = &["", "c", "m", "n", "ng", "p", "t", "o"];
const OE_CODAS: &[&str] = &["", "n", "t", "o", "ng"];
const EE_CODAS: &[&str] = &["", "ch", "m", "n", "nh", "p", "t", "u"];
const UEE_CODAS: &[&str] = &["", "ch", "n", "nh", "u"];
const I_CODAS: &[&str] = &["", "ch", "m", "n", "nh", "p", "t", "u"];
const O_CODAS: &[&str] = &["", "c", "m", "n", "ng", "p", "t", "i"];
const OW_CODAS: &[&str] = &["", "m", "n", "p", "t", "i"];
const UW_CODAS: &[&str] = &["", "c", "m", "n", "ng", "t", "i", "u"];
const UY_CODAS: &[&str] = &["", "ch", "n", "nh", "p", "t", "u"];
const IE_CODAS: &[&str] = &["c", "m", "n", "ng", "p", "t", "u"];
const UYE_CODAS: &[&str] = &["n", "t"];
const UO_CODAS: &[&str] = &["c", "m", "n", "ng", "t", "i"];
const UWO_CODAS: &[&str] = &["c", "m", "n", "ng", "p", "t", "i", "u"];
const OPEN: &[&str] = &[""];

/// Rhymes after any onset but `qu`.
const RHYMES: &[Rhyme] = &[
    r("", "a", A_CODAS),
    r("", "ă", AW_CODAS),
    r("", "â", AA_CODAS),
    r("", "e", E_CODAS),
    r("", "ê", EE_CODAS),
    r("", "i", I_CODAS),
    r("", "y", OPEN),
    r("", "o", O_CODAS),
    r("", "oo", &["c", "ng"]), // xoong, boong, quần soóc
    r("", "ô", O_CODAS),
    r("", "ơ", OW_CODAS),
    r("", "u", O_CODAS),
    r("", "ư", UW_CODAS),
    r("", "iê", IE_CODAS), // after an onset: tiến, nghiêng
    r("", "yê", IE_CODAS), // without onset: yêu, yên
    r("", "ia", OPEN),
    r("", "uô", UO_CODAS),
    r("", "ua", OPEN),
    r("", "ươ", UWO_CODAS),
    r("", "ưa", OPEN),
    r("o", "a", OA_CODAS),
    r("o", "ă", OAW_CODAS),
    r("o", "e", OE_CODAS),
    r("u", "â", UAA_CODAS),
    r("u", "ê", UEE_CODAS),
    r("u", "y", UY_CODAS),
    r("u", "yê", UYE_CODAS),
    r("u", "ya", OPEN),
    r("u", "ơ", OPEN),
];

/// Rhymes after `qu` (whose `u` already is the glide).
const QU_RHYMES: &[Rhyme] = &[
    r("", "a", A_CODAS),
    r("", "ă", OAW_CODAS),
    r("", "â", UAA_CODAS),
    r("", "e", OE_CODAS),
    r("", "ê", UEE_CODAS),
    r("", "i", UY_CODAS),
    r("", "y", UY_CODAS),
    r("", "yê", UYE_CODAS),
    r("", "ơ", OPEN),
    r("", "ô", &["c"]), // quốc
];

fn strip<'b>(s: &'b [char], pat: &str) -> Option<&'b [char]> {
    let mut i = 0;
    for p in pat.chars() {
        if s.get(i) != Some(&p) {
            return None;
        }
        i += 1;
    }
    s.get(i..)
}

fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'ă' | 'â' | 'e' | 'ê' | 'i' | 'o' | 'ô' | 'ơ' | 'u' | 'ư' | 'y'
    )
}

/// `true` if `word` is one well-formed Vietnamese syllable (any letter case,
/// NFC or NFD): optional onset, optional glide `o`/`u`, a nucleus (single
/// vowel, `iê/yê/ia/ya`, `uô/ua`, `ươ/ưa`, `oo`), an optional coda
/// (`c ch m n ng nh p t` or semivowel `i y o u`) allowed for that nucleus,
/// and at most one tone mark, on a vowel of the glide or nucleus (old-style
/// "hòa" and new-style "hoà" placements are both accepted).
///
/// Spelling rules: `k` only before `e ê i y`, `gh`/`ngh` only before `e ê i`,
/// `c g ng` never before those; `iê` needs an onset and `yê` none; stop codas
/// `c ch p t` (and `k`, accepted for `c` as in "Đắk Lắk") refuse the huyền, hỏi and ngã tones (sắc, nặng and an omitted
/// tone are accepted — text typed without tone marks is still Vietnamese).
pub fn is_vietnamese_syllable(word: &str) -> bool {
    let Some(l) = Letters::parse(word) else {
        return false;
    };
    let w = l.letters();
    for &onset in ONSETS {
        let Some(rest) = strip(w, onset) else {
            continue;
        };
        if rhyme_ok(&l, onset, rest, w.len() - rest.len(), false) {
            return true;
        }
        // "gì", "gìn", "giếng": the i of gi doubles as the nucleus (or the
        // start of iê). Not before other vowels: "già" is gi + a, and "gìa"
        // (tone on the onset's i) stays invalid.
        if onset == "gi"
            && !rest.first().is_some_and(|&c| is_vowel(c) && c != 'ê')
            && rhyme_ok(&l, onset, &w[1..], 1, true)
        {
            return true;
        }
    }
    false
}

fn spelling_ok(onset: &str, first: char, glide: bool, shared_gi: bool) -> bool {
    let front = matches!(first, 'e' | 'ê' | 'i' | 'y');
    match onset {
        "k" => front && !glide,
        "gh" | "ngh" => matches!(first, 'e' | 'ê' | 'i'),
        "c" => !front && !glide,
        "g" | "ng" => !front,
        "gi" => shared_gi || first != 'i',
        _ => true,
    }
}

fn rhyme_ok(l: &Letters, onset: &str, rest: &[char], start: usize, shared_gi: bool) -> bool {
    let Some(&first) = rest.first() else {
        return false;
    };
    let table = if onset == "qu" { QU_RHYMES } else { RHYMES };
    for rh in table {
        let Some(after_glide) = strip(rest, rh.glide) else {
            continue;
        };
        let Some(coda) = strip(after_glide, rh.nucleus) else {
            continue;
        };
        // Coda k stands for c in the official spelling of Central Highlands
        // place names (Đắk Lắk, Krông Búk), frequent on government portals.
        let coda_ok = |c: &&str| {
            strip(coda, c).is_some_and(<[char]>::is_empty) || (*c == "c" && coda == ['k'])
        };
        if !rh.codas.iter().any(coda_ok) {
            continue;
        }
        if !spelling_ok(onset, first, !rh.glide.is_empty(), shared_gi) {
            continue;
        }
        if rh.glide.is_empty() {
            if rh.nucleus == "iê" && onset.is_empty() {
                continue;
            }
            // yê after qu: its u is the glide (quyết, quyền).
            if rh.nucleus == "yê" && !onset.is_empty() && onset != "qu" {
                continue;
            }
        }
        // The tone sits on the glide or the nucleus, never on a consonant or
        // a semivowel coda.
        let vowels = start..start + rest.len() - coda.len();
        if l.tone != Tone::Level && !vowels.contains(&l.tone_at) {
            continue;
        }
        let stop = matches!(coda, ['c'] | ['c', 'h'] | ['p'] | ['t'] | ['k']);
        if stop && matches!(l.tone, Tone::Grave | Tone::Hook | Tone::Tilde) {
            continue;
        }
        return true;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_list_is_sorted_and_valid() {
        assert!(COMMON.windows(2).all(|w| w[0] < w[1]));
        for w in COMMON {
            assert!(is_vietnamese_syllable(w), "{w}");
        }
        assert!(is_common("Được") && is_common("CỦA") && !is_common("nghiêng"));
    }

    #[test]
    fn irregular_case_is_not_vietnamese() {
        assert!(regular_case("Việt") && regular_case("VIỆT") && regular_case("việt"));
        assert!(!regular_case("ViỆt") && !regular_case("vIỆT"));
        assert_eq!(score("ViỆt").vietnamese, 0);
    }

    #[test]
    fn nfd_equals_nfc() {
        assert!(is_vietnamese_syllable("Vi\u{0065}\u{0323}\u{0302}t"));
        assert!(is_vietnamese_syllable("VIỆT"));
    }

    #[test]
    fn score_counts() {
        let s = score("Ủy ban nhân dân, 1209/QĐ-UBND");
        assert_eq!(s.words, 7);
        assert_eq!(s.vietnamese, 3); // Ủy nhân dân
        assert_eq!(s.ascii, 4); // ban 1209 UBND, and the acronym QĐ
        assert_eq!(s.other, 0);
        assert_eq!(s.garbage, 0);
        let m = score("á»¦y ban nhÃ¢n dÃ¢n");
        assert_eq!(m.garbage, 3);
        assert!(m.value() < 0.0);
        assert_eq!(score("").value(), 0.0);
    }
}
