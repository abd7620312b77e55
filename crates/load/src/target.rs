use crate::error::{Error, QueryContext};
use crate::write::{Counts, SectionRow};
use audit::{Chain, SealedEvent};
use model::AuditEvent;
use serde::Serialize;
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection, SqliteJournalMode, SqliteSynchronous};
use sqlx::{ConnectOptions, Connection, Row};
use std::str::FromStr;

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");

/// Removes the password from a database URL, for messages and logs.
pub fn redact_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let (auth, host) = match rest.split_once('@') {
        Some((a, h)) if !a.contains('/') => (a, h),
        _ => return url.to_string(),
    };
    match auth.split_once(':') {
        Some((user, _)) => format!("{scheme}://{user}:***@{host}"),
        None => url.to_string(),
    }
}

/// One input file of a run, fingerprinted.
#[derive(Clone, Debug, Serialize)]
pub struct InputFile {
    /// The path as the user gave it.
    pub file: String,
    /// SHA-256 of its bytes, hex.
    pub sha256: String,
    /// Its size.
    pub bytes: u64,
}

/// What a run records about itself when it starts.
#[derive(Clone, Debug, Serialize)]
pub struct RunInfo {
    /// Input files with fingerprints.
    pub inputs: Vec<InputFile>,
    /// The mapping's fingerprint (mapping + taxonomy bytes).
    pub mapping_fingerprint: String,
    /// The options in force, as JSON.
    pub options: serde_json::Value,
}

/// How a run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RunStatus {
    /// Every item was processed.
    Done,
    /// The run stopped on an error; what was committed stays.
    Failed,
}

impl RunStatus {
    fn as_str(self) -> &'static str {
        match self {
            RunStatus::Done => "done",
            RunStatus::Failed => "failed",
        }
    }
}

/// A connection to the new portal's database, and the only writer of a run.
pub struct Target {
    pub(crate) conn: SqliteConnection,
    pub(crate) chain: Chain,
    pub(crate) run_id: i64,
    pub(crate) quarantined: std::collections::HashSet<String>,
    pub(crate) category_ids: std::collections::HashMap<String, i64>,
    url: String,
}

impl Target {
    /// Opens the target named by `url` (`sqlite://FILE`; the file is created
    /// if missing) and brings its schema up to date.
    pub async fn connect(url: &str) -> Result<Target, Error> {
        let shown = redact_url(url);
        if !(url.starts_with("sqlite:")) {
            return Err(Error::UnsupportedUrl { url: shown });
        }
        let opts = SqliteConnectOptions::from_str(url)
            .map_err(|source| Error::Connect {
                url: shown.clone(),
                source,
            })?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .disable_statement_logging();
        let mut conn = opts.connect().await.map_err(|source| Error::Connect {
            url: shown.clone(),
            source,
        })?;
        SQLITE_MIGRATIONS
            .run(&mut conn)
            .await
            .map_err(|source| Error::Migrate {
                url: shown.clone(),
                source,
            })?;
        let tip = sqlx::query("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1")
            .fetch_optional(&mut conn)
            .await
            .doing(|| "reading the audit log's last event".into())?;
        let chain = match tip {
            Some(r) => Chain::resume(r.get::<i64, _>(0), r.get::<String, _>(1)),
            None => Chain::genesis(),
        };
        let quarantined = sqlx::query("SELECT source_key FROM quarantine")
            .fetch_all(&mut conn)
            .await
            .doing(|| "reading the quarantine".into())?
            .iter()
            .map(|r| r.get::<String, _>(0))
            .collect();
        Ok(Target {
            conn,
            chain,
            run_id: 0,
            quarantined,
            category_ids: Default::default(),
            url: shown,
        })
    }

    /// The target URL without its password.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The current run's id (0 before [`Target::begin_run`]).
    pub fn run_id(&self) -> i64 {
        self.run_id
    }

    /// Records a new run and its `RUN_STARTED` event; returns the events
    /// written, for the JSONL mirror.
    pub async fn begin_run(&mut self, info: &RunInfo) -> Result<Vec<SealedEvent>, Error> {
        let now = now();
        let mut tx = self.conn.begin().await.doing(|| "starting a run".into())?;
        let id = sqlx::query(
            "INSERT INTO runs (started_at, status, inputs, mapping_fingerprint, options) \
             VALUES (?, 'running', ?, ?, ?) RETURNING id",
        )
        .bind(&now)
        .bind(serde_json::to_string(&info.inputs).unwrap_or_default())
        .bind(&info.mapping_fingerprint)
        .bind(info.options.to_string())
        .fetch_one(&mut *tx)
        .await
        .doing(|| "recording the run".into())?
        .get::<i64, _>(0);
        self.run_id = id;
        let ev = AuditEvent::run(
            model::EventKind::RunStarted,
            serde_json::to_value(info).unwrap_or_default(),
        );
        let mut chain = self.chain.clone();
        let sealed = vec![chain.seal(id, &now, ev)];
        insert_events(&mut tx, &sealed).await?;
        tx.commit().await.doing(|| "starting a run".into())?;
        self.chain = chain;
        Ok(sealed)
    }

