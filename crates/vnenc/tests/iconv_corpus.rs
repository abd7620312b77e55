//! The legacy charset tables against glibc `iconv` on a whole Vietnamese
//! corpus, and checks of the corpus itself.
//!
//! The corpus, `tests/data/corpus-vi.txt`, is written by
//! `scripts/gen-vi-corpus.py` (one `<class>\t<text>` line per item: single
//! words, short names, headlines, sentences, paragraphs, ALL-CAPS headings,
//! Vietnamese mixed with codes and URLs, pure ASCII). Its text is NFC and
//! uses only printable ASCII and the 134 non-ASCII Vietnamese letters, so
//! every line can be written in every legacy charset.
//!
//! `tests/legacy.rs` compares the charsets with glibc letter by letter; this
//! file does it on a few thousand lines of real text, where letters meet
//! ASCII, punctuation and each other. iconv runs once per charset and
//! direction on the whole corpus (lines joined by LF; no charset here writes
//! a letter with byte 0A, so the output splits back into lines).
//!
//! What glibc does, per charset:
//!
//! * **VISCII**: one byte per letter (RFC 1456, including the six capitals
//!   in C0 positions 02 05 06 14 19 1E). vnenc's bytes must be identical.
//! * **CP1258**: glibc does *not* decompose every toned letter. It writes a
//!   letter precomposed when Windows-1258 has it ("Á" C1, "ô" F4, "Đ" D0),
//!   and otherwise the base letter (itself possibly precomposed, "ô", "ư")
//!   followed by a combining tone byte: "ổ" F4 D2, "ệ" EA F2, and "ò" 6F CC
//!   because F2 holds the combining dot below instead of "ò". vnenc's
//!   encoder makes the same choices, so the bytes are compared as they are.
//!   Decoding, glibc composes base + tone again and yields NFC.
//! * **TCVN5712-1**: glibc implements TCVN 5712:1993 VN1, which gives each
//!   of the 60 toned capitals a byte of its own (in C0 positions 01 02 04 05
//!   06 11-17, in 80-9F and in a few A0-FF positions). vnenc's `Tcvn3` is
//!   VN3, the ".VnTime"/ABC font encoding real documents use, which has no
//!   room for them: a toned capital is written with its lowercase letter's
//!   byte. VN1 and VN3 agree on the other 74 letters (67 lowercase, Ă Â Ê Ô
//!   Ơ Ư Đ) and on ASCII. So the full comparison runs on the corpus
//!   lowercased, where both must give the same bytes; on the original text
//!   the bytes must differ exactly on the lines holding a toned capital.
//!
//! Without `iconv` the glibc tests are skipped, unless `CI` is set.

mod common;
use common::{iconv, non_ascii_letters, skip_or_panic};

use std::collections::{BTreeMap, HashMap};
use std::process::Command;

use unicode_normalization::UnicodeNormalization;
use vnenc::legacy::{decode_legacy, encode_legacy, Legacy};

const CORPUS: &str = include_str!("data/corpus-vi.txt");

/// A line class: its name, the minimum number of lines, and the allowed
/// number of whitespace-separated words (`None`: any).
struct Class {
    name: &'static str,
    min_lines: usize,
    words: Option<(usize, usize)>,
}

const fn class(name: &'static str, min_lines: usize, words: Option<(usize, usize)>) -> Class {
    Class {
        name,
        min_lines,
        words,
    }
}

/// The classes, in file order.
const CLASSES: [Class; 8] = [
    class("word", 300, Some((1, 1))),
    class("short", 150, Some((2, 4))),
    class("title", 400, Some((5, 15))),
    class("sentence", 250, Some((15, 40))),
    class("paragraph", 60, Some((60, 150))),
    class("caps", 120, Some((3, 12))),
    class("mixed", 150, None),
    class("ascii", 100, None),
];

/// Each non-ASCII letter must occur at least this often.
const MIN_LETTER_OCCURRENCES: usize = 3;

/// The corpus as (line number, class, text).
fn corpus() -> Vec<(usize, &'static str, &'static str)> {
    CORPUS
        .lines()
        .enumerate()
        .map(|(i, line)| {
            let (class, text) = line
                .split_once('\t')
                .unwrap_or_else(|| panic!("corpus line {}: no tab: {line:?}", i + 1));
            (i + 1, class, text)
        })
        .collect()
}

/// The 60 toned capitals TCVN3 (VN3) writes with the lowercase byte.
fn tcvn3_lossy_capitals() -> Vec<char> {
    let v: Vec<char> = non_ascii_letters()
        .into_iter()
        .filter(|c| c.is_uppercase() && !"ĂÂÊÔƠƯĐ".contains(*c))
        .collect();
    assert_eq!(v.len(), 60);
    v
}

/// Whether `iconv` is glibc's (other implementations differ for CP1258 and
/// TCVN); `None` if it cannot be run at all.
fn iconv_is_glibc() -> Option<bool> {
    let out = Command::new("iconv").arg("--version").output().ok()?;
    let v = String::from_utf8_lossy(&out.stdout).to_lowercase();
    Some(v.contains("glibc") || v.contains("gnu libc"))
}

