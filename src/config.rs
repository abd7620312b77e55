//! `portmig.toml`: a migration project's settings, so that a re-run after
//! fixing a mapping is one command (`portmig run`), and the choices made for
//! a portal (tone-mark style, extra chrome rules) are written down.
//!
//! ```toml
//! sources = ["portal.sql"]          # dumps, read in order (schema before data)
//! mapping = "mapping.toml"
//! target = "sqlite://portal.db"    # $PORTMIG_TARGET or --target win; never a password:
//!                                   # `--target-password-file FILE` gives it
//! # audit_log = "portal.audit.jsonl"
//! # batch_size = 500
//! # threads = 4
//! # uploads = "old-site/uploads"   # the old site's uploads folder: files are copied
//! # old_base_url = "https://www.tinh.gov.vn"   # its absolute URLs are its own files
//! # media_dir = "media"             # default: beside a SQLite target; required for a server
//! # media_url = "/media"            # where the new portal serves media_dir
//!
//! [text]
//! tone_style = "traditional"        # traditional (hòa, thủy) | modern (hoà, thuỷ) | keep
//! chrome_rules = ["site-chrome.toml"]   # added to the built-in page-chrome rules
//! iframe_hosts = ["www.youtube.com", "youtube.com", "player.vimeo.com"]
//! legal_references = true           # find cited documents (Quyết định số ...)
//! bylines = true                    # find authors in the body's signature line
//!
//! [review]                          # misplacement review (docs/MISPLACED.md)
//! enabled = true
//! margin = 0.4                      # how far another section must score ahead to flag
//! # folds = 5
//! # cue_weight = 0.05
//! ```
//!
//! Paths are relative to the file's directory. Options given on the command
//! line win over the file; so does `$PORTMIG_TARGET` over `target`.

use anyhow::Context;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The name `portmig run` looks for in the current directory.
pub const DEFAULT_FILE: &str = "portmig.toml";

/// The whole file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Project {
    /// Dump files.
    #[serde(default)]
    pub sources: Vec<PathBuf>,
    /// Mapping file.
    pub mapping: Option<PathBuf>,
    /// Target database URL.
    pub target: Option<String>,
    /// JSONL mirror of the audit log.
    pub audit_log: Option<PathBuf>,
    /// Items per transaction.
    pub batch_size: Option<usize>,
    /// Worker threads.
    pub threads: Option<usize>,
    /// The old site's uploads folder.
    pub uploads: Option<PathBuf>,
    /// The old site's address (kept with its place in the file, for errors).
    pub old_base_url: Option<toml::Spanned<String>>,
    /// Where files are copied.
    pub media_dir: Option<PathBuf>,
    /// The public URL prefix of the media folder.
    pub media_url: Option<String>,
    /// Text normalisation.
    #[serde(default)]
    pub text: Text,
    /// The misplacement review.
    #[serde(default)]
    pub review: Review,
}

/// The `[review]` table: the misplacement review after the load
/// (docs/MISPLACED.md).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// `false` skips the review [default: true].
    pub enabled: Option<bool>,
    /// How far another section must score ahead to flag an article.
    pub margin: Option<f64>,
    /// Cross-validation folds.
    pub folds: Option<u32>,
    /// Weight of the taxonomy's cues beside the classifier.
    pub cue_weight: Option<f64>,
}

/// The `[text]` table.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// "traditional", "modern" or "keep".
    #[serde(default = "default_tone")]
    pub tone_style: String,
    /// Extra page-chrome rules files.
    #[serde(default)]
    pub chrome_rules: Vec<PathBuf>,
    /// Hosts iframes may come from; `None` keeps the built-in list.
    pub iframe_hosts: Option<Vec<String>>,
    /// Parse legal-document references.
    #[serde(default = "yes")]
    pub legal_references: bool,
    /// Parse bylines.
    #[serde(default = "yes")]
    pub bylines: bool,
}

impl Default for Text {
    fn default() -> Self {
        Text {
            tone_style: default_tone(),
            chrome_rules: Vec::new(),
            iframe_hosts: None,
            legal_references: true,
            bylines: true,
        }
    }
}

