//! Misplacement review: a k-fold naive Bayes classifier on syllable
//! n-grams, combined with content cues.
//!
//! The pipeline streams a portal's mapped articles twice: [`Trainer::add`]
//! each one, then [`Model::review`] each one. An article lands in fold
//! `hash(key) mod folds`; it is scored by the model trained on the other
//! folds only, so it never votes for its own label.
//!
//! Memory does not grow with the number of articles: features are hashed
//! into at most `2^hash_bits` buckets, and a bucket holds one `u32` count
//! per (label, fold). With the defaults (18 bits, 5 folds) and 20 labels
//! that is at most 2^18 · 20 · 5 · 4 bytes ≈ 105 MB, reached only when
//! every bucket has been seen; a small portal touches a few thousand.
//!
//! Everything the scores depend on is an integer sum (order independent),
//! and floating-point sums run over features in a fixed order (sorted by
//! hash), so a verdict does not depend on the order of `add` calls nor on
//! how training was split across threads ([`Trainer::merge`]).

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use crate::cues::{CueHit, Cues};
use crate::text::{fnv1a, fold, mix64, syllables, Fnv};

/// How articles are scored and when one is flagged.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewConfig {
    /// Number of folds (at least 2; smaller values are raised to 2). An
    /// article is scored by the model trained on the other `folds - 1`.
    pub folds: u32,
    /// How far (in combined score units, see [`Verdict::scores`]) another
    /// section must beat the mapped one before the article is flagged.
    pub margin: f64,
    /// Weight of a section's cue score against the classifier's score.
    pub cue_weight: f64,
    /// Articles with fewer syllables (title and text) are never flagged:
    /// too little text to judge.
    pub min_syllables: usize,
    /// Neither the mapped nor the suggested section may be flagged about
    /// unless it has at least this many training articles outside the
    /// article's fold: a nearly empty class scores every text badly.
    pub min_class_docs: u64,
    /// Each title n-gram counts this many times (titles say what an
    /// article is about more densely than bodies).
    pub title_weight: u32,
    /// Additive (Laplace/Lidstone) smoothing of n-gram counts.
    pub alpha: f64,
    /// Features are hashed into `2^hash_bits` buckets (10..=24); bounds
    /// memory, see the module doc.
    pub hash_bits: u32,
    /// How many deciding n-grams a verdict lists.
    pub max_words: usize,
}

impl Default for ReviewConfig {
    fn default() -> ReviewConfig {
        ReviewConfig {
            folds: 5,
            margin: 0.4,
            cue_weight: 0.05,
            min_syllables: 20,
            min_class_docs: 10,
            title_weight: 3,
            alpha: 0.5,
            hash_bits: 18,
            max_words: 8,
        }
    }
}

/// Accumulates n-gram counts per (label, fold), streaming.
#[derive(Debug, Clone)]
pub struct Trainer {
    counts: Counts,
}

/// The trained classifier. Immutable; [`Model::review`] may be called from
/// many threads.
#[derive(Debug, Clone)]
pub struct Model {
    counts: Counts,
    /// Distinct buckets seen: the smoothing vocabulary size.
    vocabulary: f64,
}

#[derive(Debug, Clone)]
struct Counts {
    labels: Vec<String>,
    cfg: ReviewConfig,
    folds: usize,
    /// Bucket → offset of its `labels * folds` counts in `slab`.
    index: HashMap<u32, u32, BuildHasherDefault<Fnv>>,
    /// Counts, per bucket laid out `[label][fold]`.
    slab: Vec<u32>,
    /// Articles per `[label][fold]`.
    docs: Vec<u64>,
    /// Weighted n-grams per `[label][fold]`.
    tokens: Vec<u64>,
}

