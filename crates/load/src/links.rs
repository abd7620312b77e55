//! Body links to old URLs, rewritten to the new URLs once everything is
//! loaded.
//!
//! Each article's links to other items of the dump ([`model::OldLink`]) are
//! stored with it (`article_links`), their `current_href` being what the
//! body holds. After the last batch, [`Target::rewrite_links`] looks every
//! link's target up in the id map, and where the body does not already
//! point at the target's new URL, replaces the `href` (only in `href`
//! attributes, only the exact value) and records what it did. So:
//!
//! - a link to an article later in the dump is rewritten like any other;
//! - an article whose section changes gets a new URL, and the links to it
//!   are rewritten again on that run;
//! - an article written again (`UPDATED`, `MOVED`) has its old hrefs back
//!   (the content hash is of the body before rewriting), and its links are
//!   reset, hence rewritten again;
//! - nothing changed: nothing is written, no event.

use crate::db::{args, Conflict, Exec, NewRow};
use crate::error::{Error, QueryContext};
use crate::stored::ARTICLES;
use crate::target::{insert_events, now, Target};
use audit::SealedEvent;
use model::{Article, AuditEvent, Entity, EventKind, SourceKey};
use serde::Serialize;
use std::collections::BTreeMap;

/// What [`Target::rewrite_links`] did.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct LinkCounts {
    /// Links now pointing at a new URL (`LINK_REWRITTEN`).
    pub rewritten: u64,
    /// Links naming nothing the target holds (`LINK_UNRESOLVED`).
    pub unresolved: u64,
    /// Links already right (or already reported unresolved).
    pub unchanged: u64,
}

/// Replaces the links of article `id` with those of `a`, all `pending`:
/// the body was just written with its old hrefs.
pub(crate) async fn record_links(
    db: &mut Exec<'_>,
    id: i64,
    a: &Article,
    is_new: bool,
) -> Result<(), Error> {
    let key = &a.key;
    if !is_new {
        db.execute("DELETE FROM article_links WHERE article_id = ?", &args![id])
            .await
            .doing(|| format!("writing the links of `{key}`"))?;
    }
    for (pos, l) in a.links.iter().enumerate() {
        db.insert(NewRow {
            table: "article_links",
            columns: "article_id, position, old_href, target_key, current_href, status",
            values: args![
                id,
                pos as i64,
                &l.href,
                l.target.to_string(),
                &l.href,
                "pending"
            ]
            .into(),
            conflict: Conflict::Fail,
            key: None,
            what: format!("the links of `{key}`"),
        })
        .await?;
    }
    Ok(())
}

/// `source/entity/old_id` back into a key.
/// Records the row hash of an article whose body links were rewritten,
/// so the rewrite does not read as a change made outside portmig. A row
/// already changed outside portmig keeps its old row hash: it stays
/// reported.
async fn rehash(
    db: &mut Exec<'_>,
    key: &str,
    mut row: crate::stored::StoredRow,
    new_body: String,
) -> Result<(), Error> {
    let doing = || format!("recording the new body of `{key}`");
    let recorded = db
        .fetch_optional(
            "SELECT row_hash FROM id_map WHERE source_key = ?",
            &args![key],
        )
        .await
        .and_then(|r| r.map(|r| r.opt_text(0)).transpose())
        .doing(doing)?
        .flatten();
    if recorded.as_deref() != Some(row.hash().as_str()) {
        return Ok(());
    }
    row.set(&ARTICLES, "body_html", new_body);
    db.execute(
        "UPDATE id_map SET row_hash = ? WHERE source_key = ?",
        &args![row.hash(), key],
    )
    .await
    .doing(doing)?;
    Ok(())
}

fn parse_key(s: &str) -> Option<SourceKey> {
    let mut parts = s.rsplitn(3, '/');
    let old_id = parts.next()?;
    let entity = match parts.next()? {
        "article" => Entity::Article,
        "category" => Entity::Category,
        _ => return None,
    };
    Some(SourceKey::new(parts.next()?, entity, old_id))
}

/// An attribute value as html5ever serialises it (the form the stored
/// bodies are in).
fn escape_attr(v: &str) -> String {
    v.replace('&', "&amp;")
        .replace('\u{a0}', "&nbsp;")
        .replace('"', "&quot;")
}

