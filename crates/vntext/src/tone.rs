//! Publishing normalisation of Vietnamese text: one tone-mark placement
//! style, `Ð` typed for `Đ`, invisible characters and spaces.
//!
//! Vietnamese has two accepted placements of the tone mark in the open
//! rhymes `oa`, `oe` and `uy`: the *traditional* ("old") style puts it on
//! the first vowel (`Hòa Bình`, `Thanh Hóa`, `thủy`, `khỏe`), the *modern*
//! ("new") style on the second (`hoà`, `thuỷ`, `khoẻ`). Old portals mix both,
//! often in one sentence, which breaks search, aliases and de-duplication.
//! [`normalize`] puts a whole run in one [`ToneStyle`]; see `docs/TONE.md`
//! for the full rule set and how it compares with underthesea's
//! `text_normalize`.
//!
//! # Tone marks
//!
//! A word is only touched when it is a Vietnamese syllable according to
//! [`vnenc::syllable::is_vietnamese_syllable`] both before and after the
//! mark moves, so English words, Latin-script names and typos stay as they
//! are. The mark goes on the vowel a Vietnamese dictionary puts it on:
//!
//! * with a final consonant, on the last vowel: `hoàn`, `khoảng`, `toán`,
//!   `thuyết`, `quyết`, `hoặc` (in both styles);
//! * otherwise on the vowel with a shape mark (`ă â ê ô ơ ư`, the last one
//!   for `ươ`): `thuở`, `huế`, `người`, `khuấy`, `mưa` (in both styles);
//! * otherwise, in three-vowel rhymes, on the middle one: `ngoài`, `xoáy`,
//!   `khuỷu`, `ngoẹo`;
//! * otherwise, in `oa`, `oe`, `uy` without a coda, on the first vowel in
//!   [`ToneStyle::Traditional`] (`hòa`, `khỏe`, `thủy`, `ủy`) and on the
//!   second in [`ToneStyle::Modern`] (`hoà`, `khoẻ`, `thuỷ`, `uỷ`);
//! * otherwise on the first vowel: `của`, `mùa`, `mía`, `cái`, `gửi`.
//!
//! `qu` and `gi` are onsets, so their `u`/`i` never carry the mark: `quý`,
//! `quỳ`, `quà`, `già`, `giữa` have one vowel in the rhyme and are never
//! changed. A mark on a vowel of the rhyme that is not the right one
//! (`hòan`, `thủơ`, `muà`, `tìên`) is moved in both styles: the letters and
//! the tone stay, only the placement changes. A mark outside the rhyme
//! (`gìa`, `qùy`, `lơị`) makes the word a non-syllable for the model, so it
//! is left alone: that is a typo, and typos are never fixed here.
//!
//! # Other changes
//!
//! * `Ð`/`ð` (U+00D0/U+00F0, Icelandic eth, which looks like `Đ`) become
//!   `Đ`/`đ` inside words that are then Vietnamese syllables (`Ðà Nẵng` →
//!   `Đà Nẵng`); other words keep them.
//! * Zero-width characters (U+200B, U+200C, U+200D, U+2060, U+FEFF) and
//!   control characters other than `\t` and `\n` are removed; `\r\n` and a
//!   lone `\r` become `\n`, U+2028/U+2029 become `\n`; NBSP, the other
//!   Unicode spaces, vertical tab and form feed become `' '`; runs of spaces
//!   fold to one (never across a newline) and spaces before a newline are
//!   removed. Spaces at the very start and end of the input are folded but
//!   kept, so the function can be applied to the text nodes of HTML
//!   (`"Ủy ban "` + `<b>` must keep its space). Tabs, smart quotes and
//!   dashes are kept.
//! * The result is NFC.
//!
//! Words inside e-mail addresses, URLs, host and file names, paths and
//! code-like tokens, and words with digits, are not changed (see
//! `docs/TONE.md` for the exact test).
//!
//! ```
//! use vntext::tone::{normalize, place_tone, ToneStyle};
//!
//! let (text, changes) = normalize("Ủy ban tỉnh Hoà Bình,\u{a0} Ðà Nẵng", ToneStyle::Traditional);
//! assert_eq!(text, "Ủy ban tỉnh Hòa Bình, Đà Nẵng");
//! assert_eq!((changes.tone_marks, changes.d_bar, changes.spaces), (1, 1, 1));
//!
//! assert_eq!(place_tone("thủy", ToneStyle::Modern).as_deref(), Some("thuỷ"));
//! assert_eq!(place_tone("quý", ToneStyle::Traditional), None);
//! ```

use std::borrow::Cow;
use std::cell::RefCell;
use std::fmt;
use std::ops::AddAssign;
use std::str::FromStr;

