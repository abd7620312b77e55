//! The loader on each backend: SQLite always; PostgreSQL and MySQL/MariaDB
//! when `PORTMIG_TEST_PG_URL` / `PORTMIG_TEST_MYSQL_URL` name a server
//! (each test makes its own database there and drops it). The same batches
//! give the same outcomes, the same audit chain and the same content on
//! every backend.

mod support;

use load::{
    BasisRow, Counts, DryRun, Quarantined, Record, RunInfo, RunStatus, SectionRow, Staged, Target,
};
use model::{
    Article, ArticleKind, ArticleMeta, ArticleStatus, Attachment, AttachmentRole, AttachmentStatus,
    AuditEvent, Category, Contributor, Entity, EventKind, LegalReference, OldLink, Provenance,
    SourceKey, Term, Vocabulary,
};
use support::{canonical, query, ScratchDb, Server};

fn cat_key(id: u32) -> SourceKey {
    SourceKey::new("nv4_vi_news", Entity::Category, id)
}

fn art_key(id: u32) -> SourceKey {
    SourceKey::new("nv4_vi_news", Entity::Article, id)
}

fn category(id: u32, parent: Option<u32>, section: &str) -> Category {
    Category {
        key: cat_key(id),
        parent: parent.map(cat_key),
        title: format!("Chuyên mục {id}"),
        alias: format!("Chuyen-muc-{id}"),
        enabled: !id.is_multiple_of(2),
        weight: id as i64,
        old_url: format!("/vi/news/chuyen-muc-{id}/"),
        section: Some(section.to_string()),
        old_urls: vec![
            format!("/news/chuyen-muc-{id}/"),
            format!("/index.php?language=vi&nv=news&op=chuyen-muc-{id}"),
        ],
    }
}

fn article(id: u32, cat: u32, section: &str) -> Article {
    let t = |s: &str| chrono::DateTime::parse_from_rfc3339(s).unwrap().to_utc();
    Article {
        key: art_key(id),
        kind: ArticleKind::News,
        title: format!("Hội nghị tổng kết năm 2023 ✅ số {id}"),
        // Every article has the same alias: slugs must be made unique.
        alias: "hoi-nghi-tong-ket".into(),
        summary: "Tóm tắt".into(),
        // Longer than MySQL's TEXT (64 KiB); article 1 links to article 2
        // and to one the dump does not have.
        body_html: format!(
            "<p>{}</p><p>Xem <a href=\"/vi/news/chuyen-muc/bai-2.html#doan-2\">bài 2</a> và \
             <a href=\"/index.php?language=vi&amp;nv=news&amp;op=chuyen-muc/bai-99\">bài đã \
             xoá</a>.</p>",
            "Nội dung bài viết. ".repeat(4000)
        ),
        body_text: "Nội dung".into(),
        author: "Nguyễn Văn A".into(),
        status: if id.is_multiple_of(2) {
            ArticleStatus::Draft
        } else {
            ArticleStatus::Published
        },
        added_at: Some(t("2023-03-15T08:00:00+07:00")),
        edited_at: None,
        published_at: Some(t("2023-03-15T09:30:00+07:00")),
        expires_at: None,
        category: Some(cat_key(cat)),
        categories: vec![cat_key(cat), cat_key(1), cat_key(cat)],
        home_image: format!("2023_03/anh-{id}.jpg"),
        // Longer than any index on MySQL allows: unique through its hash.
        old_url: format!(
            "/vi/news/chuyen-muc/{}-{id}.html",
            (0..200).map(|i| format!("{i:x}")).collect::<String>()
        ),
        section: section.into(),
        references: vec![LegalReference {
            kind: "QĐ".into(),
            number: Some("1234".into()),
            year: Some(2023),
            symbol: Some("1234/QĐ-UBND".into()),
            issuer_code: Some("UBND".into()),
            issuer: None,
            issued_on: Some("2023-03-15".into()),
            title: None,
        }],
        contributors: vec![Contributor {
            name: "Nguyên Hồng".into(),
            role: "text".into(),
            affiliation: None,
        }],
        source: String::new(),
        meta: ArticleMeta {
            topic: Some(term_key(Vocabulary::Topic, 1)),
            tags: vec![
                term_key(Vocabulary::Tag, 2),
                term_key(Vocabulary::Tag, 1),
                term_key(Vocabulary::Tag, 2),
            ],
            authors: vec![term_key(Vocabulary::Author, 1)],
            source: Some(term_key(Vocabulary::Source, 9)),
            source_text: "https://baotinh.vn/bai-goc".into(),
            posted_by: "bientap01".into(),
            external_link: id == 2,
            seo_title: format!("Hội nghị tổng kết số {id}"),
            seo_description: "Mô tả ngắn".into(),
            keywords: "hội nghị, tổng kết".into(),
            home_image_alt: "Ảnh hội nghị".into(),
        },
        document: None,
        attachments: attachments(id),
        // The last one is claimed by every article: the first keeps it.
        old_urls: vec![
            format!("/news/chuyen-muc/bai-{id}.html"),
            "/vi/news/trung-lap.html".into(),
        ],
        links: if id == 1 {
            vec![
                OldLink {
                    href: "/vi/news/chuyen-muc/bai-2.html#doan-2".into(),
                    target: art_key(2),
                },
                OldLink {
                    href: "/index.php?language=vi&nv=news&op=chuyen-muc/bai-99".into(),
                    target: art_key(99),
                },
            ]
        } else {
            Vec::new()
        },
    }
}

