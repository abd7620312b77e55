//! `portmig inspect` on the sample: tables, news modules, categories with
//! article counts, and the charset histogram per text column.

mod common;
use common::*;
use serde_json::Value;

#[test]
fn inspect_reports_modules_categories_and_charsets() {
    let dir = tempfile::tempdir().unwrap();
    let o = portmig(
        &["inspect", sample("portal.sql").to_str().unwrap(), "--json"],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let r: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let exp: Value =
        serde_json::from_str(&std::fs::read_to_string(sample("expected.json")).unwrap()).unwrap();
    assert_eq!(r["nukeviet_version"], "4.x");
    assert_eq!(r["set_names"], "utf8mb4");
    let insts = r["nukeviet_news"].as_array().unwrap();
    assert_eq!(insts.len(), exp["instances"].as_array().unwrap().len());
    for (got, want) in insts.iter().zip(exp["instances"].as_array().unwrap()) {
        assert_eq!(got["source"], want["source"]);
        assert_eq!(
            got["categories"].as_array().unwrap().len() as u64,
            want["categories"].as_u64().unwrap()
        );
        assert_eq!(got["articles"], want["articles"]);
        let sum: u64 = got["categories"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["articles"].as_u64().unwrap())
            .sum();
        assert_eq!(sum, want["articles"].as_u64().unwrap());
    }
    // The double-encoded category title is shown repaired.
    let cats = insts[0]["categories"].as_array().unwrap();
    assert!(cats.iter().any(|c| c["title"] == "Giáo dục"), "{cats:#?}");

    let table = |name: &str| {
        r["tables"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["name"] == name)
            .cloned()
            .unwrap()
    };
    let rows = table("nv4_vi_news_rows");
    assert_eq!(rows["rows"], 16);
    let title = rows["text_columns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["column"] == "title")
        .unwrap()
        .clone();
    assert_eq!(title["undecodable"], 1, "the undecodable title: {title}");
    assert_eq!(title["charsets"]["undecodable"], 1, "{title}");
    // The histogram names every charset the generator wrote titles in.
    assert_eq!(title["double_encoded"], 3, "{title}");
    assert_eq!(title["charsets"]["utf-8+cp1252"], 2, "{title}");
    assert_eq!(title["charsets"]["utf-8+cp1258"], 1, "{title}");
    assert_eq!(title["charsets"]["tcvn3"], 1, "{title}");
    assert_eq!(title["legacy"], 1, "{title}");
    assert_eq!(
        title["utf8"].as_u64().unwrap() + title["ascii"].as_u64().unwrap(),
        11,
        "{title}"
    );

    // Text output names the same things for a person.
    let o = portmig(
        &["inspect", sample("portal.sql").to_str().unwrap()],
        dir.path(),
    );
    let text = stdout(&o);
    assert!(
        text.contains("nv4_vi_thongbao")
            && text.contains("will be quarantined")
            && text.contains("utf-8+cp1252"),
        "{text}"
    );
}
