//! What a batch's items will find in the target, read for the whole batch
//! in a few statements before its first write: their id-map entries and
//! rows, the redirects of their old URLs, the holders of the slugs their
//! new articles want. Read one item at a time these were most of a load's
//! round trips, and each read of a table with held rows (see
//! [`crate::db::Exec::insert`]) wrote them out early, so nothing was
//! batched.
//!
//! The loader keeps what it reads here current as it writes (a redirect
//! given, a slug taken), and reads the target itself for anything not read
//! ahead, so results are those of reading one item at a time.

use crate::db::{Arg, Dialect, Exec};
use crate::error::{Error, QueryContext};
use crate::filter::{Filter, Known};
use crate::stored::{self, Table, ARTICLES, CATEGORIES};
use crate::write::{ExistingRow, Record};
use std::collections::HashMap;

/// Keys or URLs per `IN (...)` list.
pub(crate) const PER_STATEMENT: usize = 500;

/// A redirect as the target holds it.
#[derive(Clone, Debug)]
pub(crate) struct RedirectRow {
    pub new_url: String,
    pub status: i64,
    pub source_key: String,
}

/// What the batch's items find, by source key, old URL and slug. An entry
/// holding `None` was looked for and is not there.
#[derive(Default)]
pub(crate) struct Ahead {
    rows: HashMap<String, Option<ExistingRow>>,
    redirects: HashMap<String, Option<RedirectRow>>,
    article_slugs: HashMap<String, Option<String>>,
}

