//! extract (being written).
