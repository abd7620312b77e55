//! NukeViet table names: `{prefix}_{lang}_{module_data}_{suffix}`.

/// The news tables portmig reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NewsTable {
    /// `_cat`: categories.
    Cat,
    /// `_rows`: articles.
    Rows,
    /// `_detail`: article bodies (4.0.29+).
    Detail,
    /// `_bodyhtml_N`: article bodies (3.x up to 4.0.28), articles
    /// `2000 * (N - 1) + 1` to `2000 * N` in table N.
    BodyHtml(u32),
    /// `_bodytext`: a plain-text copy of every body (3.x up to 4.0.28),
    /// made for search.
    BodyText,
    /// `_topics`.
    Topics,
    /// `_sources`: outlets credited.
    Sources,
    /// `_tags` (4.x).
    Tags,
    /// `_tags_id`: article-tag links (4.x).
    TagsId,
    /// `_author`: author profiles (4.5).
    Author,
    /// `_authorlist`: article-author links (4.5).
    AuthorList,
}

impl NewsTable {
    /// The short name the extractor files the table under.
    pub(crate) fn kind(self) -> &'static str {
        match self {
            NewsTable::Cat => "cat",
            NewsTable::Rows => "rows",
            NewsTable::Detail => "detail",
            NewsTable::BodyHtml(_) => "bodyhtml",
            NewsTable::BodyText => "bodytext",
            NewsTable::Topics => "topics",
            NewsTable::Sources => "sources",
            NewsTable::Tags => "tags",
            NewsTable::TagsId => "tags_id",
            NewsTable::Author => "author",
            NewsTable::AuthorList => "authorlist",
        }
    }
}

/// Splits a news table name into its stem (`nv4_vi_news`) and suffix.
/// Per-category copies (`nv4_vi_news_12`, `nv3_vi_news_12`) and other
/// tables give `None`.
pub(crate) fn news_table(name: &str) -> Option<(&str, NewsTable)> {
    for (suffix, t) in [
        ("_cat", NewsTable::Cat),
        ("_rows", NewsTable::Rows),
        ("_detail", NewsTable::Detail),
        ("_bodytext", NewsTable::BodyText),
        ("_topics", NewsTable::Topics),
        ("_sources", NewsTable::Sources),
        ("_tags", NewsTable::Tags),
        ("_tags_id", NewsTable::TagsId),
        ("_author", NewsTable::Author),
        ("_authorlist", NewsTable::AuthorList),
    ] {
        if let Some(stem) = name.strip_suffix(suffix) {
            if split_stem(stem).is_some() {
                return Some((stem, t));
            }
        }
    }
    // `_bodyhtml_<N>`, N from 1.
    let (stem, n) = name.rsplit_once("_bodyhtml_")?;
    if n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: u32 = n.parse().ok().filter(|&n| n > 0)?;
    split_stem(stem).map(|_| (stem, NewsTable::BodyHtml(n)))
}

/// The `_bodyhtml_N` table NukeViet keeps article `id`'s body in:
/// `N = ceil(id / 2000)`.
pub(crate) fn bodyhtml_table_no(id: i64) -> i64 {
    (id.max(1) + 1999) / 2000
}

/// A table stem split as `(prefix, lang, module_data)`.
///
/// The prefix is the first `_`-separated segment (NukeViet forbids `_` in
/// it), the language the second (a 2-letter code), and the module data
/// name the rest, which may itself hold `_` (`tin_tuc`).
pub(crate) fn split_stem(stem: &str) -> Option<(&str, &str, &str)> {
    let (prefix, rest) = stem.split_once('_')?;
    let (lang, data) = rest.split_once('_')?;
    let is_lang = lang.len() == 2 && lang.bytes().all(|b| b.is_ascii_lowercase());
    (!prefix.is_empty() && is_lang && !data.is_empty()).then_some((prefix, lang, data))
}

/// `nv4_users` gives `Some("nv4")`: the site's accounts (no language).
pub(crate) fn users_table(name: &str) -> Option<&str> {
    let prefix = name.strip_suffix("_users")?;
    (!prefix.is_empty() && !prefix.contains('_')).then_some(prefix)
}

/// `nv4_vi_modules` gives `Some("nv4_vi")`.
pub(crate) fn modules_table(name: &str) -> Option<&str> {
    let pl = name.strip_suffix("_modules")?;
    let (prefix, lang) = pl.split_once('_')?;
    (!prefix.is_empty() && lang.len() == 2 && lang.bytes().all(|b| b.is_ascii_lowercase()))
        .then_some(pl)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(
            news_table("nv4_vi_news_rows"),
            Some(("nv4_vi_news", NewsTable::Rows))
        );
        assert_eq!(
            news_table("nv4_vi_tin_tuc_cat"),
            Some(("nv4_vi_tin_tuc", NewsTable::Cat))
        );
        assert_eq!(news_table("nv4_vi_news_1"), None);
        assert_eq!(news_table("nv4_config"), None);
        assert_eq!(
            news_table("nv4_vi_news_block_cat"),
            Some(("nv4_vi_news_block", NewsTable::Cat))
        );
        assert_eq!(split_stem("nv4_vi_tin_tuc"), Some(("nv4", "vi", "tin_tuc")));
        assert_eq!(modules_table("nv4_vi_modules"), Some("nv4_vi"));
        assert_eq!(modules_table("nv3_vi_modules"), Some("nv3_vi"));
        assert_eq!(modules_table("nv4_modules"), None);
        assert_eq!(users_table("nv4_users"), Some("nv4"));
        assert_eq!(users_table("nv4_vi_users"), None);
        assert_eq!(
            news_table("nv4_vi_news_tags_id"),
            Some(("nv4_vi_news", NewsTable::TagsId))
        );
        assert_eq!(
            news_table("nv4_vi_news_authorlist"),
            Some(("nv4_vi_news", NewsTable::AuthorList))
        );
    }

    #[test]
    fn names_3x() {
        assert_eq!(
            news_table("nv3_vi_news_bodyhtml_1"),
            Some(("nv3_vi_news", NewsTable::BodyHtml(1)))
        );
        assert_eq!(
            news_table("nv3_vi_tin_tuc_bodyhtml_12"),
            Some(("nv3_vi_tin_tuc", NewsTable::BodyHtml(12)))
        );
        assert_eq!(
            news_table("nv3_vi_news_bodytext"),
            Some(("nv3_vi_news", NewsTable::BodyText))
        );
        assert_eq!(
            news_table("nv3_vi_news_rows"),
            Some(("nv3_vi_news", NewsTable::Rows))
        );
        // Per-category copies and the other 3.x tables are not read.
        for name in [
            "nv3_vi_news_1",
            "nv3_vi_news_12",
            "nv3_vi_news_bodyhtml_",
            "nv3_vi_news_bodyhtml_0",
            "nv3_vi_news_bodyhtml_x",
            "nv3_vi_news_block",
            "nv3_vi_news_admins",
            "nv3_vi_news_config_post",
            "nv3_vi_news_comments",
            "nv3_bodyhtml_1",
        ] {
            assert_eq!(news_table(name), None, "{name}");
        }
        assert_eq!(bodyhtml_table_no(1), 1);
        assert_eq!(bodyhtml_table_no(2000), 1);
        assert_eq!(bodyhtml_table_no(2001), 2);
        assert_eq!(bodyhtml_table_no(4000), 2);
        assert_eq!(bodyhtml_table_no(4001), 3);
    }
}
