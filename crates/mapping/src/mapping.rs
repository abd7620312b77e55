//! The mapping file: rules from old categories to new sections.

use std::collections::HashMap;
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use toml::Spanned;

use crate::error::{suggest, Error, Location};
use crate::fold::nfc_owned;
use crate::taxonomy::{check_slug, non_empty, Section, Taxonomy};

/// Section used by the default `keep-in` policy.
pub const DEFAULT_UNMAPPED_SECTION: &str = "unmapped";

/// What happens to items no rule maps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum UnmappedPolicy {
    /// Put them into this section (the default, into `unmapped`).
    KeepIn(String),
    /// Leave them out of the migration (reported in the audit).
    Skip,
    /// Stop the run.
    Fail,
}

/// How a rule recognises an old category.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Selector {
    /// `category_id`: the old numeric id (NukeViet `catid`).
    CategoryId(i64),
    /// `category_alias`: the old URL alias, ASCII case-insensitive.
    CategoryAlias(String),
    /// `category_title`: the old title, compared after NFC and Unicode
    /// lower-casing (whitespace runs folded); with `tone_insensitive`, also
    /// ignoring all diacritics including `đ`.
    CategoryTitle {
        /// The title as written (trimmed, NFC).
        title: String,
        /// Whether diacritics are ignored.
        tone_insensitive: bool,
    },
}

impl fmt::Display for Selector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Selector::CategoryId(id) => write!(f, "category_id = {id}"),
            Selector::CategoryAlias(alias) => write!(f, "category_alias = {alias:?}"),
            Selector::CategoryTitle {
                title,
                tone_insensitive: false,
            } => write!(f, "category_title = {title:?}"),
            Selector::CategoryTitle {
                title,
                tone_insensitive: true,
            } => write!(f, "category_title = {title:?} (tone-insensitive)"),
        }
    }
}

/// One `[[rule]]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rule {
    /// Unique id, shown in audit events.
    pub id: String,
    /// Which old category the rule is about.
    pub selector: Selector,
    /// If set, the rule only applies to items from this source (NukeViet
    /// module name such as `news`), ASCII case-insensitive.
    pub source: Option<String>,
    /// Target section slug; exists in the taxonomy.
    pub section: String,
    /// 1-based line of the rule's `[[rule]]` header.
    pub line: u32,
}

