//! Links of an article body to other items of the same dump, by old URL.
//!
//! Old bodies link to other articles by their old URL, and the ids in those
//! URLs are old ids: the linked article gets another id and URL in the new
//! portal, and may come later in the dump. So the pipeline only records
//! here which item each link names ([`extract::nukeviet::urls::resolve_old_link`]);
//! the loader rewrites the links once every item is loaded
//! (`Target::rewrite_links`).

use extract::nukeviet::urls::{resolve_old_link, Site};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use model::OldLink;
use std::cell::RefCell;

/// Collects the `href` of every `<a>` start tag.
struct Hrefs(RefCell<Vec<String>>);

impl TokenSink for Hrefs {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        if let Token::TagToken(tag) = token {
            if tag.kind == TagKind::StartTag && &*tag.name == "a" {
                if let Some(a) = tag.attrs.iter().find(|a| &*a.name.local == "href") {
                    self.0.borrow_mut().push(a.value.to_string());
                }
            }
        }
        TokenSinkResult::Continue
    }
}

/// The `href` values of the `<a>` elements of `html`, in order, entities
/// decoded (the value a browser follows).
pub(crate) fn hrefs(html: &str) -> Vec<String> {
    if !html.contains("<a") && !html.contains("<A") {
        return Vec::new();
    }
    let tok = Tokenizer::new(Hrefs(RefCell::new(Vec::new())), TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let _ = tok.feed(&input);
    tok.end();
    tok.sink.0.take()
}

/// The links of a body (the sanitised HTML of the page at old URL `page`)
/// that name an item of `site`, in body order.
pub(crate) fn collect(html: &str, page: &str, site: &Site) -> Vec<OldLink> {
    hrefs(html)
        .into_iter()
        .filter_map(|href| {
            let target = resolve_old_link(&href, site, page)?.key;
            Some(OldLink { href, target })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use extract::nukeviet::urls::SiteModule;
    use model::{Entity, SourceKey};

    #[test]
    fn only_links_to_items_of_the_dump_are_kept() {
        let site = Site::new(vec![SiteModule {
            lang: "vi".into(),
            module: "tin-tuc".into(),
            source: "nv4_vi_news".into(),
            categories: [("hoat-dong".to_string(), 2)].into_iter().collect(),
        }])
        .with_old_base_url("https://tinhmau.example.gov.vn")
        .unwrap();
        let body = "<p>Xem <a href=\"/vi/tin-tuc/hoat-dong/hop-ubnd-12.html\">phiên họp</a>, \
             <a href=\"index.php?language=vi&amp;nv=tin-tuc&amp;op=hoat-dong\">chuyên mục</a>, \
             <a href=\"https://baotinhmau.example.vn/vi/tin-tuc/hoat-dong/x-3.html\">báo</a>, \
             <img src=\"/vi/tin-tuc/hoat-dong/anh-4.html\"> \
             <a name=\"muc-1\">mục 1</a> <a href=\"/uploads/news/ke-hoach.pdf\">tệp</a></p>";
        let links = collect(body, "/vi/tin-tuc/hoat-dong/bai-1.html", &site);
        assert_eq!(
            links,
            vec![
                OldLink {
                    href: "/vi/tin-tuc/hoat-dong/hop-ubnd-12.html".into(),
                    target: SourceKey::new("nv4_vi_news", Entity::Article, 12),
                },
                OldLink {
                    href: "index.php?language=vi&nv=tin-tuc&op=hoat-dong".into(),
                    target: SourceKey::new("nv4_vi_news", Entity::Category, 2),
                },
            ]
        );
        assert!(collect("<p>Không có liên kết.</p>", "/vi/tin-tuc/a-1.html", &site).is_empty());
    }
}
