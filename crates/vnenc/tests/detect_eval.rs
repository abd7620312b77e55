//! Detection accuracy of `decode_field` on the whole Vietnamese corpus.
//!
//! Every line of `tests/data/corpus-vi.txt` is written in every charset the
//! detector knows ([`charsets`]: clean UTF-8, UTF-8 double-encoded via
//! cp1252 or latin1 one to three times, UTF-8 read as Windows-1258, the five
//! legacy charsets raw and read through latin1, VIQR, UTF-16LE) with
//! [`vnenc::encode`]. Each charset is one simulated *column*: its fields are
//! decoded in a fixed shuffled order (single words among titles and
//! sentences, as in a dump) with a running [`ColumnPrior`], exactly as the
//! pipeline decodes a column. The same single words are also decoded
//! without any context (empty prior), for information.
//!
//! A combination is skipped when `encode` returns `None`, when the bytes are
//! the UTF-8 bytes themselves (ASCII lines in most charsets), or when the
//! bytes are valid UTF-8 that reads as clean text (every non-ASCII word a
//! Vietnamese syllable: TCVN3 "gãi" read through latin1 is the UTF-8 word
//! "gãi"): by the rule that clean UTF-8 is never repaired, no detector may
//! change those; they are counted as "indistinguishable".
//!
//! **Correct** means the decoded text equals the original (ignoring letter
//! case when the bytes are TCVN3 or VPS, which cannot write some toned
//! capitals). The label is reported separately ("label exact": the
//! detected charset, writing the original, gives exactly these bytes);
//! readings that give the same text from the same bytes are equally right.
//! [`vnenc::Undecodable`] is a failure.
//!
//! Figures: accuracy per charset and per length bucket (1 word, 2–4 words,
//! 5+ words), the character error rate (Levenshtein distance over chars /
//! chars of the original, case-sensitive; an undecodable field counts its
//! best reading, or the whole line when there is none), and the number of
//! clean UTF-8 lines that did not come back unchanged.
//!
//! Floors (asserted, column mode): ≥ 99.5 % on 5+ word lines and ≥ 98 % on
//! single words in every charset except VIQR; VIQR ≥ 90 % on 5+ word lines;
//! no clean UTF-8 line changed.
//!
//! The report is printed as Markdown (run with `--nocapture` to see it) and
//! written to the file named by `VNENC_EVAL_REPORT` (a relative path is
//! taken from the workspace root), see `scripts/detect-eval`; with
//! `VNENC_EVAL_FAILURES` set to a path, every failure is written there as
//! tab-separated values (charset, bucket, class, original, bytes, detected
//! charset, decoded text or reason, runner-up).
//!
//! Debug builds evaluate a deterministic subset of the corpus (one line in
//! [`DEBUG_STRIDE`] of each class) to keep `cargo test` fast; release
//! builds evaluate everything. The report header says which.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use vnenc::legacy::Legacy;
use vnenc::{decode_field, encode, Charset, ColumnPrior};

const CORPUS: &str = include_str!("data/corpus-vi.txt");

/// Debug builds evaluate one line in `DEBUG_STRIDE` of each class.
const DEBUG_STRIDE: usize = 2;

/// Floor for 5+ word lines, every charset but VIQR.
const FLOOR_LONG: f64 = 0.995;
/// Floor for single words, every charset but VIQR.
const FLOOR_WORD: f64 = 0.98;
/// Floor for 5+ word lines in VIQR.
const FLOOR_VIQR_LONG: f64 = 0.90;

/// How many failing examples the failure message and the report show.
const EXAMPLES: usize = 10;

const BUCKETS: [&str; 3] = ["1 word", "2–4 words", "5+ words"];

fn bucket(text: &str) -> usize {
    match text.split_whitespace().count() {
        0 | 1 => 0,
        2..=4 => 1,
        _ => 2,
    }
}