/// A validated mapping with its taxonomy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mapping {
    /// The taxonomy the mapping refers to (plus the auto-created `unmapped`
    /// section, appended, when the default `keep-in` needed it).
    pub taxonomy: Taxonomy,
    /// Rules in file order (the order [`Mapping::decide`] tries them).
    pub rules: Vec<Rule>,
    /// What happens to items no rule maps.
    pub unmapped: UnmappedPolicy,
    /// SHA-256 (hex) of the mapping file's bytes, a NUL byte, then the
    /// taxonomy file's bytes, for run fingerprints. TOML files cannot contain
    /// NUL, so the separator makes the pair unambiguous.
    pub fingerprint: String,
    /// The mapping file, as given.
    pub file: PathBuf,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMapping {
    taxonomy: Spanned<String>,
    unmapped: Option<RawUnmapped>,
    #[serde(default)]
    rule: Vec<Spanned<RawRule>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawUnmapped {
    policy: Option<Spanned<RawPolicy>>,
    section: Option<Spanned<String>>,
}

#[derive(Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
enum RawPolicy {
    KeepIn,
    Skip,
    Fail,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: Spanned<String>,
    category_id: Option<Spanned<i64>>,
    category_alias: Option<Spanned<String>>,
    category_title: Option<Spanned<String>>,
    tone_insensitive: Option<Spanned<bool>>,
    source: Option<Spanned<String>>,
    section: Spanned<String>,
}

impl Mapping {
    /// Reads a mapping file and the taxonomy it names (relative to the
    /// mapping file's folder), and validates both.
    pub fn load(path: &Path) -> Result<Mapping, Error> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Mapping::parse(&text, path, |taxonomy| std::fs::read_to_string(taxonomy))
    }

    /// Parses and validates mapping TOML. `file` is the mapping's path (for
    /// errors and for resolving `taxonomy`); `read_taxonomy` is given the
    /// resolved taxonomy path and returns its text, so tests need no files.
    pub fn parse(
        text: &str,
        file: &Path,
        read_taxonomy: impl FnOnce(&Path) -> io::Result<String>,
    ) -> Result<Mapping, Error> {
        let raw: RawMapping = toml::from_str(text).map_err(|e| Error::from_toml(&e, file, text))?;
        let at = |offset: usize| Location::at(file, text, offset);

        non_empty(&raw.taxonomy, "taxonomy", file, text)?;
        let written = raw.taxonomy.get_ref().as_str();
        let resolved = file.parent().unwrap_or(Path::new("")).join(written);
        let taxonomy_text =
            read_taxonomy(&resolved).map_err(|source| Error::TaxonomyUnreadable {
                at: at(raw.taxonomy.span().start),
                written: written.to_owned(),
                resolved: resolved.clone(),
                source,
            })?;
        let mut taxonomy = Taxonomy::parse(&taxonomy_text, &resolved)?;

        let unmapped = unmapped_policy(raw.unmapped.as_ref(), &mut taxonomy, file, text)?;

        let mut rules = Vec::with_capacity(raw.rule.len());
        let mut seen: HashMap<&str, u32> = HashMap::new();
        for spanned in &raw.rule {
            let rule = spanned.get_ref();
            let line = at(spanned.span().start).line;
            non_empty(&rule.id, "id", file, text)?;
            if let Some(first_line) = seen.insert(rule.id.get_ref(), line) {
                return Err(Error::DuplicateRuleId {
                    at: at(rule.id.span().start),
                    id: rule.id.get_ref().clone(),
                    first_line,
                });
            }
            let selector = selector(rule, spanned.span().start, file, text)?;
            let source = match &rule.source {
                Some(s) => {
                    non_empty(s, "source", file, text)?;
                    Some(s.get_ref().trim().to_owned())
                }
                None => None,
            };
            let section = rule.section.get_ref();
            if taxonomy.get(section).is_none() {
                return Err(unknown_section(&rule.section, &taxonomy, file, text));
            }
            rules.push(Rule {
                id: rule.id.get_ref().clone(),
                selector,
                source,
                section: section.clone(),
                line,
            });
        }

        let mut hasher = Sha256::new();
        hasher.update(text.as_bytes());
        hasher.update([0u8]);
        hasher.update(taxonomy_text.as_bytes());
        Ok(Mapping {
            taxonomy,
            rules,
            unmapped,
            fingerprint: hex::encode(hasher.finalize()),
            file: file.to_path_buf(),
        })
    }

    /// The rule with this id.
    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }

    /// Where a rule is defined, for audit events (`None` for an unknown id).
    pub fn rule_ref(&self, id: &str) -> Option<RuleRef<'_>> {
        self.rule(id).map(|rule| RuleRef {
            rule_id: &rule.id,
            file: &self.file,
            line: rule.line,
        })
    }
}

/// A rule's identity and place, for audit events (`Serialize` to JSON as
/// `{"rule_id": "...", "file": "...", "line": 12}`; displays as
/// `tin-tuc (mappings/site.toml:12)`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RuleRef<'m> {
    /// The rule's id.
    pub rule_id: &'m str,
    /// The mapping file.
    pub file: &'m Path,
    /// Line of the rule's `[[rule]]` header.
    pub line: u32,
}

impl fmt::Display for RuleRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} ({}:{})",
            self.rule_id,
            self.file.display(),
            self.line
        )
    }
}

