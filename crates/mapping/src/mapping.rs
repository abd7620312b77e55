//! The mapping file: rules from old categories to new sections.

use std::collections::HashMap;
use std::fmt;
use std::io;
use std::path::{Component, Path, PathBuf};

use chrono::NaiveDate;
use regex::{Regex, RegexBuilder};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use toml::Spanned;

use crate::error::{suggest, Error, Location};
use crate::fold::nfc_owned;
use crate::taxonomy::{
    build, check_slug, non_empty, one_line, parse_raw, RawSection, Section, Src, Taxonomy,
};

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

/// How a rule recognises an old category (a rule has at most one).
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
    /// `old_url_prefix`: the category's old URL path starts with this path
    /// (ASCII case-insensitive; scheme and host dropped at load, leading
    /// `/` optional on both sides).
    OldUrlPrefix(String),
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
            Selector::OldUrlPrefix(prefix) => write!(f, "old_url_prefix = {prefix:?}"),
        }
    }
}

/// What an item is, for the `kind` condition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A news article.
    Article,
    /// A legal document (eGovernment `laws`).
    Document,
    /// An old category itself (its own placement on the new portal).
    Category,
}

impl Kind {
    const ALL: [(&'static str, Kind); 3] = [
        ("article", Kind::Article),
        ("document", Kind::Document),
        ("category", Kind::Category),
    ];
}

/// A compiled case-insensitive regular expression, compared and
/// serialised as written.
#[derive(Debug, Clone)]
pub struct Pattern(Regex);

impl Pattern {
    /// The pattern as written.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// Whether the pattern occurs anywhere in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        self.0.is_match(text)
    }
}

impl PartialEq for Pattern {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Pattern {}

impl Serialize for Pattern {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Conditions on the item a rule places; all that are set must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Conditions {
    /// `title_regex`: occurs in the title (case-insensitive).
    pub title_regex: Option<Pattern>,
    /// `body_regex`: occurs in the body's plain text (case-insensitive).
    pub body_regex: Option<Pattern>,
    /// `kind`: the item is one of these (empty = any).
    pub kinds: Vec<Kind>,
    /// `published_from`: published on or after this date (site calendar).
    pub published_from: Option<NaiveDate>,
    /// `published_until`: published on or before this date.
    pub published_until: Option<NaiveDate>,
    /// `author`: the item's author or a contributor is one of these (NFC,
    /// compared case-insensitively; empty = any).
    pub authors: Vec<String>,
}

impl Conditions {
    /// Whether no condition is set.
    pub fn is_empty(&self) -> bool {
        self == &Conditions::default()
    }
}

/// One `[[rule]]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rule {
    /// Unique id (across the mapping and its includes), shown in audit
    /// events.
    pub id: String,
    /// Which old category the rule is about; `None`: the rule is tried at
    /// every level of the category path, and for items with no category.
    pub selector: Option<Selector>,
    /// If set, the rule only applies to items from this source (NukeViet
    /// module name such as `news`), ASCII case-insensitive.
    pub source: Option<String>,
    /// Conditions on the item itself.
    pub conditions: Conditions,
    /// Target section slug; exists in the taxonomy.
    pub section: String,
    /// The file the rule is written in (the mapping file or an include,
    /// as resolved).
    pub file: PathBuf,
    /// 1-based line of the rule's `[[rule]]` header.
    pub line: u32,
}

/// A validated mapping with its taxonomy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mapping {
    /// The taxonomy the mapping refers to, then the mapping's own
    /// `[[section]]`s, then the auto-created `unmapped` section when the
    /// default `keep-in` needed it.
    pub taxonomy: Taxonomy,
    /// Rules in the order [`Mapping::decide`] tries them: the mapping
    /// file's own, then each include's (depth first, in the order listed).
    pub rules: Vec<Rule>,
    /// What happens to items no rule maps.
    pub unmapped: UnmappedPolicy,
    /// SHA-256 (hex) of the mapping file's bytes, then for the taxonomy
    /// and each included file (in load order) a NUL byte and its bytes,
    /// for run fingerprints. TOML files cannot contain NUL, so the
    /// separator makes the sequence unambiguous.
    pub fingerprint: String,
    /// The mapping file, as given.
    pub file: PathBuf,
    /// The included files, as resolved, in load order.
    pub includes: Vec<PathBuf>,
}

