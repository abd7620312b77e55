//! The labelled corpus and the misplacement evaluation, shared by
//! `tests/misplaced.rs` and `examples/eval-misplaced.rs`.
#![allow(dead_code)]

use std::path::PathBuf;

use classify::{fnv1a, mix64, Cues, Model, ReviewConfig, SectionCues, Trainer, Verdict};
use serde::Deserialize;

/// One article of `tests/data/labelled.jsonl`.
#[derive(Debug, Clone, Deserialize)]
pub struct Article {
    pub key: String,
    pub section: String,
    pub title: String,
    pub text: String,
}

#[derive(Deserialize)]
struct CueRow {
    slug: String,
    phrases: Vec<String>,
    patterns: Vec<String>,
}

pub fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

/// The test cues; their order is the label order.
pub fn cues() -> Cues {
    let p = data("cues.json");
    let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    let rows: Vec<CueRow> =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    let sections: Vec<SectionCues> = rows
        .into_iter()
        .map(|r| SectionCues {
            slug: r.slug,
            phrases: r.phrases,
            patterns: r.patterns,
        })
        .collect();
    Cues::new(&sections).unwrap()
}

/// The corpus, with each article's label index in `cues.slugs()`.
pub fn corpus(cues: &Cues) -> Vec<(Article, usize)> {
    let p = data("labelled.jsonl");
    let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    text.lines()
        .enumerate()
        .map(|(i, line)| {
            let a: Article = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{}:{}: {e}", p.display(), i + 1));
            let l = cues
                .slugs()
                .iter()
                .position(|s| *s == a.section)
                .unwrap_or_else(|| {
                    panic!("{}:{}: unknown section {}", p.display(), i + 1, a.section)
                });
            (a, l)
        })
        .collect()
}

/// The catch-all section misfiled articles most often land in.
pub const CATCH_ALL: &str = "tin-tuc-su-kien";

/// Moves `round(rate * n)` articles to another section, chosen by a hash
/// of `seed` and the key (deterministic, independent of corpus order).
/// Half of the moved articles land in [`CATCH_ALL`] (where old portals put
/// whatever had no obvious home), the others in any other section, evenly.
/// Returns the labels after injection and which articles were moved.
pub fn inject(
    corpus: &[(Article, usize)],
    slugs: &[String],
    rate: f64,
    seed: u64,
) -> (Vec<usize>, Vec<bool>) {
    let h = |a: &Article, salt: &str| mix64(fnv1a(format!("{seed}/{salt}/{}", a.key).as_bytes()));
    let catch_all = slugs
        .iter()
        .position(|s| s == CATCH_ALL)
        .expect("catch-all section");
    let labels = slugs.len();
    let mut order: Vec<usize> = (0..corpus.len()).collect();
    order.sort_by_key(|&i| (h(&corpus[i].0, "pick"), i));
    let n = (rate * corpus.len() as f64).round() as usize;
    let mut noisy: Vec<usize> = corpus.iter().map(|(_, l)| *l).collect();
    let mut moved = vec![false; corpus.len()];
    for &i in &order[..n] {
        let (a, l) = &corpus[i];
        let other = (h(a, "to") % (labels as u64 - 1)) as usize;
        let other = if other >= *l { other + 1 } else { other };
        noisy[i] = if *l != catch_all && h(a, "catch-all") % 2 == 0 {
            catch_all
        } else {
            other
        };
        moved[i] = true;
    }
    (noisy, moved)
}

/// Trains on `labels` in the given order and reviews every article.
pub fn train_review(
    corpus: &[(Article, usize)],
    labels: &[usize],
    cues: &Cues,
    cfg: &ReviewConfig,
    order: &[usize],
) -> (Model, Vec<Verdict>) {
    let mut t = Trainer::new(cues.slugs().to_vec(), cfg.clone());
    for &i in order {
        let (a, _) = &corpus[i];
        t.add(&a.key, labels[i], &a.title, &a.text);
    }
    let m = t.finish();
    let v = corpus
        .iter()
        .zip(labels)
        .map(|((a, _), &l)| m.review(&a.key, l, &a.title, &a.text, cues))
        .collect();
    (m, v)
}

/// Flags scored against the injected set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score {
    pub injected: usize,
    pub flagged: usize,
    pub tp: usize,
    /// Flags whose suggestion is the article's true section.
    pub right_suggestion: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

pub fn score(corpus: &[(Article, usize)], moved: &[bool], verdicts: &[Verdict]) -> Score {
    let injected = moved.iter().filter(|&&m| m).count();
    let flagged = verdicts.iter().filter(|v| v.misplaced).count();
    let tp = verdicts
        .iter()
        .zip(moved)
        .filter(|(v, &m)| v.misplaced && m)
        .count();
    let right_suggestion = verdicts
        .iter()
        .zip(moved)
        .zip(corpus)
        .filter(|((v, &m), (_, truth))| v.misplaced && m && v.suggested == *truth)
        .count();
    let precision = if flagged == 0 {
        0.0
    } else {
        tp as f64 / flagged as f64
    };
    let recall = if injected == 0 {
        0.0
    } else {
        tp as f64 / injected as f64
    };
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    Score {
        injected,
        flagged,
        tp,
        right_suggestion,
        precision,
        recall,
        f1,
    }
}

/// The whole evaluation at one noise rate.
pub fn evaluate(rate: f64, seed: u64, cfg: &ReviewConfig) -> Score {
    let cues = cues();
    let corpus = corpus(&cues);
    let (labels, moved) = inject(&corpus, cues.slugs(), rate, seed);
    let order: Vec<usize> = (0..corpus.len()).collect();
    let (_, v) = train_review(&corpus, &labels, &cues, cfg, &order);
    score(&corpus, &moved, &v)
}