/// `None` (and the test skipped, or failed under CI) unless glibc iconv runs.
fn require_glibc_iconv() -> Option<()> {
    match iconv_is_glibc() {
        Some(true) => Some(()),
        Some(false) => {
            skip_or_panic("glibc iconv (another iconv is installed)");
            None
        }
        None => {
            skip_or_panic("iconv");
            None
        }
    }
}

/// Splits iconv's output of LF-terminated lines.
fn split_lines(bytes: &[u8], expected: usize) -> Vec<&[u8]> {
    let mut parts: Vec<&[u8]> = bytes.split(|&b| b == b'\n').collect();
    assert_eq!(parts.pop(), Some(&b""[..]), "output does not end with LF");
    assert_eq!(parts.len(), expected, "line count changed");
    parts
}

fn hex(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The line and the bytes around the first difference, for a readable
/// message.
fn first_difference(text: &str, ours: &[u8], theirs: &[u8]) -> String {
    let at = ours
        .iter()
        .zip(theirs)
        .position(|(a, b)| a != b)
        .unwrap_or(ours.len().min(theirs.len()));
    let lo = at.saturating_sub(4);
    format!(
        "{text:?}\n      ours  [{lo}..]: {}\n      glibc [{lo}..]: {}",
        hex(&ours[lo..(at + 6).min(ours.len())]),
        hex(&theirs[lo..(at + 6).min(theirs.len())])
    )
}

/// Compares vnenc and glibc on `texts` (NFC, no LF) in `cs`: encoding,
/// vnenc decoding glibc's bytes, glibc decoding vnenc's bytes. Returns the
/// number of lines compared, or `None` if the test is skipped. Messages
/// number lines from 1 in `texts` order (the corpus file's line numbers).
fn cross_check(cs: Legacy, glibc: &str, texts: &[String]) -> Option<usize> {
    require_glibc_iconv()?;
    let mut joined = String::new();
    for t in texts {
        assert!(!t.contains('\n'));
        joined.push_str(t);
        joined.push('\n');
    }
    let theirs_all = iconv("UTF-8", glibc, joined.as_bytes())?;
    let theirs = split_lines(&theirs_all, texts.len());

    let mut ours_all = Vec::new();
    let mut failures = Vec::new();
    for (i, text) in texts.iter().enumerate() {
        let ours = encode_legacy(text, cs)
            .unwrap_or_else(|| panic!("{} cannot encode {text:?}", cs.name()));
        if ours != theirs[i] {
            failures.push(format!(
                "  line {}: encode differs: {}",
                i + 1,
                first_difference(text, &ours, theirs[i])
            ));
        }
        match decode_legacy(theirs[i], cs) {
            Some(back) if back == *text => {}
            other => failures.push(format!(
                "  line {}: {} decodes glibc's bytes to {other:?}, want {text:?}",
                i + 1,
                cs.name()
            )),
        }
        ours_all.extend_from_slice(&ours);
        ours_all.push(b'\n');
    }

    assert_no_failures(cs, glibc, &failures);

    let glibc_read = iconv(glibc, "UTF-8", &ours_all)?;
    let glibc_read = String::from_utf8(glibc_read).expect("iconv wrote invalid UTF-8");
    for (i, (got, want)) in glibc_read.lines().zip(texts).enumerate() {
        if got != want {
            failures.push(format!(
                "  line {}: glibc decodes vnenc's bytes to {got:?}, want {want:?}",
                i + 1
            ));
        }
    }
    assert_eq!(glibc_read.lines().count(), texts.len());
    assert_no_failures(cs, glibc, &failures);
    eprintln!(
        "{} vs glibc {glibc}: {} lines compared ({} bytes), no mismatch",
        cs.name(),
        texts.len(),
        ours_all.len()
    );
    Some(texts.len())
}

fn assert_no_failures(cs: Legacy, glibc: &str, failures: &[String]) {
    assert!(
        failures.is_empty(),
        "{} vs glibc {glibc}: {} mismatches (first 20):\n{}",
        cs.name(),
        failures.len(),
        failures[..failures.len().min(20)].join("\n")
    );
}

fn corpus_texts() -> Vec<String> {
    corpus().iter().map(|(_, _, t)| (*t).to_owned()).collect()
}

#[test]
fn corpus_is_well_formed() {
    let lines = corpus();
    let letters = non_ascii_letters();
    let mut per_class: BTreeMap<&str, usize> = BTreeMap::new();
    let mut order = Vec::new();
    for &(n, class, text) in &lines {
        let Some(spec) = CLASSES.iter().find(|c| c.name == class) else {
            panic!("line {n}: unknown class {class:?}");
        };
        if order.last() != Some(&class) {
            assert!(!order.contains(&class), "line {n}: class {class} split up");
            order.push(class);
        }
        *per_class.entry(class).or_default() += 1;
        assert!(
            !text.is_empty() && text.trim() == text,
            "line {n}: {text:?}"
        );
        assert_eq!(text.nfc().collect::<String>(), text, "line {n} is not NFC");
        for c in text.chars() {
            assert!(
                (' '..='~').contains(&c) || letters.contains(&c),
                "line {n}: {c:?} (U+{:04X}) is neither printable ASCII nor a Vietnamese letter",
                u32::from(c)
            );
        }
        if let Some((lo, hi)) = spec.words {
            let w = text.split_whitespace().count();
            assert!(
                (lo..=hi).contains(&w),
                "line {n}: {w} words in a {class} line"
            );
        }
        match class {
            "caps" => assert!(
                !text.chars().any(char::is_lowercase),
                "line {n}: caps line with lowercase"
            ),
            "ascii" => assert!(text.is_ascii(), "line {n}: ascii line with non-ASCII"),
            _ => {}
        }
    }
    let names: Vec<&str> = CLASSES.iter().map(|c| c.name).collect();
    assert_eq!(order, names, "classes out of order");
    for c in &CLASSES {
        let n = per_class.get(c.name).copied().unwrap_or(0);
        assert!(
            n >= c.min_lines,
            "{n} {} lines, want at least {}",
            c.name,
            c.min_lines
        );
    }
    assert!(lines.len() >= 2000, "{} lines", lines.len());
    eprintln!("corpus: {} lines {per_class:?}", lines.len());
}

#[test]
fn every_vietnamese_letter_occurs_in_the_corpus() {
    let mut counts: HashMap<char, usize> = HashMap::new();
    for (_, _, text) in corpus() {
        for c in text.chars() {
            *counts.entry(c).or_default() += 1;
        }
    }
    let letters = non_ascii_letters();
    let rare: Vec<String> = letters
        .iter()
        .filter(|c| counts.get(c).copied().unwrap_or(0) < MIN_LETTER_OCCURRENCES)
        .map(|c| format!("{c} ({})", counts.get(c).copied().unwrap_or(0)))
        .collect();
    assert!(
        rare.is_empty(),
        "letters occurring fewer than {MIN_LETTER_OCCURRENCES} times: {rare:?}"
    );
    let fewest = letters
        .iter()
        .map(|c| (counts[c], *c))
        .min()
        .expect("134 letters");
    eprintln!(
        "all {} non-ASCII letters occur; the rarest, {}, {} times",
        letters.len(),
        fewest.1,
        fewest.0
    );
}

#[test]
fn viscii_matches_glibc_on_the_corpus() {
    cross_check(Legacy::Viscii, "VISCII", &corpus_texts());
}

#[test]
fn cp1258_matches_glibc_on_the_corpus() {
    cross_check(Legacy::Cp1258, "CP1258", &corpus_texts());
}

#[test]
fn tcvn3_matches_glibc_tcvn5712_1_on_the_lowercased_corpus() {
    let lowered: Vec<String> = corpus_texts()
        .iter()
        .map(|t| t.to_lowercase().nfc().collect())
        .collect();
    if cross_check(Legacy::Tcvn3, "TCVN5712-1", &lowered).is_none() {
        return;
    }

    // Original case: VN1 and VN3 differ exactly on the lines with a toned
    // capital (VN1 has a byte for it, VN3 writes the lowercase byte).
    let texts = corpus_texts();
    let mut joined = texts.join("\n");
    joined.push('\n');
    let Some(theirs_all) = iconv("UTF-8", "TCVN5712-1", joined.as_bytes()) else {
        return skip_or_panic("iconv");
    };
    let theirs = split_lines(&theirs_all, texts.len());
    let lossy = tcvn3_lossy_capitals();
    let mut with_capital = 0;
    for (i, text) in texts.iter().enumerate() {
        let ours = encode_legacy(text, Legacy::Tcvn3).expect("TCVN3 encodes the corpus");
        let has_capital = text.chars().any(|c| lossy.contains(&c));
        with_capital += usize::from(has_capital);
        assert_eq!(
            ours != theirs[i],
            has_capital,
            "line {}: {}",
            i + 1,
            first_difference(text, &ours, theirs[i])
        );
    }
    eprintln!(
        "TCVN3 vs glibc TCVN5712-1, original case: {} lines compared, {with_capital} differ \
         (all of them for a toned capital)",
        texts.len()
    );
}

#[test]
fn checked_in_corpus_is_what_the_generator_writes() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let script = root.join("scripts/gen-vi-corpus.py");
    let tmp = std::env::temp_dir().join(format!("corpus-vi-{}.txt", std::process::id()));
    let status = Command::new("python3")
        .arg(&script)
        .arg("--output")
        .arg(&tmp)
        .status();
    let Ok(status) = status else {
        return skip_or_panic("python3");
    };
    assert!(status.success(), "{} failed", script.display());
    let generated = std::fs::read_to_string(&tmp).expect("generator output");
    let _ = std::fs::remove_file(&tmp);
    assert!(
        generated == CORPUS,
        "tests/data/corpus-vi.txt is stale: run python3 scripts/gen-vi-corpus.py"
    );
}
