//! `vnenc`: bytes → `String` for Vietnamese text, decided **per field** (one
//! database column value).
//!
//! # Design
//!
//! Old Vietnamese portals (mostly NukeViet on MySQL) mix encodings not only
//! per table but per row: clean UTF-8 next to UTF-8 that went through a
//! `latin1` connection once, twice or three times ("Viá»‡t Nam" for
//! "Việt Nam"), next to legacy charsets. So every field is decoded on its
//! own:
//!
//! 1. **Candidates.** Each plausible reading of the bytes is generated: the
//!    bytes as UTF-8, and — only when every char maps back to one
//!    cp1252/latin1 byte, the text holds a sequence real mojibake produces
//!    ("á»‡", "Ã©", "Ä‘") *and* the bytes are valid UTF-8 — each undone
//!    layer of double encoding. (Legacy charsets slot in here later as more
//!    [`Charset`] variants.)
//! 2. **Scoring.** Each candidate text is scored with a Vietnamese syllable
//!    model ([`syllable`]): words that are well-formed syllables score, ASCII
//!    words are neutral-positive, mojibake-looking words score strongly
//!    negative. The best wins.
//! 3. **Column prior.** When the two best are too close to call
//!    ([`CLOSE_MARGIN`]), the majority reading of the column
//!    ([`ColumnPrior`]) decides, and [`Decoded::decided_by_prior`] says so.
//!
//! The central rule: **clean UTF-8 is never repaired.** A double-encoded
//! reading only exists if the *whole* field reverses to valid UTF-8, and it
//! only wins if it scores clearly better; otherwise the field is returned
//! byte for byte (borrowed, not even normalised — that is another crate's
//! job). Legitimate Latin-1-looking text ("Café", "Bùi Thị Ánh", "© 2020",
//! a lone "Ã") therefore stays as it is: it either does not reverse to valid
//! UTF-8 or does not score better.
//!
//! Partially double-encoded fields (clean text concatenated with mojibake)
//! are *not* repaired piecewise — that risks corrupting the clean part — but
//! come back unchanged with a low confidence
//! ([`PARTIAL_MOJIBAKE_CONFIDENCE`]) so the audit flags them.
//!
//! Fields with NUL or U+FFFD are [`Undecodable`]: their data was lost before
//! it reached us. Other control characters only lower the confidence
//! ([`CONTROL_PENALTY`]).
//!
//! ```
//! use vnenc::{decode_field, mojibake, Charset, ColumnPrior};
//!
//! let broken = mojibake("Việt Nam", Charset::Utf8ViaCp1252 { layers: 1 }).unwrap();
//! assert_eq!(String::from_utf8_lossy(&broken), "Viá»‡t Nam");
//! let d = decode_field(&broken, &ColumnPrior::new()).unwrap();
//! assert_eq!(d.text, "Việt Nam");
//! assert_eq!(d.charset, Charset::Utf8ViaCp1252 { layers: 1 });
//!
//! let clean = decode_field("Café".as_bytes(), &ColumnPrior::new()).unwrap();
//! assert_eq!(clean.charset, Charset::Utf8);
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod charset;
mod detect;
pub mod legacy;
mod mojibake;
mod prior;
pub mod syllable;

pub use charset::Charset;
pub use detect::{
    classify, decode_field, Classification, Decoded, Undecodable, CLOSE_MARGIN, CONTROL_PENALTY,
    DECISIVE_CONFIDENCE, MAX_LAYERS, PARTIAL_MOJIBAKE_CONFIDENCE,
};
pub use mojibake::{char_to_cp1252, char_to_latin1, cp1252_to_char, latin1_to_char, mojibake};
pub use prior::ColumnPrior;
