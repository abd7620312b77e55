//! `portmig export`: what the target holds, for other tools.
//!
//! Usage: portmig export redirects --format nginx|apache|csv [--target URL]
//!                                 [--target-password-file FILE]
//!                                 [-o FILE] [--config portmig.toml]
//!
//! `redirects` writes every old URL the target redirects (every form the
//! old site answered: with and without the language or module segment,
//! through `index.php/`, `index.php?language=&nv=&op=`) with its new URL:
//!
//! - `nginx`: a `map $request_uri $portmig_redirect { ... }` block for the
//!   `http {}` context, and, in its header, the two lines to put in the
//!   `server {}` block (`if ($portmig_redirect) { return 301 ...; }`).
//!   `$request_uri` holds the query, so `index.php?` forms match too.
//! - `apache`: `RewriteRule`s (with a `RewriteCond %{QUERY_STRING}` for
//!   the `index.php?` forms), for the server config or `.htaccess`.
//! - `csv`: `old_url,new_url,status,source_key`, with a header.
//!
//! The target is `--target`, else `$PORTMIG_TARGET`, else the project
//! file's `target`, else `sqlite://portmig.db`, as for `portmig run`.
//!
//! Examples:
//!   portmig export redirects --format nginx -o /etc/nginx/portmig-redirects.conf
//!   portmig export redirects --format apache --target sqlite://portal.db > redirects.conf
//!   portmig export redirects --format csv -o redirects.csv

use anyhow::Context;
use load::Redirect;
use std::io::Write;
use std::path::PathBuf;

const EXAMPLES: &str = "Examples:\n  \
portmig export redirects --format nginx -o /etc/nginx/portmig-redirects.conf\n  \
portmig export redirects --format apache --target sqlite://portal.db > redirects.conf\n  \
portmig export redirects --format csv -o redirects.csv";

/// Arguments of `portmig export`.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    what: What,
}

#[derive(clap::Subcommand)]
enum What {
    /// Every old URL with its new URL, as nginx or Apache rules or CSV.
    #[command(after_help = EXAMPLES)]
    Redirects(RedirectsArgs),
}

/// The output format of `export redirects`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// An nginx `map` block.
    Nginx,
    /// Apache mod_rewrite rules.
    Apache,
    /// CSV with a header.
    Csv,
}

/// Arguments of `portmig export redirects`.
#[derive(clap::Args)]
struct RedirectsArgs {
    /// Output format.
    #[arg(long, short = 'f', value_enum)]
    format: Format,
    #[command(flatten)]
    target: crate::cmd::run::TargetArgs,
    /// Write to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<u8> {
    match args.what {
        What::Redirects(a) => redirects(a),
    }
}

fn redirects(args: RedirectsArgs) -> anyhow::Result<u8> {
    let target = args.target.existing()?;
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let shown = load::redact_url(&target);
    let rows = rt
        .block_on(async {
            let mut t = load::Target::connect(&target).await?;
            let rows = t.redirects().await?;
            t.close().await?;
            Ok::<_, load::Error>(rows)
        })
        .with_context(|| format!("reading the redirects of {shown}"))?;
    let text = match args.format {
        Format::Nginx => nginx(&rows),
        Format::Apache => apache(&rows),
        Format::Csv => csv(&rows),
    };
    match &args.output {
        Some(p) => std::fs::write(p, text).with_context(|| format!("writing {}", p.display()))?,
        None => std::io::stdout().lock().write_all(text.as_bytes())?,
    }
    if let Some(p) = &args.output {
        eprintln!(
            "portmig: {} redirects written to {}",
            rows.len(),
            p.display()
        );
    }
    Ok(crate::exit::OK)
}

