//! Test support for the database servers: a scratch database per test,
//! dropped at the end even when the test fails, and reading any target's
//! rows as strings. Shared by this crate's tests and the workspace's
//! `tests/backends.rs` (which includes this file by path).
#![allow(dead_code)]

use sqlx::{Connection, Row, ValueRef};
use std::hash::{BuildHasher, Hasher};

/// A database server the tests can use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Server {
    Postgres,
    MySql,
}

impl Server {
    /// The variable naming the server's admin URL (CI sets both).
    pub fn env_var(self) -> &'static str {
        match self {
            Server::Postgres => "PORTMIG_TEST_PG_URL",
            Server::MySql => "PORTMIG_TEST_MYSQL_URL",
        }
    }

    /// The admin URL, or `None` (saying so) when the variable is unset.
    /// Under CI a missing variable fails the test instead: CI must never
    /// skip these silently.
    pub fn admin_url(self) -> Option<String> {
        match std::env::var(self.env_var()) {
            Ok(u) if !u.is_empty() => Some(u),
            _ if std::env::var_os("CI").is_some() => {
                panic!("{} is not set: CI must provide the server", self.env_var())
            }
            _ => {
                eprintln!("skipped: {} not set", self.env_var());
                None
            }
        }
    }
}

/// `url` naming the database `name` instead of its own (query kept).
pub fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let after_scheme = base.find("://").map_or(0, |i| i + 3);
    let host_end = base[after_scheme..]
        .find('/')
        .map_or(base.len(), |i| after_scheme + i);
    let mut out = format!("{}/{name}", &base[..host_end]);
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    out
}

fn random_name() -> String {
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default()
            .as_nanos(),
    );
    h.write_u32(std::process::id());
    format!("portmig_test_{:016x}", h.finish())
}

/// A database made for one test on a server; dropped with the value.
pub struct ScratchDb {
    /// The target URL of the new database.
    pub url: String,
    server: Server,
    admin_url: String,
    name: String,
}

impl ScratchDb {
    /// A new empty database on `server`, or `None` when the server's URL is
    /// not set (the test is then skipped).
    pub fn create(server: Server) -> Option<ScratchDb> {
        let admin_url = server.admin_url()?;
        let name = random_name();
        let sql = match server {
            Server::Postgres => {
                format!("CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'")
            }
            Server::MySql => {
                format!("CREATE DATABASE {name} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin")
            }
        };
        admin(server, &admin_url, &[sql]).unwrap_or_else(|e| {
            panic!(
                "cannot create a test database with {} ({}): {e}",
                server.env_var(),
                load::redact_url(&admin_url)
            )
        });
        Some(ScratchDb {
            url: with_database(&admin_url, &name),
            server,
            admin_url,
            name,
        })
    }
}

impl Drop for ScratchDb {
    fn drop(&mut self) {
        let name = &self.name;
        let sql = match self.server {
            // FORCE (PostgreSQL 13+) ends connections a failed test left.
            Server::Postgres => vec![format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")],
            Server::MySql => vec![format!("DROP DATABASE IF EXISTS {name}")],
        };
        if let Err(e) = admin(self.server, &self.admin_url, &sql) {
            eprintln!("could not drop test database {name}: {e}");
        }
    }
}

/// Runs statements on the admin connection, on a thread of its own (so that
/// this works inside or outside a runtime, from `Drop` too).
fn admin(server: Server, url: &str, sql: &[String]) -> Result<(), String> {
    let url = url.to_string();
    let sql = sql.to_vec();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| e.to_string())?;
        rt.block_on(async {
            match server {
                Server::Postgres => {
                    let mut c = sqlx::PgConnection::connect(&url)
                        .await
                        .map_err(|e| e.to_string())?;
                    for s in &sql {
                        sqlx::raw_sql(s)
                            .execute(&mut c)
                            .await
                            .map_err(|e| e.to_string())?;
                    }
                }
                Server::MySql => {
                    let mut c = sqlx::MySqlConnection::connect(&url)
                        .await
                        .map_err(|e| e.to_string())?;
                    for s in &sql {
                        sqlx::raw_sql(s)
                            .execute(&mut c)
                            .await
                            .map_err(|e| e.to_string())?;
                    }
                }
            }
            Ok(())
        })
    })
    .join()
    .map_err(|_| "the admin thread panicked".to_string())?
}

/// One cell as text: NULL as `NULL`, booleans as `1`/`0` (as SQLite stores
/// them), text whatever its column type (MySQL reports `utf8mb4_bin` text
/// as binary).
fn cell<'r, R>(r: &'r R, i: usize) -> String
where
    R: Row,
    usize: sqlx::ColumnIndex<R>,
    String: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    i64: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    i32: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    bool: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    f64: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    Vec<u8>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
{
    if r.try_get_raw(i).map(|v| v.is_null()).unwrap_or(false) {
        return "NULL".into();
    }
    r.try_get::<String, _>(i)
        .or_else(|_| r.try_get::<i64, _>(i).map(|v| v.to_string()))
        .or_else(|_| r.try_get::<i32, _>(i).map(|v| v.to_string()))
        .or_else(|_| r.try_get::<bool, _>(i).map(|v| (v as i64).to_string()))
        .or_else(|_| r.try_get::<f64, _>(i).map(|v| v.to_string()))
        .or_else(|_| {
            r.try_get::<Vec<u8>, _>(i)
                .map(|v| String::from_utf8(v).expect("text columns hold UTF-8"))
        })
        .unwrap_or_else(|e| panic!("column {i}: {e}"))
}