/// A mapping file as written. Doc comments here become the JSON Schema's
/// descriptions.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "portmig mapping")]
pub(crate) struct RawMapping {
    /// The taxonomy file (the new portal's sections), relative to this
    /// file's folder.
    #[schemars(with = "String")]
    taxonomy: Spanned<String>,
    /// Files of shared `[[rule]]`s, relative to this file's folder; their
    /// rules come after this file's own, in the order listed.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    include: Vec<Spanned<String>>,
    /// What happens to items no rule maps.
    unmapped: Option<RawUnmapped>,
    /// The site's own sections, appended to the taxonomy's.
    #[serde(default)]
    section: Vec<RawSection>,
    /// Rules, tried in order; the first that matches places the item.
    #[serde(default)]
    #[schemars(with = "Vec<RawRule>")]
    rule: Vec<Spanned<RawRule>>,
}

/// An included rule file as written.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "portmig shared rules")]
pub(crate) struct RawRuleFile {
    /// Further rule files, relative to this file's folder.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    include: Vec<Spanned<String>>,
    /// Rules, tried after those of the file that includes this one.
    #[serde(default)]
    #[schemars(with = "Vec<RawRule>")]
    rule: Vec<Spanned<RawRule>>,
}

/// `[unmapped]`.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawUnmapped {
    /// `keep-in` (default: into `section`), `skip` or `fail`.
    #[schemars(with = "Option<RawPolicy>")]
    policy: Option<Spanned<RawPolicy>>,
    /// With `keep-in`: the section (default `unmapped`, created if missing).
    #[schemars(with = "Option<String>")]
    section: Option<Spanned<String>>,
}

#[derive(Deserialize, JsonSchema, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
enum RawPolicy {
    KeepIn,
    Skip,
    Fail,
}

/// One value, or a list of values.
#[derive(Deserialize, JsonSchema)]
#[serde(untagged)]
#[schemars(rename = "OneOrMany_{T}")]
enum OneOrMany<T> {
    One(T),
    Many(Vec<T>),
}

/// One `[[rule]]` as written.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawRule {
    /// Unique id, shown in audit events.
    #[schemars(with = "String")]
    id: Spanned<String>,
    /// Matches the old category with this numeric id.
    #[schemars(with = "Option<i64>")]
    category_id: Option<Spanned<i64>>,
    /// Matches the old category with this URL alias (ASCII case-insensitive).
    #[schemars(with = "Option<String>")]
    category_alias: Option<Spanned<String>>,
    /// Matches the old category with this title (NFC, case-insensitive).
    #[schemars(with = "Option<String>")]
    category_title: Option<Spanned<String>>,
    /// With `category_title`: also ignore diacritics (`Tin tuc` = `Tin tức`).
    #[schemars(with = "Option<bool>")]
    tone_insensitive: Option<Spanned<bool>>,
    /// Matches old categories whose URL path starts with this.
    #[schemars(with = "Option<String>")]
    old_url_prefix: Option<Spanned<String>>,
    /// Only items of this source (NukeViet module, e.g. `news`).
    #[schemars(with = "Option<String>")]
    source: Option<Spanned<String>>,
    /// Only items whose title contains a match (Rust regex, case-insensitive).
    #[schemars(with = "Option<String>")]
    title_regex: Option<Spanned<String>>,
    /// Only items whose body text contains a match (Rust regex, case-insensitive).
    #[schemars(with = "Option<String>")]
    body_regex: Option<Spanned<String>>,
    /// Only items of this kind (or these kinds).
    #[schemars(with = "Option<OneOrMany<Kind>>")]
    kind: Option<Spanned<OneOrMany<String>>>,
    /// Only items published on or after this date (YYYY-MM-DD).
    #[schemars(with = "Option<String>", regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    published_from: Option<Spanned<toml::Value>>,
    /// Only items published on or before this date (YYYY-MM-DD).
    #[schemars(with = "Option<String>", regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    published_until: Option<Spanned<toml::Value>>,
    /// Only items by this author (or one of these authors).
    #[schemars(with = "Option<OneOrMany<String>>")]
    author: Option<Spanned<OneOrMany<String>>>,
    /// The target section's slug.
    #[schemars(with = "String")]
    section: Spanned<String>,
}

/// Reads a file named by a mapping (the taxonomy or an include).
type Reader<'r> = dyn FnMut(&Path) -> io::Result<String> + 'r;