fn term_key(v: Vocabulary, id: u32) -> SourceKey {
    SourceKey::new("nv4_vi_news", v.entity(), id)
}

fn term(v: Vocabulary, id: u32, name: &str) -> Record {
    Record::Term(Term {
        key: term_key(v, id),
        vocabulary: v,
        name: name.into(),
        // Two tags share an alias: slugs must be made unique.
        alias: "chuyen-doi-so".into(),
        description: String::new(),
        image: String::new(),
        link: String::new(),
        account: String::new(),
        weight: id as i64,
        old_url: match v {
            Vocabulary::Source => String::new(),
            _ => format!("/vi/news/{}/chuyen-doi-so-{id}", v.as_str()),
        },
    })
}

fn terms() -> Vec<Staged> {
    [
        (Vocabulary::Topic, 1, "Chuyển đổi số"),
        (Vocabulary::Tag, 1, "chuyển đổi số"),
        (Vocabulary::Tag, 2, "Chuyển Đổi Số"),
        (Vocabulary::Author, 1, "Hà Giang"),
    ]
    .into_iter()
    .map(|(v, id, name)| staged(term(v, id, name)))
    .collect()
}

/// A stored home image (twice: written once), a missing inline image whose
/// old path is longer than any MySQL index, a listed file and a refused
/// reference.
fn attachments(id: u32) -> Vec<Attachment> {
    let sha = format!("{id:02x}{}", "ab".repeat(31));
    let home = Attachment {
        role: AttachmentRole::HomeImage,
        old_ref: format!("2023_03/anh-{id}.jpg"),
        old_path: format!("/uploads/news/2023_03/anh-{id}.jpg"),
        new_url: format!("/media/{}/{sha}.jpg", &sha[..2]),
        stored_path: Some(format!("{}/{sha}.jpg", &sha[..2])),
        sha256: Some(sha.clone()),
        size: Some(4_000_000_000 + u64::from(id)),
        mime: Some("image/jpeg".into()),
        status: AttachmentStatus::Stored,
    };
    let long = format!("/uploads/news/{}.png", "ảnh-rất-dài-".repeat(60));
    let not_stored = |role, old: &str, new: &str, status| Attachment {
        role,
        old_ref: old.into(),
        old_path: old.into(),
        new_url: new.into(),
        stored_path: None,
        sha256: None,
        size: None,
        mime: None,
        status,
    };
    vec![
        home.clone(),
        home,
        not_stored(
            AttachmentRole::Inline,
            &long,
            &long,
            AttachmentStatus::Missing,
        ),
        not_stored(
            AttachmentRole::File,
            "https://chinhphu.vn/files/nd-43.pdf",
            "https://chinhphu.vn/files/nd-43.pdf",
            AttachmentStatus::External,
        ),
        not_stored(
            AttachmentRole::Inline,
            "/uploads/news/../../../etc/passwd",
            "",
            AttachmentStatus::Refused,
        ),
    ]
}

fn staged(record: Record) -> Staged {
    let key = match &record {
        Record::Category(c) => c.key.clone(),
        Record::Article(a) => a.key.clone(),
        Record::Term(t) => t.key.clone(),
        Record::Quarantined(q) => q.key.clone(),
        Record::Skipped(k) => k.clone(),
    };
    Staged {
        record,
        events: vec![AuditEvent::item(
            EventKind::Extracted,
            &key,
            None,
            serde_json::json!({"note": "test"}),
        )],
    }
}

