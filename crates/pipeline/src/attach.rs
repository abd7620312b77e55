//! An article's files: the body's `<img src>` and `<a href>` to files, its
//! home image and listed files, resolved by `media`, copied when an uploads
//! folder is given, and rewritten to their new URLs.
//!
//! Without an uploads folder nothing is read or copied, but references are
//! still normalised: `{{NV_BASE_SITEURL}}uploads/...`, relative paths and
//! the old domain's absolute URLs (`--old-base-url`) become root-relative
//! `/uploads/...` paths (status `linked`), so the new portal can serve the
//! old folder as it is. Unsafe references are refused either way.

use media::{Context, Failure, OldSite, Resolution, Store};
use model::{Attachment, AttachmentRole, AttachmentStatus, EventKind};
use serde::Serialize;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

/// The run's file handling: the old site, and the store when files are
/// copied.
#[derive(Debug)]
pub struct Media {
    site: OldSite,
    store: Option<Store>,
    missing: AtomicU64,
    refused: AtomicU64,
}

/// Files handled by a run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct MediaCounts {
    /// Files copied into the media folder (each distinct file once).
    pub stored: u64,
    /// References to files already in the media folder (from an earlier
    /// run, or stored earlier in this one).
    pub reused: u64,
    /// References to files the uploads folder does not have.
    pub missing: u64,
    /// References refused as unsafe.
    pub refused: u64,
}

impl Media {
    /// File handling for a run: `store` copies, `None` only normalises.
    pub fn new(site: OldSite, store: Option<Store>) -> Media {
        Media {
            site,
            store,
            missing: AtomicU64::new(0),
            refused: AtomicU64::new(0),
        }
    }

    /// The media folder, when files are copied.
    pub fn store_dir(&self) -> Option<&std::path::Path> {
        self.store.as_ref().map(Store::media_dir)
    }

    /// What the run did with files so far. The totals do not depend on the
    /// thread count: each is a count of distinct files or of references.
    pub fn counts(&self) -> MediaCounts {
        MediaCounts {
            stored: self.store.as_ref().map_or(0, Store::copied),
            reused: self.store.as_ref().map_or(0, Store::reused),
            missing: self.missing.load(Ordering::Relaxed),
            refused: self.refused.load(Ordering::Relaxed),
        }
    }
}

/// A fatal error met while storing (the media folder cannot be written).
pub(crate) type Fatal = media::Error;

/// The files of one article, gathered while its fields are normalised.
pub(crate) struct Collector<'a> {
    media: &'a Media,
    page_url: &'a str,
    inner: Mutex<Found>,
}

#[derive(Default)]
struct Found {
    attachments: Vec<Attachment>,
    /// (role, old path or refused reference) to the attachment's index:
    /// a file referenced twice is one attachment, rewritten alike.
    seen: HashMap<(AttachmentRole, String), usize>,
    events: Vec<(EventKind, Value)>,
    fatal: Option<Fatal>,
}

