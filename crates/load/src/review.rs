//! Reading the loaded articles back, for the misplacement review.

use crate::db::args;
use crate::error::{Error, QueryContext};
use crate::target::Target;

/// What the misplacement review reads of one loaded article.
#[derive(Clone, Debug)]
pub struct ReviewRow {
    /// The row's id (pages are keyed by it).
    pub id: i64,
    /// The item's source key, `source/entity/old_id`.
    pub key: String,
    /// The section the mapping put it in.
    pub section: String,
    /// Title, as loaded.
    pub title: String,
    /// Plain body text, as loaded.
    pub body_text: String,
}

impl Target {
    /// Up to `limit` articles (news and documents) with ids above `after`,
    /// in id order: a whole portal is read page by page, so memory does not
    /// grow with it.
    pub async fn review_page(&mut self, after: i64, limit: i64) -> Result<Vec<ReviewRow>, Error> {
        let doing = || "reading articles for the misplacement review".to_string();
        let rows = self
            .conn
            .exec()
            .fetch_all(
                "SELECT id, source_key, section, title, body_text FROM articles \
                 WHERE id > ? ORDER BY id LIMIT ?",
                &args![after, limit],
            )
            .await
            .doing(doing)?;
        rows.iter()
            .map(|r| {
                Ok(ReviewRow {
                    id: r.int(0)?,
                    key: r.text(1)?,
                    section: r.text(2)?,
                    title: r.text(3)?,
                    body_text: r.text(4)?,
                })
            })
            .collect::<sqlx::Result<Vec<_>>>()
            .doing(doing)
    }
}
