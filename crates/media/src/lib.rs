//! Files of the old site: the references its pages hold, resolved against
//! its uploads folder, and copied into the new portal's media folder under
//! content-addressed names.
//!
//! Two steps, kept apart on purpose:
//!
//! 1. [`OldSite::resolve`] is string work only: a reference as found
//!    (`{{NV_BASE_SITEURL}}uploads/news/a.jpg`, `../uploads/...`, the old
//!    domain's absolute URL, `/etc/passwd`) becomes a path inside the
//!    uploads folder, an external URL, nothing to copy, or a
//!    [`Refusal`]. A refused reference is never handed to the file system.
//! 2. [`Store::store`] reads that path under the uploads folder (after
//!    checking that no symlink leads outside it), hashes it, and copies it
//!    to `<media>/<sha256[0..2]>/<sha256>.<ext>`. The name depends only on
//!    the content and the extension, so the same file referenced by many
//!    articles is stored once, a re-run finds it and copies nothing, and
//!    parallel workers can store at the same time: a copy is written to a
//!    temporary file beside its final name and renamed, so no reader ever
//!    sees half a file.
#![deny(missing_docs)]

mod resolve;
mod store;

pub use resolve::{Context, OldSite, Resolution, UploadRef};
pub use store::{Error, Failure, Store, StoredFile};

use std::fmt;

/// Why a reference is not read.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Refusal {
    /// A `..` climbs above the site root, or out of `/uploads/` once in it.
    Traversal,
    /// A file-system path: `file:` URL, Windows drive (`C:\`) or UNC path
    /// (`\\server\share`).
    AbsolutePath,
    /// A field that must name a file names something outside `/uploads/`
    /// (`/etc/passwd`, a theme image): the path as written.
    OutsideUploads(String),
    /// A NUL byte (raw or `%00`): it would cut the name short.
    NulByte,
    /// `%XX` escapes that do not decode to UTF-8.
    NotUtf8,
    /// A URL scheme that names no file (`javascript:`, `mailto:`).
    Scheme(String),
    /// The path exists, but a symlink takes it out of the uploads folder.
    SymlinkOutside,
}

impl Refusal {
    /// A short stable code for the audit log (`traversal`,
    /// `absolute_path`, `outside_uploads`, `nul_byte`, `not_utf8`,
    /// `scheme`, `symlink_outside`).
    pub fn code(&self) -> &'static str {
        match self {
            Refusal::Traversal => "traversal",
            Refusal::AbsolutePath => "absolute_path",
            Refusal::OutsideUploads(_) => "outside_uploads",
            Refusal::NulByte => "nul_byte",
            Refusal::NotUtf8 => "not_utf8",
            Refusal::Scheme(_) => "scheme",
            Refusal::SymlinkOutside => "symlink_outside",
        }
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::Traversal => f.write_str(
                "`..` leads out of the uploads folder (or above the site root): not read",
            ),
            Refusal::AbsolutePath => {
                f.write_str("a file-system path (file:, C:\\, \\\\server), not a URL: not read")
            }
            Refusal::OutsideUploads(p) => write!(
                f,
                "`{p}` is not under /uploads/: only the uploads folder is read"
            ),
            Refusal::NulByte => f.write_str("the name holds a NUL byte: not read"),
            Refusal::NotUtf8 => f.write_str("the %-escapes in the name are not UTF-8: not read"),
            Refusal::Scheme(s) => write!(f, "a `{s}:` URL names no file"),
            Refusal::SymlinkOutside => {
                f.write_str("a symbolic link leads out of the uploads folder: not read")
            }
        }
    }
}
