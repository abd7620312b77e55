use crate::ahead::RedirectRow;
use crate::db::{args, Conflict, Exec, NewRow};
use crate::error::{Error, QueryContext};
use crate::slug::slugify;
use crate::stored::{self, StoredRow, Table, ARTICLES, CATEGORIES};
use crate::target::{insert_events, now, Target};
use audit::SealedEvent;
use model::{Article, AuditEvent, Category, EventKind, Provenance, SourceKey};
use serde::Serialize;
use sha2::{Digest, Sha256};

/// A section of the new portal, as the target stores it.
#[derive(Clone, Debug, Default, Serialize)]
pub struct SectionRow {
    /// URL slug and primary key.
    pub slug: String,
    /// Parent section's slug.
    pub parent: Option<String>,
    /// Vietnamese name.
    pub name: String,
    /// English name.
    pub name_en: Option<String>,
    /// The legal provisions that make a portal carry it (stored as a JSON
    /// list), for coverage reports.
    pub basis: Vec<BasisRow>,
    /// Mandatory whatever the basis says.
    pub required: bool,
}

/// One legal provision behind a section, as the target stores it (the
/// taxonomy's `[[section.basis]]`; the mapping crate owns its meaning).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct BasisRow {
    /// The decree by number, `42/2022`.
    pub decree: String,
    /// Article, clause, point: `Art. 4(1)(a)`.
    pub article: String,
    /// `low`, `medium`, `medium-high` or `high`.
    pub confidence: String,
    /// What the provision says, in brief.
    #[serde(default)]
    pub note: Option<String>,
}

/// An item that could not be processed, kept with its raw bytes.
#[derive(Clone, Debug)]
pub struct Quarantined {
    /// The item.
    pub key: SourceKey,
    /// Where it is in the input.
    pub provenance: Provenance,
    /// Why it was set aside, for a person.
    pub reason: String,
    /// The raw fields, so nothing is lost: `(name, bytes)`.
    pub raw: Vec<(String, Vec<u8>)>,
}

/// What the loader is asked to do with one item.
#[derive(Clone, Debug)]
// Most records are articles, so boxing the largest variant would only add
// an allocation per item.
#[allow(clippy::large_enum_variant)]
pub enum Record {
    /// Upsert a category.
    Category(Category),
    /// Upsert an article.
    Article(Article),
    /// Upsert a topic, tag, source or author.
    Term(model::Term),
    /// Keep the item in the quarantine table.
    Quarantined(Quarantined),
    /// Load nothing; the item's events say why.
    Skipped(SourceKey),
}

/// One item with the audit events the earlier stages recorded about it.
#[derive(Clone, Debug)]
pub struct Staged {
    /// The item.
    pub record: Record,
    /// Events from extract, decode, normalise, map (in that order).
    pub events: Vec<AuditEvent>,
}

/// Outcome counts for one entity.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct EntityCounts {
    /// New rows.
    pub inserted: u64,
    /// Rows whose content changed.
    pub updated: u64,
    /// Rows whose section changed.
    pub moved: u64,
    /// Rows already identical.
    pub unchanged: u64,
}

/// Outcome counts of a run.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Categories.
    pub categories: EntityCounts,
    /// Articles.
    pub articles: EntityCounts,
    /// Topics, tags, sources and author profiles.
    pub terms: EntityCounts,
    /// Items set aside with their raw data.
    pub quarantined: u64,
    /// Items deliberately not loaded.
    pub skipped: u64,
    /// Legal documents (their pages are counted in `articles` too).
    pub documents: EntityCounts,
    /// Rows changed or deleted outside portmig since it last wrote them,
    /// left as they are (each has a `WARNING` event); with `force`,
    /// overwritten ones (counted as updated or inserted too).
    pub modified_outside: u64,
}

impl Counts {
    /// Adds another batch's counts.
    pub fn add(&mut self, o: &Counts) {
        for (a, b) in [
            (&mut self.categories, &o.categories),
            (&mut self.articles, &o.articles),
            (&mut self.terms, &o.terms),
            (&mut self.documents, &o.documents),
        ] {
            a.inserted += b.inserted;
            a.updated += b.updated;
            a.moved += b.moved;
            a.unchanged += b.unchanged;
        }
        self.quarantined += o.quarantined;
        self.skipped += o.skipped;
        self.modified_outside += o.modified_outside;
    }
}

pub(crate) fn sha256_json<T: Serialize>(v: &T) -> String {
    let bytes = serde_json::to_vec(v).unwrap_or_default();
    hex::encode(Sha256::digest(&bytes))
}

/// The fields whose change is an `UPDATED`: everything but the placement.
#[derive(Serialize)]
struct ArticleContent<'a> {
    kind: &'a str,
    title: &'a str,
    alias: &'a str,
    summary: &'a str,
    body_html: &'a str,
    body_text: &'a str,
    author: &'a str,
    status: &'a str,
    added_at: Option<String>,
    edited_at: Option<String>,
    published_at: Option<String>,
    expires_at: Option<String>,
    categories: Vec<String>,
    home_image: &'a str,
    old_url: &'a str,
    references: &'a [model::LegalReference],
    contributors: &'a [model::Contributor],
    source: &'a str,
    meta: &'a model::ArticleMeta,
    // Absent for news, so their hashes are those of earlier versions.
    #[serde(skip_serializing_if = "Option::is_none")]
    document: Option<&'a model::DocumentInfo>,
    attachments: &'a [model::Attachment],
    old_urls: &'a [String],
    links: &'a [model::OldLink],
}

#[derive(Serialize)]
struct CategoryContent<'a> {
    parent: Option<String>,
    title: &'a str,
    alias: &'a str,
    enabled: bool,
    weight: i64,
    old_url: &'a str,
    old_urls: &'a [String],
}

fn ts(t: Option<chrono::DateTime<chrono::Utc>>) -> Option<String> {
    t.map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
}

pub(crate) struct Existing {
    pub id: i64,
    pub content_hash: String,
    pub decision_hash: String,
}

