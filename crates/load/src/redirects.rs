//! Reading the redirects back, for `portmig export redirects`.

use crate::error::{Error, QueryContext};
use crate::target::Target;
use serde::Serialize;

/// One row of the `redirects` table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Redirect {
    /// The old URL: a path from the old site's root, with the query for
    /// `index.php?` forms.
    pub old_url: String,
    /// Where it goes on the new portal.
    pub new_url: String,
    /// HTTP status (301).
    pub status: i64,
    /// The item it belongs to.
    pub source_key: String,
}

impl Target {
    /// Every redirect, ordered by old URL (byte order, the same on every
    /// backend).
    pub async fn redirects(&mut self) -> Result<Vec<Redirect>, Error> {
        let doing = || "reading the redirects".to_string();
        let rows = self
            .conn
            .exec()
            .fetch_all(
                "SELECT old_url, new_url, status, source_key FROM redirects",
                &[],
            )
            .await
            .doing(doing)?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            out.push(Redirect {
                old_url: r.text(0).doing(doing)?,
                new_url: r.text(1).doing(doing)?,
                status: r.int(2).doing(doing)?,
                source_key: r.text(3).doing(doing)?,
            });
        }
        // Sorted here: collations differ between backends.
        out.sort_by(|a, b| a.old_url.cmp(&b.old_url));
        Ok(out)
    }
}
