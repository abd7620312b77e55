//! A legal document's own facts (`documents`), written beside its
//! `articles` row; its files are the article's attachments (role `file`).

use crate::db::{args, Conflict, Exec, NewRow};
use crate::error::Error;
use crate::write::Outcome;
use crate::EntityCounts;
use model::Article;

/// Writes the document part of `a` (nothing for a news article), replacing
/// what an earlier run wrote for the article `id`.
pub(crate) async fn write_document(db: &mut Exec<'_>, id: i64, a: &Article) -> Result<(), Error> {
    let Some(d) = &a.document else {
        return Ok(());
    };
    let key = &a.key;
    let json = |v: &[String]| serde_json::to_string(v).unwrap_or_else(|_| "[]".into());
    const COLS: [&str; 11] = [
        "symbol",
        "doc_type",
        "issuer",
        "signer",
        "examiner",
        "issued_on",
        "effective_from",
        "expires_on",
        "summary",
        "fields",
        "subjects",
    ];
    db.insert(NewRow {
        table: "documents",
        columns: "article_id, symbol, doc_type, issuer, signer, examiner, issued_on, \
                  effective_from, expires_on, summary, fields, subjects",
        values: args![
            id,
            &d.symbol,
            &d.doc_type,
            &d.issuer,
            &d.signer,
            &d.examiner,
            d.issued_on.map(|x| x.to_string()),
            d.effective_from.map(|x| x.to_string()),
            d.expires_on.map(|x| x.to_string()),
            &d.summary,
            json(&d.fields),
            json(&d.subjects),
        ]
        .into(),
        conflict: Conflict::Update {
            key: "article_id",
            set: &COLS,
        },
        key: Some(id.to_string()),
        what: format!("the document row of `{key}`"),
    })
    .await
}

/// Counts a document's outcome (its article's, which `articles` counts
/// too).
pub(crate) fn tally(c: &mut EntityCounts, o: &Outcome) {
    match o {
        Outcome::Inserted(_) => c.inserted += 1,
        Outcome::Changed { updated, moved, .. } => {
            c.updated += u64::from(*updated);
            c.moved += u64::from(moved.is_some());
        }
        Outcome::Unchanged(_) => c.unchanged += 1,
        Outcome::Kept(_) => {}
    }
}
