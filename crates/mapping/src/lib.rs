//! mapping (being written).