/// An item's id-map entry and its row as stored now (`None`: the row is
/// gone), read in one statement.
pub(crate) struct ExistingRow {
    pub e: Existing,
    pub row_hash: Option<String>,
    pub stored: Option<StoredRow>,
}

impl ExistingRow {
    /// From a row of `SELECT m.target_id, m.content_hash, m.decision_hash,
    /// m.row_hash, t.id, <the table's hashed columns> FROM id_map m LEFT
    /// JOIN <table> t ...`.
    pub(crate) fn read(table: &Table, r: &crate::db::Row) -> sqlx::Result<ExistingRow> {
        let present = r.opt_int(4)?.is_some();
        Ok(ExistingRow {
            e: Existing {
                id: r.int(0)?,
                content_hash: r.text(1)?,
                decision_hash: r.text(2)?,
            },
            row_hash: r.opt_text(3)?,
            stored: if present {
                Some(StoredRow {
                    cells: stored::read_cells(table, r, 5)?,
                })
            } else {
                None
            },
        })
    }
}

pub(crate) async fn existing_row(
    db: &mut Exec<'_>,
    memo: &mut Memo<'_>,
    table: &Table,
    key: &str,
) -> Result<Option<ExistingRow>, Error> {
    if let Some(known) = memo.ahead.take_row(key) {
        return Ok(known);
    }
    let sql = format!(
        "SELECT m.target_id, m.content_hash, m.decision_hash, m.row_hash, t.id, {} \
         FROM id_map m LEFT JOIN {} t ON t.id = m.target_id WHERE m.source_key = ?",
        stored::select_list(table, "t"),
        table.name
    );
    db.fetch_optional(&sql, &args![key])
        .await
        .and_then(|row| row.map(|r| ExistingRow::read(table, &r)).transpose())
        .doing(|| format!("looking up `{key}` in the id map"))
}

/// How a row stands against what portmig last wrote into it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Drift {
    /// As written (or written before row hashes were kept: unknown).
    None,
    /// Its columns no longer hash to what was written.
    Edited,
    /// The id map names a row that is gone.
    Deleted,
}

impl ExistingRow {
    fn drift(&self) -> Drift {
        match (&self.stored, &self.row_hash) {
            (None, _) => Drift::Deleted,
            (Some(s), Some(h)) if s.hash() != *h => Drift::Edited,
            _ => Drift::None,
        }
    }
}

/// The `WARNING` of a row changed outside portmig: kept as it is, or
/// (`force`) overwritten.
fn drift_warning(
    key: &SourceKey,
    table: &Table,
    id: i64,
    drift: Drift,
    force: bool,
    events: &mut Vec<AuditEvent>,
) {
    let what = match drift {
        Drift::None => return,
        Drift::Edited => "was changed outside portmig since portmig last wrote it",
        Drift::Deleted => "was deleted outside portmig",
    };
    let done = match (drift, force) {
        (Drift::Deleted, false) => "not re-created; `portmig run --force` re-creates it",
        (_, false) => "left as it is; `portmig run --force` overwrites it with the dump's version",
        (Drift::Deleted, true) => "re-created from the dump (--force)",
        (_, true) => "overwritten with the dump's version (--force)",
    };
    events.push(AuditEvent::item(
        EventKind::Warning,
        key,
        None,
        serde_json::json!({
            "message": format!("{} row {id} {what}: {done}", table.name),
            "table": table.name,
            "target_id": id,
            "modified_outside": if drift == Drift::Deleted { "deleted" } else { "edited" },
            "overwritten": force,
        }),
    ));
}

pub(crate) async fn existing(db: &mut Exec<'_>, key: &str) -> Result<Option<Existing>, Error> {
    db.fetch_optional(
        "SELECT target_id, content_hash, decision_hash FROM id_map WHERE source_key = ?",
        &args![key],
    )
    .await
    .and_then(|row| {
        row.map(|r| {
            Ok(Existing {
                id: r.int(0)?,
                content_hash: r.text(1)?,
                decision_hash: r.text(2)?,
            })
        })
        .transpose()
    })
    .doing(|| format!("looking up `{key}` in the id map"))
}

/// What to do with an item, given its id-map entry and row.
pub(crate) enum Plan {
    /// No row: insert one (new, or re-created under `force`).
    Insert,
    /// Write the row again; `forced` when it was changed outside portmig.
    Update { prev: ExistingRow, forced: bool },
    /// Nothing to write.
    Done(Outcome),
}

/// Decides between insert, update and nothing, warning about a row
/// changed outside portmig (left alone unless `force`).
pub(crate) fn plan(
    prev: Option<ExistingRow>,
    key: &SourceKey,
    table: &Table,
    (content, decision): (&str, &str),
    force: bool,
    events: &mut Vec<AuditEvent>,
) -> Plan {
    let Some(prev) = prev else {
        return Plan::Insert;
    };
    let drift = prev.drift();
    drift_warning(key, table, prev.e.id, drift, force, events);
    match drift {
        Drift::None if prev.e.content_hash == content && prev.e.decision_hash == decision => {
            Plan::Done(Outcome::Unchanged(prev.e.id))
        }
        Drift::None => Plan::Update {
            prev,
            forced: false,
        },
        _ if !force => Plan::Done(Outcome::Kept(prev.e.id)),
        Drift::Deleted => Plan::Insert,
        Drift::Edited => Plan::Update { prev, forced: true },
    }
}

/// What the loader remembers across items, to spare statements: each
/// statement is a round trip (to sqlx's SQLite worker thread, or to the
/// server), and on SQLite that round trip, not SQLite, was most of the load
/// time (measured with perf).
pub(crate) struct Memo<'a> {
    pub run: i64,
    /// Keys now in the quarantine table.
    pub quarantined: &'a mut std::collections::HashSet<String>,
    /// Target ids of categories and terms, by source key.
    pub known_ids: &'a mut std::collections::HashMap<String, i64>,
    /// Overwrite rows changed outside portmig (`run --force`).
    pub force: bool,
    /// What the batch's items find in the target, read ahead.
    pub ahead: crate::ahead::Ahead,
    /// The old URLs, id-map keys and article slugs the target may hold
    /// (every one written is noted).
    pub known: &'a mut crate::filter::Known,
}

