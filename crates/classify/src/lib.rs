//! Which portal section does a text read like?
//!
//! Two kinds of evidence, both explainable to an auditor:
//!
//! * **cues** ([`Cues`]): phrases and regular expressions typical of a
//!   section's content, written in the taxonomy (`quyết định số`,
//!   `/QĐ-UBND`, `Nơi nhận:`). A hit names the cue.
//! * **a classifier** trained on the portal's own mapped articles.
//!
//! Text is compared in one normal form ([`fold`]): NFC, lower-case,
//! whitespace folded, so a cue written `Tuyển dụng` matches `TUYỂN DỤNG`.
//! Diacritics are kept: without them many cues collide (`ke hoach`).
#![deny(missing_docs)]

mod cues;
mod text;

pub use cues::{CueError, CueHit, Cues, SectionCues};
pub use text::{fold, syllables};
