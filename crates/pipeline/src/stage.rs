//! The pure stages: decode, normalise, map. One item in, one [`Staged`]
//! record plus its audit events out; no I/O, so items run in parallel.

use crate::attach::{Collector, Media};
use crate::error::Error;
use crate::text::{contributors, document_symbol, normalise, references, Changes, TextOptions};
use load::{Quarantined, Record, SectionRow, Staged};
use mapping::{CategoryRef, Decision, Mapping, UnmappedOutcome};
use model::{
    Article, ArticleKind, AuditEvent, Category, DocumentInfo, EventKind, ItemKind, SourceItem,
    SourceKey, Term,
};
use serde_json::{json, Map, Value};
use std::collections::HashMap;
use vnenc::{Charset, ColumnPrior};

/// What the mapper needs to know of an old category.
#[derive(Clone, Debug)]
pub struct CategoryContext {
    /// Old id.
    pub id: i64,
    /// Alias, decoded.
    pub alias: String,
    /// Title, decoded and normalised.
    pub title: String,
    /// Parent.
    pub parent: Option<SourceKey>,
    /// The module (source) it belongs to, for rules restricted to one.
    pub module: String,
    /// Its URL path on the old site, for `old_url_prefix` rules.
    pub old_url: String,
}

/// State the stages read, fixed for the length of a batch.
pub struct Context<'a> {
    mapping: &'a Mapping,
    text: &'a TextOptions,
    priors: HashMap<String, ColumnPrior>,
    no_prior: ColumnPrior,
    cats: HashMap<SourceKey, CategoryContext>,
    media: Option<&'a Media>,
    site: Option<extract::nukeviet::urls::Site>,
}

/// One processed item, plus what the context learns from it.
pub(crate) struct Processed {
    pub staged: Staged,
    pub fatal: Option<Error>,
    charsets: Vec<(String, Charset)>,
    category: Option<(SourceKey, CategoryContext)>,
}

/// The taxonomy as target rows (plus the keep-in section when the
/// taxonomy lacks it).
pub(crate) fn section_rows(m: &Mapping) -> Vec<SectionRow> {
    m.taxonomy
        .sections
        .iter()
        .map(|s| SectionRow {
            slug: s.slug.clone(),
            parent: s.parent.clone(),
            name: s.name.clone(),
            name_en: s.name_en.clone(),
            basis: s
                .basis
                .iter()
                .map(|b| load::BasisRow {
                    decree: b.decree.clone(),
                    article: b.article.clone(),
                    // The taxonomy file's own spelling (`medium-high`).
                    confidence: serde_json::to_value(b.confidence)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_default(),
                    note: b.note.clone(),
                })
                .collect(),
            required: s.required,
        })
        .collect()
}