fn quarantined(id: u32) -> Record {
    Record::Quarantined(Quarantined {
        key: art_key(id),
        provenance: Provenance {
            file: "portal.sql".into(),
            byte: 1234,
            line: 56,
            table: "nv4_vi_news_rows".into(),
        },
        reason: "title: no Vietnamese reading at byte 3".into(),
        raw: vec![("title".into(), vec![0x54, 0x68, 0xff, 0xfe])],
    })
}

fn sections() -> Vec<SectionRow> {
    ["tin-tuc", "thong-bao"]
        .iter()
        .map(|s| SectionRow {
            slug: s.to_string(),
            parent: None,
            name: format!("Mục {s}"),
            name_en: Some(s.to_uppercase()),
            basis: if *s == "thong-bao" {
                vec![BasisRow {
                    decree: "42/2022".into(),
                    article: "Điều 4 khoản 1 điểm đ".into(),
                    confidence: "medium-high".into(),
                    note: Some("Thông báo, tin tức của cơ quan".into()),
                }]
            } else {
                vec![]
            },
            required: *s == "tin-tuc",
        })
        .collect()
}

/// One run of `batches` on `url`; returns the counts and the number of
/// events written.
async fn run(url: &str, batches: Vec<Vec<Staged>>) -> (Counts, usize) {
    let mut t = Target::connect(url).await.unwrap();
    let info = RunInfo {
        inputs: vec![],
        mapping_fingerprint: "test".into(),
        options: serde_json::json!({}),
    };
    let mut events = t.begin_run(&info).await.unwrap().len();
    t.sync_sections(&sections()).await.unwrap();
    let mut counts = Counts::default();
    for b in batches {
        let (c, sealed) = t.write_batch(&b).await.unwrap();
        counts.add(&c);
        events += sealed.len();
    }
    events += t.rewrite_links().await.unwrap().1.len();
    events += t
        .finish_run(RunStatus::Done, &counts, None)
        .await
        .unwrap()
        .len();
    t.close().await.unwrap();
    (counts, events)
}

fn first_batches() -> Vec<Vec<Staged>> {
    vec![
        terms(),
        vec![
            staged(Record::Category(category(1, None, "tin-tuc"))),
            staged(Record::Category(category(2, Some(1), "tin-tuc"))),
            staged(Record::Article(article(1, 2, "tin-tuc"))),
        ],
        vec![
            staged(Record::Article(article(2, 2, "tin-tuc"))),
            staged(quarantined(3)),
            staged(Record::Skipped(art_key(4))),
        ],
    ]
}

async fn count(url: &str, sql: &str) -> i64 {
    query(url, sql).await[0][0].parse().unwrap()
}

