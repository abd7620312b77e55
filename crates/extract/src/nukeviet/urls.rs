//! Every URL a NukeViet site answered for an article, a category or a legal
//! document, and the reverse: which item an old link names.
//!
//! Facts from NukeViet's own code (`includes/request_uri.php`,
//! `nv_url_rewrite` in `includes/functions.php`, `index.php`, the news
//! module's `functions.php`; 3.4 and 4.5):
//!
//! - Links are written `index.php?language=L&nv=M&op=OP` and rewritten on
//!   output to `/L/M/OP` + an ending: `rewrite_endurl` (`/`) unless `OP`
//!   already ends in `rewrite_exturl` (`.html`). The news module writes an
//!   article's `OP` as `<cat-alias>/<alias>-<id>` + `.html` in 4.x, without
//!   `.html` in 3.x (so 3.x articles end in `-<id>/`); a category's `OP` is
//!   its alias.
//! - `rewrite_optional` drops the language segment; 4.x's `rewrite_op_mod`
//!   (only with `rewrite_optional`) drops the segment of one module. When
//!   the server has no rewriting, the path goes through `index.php/`.
//! - On input, `/index.php/` is taken out, the path must end in `/` or
//!   `.html`; a first segment that is a site language is the language, the
//!   next the module, the rest the `OP` (with no language segment the first
//!   segment is the module). A module name that is no module, with
//!   `rewrite_op_mod` set, is the first `OP` segment of that module. The
//!   query form (`nv=`, `op=`, `.html` stripped from `op`) is answered too.
//! - The news module splits `OP` on `/`: one segment is a category (by
//!   alias), two are an article: the id is the number after the last `-` of
//!   the second segment; the category segment does not matter (an unknown
//!   one redirects to the article's real URL). `print/`, `savefile/` and
//!   `sendmail/` before the two segments show the same article.
//!
//! [`article_urls`], [`category_urls`] and [`document_urls`] list the forms
//! (a bounded list: see [`forms`]); [`resolve_old_link`] reads a link the
//! way NukeViet reads a request.

use super::Generation;
use model::{Entity, SourceKey};
use std::collections::BTreeMap;

/// Percent-encodes bytes that cannot stand in a URL path as they are.
pub(crate) fn url_segment(b: &[u8]) -> String {
    let mut s = String::with_capacity(b.len());
    for &c in b {
        if c.is_ascii_alphanumeric() || b"-_.~".contains(&c) {
            s.push(c as char);
        } else {
            s.push_str(&format!("%{c:02X}"));
        }
    }
    s
}

/// The old URLs of one item (paths from the site's root, with the query
/// for `index.php?` forms).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OldUrls {
    /// The URL the old site printed with its default settings
    /// (`/<lang>/<module>/...`).
    pub canonical: String,
    /// Every other form the old site answered, in the order of [`forms`],
    /// without the canonical one and without repeats.
    pub alternates: Vec<String>,
}

/// The forms of an item whose `OP` is `op` (already URL-encoded), as a
/// list: the canonical `/<lang>/<module>/<op><end>` first, then
///
/// 1. `/<module>/<op><end>` (language dropped, `rewrite_optional`);
/// 2. 4.x: `/<lang>/<op><end>` and `/<op><end>` (module dropped,
///    `rewrite_op_mod`);
/// 3. each of the above through `/index.php/` (no rewriting on the server);
/// 4. `/index.php?language=<lang>&nv=<module>&op=<op>` and
///    `/index.php?nv=<module>&op=<op>` (rewriting off), each also with
///    `.html` after `op` when `query_ext` is set (4.x articles: NukeViet
///    writes `op` with `.html` and answers without).
///
/// `end` is `/` or `.html`. 3.x has no `rewrite_op_mod`, so its list has no
/// module-dropped forms: 6 forms for a 3.x item, 10 for a 4.x category, 12
/// for a 4.x article.
pub fn forms(
    lang: &str,
    module: &str,
    op: &str,
    end: &str,
    generation: Generation,
    query_ext: bool,
) -> Vec<String> {
    let mut prefixes = vec![format!("{lang}/{module}/"), format!("{module}/")];
    if generation == Generation::V4 {
        prefixes.push(format!("{lang}/"));
        prefixes.push(String::new());
    }
    let mut out = Vec::with_capacity(prefixes.len() * 2 + 4);
    for through_index in ["", "index.php/"] {
        for p in &prefixes {
            out.push(format!("/{through_index}{p}{op}{end}"));
        }
    }
    let exts: &[&str] = if query_ext { &[".html", ""] } else { &[""] };
    for ext in exts {
        out.push(format!(
            "/index.php?language={lang}&nv={module}&op={op}{ext}"
        ));
        out.push(format!("/index.php?nv={module}&op={op}{ext}"));
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|u| seen.insert(u.clone()));
    out
}