pub(crate) async fn known_id(
    db: &mut Exec<'_>,
    memo: &mut Memo<'_>,
    key: &SourceKey,
) -> Result<Option<i64>, Error> {
    let k = key.to_string();
    if let Some(id) = memo.known_ids.get(&k) {
        return Ok(Some(*id));
    }
    let id = target_id(db, &k).await?;
    if let Some(id) = id {
        memo.known_ids.insert(k, id);
    }
    Ok(id)
}

async fn target_id(db: &mut Exec<'_>, k: &str) -> Result<Option<i64>, Error> {
    db.fetch_optional(
        "SELECT target_id FROM id_map WHERE source_key = ?",
        &args![k],
    )
    .await
    .and_then(|row| row.map(|r| r.int(0)).transpose())
    .doing(|| format!("looking up `{k}` in the id map"))
}

/// What happened to one row, for the outcome event.
pub(crate) enum Outcome {
    Inserted(i64),
    Changed {
        id: i64,
        updated: bool,
        moved: Option<(Option<String>, Option<String>)>,
    },
    Unchanged(i64),
    /// Changed or deleted outside portmig and left so (not `force`).
    Kept(i64),
}

impl Target {
    /// Writes one batch in one transaction: the rows, their id-map entries,
    /// redirects, and every audit event of the batch (the stages' events and
    /// one outcome event per item). Returns the counts and the sealed events
    /// for the JSONL mirror. On error nothing of the batch is kept.
    pub async fn write_batch(
        &mut self,
        batch: &[Staged],
    ) -> Result<(Counts, Vec<SealedEvent>), Error> {
        let at = now();
        let run = self.run_id;
        if self.known.is_none() {
            let read = crate::filter::Known::read(&mut self.conn.exec()).await?;
            self.known = Some(read);
        }
        let mut memo = Memo {
            run,
            quarantined: &mut self.quarantined,
            known_ids: &mut self.known_ids,
            force: self.force,
            ahead: Default::default(),
            known: self.known.get_or_insert_default(),
        };
        let mut chain = self.chain.clone();
        let mut counts = Counts::default();
        let mut sealed = Vec::new();
        if let Some(c) = &self.checkpointer {
            c.settle().await;
        }
        let mut tx = self
            .conn
            .begin()
            .await
            .doing(|| "starting a batch".into())?;
        let db = &mut tx.exec();
        db.bulk();
        memo.ahead =
            crate::ahead::Ahead::read(db, batch.iter().map(|s| &s.record), memo.known).await?;
        // Borrowed, so that a retry needs no copy of the batch: only the
        // events, which are sealed, are cloned.
        let records: Vec<&Record> = batch.iter().map(|s| &s.record).collect();
        let mut events: Vec<Vec<AuditEvent>> = batch.iter().map(|s| s.events.clone()).collect();
        // New articles, by their place in the batch: their rows wait for one
        // multi-row INSERT, after which their ids are known.
        let mut new_articles: Vec<(usize, Hashes)> = Vec::new();
        let mut new_keys: std::collections::HashSet<&SourceKey> = Default::default();
        for (i, record) in records.iter().enumerate() {
            // An item met again in the batch (a dump holding a row twice)
            // finds the first one written, as one at a time it would.
            let again = match record {
                Record::Article(Article { key, .. })
                | Record::Quarantined(Quarantined { key, .. }) => new_keys.contains(key),
                _ => false,
            };
            if again {
                let new = std::mem::take(&mut new_articles);
                new_keys.clear();
                finish_new_articles(db, &mut memo, &records, &mut events, &mut counts, new).await?;
            }
            let outcome_events = &mut events[i];
            match record {
                Record::Category(c) => {
                    let mut item_events = Vec::new();
                    let o = upsert_category(db, &mut memo, c, &mut item_events).await?;
                    counts.modified_outside += kept(&o, &item_events);
                    outcome(
                        &mut counts.categories,
                        &c.key,
                        &c.title,
                        o,
                        &mut item_events,
                    );
                    outcome_events.extend(item_events);
                }
                Record::Article(a) => {
                    let mut item_events = Vec::new();
                    match upsert_article(db, &mut memo, a, &mut item_events).await? {
                        ArticleStep::Done(o) => {
                            counts.modified_outside += kept(&o, &item_events);
                            article_outcome(&mut counts, a, o, &mut item_events);
                        }
                        ArticleStep::New(n) => {
                            counts.modified_outside += kept(&Outcome::Inserted(0), &item_events);
                            new_keys.insert(&a.key);
                            new_articles.push((i, n));
                        }
                    }
                    outcome_events.extend(item_events);
                }
                Record::Term(t) => {
                    let mut item_events = Vec::new();
                    let o = crate::terms::upsert_term(db, &mut memo, t, &mut item_events).await?;
                    counts.modified_outside += kept(&o, &item_events);
                    outcome(&mut counts.terms, &t.key, &t.name, o, &mut item_events);
                    outcome_events.extend(item_events);
                }
                Record::Quarantined(q) => {
                    quarantine(db, run, q).await?;
                    memo.quarantined.insert(q.key.to_string());
                    counts.quarantined += 1;
                }
                Record::Skipped(_) => counts.skipped += 1,
            }
        }
        finish_new_articles(
            db,
            &mut memo,
            &records,
            &mut events,
            &mut counts,
            new_articles,
        )
        .await?;
        db.flush().await?;
        for ev in events.into_iter().flatten() {
            sealed.push(chain.seal(run, &at, ev));
        }
        insert_events(db, &sealed).await?;
        crate::target::crash_hook_before_commit();
        tx.commit().await.doing(|| "committing a batch".into())?;
        if let Some(c) = &self.checkpointer {
            c.nudge();
        }
        self.chain = chain;
        Ok((counts, sealed))
    }
}