use unicode_normalization::char::{compose, decompose_canonical, is_combining_mark};
use unicode_normalization::UnicodeNormalization;
use vnenc::syllable::is_vietnamese_syllable;

/// Where the tone mark goes in the open rhymes `oa`, `oe` and `uy` (the
/// only ones where the two accepted styles differ).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ToneStyle {
    /// "Old style", used in official names: `Hòa Bình`, `Thanh Hóa`,
    /// `thủy`, `khỏe`, `tùy`, `ủy` (mark on the first vowel).
    #[default]
    Traditional,
    /// "New style": `hoà`, `thuỷ`, `khoẻ`, `tuỳ`, `uỷ` (mark on the second
    /// vowel).
    Modern,
    /// Tone marks are not moved at all (the other normalisations still
    /// apply).
    Keep,
}

impl ToneStyle {
    /// The canonical name: `"traditional"`, `"modern"` or `"keep"`.
    pub fn as_str(self) -> &'static str {
        match self {
            ToneStyle::Traditional => "traditional",
            ToneStyle::Modern => "modern",
            ToneStyle::Keep => "keep",
        }
    }
}

impl fmt::Display for ToneStyle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A string that names no [`ToneStyle`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseToneStyleError {
    /// The string as given.
    pub input: String,
}

impl fmt::Display for ParseToneStyleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown tone style `{}` (expected traditional/old, modern/new or keep)",
            self.input
        )
    }
}

impl std::error::Error for ParseToneStyleError {}

impl FromStr for ToneStyle {
    type Err = ParseToneStyleError;

    /// `traditional`/`old`, `modern`/`new`, `keep`; ASCII case and
    /// surrounding whitespace are ignored.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        let is = |name: &str| t.eq_ignore_ascii_case(name);
        if is("traditional") || is("old") {
            Ok(ToneStyle::Traditional)
        } else if is("modern") || is("new") {
            Ok(ToneStyle::Modern)
        } else if is("keep") {
            Ok(ToneStyle::Keep)
        } else {
            Err(ParseToneStyleError {
                input: s.to_owned(),
            })
        }
    }
}

/// How many changes of each class [`normalize`] applied. NFC composition is
/// not counted: a text that only needed NFC comes back owned with all
/// counts zero.
#[derive(Default, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Changes {
    /// Words whose tone mark moved to another vowel.
    pub tone_marks: u32,
    /// `Ð`/`ð` letters replaced by `Đ`/`đ`.
    pub d_bar: u32,
    /// Zero-width and control characters removed.
    pub invisible: u32,
    /// Whitespace rewrites: a run of spaces folded or converted to `' '`
    /// (one per run), spaces removed before a newline (one per line), a
    /// `\r\n`, `\r`, U+2028 or U+2029 turned into `\n` (one each).
    pub spaces: u32,
}

impl Changes {
    /// Sum of all counts.
    pub fn total(&self) -> u32 {
        self.tone_marks + self.d_bar + self.invisible + self.spaces
    }

    /// `true` when nothing was counted.
    pub fn is_empty(&self) -> bool {
        self.total() == 0
    }
}

impl AddAssign for Changes {
    fn add_assign(&mut self, o: Changes) {
        self.tone_marks += o.tone_marks;
        self.d_bar += o.d_bar;
        self.invisible += o.invisible;
        self.spaces += o.spaces;
    }
}

/// Normalises `s` for publishing: invisible characters and whitespace (see
/// the module docs), NFC, then `Ð` → `Đ` and the tone-mark placement of
/// `style` in every Vietnamese word outside URLs, e-mail addresses and code.
///
/// Borrows `s` when nothing changes (the common case; the check does not
/// allocate). Never trims the very start or end of `s`, so it can be applied
/// to each text node of an HTML document; skip `<pre>`, `<code>` and
/// `<script>` yourself, since it folds runs of spaces.
pub fn normalize(s: &str, style: ToneStyle) -> (Cow<'_, str>, Changes) {
    let mut changes = Changes::default();
    // Nearly all text is already clean and NFC: one pass.
    if let Ok(fixed) = fix_words(s, style, true, &mut changes) {
        return (fixed.map_or(Cow::Borrowed(s), Cow::Owned), changes);
    }
    changes = Changes::default();
    let cleaned = clean(s, &mut changes);
    let cur = cleaned.as_deref().unwrap_or(s);
    let counted = changes;
    let (text, fixed) = match fix_words(cur, style, true, &mut changes) {
        Ok(fixed) => (cleaned, fixed),
        Err(NotPlain) => {
            changes = counted;
            let text = match crate::nfc(cur) {
                Cow::Borrowed(_) => cleaned,
                Cow::Owned(o) => Some(o),
            };
            let cur = text.as_deref().unwrap_or(s);
            match fix_words(cur, style, false, &mut changes) {
                Ok(fixed) => (text, fixed),
                Err(NotPlain) => unreachable!("only checked passes stop"),
            }
        }
    };
    let out = match fixed.or(text) {
        Some(o) => Cow::Owned(o),
        None => Cow::Borrowed(s),
    };
    (out, changes)
}