/// A string in nginx's double quotes. Values (not keys) of a `map` expand
/// `$variables`, and nginx has no escape for `$`: a `$` in a new URL is
/// written `%24`, which means the same in a URL.
fn nginx_str(s: &str, is_value: bool) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '$' if is_value => out.push_str("%24"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The nginx form: the `map` for `http {}`, the lines for `server {}` in
/// its header.
pub fn nginx(rows: &[Redirect]) -> String {
    let mut out = String::from(
        "# Redirects from the old portal's URLs, written by `portmig export redirects`.\n\
         # Include this file in the http {} block, and put in the server {} block:\n\
         #\n\
         #     if ($portmig_redirect) {\n\
         #         return 301 $portmig_redirect;\n\
         #     }\n\
         #\n\
         # Keys are matched against $request_uri (path and query, as the client sent them).\n\
         map $request_uri $portmig_redirect {\n    default \"\";\n",
    );
    for r in rows {
        out.push_str(&format!(
            "    {} {};\n",
            nginx_str(&r.old_url, false),
            nginx_str(&r.new_url, true)
        ));
    }
    out.push_str("}\n");
    out
}

/// `%XX` decoded: Apache matches `RewriteRule` patterns against the
/// decoded path.
fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match (
            b[i],
            b.get(i + 1).copied().and_then(hex),
            b.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (c, _, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `s` as a literal in a PCRE pattern, written as one unquoted argument
/// of `RewriteRule` / `RewriteCond`. mod_rewrite reads those arguments
/// itself: a quote would end a quoted argument (it has no escape for
/// quotes), and a backslash is only taken out before whitespace. So the
/// arguments are unquoted and whitespace is written `\ `, which is also a
/// literal space in the pattern.
fn regex_literal(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if "\\.+*?()[]{}|^$#".contains(c) || c.is_whitespace() {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A `RewriteRule` substitution, as one unquoted argument: `$N` and `%N`
/// are back-references there and a backslash makes the next character
/// literal.
fn apache_target(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 4);
    for c in s.chars() {
        if c == '$' || c == '%' || c == '\\' || c.is_whitespace() {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The Apache form: one `RewriteRule` per path (with `^/?` so it works in
/// the server config and in `.htaccess`; the pattern is matched against
/// the decoded path), and for `index.php?` forms a `RewriteCond` on the
/// query string (matched as sent, not decoded) with the query dropped from
/// the redirect (`QSD`). `NE`: the new URL is sent as written, not escaped
/// again.
pub fn apache(rows: &[Redirect]) -> String {
    let mut out = String::from(
        "# Redirects from the old portal's URLs, written by `portmig export redirects`.\n\
         # For the server config (<VirtualHost>) or the site's .htaccess; needs mod_rewrite.\n\
         RewriteEngine On\n",
    );
    for r in rows {
        let target = apache_target(&r.new_url);
        let flags = format!("[R={},L,NE,QSD]", r.status);
        let (path, query) = match r.old_url.split_once('?') {
            Some((p, q)) => (p, Some(q)),
            None => (r.old_url.as_str(), None),
        };
        if let Some(q) = query {
            out.push_str(&format!(
                "RewriteCond %{{QUERY_STRING}} ^{}$\n",
                regex_literal(q)
            ));
        }
        out.push_str(&format!(
            "RewriteRule ^/?{}$ {target} {flags}\n",
            regex_literal(&percent_decode(path.trim_start_matches('/')))
        ));
    }
    out
}

pub(crate) fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The CSV form (RFC 4180), with a header.
pub fn csv(rows: &[Redirect]) -> String {
    let mut out = String::from("old_url,new_url,status,source_key\r\n");
    for r in rows {
        out.push_str(&format!(
            "{},{},{},{}\r\n",
            csv_field(&r.old_url),
            csv_field(&r.new_url),
            r.status,
            csv_field(&r.source_key)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows() -> Vec<Redirect> {
        let r = |old: &str, new: &str| Redirect {
            old_url: old.into(),
            new_url: new.into(),
            status: 301,
            source_key: "nv4_vi_news/article/12".into(),
        };
        vec![
            r("/vi/tin-tuc/hoat-dong/ky-hop-12.html", "/tin-tuc/ky-hop"),
            r(
                "/index.php?language=vi&nv=tin-tuc&op=hoat-dong/ky-hop-12.html",
                "/tin-tuc/ky-hop",
            ),
            r("/vi/tin-tuc/t%E1%BB%A9c/a%20b-3.html", "/tin-tuc/\"x\"$1 y"),
        ]
    }

    #[test]
    fn nginx_map() {
        let text = nginx(&rows());
        assert!(text.contains("map $request_uri $portmig_redirect {\n    default \"\";\n"));
        assert!(text
            .contains("#     if ($portmig_redirect) {\n#         return 301 $portmig_redirect;"));
        assert!(
            text.contains("    \"/vi/tin-tuc/hoat-dong/ky-hop-12.html\" \"/tin-tuc/ky-hop\";\n")
        );
        assert!(text.contains(
            "    \"/index.php?language=vi&nv=tin-tuc&op=hoat-dong/ky-hop-12.html\" \"/tin-tuc/ky-hop\";\n"
        ));
        // Quotes escaped, `$` not left to expand, `%` kept as sent.
        assert!(text.contains(
            "    \"/vi/tin-tuc/t%E1%BB%A9c/a%20b-3.html\" \"/tin-tuc/\\\"x\\\"%241 y\";\n"
        ));
        assert!(text.ends_with("}\n"));
    }

    #[test]
    fn apache_rules() {
        let text = apache(&rows());
        assert!(text.contains("RewriteEngine On\n"));
        assert!(text.contains(
            "RewriteRule ^/?vi/tin-tuc/hoat-dong/ky-hop-12\\.html$ /tin-tuc/ky-hop [R=301,L,NE,QSD]\n"
        ));
        assert!(text.contains(
            "RewriteCond %{QUERY_STRING} ^language=vi&nv=tin-tuc&op=hoat-dong/ky-hop-12\\.html$\n\
             RewriteRule ^/?index\\.php$ /tin-tuc/ky-hop [R=301,L,NE,QSD]\n"
        ));
        // The path decoded (Apache matches the decoded path), its space
        // escaped; the target's `$` and space escaped, its quotes kept.
        assert!(text.contains(
            "RewriteRule ^/?vi/tin-tuc/tức/a\\ b-3\\.html$ /tin-tuc/\"x\"\\$1\\ y [R=301,L,NE,QSD]\n"
        ));
    }

    #[test]
    fn csv_with_a_header() {
        let mut r = rows();
        r[0].source_key = "a,b".into();
        let text = csv(&r);
        let lines: Vec<&str> = text.split("\r\n").collect();
        assert_eq!(lines[0], "old_url,new_url,status,source_key");
        assert_eq!(
            lines[1],
            "/vi/tin-tuc/hoat-dong/ky-hop-12.html,/tin-tuc/ky-hop,301,\"a,b\""
        );
        assert_eq!(
            lines[3],
            "/vi/tin-tuc/t%E1%BB%A9c/a%20b-3.html,\"/tin-tuc/\"\"x\"\"$1 y\",301,nv4_vi_news/article/12"
        );
    }
}