fn default_tone() -> String {
    "traditional".into()
}

fn yes() -> bool {
    true
}

impl Project {
    /// Reads `path`; errors name the file, line and column.
    pub fn load(path: &Path) -> anyhow::Result<Project> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("reading the project file {}", path.display()))?;
        let mut p: Project = toml::from_str(&text).map_err(|e| {
            let at = mapping::Location::at(path, &text, e.span().map_or(0, |s| s.start));
            anyhow::anyhow!(
                "{at}: {} (see `portmig run --help` for the file's keys)",
                e.message().trim().replace('\n', "; ")
            )
        })?;
        if let Some(u) = &p.old_base_url {
            if let Err(e) = media::OldSite::new(Some(u.get_ref())) {
                let at = mapping::Location::at(path, &text, u.span().start);
                anyhow::bail!("{at}: old_base_url {e}");
            }
        }
        let dir = path.parent().unwrap_or(Path::new(""));
        let rel = |p: &mut PathBuf| {
            if p.is_relative() {
                *p = dir.join(&*p);
            }
        };
        p.sources.iter_mut().for_each(rel);
        p.mapping.iter_mut().for_each(rel);
        p.audit_log.iter_mut().for_each(rel);
        p.uploads.iter_mut().for_each(rel);
        p.media_dir.iter_mut().for_each(rel);
        p.text.chrome_rules.iter_mut().for_each(rel);
        if let Some(t) = &mut p.target {
            if let Some(file) = t.strip_prefix("sqlite://") {
                let f = Path::new(file.split('?').next().unwrap_or(file));
                if f.is_relative() && file != ":memory:" && !file.is_empty() {
                    *t = format!("sqlite://{}", dir.join(file).display());
                }
            }
        }
        Ok(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_relative_to_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("portmig.toml");
        std::fs::write(
            &f,
            "sources = [\"a.sql\"]\nmapping = \"m.toml\"\ntarget = \"sqlite://p.db\"\n\
             [text]\ntone_style = \"modern\"\n",
        )
        .unwrap();
        let p = Project::load(&f).unwrap();
        assert_eq!(p.sources, vec![dir.path().join("a.sql")]);
        assert_eq!(p.mapping, Some(dir.path().join("m.toml")));
        assert_eq!(
            p.target.as_deref(),
            Some(format!("sqlite://{}", dir.path().join("p.db").display()).as_str())
        );
        assert_eq!(p.text.tone_style, "modern");
        assert!(p.text.bylines);
    }

    #[test]
    fn media_folders_are_relative_to_the_file_and_a_bad_old_site_is_located() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("portmig.toml");
        std::fs::write(
            &f,
            "uploads = \"cu/uploads\"\nmedia_dir = \"media\"\n\
             old_base_url = \"https://www.tinhmau.gov.vn\"\n",
        )
        .unwrap();
        let p = Project::load(&f).unwrap();
        assert_eq!(p.uploads, Some(dir.path().join("cu/uploads")));
        assert_eq!(p.media_dir, Some(dir.path().join("media")));
        assert_eq!(
            p.old_base_url.map(|u| u.into_inner()).as_deref(),
            Some("https://www.tinhmau.gov.vn")
        );
        std::fs::write(
            &f,
            "sources = []\nold_base_url = \"ftp://tinhmau.gov.vn\"\n",
        )
        .unwrap();
        let e = Project::load(&f).unwrap_err().to_string();
        assert!(e.contains("portmig.toml:2:16"), "{e}");
        assert!(e.contains("http(s)"), "{e}");
    }

    #[test]
    fn errors_name_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("portmig.toml");
        std::fs::write(&f, "sources = [\"a.sql\"]\n[text]\ntone = \"modern\"\n").unwrap();
        let e = Project::load(&f).unwrap_err().to_string();
        assert!(e.contains("portmig.toml:3:1"), "{e}");
        assert!(e.contains("tone"), "{e}");
    }
}