/// The tone mark of one word placed per `style` (see the module docs).
///
/// `None` when the placement is already right, when `style` is
/// [`ToneStyle::Keep`], or when the word (or the word with the mark moved)
/// is not a Vietnamese syllable, e.g. `Hoang`, `gìa`, `Ðoà` (`Ð` is only
/// handled by [`normalize`]). Letter case is kept letter by letter; the
/// result is NFC. Accepts NFC and NFD input.
pub fn place_tone(word: &str, style: ToneStyle) -> Option<String> {
    let w = Word::parse(word)?;
    if w.eth {
        return None;
    }
    let to = w.tone_target(style)?;
    if !is_syllable(word) {
        return None;
    }
    let moved = w.render(Some(to));
    is_syllable(&moved).then_some(moved)
}

// ---------------------------------------------------------------------------
// Words

/// Longer "words" are never Vietnamese syllables (the longest have 7
/// letters: `nghiêng`, `khuếch`).
const MAX_LETTERS: usize = 8;

const GRAVE: char = '\u{0300}';
const ACUTE: char = '\u{0301}';
const TILDE: char = '\u{0303}';
const HOOK: char = '\u{0309}';
const DOT: char = '\u{0323}';
const CIRCUMFLEX: char = '\u{0302}';
const BREVE: char = '\u{0306}';
const HORN: char = '\u{031B}';

/// The precomposed letters Vietnamese uses: U+00C0..U+01B0 (Latin-1,
/// Latin Extended-A and -B up to ư) and U+1EA0..U+1EF9 (Latin Extended
/// Additional).
const LATIN: std::ops::RangeInclusive<u32> = 0xC0..=0x1B0;
const EXTENDED: std::ops::RangeInclusive<u32> = 0x1EA0..=0x1EF9;

/// A precomposed letter, decomposed: the letter with its shape mark and its
/// tone mark (`kind == '\0'`: not a Latin letter with Vietnamese marks only).
#[derive(Clone, Copy)]
struct Entry {
    letter: Letter,
    tone: Option<char>,
}

/// [`Entry`]s of [`LATIN`] followed by those of [`EXTENDED`], built once
/// from the Unicode decompositions so the hot loop needs neither the general
/// decomposition nor mark-by-mark validation.
fn letter_table() -> &'static [Entry] {
    static TABLE: std::sync::OnceLock<Vec<Entry>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        LATIN
            .chain(EXTENDED)
            .map(|u| {
                let none = Entry {
                    letter: NO_LETTER,
                    tone: None,
                };
                let Some(c) = char::from_u32(u) else {
                    return none;
                };
                let mut w = Word::new();
                let mut ok = true;
                let mut first = true;
                decompose_canonical(c, |d| {
                    ok = ok
                        && if std::mem::take(&mut first) {
                            d.is_ascii_alphabetic() && w.push(d, d.to_ascii_lowercase()).is_some()
                        } else {
                            w.mark(d).is_some()
                        };
                });
                if !ok || w.len != 1 || (w.tone.is_none() && w.letters[0].shape.is_none()) {
                    return none;
                }
                Entry {
                    letter: w.letters[0],
                    tone: w.tone.map(|(t, _)| t),
                }
            })
            .collect()
    })
}

/// The [`letter_table`] entry of `c`, `None` outside its ranges.
fn letter_entry(c: char) -> Option<Entry> {
    let u = u32::from(c);
    let at = if LATIN.contains(&u) {
        u - LATIN.start()
    } else if EXTENDED.contains(&u) {
        u - EXTENDED.start() + (LATIN.end() - LATIN.start() + 1)
    } else {
        return None;
    };
    letter_table().get(at as usize).copied()
}

#[derive(Clone, Copy)]
struct Letter {
    /// The letter without marks, in its case (`a`..`z`, `A`..`Z`, `đ`, `Đ`;
    /// an eth is stored as the `đ`/`Đ` it stands for).
    base: char,
    /// Lowercase letter with its shape mark: `a ă â e ê ... ư y`, `đ`, ...
    kind: char,
    /// Circumflex, breve or horn.
    shape: Option<char>,
}

const NO_LETTER: Letter = Letter {
    base: '\0',
    kind: '\0',
    shape: None,
};

/// A word split into letters, its tone mark and where it sits.
struct Word {
    letters: [Letter; MAX_LETTERS],
    len: usize,
    tone: Option<(char, usize)>,
    /// Contains `Ð`/`ð`.
    eth: bool,
}

