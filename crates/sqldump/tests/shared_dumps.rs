//! Reads the real platform dumps kept outside the repository, when present.

mod common;

use std::collections::HashMap;
use std::path::Path;

use sqldump::{RawRow, Reader};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/dumps");

#[test]
fn every_shared_dump_parses() {
    let dir = Path::new(DIR);
    let Ok(entries) = std::fs::read_dir(dir) else {
        println!("skipped: {DIR} does not exist");
        return;
    };
    let mut files: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "sql"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no .sql file in {DIR}");
    for path in files {
        let data = std::fs::read(&path).unwrap();
        // Same outcome under every chunking, and no error.
        let out = common::parse(&data);
        assert!(out.error.is_none(), "{}: {:?}", path.display(), out.error);
        assert!(!out.tables.is_empty(), "{}: no table", path.display());
        assert!(
            out.tables.iter().all(|(_, c)| !c.is_empty()),
            "{}: a table without columns",
            path.display()
        );
        assert_eq!(out.end.byte, data.len() as u64);
        for r in &out.rows {
            assert_eq!(
                r.values.len(),
                r.columns.len(),
                "{}: row at line {} of `{}`",
                path.display(),
                r.pos.line,
                r.table
            );
        }
        println!(
            "{}: {} tables, {} rows",
            path.display(),
            out.tables.len(),
            out.rows.len()
        );
    }
}

#[test]
fn nukeviet_news_sample() {
    let path = Path::new(DIR).join("nukeviet_news_4.5_vi.mysqldump.sql");
    let Ok(file) = std::fs::File::open(&path) else {
        println!("skipped: {} does not exist", path.display());
        return;
    };
    let mut rdr = Reader::new(file);
    let mut row = RawRow::new();
    let mut counts: HashMap<String, usize> = HashMap::new();
    let mut first_cat = None;
    while rdr.read_row(&mut row).unwrap() {
        let name = &row.table().name;
        let c = counts.entry(name.clone()).or_default();
        *c += 1;
        if name == "nv4_vi_news_cat" && *c == 1 {
            let get = |col: &str| {
                row.get_by_name(col)
                    .and_then(|v| v.as_bytes())
                    .map(<[u8]>::to_vec)
            };
            first_cat = Some((get("title"), get("alias")));
        }
    }
    assert_eq!(counts.get("nv4_vi_news_rows"), Some(&15));
    assert_eq!(counts.get("nv4_vi_news_cat"), Some(&7));
    assert_eq!(counts.get("nv4_vi_news_detail"), Some(&15));
    let (title, alias) = first_cat.expect("a row in nv4_vi_news_cat");
    assert_eq!(title.as_deref(), Some("Tin tức".as_bytes()));
    assert_eq!(alias.as_deref(), Some(&b"Tin-tuc"[..]));
    assert_eq!(rdr.set_names(), Some("utf8mb4"));
    let cat = rdr.table("nv4_vi_news_cat").expect("the _cat table");
    assert_eq!(cat.columns.first().map(String::as_str), Some("catid"));
}
