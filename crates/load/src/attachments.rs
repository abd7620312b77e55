//! An article's attachments in the target: every file it refers to, of any
//! role (home image, inline, listed file), with what the migration did with
//! it, and a redirect from each stored file's old URL to its new one.

use crate::db::{args, Conflict, Exec, NewRow};
use crate::error::{Error, QueryContext};
use crate::write::{redirect, Memo};
use model::{Article, AttachmentStatus};
use std::collections::HashSet;

/// The attachments of `a`, each (article, role, old path) once: a repeated
/// one is written once (the first), whoever built the list.
fn unique(a: &Article) -> impl Iterator<Item = &model::Attachment> {
    let mut seen = HashSet::new();
    a.attachments
        .iter()
        .filter(move |f| seen.insert((f.role, f.old_path.as_str())))
}

/// Replaces the attachments of article `id` with `a.attachments`.
pub(crate) async fn write_attachments(
    db: &mut Exec<'_>,
    id: i64,
    a: &Article,
    is_new: bool,
) -> Result<(), Error> {
    let key = a.key.to_string();
    if !is_new {
        db.execute("DELETE FROM attachments WHERE article_id = ?", &args![id])
            .await
            .doing(|| format!("writing the attachments of `{key}`"))?;
    }
    for f in unique(a) {
        db.insert(NewRow {
            table: "attachments",
            columns: "article_id, role, path, old_ref, stored_path, sha256, size, mime, status",
            values: args![
                id,
                f.role.as_str(),
                &f.old_path,
                &f.old_ref,
                &f.stored_path,
                &f.sha256,
                f.size.map(|s| s as i64),
                &f.mime,
                f.status.as_str(),
            ]
            .into(),
            conflict: Conflict::Fail,
            key: None,
            what: format!("the attachment `{}` of `{key}`", f.old_path),
        })
        .await?;
    }
    Ok(())
}

/// A redirect `old path -> new URL` for each stored file of `a`.
pub(crate) async fn file_redirects(
    db: &mut Exec<'_>,
    memo: &mut Memo<'_>,
    a: &Article,
) -> Result<(), Error> {
    let key = a.key.to_string();
    for f in unique(a) {
        if f.status == AttachmentStatus::Stored && f.old_path.starts_with('/') {
            redirect(db, memo, &f.old_path, &f.new_url, &key).await?;
        }
    }
    Ok(())
}