impl Word {
    fn new() -> Word {
        Word {
            letters: [NO_LETTER; MAX_LETTERS],
            len: 0,
            tone: None,
            eth: false,
        }
    }

    fn clear(&mut self) {
        self.len = 0;
        self.tone = None;
        self.eth = false;
    }

    /// `None` if the word has something other than Latin letters with
    /// Vietnamese marks, two tone marks, or too many letters.
    fn parse(word: &str) -> Option<Word> {
        let mut w = Word::new();
        for c in word.chars() {
            w.feed(c)?;
        }
        (w.len > 0).then_some(w)
    }

    /// Adds one character; `None` if the word cannot be Vietnamese.
    #[inline]
    fn feed(&mut self, c: char) -> Option<()> {
        match c {
            'a'..='z' | 'A'..='Z' => self.push(c, c.to_ascii_lowercase()),
            'đ' | 'Đ' => self.push(c, 'đ'),
            'ð' => {
                self.eth = true;
                self.push('đ', 'đ')
            }
            'Ð' => {
                self.eth = true;
                self.push('Đ', 'đ')
            }
            _ if c.is_ascii() => None,
            _ => match letter_entry(c) {
                Some(e) => {
                    if e.letter.kind == '\0' || self.len == MAX_LETTERS {
                        return None;
                    }
                    if let Some(t) = e.tone {
                        if self.tone.is_some() {
                            return None;
                        }
                        self.tone = Some((t, self.len));
                    }
                    self.letters[self.len] = e.letter;
                    self.len += 1;
                    Some(())
                }
                None if is_combining_mark(c) => self.mark(c),
                None => None,
            },
        }
    }

    fn push(&mut self, base: char, kind: char) -> Option<()> {
        if self.len == MAX_LETTERS {
            return None;
        }
        self.letters[self.len] = Letter {
            base,
            kind,
            shape: None,
        };
        self.len += 1;
        Some(())
    }

    /// A combining mark on the last letter.
    fn mark(&mut self, m: char) -> Option<()> {
        let at = self.len.checked_sub(1)?;
        let l = &mut self.letters[at];
        match m {
            GRAVE | ACUTE | TILDE | HOOK | DOT => {
                if self.tone.is_some() {
                    return None;
                }
                self.tone = Some((m, at));
            }
            CIRCUMFLEX | BREVE | HORN => {
                if l.shape.is_some() {
                    return None;
                }
                l.kind = match (l.kind, m) {
                    ('a', CIRCUMFLEX) => 'â',
                    ('e', CIRCUMFLEX) => 'ê',
                    ('o', CIRCUMFLEX) => 'ô',
                    ('a', BREVE) => 'ă',
                    ('o', HORN) => 'ơ',
                    ('u', HORN) => 'ư',
                    _ => return None,
                };
                l.shape = Some(m);
            }
            _ => return None,
        }
        Some(())
    }

    /// Index of the letter the tone mark must move to, `None` when it is
    /// already there, there is no mark, or the word has no regular rhyme.
    fn tone_target(&self, style: ToneStyle) -> Option<usize> {
        let (_, at) = self.tone?;
        if style == ToneStyle::Keep {
            return None;
        }
        // Most words: the marked vowel has no vowel next to it, so it is the
        // whole rhyme nucleus (or a consonant) and stays.
        let vowel_at = |i: usize| i < self.len && is_vowel(self.letters[i].kind);
        if !(at > 0 && vowel_at(at - 1) || vowel_at(at + 1)) {
            return None;
        }
        let (start, end, target) = tone_slot(&self.letters[..self.len], style)?;
        // A mark outside the rhyme's vowels (gìa, qùy, lơị) is not moved:
        // the model rejects such words anyway.
        (at != target && (start..end).contains(&at)).then_some(target)
    }

    /// The word with eths replaced and the tone mark on letter `tone_at`
    /// (none if `None`), NFC.
    fn render(&self, tone_at: Option<usize>) -> String {
        let mut s = String::with_capacity(self.len * 3);
        let mut composed = true;
        for (i, l) in self.letters[..self.len].iter().enumerate() {
            let tone = self.tone.filter(|_| tone_at == Some(i)).map(|(t, _)| t);
            match compose_letter(l.base, l.shape, tone) {
                Some(c) => s.push(c),
                None => {
                    composed = false;
                    s.push(l.base);
                    s.extend(l.shape);
                    s.extend(tone);
                }
            }
        }
        if composed {
            s
        } else {
            s.nfc().collect()
        }
    }
}

/// `base` with its shape and tone marks as one precomposed character.
fn compose_letter(base: char, shape: Option<char>, tone: Option<char>) -> Option<char> {
    let add = |c: char, m: Option<char>| match m {
        Some(m) => compose(c, m),
        None => Some(c),
    };
    // ệ is ẹ + circumflex, ề is ê + grave: try both orders.
    add(add(base, shape)?, tone).or_else(|| add(add(base, tone)?, shape))
}

