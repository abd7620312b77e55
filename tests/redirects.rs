//! Old URLs on the NukeViet 4.5 sample: every form the old site answered
//! for every article and category is redirected to the new URL (a form two
//! items share stays with the first, with a WARNING), `portmig export
//! redirects` writes them as nginx, Apache and CSV, and body links to old
//! URLs are rewritten to the new URLs, again when a linked item moves.

mod common;
use common::*;

use extract::nukeviet::urls::{article_urls, category_urls};
use extract::nukeviet::Generation;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const OLD_SITE: &str = "https://tinhmau.example.gov.vn";

/// The sample copied into `dir` and migrated once, with the old site's
/// address; returns (dump, mapping, target).
fn migrated(dir: &Path) -> (PathBuf, PathBuf, PathBuf) {
    for f in ["portal.sql", "mapping.toml", "taxonomy.toml"] {
        std::fs::copy(sample(f), dir.join(f)).unwrap();
    }
    let p = (
        dir.join("portal.sql"),
        dir.join("mapping.toml"),
        dir.join("t.db"),
    );
    let o = run(&p.0, &p.1, &p.2, &["--old-base-url", OLD_SITE]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    p
}

/// `/vi/<module>/<cat>/<alias>-<id>.html` into its parts.
fn article_parts(old_url: &str) -> (String, String, String, String, i64) {
    let p: Vec<&str> = old_url.trim_matches('/').split('/').collect();
    let last = p[3].strip_suffix(".html").unwrap();
    let (alias, id) = last.rsplit_once('-').unwrap();
    (
        p[0].into(),
        p[1].into(),
        p[2].into(),
        alias.into(),
        id.parse().unwrap(),
    )
}

#[test]
fn every_old_url_form_redirects_to_the_new_url() {
    let dir = tempfile::tempdir().unwrap();
    let (_, _, db) = migrated(dir.path());
    let redirects: BTreeMap<String, (String, String)> =
        query(&db, "SELECT old_url, new_url, source_key FROM redirects")
            .into_iter()
            .map(|r| (r[0].clone(), (r[1].clone(), r[2].clone())))
            .collect();
    // Every form, with the item it belongs to and where it should go.
    let mut wanted: Vec<(String, String, String)> = Vec::new();
    for r in query(&db, "SELECT source_key, old_url, new_url FROM articles") {
        let (lang, module, cat, alias, id) = article_parts(&r[1]);
        let u = article_urls(
            &lang,
            &module,
            cat.as_bytes(),
            alias.as_bytes(),
            id,
            Generation::V4,
        );
        assert_eq!(u.canonical, r[1]);
        assert_eq!(u.alternates.len(), 11, "{}", r[0]);
        for f in std::iter::once(u.canonical).chain(u.alternates) {
            wanted.push((f, r[0].clone(), r[2].clone()));
        }
    }
    for r in query(
        &db,
        "SELECT source_key, old_url, section FROM categories WHERE section IS NOT NULL",
    ) {
        let p: Vec<&str> = r[1].trim_matches('/').split('/').collect();
        let u = category_urls(p[0], p[1], p[2].as_bytes(), Generation::V4);
        assert_eq!(u.canonical, r[1]);
        for f in std::iter::once(u.canonical).chain(u.alternates) {
            wanted.push((f, r[0].clone(), format!("/{}", r[2])));
        }
    }
    let mut shared = 0;
    for (form, key, new_url) in &wanted {
        let (to, owner) = redirects
            .get(form)
            .unwrap_or_else(|| panic!("{key}: no redirect for {form}"));
        if owner == key {
            assert_eq!(to, new_url, "{form}");
            continue;
        }
        // Claimed by two items: the first loaded keeps it, the other says so.
        shared += 1;
        assert!(wanted.iter().any(|(f, k, _)| f == form && k == owner));
        let warned = count(
            &db,
            &format!(
                "SELECT COUNT(*) FROM audit_events WHERE kind = 'WARNING' \
                 AND source_key = '{key}' AND event LIKE '%\"{form}\"%' \
                 AND event LIKE '%\"kept_by\":\"{owner}\"%'"
            ),
        );
        assert_eq!(warned, 1, "{key}: no WARNING for {form} kept by {owner}");
    }
    // `tuyen-dung` is a category of both modules: without the module
    // segment its URLs are the same.
    assert_eq!(
        shared, 4,
        "the sample's two `tuyen-dung` categories share 4 forms"
    );
    // Besides: one redirect per page of a topic, tag or author profile.
    let term_pages = count(
        &db,
        "SELECT (SELECT COUNT(*) FROM topics WHERE old_url <> '') \
         + (SELECT COUNT(*) FROM tags WHERE old_url <> '') \
         + (SELECT COUNT(*) FROM authors WHERE old_url <> '')",
    );
    assert_eq!(
        redirects.len() as i64,
        (wanted.len() - shared) as i64 + term_pages
    );
}

#[test]
fn export_writes_nginx_apache_and_csv() {
    let dir = tempfile::tempdir().unwrap();
    let (_, _, db) = migrated(dir.path());
    let target = format!("sqlite://{}", db.display());
    let n = count(&db, "SELECT COUNT(*) FROM redirects") as usize;
    let (old, new) = {
        let r = query(
            &db,
            "SELECT old_url, new_url FROM articles WHERE source_key = 'nv4_vi_news/article/1'",
        );
        (r[0][0].clone(), r[0][1].clone())
    };
    let export = |format: &str| {
        let out = dir.path().join(format!("redirects.{format}"));
        let o = portmig(
            &[
                "export",
                "redirects",
                "--format",
                format,
                "--target",
                &target,
                "-o",
                out.to_str().unwrap(),
            ],
            dir.path(),
        );
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        std::fs::read_to_string(out).unwrap()
    };

    let csv = export("csv");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "old_url,new_url,status,source_key");
    assert_eq!(lines.len(), n + 1);
    assert!(lines.contains(&format!("{old},{new},301,nv4_vi_news/article/1").as_str()));

    let nginx = export("nginx");
    assert!(nginx.contains("map $request_uri $portmig_redirect {"));
    assert!(nginx.contains(&format!("    \"{old}\" \"{new}\";\n")));
    assert_eq!(nginx.matches(" \"/").count(), 2 * n);

    let apache = export("apache");
    let pattern = old.trim_start_matches('/').replace('.', "\\.");
    assert!(apache.contains(&format!(
        "RewriteRule ^/?{pattern}$ {new} [R=301,L,NE,QSD]\n"
    )));
    assert!(apache
        .contains("RewriteCond %{QUERY_STRING} ^language=vi&nv=tin-tuc&op=hoat-dong-cua-ubnd/"));
    assert_eq!(apache.matches("RewriteRule ").count(), n);

    // The same through standard output, and the target from PORTMIG_TARGET.
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_portmig"))
        .args(["export", "redirects", "--format", "csv"])
        .env("PORTMIG_TARGET", &target)
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), csv);

    // A target that does not exist is an error, not an empty export.
    let o = portmig(
        &[
            "export",
            "redirects",
            "--format",
            "csv",
            "--target",
            "sqlite://nowhere.db",
        ],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no such database"), "{}", stderr(&o));
    assert!(!dir.path().join("nowhere.db").exists());

    nginx_accepts(dir.path(), &dir.path().join("redirects.nginx"));
}

