use crate::key::{Entity, Provenance, SourceKey};
use chrono::{DateTime, NaiveDate, Utc};
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
    /// Several one-line values, one per line (`\n`), each normalised like
    /// `Plain`: a list whose items come from one column (a document's
    /// fields, its attached files), so one charset decision covers them.
    Lines,
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
// Most items are articles: boxing the largest variant would only add an
// allocation per item.
#[allow(clippy::large_enum_variant)]
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
        /// Topic, tags, authors, source outlet, flags; the text fields
        /// among them (`source_text`, SEO fields, `home_image_alt`,
        /// `posted_by`) are left empty here and filled from the item's raw
        /// fields of the same names once decoded.
        meta: ArticleMeta,
    },
    /// A topic, tag, source or author; its text fields are the raw fields
    /// `name`, `alias`, `description`.
    Term {
        /// Which vocabulary.
        vocabulary: Vocabulary,
        /// Image or logo path as stored.
        image: String,
        /// Website of a source.
        link: String,
        /// The user account behind an author profile.
        account: String,
        /// Sort order.
        weight: i64,
        /// The term's page on the old site (path only), or empty.
        old_url: String,
    },
    /// A legal document (eGovernment `laws`). Its text fields are raw like
    /// an article's: `title`, `alias`, `summary` (trích yếu), `body`,
    /// `symbol` (số ký hiệu), `doc_type`, `issuer`, `signer`, `examiner`,
    /// `fields` and `files` ([`FieldKind::Lines`]).
    Document {
        /// The document type (`cid`), the category it is mapped through.
        category: Option<SourceKey>,
        /// Publication status on the old site.
        status: ArticleStatus,
        /// When it was entered.
        added_at: Option<DateTime<Utc>>,
        /// When it was last edited.
        edited_at: Option<DateTime<Utc>>,
        /// Its issue instant (`publtime`), shown as the publication time.
        published_at: Option<DateTime<Utc>>,
        /// Issue date (ngày ban hành), in the site's time zone.
        issued_on: Option<NaiveDate>,
        /// Effective date (ngày có hiệu lực).
        effective_from: Option<NaiveDate>,
        /// Expiry date (ngày hết hiệu lực); `None` = in force until replaced.
        expires_on: Option<NaiveDate>,
        /// The document's URL on the old site (path only).
        old_url: String,
        /// The module (URL segment) the document belongs to.
        module: String,
        /// Other URLs the old site answered for the document.
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

/// The vocabularies of [`Term`]s: what an article can be tagged with
/// besides its categories.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Vocabulary {
    /// Topics: series of articles on one subject.
    Topic,
    /// Tags (keywords with a page of their own).
    Tag,
    /// Outlets an article credits as its source.
    Source,
    /// Author profiles (pen names), the basis of royalty statistics.
    Author,
}

impl Vocabulary {
    /// Every vocabulary, in the order a source's terms are emitted.
    pub const ALL: [Vocabulary; 4] = [
        Vocabulary::Topic,
        Vocabulary::Tag,
        Vocabulary::Source,
        Vocabulary::Author,
    ];

    /// The lowercase name used in events.
    pub fn as_str(self) -> &'static str {
        match self {
            Vocabulary::Topic => "topic",
            Vocabulary::Tag => "tag",
            Vocabulary::Source => "source",
            Vocabulary::Author => "author",
        }
    }

    /// The entity of the vocabulary's keys.
    pub fn entity(self) -> Entity {
        match self {
            Vocabulary::Topic => Entity::Topic,
            Vocabulary::Tag => Entity::Tag,
            Vocabulary::Source => Entity::Source,
            Vocabulary::Author => Entity::Author,
        }
    }
}

/// A topic, tag, source or author, ready for a target. Its text fields
/// (`name`, `alias`, `description`) are decoded like an article's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    /// Stable identity.
    pub key: SourceKey,
    /// Which vocabulary.
    pub vocabulary: Vocabulary,
    /// Display name (topic title, tag keyword, outlet name, pen name).
    pub name: String,
    /// The old URL alias.
    pub alias: String,
    /// Description, plain text.
    pub description: String,
    /// Image or logo, as the old site stored its path.
    pub image: String,
    /// The outlet's website (sources), else empty.
    pub link: String,
    /// The user account behind an author profile, when known.
    pub account: String,
    /// Sort order.
    pub weight: i64,
    /// The term's page on the old site (path only), when it had one.
    pub old_url: String,
}