#[inline]
fn is_vowel(k: char) -> bool {
    matches!(
        k,
        'a' | 'ă' | 'â' | 'e' | 'ê' | 'i' | 'o' | 'ô' | 'ơ' | 'u' | 'ư' | 'y'
    )
}

fn has_shape(k: char) -> bool {
    matches!(k, 'ă' | 'â' | 'ê' | 'ô' | 'ơ' | 'ư')
}

/// `(start, end, target)`: the rhyme's vowels `l[start..end]` and the index
/// the tone mark belongs on.
fn tone_slot(l: &[Letter], style: ToneStyle) -> Option<(usize, usize, usize)> {
    let k = |i: usize| l[i].kind;
    let vowel = |i: usize| is_vowel(l[i].kind);
    let mut start = (0..l.len()).find(|&i| vowel(i))?;
    // qu and gi are onsets when a vowel follows: quý, già, giữa. A lone gi
    // keeps its i as the vowel: gì, gìn.
    if start == 1 && l.len() > 2 && matches!((k(0), k(1)), ('q', 'u') | ('g', 'i')) && vowel(2) {
        start = 2;
    }
    let end = (start..l.len()).find(|&i| !vowel(i)).unwrap_or(l.len());
    if (end..l.len()).any(vowel) {
        return None;
    }
    let n = end - start;
    let coda = end < l.len();
    let rel = match n {
        1 => 0,
        _ if coda => n - 1,
        _ => match (start..end).rev().find(|&i| has_shape(k(i))) {
            Some(i) => i - start,
            None if n == 3 => 1,
            None if n == 2 => match (k(start), k(start + 1)) {
                ('o', 'a') | ('o', 'e') | ('u', 'y') => match style {
                    ToneStyle::Traditional => 0,
                    ToneStyle::Modern => 1,
                    ToneStyle::Keep => return None,
                },
                _ => 0,
            },
            None => return None,
        },
    };
    Some((start, end, start + rel))
}

/// The normalised form of one word of running text, if it changes, with the
/// number of eths replaced and whether the tone mark moved.
fn fix_word(word: &str, w: &Word, style: ToneStyle) -> Option<(String, u32, bool)> {
    if !w.eth && w.tone.is_none() {
        return None;
    }
    let target = w.tone_target(style);
    if !w.eth && target.is_none() {
        return None;
    }
    let here = w.tone.map(|(_, at)| at);
    let (unmoved, eths) = if w.eth {
        let r = w.render(here);
        if !is_syllable(&r) {
            return None;
        }
        let eths = word.chars().filter(|&c| c == 'Ð' || c == 'ð').count() as u32;
        (Some(r), eths)
    } else {
        if !is_syllable(word) {
            return None;
        }
        (None, 0)
    };
    if let Some(to) = target {
        let moved = w.render(Some(to));
        if is_syllable(&moved) {
            return Some((moved, eths, true));
        }
    }
    unmoved.map(|r| (r, eths, false))
}

/// [`is_vietnamese_syllable`], remembered per thread: the model tries
/// every onset against every rhyme, which costs more than the rest of the
/// work on a word, and a portal's text reuses a few thousand syllables. A
/// small direct-mapped table (collisions overwrite) of at most
/// `MEMO_SLOTS` words of up to `MEMO_KEY` bytes; the answers are the
/// model's, so this changes speed only.
fn is_syllable(word: &str) -> bool {
    const MEMO_SLOTS: usize = 1024;
    const MEMO_KEY: usize = 30;
    struct Slot {
        len: u8,
        valid: bool,
        key: [u8; MEMO_KEY],
    }
    thread_local! {
        static MEMO: RefCell<Vec<Slot>> = const { RefCell::new(Vec::new()) };
    }
    let b = word.as_bytes();
    if b.is_empty() || b.len() > MEMO_KEY {
        return is_vietnamese_syllable(word);
    }
    // FNV-1a.
    let mut h: u32 = 0x811c_9dc5;
    for &x in b {
        h = (h ^ u32::from(x)).wrapping_mul(0x0100_0193);
    }
    let at = (h ^ h >> 16) as usize % MEMO_SLOTS;
    MEMO.with(|m| {
        let mut m = m.borrow_mut();
        if m.is_empty() {
            m.extend((0..MEMO_SLOTS).map(|_| Slot {
                len: 0,
                valid: false,
                key: [0; MEMO_KEY],
            }));
        }
        let slot = &mut m[at];
        if usize::from(slot.len) == b.len() && &slot.key[..b.len()] == b {
            return slot.valid;
        }
        let valid = is_vietnamese_syllable(word);
        slot.len = b.len() as u8;
        slot.key[..b.len()].copy_from_slice(b);
        slot.valid = valid;
        valid
    })
}