fn split(mut all: Vec<String>) -> OldUrls {
    let canonical = all.remove(0);
    OldUrls {
        canonical,
        alternates: all,
    }
}

/// An article's old URLs: `/<lang>/<module>/<cat-alias>/<alias>-<id>.html`
/// (4.x) or `.../<alias>-<id>/` (3.x), and the other forms of [`forms`].
pub fn article_urls(
    lang: &str,
    module: &str,
    cat_alias: &[u8],
    alias: &[u8],
    id: i64,
    generation: Generation,
) -> OldUrls {
    let op = format!("{}/{}-{id}", url_segment(cat_alias), url_segment(alias));
    let (end, query_ext) = match generation {
        // 3.x: `rewrite_endurl` '/', and the news module adds no `.html`.
        Generation::V3 => ("/", false),
        Generation::V4 => (".html", true),
    };
    split(forms(lang, module, &op, end, generation, query_ext))
}

/// A category's old URLs: `/<lang>/<module>/<alias>/` and the other forms
/// of [`forms`].
pub fn category_urls(lang: &str, module: &str, alias: &[u8], generation: Generation) -> OldUrls {
    split(forms(
        lang,
        module,
        &url_segment(alias),
        "/",
        generation,
        false,
    ))
}

/// A legal document's old URLs (eGovernment `laws` module, 4.x):
/// `/<lang>/<module>/detail/<alias>-<id>/` and the other forms of
/// [`forms`].
/// NukeViet saves a document's alias as `<slug>-<id>`; an alias stored
/// without its `-<id>` gets it, as the `detail` page needs it.
pub fn document_urls(lang: &str, module: &str, alias: &[u8], id: i64) -> OldUrls {
    let alias = url_segment(alias);
    let suffix = format!("-{id}");
    let op = if alias.ends_with(&suffix) {
        format!("detail/{alias}")
    } else {
        format!("detail/{alias}{suffix}")
    };
    split(forms(lang, module, &op, "/", Generation::V4, false))
}

/// One news module of the old site, as the resolver needs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteModule {
    /// Language (`vi`).
    pub lang: String,
    /// URL segment (the module's title, `tin-tuc`).
    pub module: String,
    /// The source its items are keyed under (table stem, `nv4_vi_news`).
    pub source: String,
    /// Category aliases (URL-encoded as in old URLs) to category ids.
    pub categories: BTreeMap<String, i64>,
}

/// What the resolver knows of the old site: its news modules and where it
/// lived.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Site {
    modules: Vec<SiteModule>,
    root: Option<url::Url>,
}

/// Stands for the old site when no `old_base_url` is given: relative and
/// root-relative links are still read, absolute ones are all foreign.
const NO_HOST: &str = "http://old-site.invalid/";

impl Site {
    /// A site with these modules, at an unknown address.
    pub fn new(mut modules: Vec<SiteModule>) -> Site {
        // Deterministic lookups whatever order the caller used.
        modules.sort_by(|a, b| (&a.lang, &a.module).cmp(&(&b.lang, &b.module)));
        Site {
            modules,
            root: None,
        }
    }

