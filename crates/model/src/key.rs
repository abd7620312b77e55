use serde::{Deserialize, Serialize};
use std::fmt;

/// What kind of thing a [`SourceKey`] names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Entity {
    /// An old category (NukeViet `_cat` row).
    Category,
    /// An article (NukeViet `_rows` row joined with `_detail`).
    Article,
    /// A topic (NukeViet `_topics`): a series of articles on one subject.
    Topic,
    /// A tag (NukeViet `_tags`).
    Tag,
    /// A credited source outlet (NukeViet `_sources`).
    Source,
    /// An author profile (NukeViet 4.5 `_author`).
    Author,
    /// A legal document (NukeViet eGovernment `laws` module, `_row`).
    Document,
}

impl Entity {
    /// The lowercase name used in keys and in the target's `id_map.entity`.
    pub fn as_str(self) -> &'static str {
        match self {
            Entity::Category => "category",
            Entity::Article => "article",
            Entity::Topic => "topic",
            Entity::Tag => "tag",
            Entity::Source => "source",
            Entity::Author => "author",
            Entity::Document => "document",
        }
    }
}

/// The stable identity of one source item across runs.
///
/// `source` names the old system and the instance inside it (for NukeViet,
/// the table stem of a news module such as `nv4_vi_news`), so two virtual
/// modules never collide. The target's id map is keyed by the key's
/// [`Display`](fmt::Display) form, `source/entity/old_id`; it must therefore
/// not change between runs on the same dump.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct SourceKey {
    /// The source instance, e.g. `nv4_vi_news`.
    pub source: String,
    /// Category or article.
    pub entity: Entity,
    /// The old system's id, as written in the dump.
    pub old_id: String,
}

impl SourceKey {
    /// A key from its parts.
    pub fn new(source: impl Into<String>, entity: Entity, old_id: impl fmt::Display) -> SourceKey {
        SourceKey {
            source: source.into(),
            entity,
            old_id: old_id.to_string(),
        }
    }
}

impl SourceKey {
    /// The key written as `source/entity/old_id` (its [`Display`](fmt::Display)
    /// form), as the target's `source_key` columns hold it. The old id is
    /// the part after the last slash, the entity the part before it.
    pub fn parse(s: &str) -> Option<SourceKey> {
        let mut parts = s.rsplitn(3, '/');
        let old_id = parts.next()?;
        let entity = match parts.next()? {
            "category" => Entity::Category,
            "article" => Entity::Article,
            "topic" => Entity::Topic,
            "tag" => Entity::Tag,
            "source" => Entity::Source,
            "author" => Entity::Author,
            "document" => Entity::Document,
            _ => return None,
        };
        let source = parts.next()?;
        Some(SourceKey::new(source, entity, old_id))
    }
}

impl fmt::Display for SourceKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}/{}/{}",
            self.source,
            self.entity.as_str(),
            self.old_id
        )
    }
}

/// Where an item came from, precisely enough for a technician to open the
/// dump at that place. Byte offsets start at 0, lines at 1 (as in `sqldump`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provenance {
    /// The dump file as the user named it.
    pub file: String,
    /// Byte offset of the row's opening parenthesis.
    pub byte: u64,
    /// Line of the row's opening parenthesis.
    pub line: u64,
    /// The table the row is in.
    pub table: String,
}

impl fmt::Display for Provenance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{} (byte {}, table `{}`)",
            self.file, self.line, self.byte, self.table
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_display_is_stable() {
        let k = SourceKey::new("nv4_vi_news", Entity::Article, 12);
        assert_eq!(k.to_string(), "nv4_vi_news/article/12");
    }

    #[test]
    fn keys_parse_back_from_their_display_form() {
        for k in [
            SourceKey::new("nv4_vi_news", Entity::Article, 12),
            SourceKey::new("nv4_vi_laws", Entity::Document, "7"),
            SourceKey::new("nv3_vi_tin-tuc", Entity::Category, 0),
        ] {
            assert_eq!(SourceKey::parse(&k.to_string()), Some(k));
        }
        assert_eq!(SourceKey::parse("nv4_vi_news/page/1"), None);
        assert_eq!(SourceKey::parse("article/1"), None);
    }
}
