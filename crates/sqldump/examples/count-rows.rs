//! Counts the rows of every table of a dump: the reader alone, for
//! benchmarks (scripts/bench) and for a quick look at a dump.
//!
//! Usage: cargo run --release -p sqldump --example count-rows -- DUMP

use std::collections::BTreeMap;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: count-rows DUMP");
        std::process::exit(2);
    };
    let mut rdr = match sqldump::open(&path) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    let mut row = sqldump::RawRow::new();
    let mut counts: BTreeMap<String, u64> = BTreeMap::new();
    loop {
        match rdr.read_row(&mut row) {
            Ok(true) => *counts.entry(row.table().name.clone()).or_default() += 1,
            Ok(false) => break,
            Err(e) => {
                eprintln!("{path}: {e}");
                std::process::exit(1);
            }
        }
    }
    for (t, n) in counts {
        println!("{n:>10}  {t}");
    }
    println!("{:>10}  bytes", rdr.position().byte);
}