/// What the old site said about an article beyond its text: the SEO
/// fields and how it linked out.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleMeta {
    /// Topic.
    pub topic: Option<SourceKey>,
    /// Tags, in the old site's order.
    pub tags: Vec<SourceKey>,
    /// Author profiles credited (NukeViet 4.5 `_authorlist`), in order.
    pub authors: Vec<SourceKey>,
    /// The outlet credited (`sourceid`).
    pub source: Option<SourceKey>,
    /// The source as written (`sourcetext`: a name or a URL).
    pub source_text: String,
    /// The account that posted it (`admin_id` through the users table).
    pub posted_by: String,
    /// Whether the old site linked the title straight to `source_text`
    /// (NukeViet `external_link`) instead of showing the body.
    pub external_link: bool,
    /// The page title for search engines, when set apart from the title.
    pub seo_title: String,
    /// The meta description.
    pub seo_description: String,
    /// Meta keywords, comma separated.
    pub keywords: String,
    /// The home image's alternative text.
    pub home_image_alt: String,
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
    /// Topic, tags, authors, source outlet, SEO fields.
    pub meta: ArticleMeta,
    /// What a legal document has beyond an article (`kind` = document).
    pub document: Option<DocumentInfo>,
    /// Files the article refers to: home image first, then the body's in
    /// the order found, then files listed beside it (a document's files).
    pub attachments: Vec<Attachment>,
    /// Other URLs the old site answered for the article.
    pub old_urls: Vec<String>,
    /// Links of the body to other items of the same dump, by old URL, in
    /// body order; the loader rewrites them to the new URLs.
    pub links: Vec<OldLink>,
}

/// A legal document's own facts (eGovernment `laws`), decoded and
/// normalised; the page's title, trích yếu and body are the article's.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentInfo {
    /// Số ký hiệu ("125/QĐ-UBND"), canonical when it parses, else as
    /// stored.
    pub symbol: String,
    /// Document type: the title of its `_cat` row ("Quyết định").
    pub doc_type: String,
    /// Issuing body (cơ quan ban hành, `_subject`).
    pub issuer: String,
    /// Signer (`_signer`), with the position when the old site had one
    /// ("Nguyễn Văn A (Chủ tịch)").
    pub signer: String,
    /// Examining body (cơ quan thẩm tra, `_examine`), when given.
    pub examiner: String,
    /// Issue date (ngày ban hành), ISO 8601.
    pub issued_on: Option<NaiveDate>,
    /// Effective date (ngày có hiệu lực).
    pub effective_from: Option<NaiveDate>,
    /// Expiry date (ngày hết hiệu lực).
    pub expires_on: Option<NaiveDate>,
    /// Trích yếu, plain text (the article's summary too).
    pub summary: String,
    /// Fields (lĩnh vực, `_area`), in the order of their ids.
    pub fields: Vec<String>,
    /// Subjects the old site filed it under: its issuing body, the
    /// `laws` module's only subject (`_subject` = cơ quan ban hành).
    pub subjects: Vec<String>,
    /// Attached files: `/uploads/<module_upload>/<file>` or the URL as
    /// stored.
    pub files: Vec<String>,
}

/// What a file is to the item that refers to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttachmentRole {
    /// The article's home (lead) image.
    HomeImage,
    /// An image or file the body links to.
    Inline,
    /// A file listed beside the item (a legal document's `files`).
    File,
}

impl AttachmentRole {
    /// The name stored in the target (`home_image`, `inline`, `file`).
    pub fn as_str(self) -> &'static str {
        match self {
            AttachmentRole::HomeImage => "home_image",
            AttachmentRole::Inline => "inline",
            AttachmentRole::File => "file",
        }
    }
}

/// What became of a referenced file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttachmentStatus {
    /// Copied into the media folder (now or by an earlier run).
    Stored,
    /// Not in the uploads folder (a `MISSING_FILE` event says so).
    Missing,
    /// Unsafe, never opened (a `REFUSED_PATH` event gives the reason).
    Refused,
    /// On another site; kept as a link.
    External,
    /// No uploads folder was given: the reference is kept as a link to the
    /// old path, and the file was not looked at.
    Linked,
}

impl AttachmentStatus {
    /// The name stored in the target.
    pub fn as_str(self) -> &'static str {
        match self {
            AttachmentStatus::Stored => "stored",
            AttachmentStatus::Missing => "missing",
            AttachmentStatus::Refused => "refused",
            AttachmentStatus::External => "external",
            AttachmentStatus::Linked => "linked",
        }
    }
}

/// A file an item refers to, and what the migration did with it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    /// Home image, inline, listed file.
    pub role: AttachmentRole,
    /// The reference as found (`{{NV_BASE_SITEURL}}uploads/news/a.jpg`).
    pub old_ref: String,
    /// The old site's root-relative path of the file (`/uploads/news/a.jpg`);
    /// an external URL as found; for a refused reference, the reference.
    pub old_path: String,
    /// Where the new portal serves it (`/media/ab/ab12....jpg`), the old path
    /// when it was not copied, the URL for an external file; empty when
    /// refused.
    pub new_url: String,
    /// The name inside the media folder (`ab/ab12....jpg`), when stored.
    pub stored_path: Option<String>,
    /// SHA-256 of the content, when stored.
    pub sha256: Option<String>,
    /// Size in bytes, when stored.
    pub size: Option<u64>,
    /// MIME type, when stored.
    pub mime: Option<String>,
    /// What became of it.
    pub status: AttachmentStatus,
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