// ---------------------------------------------------------------------------
// Output that is only allocated at the first change

struct Out<'a> {
    src: &'a str,
    buf: Option<String>,
    /// Source bytes before this are in `buf` (or unchanged, without `buf`).
    done: usize,
}

impl<'a> Out<'a> {
    fn new(src: &'a str) -> Self {
        Out {
            src,
            buf: None,
            done: 0,
        }
    }

    /// Replaces source bytes `start..end` (at or after everything replaced
    /// so far) by `with`.
    fn replace(&mut self, start: usize, end: usize, with: &str) {
        let src = self.src;
        let buf = self
            .buf
            .get_or_insert_with(|| String::with_capacity(src.len() + 16));
        buf.push_str(&src[self.done..start]);
        buf.push_str(with);
        self.done = end;
    }

    fn finish(self) -> Option<String> {
        let mut buf = self.buf?;
        buf.push_str(&self.src[self.done..]);
        Some(buf)
    }
}

// ---------------------------------------------------------------------------
// Invisible characters and whitespace

enum Class {
    /// Kept as is.
    Visible,
    /// `' '`.
    Space,
    /// Another space: NBSP, U+2000..U+200A, VT, FF, ...
    OtherSpace,
    /// Removed.
    Invisible,
    /// `\n`.
    Newline,
    /// `\r`, U+2028, U+2029: become `\n`.
    OtherNewline,
}

fn classify(c: char) -> Class {
    match c {
        ' ' => Class::Space,
        '\n' => Class::Newline,
        '\t' => Class::Visible,
        '\r' | '\u{2028}' | '\u{2029}' => Class::OtherNewline,
        '\u{0B}' | '\u{0C}' => Class::OtherSpace,
        '\0'..='\u{1F}' | '\u{7F}'..='\u{9F}' => Class::Invisible,
        '\u{20}'..='\u{7E}' => Class::Visible,
        '\u{A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => {
            Class::OtherSpace
        }
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => Class::Invisible,
        _ => Class::Visible,
    }
}

/// A run of spaces (with any invisible characters inside it).
struct Run {
    start: usize,
    /// Space characters in the run.
    spaces: u32,
    /// Some of them are not `' '`.
    other: bool,
    /// It holds invisible characters.
    invisible: bool,
}

/// [`fix_words`] met a character that [`clean`] or NFC might change.
struct NotPlain;

/// `true` if `c` (after a space if `after_space`) is left alone by
/// [`clean`] and is NFC-stable whatever its neighbours: ASCII but controls
/// other than `\t` and `\n`, U+00A1..U+02FF, Latin Extended Additional
/// (U+1E00..U+1EFF) and the common punctuation of U+2010..U+2027 and
/// U+2030..U+205E (quotes, dashes, ellipsis); a space or newline after a
/// space is not.
#[inline]
fn is_plain(c: char, after_space: bool) -> bool {
    match c {
        '!'..='~'
        | '\t'
        | '\u{A1}'..='\u{2FF}'
        | '\u{1E00}'..='\u{1EFF}'
        | '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{205E}' => true,
        ' ' | '\n' => !after_space,
        _ => false,
    }
}

fn clean(s: &str, changes: &mut Changes) -> Option<String> {
    let mut out = Out::new(s);
    let mut run: Option<Run> = None;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match classify(c) {
            Class::Visible => {
                if let Some(r) = run.take() {
                    end_run(&mut out, r, i, false, changes);
                }
            }
            class @ (Class::Space | Class::OtherSpace) => {
                let r = run.get_or_insert(Run {
                    start: i,
                    spaces: 0,
                    other: false,
                    invisible: false,
                });
                r.spaces += 1;
                r.other |= matches!(class, Class::OtherSpace);
            }
            Class::Invisible => {
                changes.invisible += 1;
                match &mut run {
                    Some(r) => r.invisible = true,
                    None => out.replace(i, i + c.len_utf8(), ""),
                }
            }
            Class::Newline | Class::OtherNewline => {
                if let Some(r) = run.take() {
                    end_run(&mut out, r, i, true, changes);
                }
                if c == '\r' && matches!(chars.peek(), Some((_, '\n'))) {
                    chars.next();
                    out.replace(i, i + 2, "\n");
                    changes.spaces += 1;
                } else if c != '\n' {
                    out.replace(i, i + c.len_utf8(), "\n");
                    changes.spaces += 1;
                }
            }
        }
    }
    if let Some(r) = run.take() {
        end_run(&mut out, r, s.len(), false, changes);
    }
    out.finish()
}