/// Writes the held new articles, then everything of theirs that needs
/// their ids, and counts them (their events go to their own items'
/// lists, so the batch's events keep the items' order).
async fn finish_new_articles(
    db: &mut Exec<'_>,
    memo: &mut Memo<'_>,
    records: &[&Record],
    events: &mut [Vec<AuditEvent>],
    counts: &mut Counts,
    new: Vec<(usize, Hashes)>,
) -> Result<(), Error> {
    let ids = insert_new_articles(db, &new).await?;
    for ((i, n), id) in new.into_iter().zip(ids) {
        let Record::Article(a) = records[i] else {
            unreachable!("only articles are new articles");
        };
        finish_article(db, memo, a, id, true, &n).await?;
        article_outcome(counts, a, Outcome::Inserted(id), &mut events[i]);
    }
    Ok(())
}

/// Counts an article's outcome (and its document's) and adds its outcome
/// events.
fn article_outcome(counts: &mut Counts, a: &Article, o: Outcome, events: &mut Vec<AuditEvent>) {
    if a.document.is_some() {
        crate::document::tally(&mut counts.documents, &o);
    }
    outcome(&mut counts.articles, &a.key, &a.title, o, events);
}

/// 1 when the item's row was changed outside portmig (kept, or
/// overwritten under `force`: its warning says which).
fn kept(o: &Outcome, events: &[AuditEvent]) -> u64 {
    let warned = events
        .iter()
        .any(|e| e.kind == EventKind::Warning && e.data.get("modified_outside").is_some());
    u64::from(matches!(o, Outcome::Kept(_)) || warned)
}

/// Counts one item's outcome and adds its outcome events. A `MOVED` event
/// carries the item's title, so that the list of moves (of a run or of a
/// dry run) reads without the rows.
fn outcome(
    c: &mut crate::EntityCounts,
    key: &SourceKey,
    title: &str,
    o: Outcome,
    events: &mut Vec<AuditEvent>,
) {
    use serde_json::json;
    match o {
        Outcome::Inserted(id) => {
            c.inserted += 1;
            events.push(AuditEvent::item(
                EventKind::Inserted,
                key,
                None,
                json!({"target_id": id}),
            ));
        }
        Outcome::Changed { id, updated, moved } => {
            if updated {
                c.updated += 1;
                events.push(AuditEvent::item(
                    EventKind::Updated,
                    key,
                    None,
                    json!({"target_id": id}),
                ));
            }
            if let Some((from, to)) = moved {
                c.moved += 1;
                events.push(AuditEvent::item(
                    EventKind::Moved,
                    key,
                    None,
                    json!({"target_id": id, "from": from, "to": to, "title": title}),
                ));
            }
        }
        // Its WARNING says why nothing was written.
        Outcome::Kept(_) => {}
        Outcome::Unchanged(id) => {
            c.unchanged += 1;
            events.push(AuditEvent::item(
                EventKind::Unchanged,
                key,
                None,
                json!({"target_id": id}),
            ));
        }
    }
}

pub(crate) async fn record_id(
    db: &mut Exec<'_>,
    memo: &mut Memo<'_>,
    key: &str,
    entity: &str,
    id: i64,
    // The content, decision and row hashes (the row's `None` where the
    // table keeps none).
    (content, decision, row): (&str, &str, Option<&str>),
) -> Result<(), Error> {
    let run = memo.run;
    db.insert(NewRow {
        table: "id_map",
        columns: "source_key, entity, target_id, content_hash, decision_hash, first_run, row_hash",
        values: args![
            key,
            entity,
            id,
            content,
            decision,
            run,
            row.map(str::to_string)
        ]
        .into(),
        conflict: Conflict::Update {
            key: "source_key",
            set: &["target_id", "content_hash", "decision_hash", "row_hash"],
        },
        key: Some(key.to_string()),
        what: format!("`{key}` in the id map"),
    })
    .await?;
    memo.known.keys.insert(key);
    // A quarantined item that now loads leaves the quarantine.
    if !memo.quarantined.remove(key) {
        return Ok(());
    }
    db.execute("DELETE FROM quarantine WHERE source_key = ?", &args![key])
        .await
        .doing(|| format!("clearing `{key}` from quarantine"))?;
    Ok(())
}

/// Redirects one old URL to `new_url`, the last writer winning: for the
/// URLs of files and term pages, which several items may share.
pub(crate) async fn redirect(
    db: &mut Exec<'_>,
    memo: &mut Memo<'_>,
    old_url: &str,
    new_url: &str,
    key: &str,
) -> Result<(), Error> {
    if old_url.is_empty() {
        return Ok(());
    }
    let now = redirect_holder(db, memo, old_url).await?;
    crate::rollback::before_redirect(db, memo.run, old_url, key, now.as_ref()).await?;
    give_redirect(db, memo, old_url, new_url, key).await
}

/// The redirect the target holds for `url` now.
async fn redirect_holder(
    db: &mut Exec<'_>,
    memo: &mut Memo<'_>,
    url: &str,
) -> Result<Option<RedirectRow>, Error> {
    if memo.ahead.redirect(url).is_none() {
        if memo.known.old_urls.may_hold(url) {
            memo.ahead.read_redirects(db, &[url.to_string()]).await?;
        } else {
            memo.ahead.no_redirect(url);
        }
    }
    Ok(memo.ahead.redirect(url).flatten().cloned())
}

/// Writes the redirect `old_url -> new_url` of item `key` (held back in a
/// bulk write) and notes it for the rest of the batch.
async fn give_redirect(
    db: &mut Exec<'_>,
    memo: &mut Memo<'_>,
    old_url: &str,
    new_url: &str,
    key: &str,
) -> Result<(), Error> {
    // Known to be in no redirect: a plain insert (`COPY` on PostgreSQL).
    let new = matches!(memo.ahead.redirect(old_url), Some(None));
    db.insert(redirect_row(old_url, new_url, key, new)).await?;
    memo.known.old_urls.insert(old_url);
    memo.ahead.set_redirect(
        old_url,
        RedirectRow {
            new_url: new_url.to_string(),
            status: 301,
            source_key: key.to_string(),
        },
    );
    Ok(())
}