/// Why an article that another section wins was nevertheless not flagged.
///
/// Serialised (for audit events) as `{"kind": "short_text", "syllables": 12}`
/// and so on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Guard {
    /// Fewer syllables than [`ReviewConfig::min_syllables`].
    ShortText {
        /// Syllables in title and text.
        syllables: usize,
    },
    /// The label (mapped or suggested) has fewer training articles than
    /// [`ReviewConfig::min_class_docs`] outside the article's fold.
    SmallClass {
        /// The label.
        label: usize,
        /// Its training articles outside the fold.
        docs: u64,
    },
    /// Only the cues favour the suggested section, and only one of its cues
    /// was found: one phrase is no evidence of misfiling.
    WeakCue,
    /// The margin is below [`ReviewConfig::margin`].
    BelowMargin,
}

/// How one article scores against every label, and whether it looks
/// misplaced. Serialises with section indices as numbers; a caller that
/// logs it names them with [`Model::labels`].
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Verdict {
    /// The label the article is mapped to.
    pub mapped: usize,
    /// The best-scoring label (ties go to the mapped label, then to the
    /// lower index).
    pub suggested: usize,
    /// Combined score per label: `nb + cue_weight * cue`. Higher is better;
    /// differences are comparable across labels and articles.
    pub scores: Vec<f64>,
    /// Classifier part per label: log-posterior per weighted n-gram (nats),
    /// so that long and short articles have comparable margins.
    pub nb: Vec<f64>,
    /// Cue part per label: sum over the label's cue hits of `ln(1 + count)`.
    pub cue: Vec<f64>,
    /// `scores[suggested] - scores[mapped]` (0 when they are the same).
    pub margin: f64,
    /// `suggested != mapped`, the margin reaches [`ReviewConfig::margin`],
    /// and no [`Guard`] holds.
    pub misplaced: bool,
    /// When another section wins but the article is not flagged: why.
    pub guard: Option<Guard>,
    /// Cue hits of the suggested and the mapped section.
    pub cues: Vec<CueHit>,
    /// The n-grams (folded, bigrams joined by a space) that weighed most for
    /// the suggested section over the mapped one, heaviest first. Empty when
    /// they are the same.
    pub words: Vec<String>,
}

/// Very common syllables that say nothing of a section. They are dropped
/// as unigrams and kept inside bigrams (`quyết định số` needs `số`), except
/// for bigrams of two of them.
const STOP: &[&str] = &[
    "và", "của", "các", "có", "được", "trong", "là", "cho", "với", "những", "để", "đã", "theo",
    "này", "không", "một", "tại", "về", "từ", "đến", "trên", "thì", "cũng", "như", "khi", "do",
    "đó", "sẽ", "vào", "ra", "bị", "hoặc", "nhằm", "đang", "còn", "nên", "nếu", "mà", "lại", "rất",
    "đều", "ở", "#",
];

fn is_stop(s: &str) -> bool {
    STOP.contains(&s)
}

/// One n-gram of an article: its bucket, text and weighted count.
struct Feature {
    bucket: u32,
    text: String,
    weight: u32,
}

/// The features of an article (title and text already [`fold`]ed), sorted
/// by bucket (the order every float sum over them follows), with the
/// syllable count.
fn features(title: &str, text: &str, cfg: &ReviewConfig) -> (Vec<Feature>, usize) {
    let mut map: HashMap<String, u32, BuildHasherDefault<Fnv>> = HashMap::default();
    let mut n = 0;
    for (part, w) in [(title, cfg.title_weight.max(1)), (text, 1)] {
        let mut prev: Option<&str> = None;
        for s in syllables(part) {
            n += 1;
            // Numbers vary per article (dates, decision numbers); their
            // shape is kept so `số #` still says "a numbered document".
            let s = if s.chars().any(|c| c.is_ascii_digit()) {
                "#"
            } else {
                s
            };
            if !is_stop(s) {
                *map.entry(s.to_owned()).or_default() += w;
            }
            if let Some(p) = prev {
                if !(is_stop(p) && is_stop(s)) {
                    *map.entry(format!("{p} {s}")).or_default() += w;
                }
            }
            prev = Some(s);
        }
    }
    let mask = (1u64 << cfg.hash_bits.clamp(10, 24)) - 1;
    let mut out: Vec<Feature> = map
        .into_iter()
        .map(|(text, weight)| {
            let h = fnv1a(text.as_bytes());
            let bucket = ((h ^ (h >> 32)) & mask) as u32;
            Feature {
                bucket,
                text,
                weight,
            }
        })
        .collect();
    out.sort_by(|a, b| a.bucket.cmp(&b.bucket).then_with(|| a.text.cmp(&b.text)));
    (out, n)
}

