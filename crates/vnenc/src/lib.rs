//! vnenc (being written).