/// Redirects every old URL of `key` (`canonical` and `alternates`) to
/// `new_url`, in one statement. A URL another item already redirects stays
/// with that item (the first writer keeps it) and a `WARNING` event of
/// `key` says which.
async fn redirects(
    db: &mut Exec<'_>,
    memo: &mut Memo<'_>,
    key: &SourceKey,
    canonical: &str,
    alternates: &[String],
    new_url: &str,
    events: &mut Vec<AuditEvent>,
) -> Result<(), Error> {
    let k = key.to_string();
    let mut urls: Vec<&str> = Vec::with_capacity(1 + alternates.len());
    for u in std::iter::once(canonical).chain(alternates.iter().map(String::as_str)) {
        if !u.is_empty() && !urls.contains(&u) {
            urls.push(u);
        }
    }
    if urls.is_empty() {
        return Ok(());
    }
    let mut taken_urls = std::collections::BTreeMap::new();
    for u in &urls {
        if let Some(r) = redirect_holder(db, memo, u).await? {
            if r.source_key != k {
                taken_urls.insert(u.to_string(), r.source_key);
            }
        }
    }
    // One warning per item that keeps some of this item's URLs (two
    // categories with one alias share all ten forms: one warning, not ten).
    let mut by_holder: std::collections::BTreeMap<&str, Vec<&str>> = Default::default();
    for (url, by) in &taken_urls {
        by_holder.entry(by.as_str()).or_default().push(url.as_str());
    }
    for (by, shared) in by_holder {
        events.push(AuditEvent::item(
            EventKind::Warning,
            key,
            None,
            serde_json::json!({
                "message": format!(
                    "{} old URL(s) of this item are also old URLs of `{by}`, which was loaded \
                     first and keeps their redirects (first: `{}`); this item gets its other \
                     old URLs",
                    shared.len(),
                    shared[0]
                ),
                "old_urls": shared,
                "kept_by": by,
            }),
        ));
    }
    urls.retain(|u| !taken_urls.contains_key(*u));
    if urls.is_empty() {
        return Ok(());
    }
    for u in urls {
        give_redirect(db, memo, u, new_url, &k).await?;
    }
    Ok(())
}

/// The redirect `old_url -> new_url` of item `key`, the last writer
/// winning (`new`: no redirect holds `old_url`). On MySQL the unique key
/// is a hash of `old_url` (see its migration): a clash on it is a clash on
/// the URL.
fn redirect_row<'a>(old_url: &'a str, new_url: &'a str, key: &'a str, new: bool) -> NewRow<'a> {
    NewRow {
        table: "redirects",
        columns: "old_url, new_url, status, source_key",
        values: args![old_url, new_url, 301i64, key].into(),
        conflict: if new {
            Conflict::New { key: "old_url" }
        } else {
            Conflict::Update {
                key: "old_url",
                set: &["new_url", "source_key"],
            }
        },
        key: Some(old_url.to_string()),
        what: format!("the redirect of `{key}` from `{old_url}`"),
    }
}

/// A section's URL on the new portal (also where its categories redirect).
pub(crate) fn section_url(section: Option<&str>) -> String {
    format!("/{}", section.unwrap_or("unmapped"))
}

async fn upsert_category(
    db: &mut Exec<'_>,
    memo: &mut Memo<'_>,
    c: &Category,
    events: &mut Vec<AuditEvent>,
) -> Result<Outcome, Error> {
    let key = c.key.to_string();
    let parent_id = match &c.parent {
        Some(p) => known_id(db, memo, p).await?,
        None => None,
    };
    let content = sha256_json(&CategoryContent {
        parent: c.parent.as_ref().map(|p| p.to_string()),
        title: &c.title,
        alias: &c.alias,
        enabled: c.enabled,
        weight: c.weight,
        old_url: &c.old_url,
        old_urls: &c.old_urls,
    });
    let decision = sha256_json(&c.section);
    let prev = existing_row(db, memo, &CATEGORIES, &key).await?;
    // In the order of `stored::CATEGORIES`.
    let row = |slug: &str| {
        stored::hash(&args![
            parent_id, slug, &c.title, &c.section, c.enabled, c.weight, &c.old_url
        ])
    };
    let prev_id = prev.as_ref().map(|p| p.e.id);
    let plan = plan(
        prev,
        &c.key,
        &CATEGORIES,
        (&content, &decision),
        memo.force,
        events,
    );
    if !matches!(plan, Plan::Done(_)) {
        // What the row was before this run changes it, for a rollback.
        let q = memo.quarantined.contains(&key);
        crate::rollback::before_item(db, memo.run, &key, "category", prev_id, q).await?;
    }
    let (outcome, row_hash) = match plan {
        Plan::Done(o) => return Ok(o),
        Plan::Insert => {
            let slug = free_category_slug(db, c).await?;
            slug_clash(&c.key, "category", &slug, events);
            let slug = slug.slug;
            let id = db
                .insert_id(
                    "INSERT INTO categories (source_key, parent_id, slug, name, section, enabled, \
                     weight, old_url) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    &args![
                        &key, parent_id, &slug, &c.title, &c.section, c.enabled, c.weight,
                        &c.old_url,
                    ],
                )
                .await
                .doing(|| format!("inserting category `{key}`"))?;
            (Outcome::Inserted(id), row(&slug))
        }
        Plan::Update { prev, forced } => {
            let e = &prev.e;
            let stored = prev.stored.as_ref();
            let col = |name| {
                stored
                    .map(|s| s.text(&CATEGORIES, name))
                    .unwrap_or_default()
            };
            let old_section = Some(col("section")).filter(|s| !s.is_empty());
            db.execute(
                "UPDATE categories SET parent_id = ?, name = ?, section = ?, enabled = ?, \
                 weight = ?, old_url = ? WHERE id = ?",
                &args![parent_id, &c.title, &c.section, c.enabled, c.weight, &c.old_url, e.id,],
            )
            .await
            .doing(|| format!("updating category `{key}`"))?;
            let outcome = Outcome::Changed {
                id: e.id,
                updated: e.content_hash != content || forced,
                moved: (e.decision_hash != decision).then(|| (old_section, c.section.clone())),
            };
            (outcome, row(&col("slug")))
        }
    };
    let id = match outcome {
        Outcome::Inserted(id)
        | Outcome::Changed { id, .. }
        | Outcome::Unchanged(id)
        | Outcome::Kept(id) => id,
    };
    record_id(
        db,
        memo,
        &key,
        "category",
        id,
        (&content, &decision, Some(&row_hash)),
    )
    .await?;
    memo.known_ids.insert(key.clone(), id);
    if c.section.is_some() {
        let new_url = section_url(c.section.as_deref());
        redirects(db, memo, &c.key, &c.old_url, &c.old_urls, &new_url, events).await?;
    }
    Ok(outcome)
}

