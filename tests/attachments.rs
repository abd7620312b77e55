//! `portmig run --uploads` on the bundled sample: the files articles refer
//! to are copied once, under content-addressed names, with sha256, size and
//! MIME in the target; bodies and home images point at the copies; missing
//! files and unsafe references are logged with the article that refers to
//! them, and nothing outside the uploads folder is read; a re-run copies
//! nothing, and a file added between runs updates its article.

mod common;
use common::*;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const SECRET: &[u8] = "Tài liệu mật: không được sao chép".as_bytes();

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let dest = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &dest);
        } else {
            std::fs::copy(e.path(), dest).unwrap();
        }
    }
}

fn files_under(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let Ok(rd) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(files_under(&p));
        } else {
            out.insert(p.clone(), std::fs::read(&p).unwrap());
        }
    }
    out
}

/// A copy of the sample's uploads folder in `dir`, with two symlinks the
/// sample names but does not have: one to a file inside the folder, one to
/// a secret outside it.
#[cfg(unix)]
fn uploads_copy(dir: &Path) -> PathBuf {
    let uploads = dir.join("uploads");
    copy_dir(&sample("uploads"), &uploads);
    let secret = dir.join("ngoai").join("mat-khau.pdf");
    std::fs::create_dir_all(secret.parent().unwrap()).unwrap();
    std::fs::write(&secret, SECRET).unwrap();
    let d = uploads.join("news/2021_11");
    std::fs::create_dir_all(&d).unwrap();
    std::os::unix::fs::symlink("../2023_03/anh.jpg", d.join("trao-hoc-bong.jpg")).unwrap();
    std::os::unix::fs::symlink(&secret, d.join("danh-sach.pdf")).unwrap();
    uploads
}

fn run_uploads(db: &Path, uploads: &Path, extra: &[&str]) -> Value {
    let exp = expected_of("nukeviet45");
    let mut args = vec![
        "--uploads",
        uploads.to_str().unwrap(),
        "--old-base-url",
        exp["uploads"]["old_base_url"].as_str().unwrap(),
        "--json",
    ];
    args.extend_from_slice(extra);
    let o = run(&sample("portal.sql"), &sample("mapping.toml"), db, &args);
    assert_eq!(o.status.code(), Some(0), "{}\n{}", stdout(&o), stderr(&o));
    serde_json::from_str(&stdout(&o)).unwrap()
}

fn body(db: &Path, key: &str) -> (String, String) {
    let r = query(
        db,
        &format!("SELECT body_html, home_image FROM articles WHERE source_key = '{key}'"),
    );
    (r[0][0].clone(), r[0][1].clone())
}

fn events(db: &Path) -> Vec<audit::SealedEvent> {
    let log = db.with_extension("audit.jsonl");
    let ev = audit::read_jsonl(&log).unwrap();
    assert!(audit::verify(ev.clone()).is_ok());
    ev
}

