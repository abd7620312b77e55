//! The audit log: every decision portmig makes, in an order that cannot be
//! edited unnoticed.
//!
//! Each [`SealedEvent`] carries the SHA-256 of the event before it, so
//! changing, inserting or deleting any event breaks every hash after it;
//! [`verify`] finds the first break. The chain is the same whether it is
//! read from the target's `audit_events` table or from the JSONL mirror
//! ([`JsonlLog`]), because the hash covers a canonical JSON form of the
//! event, not a storage format.
//!
//! This crate only seals and checks. Writing sealed events in the same
//! transaction as the rows they describe is the loader's job.
#![deny(missing_docs)]

use model::AuditEvent;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

/// The `prev_hash` of the first event of a log.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// An event with its place in the chain.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SealedEvent {
    /// Position in the log, from 1, without gaps.
    pub seq: i64,
    /// The run that wrote it.
    pub run_id: i64,
    /// When it was sealed (RFC 3339, UTC).
    pub at: String,
    /// The event itself.
    #[serde(flatten)]
    pub event: AuditEvent,
    /// Hash of the previous event ([`GENESIS`] for the first).
    pub prev_hash: String,
    /// Hash of this event: SHA-256 over `prev_hash` and the canonical JSON of
    /// everything above.
    pub hash: String,
    /// The JSON line, made while sealing (the hashed JSON is all of it but
    /// the two hashes); empty for an event read back.
    #[serde(skip)]
    json: String,
}

/// Equal events have equal fields; whether one still knows its JSON line
/// does not matter.
impl PartialEq for SealedEvent {
    fn eq(&self, other: &Self) -> bool {
        self.seq == other.seq
            && self.run_id == other.run_id
            && self.at == other.at
            && self.event == other.event
            && self.prev_hash == other.prev_hash
            && self.hash == other.hash
    }
}

impl SealedEvent {
    /// The event as one JSON line (no newline): the audit table's `event`
    /// column and the JSONL mirror's line. An event sealed in this process
    /// was serialised once, for its hash; this is that text.
    pub fn to_json(&self) -> std::borrow::Cow<'_, str> {
        if self.json.is_empty() {
            serde_json::to_string(self).unwrap_or_default().into()
        } else {
            self.json.as_str().into()
        }
    }
}

/// The part of a sealed event the hash covers, in a fixed field order.
/// `serde_json` without `preserve_order` writes object keys sorted, so the
/// `data` payload is canonical too.
#[derive(Serialize)]
struct Hashed<'a> {
    seq: i64,
    run_id: i64,
    at: &'a str,
    #[serde(flatten)]
    event: &'a AuditEvent,
}

/// Computes the hash of an event given its predecessor's hash.
pub fn hash_event(prev_hash: &str, seq: i64, run_id: i64, at: &str, event: &AuditEvent) -> String {
    hashed_json(prev_hash, seq, run_id, at, event).0
}

/// The hash of an event and the canonical JSON it covers.
fn hashed_json(
    prev_hash: &str,
    seq: i64,
    run_id: i64,
    at: &str,
    event: &AuditEvent,
) -> (String, Vec<u8>) {
    let body = serde_json::to_vec(&Hashed {
        seq,
        run_id,
        at,
        event,
    })
    // Serialising plain data (strings, numbers, serde_json::Value) cannot fail.
    .unwrap_or_default();
    let mut h = Sha256::new();
    h.update(prev_hash.as_bytes());
    h.update(b"\n");
    h.update(&body);
    (hex::encode(h.finalize()), body)
}

/// The tip of a chain: seals new events onto it.
#[derive(Clone, Debug)]
pub struct Chain {
    next_seq: i64,
    last_hash: String,
}

impl Chain {
    /// An empty log.
    pub fn genesis() -> Chain {
        Chain {
            next_seq: 1,
            last_hash: GENESIS.to_string(),
        }
    }

    /// Continues a log whose last event has `last_seq` and `last_hash`.
    pub fn resume(last_seq: i64, last_hash: impl Into<String>) -> Chain {
        Chain {
            next_seq: last_seq + 1,
            last_hash: last_hash.into(),
        }
    }