    /// Sets the old site's address (`https://tinh.gov.vn`, or with the
    /// folder NukeViet was installed in): absolute links to it are read as
    /// the site's own. An error says what is wrong with `url`.
    pub fn with_old_base_url(mut self, url: &str) -> Result<Site, String> {
        let mut u = url::Url::parse(url.trim()).map_err(|e| {
            format!("old base URL `{url}`: {e} (give it as https://host or https://host/folder)")
        })?;
        if !matches!(u.scheme(), "http" | "https") || u.host_str().is_none() {
            return Err(format!(
                "old base URL `{url}`: not an http(s) address with a host (give it as https://host)"
            ));
        }
        if !u.path().ends_with('/') {
            let p = format!("{}/", u.path());
            u.set_path(&p);
        }
        u.set_query(None);
        u.set_fragment(None);
        self.root = Some(u);
        Ok(self)
    }

    /// The modules, sorted by language and URL segment.
    pub fn modules(&self) -> &[SiteModule] {
        &self.modules
    }

    fn root(&self) -> url::Url {
        self.root
            .clone()
            .unwrap_or_else(|| url::Url::parse(NO_HOST).expect("constant URL"))
    }

    fn is_lang(&self, s: &str) -> bool {
        self.modules.iter().any(|m| m.lang == s)
    }

    /// The language of a link without one: the linking page's, else `vi`
    /// when the site has it, else the first.
    fn default_lang<'a>(&'a self, page_lang: Option<&'a str>) -> Option<&'a str> {
        page_lang
            .or_else(|| self.is_lang("vi").then_some("vi"))
            .or_else(|| self.modules.first().map(|m| m.lang.as_str()))
    }

    fn module(&self, lang: &str, name: &str) -> Option<&SiteModule> {
        self.modules
            .iter()
            .find(|m| m.lang == lang && m.module.eq_ignore_ascii_case(name))
    }
}

/// The site as the dump describes it: each news instance with the aliases
/// of its categories.
pub(super) fn site(
    insts: &[super::Instance],
    stage: &mut super::stage::Stage,
) -> Result<Site, crate::Error> {
    use sqlx::Row;
    let mut modules = Vec::with_capacity(insts.len());
    for inst in insts {
        let mut categories = BTreeMap::new();
        stage.each(
            "SELECT catid, alias FROM cat WHERE stem = ? ORDER BY catid",
            &[&inst.stem],
            |r| {
                let id: i64 = r.try_get("catid").unwrap_or(0);
                let alias: Vec<u8> = r.try_get("alias").unwrap_or_default();
                // NukeViet keeps aliases unique per module; on a damaged
                // dump the first id wins, as NukeViet's lookup does.
                categories.entry(url_segment(&alias)).or_insert(id);
                std::ops::ControlFlow::Continue(())
            },
        )?;
        modules.push(SiteModule {
            lang: inst.lang.clone(),
            module: inst.module.clone(),
            source: inst.stem.clone(),
            categories,
        });
    }
    Ok(Site::new(modules))
}

/// The item an old link names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OldTarget {
    /// The item's key (an article by old id, a category by alias).
    pub key: SourceKey,
}

