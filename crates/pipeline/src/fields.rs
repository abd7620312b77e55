//! Reading an item's text fields as a run would, without a run: for tools
//! that look at a dump before migrating it (`portmig init`).

use crate::text::{normalise, Changes, TextOptions};
use model::SourceItem;
use std::collections::HashMap;
use vnenc::{Charset, ColumnPrior};

/// Decodes and normalises single fields of items, with the same decoder,
/// column majorities and normalisation as [`crate::run`].
///
/// It learns each column's majority charset from every field it decodes;
/// a run learns between batches, so in rare ambiguous cases (a short
/// field that reads as two charsets) a field read here can differ from
/// the same field in a run.
pub struct FieldReader {
    text: TextOptions,
    priors: HashMap<String, ColumnPrior>,
    no_prior: ColumnPrior,
}

impl FieldReader {
    /// A reader with no column learnt yet, normalising with `text`.
    pub fn new(text: TextOptions) -> FieldReader {
        FieldReader {
            text,
            priors: HashMap::new(),
            no_prior: ColumnPrior::new(),
        }
    }

    /// The text of `item`'s field `name`, decoded and normalised; an HTML
    /// field comes back as its plain-text copy (chrome and byline
    /// removed). `None` when the item has no such field or its bytes
    /// decode to no Vietnamese text (a run quarantines such an item, or
    /// empties a secondary field).
    pub fn text(&mut self, item: &SourceItem, name: &str) -> Option<String> {
        let f = item.field(name)?;
        if f.bytes.is_empty() {
            return Some(String::new());
        }
        let prior = self.priors.get(&f.column).unwrap_or(&self.no_prior);
        let d = vnenc::decode_field(&f.bytes, prior).ok()?;
        if !matches!(d.charset, Charset::Ascii) {
            self.priors
                .entry(f.column.clone())
                .or_default()
                .record(d.charset);
        }
        let n = normalise(
            f.kind,
            f.name,
            &d.text,
            &self.text,
            None,
            &mut Changes::default(),
        );
        Some(n.plain.unwrap_or(n.text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::{FieldKind, ItemKind, Provenance, RawField, SourceKey};

    fn item(fields: Vec<RawField>) -> SourceItem {
        SourceItem {
            key: SourceKey::new("nv4_vi_news", model::Entity::Category, 1),
            provenance: Provenance::default(),
            fields,
            kind: ItemKind::Category {
                parent: None,
                enabled: true,
                weight: 1,
                old_url: String::new(),
                module: "tin-tuc".into(),
                old_urls: Vec::new(),
            },
            warnings: Vec::new(),
        }
    }

    fn field(name: &'static str, kind: FieldKind, bytes: &[u8]) -> RawField {
        RawField {
            name,
            column: format!("nv4_vi_news_cat.{name}"),
            kind,
            bytes: bytes.to_vec(),
        }
    }

    #[test]
    fn fields_read_as_a_run_reads_them() {
        let mut r = FieldReader::new(TextOptions::default());
        // UTF-8 stored twice over (through latin-1), with an entity and a
        // decomposed tone mark: one NFC Vietnamese title comes out.
        let double = vnenc::encode(
            "Thông báo TUYỂN DỤNG viên chức &amp; thi tuyển năm 2024",
            Charset::Utf8ViaCp1252 { layers: 1 },
        )
        .unwrap();
        let it = item(vec![
            field("title", FieldKind::Plain, &double),
            field(
                "body",
                FieldKind::Html,
                "<p>Kỳ thi tuye\u{302}\u{309}n viên chức <b>Đắk Lắk</b></p>".as_bytes(),
            ),
            field("alias", FieldKind::Plain, b""),
        ]);
        assert_eq!(
            r.text(&it, "title").as_deref(),
            Some("Thông báo TUYỂN DỤNG viên chức & thi tuyển năm 2024")
        );
        assert_eq!(
            r.text(&it, "body").as_deref(),
            Some("Kỳ thi tuyển viên chức Đắk Lắk")
        );
        assert_eq!(r.text(&it, "alias").as_deref(), Some(""));
        assert_eq!(r.text(&it, "summary"), None);
    }
}
