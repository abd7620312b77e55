//! The misplacement review: after the load, every article is scored
//! against every section, and the ones that read like another section are
//! flagged (`MISPLACED`, with the evidence). Nothing is moved: the admin
//! decides, by editing the mapping and re-running.
//!
//! The classifier learns from the portal's own mapped articles, so it needs
//! them all: pass 1 reads the target page by page and trains, pass 2 reads
//! it again and reviews each article with the model that left out its fold
//! (an article never votes for its own label). Memory holds the model and
//! one page, not the portal.

use classify::{Cues, ReviewConfig, SectionCues, Trainer};
use load::Target;
use mapping::{Mapping, UnmappedPolicy};
use model::{AuditEvent, EventKind, SourceKey};
use serde::Serialize;
use serde_json::json;

use crate::{Error, Listed, Progress};

/// Articles read per query.
const PAGE: i64 = 500;
/// Events written per transaction.
const EVENTS_PER_WRITE: usize = 500;

/// One flag, for the run summary.
#[derive(Clone, Debug, Serialize)]
pub struct MisplacedNote {
    /// The article's key.
    pub key: String,
    /// Its title.
    pub title: String,
    /// The section it was mapped to.
    pub section: String,
    /// The section it reads like.
    pub suggested: String,
    /// How far ahead the suggested section scored.
    pub margin: f64,
}

/// What the review found.
#[derive(Clone, Debug, Default, Serialize)]
pub struct ReviewOutcome {
    /// Articles scored.
    pub reviewed: u64,
    /// Articles flagged: the first [`crate::LISTED`].
    pub misplaced: Vec<MisplacedNote>,
    /// Flags beyond those listed (every one is a `MISPLACED` event).
    pub misplaced_not_listed: u64,
}

/// The sections articles are scored against: every section of the
/// taxonomy except the one unmapped items are kept in (its articles carry
/// no label to learn from or to check).
fn labelled_sections(m: &Mapping) -> Vec<SectionCues> {
    let unmapped = match &m.unmapped {
        UnmappedPolicy::KeepIn(s) => Some(s.as_str()),
        _ => None,
    };
    m.taxonomy
        .sections
        .iter()
        .filter(|s| Some(s.slug.as_str()) != unmapped)
        .map(|s| SectionCues {
            slug: s.slug.clone(),
            phrases: s.cues.clone(),
            patterns: s.patterns.clone(),
        })
        .collect()
}

/// Seals and stores a batch of events (and mirrors them to the JSONL log).
pub(crate) type LogEvents<'a> = dyn FnMut(&mut Target, Vec<AuditEvent>) -> Result<(), Error> + 'a;

/// Reviews every article of the target; writes a `MISPLACED` event per
/// flag through `log` (which seals and stores them) and returns the
/// summary.
pub(crate) fn review(
    rt: &tokio::runtime::Runtime,
    target: &mut Target,
    mapping: &Mapping,
    cfg: &ReviewConfig,
    progress: &(dyn Fn(Progress) + Sync),
    log: &mut LogEvents<'_>,
) -> Result<ReviewOutcome, Error> {
    let sections = labelled_sections(mapping);
    // The taxonomy validated its patterns when the mapping was loaded.
    let cues = Cues::new(&sections).map_err(|e| Error::Options(e.to_string()))?;
    let labels: Vec<String> = sections.iter().map(|s| s.slug.clone()).collect();
    let label_of = |slug: &str| labels.iter().position(|l| l == slug);

    let mut trainer = Trainer::new(labels.clone(), cfg.clone());
    let mut total = 0u64;
    let mut after = 0;
    loop {
        let page = rt.block_on(target.review_page(after, PAGE))?;
        let Some(last) = page.last() else { break };
        after = last.id;
        for row in &page {
            if let Some(label) = label_of(&row.section) {
                trainer.add(&row.key, label, &row.title, &row.body_text);
                total += 1;
            }
        }
    }
    let model = trainer.finish();

    let mut out = ReviewOutcome::default();
    let mut listed = Listed::new();
    let mut events = Vec::new();
    let mut after = 0;
    loop {
        let page = rt.block_on(target.review_page(after, PAGE))?;
        let Some(last) = page.last() else { break };
        after = last.id;
        for row in &page {
            let Some(label) = label_of(&row.section) else {
                continue;
            };
            out.reviewed += 1;
            let v = model.review(&row.key, label, &row.title, &row.body_text, &cues);
            if !v.misplaced {
                continue;
            }
            let Some(key) = SourceKey::parse(&row.key) else {
                continue;
            };
            let suggested = &labels[v.suggested];
            events.push(AuditEvent::item(
                EventKind::Misplaced,
                &key,
                None,
                json!({
                    "section": row.section,
                    "suggested": suggested,
                    "scores": {"mapped": v.scores[v.mapped], "suggested": v.scores[v.suggested]},
                    "margin": v.margin,
                    "cues": v.cues.iter().map(|h| json!({
                        "section": labels[h.section], "cue": h.cue, "count": h.count,
                    })).collect::<Vec<_>>(),
                    "words": v.words,
                    "title": row.title,
                }),
            ));
            listed.push(MisplacedNote {
                key: row.key.clone(),
                title: row.title.clone(),
                section: row.section.clone(),
                suggested: suggested.clone(),
                margin: v.margin,
            });
            if events.len() >= EVENTS_PER_WRITE {
                log(target, std::mem::take(&mut events))?;
            }
        }
        progress(Progress::Reviewing {
            done: out.reviewed,
            total,
        });
    }
    if !events.is_empty() {
        log(target, events)?;
    }
    out.misplaced = listed.items;
    out.misplaced_not_listed = listed.more;
    Ok(out)
}