/// Every charset/layer evaluated, in report order.
fn charsets() -> Vec<Charset> {
    let mut v = vec![Charset::Utf8];
    v.extend((1..=3).map(|layers| Charset::Utf8ViaCp1252 { layers }));
    v.extend((1..=3).map(|layers| Charset::Utf8ViaLatin1 { layers }));
    v.push(Charset::Utf8ViaCp1258);
    for layers in 0..=1 {
        v.extend(
            Legacy::ALL
                .iter()
                .map(|&charset| Charset::Legacy { charset, layers }),
        );
    }
    v.push(Charset::Viqr);
    v.push(Charset::Utf16Le);
    v
}

/// `(correct, text right)` for one decoded field: the text is the original
/// (ignoring case for TCVN3/VPS bytes) and, for `correct`, the detected
/// charset writes the original as exactly these bytes.
fn verdict(
    original: &str,
    cs: Charset,
    bytes: &[u8],
    result: &Result<vnenc::Decoded<'_>, vnenc::Undecodable>,
) -> (bool, bool) {
    let Ok(d) = result else {
        return (false, false);
    };
    let same = if lossy_case(cs) {
        d.text.to_lowercase() == original.to_lowercase()
    } else {
        d.text == original
    };
    let label_ok = encode(original, d.charset).as_deref() == Some(bytes);
    (same && label_ok, same)
}

/// TCVN3 and VPS lose the case of some toned capitals.
fn lossy_case(cs: Charset) -> bool {
    matches!(cs.legacy(), Some(Legacy::Tcvn3 | Legacy::Vps))
}