/// Ends the run at byte `end`: removed before a newline, else one space.
fn end_run(out: &mut Out<'_>, r: Run, end: usize, before_newline: bool, changes: &mut Changes) {
    if before_newline {
        out.replace(r.start, end, "");
        changes.spaces += 1;
    } else if r.spaces > 1 || r.other || r.invisible {
        out.replace(r.start, end, " ");
        // Invisible characters were counted on their own.
        if r.spaces > 1 || r.other {
            changes.spaces += 1;
        }
    }
}

// ---------------------------------------------------------------------------
// Words in running text

/// A character that belongs to a word: letters, digits, combining marks.
#[inline]
fn is_word_char(c: char) -> bool {
    match c {
        '0'..='9' | 'a'..='z' | 'A'..='Z' => true,
        '\0'..='\u{BF}' => c.is_alphanumeric(),
        '\u{D7}' | '\u{F7}' => false,
        '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}' | '\u{300}'..='\u{36F}' => true,
        _ => c.is_alphanumeric() || is_combining_mark(c),
    }
}

/// A whitespace-separated chunk that is (or contains) an e-mail address, a
/// URL, a host or file name, a path or code: its words are not touched.
fn is_code_like(chunk: &str) -> bool {
    let b = chunk.as_bytes();
    if b.iter().any(|&c| c != b'.' && c != b'/' && is_code_byte(c)) {
        return true;
    }
    if chunk.contains("://")
        || b.first() == Some(&b'/')
        || (b.len() >= 4 && b[..4].eq_ignore_ascii_case(b"www."))
    {
        return true;
    }
    // A dot between two word characters: `toa.vn`, `thuỷ.pdf`, `TP.Hoà`.
    // Host and file names end in an ASCII label (TLD, extension); address
    // abbreviations (`TP.`, `P.`, `TX.`) are followed by a Vietnamese name.
    let mut last_label: Option<usize> = None;
    let mut prev: Option<char> = None;
    let mut it = chunk.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c == '.'
            && prev.is_some_and(is_word_char)
            && it.peek().is_some_and(|&(_, n)| is_word_char(n))
        {
            last_label = Some(i + 1);
        }
        prev = Some(c);
    }
    let Some(label) = last_label else {
        return false;
    };
    if b.contains(&b'/') {
        return true; // hoa.gov.vn/hoà
    }
    chunk[label..]
        .chars()
        .take_while(|&c| is_word_char(c))
        .all(|c| c.is_ascii())
}

/// Bytes that send a chunk to [`is_code_like`]; all but `.` and `/` make
/// it code-like on their own.
fn is_code_byte(b: u8) -> bool {
    matches!(
        b,
        b'.' | b'/'
            | b'@'
            | b'\\'
            | b'_'
            | b'='
            | b'<'
            | b'>'
            | b'{'
            | b'}'
            | b'#'
            | b'$'
            | b'%'
            | b'&'
            | b'|'
            | b'~'
            | b'^'
            | b'`'
    )
}

/// The word being read (reused from word to word).
struct Token {
    /// A word is being read.
    active: bool,
    start: usize,
    word: Word,
    /// `word` stopped being a possible Vietnamese syllable.
    bad: bool,
    non_ascii: bool,
    digit: bool,
}

/// A replacement waiting for the end of its chunk (URL? e-mail?).
struct Pending {
    start: usize,
    end: usize,
    text: String,
    eths: u32,
    moved: bool,
}

/// Tone marks and eths in every chunk of `s`, which [`clean`] has left with
/// no whitespace but `' '`, `\t` and `\n`. One pass: words are fixed as
/// they are read, and the fixes of a chunk are applied at its end unless the
/// chunk turns out to be code-like (rare: the check only runs for chunks
/// with both a fix and a byte such as `.`, `/` or `@`).
///
/// With `checked`, it also proves that `s` needs neither [`clean`] nor NFC
/// ([`is_plain`] for every character) and stops with [`NotPlain`] otherwise
/// (`changes` may then hold partial counts).
fn fix_words(
    s: &str,
    style: ToneStyle,
    checked: bool,
    changes: &mut Changes,
) -> Result<Option<String>, NotPlain> {
    let mut out = Out::new(s);
    let mut after_space = false;
    let mut pending: Vec<Pending> = Vec::new();
    let mut chunk_start = 0;
    let mut code = false;
    let mut tok = Token {
        active: false,
        start: 0,
        word: Word::new(),
        bad: false,
        non_ascii: false,
        digit: false,
    };
    for (i, c) in s.char_indices() {
        if checked {
            if !is_plain(c, after_space) {
                return Err(NotPlain);
            }
            after_space = c == ' ';
        }
        if is_word_char(c) {
            if !tok.active {
                tok.active = true;
                tok.start = i;
                tok.word.clear();
                tok.bad = false;
                tok.non_ascii = false;
                tok.digit = false;
            }
            if !c.is_ascii() {
                tok.non_ascii = true;
            } else if c.is_ascii_digit() {
                tok.digit = true;
            }
            if !tok.bad && tok.word.feed(c).is_none() {
                tok.bad = true;
            }
            continue;
        }
        if tok.active {
            end_token(s, &mut tok, i, style, &mut pending);
        }
        if matches!(c, ' ' | '\t' | '\n') {
            end_chunk(&mut out, &mut pending, chunk_start, i, code, changes);
            chunk_start = i + 1;
            code = false;
        } else if c.is_ascii() {
            code |= is_code_byte(c as u8);
        }
    }
    if tok.active {
        end_token(s, &mut tok, s.len(), style, &mut pending);
    }
    end_chunk(&mut out, &mut pending, chunk_start, s.len(), code, changes);
    Ok(out.finish())
}

