//! The crate's error type and source locations.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use serde::Serialize;

/// A 1-based position in an admin-edited file.
///
/// Columns count characters (Unicode scalar values), not bytes, so they
/// match what editors show for Vietnamese text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Location {
    /// The file as the user named it (or as resolved for the taxonomy).
    pub file: PathBuf,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub column: u32,
}

impl Location {
    /// Location of byte `offset` in `text`, which is the content of `file`.
    pub fn at(file: &Path, text: &str, offset: usize) -> Self {
        // Spans from toml are on char boundaries; clamp defensively so a bad
        // offset degrades the position instead of panicking.
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let line = before.matches('\n').count() + 1;
        let column = before[line_start..].chars().count() + 1;
        Location {
            file: file.to_path_buf(),
            line: u32::try_from(line).unwrap_or(u32::MAX),
            column: u32::try_from(column).unwrap_or(u32::MAX),
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file.display(), self.line, self.column)
    }
}

/// Everything that can be wrong with a mapping or taxonomy file.
///
/// Each variant carries where (`at`: file, line, column) and the offending
/// text, and its message ends with a hint on how to fix it. Messages have
/// the `file:line:col: problem (hint)` shape editors and CI logs link to.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file could not be read at all.
    #[error("{}: cannot read file: {source}", path.display())]
    Read {
        /// The path as given.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: io::Error,
    },

    /// Not valid TOML, an unknown key, a missing key or a value of the wrong
    /// type (reported by the TOML parser).
    #[error("{at}: {message} (in `{snippet}`)")]
    Toml {
        /// Where the parser stopped.
        at: Location,
        /// The parser's explanation (lists the expected keys for unknown ones).
        message: String,
        /// The source line containing the problem, trimmed.
        snippet: String,
    },

    /// The taxonomy file named by the mapping cannot be read.
    #[error("{at}: cannot read taxonomy file `{written}` (resolved to {}): {source} (paths are relative to the mapping file's folder)", resolved.display())]
    TaxonomyUnreadable {
        /// The `taxonomy = ...` value.
        at: Location,
        /// The path as written in the mapping file.
        written: String,
        /// The path that was opened.
        resolved: PathBuf,
        /// The I/O error.
        #[source]
        source: io::Error,
    },

    /// A rule that would match every item: no category matcher, no
    /// `source` and no condition.
    #[error("{at}: rule `{rule_id}` matches everything: it has no category matcher (`category_id`, `category_alias`, `category_title`, `old_url_prefix`), no `source` and no condition (add one; to place every unmatched item in one section, use `[unmapped]` with `policy = \"keep-in\"` instead)")]
    NoSelector {
        /// The rule's `[[rule]]` header.
        at: Location,
        /// The rule's id.
        rule_id: String,
    },

    /// A rule with more than one selector.
    #[error("{at}: rule `{rule_id}` has a second category matcher `{second}` besides `{first}` (keep exactly one; write another rule for the other category)")]
    TwoSelectors {
        /// The second selector's value.
        at: Location,
        /// The rule's id.
        rule_id: String,
        /// Key of the first selector.
        first: &'static str,
        /// Key of the second selector.
        second: &'static str,
    },

    /// Two rules with the same id.
    #[error("{at}: duplicate rule id `{id}` (already used at {first}; rule ids must be unique across the mapping and its includes: rename one)")]
    DuplicateRuleId {
        /// The second `id = ...` value.
        at: Location,
        /// The id.
        id: String,
        /// The first `id = ...` value with this id (maybe in another file).
        first: Location,
    },

    /// A section slug that the taxonomy does not define.
    #[error("{at}: unknown section `{slug}` (sections are defined in {}{})", taxonomy.display(), did_you_mean(suggestion))]
    UnknownSection {
        /// The `section = ...` value.
        at: Location,
        /// The slug as written.
        slug: String,
        /// The taxonomy file (resolved path).
        taxonomy: PathBuf,
        /// The closest existing slug, if any is close.
        suggestion: Option<String>,
    },

    /// Two sections with the same slug.
    #[error("{at}: duplicate section slug `{slug}` (already defined at {first}; slugs must be unique across the taxonomy and the mapping's own sections: rename one, or drop the copy)")]
    DuplicateSection {
        /// The second `slug = ...` value.
        at: Location,
        /// The slug.
        slug: String,
        /// The first definition's `slug = ...` value (maybe in another file).
        first: Location,
    },

    /// A `parent` naming no section of the taxonomy.
    #[error("{at}: section `{slug}` has unknown parent `{parent}` (a parent must be another section's slug{})", did_you_mean(suggestion))]
    UnknownParent {
        /// The `parent = ...` value.
        at: Location,
        /// The section with the bad parent.
        slug: String,
        /// The parent as written.
        parent: String,
        /// The closest existing slug, if any is close.
        suggestion: Option<String>,
    },

    /// Sections whose parents form a loop.
    #[error(
        "{at}: section `{slug}` is its own ancestor ({chain}) (remove one of these `parent` keys)"
    )]
    ParentCycle {
        /// The `parent = ...` value of `slug`.
        at: Location,
        /// A section on the loop.
        slug: String,
        /// The loop, e.g. `a -> b -> a`.
        chain: String,
    },

    /// A slug outside `[a-z0-9-]+`.
    #[error("{at}: invalid slug `{slug}` (use only lower-case ASCII letters, digits and `-`, e.g. `tin-tuc-su-kien`)")]
    InvalidSlug {
        /// The slug's value.
        at: Location,
        /// The slug as written.
        slug: String,
    },

    /// A required text value that is empty or only whitespace.
    #[error("{at}: `{key}` is empty (give it a value or remove the entry)")]
    Empty {
        /// The value.
        at: Location,
        /// The key.
        key: &'static str,
    },

    /// A regular expression (`title_regex`, `body_regex`, a section's
    /// `patterns`) that does not compile.
    #[error("{at}: `{key}` value `{pattern}` is not a valid regular expression: {message} (Rust `regex` syntax: no look-around or back-references; escape `\\` as `\\\\` in basic strings, or use a literal string '...')")]
    BadRegex {
        /// The value.
        at: Location,
        /// The key.
        key: &'static str,
        /// The pattern as written.
        pattern: String,
        /// What the regex compiler said, on one line.
        message: String,
    },

    /// A date that is not `YYYY-MM-DD`.
    #[error("{at}: `{key}` value `{value}` is not a date (write YYYY-MM-DD, e.g. \"2021-07-01\")")]
    BadDate {
        /// The value.
        at: Location,
        /// The key.
        key: &'static str,
        /// The value as written.
        value: String,
    },

    /// A `kind` that names no kind of item.
    #[error("{at}: unknown kind `{kind}` (use \"article\", \"document\" or \"category\", or a list of them{})", did_you_mean(suggestion))]
    UnknownKind {
        /// The value.
        at: Location,
        /// The kind as written.
        kind: String,
        /// The closest kind, if any is close.
        suggestion: Option<String>,
    },

    /// `published_from` after `published_until`: no item can match.
    #[error("{at}: `published_until` {until} is before `published_from` {from} (no item could match; swap them)")]
    EmptyDateRange {
        /// The `published_until` value.
        at: Location,
        /// `published_from` as written.
        from: String,
        /// `published_until` as written.
        until: String,
    },

    /// An included file that cannot be read.
    #[error("{at}: cannot read included file `{written}` (resolved to {}): {source} (include paths are relative to the folder of the file that includes them)", resolved.display())]
    IncludeUnreadable {
        /// The include entry.
        at: Location,
        /// The path as written.
        written: String,
        /// The path that was opened.
        resolved: PathBuf,
        /// The I/O error.
        #[source]
        source: io::Error,
    },

    /// Files that include each other.
    #[error("{at}: include cycle {chain} (remove this include, or the one that leads back here)")]
    IncludeCycle {
        /// The include entry that closes the loop.
        at: Location,
        /// The files, e.g. `a.toml -> b.toml -> a.toml`.
        chain: String,
    },

    /// A key that is valid TOML but meaningless where it is.
    #[error("{at}: `{key}` {problem}")]
    Misplaced {
        /// The key's value.
        at: Location,
        /// The key.
        key: &'static str,
        /// Why it does not belong there, with a hint.
        problem: &'static str,
    },
}