impl Mapping {
    /// Reads a mapping file, the taxonomy and the files it includes
    /// (relative to the including file's folder), and validates them.
    pub fn load(path: &Path) -> Result<Mapping, Error> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Mapping::parse(&text, path, |other| std::fs::read_to_string(other))
    }

    /// Parses and validates mapping TOML. `file` is the mapping's path (for
    /// errors and for resolving `taxonomy` and `include`); `read` is given
    /// each resolved path (the taxonomy, then the includes) and returns its
    /// text, so tests need no files.
    pub fn parse(
        text: &str,
        file: &Path,
        mut read: impl FnMut(&Path) -> io::Result<String>,
    ) -> Result<Mapping, Error> {
        let raw: RawMapping = toml::from_str(text).map_err(|e| Error::from_toml(&e, file, text))?;
        let src = Src { file, text };

        non_empty(&raw.taxonomy, "taxonomy", file, text)?;
        let written = raw.taxonomy.get_ref().as_str();
        let resolved = file.parent().unwrap_or(Path::new("")).join(written);
        let taxonomy_text = read(&resolved).map_err(|source| Error::TaxonomyUnreadable {
            at: src.at(raw.taxonomy.span().start),
            written: written.to_owned(),
            resolved: resolved.clone(),
            source,
        })?;
        let taxonomy_raw = parse_raw(&taxonomy_text, &resolved)?;
        let taxonomy_src = Src {
            file: &resolved,
            text: &taxonomy_text,
        };
        let mut taxonomy = Taxonomy {
            sections: build(vec![
                (taxonomy_raw.section, taxonomy_src),
                (raw.section, src),
            ])?,
            file: resolved.clone(),
        };

        let unmapped = unmapped_policy(raw.unmapped.as_ref(), &mut taxonomy, file, text)?;

        let mut loader = Loader {
            taxonomy: &taxonomy,
            rules: Vec::new(),
            seen: HashMap::new(),
            stack: vec![normalise(file)],
            loaded: Vec::new(),
            loaded_keys: Vec::new(),
            hasher: Sha256::new(),
        };
        loader.hasher.update(text.as_bytes());
        loader.hasher.update([0u8]);
        loader.hasher.update(taxonomy_text.as_bytes());
        loader.file(&raw.include, &raw.rule, src, &mut read)?;
        let Loader {
            rules,
            loaded,
            hasher,
            ..
        } = loader;
        Ok(Mapping {
            rules,
            unmapped,
            fingerprint: hex::encode(hasher.finalize()),
            file: file.to_path_buf(),
            includes: loaded,
            taxonomy,
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
            file: &rule.file,
            line: rule.line,
        })
    }

    /// Whether some rule has an `author` condition, i.e. whether callers
    /// need to gather an item's contributors for [`crate::ItemFacts`].
    pub fn needs_authors(&self) -> bool {
        self.rules.iter().any(|r| !r.conditions.authors.is_empty())
    }
}

/// Walks the mapping file and its includes, collecting rules in order.
struct Loader<'t> {
    taxonomy: &'t Taxonomy,
    rules: Vec<Rule>,
    /// Where each rule id was first defined.
    seen: HashMap<String, Location>,
    /// The chain of files being included, outermost first (normalised).
    stack: Vec<PathBuf>,
    /// Included files already read, in load order, as resolved.
    loaded: Vec<PathBuf>,
    /// The same, normalised, for comparisons.
    loaded_keys: Vec<PathBuf>,
    hasher: Sha256,
}

impl Loader<'_> {
    fn file(
        &mut self,
        includes: &[Spanned<String>],
        rules: &[Spanned<RawRule>],
        src: Src<'_>,
        read: &mut Reader<'_>,
    ) -> Result<(), Error> {
        // Own rules first: with first-match-wins, a site's rules then
        // override the shared defaults it includes.
        for raw in rules {
            let rule = rule(raw, src, self.taxonomy)?;
            let id_at = src.at(raw.get_ref().id.span().start);
            if let Some(first) = self.seen.get(&rule.id) {
                return Err(Error::DuplicateRuleId {
                    at: id_at,
                    id: rule.id,
                    first: first.clone(),
                });
            }
            self.seen.insert(rule.id.clone(), id_at);
            self.rules.push(rule);
        }
        for include in includes {
            non_empty(include, "include", src.file, src.text)?;
            let written = include.get_ref().trim();
            let resolved = src.file.parent().unwrap_or(Path::new("")).join(written);
            let key = normalise(&resolved);
            if self.stack.contains(&key) {
                let chain: Vec<String> = self
                    .stack
                    .iter()
                    .chain([&key])
                    .map(|p| p.display().to_string())
                    .collect();
                return Err(Error::IncludeCycle {
                    at: src.at(include.span().start),
                    chain: chain.join(" -> "),
                });
            }
            // A file reached twice without a loop (two includes sharing
            // one base file) adds its rules once, where first reached.
            if self.loaded_keys.contains(&key) {
                continue;
            }
            let text = read(&resolved).map_err(|source| Error::IncludeUnreadable {
                at: src.at(include.span().start),
                written: written.to_owned(),
                resolved: resolved.clone(),
                source,
            })?;
            self.hasher.update([0u8]);
            self.hasher.update(text.as_bytes());
            self.loaded.push(resolved.clone());
            self.loaded_keys.push(key.clone());
            let raw: RawRuleFile =
                toml::from_str(&text).map_err(|e| Error::from_toml(&e, &resolved, &text))?;
            self.stack.push(key);
            let inner = Src {
                file: &resolved,
                text: &text,
            };
            self.file(&raw.include, &raw.rule, inner, read)?;
            self.stack.pop();
        }
        Ok(())
    }
}