    /// Seals `event` as the next one of the log.
    pub fn seal(&mut self, run_id: i64, at: &str, event: AuditEvent) -> SealedEvent {
        let seq = self.next_seq;
        let (hash, body) = hashed_json(&self.last_hash, seq, run_id, at, &event);
        // The sealed event's JSON is the hashed object with `prev_hash` and
        // `hash` added at its end (SealedEvent's field order): the object's
        // closing brace makes way for them. Hashes are hex, never escaped.
        let mut json = String::from_utf8(body).unwrap_or_default();
        if json.ends_with('}') {
            json.pop();
            json.push_str(&format!(
                ",\"prev_hash\":\"{}\",\"hash\":\"{hash}\"}}",
                self.last_hash
            ));
        } else {
            json.clear();
        }
        let sealed = SealedEvent {
            seq,
            run_id,
            at: at.to_string(),
            event,
            prev_hash: std::mem::replace(&mut self.last_hash, hash.clone()),
            hash,
            json,
        };
        self.next_seq += 1;
        sealed
    }

    /// Sequence number the next sealed event gets.
    pub fn next_seq(&self) -> i64 {
        self.next_seq
    }

    /// Hash of the last sealed event.
    pub fn last_hash(&self) -> &str {
        &self.last_hash
    }
}

/// Why a log does not verify.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// An event's stored hash is not the hash of its content: it was edited.
    #[error("audit event {seq}: content does not match its hash (edited?)")]
    HashMismatch {
        /// The event's sequence number.
        seq: i64,
    },
    /// An event does not point at its predecessor: one was removed, inserted
    /// or reordered.
    #[error("audit event {seq}: does not follow event {prev_seq} (removed, inserted or reordered events)")]
    BrokenLink {
        /// The event's sequence number.
        seq: i64,
        /// The sequence number of the event before it in the log.
        prev_seq: i64,
    },
    /// Reading the JSONL mirror failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A JSONL line is not an event.
    #[error("{path}:{line}: not an audit event: {source}")]
    Json {
        /// The file.
        path: PathBuf,
        /// The line, from 1.
        line: u64,
        /// The cause.
        source: serde_json::Error,
    },
}

/// Checks a whole log, in order. Returns the number of events checked.
pub fn verify<I>(events: I) -> Result<u64, Error>
where
    I: IntoIterator<Item = SealedEvent>,
{
    let mut prev_hash = GENESIS.to_string();
    let mut prev_seq = 0;
    let mut n = 0;
    for ev in events {
        if ev.prev_hash != prev_hash || ev.seq != prev_seq + 1 {
            return Err(Error::BrokenLink {
                seq: ev.seq,
                prev_seq,
            });
        }
        if hash_event(&ev.prev_hash, ev.seq, ev.run_id, &ev.at, &ev.event) != ev.hash {
            return Err(Error::HashMismatch { seq: ev.seq });
        }
        prev_hash = ev.hash;
        prev_seq = ev.seq;
        n += 1;
    }
    Ok(n)
}

/// The JSONL mirror of the log: one sealed event per line, appended.
pub struct JsonlLog {
    path: PathBuf,
    out: BufWriter<File>,
}

impl JsonlLog {
    /// Opens (creating if needed) `path` for appending.
    pub fn append(path: &Path) -> Result<JsonlLog, Error> {
        let file = OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .map_err(|source| Error::Io {
                path: path.to_path_buf(),
                source,
            })?;
        Ok(JsonlLog {
            path: path.to_path_buf(),
            out: BufWriter::new(file),
        })
    }

    /// Writes events; call after the transaction holding them committed, so
    /// the mirror never has an event the table lacks.
    pub fn write(&mut self, events: &[SealedEvent]) -> Result<(), Error> {
        for ev in events {
            writeln!(self.out, "{}", ev.to_json()).map_err(|source| self.io(source))?;
        }
        self.out.flush().map_err(|source| self.io(source))
    }

