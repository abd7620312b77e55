//! sqldump (being written).
