//! Topics, tags, sources and author profiles: one table per vocabulary,
//! all of one shape, and an article's links to them.

use crate::db::{args, Arg, Conflict, Exec, NewRow};
use crate::error::{Error, QueryContext};
use crate::slug::slugify;
use crate::write::{
    existing_row, known_id, plan, record_id, redirect, sha256_json, Memo, Outcome, Plan,
};
use model::{Article, AuditEvent, Term, Vocabulary};
use serde::Serialize;

/// What a term's content hash covers: everything loaded.
#[derive(Serialize)]
struct TermContent<'a> {
    name: &'a str,
    alias: &'a str,
    description: &'a str,
    image: &'a str,
    link: &'a str,
    account: &'a str,
    weight: i64,
    old_url: &'a str,
}

/// The table of a vocabulary (its name is also the first segment of its
/// new URLs), with the columns its row hash covers.
fn stored_table(v: Vocabulary) -> &'static crate::stored::Table {
    // The id map names a term's entity by its vocabulary.
    crate::stored::table_of(v.as_str()).expect("every vocabulary has a hashed table")
}

/// A term row's cells in the order of `stored::TERM_COLUMNS`: what the
/// insert writes after the key, and what the row hash covers.
fn term_cells<'a>(t: &'a Term, slug: &'a str, new_url: &'a str) -> [Arg<'a>; 9] {
    args![
        &t.name,
        slug,
        &t.description,
        &t.image,
        &t.link,
        &t.account,
        t.weight,
        &t.old_url,
        new_url,
    ]
}

/// Upserts a term through the id map, with a redirect from its old page.
/// A row changed outside portmig since it was written is left alone, with
/// a `WARNING` in `events`, unless `run --force`.
pub(crate) async fn upsert_term(
    db: &mut Exec<'_>,
    memo: &mut Memo<'_>,
    t: &Term,
    events: &mut Vec<AuditEvent>,
) -> Result<Outcome, Error> {
    let key = t.key.to_string();
    let stored = stored_table(t.vocabulary);
    let table = stored.name;
    let content = sha256_json(&TermContent {
        name: &t.name,
        alias: &t.alias,
        description: &t.description,
        image: &t.image,
        link: &t.link,
        account: &t.account,
        weight: t.weight,
        old_url: &t.old_url,
    });
    // Terms are not placed: their decision never changes.
    let decision = sha256_json(&());
    let prev = existing_row(db, memo, stored, &key).await?;
    let prev_id = prev.as_ref().map(|p| p.e.id);
    let plan = plan(
        prev,
        &t.key,
        stored,
        (&content, &decision),
        memo.force,
        events,
    );
    if !matches!(plan, Plan::Done(_)) {
        let q = memo.quarantined.contains(&key);
        let entity = t.vocabulary.as_str();
        crate::rollback::before_item(db, memo.run, &key, entity, prev_id, q).await?;
    }
    let (id, slug, new_url, outcome) = match plan {
        Plan::Done(o) => return Ok(o),
        Plan::Update { prev, .. } => {
            let id = prev.e.id;
            let col = |name| {
                prev.stored
                    .as_ref()
                    .map(|s| s.text(stored, name))
                    .unwrap_or_default()
            };
            let (slug, new_url) = (col("slug"), col("new_url"));
            db.execute(
                &format!(
                    "UPDATE {table} SET name = ?, description = ?, image = ?, link = ?, \
                     account = ?, weight = ?, old_url = ? WHERE id = ?"
                ),
                &args![
                    &t.name,
                    &t.description,
                    &t.image,
                    &t.link,
                    &t.account,
                    t.weight,
                    &t.old_url,
                    id,
                ],
            )
            .await
            .doing(|| format!("updating {} `{key}`", t.vocabulary.as_str()))?;
            let changed = Outcome::Changed {
                id,
                updated: true,
                moved: None,
            };
            (id, slug, new_url, changed)
        }
        Plan::Insert => {
            let base = slugify(if t.alias.is_empty() {
                &t.name
            } else {
                &t.alias
            });
            let slug = crate::write::free_slug(db, memo, table, &base, &t.key)
                .await?
                .slug;
            let new_url = format!("/{table}/{slug}");
            let id = db
                .insert_id(
                    &format!(
                        "INSERT INTO {table} (source_key, name, slug, description, image, link, \
                         account, weight, old_url, new_url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    ),
                    &std::iter::once(Arg::from(&key))
                        .chain(term_cells(t, &slug, &new_url))
                        .collect::<Vec<_>>(),
                )
                .await
                .doing(|| format!("inserting {} `{key}`", t.vocabulary.as_str()))?;
            (id, slug, new_url, Outcome::Inserted(id))
        }
    };
    let row_hash = crate::stored::hash(&term_cells(t, &slug, &new_url));
    record_id(
        db,
        memo,
        &key,
        t.vocabulary.as_str(),
        id,
        (&content, &decision, Some(&row_hash)),
    )
    .await?;
    memo.known_ids.insert(key.clone(), id);
    redirect(db, memo, &t.old_url, &new_url, &key).await?;
    Ok(outcome)
}

/// The target ids of an article's topic and source outlet (`None` when it
/// names none, or one that was not loaded).
pub(crate) async fn topic_and_source(
    db: &mut Exec<'_>,
    memo: &mut Memo<'_>,
    a: &Article,
) -> Result<(Option<i64>, Option<i64>), Error> {
    let topic = match &a.meta.topic {
        Some(k) => known_id(db, memo, k).await?,
        None => None,
    };
    let source = match &a.meta.source {
        Some(k) => known_id(db, memo, k).await?,
        None => None,
    };
    Ok((topic, source))
}

/// Replaces an article's tag and author links.
pub(crate) async fn write_links(
    db: &mut Exec<'_>,
    memo: &mut Memo<'_>,
    id: i64,
    a: &Article,
    is_new: bool,
) -> Result<(), Error> {
    let key = &a.key;
    for (join, columns, keys) in [
        ("article_tags", "article_id, tag_id, position", &a.meta.tags),
        (
            "article_authors",
            "article_id, author_id, position",
            &a.meta.authors,
        ),
    ] {
        if !is_new {
            db.execute(
                &format!("DELETE FROM {join} WHERE article_id = ?"),
                &args![id],
            )
            .await
            .doing(|| format!("writing the {join} of `{key}`"))?;
        }
        let mut seen = std::collections::HashSet::new();
        for (pos, k) in keys.iter().enumerate() {
            let Some(tid) = known_id(db, memo, k).await? else {
                continue;
            };
            if !seen.insert(tid) {
                continue;
            }
            db.insert(NewRow {
                table: join,
                columns,
                values: args![id, tid, pos as i64].into(),
                conflict: Conflict::Fail,
                key: None,
                what: format!("the {join} of `{key}`"),
            })
            .await?;
        }
    }
    Ok(())
}