impl Counts {
    fn fold_of(&self, key: &str) -> usize {
        (mix64(fnv1a(key.as_bytes())) % self.folds as u64) as usize
    }

    fn cell(&self, label: usize, fold: usize) -> usize {
        label * self.folds + fold
    }

    /// Sum over the folds other than `fold` of `v[label][*]`.
    fn outside<T: Copy + Into<u64>>(&self, v: &[T], label: usize, fold: usize) -> u64 {
        let row = &v[label * self.folds..(label + 1) * self.folds];
        row.iter().map(|&c| c.into()).sum::<u64>() - row[fold].into()
    }
}

impl Trainer {
    /// A trainer for `labels` (section slugs, in the order of
    /// [`Cues::slugs`]; label indices refer to it).
    pub fn new(labels: Vec<String>, cfg: ReviewConfig) -> Trainer {
        let folds = cfg.folds.max(2) as usize;
        let cells = labels.len() * folds;
        Trainer {
            counts: Counts {
                labels,
                cfg,
                folds,
                index: HashMap::default(),
                slab: Vec::new(),
                docs: vec![0; cells],
                tokens: vec![0; cells],
            },
        }
    }

    /// Counts one mapped article. `text` is its plain body text. Adding the
    /// same key twice counts it twice.
    ///
    /// # Panics
    /// If `label` is not an index of the labels given to [`Trainer::new`].
    pub fn add(&mut self, key: &str, label: usize, title: &str, text: &str) {
        let c = &mut self.counts;
        assert!(label < c.labels.len(), "label {label} out of range");
        let cell = c.cell(label, c.fold_of(key));
        let (feats, _) = features(&fold(title), &fold(text), &c.cfg);
        let width = (c.labels.len() * c.folds) as u32;
        c.docs[cell] += 1;
        for f in feats {
            let next = c.slab.len() as u32;
            let at = *c.index.entry(f.bucket).or_insert(next);
            if at == next {
                c.slab.resize(c.slab.len() + width as usize, 0);
            }
            let slot = &mut c.slab[at as usize + cell];
            *slot = slot.saturating_add(f.weight);
            c.tokens[cell] += u64::from(f.weight);
        }
    }

    /// Adds the counts of `other` (trained on other articles with the same
    /// labels and configuration), so training can be split across threads;
    /// the result does not depend on how it was split.
    ///
    /// # Panics
    /// If the labels or configuration differ.
    pub fn merge(&mut self, other: Trainer) {
        let c = &mut self.counts;
        let o = other.counts;
        assert!(
            c.labels == o.labels && c.cfg == o.cfg,
            "merging trainers of different labels or configuration"
        );
        let width = c.labels.len() * c.folds;
        let mut buckets: Vec<(&u32, &u32)> = o.index.iter().collect();
        buckets.sort();
        for (&bucket, &from) in buckets {
            let next = c.slab.len() as u32;
            let at = *c.index.entry(bucket).or_insert(next);
            if at == next {
                c.slab.resize(c.slab.len() + width, 0);
            }
            for i in 0..width {
                let slot = &mut c.slab[at as usize + i];
                *slot = slot.saturating_add(o.slab[from as usize + i]);
            }
        }
        for (a, b) in c.docs.iter_mut().zip(&o.docs) {
            *a += b;
        }
        for (a, b) in c.tokens.iter_mut().zip(&o.tokens) {
            *a += b;
        }
    }

