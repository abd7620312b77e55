//! The new portal's sections (`taxonomy.toml`).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::error::{suggest, Error, Location};
use crate::fold::nfc_owned;

/// One section of the new portal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    /// URL slug, `[a-z0-9-]+`, unique in the taxonomy.
    pub slug: String,
    /// Vietnamese display name (NFC).
    pub name: String,
    /// English display name (NFC), if given.
    pub name_en: Option<String>,
    /// Slug of the parent section, if any; always names a section of the
    /// same taxonomy, and parents never form a loop.
    pub parent: Option<String>,
    /// The legal provisions that make a portal carry this section, one per
    /// decree and article (empty for a site's own sections).
    pub basis: Vec<Basis>,
    /// Mandatory under every legal basis, whatever `basis` says: a
    /// province's own audit list can require sections no decree names.
    pub required: bool,
    /// Category titles old portals used for this section (for `init`'s
    /// suggestions), NFC.
    pub old_names: Vec<String>,
    /// Phrases typical of the section's content, NFC, matched
    /// case-insensitively at word boundaries on normalised text.
    pub cues: Vec<String>,
    /// Regular expressions typical of the section's content (document
    /// symbols, signature blocks), matched on the text as loaded.
    pub patterns: Vec<String>,
}

/// One legal provision behind a section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Basis {
    /// The decree (or law) by number, e.g. `42/2022`, `43/2011`, `224/2026`.
    pub decree: String,
    /// Article, clause and point, e.g. `Art. 4(1)(a)`.
    pub article: String,
    /// How sure the research behind the taxonomy is that this provision
    /// names the section.
    pub confidence: Confidence,
    /// What the provision says, in brief.
    pub note: Option<String>,
}

/// How sure we are of a [`Basis`].
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Confidence {
    /// Not found in the text; kept because practice uses it. Such a basis
    /// does not make the section mandatory.
    Low,
    /// Content confirmed, location or wording not.
    Medium,
    /// One good summary, or an ordered list that implies the point.
    MediumHigh,
    /// Read in full text, or two independent summaries agree.
    High,
}

impl Section {
    /// Whether a portal must have this section under `decree` (`42/2022`):
    /// the section is `required`, or a basis of at least medium confidence
    /// cites that decree.
    pub fn mandatory_under(&self, decree: &str) -> bool {
        self.required
            || self
                .basis
                .iter()
                .any(|b| b.decree == decree && b.confidence > Confidence::Low)
    }
}

/// The new portal's sections, in file order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Taxonomy {
    /// Sections in file order (a section auto-created by a mapping is
    /// appended at the end).
    pub sections: Vec<Section>,
    /// The file the taxonomy was read from.
    pub file: PathBuf,
}

/// A taxonomy file as written (also the `[[section]]` tables of a mapping
/// file). Doc comments here become the JSON Schema's descriptions.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "portmig taxonomy")]
pub(crate) struct RawTaxonomy {
    /// The new portal's sections, in display order.
    #[serde(default)]
    pub(crate) section: Vec<RawSection>,
}

/// One `[[section]]`.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSection {
    /// URL slug: lower-case ASCII letters, digits and `-`, unique.
    #[schemars(with = "String", regex(pattern = r"^[a-z0-9-]+$"))]
    slug: Spanned<String>,
    /// Vietnamese display name.
    #[schemars(with = "String")]
    name: Spanned<String>,
    /// English display name.
    #[schemars(with = "Option<String>")]
    name_en: Option<Spanned<String>>,
    /// Slug of the parent section.
    #[schemars(with = "Option<String>")]
    parent: Option<Spanned<String>>,
    /// Legal provisions that make a portal carry this section, one per
    /// decree and article.
    #[serde(default)]
    basis: Vec<RawBasis>,
    /// Mandatory whatever `basis` says (a province's own audit list).
    #[serde(default)]
    required: bool,
    /// Category titles old portals used for this section.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    old_names: Vec<Spanned<String>>,
    /// Lower-case phrases typical of the section's content.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    cues: Vec<Spanned<String>>,
    /// Regular expressions (Rust `regex` syntax, case-insensitive) typical
    /// of the section's content.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    patterns: Vec<Spanned<String>>,
}

/// One `[[section.basis]]`.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawBasis {
    /// The decree or law by number: `43/2011`, `42/2022`, `224/2026`, `LAI 2016`.
    #[schemars(with = "String")]
    decree: Spanned<String>,
    /// Article, clause and point, e.g. `Art. 4(1)(a)`.
    #[schemars(with = "String")]
    article: Spanned<String>,
    /// How sure the research is that this provision names the section.
    confidence: Confidence,
    /// What the provision says, in brief.
    note: Option<String>,
}

