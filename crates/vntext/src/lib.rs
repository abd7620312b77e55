//! vntext (being written).
