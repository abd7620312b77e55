//! Legal documents on each backend: the `documents` row, the files as
//! `attachments` (role `file`), re-runs unchanged, a changed signer
//! `UPDATED`. PostgreSQL and MySQL/MariaDB when their URLs are set (see
//! backends.rs).

mod support;

use chrono::NaiveDate;
use load::{Counts, Record, RunInfo, RunStatus, SectionRow, Staged, Target};
use model::{
    Article, ArticleKind, ArticleStatus, Attachment, AttachmentRole, AttachmentStatus,
    DocumentInfo, Entity, SourceKey,
};
use support::{query, ScratchDb, Server};

fn document(signer: &str) -> Article {
    let key = SourceKey::new("nv4_vi_laws", Entity::Document, 7);
    Article {
        key,
        kind: ArticleKind::Document,
        title: "Quyết định phê duyệt kế hoạch chuyển đổi số năm 2024".into(),
        alias: "quyet-dinh-phe-duyet-ke-hoach-7".into(),
        summary: "Phê duyệt kế hoạch chuyển đổi số".into(),
        body_html: "<p>Điều 1. Phê duyệt kế hoạch.</p>".into(),
        body_text: "Điều 1. Phê duyệt kế hoạch.".into(),
        author: String::new(),
        status: ArticleStatus::Published,
        added_at: None,
        edited_at: None,
        published_at: None,
        expires_at: None,
        category: None,
        categories: vec![],
        home_image: String::new(),
        old_url: "/vi/van-ban/detail/quyet-dinh-phe-duyet-ke-hoach-7/".into(),
        section: "van-ban".into(),
        references: vec![],
        contributors: vec![],
        source: String::new(),
        meta: Default::default(),
        document: Some(DocumentInfo {
            symbol: "125/QĐ-UBND".into(),
            doc_type: "Quyết định".into(),
            issuer: "UBND tỉnh".into(),
            signer: signer.into(),
            examiner: String::new(),
            issued_on: NaiveDate::from_ymd_opt(2024, 3, 15),
            effective_from: NaiveDate::from_ymd_opt(2024, 4, 1),
            expires_on: None,
            summary: "Phê duyệt kế hoạch chuyển đổi số".into(),
            fields: vec!["Giáo dục".into(), "Y tế".into()],
            subjects: vec!["UBND tỉnh".into()],
            files: vec![
                "/uploads/van-ban/2024_03/qd-125.pdf".into(),
                "/uploads/van-ban/2024_03/qd-125.pdf".into(),
                "https://vanban.example.gov.vn/qd-125.doc".into(),
            ],
        }),
        old_urls: vec!["/van-ban/detail/quyet-dinh-phe-duyet-ke-hoach-7/".into()],
        links: Vec::new(),
        // The pipeline makes one attachment per listed file.
        attachments: [
            (
                "/uploads/van-ban/2024_03/qd-125.pdf",
                AttachmentStatus::Linked,
            ),
            (
                "/uploads/van-ban/2024_03/qd-125.pdf",
                AttachmentStatus::Linked,
            ),
            (
                "https://vanban.example.gov.vn/qd-125.doc",
                AttachmentStatus::External,
            ),
        ]
        .into_iter()
        .map(|(path, status)| Attachment {
            role: AttachmentRole::File,
            old_ref: path.into(),
            old_path: path.into(),
            new_url: path.into(),
            stored_path: None,
            sha256: None,
            size: None,
            mime: None,
            status,
        })
        .collect(),
    }
}

async fn run(url: &str, a: Article) -> Counts {
    let mut t = Target::connect(url).await.unwrap();
    let info = RunInfo {
        inputs: vec![],
        mapping_fingerprint: "test".into(),
        options: serde_json::json!({}),
    };
    t.begin_run(&info).await.unwrap();
    t.sync_sections(&[SectionRow {
        slug: "van-ban".into(),
        parent: None,
        name: "Văn bản".into(),
        name_en: None,
        ..Default::default()
    }])
    .await
    .unwrap();
    let (c, _) = t
        .write_batch(&[Staged {
            record: Record::Article(a),
            events: vec![],
        }])
        .await
        .unwrap();
    t.finish_run(RunStatus::Done, &c, None).await.unwrap();
    t.close().await.unwrap();
    c
}

async fn scenario(url: &str) {
    let c = run(url, document("Trần Văn Bình")).await;
    assert_eq!((c.documents.inserted, c.articles.inserted), (1, 1), "{c:?}");
    let rows = query(
        url,
        "SELECT d.symbol, d.doc_type, d.issuer, d.signer, d.issued_on, d.effective_from, \
         d.expires_on, d.fields, d.subjects, a.kind FROM documents d \
         JOIN articles a ON a.id = d.article_id",
    )
    .await;
    assert_eq!(
        rows,
        [[
            "125/QĐ-UBND",
            "Quyết định",
            "UBND tỉnh",
            "Trần Văn Bình",
            "2024-03-15",
            "2024-04-01",
            "NULL",
            r#"["Giáo dục","Y tế"]"#,
            r#"["UBND tỉnh"]"#,
            "document",
        ]]
    );
    // A file listed twice is attached once.
    let files = query(
        url,
        "SELECT path FROM attachments WHERE role = 'file' ORDER BY path",
    )
    .await;
    assert_eq!(
        files,
        [
            ["/uploads/van-ban/2024_03/qd-125.pdf"],
            ["https://vanban.example.gov.vn/qd-125.doc"]
        ]
    );

    let c = run(url, document("Trần Văn Bình")).await;
    assert_eq!(
        (c.documents.unchanged, c.articles.unchanged),
        (1, 1),
        "{c:?}"
    );

    let c = run(url, document("Lê Thị Hoa")).await;
    assert_eq!((c.documents.updated, c.articles.updated), (1, 1), "{c:?}");
    let signer = query(url, "SELECT signer FROM documents").await;
    assert_eq!(signer, [["Lê Thị Hoa"]]);
    let n = query(url, "SELECT COUNT(*) FROM attachments").await;
    assert_eq!(n, [["2"]]);
    // The old URL and its other form, both to the new page.
    let r = query(
        url,
        "SELECT old_url, new_url FROM redirects ORDER BY old_url",
    )
    .await;
    assert_eq!(
        r,
        [
            [
                "/van-ban/detail/quyet-dinh-phe-duyet-ke-hoach-7/",
                "/van-ban/quyet-dinh-phe-duyet-ke-hoach-7"
            ],
            [
                "/vi/van-ban/detail/quyet-dinh-phe-duyet-ke-hoach-7/",
                "/van-ban/quyet-dinh-phe-duyet-ke-hoach-7"
            ]
        ]
    );
}

fn block_on<T>(f: impl std::future::Future<Output = T>) -> T {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(f)
}

#[test]
fn sqlite() {
    let dir = tempfile::tempdir().unwrap();
    block_on(scenario(&format!(
        "sqlite://{}",
        dir.path().join("t.db").display()
    )));
}

#[test]
fn postgres() {
    if let Some(db) = ScratchDb::create(Server::Postgres) {
        block_on(scenario(&db.url));
    }
}

#[test]
fn mysql() {
    if let Some(db) = ScratchDb::create(Server::MySql) {
        block_on(scenario(&db.url));
    }
}
