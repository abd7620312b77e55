//! One module per subcommand: its help text at the top, one `run` at the end.

pub mod audit;
pub mod convert;
pub mod export;
pub mod init;
pub mod inspect;
pub mod rollback;
pub mod run;
pub mod verify;
