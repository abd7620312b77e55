//! Bringing the audit log's JSONL mirror up to date with the target's
//! `audit_events` table at the start of a run.
//!
//! The mirror is written after each commit, so a run killed between a
//! commit and the write leaves the mirror behind the table, perhaps with a
//! half-written last line. The table is the record: the mirror's torn tail
//! is cut and the events it lacks are appended from the table, so the
//! mirror is never behind when a run starts.

use crate::Error;
use audit::SealedEvent;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;

/// Cuts a torn last line off `path` and returns its last whole event;
/// `None` for a missing or empty file.
fn last_event(path: &Path) -> Result<Option<SealedEvent>, Error> {
    let io = |source| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut f = match std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(path)
    {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(io(e)),
    };
    let len = f.metadata().map_err(io)?.len();
    // Read back from the end, doubling, until the tail holds a whole line
    // before the last (events are small; a log is large).
    let mut window = 1u64 << 16;
    loop {
        let start = len.saturating_sub(window);
        f.seek(SeekFrom::Start(start)).map_err(io)?;
        let mut tail = Vec::new();
        f.by_ref().read_to_end(&mut tail).map_err(io)?;
        let whole = match tail.iter().rposition(|&b| b == b'\n') {
            Some(i) => i + 1,
            None if start == 0 => 0,
            None => {
                window *= 2;
                continue;
            }
        };
        if (whole as u64) < tail.len() as u64 {
            // A line the killed run did not finish: the table has it.
            f.set_len(start + whole as u64).map_err(io)?;
        }
        let body = &tail[..whole];
        let body = body.strip_suffix(b"\n").unwrap_or(body);
        let line_start = body.iter().rposition(|&b| b == b'\n').map(|i| i + 1);
        let line = match line_start {
            Some(i) => &body[i..],
            None if start == 0 => body,
            None => {
                window *= 2;
                continue;
            }
        };
        if line.iter().all(u8::is_ascii_whitespace) {
            return Ok(None);
        }
        return serde_json::from_slice(line)
            .map(Some)
            .map_err(|e| Error::Mirror {
                path: path.to_path_buf(),
                message: format!(
                    "its last line is not an audit event ({e}); move the file aside and run \
                     again: the mirror is rewritten from the target's audit_events table"
                ),
            });
    }
}

/// Appends to the mirror at `path` the events of `target`'s log it lacks;
/// returns how many.
pub(crate) async fn sync(path: &Path, target: &mut load::Target) -> Result<u64, Error> {
    let last = last_event(path)?;
    let after = last.as_ref().map_or(0, |e| e.seq);
    // From the mirror's last event on, to check it is this log's.
    let events = target.audit_events_after(after - 1).await?;
    let mut missing = events.as_slice();
    if let Some(last) = &last {
        match events.first() {
            Some(first) if first.seq == last.seq && first.hash == last.hash => {
                missing = &events[1..];
            }
            _ => {
                return Err(Error::Mirror {
                    path: path.to_path_buf(),
                    message: format!(
                        "its last event (seq {}) is not in {}'s audit log: the file belongs \
                         to another target or was edited; give this target its own \
                         --audit-log, or move the file aside to have it rewritten from the \
                         target",
                        last.seq,
                        target.url()
                    ),
                });
            }
        }
    }
    if !missing.is_empty() {
        audit::JsonlLog::append(path)?.write(missing)?;
    }
    Ok(missing.len() as u64)
}
