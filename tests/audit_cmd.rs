//! `portmig audit misplaced` and `portmig audit coverage` on a real SQLite
//! target: the sample migrated, MISPLACED events written with the loader's
//! own `Target::log`, and a taxonomy of our own with legal bases.

mod common;
use common::*;

use model::{AuditEvent, Entity, EventKind, SourceKey};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

fn url(db: &Path) -> String {
    format!("sqlite://{}", db.display())
}

/// `portmig audit <args> --target <db>` in `db`'s folder.
fn audit(db: &Path, args: &[&str]) -> std::process::Output {
    let target = url(db);
    let mut all = vec!["audit"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--target", &target]);
    portmig(&all, db.parent().unwrap())
}

fn ok(o: &std::process::Output) -> String {
    assert_eq!(o.status.code(), Some(0), "{}\n{}", stdout(o), stderr(o));
    stdout(o)
}

fn flag(id: u32, title: &str, suggested: &str, margin: f64) -> AuditEvent {
    AuditEvent::item(
        EventKind::Misplaced,
        &SourceKey::new("nv4_vi_news", Entity::Article, id),
        None,
        json!({
            "section": "tin-tuc-su-kien",
            "suggested": suggested,
            "scores": {"mapped": 0.12, "suggested": 0.12 + margin},
            "margin": margin,
            "cues": [{"section": suggested, "cue": "thi tuyển", "count": 3}],
            "words": ["thi tuyển", "viên chức"],
            "title": title,
        }),
    )
}

/// A run of its own holding `events`; `finish` false leaves it running.
fn log_run(db: &Path, events: Vec<AuditEvent>, finish: bool) -> i64 {
    block_on(async {
        let mut t = load::Target::connect(&url(db)).await.unwrap();
        let info = load::RunInfo {
            inputs: vec![],
            mapping_fingerprint: "kiểm tra".into(),
            options: json!({}),
        };
        t.begin_run(&info).await.unwrap();
        t.log(events).await.unwrap();
        if finish {
            t.finish_run(load::RunStatus::Done, &load::Counts::default(), None)
                .await
                .unwrap();
        }
        let id = t.run_id();
        t.close().await.unwrap();
        id
    })
}

fn migrated(dir: &Path) -> PathBuf {
    let db = dir.join("portal.db");
    run_json(&sample("portal.sql"), &sample("mapping.toml"), &db, 0);
    db
}

#[test]
fn misplaced_lists_the_flags_of_the_latest_finished_run() {
    let dir = tempfile::tempdir().unwrap();
    let db = migrated(dir.path());
    let long = "Thông báo kết quả thi tuyển viên chức, đợt 2 năm 2023 của Sở Giáo dục và Đào tạo";
    let first = log_run(
        &db,
        vec![
            flag(3, long, "tuyen-dung", 0.59),
            flag(7, "Lịch tiếp công dân tháng Tư", "thong-bao", 0.31),
        ],
        true,
    );
    let second = log_run(&db, vec![flag(9, "Ứng phó bão số 3", "y-te", 0.2)], true);
    // Still running: never the default.
    log_run(&db, vec![flag(11, "Đang chạy", "y-te", 0.9)], false);

    // Default: the latest finished run with flags.
    let out = ok(&audit(&db, &["misplaced"]));
    assert!(
        out.starts_with(&format!("run {second}: 1 article(s) flagged MISPLACED\n")),
        "{out}"
    );
    assert!(out.contains("nv4_vi_news/article/9"), "{out}");
    assert!(!out.contains("Đang chạy"), "{out}");

    let out = ok(&audit(&db, &["misplaced", "--run", &first.to_string()]));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "{out}");
    assert!(lines[1].starts_with("KEY"), "{out}");
    let row = lines.iter().find(|l| l.contains("article/3")).unwrap();
    // The title cut to 40 characters, the move, the margin, the evidence.
    assert!(
        row.contains("Thông báo kết quả thi tuyển viên chức, …"),
        "{row}"
    );
    assert!(row.contains("tin-tuc-su-kien → tuyen-dung"), "{row}");
    assert!(row.contains("0.59"), "{row}");
    assert!(
        row.contains("thi tuyển ×3 (tuyen-dung) | thi tuyển, viên chức"),
        "{row}"
    );

    let csv = ok(&audit(
        &db,
        &["misplaced", "--run", &first.to_string(), "--format", "csv"],
    ));
    assert!(csv.starts_with('\u{feff}'), "a BOM for Excel");
    let rows: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(
        rows[0],
        "run,key,title,section,suggested,score_mapped,score_suggested,margin,cues,words"
    );
    assert_eq!(
        rows[1],
        format!(
            "{first},nv4_vi_news/article/3,\"{long}\",tin-tuc-su-kien,tuyen-dung,0.12,0.71,0.59,\
             thi tuyển ×3 (tuyen-dung),thi tuyển; viên chức"
        )
    );

    let json: Value = serde_json::from_str(&ok(&audit(
        &db,
        &["misplaced", "--run", &first.to_string(), "--format", "json"],
    )))
    .unwrap();
    assert_eq!(json["run"], first);
    let flags = json["misplaced"].as_array().unwrap();
    assert_eq!(flags.len(), 2);
    assert_eq!(flags[0]["key"], "nv4_vi_news/article/3");
    assert_eq!(flags[0]["title"], long);
    assert_eq!(flags[0]["suggested"], "tuyen-dung");
    assert_eq!(flags[0]["cues"][0]["cue"], "thi tuyển");
    assert_eq!(flags[1]["words"], json!(["thi tuyển", "viên chức"]));

    // The sample's own run has no flags; a run not in the target is an error.
    let out = ok(&audit(&db, &["misplaced", "--run", "1"]));
    assert!(out.starts_with("run 1: 0 article(s) flagged"), "{out}");
    let o = audit(&db, &["misplaced", "--run", "99"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("run 99 is not in the target"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn misplaced_without_flags_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let db = migrated(dir.path());
    let o = audit(&db, &["misplaced", "--format", "json"]);
    assert_eq!(ok(&o).trim(), r#"{"misplaced":[],"run":null}"#);
    assert!(stderr(&o).contains("no finished run has MISPLACED events"));
    // A target that does not exist is not created.
    let missing = dir.path().join("khong-co.db");
    let o = audit(&missing, &["misplaced"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no such database"), "{}", stderr(&o));
    assert!(!missing.exists());
}

/// The sample's taxonomy with legal bases of our own, and one more
/// section no article goes to.
fn taxonomy_with_basis(dir: &Path) -> PathBuf {
    let text = std::fs::read_to_string(sample("taxonomy.toml")).unwrap();
    let basis = |slug: &str| -> &'static str {
        match slug {
            "gioi-thieu" => {
                "[[section.basis]]\ndecree = \"43/2011\"\narticle = \"Điều 10 khoản 1\"\n\
                 confidence = \"high\"\n\n[[section.basis]]\ndecree = \"42/2022\"\n\
                 article = \"Điều 4 khoản 1 điểm a\"\nconfidence = \"high\"\n\
                 note = \"Giới thiệu cơ quan, sơ đồ tổ chức\"\n"
            }
            "tin-tuc-su-kien" => {
                "[[section.basis]]\ndecree = \"42/2022\"\narticle = \"Điều 4 khoản 1 điểm b\"\n\
                 confidence = \"medium-high\"\n\n[[section.basis]]\ndecree = \"224/2026\"\n\
                 article = \"Điều 9\"\nconfidence = \"low\"\nnote = \"Chưa đối chiếu toàn văn\"\n\n\
                 [[section.basis]]\ndecree = \"15/2019\"\narticle = \"Điều 3\"\n\
                 confidence = \"high\"\nnote = \"Quy chế của tỉnh, giả định để kiểm thử\"\n"
            }
            "van-ban-phap-luat" => {
                "[[section.basis]]\ndecree = \"43/2011\"\narticle = \"Điều 10 khoản 3\"\n\
                 confidence = \"high\"\n\n[[section.basis]]\ndecree = \"42/2022\"\n\
                 article = \"Điều 4 khoản 1 điểm c\"\nconfidence = \"high\"\n\n\
                 [[section.basis]]\ndecree = \"224/2026\"\narticle = \"Điều 9 khoản 2\"\n\
                 confidence = \"medium\"\n"
            }
            "tuyen-dung" => "required = true\n",
            _ => "",
        }
    };
    let mut out = String::new();
    for (i, block) in text.split("\n[[section]]\n").enumerate() {
        if i > 0 {
            out.push_str("\n[[section]]\n");
        }
        let slug = block
            .lines()
            .find_map(|l| l.strip_prefix("slug = \""))
            .map(|s| s.trim_end_matches('"'))
            .unwrap_or("");
        out.push_str(block.trim_end());
        out.push('\n');
        let b = basis(slug);
        if !b.is_empty() {
            // `required` belongs to the section, before its basis tables.
            if b.starts_with("required") {
                out.push_str(b);
            } else {
                out.push('\n');
                out.push_str(b);
            }
        }
    }
    out.push_str(
        "\n[[section]]\nslug = \"thu-tuc-hanh-chinh\"\nname = \"Thủ tục hành chính\"\n\
         name_en = \"Administrative procedures\"\n\n[[section.basis]]\ndecree = \"42/2022\"\n\
         article = \"Điều 4 khoản 1 điểm đ\"\nconfidence = \"high\"\n\n[[section.basis]]\n\
         decree = \"224/2026\"\narticle = \"Điều 9 khoản 4\"\nconfidence = \"medium-high\"\n",
    );
    std::fs::write(dir.join("taxonomy.toml"), out).unwrap();
    std::fs::copy(sample("mapping.toml"), dir.join("mapping.toml")).unwrap();
    dir.join("mapping.toml")
}

#[test]
fn coverage_counts_mandated_sections_under_the_chosen_basis() {
    let dir = tempfile::tempdir().unwrap();
    let mapping = taxonomy_with_basis(dir.path());
    let db = dir.path().join("portal.db");
    run_json(&sample("portal.sql"), &mapping, &db, 0);
    let n = |sections: &str| -> String {
        count(
            &db,
            &format!(
                "SELECT COUNT(*) FROM articles WHERE kind IN ('news', 'document') \
                 AND section IN ({sections})"
            ),
        )
        .to_string()
    };
    let news = n("'tin-tuc-su-kien', 'giao-duc', 'y-te'");
    assert_ne!(news, "0");
    // The sample has no legal documents: that mandatory section is empty.
    assert_eq!(n("'van-ban-phap-luat'"), "0");

    // Default: the newest basis, 224/2026; a basis of low confidence does
    // not make "Tin tức - Sự kiện" mandatory under it.
    let out = ok(&audit(&db, &["coverage"]));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0], "Độ phủ theo căn cứ 224/2026: 3 mục bắt buộc, 2 mục chưa có bài",
        "{out}"
    );
    assert!(lines[1].starts_with("MỤC"), "{out}");
    assert_eq!(lines.len(), 5, "{out}");
    let line = |slug: &str| -> String {
        lines
            .iter()
            .find(|l| l.contains(&format!("  {slug}  ")))
            .unwrap_or_else(|| panic!("no {slug}: {out}"))
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert!(line("thu-tuc-hanh-chinh").starts_with("Thủ tục hành chính"));
    assert!(
        line("van-ban-phap-luat").ends_with("Điều 9 khoản 2 0 THIẾU"),
        "{out}"
    );
    assert!(
        line("thu-tuc-hanh-chinh").ends_with("Điều 9 khoản 4 0 THIẾU"),
        "{out}"
    );
    assert!(
        line("tuyen-dung").contains("bắt buộc theo danh mục"),
        "{out}"
    );
    assert!(!line("tuyen-dung").contains("THIẾU"), "{out}");
    assert!(!out.contains("tin-tuc-su-kien"), "{out}");

    // 42/2022 in English: news counted with its subsections.
    let out = ok(&audit(
        &db,
        &["coverage", "--basis", "42/2022", "--lang", "en"],
    ));
    assert!(
        out.starts_with("Coverage under 42/2022: 5 mandatory section(s), "),
        "{out}"
    );
    let news_line = out
        .lines()
        .find(|l| l.contains("  tin-tuc-su-kien  "))
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(news_line.starts_with("News and events"), "{news_line}");
    assert!(
        news_line.ends_with(&format!("Điều 4 khoản 1 điểm b {news}")),
        "{news_line}"
    );
    assert!(out
        .lines()
        .any(|l| l.contains("thu-tuc-hanh-chinh") && l.ends_with("EMPTY")));

    // --all lists the rest after the mandatory ones.
    let out = ok(&audit(&db, &["coverage", "--all"]));
    let first_other = out
        .lines()
        .position(|l| l.contains("không bắt buộc"))
        .unwrap();
    let last_mandatory = out
        .lines()
        .collect::<Vec<_>>()
        .iter()
        .rposition(|l| l.contains("Điều 9") || l.contains("bắt buộc theo"))
        .unwrap();
    assert!(last_mandatory < first_other, "{out}");
    assert!(out.contains("  unmapped  "), "{out}");

    let json: Value = serde_json::from_str(&ok(&audit(
        &db,
        &["coverage", "--format", "json", "--basis", "43/2011"],
    )))
    .unwrap();
    assert_eq!(json["basis"], "43/2011");
    assert_eq!(
        json["bases"],
        json!(["43/2011", "15/2019", "42/2022", "224/2026"])
    );
    let slugs: Vec<&str> = json["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["slug"].as_str().unwrap())
        .collect();
    assert_eq!(slugs, ["gioi-thieu", "van-ban-phap-luat", "tuyen-dung"]);
    let csv = ok(&audit(
        &db,
        &["coverage", "--format", "csv", "--lang", "en"],
    ));
    assert!(csv.starts_with("\u{feff}slug,section,mandatory,basis,articles,own_articles,flag\r\n"));
    assert!(
        csv.contains("thu-tuc-hanh-chinh,Administrative procedures,1,Điều 9 khoản 4,0,0,EMPTY\r\n"),
        "{csv}"
    );

    // An unknown basis names the ones the target has.
    let o = audit(&db, &["coverage", "--basis", "99/2030"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("--basis 99/2030: the target's sections cite no such basis; they cite: 43/2011, 15/2019, 42/2022, 224/2026"),
        "{}",
        stderr(&o)
    );
    // For an auditor's CI: an empty mandatory section fails.
    let o = audit(&db, &["coverage", "--fail-on-empty"]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    // Under the province's own rule both mandatory sections have articles.
    let o = audit(&db, &["coverage", "--basis", "15/2019", "--fail-on-empty"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(
        stdout(&o).starts_with("Độ phủ theo căn cứ 15/2019: 2 mục bắt buộc, 0 mục chưa có bài"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn coverage_without_any_basis_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let db = migrated(dir.path());
    let o = audit(&db, &["coverage"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("[[section.basis]]"), "{}", stderr(&o));
}