fn end_token(s: &str, t: &mut Token, end: usize, style: ToneStyle, pending: &mut Vec<Pending>) {
    t.active = false;
    if t.bad || !t.non_ascii || t.digit || (!t.word.eth && t.word.tone.is_none()) {
        return;
    }
    // Digits of other scripts made the word `bad`.
    let word = &s[t.start..end];
    if let Some((text, eths, moved)) = fix_word(word, &t.word, style) {
        pending.push(Pending {
            start: t.start,
            end,
            text,
            eths,
            moved,
        });
    }
}

fn end_chunk(
    out: &mut Out<'_>,
    pending: &mut Vec<Pending>,
    start: usize,
    end: usize,
    code: bool,
    changes: &mut Changes,
) {
    if pending.is_empty() {
        return;
    }
    if !(code && is_code_like(&out.src[start..end])) {
        for p in pending.iter() {
            out.replace(p.start, p.end, &p.text);
            changes.d_bar += p.eths;
            changes.tone_marks += u32::from(p.moved);
        }
    }
    pending.clear();
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::char::canonical_combining_class;
    use unicode_normalization::{is_nfc_quick, IsNormalized};

    fn chars() -> impl Iterator<Item = char> {
        (0..0x3100)
            .chain(0xFE00..0x10000)
            .filter_map(char::from_u32)
    }

    #[test]
    fn plain_text_needs_neither_clean_nor_nfc() {
        let mut plain = 0;
        for c in chars() {
            for s in [
                c.to_string(),
                format!("a{c}b"),
                format!(" {c}"),
                format!("{c} "),
                format!("{c}\n"),
                format!("a\u{0300}{c}"),
            ] {
                let mut ch = Changes::default();
                if fix_words(&s, ToneStyle::Keep, true, &mut ch).is_ok() {
                    assert!(clean(&s, &mut ch).is_none(), "{s:?}");
                    assert!(matches!(crate::nfc(&s), Cow::Borrowed(_)), "{s:?}");
                }
            }
            if is_plain(c, false) {
                assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
                assert_eq!(canonical_combining_class(c), 0, "{c:?}");
                plain += 1;
            }
        }
        // Printable ASCII with the space, \t, \n, U+00A1..U+02FF,
        // U+1E00..U+1EFF, U+2010..U+2027, U+2030..U+205E.
        assert_eq!(plain, 0x5F + 2 + (0x300 - 0xA1) + 0x100 + 0x18 + 0x2F);
    }

    #[test]
    fn fast_char_classes_match_unicode() {
        for c in chars().chain((0x1E00..0x1F00).filter_map(char::from_u32)) {
            assert_eq!(
                is_word_char(c),
                c.is_alphanumeric() || is_combining_mark(c),
                "{c:?}"
            );
        }
    }

    #[test]
    fn letter_table_covers_vietnamese() {
        let lower = "aàáạảãăằắặẳẵâầấậẩẫeèéẹẻẽêềếệểễiìíịỉĩoòóọỏõôồốộổỗơờớợởỡuùúụủũưừứựửữyỳýỵỷỹ";
        for c in lower
            .chars()
            .flat_map(|c| [c].into_iter().chain(c.to_uppercase()))
        {
            if c.is_ascii() {
                continue;
            }
            let e = letter_entry(c).expect("in the table");
            assert_ne!(e.letter.kind, '\0', "{c}");
            let w = Word::parse(&c.to_string()).expect("a letter");
            assert_eq!(w.render(w.tone.map(|(_, at)| at)), c.to_string());
        }
        // (ñ parses as n with a tilde tone; the syllable model rejects it.)
        for c in ['ß', 'æ', 'ø', 'ü', 'ç', '×'] {
            assert!(Word::parse(&c.to_string()).is_none(), "{c}");
        }
    }
}