/// A file's name and text, for positioned errors.
#[derive(Clone, Copy)]
pub(crate) struct Src<'a> {
    pub(crate) file: &'a Path,
    pub(crate) text: &'a str,
}

impl Src<'_> {
    pub(crate) fn at(&self, offset: usize) -> Location {
        Location::at(self.file, self.text, offset)
    }
}

impl Taxonomy {
    /// Reads and validates a taxonomy file.
    pub fn load(path: &Path) -> Result<Taxonomy, Error> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Taxonomy::parse(&text, path)
    }

    /// Parses and validates taxonomy TOML; `file` is used in errors only.
    ///
    /// Checks: known keys only, slugs valid and unique, names not empty,
    /// parents existing and acyclic, every `basis` with a decree and an
    /// article, every pattern a valid regular expression.
    pub fn parse(text: &str, file: &Path) -> Result<Taxonomy, Error> {
        let raw = parse_raw(text, file)?;
        let src = Src { file, text };
        Ok(Taxonomy {
            sections: build(vec![(raw.section, src)])?,
            file: file.to_path_buf(),
        })
    }

    /// The section with this slug.
    pub fn get(&self, slug: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.slug == slug)
    }

    /// The decrees sections cite, oldest first (by the year after the
    /// slash, then by number): the last is the default basis of a coverage
    /// report.
    pub fn decrees(&self) -> Vec<&str> {
        let mut d: Vec<&str> = self
            .sections
            .iter()
            .flat_map(|s| s.basis.iter().map(|b| b.decree.as_str()))
            .collect();
        let key = |d: &str| {
            let (n, y) = d.split_once('/').unwrap_or((d, ""));
            let num = |s: &str| s.trim().parse::<u32>().unwrap_or(0);
            (num(y), num(n), d.to_owned())
        };
        d.sort_by_key(|d| key(d));
        d.dedup();
        d
    }

    /// Section slugs in file order.
    pub fn slugs(&self) -> impl Iterator<Item = &str> {
        self.sections.iter().map(|s| s.slug.as_str())
    }
}

/// NFC, trimmed copies of a list of phrases.
fn texts(list: Vec<Spanned<String>>) -> Vec<String> {
    list.into_iter()
        .map(|t| nfc_owned(t.into_inner().trim()))
        .collect()
}

/// Slugs become URL path segments on the new portal, hence the strict set.
pub(crate) fn is_valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

pub(crate) fn check_slug(slug: &Spanned<String>, file: &Path, text: &str) -> Result<(), Error> {
    if is_valid_slug(slug.get_ref()) {
        Ok(())
    } else {
        Err(Error::InvalidSlug {
            at: Location::at(file, text, slug.span().start),
            slug: slug.get_ref().clone(),
        })
    }
}

pub(crate) fn non_empty(
    value: &Spanned<String>,
    key: &'static str,
    file: &Path,
    text: &str,
) -> Result<(), Error> {
    if value.get_ref().trim().is_empty() {
        Err(Error::Empty {
            at: Location::at(file, text, value.span().start),
            key,
        })
    } else {
        Ok(())
    }
}

/// Parses a taxonomy file without validating it.
pub(crate) fn parse_raw(text: &str, file: &Path) -> Result<RawTaxonomy, Error> {
    toml::from_str(text).map_err(|e| Error::from_toml(&e, file, text))
}

