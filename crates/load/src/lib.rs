//! load (being written).