impl Ahead {
    /// Reads ahead for `batch`: only the keys, old URLs and slugs `known`
    /// says the target may hold (the others it does not).
    pub(crate) async fn read<'r>(
        db: &mut Exec<'_>,
        batch: impl IntoIterator<Item = &'r Record>,
        known: &Known,
    ) -> Result<Ahead, Error> {
        let mut ahead = Ahead::default();
        let (mut articles, mut categories, mut urls) = (vec![], vec![], vec![]);
        let mut new_looking = Vec::new();
        for r in batch {
            match r {
                Record::Category(c) => {
                    categories.push(c.key.to_string());
                    urls.push(c.old_url.clone());
                    urls.extend(c.old_urls.iter().cloned());
                }
                Record::Article(a) => {
                    articles.push(a.key.to_string());
                    urls.push(a.old_url.clone());
                    urls.extend(a.old_urls.iter().cloned());
                    urls.extend(a.attachments.iter().map(|f| f.old_path.clone()));
                    new_looking.push(a);
                }
                Record::Term(t) => urls.push(t.old_url.clone()),
                Record::Quarantined(_) | Record::Skipped(_) => {}
            }
        }
        urls.retain(|u| !u.is_empty());
        let urls = may_hold(urls, &known.old_urls, |u| {
            ahead.redirects.insert(u, None);
        });
        for (table, keys) in [(&ARTICLES, articles), (&CATEGORIES, categories)] {
            let keys = may_hold(keys, &known.keys, |k| {
                ahead.rows.insert(k, None);
            });
            for chunk in dedup(keys).chunks(PER_STATEMENT) {
                ahead.read_rows(db, table, chunk).await?;
            }
        }
        for chunk in dedup(urls).chunks(PER_STATEMENT) {
            ahead.read_redirects(db, chunk).await?;
        }
        // Slugs only for the articles the id map does not know: the others
        // keep theirs (one re-created under --force asks the target).
        let mut slugs = Vec::new();
        for a in new_looking {
            if matches!(ahead.rows.get(&a.key.to_string()), Some(None)) {
                let base = crate::write::article_base_slug(a);
                slugs.push(format!("{base}-{}", a.key.old_id));
                slugs.push(base);
            }
        }
        let slugs = may_hold(slugs, &known.article_slugs, |s| {
            ahead.article_slugs.insert(s, None);
        });
        for chunk in dedup(slugs).chunks(PER_STATEMENT) {
            ahead.read_slugs(db, chunk).await?;
        }
        Ok(ahead)
    }

    async fn read_rows(
        &mut self,
        db: &mut Exec<'_>,
        table: &Table,
        keys: &[String],
    ) -> Result<(), Error> {
        let select = format!(
            "SELECT m.target_id, m.content_hash, m.decision_hash, m.row_hash, t.id, {}, \
             m.source_key FROM id_map m LEFT JOIN {} t ON t.id = m.target_id \
             WHERE m.source_key",
            stored::select_list(table, "t"),
            table.name,
        );
        let doing = || format!("looking up {} items in the id map", keys.len());
        let rows = fetch_in(db, &select, "?", keys, &doing).await?;
        for k in keys {
            self.rows.insert(k.clone(), None);
        }
        let key_at = 5 + table.columns.len();
        for r in rows {
            let key = r.text(key_at).doing(doing)?;
            let row = ExistingRow::read(table, &r).doing(doing)?;
            self.rows.insert(key, Some(row));
        }
        Ok(())
    }

    /// Reads the redirects of `urls` (not read ahead, or read again).
    pub(crate) async fn read_redirects(
        &mut self,
        db: &mut Exec<'_>,
        urls: &[String],
    ) -> Result<(), Error> {
        // On MySQL the unique key is a hash of `old_url` (see its migration).
        let (column, each) = match db.dialect() {
            Dialect::MySql => ("old_url_hash", "UNHEX(SHA2(?, 256))"),
            _ => ("old_url", "?"),
        };
        let select =
            format!("SELECT old_url, new_url, status, source_key FROM redirects WHERE {column}");
        let doing = || format!("reading the redirects of {} old URLs", urls.len());
        let rows = fetch_in(db, &select, each, urls, &doing).await?;
        for u in urls {
            self.redirects.insert(u.clone(), None);
        }
        for r in rows {
            let row = RedirectRow {
                new_url: r.text(1).doing(doing)?,
                status: r.int(2).doing(doing)?,
                source_key: r.text(3).doing(doing)?,
            };
            self.redirects.insert(r.text(0).doing(doing)?, Some(row));
        }
        Ok(())
    }

    async fn read_slugs(&mut self, db: &mut Exec<'_>, slugs: &[String]) -> Result<(), Error> {
        let select = "SELECT slug, source_key FROM articles WHERE slug";
        let doing = || format!("reading the holders of {} slugs", slugs.len());
        let rows = fetch_in(db, select, "?", slugs, &doing).await?;
        for s in slugs {
            self.article_slugs.insert(s.clone(), None);
        }
        for r in rows {
            self.article_slugs
                .insert(r.text(0).doing(doing)?, Some(r.text(1).doing(doing)?));
        }
        Ok(())
    }

    /// The id-map entry and row of `key`, when read ahead (once: a key
    /// that comes twice in a batch is read again the second time).
    pub(crate) fn take_row(&mut self, key: &str) -> Option<Option<ExistingRow>> {
        self.rows.remove(key)
    }

    /// The redirect of `url`, when read ahead.
    pub(crate) fn redirect(&self, url: &str) -> Option<Option<&RedirectRow>> {
        self.redirects.get(url).map(Option::as_ref)
    }

    /// Notes that no redirect holds `url`.
    pub(crate) fn no_redirect(&mut self, url: &str) {
        self.redirects.insert(url.to_string(), None);
    }

    /// Notes a redirect written (or read) for `url`.
    pub(crate) fn set_redirect(&mut self, url: &str, row: RedirectRow) {
        self.redirects.insert(url.to_string(), Some(row));
    }

    /// The article holding `slug`, when read ahead.
    pub(crate) fn article_slug(&self, slug: &str) -> Option<Option<&str>> {
        self.article_slugs.get(slug).map(Option::as_deref)
    }

    /// Notes `slug` taken by the article `key`.
    pub(crate) fn take_article_slug(&mut self, slug: &str, key: &str) {
        self.article_slugs
            .insert(slug.to_string(), Some(key.to_string()));
    }
}

