//! Bodies without their article: a `_detail` row whose `_rows` row is not
//! in the dump (the article was deleted and its body left behind, or the
//! dump lost the row). Nothing can be published from a body alone, but it
//! is not dropped: each becomes an item set aside (quarantined with the raw
//! body and where it is in the dump), so that every `_detail` row is
//! accounted for.

use super::stage::Stage;
use super::{blob, field, provenance, Bodies};
use crate::error::Error;
use crate::set_aside::set_aside;
use model::{ArticleStatus, Entity, FieldKind, ItemKind, SourceItem, SourceKey};
use std::ops::ControlFlow;
use std::path::PathBuf;

/// The reason recorded for each orphan body.
pub(crate) const REASON: &str = "a `_detail` row without its `_rows` row";

/// Emits the orphan `_detail` bodies of the instance `stem` (URL segment
/// `module`), in id order. Only for a dump read to its end: when the scan
/// stopped early, the missing rows may just not have been read.
pub(crate) fn emit(
    stage: &mut Stage,
    stem: &str,
    module: &str,
    bodies: Bodies,
    paths: &[PathBuf],
    sink: &mut dyn FnMut(SourceItem) -> ControlFlow<()>,
) -> Result<ControlFlow<()>, Error> {
    if bodies != Bodies::Detail {
        return Ok(ControlFlow::Continue(()));
    }
    let mut flow = ControlFlow::Continue(());
    stage.each(
        "SELECT detail.* FROM detail LEFT JOIN row ON row.stem = detail.stem AND row.id = detail.id \
         WHERE detail.stem = ? AND row.id IS NULL ORDER BY detail.id",
        &[stem],
        |r| {
            let id: i64 = sqlx::Row::try_get(r, "id").unwrap_or(0);
            let prov = provenance(paths, r);
            let body = field(
                "body",
                &prov.table,
                "bodyhtml",
                FieldKind::Html,
                blob(r, "bodyhtml"),
            );
            let mut item = SourceItem {
                key: SourceKey::new(stem, Entity::Article, id),
                provenance: prov,
                fields: vec![body],
                kind: ItemKind::Article {
                    category: None,
                    categories: Vec::new(),
                    status: ArticleStatus::Draft,
                    added_at: None,
                    edited_at: None,
                    published_at: None,
                    expires_at: None,
                    old_url: String::new(),
                    module: module.to_string(),
                    meta: Default::default(),
                    old_urls: Vec::new(),
                },
                warnings: Vec::new(),
            };
            set_aside(&mut item, REASON);
            flow = sink(item);
            flow
        },
    )?;
    Ok(flow)
}