/// The whole scenario on one target; returns its canonical content.
async fn scenario(url: &str) -> Vec<Vec<String>> {
    // First run: everything new.
    let (c, mut events) = run(url, first_batches()).await;
    assert_eq!(
        (
            c.categories.inserted,
            c.articles.inserted,
            c.quarantined,
            c.skipped
        ),
        (2, 2, 1, 1),
        "{c:?}"
    );
    assert_eq!(c.terms.inserted, 4, "{c:?}");
    // Source 9 is not in the dump: the article is loaded without it.
    assert_eq!(
        count(url, "SELECT COUNT(*) FROM articles WHERE source_id IS NULL").await,
        2
    );
    // Listed twice, kept once, in first position.
    assert_eq!(
        query(
            url,
            "SELECT t.slug, at.position FROM article_tags at JOIN tags t ON t.id = at.tag_id \
             JOIN articles a ON a.id = at.article_id WHERE a.source_key = 'nv4_vi_news/article/1' \
             ORDER BY at.position"
        )
        .await,
        [["chuyen-doi-so-2", "0"], ["chuyen-doi-so", "1"]]
    );
    // Article 1's links: one to article 2, loaded after it, one to an
    // article that is not there.
    let body = query(
        url,
        "SELECT body_html FROM articles WHERE source_key = 'nv4_vi_news/article/1'",
    )
    .await;
    assert!(body[0][0].contains("<a href=\"/tin-tuc/hoi-nghi-tong-ket-2#doan-2\">bài 2</a>"));
    assert!(
        body[0][0].contains("href=\"/index.php?language=vi&amp;nv=news&amp;op=chuyen-muc/bai-99\"")
    );
    assert_eq!(
        query(
            url,
            "SELECT position, status, current_href FROM article_links ORDER BY position"
        )
        .await,
        [
            ["0", "rewritten", "/tin-tuc/hoi-nghi-tong-ket-2#doan-2"],
            [
                "1",
                "unresolved",
                "/index.php?language=vi&nv=news&op=chuyen-muc/bai-99"
            ],
        ]
    );
    assert_eq!(
        count(
            url,
            "SELECT COUNT(*) FROM audit_events WHERE kind = 'LINK_REWRITTEN'"
        )
        .await,
        1
    );
    assert_eq!(
        count(
            url,
            "SELECT COUNT(*) FROM audit_events WHERE kind = 'LINK_UNRESOLVED'"
        )
        .await,
        1
    );
    // The old URL both articles claim stays with the first, and the second
    // says so.
    shared_url_kept_by_article_1(url, 2).await;
    let slugs = query(url, "SELECT slug FROM articles").await;
    let mut slugs: Vec<&str> = slugs.iter().map(|r| r[0].as_str()).collect();
    slugs.sort();
    assert_eq!(slugs, ["hoi-nghi-tong-ket", "hoi-nghi-tong-ket-2"]);

    // Same input: nothing changes.
    let (c, n) = run(url, first_batches()).await;
    events += n;
    assert_eq!(
        (
            c.categories.unchanged,
            c.articles.unchanged,
            c.terms.unchanged
        ),
        (2, 2, 4),
        "{c:?}"
    );
    assert_eq!(c.categories.inserted + c.articles.inserted, 0, "{c:?}");
    assert_eq!(c.articles.updated + c.articles.moved, 0, "{c:?}");
    // Nothing to rewrite again: no new link event.
    assert_eq!(
        count(
            url,
            "SELECT COUNT(*) FROM audit_events WHERE kind LIKE 'LINK_%'"
        )
        .await,
        2
    );

    // Article 1 edited, article 2 mapped elsewhere, article 3 now readable.
    let mut edited = article(1, 2, "tin-tuc");
    edited.title.push_str(" (sửa)");
    edited.contributors.push(Contributor {
        name: "PV".into(),
        role: "photo".into(),
        affiliation: Some("Báo tỉnh".into()),
    });
    let (c, n) = run(
        url,
        vec![
            terms(),
            vec![
                staged(Record::Category(category(1, None, "tin-tuc"))),
                staged(Record::Category(category(2, Some(1), "thong-bao"))),
                staged(Record::Article(edited)),
                staged(Record::Article(article(2, 2, "thong-bao"))),
                staged(Record::Article(article(3, 1, "tin-tuc"))),
            ],
        ],
    )
    .await;
    events += n;
    assert_eq!(c.categories.moved, 1, "{c:?}");
    assert_eq!(
        (c.articles.updated, c.articles.moved, c.articles.inserted),
        (1, 1, 1),
        "{c:?}"
    );
    assert_eq!(count(url, "SELECT COUNT(*) FROM quarantine").await, 0);
    assert_eq!(count(url, "SELECT COUNT(*) FROM articles").await, 3);
    assert_eq!(
        count(url, "SELECT COUNT(*) FROM article_contributors").await,
        4
    );
    // Categories listed twice are kept once, in first position.
    assert_eq!(
        count(url, "SELECT COUNT(*) FROM article_categories").await,
        5
    );
    // Redirects: two categories (3 forms each), three articles (3 forms
    // each, one shared; following the move), the topic, two tags, the
    // author and the three stored home images.
    assert_eq!(
        count(url, "SELECT COUNT(*) FROM redirects").await,
        13 + 4 + 3
    );
    assert_eq!(
        query(
            url,
            "SELECT new_url FROM redirects WHERE old_url = '/uploads/news/2023_03/anh-2.jpg'"
        )
        .await,
        [[format!("/media/02/02{}.jpg", "ab".repeat(31))]]
    );
    // Every attachment once, any role, with what became of it.
    assert_eq!(count(url, "SELECT COUNT(*) FROM attachments").await, 12);
    assert_eq!(
        query(
            url,
            "SELECT t.status, t.size, t.mime, t.stored_path FROM attachments t \
             JOIN articles a ON a.id = t.article_id \
             WHERE a.source_key = 'nv4_vi_news/article/3' AND t.role = 'home_image'"
        )
        .await,
        [[
            "stored".to_string(),
            "4000000003".to_string(),
            "image/jpeg".to_string(),
            format!("03/03{}.jpg", "ab".repeat(31))
        ]]
    );
    assert_eq!(
        query(
            url,
            "SELECT new_url FROM redirects WHERE old_url = '/news/chuyen-muc/bai-2.html'"
        )
        .await,
        [["/thong-bao/hoi-nghi-tong-ket-2"]]
    );
    // Article 1 was written again (edited), with its old hrefs: its link
    // to the moved article 2 is rewritten to the new URL.
    let body = query(
        url,
        "SELECT body_html FROM articles WHERE source_key = 'nv4_vi_news/article/1'",
    )
    .await;
    assert!(body[0][0].contains("<a href=\"/thong-bao/hoi-nghi-tong-ket-2#doan-2\">bài 2</a>"));
    let moved = query(
        url,
        "SELECT r.new_url FROM redirects r JOIN articles a ON a.old_url = r.old_url \
         WHERE a.source_key = 'nv4_vi_news/article/2'",
    )
    .await;
    assert_eq!(moved, [["/thong-bao/hoi-nghi-tong-ket-2"]]);
    let moved_events = count(
        url,
        "SELECT COUNT(*) FROM audit_events WHERE kind = 'MOVED'",
    )
    .await;
    assert_eq!(moved_events, 2);

    // The audit log: every event, in order, chained.
    let mut t = Target::connect(url).await.unwrap();
    assert_eq!(t.verify_audit().await.unwrap(), events as u64);
    assert_eq!(
        count(url, "SELECT COUNT(*) FROM audit_events").await,
        events as i64
    );
    // Sections keep their legal basis; counts are per section.
    let sections = t.section_counts().await.unwrap();
    t.close().await.unwrap();
    assert_eq!(sections.len(), 2);
    for (got, want) in sections.iter().zip(self::sections()) {
        assert_eq!(got.section.slug, want.slug);
        assert_eq!(got.section.basis, want.basis);
        assert_eq!(got.section.required, want.required);
        let n = count(
            url,
            &format!(
                "SELECT COUNT(*) FROM articles WHERE section = '{}'",
                want.slug
            ),
        )
        .await;
        assert_eq!((got.own as i64, got.total as i64), (n, n), "{}", want.slug);
    }

    // A dry run that moves category 1: the move is reported, nothing stays.
    let content = canonical(url).await;
    let all_events = count(url, "SELECT COUNT(*) FROM audit_events").await;
    let mut t = Target::connect_dry_run(url).await.unwrap();
    assert_eq!(t.dry_run(), Some(DryRun::Existing));
    let info = RunInfo {
        inputs: vec![],
        mapping_fingerprint: "dry".into(),
        options: serde_json::json!({}),
    };
    t.begin_run(&info).await.unwrap();
    t.sync_sections(&self::sections()).await.unwrap();
    let (c, sealed) = t
        .write_batch(&[staged(Record::Category(category(1, None, "thong-bao")))])
        .await
        .unwrap();
    assert_eq!(c.categories.moved, 1, "{c:?}");
    let moved: Vec<&AuditEvent> = sealed
        .iter()
        .map(|e| &e.event)
        .filter(|e| e.kind == EventKind::Moved)
        .collect();
    assert_eq!(moved.len(), 1);
    assert_eq!(moved[0].data["from"], "tin-tuc");
    assert_eq!(moved[0].data["to"], "thong-bao");
    assert_eq!(moved[0].data["title"], "Chuyên mục 1");
    t.finish_run(RunStatus::Done, &c, None).await.unwrap();
    t.close().await.unwrap();
    assert_eq!(canonical(url).await, content);
    assert_eq!(
        count(url, "SELECT COUNT(*) FROM audit_events").await,
        all_events
    );

    content
}