    fn io(&self, source: std::io::Error) -> Error {
        Error::Io {
            path: self.path.clone(),
            source,
        }
    }
}

/// Reads a JSONL mirror whole, for [`verify`].
pub fn read_jsonl(path: &Path) -> Result<Vec<SealedEvent>, Error> {
    let io = |source| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    let rdr = BufReader::new(File::open(path).map_err(io)?);
    let mut out = Vec::new();
    for (i, line) in rdr.lines().enumerate() {
        let line = line.map_err(io)?;
        if line.trim().is_empty() {
            continue;
        }
        let ev = serde_json::from_str(&line).map_err(|source| Error::Json {
            path: path.to_path_buf(),
            line: i as u64 + 1,
            source,
        })?;
        out.push(ev);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::{EventKind, SourceKey};
    use serde_json::json;

    fn log(n: usize) -> Vec<SealedEvent> {
        let mut chain = Chain::genesis();
        (0..n)
            .map(|i| {
                let key = SourceKey::new("nv4_vi_news", model::Entity::Article, i);
                let ev = AuditEvent::item(
                    EventKind::Mapped,
                    &key,
                    None,
                    json!({"rule": "tin-tuc", "tiêu đề": "Việt"}),
                );
                chain.seal(1, "2026-11-23T00:00:00Z", ev)
            })
            .collect()
    }

    /// The line made while sealing is the one serde would write, for events
    /// with and without key and provenance, and reads back equal.
    #[test]
    fn the_line_made_while_sealing_is_the_serialised_event() {
        let mut chain = Chain::genesis();
        let key = SourceKey::new("nv4_vi_news", model::Entity::Article, 7);
        let prov = model::Provenance {
            file: "cổng \"cũ\".sql".into(),
            byte: 12,
            line: 3,
            table: "nv4_vi_news_rows".into(),
        };
        let events = [
            AuditEvent::run(EventKind::RunStarted, json!({"tùy chọn": [1, 2.5, null]})),
            AuditEvent::item(
                EventKind::Decoded,
                &key,
                None,
                json!({"a\nb": "Ấn \t định"}),
            ),
            AuditEvent::item(EventKind::Warning, &key, Some(&prov), json!("Đã sửa")),
        ];
        for ev in events {
            let sealed = chain.seal(3, "2026-11-24T01:02:03.456Z", ev);
            assert!(!sealed.json.is_empty());
            assert_eq!(sealed.to_json(), serde_json::to_string(&sealed).unwrap());
            let back: SealedEvent = serde_json::from_str(&sealed.to_json()).unwrap();
            assert_eq!(back, sealed);
            assert_eq!(back.to_json(), sealed.to_json());
        }
    }

    #[test]
    fn a_sealed_log_verifies() {
        assert_eq!(verify(log(5)).unwrap(), 5);
    }

    #[test]
    fn an_edited_event_is_found() {
        let mut l = log(5);
        l[2].event.data = json!({"rule": "khac"});
        assert!(matches!(verify(l), Err(Error::HashMismatch { seq: 3 })));
    }

    #[test]
    fn a_removed_event_is_found() {
        let mut l = log(5);
        l.remove(1);
        assert!(matches!(
            verify(l),
            Err(Error::BrokenLink {
                seq: 3,
                prev_seq: 1
            })
        ));
    }

    #[test]
    fn a_resumed_chain_continues_the_log() {
        let mut l = log(3);
        let last = l.last().unwrap().clone();
        let mut chain = Chain::resume(last.seq, last.hash);
        l.push(chain.seal(2, "x", AuditEvent::run(EventKind::RunStarted, json!({}))));
        assert_eq!(verify(l).unwrap(), 4);
    }

    #[test]
    fn the_jsonl_mirror_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("audit.jsonl");
        let l = log(4);
        let mut w = JsonlLog::append(&p).unwrap();
        w.write(&l[..2]).unwrap();
        w.write(&l[2..]).unwrap();
        drop(w);
        let back = read_jsonl(&p).unwrap();
        assert_eq!(back, l);
        assert_eq!(verify(back).unwrap(), 4);
    }
}
