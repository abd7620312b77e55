//! Text cleaning for content migrated from old Vietnamese portals.
//!
//! Every function here is a pure `&str -> String`/`Cow<str>` transformation
//! with no I/O and no shared state, so the pipeline can call them freely from
//! rayon workers; the only configurable piece, [`HtmlPolicy`], is
//! `Send + Sync` and is built once and shared by reference.
//!
//! The pieces, in the order the pipeline typically applies them:
//!
//! * [`nfc`] — Unicode NFC, borrowing when the text is already NFC.
//!   Vietnamese is typed both precomposed and decomposed; everything this
//!   crate returns is NFC.
//! * [`decode_entities`] — HTML character references decoded exactly once,
//!   for plain fields that NukeViet stores entity-encoded.
//! * [`clean_plain`] — the usual treatment of a plain field: entities,
//!   NFC, control characters, whitespace.
//! * [`sanitize_html`] with [`HtmlPolicy`] — article bodies reduced to an
//!   allowlist with ammonia.
//! * [`html_to_text`] — a plain-text copy of a body for search and
//!   summaries.
//!
//! Modules are split by concern (`nfc`, `entities`, `html`, `text`) so later
//! additions — tone-mark placement normalisation (`hoà` vs `hòa`), removal of
//! portal chrome, legal-document references and bylines — get their own
//! modules without touching these.
//!
//! Nothing here panics on input: malformed entities are kept verbatim and
//! html5ever repairs any markup the way browsers do.

#![deny(missing_docs)]

pub mod byline;
pub mod chrome;
mod dom;
mod entities;
mod html;
pub mod legal;
mod nfc;
mod text;
pub mod tone;
mod tone_html;

pub use entities::decode_entities;
pub use html::{
    clean_html, sanitize_html, CleanOptions, CleanReport, Cleaned, HtmlPolicy, UrlAttr, UrlRef,
    UrlRewriter, DEFAULT_IFRAME_HOSTS,
};
pub use nfc::nfc;
pub use text::{clean_plain, html_to_text};
pub use tone_html::normalize_html;

/// Errors from configuring this crate (text functions themselves are total:
/// bad input is cleaned, not rejected).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// An entry given to [`HtmlPolicy::with_iframe_hosts`] is not a bare host
    /// name.
    #[error("iframe host #{position} `{host}` is not a bare host name (expected e.g. `www.youtube.com`)", position = .index + 1)]
    InvalidIframeHost {
        /// 0-based position of the entry in the list given.
        index: usize,
        /// The entry as given.
        host: String,
    },
}