impl<'a> Context<'a> {
    /// A fresh context for a run.
    pub fn new(mapping: &'a Mapping, text: &'a TextOptions) -> Context<'a> {
        Context {
            mapping,
            text,
            priors: HashMap::new(),
            no_prior: ColumnPrior::new(),
            cats: HashMap::new(),
            media: None,
            site: None,
        }
    }

    /// Also resolves, copies and rewrites the files articles refer to.
    pub fn with_media(self, media: &'a Media) -> Context<'a> {
        Context {
            media: Some(media),
            ..self
        }
    }

    /// The old site body links are read against (its modules, categories
    /// and address); until it is set, no link is collected.
    pub fn set_site(&mut self, site: extract::nukeviet::urls::Site) {
        self.site = Some(site);
    }

    /// Whether [`Context::set_site`] was called.
    pub(crate) fn has_site(&self) -> bool {
        self.site.is_some()
    }

    pub(crate) fn learn(&mut self, p: &Processed) {
        for (col, cs) in &p.charsets {
            self.priors.entry(col.clone()).or_default().record(*cs);
        }
        if let Some((k, c)) = &p.category {
            self.cats.insert(k.clone(), c.clone());
        }
    }

    fn prior(&self, column: &str) -> &ColumnPrior {
        self.priors.get(column).unwrap_or(&self.no_prior)
    }

    /// The category chain of `key`: itself, its parent, ... (at most 32
    /// levels, against cycles).
    fn path(&self, key: Option<&SourceKey>) -> Vec<CategoryRef<'_>> {
        let mut out = Vec::new();
        let mut cur = key;
        while let Some(k) = cur {
            let Some(c) = self.cats.get(k) else { break };
            out.push(CategoryRef {
                id: c.id,
                alias: &c.alias,
                title: &c.title,
                old_url: &c.old_url,
            });
            if out.len() >= 32 {
                break;
            }
            cur = c.parent.as_ref();
        }
        out
    }

    /// Warnings for mapping rules that name no category of the dump.
    pub(crate) fn unused_rule_warnings(&self) -> Vec<String> {
        let mut known: Vec<&CategoryContext> = self.cats.values().collect();
        known.sort_by_key(|c| c.id);
        let refs: Vec<(&str, CategoryRef<'_>)> = known
            .iter()
            .map(|c| {
                let r = CategoryRef {
                    id: c.id,
                    alias: &c.alias,
                    title: &c.title,
                    old_url: &c.old_url,
                };
                (c.module.as_str(), r)
            })
            .collect();
        self.mapping
            .unused_selectors(&refs)
            .into_iter()
            .map(|w| w.to_string())
            .collect()
    }
}

/// Fields an article can do without: when one cannot be decoded it is
/// left empty with a warning, instead of quarantining the article.
const SECONDARY_FIELDS: &[&str] = &[
    "source_text",
    "posted_by",
    "seo_title",
    "seo_description",
    "keywords",
    "home_image_alt",
];

/// An item the extractor set aside: quarantined as it is, raw fields kept,
/// nothing decoded.
fn set_aside(item: SourceItem, reason: String, mut events: Vec<AuditEvent>) -> Processed {
    events.push(AuditEvent::item(
        EventKind::Quarantined,
        &item.key,
        Some(&item.provenance),
        json!({ "reason": reason, "set_aside_by": "extractor" }),
    ));
    let raw = item
        .fields
        .iter()
        .filter(|f| f.name != extract::SET_ASIDE_FIELD)
        .map(|f| (f.name.to_string(), f.bytes.clone()))
        .collect();
    Processed {
        staged: Staged {
            record: Record::Quarantined(Quarantined {
                key: item.key,
                provenance: item.provenance,
                reason,
                raw,
            }),
            events,
        },
        fatal: None,
        charsets: Vec::new(),
        category: None,
    }
}

