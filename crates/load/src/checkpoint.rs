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
//! safe against a crash.
//!
//! SQLite writes the `-wal` file from its beginning again only when a
//! transaction starts after a checkpoint has caught up with every commit,
//! and a writer that goes straight on to its next batch never starts one
//! then: the file grew by every page the run wrote (4.6 GB for 100,000
//! articles), and each page appended to it cost the kernel a zeroed block.
//! So once the file holds more than [`RESTART_AFTER_BATCHES`] batches (and
//! at least [`RESTART_AFTER_FRAMES`] pages), the writer waits for the
//! checkpoint under way before its next transaction
//! ([`Checkpointer::settle`]): the file then stays about that long, and is
//! written over in place. Each wait is for about one batch's checkpoint, so
//! the writer waits once every few batches instead of after each (which
//! cost as much as the growing file: 100,000 articles, batches of 2,000,
//! 54 s growing, 50 s settling after each batch, 45 s after every eighth).

use std::str::FromStr;

use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection, SqliteJournalMode};
use sqlx::{ConnectOptions, Connection, Executor, Row};
use tokio::sync::watch;

/// Batches' pages in the `-wal` file beyond which the writer lets a
/// checkpoint catch up before its next transaction. More, it waits less
/// often (for about the same time each); fewer, the file is shorter.
pub(crate) const RESTART_AFTER_BATCHES: i64 = 8;

/// ... but not before the file holds this many pages (frames): 64 MiB of
/// 4 KiB pages.
pub(crate) const RESTART_AFTER_FRAMES: i64 = 16_384;

/// What the last checkpoint did.
#[derive(Clone, Copy, Debug, Default)]
struct Done {
    /// The nudges it answered: every commit before the last of them is in
    /// the database file, unless SQLite was busy.
    nudges: u64,
    /// Pages in the `-wal` file when it ran.
    wal_frames: i64,
    /// Pages added to the file since the checkpoint before: about a
    /// batch's.
    batch_frames: i64,
}

/// The second connection, on a task that checkpoints when nudged.
pub(crate) struct Checkpointer {
    nudges: watch::Sender<u64>,
    done: watch::Receiver<Done>,
    task: tokio::task::JoinHandle<()>,
    /// [`RESTART_AFTER_FRAMES`], smaller in tests.
    restart_after: i64,
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
        let (nudges, mut asked) = watch::channel(0u64);
        let (report, done) = watch::channel(Done::default());
        let task = tokio::spawn(async move {
            let mut before = 0;
            // Ends when the writer's side is dropped (`close`).
            while asked.changed().await.is_ok() {
                let nudges = *asked.borrow_and_update();
                // Busy or failed: the next nudge tries again, and the last
                // connection to close checkpoints all.
                let wal_frames = sqlx::query("PRAGMA wal_checkpoint(PASSIVE)")
                    .fetch_one(&mut conn)
                    .await
                    .and_then(|r| r.try_get::<i64, _>(1))
                    .unwrap_or(0);
                // Smaller than before: SQLite wrote the file from its start.
                let batch_frames = if wal_frames >= before {
                    wal_frames - before
                } else {
                    wal_frames
                };
                before = wal_frames;
                report.send_replace(Done {
                    nudges,
                    wal_frames,
                    batch_frames,
                });
            }
            let _ = conn.close().await;
        });
        Some(Checkpointer {
            nudges,
            done,
            task,
            restart_after: RESTART_AFTER_FRAMES,
        })
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
        self.nudges.send_modify(|n| *n += 1);
    }

    /// Call before the writer's next transaction: when the `-wal` file has
    /// grown past [`RESTART_AFTER_BATCHES`] batches and
    /// [`RESTART_AFTER_FRAMES`] pages, waits for the checkpoint of every
    /// commit so far, so that the transaction writes the file from its
    /// beginning again.
    pub(crate) async fn settle(&self) {
        let last = *self.done.borrow();
        if last.wal_frames
            <= self
                .restart_after
                .max(RESTART_AFTER_BATCHES * last.batch_frames)
        {
            return;
        }
        let asked = *self.nudges.borrow();
        // Err: the task has ended; nothing to wait for.
        let _ = self.done.clone().wait_for(|d| d.nudges >= asked).await;
    }

    /// Closes the second connection, after the checkpoint under way. Call
    /// once the writer is closed: the last connection to close copies what
    /// is left into the database file and removes the `-wal` file.
    pub(crate) async fn close(self) {
        drop(self.nudges);
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

    /// A new file in WAL mode holding the table `t (id, body)`.
    async fn writer_with_a_table(url: &str) -> SqliteConnection {
        let mut writer = SqliteConnectOptions::from_str(url)
            .unwrap()
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .connect()
            .await
            .unwrap();
        writer
            .execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
            .await
            .unwrap();
        writer
    }

    /// Writes `n` rows of `body` into `t` in one transaction.
    async fn commit_rows(writer: &mut SqliteConnection, body: &str, n: usize) {
        let mut tx = writer.begin().await.unwrap();
        for _ in 0..n {
            sqlx::query("INSERT INTO t (body) VALUES (?)")
                .bind(body)
                .execute(&mut *tx)
                .await
                .unwrap();
        }
        tx.commit().await.unwrap();
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
            let mut writer = writer_with_a_table(&url).await;
            let c = Checkpointer::start(&url, &mut writer).await.unwrap();
            let auto: i64 = sqlx::query_scalar("PRAGMA wal_autocheckpoint")
                .fetch_one(&mut writer)
                .await
                .unwrap();
            assert_eq!(auto, 0);
            let before = std::fs::metadata(&file).unwrap().len();
            let body = "Tiếng Việt có dấu: ắằẳẵặ ỨỪỬỮỰ đĐ. ".repeat(100);
            for _ in 0..20 {
                commit_rows(&mut writer, &body, 50).await;
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

    /// A writer that settles before each transaction keeps the `-wal` file
    /// short: it is written over from its beginning once a checkpoint has
    /// caught up. Without the settling it holds every page written.
    #[test]
    fn the_wal_file_is_written_over_once_it_is_long() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("cổng mới.db");
        let wal = dir.path().join("cổng mới.db-wal");
        let url = format!("sqlite://{}", file.display());
        rt().block_on(async {
            let mut writer = writer_with_a_table(&url).await;
            let mut c = Checkpointer::start(&url, &mut writer).await.unwrap();
            c.restart_after = 200;
            // ~100 pages a transaction, 40 transactions: 4,000 pages written.
            let body = "Đoạn văn bản dài: Thủ tướng ký Quyết định số 12/QĐ-TTg. ".repeat(70);
            let mut longest = 0;
            for _ in 0..40 {
                c.settle().await;
                commit_rows(&mut writer, &body, 100).await;
                c.nudge();
                longest = longest.max(std::fs::metadata(&wal).unwrap().len());
            }
            // A frame is a page and its 24-byte header; a transaction here
            // writes ~110. Bound: the limit (eight transactions), the one
            // committed while the checkpoint that found the file long ran,
            // and the one after (the report comes a checkpoint late), with
            // room to spare. Not settling, the file holds all 40.
            let frame = 4096 + 24;
            assert!(
                longest < (RESTART_AFTER_BATCHES as u64 + 4) * 150 * frame,
                "the -wal file grew to {longest} bytes"
            );
            let count: i64 = sqlx::query_scalar("SELECT count(*) FROM t")
                .fetch_one(&mut writer)
                .await
                .unwrap();
            assert_eq!(count, 4000);
            writer.close().await.unwrap();
            c.close().await;
        });
        assert!(!wal.exists());
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