fn unmapped_policy(
    raw: Option<&RawUnmapped>,
    taxonomy: &mut Taxonomy,
    file: &Path,
    text: &str,
) -> Result<UnmappedPolicy, Error> {
    let policy = raw
        .and_then(|u| u.policy.as_ref())
        .map_or(RawPolicy::KeepIn, |p| *p.get_ref());
    let section = raw.and_then(|u| u.section.as_ref());
    match (policy, section) {
        (RawPolicy::Skip | RawPolicy::Fail, Some(section)) => Err(Error::Misplaced {
            at: Location::at(file, text, section.span().start),
            key: "section",
            problem: "only applies with `policy = \"keep-in\"` (remove it, or change the policy)",
        }),
        (RawPolicy::Skip, None) => Ok(UnmappedPolicy::Skip),
        (RawPolicy::Fail, None) => Ok(UnmappedPolicy::Fail),
        (RawPolicy::KeepIn, Some(section)) => {
            check_slug(section, file, text)?;
            let slug = section.get_ref();
            if taxonomy.get(slug).is_none() {
                // Only the default slug is created on demand: any other name
                // is far more likely a typo than a wish for a new section.
                if slug != DEFAULT_UNMAPPED_SECTION {
                    return Err(unknown_section(section, taxonomy, file, text));
                }
                add_unmapped_section(taxonomy);
            }
            Ok(UnmappedPolicy::KeepIn(slug.clone()))
        }
        (RawPolicy::KeepIn, None) => {
            if taxonomy.get(DEFAULT_UNMAPPED_SECTION).is_none() {
                add_unmapped_section(taxonomy);
            }
            Ok(UnmappedPolicy::KeepIn(DEFAULT_UNMAPPED_SECTION.to_owned()))
        }
    }
}

fn add_unmapped_section(taxonomy: &mut Taxonomy) {
    taxonomy.sections.push(Section {
        slug: DEFAULT_UNMAPPED_SECTION.to_owned(),
        name: "Chưa phân loại".to_owned(),
        name_en: Some("Unmapped".to_owned()),
        parent: None,
        basis: Vec::new(),
        required: false,
        old_names: Vec::new(),
        cues: Vec::new(),
        patterns: Vec::new(),
    });
}

fn unknown_section(
    section: &Spanned<String>,
    taxonomy: &Taxonomy,
    file: &Path,
    text: &str,
) -> Error {
    Error::UnknownSection {
        at: Location::at(file, text, section.span().start),
        slug: section.get_ref().clone(),
        taxonomy: taxonomy.file.clone(),
        suggestion: suggest(section.get_ref(), taxonomy.slugs()),
    }
}

/// Builds the rule's selector, insisting on exactly one.
fn selector(rule: &RawRule, header: usize, file: &Path, text: &str) -> Result<Selector, Error> {
    let mut present: Vec<(&'static str, usize)> = Vec::with_capacity(3);
    if let Some(v) = &rule.category_id {
        present.push(("category_id", v.span().start));
    }
    if let Some(v) = &rule.category_alias {
        present.push(("category_alias", v.span().start));
    }
    if let Some(v) = &rule.category_title {
        present.push(("category_title", v.span().start));
    }
    // "Second" means second in the file, which is where the admin looks.
    present.sort_by_key(|(_, offset)| *offset);
    if let [(first, _), (second, offset), ..] = present[..] {
        return Err(Error::TwoSelectors {
            at: Location::at(file, text, offset),
            rule_id: rule.id.get_ref().clone(),
            first,
            second,
        });
    }
    if let Some(flag) = &rule.tone_insensitive {
        if rule.category_title.is_none() {
            return Err(Error::Misplaced {
                at: Location::at(file, text, flag.span().start),
                key: "tone_insensitive",
                problem: "only applies to `category_title` selectors (remove it)",
            });
        }
    }
    if let Some(id) = &rule.category_id {
        return Ok(Selector::CategoryId(*id.get_ref()));
    }
    if let Some(alias) = &rule.category_alias {
        non_empty(alias, "category_alias", file, text)?;
        return Ok(Selector::CategoryAlias(alias.get_ref().trim().to_owned()));
    }
    if let Some(title) = &rule.category_title {
        non_empty(title, "category_title", file, text)?;
        return Ok(Selector::CategoryTitle {
            title: nfc_owned(title.get_ref().trim()),
            tone_insensitive: rule.tone_insensitive.as_ref().is_some_and(|f| *f.get_ref()),
        });
    }
    Err(Error::NoSelector {
        at: Location::at(file, text, header),
        rule_id: rule.id.get_ref().clone(),
    })
}
