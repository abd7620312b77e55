//! Which portal section does a text read like?
//!
//! Two kinds of evidence, both explainable to an auditor:
//!
//! * **cues** ([`Cues`]): phrases and regular expressions typical of a
//!   section's content, written in the taxonomy (`quyết định số`,
//!   `/QĐ-UBND`, `Nơi nhận:`). A hit names the cue.
//! * **a classifier** ([`Trainer`], [`Model`]) trained on the portal's own
//!   mapped articles: k-fold multinomial naive Bayes on syllable unigrams
//!   and bigrams, so an article is judged by a model that never saw it.
//!   [`Model::review`] combines both into a [`Verdict`] that names the
//!   n-grams and cues that decided. Nothing here moves an article.
//!
//! Text is compared in one normal form ([`fold`]): NFC, lower-case,
//! whitespace folded, so a cue written `Tuyển dụng` matches `TUYỂN DỤNG`.
//! Diacritics are kept: without them many cues collide (`ke hoach`).
#![deny(missing_docs)]

mod cues;
mod review;
mod text;

pub use cues::{CueError, CueHit, Cues, SectionCues};
pub use review::{Guard, Model, ReviewConfig, Trainer, Verdict};
pub use text::{fnv1a, fold, mix64, syllables, Fnv};