/// Drops `.` and folds `dir/..` lexically, so that `a/../b.toml` and
/// `b.toml` are one file for cycle detection without touching the disk
/// (files are still read by the path as joined).
fn normalise(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir
                if matches!(out.components().next_back(), Some(Component::Normal(_))) =>
            {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// Converts and validates one raw rule (all but the id's uniqueness).
fn rule(raw: &Spanned<RawRule>, src: Src<'_>, taxonomy: &Taxonomy) -> Result<Rule, Error> {
    let header = raw.span().start;
    let raw = raw.get_ref();
    non_empty(&raw.id, "id", src.file, src.text)?;
    let selector = selector(raw, src)?;
    let source = match &raw.source {
        Some(s) => {
            non_empty(s, "source", src.file, src.text)?;
            Some(s.get_ref().trim().to_owned())
        }
        None => None,
    };
    let conditions = conditions(raw, src)?;
    if selector.is_none() && source.is_none() && conditions.is_empty() {
        return Err(Error::NoSelector {
            at: src.at(header),
            rule_id: raw.id.get_ref().clone(),
        });
    }
    let section = raw.section.get_ref();
    if taxonomy.get(section).is_none() {
        return Err(unknown_section(&raw.section, taxonomy, src.file, src.text));
    }
    Ok(Rule {
        id: raw.id.get_ref().clone(),
        selector,
        source,
        conditions,
        section: section.clone(),
        file: src.file.to_path_buf(),
        line: src.at(header).line,
    })
}

fn conditions(raw: &RawRule, src: Src<'_>) -> Result<Conditions, Error> {
    let regex = |value: &Option<Spanned<String>>, key: &'static str| {
        value
            .as_ref()
            .map(|v| {
                RegexBuilder::new(v.get_ref())
                    .case_insensitive(true)
                    .size_limit(1 << 20)
                    .build()
                    .map(Pattern)
                    .map_err(|e| Error::BadRegex {
                        at: src.at(v.span().start),
                        key,
                        pattern: v.get_ref().clone(),
                        message: one_line(&e.to_string()),
                    })
            })
            .transpose()
    };
    let mut kinds = Vec::new();
    for (kind, offset) in list(raw.kind.as_ref(), src) {
        let found = Kind::ALL
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(kind.trim()));
        match found {
            Some((_, k)) => kinds.push(*k),
            None => {
                return Err(Error::UnknownKind {
                    at: src.at(offset),
                    kind: kind.to_owned(),
                    suggestion: suggest(kind, Kind::ALL.iter().map(|(n, _)| *n)),
                })
            }
        }
    }
    let mut authors = Vec::new();
    for (author, offset) in list(raw.author.as_ref(), src) {
        if author.trim().is_empty() {
            return Err(Error::Empty {
                at: src.at(offset),
                key: "author",
            });
        }
        authors.push(nfc_owned(author.trim()));
    }
    let published_from = date(raw.published_from.as_ref(), "published_from", src)?;
    let published_until = date(raw.published_until.as_ref(), "published_until", src)?;
    if let (Some(from), Some(until), Some(at)) =
        (published_from, published_until, &raw.published_until)
    {
        if until < from {
            return Err(Error::EmptyDateRange {
                at: src.at(at.span().start),
                from: from.to_string(),
                until: until.to_string(),
            });
        }
    }
    Ok(Conditions {
        title_regex: regex(&raw.title_regex, "title_regex")?,
        body_regex: regex(&raw.body_regex, "body_regex")?,
        kinds,
        published_from,
        published_until,
        authors,
    })
}