fn unescape_attr(v: &str) -> String {
    v.replace("&quot;", "\"")
        .replace("&nbsp;", "\u{a0}")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// `html` with every `href="V"` whose value is a key of `map` given the
/// mapped value, in one pass (so a replacement is never replaced again);
/// and how many times each key was found.
fn replace_hrefs(html: &str, map: &BTreeMap<&str, &str>) -> (String, BTreeMap<String, usize>) {
    let mut out = String::with_capacity(html.len());
    let mut found = BTreeMap::new();
    let mut rest = html;
    while let Some(i) = rest.find("href=\"") {
        let start = i + "href=\"".len();
        let attr_boundary = rest[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_whitespace());
        let Some(len) = rest[start..].find('"') else {
            break;
        };
        let value = unescape_attr(&rest[start..start + len]);
        out.push_str(&rest[..start]);
        match map.get(value.as_str()) {
            Some(to) if attr_boundary => {
                out.push_str(&escape_attr(to));
                *found.entry(value).or_insert(0) += 1;
            }
            _ => out.push_str(&rest[start..start + len]),
        }
        rest = &rest[start + len..];
    }
    out.push_str(rest);
    (out, found)
}

/// One stored link with what its target now is.
struct Link {
    article_id: i64,
    position: i64,
    old_href: String,
    target_key: String,
    current_href: String,
    status: String,
    article_key: String,
    /// The target's new URL, or why there is none.
    target: Result<String, String>,
}

impl Target {
    /// Rewrites the body links to old URLs to the linked items' new URLs
    /// (see the module docs), in one transaction with their
    /// `LINK_REWRITTEN` / `LINK_UNRESOLVED` events. Call it after the last
    /// batch. Returns the counts and the sealed events for the JSONL
    /// mirror.
    pub async fn rewrite_links(&mut self) -> Result<(LinkCounts, Vec<SealedEvent>), Error> {
        let at = now();
        let run = self.run_id;
        let mut chain = self.chain.clone();
        let mut tx = self
            .conn
            .begin()
            .await
            .doing(|| "rewriting body links".into())?;
        let db = &mut tx.exec();
        let doing = || "reading the body links".to_string();
        let rows = db
            .fetch_all(
                "SELECT l.article_id, l.position, l.old_href, l.target_key, l.current_href, \
                 l.status, src.source_key, m.entity, a.new_url, c.section, m.target_id \
                 FROM article_links l \
                 JOIN articles src ON src.id = l.article_id \
                 LEFT JOIN id_map m ON m.source_key = l.target_key \
                 LEFT JOIN articles a ON m.entity = 'article' AND a.id = m.target_id \
                 LEFT JOIN categories c ON m.entity = 'category' AND c.id = m.target_id \
                 ORDER BY l.article_id, l.position",
                &[],
            )
            .await
            .doing(doing)?;
        let mut links = Vec::with_capacity(rows.len());
        for r in rows {
            let target_key = r.text(3).doing(doing)?;
            let entity = r.opt_text(7).doing(doing)?;
            let target = match entity.as_deref() {
                None => Err(format!(
                    "`{target_key}` is not in the target (not in the dump, quarantined or skipped)"
                )),
                Some("article") => r
                    .opt_text(8)
                    .doing(doing)?
                    .ok_or_else(|| format!("article `{target_key}` has no row")),
                Some(_) => match r.opt_text(9).doing(doing)? {
                    Some(s) => Ok(crate::write::section_url(Some(&s))),
                    None => Err(format!(
                        "category `{target_key}` maps to no section, so it has no new URL"
                    )),
                },
            };
            links.push(Link {
                article_id: r.int(0).doing(doing)?,
                position: r.int(1).doing(doing)?,
                old_href: r.text(2).doing(doing)?,
                target_key,
                current_href: r.text(4).doing(doing)?,
                status: r.text(5).doing(doing)?,
                article_key: r.text(6).doing(doing)?,
                target,
            });
        }

        let mut counts = LinkCounts::default();
        let mut events = Vec::new();
        // Per article: the hrefs to replace, then the link rows to update.
        let mut i = 0;
        while i < links.len() {
            let id = links[i].article_id;
            let end = i + links[i..].iter().take_while(|l| l.article_id == id).count();
            let group = &links[i..end];
            i = end;
            let key = parse_key(&group[0].article_key);
            let mut want: Vec<Option<String>> = Vec::with_capacity(group.len());
            let mut map: BTreeMap<&str, &str> = BTreeMap::new();
            let mut wanted_urls = Vec::with_capacity(group.len());
            for l in group {
                // The fragment (`#anh-2`) still names a place in the page.
                let fragment = l.old_href.find('#').map_or("", |f| &l.old_href[f..]);
                wanted_urls.push(l.target.as_ref().ok().map(|u| format!("{u}{fragment}")));
            }
            for (l, url) in group.iter().zip(&wanted_urls) {
                match url {
                    Some(u) if *u != l.current_href => {
                        map.insert(l.current_href.as_str(), u.as_str());
                        want.push(Some(u.clone()));
                    }
                    _ => want.push(None),
                }
            }
            let mut found = BTreeMap::new();
            // The article's state before this run, once, before its first write.
            let mut saved = false;
            if !map.is_empty() {
                let row = crate::stored::read(db, &ARTICLES, id)
                    .await?
                    .ok_or(sqlx::Error::RowNotFound)
                    .doing(|| format!("reading the body of article {id}"))?;
                let body = row.text(&ARTICLES, "body_html");
                let (new_body, f) = replace_hrefs(&body, &map);
                found = f;
                if new_body != body {
                    let k = &group[0].article_key;
                    crate::rollback::before_item(db, run, k, "article", Some(id), false).await?;
                    saved = true;
                    db.execute(
                        "UPDATE articles SET body_html = ? WHERE id = ?",
                        &args![&new_body, id],
                    )
                    .await
                    .doing(|| format!("rewriting the links of article {id}"))?;
                    rehash(db, &group[0].article_key, row, new_body).await?;
                }
            }
            for ((l, url), change) in group.iter().zip(&wanted_urls).zip(&want) {
                let ev = |kind, data| AuditEvent {
                    kind,
                    key: key.clone(),
                    provenance: None,
                    data,
                };
                let (status, current, event) = match (url, change) {
                    (Some(_), None) if l.status == "rewritten" => {
                        counts.unchanged += 1;
                        continue;
                    }
                    // Right already, but not recorded as such (the body
                    // held the new URL as its old href).
                    (Some(u), None) => (
                        "rewritten",
                        u.clone(),
                        ev(
                            EventKind::LinkRewritten,
                            serde_json::json!({
                                "position": l.position, "from": l.current_href, "to": u,
                                "target": l.target_key,
                            }),
                        ),
                    ),
                    (Some(u), Some(_)) if found.contains_key(l.current_href.as_str()) => (
                        "rewritten",
                        u.clone(),
                        ev(
                            EventKind::LinkRewritten,
                            serde_json::json!({
                                "position": l.position, "from": l.current_href, "to": u,
                                "target": l.target_key,
                            }),
                        ),
                    ),
                    (Some(_), Some(_)) => (
                        "unresolved",
                        l.current_href.clone(),
                        ev(
                            EventKind::LinkUnresolved,
                            serde_json::json!({
                                "position": l.position, "href": l.current_href,
                                "target": l.target_key,
                                "reason": "the href is not in an href attribute of the stored body",
                            }),
                        ),
                    ),
                    (None, _) if l.status == "unresolved" => {
                        counts.unchanged += 1;
                        continue;
                    }
                    (None, _) => (
                        "unresolved",
                        l.current_href.clone(),
                        ev(
                            EventKind::LinkUnresolved,
                            serde_json::json!({
                                "position": l.position, "href": l.current_href,
                                "target": l.target_key,
                                "reason": l.target.as_ref().err(),
                            }),
                        ),
                    ),
                };
                if status == "rewritten" {
                    counts.rewritten += 1;
                } else {
                    counts.unresolved += 1;
                }
                if !saved {
                    let k = &group[0].article_key;
                    crate::rollback::before_item(db, run, k, "article", Some(id), false).await?;
                    saved = true;
                }
                db.execute(
                    "UPDATE article_links SET current_href = ?, status = ? \
                     WHERE article_id = ? AND position = ?",
                    &args![&current, status, id, l.position],
                )
                .await
                .doing(|| format!("recording the links of article {id}"))?;
                events.push(chain.seal(run, &at, event));
            }
        }
        insert_events(db, &events).await?;
        tx.commit()
            .await
            .doing(|| "committing the rewritten links".into())?;
        self.chain = chain;
        Ok((counts, events))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_exact_href_values_are_replaced() {
        let html = "<p><a href=\"/vi/tin-tuc/a/b-2.html\">bài 2</a> \
                    <a href=\"/vi/tin-tuc/a/b-2.html\">lần nữa</a> \
                    <a data-href=\"/vi/tin-tuc/a/b-2.html\">không</a> \
                    <a href=\"/vi/tin-tuc/a/b-2.html#anh\">neo</a> \
                    <a href=\"/index.php?language=vi&amp;nv=tin-tuc&amp;op=a/b-3\">bài 3</a> \
                    /vi/tin-tuc/a/b-2.html</p>";
        let map: BTreeMap<&str, &str> = [
            ("/vi/tin-tuc/a/b-2.html", "/tin-tuc/b"),
            (
                "/index.php?language=vi&nv=tin-tuc&op=a/b-3",
                "/tin-tuc/c?x=1&y=\"2\"",
            ),
            ("/tin-tuc/b", "/never-chained"),
        ]
        .into_iter()
        .collect();
        let (out, found) = replace_hrefs(html, &map);
        assert_eq!(
            out,
            "<p><a href=\"/tin-tuc/b\">bài 2</a> \
             <a href=\"/tin-tuc/b\">lần nữa</a> \
             <a data-href=\"/vi/tin-tuc/a/b-2.html\">không</a> \
             <a href=\"/vi/tin-tuc/a/b-2.html#anh\">neo</a> \
             <a href=\"/tin-tuc/c?x=1&amp;y=&quot;2&quot;\">bài 3</a> \
             /vi/tin-tuc/a/b-2.html</p>"
        );
        assert_eq!(found.get("/vi/tin-tuc/a/b-2.html"), Some(&2));
        assert_eq!(found.len(), 2);
    }

    #[test]
    fn keys_parse_back() {
        let k = SourceKey::new("nv4_vi_thong_bao", Entity::Article, 12);
        assert_eq!(parse_key(&k.to_string()), Some(k));
        assert_eq!(parse_key("x/page/1"), None);
    }
}