/// The slug a new article wants: its old alias's, else its title's.
pub(crate) fn article_base_slug(a: &Article) -> String {
    slugify(if a.alias.is_empty() {
        &a.title
    } else {
        &a.alias
    })
}

/// An article's URL on the new portal.
fn article_url(section: &str, slug: &str) -> String {
    format!("{}/{slug}", section_url(Some(section)))
}

/// The article columns INSERT and UPDATE share, in the order both
/// statements list them (`kind` .. `source`).
fn article_args<'q>(
    a: &'q Article,
    category_id: Option<i64>,
    new_url: &'q str,
    (topic_id, source_id): (Option<i64>, Option<i64>),
) -> Vec<crate::db::Arg<'q>> {
    args![
        a.kind.as_str(),
        &a.title,
        &a.summary,
        &a.body_html,
        &a.body_text,
        &a.author,
        a.status.as_str(),
        ts(a.published_at),
        ts(a.added_at),
        ts(a.edited_at),
        ts(a.expires_at),
        category_id,
        &a.section,
        &a.home_image,
        &a.old_url,
        new_url,
        &a.source,
        topic_id,
        source_id,
        &a.meta.source_text,
        &a.meta.posted_by,
        &a.meta.seo_title,
        &a.meta.seo_description,
        &a.meta.keywords,
        &a.meta.home_image_alt,
        a.meta.external_link,
    ]
    .into()
}

/// A slug chosen for a new row, and the item that already had the one its
/// alias gives, if any.
pub(crate) struct Slug {
    pub slug: String,
    pub clash: Option<(String, String)>,
}

/// Two old items whose aliases give the same slug are both loaded, the
/// later one under another slug: a `WARNING` names the item that kept it.
pub(crate) fn slug_clash(key: &SourceKey, entity: &str, s: &Slug, events: &mut Vec<AuditEvent>) {
    if let Some((wanted, holder)) = &s.clash {
        events.push(AuditEvent::item(
            EventKind::Warning,
            key,
            None,
            serde_json::json!({
                "message": format!(
                    "slug `{wanted}` is already the {entity} `{holder}`'s (same alias): this one gets `{}`",
                    s.slug
                ),
                "slug": s.slug,
                "clashes_with": holder,
            }),
        ));
    }
}

/// A slug no other category of the same old module uses (NukeViet kept
/// category aliases unique per module; two modules may share one): the
/// alias's, else with the old id, else with a counter.
async fn free_category_slug(db: &mut Exec<'_>, c: &Category) -> Result<Slug, Error> {
    let base = slugify(if c.alias.is_empty() {
        &c.title
    } else {
        &c.alias
    });
    let prefix = format!("{}/", c.key.source);
    let mut clash = None;
    let candidates = std::iter::once(base.clone())
        .chain(std::iter::once(format!("{base}-{}", c.key.old_id)))
        .chain((2..1000).map(|n| format!("{base}-{}-{n}", c.key.old_id)));
    for cand in candidates {
        let holders = db
            .fetch_all(
                "SELECT source_key FROM categories WHERE slug = ?",
                &args![&cand],
            )
            .await
            .and_then(|rows| {
                rows.iter()
                    .map(|r| r.text(0))
                    .collect::<sqlx::Result<Vec<_>>>()
            })
            .doing(|| format!("choosing a slug for `{}`", c.key))?;
        match holders.into_iter().find(|k| k.starts_with(&prefix)) {
            None => return Ok(Slug { slug: cand, clash }),
            Some(holder) => {
                clash.get_or_insert((cand, holder));
            }
        }
    }
    Ok(Slug {
        slug: format!("{base}-{}-{}", c.key.old_id, c.key.source),
        clash,
    })
}

/// A slug no other row of `table` uses: `base`, else with the old id,
/// else with a counter. Items are written in a fixed order, so the choice
/// is deterministic.
pub(crate) async fn free_slug(
    db: &mut Exec<'_>,
    memo: &mut Memo<'_>,
    table: &str,
    base: &str,
    key: &SourceKey,
) -> Result<Slug, Error> {
    // Lazily: nearly every item takes the first or second.
    let candidates = [base.to_string(), format!("{base}-{}", key.old_id)]
        .into_iter()
        .chain((2..1000).map(|n| format!("{base}-{}-{n}", key.old_id)));
    let mut clash = None;
    let mut chosen = None;
    for c in candidates {
        let known = match table {
            "articles" => match memo.ahead.article_slug(&c) {
                Some(h) => Some(h.map(str::to_string)),
                None if !memo.known.article_slugs.may_hold(&c) => Some(None),
                None => None,
            },
            _ => None,
        };
        let taken = match known {
            Some(holder) => holder,
            None => db
                .fetch_optional(
                    &format!("SELECT source_key FROM {table} WHERE slug = ?"),
                    &args![&c],
                )
                .await
                .and_then(|r| r.map(|r| r.text(0)).transpose())
                .doing(|| format!("choosing a slug for `{key}`"))?,
        };
        match taken {
            None => {
                chosen = Some(c);
                break;
            }
            Some(holder) => {
                clash.get_or_insert((c, holder));
            }
        }
    }
    let slug = chosen.unwrap_or_else(|| format!("{base}-{}-{}", key.old_id, key.source));
    if table == "articles" {
        memo.ahead.take_article_slug(&slug, &key.to_string());
        memo.known.article_slugs.insert(&slug);
    }
    Ok(Slug { slug, clash })
}