/// Validates sections coming from one or more files (the taxonomy, then a
/// mapping's own sections) as one list and converts them.
pub(crate) fn build(parts: Vec<(Vec<RawSection>, Src<'_>)>) -> Result<Vec<Section>, Error> {
    let all: Vec<(RawSection, Src<'_>)> = parts
        .into_iter()
        .flat_map(|(sections, src)| sections.into_iter().map(move |s| (s, src)))
        .collect();

    let mut first: HashMap<&str, Location> = HashMap::new();
    for (s, src) in &all {
        check_slug(&s.slug, src.file, src.text)?;
        let here = src.at(s.slug.span().start);
        if let Some(previous) = first.insert(s.slug.get_ref(), here.clone()) {
            return Err(Error::DuplicateSection {
                at: here,
                slug: s.slug.get_ref().clone(),
                first: previous,
            });
        }
        non_empty(&s.name, "name", src.file, src.text)?;
        if let Some(en) = &s.name_en {
            non_empty(en, "name_en", src.file, src.text)?;
        }
        for b in &s.basis {
            non_empty(&b.decree, "decree", src.file, src.text)?;
            non_empty(&b.article, "article", src.file, src.text)?;
        }
        for c in &s.cues {
            non_empty(c, "cues", src.file, src.text)?;
        }
        for p in &s.patterns {
            check_pattern(s.slug.get_ref(), p, *src)?;
        }
    }

    for (s, src) in &all {
        let Some(parent) = &s.parent else { continue };
        if !first.contains_key(parent.get_ref().as_str()) {
            return Err(Error::UnknownParent {
                at: src.at(parent.span().start),
                slug: s.slug.get_ref().clone(),
                parent: parent.get_ref().clone(),
                suggestion: suggest(
                    parent.get_ref(),
                    all.iter().map(|(s, _)| s.slug.get_ref().as_str()),
                ),
            });
        }
    }
    check_cycles(&all)?;

    Ok(all
        .into_iter()
        .map(|(s, _)| Section {
            slug: s.slug.into_inner(),
            name: nfc_owned(s.name.into_inner().trim()),
            name_en: s.name_en.map(|n| nfc_owned(n.into_inner().trim())),
            parent: s.parent.map(Spanned::into_inner),
            basis: s
                .basis
                .into_iter()
                .map(|b| Basis {
                    decree: b.decree.into_inner().trim().to_owned(),
                    article: b.article.into_inner().trim().to_owned(),
                    confidence: b.confidence,
                    note: b.note.map(|n| nfc_owned(n.trim())),
                })
                .collect(),
            required: s.required,
            old_names: texts(s.old_names),
            cues: texts(s.cues),
            patterns: s.patterns.into_iter().map(Spanned::into_inner).collect(),
        })
        .collect())
}

/// Compiles a section pattern the way the classifier will at scoring time
/// (through `classify::Cues`), so a taxonomy that loads never fails there.
fn check_pattern(slug: &str, pattern: &Spanned<String>, src: Src<'_>) -> Result<(), Error> {
    let one = classify::SectionCues {
        slug: slug.to_owned(),
        phrases: Vec::new(),
        patterns: vec![pattern.get_ref().clone()],
    };
    match classify::Cues::new(&[one]) {
        Ok(_) => Ok(()),
        Err(e) => Err(Error::BadRegex {
            at: src.at(pattern.span().start),
            key: "patterns",
            pattern: pattern.get_ref().clone(),
            message: one_line(&e.message),
        }),
    }
}

/// The regex crate's messages span several lines (the pattern, a caret
/// under the problem, then `error: ...`); positioned errors are one line,
/// so the caret becomes a character position.
pub(crate) fn one_line(message: &str) -> String {
    let lines: Vec<&str> = message.lines().collect();
    let what = lines
        .iter()
        .rev()
        .find_map(|l| l.trim().strip_prefix("error:"))
        .map(str::trim);
    let caret = lines
        .iter()
        .zip(lines.iter().skip(1))
        .find_map(|(pattern, marks)| {
            let marks_only =
                !marks.trim().is_empty() && marks.trim().chars().all(|c| c == '^' || c == '~');
            if !marks_only {
                return None;
            }
            let indent = pattern.len() - pattern.trim_start().len();
            let column = marks.find('^')?.checked_sub(indent)?;
            // The caret line is ASCII, so its byte index counts characters.
            Some(column + 1)
        });
    match (what, caret) {
        (Some(what), Some(at)) => format!("{what} (at character {at} of the pattern)"),
        (Some(what), None) => what.to_owned(),
        _ => lines
            .iter()
            .map(|l| l.trim())
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// Follows each section's parent chain; a chain longer than the number of
/// sections must revisit one, i.e. loop. Taxonomies are small (tens of
/// sections), so the quadratic walk is fine.
fn check_cycles(sections: &[(RawSection, Src<'_>)]) -> Result<(), Error> {
    let parent_of: HashMap<&str, &str> = sections
        .iter()
        .filter_map(|(s, _)| {
            Some((
                s.slug.get_ref().as_str(),
                s.parent.as_ref()?.get_ref().as_str(),
            ))
        })
        .collect();
    for (s, src) in sections {
        let start = s.slug.get_ref().as_str();
        let mut chain = vec![start];
        let mut current = start;
        while let Some(&parent) = parent_of.get(current) {
            chain.push(parent);
            if parent == start {
                let at = s
                    .parent
                    .as_ref()
                    .map_or(s.slug.span().start, |p| p.span().start);
                return Err(Error::ParentCycle {
                    at: src.at(at),
                    slug: start.to_owned(),
                    chain: chain.join(" -> "),
                });
            }
            if chain.len() > sections.len() {
                // A loop further up, not through `start`; reported when the
                // walk starts from one of its members.
                break;
            }
            current = parent;
        }
    }
    Ok(())
}
