//! Items an extractor sets aside itself: rows it can tell are broken (a
//! body whose article row is missing) but must not drop silently. They go
//! through the pipeline like any item and end in the quarantine table with
//! their raw fields and provenance.
//!
//! [`model::SourceItem`] has no place for "set aside, because ...", so the
//! reason travels as one more raw field, [`SET_ASIDE_FIELD`]; the pipeline
//! asks [`set_aside_reason`] before decoding.

use model::{FieldKind, RawField, SourceItem};

/// The name of the raw field that marks an item as set aside; its bytes are
/// the reason (UTF-8).
pub const SET_ASIDE_FIELD: &str = "set_aside";

/// Marks `item` as set aside for `reason`.
pub fn set_aside(item: &mut SourceItem, reason: &str) {
    item.fields.push(RawField {
        name: SET_ASIDE_FIELD,
        column: String::new(),
        kind: FieldKind::Plain,
        bytes: reason.as_bytes().to_vec(),
    });
}

/// Why the extractor set `item` aside, when it did.
pub fn set_aside_reason(item: &SourceItem) -> Option<String> {
    item.field(SET_ASIDE_FIELD)
        .map(|f| String::from_utf8_lossy(&f.bytes).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::{ArticleStatus, Entity, ItemKind, Provenance, SourceKey};

    #[test]
    fn a_marked_item_gives_its_reason_back() {
        let mut item = SourceItem {
            key: SourceKey::new("nv4_vi_news", Entity::Article, 7),
            provenance: Provenance::default(),
            fields: Vec::new(),
            kind: ItemKind::Article {
                category: None,
                categories: Vec::new(),
                status: ArticleStatus::Draft,
                added_at: None,
                edited_at: None,
                published_at: None,
                expires_at: None,
                old_url: String::new(),
                module: "tin-tuc".into(),
                meta: Default::default(),
                old_urls: Vec::new(),
            },
            warnings: Vec::new(),
        };
        assert_eq!(set_aside_reason(&item), None);
        set_aside(&mut item, "thân bài không có dòng `_rows`");
        assert_eq!(
            set_aside_reason(&item).as_deref(),
            Some("thân bài không có dòng `_rows`")
        );
    }
}