/// The rows of `select` (a statement ending in the column to match)
/// whose column is one of `values`, each bound as `each`.
pub(crate) async fn fetch_in(
    db: &mut Exec<'_>,
    select: &str,
    each: &str,
    values: &[String],
    doing: &dyn Fn() -> String,
) -> Result<Vec<crate::db::Row>, Error> {
    if values.is_empty() {
        return Ok(Vec::new());
    }
    // Padded to a few lengths (1, 2, 4 ... 256, 500) by repeating the last
    // value, which changes no result. Each length is a statement the
    // connection keeps prepared (sqlx keeps 100); once the filters spared
    // most lookups, lists came in every length, and each was kept (on
    // SQLite a program as long as its list): 25 MB more at 100,000
    // articles.
    let len = values
        .len()
        .next_power_of_two()
        .min(values.len().max(PER_STATEMENT));
    let sql = format!("{select} IN ({})", vec![each; len].join(", "));
    let mut binds: Vec<Arg<'_>> = values.iter().map(Arg::from).collect();
    if let Some(last) = values.last() {
        binds.resize(len, Arg::from(last));
    }
    db.fetch_all(&sql, &binds).await.doing(doing)
}

/// The `values` `filter` may hold; `absent` is given each of the others.
fn may_hold(values: Vec<String>, filter: &Filter, mut absent: impl FnMut(String)) -> Vec<String> {
    let mut maybe = Vec::with_capacity(values.len());
    for v in values {
        if filter.may_hold(&v) {
            maybe.push(v);
        } else {
            absent(v);
        }
    }
    maybe
}

fn dedup(mut v: Vec<String>) -> Vec<String> {
    v.sort_unstable();
    v.dedup();
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Conn;
    use sqlx::{Connection, SqliteConnection};

    /// Lists padded to a few lengths find what they would unpadded, once
    /// each, and leave a few statements prepared whatever the lengths.
    #[test]
    fn lookups_of_any_count_find_each_row_once() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        rt.block_on(async {
            let mut conn =
                Conn::Sqlite(SqliteConnection::connect("sqlite::memory:").await.unwrap());
            {
                let mut db = conn.exec();
                db.execute("CREATE TABLE t (k TEXT PRIMARY KEY)", &[])
                    .await
                    .unwrap();
                for i in 0..300 {
                    db.execute(
                        "INSERT INTO t (k) VALUES (?)",
                        &[Arg::from(format!("/tin-tức/{i}"))],
                    )
                    .await
                    .unwrap();
                }
                let doing = || "looking up".to_string();
                assert!(
                    fetch_in(&mut db, "SELECT k FROM t WHERE k", "?", &[], &doing)
                        .await
                        .unwrap()
                        .is_empty()
                );
                for n in 1..=PER_STATEMENT {
                    // Every third is in the table.
                    let values: Vec<String> = (0..n)
                        .map(|i| format!("/tin-tức/{}", i * 3 % 900))
                        .collect();
                    let rows = fetch_in(&mut db, "SELECT k FROM t WHERE k", "?", &values, &doing)
                        .await
                        .unwrap();
                    let mut got: Vec<String> = rows.iter().map(|r| r.text(0).unwrap()).collect();
                    got.sort();
                    let mut want: Vec<String> = values
                        .iter()
                        .filter(|v| v.rsplit('/').next().unwrap().parse::<usize>().unwrap() < 300)
                        .cloned()
                        .collect();
                    want.sort();
                    want.dedup();
                    assert_eq!(got, want, "{n} values");
                }
            }
            let Conn::Sqlite(c) = &mut conn else {
                unreachable!()
            };
            // 1, 2, 4, ... 256 and 500 values; the CREATE and the INSERT.
            assert!(
                c.cached_statements_size() <= 12,
                "{}",
                c.cached_statements_size()
            );
        });
    }
}