fn did_you_mean(suggestion: &Option<String>) -> String {
    match suggestion {
        Some(s) => format!("; did you mean `{s}`?"),
        None => String::new(),
    }
}

impl Error {
    /// Where in which file the problem is, when it is in a file's content.
    pub fn location(&self) -> Option<&Location> {
        match self {
            Error::Read { .. } => None,
            Error::Toml { at, .. }
            | Error::TaxonomyUnreadable { at, .. }
            | Error::NoSelector { at, .. }
            | Error::TwoSelectors { at, .. }
            | Error::DuplicateRuleId { at, .. }
            | Error::UnknownSection { at, .. }
            | Error::DuplicateSection { at, .. }
            | Error::UnknownParent { at, .. }
            | Error::ParentCycle { at, .. }
            | Error::InvalidSlug { at, .. }
            | Error::Empty { at, .. }
            | Error::BadRegex { at, .. }
            | Error::BadDate { at, .. }
            | Error::UnknownKind { at, .. }
            | Error::EmptyDateRange { at, .. }
            | Error::IncludeUnreadable { at, .. }
            | Error::IncludeCycle { at, .. }
            | Error::Misplaced { at, .. } => Some(at),
        }
    }

    /// Converts a `toml` deserialisation error into [`Error::Toml`].
    pub(crate) fn from_toml(err: &toml::de::Error, file: &Path, text: &str) -> Self {
        let offset = err.span().map_or(0, |s| s.start);
        let at = Location::at(file, text, offset);
        let snippet = text
            .lines()
            .nth(at.line.saturating_sub(1) as usize)
            .unwrap_or("")
            .trim();
        Error::Toml {
            at,
            message: err.message().trim().replace('\n', "; "),
            snippet: truncate(snippet, 80),
        }
    }
}

