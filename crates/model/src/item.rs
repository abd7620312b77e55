use crate::key::{Provenance, SourceKey};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// How a text field is to be normalised once decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FieldKind {
    /// A one-line field (title, alias, byline): entities decoded once, NFC,
    /// whitespace folded.
    Plain,
    /// A lead or summary: like `Plain` but may hold simple HTML, which is
    /// reduced to text.
    Summary,
    /// An HTML body: sanitised, and a plain-text copy made.
    Html,
}

/// One text field as the extractor found it: bytes in an unknown charset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawField {
    /// The field's role in the target (`title`, `alias`, `summary`, `body`,
    /// `author`, `home_image`).
    pub name: &'static str,
    /// `table.column` in the dump: the unit whose majority charset breaks ties
    /// when a field is ambiguous.
    pub column: String,
    /// How to normalise it.
    pub kind: FieldKind,
    /// The raw bytes, escapes already resolved by the dump reader.
    pub bytes: Vec<u8>,
}

/// A decoded text field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextField {
    /// Same as [`RawField::name`].
    pub name: String,
    /// Unicode text.
    pub text: String,
}

/// What a source item is, with the attributes that need no decoding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ItemKind {
    /// An old category.
    Category {
        /// The parent category, `None` at the root.
        parent: Option<SourceKey>,
        /// Whether the old site showed it (NukeViet status 1 or 2).
        enabled: bool,
        /// Sort order among siblings.
        weight: i64,
        /// The category's URL on the old site (path only).
        old_url: String,
        /// The module (URL segment) the category belongs to, for mapping
        /// rules restricted to a source.
        module: String,
        /// Other URLs the old site answered for the category (without the
        /// language or module segment, through `index.php`...), each
        /// redirected like `old_url`.
        old_urls: Vec<String>,
    },
    /// An article.
    Article {
        /// The primary category (the one in the old URL).
        category: Option<SourceKey>,
        /// Every category the article was listed in, primary first.
        categories: Vec<SourceKey>,
        /// Publication status.
        status: ArticleStatus,
        /// When it was created.
        added_at: Option<DateTime<Utc>>,
        /// When it was last edited.
        edited_at: Option<DateTime<Utc>>,
        /// When it was (or will be) published.
        published_at: Option<DateTime<Utc>>,
        /// When it stops being shown; `None` = never.
        expires_at: Option<DateTime<Utc>>,
        /// The article's URL on the old site (path only).
        old_url: String,
        /// The module (URL segment) the article belongs to.
        module: String,
        /// Other URLs the old site answered for the article, each
        /// redirected like `old_url`.
        old_urls: Vec<String>,
    },
}

/// One item read from a source: raw text fields plus attributes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceItem {
    /// Stable identity.
    pub key: SourceKey,
    /// Where the item's main row is in the dump.
    pub provenance: Provenance,
    /// Text fields, raw.
    pub fields: Vec<RawField>,
    /// Kind and attributes.
    pub kind: ItemKind,
    /// What the extractor noticed and the user should look at (a missing
    /// body row, an unknown category); each becomes a `WARNING` event.
    pub warnings: Vec<String>,
}

impl SourceItem {
    /// The raw field called `name`, if the item has it.
    pub fn field(&self, name: &str) -> Option<&RawField> {
        self.fields.iter().find(|f| f.name == name)
    }
}

/// Publication status in the new portal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ArticleStatus {
    /// Visible.
    Published,
    /// Not visible: draft, stopped, or waiting for review.
    Draft,
    /// To be published at `published_at`.
    Scheduled,
    /// Was published, now past its expiry.
    Expired,
}

impl ArticleStatus {
    /// The lowercase name stored in the target.
    pub fn as_str(self) -> &'static str {
        match self {
            ArticleStatus::Published => "published",
            ArticleStatus::Draft => "draft",
            ArticleStatus::Scheduled => "scheduled",
            ArticleStatus::Expired => "expired",
        }
    }

    /// NukeViet 4.x `_rows.status`: 1 published; 0 stopped; 2 scheduled
    /// (waiting for its time); 3 expired; 4 draft; 5-10 review stages;
    /// above 20 the category locked the article and the real status is
    /// `value - 21`. Unknown codes become `Draft`, so that nothing is
    /// published by accident.
    pub fn from_nukeviet4(code: i64) -> ArticleStatus {
        let code = if code > 20 { code - 21 } else { code };
        match code {
            1 => ArticleStatus::Published,
            2 => ArticleStatus::Scheduled,
            3 => ArticleStatus::Expired,
            _ => ArticleStatus::Draft,
        }
    }
}