/// The columns of a new `articles` row: those `article_args` gives, then
/// `source_key` and `slug`.
const ARTICLE_COLUMNS: &str = "kind, title, summary, body_html, body_text, author, status, \
    published_at, created_at, updated_at, expires_at, category_id, section, home_image, old_url, \
    new_url, source, topic_id, source_id, source_text, posted_by, seo_title, seo_description, \
    keywords, home_image_alt, external_link, source_key, slug";

/// What became of an article: written, or (a new one) held for the
/// batch's multi-row INSERT of new articles, whose ids are read back after.
enum ArticleStep {
    Done(Outcome),
    New(Hashes),
}

/// An article's key and hashes, for its id-map entry (a new one's, once
/// its id is known).
struct Hashes {
    key: String,
    content: String,
    decision: String,
    row_hash: String,
}

/// Writes the held rows of the batch's new articles and returns their ids,
/// in order (read back by source key: one way for every backend, and
/// every backend's way of writing many rows at once).
async fn insert_new_articles(
    db: &mut Exec<'_>,
    new: &[(usize, Hashes)],
) -> Result<Vec<i64>, Error> {
    if new.is_empty() {
        return Ok(Vec::new());
    }
    db.flush().await?;
    let keys: Vec<String> = new.iter().map(|(_, n)| n.key.clone()).collect();
    let mut ids = std::collections::HashMap::with_capacity(keys.len());
    for chunk in keys.chunks(crate::ahead::PER_STATEMENT) {
        let doing = || format!("reading the ids of {} new articles", chunk.len());
        let select = "SELECT id, source_key FROM articles WHERE source_key";
        for r in crate::ahead::fetch_in(db, select, "?", chunk, &doing).await? {
            ids.insert(r.text(1).doing(doing)?, r.int(0).doing(doing)?);
        }
    }
    keys.iter()
        .map(|k| {
            ids.get(k).copied().ok_or_else(|| Error::Query {
                doing: crate::error::Doing(format!("reading the id of new article `{k}`")),
                source: sqlx::Error::RowNotFound,
            })
        })
        .collect()
}

async fn upsert_article(
    db: &mut Exec<'_>,
    memo: &mut Memo<'_>,
    a: &Article,
    events: &mut Vec<AuditEvent>,
) -> Result<ArticleStep, Error> {
    let key = a.key.to_string();
    let content = sha256_json(&ArticleContent {
        kind: a.kind.as_str(),
        title: &a.title,
        alias: &a.alias,
        summary: &a.summary,
        body_html: &a.body_html,
        body_text: &a.body_text,
        author: &a.author,
        status: a.status.as_str(),
        added_at: ts(a.added_at),
        edited_at: ts(a.edited_at),
        published_at: ts(a.published_at),
        expires_at: ts(a.expires_at),
        categories: a.categories.iter().map(|k| k.to_string()).collect(),
        home_image: &a.home_image,
        old_url: &a.old_url,
        references: &a.references,
        contributors: &a.contributors,
        source: &a.source,
        meta: &a.meta,
        document: a.document.as_ref(),
        attachments: &a.attachments,
        old_urls: &a.old_urls,
        links: &a.links,
    });
    let decision = sha256_json(&a.section);
    let prev = existing_row(db, memo, &ARTICLES, &key).await?;
    let prev_id = prev.as_ref().map(|p| p.e.id);
    let prev = match plan(
        prev,
        &a.key,
        &ARTICLES,
        (&content, &decision),
        memo.force,
        events,
    ) {
        Plan::Done(o) => return Ok(ArticleStep::Done(o)),
        Plan::Insert => None,
        Plan::Update { prev, forced } => Some((prev, forced)),
    };
    // What the row was before this run changes it, for a rollback.
    let q = memo.quarantined.contains(&key);
    crate::rollback::before_item(db, memo.run, &key, "article", prev_id, q).await?;
    let primary_id = match &a.category {
        Some(c) => known_id(db, memo, c).await?,
        None => None,
    };
    let terms = crate::terms::topic_and_source(db, memo, a).await?;
    match prev {
        None => {
            let base = article_base_slug(a);
            let slug = free_slug(db, memo, "articles", &base, &a.key).await?;
            slug_clash(&a.key, "article", &slug, events);
            let slug = slug.slug;
            let new_url = article_url(&a.section, &slug);
            let mut binds = article_args(a, primary_id, &new_url, terms);
            // The row's cells in the order of `stored::ARTICLES`.
            let mut cells = binds.clone();
            cells.push(crate::db::Arg::from(&slug));
            let row_hash = stored::hash(&cells);
            binds.extend(args![&key, &slug]);
            db.insert(NewRow {
                table: "articles",
                columns: ARTICLE_COLUMNS,
                values: binds,
                conflict: Conflict::Fail,
                key: None,
                what: format!("article `{key}`"),
            })
            .await?;
            all_redirects(db, memo, a, &new_url, events).await?;
            Ok(ArticleStep::New(Hashes {
                key,
                content,
                decision,
                row_hash,
            }))
        }
        Some((prev, forced)) => {
            let e = &prev.e;
            let stored = prev.stored.as_ref();
            let col = |name| stored.map(|s| s.text(&ARTICLES, name)).unwrap_or_default();
            let (slug, old_section) = (col("slug"), col("section"));
            let new_url = article_url(&a.section, &slug);
            let mut binds = article_args(a, primary_id, &new_url, terms);
            let mut cells = binds.clone();
            cells.push(crate::db::Arg::from(&slug));
            let row_hash = stored::hash(&cells);
            binds.extend(args![e.id]);
            db.execute(
                "UPDATE articles SET kind = ?, title = ?, summary = ?, body_html = ?, body_text = ?, \
                 author = ?, status = ?, published_at = ?, created_at = ?, updated_at = ?, expires_at = ?, \
                 category_id = ?, section = ?, home_image = ?, old_url = ?, new_url = ?, source = ?, \
                 topic_id = ?, source_id = ?, source_text = ?, posted_by = ?, seo_title = ?, \
                 seo_description = ?, keywords = ?, home_image_alt = ?, external_link = ? \
                 WHERE id = ?",
                &binds,
            )
            .await
            .doing(|| format!("updating article `{key}`"))?;
            let moved =
                (e.decision_hash != decision).then(|| (Some(old_section), Some(a.section.clone())));
            let outcome = Outcome::Changed {
                id: e.id,
                updated: e.content_hash != content || forced,
                moved,
            };
            all_redirects(db, memo, a, &new_url, events).await?;
            let n = Hashes {
                key,
                content,
                decision,
                row_hash,
            };
            finish_article(db, memo, a, e.id, false, &n).await?;
            Ok(ArticleStep::Done(outcome))
        }
    }
}