fn block_on<T>(f: impl std::future::Future<Output = T>) -> T {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(f)
}

fn on_sqlite() -> Vec<Vec<String>> {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("t.db").display());
    block_on(scenario(&url))
}

fn on_server(server: Server) -> Option<Vec<Vec<String>>> {
    let db = ScratchDb::create(server)?;
    Some(block_on(scenario(&db.url)))
}

#[test]
fn sqlite() {
    on_sqlite();
}

#[test]
fn postgres() {
    on_server(Server::Postgres);
}

#[test]
fn mysql() {
    on_server(Server::MySql);
}

#[test]
fn every_backend_holds_the_same_content() {
    let reference = on_sqlite();
    for server in [Server::Postgres, Server::MySql] {
        if let Some(dump) = on_server(server) {
            assert_eq!(dump.len(), reference.len(), "{server:?}");
            for (a, b) in reference.iter().zip(&dump) {
                assert_eq!(a, b, "{server:?} differs from SQLite");
            }
        }
    }
}

#[test]
fn a_missing_database_is_an_error_without_the_password() {
    let Some(admin) = Server::Postgres.admin_url() else {
        return;
    };
    // The admin URL's server, as a user with a password.
    let url = support::with_database(&admin, "portmig_test_does_not_exist");
    let (scheme, rest) = url.split_once("://").unwrap();
    let host = rest.rsplit_once('@').map_or(rest, |(_, h)| h);
    let url = format!("{scheme}://nobody:s3cret@{host}");
    let err = match block_on(Target::connect(&url)) {
        Ok(_) => panic!("connected to a database that does not exist"),
        Err(e) => e.to_string(),
    };
    assert!(!err.contains("s3cret"), "{err}");
    // No such role: PostgreSQL refuses the user before looking for the
    // database.
    assert!(
        err.contains("authentication failed for user `nobody` on "),
        "{err}"
    );
}