#[cfg(unix)]
#[test]
fn files_are_copied_once_and_references_point_at_the_copies() {
    let exp = expected_of("nukeviet45");
    let up = &exp["uploads"];
    let dir = tempfile::tempdir().unwrap();
    let uploads = uploads_copy(dir.path());
    let db = dir.path().join("t.db");
    let media = dir.path().join("media");
    let out = run_uploads(&db, &uploads, &[]);

    // What each reference became: as the generator says, except the two
    // names this test made symlinks (inside: stored; outside: refused).
    let files = up["files"].as_object().unwrap();
    let mut successes = 0u64;
    for a in up["attachments"].as_array().unwrap() {
        let k = key(&exp, a["article"].as_str().unwrap(), "article");
        let reference = a["reference"].as_str().unwrap();
        let (status, file, refusal) = match reference {
            "/uploads/news/2021_11/trao-hoc-bong.jpg" => {
                ("stored", Some("news/2023_03/anh.jpg"), None)
            }
            "/uploads/news/2021_11/danh-sach.pdf" => ("refused", None, Some("symlink_outside")),
            _ => (
                a["status"].as_str().unwrap(),
                a["file"].as_str(),
                a["refusal"].as_str(),
            ),
        };
        let rows = query(
            &db,
            &format!(
                "SELECT t.status, t.sha256, t.size, t.mime, t.stored_path, t.path FROM attachments t \
                 JOIN articles a ON a.id = t.article_id \
                 WHERE a.source_key = '{k}' AND t.role = '{}' AND t.old_ref = '{reference}'",
                a["role"].as_str().unwrap()
            ),
        );
        assert_eq!(rows.len(), 1, "{k} {reference}: {rows:?}");
        let r = &rows[0];
        assert_eq!(r[0], status, "{k} {reference}");
        if status == "stored" {
            successes += 1;
            let f = &files[file.unwrap()];
            assert_eq!(r[1], f["sha256"].as_str().unwrap(), "{k} {reference}");
            assert_eq!(r[2], f["size"].to_string(), "{k} {reference}");
            assert_eq!(r[3], f["mime"].as_str().unwrap(), "{k} {reference}");
            assert_eq!(r[4], f["stored_as"].as_str().unwrap(), "{k} {reference}");
            let copy = std::fs::read(media.join(&r[4])).unwrap();
            assert_eq!(
                copy,
                std::fs::read(sample("uploads").join(file.unwrap())).unwrap()
            );
        } else {
            assert_eq!(r[1], "NULL", "{k} {reference}");
        }
        if let Some(code) = refusal {
            let ev = events(&db);
            assert!(
                ev.iter().any(|e| e.event.kind.as_str() == "REFUSED_PATH"
                    && e.event.key.as_ref().map(|k| k.to_string()).as_deref() == Some(&k)
                    && e.event.data["code"] == code
                    && e.event.data["reference"] == reference),
                "no REFUSED_PATH {code} for {k} {reference}"
            );
        }
    }

    // Each distinct content once, nothing else in the media folder; the
    // secret behind the outside symlink was never copied.
    let stored = files_under(&media);
    let distinct = up["distinct_files"].as_u64().unwrap();
    assert_eq!(stored.len() as u64, distinct, "{:?}", stored.keys());
    assert!(stored.values().all(|c| c != SECRET));
    assert!(stored
        .keys()
        .all(|p| !p.file_name().unwrap().to_string_lossy().starts_with('.')));
    let m = &out["media"];
    assert_eq!(m["stored"], distinct, "{out:#}");
    assert_eq!(m["reused"], successes - distinct, "{out:#}");
    assert_eq!(m["missing"], 2, "{out:#}");
    assert_eq!(m["refused"], 3, "{out:#}");

    // Bodies and home images point at the copies; links to pages stay.
    let anh = format!(
        "/media/{}",
        files["news/2023_03/anh.jpg"]["stored_as"].as_str().unwrap()
    );
    let (b1, h1) = body(&db, &key(&exp, "tin-tuc/1", "article"));
    assert!(b1.contains(&format!("src=\"{anh}\"")), "{b1}");
    assert!(!b1.contains("/uploads/"), "{b1}");
    // The link to another article is not a file: the link rewriter, not
    // the file collector, gave it the article's new URL.
    let other = query(
        &db,
        &format!(
            "SELECT new_url FROM articles WHERE source_key = '{}'",
            key(&exp, "tin-tuc/2", "article")
        ),
    );
    assert!(
        b1.contains(&format!("href=\"{}\"", other[0][0])),
        "the link to another article goes to its new URL: {b1}"
    );
    assert_eq!(
        h1,
        format!(
            "/media/{}",
            files["news/2023_03/hop-ubnd-thang-3.jpg"]["stored_as"]
                .as_str()
                .unwrap()
        )
    );
    let (b2, h2) = body(&db, &key(&exp, "tin-tuc/2", "article"));
    assert!(b2.contains(&format!("src=\"{anh}\"")), "{b2}");
    assert!(!b2.contains("NV_BASE_SITEURL"), "{b2}");
    assert_eq!(
        h2, "/uploads/news/2023_04/toan-canh-kcn.jpg",
        "missing: old path"
    );
    let (b4, _) = body(&db, &key(&exp, "tin-tuc/4", "article"));
    assert!(!b4.contains("tinhmau.example.gov.vn"), "{b4}");
    assert!(b4.contains("youtube.com/embed"), "{b4}");
    let (b8, _) = body(&db, &key(&exp, "tin-tuc/8", "article"));
    assert!(b8.contains("/media/") && !b8.contains("so%20do"), "{b8}");
    let (b15, _) = body(&db, &key(&exp, "tin-tuc/15", "article"));
    // Its links to articles (`index.php?language=vi...`, the old domain's
    // absolute URL) are pages, not files: the link rewriter gave them the
    // articles' new URLs, nothing went to the media folder.
    assert!(!b15.contains("/media/"), "{b15}");
    assert!(!b15.contains("index.php?language=vi"), "{b15}");
    assert!(!b15.contains("https://tinhmau.example.gov.vn/vi/"), "{b15}");
    let (_, h13) = body(&db, &key(&exp, "tin-tuc/13", "article"));
    assert_eq!(h13, "/etc/passwd", "a refused home image is kept as found");

    // A redirect from each stored file's old URL.
    assert_eq!(
        query(
            &db,
            "SELECT new_url FROM redirects WHERE old_url = '/uploads/news/2023_03/anh.jpg'"
        ),
        [[anh.clone()]]
    );
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM redirects WHERE old_url = '/uploads/news/2023_11/so%20do%20to%20chuc.png'"
        ),
        1
    );

    // The missing file is logged with the article that refers to it.
    let k2 = key(&exp, "tin-tuc/2", "article");
    let ev = events(&db);
    let missing = ev
        .iter()
        .find(|e| {
            e.event.kind.as_str() == "MISSING_FILE"
                && e.event.key.as_ref().map(|k| k.to_string()) == Some(k2.clone())
        })
        .expect("MISSING_FILE for tin-tuc/2");
    assert_eq!(
        missing.event.data["path"],
        "/uploads/news/2023_04/toan-canh-kcn.jpg"
    );
    assert_eq!(missing.event.data["role"], "home_image");
    let text = stdout(&run(
        &sample("portal.sql"),
        &sample("mapping.toml"),
        &dir.path().join("summary.db"),
        &["--uploads", uploads.to_str().unwrap()],
    ));
    assert!(
        text.contains("files       0 stored, ")
            && text.contains(" missing, ")
            && text.contains(" refused"),
        "{text}"
    );

    // Re-run: nothing copied, nothing changed.
    let before = canonical(&db);
    let mtimes: Vec<_> = stored
        .keys()
        .map(|p| std::fs::metadata(p).unwrap().modified().unwrap())
        .collect();
    let again = run_uploads(&db, &uploads, &[]);
    assert_eq!(again["media"]["stored"], 0, "{again:#}");
    assert_eq!(
        again["counts"]["articles"]["unchanged"], exp["articles_loaded"],
        "{again:#}"
    );
    assert_eq!(canonical(&db), before);
    let after = files_under(&media);
    assert_eq!(after, stored);
    let mtimes_after: Vec<_> = after
        .keys()
        .map(|p| std::fs::metadata(p).unwrap().modified().unwrap())
        .collect();
    assert_eq!(mtimes, mtimes_after);

    // The missing home image turns up: stored, its article UPDATED.
    let new_jpeg = std::fs::read(uploads.join("news/2023_03/anh.jpg"))
        .unwrap()
        .iter()
        .map(|&b| if b == b'q' { b'Q' } else { b })
        .collect::<Vec<u8>>();
    std::fs::create_dir_all(uploads.join("news/2023_04")).unwrap();
    std::fs::write(uploads.join("news/2023_04/toan-canh-kcn.jpg"), &new_jpeg).unwrap();
    let third = run_uploads(&db, &uploads, &[]);
    assert_eq!(third["media"]["stored"], 1, "{third:#}");
    assert_eq!(third["counts"]["articles"]["updated"], 1, "{third:#}");
    let run_id = third["run_id"].as_i64().unwrap();
    assert_eq!(
        query(
            &db,
            &format!(
                "SELECT source_key FROM audit_events WHERE kind = 'UPDATED' AND run_id = {run_id}"
            )
        ),
        [[k2.clone()]]
    );
    let (_, h2) = body(&db, &k2);
    assert!(h2.starts_with("/media/"), "{h2}");
    assert_eq!(
        query(
            &db,
            &format!(
                "SELECT t.status, t.mime FROM attachments t JOIN articles a ON a.id = t.article_id \
                 WHERE a.source_key = '{k2}' AND t.role = 'home_image'"
            )
        ),
        [["stored", "image/jpeg"]]
    );
}

