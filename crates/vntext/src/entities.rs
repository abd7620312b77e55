//! Decoding of HTML character references, exactly once.
//!
//! The parser lives in [`vnenc::entities`], because charset detection needs
//! the same one to undo an entity layer of Vietnamese letters; this crate
//! re-exports the full decoder unchanged (see its documentation for the
//! recognised forms and the "exactly once" rule).

pub use vnenc::entities::decode_entities;