/// What an article is in the new portal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ArticleKind {
    /// A news item.
    News,
    /// A legal document's page.
    Document,
    /// A static page.
    Page,
}

impl ArticleKind {
    /// The lowercase name stored in the target.
    pub fn as_str(self) -> &'static str {
        match self {
            ArticleKind::News => "news",
            ArticleKind::Document => "document",
            ArticleKind::Page => "page",
        }
    }
}

/// A category ready for a target: decoded, normalised, mapped.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Category {
    /// Stable identity.
    pub key: SourceKey,
    /// The parent category.
    pub parent: Option<SourceKey>,
    /// Display name.
    pub title: String,
    /// The old URL alias.
    pub alias: String,
    /// Whether the old site showed it.
    pub enabled: bool,
    /// Sort order among siblings.
    pub weight: i64,
    /// The category's old URL (path only).
    pub old_url: String,
    /// The mandated section the category's content goes to, when a rule
    /// decided one.
    pub section: Option<String>,
    /// Other URLs the old site answered for the category.
    pub old_urls: Vec<String>,
}

/// A legal or administrative document an article cites ("Quyết định số
/// 1209/QĐ-UBND ngày 17/3/2021 của UBND tỉnh"), as parsed from its text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LegalReference {
    /// Document type, as its usual abbreviation ("QĐ", "NĐ", "TT", "CV").
    pub kind: String,
    /// Number ("1209").
    pub number: Option<String>,
    /// Year, from the symbol or the date.
    pub year: Option<u16>,
    /// Số ký hiệu, canonical ("1209/QĐ-UBND").
    pub symbol: Option<String>,
    /// Issuing body code from the symbol ("UBND", "CP").
    pub issuer_code: Option<String>,
    /// Issuing body as written ("UBND tỉnh").
    pub issuer: Option<String>,
    /// Issue date, ISO 8601 (`2021-03-17`).
    pub issued_on: Option<String>,
    /// Trích yếu, when the text gives it.
    pub title: Option<String>,
}

/// A person or desk credited for an article (byline, `author` field), the
/// basis of royalty (nhuận bút) statistics.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contributor {
    /// Name as written ("Nguyên Hồng", "PV").
    pub name: String,
    /// Role: text, photo, text_and_photo, video, graphics, translation,
    /// compiled, production, collaborator, desk, unknown.
    pub role: String,
    /// Organisation given with the name ("Trung tâm VHTT huyện").
    pub affiliation: Option<String>,
}

/// An article ready for a target: decoded, normalised, mapped.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Stable identity.
    pub key: SourceKey,
    /// News, document, page.
    pub kind: ArticleKind,
    /// Title, NFC.
    pub title: String,
    /// The old URL alias (slug source).
    pub alias: String,
    /// Lead paragraph, plain text.
    pub summary: String,
    /// Sanitised HTML body.
    pub body_html: String,
    /// Plain-text copy of the body.
    pub body_text: String,
    /// The free-text byline as the old site stored it.
    pub author: String,
    /// Publication status.
    pub status: ArticleStatus,
    /// Creation time.
    pub added_at: Option<DateTime<Utc>>,
    /// Last edit time.
    pub edited_at: Option<DateTime<Utc>>,
    /// Publication time.
    pub published_at: Option<DateTime<Utc>>,
    /// Expiry time.
    pub expires_at: Option<DateTime<Utc>>,
    /// The primary old category.
    pub category: Option<SourceKey>,
    /// Every old category, primary first.
    pub categories: Vec<SourceKey>,
    /// The old site's home image reference, as stored.
    pub home_image: String,
    /// The article's old URL (path only).
    pub old_url: String,
    /// The section the mapping decided.
    pub section: String,
    /// Documents the title and body cite, in order of first mention.
    pub references: Vec<LegalReference>,
    /// Bylines: from the body's signature line and the `author` field.
    pub contributors: Vec<Contributor>,
    /// The source credited ("Theo Báo Sơn La"), when given.
    pub source: String,
    /// Other URLs the old site answered for the article.
    pub old_urls: Vec<String>,
    /// Links of the body to other items of the same dump, by old URL, in
    /// body order; the loader rewrites them to the new URLs.
    pub links: Vec<OldLink>,
}

/// A link of an article body to another item of the same dump, by its old
/// URL.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OldLink {
    /// The `href` as the sanitised body holds it (attribute value, entities
    /// decoded).
    pub href: String,
    /// The item it points at.
    pub target: SourceKey,
}
