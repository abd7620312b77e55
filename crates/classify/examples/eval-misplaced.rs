//! Misplacement figures on the labelled test corpus: for each noise rate
//! and margin, the share of articles moved to a wrong section, how many
//! the review flags, precision, recall and F1. Run by
//! `scripts/eval-misplaced`.
//!
//! With `--scale N`, instead: trains on and reviews N articles made from
//! the corpus's (each with a few random syllable pairs added, so that the
//! n-gram vocabulary keeps growing as in a real portal) and reports the
//! model's size, peak memory and time.
//!
//! Usage: eval-misplaced [--seeds N] [--margins a,b,..] [--noise a,b,..]
//!                       [--cue-weights a,b,..] [--alpha a] [--title-weight n]
//!                       [--hash-bits n]
//!        eval-misplaced --scale N

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::Instant;

use classify::{fnv1a, fold, mix64, syllables, ReviewConfig, Trainer};

fn list(s: &str) -> Vec<f64> {
    s.split(',')
        .map(|x| x.trim().parse().unwrap_or_else(|e| panic!("`{x}`: {e}")))
        .collect()
}

fn main() {
    let mut seeds = 5u64;
    let mut margins = vec![0.0, 0.2, 0.3, 0.4, 0.5, 0.7];
    let mut noise = vec![0.01, 0.05, 0.10, 0.20];
    let mut cfg = ReviewConfig::default();
    let mut cue_weights = vec![cfg.cue_weight];
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().unwrap_or_else(|| panic!("{a} needs a value"));
        match a.as_str() {
            "--seeds" => seeds = val().parse().expect("--seeds N"),
            "--margins" => margins = list(&val()),
            "--noise" => noise = list(&val()),
            "--cue-weights" => cue_weights = list(&val()),
            "--alpha" => cfg.alpha = val().parse().expect("--alpha a"),
            "--title-weight" => cfg.title_weight = val().parse().expect("--title-weight n"),
            "--hash-bits" => cfg.hash_bits = val().parse().expect("--hash-bits n"),
            "--scale" => return scale(val().parse().expect("--scale N"), &cfg),
            _ => panic!("unknown argument {a}; see the source's usage line"),
        }
    }
    println!(
        "| noise | cue weight | margin | injected | flagged | true flags | right suggestion | precision | recall | F1 |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for &n in &noise {
        for &w in &cue_weights {
            for &m in &margins {
                let cfg = ReviewConfig {
                    margin: m,
                    cue_weight: w,
                    ..cfg.clone()
                };
                // Sums over seeds (micro-average): every seed injects a
                // different set of articles.
                let (mut inj, mut fl, mut tp, mut rs) = (0, 0, 0, 0);
                for seed in 1..=seeds {
                    let s = common::evaluate(n, seed, &cfg);
                    inj += s.injected;
                    fl += s.flagged;
                    tp += s.tp;
                    rs += s.right_suggestion;
                }
                let p = if fl == 0 { 0.0 } else { tp as f64 / fl as f64 };
                let r = if inj == 0 {
                    0.0
                } else {
                    tp as f64 / inj as f64
                };
                let f1 = if p + r == 0.0 {
                    0.0
                } else {
                    2.0 * p * r / (p + r)
                };
                println!(
                    "| {:.0}% | {w:.2} | {m:.2} | {inj} | {fl} | {tp} | {rs} | {p:.3} | {r:.3} | {f1:.3} |",
                    n * 100.0
                );
            }
        }
    }
}

/// Peak resident memory of this process in MB (Linux), if known.
fn peak_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn scale(n: usize, cfg: &ReviewConfig) {
    let cues = common::cues();
    let corpus = common::corpus(&cues);
    let mut vocab: Vec<String> = corpus
        .iter()
        .flat_map(|(a, _)| {
            syllables(&fold(&a.text))
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect();
    vocab.sort();
    vocab.dedup();
    let text = |i: usize| {
        let (a, l) = &corpus[i % corpus.len()];
        let mut t = a.text.clone();
        for j in 0..8u64 {
            let h = mix64(fnv1a(format!("{i}/{j}").as_bytes()));
            let w1 = &vocab[(h % vocab.len() as u64) as usize];
            let w2 = &vocab[((h >> 32) % vocab.len() as u64) as usize];
            t.push_str(&format!(" {w1} {w2}."));
        }
        (a, *l, t)
    };
    let start = Instant::now();
    let mut trainer = Trainer::new(cues.slugs().to_vec(), cfg.clone());
    for i in 0..n {
        let (a, l, t) = text(i);
        trainer.add(&format!("s/{i}"), l, &a.title, &t);
    }
    let model = trainer.finish();
    let trained = start.elapsed();
    let start = Instant::now();
    for i in 0..n {
        let (a, l, t) = text(i);
        std::hint::black_box(model.review(&format!("s/{i}"), l, &a.title, &t, &cues));
    }
    let reviewed = start.elapsed();
    println!(
        "| articles | labels | buckets | counts (MB) | peak RSS (MB) | train (s) | review (s) |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|");
    println!(
        "| {n} | {} | {} | {:.1} | {} | {:.1} | {:.1} |",
        model.labels().len(),
        model.buckets(),
        model.heap_bytes() as f64 / 1048576.0,
        peak_mb().map_or("?".into(), |m| format!("{m:.0}")),
        trained.as_secs_f64(),
        reviewed.as_secs_f64(),
    );
}