/// `nginx -t` on a configuration that includes the map, when nginx is
/// installed.
fn nginx_accepts(dir: &Path, map: &Path) {
    let Ok(v) = std::process::Command::new("nginx").arg("-v").output() else {
        eprintln!(
            "skipped: nginx is not installed, the generated map was not checked by `nginx -t`"
        );
        return;
    };
    assert!(v.status.success());
    let conf = dir.join("nginx.conf");
    std::fs::write(
        &conf,
        format!(
            "error_log {dir}/error.log;\npid {dir}/nginx.pid;\nevents {{}}\nhttp {{\n\
             include {map};\n\
             server {{\n  listen 127.0.0.1:18089;\n  \
             if ($portmig_redirect) {{ return 301 $portmig_redirect; }}\n}}\n}}\n",
            dir = dir.display(),
            map = map.display()
        ),
    )
    .unwrap();
    let o = std::process::Command::new("nginx")
        .args([
            "-t",
            "-p",
            dir.to_str().unwrap(),
            "-c",
            conf.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "nginx -t: {}", stderr(&o));
}

/// The hrefs the body of `key` holds, as written (`&amp;` escaped).
fn body(db: &Path, key: &str) -> String {
    query(
        db,
        &format!("SELECT body_html FROM articles WHERE source_key = '{key}'"),
    )[0][0]
        .clone()
}

fn new_url_of(db: &Path, target: &str) -> String {
    if target.contains("/category/") {
        let s = query(
            db,
            &format!("SELECT section FROM categories WHERE source_key = '{target}'"),
        );
        format!("/{}", s[0][0])
    } else {
        query(
            db,
            &format!("SELECT new_url FROM articles WHERE source_key = '{target}'"),
        )[0][0]
            .clone()
    }
}

fn attr(href: &str) -> String {
    format!("href=\"{}\"", href.replace('&', "&amp;"))
}

#[test]
fn body_links_point_at_the_new_urls_and_follow_moves() {
    let exp = expected_of("nukeviet45");
    let dir = tempfile::tempdir().unwrap();
    let (dump, mapping, db) = migrated(dir.path());

    let mut all = 0;
    let mut forms = std::collections::BTreeSet::new();
    for (k, a) in exp["articles"].as_object().unwrap() {
        let key = key(&exp, k, "article");
        let b = body(&db, &key);
        for l in a["body_links"].as_array().unwrap() {
            all += 1;
            forms.insert(l["form"].as_str().unwrap().to_string());
            let href = l["href"].as_str().unwrap();
            let target = l["target"].as_str().unwrap();
            if l["exists"].as_bool().unwrap() {
                let new = new_url_of(&db, target);
                assert!(b.contains(&attr(&new)), "{key}: no link to {new}:\n{b}");
                assert!(!b.contains(&attr(href)), "{key}: {href} left:\n{b}");
                assert_eq!(
                    count(&db, &format!("SELECT COUNT(*) FROM audit_events WHERE kind = 'LINK_REWRITTEN' AND source_key = '{key}' AND event LIKE '%\"to\":\"{new}\"%'")),
                    1,
                    "{key} -> {target}"
                );
            } else {
                assert!(b.contains(&attr(href)), "{key}: {href} changed:\n{b}");
                assert_eq!(
                    count(&db, &format!("SELECT COUNT(*) FROM audit_events WHERE kind = 'LINK_UNRESOLVED' AND source_key = '{key}' AND event LIKE '%{target}%'")),
                    1,
                    "{key} -> {target}"
                );
            }
        }
    }
    // The sample has each kind of link: a later article, an earlier one,
    // own-domain absolute, relative, the query-string form, a category,
    // an id that does not exist.
    for f in ["url", "absolute", "rel", "qurl", "caturl", "gone"] {
        assert!(forms.contains(f), "the sample has no `{f}` link");
    }
    assert_eq!(count(&db, "SELECT COUNT(*) FROM article_links"), all);
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM article_links WHERE status = 'unresolved'"
        ),
        1
    );

    // A re-run with nothing changed writes nothing: no link event.
    let events = count(
        &db,
        "SELECT COUNT(*) FROM audit_events WHERE kind LIKE 'LINK_%'",
    );
    let o = run(&dump, &mapping, &db, &["--old-base-url", OLD_SITE]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM audit_events WHERE kind LIKE 'LINK_%'"
        ),
        events
    );

    // The mapping sends `kinh-te-xa-hoi` elsewhere: article 2 (linked from
    // article 1) and category 8 (linked from article 3, itself in it) move.
    // Article 1 is unchanged: only its link is rewritten. Article 3 is
    // written again with its old hrefs, and its links rewritten again.
    let before = new_url_of(&db, "nv4_vi_news/article/2");
    let text = std::fs::read_to_string(&mapping).unwrap();
    let edited = text.replace(
        "category_alias = \"kinh-te-xa-hoi\"\nsection = \"tin-tuc-su-kien\"",
        "category_alias = \"kinh-te-xa-hoi\"\nsection = \"chi-dao-dieu-hanh\"",
    );
    assert_ne!(edited, text);
    std::fs::write(&mapping, edited).unwrap();
    let o = run(
        &dump,
        &mapping,
        &db,
        &["--old-base-url", OLD_SITE, "--json"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let after = new_url_of(&db, "nv4_vi_news/article/2");
    assert!(after.starts_with("/chi-dao-dieu-hanh/"), "{after}");
    assert_ne!(before, after);
    let run_id = out["run_id"].as_i64().unwrap();
    assert_eq!(
        count(&db, &format!("SELECT COUNT(*) FROM audit_events WHERE run_id = {run_id} AND kind = 'UNCHANGED' AND source_key = 'nv4_vi_news/article/1'")),
        1
    );
    assert_eq!(
        count(&db, &format!("SELECT COUNT(*) FROM audit_events WHERE run_id = {run_id} AND kind = 'MOVED' AND source_key = 'nv4_vi_news/article/3'")),
        1
    );
    let b1 = body(&db, "nv4_vi_news/article/1");
    assert!(b1.contains(&attr(&after)), "{b1}");
    assert!(!b1.contains(&attr(&before)), "{b1}");
    let b3 = body(&db, "nv4_vi_news/article/3");
    assert!(b3.contains(&attr("/chi-dao-dieu-hanh")), "{b3}");
    assert_eq!(
        count(&db, &format!("SELECT COUNT(*) FROM audit_events WHERE run_id = {run_id} AND kind = 'LINK_REWRITTEN'")),
        2
    );
    assert_eq!(out["links"]["rewritten"], 2, "{out:#}");
    assert_eq!(
        query(&db, "SELECT current_href FROM article_links l JOIN articles a ON a.id = l.article_id WHERE a.source_key = 'nv4_vi_news/article/1'"),
        [[after]]
    );
    // Article 3's link to the missing article is reported again: its body
    // was written again.
    assert_eq!(
        count(&db, &format!("SELECT COUNT(*) FROM audit_events WHERE run_id = {run_id} AND kind = 'LINK_UNRESOLVED'")),
        1
    );
    // The link events are on the audit chain like every other.
    let verified = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(async {
            let mut t = load::Target::connect(&format!("sqlite://{}", db.display()))
                .await
                .unwrap();
            let n = t.verify_audit().await.unwrap();
            t.close().await.unwrap();
            n
        });
    assert_eq!(
        verified as i64,
        count(&db, "SELECT COUNT(*) FROM audit_events")
    );
}