/// An article twice in one batch (a dump holding a row twice): written
/// once, the second meeting finds it, as one at a time it would.
async fn twice_in_a_batch(url: &str) {
    let batch = vec![
        staged(Record::Category(category(1, None, "tin-tuc"))),
        staged(Record::Category(category(2, Some(1), "tin-tuc"))),
        staged(Record::Article(article(7, 2, "tin-tuc"))),
        staged(Record::Article(article(8, 2, "tin-tuc"))),
        staged(Record::Article(article(7, 2, "tin-tuc"))),
    ];
    let (c, _) = run(url, vec![batch]).await;
    assert_eq!((c.articles.inserted, c.articles.unchanged), (2, 1), "{c:?}");
    assert_eq!(count(url, "SELECT COUNT(*) FROM articles").await, 2);
    assert_eq!(
        count(url, "SELECT COUNT(*) FROM id_map WHERE entity = 'article'").await,
        2
    );
}

/// `test` on a new SQLite file, then on a scratch database of each server
/// the environment names.
fn on_each_backend<F: std::future::Future<Output = ()>>(test: impl Fn(String) -> F) {
    let dir = tempfile::tempdir().unwrap();
    block_on(test(format!(
        "sqlite://{}",
        dir.path().join("t.db").display()
    )));
    for server in [Server::Postgres, Server::MySql] {
        if let Some(db) = ScratchDb::create(server) {
            block_on(test(db.url.clone()));
        }
    }
}

#[test]
fn an_article_twice_in_one_batch_is_written_once() {
    on_each_backend(|url| async move { twice_in_a_batch(&url).await });
}

/// `/vi/news/trung-lap.html`, which every article claims, is article 1's,
/// and article `claimant`, the only other to claim it, was told.
async fn shared_url_kept_by_article_1(url: &str, claimant: u32) {
    assert_eq!(
        query(
            url,
            "SELECT source_key FROM redirects WHERE old_url = '/vi/news/trung-lap.html'"
        )
        .await,
        [["nv4_vi_news/article/1"]]
    );
    let warned = query(
        url,
        "SELECT source_key FROM audit_events WHERE kind = 'WARNING' AND event LIKE '%trung-lap%'",
    )
    .await;
    assert_eq!(warned, [[format!("nv4_vi_news/article/{claimant}")]]);
}

/// An old URL a run finds already redirected (by an earlier run) stays
/// with its holder, and the new claimant says so: the loader's filter of
/// the target's old URLs is read from the target, not only kept as it
/// writes.
async fn held_before_the_run(url: &str) {
    run(
        url,
        vec![vec![
            staged(Record::Category(category(1, None, "tin-tuc"))),
            staged(Record::Category(category(2, Some(1), "tin-tuc"))),
            staged(Record::Article(article(1, 2, "tin-tuc"))),
        ]],
    )
    .await;
    let (c, _) = run(
        url,
        vec![vec![staged(Record::Article(article(5, 2, "tin-tuc")))]],
    )
    .await;
    assert_eq!(c.articles.inserted, 1, "{c:?}");
    shared_url_kept_by_article_1(url, 5).await;
    // Its other old URLs are its.
    let own = query(
        url,
        "SELECT old_url FROM redirects WHERE source_key = 'nv4_vi_news/article/5'",
    )
    .await;
    assert!(
        own.iter().any(|r| r[0] == "/news/chuyen-muc/bai-5.html"),
        "{own:?}"
    );
    assert_eq!(own.len(), 3, "{own:?}");
}

#[test]
fn an_old_url_redirected_by_an_earlier_run_stays_with_its_holder() {
    on_each_backend(|url| async move { held_before_the_run(&url).await });
}