/// The entries of a string-or-list value with their byte offsets. The
/// parser gives one span for a whole list, so an entry's own offset is
/// found by searching for its quoted text inside that span (an entry
/// written with escapes is not found and points at the list).
fn list<'v>(value: Option<&'v Spanned<OneOrMany<String>>>, src: Src<'_>) -> Vec<(&'v str, usize)> {
    let Some(value) = value else {
        return Vec::new();
    };
    let span = value.span();
    match value.get_ref() {
        OneOrMany::One(one) => vec![(one.as_str(), span.start)],
        OneOrMany::Many(many) => {
            let within = src.text.get(span.clone()).unwrap_or("");
            let mut from = 0;
            many.iter()
                .map(|entry| {
                    let found = [format!("\"{entry}\""), format!("'{entry}'")]
                        .iter()
                        .filter_map(|quoted| {
                            within[from..]
                                .find(quoted.as_str())
                                .map(|i| (i, quoted.len()))
                        })
                        .min();
                    let offset = match found {
                        Some((i, len)) => {
                            let at = from + i;
                            from = at + len;
                            span.start + at
                        }
                        None => span.start,
                    };
                    (entry.as_str(), offset)
                })
                .collect()
        }
    }
}

/// A `YYYY-MM-DD` date, written as a TOML string or a TOML local date.
fn date(
    value: Option<&Spanned<toml::Value>>,
    key: &'static str,
    src: Src<'_>,
) -> Result<Option<NaiveDate>, Error> {
    let Some(value) = value else { return Ok(None) };
    let written = match value.get_ref() {
        toml::Value::String(s) => s.trim().to_owned(),
        toml::Value::Datetime(d) => d.to_string(),
        other => other.to_string(),
    };
    NaiveDate::parse_from_str(&written, "%Y-%m-%d")
        .ok()
        // chrono accepts `2021-7-1`; admins and the schema say YYYY-MM-DD.
        .filter(|_| written.len() == 10)
        .map(Some)
        .ok_or_else(|| Error::BadDate {
            at: src.at(value.span().start),
            key,
            value: written,
        })
}

/// A rule's identity and place, for audit events (`Serialize` to JSON as
/// `{"rule_id": "...", "file": "...", "line": 12}`; displays as
/// `tin-tuc (mappings/site.toml:12)`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RuleRef<'m> {
    /// The rule's id.
    pub rule_id: &'m str,
    /// The file the rule is written in (the mapping file or an include).
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

/// Builds the rule's category matcher, insisting on at most one.
fn selector(rule: &RawRule, src: Src<'_>) -> Result<Option<Selector>, Error> {
    let (file, text) = (src.file, src.text);
    let mut present: Vec<(&'static str, usize)> = Vec::with_capacity(4);
    if let Some(v) = &rule.category_id {
        present.push(("category_id", v.span().start));
    }
    if let Some(v) = &rule.category_alias {
        present.push(("category_alias", v.span().start));
    }
    if let Some(v) = &rule.category_title {
        present.push(("category_title", v.span().start));
    }
    if let Some(v) = &rule.old_url_prefix {
        present.push(("old_url_prefix", v.span().start));
    }
    // "Second" means second in the file, which is where the admin looks.
    present.sort_by_key(|(_, offset)| *offset);
    if let [(first, _), (second, offset), ..] = present[..] {
        return Err(Error::TwoSelectors {
            at: src.at(offset),
            rule_id: rule.id.get_ref().clone(),
            first,
            second,
        });
    }
    if let Some(flag) = &rule.tone_insensitive {
        if rule.category_title.is_none() {
            return Err(Error::Misplaced {
                at: src.at(flag.span().start),
                key: "tone_insensitive",
                problem: "only applies to `category_title` matchers (remove it)",
            });
        }
    }
    if let Some(id) = &rule.category_id {
        return Ok(Some(Selector::CategoryId(*id.get_ref())));
    }
    if let Some(alias) = &rule.category_alias {
        non_empty(alias, "category_alias", file, text)?;
        return Ok(Some(Selector::CategoryAlias(
            alias.get_ref().trim().to_owned(),
        )));
    }
    if let Some(title) = &rule.category_title {
        non_empty(title, "category_title", file, text)?;
        return Ok(Some(Selector::CategoryTitle {
            title: nfc_owned(title.get_ref().trim()),
            tone_insensitive: rule.tone_insensitive.as_ref().is_some_and(|f| *f.get_ref()),
        }));
    }
    if let Some(prefix) = &rule.old_url_prefix {
        non_empty(prefix, "old_url_prefix", file, text)?;
        return Ok(Some(Selector::OldUrlPrefix(
            url_path(prefix.get_ref().trim()).to_owned(),
        )));
    }
    Ok(None)
}

/// The path of a URL an admin pasted whole (`https://host/vi/news/`), or
/// the text itself when it is a path already.
pub(crate) fn url_path(url: &str) -> &str {
    match url.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("/", |i| &rest[i..]),
        None => url,
    }
}