    /// Articles added so far.
    pub fn articles(&self) -> u64 {
        self.counts.docs.iter().sum()
    }

    /// Ends training.
    pub fn finish(self) -> Model {
        let mut counts = self.counts;
        counts.slab.shrink_to_fit();
        counts.index.shrink_to_fit();
        Model {
            vocabulary: counts.index.len().max(1) as f64,
            counts,
        }
    }
}

impl Model {
    /// The labels, as given to [`Trainer::new`].
    pub fn labels(&self) -> &[String] {
        &self.counts.labels
    }

    /// The configuration the model was trained with.
    pub fn config(&self) -> &ReviewConfig {
        &self.counts.cfg
    }

    /// Training articles per label (all folds).
    pub fn class_docs(&self) -> Vec<u64> {
        let f = self.counts.folds;
        self.counts.docs.chunks(f).map(|r| r.iter().sum()).collect()
    }

    /// Feature buckets seen in training (at most `2^hash_bits`).
    pub fn buckets(&self) -> usize {
        self.counts.index.len()
    }

    /// Bytes held by the counts (the bulk of the model's memory).
    pub fn heap_bytes(&self) -> usize {
        self.counts.slab.capacity() * 4 + self.counts.index.capacity() * 9
    }

    /// Scores `key`'s article with the model that excludes its fold (it
    /// never votes for itself). `label` is its mapped section, `text` its
    /// plain body text, `cues` compiled for the same labels in the same
    /// order (cue hits of sections beyond the model's labels are ignored).
    ///
    /// Never fails. With no training articles outside the fold every label
    /// scores alike and nothing is flagged.
    ///
    /// # Panics
    /// If `label` is not an index of [`Model::labels`].
    pub fn review(&self, key: &str, label: usize, title: &str, text: &str, cues: &Cues) -> Verdict {
        let c = &self.counts;
        let cfg = &c.cfg;
        let n_labels = c.labels.len();
        assert!(label < n_labels, "label {label} out of range");
        let own = c.fold_of(key);
        let (title_f, text_f) = (fold(title), fold(text));
        let (feats, n_syll) = features(&title_f, &text_f, cfg);

        let docs: Vec<u64> = (0..n_labels).map(|l| c.outside(&c.docs, l, own)).collect();
        let all_docs: u64 = docs.iter().sum();
        let total_w: f64 = feats
            .iter()
            .map(|f| f64::from(f.weight))
            .sum::<f64>()
            .max(1.0);
        let alpha = cfg.alpha.max(1e-9);
        let width = n_labels * c.folds;
        let ln_alpha = alpha.ln();
        // Per-feature log-likelihood per label, kept for the evidence.
        let mut ll = vec![0.0; feats.len() * n_labels];
        let denom: Vec<f64> = (0..n_labels)
            .map(|l| (c.outside(&c.tokens, l, own) as f64 + alpha * self.vocabulary).ln())
            .collect();
        for (i, f) in feats.iter().enumerate() {
            let row = c.index.get(&f.bucket).map(|&at| {
                let at = at as usize;
                &c.slab[at..at + width]
            });
            for l in 0..n_labels {
                let n = row.map_or(0, |r| c.outside(r, l, own));
                // Most n-grams are unseen in most sections: skip their `ln`.
                let num = if n == 0 {
                    ln_alpha
                } else {
                    (n as f64 + alpha).ln()
                };
                ll[i * n_labels + l] = num - denom[l];
            }
        }
        let nb: Vec<f64> = (0..n_labels)
            .map(|l| {
                // Smoothed prior, so an empty class is possible but unlikely.
                let prior = ((docs[l] as f64 + 1.0) / (all_docs as f64 + n_labels as f64)).ln();
                let s = feats.iter().enumerate().fold(prior, |s, (i, f)| {
                    s + f64::from(f.weight) * ll[i * n_labels + l]
                });
                s / total_w
            })
            .collect();
        // Only the differences matter; anchoring at the best keeps the
        // figures readable (0 for the best label, negative for the rest).
        let top = nb.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let nb: Vec<f64> = nb.into_iter().map(|v| v - top).collect();

        let folded = format!("{title_f} {text_f}");
        let raw = format!("{title}\n{text}");
        let hits: Vec<CueHit> = cues
            .hits(&raw, &folded)
            .into_iter()
            .filter(|h| h.section < n_labels)
            .collect();
        let mut cue = vec![0.0; n_labels];
        for h in &hits {
            cue[h.section] += (h.count as f64).ln_1p();
        }

        let scores: Vec<f64> = (0..n_labels)
            .map(|l| nb[l] + cfg.cue_weight * cue[l])
            .collect();
        let mut suggested = label;
        for (l, &s) in scores.iter().enumerate() {
            if s > scores[suggested] {
                suggested = l;
            }
        }
        let margin = scores[suggested] - scores[label];

        let mut guard = None;
        if suggested != label {
            let distinct_cues = hits.iter().filter(|h| h.section == suggested).count();
            guard = if n_syll < cfg.min_syllables {
                Some(Guard::ShortText { syllables: n_syll })
            } else if let Some(l) = [label, suggested]
                .into_iter()
                .find(|&l| docs[l] < cfg.min_class_docs)
            {
                Some(Guard::SmallClass {
                    label: l,
                    docs: docs[l],
                })
            } else if nb[suggested] <= nb[label] && distinct_cues < 2 {
                Some(Guard::WeakCue)
            } else if margin < cfg.margin {
                Some(Guard::BelowMargin)
            } else {
                None
            };
        }
        let misplaced = suggested != label && guard.is_none();

        let mut words: Vec<(f64, &str)> = Vec::new();
        if suggested != label {
            for (i, f) in feats.iter().enumerate() {
                let d =
                    f64::from(f.weight) * (ll[i * n_labels + suggested] - ll[i * n_labels + label]);
                if d > 0.0 {
                    words.push((d, &f.text));
                }
            }
            words.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1)));
            words.truncate(cfg.max_words);
        }
        let cues = hits
            .into_iter()
            .filter(|h| h.section == suggested || h.section == label)
            .collect();

        Verdict {
            mapped: label,
            suggested,
            scores,
            nb,
            cue,
            margin,
            misplaced,
            guard,
            cues,
            words: words.into_iter().map(|(_, w)| w.to_owned()).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn weights(title: &str, text: &str) -> Vec<(String, u32)> {
        let (f, _) = features(&fold(title), &fold(text), &ReviewConfig::default());
        let mut v: Vec<(String, u32)> = f.into_iter().map(|f| (f.text, f.weight)).collect();
        v.sort();
        v
    }

    #[test]
    fn features_are_folded_unigrams_and_bigrams_with_numbers_as_a_shape() {
        let w = weights("", "Quyết định số 12/2024 của UBND");
        let names: Vec<&str> = w.iter().map(|(t, _)| t.as_str()).collect();
        // `của` and the number shape `#` are stop syllables: no unigram,
        // and bigrams keep them unless both halves are stop syllables.
        assert_eq!(
            names,
            [
                "của ubnd",
                "quyết",
                "quyết định",
                "số",
                "số #",
                "ubnd",
                "định",
                "định số"
            ]
        );
    }

    #[test]
    fn title_ngrams_weigh_more() {
        let w = weights("TUYỂN DỤNG", "tuyển dụng");
        assert_eq!(
            w,
            [
                ("dụng".into(), 4),
                ("tuyển".into(), 4),
                ("tuyển dụng".into(), 4)
            ]
        );
    }
}