/// Shortens long snippets for one-line messages, on a char boundary.
fn truncate(s: &str, max_chars: usize) -> String {
    match s.char_indices().nth(max_chars) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_owned(),
    }
}

/// The closest of `candidates` to `wanted`, for "did you mean" hints: a
/// candidate extending (or extended by) `wanted` wins, else the smallest edit
/// distance within a third of the length; ties go to file order.
pub(crate) fn suggest<'a>(
    wanted: &str,
    candidates: impl Iterator<Item = &'a str>,
) -> Option<String> {
    let max_distance = (wanted.chars().count() / 3).max(1);
    candidates
        .filter(|c| *c != wanted)
        .filter_map(|c| {
            let prefix = c.starts_with(wanted) || wanted.starts_with(c);
            let distance = levenshtein(wanted, c);
            (prefix || distance <= max_distance).then_some(((!prefix, distance), c))
        })
        .min_by_key(|(score, _)| *score)
        .map(|(_, c)| c.to_owned())
}

fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(ca != *cb);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(diagonal + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_count_lines_and_chars() {
        let text = "a = 1\nđề = \"x\"\n";
        let loc = Location::at(Path::new("f.toml"), text, text.find("\"x").unwrap_or(0));
        assert_eq!(loc.to_string(), "f.toml:2:6");
        assert_eq!(Location::at(Path::new("f"), text, 0).to_string(), "f:1:1");
        assert_eq!(Location::at(Path::new("f"), text, 10_000).line, 3);
        // Inside a multi-byte char: clamps back instead of panicking.
        assert_eq!(Location::at(Path::new("f"), text, 7).column, 1);
    }

    #[test]
    fn suggestions() {
        let slugs = ["gioi-thieu", "tin-tuc-su-kien", "van-ban"];
        assert_eq!(
            suggest("tin-tuc", slugs.into_iter()).as_deref(),
            Some("tin-tuc-su-kien")
        );
        assert_eq!(
            suggest("van-ba", slugs.into_iter()).as_deref(),
            Some("van-ban")
        );
        assert_eq!(
            suggest("gioi-thieuu", slugs.into_iter()).as_deref(),
            Some("gioi-thieu")
        );
        assert_eq!(suggest("lien-he", slugs.into_iter()), None);
        assert_eq!(levenshtein("kitten", "sitting"), 3);
    }
}
