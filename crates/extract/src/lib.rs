//! Extractors: old-portal dumps in, [`model::SourceItem`]s out.
//!
//! An extractor reads its input once, streaming, and pushes items to a sink
//! (see [`Extractor`]). Text fields stay raw bytes: the charset of each field
//! is decided later by `vnenc`, because real portals mix charsets inside one
//! table.
//!
//! Joining tables (NukeViet's `_rows` with `_detail`) cannot assume an order
//! in the dump (mysqldump writes tables alphabetically, so `_detail` comes
//! before `_rows`; other tools differ), so the NukeViet extractor spills the
//! tables it joins to a temporary SQLite file and joins there: memory stays
//! flat whatever the dump size or order.
#![deny(missing_docs)]

mod error;
pub mod inspect;
pub mod nukeviet;
mod set_aside;

pub use error::Error;
pub use set_aside::{set_aside, set_aside_reason, SET_ASIDE_FIELD};

use model::SourceItem;
use std::ops::ControlFlow;

/// What an extraction read.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct Summary {
    /// Rows read from the dump, all tables.
    pub rows_read: u64,
    /// Categories emitted.
    pub categories: u64,
    /// Articles emitted.
    pub articles: u64,
    /// Topics, tags, sources and author profiles emitted.
    pub terms: u64,
    /// The source instances found (e.g. NukeViet news modules).
    pub sources: Vec<String>,
    /// Legal documents emitted (eGovernment `laws`).
    pub documents: u64,
}

/// Progress of an extraction, for a progress bar.
#[derive(Clone, Copy, Debug)]
pub enum Progress {
    /// Reading the dump: bytes read of the current file, and its size.
    Reading {
        /// Bytes read so far.
        bytes: u64,
        /// The file's size, when known.
        total: Option<u64>,
    },
    /// Emitting items: items emitted so far, and how many there are.
    Emitting {
        /// Items so far.
        done: u64,
        /// Items in all.
        total: u64,
    },
}

/// A source of items.
///
/// `extract` pushes every item to `sink`, the categories of a source
/// instance before its articles (articles name their categories), and in a
/// fixed order, so that two runs over the same input see the same sequence.
/// When the sink returns `ControlFlow::Break`, extraction stops and returns
/// `Ok` with what was read so far.
///
/// An error in the input (a truncated dump, say) does not lose what came
/// before it: the extractor first emits every complete item it read, then
/// returns the error. The caller loads those items and reports the error.
pub trait Extractor {
    /// Reads the input and pushes its items to `sink`.
    fn extract(
        &mut self,
        sink: &mut dyn FnMut(SourceItem) -> ControlFlow<()>,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<Summary, Error>;
}

/// Opens a dump for reading, streaming (gzip recognised by its magic
/// bytes); returns the reader and the file's size (for progress). Every
/// command opens its input here.
pub fn open_dump(
    path: &std::path::Path,
) -> Result<(sqldump::Reader<sqldump::DynRead>, Option<u64>), Error> {
    let io = |source| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if meta.is_dir() {
        return Err(io(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "is a folder; give the dump file inside it",
        )));
    }
    Ok((sqldump::open(path).map_err(io)?, Some(meta.len())))
}
