//! `vnenc`: bytes → `String` for Vietnamese text, decided **per field** (one
//! database column value).
//!
//! # Design
//!
//! Old Vietnamese portals (mostly NukeViet on MySQL) mix encodings not only
//! per table but per row: clean UTF-8 next to UTF-8 that went through a
//! `latin1` connection once, twice or three times ("Viá»‡t Nam" for
//! "Việt Nam"), next to text typed in the pre-Unicode charsets (TCVN3/ABC,
//! VNI, VISCII, VPS, Windows-1258, VIQR), stored raw or itself read through
//! latin1 ("Ch­¬ng tr×nh" is TCVN3), next to HTML entities. So every field
//! is decoded on its own ([`decode_field`]):
//!
//! 1. **Candidates.** Each plausible reading of the bytes is generated: the
//!    bytes as UTF-8; each undone layer of double encoding (only with
//!    positive evidence, a sequence real mojibake produces); UTF-8 read as
//!    Windows-1258; each legacy charset, on the raw bytes or through
//!    latin1; VIQR for ASCII; an entity layer is undone first.
//! 2. **Scoring.** Each candidate text is scored with a Vietnamese syllable
//!    model ([`syllable`]: onset, glide, nucleus, coda, tone rules, letter
//!    case, plus a frequency hint): well-formed syllables score, ASCII words
//!    are neutral-positive, mojibake-looking words score strongly negative.
//!    The best wins; the result carries a confidence and the runner-up.
//! 3. **Column prior.** When the two best are too close to call
//!    ([`CLOSE_MARGIN`]), the majority reading of the column
//!    ([`ColumnPrior`]) decides, and [`Decoded::decided_by_prior`] says so.
//!
//! The central rule: **clean UTF-8 is never repaired.** A field whose
//! non-ASCII words are all Vietnamese syllables and which holds no mojibake
//! sequence is returned byte for byte (borrowed, not even normalised — that
//! is another crate's job). Any other reading of valid UTF-8 must make the
//! whole field Vietnamese and score clearly better. Legitimate
//! Latin-1-looking text ("Café", "Bùi Thị Ánh", "© 2020", a lone "Ã")
//! therefore stays as it is.
//!
//! Partially double-encoded fields (clean text concatenated with mojibake)
//! are *not* repaired piecewise — that risks corrupting the clean part — but
//! come back unchanged with a low confidence
//! ([`PARTIAL_MOJIBAKE_CONFIDENCE`]) so the audit flags them.
//!
//! Fields with NUL or U+FFFD, and bytes no charset turns into Vietnamese,
//! are [`Undecodable`] (with the best reading attached): their data was
//! lost before it reached us, or they are not text. Other control
//! characters only lower the confidence ([`CONTROL_PENALTY`]).
//!
//! Fixed-charset conversion (no detection) is [`encode`] / [`decode_as`];
//! the tables behind the legacy charsets are in [`legacy`].
//!
//! ```
//! use vnenc::{decode_field, encode, mojibake, Charset, ColumnPrior};
//! use vnenc::legacy::Legacy;
//!
//! let broken = mojibake("Việt Nam", Charset::Utf8ViaCp1252 { layers: 1 }).unwrap();
//! assert_eq!(String::from_utf8_lossy(&broken), "Viá»‡t Nam");
//! let d = decode_field(&broken, &ColumnPrior::new()).unwrap();
//! assert_eq!(d.text, "Việt Nam");
//! assert_eq!(d.charset, Charset::Utf8ViaCp1252 { layers: 1 });
//!
//! let tcvn3 = Charset::Legacy { charset: Legacy::Tcvn3, layers: 0 };
//! let old = encode("Chương trình hành động", tcvn3).unwrap();
//! let d = decode_field(&old, &ColumnPrior::new()).unwrap();
//! assert_eq!((d.text.as_ref(), d.charset), ("Chương trình hành động", tcvn3));
//!
//! let clean = decode_field("Café".as_bytes(), &ColumnPrior::new()).unwrap();
//! assert_eq!(clean.charset, Charset::Utf8);
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod charset;
mod codec;
mod detect;
pub mod entities;
pub mod legacy;
mod mojibake;
mod prior;
pub mod syllable;
pub mod viqr;

pub use charset::{Charset, CHARSET_NAMES};
pub use codec::{decode_as, encode};
pub use detect::{
    classify, decode_field, Classification, Decoded, Undecodable, CLOSE_MARGIN, CONTROL_PENALTY,
    DECISIVE_CONFIDENCE, MAX_LAYERS, MIN_FIT, PARTIAL_MOJIBAKE_CONFIDENCE,
};
pub use mojibake::{char_to_cp1252, char_to_latin1, cp1252_to_char, latin1_to_char, mojibake};
pub use prior::ColumnPrior;