/// The redirects of an article's old URLs and of its stored files.
async fn all_redirects(
    db: &mut Exec<'_>,
    memo: &mut Memo<'_>,
    a: &Article,
    new_url: &str,
    events: &mut Vec<AuditEvent>,
) -> Result<(), Error> {
    redirects(db, memo, &a.key, &a.old_url, &a.old_urls, new_url, events).await?;
    crate::attachments::file_redirects(db, memo, a).await
}

/// Everything of article `id` but its row and redirects: its categories,
/// attachments, citations, tags and authors, document, links, and its
/// id-map entry (`is_new`: nothing of an earlier run to replace).
async fn finish_article(
    db: &mut Exec<'_>,
    memo: &mut Memo<'_>,
    a: &Article,
    id: i64,
    is_new: bool,
    n: &Hashes,
) -> Result<(), Error> {
    let key = &n.key;
    if !is_new {
        db.execute(
            "DELETE FROM article_categories WHERE article_id = ?",
            &args![id],
        )
        .await
        .doing(|| format!("writing the categories of `{key}`"))?;
    }
    let mut seen = std::collections::HashSet::new();
    for (pos, c) in a.categories.iter().enumerate() {
        let Some(cid) = known_id(db, memo, c).await? else {
            continue;
        };
        if !seen.insert(cid) {
            continue;
        }
        db.insert(NewRow {
            table: "article_categories",
            columns: "article_id, category_id, position",
            values: args![id, cid, pos as i64].into(),
            conflict: Conflict::Fail,
            key: None,
            what: format!("the categories of `{key}`"),
        })
        .await?;
    }
    crate::attachments::write_attachments(db, id, a, is_new).await?;
    write_citations(db, id, a, is_new).await?;
    crate::terms::write_links(db, memo, id, a, is_new).await?;
    crate::document::write_document(db, id, a).await?;
    // The body just written holds the old hrefs again: its links are
    // rewritten after the last batch (`Target::rewrite_links`).
    crate::links::record_links(db, id, a, is_new).await?;
    record_id(
        db,
        memo,
        key,
        "article",
        id,
        (&n.content, &n.decision, Some(&n.row_hash)),
    )
    .await
}

/// The article's legal references and contributors, replacing the old ones.
async fn write_citations(
    db: &mut Exec<'_>,
    id: i64,
    a: &Article,
    is_new: bool,
) -> Result<(), Error> {
    let key = &a.key;
    if !is_new {
        for table in ["article_references", "article_contributors"] {
            db.execute(
                &format!("DELETE FROM {table} WHERE article_id = ?"),
                &args![id],
            )
            .await
            .doing(|| format!("writing the {table} of `{key}`"))?;
        }
    }
    for (pos, r) in a.references.iter().enumerate() {
        db.insert(NewRow {
            table: "article_references",
            columns: "article_id, position, kind, number, year, symbol, issuer_code, issuer, \
                      issued_on, title",
            values: args![
                id,
                pos as i64,
                &r.kind,
                &r.number,
                r.year.map(i64::from),
                &r.symbol,
                &r.issuer_code,
                &r.issuer,
                &r.issued_on,
                &r.title,
            ]
            .into(),
            conflict: Conflict::Fail,
            key: None,
            what: format!("the legal references of `{key}`"),
        })
        .await?;
    }
    for (pos, c) in a.contributors.iter().enumerate() {
        db.insert(NewRow {
            table: "article_contributors",
            columns: "article_id, position, name, role, affiliation",
            values: args![id, pos as i64, &c.name, &c.role, &c.affiliation].into(),
            conflict: Conflict::Fail,
            key: None,
            what: format!("the contributors of `{key}`"),
        })
        .await?;
    }
    Ok(())
}

async fn quarantine(db: &mut Exec<'_>, run: i64, q: &Quarantined) -> Result<(), Error> {
    let key = q.key.to_string();
    let raw: serde_json::Map<String, serde_json::Value> = q
        .raw
        .iter()
        .map(|(k, v)| (k.clone(), serde_json::Value::String(hex::encode(v))))
        .collect();
    let provenance = serde_json::to_string(&q.provenance).unwrap_or_default();
    let raw = serde_json::Value::Object(raw).to_string();
    if crate::rollback::quarantine_changes(db, &key, &q.reason, &provenance, &raw).await? {
        let id = existing(db, &key).await?.map(|e| e.id);
        let entity = q.key.entity.as_str();
        crate::rollback::before_item(db, run, &key, entity, id, true).await?;
    }
    let sql = db.dialect().upsert(
        "INSERT INTO quarantine (source_key, run_id, reason, provenance, raw) VALUES (?, ?, ?, ?, ?)",
        "source_key",
        &["run_id", "reason", "provenance", "raw"],
    );
    db.execute(&sql, &args![&key, run, &q.reason, &provenance, &raw,])
        .await
        .doing(|| format!("quarantining `{key}`"))?;
    Ok(())
}
