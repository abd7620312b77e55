//! `portmig inspect`: what a dump holds, before migrating it.
//!
//! Usage: portmig inspect <DUMP>... [--json]
//!
//! Prints the format, every table with its row count, the NukeViet version,
//! prefix, language and news modules, the old categories (tree order, with
//! article counts), and for each text column how many values are ASCII,
//! UTF-8, double-encoded UTF-8 or something else (a legacy charset or
//! damage). With `--json`, the same as one JSON object.

use anyhow::Context;
use std::io::Write;
use std::path::PathBuf;

const EXAMPLES: &str = "Examples:\n  \
portmig inspect samples/nukeviet45/portal.sql\n  \
portmig inspect schema.sql data.sql --json > report.json";

/// Arguments of `portmig inspect`.
#[derive(clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// Dump files (a schema file first, then data files, if the dump is split).
    #[arg(required = true)]
    dumps: Vec<PathBuf>,
    /// Print one JSON object instead of text.
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args) -> anyhow::Result<u8> {
    let report = extract::inspect::inspect(&args.dumps).context("inspecting the dump")?;
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else {
        print_text(&mut out, &report)?;
    }
    if let Some(e) = &report.error {
        eprintln!(
            "portmig: the dump is damaged: {e}\n  (the report covers what comes before that point)"
        );
        return Ok(crate::exit::PARTIAL);
    }
    Ok(crate::exit::OK)
}

fn print_text(out: &mut impl Write, r: &extract::inspect::Report) -> std::io::Result<()> {
    writeln!(out, "files:      {}", r.files.join(", "))?;
    writeln!(out, "format:     {}", r.format)?;
    writeln!(
        out,
        "SET NAMES:  {} (declared; portmig decides the charset of every field itself)",
        r.set_names.as_deref().unwrap_or("none")
    )?;
    writeln!(
        out,
        "NukeViet:   {}",
        r.nukeviet_version.as_deref().unwrap_or("not recognised")
    )?;
    writeln!(out)?;
    for inst in &r.nukeviet_news {
        writeln!(
            out,
            "news module `{}` (prefix {}, language {}, data `{}`): {} articles, {} categories",
            inst.source,
            inst.prefix,
            inst.lang,
            inst.module_data,
            inst.articles,
            inst.categories.len()
        )?;
        // Tree order: indent by depth.
        let mut depth: std::collections::HashMap<i64, usize> = std::collections::HashMap::new();
        for c in &inst.categories {
            let d = if c.parent == 0 {
                0
            } else {
                depth.get(&c.parent).map_or(0, |d| d + 1)
            };
            depth.insert(c.id, d);
            writeln!(
                out,
                "  {:>5}  {}{} [{}]  {} articles",
                c.id,
                "  ".repeat(d),
                c.title,
                c.alias,
                c.articles
            )?;
        }
        writeln!(out)?;
    }
    writeln!(
        out,
        "{:<40} {:>9}   text columns: values per detected charset",
        "table", "rows"
    )?;
    for t in &r.tables {
        writeln!(out, "{:<40} {:>9}", t.name, t.rows)?;
        for c in &t.text_columns {
            let flag = if c.undecodable > 0 {
                "  <-- undecodable values will be quarantined"
            } else if c.double_encoded + c.legacy > 0 {
                "  <-- will be repaired"
            } else {
                ""
            };
            let hist: Vec<String> = c.charsets.iter().map(|(k, n)| format!("{k} {n}")).collect();
            writeln!(out, "    {:<36} {}{flag}", c.column, hist.join(", "))?;
        }
    }
    Ok(())
}