#[cfg(unix)]
#[test]
fn the_thread_count_does_not_change_files_or_counts() {
    let dir = tempfile::tempdir().unwrap();
    let uploads = uploads_copy(dir.path());
    let mut seen = Vec::new();
    for threads in ["1", "4"] {
        let sub = dir.path().join(format!("t{threads}"));
        std::fs::create_dir_all(&sub).unwrap();
        let db = sub.join("t.db");
        let out = run_uploads(&db, &uploads, &["--threads", threads, "--batch-size", "3"]);
        let names: Vec<PathBuf> = files_under(&sub.join("media"))
            .into_keys()
            .map(|p| p.strip_prefix(&sub).unwrap().to_path_buf())
            .collect();
        seen.push((canonical(&db), out["media"].clone(), names));
    }
    assert_eq!(seen[0], seen[1]);
}

#[test]
fn without_uploads_references_are_only_normalised() {
    let exp = expected_of("nukeviet45");
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let o = run(
        &sample("portal.sql"),
        &sample("mapping.toml"),
        &db,
        &[
            "--old-base-url",
            exp["uploads"]["old_base_url"].as_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("not copied (no --uploads)"),
        "{}",
        stdout(&o)
    );
    assert!(!dir.path().join("media").exists());
    let (b2, _) = body(&db, &key(&exp, "tin-tuc/2", "article"));
    assert!(b2.contains("src=\"/uploads/news/2023_03/anh.jpg\""), "{b2}");
    let (b4, _) = body(&db, &key(&exp, "tin-tuc/4", "article"));
    assert!(
        b4.contains("src=\"/uploads/news/2023_09/khai-giang.jpg\""),
        "{b4}"
    );
    let (b3, _) = body(&db, &key(&exp, "tin-tuc/3", "article"));
    assert!(
        b3.contains("src=\"/uploads/news/2023_05/dong-lua.jpg\""),
        "{b3}"
    );
    let statuses = query(
        &db,
        "SELECT status, COUNT(*) FROM attachments GROUP BY status ORDER BY status",
    );
    assert_eq!(
        statuses,
        [["external", "1"], ["linked", "16"], ["refused", "2"]],
        "{statuses:?}"
    );
    let ev = events(&db);
    assert_eq!(
        ev.iter()
            .filter(|e| e.event.kind.as_str() == "REFUSED_PATH")
            .count(),
        2
    );
    assert!(!ev.iter().any(|e| e.event.kind.as_str() == "MISSING_FILE"));
}

#[test]
fn a_server_target_needs_a_media_folder() {
    let dir = tempfile::tempdir().unwrap();
    let o = portmig(
        &[
            "run",
            "--source",
            sample("portal.sql").to_str().unwrap(),
            "--mapping",
            sample("mapping.toml").to_str().unwrap(),
            "--target",
            "postgres://portal@127.0.0.1:9/portal",
            "--uploads",
            sample("uploads").to_str().unwrap(),
        ],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--media-dir"), "{}", stderr(&o));
    let help = stdout(&portmig(&["run", "--help"], dir.path()));
    assert!(
        help.contains("--uploads") && help.contains("--old-base-url https://"),
        "{help}"
    );
}