impl<'a> Collector<'a> {
    /// A collector for the article whose old URL is `page_url` (relative
    /// references are resolved against it).
    pub(crate) fn new(media: &'a Media, page_url: &'a str) -> Collector<'a> {
        Collector {
            media,
            page_url,
            inner: Mutex::new(Found::default()),
        }
    }

    /// The body's URL rewriter: a file of the uploads folder gets its new
    /// URL; pages, anchors, other sites and refused references are left as
    /// they are (`None`).
    pub(crate) fn rewrite(&self, url: &vntext::UrlRef<'_>) -> Option<String> {
        let ctx = match (url.element, url.attr) {
            ("img", _) => Context::Image,
            ("a", vntext::UrlAttr::Href) => Context::Link,
            // Iframes keep their source: only the policy's video hosts
            // survive sanitising anyway.
            _ => return None,
        };
        let a = self.attach(url.url, AttachmentRole::Inline, ctx)?;
        match a.status {
            AttachmentStatus::Stored | AttachmentStatus::Missing | AttachmentStatus::Linked => {
                Some(a.new_url)
            }
            AttachmentStatus::External | AttachmentStatus::Refused => None,
        }
    }

    /// Resolves (and stores) one reference; returns its attachment, or
    /// `None` when it names no file.
    pub(crate) fn attach(
        &self,
        reference: &str,
        role: AttachmentRole,
        ctx: Context,
    ) -> Option<Attachment> {
        let resolution = self.media.site.resolve(reference, self.page_url, ctx);
        let base = |old_path: &str, new_url: &str, status| Attachment {
            role,
            old_ref: reference.to_string(),
            old_path: old_path.to_string(),
            new_url: new_url.to_string(),
            stored_path: None,
            sha256: None,
            size: None,
            mime: None,
            status,
        };
        let seen_key = match &resolution {
            Resolution::NotAFile | Resolution::Data => return None,
            Resolution::Upload(u) => u.old_url.clone(),
            Resolution::External(u) => u.clone(),
            Resolution::Refused(_) => reference.to_string(),
        };
        if let Some(found) = self.found(role, &seen_key) {
            return Some(found);
        }
        let mut event = None;
        let attachment = match resolution {
            Resolution::NotAFile | Resolution::Data => return None,
            Resolution::External(url) => base(&url, &url, AttachmentStatus::External),
            Resolution::Refused(why) => {
                self.media.refused.fetch_add(1, Ordering::Relaxed);
                event = Some(refused_event(reference, role, &why));
                base(reference, "", AttachmentStatus::Refused)
            }
            Resolution::Upload(u) => match &self.media.store {
                None => base(&u.old_url, &u.old_url, AttachmentStatus::Linked),
                Some(store) => match store.store(&u.path) {
                    Ok(f) => Attachment {
                        stored_path: Some(f.name),
                        sha256: Some(f.sha256),
                        size: Some(f.size),
                        mime: Some(f.mime),
                        ..base(&u.old_url, &f.url, AttachmentStatus::Stored)
                    },
                    Err(Failure::Missing(what)) => {
                        self.media.missing.fetch_add(1, Ordering::Relaxed);
                        event = Some((
                            EventKind::MissingFile,
                            json!({
                                "reference": reference,
                                "path": u.old_url,
                                "role": role.as_str(),
                                "reason": what,
                            }),
                        ));
                        base(&u.old_url, &u.old_url, AttachmentStatus::Missing)
                    }
                    Err(Failure::Refused(why)) => {
                        self.media.refused.fetch_add(1, Ordering::Relaxed);
                        event = Some(refused_event(reference, role, &why));
                        base(&u.old_url, "", AttachmentStatus::Refused)
                    }
                    Err(Failure::Write(e)) => {
                        let mut inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
                        inner.fatal.get_or_insert(e);
                        return None;
                    }
                },
            },
        };
        let mut inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        let index = inner.attachments.len();
        inner.seen.insert((role, seen_key), index);
        inner.attachments.push(attachment.clone());
        inner.events.extend(event);
        Some(attachment)
    }

    fn found(&self, role: AttachmentRole, key: &str) -> Option<Attachment> {
        let inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        let i = *inner.seen.get(&(role, key.to_string()))?;
        Some(inner.attachments[i].clone())
    }

    /// The attachments (home images first, then in the order found), the
    /// events to log, and a fatal error if the media folder failed.
    pub(crate) fn finish(self) -> (Vec<Attachment>, Vec<(EventKind, Value)>, Option<Fatal>) {
        let mut found = self.inner.into_inner().unwrap_or_else(|p| p.into_inner());
        // Stable: the body's order is kept.
        found
            .attachments
            .sort_by_key(|a| a.role != AttachmentRole::HomeImage);
        (found.attachments, found.events, found.fatal)
    }
}

fn refused_event(
    reference: &str,
    role: AttachmentRole,
    why: &media::Refusal,
) -> (EventKind, Value) {
    (
        EventKind::RefusedPath,
        json!({
            "reference": reference,
            "reason": why.to_string(),
            "code": why.code(),
            "role": role.as_str(),
        }),
    )
}