fn levenshtein(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, &ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Bytes for a human: valid UTF-8 shown as text, other bytes as `\xNN`,
/// cut after `max` bytes.
fn show_bytes(bytes: &[u8], max: usize) -> String {
    let cut = &bytes[..bytes.len().min(max)];
    let mut s = String::new();
    for chunk in cut.utf8_chunks() {
        for c in chunk.valid().chars() {
            if c.is_control() {
                let _ = write!(s, "\\u{{{:X}}}", c as u32);
            } else {
                s.push(c);
            }
        }
        for b in chunk.invalid() {
            let _ = write!(s, "\\x{b:02X}");
        }
    }
    if bytes.len() > max {
        let _ = write!(s, "… ({} bytes)", bytes.len());
    }
    s
}

fn cut(s: &str, max: usize) -> String {
    let n = s.chars().count();
    if n <= max {
        s.to_string()
    } else {
        format!("{}… ({n} chars)", s.chars().take(max).collect::<String>())
    }
}

struct Failure {
    source: Charset,
    bucket: usize,
    class: String,
    original: String,
    bytes: Vec<u8>,
    /// Detected charset and text, or (undecodable) the reason and the best
    /// reading.
    got: Result<(Charset, String), String>,
    /// The text was right; only the label fails `encode(original, detected)
    /// == bytes`.
    text_right: bool,
    runner_up: Option<(Charset, f32)>,
    confidence: f32,
}

impl Failure {
    fn describe(&self) -> String {
        let mut s = format!(
            "[{} / {} / {}] original: {:?}\n    bytes: {}\n",
            self.source,
            BUCKETS[self.bucket],
            self.class,
            cut(&self.original, 120),
            show_bytes(&self.bytes, 160),
        );
        match &self.got {
            Ok((cs, text)) => {
                let _ = writeln!(
                    s,
                    "    decoded as {cs} (confidence {:.2}): {:?}{}",
                    self.confidence,
                    cut(text, 120),
                    if self.text_right {
                        " (text right, but this charset does not write these bytes)"
                    } else {
                        ""
                    }
                );
            }
            Err(reason) => {
                let _ = writeln!(s, "    UNDECODABLE: {}", cut(reason, 240));
            }
        }
        let _ = write!(
            s,
            "    runner-up: {}",
            match self.runner_up {
                Some((c, share)) => format!("{c} ({share:.2})"),
                None => "none".into(),
            }
        );
        s
    }

    fn detected_label(&self) -> String {
        match &self.got {
            Ok((cs, _)) => cs.name(),
            Err(_) => "undecodable".into(),
        }
    }
}

#[derive(Default, Clone)]
struct Tally {
    n: [usize; 3],
    ok: [usize; 3],
    undecodable: usize,
    /// Text right (case-insensitively for TCVN3/VPS), whatever the label.
    text_ok: [usize; 3],
    /// Single words right without any column context (empty prior).
    ok_no_context: usize,
    /// Skipped: valid UTF-8 that reads as clean text (never repaired).
    indistinguishable: usize,
    /// Right text and the exact charset label.
    label_ok: usize,
    dist: usize,
    chars: usize,
    /// Detected label of failures → count.
    wrong: BTreeMap<String, usize>,
}

impl Tally {
    fn total(&self) -> usize {
        self.n.iter().sum()
    }
    fn total_ok(&self) -> usize {
        self.ok.iter().sum()
    }
    fn rate(&self, b: usize) -> Option<f64> {
        (self.n[b] > 0).then(|| self.ok[b] as f64 / self.n[b] as f64)
    }
}

fn pct(ok: usize, n: usize) -> String {
    if n == 0 {
        "–".into()
    } else {
        format!("{:.2} % ({ok}/{n})", 100.0 * ok as f64 / n as f64)
    }
}

/// The floor a charset/bucket must reach, if any.
fn floor(cs: Charset, b: usize) -> Option<f64> {
    match (cs, b) {
        (Charset::Viqr, 2) => Some(FLOOR_VIQR_LONG),
        (Charset::Viqr, _) => None,
        (_, 2) => Some(FLOOR_LONG),
        (_, 0) => Some(FLOOR_WORD),
        _ => None,
    }
}

fn report_path(value: &str) -> PathBuf {
    let p = Path::new(value);
    if p.is_absolute() {
        p.to_path_buf()
    } else {
        // Cargo runs tests in the package directory; the script names the
        // file from the workspace root.
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(p)
    }
}

#[test]
fn detection_accuracy_on_corpus() {
    let release = !cfg!(debug_assertions);
    let mut per_class: BTreeMap<&str, usize> = BTreeMap::new();
    let mut lines: Vec<(&str, &str)> = Vec::new();
    let mut corpus_lines = 0;
    for line in CORPUS.lines().filter(|l| !l.trim().is_empty()) {
        let (class, text) = line
            .split_once('\t')
            .unwrap_or_else(|| panic!("corpus line without a tab: {line:?}"));
        corpus_lines += 1;
        let k = per_class.entry(class).or_insert(0);
        if release || k.is_multiple_of(DEBUG_STRIDE) {
            lines.push((class, text));
        }
        *k += 1;
    }
    assert!(corpus_lines > 0, "empty corpus");
    // A fixed shuffle (xorshift), so single words sit among longer fields
    // as in a real column.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for i in (1..lines.len()).rev() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        lines.swap(i, (x % (i as u64 + 1)) as usize);
    }

    let no_context = ColumnPrior::new();
    let sets = charsets();
    let mut columns: Vec<ColumnPrior> = vec![ColumnPrior::new(); sets.len()];
    let mut tallies: Vec<Tally> = vec![Tally::default(); sets.len()];
    let mut failures: Vec<Failure> = Vec::new();
    let mut clean_changed: Vec<String> = Vec::new();
    let mut skipped = 0usize;

    for &(class, original) in &lines {
        let b = bucket(original);
        let utf8 = original.as_bytes();
        for (si, &cs) in sets.iter().enumerate() {
            let Some(bytes) = encode(original, cs) else {
                skipped += 1;
                continue;
            };
            if cs != Charset::Utf8 && bytes == utf8 {
                skipped += 1;
                continue;
            }
            let t = &mut tallies[si];
            if cs != Charset::Utf8 && !bytes.is_ascii() {
                if let Ok(text) = std::str::from_utf8(&bytes) {
                    let s = vnenc::syllable::score(text);
                    if s.other == 0 && s.bad() == 0 {
                        t.indistinguishable += 1;
                        continue;
                    }
                }
            }
            t.n[b] += 1;
            let chars = original.chars().count();
            t.chars += chars;
            let result = decode_field(&bytes, &columns[si]);
            if let Ok(d) = &result {
                columns[si].record(d.charset);
            }
            if b == 0 {
                // Informational: the same single word without any context.
                let alone = decode_field(&bytes, &no_context);
                t.ok_no_context += usize::from(verdict(original, cs, &bytes, &alone).1);
            }
            let (label_ok, ok) = verdict(original, cs, &bytes, &result);
            let same = ok;
            t.label_ok += usize::from(label_ok);
            if same {
                t.text_ok[b] += 1;
            }
            let text_for_cer = match &result {
                Ok(d) => Some(d.text.to_string()),
                Err(u) => {
                    t.undecodable += 1;
                    u.best.as_ref().map(|(_, text, _)| text.clone())
                }
            };
            t.dist += match &text_for_cer {
                Some(text) if text == original => 0,
                Some(text) => levenshtein(text, original),
                None => chars,
            };
            if cs == Charset::Utf8 && text_for_cer.as_deref() != Some(original) {
                clean_changed.push(original.to_string());
            }
            if ok {
                t.ok[b] += 1;
                continue;
            }
            let f = match result {
                Ok(d) => Failure {
                    source: cs,
                    bucket: b,
                    class: class.to_string(),
                    original: original.to_string(),
                    bytes: bytes.clone(),
                    got: Ok((d.charset, d.text.to_string())),
                    text_right: same,
                    runner_up: d.runner_up,
                    confidence: d.confidence,
                },
                Err(u) => Failure {
                    source: cs,
                    bucket: b,
                    class: class.to_string(),
                    original: original.to_string(),
                    bytes: bytes.clone(),
                    runner_up: u.best.as_ref().map(|(c, _, conf)| (*c, *conf)),
                    got: Err(match &u.best {
                        Some((c, text, _)) => format!("{} [best: {c}: {text:?}]", u.reason),
                        None => u.reason.clone(),
                    }),
                    text_right: false,
                    confidence: 0.0,
                },
            };
            *t.wrong.entry(f.detected_label()).or_insert(0) += 1;
            failures.push(f);
        }
    }

    // Floors.
    let mut violations: Vec<(f64, f64, Charset, usize)> = Vec::new();
    for (si, &cs) in sets.iter().enumerate() {
        for b in 0..3 {
            if let (Some(fl), Some(rate)) = (floor(cs, b), tallies[si].rate(b)) {
                if rate < fl {
                    violations.push((rate - fl, rate, cs, b));
                }
            }
        }
    }
    violations.sort_by(|a, b| a.0.total_cmp(&b.0));

    // Examples: round-robin over the violating cells (worst first), then
    // over the other failures, so one charset does not hide the others.
    let mut examples: Vec<&Failure> = Vec::new();
    let mut groups: Vec<Vec<&Failure>> = violations
        .iter()
        .map(|&(_, _, cs, b)| {
            failures
                .iter()
                .filter(|f| f.source == cs && f.bucket == b)
                .collect()
        })
        .collect();
    let mut rest: BTreeMap<Charset, Vec<&Failure>> = BTreeMap::new();
    for f in &failures {
        if !violations
            .iter()
            .any(|&(_, _, cs, b)| cs == f.source && b == f.bucket)
        {
            rest.entry(f.source).or_default().push(f);
        }
    }
    groups.extend(rest.into_values());
    let mut round = 0;
    while examples.len() < EXAMPLES && groups.iter().any(|g| g.len() > round) {
        for g in &groups {
            if examples.len() < EXAMPLES {
                if let Some(f) = g.get(round) {
                    examples.push(f);
                }
            }
        }
        round += 1;
    }

    // Report.
    let mut md = String::new();
    let _ = writeln!(md, "# vnenc detection figures\n");
    let _ = writeln!(
        md,
        "Generated by `crates/vnenc/tests/detect_eval.rs` (`scripts/detect-eval`). \
         Corpus: `crates/vnenc/tests/data/corpus-vi.txt`, {} of {corpus_lines} lines \
         ({}); each charset decoded as one column with a running column prior; \
         {skipped} charset/line combinations skipped (not writable, or bytes identical \
         to the UTF-8 input).\n",
        lines.len(),
        if release {
            "release build: whole corpus".to_string()
        } else {
            format!("debug build: 1 line in {DEBUG_STRIDE} of each class")
        },
    );
    let _ = writeln!(
        md,
        "Correct = decoded text equals the original (case-insensitive for TCVN3/VPS). \
         Undecodable counts as a failure. CER = Levenshtein distance / chars, \
         case-sensitive. \"label exact\" = correct and the detected charset writes the \
         original as exactly these bytes. \"indisting.\" = skipped because the bytes \
         are valid UTF-8 that reads as clean text, which is never repaired. \
         \"1 word, no context\" decodes the single words with an empty column prior \
         (information only: the floors use the column).\n"
    );
    let _ = writeln!(
        md,
        "| charset | lines | accuracy | 1 word | 2–4 words | 5+ words | CER | undecodable | \
         label exact | indisting. | 1 word, no context | wrong readings |"
    );
    let _ = writeln!(
        md,
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
    );
    let mut all = Tally::default();
    for (si, &cs) in sets.iter().enumerate() {
        let t = &tallies[si];
        for b in 0..3 {
            all.n[b] += t.n[b];
            all.ok[b] += t.ok[b];
            all.text_ok[b] += t.text_ok[b];
        }
        all.ok_no_context += t.ok_no_context;
        all.label_ok += t.label_ok;
        all.indistinguishable += t.indistinguishable;
        all.undecodable += t.undecodable;
        all.dist += t.dist;
        all.chars += t.chars;
        let bucket_cell = |b: usize| {
            let mut c = pct(t.ok[b], t.n[b]);
            if let (Some(fl), Some(rate)) = (floor(cs, b), t.rate(b)) {
                if rate < fl {
                    let _ = write!(c, " **< {:.1} %**", fl * 100.0);
                }
            }
            c
        };
        let mut wrong: Vec<(&String, &usize)> = t.wrong.iter().collect();
        wrong.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let wrong = wrong
            .iter()
            .take(4)
            .map(|(l, n)| format!("{l} ×{n}"))
            .collect::<Vec<_>>()
            .join(", ");
        let _ = writeln!(
            md,
            "| {cs} | {} | {} | {} | {} | {} | {:.4} % | {} | {} | {} | {} | {} |",
            t.total(),
            pct(t.total_ok(), t.total()),
            bucket_cell(0),
            bucket_cell(1),
            bucket_cell(2),
            if t.chars == 0 {
                0.0
            } else {
                100.0 * t.dist as f64 / t.chars as f64
            },
            t.undecodable,
            pct(t.label_ok, t.total()),
            t.indistinguishable,
            pct(t.ok_no_context, t.n[0]),
            if wrong.is_empty() {
                "–".into()
            } else {
                wrong
            },
        );
    }
    let _ = writeln!(
        md,
        "| **all** | {} | {} | {} | {} | {} | {:.4} % | {} | {} | {} | {} | |",
        all.total(),
        pct(all.total_ok(), all.total()),
        pct(all.ok[0], all.n[0]),
        pct(all.ok[1], all.n[1]),
        pct(all.ok[2], all.n[2]),
        100.0 * all.dist as f64 / all.chars.max(1) as f64,
        all.undecodable,
        pct(all.label_ok, all.total()),
        all.indistinguishable,
        pct(all.ok_no_context, all.n[0]),
    );
    let _ = writeln!(
        md,
        "\nClean UTF-8 lines changed: **{}** (must be 0).\n",
        clean_changed.len()
    );
    let _ = writeln!(
        md,
        "Floors: 5+ words ≥ {:.1} % and single words ≥ {:.0} % in every charset except \
         VIQR; VIQR 5+ words ≥ {:.0} %; 0 clean UTF-8 lines changed.\n",
        FLOOR_LONG * 100.0,
        FLOOR_WORD * 100.0,
        FLOOR_VIQR_LONG * 100.0
    );
    if violations.is_empty() && clean_changed.is_empty() {
        let _ = writeln!(md, "All floors met.");
    } else {
        let _ = writeln!(md, "Floors **not** met:\n");
        for &(_, rate, cs, b) in &violations {
            let _ = writeln!(
                md,
                "- {cs}, {}: {:.2} % (floor {:.1} %)",
                BUCKETS[b],
                rate * 100.0,
                floor(cs, b).unwrap_or(0.0) * 100.0
            );
        }
        if !clean_changed.is_empty() {
            let _ = writeln!(md, "- {} clean UTF-8 lines changed", clean_changed.len());
        }
    }
    if !examples.is_empty() {
        let _ = writeln!(
            md,
            "\n## Failing examples ({} of {} failures)\n\n```text",
            examples.len(),
            failures.len()
        );
        for f in &examples {
            let _ = writeln!(md, "{}", f.describe());
        }
        let _ = writeln!(md, "```");
    }
    eprintln!("{md}");
    if let Ok(path) = std::env::var("VNENC_EVAL_REPORT") {
        if !path.is_empty() {
            let p = report_path(&path);
            std::fs::write(&p, &md).unwrap_or_else(|e| panic!("writing {}: {e}", p.display()));
            eprintln!("report written to {path}");
        }
    }

    if let Ok(path) = std::env::var("VNENC_EVAL_FAILURES") {
        if !path.is_empty() {
            let tsv = |s: &str| s.replace(['\t', '\n'], " ");
            let mut out = String::from(
                "charset\tbucket\tclass\toriginal\tbytes\tdetected\tdecoded\trunner_up\n",
            );
            for f in &failures {
                let (detected, decoded) = match &f.got {
                    Ok((cs, text)) => (cs.name(), text.clone()),
                    Err(reason) => ("undecodable".to_string(), reason.clone()),
                };
                let _ = writeln!(
                    out,
                    "{}\t{}\t{}\t{}\t{}\t{detected}\t{}\t{}",
                    f.source,
                    BUCKETS[f.bucket],
                    f.class,
                    tsv(&f.original),
                    tsv(&show_bytes(&f.bytes, usize::MAX)),
                    tsv(&decoded),
                    f.runner_up
                        .map(|(c, share)| format!("{c} ({share:.2})"))
                        .unwrap_or_default(),
                );
            }
            let p = report_path(&path);
            std::fs::write(&p, out).unwrap_or_else(|e| panic!("writing {}: {e}", p.display()));
        }
    }

    // Assertions.
    let mut msg = String::new();
    if !clean_changed.is_empty() {
        let _ = writeln!(
            msg,
            "{} clean UTF-8 lines came back changed, e.g. {:?}",
            clean_changed.len(),
            clean_changed.iter().take(5).collect::<Vec<_>>()
        );
    }
    if let Some(&(_, rate, cs, b)) = violations.first() {
        let _ = writeln!(
            msg,
            "worst: {cs}, {}: {:.2} % < floor {:.1} %; {} charset/bucket floors not met",
            BUCKETS[b],
            rate * 100.0,
            floor(cs, b).unwrap_or(0.0) * 100.0,
            violations.len()
        );
        for &(_, rate, cs, b) in &violations[1..] {
            let _ = writeln!(msg, "  also {cs}, {}: {:.2} %", BUCKETS[b], rate * 100.0);
        }
    }
    if !msg.is_empty() {
        let _ = writeln!(msg, "examples:");
        for f in &examples {
            let _ = writeln!(msg, "{}", f.describe());
        }
        panic!("detection floors not met:\n{msg}");
    }
}
