//! SQLite's WAL checkpoints, moved off the writer's path.
//!
//! In WAL mode a commit appends the batch's pages to the `-wal` file, and
//! by default the committing connection then copies them into the database
//! file (an automatic checkpoint, with an `fsync`) before the commit
//! returns. A batch writes far more than the 1,000 pages that trigger it,
//! so every batch paid a checkpoint: a third of a 20,000-article load's
//! writing time on SQLite. Here a second connection to the same file copies
//! them instead, while the writer goes on with the next batch (its
//! statements run on that connection's own worker thread). `PASSIVE`
//! checkpoints neither wait for nor block the writer; SQLite keeps both
//! safe against a crash, and restarts the `-wal` file from its beginning
//! once a checkpoint has caught up, so it stays about a batch or two long.

use std::str::FromStr;
use std::sync::Arc;

use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection, SqliteJournalMode};
use sqlx::{ConnectOptions, Connection, Executor};
use tokio::sync::Notify;

/// The second connection, on a task that checkpoints when nudged.
pub(crate) struct Checkpointer {
    wake: Arc<Notify>,
    stop: Arc<Notify>,
    task: tokio::task::JoinHandle<()>,
}

impl Checkpointer {
    /// Opens the second connection to the SQLite file `url` names and
    /// turns the writer's automatic checkpoints off. `None`, with the
    /// writer left as it was, for anything but a file in WAL mode or when
    /// the second connection cannot be had.
    pub(crate) async fn start(url: &str, writer: &mut SqliteConnection) -> Option<Checkpointer> {
        let mode: String = sqlx::query_scalar("PRAGMA journal_mode")
            .fetch_one(&mut *writer)
            .await
            .ok()?;
        if !mode.eq_ignore_ascii_case("wal") {
            return None;
        }
        let opts = SqliteConnectOptions::from_str(url)
            .ok()?
            .create_if_missing(false)
            .journal_mode(SqliteJournalMode::Wal)
            .disable_statement_logging();
        let mut conn = opts.connect().await.ok()?;
        Checkpointer::adopt(writer).await.ok()?;
        let wake = Arc::new(Notify::new());
        let stop = Arc::new(Notify::new());
        let task = {
            let (wake, stop) = (wake.clone(), stop.clone());
            tokio::spawn(async move {
                loop {
                    tokio::select! {
                        biased;
                        _ = stop.notified() => break,
                        _ = wake.notified() => {
                            // Busy or failed: the next nudge tries again, and
                            // the last connection to close checkpoints all.
                            let _ = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").await;
                        }
                    }
                }
                let _ = conn.close().await;
            })
        };
        Some(Checkpointer { wake, stop, task })
    }

    /// Turns automatic checkpoints off on a writer connection (again after
    /// a reconnect).
    pub(crate) async fn adopt(writer: &mut SqliteConnection) -> sqlx::Result<()> {
        writer
            .execute("PRAGMA wal_autocheckpoint = 0")
            .await
            .map(|_| ())
    }

    /// Asks for a checkpoint of what has been committed; returns at once.
    /// Nudges while one runs make one more.
    pub(crate) fn nudge(&self) {
        self.wake.notify_one();
    }

    /// Closes the second connection, after the checkpoint under way. Call
    /// once the writer is closed: the last connection to close copies what
    /// is left into the database file and removes the `-wal` file.
    pub(crate) async fn close(self) {
        self.stop.notify_one();
        let _ = self.task.await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rt() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
    }

    /// Batches committed by a writer whose own checkpoints are off reach
    /// the database file through the checkpointer, while the writer stays
    /// open; the `-wal` file is gone once both are closed.
    #[test]
    fn committed_pages_reach_the_database_file_while_the_writer_goes_on() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("cổng mới.db");
        let url = format!("sqlite://{}", file.display());
        rt().block_on(async {
            let opts = SqliteConnectOptions::from_str(&url)
                .unwrap()
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal);
            let mut writer = opts.connect().await.unwrap();
            writer
                .execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
                .await
                .unwrap();
            let c = Checkpointer::start(&url, &mut writer).await.unwrap();
            let auto: i64 = sqlx::query_scalar("PRAGMA wal_autocheckpoint")
                .fetch_one(&mut writer)
                .await
                .unwrap();
            assert_eq!(auto, 0);
            let before = std::fs::metadata(&file).unwrap().len();
            let body = "Tiếng Việt có dấu: ắằẳẵặ ỨỪỬỮỰ đĐ. ".repeat(100);
            for _ in 0..20 {
                let mut tx = writer.begin().await.unwrap();
                for _ in 0..50 {
                    sqlx::query("INSERT INTO t (body) VALUES (?)")
                        .bind(&body)
                        .execute(&mut *tx)
                        .await
                        .unwrap();
                }
                tx.commit().await.unwrap();
                c.nudge();
            }
            // The checkpoint runs on the other connection's thread: wait
            // for it (not a timing assertion; the bound only ends a hang).
            let mut grown = false;
            for _ in 0..500 {
                if std::fs::metadata(&file).unwrap().len() > before + 1_000_000 {
                    grown = true;
                    break;
                }
                c.nudge();
                tokio::time::sleep(std::time::Duration::from_millis(10)).await;
            }
            assert!(grown, "no page reached the database file");
            writer.close().await.unwrap();
            c.close().await;
        });
        assert!(!dir.path().join("cổng mới.db-wal").exists());
    }

    /// Not a file in WAL mode: nothing to do, the writer is left alone.
    #[test]
    fn an_in_memory_database_gets_no_checkpointer() {
        rt().block_on(async {
            let mut writer = SqliteConnectOptions::from_str("sqlite::memory:")
                .unwrap()
                .connect()
                .await
                .unwrap();
            assert!(Checkpointer::start("sqlite::memory:", &mut writer)
                .await
                .is_none());
            let auto: i64 = sqlx::query_scalar("PRAGMA wal_autocheckpoint")
                .fetch_one(&mut writer)
                .await
                .unwrap();
            assert_eq!(auto, 1000);
        });
    }
}