    /// Makes the target's `sections` table equal to the taxonomy (sections
    /// no longer in the taxonomy stay if articles still use them).
    pub async fn sync_sections(&mut self, sections: &[SectionRow]) -> Result<(), Error> {
        let mut tx = self
            .conn
            .begin()
            .await
            .doing(|| "syncing sections".into())?;
        for (i, s) in sections.iter().enumerate() {
            sqlx::query(
                "INSERT INTO sections (slug, parent, name, name_en, weight) VALUES (?, ?, ?, ?, ?) \
                 ON CONFLICT (slug) DO UPDATE SET parent = excluded.parent, name = excluded.name, \
                 name_en = excluded.name_en, weight = excluded.weight",
            )
            .bind(&s.slug)
            .bind(&s.parent)
            .bind(&s.name)
            .bind(&s.name_en)
            .bind(i as i64)
            .execute(&mut *tx)
            .await
            .doing(|| format!("writing section `{}`", s.slug))?;
        }
        tx.commit().await.doing(|| "syncing sections".into())
    }

    /// Records the end of the run with its counts and a `RUN_FINISHED` event.
    pub async fn finish_run(
        &mut self,
        status: RunStatus,
        counts: &Counts,
        error: Option<&str>,
    ) -> Result<Vec<SealedEvent>, Error> {
        let now = now();
        let counts_json = serde_json::to_value(counts).unwrap_or_default();
        let mut tx = self
            .conn
            .begin()
            .await
            .doing(|| "finishing the run".into())?;
        sqlx::query("UPDATE runs SET finished_at = ?, status = ?, counts = ? WHERE id = ?")
            .bind(&now)
            .bind(status.as_str())
            .bind(counts_json.to_string())
            .bind(self.run_id)
            .execute(&mut *tx)
            .await
            .doing(|| "finishing the run".into())?;
        let ev = AuditEvent::run(
            model::EventKind::RunFinished,
            serde_json::json!({"status": status.as_str(), "counts": counts_json, "error": error}),
        );
        let mut chain = self.chain.clone();
        let sealed = vec![chain.seal(self.run_id, &now, ev)];
        insert_events(&mut tx, &sealed).await?;
        tx.commit().await.doing(|| "finishing the run".into())?;
        self.chain = chain;
        Ok(sealed)
    }

    /// Writes events that concern the run rather than one item (warnings
    /// found after extraction, say), in their own transaction.
    pub async fn log(&mut self, events: Vec<AuditEvent>) -> Result<Vec<SealedEvent>, Error> {
        let now = now();
        let mut chain = self.chain.clone();
        let sealed: Vec<SealedEvent> = events
            .into_iter()
            .map(|ev| chain.seal(self.run_id, &now, ev))
            .collect();
        let mut tx = self
            .conn
            .begin()
            .await
            .doing(|| "writing run events".into())?;
        insert_events(&mut tx, &sealed).await?;
        tx.commit().await.doing(|| "writing run events".into())?;
        self.chain = chain;
        Ok(sealed)
    }

    /// Reads the whole audit log from the target, in order.
    pub async fn audit_events(&mut self) -> Result<Vec<SealedEvent>, Error> {
        let rows = sqlx::query("SELECT event FROM audit_events ORDER BY seq")
            .fetch_all(&mut self.conn)
            .await
            .doing(|| "reading the audit log".into())?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let text: String = r.get(0);
            let ev = serde_json::from_str(&text).map_err(|e| Error::Query {
                doing: crate::error::Doing("reading the audit log".into()),
                source: sqlx::Error::Decode(Box::new(e)),
            })?;
            out.push(ev);
        }
        Ok(out)
    }

    /// Checks the audit log's hash chain; returns the number of events.
    pub async fn verify_audit(&mut self) -> Result<u64, Error> {
        let events = self.audit_events().await?;
        Ok(audit::verify(events)?)
    }

    /// Closes the connection cleanly (checkpoints the WAL).
    pub async fn close(self) -> Result<(), Error> {
        self.conn
            .close()
            .await
            .doing(|| "closing the target".into())
    }
}

pub(crate) fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// Events per INSERT statement: 8 binds each, far below SQLite's limit
/// of 32766 binds per statement.
const EVENTS_PER_STATEMENT: usize = 200;

pub(crate) async fn insert_events(
    conn: &mut SqliteConnection,
    events: &[SealedEvent],
) -> Result<(), Error> {
    for chunk in events.chunks(EVENTS_PER_STATEMENT) {
        let mut qb = sqlx::QueryBuilder::<sqlx::Sqlite>::new(
            "INSERT INTO audit_events (seq, run_id, at, kind, source_key, event, prev_hash, hash) ",
        );
        qb.push_values(chunk, |mut b, ev| {
            b.push_bind(ev.seq)
                .push_bind(ev.run_id)
                .push_bind(ev.at.clone())
                .push_bind(ev.event.kind.as_str())
                .push_bind(ev.event.key.as_ref().map(|k| k.to_string()))
                .push_bind(serde_json::to_string(ev).unwrap_or_default())
                .push_bind(ev.prev_hash.clone())
                .push_bind(ev.hash.clone());
        });
        let first = chunk.first().map(|e| e.seq).unwrap_or(0);
        qb.build()
            .execute(&mut *conn)
            .await
            .doing(|| format!("writing audit events from {first}"))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::redact_url;

    #[test]
    fn passwords_never_show() {
        assert_eq!(
            redact_url("postgres://portal:s3cret@db.local:5432/cms"),
            "postgres://portal:***@db.local:5432/cms"
        );
        assert_eq!(redact_url("sqlite://portmig.db"), "sqlite://portmig.db");
        assert_eq!(
            redact_url("mysql://root@localhost/x"),
            "mysql://root@localhost/x"
        );
    }
}