/// Decodes, normalises and maps one item.
pub(crate) fn process(ctx: &Context<'_>, item: SourceItem) -> Processed {
    let key = item.key.clone();
    let prov = item.provenance.clone();
    let ev = |kind, data| AuditEvent::item(kind, &key, Some(&prov), data);
    let mut events = vec![ev(
        EventKind::Extracted,
        json!({"table": prov.table, "fields": item.fields.iter().map(|f| f.name).collect::<Vec<_>>()}),
    )];
    for w in &item.warnings {
        events.push(ev(EventKind::Warning, json!({ "message": w })));
    }
    if let Some(reason) = extract::set_aside_reason(&item) {
        return set_aside(item, reason, events);
    }

    // Decode.
    let mut texts: HashMap<&'static str, String> = HashMap::new();
    let mut charsets = Vec::new();
    let mut decoded = Map::new();
    for f in &item.fields {
        if f.bytes.is_empty() {
            texts.insert(f.name, String::new());
            continue;
        }
        match vnenc::decode_field(&f.bytes, ctx.prior(&f.column)) {
            Ok(d) => {
                let mut info = Map::new();
                info.insert("charset".into(), Value::String(d.label()));
                if !matches!(d.charset, Charset::Ascii) {
                    info.insert(
                        "confidence".into(),
                        json!((d.confidence * 1000.0).round() / 1000.0),
                    );
                    if let Some((c, s)) = d.runner_up {
                        info.insert("runner_up".into(), json!({"charset": c.name(), "confidence": (s * 1000.0).round() / 1000.0}));
                    }
                    if d.decided_by_prior {
                        info.insert("decided_by_column_majority".into(), Value::Bool(true));
                    }
                    if d.guessed_case {
                        info.insert("guessed_case".into(), Value::Bool(true));
                    }
                    charsets.push((f.column.clone(), d.charset));
                }
                decoded.insert(f.name.to_string(), Value::Object(info));
                texts.insert(f.name, d.text.into_owned());
            }
            Err(u) if SECONDARY_FIELDS.contains(&f.name) => {
                // Losing the article over its SEO keywords would lose more
                // than it saves: the field is left empty, its bytes kept in
                // the event.
                events.push(ev(
                    EventKind::Warning,
                    json!({
                        "message": format!(
                            "field `{}` ({}) cannot be decoded and is left empty: {}",
                            f.name, f.column, u.reason
                        ),
                        "field": f.name,
                        "column": f.column,
                        "bytes_hex": hex::encode(&f.bytes),
                    }),
                ));
                texts.insert(f.name, String::new());
            }
            Err(u) => {
                let reason = format!(
                    "field `{}` ({}) cannot be decoded: {}",
                    f.name, f.column, u.reason
                );
                let mut data = json!({
                    "reason": reason,
                    "field": f.name,
                    "column": f.column,
                    "first_bad_byte": u.first_bad_byte,
                    "bytes_hex": hex::encode(&f.bytes),
                });
                if let Some((cs, text, conf)) = &u.best {
                    data["best_reading"] = json!({
                        "charset": cs.name(),
                        "confidence": (conf * 1000.0).round() / 1000.0,
                        "text": text,
                    });
                }
                events.push(ev(EventKind::Quarantined, data));
                return Processed {
                    staged: Staged {
                        record: Record::Quarantined(Quarantined {
                            key: key.clone(),
                            provenance: prov.clone(),
                            reason,
                            raw: item
                                .fields
                                .iter()
                                .map(|f| (f.name.to_string(), f.bytes.clone()))
                                .collect(),
                        }),
                        events,
                    },
                    fatal: None,
                    charsets,
                    category: None,
                };
            }
        }
    }
    events.push(ev(EventKind::Decoded, json!({ "fields": decoded })));

    // Normalise: one NORMALIZED event per change class applied, with the
    // count and the fields it touched (never the text).
    let mut changes = Changes::default();
    let mut body_text = String::new();
    let mut body_byline = None;
    // An article's files are found while its body is cleaned (the cleaner
    // offers every URL to the collector), then its home image is added.
    let collector = match (&item.kind, ctx.media) {
        (ItemKind::Article { old_url, .. } | ItemKind::Document { old_url, .. }, Some(m)) => {
            Some(Collector::new(m, old_url))
        }
        _ => None,
    };
    let rewrite = |u: &vntext::UrlRef<'_>| collector.as_ref().and_then(|c| c.rewrite(u));
    let rewriter: Option<&vntext::UrlRewriter<'_>> = collector.as_ref().map(|_| &rewrite as _);
    for f in &item.fields {
        let Some(t) = texts.get_mut(f.name) else {
            continue;
        };
        let n = normalise(f.kind, f.name, t, ctx.text, rewriter, &mut changes);
        if n.text != *t {
            changes.field_changed(f.name);
            *t = n.text;
        }
        if let Some(p) = n.plain {
            body_text = p;
        }
        if n.byline.is_some() {
            body_byline = n.byline;
        }
    }
    let mut attachments = Vec::new();
    let mut fatal = None;
    if let Some(c) = collector {
        // A legal document's files (one per line of `files`).
        if let Some(files) = texts.get("files") {
            for f in files.lines().map(str::trim).filter(|f| !f.is_empty()) {
                c.attach(f, model::AttachmentRole::File, media::Context::File);
            }
        }
        if let Some(home) = texts.get_mut("home_image").filter(|h| !h.is_empty()) {
            let a = c.attach(home, model::AttachmentRole::HomeImage, media::Context::File);
            // A refused home image keeps its reference: it is only a URL on
            // the new site (nothing was read), and NukeViet 3's `/files/`
            // thumbnails are refused only because they are not in uploads.
            if let Some(a) = a.filter(|a| a.status != model::AttachmentStatus::Refused) {
                *home = a.new_url;
            }
        }
        let (found, found_events, failed) = c.finish();
        attachments = found;
        for (kind, data) in found_events {
            events.push(ev(kind, data));
        }
        fatal = failed.map(Error::from);
    }
    for (class, count, fields) in changes.classes() {
        events.push(ev(
            EventKind::Normalized,
            json!({ "class": class, "count": count, "fields": fields }),
        ));
    }
    let take =
        |texts: &mut HashMap<&'static str, String>, n: &str| texts.remove(n).unwrap_or_default();

    // Map.
    let (module, own_cat, primary) = match &item.kind {
        ItemKind::Category { parent, module, .. } => (module.as_str(), true, parent.clone()),
        ItemKind::Article {
            category, module, ..
        }
        | ItemKind::Document {
            category, module, ..
        } => (module.as_str(), false, category.clone()),
        // Terms are not placed in sections.
        ItemKind::Term { .. } => ("", false, None),
    };
    let (kind, old_url, published_at) = match &item.kind {
        ItemKind::Category { old_url, .. } => (mapping::Kind::Category, old_url.as_str(), None),
        ItemKind::Article {
            old_url,
            published_at,
            ..
        } => (mapping::Kind::Article, old_url.as_str(), *published_at),
        ItemKind::Document {
            old_url,
            published_at,
            ..
        } => (mapping::Kind::Document, old_url.as_str(), *published_at),
        // Never decided (below): any kind will do.
        ItemKind::Term { .. } => (mapping::Kind::Article, "", None),
    };
    let own;
    let mut path = Vec::new();
    if own_cat {
        own = CategoryContext {
            id: key.old_id.parse().unwrap_or(0),
            alias: texts.get("alias").cloned().unwrap_or_default(),
            title: texts.get("title").cloned().unwrap_or_default(),
            parent: primary.clone(),
            module: module.to_string(),
            old_url: old_url.to_string(),
        };
        path.push(CategoryRef {
            id: own.id,
            alias: &own.alias,
            title: &own.title,
            old_url: &own.old_url,
        });
    }
    path.extend(ctx.path(primary.as_ref()));
    let author_field = texts.get("author").map_or("", String::as_str);
    // Bylines are parsed again later for the article record; only rules
    // with an `author` condition need them this early.
    let credited = if ctx.mapping.needs_authors() && ctx.text.bylines {
        contributors(body_byline.clone(), author_field).0
    } else {
        Vec::new()
    };
    let authors: Vec<&str> = std::iter::once(author_field)
        .chain(credited.iter().map(|c| c.name.as_str()))
        .filter(|a| !a.is_empty())
        .collect();
    let facts = mapping::ItemFacts {
        source: module,
        kind,
        title: texts.get("title").map_or("", String::as_str),
        body_text: &body_text,
        authors: &authors,
        // Dates in rules are the site's calendar days.
        published_on: published_at.map(extract::nukeviet::site_day),
        old_url,
    };
    let decision = match &item.kind {
        ItemKind::Term { .. } => None,
        _ => Some(ctx.mapping.decide(&facts, &path)),
    };
    let section: Option<String> = match decision {
        None => None,
        Some(Decision::Mapped {
            section,
            rule_id,
            matched_category,
        }) => {
            // Rules may come from included files: the event says which.
            let at = ctx.mapping.rule_ref(rule_id);
            events.push(ev(
                EventKind::Mapped,
                json!({
                    "section": section, "rule": rule_id, "matched_category": matched_category,
                    "rule_file": at.map(|r| r.file.display().to_string()),
                    "rule_line": at.map(|r| r.line),
                }),
            ));
            Some(section.to_string())
        }
        Some(Decision::Unmapped(outcome)) => {
            let category = path
                .first()
                .map(|c| format!("{} ({})", c.title, c.alias))
                .unwrap_or_default();
            match outcome {
                UnmappedOutcome::KeepIn(s) => {
                    events.push(ev(
                        EventKind::Unmapped,
                        json!({"policy": "keep-in", "section": s, "category": category}),
                    ));
                    Some(s.to_string())
                }
                UnmappedOutcome::Skip => {
                    events.push(ev(
                        EventKind::Unmapped,
                        json!({"policy": "skip", "category": category}),
                    ));
                    events.push(ev(
                        EventKind::Skipped,
                        json!({"reason": "unmapped, policy skip"}),
                    ));
                    None
                }
                UnmappedOutcome::Fail => {
                    fatal = Some(Error::Unmapped {
                        key: key.to_string(),
                        provenance: prov.to_string(),
                        category,
                        mapping: ctx.mapping.file.display().to_string(),
                    });
                    None
                }
            }
        }
    };
    drop(path);

    let mut category_ctx = None;
    let record = match item.kind {
        ItemKind::Term {
            vocabulary,
            image,
            link,
            account,
            weight,
            old_url,
        } => Record::Term(Term {
            key: key.clone(),
            vocabulary,
            name: take(&mut texts, "name"),
            alias: take(&mut texts, "alias"),
            description: take(&mut texts, "description"),
            image,
            link,
            account,
            weight,
            old_url,
        }),
        ItemKind::Category {
            parent,
            enabled,
            weight,
            old_url,
            module,
            old_urls,
        } => {
            let c = Category {
                key: key.clone(),
                parent: parent.clone(),
                title: take(&mut texts, "title"),
                alias: take(&mut texts, "alias"),
                enabled,
                weight,
                old_url,
                section: section.clone(),
                old_urls,
            };
            category_ctx = Some((
                key.clone(),
                CategoryContext {
                    id: key.old_id.parse().unwrap_or(0),
                    alias: c.alias.clone(),
                    title: c.title.clone(),
                    parent,
                    module,
                    old_url: c.old_url.clone(),
                },
            ));
            // A skipped category still goes in (its articles may be
            // mapped elsewhere); it just has no section.
            Record::Category(c)
        }
        ItemKind::Article {
            category,
            categories,
            status,
            added_at,
            edited_at,
            published_at,
            expires_at,
            old_url,
            mut meta,
            old_urls,
            ..
        } => match section {
            None => Record::Skipped(key.clone()),
            Some(section) => {
                let title = take(&mut texts, "title");
                let summary = take(&mut texts, "summary");
                let refs = if ctx.text.legal_references {
                    references(&[&title, &summary, &body_text])
                } else {
                    Vec::new()
                };
                let author = take(&mut texts, "author");
                let (people, source) = if ctx.text.bylines {
                    contributors(body_byline, &author)
                } else {
                    (Vec::new(), String::new())
                };
                if !people.is_empty() || !source.is_empty() {
                    events.push(ev(
                        EventKind::Credited,
                        json!({
                            "contributors": people.iter().map(|p| json!({
                                "name": p.name, "role": p.role, "affiliation": p.affiliation,
                            })).collect::<Vec<_>>(),
                            "source": source,
                        }),
                    ));
                }
                if !refs.is_empty() {
                    events.push(ev(
                        EventKind::Referenced,
                        json!({ "references": refs.iter().map(|r| json!({
                            "kind": r.kind, "symbol": r.symbol, "number": r.number,
                            "year": r.year, "issued_on": r.issued_on,
                        })).collect::<Vec<_>>() }),
                    ));
                }
                meta.source_text = take(&mut texts, "source_text");
                meta.posted_by = take(&mut texts, "posted_by");
                meta.seo_title = take(&mut texts, "seo_title");
                meta.seo_description = take(&mut texts, "seo_description");
                meta.keywords = take(&mut texts, "keywords");
                meta.home_image_alt = take(&mut texts, "home_image_alt");
                let body_html = take(&mut texts, "body");
                let links = match &ctx.site {
                    Some(site) => crate::links::collect(&body_html, &old_url, site),
                    None => Vec::new(),
                };
                Record::Article(Article {
                    key: key.clone(),
                    kind: ArticleKind::News,
                    title,
                    alias: take(&mut texts, "alias"),
                    summary,
                    body_html,
                    body_text,
                    author,
                    status,
                    added_at,
                    edited_at,
                    published_at,
                    expires_at,
                    category,
                    categories,
                    home_image: take(&mut texts, "home_image"),
                    old_url,
                    section,
                    references: refs,
                    contributors: people,
                    source,
                    meta,
                    document: None,
                    attachments,
                    old_urls,
                    links,
                })
            }
        },
        ItemKind::Document {
            category,
            status,
            added_at,
            edited_at,
            published_at,
            issued_on,
            effective_from,
            expires_on,
            old_url,
            old_urls,
            ..
        } => match section {
            None => Record::Skipped(key.clone()),
            Some(section) => {
                let title = take(&mut texts, "title");
                let summary = take(&mut texts, "summary");
                let doc_type = take(&mut texts, "doc_type");
                let code = take(&mut texts, "symbol");
                let symbol = match document_symbol(&doc_type, &code) {
                    Some(s) => s,
                    None => {
                        if !code.is_empty() {
                            events.push(ev(
                                EventKind::Warning,
                                json!({ "message": format!(
                                    "số ký hiệu `{code}` does not read as a document symbol \
                                     (number/code-issuer): kept as stored; check it on the old site"
                                ) }),
                            ));
                        }
                        code
                    }
                };
                // What the document cites, not the document itself.
                let refs: Vec<_> = if ctx.text.legal_references {
                    references(&[&title, &summary, &body_text])
                        .into_iter()
                        .filter(|r| r.symbol.as_deref() != Some(symbol.as_str()))
                        .collect()
                } else {
                    Vec::new()
                };
                if !refs.is_empty() {
                    events.push(ev(
                        EventKind::Referenced,
                        json!({ "references": refs.iter().map(|r| json!({
                            "kind": r.kind, "symbol": r.symbol, "number": r.number,
                            "year": r.year, "issued_on": r.issued_on,
                        })).collect::<Vec<_>>() }),
                    ));
                }
                let (people, source) = if ctx.text.bylines {
                    contributors(body_byline, "")
                } else {
                    (Vec::new(), String::new())
                };
                let list = |t: String| -> Vec<String> { t.lines().map(str::to_string).collect() };
                let issuer = take(&mut texts, "issuer");
                let document = DocumentInfo {
                    symbol,
                    doc_type,
                    issuer: issuer.clone(),
                    signer: take(&mut texts, "signer"),
                    examiner: take(&mut texts, "examiner"),
                    issued_on,
                    effective_from,
                    expires_on,
                    summary: summary.clone(),
                    fields: list(take(&mut texts, "fields")),
                    subjects: if issuer.is_empty() {
                        Vec::new()
                    } else {
                        vec![issuer]
                    },
                    files: list(take(&mut texts, "files")),
                };
                Record::Article(Article {
                    key: key.clone(),
                    kind: ArticleKind::Document,
                    title,
                    alias: take(&mut texts, "alias"),
                    summary,
                    body_html: take(&mut texts, "body"),
                    body_text,
                    author: String::new(),
                    status,
                    added_at,
                    edited_at,
                    published_at,
                    // A document stays on the portal after its expiry date
                    // (`document.expires_on`), marked as no longer in force.
                    expires_at: None,
                    categories: category.iter().cloned().collect(),
                    category,
                    home_image: String::new(),
                    old_url,
                    section,
                    references: refs,
                    contributors: people,
                    source,
                    meta: Default::default(),
                    document: Some(document),
                    attachments,
                    old_urls,
                    links: Vec::new(),
                })
            }
        },
    };
    Processed {
        staged: Staged { record, events },
        fatal,
        charsets,
        category: category_ctx,
    }
}