fn percent_decode(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match (
            b[i],
            b.get(i + 1).copied().and_then(hex),
            b.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b'+', _, _) => {
                // `urldecode`, as NukeViet applies to the path.
                out.push(b' ');
                i += 1;
            }
            (c, _, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// A segment in the form old URLs are written in ([`url_segment`] of its
/// decoded bytes), so `t%e1%bb%a9c`, `t%E1%BB%A9c` and `tức` compare equal.
fn canon(seg: &str) -> String {
    url_segment(&percent_decode(seg))
}

fn same_host(a: &url::Url, b: &url::Url) -> bool {
    let strip = |h: &str| h.trim_start_matches("www.").to_ascii_lowercase();
    match (a.host_str(), b.host_str()) {
        (Some(x), Some(y)) => strip(x) == strip(y) && a.port() == b.port(),
        _ => false,
    }
}

/// The item of `site` an old link names, reading it as NukeViet read a
/// request: `href` as found in a body, `page` the old URL of the page it
/// was on (relative links are resolved against it, and a link without a
/// language segment takes the page's language).
///
/// Read: relative and root-relative links, absolute links to the old
/// site's own address ([`Site::with_old_base_url`]; `www.` or not, http or
/// https), with or without `/index.php/`, the language segment or the
/// module segment, and `index.php?language=&nv=&op=`. Articles are named by
/// module and id (whether that id exists is the loader's business: the
/// article may come later in the dump), categories by module and alias.
/// Anything else (another host, a file, a module function, an unknown
/// module or category) is `None`.
pub fn resolve_old_link(href: &str, site: &Site, page: &str) -> Option<OldTarget> {
    let href = href.trim();
    if href.is_empty() || href.starts_with('#') {
        return None;
    }
    let root = site.root();
    let page_url = root.join(page.trim_start_matches('/')).ok()?;
    let url = page_url.join(href).ok()?;
    if !matches!(url.scheme(), "http" | "https") || !same_host(&url, &root) {
        return None;
    }
    let rel = url.path().strip_prefix(root.path())?;
    let rel = rel.strip_prefix("index.php/").unwrap_or(rel);
    let page_lang = page
        .trim_start_matches('/')
        .split('/')
        .next()
        .filter(|s| site.is_lang(s));
    let (lang, module, op): (Option<String>, Option<String>, Vec<String>) =
        // `index.php?...` written relative to an article's page lands in
        // its folder in a browser (a 404 on the old site too), but its
        // author meant the site's `index.php`.
        if rel.is_empty() || rel == "index.php" || rel.ends_with("/index.php") {
            query_request(&url)?
        } else {
            path_request(rel, site)?
        };
    let lang = match &lang {
        Some(l) => l.as_str(),
        None => site.default_lang(page_lang)?,
    };
    let (m, op) = match module.as_deref().and_then(|name| site.module(lang, name)) {
        Some(m) => (m, op),
        None => {
            // No such module: with `rewrite_op_mod` the "module" segment was
            // the first of the op. Which module had its segment dropped is
            // a site setting the dump does not hold: the page's own module
            // first, then each module of the language that has the
            // category.
            let mut op = op;
            if let Some(name) = module {
                op.insert(0, name);
            }
            let first = canon(op.first()?);
            let page_module = page
                .trim_start_matches('/')
                .split('/')
                .nth(1)
                .and_then(|n| site.module(lang, n));
            let m = page_module
                .into_iter()
                .chain(site.modules.iter().filter(|m| m.lang == lang))
                .find(|m| m.categories.contains_key(&first))?;
            (m, op)
        }
    };
    news_op(m, &op)
}

type Request = (Option<String>, Option<String>, Vec<String>);

/// `index.php?language=&nv=&op=`: the parts, `.html` taken off `op`.
fn query_request(url: &url::Url) -> Option<Request> {
    let (mut lang, mut module, mut op) = (None, None, None);
    for (k, v) in url.query_pairs() {
        match k.as_ref() {
            "language" => lang = Some(v.into_owned()),
            "nv" => module = Some(v.into_owned()),
            "op" => op = Some(v.into_owned()),
            _ => {}
        }
    }
    let mut module = module?;
    // `nv=news/cat/alias-1` with no `op`: the rest of `nv` is the op.
    if op.is_none() {
        if let Some((m, rest)) = module.split_once('/') {
            op = Some(rest.to_string());
            module = m.to_string();
        }
    }
    let op = op.unwrap_or_default();
    let op = op.strip_suffix(".html").unwrap_or(&op);
    Some((lang, Some(module), segments(op)))
}

/// `<lang>/<module>/<op>` with either of the first two dropped, ending in
/// `/` or `.html` (or neither: the server's rule adds the `/`).
fn path_request(rel: &str, site: &Site) -> Option<Request> {
    let rel = rel
        .strip_suffix(".html")
        .or_else(|| rel.strip_suffix('/'))
        .unwrap_or(rel);
    let mut segs = segments(rel);
    if segs.is_empty() {
        return None;
    }
    let lang = site.is_lang(&segs[0]).then(|| segs.remove(0));
    if segs.is_empty() {
        return None;
    }
    let module = segs.remove(0);
    Some((lang, Some(module), segs))
}

fn segments(s: &str) -> Vec<String> {
    s.split('/')
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

/// What the news module shows for `op` (see the module docs).
fn news_op(m: &SiteModule, op: &[String]) -> Option<OldTarget> {
    let op = match op.first().map(String::as_str) {
        Some("print" | "savefile" | "sendmail") if op.len() == 3 => &op[1..],
        _ => op,
    };
    let key = |entity, id: i64| OldTarget {
        key: SourceKey::new(m.source.clone(), entity, id),
    };
    match op {
        [cat] => m
            .categories
            .get(&canon(cat))
            .map(|id| key(Entity::Category, *id)),
        [cat, page] if page.starts_with("page-") => m
            .categories
            .get(&canon(cat))
            .map(|id| key(Entity::Category, *id)),
        [_, last] => {
            let (alias, id) = last.rsplit_once('-')?;
            let id: i64 = id.parse().ok().filter(|&id| id > 0)?;
            (!alias.is_empty()).then(|| key(Entity::Article, id))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> Site {
        let cats = |v: &[(&str, i64)]| v.iter().map(|(a, i)| (a.to_string(), *i)).collect();
        Site::new(vec![
            SiteModule {
                lang: "vi".into(),
                module: "tin-tuc".into(),
                source: "nv4_vi_news".into(),
                categories: cats(&[("hoat-dong", 2), ("kinh-te-xa-hoi", 8)]),
            },
            // A virtual module whose module_data has `_`: its source is
            // the table stem, its URL segment the title.
            SiteModule {
                lang: "vi".into(),
                module: "thong-bao".into(),
                source: "nv4_vi_thong_bao".into(),
                categories: cats(&[("thong-bao-chung", 1)]),
            },
            SiteModule {
                lang: "en".into(),
                module: "news".into(),
                source: "nv4_en_news".into(),
                categories: cats(&[("activities", 3)]),
            },
        ])
        .with_old_base_url("https://tinhmau.example.gov.vn")
        .unwrap()
    }

    fn art(source: &str, id: i64) -> Option<OldTarget> {
        Some(OldTarget {
            key: SourceKey::new(source, Entity::Article, id),
        })
    }

    fn cat(source: &str, id: i64) -> Option<OldTarget> {
        Some(OldTarget {
            key: SourceKey::new(source, Entity::Category, id),
        })
    }

    const PAGE: &str = "/vi/tin-tuc/hoat-dong/hop-ubnd-1.html";

    #[test]
    fn a_4x_article_has_twelve_forms() {
        let u = article_urls(
            "vi",
            "tin-tuc",
            b"hoat-dong",
            b"ky-hop-thu-7",
            12,
            Generation::V4,
        );
        assert_eq!(u.canonical, "/vi/tin-tuc/hoat-dong/ky-hop-thu-7-12.html");
        assert_eq!(
            u.alternates,
            [
                "/tin-tuc/hoat-dong/ky-hop-thu-7-12.html",
                "/vi/hoat-dong/ky-hop-thu-7-12.html",
                "/hoat-dong/ky-hop-thu-7-12.html",
                "/index.php/vi/tin-tuc/hoat-dong/ky-hop-thu-7-12.html",
                "/index.php/tin-tuc/hoat-dong/ky-hop-thu-7-12.html",
                "/index.php/vi/hoat-dong/ky-hop-thu-7-12.html",
                "/index.php/hoat-dong/ky-hop-thu-7-12.html",
                "/index.php?language=vi&nv=tin-tuc&op=hoat-dong/ky-hop-thu-7-12.html",
                "/index.php?nv=tin-tuc&op=hoat-dong/ky-hop-thu-7-12.html",
                "/index.php?language=vi&nv=tin-tuc&op=hoat-dong/ky-hop-thu-7-12",
                "/index.php?nv=tin-tuc&op=hoat-dong/ky-hop-thu-7-12",
            ]
        );
        // Every form reads back as the article.
        for f in std::iter::once(&u.canonical).chain(&u.alternates) {
            assert_eq!(
                resolve_old_link(f, &site(), PAGE),
                art("nv4_vi_news", 12),
                "{f}"
            );
        }
    }

    #[test]
    fn a_3x_article_ends_in_a_slash_and_keeps_its_module() {
        let u = article_urls(
            "vi",
            "news",
            b"thong-bao",
            b"lich-tiep-dan",
            7,
            Generation::V3,
        );
        assert_eq!(u.canonical, "/vi/news/thong-bao/lich-tiep-dan-7/");
        assert_eq!(
            u.alternates,
            [
                "/news/thong-bao/lich-tiep-dan-7/",
                "/index.php/vi/news/thong-bao/lich-tiep-dan-7/",
                "/index.php/news/thong-bao/lich-tiep-dan-7/",
                "/index.php?language=vi&nv=news&op=thong-bao/lich-tiep-dan-7",
                "/index.php?nv=news&op=thong-bao/lich-tiep-dan-7",
            ]
        );
    }

    #[test]
    fn categories_and_documents() {
        let c = category_urls("vi", "tin-tuc", b"kinh-te-xa-hoi", Generation::V4);
        assert_eq!(c.canonical, "/vi/tin-tuc/kinh-te-xa-hoi/");
        assert_eq!(c.alternates.len(), 9);
        assert!(c.alternates.contains(&"/kinh-te-xa-hoi/".to_string()));
        assert!(c
            .alternates
            .contains(&"/index.php?language=vi&nv=tin-tuc&op=kinh-te-xa-hoi".to_string()));
        for f in std::iter::once(&c.canonical).chain(&c.alternates) {
            assert_eq!(
                resolve_old_link(f, &site(), PAGE),
                cat("nv4_vi_news", 8),
                "{f}"
            );
        }
        let c3 = category_urls("vi", "news", b"thong-bao", Generation::V3);
        assert_eq!(c3.alternates.len(), 5);
        let d = document_urls("vi", "van-ban", b"quyet-dinh-1209-qd-ubnd", 41);
        assert_eq!(
            d.canonical,
            "/vi/van-ban/detail/quyet-dinh-1209-qd-ubnd-41/"
        );
        assert!(d.alternates.contains(
            &"/index.php?language=vi&nv=van-ban&op=detail/quyet-dinh-1209-qd-ubnd-41".to_string()
        ));
    }

    #[test]
    fn aliases_are_percent_encoded() {
        let u = article_urls("vi", "tin-tuc", "tức".as_bytes(), b"a b", 3, Generation::V4);
        assert_eq!(u.canonical, "/vi/tin-tuc/t%E1%BB%A9c/a%20b-3.html");
        assert_eq!(url_segment(b"Tin-tuc"), "Tin-tuc");
    }

    #[test]
    fn links_resolve_like_nukeviet() {
        let s = site();
        for (href, want) in [
            // 4.x, the usual form; the category segment does not matter.
            (
                "/vi/tin-tuc/kinh-te-xa-hoi/kt-xh-quy-1-2.html",
                art("nv4_vi_news", 2),
            ),
            (
                "/vi/tin-tuc/chuyen-muc-da-xoa/kt-xh-quy-1-2.html",
                art("nv4_vi_news", 2),
            ),
            // 3.x trailing slash, and no ending at all.
            ("/vi/tin-tuc/hoat-dong/bai-cu-15/", art("nv4_vi_news", 15)),
            ("/vi/tin-tuc/hoat-dong/bai-cu-15", art("nv4_vi_news", 15)),
            // The virtual module, whose source has `_`.
            (
                "/vi/thong-bao/thong-bao-chung/lich-nghi-le-4.html",
                art("nv4_vi_thong_bao", 4),
            ),
            ("/vi/thong-bao/thong-bao-chung/", cat("nv4_vi_thong_bao", 1)),
            // Language dropped: the page's language.
            ("/tin-tuc/hoat-dong/hop-5.html", art("nv4_vi_news", 5)),
            // Module dropped: the module that has the category.
            (
                "/vi/thong-bao-chung/lich-nghi-le-4.html",
                art("nv4_vi_thong_bao", 4),
            ),
            ("/hoat-dong/hop-5.html", art("nv4_vi_news", 5)),
            ("/kinh-te-xa-hoi/", cat("nv4_vi_news", 8)),
            // Through index.php, and the query-string form (`&amp;` is
            // already decoded in an attribute value).
            (
                "/index.php/vi/tin-tuc/hoat-dong/hop-5.html",
                art("nv4_vi_news", 5),
            ),
            (
                "/index.php?language=vi&nv=tin-tuc&op=hoat-dong/hop-5",
                art("nv4_vi_news", 5),
            ),
            (
                "index.php?language=vi&nv=tin-tuc&op=hoat-dong/hop-5.html",
                art("nv4_vi_news", 5),
            ),
            (
                "/index.php?nv=tin-tuc/kinh-te-xa-hoi",
                cat("nv4_vi_news", 8),
            ),
            ("/?language=en&nv=news&op=activities", cat("nv4_en_news", 3)),
            // The print view of an article, a page of a category.
            (
                "/vi/tin-tuc/print/hoat-dong/hop-5.html",
                art("nv4_vi_news", 5),
            ),
            ("/vi/tin-tuc/kinh-te-xa-hoi/page-2/", cat("nv4_vi_news", 8)),
            // Own domain, with or without www, http or https; a fragment.
            (
                "https://tinhmau.example.gov.vn/vi/tin-tuc/hoat-dong/hop-5.html",
                art("nv4_vi_news", 5),
            ),
            (
                "http://www.tinhmau.example.gov.vn/vi/tin-tuc/hoat-dong/hop-5.html#anh",
                art("nv4_vi_news", 5),
            ),
            // Relative to the page (`/vi/tin-tuc/hoat-dong/`).
            ("hop-5.html", art("nv4_vi_news", 5)),
            ("../kinh-te-xa-hoi/kt-xh-2.html", art("nv4_vi_news", 2)),
            // Percent-encoded either way.
            ("/vi/tin-tuc/kinh%2Dte%2dxa%2Dhoi/", cat("nv4_vi_news", 8)),
            // English module, English language.
            ("/en/news/activities/meeting-9.html", art("nv4_en_news", 9)),
            // Not items.
            (
                "https://baotinhmau.example.vn/vi/tin-tuc/hoat-dong/hop-5.html",
                None,
            ),
            ("//cdn.example.vn/vi/tin-tuc/hoat-dong/hop-5.html", None),
            ("/uploads/news/2023_03/ke-hoach.pdf", None),
            ("/vi/tin-tuc/khong-co-chuyen-muc/", None),
            ("/vi/tin-tuc/hoat-dong/khong-co-so.html", None),
            ("/vi/tin-tuc/hoat-dong/bai-0.html", None),
            ("/vi/tin-tuc/hoat-dong/-5.html", None),
            ("/vi/tin-tuc/", None),
            ("/vi/", None),
            ("#muc-2", None),
            ("mailto:vanthu@tinhmau.example.gov.vn", None),
            ("javascript:void(0)", None),
            ("", None),
        ] {
            assert_eq!(resolve_old_link(href, &s, PAGE), want, "{href}");
        }
    }

    #[test]
    fn without_a_base_url_absolute_links_are_foreign() {
        let s = Site::new(site().modules().to_vec());
        let href = "https://tinhmau.example.gov.vn/vi/tin-tuc/hoat-dong/hop-5.html";
        assert_eq!(resolve_old_link(href, &s, PAGE), None);
        assert_eq!(
            resolve_old_link("/vi/tin-tuc/hoat-dong/hop-5.html", &s, PAGE),
            art("nv4_vi_news", 5)
        );
    }

    #[test]
    fn a_site_in_a_folder() {
        let s = Site::new(site().modules().to_vec())
            .with_old_base_url("https://tinhmau.example.gov.vn/portal")
            .unwrap();
        let page = "/vi/tin-tuc/hoat-dong/hop-1.html";
        assert_eq!(
            resolve_old_link("/portal/vi/tin-tuc/hoat-dong/hop-5.html", &s, page),
            art("nv4_vi_news", 5)
        );
        assert_eq!(
            resolve_old_link("hop-5.html", &s, page),
            art("nv4_vi_news", 5)
        );
        assert_eq!(
            resolve_old_link("/vi/tin-tuc/hoat-dong/hop-5.html", &s, page),
            None
        );
    }

    #[test]
    fn bad_base_urls_are_explained() {
        let e = Site::default()
            .with_old_base_url("tinhmau.gov.vn")
            .unwrap_err();
        assert!(e.contains("https://host"), "{e}");
        let e = Site::default()
            .with_old_base_url("ftp://tinhmau.gov.vn")
            .unwrap_err();
        assert!(e.contains("http(s)"), "{e}");
    }
}
