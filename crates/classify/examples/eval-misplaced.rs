//! Misplacement figures on the labelled test corpus: for each noise rate
//! and margin, the share of articles moved to a wrong section, how many
//! the review flags, precision, recall and F1. Run by
//! `scripts/eval-misplaced`.
//!
//! Usage: eval-misplaced [--seeds N] [--margins a,b,..] [--noise a,b,..] [--cue-weight w]

#[path = "../tests/common/mod.rs"]
mod common;

use classify::ReviewConfig;

fn list(s: &str) -> Vec<f64> {
    s.split(',')
        .map(|x| x.trim().parse().unwrap_or_else(|e| panic!("`{x}`: {e}")))
        .collect()
}

fn main() {
    let mut seeds = 5u64;
    let mut margins = vec![0.0, 0.05, 0.1, 0.2, 0.3];
    let mut noise = vec![0.01, 0.05, 0.10, 0.20];
    let mut cfg = ReviewConfig::default();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().unwrap_or_else(|| panic!("{a} needs a value"));
        match a.as_str() {
            "--seeds" => seeds = val().parse().expect("--seeds N"),
            "--margins" => margins = list(&val()),
            "--noise" => noise = list(&val()),
            "--cue-weight" => cfg.cue_weight = val().parse().expect("--cue-weight w"),
            "--alpha" => cfg.alpha = val().parse().expect("--alpha a"),
            "--title-weight" => cfg.title_weight = val().parse().expect("--title-weight n"),
            _ => panic!("unknown argument {a}; see the source's usage line"),
        }
    }
    println!(
        "| noise | margin | injected | flagged | true flags | right suggestion | precision | recall | F1 |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for &n in &noise {
        for &m in &margins {
            let cfg = ReviewConfig {
                margin: m,
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
                "| {:.0}% | {m:.2} | {inj} | {fl} | {tp} | {rs} | {p:.3} | {r:.3} | {f1:.3} |",
                n * 100.0
            );
        }
    }
}