fn strings<R>(rows: &[R]) -> Vec<Vec<String>>
where
    R: Row,
    usize: sqlx::ColumnIndex<R>,
    for<'r> String: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'r> i64: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'r> i32: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'r> bool: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'r> f64: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'r> Vec<u8>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
{
    rows.iter()
        .map(|r| (0..r.columns().len()).map(|i| cell(r, i)).collect())
        .collect()
}

/// Every row of `sql` on the target `url` (any of the three), as strings.
pub async fn query(url: &str, sql: &str) -> Vec<Vec<String>> {
    let fail = |e: sqlx::Error| -> ! { panic!("{sql}: {e}") };
    match load::Dialect::from_url(url).expect("a known scheme") {
        load::Dialect::Sqlite => {
            let mut c = sqlx::SqliteConnection::connect(url)
                .await
                .unwrap_or_else(|e| fail(e));
            let rows = sqlx::query(sql)
                .fetch_all(&mut c)
                .await
                .unwrap_or_else(|e| fail(e));
            strings(&rows)
        }
        load::Dialect::Postgres => {
            let mut c = sqlx::PgConnection::connect(url)
                .await
                .unwrap_or_else(|e| fail(e));
            let rows = sqlx::query(sql)
                .fetch_all(&mut c)
                .await
                .unwrap_or_else(|e| fail(e));
            strings(&rows)
        }
        load::Dialect::MySql => {
            let mut c = sqlx::MySqlConnection::connect(url)
                .await
                .unwrap_or_else(|e| fail(e));
            let rows = sqlx::query(sql)
                .fetch_all(&mut c)
                .await
                .unwrap_or_else(|e| fail(e));
            strings(&rows)
        }
        d => panic!("no test support for {d:?}"),
    }
}

/// [`query`] from synchronous code.
pub fn query_blocking(url: &str, sql: &str) -> Vec<Vec<String>> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(query(url, sql))
}

/// The target's content without its ids, run ids and times: each table a
/// portal reads, rows sorted (in Rust, so that no collation decides), ids
/// replaced by the source keys they stand for. Equal on every backend for
/// the same input.
pub async fn canonical(url: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for sql in [
        "SELECT slug, parent, name, name_en, weight FROM sections",
        "SELECT c.source_key, p.source_key, c.slug, c.name, c.section, c.enabled, c.weight, c.old_url \
         FROM categories c LEFT JOIN categories p ON p.id = c.parent_id",
        "SELECT a.source_key, a.kind, a.title, a.slug, a.summary, a.body_html, a.body_text, a.author, \
         a.status, a.published_at, a.created_at, a.updated_at, a.expires_at, c.source_key, a.section, \
         a.home_image, a.old_url, a.new_url, a.source, tp.source_key, so.source_key, a.source_text, \
         a.posted_by, CASE WHEN a.external_link THEN 1 ELSE 0 END, a.seo_title, a.seo_description, \
         a.keywords, a.home_image_alt \
         FROM articles a LEFT JOIN categories c ON c.id = a.category_id \
         LEFT JOIN topics tp ON tp.id = a.topic_id LEFT JOIN sources so ON so.id = a.source_id",
        "SELECT source_key, name, slug, description, image, link, account, weight, old_url, new_url FROM topics",
        "SELECT source_key, name, slug, description, image, link, account, weight, old_url, new_url FROM tags",
        "SELECT source_key, name, slug, description, image, link, account, weight, old_url, new_url FROM sources",
        "SELECT source_key, name, slug, description, image, link, account, weight, old_url, new_url FROM authors",
        "SELECT a.source_key, t.source_key, x.position FROM article_tags x \
         JOIN articles a ON a.id = x.article_id JOIN tags t ON t.id = x.tag_id",
        "SELECT a.source_key, t.source_key, x.position FROM article_authors x \
         JOIN articles a ON a.id = x.article_id JOIN authors t ON t.id = x.author_id",
        "SELECT a.source_key, c.source_key, ac.position FROM article_categories ac \
         JOIN articles a ON a.id = ac.article_id JOIN categories c ON c.id = ac.category_id",
        "SELECT a.source_key, t.role, t.path, t.old_ref, t.stored_path, t.sha256, t.size, t.mime, t.status FROM attachments t JOIN articles a ON a.id = t.article_id",
        "SELECT a.source_key, r.position, r.kind, r.number, r.year, r.symbol, r.issuer_code, r.issuer, \
         r.issued_on, r.title FROM article_references r JOIN articles a ON a.id = r.article_id",
        "SELECT a.source_key, p.position, p.name, p.role, p.affiliation \
         FROM article_contributors p JOIN articles a ON a.id = p.article_id",
        "SELECT old_url, new_url, status, source_key FROM redirects",
        "SELECT a.source_key, l.position, l.old_href, l.target_key, l.current_href, l.status \
         FROM article_links l JOIN articles a ON a.id = l.article_id",
        "SELECT source_key, entity, content_hash, decision_hash FROM id_map",
        "SELECT source_key, reason, provenance, raw FROM quarantine",
        "SELECT status, counts FROM runs",
    ] {
        let mut rows = query(url, sql).await;
        rows.sort();
        out.push(vec![format!("-- {}", sql.split_whitespace().take(3).collect::<Vec<_>>().join(" "))]);
        out.extend(rows);
    }
    out
}
